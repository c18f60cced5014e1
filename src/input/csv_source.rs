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
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::{CellText, RawEntry, RawRecord, RawValue};
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
            // Most files have LF line ends only: nothing to change.
            if !self.pending_cr && !buf[..n].contains(&b'\r') {
                return Ok(n);
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

/// What the readers under a [`CsvRecords`] found while reading: shared with them, as they sit
/// inside the CSV reader.
#[derive(Debug, Default)]
pub struct Found {
    /// The file is not valid UTF-8 and is read as Windows-1252.
    windows_1252: AtomicBool,
    /// Line ends seen (outside and inside quoted cells).
    newlines: AtomicUsize,
    /// Lines with nothing on them, which the CSV reader skips.
    empty_lines: AtomicUsize,
    /// Bytes after the last line end (a last line without its line end).
    unterminated: AtomicBool,
    /// A row longer than [`MAX_ROW`] stopped the reading: the line it starts on.
    too_long_at: AtomicUsize,
    /// The file ended inside a quoted cell (its last line end is in that cell).
    ended_in_quotes: AtomicBool,
    /// The lines the rows start on, read ahead of the CSV reader, taken one a row: the CSV
    /// reader's own line of a row is that of the empty lines before it, when there are any.
    starts: std::sync::Mutex<std::collections::VecDeque<usize>>,
}

impl Found {
    /// The line the next row starts on.
    fn next_start(&self) -> Option<usize> {
        self.starts.lock().ok()?.pop_front()
    }
}

/// The longest row read (bytes; a row of a spreadsheet is a few hundred): a longer one stops
/// the reading with an error rather than filling the memory (a file of zeros, a quote never
/// closed in a large file).
pub const MAX_ROW: usize = 1 << 20;

/// The columns whose cells may hold line breaks (a list, one item a line); a quoted cell of any
/// other column that spans lines is an error.
const MULTI_LINE_COLUMNS: &[&str] = &["wws.rooms"];

/// A reader of text that is UTF-8 or, when it is not (Excel's default on Windows), read as
/// Windows-1252: bytes pass unchanged while they are valid UTF-8; from the first that are not,
/// every byte is decoded as Windows-1252 (which is ASCII in its first half, so what came before
/// reads the same). A UTF-8 byte order mark passes through (the header reader skips it).
pub struct Decoded<R: Read> {
    inner: R,
    /// Bytes read and not yet passed on: an incomplete UTF-8 sequence at the end of a chunk.
    held: Vec<u8>,
    /// Text to pass on, from `at`.
    out: Vec<u8>,
    at: usize,
    chunk: Vec<u8>,
    found: Arc<Found>,
}

impl<R: Read> Decoded<R> {
    fn new(inner: R, found: Arc<Found>) -> Decoded<R> {
        Decoded {
            inner,
            held: Vec::new(),
            out: Vec::new(),
            at: 0,
            chunk: vec![0; 1 << 16],
            found,
        }
    }

    /// Decode `bytes` (after what is held) into `out`; `last`: no more bytes follow.
    fn decode(&mut self, n: usize, last: bool) {
        self.out.clear();
        self.at = 0;
        let mut bytes = std::mem::take(&mut self.held);
        bytes.extend_from_slice(&self.chunk[..n]);
        if self.found.windows_1252.load(Ordering::Relaxed) {
            self.out.extend_from_slice(
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&bytes)
                    .0
                    .as_bytes(),
            );
            return;
        }
        match std::str::from_utf8(&bytes) {
            Ok(_) => self.out = bytes,
            Err(e) if e.error_len().is_none() && !last => {
                // An incomplete sequence at the end: the rest may come with the next chunk.
                self.held = bytes.split_off(e.valid_up_to());
                self.out = bytes;
            }
            Err(e) => {
                self.found.windows_1252.store(true, Ordering::Relaxed);
                let rest = bytes.split_off(e.valid_up_to());
                self.out = bytes;
                self.out.extend_from_slice(
                    encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(&rest)
                        .0
                        .as_bytes(),
                );
            }
        }
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at >= self.out.len() {
            let n = self.inner.read(&mut self.chunk)?;
            if n == 0 && self.held.is_empty() {
                return Ok(0);
            }
            self.decode(n, n == 0);
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A reader that follows the CSV reader's quoting (LF line ends, see [`LineEnds`]) to count the
/// lines of the file, the empty ones among them, and to stop a row longer than [`MAX_ROW`].
/// It follows the rules of the `csv` crate: a `"` at the start of a cell opens a quoted cell,
/// `""` in it is a quote, and a `"` followed by anything else closes it.
pub struct Scan<R: Read> {
    inner: R,
    separator: u8,
    found: Arc<Found>,
    state: Quoting,
    /// Bytes of the current row so far; 0 at the start of a row.
    row: usize,
    /// The line the current row starts on, and the current line.
    row_line: usize,
    line: usize,
}

/// Where the reader is in a row, as the `csv` crate sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    /// At the start of a cell (after a separator or a line end).
    CellStart,
    /// In a cell that is not quoted (a `"` in it is a character).
    InCell,
    /// In a quoted cell: separators and line ends are characters.
    Quoted,
    /// A `"` in a quoted cell: the next byte says whether it was a quote or the end.
    QuoteInQuoted,
}

impl<R: Read> Scan<R> {
    fn new(inner: R, separator: u8, found: Arc<Found>) -> Scan<R> {
        Scan {
            inner,
            separator,
            found,
            state: Quoting::CellStart,
            row: 0,
            row_line: 1,
            line: 1,
        }
    }
}

impl<R: Read> Read for Scan<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.found
                .ended_in_quotes
                .store(self.state == Quoting::Quoted, Ordering::Relaxed);
        }
        let (mut newlines, mut empty) = (0, 0);
        let mut starts = Vec::new();
        let sep = self.separator;
        let mut i = 0;
        while i < n {
            // A run of ordinary bytes (no quote, line end or separator; in a quoted cell no
            // quote or line end) changes nothing but the row's length: counted at once.
            let plain = |b: u8| match self.state {
                Quoting::Quoted => b != b'"' && b != b'\n',
                Quoting::QuoteInQuoted => false,
                _ => b != b'"' && b != b'\n' && b != sep,
            };
            let run = buf[i..n].iter().position(|&b| !plain(b)).unwrap_or(n - i);
            if run > 0 {
                if self.row == 0 {
                    starts.push(self.line);
                }
                if self.state == Quoting::CellStart {
                    self.state = Quoting::InCell;
                }
                self.row += run;
                i += run;
                if self.row > MAX_ROW {
                    self.found
                        .too_long_at
                        .store(self.row_line, Ordering::Relaxed);
                    return Err(std::io::Error::other("row too long"));
                }
                continue;
            }
            let b = buf[i];
            i += 1;
            if self.row == 0 && b != b'\n' {
                starts.push(self.line);
            }
            if b == b'\n' {
                newlines += 1;
                self.line += 1;
            }
            self.state = match (self.state, b) {
                (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
                (Quoting::Quoted, _) | (Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
                (_, b'\n') => {
                    if self.row == 0 {
                        empty += 1;
                    }
                    self.row = 0;
                    self.row_line = self.line;
                    Quoting::CellStart
                }
                (_, b) if b == self.separator => Quoting::CellStart,
                (Quoting::CellStart, b'"') => Quoting::Quoted,
                _ => Quoting::InCell,
            };
            if !(b == b'\n' && self.state == Quoting::CellStart) {
                self.row += 1;
            }
            if self.row > MAX_ROW {
                self.found
                    .too_long_at
                    .store(self.row_line, Ordering::Relaxed);
                return Err(std::io::Error::other("row too long"));
            }
        }
        if !starts.is_empty()
            && let Ok(mut q) = self.found.starts.lock()
        {
            q.extend(starts);
        }
        if n > 0 {
            self.found.newlines.fetch_add(newlines, Ordering::Relaxed);
            self.found.empty_lines.fetch_add(empty, Ordering::Relaxed);
            self.found
                .unterminated
                .store(buf[n - 1] != b'\n', Ordering::Relaxed);
        }
        Ok(n)
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

/// The characters a spreadsheet puts between groups of thousands besides the dot: a space, a
/// no-break space and a narrow no-break space (`1 450,00`).
const GROUP_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// A number cell of a `;`-separated file in Dutch notation in the dot notation of the property
/// file. There the comma is the decimal mark, so a dot can only group thousands: `804.000` is
/// 804000, `1.250.000,50` is 1250000.50, and `3.8` or `12.34` (not groups of three) is an error
/// that says so. A euro sign (`€ 1.450,00`), groups separated by spaces (`1 450,00`) and, in a
/// percentage column, a `%` after the number (`3,80%`) are read too. Text that is no number in
/// any notation is returned unchanged, for the reader of numbers to report.
pub fn dutch_number(cell: &str, percent: bool) -> Result<std::borrow::Cow<'_, str>, Text> {
    use std::borrow::Cow;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let mut t = cell.trim();
    let mut negative = false;
    if let Some(rest) = t.strip_prefix('-') {
        (negative, t) = (true, rest.trim_start());
    }
    let euro = t.starts_with('€') || t.ends_with('€');
    t = t.trim_start_matches('€').trim_end_matches('€').trim();
    if !negative && let Some(rest) = t.strip_prefix('-') {
        (negative, t) = (true, rest.trim_start());
    }
    if percent && let Some(rest) = t.strip_suffix('%') {
        t = rest.trim_end();
    }
    let (int, frac) = match t.split_once(',') {
        Some((int, frac)) => (int, Some(frac)),
        None => (t, None),
    };
    if frac.is_some_and(|f| !digits(f)) {
        return Ok(Cow::Borrowed(cell));
    }
    // The whole part: plain digits, or groups of three after the first of one to three digits,
    // separated by dots or by spaces (one kind).
    let separator = if int.contains('.') {
        Some('.')
    } else {
        int.find(GROUP_SPACES).and_then(|i| int[i..].chars().next())
    };
    let whole = match separator {
        None if digits(int) => int.to_string(),
        None => return Ok(Cow::Borrowed(cell)),
        Some(sep) => {
            let groups: Vec<&str> = int.split(sep).collect();
            let well_formed = groups[0].len() <= 3
                && groups.iter().all(|g| digits(g))
                && groups[1..].iter().all(|g| g.len() == 3);
            if !well_formed {
                if sep != '.' || !int.split('.').all(digits) {
                    return Ok(Cow::Borrowed(cell));
                }
                // Dots that are not thousands: probably a decimal point.
                let shown = crate::input::echo(cell.trim());
                return Err(match int.split_once('.') {
                    Some((a, b)) if !b.contains('.') && frac.is_none() => Text::new(
                        Msg::EDotNotThousands,
                        vec![shown.into(), format!("{a},{b}").into()],
                    ),
                    _ => Text::new(Msg::EDotsNotThousands, vec![shown.into()]),
                });
            }
            groups.concat()
        }
    };
    if !euro && !negative && frac.is_none() && separator.is_none() && !percent {
        return Ok(Cow::Borrowed(cell));
    }
    let sign = if negative { "-" } else { "" };
    Ok(Cow::Owned(match frac {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    }))
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
    /// Column index → the section of its key (the part before the first `.`), when it has one:
    /// the schema's own string where the key is the schema's.
    section_of: Vec<Option<std::borrow::Cow<'static, str>>>,
    /// Column index → the index of its section in [`schema::SECTIONS`], when it is one of them.
    section_no: Vec<Option<usize>>,
    /// How many sections the columns name (at most).
    sections: usize,
    /// The index of the household column, if the file has one.
    household: Option<usize>,
    /// Column index → its key as the records hold it (the schema's own string).
    keys: Vec<std::borrow::Cow<'static, str>>,
    /// Whether each column's key may be required (an empty cell there is named where it is).
    required: Vec<bool>,
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
    /// What the readers found.
    found: Arc<Found>,
    /// Notes for standard error not yet taken.
    notes: Vec<Text>,
    /// The encoding was noted.
    noted_encoding: bool,
    /// Lines accounted for: the header's, each row's (with the lines its cells span), and the
    /// empty ones skipped.
    lines_read: usize,
}

/// A row of a CSV file as read, with the right number of cells: [`CsvRow::into_raw`] turns it
/// into a raw record. Kept apart so that a batch can read rows on one thread and build their
/// records (a string per cell, each cell's location) on the threads that evaluate them.
#[derive(Debug)]
pub struct CsvRow {
    layout: Arc<Layout>,
    record: csv::StringRecord,
    line: usize,
    /// The lines the row spans after its first (a cell with line breaks).
    more_lines: usize,
}

impl<R: Read> CsvRecords<R> {
    /// Start reading CSV from `input`; `file` names it in messages, `stem` names its rows.
    #[allow(clippy::type_complexity)]
    pub fn new(
        file: Arc<str>,
        stem: String,
        input: R,
    ) -> CsvRecords<Scan<BufReader<LineEnds<Decoded<R>>>>> {
        let found = Arc::new(Found::default());
        let mut input =
            BufReader::with_capacity(1 << 16, LineEnds::new(Decoded::new(input, found.clone())));
        let separator = detect_separator(input.fill_buf().unwrap_or(&[]));
        let input = Scan::new(input, separator, found.clone());
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .delimiter(separator)
            .from_reader(input);
        let mut columns = Vec::new();
        let mut errors = Vec::new();
        let mut header_len = 0;
        let mut lines_read = 0;
        match reader.headers() {
            Ok(h) => {
                header_len = h.len();
                lines_read = usize::from(!h.is_empty()) + newlines_in(h);
                if !h.is_empty() {
                    found.next_start();
                }
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
                            InputError::new(
                                at,
                                Text::new(Msg::EUnknownColumn, vec![super::echo(name).into()]),
                            )
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
        let section_of: Vec<Option<std::borrow::Cow<'static, str>>> = columns
            .iter()
            .map(|c| {
                let (section, _) = c.split_once('.')?;
                Some(match schema::field_index(c) {
                    Some(f) => FIELDS[f].section().into(),
                    None => section.to_string().into(),
                })
            })
            .collect();
        let section_no: Vec<Option<usize>> = section_of
            .iter()
            .map(|s| {
                let s = s.as_deref()?;
                schema::SECTIONS.iter().position(|x| *x == s)
            })
            .collect();
        let household = columns.iter().position(|c| c == HOUSEHOLD_COLUMN);
        let keys = columns
            .iter()
            .map(|c| match schema::field_index(c) {
                Some(f) => FIELDS[f].key.into(),
                None => c.clone().into(),
            })
            .collect();
        let required = columns
            .iter()
            .map(|c| {
                schema::field_index(c)
                    .is_some_and(|i| !matches!(FIELDS[i].req, schema::Req::Optional))
            })
            .collect();
        CsvRecords {
            layout: Arc::new(Layout {
                required,
                file: file.clone(),
                stem,
                columns,
                separator,
                decimal,
                sections: section_of.iter().filter(|s| s.is_some()).count(),
                section_of,
                section_no,
                household,
                keys,
            }),
            reader,
            header_error,
            done: false,
            header_len,
            row_bytes: 0,
            notes: (separator == b';')
                .then(|| Text::new(Msg::NSemicolon, vec![file.to_string().into()]))
                .into_iter()
                .collect(),
            found,
            noted_encoding: false,
            lines_read,
        }
    }
}

/// The line breaks in the cells of a record.
fn newlines_in(record: &csv::StringRecord) -> usize {
    record.as_slice().bytes().filter(|b| *b == b'\n').count()
}

/// Lines as a short list: runs of three or more as a range (`4–7, 9`).
pub fn line_list(lines: &[usize]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j + 1 < lines.len() && lines[j + 1] == lines[j] + 1 {
            j += 1;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        match j - i {
            0 => out.push_str(&lines[i].to_string()),
            1 => out.push_str(&format!("{}, {}", lines[i], lines[j])),
            _ => out.push_str(&format!("{}–{}", lines[i], lines[j])),
        }
        i = j + 1;
    }
    out
}

impl<R: Read> CsvRecords<R> {
    /// The next note for standard error on how the file is read, if any: the `;` separator
    /// with decimal commas (at the start), the Windows-1252 encoding (as soon as it is found).
    pub fn take_note(&mut self) -> Option<Text> {
        if !self.noted_encoding && self.found.windows_1252.load(Ordering::Relaxed) {
            self.noted_encoding = true;
            self.notes.push(Text::new(
                Msg::NWindows1252,
                vec![self.layout.file.to_string().into()],
            ));
        }
        (!self.notes.is_empty()).then(|| self.notes.remove(0))
    }

    /// An error at `line` of the file.
    fn error_at(&self, line: usize, column: usize, msg: Text) -> PropertyErrors {
        PropertyErrors(vec![InputError::new(
            Location {
                file: self.layout.file.clone(),
                line,
                column,
            },
            msg,
        )])
    }

    /// At the end of the file: the lines read as the header, rows and empty lines against the
    /// lines of the file, which differ only when rows were joined unseen.
    fn check_count(&self) -> Option<PropertyErrors> {
        let lines = self.found.newlines.load(Ordering::Relaxed)
            + usize::from(self.found.unterminated.load(Ordering::Relaxed));
        let read = self.lines_read + self.found.empty_lines.load(Ordering::Relaxed);
        (lines != read).then(|| {
            self.error_at(
                1,
                1,
                Text::new(
                    Msg::ELineCount,
                    vec![Arg::Int(lines as i64), Arg::Int(read as i64)],
                ),
            )
        })
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
                self.check_count().map(Err)
            }
            Ok(true) => {
                let line = self
                    .found
                    .next_start()
                    .or_else(|| record.position().map(|p| p.line() as usize))
                    .unwrap_or(0);
                let mut more_lines = newlines_in(&record);
                // A cell still open at the end of the file holds the last line end, which
                // starts no line.
                if self.found.ended_in_quotes.load(Ordering::Relaxed) {
                    let lines = self.found.newlines.load(Ordering::Relaxed)
                        + usize::from(self.found.unterminated.load(Ordering::Relaxed));
                    more_lines = more_lines.min(lines.saturating_sub(line));
                }
                self.lines_read += 1 + more_lines;
                // A quoted cell that spans lines where no line breaks belong: a stray quote
                // that swallowed the rows after it.
                if more_lines > 0
                    && let Some((i, _)) = record.iter().enumerate().find(|(i, c)| {
                        c.contains('\n')
                            && !self
                                .layout
                                .columns
                                .get(*i)
                                .is_some_and(|k| MULTI_LINE_COLUMNS.contains(&k.as_str()))
                    })
                {
                    let column = match self.layout.columns.get(i) {
                        Some(k) if !k.is_empty() => k.clone(),
                        _ => (i + 1).to_string(),
                    };
                    let swallowed: Vec<usize> = (line + 1..=line + more_lines).collect();
                    return Some(Err(PropertyErrors(vec![
                        InputError::new(
                            Location {
                                file: self.layout.file.clone(),
                                line,
                                column: i + 1,
                            },
                            Text::new(
                                Msg::ECellSpansLines,
                                vec![
                                    Arg::Int((line + more_lines) as i64),
                                    column.into(),
                                    line_list(&swallowed).into(),
                                ],
                            ),
                        )
                        .expected(Text::new(Msg::XpQuotesClosed, vec![])),
                    ])));
                }
                // A row of empty cells (`;;;;` from a spreadsheet) is no property.
                if record.iter().all(|c| c.trim().is_empty()) {
                    return self.next_row();
                }
                let columns = self.layout.columns.len();
                let cells = record.len();
                let extra_empty =
                    cells <= columns || record.iter().skip(columns).all(|c| c.trim().is_empty());
                if cells < columns || (cells > self.header_len && !extra_empty) {
                    // Too few: at the first missing cell; too many: at the first extra one.
                    let column = if cells < columns {
                        cells + 1
                    } else {
                        columns + 1
                    };
                    return Some(Err(PropertyErrors(vec![InputError::new(
                        Location {
                            file: self.layout.file.clone(),
                            line,
                            column,
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
                    more_lines,
                }))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                let too_long = self.found.too_long_at.load(Ordering::Relaxed);
                let (line, msg) = match e.kind() {
                    csv::ErrorKind::Io(_) if too_long > 0 => (
                        too_long,
                        Text::new(Msg::ERowTooLong, vec![Arg::Int((MAX_ROW >> 20) as i64)]),
                    ),
                    _ => (line, self.read_error_text(&e)),
                };
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Some(Err(self.error_at(line, 1, msg)))
            }
        }
    }

    /// What a read error says.
    fn read_error_text(&self, e: &csv::Error) -> Text {
        match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => Text::new(
                Msg::ERowCells,
                vec![Arg::Int(*len as i64), Arg::Int(*expected_len as i64)],
            ),
            csv::ErrorKind::Utf8 { .. } => Text::new(Msg::ERowUtf8, vec![]),
            _ => Text::new(Msg::ERowUnreadable, vec![e.to_string().into()]),
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

    /// The lines of the file the row spans: its first, and more when a cell holds line breaks.
    pub fn lines(&self) -> std::ops::RangeInclusive<usize> {
        self.line..=self.line + self.more_lines
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
            ..
        } = self;
        // The file name of this row's locations: its own copy, so that the threads building
        // rows do not share one reference count.
        let file: Arc<str> = Arc::from(&*layout.file);
        let at = |column: usize| Location {
            file: file.clone(),
            line,
            column,
        };
        // The text of the row's cells, one after the other: the cells are parts of it.
        let text: Arc<str> = Arc::from(record.as_slice());
        let mut entries = Vec::with_capacity(record.len());
        let mut sections: Vec<(std::borrow::Cow<'static, str>, Location)> =
            Vec::with_capacity(layout.sections.min(schema::SECTIONS.len()));
        // The sections of `schema::SECTIONS` already named, by bit.
        const _: () = assert!(schema::SECTIONS.len() <= 64);
        let mut seen = 0u64;
        let mut errors = Vec::new();
        let mut household = None;
        let mut blanks = Vec::new();
        for (i, raw) in record.iter().enumerate().take(layout.columns.len()) {
            let cell = raw.trim_start();
            // Where the trimmed cell lies in the row's text.
            let start = record.range(i).map_or(0, |r| r.start) + raw.len() - cell.len();
            let cell = cell.trim_end();
            let part = start..start + cell.len();
            // Empty, or what a spreadsheet writes for "not applicable": absent.
            if cell.is_empty() || is_not_applicable(cell) {
                if layout.required[i] {
                    blanks.push((layout.keys[i].clone(), at(i + 1)));
                }
                continue;
            }
            let key = &layout.columns[i];
            if layout.household == Some(i) {
                let chars = cell.chars().count();
                if chars > super::MAX_NAME_CHARS {
                    errors.push(InputError::new(
                        at(i + 1),
                        Text::new(
                            Msg::ETextTooLong,
                            vec![
                                HOUSEHOLD_COLUMN.into(),
                                Arg::Int(chars as i64),
                                Arg::Int(super::MAX_NAME_CHARS as i64),
                            ],
                        ),
                    ));
                }
                household = Some(cell.to_string());
                continue;
            }
            if let Some(section) = &layout.section_of[i]
                && match layout.section_no[i] {
                    Some(k) => {
                        let first = seen & (1 << k) == 0;
                        seen |= 1 << k;
                        first
                    }
                    None => !sections.iter().any(|(s, _)| s == section),
                }
            {
                sections.push((section.clone(), at(i + 1)));
            }
            let cell = if layout.separator == b';' && layout.decimal[i] {
                match dutch_number(cell, key.ends_with("_pct")) {
                    Ok(std::borrow::Cow::Borrowed(_)) => CellText::of(text.clone(), part),
                    Ok(std::borrow::Cow::Owned(c)) => CellText::from(c),
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
                CellText::of(text.clone(), part)
            };
            entries.push(RawEntry {
                key: layout.keys[i].clone(),
                value: RawValue::Cell(cell),
                key_at: at(i + 1),
                value_at: at(i + 1),
            });
        }
        // The default name only where the row names no property (where it does, the name or
        // the error about it is what is shown).
        let named = entries.iter().any(|e| e.key == "name");
        RawRecord {
            file: file.clone(),
            default_name: if named {
                String::new()
            } else {
                format!("{} line {line}", layout.stem)
            },
            at: at(1),
            entries,
            sections,
            errors,
            household,
            blanks,
        }
    }
}

/// Whether a cell says "not applicable" as spreadsheets do (`n.v.t.`, `nvt`, `n/a`, `-`, `—`):
/// the value is absent.
fn is_not_applicable(cell: &str) -> bool {
    matches!(cell, "-" | "–" | "—")
        || ["n.v.t.", "n.v.t", "nvt", "n/a", "n.a."]
            .iter()
            .any(|n| cell.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cells of the first row of `csv`, by key, as the raw record holds them.
    fn cells(csv: &str) -> Vec<(String, String)> {
        let mut rows = CsvRecords::new(Arc::from("t.csv"), "t".into(), csv.as_bytes());
        let raw = rows.next().expect("a row").expect("readable");
        raw.entries
            .iter()
            .map(|e| match &e.value {
                RawValue::Cell(c) => (e.key.to_string(), c.as_str().to_string()),
                other => panic!("not a cell: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn cells_are_the_trimmed_parts_of_their_row() {
        let got =
            cells("name,tax_year,property.woz_value,lease.segment\n  p 1 , 2026,\t454000 ,mid\n");
        let want = [
            ("name", "p 1"),
            ("tax_year", "2026"),
            ("property.woz_value", "454000"),
            ("lease.segment", "mid"),
        ];
        assert_eq!(
            got,
            want.map(|(k, v)| (k.to_string(), v.to_string())).to_vec()
        );
    }

    #[test]
    fn dutch_numbers_are_cells_of_their_own() {
        let got = cells(
            "name;property.woz_value;mortgage.interest_pct;lease.segment\n\"é;x\"; € 1.450,50 ;3,8%;mid\n",
        );
        let want = [
            ("name", "é;x"),
            ("property.woz_value", "1450.50"),
            ("mortgage.interest_pct", "3.8"),
            ("lease.segment", "mid"),
        ];
        assert_eq!(
            got,
            want.map(|(k, v)| (k.to_string(), v.to_string())).to_vec()
        );
    }
}
