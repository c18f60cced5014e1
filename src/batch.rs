//! Reading many properties as a stream, computing them on all cores, and writing the results in
//! input order. The work is a pipeline of chunks: while the pool computes a chunk, the results of
//! the chunk before it are written and the chunk after it is read, ready to be handed to the pool
//! the moment it is done. Memory stays flat: at most two chunks of properties are in flight at a
//! time (the one computed, and the one written, read or waiting for the pool).

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{EvalError, InputError, Location, PropertyErrors};
use crate::evaluate::{Options, evaluate};
use crate::guard;
use crate::household::{evaluate_household, parse_household};
use crate::i18n::{self, Arg, Lang, Msg, Text};
use crate::input::csv_source::{CsvRecords, CsvRow, line_list};
use crate::input::toml_source::TomlInput;
use crate::input::{RawHousehold, RawRecord, parse_property, toml_source};
use crate::output::{Format, Prepared, Style, Writer, prepare, prepare_household};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::text::printable;

pub mod pick;

/// Properties computed together (a household counts all its properties); bounds the memory in
/// flight.
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
    Item(Unit),
    Note(Text),
}

/// What is evaluated as one: a property (or why it could not be read), or a household.
enum Unit {
    Property(Item),
    /// A CSV row, its record built where it is evaluated.
    Row(CsvRow),
    Household(RawHousehold),
}

impl Unit {
    /// The properties in the unit (for the chunk size and the summary).
    fn size(&self) -> usize {
        match self {
            Unit::Property(_) | Unit::Row(_) => 1,
            Unit::Household(h) => h.members.len().max(1),
        }
    }
}

fn read_error(file: Arc<str>, e: &io::Error) -> PropertyErrors {
    PropertyErrors(vec![
        InputError::new(
            Location {
                file,
                line: 1,
                column: 1,
            },
            Text::new(
                Msg::ECannotReadFile,
                vec![crate::i18n::library::io_error(e).into()],
            ),
        )
        .expected(Text::new(Msg::XpReadable, vec![])),
    ])
}

/// All of a property or household file, or `None` when it is larger than
/// [`toml_source::MAX_FILE`] (never more is read: `/dev/zero` does not fill the memory).
fn read_limited(input: impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    input
        .take(toml_source::MAX_FILE as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() <= toml_source::MAX_FILE).then_some(bytes))
}

/// The error of a file larger than [`toml_source::MAX_FILE`].
fn too_large(file: Arc<str>) -> PropertyErrors {
    PropertyErrors(vec![
        InputError::new(
            Location {
                file,
                line: 1,
                column: 1,
            },
            Text::new(
                Msg::EFileTooLarge,
                vec![Arg::Int((toml_source::MAX_FILE >> 20) as i64)],
            ),
        )
        .expected(Text::new(Msg::XpPropertyFile, vec![])),
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

/// A TOML file: a property, or a household (a file with `[[property]]` tables).
fn toml_unit(file: Arc<str>, stem: String, bytes: &[u8]) -> Unit {
    let text = match toml_source::check_text(&file, bytes) {
        Ok(t) => t,
        Err(e) => return Unit::Property(Err(PropertyErrors(vec![e]))),
    };
    match toml_source::read_any(file, stem, &text) {
        Ok(TomlInput::Property(r)) => Unit::Property(Ok(r)),
        Ok(TomlInput::Household(h)) => Unit::Household(h),
        Err(e) => Unit::Property(Err(e)),
    }
}

/// CSV records from `reader`, preceded by the reader's note on how it reads the file, the rows
/// of a household grouped.
fn csv_inputs<R: Read + Send + 'static>(
    file: Arc<str>,
    stem: String,
    reader: R,
) -> Box<dyn Iterator<Item = Input> + Send> {
    let mut csv = CsvRecords::new(file.clone(), stem, reader);
    // A row of a household is built here, for the grouping; any other later, on the thread
    // that evaluates it. The notes on how the file is read come as soon as they are known.
    let item = |r: Result<CsvRow, PropertyErrors>| {
        Input::Item(match r {
            Ok(row) if row.household().is_some() => Unit::Property(Ok(row.into_raw())),
            Ok(row) => Unit::Row(row),
            Err(e) => Unit::Property(Err(e)),
        })
    };
    let rows = std::iter::from_fn(move || {
        if let Some(n) = csv.take_note() {
            return Some(Input::Note(n));
        }
        match csv.next_row() {
            Some(r) => Some(item(r)),
            None => csv.take_note().map(Input::Note),
        }
    });
    Box::new(Households::new(file, rows))
}

/// Groups the CSV rows with a `household` cell into households: the rows of one household must
/// follow each other, so a household is complete when a row of another one (or none) comes,
/// and only one household is held at a time. Only the names of the households already passed
/// are remembered, to say when a household's rows are not contiguous.
struct Households<I: Iterator<Item = Input>> {
    file: Arc<str>,
    inner: I,
    open: Option<RawHousehold>,
    passed: HashSet<String>,
    ready: VecDeque<Input>,
}

impl<I: Iterator<Item = Input>> Households<I> {
    fn new(file: Arc<str>, inner: I) -> Households<I> {
        Households {
            file,
            inner,
            open: None,
            passed: HashSet::new(),
            ready: VecDeque::new(),
        }
    }

    /// Close the open household, if any: it goes out before what follows.
    fn close(&mut self) {
        if let Some(h) = self.open.take() {
            self.passed.insert(h.name.clone());
            self.ready.push_back(Input::Item(Unit::Household(h)));
        }
    }
}

impl<I: Iterator<Item = Input>> Iterator for Households<I> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(x) = self.ready.pop_front() {
                return Some(x);
            }
            let Some(input) = self.inner.next() else {
                self.close();
                return self.ready.pop_front();
            };
            match input {
                Input::Item(Unit::Property(Ok(rec))) if rec.household.is_some() => {
                    let name = rec.household.clone().unwrap_or_default();
                    if let Some(h) = self.open.as_mut().filter(|h| h.name == name) {
                        h.members.push(rec);
                        continue;
                    }
                    self.close();
                    let mut h = RawHousehold {
                        file: self.file.clone(),
                        name: name.clone(),
                        at: rec.at.clone(),
                        members: Vec::new(),
                        errors: Vec::new(),
                    };
                    if self.passed.contains(&name) {
                        h.errors.push(
                            InputError::new(
                                rec.at.clone(),
                                Text::new(Msg::EHouseholdSplit, vec![name.clone().into()]),
                            )
                            .expected(Text::new(Msg::XpHouseholdTogether, vec![])),
                        );
                    }
                    h.members.push(rec);
                    self.open = Some(h);
                }
                // A note passes, whatever household is open.
                Input::Note(n) => return Some(Input::Note(n)),
                Input::Item(Unit::Property(Err(e))) => {
                    // A row that cannot be read may belong to the open household: the household
                    // is not evaluated without it.
                    if let Some(h) = self.open.as_mut() {
                        let line = e.0.first().map(|x| x.location.line).unwrap_or(0);
                        h.errors.push(
                            InputError::new(
                                h.at.clone(),
                                Text::new(
                                    Msg::EHouseholdRowUnreadable,
                                    vec![Arg::Int(line as i64), h.name.clone().into()],
                                ),
                            )
                            .expected(Text::new(Msg::XpRowsReadable, vec![])),
                        );
                    }
                    return Some(Input::Item(Unit::Property(Err(e))));
                }
                other => {
                    self.close();
                    self.ready.push_back(other);
                }
            }
        }
    }
}

/// A reader that counts the bytes read from it, for the progress line.
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The records of one source, lazily. `stdin_csv` says what standard input holds.
fn records(src: &Source, stdin_csv: bool) -> Box<dyn Iterator<Item = Input> + Send> {
    records_counted(src, stdin_csv, &Arc::new(AtomicU64::new(0)))
}

/// [`records`], adding the bytes read from files to `read`.
fn records_counted(
    src: &Source,
    stdin_csv: bool,
    read: &Arc<AtomicU64>,
) -> Box<dyn Iterator<Item = Input> + Send> {
    let file = src.display();
    let stem = src.stem();
    let once = |unit: Unit| -> Box<dyn Iterator<Item = Input> + Send> {
        Box::new(std::iter::once(Input::Item(unit)))
    };
    if src.is_stdin() {
        if stdin_csv {
            return csv_inputs(file, stem, io::stdin());
        }
        return once(match read_limited(io::stdin()) {
            Ok(Some(bytes)) => toml_unit(file, stem, &bytes),
            Ok(None) => Unit::Property(Err(too_large(file))),
            Err(e) => Unit::Property(Err(read_error(file, &e))),
        });
    }
    if src.is_csv() {
        return match File::open(&src.path) {
            Ok(f) => csv_inputs(
                file,
                stem,
                BufReader::with_capacity(
                    1 << 16,
                    Counting {
                        inner: f,
                        read: read.clone(),
                    },
                ),
            ),
            Err(e) => once(Unit::Property(Err(read_error(file, &e)))),
        };
    }
    once(match File::open(&src.path).and_then(read_limited) {
        Ok(Some(bytes)) => {
            read.fetch_add(bytes.len() as u64, Ordering::Relaxed);
            toml_unit(file, stem, &bytes)
        }
        Ok(None) => Unit::Property(Err(too_large(file))),
        Err(e) => Unit::Property(Err(read_error(file, &e))),
    })
}

/// What a batch run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub evaluated: usize,
    pub failed: usize,
    /// A chart was asked for and could not be written.
    pub chart_failed: bool,
}

/// Settings of a batch run.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub format: Format,
    pub year: Option<i32>,
    pub options: Options,
    /// Show a progress counter on standard error (only when it is a terminal).
    pub progress: bool,
    /// Language, colour and width of the text for people.
    pub style: Style,
    /// Write the chart of the (first) property to this SVG file.
    pub chart: Option<PathBuf>,
    /// Leave out the year rows of the plan (`--no-years`).
    pub no_years: bool,
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
    run_with(sources, rules, &settings, out, err, progress, CHUNK)
}

/// How long a batch runs before the progress counter appears.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

/// Evaluate one record: parse, check, compute and render it. Any problem, even a defect that
/// panics, fails this record only, at its location.
/// With `chart`, also the name of the property and its chart (none without a plan).
fn evaluate_record(
    raw: RawRecord,
    rules: &RuleSet,
    settings: &Settings,
    many: bool,
    chart: bool,
) -> Result<(Prepared, Option<Chart>), PropertyErrors> {
    let mut drawn = None;
    let prepared = guarded_record(raw, |raw, failed| {
        let p = parse_property(raw, rules, settings.year)?;
        let mut report = evaluate(&p, rules, settings.options).map_err(|e| failed(e.text()))?;
        if chart {
            drawn = Some((report.name.clone(), chart_svg(&report, settings.style.lang)));
        }
        if settings.no_years {
            report.drop_years();
        }
        Ok(prepare(settings.format, many, report, &settings.style))
    })?;
    Ok((prepared, drawn))
}

/// A property's name and its chart (`None` without a plan).
type Chart = (String, Option<String>);

/// The chart of a report, with the `chart` feature (the SVG plotting crate).
#[cfg(feature = "chart")]
fn chart_svg(r: &crate::report::Report, lang: crate::i18n::Lang) -> Option<String> {
    crate::output::chart::svg(r, lang)
}

/// Without the `chart` feature there is no chart.
#[cfg(not(feature = "chart"))]
fn chart_svg(_: &crate::report::Report, _: crate::i18n::Lang) -> Option<String> {
    None
}

/// Evaluate one household: parse, check, compute and render it as a unit. Any problem fails
/// the household, at its location.
fn evaluate_household_record(
    raw: RawHousehold,
    rules: &RuleSet,
    settings: &Settings,
    many: bool,
) -> Result<Prepared, PropertyErrors> {
    let at = raw.at.clone();
    let failed = |message: Text| PropertyErrors(vec![InputError::new(at.clone(), message)]);
    guard::guarded(|| {
        let h = parse_household(raw, rules, settings.year)?;
        let mut report =
            evaluate_household(&h, rules, settings.options).map_err(|e| failed(e.text()))?;
        if settings.no_years {
            report.properties.iter_mut().for_each(Report::drop_years);
        }
        Ok(prepare_household(
            settings.format,
            many,
            report,
            &settings.style,
        ))
    })
    .map_err(|m| failed(EvalError::Internal(m).text()))?
}

/// Evaluate one unit: (the properties in it, the result and, with `chart`, a property's chart).
fn evaluate_unit(
    unit: Unit,
    rules: &RuleSet,
    settings: &Settings,
    many: bool,
    chart: bool,
) -> (usize, Result<(Prepared, Option<Chart>), PropertyErrors>) {
    let size = unit.size();
    let result = match unit {
        Unit::Property(item) => {
            item.and_then(|raw| evaluate_record(raw, rules, settings, many, chart))
        }
        Unit::Row(row) => {
            // Under the guard too: a defect here fails this row only (and never prints from a
            // worker while the batch holds standard error).
            let at = row.at();
            let lines = row.lines();
            let r = match guard::guarded(|| row.into_raw()) {
                Ok(raw) => evaluate_record(raw, rules, settings, many, chart),
                Err(m) => Err(PropertyErrors(vec![InputError::new(
                    at.clone(),
                    EvalError::Internal(m).text(),
                )])),
            };
            // A row of several lines (a cell with line breaks) names every line it drops.
            r.map_err(|mut e| {
                if lines.end() > lines.start() {
                    let lines: Vec<usize> = lines.collect();
                    e.0.push(InputError::new(
                        at,
                        Text::new(Msg::ERowLinesDropped, vec![line_list(&lines).into()]),
                    ));
                }
                e
            })
        }
        Unit::Household(h) => {
            // A household that fails names every property it drops, by line.
            let at = h.at.clone();
            let name = h.name.clone();
            let lines: Vec<usize> = h.members.iter().map(|m| m.at.line).collect();
            evaluate_household_record(h, rules, settings, many)
                .map(|p| (p, None))
                .map_err(|mut e| {
                    if !lines.is_empty() {
                        e.0.push(InputError::new(
                            at,
                            Text::new(
                                Msg::EHouseholdDropped,
                                vec![name.into(), line_list(&lines).into()],
                            ),
                        ));
                    }
                    e
                })
        }
    };
    (size, result)
}

/// Run `work` on a record under [`guard::guarded`]: a panic becomes an error at the record's
/// location. `work` gets the record and a maker of errors at that location.
fn guarded_record(
    raw: RawRecord,
    work: impl FnOnce(RawRecord, &dyn Fn(Text) -> PropertyErrors) -> Result<Prepared, PropertyErrors>,
) -> Result<Prepared, PropertyErrors> {
    let at = raw.at.clone();
    let failed = |message: Text| PropertyErrors(vec![InputError::new(at.clone(), message)]);
    guard::guarded(|| work(raw, &failed)).map_err(|m| failed(EvalError::Internal(m).text()))?
}

/// The progress line: properties done, and for files of known size the estimated total, the
/// share read, the rate and the time left.
fn progress_line(
    lang: Lang,
    done: usize,
    elapsed: Duration,
    read: u64,
    total: Option<u64>,
) -> String {
    let ms = elapsed.as_millis().max(1);
    let rate = (done as u128 * 1000 / ms) as usize;
    let n = |v: usize| lang.number(rust_decimal::Decimal::from(v), 0);
    match total {
        Some(total) if read > 0 && total > 0 => {
            let share = read.min(total) as u128;
            let pct = share * 100 / u128::from(total);
            let estimate = (done as u128 * u128::from(total) / share) as usize;
            let left = ms * (u128::from(total) - share) / share;
            lang.f(
                Msg::Progress,
                &[
                    n(done).into(),
                    i18n::count(lang, estimate.max(done), Msg::Woning, Msg::Woningen).into(),
                    i18n::Arg::Int(pct as i64),
                    n(rate).into(),
                    clock(Duration::from_millis(left as u64)).into(),
                ],
            )
        }
        _ => lang.f(
            Msg::ProgressOpen,
            &[
                i18n::count(lang, done, Msg::Woning, Msg::Woningen).into(),
                n(rate).into(),
            ],
        ),
    }
}

/// A duration as `m:ss`, or `h:mm:ss` from an hour.
fn clock(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The size of every source, when all are files whose size is known.
fn total_size(sources: &[Source]) -> Option<u64> {
    sources
        .iter()
        .map(|s| {
            if s.is_stdin() {
                None
            } else {
                std::fs::metadata(&s.path).ok().map(|m| m.len())
            }
        })
        .sum()
}

/// The units of one chunk as read, with the notes met while reading them (written before the
/// chunk's results, in the order of the input).
struct Chunk {
    units: Vec<Unit>,
    notes: Vec<Text>,
}

impl Chunk {
    /// Read units from `inputs` until they hold `size` properties or the input ends.
    fn read(inputs: &mut impl Iterator<Item = Input>, size: usize) -> Chunk {
        let mut chunk = Chunk {
            units: Vec::with_capacity(size),
            notes: Vec::new(),
        };
        let mut in_chunk = 0;
        for input in inputs {
            match input {
                Input::Item(unit) => {
                    in_chunk += unit.size();
                    chunk.units.push(unit);
                }
                Input::Note(n) => chunk.notes.push(n),
            }
            if in_chunk >= size {
                break;
            }
        }
        chunk
    }
}

/// The most units a core evaluates as one piece of a chunk without offering the rest to the
/// others: the pool splits a chunk into a few large pieces otherwise, and at the end of a chunk
/// one core would wait for another's last piece.
const MAX_PIECE: usize = 8;

/// What evaluating a unit gives: the properties in it, and its result with, for a property
/// whose chart was drawn, its name and chart.
type Evaluated = (usize, Result<(Prepared, Option<Chart>), PropertyErrors>);

/// Evaluate the units of a chunk on the pool, their results in input order. `first` is the
/// place in the batch of the chunk's first unit. With a chart asked for, a property draws its
/// chart unless a property before it in the batch is known to have drawn one (`drawn`, the
/// lowest such place): the first property that succeeds always draws it; one evaluated at the
/// same time as an earlier one may draw a chart that the writer discards. After `stop` no unit
/// is evaluated any more (the output failed; the results are not written).
fn evaluate_chunk(
    units: Vec<Unit>,
    first: usize,
    rules: &RuleSet,
    settings: &Settings,
    many: bool,
    drawn: &AtomicUsize,
    stop: &AtomicBool,
) -> Vec<Evaluated> {
    units
        .into_par_iter()
        .enumerate()
        // Small pieces: at the end of a chunk no core waits long for the other's last piece.
        .with_max_len(MAX_PIECE)
        .map(|(i, unit)| {
            if stop.load(Ordering::Relaxed) {
                return (unit.size(), Err(PropertyErrors(Vec::new())));
            }
            let place = first + i;
            let chart = settings.chart.is_some() && place < drawn.load(Ordering::Relaxed);
            let evaluated = evaluate_unit(unit, rules, settings, many, chart);
            if let (_, Ok((_, Some(_)))) = &evaluated {
                drawn.fetch_min(place, Ordering::Relaxed);
            }
            evaluated
        })
        .collect()
}

/// The writing side of a batch, on the thread that owns the output: results in input order,
/// problems and the progress counter on standard error, the counts and the chart.
struct Sink<'a, W: Write, E: Write> {
    writer: Writer<W>,
    err: &'a mut E,
    lang: Lang,
    /// Whether a chart is asked for.
    charting: bool,
    summary: Summary,
    /// Whether the progress counter is on the terminal's current line (to be cleared before an
    /// error line is written).
    progress_shown: bool,
    /// The chart of the first property that succeeded, once its result is written.
    chart: Option<Chart>,
    /// The properties that succeeded and are not in the chart.
    charted_others: usize,
    /// Show the progress counter after this long (never when `None`).
    progress: Option<Duration>,
    started: Instant,
    /// The bytes read so far, and the size of all sources when known.
    read: Arc<AtomicU64>,
    total: Option<u64>,
}

impl<W: Write, E: Write> Sink<'_, W, E> {
    /// Write the notes met while reading a chunk.
    fn notes(&mut self, notes: Vec<Text>) {
        for n in notes {
            clear_progress(self.err, &mut self.progress_shown);
            let _ = writeln!(self.err, "{}", printable(&n.render(self.lang)));
        }
    }

    /// Write the results of a chunk, in order.
    fn results(&mut self, results: Vec<Evaluated>) -> io::Result<()> {
        for (size, r) in results {
            match r {
                Ok((p, drawn)) => {
                    self.summary.evaluated += size;
                    match (drawn, &self.chart) {
                        (Some(c), None) => self.chart = Some(c),
                        _ if self.charting => self.charted_others += size,
                        _ => {}
                    }
                    self.writer.write(p)?;
                }
                Err(e) => {
                    self.summary.failed += size;
                    self.writer.failed(size)?;
                    clear_progress(self.err, &mut self.progress_shown);
                    let _ = writeln!(self.err, "{}", e.render(self.lang));
                }
            }
        }
        Ok(())
    }

    /// Write a chunk: the notes met while reading it, its results, then the progress counter.
    fn chunk(&mut self, notes: Vec<Text>, results: Vec<Evaluated>) -> io::Result<()> {
        self.notes(notes);
        self.results(results)?;
        if let Some(after) = self.progress
            && self.started.elapsed() >= after
        {
            let done = self.summary.evaluated + self.summary.failed;
            let line = progress_line(
                self.lang,
                done,
                self.started.elapsed(),
                self.read.load(Ordering::Relaxed),
                self.total,
            );
            let _ = write!(self.err, "{line}");
            let _ = self.err.flush();
            self.progress_shown = true;
        }
        Ok(())
    }
}

/// [`run`] with the progress counter shown after `progress` (never when `None`), `chunk`
/// properties at a time.
///
/// A pipeline: while the pool computes a chunk (from a thread of the scope that hands it the
/// chunks one at a time), this thread writes the results of the chunk before it and reads the
/// chunk after it, so the pool does not wait for the writing or the reading (the output may be
/// a standard output lock, which stays on this thread). At most two chunks are in flight.
fn run_with(
    sources: &[Source],
    rules: &RuleSet,
    settings: &Settings,
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
    let lang = settings.style.lang;
    let mut writer = Writer::styled(out, settings.format, settings.style);
    writer.begin()?;
    let read = Arc::new(AtomicU64::new(0));
    let total = progress.and_then(|_| total_size(sources));
    let mut inputs = sources
        .iter()
        .flat_map(|s| records_counted(s, stdin_csv, &read));
    let mut sink = Sink {
        writer,
        err,
        lang,
        charting: settings.chart.is_some(),
        summary: Summary::default(),
        progress_shown: false,
        chart: None,
        charted_others: 0,
        progress,
        started: Instant::now(),
        read: read.clone(),
        total,
    };
    // The place in the batch of the first unit known to have drawn its chart.
    let drawn = AtomicUsize::new(usize::MAX);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // The chunks go to the pool one at a time: a chunk is handed over (the send returns)
        // when the pool has computed the one before it.
        let (to_pool, chunks) = std::sync::mpsc::sync_channel::<(usize, Vec<Unit>)>(0);
        let (computed, results) = std::sync::mpsc::channel();
        let (drawn, stop) = (&drawn, &stop);
        scope.spawn(move || {
            for (first, units) in chunks {
                let evaluated = evaluate_chunk(units, first, rules, settings, many, drawn, stop);
                if computed.send(evaluated).is_err() {
                    return;
                }
            }
        });
        let mut pipeline = || -> io::Result<()> {
            let mut next = Chunk::read(&mut inputs, chunk_size);
            // The notes of the chunk on the pool, to write before its results.
            let mut computing = None;
            let mut placed = 0;
            loop {
                let Chunk { units, notes } = next;
                if units.is_empty() {
                    if let Some(before) = computing.take() {
                        sink.chunk(before, received(&results)?)?;
                    }
                    sink.notes(notes);
                    return Ok(());
                }
                let first = placed;
                placed += units.len();
                if to_pool.send((first, units)).is_err() {
                    return Err(stopped());
                }
                if let Some(before) = computing.replace(notes) {
                    sink.chunk(before, received(&results)?)?;
                }
                next = Chunk::read(&mut inputs, chunk_size);
            }
        };
        let done = pipeline();
        // A failed output: the chunk on the pool stops early (the scope waits for it).
        if done.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        drop(to_pool);
        done
    })?;
    clear_progress(sink.err, &mut sink.progress_shown);
    sink.writer.finish()?;
    let mut summary = sink.summary;
    if let Some(path) = &settings.chart {
        summary.chart_failed = !write_chart(path, sink.chart, sink.charted_others, lang, sink.err);
    }
    Ok(summary)
}

/// The results of the chunk on the pool.
fn received(results: &std::sync::mpsc::Receiver<Vec<Evaluated>>) -> io::Result<Vec<Evaluated>> {
    results.recv().map_err(|_| stopped())
}

/// The error of a computation that stopped (a defect; the scope then panics with it).
fn stopped() -> io::Error {
    io::Error::other("the computation stopped")
}

/// Write the chart to `path` and say so on standard error (or why there is none). `false` when
/// the file could not be written.
fn write_chart(
    path: &Path,
    chart: Option<Chart>,
    others: usize,
    lang: Lang,
    err: &mut impl Write,
) -> bool {
    let shown = path.display().to_string();
    if others > 0
        && let Some((name, _)) = &chart
    {
        let _ = writeln!(
            err,
            "{}",
            lang.f(Msg::ChartFirstOnly, &[printable(name).into_owned().into()])
        );
    }
    match chart {
        Some((_, Some(svg))) => match std::fs::write(path, svg) {
            Ok(()) => {
                let _ = writeln!(err, "{}", lang.f(Msg::ChartWritten, &[shown.into()]));
                true
            }
            Err(e) => {
                let _ = writeln!(
                    err,
                    "verhuurd: {}",
                    lang.f(Msg::ECannotWrite, &[shown.into(), e.to_string().into()])
                );
                false
            }
        },
        Some((name, None)) => {
            let _ = writeln!(
                err,
                "verhuurd: {}",
                lang.f(Msg::ChartNoPlan, &[printable(&name).into_owned().into()])
            );
            true
        }
        None => {
            let _ = writeln!(err, "verhuurd: {}", lang.f(Msg::ChartNone, &[]));
            true
        }
    }
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
        let Input::Item(unit) = input else { continue };
        let raw = match unit {
            Unit::Property(item) => item?,
            Unit::Row(row) => row.into_raw(),
            Unit::Household(raw) => {
                let at = raw.at.clone();
                let h = parse_household(raw, rules, None)?;
                let report = evaluate_household(&h, rules, options)
                    .map_err(|e| PropertyErrors(vec![InputError::new(at, e.text())]))?;
                results.push(crate::output::render_household(&report, format));
                continue;
            }
        };
        let at = raw.at.clone();
        let p = parse_property(raw, rules, None)?;
        let report = evaluate(&p, rules, options)
            .map_err(|e| PropertyErrors(vec![InputError::new(at, e.text())]))?;
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
            household: None,
            blanks: Vec::new(),
        }
    }

    #[test]
    fn a_panicking_record_fails_alone_at_its_location() {
        let r = guarded_record(record("p.csv", 7), |_, _| panic!("a defect"));
        let Err(e) = r else {
            panic!("a panic must fail the record")
        };
        let text = e.to_string();
        assert!(text.starts_with("p.csv:7:1: fout: interne fout"), "{text}");
        assert!(text.contains("a defect"), "{text}");
        let ok = guarded_record(record("p.csv", 8), |_, _| Ok(Prepared::Text("row".into())));
        assert!(matches!(ok, Ok(Prepared::Text(t)) if t == "row"));
    }

    #[test]
    fn the_progress_line_has_total_share_and_time_left() {
        let ten = Duration::from_secs(10);
        assert_eq!(
            progress_line(Lang::Nl, 1000, ten, 25, Some(100)),
            "\r1.000 van ~4.000 woningen (25%), 100/s, nog ~0:30"
        );
        assert_eq!(
            progress_line(Lang::En, 150_000, Duration::from_secs(4000), 1, Some(2)),
            "\r150,000 of ~300,000 properties (50%), 37/s, ~1:06:40 left"
        );
        assert_eq!(progress_line(Lang::Nl, 1, ten, 5, None), "\r1 woning, 0/s");
    }

    /// Run a batch of `sources` as CSV, `chunk` properties at a time: (summary, output,
    /// standard error).
    fn batch_in_chunks(
        sources: &[Source],
        chart: Option<PathBuf>,
        chunk: usize,
    ) -> (Summary, String, String) {
        let rules = RuleSet::built_in().unwrap();
        let settings = Settings {
            format: Format::Csv,
            chart,
            ..Settings::default()
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let s = run_with(sources, &rules, &settings, &mut out, &mut err, None, chunk).unwrap();
        (
            s,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn results_and_errors_keep_the_input_order_across_chunks() {
        let dir = tempfile::tempdir().unwrap();
        // Rows 3, 6, 7 and 12 fail (an unknown label); the second file is read with a note.
        let mut csv = String::from(
            "property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n",
        );
        for line in 2..=13 {
            let label = if [3, 6, 7, 12].contains(&line) {
                "Q"
            } else {
                "B"
            };
            csv += &format!("{},70,{label},1100\n", 250_000 + line * 1000);
        }
        let first = dir.path().join("p.csv");
        std::fs::write(&first, csv).unwrap();
        let second = dir.path().join("q.csv");
        std::fs::write(
            &second,
            "property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent\n\
             300000;70,5;Q;1100\n300000;70,5;B;1100\n",
        )
        .unwrap();
        let sources = sources(&[first, PathBuf::from("examples/huishouden.toml"), second]);
        let (s, out, err) = batch_in_chunks(&sources, None, CHUNK);
        // 8 rows, a household of 3 and a row; 5 rows fail.
        assert_eq!((s.evaluated, s.failed), (12, 5), "{err}");
        let names: Vec<&str> = out
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        let rows = (2..=13).filter(|l| ![3, 6, 7, 12].contains(l));
        let mut expected: Vec<String> = rows.map(|l| format!("p line {l}")).collect();
        expected.extend(
            [
                "Eengezinswoning Amersfoort",
                "Bovenwoning Utrecht",
                "Portiekflat Zwolle",
            ]
            .map(String::from),
        );
        expected.push("q line 3".into());
        assert_eq!(names, expected);
        let at = |needle: &str| {
            err.find(needle)
                .unwrap_or_else(|| panic!("{needle}: {err}"))
        };
        let errors = ["p.csv:3:", "p.csv:6:", "p.csv:7:", "p.csv:12:", "q.csv:2:"];
        assert!(errors.windows(2).all(|w| at(w[0]) < at(w[1])), "{err}");
        // A note comes before the results of the chunk in which it was read.
        assert!(at("gelezen met") < at("q.csv:2:"), "{err}");
        let without_notes = |err: &str| -> String {
            err.lines()
                .filter(|l| !l.contains("gelezen met"))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        // Any chunk size, even of one property with chunks on the pool while others are
        // written, gives the same output and the same errors.
        for chunk in [1, 2, 3, 4, 5, 7] {
            let (t, out_t, err_t) = batch_in_chunks(&sources, None, chunk);
            assert_eq!((t, &out_t), (s, &out), "chunks of {chunk}");
            assert_eq!(
                without_notes(&err_t),
                without_notes(&err),
                "chunks of {chunk}"
            );
            assert!(
                err_t.find("gelezen met") < err_t.find("q.csv:2:"),
                "{err_t}"
            );
        }
        // With chunks of one row, the note comes after the first file's errors (when it is met).
        let (_, _, err_one) = batch_in_chunks(&sources, None, 1);
        assert!(
            err_one.find("p.csv:12:") < err_one.find("gelezen met"),
            "{err_one}"
        );
    }

    #[cfg(feature = "chart")]
    #[test]
    fn the_chart_is_of_the_first_property_that_succeeds() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("kapot.toml");
        std::fs::write(&bad, "[property]\nwoz_value = \"veel\"\n").unwrap();
        let svg = dir.path().join("grafiek.svg");
        let files = [
            bad,
            PathBuf::from("examples/uitponden.toml"),
            PathBuf::from("examples/eengezinswoning.toml"),
            PathBuf::from("examples/microstudio.toml"),
        ];
        let uitponden = run_alone(&files[1]);
        for chunk in [1, 2, 3, CHUNK] {
            let _ = std::fs::remove_file(&svg);
            let (s, _, err) = batch_in_chunks(&sources(&files), Some(svg.clone()), chunk);
            assert_eq!((s.evaluated, s.failed, s.chart_failed), (3, 1, false));
            assert!(err.contains("de grafiek toont de eerste woning"), "{err}");
            assert_eq!(
                std::fs::read_to_string(&svg).unwrap(),
                uitponden,
                "chunks of {chunk}"
            );
        }
    }

    /// The chart of one property file.
    #[cfg(feature = "chart")]
    fn run_alone(file: &Path) -> String {
        let dir = tempfile::tempdir().unwrap();
        let svg = dir.path().join("alleen.svg");
        let (s, _, err) = batch_in_chunks(&sources(&[file.to_path_buf()]), Some(svg.clone()), 1);
        assert_eq!((s.evaluated, s.failed), (1, 0), "{err}");
        std::fs::read_to_string(svg).unwrap()
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
            ..Settings::default()
        };
        let mut out = Vec::new();
        let mut err = Vec::new();
        // One property per chunk: the counter is shown after the first, then the second fails.
        let sources = sources(&[path]);
        let s = run_with(
            &sources,
            &rules,
            &settings,
            &mut out,
            &mut err,
            Some(Duration::ZERO),
            1,
        )
        .unwrap();
        assert_eq!((s.evaluated, s.failed), (1, 1));
        let err = String::from_utf8(err).unwrap();
        // A file of known size: the count, the estimated total, the share read and the time left.
        let counter = "\r1 van ~1 woning (100%), ";
        assert!(err.starts_with(counter), "{err:?}");
        // The error line starts on a cleared line, right after the counter.
        let cleared_error = err.find("0:00\r\x1b[2K").expect("the counter is cleared");
        assert!(err[cleared_error..].contains("p.csv:3:3: fout"), "{err:?}");
        let mut shown = true;
        let mut cleared = Vec::new();
        clear_progress(&mut cleared, &mut shown);
        assert_eq!(cleared, b"\r\x1b[2K");
        assert!(!shown);
        clear_progress(&mut cleared, &mut shown);
        assert_eq!(cleared, b"\r\x1b[2K", "nothing to clear twice");
    }
}
