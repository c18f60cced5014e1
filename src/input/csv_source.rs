//! Reading properties from CSV: one property per row, columns named by the dotted keys of the
//! property file, an empty cell meaning "absent". Rows are read one at a time (streaming).
//!
//! Files as spreadsheets write them are read too: lines may end with LF, CRLF or CR (line numbers
//! are right for all three); a header separated by `;` (Dutch Excel) makes the file
//! `;`-separated with decimal commas (`3,9`, `1.250,50`); booleans may be `TRUE`/`FALSE` or
//! `WAAR`/`ONWAAR`; rows with only empty cells are skipped; empty header cells at the end of the
//! header are ignored.

use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

use super::{RawEntry, RawRecord, RawValue};
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Msg, Text};
use crate::input::schema::{self, FIELDS, Kind};

/// A reader that turns CRLF and lone CR line ends into LF, so the CSV reader counts lines right
/// for files from any system. Only line ends change; the bytes in between are kept.
pub struct LineEnds<R: Read> {
    inner: R,
    /// The previous chunk ended with CR: an LF at the start of the next one belongs to it.
    pending_cr: bool,
}

impl<R: Read> LineEnds<R> {
    /// Wrap `inner`.
    pub fn new(inner: R) -> LineEnds<R> {
        LineEnds {
            inner,
            pending_cr: false,
        }
    }
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.inner.read(buf)?;
            if n == 0 {
                return Ok(0);
            }
            let mut w = 0;
            for r in 0..n {
                let b = buf[r];
                if self.pending_cr && b == b'\n' {
                    self.pending_cr = false;
                    continue;
                }
                self.pending_cr = b == b'\r';
                buf[w] = if b == b'\r' { b'\n' } else { b };
                w += 1;
            }
            // A chunk of a lone LF after a CR yields nothing: read on rather than signal the end.
            if w > 0 {
                return Ok(w);
            }
        }
    }
}

/// The separator of a CSV file, from its header line: `;` when the header has more semicolons
/// than commas (Dutch Excel), else `,`.
pub fn detect_separator(header: &[u8]) -> u8 {
    let line = header.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let count = |c: u8| line.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}

/// A number cell of a `;`-separated file in Dutch notation (`3,9`, `-1.250,50`) in the dot
/// notation of the property file; `Err` for `1.250` without a comma, which is ambiguous there
/// (1250 in Dutch notation, 1.25 in English); other text is returned unchanged.
fn dutch_number(cell: &str) -> Result<std::borrow::Cow<'_, str>, Text> {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let unsigned = cell.strip_prefix('-').unwrap_or(cell);
    let grouped = |int: &str| {
        let mut groups = int.split('.');
        let first = groups.next().unwrap_or("");
        let rest: Vec<&str> = groups.collect();
        first.len() <= 3
            && digits(first)
            && !rest.is_empty()
            && rest.iter().all(|g| g.len() == 3 && digits(g))
    };
    match unsigned.split_once(',') {
        Some((int, frac)) if digits(frac) && (digits(int) || grouped(int)) => {
            let sign = if cell.starts_with('-') { "-" } else { "" };
            Ok(std::borrow::Cow::Owned(format!(
                "{sign}{}.{frac}",
                int.replace('.', "")
            )))
        }
        None if grouped(unsigned) => Err(Text::new(
            Msg::EAmbiguousNumber,
            vec![cell.into(), cell.replace('.', "").into()],
        )),
        _ => Ok(std::borrow::Cow::Borrowed(cell)),
    }
}

/// The column that groups rows into one household: the rows with the same non-empty cell are
/// one household, and must follow each other.
pub const HOUSEHOLD_COLUMN: &str = "household";

/// What every row of one CSV file shares: where it comes from and what its columns hold.
#[derive(Debug)]
struct Layout {
    file: Arc<str>,
    stem: String,
    /// Column index → dotted key; `None` when the header itself is wrong.
    columns: Vec<String>,
    /// The separator, detected from the header.
    separator: u8,
    /// Whether each column holds decimal numbers (read with decimal commas in `;` files).
    decimal: Vec<bool>,
    /// Column index → the section of its key (the part before the first `.`), when it has one.
    section_of: Vec<Option<String>>,
    /// The index of the household column, if the file has one.
    household: Option<usize>,
    /// Column index → its key as the records hold it (the schema's own string).
    keys: Vec<std::borrow::Cow<'static, str>>,
}

/// An iterator over the rows of a CSV file, each a raw record or the problems with it.
pub struct CsvRecords<R: Read> {
    layout: Arc<Layout>,
    reader: csv::Reader<R>,
    header_error: Option<PropertyErrors>,
    done: bool,
    /// How many columns the header has, counting empty cells at its end (which are ignored).
    header_len: usize,
    /// The bytes of the longest row so far: each row's record is allocated at that size.
    row_bytes: usize,
}

/// A row of a CSV file as read, with the right number of cells: [`CsvRow::into_raw`] turns it
/// into a raw record. Kept apart so that a batch can read rows on one thread and build their
/// records (a string per cell, each cell's location) on the threads that evaluate them.
#[derive(Debug)]
pub struct CsvRow {
    layout: Arc<Layout>,
    record: csv::StringRecord,
    line: usize,
}

impl<R: Read> CsvRecords<R> {
    /// Start reading CSV from `input`; `file` names it in messages, `stem` names its rows.
    pub fn new(file: Arc<str>, stem: String, input: R) -> CsvRecords<BufReader<LineEnds<R>>> {
        let mut input = BufReader::with_capacity(1 << 16, LineEnds::new(input));
        let separator = detect_separator(input.fill_buf().unwrap_or(&[]));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .delimiter(separator)
            .from_reader(input);
        let mut columns = Vec::new();
        let mut errors = Vec::new();
        let mut header_len = 0;
        match reader.headers() {
            Ok(h) => {
                header_len = h.len();
                // Empty cells at the end of the header (`a;b;c;`) are no columns.
                let used = h
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !c.trim().is_empty())
                    .last()
                    .map_or(0, |(i, _)| i + 1);
                for (i, name) in h.iter().take(used).enumerate() {
                    let name = name.trim().trim_start_matches('\u{feff}');
                    let at = Location {
                        file: file.clone(),
                        line: 1,
                        column: i + 1,
                    };
                    if name == HOUSEHOLD_COLUMN {
                        // Groups rows into one household (see `crate::household`).
                    } else if schema::field_index(name).is_none() {
                        errors.push(
                            InputError::new(at, Text::new(Msg::EUnknownColumn, vec![name.into()]))
                                .expected(Text::new(Msg::XpColumns, vec![]))
                                .suggest(super::suggest_key(name)),
                        );
                    } else if columns.iter().any(|c| c == name) {
                        errors.push(InputError::new(
                            at,
                            Text::new(Msg::EColumnTwice, vec![name.into()]),
                        ));
                    }
                    columns.push(name.to_string());
                }
                if columns.is_empty() || (columns.len() == 1 && columns[0].is_empty()) {
                    errors.push(
                        InputError::new(
                            Location {
                                file: file.clone(),
                                line: 1,
                                column: 1,
                            },
                            Text::new(Msg::ENoHeader, vec![]),
                        )
                        .expected(Text::new(Msg::XpHeader, vec![])),
                    );
                }
            }
            Err(e) => errors.push(InputError::new(
                Location {
                    file: file.clone(),
                    line: 1,
                    column: 1,
                },
                Text::new(Msg::ECsvHeader, vec![e.to_string().into()]),
            )),
        }
        let header_error = if errors.is_empty() {
            None
        } else {
            Some(PropertyErrors(errors))
        };
        let decimal = columns
            .iter()
            .map(|c| {
                schema::field_index(c).is_some_and(|i| matches!(FIELDS[i].kind, Kind::Dec { .. }))
            })
            .collect();
        let section_of = columns
            .iter()
            .map(|c| c.split_once('.').map(|(section, _)| section.to_string()))
            .collect();
        let household = columns.iter().position(|c| c == HOUSEHOLD_COLUMN);
        let keys = columns
            .iter()
            .map(|c| match schema::field_index(c) {
                Some(f) => FIELDS[f].key.into(),
                None => c.clone().into(),
            })
            .collect();
        CsvRecords {
            layout: Arc::new(Layout {
                file,
                stem,
                columns,
                separator,
                decimal,
                section_of,
                household,
                keys,
            }),
            reader,
            header_error,
            done: false,
            header_len,
            row_bytes: 0,
        }
    }
}

impl<R: Read> CsvRecords<R> {
    /// What was detected about the file, for a note on standard error (`None` for a plain
    /// comma-separated file).
    pub fn note(&self) -> Option<Text> {
        (self.layout.separator == b';')
            .then(|| Text::new(Msg::NSemicolon, vec![self.layout.file.to_string().into()]))
    }
}

impl<R: Read> CsvRecords<R> {
    /// The next row, its record not yet built (see [`CsvRow`]); the rows with only empty cells
    /// are skipped, and a row with too few or too many cells is an error here.
    pub fn next_row(&mut self) -> Option<Result<CsvRow, PropertyErrors>> {
        if self.done {
            return None;
        }
        if let Some(e) = self.header_error.take() {
            // A wrong header makes every row unreadable: report it once and stop.
            self.done = true;
            return Some(Err(e));
        }
        let mut record = csv::StringRecord::with_capacity(self.row_bytes, self.header_len);
        let read = self.reader.read_record(&mut record);
        self.row_bytes = self.row_bytes.max(record.as_slice().len());
        match read {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
                // A row of empty cells (`;;;;` from a spreadsheet) is no property.
                if record.iter().all(|c| c.trim().is_empty()) {
                    return self.next_row();
                }
                let columns = self.layout.columns.len();
                let cells = record.len();
                let extra_empty = record.iter().skip(columns).all(|c| c.trim().is_empty());
                if cells < columns || (cells > self.header_len && !extra_empty) {
                    return Some(Err(PropertyErrors(vec![InputError::new(
                        Location {
                            file: self.layout.file.clone(),
                            line,
                            column: 1,
                        },
                        Text::new(
                            Msg::ERowCells,
                            vec![Arg::Int(cells as i64), Arg::Int(columns as i64)],
                        ),
                    )])));
                }
                Some(Ok(CsvRow {
                    layout: self.layout.clone(),
                    record,
                    line,
                }))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                let msg = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => Text::new(
                        Msg::ERowCells,
                        vec![Arg::Int(*len as i64), Arg::Int(*expected_len as i64)],
                    ),
                    csv::ErrorKind::Utf8 { .. } => Text::new(Msg::ERowUtf8, vec![]),
                    _ => Text::new(Msg::ERowUnreadable, vec![e.to_string().into()]),
                };
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Some(Err(PropertyErrors(vec![InputError::new(
                    Location {
                        file: self.layout.file.clone(),
                        line,
                        column: 1,
                    },
                    msg,
                )])))
            }
        }
    }
}

impl<R: Read> Iterator for CsvRecords<R> {
    type Item = Result<RawRecord, PropertyErrors>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_row().map(|r| r.map(CsvRow::into_raw))
    }
}

impl CsvRow {
    /// Where the row starts.
    pub fn at(&self) -> Location {
        Location {
            file: self.layout.file.clone(),
            line: self.line,
            column: 1,
        }
    }

    /// The row's household cell (trimmed), when the file has that column and it is not empty.
    pub fn household(&self) -> Option<&str> {
        let i = self.layout.household?;
        Some(self.record.get(i)?.trim()).filter(|c| !c.is_empty())
    }

    /// The raw record of the row: its cells under their keys, each with its location, the
    /// sections it names, and the cells that cannot be read.
    pub fn into_raw(self) -> RawRecord {
        let CsvRow {
            layout,
            record,
            line,
        } = self;
        // The file name of this row's locations: its own copy, so that the threads building
        // rows do not share one reference count.
        let file: Arc<str> = Arc::from(&*layout.file);
        let at = |column: usize| Location {
            file: file.clone(),
            line,
            column,
        };
        let mut entries = Vec::with_capacity(record.len());
        let mut sections: Vec<(String, Location)> = Vec::new();
        let mut errors = Vec::new();
        let mut household = None;
        for (i, cell) in record.iter().enumerate().take(layout.columns.len()) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let key = &layout.columns[i];
            if layout.household == Some(i) {
                household = Some(cell.to_string());
                continue;
            }
            if let Some(section) = &layout.section_of[i]
                && !sections.iter().any(|(s, _)| s == section)
            {
                sections.push((section.clone(), at(i + 1)));
            }
            let cell = if layout.separator == b';' && layout.decimal[i] {
                match dutch_number(cell) {
                    Ok(c) => c.into_owned(),
                    Err(m) => {
                        errors.push(
                            InputError::new(
                                at(i + 1),
                                Text::new(Msg::EKeyed, vec![key.clone().into(), m.into()]),
                            )
                            .expected(FIELDS[schema::field_index(key).unwrap_or(0)].expected()),
                        );
                        continue;
                    }
                }
            } else {
                cell.to_string()
            };
            entries.push(RawEntry {
                key: layout.keys[i].clone(),
                value: RawValue::Cell(cell),
                key_at: at(i + 1),
                value_at: at(i + 1),
            });
        }
        RawRecord {
            file: file.clone(),
            default_name: format!("{} line {line}", layout.stem),
            at: at(1),
            entries,
            sections,
            errors,
            household,
        }
    }
}
