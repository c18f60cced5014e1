//! Reading many properties as a stream, computing them on all cores, and writing the results in
//! input order. Memory stays flat: at most one chunk of properties is in flight at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::error::{InputError, Location, PropertyErrors};
use crate::evaluate::{Options, evaluate};
use crate::input::csv_source::CsvRecords;
use crate::input::{RawRecord, parse_property, toml_source};
use crate::output::{Format, Prepared, Writer, prepare};
use crate::rules::RuleSet;

/// Properties computed together; bounds the memory in flight.
const CHUNK: usize = 4096;

/// One input: a file, or standard input for `-`.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
}

impl Source {
    fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }
    fn display(&self) -> Arc<str> {
        if self.is_stdin() {
            Arc::from("<stdin>")
        } else {
            Arc::from(self.path.display().to_string())
        }
    }
    fn stem(&self) -> String {
        if self.is_stdin() {
            "stdin".into()
        } else {
            self.path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "property".into())
        }
    }
    fn is_csv(&self) -> bool {
        self.path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    }
}

type Item = Result<RawRecord, PropertyErrors>;

fn read_error(file: Arc<str>, e: &io::Error) -> PropertyErrors {
    PropertyErrors(vec![
        InputError::new(
            Location {
                file,
                line: 1,
                column: 1,
            },
            format!("cannot read: {e}"),
        )
        .expected("a readable property file"),
    ])
}

/// A TOML property from bytes.
pub fn toml_item(file: Arc<str>, stem: String, bytes: &[u8]) -> Item {
    let text = toml_source::check_text(&file, bytes).map_err(|e| PropertyErrors(vec![e]))?;
    Ok(toml_source::read(file, stem, &text))
}

/// The records of one source, lazily.
fn records(src: &Source) -> Box<dyn Iterator<Item = Item> + Send> {
    let file = src.display();
    let stem = src.stem();
    if src.is_stdin() {
        let mut reader = BufReader::new(io::stdin());
        // Standard input holds CSV when its first line looks like a CSV header of dotted keys.
        let looks_csv = match reader.fill_buf() {
            Ok(buf) => {
                let first = buf.split(|b| *b == b'\n').next().unwrap_or(&[]);
                let first = String::from_utf8_lossy(first);
                first.contains(',')
                    && first.contains('.')
                    && !first.contains('=')
                    && !first.contains('[')
            }
            Err(_) => false,
        };
        if looks_csv {
            return Box::new(CsvRecords::new(file, stem, reader));
        }
        let mut bytes = Vec::new();
        return Box::new(std::iter::once(match reader.read_to_end(&mut bytes) {
            Ok(_) => toml_item(file, stem, &bytes),
            Err(e) => Err(read_error(file, &e)),
        }));
    }
    if src.is_csv() {
        return match File::open(&src.path) {
            Ok(f) => Box::new(CsvRecords::new(
                file,
                stem,
                BufReader::with_capacity(1 << 16, f),
            )),
            Err(e) => Box::new(std::iter::once(Err(read_error(file, &e)))),
        };
    }
    Box::new(std::iter::once(match std::fs::read(&src.path) {
        Ok(bytes) => toml_item(file, stem, &bytes),
        Err(e) => Err(read_error(file, &e)),
    }))
}

/// What a batch run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub evaluated: usize,
    pub failed: usize,
}

/// Settings of a batch run.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub format: Format,
    pub year: Option<i32>,
    pub options: Options,
    /// Show a progress counter on standard error (only when it is a terminal).
    pub progress: bool,
}

/// Evaluate every property of `sources`, writing results to `out` in input order and problems to
/// `err` as they are met.
pub fn run(
    sources: &[Source],
    rules: &RuleSet,
    settings: Settings,
    out: impl Write,
    err: &mut impl Write,
) -> io::Result<Summary> {
    let many = sources.len() > 1 || sources.iter().any(|s| s.is_csv() || s.is_stdin());
    let mut writer = Writer::new(out, settings.format, many);
    writer.begin()?;
    let mut items = sources.iter().flat_map(records);
    let mut summary = Summary::default();
    let started = Instant::now();
    let show_progress = settings.progress && io::stderr().is_terminal();
    let mut chunk: Vec<Item> = Vec::with_capacity(CHUNK);
    loop {
        chunk.clear();
        chunk.extend(items.by_ref().take(CHUNK));
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Result<Prepared, PropertyErrors>> = std::mem::take(&mut chunk)
            .into_par_iter()
            .map(|item| {
                let raw = item?;
                let p = parse_property(raw, rules, settings.year)?;
                Ok(prepare(
                    settings.format,
                    many,
                    evaluate(&p, rules, settings.options),
                ))
            })
            .collect();
        for r in results {
            match r {
                Ok(p) => {
                    summary.evaluated += 1;
                    writer.write(p)?;
                }
                Err(e) => {
                    summary.failed += 1;
                    writeln!(err, "{e}")?;
                }
            }
        }
        if show_progress && started.elapsed().as_secs() >= 1 {
            let done = summary.evaluated + summary.failed;
            let rate = done as u128 * 1000 / started.elapsed().as_millis().max(1);
            eprint!("\r{done} properties, {rate}/s");
        }
    }
    if show_progress && started.elapsed().as_secs() >= 1 {
        eprintln!();
    }
    writer.finish()?;
    Ok(summary)
}

/// Sources from command-line paths.
pub fn sources(paths: &[PathBuf]) -> Vec<Source> {
    paths.iter().map(|p| Source { path: p.clone() }).collect()
}

/// Read and evaluate a single TOML file (used by `check`): the rendered output, or the errors.
pub fn evaluate_file(
    path: &Path,
    rules: &RuleSet,
    format: Format,
    options: Options,
) -> Result<String, PropertyErrors> {
    let src = Source {
        path: path.to_path_buf(),
    };
    let mut results = Vec::new();
    for item in records(&src) {
        let p = parse_property(item?, rules, None)?;
        results.push(crate::output::render(&evaluate(&p, rules, options), format));
    }
    Ok(results.concat())
}
