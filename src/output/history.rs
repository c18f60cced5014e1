//! `verhuurd historie FILE` ([`run_file`]): the history read ([`crate::input::history`]), the
//! tegenbewijs of every year computed ([`crate::calc::historie`]) and written here.
//!
//! The history's tegenbewijs as a table of years side by side (in the order of the opgaaf
//! werkelijk rendement: the returns, then Box 3 as assessed, then the tax on each and the
//! difference, then the deadline), as JSON, or as CSV (one row per year). The keys are in
//! docs/output.md.

use std::path::Path;
use std::sync::Arc;

use rust_decimal::Decimal;

use super::Format;
use crate::calc::historie::{self, HistoryResult, Regime, YearResult};
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Arg, Lang, Msg, Text};
use crate::rules::RuleSet;
use crate::rules::historie::HistorieRules;

/// The output of the history in `path` (with `explain`, each year's derivation in the JSON),
/// or its errors (located in the file).
pub fn run_file(
    path: &Path,
    rules: &RuleSet,
    format: Format,
    lang: Lang,
    explain: bool,
) -> Result<String, PropertyErrors> {
    let h = crate::input::history::from_file(path)?;
    let at = Location {
        file: Arc::from(path.display().to_string()),
        line: 1,
        column: 1,
    };
    let fail = |text: Text| {
        PropertyErrors(vec![InputError::new(
            at.clone(),
            Text::new(Msg::EHistoryCalc, vec![text.into()]),
        )])
    };
    let hist = HistorieRules::built_in().map_err(|e| fail(Text::from(e)))?;
    let mut result = historie::compute(&h, rules, &hist, explain).map_err(|e| fail(e.text()))?;
    for y in &mut result.years {
        for s in &mut y.explain {
            s.localize(lang);
        }
    }
    Ok(crate::output::history::render(&result, format, lang))
}

/// The history in `format` (`Jsonl` is one JSON line), in `lang` for the table.
pub fn render(r: &HistoryResult, format: Format, lang: Lang) -> String {
    match format {
        Format::Table => table(r, lang),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Jsonl => {
            let mut s = serde_json::to_string(r).unwrap_or_default();
            s.push('\n');
            s
        }
        // Every CSV form: one row per year.
        _ => csv(r),
    }
}

/// The CSV columns, one row per year.
pub const CSV_COLUMNS: &[&str] = &[
    "year",
    "regime",
    "provisional",
    "tarief_pct",
    "rendementsgrondslag",
    "grondslag",
    "voordeel",
    "tax_forfaitair",
    "return_bank_and_other",
    "rent_received",
    "value_start",
    "value_end",
    "value_change",
    "interest_paid",
    "costs_not_deductible",
    "actual_return",
    "tax_actual",
    "refund",
    "ambtshalve_until",
    "status",
];

fn out(d: Decimal) -> String {
    crate::money::out(d).to_string()
}

fn csv(r: &HistoryResult) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for y in &r.years {
        let sum = |f: fn(&crate::calc::historie::DwellingReturn) -> Decimal| {
            out(y.dwellings.iter().map(f).sum())
        };
        let row = [
            y.year.to_string(),
            regime_key(y.regime).to_string(),
            y.provisional.to_string(),
            out(y.tarief_pct),
            out(y.rendementsgrondslag),
            out(y.grondslag),
            out(y.voordeel),
            out(y.tax_forfaitair),
            out(y.return_bank_and_other),
            sum(|d| d.rent_received),
            sum(|d| d.value_start),
            sum(|d| d.value_end),
            sum(|d| d.value_change),
            out(y.interest_paid),
            out(y.costs_not_deductible),
            out(y.actual_return),
            out(y.tax_actual),
            out(y.refund),
            y.deadline.ambtshalve_until.to_string(),
            y.deadline.status.unwrap_or("").to_string(),
        ];
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn regime_key(r: Regime) -> &'static str {
    match r {
        Regime::Rechtsherstel => "rechtsherstel",
        Regime::Overbrugging => "overbrugging",
    }
}

/// An amount: whole euros, or with cents when it has them.
fn money(lang: Lang, d: Decimal) -> String {
    let d = crate::money::out(d);
    lang.money(d, if d.fract().is_zero() { 0 } else { 2 })
}

/// One line of the table: a label and a cell per year.
type Line = (String, Vec<String>);

fn table(r: &HistoryResult, lang: Lang) -> String {
    let ys = &r.years;
    let mut lines: Vec<Line> = Vec::new();
    let row = |label: String, f: &dyn Fn(&YearResult) -> String| -> Line {
        (label, ys.iter().map(f).collect())
    };
    let heading = |label: String| -> Line { (label, ys.iter().map(|_| String::new()).collect()) };
    lines.push(row(lang.t(Msg::HRegime).into(), &|y| {
        lang.t(match y.regime {
            Regime::Rechtsherstel => Msg::HRechtsherstel,
            Regime::Overbrugging => Msg::HOverbrugging,
        })
        .into()
    }));
    lines.push(row(lang.t(Msg::HProvisional).into(), &|y| {
        lang.t(if y.provisional { Msg::HYes } else { Msg::HNo })
            .into()
    }));
    lines.push(heading(lang.t(Msg::HOwr).into()));
    lines.push(row(lang.t(Msg::HBankOther).into(), &|y| {
        money(lang, y.return_bank_and_other)
    }));
    // The dwellings, by name, in the order they first appear.
    let mut names: Vec<&str> = Vec::new();
    for y in ys {
        for d in &y.dwellings {
            if !names.contains(&d.name.as_str()) {
                names.push(&d.name);
            }
        }
    }
    for name in names {
        let find = |y: &YearResult| y.dwellings.iter().find(|d| d.name == name).cloned();
        lines.push(row(lang.f(Msg::HValueStart, &[name.into()]), &|y| {
            find(y)
                .map(|d| {
                    format!(
                        "{} ({})",
                        money(lang, d.value_start),
                        lang.pct(d.ratio_start_pct, 0)
                    )
                })
                .unwrap_or_default()
        }));
        lines.push(row(lang.f(Msg::HValueEnd, &[name.into()]), &|y| {
            find(y)
                .map(|d| {
                    format!(
                        "{} ({})",
                        money(lang, d.value_end),
                        lang.pct(d.ratio_end_pct, 0)
                    )
                })
                .unwrap_or_default()
        }));
        lines.push(row(lang.f(Msg::HValueChange, &[name.into()]), &|y| {
            find(y)
                .map(|d| money(lang, d.value_change))
                .unwrap_or_default()
        }));
        lines.push(row(lang.f(Msg::HRent, &[name.into()]), &|y| {
            find(y)
                .map(|d| money(lang, d.rent_received))
                .unwrap_or_default()
        }));
    }
    lines.push(row(lang.t(Msg::HInterestPaid).into(), &|y| {
        money(lang, -y.interest_paid)
    }));
    lines.push(row(lang.t(Msg::HCosts).into(), &|y| {
        format!("({})", money(lang, y.costs_not_deductible))
    }));
    lines.push(row(lang.t(Msg::HActual).into(), &|y| {
        money(lang, y.actual_return)
    }));
    lines.push(heading(lang.t(Msg::HAssessed).into()));
    lines.push(row(lang.t(Msg::Rendementsgrondslag).into(), &|y| {
        money(lang, y.rendementsgrondslag)
    }));
    lines.push(row(lang.t(Msg::Grondslag).into(), &|y| {
        money(lang, y.grondslag)
    }));
    let people = ys.first().map_or(1, |y| y.persons.len());
    let who = |n: usize| lang.t(if n == 0 { Msg::Owner } else { Msg::Partner });
    for n in 0..people {
        let person = |y: &YearResult| y.persons.get(n).copied();
        if ys
            .iter()
            .any(|y| person(y).is_some_and(|p| p.voordeel_oud_stelsel.is_some()))
        {
            lines.push(row(lang.f(Msg::HVoordeelNieuw, &[who(n).into()]), &|y| {
                person(y)
                    .map(|p| money(lang, p.voordeel_forfaitair))
                    .unwrap_or_default()
            }));
            lines.push(row(lang.f(Msg::HVoordeelOud, &[who(n).into()]), &|y| {
                person(y)
                    .and_then(|p| p.voordeel_oud_stelsel)
                    .map(|v| money(lang, v))
                    .unwrap_or_default()
            }));
        }
        if people > 1 || ys.iter().any(|y| y.regime == Regime::Rechtsherstel) {
            lines.push(row(lang.f(Msg::HVoordeelPerson, &[who(n).into()]), &|y| {
                person(y)
                    .map(|p| money(lang, p.voordeel))
                    .unwrap_or_default()
            }));
        }
    }
    lines.push(row(lang.t(Msg::Voordeel).into(), &|y| {
        money(lang, y.voordeel)
    }));
    lines.push(row(
        format!("{} ({})", lang.t(Msg::HTaxForfaitair), lang.t(Msg::PTarief)),
        &|y| {
            format!(
                "{} ({})",
                money(lang, y.tax_forfaitair),
                lang.pct(y.tarief_pct, 0)
            )
        },
    ));
    lines.push(heading(lang.t(Msg::HTegenbewijs).into()));
    if people > 1 {
        for n in 0..people {
            lines.push(row(lang.f(Msg::HActualPerson, &[who(n).into()]), &|y| {
                y.persons
                    .get(n)
                    .map(|p| money(lang, p.actual_return))
                    .unwrap_or_default()
            }));
        }
    }
    lines.push(row(lang.t(Msg::HTaxActual).into(), &|y| {
        money(lang, y.tax_actual)
    }));
    lines.push(row(lang.t(Msg::HRefund).into(), &|y| money(lang, y.refund)));
    lines.push(heading(lang.t(Msg::HDeadline).into()));
    lines.push(row(lang.t(Msg::HAmbtshalve).into(), &|y| {
        lang.date(&english_date(y.deadline.ambtshalve_until))
    }));
    if r.as_of.is_some() {
        lines.push(row(
            lang.t(Msg::HStatus).into(),
            &|y| match y.deadline.status {
                Some("open") => lang.t(Msg::HOpen).into(),
                Some("closed") => lang.t(Msg::HClosed).into(),
                Some("not_over") => lang.t(Msg::HNotOver).into(),
                _ => String::new(),
            },
        ));
    }

    // Lay out: the label column, then one right-aligned column per year.
    let years: Vec<String> = ys.iter().map(|y| y.year.to_string()).collect();
    let label_w = lines.iter().map(|l| l.0.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ys.len())
        .map(|i| {
            lines
                .iter()
                .map(|l| l.1[i].chars().count())
                .chain([years[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut s = String::new();
    let (first, last) = (
        ys.first().map_or(0, |y| y.year),
        ys.last().map_or(0, |y| y.year),
    );
    s.push_str(&lang.f(Msg::HTitle, &[first.into(), last.into()]));
    s.push('\n');
    if let Some(d) = r.as_of {
        s.push_str(&lang.f(Msg::HAsOf, &[Arg::Str(lang.date(&english_date(d)))]));
        s.push('\n');
    }
    s.push('\n');
    let mut put = |label: &str, cells: &[String]| {
        let pad = label_w - label.chars().count();
        s.push_str(label);
        s.push_str(&" ".repeat(pad));
        for (c, w) in cells.iter().zip(&widths) {
            s.push_str("  ");
            s.push_str(&" ".repeat(w - c.chars().count()));
            s.push_str(c);
        }
        let trimmed = s.trim_end_matches(' ').len();
        s.truncate(trimmed);
        s.push('\n');
    };
    put("", &years);
    for (label, cells) in &lines {
        put(label, cells);
    }
    s.push('\n');
    s.push_str(&lang.f(
        Msg::HTotal,
        &[
            first.into(),
            last.into(),
            Arg::Str(money(lang, r.total_tax_forfaitair)),
            Arg::Str(money(lang, r.total_tax_actual)),
            Arg::Str(money(lang, r.total_refund)),
        ],
    ));
    s.push('\n');
    if ys.iter().any(|y| y.actual_return < Decimal::ZERO) {
        s.push_str(lang.t(Msg::HNegative));
        s.push('\n');
    }
    if let Some(y) = ys.first() {
        s.push_str(&lang.f(
            Msg::HBezwaar,
            &[Arg::Int(i64::from(y.deadline.bezwaar_weeks))],
        ));
        s.push('\n');
    }
    // With --explain: each year's derivation.
    for y in ys.iter().filter(|y| !y.explain.is_empty()) {
        s.push('\n');
        s.push_str(&format!("{} {}\n", lang.t(Msg::HExplain), y.year));
        for st in &y.explain {
            s.push_str(&super::table::wrap(
                &format!("· {} = {}", st.figure, st.value),
                2,
                6,
                100,
            ));
            s.push_str(&super::table::wrap(&st.how, 6, 6, 100));
            if let Some(src) = st.source_in(lang) {
                s.push_str(&super::table::wrap(
                    &lang.f(Msg::Source, &[src.into()]),
                    6,
                    8,
                    100,
                ));
            }
        }
    }
    s.push('\n');
    s.push_str(lang.t(Msg::HSources));
    s.push('\n');
    for rule in &r.rules {
        s.push_str("- ");
        s.push_str(rule);
        s.push('\n');
    }
    for y in ys {
        s.push_str(&lang.f(Msg::HSourcesYear, &[y.year.into()]));
        s.push('\n');
        for src in &y.sources {
            s.push_str("  - ");
            s.push_str(src);
            s.push('\n');
        }
    }
    s
}

/// A date as the rules files write one (`31 December 2026`), for [`Lang::date`].
fn english_date(d: crate::date::Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = MONTHS[(d.month as usize).clamp(1, 12) - 1];
    format!("{} {m} {}", d.day, d.year)
}
