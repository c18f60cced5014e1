//! Reading properties from CSV: one property per row, columns named by the dotted keys of the
//! property file, an empty cell meaning "absent". Rows are read one at a time (streaming).

use std::io::Read;
use std::sync::Arc;

use super::{RawEntry, RawRecord, RawValue};
use crate::error::{InputError, Location, PropertyErrors};
use crate::input::schema;

/// An iterator over the rows of a CSV file, each a raw record or the problems with it.
pub struct CsvRecords<R: Read> {
    file: Arc<str>,
    stem: String,
    reader: csv::Reader<R>,
    /// Column index → dotted key; `None` when the header itself is wrong.
    columns: Vec<String>,
    header_error: Option<PropertyErrors>,
    record: csv::StringRecord,
    done: bool,
}

impl<R: Read> CsvRecords<R> {
    /// Start reading CSV from `input`; `file` names it in messages, `stem` names its rows.
    pub fn new(file: Arc<str>, stem: String, input: R) -> CsvRecords<R> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(input);
        let mut columns = Vec::new();
        let mut errors = Vec::new();
        match reader.headers() {
            Ok(h) => {
                for (i, name) in h.iter().enumerate() {
                    let name = name.trim().trim_start_matches('\u{feff}');
                    let at = Location {
                        file: file.clone(),
                        line: 1,
                        column: i + 1,
                    };
                    if schema::field_index(name).is_none() {
                        errors.push(
                            InputError::new(at, format!("unknown column `{name}`"))
                                .expected("the dotted keys of the property file, e.g. `property.woz_value`")
                                .suggest(super::suggest_key(name)),
                        );
                    } else if columns.iter().any(|c| c == name) {
                        errors.push(InputError::new(
                            at,
                            format!("column `{name}` appears twice"),
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
                            "the CSV file has no header row",
                        )
                        .expected(
                            "a header row with the dotted keys, e.g. `name,property.woz_value,...`",
                        ),
                    );
                }
            }
            Err(e) => errors.push(InputError::new(
                Location {
                    file: file.clone(),
                    line: 1,
                    column: 1,
                },
                format!("cannot read the CSV header: {e}"),
            )),
        }
        let header_error = if errors.is_empty() {
            None
        } else {
            Some(PropertyErrors(errors))
        };
        CsvRecords {
            file,
            stem,
            reader,
            columns,
            header_error,
            record: csv::StringRecord::new(),
            done: false,
        }
    }
}

impl<R: Read> Iterator for CsvRecords<R> {
    type Item = Result<RawRecord, PropertyErrors>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Some(e) = self.header_error.take() {
            // A wrong header makes every row unreadable: report it once and stop.
            self.done = true;
            return Some(Err(e));
        }
        match self.reader.read_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let line = self
                    .record
                    .position()
                    .map(|p| p.line() as usize)
                    .unwrap_or(0);
                let at = |column: usize| Location {
                    file: self.file.clone(),
                    line,
                    column,
                };
                let mut entries = Vec::with_capacity(self.record.len());
                let mut sections: Vec<(String, Location)> = Vec::new();
                for (i, cell) in self.record.iter().enumerate() {
                    let cell = cell.trim();
                    if cell.is_empty() {
                        continue;
                    }
                    let key = &self.columns[i];
                    if let Some((section, _)) = key.split_once('.')
                        && !sections.iter().any(|(s, _)| s == section)
                    {
                        sections.push((section.to_string(), at(i + 1)));
                    }
                    entries.push(RawEntry {
                        key: key.clone(),
                        value: RawValue::Cell(cell.to_string()),
                        key_at: at(i + 1),
                        value_at: at(i + 1),
                    });
                }
                Some(Ok(RawRecord {
                    file: self.file.clone(),
                    default_name: format!("{} line {line}", self.stem),
                    at: at(1),
                    entries,
                    sections,
                    errors: Vec::new(),
                }))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                let msg = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("this row has {len} cells, the header has {expected_len}")
                    }
                    csv::ErrorKind::Utf8 { .. } => "this row is not valid UTF-8 text".to_string(),
                    _ => format!("cannot read this row: {e}"),
                };
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Some(Err(PropertyErrors(vec![InputError::new(
                    Location {
                        file: self.file.clone(),
                        line,
                        column: 1,
                    },
                    msg,
                )])))
            }
        }
    }
}
