//! Reading a landlord's history (`verhuurd historie FILE`): the owner's wealth and the let
//! dwellings per 1 January of each year, and what each year yielded and cost, from TOML:
//!
//! ```toml
//! [history]
//! from = 2021               # the first and last tax year to compute
//! to = 2026
//! as_of = 2026-12-07        # optional: the date the deadlines are judged on
//! fiscal_partner = false
//! # partner_share_pct = 50  # with a fiscal partner: the owner's share of the grondslag
//!
//! [owner.2021]              # one table per tax year from..=to
//! bank_balance = 40000      # 1 January
//! actual_return_other = 20  # interest and other returns on bank and other assets in the year
//! # other_assets, green_investments, other_debts, other_interest_paid: 0 when left out;
//! # partner_share_pct: this year's split when it differs from [history]
//!
//! [[dwelling]]
//! name = "Kerkstraat 12"
//! [dwelling.year.2021]      # every year the dwelling is owned, and the year after the last
//! woz_value = 250000        # WOZ on the beschikking of the year
//! monthly_rent = 1000       # basic rent on 1 January (0 when not let then)
//! rent_received = 12000     # in the year
//! mortgage_balance = 150000 # 1 January
//! interest_paid = 4500      # in the year
//! costs_paid = 2100         # in the year (not deductible; shown for the record)
//! ```
//!
//! Every problem has its file, line and column; a missing figure names the year and the key.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use toml_edit::{Document, Item, Table, Value};

use super::toml_source::{LineIndex, check_text};
use crate::date::Date;
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Msg, Text};
use crate::model::history::{Dwelling, DwellingYear, Flows, History, OwnerYear};
use crate::model::{Contract, Tenant};
use crate::suggest::closest;

const HISTORY_KEYS: &[&str] = &["from", "to", "as_of", "fiscal_partner", "partner_share_pct"];
const OWNER_KEYS: &[&str] = &[
    "bank_balance",
    "other_assets",
    "green_investments",
    "other_debts",
    "actual_return_other",
    "other_interest_paid",
    "partner_share_pct",
];
const DWELLING_KEYS: &[&str] = &[
    "name",
    "temporary_contract",
    "related_tenant",
    "market_rent",
    "unsplit_building",
    "year",
];
const YEAR_KEYS: &[&str] = &[
    "woz_value",
    "monthly_rent",
    "rent_received",
    "mortgage_balance",
    "interest_paid",
    "costs_paid",
];
const TOP_KEYS: &[&str] = &["history", "owner", "dwelling"];

/// Whether `text` is a history file (it has a `[history]` table), as opposed to a property file.
pub fn is_history(text: &str) -> bool {
    Document::parse(text)
        .map(|d| d.get("history").is_some_and(Item::is_table))
        .unwrap_or(false)
}

/// Whether the file at `path` is a history file: TOML with a `[history]` table, or CSV (by its
/// extension) whose header names the columns `year` and `dwelling`.
pub fn is_history_file(path: &std::path::Path) -> bool {
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    // At most a property file's limit is read: `/dev/zero` is no history (and the reader of
    // property files then refuses it).
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        std::io::Read::read_to_end(
            &mut std::io::Read::take(f, super::toml_source::MAX_FILE as u64 + 1),
            &mut bytes,
        )
    });
    if read.is_err() || bytes.len() > super::toml_source::MAX_FILE {
        return false;
    }
    std::str::from_utf8(&bytes).is_ok_and(|t| {
        if csv {
            super::history_csv::is_history_header(t)
        } else {
            is_history(t)
        }
    })
}

/// The history in `path`.
pub fn from_file(path: &std::path::Path) -> Result<History, PropertyErrors> {
    let file: Arc<str> = Arc::from(path.display().to_string());
    let bytes = std::fs::read(path).map_err(|e| {
        PropertyErrors(vec![InputError::new(
            Location {
                file: file.clone(),
                line: 1,
                column: 1,
            },
            Text::new(
                Msg::ECannotRead,
                vec![path.display().to_string().into(), e.to_string().into()],
            ),
        )])
    })?;
    let text = check_text(&file, &bytes).map_err(|e| PropertyErrors(vec![e]))?;
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        return super::history_csv::from_str(&file, &text);
    }
    from_str(&file, &text)
}

/// The reader's state: the file, its line index, the errors found so far.
struct Reader<'a> {
    file: Arc<str>,
    text: &'a str,
    index: LineIndex<'a>,
    errors: Vec<InputError>,
}

impl Reader<'_> {
    fn at(&self, span: Option<std::ops::Range<usize>>) -> Location {
        self.index.locate(&self.file, span.map_or(0, |s| s.start))
    }

    fn error(&mut self, at: Location, message: Text, expected: Option<Text>) {
        let mut e = InputError::new(at, message);
        if let Some(x) = expected {
            e = e.expected(x);
        }
        self.errors.push(e);
    }

    /// Unknown keys of `t` (named `section`), with the nearest known key as a suggestion.
    fn unknown_keys(&mut self, t: &Table, known: &[&str]) {
        for (k, _) in t.iter() {
            if !known.contains(&k) {
                let at = self.at(t.key(k).and_then(|x| x.span()));
                let mut e = InputError::new(at, Text::new(Msg::EUnknownKey, vec![k.into()]));
                e = e.suggest(
                    closest(k, known.iter().copied())
                        .map(|c| Text::new(Msg::EDidYouMeanKey, vec![c.into()])),
                );
                self.errors.push(e);
            }
        }
    }

    /// A number at `key` of `t`: `None` when absent (or wrong, with the error recorded).
    fn number(&mut self, t: &Table, key: &str, min: Option<Decimal>) -> Option<Decimal> {
        let item = t.get(key)?;
        let at = self.at(item.span().or_else(|| t.key(key).and_then(|k| k.span())));
        let d = match item.as_value() {
            Some(Value::Integer(i)) => Ok(Decimal::from(*i.value())),
            Some(Value::Float(f)) => {
                let lit = f
                    .span()
                    .and_then(|s| self.text.get(s))
                    .map(|s| s.trim().to_string())
                    .unwrap_or_else(|| f.value().to_string());
                super::decimal_from_text(&lit)
            }
            _ => Err(Text::new(
                Msg::EKeyed,
                vec![
                    key.into(),
                    Text::new(Msg::ENotNumber, vec![kind(item).into()]).into(),
                ],
            )),
        };
        match d {
            Ok(d) => {
                if let Some(m) = min
                    && d < m
                {
                    self.error(
                        at,
                        Text::new(Msg::EBelowMin, vec![key.into(), Arg::Num(d), Arg::Num(m)]),
                        None,
                    );
                    return None;
                }
                Some(d)
            }
            Err(msg) => {
                self.error(at, msg, None);
                None
            }
        }
    }

    /// A required number: missing is an error naming the key and the table.
    fn required(
        &mut self,
        t: &Table,
        key: &str,
        section: &str,
        min: Option<Decimal>,
    ) -> Option<Decimal> {
        self.required_as(
            t,
            key,
            Text::new(Msg::EMissingKeyIn, vec![key.into(), section.into()]),
            min,
        )
    }

    /// A required number; `missing` says what is missing.
    fn required_as(
        &mut self,
        t: &Table,
        key: &str,
        missing: Text,
        min: Option<Decimal>,
    ) -> Option<Decimal> {
        if t.get(key).is_none() {
            let at = self.at(t.span());
            self.error(at, missing, None);
            return None;
        }
        self.number(t, key, min)
    }

    fn boolean(&mut self, t: &Table, key: &str, default: bool) -> bool {
        match t.get(key) {
            None => default,
            Some(item) => match item.as_value().and_then(Value::as_bool) {
                Some(b) => b,
                None => {
                    let at = self.at(item.span());
                    self.error(
                        at,
                        Text::new(Msg::ENotBool, vec![key.into(), kind(item).into()]),
                        None,
                    );
                    default
                }
            },
        }
    }

    /// The year tables of `t` (keys that are years), each with its location.
    fn years<'t>(&mut self, t: &'t Table, section: &str) -> BTreeMap<i32, &'t Table> {
        let mut out = BTreeMap::new();
        for (k, item) in t.iter() {
            let at = self.at(t.key(k).and_then(|x| x.span()));
            match (k.parse::<i32>(), item.as_table()) {
                (Ok(y), Some(yt)) if (1900..=2200).contains(&y) => {
                    out.insert(y, yt);
                }
                _ => self.error(
                    at,
                    Text::new(Msg::EUnknownKey, vec![format!("{section}.{k}").into()]),
                    Some(Text::new(Msg::XpHistoryYearTable, vec![section.into()])),
                ),
            }
        }
        out
    }
}

/// What kind of TOML item `item` is, for messages.
fn kind(item: &Item) -> String {
    match item {
        Item::Value(Value::String(s)) => format!("\"{}\"", s.value()),
        Item::Value(Value::Boolean(b)) => b.value().to_string(),
        Item::Value(Value::Array(_)) => "a list".into(),
        Item::Table(_) | Item::Value(Value::InlineTable(_)) => "a table".into(),
        Item::Value(v) => v.to_string().trim().to_string(),
        Item::ArrayOfTables(_) => "a list of tables".into(),
        Item::None => "nothing".into(),
    }
}

/// The history in `text` (read from `file`).
pub fn from_str(file: &Arc<str>, text: &str) -> Result<History, PropertyErrors> {
    let index = LineIndex::new(text);
    let doc = match Document::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let at = index.locate(file, e.span().map_or(0, |s| s.start));
            let msg = crate::i18n::library::toml_message(e.message().trim());
            return Err(PropertyErrors(vec![
                InputError::new(at, Text::new(Msg::ENotToml, vec![msg.into()]))
                    .expected(Text::new(Msg::XpHistoryFile, vec![])),
            ]));
        }
    };
    let mut r = Reader {
        file: file.clone(),
        text,
        index,
        errors: Vec::new(),
    };
    let top = doc.as_table();
    r.unknown_keys(top, TOP_KEYS);
    let Some(head) = top.get("history").and_then(Item::as_table) else {
        return Err(PropertyErrors(vec![
            InputError::new(
                r.at(None),
                Text::new(Msg::EMissingKey, vec!["history".into()]),
            )
            .expected(Text::new(Msg::XpHistoryFile, vec![])),
        ]));
    };
    r.unknown_keys(head, HISTORY_KEYS);
    let year_min = Some(Decimal::from(2021));
    let from = r.required(head, "from", "history", year_min);
    let to = r.required(head, "to", "history", year_min);
    let whole = |d: Option<Decimal>| d.and_then(|d| i32::try_from(d.trunc().mantissa()).ok());
    let (from, to) = (whole(from), whole(to));
    let as_of = head.get("as_of").and_then(|item| {
        let s = match item.as_value() {
            Some(Value::Datetime(d)) => d.value().to_string(),
            Some(Value::String(s)) => s.value().clone(),
            _ => String::new(),
        };
        match s.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                let at = r.at(item.span());
                r.error(
                    at,
                    Text::new(
                        Msg::EWrongKind,
                        vec!["as_of".into(), "YYYY-MM-DD".into(), kind(item).into()],
                    ),
                    None,
                );
                None
            }
        }
    });
    let fiscal_partner = r.boolean(head, "fiscal_partner", false);
    let share = r.number(head, "partner_share_pct", Some(Decimal::ZERO));
    if share.is_some_and(|s| s > Decimal::ONE_HUNDRED) {
        let at = r.at(head.get("partner_share_pct").and_then(Item::span));
        r.error(
            at,
            Text::new(
                Msg::EAboveMax,
                vec![
                    "partner_share_pct".into(),
                    Arg::Num(share.unwrap_or_default()),
                    Arg::Num(Decimal::ONE_HUNDRED),
                ],
            ),
            None,
        );
    }
    if share.is_some() && !fiscal_partner {
        let at = r.at(head.get("partner_share_pct").and_then(Item::span));
        r.error(
            at,
            Text::new(Msg::EHistoryShareAlone, vec![]),
            Some(Text::new(Msg::EPartnerShareHint, vec![])),
        );
    }
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        let at = r.at(head.get("to").and_then(Item::span));
        r.error(
            at,
            Text::new(Msg::EHistoryToBeforeFrom, vec![t.into(), f.into()]),
            None,
        );
    }
    let span = match (from, to) {
        (Some(f), Some(t)) if f <= t => f..=t,
        _ => return Err(PropertyErrors(r.errors)),
    };

    // The owner, per year.
    let mut owner = BTreeMap::new();
    let owner_table = top.get("owner").and_then(Item::as_table);
    let owner_years = match owner_table {
        Some(t) => r.years(t, "owner"),
        None => BTreeMap::new(),
    };
    for y in span.clone() {
        let section = format!("owner.{y}");
        let Some(t) = owner_years.get(&y) else {
            let at = r.at(owner_table.and_then(Table::span).or_else(|| head.span()));
            r.error(
                at,
                Text::new(Msg::EHistoryNoYear, vec![y.into(), section.into()]),
                Some(Text::new(Msg::XpHistoryOwnerYear, vec![y.into()])),
            );
            continue;
        };
        r.unknown_keys(t, OWNER_KEYS);
        let zero = Some(Decimal::ZERO);
        let bank = r.required(t, "bank_balance", &section, zero);
        let actual = r.required(t, "actual_return_other", &section, None);
        let mut opt = |k: &str| r.number(t, k, zero).unwrap_or_default();
        let o = OwnerYear {
            bank_balance: bank.unwrap_or_default(),
            other_assets: opt("other_assets"),
            green_investments: opt("green_investments"),
            other_debts: opt("other_debts"),
            actual_return_other: actual.unwrap_or_default(),
            other_interest_paid: opt("other_interest_paid"),
            partner_share_pct: r.number(t, "partner_share_pct", zero),
        };
        if let Some(p) = o.partner_share_pct {
            let at = r.at(t.get("partner_share_pct").and_then(Item::span));
            if p > Decimal::ONE_HUNDRED {
                r.error(
                    at,
                    Text::new(
                        Msg::EAboveMax,
                        vec![
                            "partner_share_pct".into(),
                            Arg::Num(p),
                            Arg::Num(Decimal::ONE_HUNDRED),
                        ],
                    ),
                    None,
                );
            } else if !fiscal_partner {
                r.error(
                    at,
                    Text::new(Msg::EHistoryShareAlone, vec![]),
                    Some(Text::new(Msg::EPartnerShareHint, vec![])),
                );
            }
        }
        owner.insert(y, o);
    }

    // The dwellings.
    let mut dwellings = Vec::new();
    match top.get("dwelling") {
        None => {}
        Some(Item::ArrayOfTables(list)) => {
            for (n, t) in list.iter().enumerate() {
                if let Some(d) = dwelling(&mut r, t, n, &span) {
                    dwellings.push(d);
                }
            }
        }
        Some(other) => {
            let at = r.at(other.span());
            r.error(
                at,
                Text::new(
                    Msg::EWrongKind,
                    vec!["dwelling".into(), "[[dwelling]]".into(), kind(other).into()],
                ),
                None,
            );
        }
    }
    if !r.errors.is_empty() {
        return Err(PropertyErrors(r.errors));
    }
    Ok(History {
        from: *span.start(),
        to: *span.end(),
        as_of,
        fiscal_partner,
        partner_share_pct: share.unwrap_or(Decimal::from(50)),
        owner,
        dwellings,
    })
}

/// One `[[dwelling]]` table.
fn dwelling(
    r: &mut Reader<'_>,
    t: &Table,
    n: usize,
    span: &std::ops::RangeInclusive<i32>,
) -> Option<Dwelling> {
    r.unknown_keys(t, DWELLING_KEYS);
    let name = match t.get("name").and_then(|i| i.as_str()) {
        Some(s) => s.to_string(),
        None => format!("woning {}", n + 1),
    };
    let temporary = r.boolean(t, "temporary_contract", false);
    let related = r.boolean(t, "related_tenant", false);
    let market_rent = r.boolean(t, "market_rent", true);
    let unsplit = r.boolean(t, "unsplit_building", false);
    let year_table = t.get("year").and_then(Item::as_table);
    let Some(yt) = year_table else {
        let at = r.at(t.span());
        r.error(
            at,
            Text::new(
                Msg::EMissingKeyIn,
                vec!["year".into(), format!("dwelling `{name}`").into()],
            ),
            Some(Text::new(
                Msg::XpHistoryYearTable,
                vec!["dwelling.year".into()],
            )),
        );
        return None;
    };
    let tables = r.years(yt, "dwelling.year");
    let mut years = BTreeMap::new();
    let positive = Some(Decimal::ONE);
    let zero = Some(Decimal::ZERO);
    for (&y, yt2) in &tables {
        let missing = |key: &str| {
            Text::new(
                Msg::EHistoryMissingIn,
                vec![key.into(), y.into(), name.clone().into()],
            )
        };
        r.unknown_keys(yt2, YEAR_KEYS);
        let woz = r.required_as(yt2, "woz_value", missing("woz_value"), positive);
        let rent = r.required_as(yt2, "monthly_rent", missing("monthly_rent"), zero);
        let flows = if span.contains(&y) {
            let mut req = |key: &str| r.required_as(yt2, key, missing(key), zero);
            let rent_received = req("rent_received");
            let mortgage_balance = req("mortgage_balance");
            let interest_paid = req("interest_paid");
            let costs_paid = req("costs_paid");
            // The value at the end of the year is the WOZ of the next.
            if !tables.contains_key(&(y + 1)) {
                let at = r.at(yt2.span());
                r.error(
                    at,
                    Text::new(
                        Msg::EHistoryNoDwellingYear,
                        vec![(y + 1).into(), name.clone().into()],
                    ),
                    Some(Text::new(Msg::XpHistoryEnd, vec![(y + 1).into(), y.into()])),
                );
            }
            Some(Flows {
                rent_received: rent_received.unwrap_or_default(),
                mortgage_balance: mortgage_balance.unwrap_or_default(),
                interest_paid: interest_paid.unwrap_or_default(),
                costs_paid: costs_paid.unwrap_or_default(),
            })
        } else {
            None
        };
        years.insert(
            y,
            DwellingYear {
                woz_value: woz.unwrap_or_default(),
                monthly_rent: rent.unwrap_or_default(),
                flows,
            },
        );
    }
    Some(Dwelling {
        name,
        contract: if temporary {
            Contract::Temporary
        } else {
            Contract::Indefinite
        },
        tenant: if related {
            Tenant::Related
        } else {
            Tenant::ThirdParty
        },
        market_rent,
        unsplit_building: unsplit,
        years,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    const GOOD: &str = r#"[history]
from = 2024
to = 2025
fiscal_partner = true
partner_share_pct = 60

[owner.2024]
bank_balance = 10000
actual_return_other = 150.5

[owner.2025]
bank_balance = 12000
actual_return_other = 300
other_debts = 5000
other_interest_paid = 200

[[dwelling]]
name = "Kerkstraat 12"
[dwelling.year.2024]
woz_value = 300000
monthly_rent = 1000
rent_received = 12000
mortgage_balance = 100000
interest_paid = 3000
costs_paid = 1500
[dwelling.year.2025]
woz_value = 310000
monthly_rent = 1030
rent_received = 12360
mortgage_balance = 100000
interest_paid = 3000
costs_paid = 1600
[dwelling.year.2026]
woz_value = 320000
monthly_rent = 1060
"#;

    fn read(text: &str) -> Result<History, PropertyErrors> {
        from_str(&Arc::from("h.toml"), text)
    }

    fn errors(text: &str) -> String {
        read(text).unwrap_err().render(crate::i18n::Lang::En)
    }

    #[test]
    fn a_history_file_is_read() {
        assert!(is_history(GOOD));
        assert!(!is_history("[property]\nwoz_value = 1\n"));
        let h = read(GOOD).unwrap();
        assert_eq!((h.from, h.to, h.partner_share_pct), (2024, 2025, dec!(60)));
        assert_eq!(h.owner[&2024].actual_return_other, dec!(150.5));
        assert_eq!(h.owner[&2025].other_interest_paid, dec!(200));
        let d = &h.dwellings[0];
        assert_eq!(d.name, "Kerkstraat 12");
        assert_eq!(d.years[&2025].flows.unwrap().costs_paid, dec!(1600));
        assert!(d.years[&2026].flows.is_none());
    }

    #[test]
    fn a_missing_figure_names_the_year_and_the_key_with_its_place() {
        let e = errors(&GOOD.replace("rent_received = 12360\n", ""));
        assert!(
            e.contains("h.toml:26:1: error: missing required key `rent_received` in [dwelling.year.2025] of dwelling `Kerkstraat 12`"),
            "{e}"
        );
        let e = errors(&GOOD.replace("[owner.2025]", "[owner.2023]"));
        assert!(
            e.contains("year 2025 is missing: no table [owner.2025]"),
            "{e}"
        );
        let e = errors(&GOOD.replace(
            "[dwelling.year.2026]\nwoz_value = 320000\nmonthly_rent = 1060\n",
            "",
        ));
        assert!(
            e.contains(
                "year 2026 is missing for dwelling `Kerkstraat 12`: no table [dwelling.year.2026]"
            ),
            "{e}"
        );
        assert!(e.contains("the dwelling's value at the end of 2025"), "{e}");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_located() {
        let e = errors(&GOOD.replace("costs_paid = 1500", "cost_paid = 1500"));
        assert!(e.contains("unknown key `cost_paid`"), "{e}");
        assert!(e.contains("did you mean `costs_paid`?"), "{e}");
        let e = errors(&GOOD.replace("woz_value = 310000", "woz_value = \"310.000\""));
        assert!(
            e.contains("h.toml:27:13: error: `woz_value`: `\"310.000\"` is not a number"),
            "{e}"
        );
        let e = errors(&GOOD.replace("to = 2025", "to = 2023"));
        assert!(e.contains("`to` (2023) lies before `from` (2024)"), "{e}");
        let e = errors(&GOOD.replace("fiscal_partner = true\n", ""));
        assert!(e.contains("`history.fiscal_partner` is not true"), "{e}");
        let e = errors("[history]\nfrom = 2024\n");
        assert!(e.contains("missing required key `to` in [history]"), "{e}");
        let e = errors("[history\n");
        assert!(e.contains("h.toml:1:"), "{e}");
    }
}
