//! Reading many properties as a stream, computing them on all cores, and writing the results in
//! input order. Memory stays flat: at most one chunk of properties is in flight at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{EvalError, InputError, Location, PropertyErrors};
use crate::evaluate::{Options, evaluate};
use crate::guard;
use crate::input::csv_source::CsvRecords;
use crate::input::{RawRecord, parse_property, toml_source};
use crate::output::{Format, Prepared, Writer, prepare, printable};
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

/// What reading a source yields: a record (or why it could not be read), or a note for standard
/// error about how the source is read (a `;`-separated CSV file with decimal commas).
enum Input {
    Item(Item),
    Note(String),
}

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
    toml_source::read(file, stem, &text)
}

/// Whether text starting with `head` is a CSV file rather than a TOML file: its first line is a
/// header of cells separated by `,` or `;`. A TOML file starts with a comment, a table header or a
/// `key = value` line; commas in a comment do not make it CSV.
pub fn looks_like_csv(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let first = head
        .split(|b| *b == b'\n' || *b == b'\r')
        .map(|l| String::from_utf8_lossy(l).trim().to_string())
        .find(|l| !l.is_empty());
    match first {
        Some(l) => {
            !l.starts_with('#')
                && !l.starts_with('[')
                && !l.contains('=')
                && (l.contains(',') || l.contains(';'))
        }
        None => false,
    }
}

/// Whether standard input holds CSV, by its first line (peeked, not consumed).
fn stdin_is_csv() -> bool {
    let mut stdin = io::stdin().lock();
    match stdin.fill_buf() {
        Ok(buf) => looks_like_csv(buf),
        Err(_) => false,
    }
}

/// CSV records from `reader`, preceded by the reader's note on how it reads the file.
fn csv_inputs<R: Read + Send + 'static>(
    file: Arc<str>,
    stem: String,
    reader: R,
) -> Box<dyn Iterator<Item = Input> + Send> {
    let csv = CsvRecords::new(file, stem, reader);
    let note = csv.note().map(Input::Note);
    Box::new(note.into_iter().chain(csv.map(Input::Item)))
}

/// The records of one source, lazily. `stdin_csv` says what standard input holds.
fn records(src: &Source, stdin_csv: bool) -> Box<dyn Iterator<Item = Input> + Send> {
    let file = src.display();
    let stem = src.stem();
    let once = |item: Item| -> Box<dyn Iterator<Item = Input> + Send> {
        Box::new(std::iter::once(Input::Item(item)))
    };
    if src.is_stdin() {
        if stdin_csv {
            return csv_inputs(file, stem, io::stdin());
        }
        let mut bytes = Vec::new();
        return once(match io::stdin().read_to_end(&mut bytes) {
            Ok(_) => toml_item(file, stem, &bytes),
            Err(e) => Err(read_error(file, &e)),
        });
    }
    if src.is_csv() {
        return match File::open(&src.path) {
            Ok(f) => csv_inputs(file, stem, BufReader::with_capacity(1 << 16, f)),
            Err(e) => once(Err(read_error(file, &e))),
        };
    }
    once(match std::fs::read(&src.path) {
        Ok(bytes) => toml_item(file, stem, &bytes),
        Err(e) => Err(read_error(file, &e)),
    })
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
/// `err` as they are met. Only a failure to write `out` is an error; standard error is written on
/// a best-effort basis.
pub fn run(
    sources: &[Source],
    rules: &RuleSet,
    settings: Settings,
    out: impl Write,
    err: &mut impl Write,
) -> io::Result<Summary> {
    let progress = (settings.progress && io::stderr().is_terminal()).then_some(PROGRESS_AFTER);
    run_with(sources, rules, settings, out, err, progress, CHUNK)
}

/// How long a batch runs before the progress counter appears.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

/// Evaluate one record: parse, check, compute and render it. Any problem, even a defect that
/// panics, fails this record only, at its location.
fn evaluate_record(
    raw: RawRecord,
    rules: &RuleSet,
    settings: Settings,
    many: bool,
) -> Result<Prepared, PropertyErrors> {
    guarded_record(raw, |raw, failed| {
        let p = parse_property(raw, rules, settings.year)?;
        let report = evaluate(&p, rules, settings.options).map_err(|e| failed(e.to_string()))?;
        Ok(prepare(settings.format, many, report))
    })
}

/// Run `work` on a record under [`guard::guarded`]: a panic becomes an error at the record's
/// location. `work` gets the record and a maker of errors at that location.
fn guarded_record(
    raw: RawRecord,
    work: impl FnOnce(RawRecord, &dyn Fn(String) -> PropertyErrors) -> Result<Prepared, PropertyErrors>,
) -> Result<Prepared, PropertyErrors> {
    let at = raw.at.clone();
    let failed = |message: String| PropertyErrors(vec![InputError::new(at.clone(), message)]);
    guard::guarded(|| work(raw, &failed)).map_err(|m| failed(EvalError::Internal(m).to_string()))?
}

/// [`run`] with the progress counter shown after `progress` (never when `None`), `chunk`
/// properties at a time.
fn run_with(
    sources: &[Source],
    rules: &RuleSet,
    settings: Settings,
    out: impl Write,
    err: &mut impl Write,
    progress: Option<Duration>,
    chunk_size: usize,
) -> io::Result<Summary> {
    let stdin_csv = sources.iter().any(Source::is_stdin) && stdin_is_csv();
    let many = sources.len() > 1
        || sources
            .iter()
            .any(|s| s.is_csv() || (s.is_stdin() && stdin_csv));
    let mut writer = Writer::new(out, settings.format, many);
    writer.begin()?;
    let mut inputs = sources.iter().flat_map(|s| records(s, stdin_csv));
    let mut summary = Summary::default();
    let started = Instant::now();
    // Whether the progress counter is on the terminal's current line (to be cleared before an
    // error line is written).
    let mut progress_shown = false;
    let mut chunk: Vec<Item> = Vec::with_capacity(chunk_size);
    loop {
        chunk.clear();
        for input in inputs.by_ref() {
            match input {
                Input::Item(item) => chunk.push(item),
                Input::Note(n) => {
                    clear_progress(err, &mut progress_shown);
                    let _ = writeln!(err, "{}", printable(&n));
                }
            }
            if chunk.len() == chunk_size {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Result<Prepared, PropertyErrors>> = std::mem::take(&mut chunk)
            .into_par_iter()
            .map(|item| evaluate_record(item?, rules, settings, many))
            .collect();
        for r in results {
            match r {
                Ok(p) => {
                    summary.evaluated += 1;
                    writer.write(p)?;
                }
                Err(e) => {
                    summary.failed += 1;
                    clear_progress(err, &mut progress_shown);
                    let _ = writeln!(err, "{e}");
                }
            }
        }
        if let Some(after) = progress
            && started.elapsed() >= after
        {
            let done = summary.evaluated + summary.failed;
            let rate = done as u128 * 1000 / started.elapsed().as_millis().max(1);
            let _ = write!(err, "\r{done} properties, {rate}/s");
            let _ = err.flush();
            progress_shown = true;
        }
    }
    clear_progress(err, &mut progress_shown);
    writer.finish()?;
    Ok(summary)
}

/// Erase the progress counter from the terminal line, so the next line starts clean.
fn clear_progress(err: &mut impl Write, shown: &mut bool) {
    if *shown {
        let _ = write!(err, "\r\x1b[2K");
        *shown = false;
    }
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
    for input in records(&src, false) {
        let Input::Item(item) = input else { continue };
        let raw = item?;
        let at = raw.at.clone();
        let p = parse_property(raw, rules, None)?;
        let report = evaluate(&p, rules, options)
            .map_err(|e| PropertyErrors(vec![InputError::new(at, e.to_string())]))?;
        results.push(crate::output::render(&report, format));
    }
    Ok(results.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(file: &str, line: usize) -> RawRecord {
        RawRecord {
            file: Arc::from(file),
            default_name: "x".into(),
            at: Location {
                file: Arc::from(file),
                line,
                column: 1,
            },
            entries: Vec::new(),
            sections: Vec::new(),
            errors: Vec::new(),
        }
    }

    #[test]
    fn a_panicking_record_fails_alone_at_its_location() {
        let r = guarded_record(record("p.csv", 7), |_, _| panic!("a defect"));
        let Err(e) = r else {
            panic!("a panic must fail the record")
        };
        let text = e.to_string();
        assert!(
            text.starts_with("p.csv:7:1: error: internal error"),
            "{text}"
        );
        assert!(text.contains("a defect"), "{text}");
        let ok = guarded_record(record("p.csv", 8), |_, _| Ok(Prepared::Text("row".into())));
        assert!(matches!(ok, Ok(Prepared::Text(t)) if t == "row"));
    }

    #[test]
    fn the_progress_line_is_cleared_before_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.csv");
        std::fs::write(
            &path,
            "property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n\
             300000,70,B,1100\n300000,70,Q,1100\n",
        )
        .unwrap();
        let rules = RuleSet::built_in().unwrap();
        let settings = Settings {
            format: Format::Csv,
            year: None,
            options: Options::default(),
            progress: true,
        };
        let mut out = Vec::new();
        let mut err = Vec::new();
        // One property per chunk: the counter is shown after the first, then the second fails.
        let sources = sources(&[path]);
        let s = run_with(
            &sources,
            &rules,
            settings,
            &mut out,
            &mut err,
            Some(Duration::ZERO),
            1,
        )
        .unwrap();
        assert_eq!((s.evaluated, s.failed), (1, 1));
        let err = String::from_utf8(err).unwrap();
        let counter = "\r1 properties, ";
        assert!(err.starts_with(counter), "{err:?}");
        // The error line starts on a cleared line, right after the counter.
        let cleared_error = err.find("/s\r\x1b[2K").expect("the counter is cleared");
        assert!(err[cleared_error..].contains("p.csv:3:3: error"), "{err:?}");
        let mut shown = true;
        let mut cleared = Vec::new();
        clear_progress(&mut cleared, &mut shown);
        assert_eq!(cleared, b"\r\x1b[2K");
        assert!(!shown);
        clear_progress(&mut cleared, &mut shown);
        assert_eq!(cleared, b"\r\x1b[2K", "nothing to clear twice");
    }
}
