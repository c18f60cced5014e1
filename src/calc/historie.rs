//! The tegenbewijs over every open year: for each year of a landlord's history, Box 3 as assessed
//! (forfaitair), the actual return as the Wet tegenbewijsregeling box 3 computes it, the tax on
//! it and the refund that can be claimed, per fiscal partner.
//!
//! - **Box 3 as assessed.** From 2023 the overbruggingswet (art. 5.2–5.5 Wet IB 2001), the same
//!   calculation as [`crate::box3::compute`]. For 2021 and 2022 the Wet rechtsherstel box 3
//!   (Kamerstukken 36 203): the same calculation with that year's percentages (banktegoeden,
//!   overige bezittingen and schulden each at its own rate), set per person at that figure only
//!   when it is lower than the voordeel of the law of the year (the grondslag in schijven at
//!   mixed percentages, `oud_stelsel_voordeel`).
//! - **The actual return** (Wet tegenbewijsregeling box 3, Kamerstukken 36 706): rent received,
//!   plus the owner's actual return on bank balances and other assets, plus the change in the
//!   dwelling's value (WOZ × leegwaarderatio on 1 January of the year and of the next year, each
//!   ratio from the rent on that date), less interest paid. Costs are not deducted; there is no
//!   heffingsvrij vermogen; a negative total counts as 0.
//! - **Per person.** The actual return is divided as the grondslag was (the owner's part rounded
//!   down, the partner the rest); each person pays tarief × the lower of the part and the
//!   person's voordeel, both rounded down to whole euros.
//!
//! All parameters come from the rules (`data/YEAR.toml`, `data/tegenbewijs.toml`) with their
//! sources; the figures carry the citations they used ([`YearResult::sources`]).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::box3::{self, Household};
use crate::date::Date;
use crate::explain::{self, Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::leegwaarderatio;
use crate::model::Letting;
pub use crate::model::history::{Dwelling, DwellingYear, Flows, History, OwnerYear};
use crate::money::{self, HUNDRED};
use crate::rules::historie::{HistorieRules, OudStelsel};
use crate::rules::{Box3Rules, Cite, RuleSet};

/// Why a year cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// A figure of the history is missing: the year, the dwelling (when it is one's) and the key.
    Missing {
        year: i32,
        dwelling: Option<String>,
        field: &'static str,
    },
    /// No Box 3 rules for the year.
    NoRules { year: i32 },
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HistoryError::Missing {
                year,
                dwelling: Some(d),
                field,
            } => write!(f, "{year}: dwelling `{d}`: `{field}` is missing"),
            HistoryError::Missing {
                year,
                dwelling: None,
                field,
            } => write!(f, "{year}: `{field}` is missing"),
            HistoryError::NoRules { year } => write!(f, "{year}: no Box 3 rules for this year"),
        }
    }
}

impl HistoryError {
    /// The error as a message in the language of the output.
    pub fn text(&self) -> Text {
        match self {
            HistoryError::Missing {
                year,
                dwelling: Some(d),
                field,
            } => Text::new(
                Msg::EHistoryMissingIn,
                vec![(*field).into(), (*year).into(), d.clone().into()],
            ),
            HistoryError::Missing {
                year,
                dwelling: None,
                field,
            } => Text::new(
                Msg::EMissingKeyIn,
                vec![(*field).into(), format!("owner.{year}").into()],
            ),
            HistoryError::NoRules { year } => Text::new(Msg::EHistoryNoRules, vec![(*year).into()]),
        }
    }
}

/// Which law computed the assessed Box 3 of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Wet rechtsherstel box 3 (2017–2022): the lower of the new calculation and the old law.
    Rechtsherstel,
    /// Overbruggingswet box 3 (2023–2027).
    Overbrugging,
}

/// A dwelling's part of the actual return, in the terms of the opgaaf werkelijk rendement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DwellingReturn {
    pub name: String,
    #[serde(serialize_with = "money::ser::out")]
    pub woz_start: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub ratio_start_pct: Decimal,
    /// Waarde op 1 januari: WOZ × leegwaarderatio (the Box 3 value of the year).
    #[serde(serialize_with = "money::ser::out")]
    pub value_start: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub woz_end: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub ratio_end_pct: Decimal,
    /// Waarde op 31 december: the WOZ of the next year × the ratio of 1 January of that year.
    #[serde(serialize_with = "money::ser::out")]
    pub value_end: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub value_change: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub rent_received: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub mortgage_balance: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub interest_paid: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub costs_not_deductible: Decimal,
}

/// One person's figures of a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PersonYear {
    #[serde(serialize_with = "money::ser::out")]
    pub share_pct: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub grondslag: Decimal,
    /// The voordeel of the new calculation (from 2023 the only one).
    #[serde(serialize_with = "money::ser::out")]
    pub voordeel_forfaitair: Decimal,
    /// 2021–2022: the voordeel of the law of the year before the rechtsherstel.
    #[serde(serialize_with = "money::ser::opt")]
    pub voordeel_oud_stelsel: Option<Decimal>,
    /// The voordeel as assessed (the lower of the two in 2021–2022).
    #[serde(serialize_with = "money::ser::out")]
    pub voordeel: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub tax_forfaitair: Decimal,
    /// The person's part of the actual return (0 when the total is negative).
    #[serde(serialize_with = "money::ser::out")]
    pub actual_return: Decimal,
    /// min(actual return, voordeel), whole euros.
    #[serde(serialize_with = "money::ser::out")]
    pub taxed: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub tax_actual: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub refund: Decimal,
}

/// When a year can still be claimed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// The last day to ask for ambtshalve vermindering (31 December, five years after the year).
    pub ambtshalve_until: Date,
    /// Weeks after the date of an assessment for an objection.
    pub bezwaar_weeks: u32,
    /// Judged on `as_of`: `open`, `closed`, or `not_over` (the year has not ended); absent when
    /// the history gives no date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    pub source: String,
}

/// One tax year of the history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearResult {
    pub year: i32,
    pub regime: Regime,
    /// Box 3 figures of the year are not final.
    pub provisional: bool,
    #[serde(serialize_with = "money::ser::out")]
    pub tarief_pct: Decimal,
    // -- Box 3 as assessed
    #[serde(serialize_with = "money::ser::out")]
    pub bank_balance: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub other_assets: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub debts: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub rendement: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub rendementsgrondslag: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub grondslag: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub voordeel: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub tax_forfaitair: Decimal,
    // -- the opgaaf werkelijk rendement
    #[serde(serialize_with = "money::ser::out")]
    pub return_bank_and_other: Decimal,
    pub dwellings: Vec<DwellingReturn>,
    /// Interest paid on all debts (the dwellings' mortgages and the other debts).
    #[serde(serialize_with = "money::ser::out")]
    pub interest_paid: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub costs_not_deductible: Decimal,
    /// The actual return before a negative total is set to 0.
    #[serde(serialize_with = "money::ser::out")]
    pub actual_return: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub tax_actual: Decimal,
    /// tax_forfaitair − tax_actual: what the opgaaf can bring back.
    #[serde(serialize_with = "money::ser::out")]
    pub refund: Decimal,
    pub persons: Vec<PersonYear>,
    pub deadline: Deadline,
    /// The sources of the year's parameters, as cited.
    pub sources: Vec<String>,
    /// With `--explain`: how every figure of the year was obtained, with its sources.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub explain: Vec<Step>,
}

/// The whole history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    pub fiscal_partner: bool,
    pub years: Vec<YearResult>,
    #[serde(serialize_with = "money::ser::out")]
    pub total_tax_forfaitair: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub total_tax_actual: Decimal,
    #[serde(serialize_with = "money::ser::out")]
    pub total_refund: Decimal,
    /// The parameters of the tegenbewijsregeling, as cited.
    pub rules: Vec<String>,
}

/// The voordeel of one person under the law of 2021 or 2022 before the rechtsherstel: the
/// person's grondslag in schijven, each at its percentage; rounded down to whole euros.
pub(crate) fn oud_stelsel_voordeel(grondslag: Decimal, oud: &OudStelsel) -> Decimal {
    let mut below = Decimal::ZERO;
    let mut total = Decimal::ZERO;
    for s in &oud.schijven {
        let top = s.up_to.map_or(grondslag, |u| u.min(grondslag));
        if top > below {
            total += money::pct_of(top - below, s.pct);
        }
        match s.up_to {
            Some(u) if u < grondslag => below = u,
            _ => break,
        }
    }
    money::floor_euro(total).max(Decimal::ZERO)
}

/// 31 December of the last year in which ambtshalve vermindering can be asked for `year`.
fn ambtshalve_until(year: i32, years_after: Decimal) -> Date {
    let n = i32::try_from(money::to_count(years_after, 0)).unwrap_or(5);
    Date {
        year: year + n,
        month: 12,
        day: 31,
    }
}

/// The letting of a dwelling on 1 January, from its rent then.
fn letting(d: &Dwelling, monthly_rent: Decimal) -> Letting {
    Letting {
        contract: d.contract,
        tenant: d.tenant,
        market_rent: d.market_rent,
        let_share_pct: HUNDRED,
        let_on_1_january: monthly_rent > Decimal::ZERO,
        unsplit_building: d.unsplit_building,
    }
}

/// Every year `from..=to` of `h`; with `explain`, each year's steps.
pub fn compute(
    h: &History,
    rules: &RuleSet,
    hist: &HistorieRules,
    explain: bool,
) -> Result<HistoryResult, HistoryError> {
    let years = (h.from..=h.to)
        .map(|y| compute_year(h, y, rules, hist, explain))
        .collect::<Result<Vec<_>, _>>()?;
    let sum = |f: fn(&YearResult) -> Decimal| years.iter().map(f).sum::<Decimal>();
    let t = &hist.tegenbewijs;
    let tb_rules = [
        t.geen_heffingsvrij_vermogen.cite(),
        t.rente_aftrekbaar.cite(),
        t.kosten_aftrekbaar.cite(),
        t.negatief_is_nul.cite(),
        t.partners_naar_grondslag.cite(),
        t.woning_einde_jaar.cite(),
        t.termijn_ambtshalve_jaren.cite(),
        t.termijn_bezwaar_weken.cite(),
        t.voorlopige_jaren.cite(),
    ];
    Ok(HistoryResult {
        as_of: h.as_of,
        fiscal_partner: h.fiscal_partner,
        total_tax_forfaitair: sum(|y| y.tax_forfaitair),
        total_tax_actual: sum(|y| y.tax_actual),
        total_refund: sum(|y| y.refund),
        years,
        rules: tb_rules.into(),
    })
}

/// One year of `h`; with `explain`, its steps.
pub(crate) fn compute_year(
    h: &History,
    year: i32,
    rules: &RuleSet,
    hist: &HistorieRules,
    explain: bool,
) -> Result<YearResult, HistoryError> {
    let mut trace = Trace::new(explain);
    let missing = |dwelling: Option<&str>, field: &'static str| HistoryError::Missing {
        year,
        dwelling: dwelling.map(str::to_string),
        field,
    };
    let owner = h.owner.get(&year).ok_or(missing(None, "bank_balance"))?;
    let rechtsherstel = hist.rechtsherstel(year);
    let (b3, regime): (&Box3Rules, Regime) = match rechtsherstel {
        Some(rh) => (&rh.box3, Regime::Rechtsherstel),
        None => match rules.box3(year) {
            Some(c) if !c.carried => (c.rules, Regime::Overbrugging),
            _ => return Err(HistoryError::NoRules { year }),
        },
    };
    let lwr_start = rules
        .leegwaarderatio(year)
        .ok_or(HistoryError::NoRules { year })?;
    let lwr_end = rules
        .leegwaarderatio(year + 1)
        .ok_or(HistoryError::NoRules { year: year + 1 })?;
    let mut sources: Vec<String> = b3.used().iter().map(|(_, c)| c.cite()).collect();
    if let Some(rh) = rechtsherstel {
        sources.push(rh.oud_stelsel.cite());
    }
    sources.push(lwr_start.rules.cite());
    if lwr_end.rules.source != lwr_start.rules.source {
        sources.push(lwr_end.rules.cite());
    }

    // The dwellings owned on 1 January of the year.
    let mut dwellings = Vec::new();
    for d in &h.dwellings {
        let Some(start) = d.years.get(&year) else {
            continue;
        };
        let flows = start.flows.ok_or(missing(Some(&d.name), "rent_received"))?;
        let end = d.years.get(&(year + 1)).ok_or(HistoryError::Missing {
            year: year + 1,
            dwelling: Some(d.name.clone()),
            field: "woz_value",
        })?;
        let value = |y: &DwellingYear, r: &crate::rules::LeegwaarderatioRules, yr: i32| {
            let input = leegwaarderatio::Input {
                woz_value: y.woz_value,
                jaarhuur: y.monthly_rent * Decimal::from(12),
                letting: letting(d, y.monthly_rent),
            };
            let l = leegwaarderatio::compute(&input, r, yr, &mut Trace::new(false));
            (l.ratio_pct, l.box3_value)
        };
        let (ratio_start_pct, value_start) = value(start, lwr_start.rules, year);
        let (ratio_end_pct, value_end) = value(end, lwr_end.rules, year + 1);
        let step =
            |figure: Msg, y: &DwellingYear, ratio: Decimal, v: Decimal, yr: i32, from: i32| {
                Step::new(
                    Text::new(figure, vec![d.name.clone().into(), year.into()]),
                    Arg::Euro(v),
                    Text::new(
                        Msg::XHValue,
                        vec![
                            Arg::Euro(y.woz_value),
                            Arg::Pct(ratio),
                            Arg::Euro(y.monthly_rent),
                            yr.into(),
                            from.into(),
                        ],
                    ),
                )
            };
        trace.add(|| {
            step(
                Msg::FHValueStart,
                start,
                ratio_start_pct,
                value_start,
                year,
                lwr_start.from_year,
            )
            .uses(lwr_start.rules)
        });
        trace.add(|| {
            step(
                Msg::FHValueEnd,
                end,
                ratio_end_pct,
                value_end,
                year + 1,
                lwr_end.from_year,
            )
            .uses(lwr_end.rules)
            .uses(&hist.tegenbewijs.woning_einde_jaar)
        });
        dwellings.push(DwellingReturn {
            name: d.name.clone(),
            woz_start: start.woz_value,
            ratio_start_pct,
            value_start,
            woz_end: end.woz_value,
            ratio_end_pct,
            value_end,
            value_change: value_end - value_start,
            rent_received: flows.rent_received,
            mortgage_balance: flows.mortgage_balance,
            interest_paid: flows.interest_paid,
            costs_not_deductible: flows.costs_paid,
        });
    }

    // Box 3 as assessed.
    let household = Household {
        bank: owner.bank_balance,
        other_assets: owner.other_assets + dwellings.iter().map(|d| d.value_start).sum::<Decimal>(),
        green_investments: owner.green_investments,
        debts: owner.other_debts
            + dwellings
                .iter()
                .map(|d| d.mortgage_balance)
                .sum::<Decimal>(),
        fiscal_partner: h.fiscal_partner,
        partner_share_pct: owner.partner_share_pct.unwrap_or(h.partner_share_pct),
    };
    let b = box3::compute(
        &household,
        b3,
        Text::new(Msg::FHBox3, vec![year.into()]),
        &mut trace,
    );
    let tarief = b3.tarief_pct.value;

    // The actual return.
    let t = &hist.tegenbewijs;
    let rent: Decimal = dwellings.iter().map(|d| d.rent_received).sum();
    let change: Decimal = dwellings.iter().map(|d| d.value_change).sum();
    let interest_paid = owner.other_interest_paid
        + if t.rente_aftrekbaar.applies {
            dwellings.iter().map(|d| d.interest_paid).sum::<Decimal>()
        } else {
            Decimal::ZERO
        };
    let costs: Decimal = dwellings.iter().map(|d| d.costs_not_deductible).sum();
    let deducted_costs = if t.kosten_aftrekbaar.applies {
        costs
    } else {
        Decimal::ZERO
    };
    let actual_return = rent + owner.actual_return_other + change - interest_paid - deducted_costs;

    // Per person: the assessed voordeel and tax, the actual return's tax.
    let assessed: Vec<(Decimal, Decimal, Option<Decimal>, Decimal)> = b
        .per_person()
        .iter()
        .map(|p| {
            let old = rechtsherstel.map(|rh| oud_stelsel_voordeel(p.grondslag, &rh.oud_stelsel));
            let voordeel = old.map_or(p.voordeel, |o| o.min(p.voordeel));
            (p.allocation_pct, p.voordeel, old, voordeel)
        })
        .collect();
    let persons_n = assessed.len();
    let who = |figure: Text, n: usize| {
        if persons_n > 1 {
            explain::person(figure, n)
        } else {
            figure
        }
    };
    if let Some(rh) = rechtsherstel {
        for (n, (a, p)) in assessed.iter().zip(b.per_person()).enumerate() {
            let old = a.2.unwrap_or_default();
            trace.add(|| {
                Step::new(
                    who(Text::new(Msg::FHVoordeelOud, vec![year.into()]), n),
                    Arg::Euro(old),
                    Text::new(
                        Msg::XHVoordeelOud,
                        vec![Arg::Euro(p.grondslag), year.into()],
                    ),
                )
                .uses(&rh.oud_stelsel)
            });
            trace.add(|| {
                Step::new(
                    who(Text::new(Msg::FHVoordeel, vec![year.into()]), n),
                    Arg::Euro(a.3),
                    Text::new(Msg::XHVoordeelMin, vec![Arg::Euro(a.1), Arg::Euro(old)]),
                )
                .rule("Wet rechtsherstel box 3 (Kamerstukken 36 203): the voordeel is lowered only where the new calculation gives less [RH-MVT]")
            });
            trace.step(|r| {
                Step::new(
                    who(Text::new(Msg::FHTaxAssessed, vec![year.into()]), n),
                    Arg::Euro(money::floor_euro(money::pct_of(a.3, tarief))),
                    Text::new(
                        Msg::XHTimes,
                        vec![Arg::Euro(a.3), Arg::Pct(r.read(&b3.tarief_pct))],
                    ),
                )
            });
        }
    }
    let pairs: Vec<(Decimal, Decimal)> = assessed.iter().map(|a| (a.0, a.3)).collect();
    trace.add(|| {
        Step::new(
            Text::new(Msg::FHActualReturn, vec![year.into()]),
            Arg::Euro(actual_return),
            Text::new(
                Msg::XHActual,
                vec![
                    Arg::Euro(rent),
                    Arg::Euro(owner.actual_return_other),
                    Arg::Euro(change),
                    Arg::Euro(interest_paid),
                    Arg::Euro(costs),
                ],
            ),
        )
        .uses(&t.rente_aftrekbaar)
        .uses(&t.kosten_aftrekbaar)
        .uses(&t.geen_heffingsvrij_vermogen)
        .uses(&t.negatief_is_nul)
        .from_input(&format!("owner.{year}.actual_return_other"))
    });
    let actual_tax = box3::tax_on_actual_return(actual_return, &pairs, tarief);
    for (n, (&(part, _, tax), a)) in actual_tax.iter().zip(&assessed).enumerate() {
        trace.step(|r| {
            let rate = r.read(&b3.tarief_pct);
            r.cite(&t.partners_naar_grondslag);
            Step::new(
                who(Text::new(Msg::FHTaxActual, vec![year.into()]), n),
                Arg::Euro(tax),
                Text::new(
                    Msg::XHTaxActual,
                    vec![Arg::Pct(rate), Arg::Euro(part), Arg::Euro(a.3)],
                ),
            )
        });
    }
    let persons: Vec<PersonYear> = assessed
        .iter()
        .zip(b.per_person())
        .zip(&actual_tax)
        .map(|((a, p), &(part, taxed, tax_actual))| {
            let tax_forfaitair = money::floor_euro(money::pct_of(a.3, tarief));
            PersonYear {
                share_pct: a.0,
                grondslag: p.grondslag,
                voordeel_forfaitair: a.1,
                voordeel_oud_stelsel: a.2,
                voordeel: a.3,
                tax_forfaitair,
                actual_return: part,
                taxed,
                tax_actual,
                refund: (tax_forfaitair - tax_actual).max(Decimal::ZERO),
            }
        })
        .collect();

    let provisional =
        t.voorlopige_jaren.years.contains(&year) || rules.year(year).is_some_and(|r| r.provisional);
    if provisional {
        sources.push(t.voorlopige_jaren.cite());
    }
    let until = ambtshalve_until(year, t.termijn_ambtshalve_jaren.value);
    let status = h.as_of.map(|d| {
        if d < Date::jan1(year + 1) {
            "not_over"
        } else if d <= until {
            "open"
        } else {
            "closed"
        }
    });
    let tax_forfaitair = persons.iter().map(|p| p.tax_forfaitair).sum::<Decimal>();
    let tax_actual = persons.iter().map(|p| p.tax_actual).sum::<Decimal>();
    let refund: Decimal = persons.iter().map(|p| p.refund).sum();
    trace.add(|| {
        Step::new(
            Text::new(Msg::FHRefund, vec![year.into()]),
            Arg::Euro(refund),
            Text::new(
                Msg::XHRefund,
                vec![Arg::Euro(tax_forfaitair), Arg::Euro(tax_actual)],
            ),
        )
        .uses(&t.partners_naar_grondslag)
    });
    trace.add(|| {
        Step::new(
            Text::new(Msg::FHDeadline, vec![year.into()]),
            until.to_string(),
            Text::new(Msg::XHDeadline, vec![until.to_string().into()]),
        )
        .uses(&t.termijn_ambtshalve_jaren)
    });
    Ok(YearResult {
        year,
        regime,
        provisional,
        tarief_pct: tarief,
        bank_balance: money::floor_euro(household.bank),
        other_assets: money::floor_euro(household.other_assets),
        debts: money::ceil_euro(household.debts),
        rendement: b.rendement,
        rendementsgrondslag: b.rendementsgrondslag,
        grondslag: b.grondslag,
        voordeel: persons.iter().map(|p| p.voordeel).sum(),
        tax_forfaitair,
        return_bank_and_other: owner.actual_return_other,
        dwellings,
        interest_paid,
        costs_not_deductible: costs,
        actual_return,
        tax_actual,
        refund,
        persons,
        deadline: Deadline {
            ambtshalve_until: until,
            bezwaar_weeks: money::to_count(t.termijn_bezwaar_weken.value, 6),
            status,
            source: format!(
                "{}; {}",
                t.termijn_ambtshalve_jaren.cite(),
                t.termijn_bezwaar_weken.cite()
            ),
        },
        sources,
        explain: trace.into_steps(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contract, Tenant};
    use rust_decimal_macros::dec;

    fn rules() -> (RuleSet, HistorieRules) {
        (
            RuleSet::built_in().unwrap(),
            HistorieRules::built_in().unwrap(),
        )
    }

    /// A history of one year of wealth without dwellings.
    fn owner_only(year: i32, partner: bool, o: OwnerYear) -> History {
        History {
            from: year,
            to: year,
            as_of: None,
            fiscal_partner: partner,
            partner_share_pct: dec!(50),
            owner: [(year, o)].into(),
            dwellings: vec![],
        }
    }

    fn one_year(h: &History) -> YearResult {
        let (r, hr) = rules();
        compute(h, &r, &hr, false).unwrap().years.remove(0)
    }

    /// A let dwelling: (year, WOZ, monthly rent on 1 January, flows of the year).
    fn dwelling(rows: &[(i32, Decimal, Decimal, Option<Flows>)]) -> Dwelling {
        Dwelling {
            name: "woning".into(),
            contract: Contract::Indefinite,
            tenant: Tenant::ThirdParty,
            market_rent: true,
            unsplit_building: false,
            years: rows
                .iter()
                .map(|&(y, woz, rent, flows)| {
                    (
                        y,
                        DwellingYear {
                            woz_value: woz,
                            monthly_rent: rent,
                            flows,
                        },
                    )
                })
                .collect(),
        }
    }

    // The worked examples (the Belastingdienst's of 2025, and 2021 and 2022 by hand from the law)
    // are data: tests/cases/history/.

    #[test]
    fn a_year_may_split_the_grondslag_otherwise() {
        let mut h = owner_only(
            2025,
            true,
            OwnerYear {
                bank_balance: dec!(400000),
                actual_return_other: dec!(3000),
                partner_share_pct: Some(dec!(80)),
                ..OwnerYear::default()
            },
        );
        let y = one_year(&h);
        // Grondslag 400,000 − 115,368 = 284,632: the owner 80% (227,705), the partner the rest.
        assert_eq!(
            (y.persons[0].grondslag, y.persons[1].grondslag),
            (dec!(227705), dec!(56927))
        );
        assert_eq!(
            (y.persons[0].actual_return, y.persons[1].actual_return),
            (dec!(2400), dec!(600))
        );
        h.owner.get_mut(&2025).unwrap().partner_share_pct = None;
        assert_eq!(one_year(&h).persons[0].share_pct, dec!(50));
    }

    #[test]
    fn savings_in_2022_are_taxed_at_nothing_under_the_rechtsherstel() {
        let y = one_year(&owner_only(
            2022,
            true,
            OwnerYear {
                bank_balance: dec!(200000),
                ..OwnerYear::default()
            },
        ));
        // Old: 49,350 × 1.818% = 897 each; new: 0% on bank balances.
        assert_eq!(y.persons[0].voordeel_oud_stelsel, Some(dec!(897)));
        assert_eq!((y.voordeel, y.tax_forfaitair), (dec!(0), dec!(0)));
    }

    #[test]
    fn a_missing_year_names_the_year_and_the_field() {
        let (r, hr) = rules();
        let mut h = owner_only(2023, false, OwnerYear::default());
        h.to = 2024;
        assert_eq!(
            compute(&h, &r, &hr, false).unwrap_err(),
            HistoryError::Missing {
                year: 2024,
                dwelling: None,
                field: "bank_balance"
            }
        );
        h.to = 2023;
        h.dwellings.push(dwelling(&[(
            2023,
            dec!(300000),
            dec!(1000),
            Some(Flows::default()),
        )]));
        let e = compute(&h, &r, &hr, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "2024: dwelling `woning`: `woz_value` is missing"
        );
    }

    #[test]
    fn provisional_years_are_marked() {
        let mut h = owner_only(2026, false, OwnerYear::default());
        h.owner.insert(2027, OwnerYear::default());
        h.to = 2027;
        h.as_of = Date::new(2026, 12, 7);
        let (r, hr) = rules();
        let res = compute(&h, &r, &hr, false).unwrap();
        assert!(res.years.iter().all(|y| y.provisional));
        assert_eq!(res.years[0].deadline.status, Some("not_over"));
        let y25 = one_year(&owner_only(2025, false, OwnerYear::default()));
        assert!(!y25.provisional);
    }

    #[test]
    fn the_old_law_runs_through_the_schijven() {
        let (_, hr) = rules();
        let o = &hr.rechtsherstel(2021).unwrap().oud_stelsel;
        assert_eq!(oud_stelsel_voordeel(dec!(0), o), dec!(0));
        // 949 + 900,000 × 4.501% (40,509) + 50,000 × 5.69% (2,845) = 44,303.
        assert_eq!(oud_stelsel_voordeel(dec!(1000000), o), dec!(44303));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

        /// The tegenbewijs never costs more than the forfaitair tax; the refund is the
        /// difference; the persons' parts of the actual return add up to it.
        #[test]
        fn the_tegenbewijs_never_costs_more(
            year in 2021i32..=2027,
            bank in 0i64..=500_000,
            other in 0i64..=500_000,
            debts in 0i64..=300_000,
            actual in -50_000i64..=80_000,
            partner: bool,
            share in 0i64..=100,
        ) {
            let mut h = owner_only(
                year,
                partner,
                OwnerYear {
                    bank_balance: Decimal::from(bank),
                    other_assets: Decimal::from(other),
                    other_debts: Decimal::from(debts),
                    actual_return_other: Decimal::from(actual),
                    ..OwnerYear::default()
                },
            );
            h.partner_share_pct = Decimal::from(share);
            let y = one_year(&h);
            proptest::prop_assert!(y.tax_actual <= y.tax_forfaitair);
            proptest::prop_assert_eq!(y.refund, y.tax_forfaitair - y.tax_actual);
            let parts: Decimal = y.persons.iter().map(|p| p.actual_return).sum();
            proptest::prop_assert_eq!(parts, Decimal::from(actual.max(0)));
            for p in &y.persons {
                proptest::prop_assert!(p.voordeel <= p.voordeel_forfaitair);
                proptest::prop_assert!(p.taxed <= p.voordeel);
            }
        }

        /// The old law's voordeel grows with the grondslag.
        #[test]
        fn the_old_law_rises_with_the_grondslag(a in 0i64..=3_000_000, b in 0i64..=3_000_000) {
            let (_, hr) = rules();
            for year in [2021, 2022] {
                let o = &hr.rechtsherstel(year).unwrap().oud_stelsel;
                let (lo, hi) = (a.min(b), a.max(b));
                proptest::prop_assert!(
                    oud_stelsel_voordeel(Decimal::from(lo), o)
                        <= oud_stelsel_voordeel(Decimal::from(hi), o)
                );
            }
        }
    }
}
