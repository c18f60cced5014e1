//! Reading a property from TOML text, keeping the location of every key and value.

use std::sync::Arc;

use toml_edit::{Document, Item, Value};

use super::{RawEntry, RawHousehold, RawRecord, RawValue};
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Msg, Text};
use crate::input::schema::SECTIONS;

/// Line and column (1-based, in characters) of byte offsets in a text.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`; a line ends with LF, CRLF or a lone CR.
    pub(crate) fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            let ends = *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends {
                starts.push(i + 1);
            }
        }
        LineIndex { text, starts }
    }

    /// The location of byte `offset` in `file`.
    pub(crate) fn locate(&self, file: &Arc<str>, offset: usize) -> Location {
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

/// The raw value of `v`; a float keeps its literal text from `text` (never a binary float, so
/// `100.00000000000000001` stays exactly that, as it does in a CSV cell).
fn raw_value(v: &Value, text: &str) -> RawValue {
    match v {
        Value::String(s) => RawValue::Str(s.value().clone()),
        Value::Integer(i) => RawValue::Int(*i.value()),
        Value::Float(f) => RawValue::Float(
            f.span()
                .and_then(|span| text.get(span))
                .or_else(|| f.as_repr().and_then(|r| r.as_raw().as_str()))
                .map(|t| t.trim().to_string())
                .unwrap_or_else(|| f.value().to_string()),
        ),
        Value::Boolean(b) => RawValue::Bool(*b.value()),
        Value::Datetime(d) => RawValue::Date(d.value().to_string()),
        Value::Array(_) => RawValue::Other("a list"),
        Value::InlineTable(_) => RawValue::Other("a table"),
    }
}

/// The largest property or household file read (bytes): a property is a few kB, a household of
/// a thousand properties a few MB; a larger file is refused rather than read into memory.
pub(crate) const MAX_FILE: usize = 16 << 20;

/// Problems with the bytes themselves: empty, binary, not UTF-8.
pub(crate) fn check_text(file: &Arc<str>, bytes: &[u8]) -> Result<String, InputError> {
    let at = Location {
        file: file.clone(),
        line: 1,
        column: 1,
    };
    if bytes.contains(&0) {
        return Err(InputError::new(at, Text::new(Msg::EBinaryFile, vec![]))
            .expected(Text::new(Msg::XpTomlText, vec![])));
    }
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| {
        let idx = LineIndex::new(
            std::str::from_utf8(&bytes[..e.utf8_error().valid_up_to()]).unwrap_or(""),
        );
        InputError::new(
            idx.locate(file, e.utf8_error().valid_up_to()),
            Text::new(Msg::ENotUtf8, vec![]),
        )
        .expected(Text::new(Msg::XpTomlUtf8, vec![]))
    })?;
    if text.trim().is_empty() {
        return Err(InputError::new(at, Text::new(Msg::EEmptyFile, vec![]))
            .expected(Text::new(Msg::XpPropertyFile, vec![])));
    }
    Ok(normalize_line_ends(text))
}

/// Lines ended by CR alone (old Mac files) become LF lines, which TOML reads; CRLF stays (TOML
/// reads it). Line numbers are unchanged: [`LineIndex`] counts LF, CRLF and CR alike.
fn normalize_line_ends(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Read one property from TOML `text`. A syntax error is the only error reported for the file
/// (the keys after it are unknown, so "missing key" errors would be false); misplaced tables are
/// returned in the record's `errors`; schema checks happen in [`super::parse_property`].
pub(crate) fn read(
    file: Arc<str>,
    default_name: String,
    text: &str,
) -> Result<RawRecord, PropertyErrors> {
    let index = LineIndex::new(text);
    let doc = parse(&file, text, &index)?;
    Ok(record_of(file, default_name, text, &index, &doc))
}

/// What a TOML file holds: one property, or a household of several.
#[derive(Debug, Clone)]
pub(crate) enum TomlInput {
    Property(RawRecord),
    Household(RawHousehold),
}

/// Read a TOML file that may be a property file or a household file (one `[owner]`, several
/// `[[property]]` tables): a household file is recognised by its `[[property]]` list.
pub(crate) fn read_any(
    file: Arc<str>,
    stem: String,
    text: &str,
) -> Result<TomlInput, PropertyErrors> {
    let index = LineIndex::new(text);
    let doc = parse(&file, text, &index)?;
    Ok(match doc.get("property") {
        Some(Item::ArrayOfTables(_)) => {
            TomlInput::Household(household_of(file, stem, text, &index, &doc))
        }
        _ => TomlInput::Property(record_of(file, stem, text, &index, &doc)),
    })
}

/// The TOML document of `text`, or its syntax error (the only error reported for the file: the
/// keys after it are unknown, so "missing key" errors would be false).
fn parse<'t>(
    file: &Arc<str>,
    text: &'t str,
    index: &LineIndex<'_>,
) -> Result<Document<&'t str>, PropertyErrors> {
    match Document::parse(text) {
        Ok(d) => Ok(d),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let at = index.locate(file, span.start);
            let raw = e.message().trim().replace('\n', " ");
            let mut msg = crate::i18n::library::toml_message(&raw);
            if raw.contains("duplicate key")
                && let Some(name) = text.get(span.clone()).map(str::trim)
                && !name.is_empty()
            {
                msg = duplicate_message(text, index, file, span.start, name);
            }
            Err(PropertyErrors(vec![
                InputError::new(at, Text::new(Msg::ENotToml, vec![msg.into()]))
                    .expected(Text::new(Msg::XpTomlLikeInit, vec![]))
                    .suggest(decimal_comma_hint(text, span.start)),
            ]))
        }
    }
}

/// A hint for a syntax error in a value written with a decimal comma (`3,8`): the line's value
/// is digits, one comma, digits, and TOML needs a point (`3.8`).
fn decimal_comma_hint(text: &str, at: usize) -> Option<Text> {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let value = line.split_once('=')?.1;
    let value = value.split('#').next()?.trim();
    let (int, frac) = value.split_once(',')?;
    let int = int.trim_start_matches('-');
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(int) && digits(frac)).then(|| {
        Text::new(
            Msg::EDecimalCommaHint,
            vec![
                crate::input::echo(value).into(),
                value.replace(',', ".").into(),
            ],
        )
    })
}

/// The raw record of a property file's document.
fn record_of(
    file: Arc<str>,
    default_name: String,
    text: &str,
    index: &LineIndex<'_>,
    doc: &Document<&str>,
) -> RawRecord {
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
        household: None,
        blanks: Vec::new(),
    };
    let loc = |span: Option<std::ops::Range<usize>>| {
        index.locate(&file, span.map(|s| s.start).unwrap_or(0))
    };
    for (key, item) in doc.iter() {
        let key_at = loc(doc.key(key).and_then(|k| k.span()));
        match item {
            Item::Value(Value::InlineTable(t)) => {
                record
                    .sections
                    .push((key.to_string().into(), key_at.clone()));
                if !SECTIONS.contains(&key) {
                    record.errors.push(unknown_section(key, key_at));
                    continue;
                }
                for (k, v) in t.iter() {
                    let at = loc(t.key(k).and_then(|k| k.span()));
                    record.entries.push(RawEntry {
                        key: format!("{key}.{k}").into(),
                        value: raw_value(v, text),
                        key_at: at,
                        value_at: loc(v.span()),
                    });
                }
            }
            Item::Value(v) => record.entries.push(RawEntry {
                key: key.to_string().into(),
                value: raw_value(v, text),
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
                record.sections.push((key.to_string().into(), at.clone()));
                if !SECTIONS.contains(&key) {
                    record.errors.push(unknown_section(key, at));
                    continue;
                }
                for (k, sub) in t.iter() {
                    let k_at = loc(t.key(k).and_then(|k| k.span()));
                    match sub {
                        Item::Value(v) => record.entries.push(RawEntry {
                            key: format!("{key}.{k}").into(),
                            value: raw_value(v, text),
                            key_at: k_at,
                            value_at: loc(v.span()),
                        }),
                        _ => record.errors.push(
                            InputError::new(
                                k_at,
                                Text::new(Msg::ENestedTable, vec![format!("{key}.{k}").into()]),
                            )
                            .expected(Text::new(Msg::XpPlainKeys, vec![key.into()])),
                        ),
                    }
                }
            }
            Item::ArrayOfTables(_) => record.errors.push(
                InputError::new(key_at, Text::new(Msg::EArrayOfTables, vec![key.into()]))
                    .expected(Text::new(Msg::XpOnePropertyPerFile, vec![])),
            ),
            Item::None => {}
        }
    }
    record
}

/// The message for a key or table defined twice, naming it and where it was first defined.
fn duplicate_message(
    text: &str,
    index: &LineIndex<'_>,
    file: &Arc<str>,
    at: usize,
    name: &str,
) -> Text {
    let line_start = text[..at].rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
    let is_table = text[line_start..at].trim_start().starts_with('[');
    let first = |pattern: &dyn Fn(&str) -> bool| {
        let mut offset = 0;
        for line in text.split_inclusive(['\n', '\r']) {
            if offset < line_start && pattern(line.trim()) {
                return Some(index.locate(file, offset).line);
            }
            offset += line.len();
        }
        None
    };
    if is_table {
        let header = format!("[{name}]");
        let line = first(&|l: &str| l.split('#').next().unwrap_or("").trim() == header);
        match line {
            Some(n) => Text::new(Msg::ETableTwiceAt, vec![name.into(), Arg::Int(n as i64)]),
            None => Text::new(Msg::ETableTwice, vec![name.into()]),
        }
    } else {
        let line = first(&|l: &str| {
            l.split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == name.trim_matches('"'))
        });
        match line {
            Some(n) => Text::new(Msg::EKeyTwiceAt, vec![name.into(), Arg::Int(n as i64)]),
            None => Text::new(Msg::EKeyTwice, vec![name.into()]),
        }
    }
}

fn unknown_section(key: &str, at: Location) -> InputError {
    InputError::new(at, Text::new(Msg::EUnknownSection, vec![key.into()]))
        .expected(Text::new(
            Msg::XpSections,
            vec![
                SECTIONS
                    .iter()
                    .map(|s| format!("[{s}]"))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ],
        ))
        .suggest(super::suggest_key(key))
}

/// The sections a property of a household file may hold as `[property.NAME]` tables.
const MEMBER_SECTIONS: &[&str] = &[
    "property", "lease", "mortgage", "costs", "plan", "wws", "bv",
];

/// The raw household of a household file: `name` and `tax_year` at the top, one `[owner]`, and
/// one `[[property]]` table per property. In a `[[property]]` table the keys of the `[property]`
/// section stand directly (with `name` and `tax_year`), and the other sections are its
/// sub-tables (`[property.lease]`, `[property.mortgage]`, ...). Every property's record gets
/// the household's `[owner]` keys and `tax_year` (unless it gives its own `tax_year`).
fn household_of(
    file: Arc<str>,
    stem: String,
    text: &str,
    index: &LineIndex<'_>,
    doc: &Document<&str>,
) -> RawHousehold {
    let loc = |span: Option<std::ops::Range<usize>>| {
        index.locate(&file, span.map(|s| s.start).unwrap_or(0))
    };
    let mut household = RawHousehold {
        file: file.clone(),
        name: stem.clone(),
        at: index.locate(&file, 0),
        members: Vec::new(),
        errors: Vec::new(),
    };
    // The household's own keys: given to every property.
    let mut shared: Vec<RawEntry> = Vec::new();
    let mut owner_section: Option<Location> = None;
    let mut tables: Vec<&toml_edit::Table> = Vec::new();
    for (key, item) in doc.iter() {
        let key_at = loc(doc.key(key).and_then(|k| k.span()));
        match (key, item) {
            ("name", Item::Value(Value::String(s))) => household.name = s.value().clone(),
            ("tax_year", Item::Value(v)) => shared.push(RawEntry {
                key: key.to_string().into(),
                value: raw_value(v, text),
                key_at,
                value_at: loc(v.span()),
            }),
            ("owner", Item::Table(_) | Item::Value(Value::InlineTable(_))) => {
                let at = match item {
                    Item::Table(t) if !t.is_implicit() && !t.is_dotted() => loc(t.span()),
                    _ => key_at,
                };
                owner_section = Some(at.clone());
                let pairs: Vec<(String, Option<std::ops::Range<usize>>, &Item)> = match item {
                    Item::Table(t) => t
                        .iter()
                        .map(|(k, v)| (k.to_string(), t.key(k).and_then(|k| k.span()), v))
                        .collect(),
                    _ => Vec::new(),
                };
                if let Item::Value(Value::InlineTable(t)) = item {
                    for (k, v) in t.iter() {
                        shared.push(RawEntry {
                            key: format!("owner.{k}").into(),
                            value: raw_value(v, text),
                            key_at: loc(t.key(k).and_then(|k| k.span())),
                            value_at: loc(v.span()),
                        });
                    }
                }
                for (k, span, v) in pairs {
                    match v {
                        Item::Value(v) => shared.push(RawEntry {
                            key: format!("owner.{k}").into(),
                            value: raw_value(v, text),
                            key_at: loc(span),
                            value_at: loc(v.span()),
                        }),
                        _ => household.errors.push(
                            InputError::new(
                                loc(span),
                                Text::new(Msg::ENestedTable, vec![format!("owner.{k}").into()]),
                            )
                            .expected(Text::new(Msg::XpPlainKeys, vec!["owner".into()])),
                        ),
                    }
                }
            }
            ("property", Item::ArrayOfTables(list)) => tables.extend(list.iter()),
            _ if SECTIONS.contains(&key) => household.errors.push(
                InputError::new(key_at, Text::new(Msg::EHouseholdSection, vec![key.into()]))
                    .expected(Text::new(Msg::XpMemberSection, vec![key.into()])),
            ),
            _ => household.errors.push(
                InputError::new(key_at, Text::new(Msg::EHouseholdKey, vec![key.into()]))
                    .expected(Text::new(Msg::XpHouseholdKeys, vec![])),
            ),
        }
    }
    for (n, t) in tables.into_iter().enumerate() {
        let at = loc(t.span());
        let mut record = RawRecord {
            file: file.clone(),
            default_name: format!("{stem} property {}", n + 1),
            at: at.clone(),
            entries: Vec::new(),
            sections: vec![("property".into(), at.clone())],
            errors: Vec::new(),
            household: Some(household.name.clone()),
            blanks: Vec::new(),
        };
        let own_year = t.contains_key("tax_year");
        for (k, item) in t.iter() {
            let k_at = loc(t.key(k).and_then(|k| k.span()));
            match item {
                Item::Value(Value::InlineTable(_)) | Item::Table(_) => {
                    let sub_at = match item {
                        Item::Table(s) if !s.is_implicit() && !s.is_dotted() => loc(s.span()),
                        _ => k_at.clone(),
                    };
                    if k == "owner" {
                        record.errors.push(
                            InputError::new(sub_at, Text::new(Msg::EOwnerPerProperty, vec![]))
                                .expected(Text::new(Msg::XpOwnerFirst, vec![])),
                        );
                        continue;
                    }
                    if !MEMBER_SECTIONS.contains(&k) {
                        record.errors.push(unknown_section(k, sub_at));
                        continue;
                    }
                    if k != "property" {
                        record.sections.push((k.to_string().into(), sub_at));
                    }
                    let pairs: Vec<(String, Location, Result<&Value, ()>)> = match item {
                        Item::Table(s) => s
                            .iter()
                            .map(|(sk, sv)| {
                                (
                                    sk.to_string(),
                                    loc(s.key(sk).and_then(|x| x.span())),
                                    sv.as_value().ok_or(()),
                                )
                            })
                            .collect(),
                        Item::Value(Value::InlineTable(s)) => s
                            .iter()
                            .map(|(sk, sv)| {
                                (
                                    sk.to_string(),
                                    loc(s.key(sk).and_then(|x| x.span())),
                                    Ok(sv),
                                )
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    for (sk, sk_at, v) in pairs {
                        match v {
                            Ok(v) => record.entries.push(RawEntry {
                                key: format!("{k}.{sk}").into(),
                                value: raw_value(v, text),
                                key_at: sk_at,
                                value_at: loc(v.span()),
                            }),
                            Err(()) => record.errors.push(
                                InputError::new(
                                    sk_at,
                                    Text::new(Msg::ENestedTable, vec![format!("{k}.{sk}").into()]),
                                )
                                .expected(Text::new(
                                    Msg::XpPlainKeys,
                                    vec![format!("property.{k}").into()],
                                )),
                            ),
                        }
                    }
                }
                Item::Value(v) => {
                    let key = if k == "name" || k == "tax_year" {
                        k.to_string()
                    } else {
                        format!("property.{k}")
                    };
                    record.entries.push(RawEntry {
                        key: key.into(),
                        value: raw_value(v, text),
                        key_at: k_at,
                        value_at: loc(v.span()),
                    });
                }
                Item::ArrayOfTables(_) => record.errors.push(
                    InputError::new(k_at, Text::new(Msg::EMemberArray, vec![k.into()]))
                        .expected(Text::new(Msg::XpMemberSections, vec![])),
                ),
                Item::None => {}
            }
        }
        for e in &shared {
            if e.key == "tax_year" && own_year {
                continue;
            }
            record.entries.push(e.clone());
        }
        if let Some(o) = &owner_section {
            record.sections.push(("owner".into(), o.clone()));
        }
        household.members.push(record);
    }
    household
}
