//! `--report FILE.html`: the client report of one property or household (of a file, or of a
//! batch by name), written as one self-contained HTML file.

use std::path::Path;

use verhuurd::batch::Source;
use verhuurd::batch::pick::{self, Subject};
use verhuurd::evaluate::Options;
use verhuurd::i18n::{Lang, Msg};
use verhuurd::output::html::{self, Meta};
use verhuurd::rules::RuleSet;

use super::{EvalArgs, note, say};

/// The date of the report: `given` (`YYYY-MM-DD`), else the `SOURCE_DATE_EPOCH` of reproducible
/// builds, else today (UTC). `Err` with the text when `given` is no date.
fn date(given: Option<&str>) -> Result<String, String> {
    if let Some(text) = given {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let parsed = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                match (y.parse(), m.parse(), d.parse()) {
                    (Ok(y), Ok(m), Ok(d)) => verhuurd::date::Date::new(y, m, d),
                    _ => None,
                }
            }
            _ => None,
        };
        return parsed
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
            .ok_or_else(|| text.to_string());
    }
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    Ok(pick::date_of_epoch(secs))
}

/// The command that makes the same report (the report's file name without its folder).
fn command(args: &EvalArgs, path: &Path, lang: Lang) -> String {
    let mut c = vec!["verhuurd".to_string()];
    if lang == Lang::En {
        c.push("--lang en".into());
    }
    if let Some(y) = args.year {
        c.push(format!("--year {y}"));
    }
    for r in &args.rules.rule_files {
        c.push(format!("--rules {}", r.display()));
    }
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    c.push(format!("--report {name}"));
    if let Some(n) = &args.report_name {
        c.push(format!("--report-name '{}'", n.replace('\'', "'\\''")));
    }
    c.extend(args.files.iter().map(|f| f.display().to_string()));
    c.join(" ")
}

/// Write the report of `args` to `path`; the exit code: 0 written, 1 the property failed or the
/// file could not be written, 2 the command line is wrong.
pub fn write(args: &EvalArgs, path: &Path, rules: &RuleSet, lang: Lang) -> i32 {
    let [file] = args.files.as_slice() else {
        say(lang, Msg::RpEOneFile, &[]);
        return 2;
    };
    if file.as_os_str() == "-" {
        say(lang, Msg::RpEOneFile, &[]);
        return 2;
    }
    if verhuurd::input::history::is_history_file(file) {
        say(lang, Msg::RpEHistory, &[]);
        return 2;
    }
    let date = match date(args.report_date.as_deref()) {
        Ok(d) => d,
        Err(bad) => {
            say(lang, Msg::RpEDate, &[bad.into()]);
            return 2;
        }
    };
    let src = Source { path: file.clone() };
    let options = Options {
        explain: true,
        grid: true,
        brief_futures: false,
        codes_only: false,
    };
    let picked = match pick::pick(&src, rules, args.year, options, args.report_name.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            let code = if matches!(e, pick::PickError::Failed(_)) {
                1
            } else {
                2
            };
            note(format_args!("verhuurd: {}", e.render(lang)));
            return code;
        }
    };
    let meta = Meta {
        version: env!("CARGO_PKG_VERSION").to_string(),
        date,
        file: file.display().to_string(),
        inputs: picked.inputs,
        command: command(args, path, lang),
        rules: pick::rules_status(rules, &picked.subject.years(), lang),
    };
    let page = match &picked.subject {
        Subject::Property(r) => html::property(r, lang, &meta),
        Subject::Household(h) => html::household(h, lang, &meta),
    };
    let shown = path.display().to_string();
    match std::fs::write(path, page) {
        Ok(()) => {
            note(format_args!("{}", lang.f(Msg::RpWritten, &[shown.into()])));
            0
        }
        Err(e) => {
            say(
                lang,
                Msg::ECannotWrite,
                &[shown.into(), e.to_string().into()],
            );
            1
        }
    }
}
