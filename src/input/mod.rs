//! The property file: reading (TOML or a CSV row), validating, and the typed [`Property`].
//!
//! Reading yields a [`RawRecord`]: the keys as written with their locations. [`parse_property`]
//! checks a raw record against the [`schema`] and builds the typed property, collecting every
//! problem with its file, line and column.

pub mod csv_source;
pub mod history;
pub(crate) mod history_csv;
pub mod schema;
pub(crate) mod toml_source;
pub mod wws_lists;

use std::str::FromStr;
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Msg, Text};
use crate::suggest::closest;
use schema::{F, FIELDS, Field, Kind, Req, SECTIONS};

/// A value as written in the input, before it is checked against the schema.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    /// A TOML string.
    Str(String),
    /// A TOML integer.
    Int(i64),
    /// A TOML float, as written (so `3.8` stays exactly 3.8).
    Float(String),
    /// A TOML boolean.
    Bool(bool),
    /// A TOML date, as written.
    Date(String),
    /// A CSV cell: text typed by the schema.
    Cell(CellText),
    /// Any other TOML value (array, table, date), named for the error message.
    Other(&'static str),
}

impl RawValue {
    /// The text of a value written as text (a string, a float or a date as written, a cell).
    fn text(&self) -> &str {
        match self {
            RawValue::Str(s) | RawValue::Float(s) | RawValue::Date(s) => s,
            RawValue::Cell(c) => c.as_str(),
            RawValue::Int(_) | RawValue::Bool(_) | RawValue::Other(_) => "",
        }
    }
}

/// The text of a CSV cell: a part of the text of its row, which the cells of a row share (a row
/// is read with one allocation, not one a cell).
#[derive(Debug, Clone)]
pub struct CellText {
    row: Arc<str>,
    start: usize,
    end: usize,
}

impl CellText {
    /// The part `range` of the text `row`.
    pub fn of(row: Arc<str>, range: std::ops::Range<usize>) -> CellText {
        CellText {
            row,
            start: range.start,
            end: range.end,
        }
    }

    /// The cell's text.
    pub fn as_str(&self) -> &str {
        self.row.get(self.start..self.end).unwrap_or_default()
    }
}

impl From<String> for CellText {
    fn from(text: String) -> CellText {
        let end = text.len();
        CellText::of(Arc::from(text), 0..end)
    }
}

impl PartialEq for CellText {
    fn eq(&self, other: &CellText) -> bool {
        self.as_str() == other.as_str()
    }
}

/// One key with its value and where they were written.
#[derive(Debug, Clone)]
pub struct RawEntry {
    /// The dotted key (`property.woz_value`): borrowed from the schema where it names a field
    /// (CSV columns always do), so reading a row allocates no keys.
    pub key: std::borrow::Cow<'static, str>,
    pub value: RawValue,
    /// Where the key was written.
    pub key_at: Location,
    /// Where the value was written.
    pub value_at: Location,
}

/// One property as read, not yet validated.
#[derive(Debug, Clone)]
pub struct RawRecord {
    /// The file name for messages (`<stdin>` for standard input).
    pub file: Arc<str>,
    /// The default name of the property (file stem, or stem and row for CSV).
    pub default_name: String,
    /// Where the record starts.
    pub at: Location,
    pub entries: Vec<RawEntry>,
    /// Sections present, with where their header is: borrowed from the schema where it names
    /// one of its sections (CSV columns always do).
    pub sections: Vec<(std::borrow::Cow<'static, str>, Location)>,
    /// Problems found while reading (syntax, unknown sections).
    pub errors: Vec<InputError>,
    /// The household the record belongs to (the `household` column of a CSV row), if any.
    pub household: Option<String>,
    /// Empty cells of a CSV row in columns whose key may be required, with where they are: a
    /// missing key is reported at its own cell.
    pub blanks: Vec<(std::borrow::Cow<'static, str>, Location)>,
}

/// A household as read (a household file, or the contiguous CSV rows of one `household`), not
/// yet validated: one record per property, each carrying the household's `owner.*` keys.
#[derive(Debug, Clone)]
pub struct RawHousehold {
    /// The file name for messages.
    pub file: Arc<str>,
    /// The household's name (`name` of a household file, its stem by default; the `household`
    /// cell of CSV rows).
    pub name: String,
    /// Where the household starts.
    pub at: Location,
    /// One record per property, in input order.
    pub members: Vec<RawRecord>,
    /// Problems of the household as a whole (misplaced sections, a row that cannot be read).
    pub errors: Vec<InputError>,
}

pub use crate::model::*;

/// A checked value.
#[derive(Debug, Clone)]
enum Parsed {
    Text(String),
    /// One of the values of an enumeration: the schema's own string.
    Word(&'static str),
    Int(i64),
    Dec(Decimal),
    Bool(bool),
    Date(crate::date::Date),
}

/// The checked values of a record, by field.
struct Values {
    /// Field index → 1 + the index of its value in `found`; 0 where the record has none.
    index: [u8; schema::FIELD_COUNT],
    /// The values found, with where they were written.
    found: Vec<(Parsed, Location)>,
}

// Every field fits in the index.
const _: () = assert!(schema::FIELD_COUNT < u8::MAX as usize);

impl Values {
    /// No values yet, room for `n`.
    fn with_capacity(n: usize) -> Values {
        Values {
            index: [0; schema::FIELD_COUNT],
            found: Vec::with_capacity(n),
        }
    }
    /// The value of the field with index `idx` is `p`, written at `at`.
    fn set(&mut self, idx: usize, p: Parsed, at: Location) {
        match self.index[idx] {
            0 => {
                self.found.push((p, at));
                self.index[idx] = self.found.len() as u8;
            }
            k => self.found[usize::from(k) - 1] = (p, at),
        }
    }
    /// Whether the field with index `idx` has a value.
    fn has(&self, idx: usize) -> bool {
        self.index[idx] != 0
    }
    fn slot(&self, f: F) -> Option<&(Parsed, Location)> {
        match self.index[f as usize] {
            0 => None,
            k => self.found.get(usize::from(k) - 1),
        }
    }
    fn get(&self, f: F) -> Option<&Parsed> {
        self.slot(f).map(|(p, _)| p)
    }
    fn at(&self, f: F) -> Option<&Location> {
        self.slot(f).map(|(_, l)| l)
    }
    fn dec(&self, f: F) -> Option<Decimal> {
        match self.get(f) {
            Some(Parsed::Dec(d)) => Some(*d),
            _ => None,
        }
    }
    fn dec_or_zero(&self, f: F) -> Decimal {
        self.dec(f).unwrap_or(Decimal::ZERO)
    }
    fn int(&self, f: F) -> Option<i64> {
        match self.get(f) {
            Some(Parsed::Int(i)) => Some(*i),
            _ => None,
        }
    }
    fn text(&self, f: F) -> Option<&str> {
        match self.get(f) {
            Some(Parsed::Text(s)) => Some(s),
            Some(Parsed::Word(w)) => Some(w),
            _ => None,
        }
    }
    fn bool(&self, f: F) -> Option<bool> {
        match self.get(f) {
            Some(Parsed::Bool(b)) => Some(*b),
            _ => None,
        }
    }
    fn date(&self, f: F) -> Option<crate::date::Date> {
        match self.get(f) {
            Some(Parsed::Date(d)) => Some(*d),
            _ => None,
        }
    }
}

/// The kind of a raw value, for messages.
fn kind_name(v: &RawValue) -> Text {
    let id = match v {
        RawValue::Str(_) => Msg::VString,
        RawValue::Int(_) => Msg::KInt,
        RawValue::Float(_) => Msg::VDecimal,
        RawValue::Bool(_) => Msg::VBool,
        RawValue::Date(_) => Msg::KDate,
        RawValue::Cell(_) => Msg::VCell,
        RawValue::Other("a list") => Msg::VList,
        RawValue::Other("a table") => Msg::VTable,
        RawValue::Other(k) => return (*k).into(),
    };
    Text::new(id, vec![])
}

/// A decimal from the text of a number (`1_000.50`, `3.8`, `1e3`), read exactly as written: text
/// that a [`Decimal`] cannot hold exactly (more than 28 decimals, more digits than fit) is an
/// error, never a silently rounded number.
pub(crate) fn decimal_from_text(text: &str) -> Result<Decimal, Text> {
    if let Some(d) = plain_decimal(text.trim()) {
        return Ok(d);
    }
    decimal_from_any_text(text)
}

/// The common form of a number, `-123.45` (digits, at most one point, at most 18 digits), read
/// without allocating: the same value and decimals as [`decimal_from_any_text`] gives; `None`
/// for any other form.
fn plain_decimal(t: &str) -> Option<Decimal> {
    let (negative, body) = match t.strip_prefix('-') {
        Some(b) => (true, b.as_bytes()),
        None => (false, t.as_bytes()),
    };
    if body.is_empty() || body.len() > 19 || !body[0].is_ascii_digit() {
        return None;
    }
    let (mut m, mut scale, mut point, mut digits) = (0i64, 0u32, false, 0);
    for &c in body {
        match c {
            b'0'..=b'9' => {
                m = m * 10 + i64::from(c - b'0');
                digits += 1;
                if point {
                    scale += 1;
                }
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    if digits > 18 {
        return None;
    }
    if m == 0 {
        return Some(Decimal::ZERO);
    }
    Some(Decimal::new(if negative { -m } else { m }, scale))
}

/// [`decimal_from_text`] for any form (underscores, exponents, a sign, many digits).
fn decimal_from_any_text(text: &str) -> Result<Decimal, Text> {
    let err = |id: Msg| Text::new(id, vec![echo(text).into()]);
    let t: String = text.trim().chars().filter(|c| *c != '_').collect();
    let t = t.strip_prefix('+').unwrap_or(&t);
    if matches!(t, "inf" | "-inf" | "nan" | "-nan") {
        return Err(err(Msg::ENotFinite));
    }
    let (negative, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t),
    };
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let exponent = match exponent {
        None => Some(0i64),
        Some(e) => e
            .strip_prefix('+')
            .unwrap_or(e)
            .parse::<i64>()
            .ok()
            .filter(|e| e.abs() <= 1000),
    };
    let (Some(exponent), true, true, false) = (
        exponent,
        digits_only(int),
        digits_only(frac),
        int.is_empty() && frac.is_empty(),
    ) else {
        // A euro sign or spaces between digits, as a spreadsheet shows an amount: the number
        // without them, when that is one.
        let bare: String = t
            .chars()
            .filter(|c| *c != '€' && !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
            .collect();
        if bare != t && !bare.is_empty() && plain_decimal(&bare).is_some() {
            return Err(Text::new(
                Msg::ENotNumberEuro,
                vec![echo(text.trim()).into(), bare.into()],
            ));
        }
        return Err(if t.contains(',') {
            err(Msg::ENotNumberComma)
        } else {
            err(Msg::ENotNumber)
        });
    };
    // The value is `digits` × 10^-scale; bring it to its shortest exact form.
    let mut digits = format!("{int}{frac}");
    let mut scale = frac.len() as i64 - exponent;
    let written_scale = scale;
    if scale < 0 {
        if digits.len() as i64 - scale > 40 {
            return Err(err(Msg::ETooLarge));
        }
        digits.push_str(&"0".repeat((-scale) as usize));
        scale = 0;
    }
    let digits = digits.trim_start_matches('0');
    let mut digits = if digits.is_empty() { "0" } else { digits }.to_string();
    while scale > 0 && digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        scale -= 1;
    }
    if digits == "0" {
        return Ok(Decimal::ZERO);
    }
    let whole_digits = digits.len() as i64 - scale;
    if whole_digits > 28 {
        return Err(err(Msg::ETooLarge));
    }
    if scale > 28 || digits.len() > 28 {
        return Err(err(Msg::ETooPreciseDecimals));
    }
    let canonical = if scale == 0 {
        digits
    } else {
        let padded = format!("{:0>width$}", digits, width = scale as usize + 1);
        let (a, b) = padded.split_at(padded.len() - scale as usize);
        format!("{a}.{b}")
    };
    let value = Decimal::from_str(&canonical)
        .ok()
        .filter(|d| d.normalize().to_string() == canonical)
        .ok_or_else(|| err(Msg::ETooPrecise))?;
    // Keep the decimals as written (`1000.50` stays 1000.50, as a decimal literal does).
    let mut written = value;
    if (0..=28).contains(&written_scale) {
        written.rescale(written_scale as u32);
    }
    let value = if written == value { written } else { value };
    Ok(if negative { -value } else { value })
}

/// A hint for a number that reads far too low: `400.000` is 400 (the dot is the decimal point),
/// probably meant as 400000 with a Dutch thousands separator.
fn thousands_hint(text: &str) -> Option<Text> {
    let t = text.trim();
    let mut groups = t.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let grouped = !first.is_empty()
        && first.len() <= 3
        && first.chars().all(|c| c.is_ascii_digit())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    grouped.then(|| {
        Text::new(
            Msg::EThousandsHint,
            vec![
                t.into(),
                Decimal::from_str(t)
                    .map(|d| d.normalize().to_string())
                    .unwrap_or_default()
                    .into(),
                t.replace('.', "").into(),
            ],
        )
    })
}

/// Whether a checked value lies within its field's bounds; the message says which bound it breaks.
fn in_range(field: &Field, parsed: &Parsed) -> Result<(), Text> {
    // (The field's kind by reference: its bounds are not copied for each value.)
    match (parsed, &field.kind) {
        (Parsed::Int(i), Kind::Int { min, max }) if i < min || i > max => Err(Text::new(
            Msg::EIntOutOfRange,
            vec![field.key.into(), i.to_string().into()],
        )),
        (
            Parsed::Dec(d),
            Kind::Dec {
                min,
                min_exclusive,
                max,
            },
        ) => {
            if d > max {
                Err(Text::new(
                    Msg::EAboveMax,
                    vec![
                        field.key.into(),
                        d.to_string().into(),
                        max.to_string().into(),
                    ],
                ))
            } else if d < min || (*min_exclusive && d == min) {
                Err(Text::new(
                    if *min_exclusive {
                        Msg::EBelowMinExclusive
                    } else {
                        Msg::EBelowMin
                    },
                    vec![
                        field.key.into(),
                        d.to_string().into(),
                        min.to_string().into(),
                    ],
                ))
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// Check one raw value against its field.
fn check_value(field: &Field, value: &RawValue) -> Result<Parsed, (Text, Option<Text>)> {
    let wrong = || {
        (
            Text::new(
                Msg::EWrongKind,
                vec![
                    field.key.into(),
                    Text::new(kind_word(field.kind), vec![]).into(),
                    kind_name(value).into(),
                ],
            ),
            None,
        )
    };
    let keyed = |m: Text| {
        (
            Text::new(Msg::EKeyed, vec![field.key.into(), m.into()]),
            None,
        )
    };
    let parsed = match (&field.kind, value) {
        (Kind::Text, RawValue::Str(_) | RawValue::Cell(_)) => {
            let s = value.text();
            let most = if field.key == "name" {
                MAX_NAME_CHARS
            } else {
                MAX_TEXT_CHARS
            };
            let chars = s.chars().count();
            if chars > most {
                return Err((
                    Text::new(
                        Msg::ETextTooLong,
                        vec![
                            field.key.into(),
                            Arg::Int(chars as i64),
                            Arg::Int(most as i64),
                        ],
                    ),
                    None,
                ));
            }
            Parsed::Text(s.to_string())
        }
        (Kind::Bool, RawValue::Bool(b)) => Parsed::Bool(*b),
        // A CSV cell: as the property file writes it, or as a spreadsheet does (TRUE/FALSE in
        // English, WAAR/ONWAAR in Dutch), in any case.
        (Kind::Bool, RawValue::Cell(c)) => {
            let s = c.as_str().trim();
            let is = |word: &str| s.eq_ignore_ascii_case(word);
            if is("true") || is("waar") {
                Parsed::Bool(true)
            } else if is("false") || is("onwaar") {
                Parsed::Bool(false)
            } else {
                return Err((
                    Text::new(Msg::ENotBool, vec![field.key.into(), echo(s).into()]),
                    None,
                ));
            }
        }
        (Kind::Date, RawValue::Date(_) | RawValue::Str(_) | RawValue::Cell(_)) => {
            Parsed::Date(value.text().parse().map_err(|m: String| keyed(m.into()))?)
        }
        (Kind::Int { .. }, RawValue::Int(i)) => Parsed::Int(*i),
        (Kind::Int { .. }, RawValue::Cell(c)) => match c.as_str().trim().parse::<i64>() {
            Ok(i) => Parsed::Int(i),
            Err(_) => {
                return Err((
                    Text::new(
                        Msg::ENotWhole,
                        vec![field.key.into(), echo(c.as_str()).into()],
                    ),
                    None,
                ));
            }
        },
        (Kind::Dec { .. }, RawValue::Int(i)) => Parsed::Dec(Decimal::from(*i)),
        (Kind::Dec { .. }, RawValue::Float(_) | RawValue::Cell(_)) => {
            Parsed::Dec(decimal_from_text(value.text()).map_err(keyed)?)
        }
        (Kind::Enum(values), RawValue::Str(_) | RawValue::Cell(_)) => {
            let s = value.text();
            if let Some(w) = values.iter().find(|w| **w == s) {
                Parsed::Word(w)
            } else {
                let hint = closest(s, values.iter().copied())
                    .map(|c| Text::new(Msg::EDidYouMeanValue, vec![c.into()]));
                return Err((
                    Text::new(Msg::EUnknownValue, vec![field.key.into(), echo(s).into()]),
                    hint,
                ));
            }
        }
        _ => return Err(wrong()),
    };
    in_range(field, &parsed).map_err(|m| {
        let hint = match (value, &parsed) {
            (RawValue::Float(_) | RawValue::Cell(_), Parsed::Dec(d)) if matches!(field.kind, Kind::Dec { min, .. } if *d < min) => {
                thousands_hint(value.text())
            }
            _ => None,
        };
        (m, hint)
    })?;
    Ok(parsed)
}

fn kind_word(kind: Kind) -> Msg {
    match kind {
        Kind::Text => Msg::KText,
        Kind::Int { .. } => Msg::KInt,
        Kind::Dec { .. } => Msg::KDec,
        Kind::Enum(_) => Msg::KEnum,
        Kind::Bool => Msg::KBool,
        Kind::Date => Msg::KDate,
    }
}

/// The longest name of a property (characters): a name is a line of the table.
pub const MAX_NAME_CHARS: usize = 200;

/// The longest text of any other field (characters), such as a list of rooms.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// How much of a value a message repeats: a longer one is cut, so that a cell of a megabyte
/// makes a message of a line.
pub const ECHO_CHARS: usize = 60;

/// `text` as a message repeats it: at most [`ECHO_CHARS`] characters, a longer text cut and
/// ended with `…`.
pub fn echo(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        None => text.to_string(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}

/// A suggestion for an unknown key: a near miss within its section, or the same key in another.
pub fn suggest_key(key: &str) -> Option<Text> {
    let (section, name) = key.split_once('.').unwrap_or(("", key));
    let in_section = FIELDS
        .iter()
        .filter(|f| f.section() == section)
        .map(|f| f.name());
    if let Some(c) = closest(name, in_section) {
        return Some(Text::new(
            Msg::EDidYouMeanKey,
            vec![
                if section.is_empty() {
                    c.to_string()
                } else {
                    format!("{section}.{c}")
                }
                .into(),
            ],
        ));
    }
    if let Some(f) = FIELDS
        .iter()
        .find(|f| f.name() == name || closest(name, [f.name()]).is_some())
    {
        return Some(if f.section().is_empty() {
            Text::new(Msg::EBelongsTop, vec![f.name().into()])
        } else {
            Text::new(Msg::EBelongsIn, vec![f.name().into(), f.section().into()])
        });
    }
    if section.is_empty()
        && let Some(s) = closest(name, SECTIONS.iter().copied())
    {
        return Some(Text::new(Msg::EDidYouMeanSection, vec![s.into()]));
    }
    None
}

/// What reading and checking a property needs to know of the rules, and no more: the default
/// tax year, the years that can be computed, whether a year exempts green investments, and the
/// names of the WWS fittings. Input depends on this, not on the rules: `RuleSet` answers it
/// (in `crate::rules`), and a test may answer it with a few lines.
pub trait Known {
    /// The tax year of a property that names none.
    fn default_year(&self) -> i32;
    /// Whether `year` has Box 3 rules of its own (so it can be computed).
    fn computes(&self, year: i32) -> bool;
    /// Whether the rules have `year` at all (a year may have only a leegwaarderatio table).
    fn has_year(&self, year: i32) -> bool;
    /// The years that can be computed, for the message when a year cannot.
    fn box3_years(&self) -> Vec<i32>;
    /// Whether the Box 3 rules of `year` (one that [`Known::computes`]) exempt green
    /// investments.
    fn green_exemption(&self, year: i32) -> bool;
    /// The names of the kitchen fittings and of the sanitary fittings the WWS counts.
    fn fittings(&self) -> (Vec<&str>, Vec<&str>);
    /// The plausible sizes of a `[wws]` room list.
    fn space_limits(&self) -> crate::model::SpaceLimits;
    /// The COROP regions a room's WOZ points know, each as `CODE NAME` (`23 Groot-Amsterdam`).
    fn corop_regions(&self) -> Vec<String>;
    /// Whether the cost matrix of a label upgrade has the step from label `from` to `to`.
    fn upgrade_step_known(&self, from: &str, to: &str) -> bool {
        let _ = (from, to);
        true
    }
}

/// Validate a raw record into a property. `year` overrides `tax_year` (`--year`).
pub fn parse_property(
    raw: RawRecord,
    rules: &impl Known,
    year: Option<i32>,
) -> Result<Property, PropertyErrors> {
    let mut errors = raw.errors;
    let mut values = Values::with_capacity(raw.entries.len());
    for entry in raw.entries {
        let Some(idx) = schema::field_index(&entry.key) else {
            errors.push(
                InputError::new(
                    entry.key_at,
                    Text::new(Msg::EUnknownKey, vec![entry.key.to_string().into()]),
                )
                .suggest(suggest_key(&entry.key)),
            );
            continue;
        };
        let field = &FIELDS[idx];
        match check_value(field, &entry.value) {
            Ok(p) => values.set(idx, p, entry.value_at),
            Err((msg, hint)) => errors.push(
                InputError::new(entry.value_at, msg)
                    .expected(field.expected())
                    .suggest(hint),
            ),
        }
    }
    let section_at = |s: &str| {
        raw.sections
            .iter()
            .find(|(n, _)| n == s)
            .map(|(_, l)| l.clone())
    };
    for (idx, field) in FIELDS.iter().enumerate() {
        if values.has(idx) {
            continue;
        }
        let missing = match field.req {
            // A dwelling described room by room may have no energy label: its points then go
            // by build year (`none`).
            Req::Always if idx == F::EnergyLabel as usize => section_at("wws").is_none(),
            Req::Always => true,
            Req::InSection => section_at(field.section()).is_some(),
            Req::Optional => false,
        };
        // A missing key is only reported when no error was found for it already.
        let already = || {
            let quoted = format!("`{}`", field.key);
            errors.iter().any(|e| e.mentions(&quoted))
        };
        if missing && !already() {
            let at = raw
                .blanks
                .iter()
                .find(|(k, _)| k == field.key)
                .map(|(_, l)| l.clone())
                .or_else(|| section_at(field.section()))
                .unwrap_or_else(|| raw.at.clone());
            let message = if field.section().is_empty() {
                Text::new(Msg::EMissingKey, vec![field.name().into()])
            } else {
                Text::new(
                    Msg::EMissingKeyIn,
                    vec![field.name().into(), field.section().into()],
                )
            };
            errors.push(InputError::new(at, message).expected(field.expected()));
        }
    }

    let tax_year = match year.or_else(|| values.int(F::TaxYear).map(|y| y as i32)) {
        Some(y) => y,
        None => rules.default_year(),
    };
    if !rules.computes(tax_year) {
        let at = values
            .at(F::TaxYear)
            .cloned()
            .unwrap_or_else(|| raw.at.clone());
        let known = rules
            .box3_years()
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let msg = year_problem(rules, tax_year);
        errors.push(
            InputError::new(at, msg)
                .expected(Text::new(Msg::EOneOf, vec![known.into()]))
                .suggest(Some(Text::new(Msg::EGiveRulesFile, vec![]))),
        );
    }

    if values
        .dec(F::GreenInvestments)
        .is_some_and(|g| g > Decimal::ZERO)
        && rules.computes(tax_year)
        && !rules.green_exemption(tax_year)
    {
        let at = values
            .at(F::GreenInvestments)
            .cloned()
            .unwrap_or_else(|| raw.at.clone());
        errors.push(
            InputError::new(at, Text::new(Msg::ENoGreenExemption, vec![tax_year.into()]))
                .suggest(Some(Text::new(Msg::EGiveGreenExemption, vec![]))),
        );
    }

    // A split of the grondslag means nothing without a fiscal partner: say so rather than drop it.
    if values.get(F::PartnerSharePct).is_some() && values.bool(F::FiscalPartner) != Some(true) {
        let at = values
            .at(F::PartnerSharePct)
            .cloned()
            .unwrap_or_else(|| raw.at.clone());
        errors.push(
            InputError::new(at, Text::new(Msg::EPartnerShareAlone, vec![]))
                .suggest(Some(Text::new(Msg::EPartnerShareHint, vec![]))),
        );
    }

    let repayment = match values.text(F::Repayment) {
        Some("annuity") => Repayment::Annuity,
        Some("linear") => Repayment::Linear,
        _ => Repayment::InterestOnly,
    };
    if repayment != Repayment::InterestOnly
        && values.int(F::RemainingYears).is_none()
        && values.get(F::RemainingYears).is_none()
    {
        let at = values
            .at(F::Repayment)
            .cloned()
            .unwrap_or_else(|| raw.at.clone());
        let already = errors
            .iter()
            .any(|e| e.mentions("`mortgage.remaining_years`"));
        if !already {
            errors.push(
                InputError::new(at, Text::new(Msg::ENeedsRemainingYears, vec![]))
                    .expected(FIELDS[F::RemainingYears as usize].expected()),
            );
        }
    }
    if let (Some(b), Some(ty)) = (
        values.int(F::BuildYear),
        values.int(F::TaxYear).or(Some(tax_year as i64)),
    ) && b > ty + 5
    {
        let at = values
            .at(F::BuildYear)
            .cloned()
            .unwrap_or_else(|| raw.at.clone());
        errors.push(
            InputError::new(
                at,
                Text::new(
                    Msg::EBuildYearAfter,
                    vec![b.to_string().into(), ty.to_string().into()],
                ),
            )
            .expected(Text::new(Msg::EBuildYearExpected, vec![])),
        );
    }
    if let Some(section) = section_at("upgrade") {
        let year = values.int(F::TaxYear).map_or(tax_year, |y| y as i32);
        for (f, text) in upgrade_problems(
            values.text(F::EnergyLabel).unwrap_or(""),
            values.text(F::UpgradeTargetLabel).unwrap_or("D"),
            values.int(F::UpgradeYear).map(|y| y as i32),
            year,
            values.dec(F::UpgradeCost).is_some(),
            rules,
        ) {
            let at = values.at(f).cloned().unwrap_or_else(|| section.clone());
            errors.push(InputError::new(at, text).expected(FIELDS[f as usize].expected()));
        }
    }
    let wws =
        section_at("wws").map(|_| wws_section(&values, rules, tax_year, &raw.at, &mut errors));
    if !errors.is_empty() {
        errors.sort_by(|a, b| {
            (a.location.line, a.location.column).cmp(&(b.location.line, b.location.column))
        });
        return Err(PropertyErrors(errors));
    }

    let word = |f: F| values.text(f).unwrap_or("");
    let mortgage = section_at("mortgage").map(|_| Mortgage {
        balance: values.dec_or_zero(F::Balance),
        interest_pct: values.dec_or_zero(F::InterestPct),
        repayment,
        remaining_years: values.int(F::RemainingYears).map(|y| y as u32),
    });
    let plan = section_at("plan").map(|_| PlanInput {
        years: values.int(F::Years).map(|y| y as u32),
        value_growth_pct: values.dec(F::ValueGrowthPct),
        rent_growth_pct: values.dec(F::RentGrowthPct),
        alternative_return_pct: values.dec(F::AlternativeReturnPct),
        alternative: values.text(F::Alternative).map(|a| {
            if a == "investments" {
                Alternative::Investments
            } else {
                Alternative::Savings
            }
        }),
        selling_costs_pct: values.dec(F::SellingCostsPct),
        sale: values.text(F::Sale).map(|s| match s {
            "to_tenant" => Sale::ToTenant,
            "vacant" => Sale::Vacant,
            "at_turnover" => Sale::AtTurnover,
            _ => Sale::Tenanted,
        }),
        discount_rate_pct: values.dec(F::DiscountRatePct),
        box3_future: values.text(F::Box3Future).map(|f| match f {
            "bill" => Box3Future::Bill,
            "forfaitair" => Box3Future::Forfaitair,
            _ => Box3Future::Both,
        }),
    });
    let bv = section_at("bv").map(|_| crate::model::BvInput {
        transfer_year: values.int(F::BvTransferYear).map(|y| y as i32),
        notary_costs: values.dec_or_zero(F::BvNotaryCosts),
        incorporation_costs: values.dec_or_zero(F::BvIncorporationCosts),
        mortgage_rate_pct: values.dec_or_zero(F::BvMortgageRatePct),
        yearly_costs: values.dec_or_zero(F::BvYearlyCosts),
        depreciation_pct: values.dec_or_zero(F::BvDepreciationPct),
        policy: match values.text(F::BvPolicy) {
            Some("distribute") => crate::model::BvPolicy::Distribute,
            _ => crate::model::BvPolicy::Retain,
        },
    });
    let upgrade = section_at("upgrade").map(|_| crate::model::UpgradeInput {
        target_label: values
            .text(F::UpgradeTargetLabel)
            .unwrap_or("D")
            .to_string(),
        cost: values.dec(F::UpgradeCost),
        year: values.int(F::UpgradeYear).map(|y| y as i32),
        rent_after: values.dec(F::UpgradeRentAfter),
        value_after: values.dec(F::UpgradeValueAfter),
    });
    Ok(Property {
        name: values
            .text(F::Name)
            .map(str::to_string)
            .unwrap_or(raw.default_name),
        tax_year,
        woz_value: values.dec_or_zero(F::WozValue),
        market_value: values.dec(F::MarketValue),
        surface_m2: values.dec_or_zero(F::SurfaceM2),
        energy_label: values
            .text(F::EnergyLabel)
            .unwrap_or(crate::model::NO_LABEL)
            .to_string(),
        region: if word(F::Region) == "randstad" {
            Region::Randstad
        } else {
            Region::Elsewhere
        },
        landsdeel: values.text(F::Landsdeel).map(|l| match l {
            "noord" => crate::model::Landsdeel::Noord,
            "oost" => crate::model::Landsdeel::Oost,
            "zuid" => crate::model::Landsdeel::Zuid,
            _ => crate::model::Landsdeel::West,
        }),
        dwelling: match word(F::Dwelling) {
            "house" => Dwelling::House,
            "tiny_house" => Dwelling::TinyHouse,
            _ => Dwelling::Apartment,
        },
        build_year: values.int(F::BuildYear).map(|y| y as i32),
        wws_points: values.int(F::WwsPoints).map(|p| p as u32),
        next_woz_value: values.dec(F::NextWozValue),
        students: values.bool(F::Students).unwrap_or(false),
        building: values.text(F::Building).map(|b| match b {
            "existing" => crate::model::Building::Existing,
            "temporary" => crate::model::Building::Temporary,
            "conversion" => crate::model::Building::Conversion,
            _ => crate::model::Building::New,
        }),
        unsplit_building: values.bool(F::UnsplitBuilding).unwrap_or(false),
        let_by_the_room: word(F::Dwelling) == "rooms",
        rooms: values.int(F::Rooms).map(|n| n as u32),
        lease: Lease {
            monthly_rent: values.dec_or_zero(F::MonthlyRent),
            segment: values.text(F::Segment).map(|s| match s {
                "social" => Segment::Social,
                "mid" => Segment::Mid,
                _ => Segment::Free,
            }),
            tenant: if word(F::Tenant) == "related" {
                Tenant::Related
            } else {
                Tenant::ThirdParty
            },
            contract: if word(F::Contract) == "temporary" {
                Contract::Temporary
            } else {
                Contract::Indefinite
            },
            turnover_pct: values.dec(F::TurnoverPct),
            market_rent: values.bool(F::MarketRent).unwrap_or(false),
            market_monthly_rent: values.dec(F::MarketMonthlyRent),
            let_share_pct: values.dec(F::LetSharePct).unwrap_or(Decimal::ONE_HUNDRED),
            // A lease that starts after 1 January of the tax year was not there on 1 January:
            // unless the file says a dwelling was let then (an earlier lease), it was vacant.
            let_on_1_january: values.bool(F::LetOn1January).unwrap_or_else(|| {
                values
                    .date(F::StartDate)
                    .is_none_or(|d| d <= crate::date::Date::jan1(tax_year))
            }),
            next_monthly_rent: values.dec(F::NextMonthlyRent),
            start_date: values.date(F::StartDate),
        },
        mortgage,
        costs: Costs {
            maintenance: values.dec_or_zero(F::Maintenance),
            insurance: values.dec_or_zero(F::Insurance),
            owners_association: values.dec_or_zero(F::OwnersAssociation),
            municipal_charges: values.dec_or_zero(F::MunicipalCharges),
            management_pct: values.dec_or_zero(F::ManagementPct),
            vacancy_pct: values.dec_or_zero(F::VacancyPct),
            energy_upgrade: values.dec(F::EnergyUpgrade),
        },
        owner: Owner {
            fiscal_partner: values.bool(F::FiscalPartner).unwrap_or(false),
            bank_balance: values.dec_or_zero(F::BankBalance),
            other_assets: values.dec_or_zero(F::OtherAssets),
            other_debts: values.dec_or_zero(F::OtherDebts),
            green_investments: values.dec_or_zero(F::GreenInvestments),
            partner_share_pct: values.dec(F::PartnerSharePct).unwrap_or(Decimal::from(50)),
            actual_return_other: values.dec(F::ActualReturnOther),
        },
        plan,
        bv,
        wws,
        upgrade,
    })
}

/// What is wrong with an `[upgrade]` section, each with the key it concerns: a target label no
/// better than the dwelling's `label`, a `year` before the tax year, no quote for a step the
/// cost matrix lacks.
fn upgrade_problems(
    label: &str,
    target: &str,
    year: Option<i32>,
    tax_year: i32,
    cost_given: bool,
    rules: &impl Known,
) -> Vec<(F, Text)> {
    let mut out = Vec::new();
    let rank = |l: &str| schema::ENERGY_LABELS.iter().position(|x| *x == l);
    match (rank(target), rank(label)) {
        (None, _) => out.push((
            F::UpgradeTargetLabel,
            Text::new(
                Msg::EUnknownValue,
                vec!["upgrade.target_label".into(), target.to_string().into()],
            ),
        )),
        // Without a label the upgrade's points cannot be told.
        (_, _) if label == crate::model::NO_LABEL => out.push((
            F::UpgradeTargetLabel,
            Text::new(Msg::EUpgradeNoLabel, vec![]),
        )),
        (Some(t), Some(c)) if target == crate::model::NO_LABEL || t >= c => out.push((
            F::UpgradeTargetLabel,
            Text::new(
                Msg::EUpgradeNotBetter,
                vec![target.to_string().into(), label.to_string().into()],
            ),
        )),
        _ => {}
    }
    let target_ok = out.is_empty();
    if let Some(y) = year
        && y < tax_year
    {
        out.push((
            F::UpgradeYear,
            Text::new(
                Msg::EUpgradeYear,
                vec![y.to_string().into(), tax_year.to_string().into()],
            ),
        ));
    }
    if target_ok && !cost_given && !rules.upgrade_step_known(label, target) {
        out.push((
            F::UpgradeCost,
            Text::new(
                Msg::EUpgradeNoCost,
                vec![label.to_string().into(), target.to_string().into()],
            ),
        ));
    }
    out
}

/// Whether `given` names one of the COROP `regions` (each `CODE NAME`): by its code, with or without
/// leading zeros, or its name in any case.
fn corop_known(regions: &[String], given: &str) -> bool {
    let g = given.trim();
    regions.iter().any(|r| {
        let (code, name) = r.split_once(' ').unwrap_or((r.as_str(), ""));
        code == g
            || (!g.is_empty() && code.trim_start_matches('0') == g.trim_start_matches('0'))
            || name.eq_ignore_ascii_case(g)
    })
}

/// Where an item of a list value is in the file: the list's own line and column for a TOML string
/// (a multi-line string's text starts on the line after its opening quotes), the cell for a CSV file.
fn item_at(value_at: &Location, text: &str, line: usize, column: usize) -> Location {
    let mut at = value_at.clone();
    if value_at.file.to_ascii_lowercase().ends_with(".csv") {
        return at;
    }
    if text.contains('\n') {
        // `"""` and a new line: the text begins on the next line.
        at.line += line + 1;
        at.column = column + 1;
    } else {
        at.column += column + 1;
    }
    at
}

/// The `[wws]` section: the room list and fitting lists parsed (an error at the item's own line and
/// column), the rooms checked against the dwelling's surface, the shared spaces checked for the
/// number of addresses that share them, the fittings' rooms against the room list.
fn wws_section(
    values: &Values,
    rules: &impl Known,
    tax_year: i32,
    record_at: &Location,
    errors: &mut Vec<InputError>,
) -> crate::model::Description {
    use crate::model::{Description, Monument, SharedOutdoor, SpaceKind};
    use wws_lists::ListError;
    let at = |f: F| values.at(f).cloned().unwrap_or_else(|| record_at.clone());
    let mut list_error = |f: F, e: ListError| {
        let text = values.text(f).unwrap_or("");
        errors.push(
            InputError::new(
                item_at(&at(f), text, e.line, e.column),
                Text::new(
                    Msg::EKeyed,
                    vec![FIELDS[f as usize].key.into(), e.message.into()],
                ),
            )
            .expected(FIELDS[f as usize].expected()),
        )
    };
    let limits = rules.space_limits();
    let spaces = match values.text(F::WwsRooms) {
        Some(t) => wws_lists::parse_spaces(t, &limits).unwrap_or_else(|e| {
            list_error(F::WwsRooms, e);
            Vec::new()
        }),
        None => Vec::new(),
    };
    let (kitchen, sanitary) = rules.fittings();
    let labels: Vec<&str> = spaces.iter().map(|s| s.label.as_str()).collect();
    let mut list = |f: F, known: &[&str]| match values.text(f) {
        Some(t) => match wws_lists::parse_fittings(t, known) {
            Ok(l) => {
                if let Some(p) = l
                    .iter()
                    .find(|p| p.room.as_deref().is_some_and(|r| !labels.contains(&r)))
                    && !spaces.is_empty()
                {
                    let room = p.room.clone().unwrap_or_default();
                    let (line, column) = t
                        .lines()
                        .enumerate()
                        .find_map(|(i, l)| l.find(&room).map(|c| (i, l[..c].chars().count())))
                        .unwrap_or((0, 0));
                    list_error(
                        f,
                        ListError {
                            line,
                            column,
                            message: Text::new(
                                Msg::EFittingRoom,
                                vec![room.into(), labels.join(", ").into()],
                            ),
                        },
                    );
                }
                l
            }
            Err(e) => {
                list_error(f, e);
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    let kitchen_fittings = list(F::WwsKitchenFittings, &kitchen);
    let sanitary = list(F::WwsSanitary, &sanitary);
    let parking: Vec<(String, u32)> = list(F::WwsParking, &["type1", "type2", "type3", "charger"])
        .into_iter()
        .map(|p| (p.name, p.count))
        .collect();
    let units = values.int(F::WwsUnits).map(|n| n as u32);
    let room_deductions: Vec<(String, u32)> = list(
        F::WwsRoomDeductions,
        &["via_landlord", "small_window", "high_window"],
    )
    .into_iter()
    .map(|p| (p.name, p.count))
    .collect();
    let outdoor_list = match values.text(F::WwsOutdoorShared) {
        Some(t) => wws_lists::parse_shared_outdoor(t, units.is_some()).unwrap_or_else(|e| {
            list_error(F::WwsOutdoorShared, e);
            Vec::new()
        }),
        None => Vec::new(),
    };
    // A shared space belongs to a room let in a shared dwelling; a room needs its COROP region.
    if units.is_none()
        && let Some(s) = spaces.iter().find(|s| s.share.is_some())
    {
        errors.push(
            InputError::new(
                at(F::WwsRooms),
                Text::new(Msg::ESpaceShareDwelling, vec![s.label.clone().into()]),
            )
            .expected(FIELDS[F::WwsUnits as usize].expected()),
        );
    }
    if units.is_some() {
        match values.text(F::WwsCorop) {
            None => errors.push(
                InputError::new(at(F::WwsUnits), Text::new(Msg::ERoomNeedsCorop, vec![]))
                    .expected(FIELDS[F::WwsCorop as usize].expected()),
            ),
            Some(c) if !corop_known(&rules.corop_regions(), c) => {
                let regions = rules.corop_regions();
                let names: Vec<&str> = regions
                    .iter()
                    .map(|r| r.split_once(' ').map_or(r.as_str(), |(_, n)| n))
                    .collect();
                let hint = closest(c, names.iter().copied())
                    .map(|n| Text::new(Msg::EFittingHint, vec![n.into()]))
                    .unwrap_or_else(Text::empty);
                errors.push(
                    InputError::new(
                        at(F::WwsCorop),
                        Text::new(
                            Msg::ERoomCorop,
                            vec![c.into(), hint.into(), names.join(", ").into()],
                        ),
                    )
                    .expected(FIELDS[F::WwsCorop as usize].expected()),
                );
            }
            Some(_) => {}
        }
    }
    // Two kitchens or more: each kitchen fitting says which kitchen it is in.
    let kitchens = spaces
        .iter()
        .filter(|s| s.kind == SpaceKind::Kitchen || s.worktop_m.is_some())
        .count();
    if kitchens > 1 && kitchen_fittings.iter().any(|p| p.room.is_none()) {
        errors.push(
            InputError::new(
                at(F::WwsKitchenFittings),
                Text::new(
                    Msg::EKeyed,
                    vec![
                        FIELDS[F::WwsKitchenFittings as usize].key.into(),
                        Text::new(Msg::EFittingsWhichKitchen, vec![(kitchens as u32).into()])
                            .into(),
                    ],
                ),
            )
            .expected(FIELDS[F::WwsKitchenFittings as usize].expected()),
        );
    }
    // The spaces together may not exceed the dwelling's surface by more than the margin (spaces
    // shared with other addresses lie outside it).
    let total: Decimal = spaces
        .iter()
        .filter(|s| !matches!(s.share, Some(crate::model::Share::Addresses(_))))
        .map(|s| s.m2)
        .sum();
    if let Some(surface) = values.dec(F::SurfaceM2)
        && total
            > surface * (Decimal::ONE_HUNDRED + limits.surface_margin_pct) / Decimal::ONE_HUNDRED
    {
        errors.push(
            InputError::new(
                at(F::WwsRooms),
                Text::new(
                    Msg::ERoomsExceedSurface,
                    vec![
                        crate::i18n::Arg::Num(total),
                        crate::i18n::Arg::Pct(limits.surface_margin_pct),
                        crate::i18n::Arg::Num(surface),
                    ],
                ),
            )
            .suggest(Some(Text::new(Msg::ERoomsExceedHint, vec![]))),
        );
    }
    // A label recorded after the tax year is from the future of the figures.
    if let Some(date) = values.date(F::WwsEnergyLabelDate)
        && date.year > tax_year
    {
        errors.push(
            InputError::new(
                at(F::WwsEnergyLabelDate),
                Text::new(
                    Msg::ELabelDateAfterYear,
                    vec![date.to_string().into(), tax_year.to_string().into()],
                ),
            )
            .suggest(Some(Text::new(Msg::ELabelDateHint, vec![]))),
        );
    }
    let count = |f: F| values.int(f).map(|n| n as u32).unwrap_or(0);
    for (amount, addresses) in [
        (F::WwsOutdoorSharedM2, F::WwsOutdoorSharedAddresses),
        (F::WwsSharedRoomsM2, F::WwsSharedAddresses),
        (F::WwsSharedOtherM2, F::WwsSharedAddresses),
        (F::WwsParking, F::WwsParkingAddresses),
    ] {
        let given = values.dec(amount).is_some_and(|d| !d.is_zero())
            || (amount == F::WwsParking && !parking.is_empty());
        if given && values.get(addresses).is_none() {
            let already = errors
                .iter()
                .any(|e| e.mentions(&format!("`{}`", FIELDS[addresses as usize].key)));
            if !already {
                errors.push(
                    InputError::new(
                        at(amount),
                        Text::new(
                            Msg::ESharedNeedsAddresses,
                            vec![
                                FIELDS[amount as usize].key.into(),
                                FIELDS[addresses as usize].name().into(),
                            ],
                        ),
                    )
                    .expected(FIELDS[addresses as usize].expected()),
                );
            }
        }
    }
    let mut outdoor_shared = Vec::new();
    if let Some(m2) = values.dec(F::WwsOutdoorSharedM2).filter(|d| !d.is_zero()) {
        outdoor_shared.push(SharedOutdoor {
            m2,
            addresses: count(F::WwsOutdoorSharedAddresses),
        });
    }
    outdoor_shared.extend(outdoor_list);
    Description {
        spaces,
        kitchen_worktop_m: values.dec(F::WwsKitchenWorktopM),
        kitchen_fittings,
        sanitary,
        outdoor_private_m2: values.dec_or_zero(F::WwsOutdoorPrivateM2),
        outdoor_width_m: values.dec(F::WwsOutdoorWidthM),
        outdoor_shared,
        energy_label_date: values.date(F::WwsEnergyLabelDate),
        energy_index: values.dec(F::WwsEnergyIndex),
        epv: values.bool(F::WwsEpv).unwrap_or(false),
        woz_valuation_date: values.date(F::WwsWozValuationDate),
        monument: values.text(F::WwsMonument).map(|m| match m {
            "rijksmonument" => Monument::Rijksmonument,
            "gemeentelijk" => Monument::Gemeentelijk,
            "provinciaal" => Monument::Provinciaal,
            _ => Monument::ProtectedView,
        }),
        new_build_first_use: values.date(F::WwsNewBuildFirstUse),
        small_new_build_corop: values.bool(F::WwsSmallNewBuildCorop).unwrap_or(false),
        shared_rooms_m2: values.dec_or_zero(F::WwsSharedRoomsM2),
        shared_other_m2: values.dec_or_zero(F::WwsSharedOtherM2),
        shared_addresses: count(F::WwsSharedAddresses),
        parking,
        parking_addresses: count(F::WwsParkingAddresses),
        parking_type1_m2: values.dec(F::WwsParkingType1M2),
        accessibility_points: values.dec_or_zero(F::WwsAccessibilityPoints),
        care_home: values.bool(F::WwsCareHome).unwrap_or(false),
        video_doorbell: values.bool(F::WwsVideoDoorbell).unwrap_or(false),
        charging_points: count(F::WwsChargingPoints),
        units,
        corop: values.text(F::WwsCorop).map(str::to_string),
        room_deductions,
    }
}

/// Why the rules cannot evaluate `tax_year` (asked only when they have no Box 3 rules for it).
fn year_problem(rules: &impl Known, tax_year: i32) -> Text {
    Text::new(
        if rules.has_year(tax_year) {
            Msg::EYearOnlyRatio
        } else {
            Msg::EYearUnknown
        },
        vec![tax_year.into()],
    )
}

/// Check a typed property against the same bounds as the property file: every field within its
/// schema range, a known energy label, a tax year with Box 3 rules of its own, a build year not
/// after the tax year, a term for an annuity or linear mortgage. A property read by
/// [`parse_property`] always passes; one built by hand may not. Returns every problem found.
pub fn check_property(p: &Property, rules: &impl Known) -> Result<(), Vec<Text>> {
    let mut problems = Vec::new();
    let mut check = |f: F, value: Option<Parsed>| {
        if let Some(v) = value
            && let Err(m) = in_range(&FIELDS[f as usize], &v)
        {
            problems.push(m);
        }
    };
    let dec = |d: Decimal| Some(Parsed::Dec(d));
    let opt = |d: Option<Decimal>| d.map(Parsed::Dec);
    let int = |i: i64| Some(Parsed::Int(i));
    check(F::TaxYear, int(p.tax_year.into()));
    check(F::WozValue, dec(p.woz_value));
    check(F::MarketValue, opt(p.market_value));
    check(F::SurfaceM2, dec(p.surface_m2));
    check(F::BuildYear, p.build_year.map(|y| Parsed::Int(y.into())));
    check(F::WwsPoints, p.wws_points.map(|y| Parsed::Int(y.into())));
    check(F::NextWozValue, opt(p.next_woz_value));
    check(F::MonthlyRent, dec(p.lease.monthly_rent));
    check(F::TurnoverPct, opt(p.lease.turnover_pct));
    check(F::LetSharePct, dec(p.lease.let_share_pct));
    check(F::NextMonthlyRent, opt(p.lease.next_monthly_rent));
    check(F::MarketMonthlyRent, opt(p.lease.market_monthly_rent));
    if let Some(m) = &p.mortgage {
        check(F::Balance, dec(m.balance));
        check(F::InterestPct, dec(m.interest_pct));
        check(
            F::RemainingYears,
            m.remaining_years.map(|y| Parsed::Int(y.into())),
        );
    }
    let c = &p.costs;
    check(F::Maintenance, dec(c.maintenance));
    check(F::Insurance, dec(c.insurance));
    check(F::OwnersAssociation, dec(c.owners_association));
    check(F::MunicipalCharges, dec(c.municipal_charges));
    check(F::ManagementPct, dec(c.management_pct));
    check(F::VacancyPct, dec(c.vacancy_pct));
    check(F::EnergyUpgrade, opt(c.energy_upgrade));
    let o = &p.owner;
    check(F::BankBalance, dec(o.bank_balance));
    check(F::OtherAssets, dec(o.other_assets));
    check(F::OtherDebts, dec(o.other_debts));
    check(F::GreenInvestments, dec(o.green_investments));
    check(F::PartnerSharePct, dec(o.partner_share_pct));
    check(F::ActualReturnOther, opt(o.actual_return_other));
    if let Some(x) = &p.plan {
        check(F::Years, x.years.map(|y| Parsed::Int(y.into())));
        check(F::ValueGrowthPct, opt(x.value_growth_pct));
        check(F::RentGrowthPct, opt(x.rent_growth_pct));
        check(F::AlternativeReturnPct, opt(x.alternative_return_pct));
        check(F::SellingCostsPct, opt(x.selling_costs_pct));
        check(F::DiscountRatePct, opt(x.discount_rate_pct));
    }
    if let Some(b) = &p.bv {
        check(
            F::BvTransferYear,
            b.transfer_year.map(|y| Parsed::Int(y.into())),
        );
        check(F::BvNotaryCosts, dec(b.notary_costs));
        check(F::BvIncorporationCosts, dec(b.incorporation_costs));
        check(F::BvMortgageRatePct, dec(b.mortgage_rate_pct));
        check(F::BvYearlyCosts, dec(b.yearly_costs));
        check(F::BvDepreciationPct, dec(b.depreciation_pct));
    }
    if let Some(u) = &p.upgrade {
        check(F::UpgradeCost, opt(u.cost));
        check(F::UpgradeYear, u.year.map(|y| Parsed::Int(y.into())));
        check(F::UpgradeRentAfter, opt(u.rent_after));
        check(F::UpgradeValueAfter, opt(u.value_after));
        for (_, t) in upgrade_problems(
            &p.energy_label,
            &u.target_label,
            u.year,
            p.tax_year,
            u.cost.is_some(),
            rules,
        ) {
            problems.push(t);
        }
    }
    if !schema::ENERGY_LABELS.contains(&p.energy_label.as_str()) {
        problems.push(Text::new(
            Msg::EUnknownValue,
            vec![
                "property.energy_label".into(),
                p.energy_label.clone().into(),
            ],
        ));
    }
    if !rules.computes(p.tax_year) {
        problems.push(year_problem(rules, p.tax_year));
    }
    if let Some(b) = p.build_year
        && i64::from(b) > i64::from(p.tax_year) + 5
    {
        problems.push(Text::new(
            Msg::EBuildYearAfter,
            vec![b.to_string().into(), p.tax_year.to_string().into()],
        ));
    }
    if let Some(m) = &p.mortgage
        && m.repayment != Repayment::InterestOnly
        && m.remaining_years.is_none()
    {
        problems.push(Text::new(Msg::ENeedsRemainingYears, vec![]));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Read and validate a property from TOML text; `file` names it in messages.
pub fn from_toml_str(
    file: &str,
    text: &str,
    rules: &impl Known,
    year: Option<i32>,
) -> Result<Property, PropertyErrors> {
    let file: Arc<str> = Arc::from(file);
    let stem = std::path::Path::new(&*file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text =
        toml_source::check_text(&file, text.as_bytes()).map_err(|e| PropertyErrors(vec![e]))?;
    parse_property(toml_source::read(file, stem, &text)?, rules, year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Rules that compute 2025 and 2026 only (2026 without a green exemption), and know one
    /// kitchen fitting: all that reading a property asks of them.
    struct Few;

    impl Known for Few {
        fn default_year(&self) -> i32 {
            2025
        }
        fn computes(&self, year: i32) -> bool {
            year == 2025 || year == 2026
        }
        fn has_year(&self, year: i32) -> bool {
            (2024..=2026).contains(&year)
        }
        fn box3_years(&self) -> Vec<i32> {
            vec![2025, 2026]
        }
        fn green_exemption(&self, year: i32) -> bool {
            year == 2025
        }
        fn fittings(&self) -> (Vec<&str>, Vec<&str>) {
            (vec!["kookplaat"], vec![])
        }
        fn space_limits(&self) -> crate::model::SpaceLimits {
            crate::model::SpaceLimits {
                space_max_m2: Decimal::from(500),
                length_max_m: Decimal::from(50),
                surface_margin_pct: Decimal::from(50),
            }
        }
        fn corop_regions(&self) -> Vec<String> {
            vec!["23 Groot-Amsterdam".into()]
        }
    }

    /// Reading asks the rules only what [`Known`] says: the default year, the years that can
    /// be computed, the green exemption, the fittings' names.
    #[test]
    fn reading_needs_only_what_the_rules_know() {
        let base = "woz_value = 300000\nsurface_m2 = 60\nenergy_label = \"C\"\n";
        let read = |head: &str, rest: &str| {
            let text = format!("{head}[property]\n{base}[lease]\nmonthly_rent = 1000\n{rest}");
            from_toml_str("p.toml", &text, &Few, None)
        };
        assert_eq!(read("", "").unwrap().tax_year, 2025);
        let messages = |r: Result<Property, PropertyErrors>| {
            r.unwrap_err()
                .0
                .iter()
                .map(|e| e.render(Lang::En))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let year = messages(read("tax_year = 2024\n", ""));
        assert!(
            year.contains("2024") && year.contains("2025, 2026"),
            "{year}"
        );
        let green = "[owner]\ngreen_investments = 1000\n";
        assert!(read("tax_year = 2025\n", green).is_ok());
        assert!(messages(read("tax_year = 2026\n", green)).contains("green"));
        let wws = "[wws]\nkitchen_fittings = \"afzuigkap\"\n";
        assert!(messages(read("", wws)).contains("afzuigkap"));
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(decimal_from_text("3.8").unwrap().to_string(), "3.8");
        for t in [
            "0",
            "-0",
            "0.00",
            "5.",
            "12.50",
            "-3.250",
            "007",
            "1000",
            "0.000001",
            "-0.10",
            "123456789012345678",
            "1234567890.12345678",
        ] {
            let (fast, slow) = (plain_decimal(t).unwrap(), decimal_from_any_text(t).unwrap());
            assert_eq!((fast, fast.to_string()), (slow, slow.to_string()), "{t}");
        }
        for t in [
            "",
            "-",
            ".5",
            "1.2.3",
            "+1",
            "1e3",
            "1_000",
            "1234567890123456789",
            "1,5",
        ] {
            assert_eq!(plain_decimal(t), None, "{t}");
        }

        assert_eq!(
            decimal_from_text("1_000.50").unwrap().to_string(),
            "1000.50"
        );
        assert_eq!(decimal_from_text("1e3").unwrap(), Decimal::from(1000));
        assert!(decimal_from_text("1e400").is_err());
        assert!(decimal_from_text("inf").is_err());
        assert!(
            decimal_from_text("1,5")
                .unwrap_err()
                .render(Lang::En)
                .contains("dot")
        );
        // Exactly as written, or an error: never silently rounded.
        assert_eq!(
            decimal_from_text("100.00000000000000001")
                .unwrap()
                .to_string(),
            "100.00000000000000001"
        );
        assert_eq!(decimal_from_text("1.5e-3").unwrap().to_string(), "0.0015");
        assert_eq!(decimal_from_text("-0.0").unwrap(), Decimal::ZERO);
        assert_eq!(decimal_from_text("2E+2").unwrap(), Decimal::from(200));
        for too_precise in [
            "100.00000000000000000000000000001",
            "0.00000000000000000000000000001",
            "1e-29",
        ] {
            let e = decimal_from_text(too_precise).unwrap_err().render(Lang::En);
            assert!(
                e.contains("more digits than can be computed exactly"),
                "{e}"
            );
        }
        assert!(
            decimal_from_text("123456789012345678901234567890")
                .unwrap_err()
                .render(Lang::En)
                .contains("too large")
        );
        for not_a_number in ["", ".", "1.2.3", "e5", "1e", "0x10", "--1", "1 000"] {
            assert!(decimal_from_text(not_a_number).is_err(), "{not_a_number}");
        }
    }

    proptest::proptest! {
        // 512 cases, or as many as PROPTEST_CASES asks for.
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512),
            ..Default::default()
        })]

        /// The plain reading gives the value and the decimals of the general one.
        #[test]
        fn plain_numbers_read_as_any_number(t in "-?[0-9]{1,10}(\\.[0-9]{0,8})?") {
            let (fast, slow) = (plain_decimal(&t).unwrap(), decimal_from_any_text(&t).unwrap());
            proptest::prop_assert_eq!((fast, fast.to_string()), (slow, slow.to_string()));
        }
    }

    #[test]
    fn key_suggestions() {
        assert_eq!(
            suggest_key("property.woz_valeu")
                .map(|t| t.render(Lang::En))
                .as_deref(),
            Some("did you mean `property.woz_value`?")
        );
        assert_eq!(
            suggest_key("woz_value")
                .map(|t| t.render(Lang::En))
                .as_deref(),
            Some("`woz_value` belongs in the [property] section")
        );
        assert_eq!(
            suggest_key("propery")
                .map(|t| t.render(Lang::En))
                .as_deref(),
            Some("did you mean the section [property]?")
        );
    }
}
