//! `verhuurd check DIR`: run every `NAME.toml` in DIR and compare its output with `NAME.expected`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use similar::{ChangeTag, TextDiff};

use crate::batch::evaluate_file;
use crate::evaluate::Options;
use crate::output::Format;
use crate::rules::RuleSet;

/// The outcome of checking one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseResult {
    /// The output matches the expected file.
    Same,
    /// The output moved; the diff says how.
    Moved { diff: String },
    /// There is no expected file yet.
    Missing,
    /// The expected file was (re)written.
    Blessed,
}

/// One case: the property file and its expected output.
#[derive(Debug, Clone)]
pub struct Case {
    pub toml: PathBuf,
    pub expected: PathBuf,
}

/// The cases of `dir`, sorted by name.
pub fn cases(dir: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases: Vec<Case> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|toml| Case {
            expected: toml.with_extension("expected"),
            toml,
        })
        .collect();
    cases.sort_by(|a, b| a.toml.cmp(&b.toml));
    Ok(cases)
}

/// The saved output of a case: the pretty JSON of the property, or its errors. Paths in error
/// messages are reduced to the file name so the expected files do not depend on where DIR is.
pub fn output_of(case: &Case, rules: &RuleSet) -> String {
    // A history file (`[history]`) is the tegenbewijs over its years, in JSON too.
    let out = if crate::input::history::is_history_file(&case.toml) {
        crate::output::history::run_file(
            &case.toml,
            rules,
            Format::Json,
            crate::i18n::Lang::default(),
            false,
        )
    } else {
        evaluate_file(&case.toml, rules, Format::Json, Options::default())
    };
    match out {
        Ok(s) => s,
        Err(e) => {
            let full = case.toml.display().to_string();
            let name = case
                .toml
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            format!("{}\n", e.to_string().replace(&full, &name))
        }
    }
}

/// A readable diff of expected → actual, with a little context.
pub fn diff(expected: &str, actual: &str) -> String {
    let d = TextDiff::from_lines(expected, actual);
    let mut s = String::new();
    for group in d.grouped_ops(2) {
        for op in group {
            for change in d.iter_changes(&op) {
                let sign = match change.tag() {
                    ChangeTag::Delete => "- ",
                    ChangeTag::Insert => "+ ",
                    ChangeTag::Equal => "  ",
                };
                let _ = write!(s, "{sign}{change}");
                if change.missing_newline() {
                    s.push('\n');
                }
            }
        }
        s.push_str("  ...\n");
    }
    s
}

/// Check (or with `bless`, rewrite) one case.
pub fn check_case(case: &Case, rules: &RuleSet, bless: bool) -> std::io::Result<CaseResult> {
    let actual = output_of(case, rules);
    let expected = std::fs::read_to_string(&case.expected).ok();
    if expected.as_deref() == Some(actual.as_str()) {
        return Ok(CaseResult::Same);
    }
    if bless {
        std::fs::write(&case.expected, actual)?;
        return Ok(CaseResult::Blessed);
    }
    Ok(match expected {
        None => CaseResult::Missing,
        Some(e) => CaseResult::Moved {
            diff: diff(&e, &actual),
        },
    })
}
