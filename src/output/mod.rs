//! Turning reports into text: a table for people, JSON, JSON Lines and CSV for scripts.
//! Nothing here computes a figure.

pub mod csv;
pub mod household;
pub mod rules;
pub mod table;

use std::io::{self, Write};

use crate::report::Report;

/// `text` safe to show on a terminal: control characters (escape sequences, carriage returns,
/// bells) are written as `\u{1b}` instead of being sent raw. Line feeds and tabs are kept.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            s.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            s.push(c);
        }
    }
    std::borrow::Cow::Owned(s)
}

/// The output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// Writes reports one at a time in a format, so batches stream.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    count: usize,
    /// For the table with several properties: the reports are shown as one comparison table,
    /// written in blocks.
    pending: Vec<Report>,
    /// Whether the output is known to hold more than one report (json array, comparison table).
    many: bool,
}

/// Reports per block of the comparison table.
const TABLE_BLOCK: usize = 1000;

impl<W: Write> Writer<W> {
    /// A writer of `format` to `out`; `many` says whether more than one report may follow.
    pub fn new(out: W, format: Format, many: bool) -> Writer<W> {
        Writer {
            out,
            format,
            count: 0,
            pending: Vec::new(),
            many,
        }
    }

    /// Write the format's header (the CSV header row).
    pub fn begin(&mut self) -> io::Result<()> {
        match self.format {
            Format::Csv => csv::write_header(&mut self.out),
            Format::Json if self.many => self.out.write_all(b"["),
            _ => Ok(()),
        }
    }

    /// Write one prepared report.
    pub fn write(&mut self, p: Prepared) -> io::Result<()> {
        self.count += 1;
        match p {
            Prepared::Report(r) => {
                self.pending.push(*r);
                if self.pending.len() >= TABLE_BLOCK {
                    let block = std::mem::take(&mut self.pending);
                    self.out.write_all(table::comparison(&block).as_bytes())?;
                }
                Ok(())
            }
            Prepared::Text(t) => {
                // A household's table among the comparison table's rows: the rows before it
                // first, so the output keeps the input order.
                if self.format == Format::Table && !self.pending.is_empty() {
                    let block = std::mem::take(&mut self.pending);
                    self.out.write_all(table::comparison(&block).as_bytes())?;
                }
                if self.format == Format::Json && self.many {
                    self.out
                        .write_all(if self.count > 1 { b",\n" } else { b"\n" })?;
                }
                self.out.write_all(t.as_bytes())?;
                if self.format == Format::Jsonl {
                    self.out.flush()?;
                }
                Ok(())
            }
        }
    }

    /// Finish the output (close the JSON array, write the last table block) and flush.
    pub fn finish(mut self) -> io::Result<W> {
        match self.format {
            Format::Json if self.many => {
                self.out
                    .write_all(if self.count > 0 { b"\n]\n" } else { b"]\n" })?
            }
            Format::Table if !self.pending.is_empty() => {
                let block = std::mem::take(&mut self.pending);
                self.out.write_all(table::comparison(&block).as_bytes())?;
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

/// Prepare `r` for a writer of `format` (`many`: more than one report may follow).
pub fn prepare(format: Format, many: bool, r: Report) -> Prepared {
    match format {
        Format::Table if many => Prepared::Report(Box::new(r)),
        Format::Table => Prepared::Text(table::single(&r)),
        Format::Json if many => {
            Prepared::Text(serde_json::to_string_pretty(&r).unwrap_or_default())
        }
        Format::Json => Prepared::Text(serde_json::to_string_pretty(&r).unwrap_or_default() + "\n"),
        Format::Jsonl => Prepared::Text(serde_json::to_string(&r).unwrap_or_default() + "\n"),
        Format::Csv => Prepared::Text(csv::row(&r)),
    }
}

/// One report in a format, as a string (used by `check` and the tests).
pub fn render(r: &Report, format: Format) -> String {
    match prepare(format, false, r.clone()) {
        Prepared::Text(t) if format == Format::Csv => {
            let mut h = Vec::new();
            let _ = csv::write_header(&mut h);
            String::from_utf8(h).unwrap_or_default() + &t
        }
        Prepared::Text(t) => t,
        Prepared::Report(r) => table::single(&r),
    }
}

/// Prepare a household's report for a writer of `format` (`many`: more than one report may
/// follow): its table, its JSON object `{"household": {...}}`, or one CSV row per property.
pub fn prepare_household(
    format: Format,
    many: bool,
    r: crate::household::HouseholdReport,
) -> Prepared {
    Prepared::Text(match format {
        Format::Table => household::table(&r, !many),
        Format::Json if many => r.to_json(true),
        Format::Json => r.to_json(true) + "\n",
        Format::Jsonl => r.to_json(false) + "\n",
        Format::Csv => r.properties.iter().map(csv::row).collect(),
    })
}

/// One household's report in a format, as a string (used by `check` and the tests).
pub fn render_household(r: &crate::household::HouseholdReport, format: Format) -> String {
    let Prepared::Text(t) = prepare_household(format, false, r.clone()) else {
        return String::new();
    };
    if format == Format::Csv {
        let mut h = Vec::new();
        let _ = csv::write_header(&mut h);
        return String::from_utf8(h).unwrap_or_default() + &t;
    }
    t
}
