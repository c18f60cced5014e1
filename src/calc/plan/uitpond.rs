//! Uitponden: keep the dwelling let until the tenant leaves, then sell it vacant.
//!
//! Each year the tenant leaves with the turnover chance `p`, at the end of the year. The first
//! turnover falls in plan year `t` (1-based) with chance (1 − p)^(t−1) × p; the dwelling is then
//! sold vacant at the end of that year (the vacant value less selling costs, the mortgage and,
//! under the bill, the tax on that gain) and the money is held to the end of the plan. With
//! chance (1 − p)^N the tenant stays for all N years and the dwelling is sold at the end as the
//! keep route sells it. The expected net worth is the sum of the outcomes weighted by their
//! chances, computed exactly from the keep route's year rows.

use rust_decimal::Decimal;

use super::route::Plan;
use super::{Input, Year};
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::{self, round_cents};
use crate::rules::RuleSet;

/// One outcome of the uitpond route.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Turnover {
    /// The year at whose end the dwelling is sold.
    pub year: i32,
    /// Whether it is sold vacant (the tenant left that year) or let (the tenant stayed to the end).
    pub vacant: bool,
    /// The chance of this outcome, as a fraction.
    pub chance: Decimal,
    /// Money at the end of the plan in this outcome.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_worth: Decimal,
}

/// The uitpond route under one Box 3 future.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitpond {
    /// The chance per year that the tenant leaves, in percent.
    pub turnover_pct: Decimal,
    /// The expected money at the end of the plan, in cents.
    pub expected_net_worth: Decimal,
    /// The 10th and the 90th percentile of the sale year.
    pub sale_year_p10: i32,
    pub sale_year_p90: i32,
    /// Every outcome: a vacant sale at the end of each year, then the let sale at the end.
    pub outcomes: Vec<Turnover>,
    /// The value growth per year at which the expected net worth equals selling now, rounded to
    /// 0.01 point exactly as the keep route's break-even growth (with the plan's details; `None`
    /// when there is none in the search range).
    pub break_even_growth_pct: Option<Decimal>,
    /// The route year by year (with the plan's details; empty otherwise).
    pub years: Vec<UitpondYear>,
}

/// One year of the uitpond route, expected over the turnover chances.
#[derive(Debug, Clone, PartialEq)]
pub struct UitpondYear {
    pub year: i32,
    /// The expected money at the end of the year: the outcomes sold by then with their money
    /// held since, and the dwelling still let at the keep route's net worth of the year.
    pub expected_net_worth: Decimal,
    /// The expected Box 3 tax of the year: the keep route's while the dwelling is let, the tax
    /// on the money held after a sale.
    pub expected_box3_tax: Decimal,
}

/// The uitpond route of `plan` from the keep route's `rows` (every year of the plan) and its net
/// worth at the end `keep_net_worth`, at the turnover chance `turnover_pct` per year.
pub(super) fn compute(
    plan: &Plan,
    rows: &[Year],
    keep_net_worth: Decimal,
    turnover_pct: Decimal,
) -> Option<Uitpond> {
    let last = rows.last()?;
    let p = money::div100(turnover_pct);
    let stay = Decimal::ONE - p;
    let mut outcomes = Vec::with_capacity(rows.len() + 1);
    // The chance that the tenant is still there at the start of the year.
    let mut staying = Decimal::ONE;
    for (k, r) in rows.iter().enumerate() {
        let net_worth = if k + 1 < rows.len() {
            plan.money_from(k + 1, r.vacant_net_worth, None)
        } else {
            r.vacant_net_worth
        };
        outcomes.push(Turnover {
            year: r.year,
            vacant: true,
            chance: staying * p,
            net_worth,
        });
        staying *= stay;
    }
    outcomes.push(Turnover {
        year: last.year,
        vacant: false,
        chance: staying,
        net_worth: keep_net_worth,
    });
    let expected_net_worth = round_cents(
        outcomes
            .iter()
            .map(|o| o.chance * o.net_worth)
            .sum::<Decimal>(),
    );
    let percentile = |q: Decimal| {
        let mut cumulative = Decimal::ZERO;
        outcomes
            .iter()
            .find(|o| {
                cumulative += o.chance;
                cumulative >= q
            })
            .map_or(last.year, |o| o.year)
    };
    let u = Uitpond {
        turnover_pct,
        expected_net_worth,
        sale_year_p10: percentile(Decimal::new(1, 1)),
        sale_year_p90: percentile(Decimal::new(9, 1)),
        outcomes,
        break_even_growth_pct: None,
        years: Vec::new(),
    };
    Some(u)
}

/// Fill `u.years`: the route year by year from the keep route's `rows`, each outcome's money
/// held from its sale to the end. The last year's expected net worth is the route's.
pub(super) fn path(plan: &Plan, rows: &[Year], u: &mut Uitpond) {
    let n = rows.len();
    let p = money::div100(u.turnover_pct);
    let mut net_worth = vec![Decimal::ZERO; n];
    let mut tax = vec![Decimal::ZERO; n];
    // The chance that the tenant is still there at the start of the year.
    let mut staying = Decimal::ONE;
    let mut held = Vec::with_capacity(n);
    for (t, r) in rows.iter().enumerate() {
        tax[t] += staying * r.keep_box3_tax;
        let leaves = staying * p;
        staying -= leaves;
        net_worth[t] += staying * r.keep_net_worth + leaves * r.vacant_net_worth;
        if t + 1 < n {
            held.clear();
            plan.money_from(t + 1, r.vacant_net_worth, Some(&mut held));
            for (k, (box3_tax, money)) in held.iter().enumerate() {
                tax[t + 1 + k] += leaves * box3_tax;
                net_worth[t + 1 + k] += leaves * money;
            }
        }
    }
    u.years = rows
        .iter()
        .zip(net_worth.into_iter().zip(tax))
        .map(|(r, (nw, tax))| UitpondYear {
            year: r.year,
            expected_net_worth: round_cents(nw),
            expected_box3_tax: round_cents(tax),
        })
        .collect();
}

/// One step per outcome (its chance times its net worth) and one for the expected net worth,
/// each citing the turnover chance (and a vacant sale its selling costs).
pub(super) fn explain(u: &Uitpond, i: &Input, rules: &RuleSet, trace: &mut Trace) {
    let market = &rules.market;
    let turnover =
        |s: Step| s.assumption("lease.turnover_pct", u.turnover_pct, &market.turnover_pct);
    for o in &u.outcomes {
        trace.add(|| {
            let s = Step::new(
                Text::new(
                    if o.vacant {
                        Msg::FUitpondVacant
                    } else {
                        Msg::FUitpondLet
                    },
                    vec![o.year.into()],
                ),
                Arg::Cents(round_cents(o.chance * o.net_worth)),
                Text::new(
                    Msg::XUitpondTerm,
                    vec![
                        Arg::Pct((o.chance * money::HUNDRED).round_dp(4)),
                        Arg::Cents(o.net_worth),
                    ],
                ),
            );
            let s = turnover(s);
            if o.vacant {
                s.assumption(
                    "plan.selling_costs_pct",
                    i.selling_costs_pct,
                    &market.selling_costs_pct,
                )
            } else {
                s
            }
        });
    }
    trace.add(|| {
        let s = Step::new(
            Text::new(Msg::FUitpondExpected, vec![]),
            Arg::Cents(u.expected_net_worth),
            Text::new(
                Msg::XUitpondExpected,
                vec![
                    Arg::Pct(u.turnover_pct),
                    u.sale_year_p10.into(),
                    u.sale_year_p90.into(),
                ],
            ),
        );
        turnover(s).from_input("plan.sale")
    });
}

impl Plan<'_> {
    /// The keep route's net worth at the end for the rerun `r`, and the uitpond route's expected
    /// net worth at the turnover chance `turnover_pct` per year from the same run (`None`
    /// without a year). The sensitivity grid asks for both at each value growth.
    pub fn keep_and_uitpond(
        &self,
        r: &super::Rerun,
        turnover_pct: Decimal,
    ) -> (Decimal, Option<Decimal>) {
        let mut rows = Vec::with_capacity(self.years.len());
        let keep = self.keep_after(r, &[], Some(&mut rows), None);
        let expected = compute(self, &rows, keep, turnover_pct).map(|u| u.expected_net_worth);
        (keep, expected)
    }
}
