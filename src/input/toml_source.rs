//! Reading a property from TOML text, keeping the location of every key and value.

use std::sync::Arc;

use toml_edit::{Document, Item, Value};

use super::{RawEntry, RawRecord, RawValue};
use crate::error::{InputError, Location};
use crate::input::schema::SECTIONS;

/// Line and column (1-based, in characters) of byte offsets in a text.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The location of byte `offset` in `file`.
    pub fn locate(&self, file: &Arc<str>, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Location {
            file: file.clone(),
            line,
            column,
        }
    }
}

fn raw_value(v: &Value) -> RawValue {
    match v {
        Value::String(s) => RawValue::Str(s.value().clone()),
        Value::Integer(i) => RawValue::Int(*i.value()),
        Value::Float(f) => RawValue::Float(
            f.as_repr()
                .and_then(|r| r.as_raw().as_str())
                .map(str::to_string)
                .unwrap_or_else(|| f.value().to_string()),
        ),
        Value::Boolean(b) => RawValue::Bool(*b.value()),
        Value::Datetime(d) => RawValue::Date(d.value().to_string()),
        Value::Array(_) => RawValue::Other("a list"),
        Value::InlineTable(_) => RawValue::Other("a table"),
    }
}

/// Problems with the bytes themselves: empty, binary, not UTF-8.
pub fn check_text(file: &Arc<str>, bytes: &[u8]) -> Result<String, InputError> {
    let at = Location {
        file: file.clone(),
        line: 1,
        column: 1,
    };
    if bytes.contains(&0) {
        return Err(
            InputError::new(at, "this is a binary file, not a property file")
                .expected("a TOML text file (see `verhuurd init`)"),
        );
    }
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| {
        let idx = LineIndex::new(
            std::str::from_utf8(&bytes[..e.utf8_error().valid_up_to()]).unwrap_or(""),
        );
        InputError::new(
            idx.locate(file, e.utf8_error().valid_up_to()),
            "the file is not valid UTF-8 text",
        )
        .expected("a TOML text file in UTF-8")
    })?;
    if text.trim().is_empty() {
        return Err(InputError::new(at, "the file is empty")
            .expected("a property file (see `verhuurd init`)"));
    }
    Ok(text)
}

/// Read one property from TOML `text`. Syntax errors and misplaced tables are returned in the
/// record's `errors`; schema checks happen in [`super::parse_property`].
pub fn read(file: Arc<str>, default_name: String, text: &str) -> RawRecord {
    let index = LineIndex::new(text);
    let start = Location {
        file: file.clone(),
        line: 1,
        column: 1,
    };
    let mut record = RawRecord {
        file: file.clone(),
        default_name,
        at: start,
        entries: Vec::new(),
        sections: Vec::new(),
        errors: Vec::new(),
    };
    let doc = match Document::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let at = index.locate(&file, e.span().map(|s| s.start).unwrap_or(0));
            let msg = e.message().trim().replace('\n', " ");
            record.errors.push(
                InputError::new(at, format!("not valid TOML: {msg}"))
                    .expected("a TOML file like the one `verhuurd init` writes"),
            );
            return record;
        }
    };
    let loc = |span: Option<std::ops::Range<usize>>| {
        index.locate(&file, span.map(|s| s.start).unwrap_or(0))
    };
    for (key, item) in doc.iter() {
        let key_at = loc(doc.key(key).and_then(|k| k.span()));
        match item {
            Item::Value(Value::InlineTable(t)) => {
                record.sections.push((key.to_string(), key_at.clone()));
                if !SECTIONS.contains(&key) {
                    record.errors.push(unknown_section(key, key_at));
                    continue;
                }
                for (k, v) in t.iter() {
                    let at = loc(t.key(k).and_then(|k| k.span()));
                    record.entries.push(RawEntry {
                        key: format!("{key}.{k}"),
                        value: raw_value(v),
                        key_at: at,
                        value_at: loc(v.span()),
                    });
                }
            }
            Item::Value(v) => record.entries.push(RawEntry {
                key: key.to_string(),
                value: raw_value(v),
                key_at,
                value_at: loc(v.span()),
            }),
            Item::Table(t) => {
                let at = loc(t.span()).clone();
                let at = if t.is_implicit() || t.is_dotted() {
                    key_at
                } else {
                    at
                };
                record.sections.push((key.to_string(), at.clone()));
                if !SECTIONS.contains(&key) {
                    record.errors.push(unknown_section(key, at));
                    continue;
                }
                for (k, sub) in t.iter() {
                    let k_at = loc(t.key(k).and_then(|k| k.span()));
                    match sub {
                        Item::Value(v) => record.entries.push(RawEntry {
                            key: format!("{key}.{k}"),
                            value: raw_value(v),
                            key_at: k_at,
                            value_at: loc(v.span()),
                        }),
                        _ => record.errors.push(
                            InputError::new(k_at, format!("`{key}.{k}` is a table; the property file has one level of sections"))
                                .expected(format!("plain keys inside [{key}]")),
                        ),
                    }
                }
            }
            Item::ArrayOfTables(_) => record.errors.push(
                InputError::new(
                    key_at,
                    format!("`[[{key}]]` lists are not part of a property file"),
                )
                .expected(
                    "one property per file; for many properties use several files or a CSV file",
                ),
            ),
            Item::None => {}
        }
    }
    record
}

fn unknown_section(key: &str, at: Location) -> InputError {
    InputError::new(at, format!("unknown section [{key}]"))
        .expected(format!(
            "one of the sections {}",
            SECTIONS
                .iter()
                .map(|s| format!("[{s}]"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .suggest(super::suggest_key(key))
}
