//! Turning reports into text: a table for people, JSON, JSON Lines and CSV for scripts.
//! Nothing here computes a figure.

#[cfg(feature = "chart")]
pub mod chart;
pub mod csv;
pub mod history;
pub mod household;
pub mod html;
pub mod rows;
pub mod rules;
pub mod table;

use std::io::{self, Write};

use crate::i18n::Lang;
use crate::report::Report;

/// How text for people is shown: language, colour, width, and what was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub lang: Lang,
    /// Colour negative amounts and warnings (ANSI escapes).
    pub color: bool,
    /// The width the tables keep to.
    pub width: u16,
    /// Show the sensitivity grid (`--grid`).
    pub grid: bool,
    /// The derivation was asked for (`--explain`).
    pub explain: bool,
}

impl Default for Style {
    /// Dutch, no colour, 80 columns: the form of the golden files.
    fn default() -> Style {
        Style {
            lang: Lang::Nl,
            color: false,
            width: table::WIDTH,
            grid: false,
            explain: false,
        }
    }
}

/// The output formats of `--format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// The table for people (one property in full, several compared).
    #[default]
    Table,
    /// JSON: one object, or an array for several properties.
    Json,
    /// JSON Lines: one object per line.
    Jsonl,
    /// CSV: one row per property.
    Csv,
}

impl Format {
    /// The renderer of this format.
    pub fn renderer(self) -> &'static dyn Render {
        match self {
            Format::Table => &TableText,
            Format::Json => &Json,
            Format::Jsonl => &JsonLines,
            Format::Csv => &Csv,
        }
    }
}

/// One output format: how a report, or a household's report, becomes text. [`Format::renderer`]
/// picks the one asked for; [`prepare`], [`prepare_household`], [`render_styled`],
/// [`render_household`] and the [`Writer`]'s header go through it. (What joins several reports —
/// the JSON array, the comparison table in blocks — is the [`Writer`]'s.)
pub trait Render: Sync {
    /// What comes before the first report: the CSV header row; nothing for the others.
    fn header(&self) -> String {
        String::new()
    }

    /// One property's report, in `style`; `many`: one of several (the table keeps the report for
    /// the comparison table). A JSON object comes without its line end (the writer adds it).
    fn report(&self, r: Report, many: bool, style: &Style) -> Prepared;

    /// One household's report, in `style`; `many`: one of several.
    fn household(&self, r: &crate::household::HouseholdReport, many: bool, style: &Style)
    -> String;

    /// One rendered report as a whole output: with the header, and for JSON its line end.
    fn whole(&self, text: String) -> String {
        self.header() + &text
    }
}

/// The table for people: one property in full, several in a comparison table.
pub struct TableText;

impl Render for TableText {
    fn report(&self, r: Report, many: bool, style: &Style) -> Prepared {
        if many {
            Prepared::Report(Box::new(r))
        } else {
            Prepared::Text(table::single(&r, style))
        }
    }

    fn household(
        &self,
        r: &crate::household::HouseholdReport,
        many: bool,
        style: &Style,
    ) -> String {
        household::table(r, !many, style)
    }
}

/// JSON: one object, or an array for several properties (`{"household": {...}}` for a
/// household).
pub struct Json;

impl Render for Json {
    fn report(&self, r: Report, _: bool, _: &Style) -> Prepared {
        Prepared::Text(serde_json::to_string_pretty(&r).unwrap_or_default())
    }

    fn household(&self, r: &crate::household::HouseholdReport, _: bool, _: &Style) -> String {
        r.to_json(true)
    }

    fn whole(&self, text: String) -> String {
        text + "\n"
    }
}

/// JSON Lines: one object per line.
pub struct JsonLines;

impl Render for JsonLines {
    fn report(&self, r: Report, _: bool, _: &Style) -> Prepared {
        Prepared::Text(serde_json::to_string(&r).unwrap_or_default() + "\n")
    }

    fn household(&self, r: &crate::household::HouseholdReport, _: bool, _: &Style) -> String {
        r.to_json(false) + "\n"
    }
}

/// CSV: one row per property, under the header row of [`csv::COLUMNS`].
pub struct Csv;

impl Render for Csv {
    fn header(&self) -> String {
        let mut h = Vec::new();
        let _ = csv::write_header(&mut h);
        String::from_utf8(h).unwrap_or_default()
    }

    fn report(&self, r: Report, _: bool, _: &Style) -> Prepared {
        Prepared::Text(csv::row(&r))
    }

    fn household(&self, r: &crate::household::HouseholdReport, _: bool, _: &Style) -> String {
        r.properties.iter().map(csv::row).collect()
    }
}

/// Writes reports one at a time in a format, so batches stream. One report is written in the
/// form of one property (the full table, a JSON object) however it arrived (a TOML file, a
/// CSV file of one row): the form of several is chosen when a second report comes.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    style: Style,
    count: usize,
    /// For the table with several properties: the reports are shown as one comparison table,
    /// written in blocks.
    pending: Vec<Report>,
    /// For JSON: the first object, held until it is known whether a second property follows.
    first: Option<String>,
    /// For JSON: the properties given so far, written or failed. The form of several (an
    /// array) is chosen by what was given, not by what succeeded, so a script gets an array
    /// for a batch even when all but one of its properties fail.
    given: usize,
    /// For JSON: the array is open, and how many objects are in it.
    array: Option<usize>,
    /// What the comparison table leaves out, for the lines under it.
    summary: table::Summary,
}

/// Reports per block of the comparison table.
const TABLE_BLOCK: usize = 1000;

impl<W: Write> Writer<W> {
    /// A writer of `format` to `out`; `many` says whether more than one report may follow (kept
    /// for callers; the writer decides by what it is given).
    pub fn new(out: W, format: Format, many: bool) -> Writer<W> {
        let _ = many;
        Writer::styled(out, format, Style::default())
    }

    /// A writer of `format` in `style` to `out`.
    pub fn styled(out: W, format: Format, style: Style) -> Writer<W> {
        Writer {
            out,
            format,
            style,
            count: 0,
            pending: Vec::new(),
            first: None,
            given: 0,
            array: None,
            summary: table::Summary::default(),
        }
    }

    /// Write the format's header (the CSV header row).
    pub fn begin(&mut self) -> io::Result<()> {
        self.out
            .write_all(self.format.renderer().header().as_bytes())
    }

    /// Write one prepared report.
    pub fn write(&mut self, p: Prepared) -> io::Result<()> {
        self.count += 1;
        match p {
            Prepared::Report(r) => {
                self.summary.add(&r);
                self.pending.push(*r);
                if self.pending.len() >= TABLE_BLOCK {
                    let block = std::mem::take(&mut self.pending);
                    self.out
                        .write_all(table::comparison(&block, &self.style).as_bytes())?;
                }
                Ok(())
            }
            Prepared::Text(t) if self.format == Format::Json => {
                self.given += 1;
                if self.given == 1 {
                    self.first = Some(t);
                    return Ok(());
                }
                let n = self.open_array()?;
                let sep = if n == 0 { "\n" } else { ",\n" };
                write!(self.out, "{sep}{t}")?;
                self.array = Some(n + 1);
                Ok(())
            }
            Prepared::Text(t) => {
                // A household's table among the comparison table's rows: the rows before it
                // first, so the output keeps the input order.
                if self.format == Format::Table && !self.pending.is_empty() {
                    let block = std::mem::take(&mut self.pending);
                    self.out
                        .write_all(table::comparison(&block, &self.style).as_bytes())?;
                }
                self.out.write_all(t.as_bytes())?;
                if self.format == Format::Jsonl {
                    self.out.flush()?;
                }
                Ok(())
            }
        }
    }

    /// Count `n` properties that were given but failed (their errors go elsewhere): for JSON,
    /// a second property given makes the output an array, whether or not it succeeded.
    pub fn failed(&mut self, n: usize) -> io::Result<()> {
        if self.format == Format::Json && n > 0 {
            self.given += n;
            if self.given >= 2 {
                self.open_array()?;
            }
        }
        Ok(())
    }

    /// Open the JSON array (once), with the object held back as its first element; the number
    /// of objects in it.
    fn open_array(&mut self) -> io::Result<usize> {
        if let Some(n) = self.array {
            return Ok(n);
        }
        self.out.write_all(b"[")?;
        let n = match self.first.take() {
            Some(first) => {
                write!(self.out, "\n{first}")?;
                1
            }
            None => 0,
        };
        self.array = Some(n);
        Ok(n)
    }

    /// Finish the output (close the JSON array, write the last table block and the lines under
    /// it) and flush.
    pub fn finish(mut self) -> io::Result<W> {
        match self.format {
            Format::Json => match (self.array, self.first.take()) {
                (Some(0), _) => self.out.write_all(b"]\n")?,
                (Some(_), _) => self.out.write_all(b"\n]\n")?,
                (None, Some(first)) => writeln!(self.out, "{first}")?,
                (None, None) => self.out.write_all(b"[]\n")?,
            },
            Format::Table if self.count == 1 && self.pending.len() == 1 => {
                let r = self.pending.remove(0);
                self.out
                    .write_all(table::single(&r, &self.style).as_bytes())?;
            }
            Format::Table if self.summary.reports() > 0 => {
                if !self.pending.is_empty() {
                    let block = std::mem::take(&mut self.pending);
                    self.out
                        .write_all(table::comparison(&block, &self.style).as_bytes())?;
                }
                self.out
                    .write_all(self.summary.render(&self.style).as_bytes())?;
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// A report made ready for writing; rendering happens on the worker threads.
pub enum Prepared {
    /// Rendered text (a table, a JSON object, a JSON line, a CSV row).
    Text(String),
    /// A report kept for the comparison table of several properties.
    Report(Box<Report>),
}

/// Prepare `r` for a writer of `format` (`many`: more than one report may follow). JSON
/// objects are written without their line end (the writer adds it).
pub fn prepare(format: Format, many: bool, mut r: Report, style: &Style) -> Prepared {
    if style.lang != Lang::default() {
        r.localize(style.lang);
    }
    format.renderer().report(r, many, style)
}

/// One report in a format, as a string (used by `check` and the tests).
pub fn render(r: &Report, format: Format) -> String {
    render_styled(r, format, &Style::default())
}

/// One report in a format and style, as a string.
pub fn render_styled(r: &Report, format: Format, style: &Style) -> String {
    match prepare(format, false, r.clone(), style) {
        Prepared::Text(t) => format.renderer().whole(t),
        Prepared::Report(r) => table::single(&r, style),
    }
}

/// Prepare a household's report for a writer of `format` (`many`: more than one report may
/// follow): its table, its JSON object `{"household": {...}}`, or one CSV row per property.
pub fn prepare_household(
    format: Format,
    many: bool,
    mut r: crate::household::HouseholdReport,
    style: &Style,
) -> Prepared {
    if style.lang != Lang::default() {
        r.localize(style.lang);
    }
    Prepared::Text(format.renderer().household(&r, many, style))
}

/// One household's report in a format, as a string (used by `check` and the tests).
pub fn render_household(r: &crate::household::HouseholdReport, format: Format) -> String {
    let Prepared::Text(t) = prepare_household(format, false, r.clone(), &Style::default()) else {
        return String::new();
    };
    format.renderer().whole(t)
}
