//! A landlord's history as CSV: one row per year for the owner (the `dwelling` column empty) and
//! one row per year for each dwelling (its name in `dwelling`), with a `year` column:
//!
//! ```csv
//! year,dwelling,bank_balance,actual_return_other,woz_value,monthly_rent,rent_received,mortgage_balance,interest_paid,costs_paid
//! 2024,,10000,150,,,,,,
//! 2024,Kerkstraat 12,,,300000,1000,12000,100000,3000,1500
//! 2025,Kerkstraat 12,,,310000,1030,,,,
//! ```
//!
//! The owner's rows set the years computed (from the first to the last; none may be missing).
//! `fiscal_partner` and `as_of` may be given on the owner's rows (the same on each), and
//! `partner_share_pct` (the owner's share of the grondslag that year; 50 when left out); `temporary_contract`, `related_tenant`, `market_rent` and `unsplit_building` on a
//! dwelling's rows. The keys mean what they mean in the TOML form ([`super::history`]). A `;`
//! separated file (Dutch Excel) may write decimals with a comma. Every problem names the line and
//! the column (its number, counted from 1).

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::date::Date;
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Msg, Text};
use crate::model::history::{Dwelling, DwellingYear, Flows, History, OwnerYear};
use crate::model::{Contract, Tenant};
use crate::suggest::closest;

const OWNER: &[&str] = &[
    "bank_balance",
    "other_assets",
    "green_investments",
    "other_debts",
    "actual_return_other",
    "other_interest_paid",
    "fiscal_partner",
    "partner_share_pct",
    "as_of",
];
const DWELLING: &[&str] = &[
    "woz_value",
    "monthly_rent",
    "rent_received",
    "mortgage_balance",
    "interest_paid",
    "costs_paid",
    "temporary_contract",
    "related_tenant",
    "market_rent",
    "unsplit_building",
];

/// Whether the header line of a CSV file names the columns `year` and `dwelling`.
pub fn is_history_header(text: &str) -> bool {
    let header = text.lines().next().unwrap_or("");
    let sep = if super::csv_source::detect_separator(header.as_bytes()) == b';' {
        ';'
    } else {
        ','
    };
    let cols: Vec<&str> = header
        .split(sep)
        .map(|c| c.trim().trim_matches('"'))
        .collect();
    cols.contains(&"year") && cols.contains(&"dwelling")
}

/// One row: its line and its cells by column name (empty cells left out).
struct Row {
    line: usize,
    cells: BTreeMap<String, (usize, String)>,
}

struct Reader {
    file: Arc<str>,
    semicolon: bool,
    errors: Vec<InputError>,
}

impl Reader {
    fn at(&self, line: usize, column: usize) -> Location {
        Location {
            file: self.file.clone(),
            line,
            column,
        }
    }

    fn error(&mut self, at: Location, message: Text, expected: Option<Text>) {
        let mut e = InputError::new(at, message);
        if let Some(x) = expected {
            e = e.expected(x);
        }
        self.errors.push(e);
    }

    /// The number in column `key` of `row`, `None` when empty (or wrong, with the error).
    fn number(&mut self, row: &Row, key: &str, min: Option<Decimal>) -> Option<Decimal> {
        let (col, text) = row.cells.get(key)?;
        let t = if self.semicolon && text.contains(',') && !text.contains('.') {
            text.replace(',', ".")
        } else {
            text.clone()
        };
        match super::decimal_from_text(&t) {
            Ok(d) => {
                if let Some(m) = min
                    && d < m
                {
                    let at = self.at(row.line, *col);
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
                let at = self.at(row.line, *col);
                self.error(
                    at,
                    Text::new(Msg::EKeyed, vec![key.into(), msg.into()]),
                    None,
                );
                None
            }
        }
    }

    fn required(&mut self, row: &Row, key: &str, missing: Text, min: Option<Decimal>) -> Decimal {
        if !row.cells.contains_key(key) {
            let at = self.at(row.line, 1);
            self.error(at, missing, None);
            return Decimal::ZERO;
        }
        self.number(row, key, min).unwrap_or_default()
    }

    fn boolean(&mut self, row: &Row, key: &str) -> Option<bool> {
        let (col, text) = row.cells.get(key)?;
        match text.to_lowercase().as_str() {
            "true" | "ja" | "1" => Some(true),
            "false" | "nee" | "0" => Some(false),
            _ => {
                let at = self.at(row.line, *col);
                self.error(
                    at,
                    Text::new(Msg::ENotBool, vec![key.into(), text.clone().into()]),
                    None,
                );
                None
            }
        }
    }

    /// A setting that holds for the whole history (or a whole dwelling): the first value given,
    /// an error where a later row differs.
    fn same<T: PartialEq + Copy>(
        &mut self,
        key: &str,
        seen: &mut Option<(T, usize)>,
        value: Option<T>,
        line: usize,
    ) {
        match (value, *seen) {
            (Some(v), None) => *seen = Some((v, line)),
            (Some(v), Some((w, first))) if v != w => {
                let at = self.at(line, 1);
                self.error(
                    at,
                    Text::new(
                        Msg::EHistoryCsvDiffers,
                        vec![key.into(), Arg::Int(first as i64)],
                    ),
                    None,
                );
            }
            _ => {}
        }
    }
}

/// The history in the CSV `text` (read from `file`).
pub fn from_str(file: &Arc<str>, text: &str) -> Result<History, PropertyErrors> {
    let semicolon = super::csv_source::detect_separator(text.as_bytes()) == b';';
    let mut r = Reader {
        file: file.clone(),
        semicolon,
        errors: Vec::new(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if semicolon { b';' } else { b',' })
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => {
            return Err(PropertyErrors(vec![InputError::new(
                r.at(1, 1),
                Text::new(Msg::ECsvHeader, vec![e.to_string().into()]),
            )]));
        }
    };
    let known: Vec<&str> = ["year", "dwelling"]
        .iter()
        .chain(OWNER)
        .chain(DWELLING)
        .copied()
        .collect();
    for (i, c) in header.iter().enumerate() {
        if !c.is_empty() && !known.contains(&c.as_str()) {
            let at = r.at(1, i + 1);
            let e = InputError::new(at, Text::new(Msg::EUnknownColumn, vec![c.clone().into()]))
                .expected(Text::new(Msg::XpHistoryCsvColumns, vec![]))
                .suggest(
                    closest(c, known.iter().copied())
                        .map(|k| Text::new(Msg::EDidYouMeanKey, vec![k.into()])),
                );
            r.errors.push(e);
        }
    }
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(x) => x,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                let at = r.at(line, 1);
                r.error(
                    at,
                    Text::new(Msg::ERowUnreadable, vec![e.to_string().into()]),
                    None,
                );
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let cells = rec
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let name = header.get(i)?;
                let c = c.trim();
                (!c.is_empty() && !name.is_empty()).then(|| (name.clone(), (i + 1, c.to_string())))
            })
            .collect();
        rows.push(Row { line, cells });
    }

    // The owner's rows and the settings of the history.
    let mut owner: BTreeMap<i32, OwnerYear> = BTreeMap::new();
    let mut owner_lines: BTreeMap<i32, usize> = BTreeMap::new();
    let (mut partner, mut as_of) = (None, None);
    let mut share_line: Option<usize> = None;
    let mut dwellings: Vec<(String, Vec<&Row>)> = Vec::new();
    let mut years_of = BTreeMap::new();
    for row in &rows {
        let year = match row.cells.get("year") {
            Some((col, t)) => match t.parse::<i32>() {
                Ok(y) if (2021..=2200).contains(&y) => y,
                _ => {
                    let at = r.at(row.line, *col);
                    r.error(
                        at,
                        Text::new(
                            Msg::EBelowMinText,
                            vec!["year".into(), t.clone().into(), Arg::Int(2021)],
                        ),
                        None,
                    );
                    continue;
                }
            },
            None => {
                let at = r.at(row.line, 1);
                r.error(at, Text::new(Msg::EMissingKey, vec!["year".into()]), None);
                continue;
            }
        };
        years_of.insert(row.line, year);
        match row.cells.get("dwelling") {
            Some((_, name)) => match dwellings.iter_mut().find(|d| &d.0 == name) {
                Some(d) => d.1.push(row),
                None => dwellings.push((name.clone(), vec![row])),
            },
            None => {
                if let Some(first) = owner_lines.get(&year) {
                    let at = r.at(row.line, 1);
                    r.error(
                        at,
                        Text::new(
                            Msg::EHistoryCsvTwice,
                            vec![year.into(), "owner".into(), Arg::Int(*first as i64)],
                        ),
                        None,
                    );
                    continue;
                }
                owner_lines.insert(year, row.line);
                let missing = |key: &str| {
                    Text::new(
                        Msg::EMissingKeyIn,
                        vec![key.into(), format!("owner {year}").into()],
                    )
                };
                let zero = Some(Decimal::ZERO);
                let o = OwnerYear {
                    bank_balance: r.required(row, "bank_balance", missing("bank_balance"), zero),
                    other_assets: r.number(row, "other_assets", zero).unwrap_or_default(),
                    green_investments: r.number(row, "green_investments", zero).unwrap_or_default(),
                    other_debts: r.number(row, "other_debts", zero).unwrap_or_default(),
                    actual_return_other: r.required(
                        row,
                        "actual_return_other",
                        missing("actual_return_other"),
                        None,
                    ),
                    other_interest_paid: r
                        .number(row, "other_interest_paid", zero)
                        .unwrap_or_default(),
                    partner_share_pct: r.number(row, "partner_share_pct", zero),
                };
                if o.partner_share_pct.is_some() {
                    share_line.get_or_insert(row.line);
                }
                owner.insert(year, o);
                let p = r.boolean(row, "fiscal_partner");
                r.same("fiscal_partner", &mut partner, p, row.line);
                let d = row
                    .cells
                    .get("as_of")
                    .and_then(|(col, t)| match t.parse::<Date>() {
                        Ok(d) => Some(d),
                        Err(_) => {
                            let at = r.at(row.line, *col);
                            r.error(
                                at,
                                Text::new(
                                    Msg::EWrongKind,
                                    vec!["as_of".into(), "YYYY-MM-DD".into(), t.clone().into()],
                                ),
                                None,
                            );
                            None
                        }
                    });
                r.same("as_of", &mut as_of, d, row.line);
            }
        }
    }
    let (Some(&from), Some(&to)) = (owner.keys().next(), owner.keys().next_back()) else {
        if r.errors.is_empty() {
            r.error(r.at(1, 1), Text::new(Msg::EHistoryCsvNoOwner, vec![]), None);
        }
        return Err(PropertyErrors(r.errors));
    };
    for y in from..=to {
        if !owner.contains_key(&y) {
            let at = r.at(1, 1);
            r.error(
                at,
                Text::new(Msg::EHistoryCsvNoOwnerRow, vec![y.into()]),
                None,
            );
        }
    }

    // The dwellings.
    let mut out = Vec::new();
    for (name, drows) in &dwellings {
        let (mut temporary, mut related, mut market, mut unsplit) = (None, None, None, None);
        let mut years = BTreeMap::new();
        let mut lines: BTreeMap<i32, usize> = BTreeMap::new();
        for row in drows {
            let y = years_of[&row.line];
            if let Some(first) = lines.get(&y) {
                let at = r.at(row.line, 1);
                r.error(
                    at,
                    Text::new(
                        Msg::EHistoryCsvTwice,
                        vec![y.into(), name.clone().into(), Arg::Int(*first as i64)],
                    ),
                    None,
                );
                continue;
            }
            lines.insert(y, row.line);
            for (key, seen) in [
                ("temporary_contract", &mut temporary),
                ("related_tenant", &mut related),
                ("market_rent", &mut market),
                ("unsplit_building", &mut unsplit),
            ] {
                let v = r.boolean(row, key);
                r.same(key, seen, v, row.line);
            }
            let missing = |key: &str| {
                Text::new(
                    Msg::EHistoryMissingIn,
                    vec![key.into(), y.into(), name.clone().into()],
                )
            };
            let zero = Some(Decimal::ZERO);
            let woz = r.required(row, "woz_value", missing("woz_value"), Some(Decimal::ONE));
            let rent = r.required(row, "monthly_rent", missing("monthly_rent"), zero);
            let flows = (from..=to).contains(&y).then(|| Flows {
                rent_received: r.required(row, "rent_received", missing("rent_received"), zero),
                mortgage_balance: r.required(
                    row,
                    "mortgage_balance",
                    missing("mortgage_balance"),
                    zero,
                ),
                interest_paid: r.required(row, "interest_paid", missing("interest_paid"), zero),
                costs_paid: r.required(row, "costs_paid", missing("costs_paid"), zero),
            });
            years.insert(
                y,
                DwellingYear {
                    woz_value: woz,
                    monthly_rent: rent,
                    flows,
                },
            );
        }
        for (&y, line) in &lines {
            if (from..=to).contains(&y) && !lines.contains_key(&(y + 1)) {
                let at = r.at(*line, 1);
                r.error(
                    at,
                    Text::new(
                        Msg::EHistoryNoDwellingYear,
                        vec![(y + 1).into(), name.clone().into()],
                    ),
                    Some(Text::new(Msg::XpHistoryEnd, vec![(y + 1).into(), y.into()])),
                );
            }
        }
        let flag = |v: Option<(bool, usize)>, default: bool| v.map_or(default, |x| x.0);
        out.push(Dwelling {
            name: name.clone(),
            contract: if flag(temporary, false) {
                Contract::Temporary
            } else {
                Contract::Indefinite
            },
            tenant: if flag(related, false) {
                Tenant::Related
            } else {
                Tenant::ThirdParty
            },
            market_rent: flag(market, true),
            unsplit_building: flag(unsplit, false),
            years,
        });
    }
    let fiscal_partner = partner.is_some_and(|p| p.0);
    if let Some(line) = share_line
        && !fiscal_partner
    {
        let at = r.at(line, 1);
        r.error(at, Text::new(Msg::EHistoryShareAlone, vec![]), None);
    }
    for (y, o) in &owner {
        if o.partner_share_pct
            .is_some_and(|p| p > Decimal::ONE_HUNDRED)
        {
            let at = r.at(owner_lines[y], 1);
            r.error(
                at,
                Text::new(
                    Msg::EAboveMax,
                    vec![
                        "partner_share_pct".into(),
                        Arg::Num(o.partner_share_pct.unwrap_or_default()),
                        Arg::Num(Decimal::ONE_HUNDRED),
                    ],
                ),
                None,
            );
        }
    }
    if !r.errors.is_empty() {
        return Err(PropertyErrors(r.errors));
    }
    Ok(History {
        from,
        to,
        as_of: as_of.map(|a| a.0),
        fiscal_partner,
        partner_share_pct: Decimal::from(50),
        owner,
        dwellings: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    const GOOD: &str = "year,dwelling,bank_balance,actual_return_other,fiscal_partner,woz_value,monthly_rent,rent_received,mortgage_balance,interest_paid,costs_paid
2024,,10000,150.5,true,,,,,,
2025,,12000,300,true,,,,,,
2024,Kerkstraat 12,,,,300000,1000,12000,100000,3000,1500
2025,Kerkstraat 12,,,,310000,1030,12360,100000,3000,1600
2026,Kerkstraat 12,,,,320000,1060,,,,
";

    fn read(text: &str) -> Result<History, PropertyErrors> {
        from_str(&Arc::from("h.csv"), text)
    }

    #[test]
    fn the_csv_gives_the_same_history_as_the_toml() {
        assert!(is_history_header(GOOD));
        assert!(!is_history_header("name,property.woz_value\n"));
        let h = read(GOOD).unwrap();
        assert_eq!((h.from, h.to, h.fiscal_partner), (2024, 2025, true));
        assert_eq!(h.owner[&2024].actual_return_other, dec!(150.5));
        let d = &h.dwellings[0];
        assert_eq!(d.years[&2025].flows.unwrap().rent_received, dec!(12360));
        assert!(d.years[&2026].flows.is_none());
        // A `;` file with decimal commas.
        let nl = GOOD.replace(',', ";").replace("150.5", "150,5");
        assert_eq!(read(&nl).unwrap(), h);
    }

    #[test]
    fn a_missing_figure_names_the_line_the_year_and_the_key() {
        let e = read(&GOOD.replace("12360", ""))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(
            e.contains("h.csv:5:1: error: missing required key `rent_received` in [dwelling.year.2025] of dwelling `Kerkstraat 12`"),
            "{e}"
        );
        let e = read(&GOOD.replace("2026,Kerkstraat 12,,,,320000,1060,,,,\n", ""))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(
            e.contains("year 2026 is missing for dwelling `Kerkstraat 12`"),
            "{e}"
        );
        let e = read(&GOOD.replace("2025,,12000", "2026,,12000"))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(
            e.contains("year 2025 is missing: no row with year 2025 and an empty dwelling column"),
            "{e}"
        );
        let e = read(&GOOD.replace("costs_paid", "cost_paid"))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(
            e.contains("h.csv:1:11: error: unknown column `cost_paid`"),
            "{e}"
        );
        assert!(e.contains("did you mean `costs_paid`?"), "{e}");
    }
}
