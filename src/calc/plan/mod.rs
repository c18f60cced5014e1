//! Sell now versus keep renting, year by year over a horizon (methods.md §4).
//!
//! Both routes start from the household's position on 1 January of the tax year and end with
//! everything in money at the end of the last year. Each route pays the Box 3 tax it adds to the
//! household: the household's tax with the route's assets minus the tax on the owner's other
//! wealth alone, with the rules of each year (the latest known year carried forward). Amounts are
//! kept in cents from year to year.
//!
//! A plan runs under one [`Future`] of Box 3: today's forfaitair system carried forward, or the
//! bill on actual returns (Wet werkelijk rendement box 3) from the year the rules declare it
//! (see [`crate::werkelijk_rendement`]): then each route pays the tax on its actual result, and
//! the keep route pays the tax on the dwelling's gain at the sale.

mod explain;
mod memo;
mod rerun;
mod route;
mod schedule;
mod uitpond;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::explain::Trace;
use crate::leegwaarderatio;
use crate::model::{Alternative, Mortgage, Owner, Segment};
use crate::money;
use crate::rules::{Box3Regime, RuleSet};

use super::solve::{Direction, Range, Shape, approx, irr, root};
pub use explain::explain_future;
pub use rerun::Rerun;
pub use route::Plan;
pub use uitpond::{Turnover, Uitpond, UitpondYear};

/// The Box 3 future a plan runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Future {
    /// Today's forfaitair system, the latest known year carried forward.
    Forfaitair,
    /// The bill on actual returns from the year the rules declare it.
    Bill,
}

impl Future {
    /// The word used in the property file and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Future::Forfaitair => "forfaitair",
            Future::Bill => "bill",
        }
    }
}

/// Everything the plan needs, with defaults applied.
#[derive(Debug, Clone)]
pub struct Input {
    pub tax_year: i32,
    pub years: u32,
    pub woz_value: Decimal,
    pub vacant_value: Decimal,
    pub monthly_rent: Decimal,
    /// How the dwelling is let on 1 January of the first year; later years are let on 1 January.
    pub letting: leegwaarderatio::Letting,
    pub segment: Segment,
    pub fixed_costs: Decimal,
    /// Vacancy and management, percent of the rent.
    pub rent_loss_pct: Decimal,
    /// Vacancy alone, percent of the year: the dwelling is let the rest (for the bill's
    /// vastgoedbijtelling).
    pub vacancy_pct: Decimal,
    pub mortgage: Option<Mortgage>,
    pub owner: Owner,
    pub value_growth_pct: Decimal,
    pub rent_growth_pct: Decimal,
    pub alternative_return_pct: Decimal,
    pub alternative: Alternative,
    pub selling_costs_pct: Decimal,
    /// Sale price today, by the chosen route.
    pub sale_price_now: Decimal,
    /// Sale price at the end as a share of the vacant value then (tenanted or to the tenant).
    pub end_price_share: Decimal,
    /// Costs of a vacant sale after ending the lease (legal costs and waiting), deducted at the end
    /// when the route is `vacant`.
    pub end_sale_deduction: Decimal,
    /// The uitpond route's chance per year that the tenant leaves, in percent (`plan.sale =
    /// "at_turnover"`): then the dwelling is sold vacant at the end of that year.
    pub turnover_pct: Option<Decimal>,
    /// An improvement done during a later plan year (a label upgrade); `None` for none.
    pub improvement: Option<Improvement>,
}

/// An improvement of the dwelling done during plan year `year`: its cost is paid that year, and
/// from 1 January of the next year the dwelling is the improved one: its rent is received from
/// that year (a rent increase for an improvement takes effect once the work is done, art. 7:243
/// and 7:255 BW), and its value on that day (the end of the year of the work) is the improved
/// dwelling's. The rent and the value are given in the prices of the plan's first year and grow
/// as the plan's own (the rent by the legal maximum increase of the improved dwelling's sector).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Improvement {
    /// The calendar year the work is done and paid.
    pub year: i32,
    /// What it costs, paid in `year`; under the bill it adds to the acquisition price.
    pub cost: Decimal,
    /// The kale huur per month of the improved dwelling, in the first year's prices.
    pub monthly_rent: Decimal,
    /// The improved dwelling's sector (its legal maximum rent increase).
    pub segment: Segment,
    /// The improved dwelling's vacant value, in the first year's prices.
    pub vacant_value: Decimal,
    /// The improved dwelling's sale price at the end as a share of its vacant value.
    pub end_price_share: Decimal,
}

/// One year of both routes.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Year {
    pub year: i32,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub costs: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub interest: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub repayment: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_box3_tax: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_cash_flow: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_savings: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub property_value: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub mortgage_balance: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_net_worth: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sell_box3_tax: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sell_net_worth: Decimal,
    /// The Box 3 regime of the year in this plan's future.
    pub regime: Box3Regime,
    /// Under the bill: the tax the dwelling's gain would add when sold at the end of this year
    /// (included in `keep_net_worth`); the one of the last year is paid.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub gain_tax: Decimal,
    /// The WOZ value of the year: its waardepeildatum is 1 January of the year before (art. 18
    /// lid 2 Wet WOZ). The tax year's is the file's `woz_value`; a later year's is the plan's own
    /// vacant value on 1 January of the year before.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub woz_value: Decimal,
    /// Under the bill: the keep route's result of the year (rent − costs − interest + the return
    /// on its savings).
    #[serde(skip)]
    pub keep_result: Option<Decimal>,
    /// Under the bill: the dwelling's acquisition price for the gain (start value on 1 January
    /// of the first year of the regime, plus improvements since).
    #[serde(skip)]
    pub basis: Option<Decimal>,
    /// Under the bill: the WOZ value the start value was taken from (waardepeildatum 1 January
    /// of the regime's first year).
    #[serde(skip)]
    pub basis_woz: Option<Decimal>,
    /// Under the bill: the notional income of a dwelling not let with rent protection, when it
    /// exceeded the rent and was counted instead (the vastgoedbijtelling).
    #[serde(
        serialize_with = "crate::money::ser::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub vastgoedbijtelling: Option<Decimal>,
    /// The keep route's net worth were the dwelling sold vacant at the end of this year (the
    /// vacant value less selling costs, the mortgage and, under the bill, the tax on that gain).
    #[serde(skip)]
    pub vacant_net_worth: Decimal,
}

/// Keeping until the end of the year before the bill's regime, then selling (the gain is then
/// not taxed) and holding the money to the end.
#[derive(Debug, Clone, PartialEq)]
pub struct SellLater {
    /// The year at whose end the dwelling is sold.
    pub year: i32,
    /// Net worth of keeping at that moment: the money the sale leaves.
    pub proceeds: Decimal,
    /// Money at the end of the plan.
    pub net_worth: Decimal,
}

/// The outcome of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub proceeds_now: Decimal,
    pub keep_net_worth: Decimal,
    pub sell_net_worth: Decimal,
    /// keep − sell.
    pub difference: Decimal,
    /// The value growth a year at which keeping and selling now leave the same, rounded to 0.01
    /// point: exactly, whatever path the search takes (`difference` changes sign between 0.005
    /// point below and above it, see [`crate::calc::solve`]); `None` when there is none in the
    /// range searched (with details only).
    pub break_even_growth_pct: Option<Decimal>,
    /// The internal rate of return of keeping (the price now against the keep route's cash
    /// flows and its net worth at the end), rounded to 0.01 percent in the same way (see
    /// [`crate::calc::solve::irr`]; with details only).
    pub keep_irr_pct: Option<Decimal>,
    pub years: Vec<Year>,
    /// Years whose rules were carried from another year: (year, year used).
    pub carried: Vec<(i32, i32)>,
    pub future: Future,
    /// Under the bill: the tax on the dwelling's gain at the sale at the end (with details).
    pub gain_tax: Decimal,
    /// Under the bill: the dwelling's start value (with details).
    pub start_value: Option<Decimal>,
    /// Under the bill: the WOZ value the start value was taken from (waardepeildatum 1 January
    /// of the regime's first year: the plan's own value then), with details.
    pub start_woz: Option<Decimal>,
    /// Selling at the end of the year before the bill's regime (with details, when the plan
    /// runs past it).
    pub sell_later: Option<SellLater>,
    /// The uitpond route (with details, when `plan.sale = "at_turnover"`).
    pub uitpond: Option<Uitpond>,
}

/// Run the plan. `with_details` adds the break-even growth, the IRR and the year-by-year rows.
pub fn compute(i: &Input, rules: &RuleSet, with_details: bool, trace: &mut Trace) -> Outcome {
    outcome(&Plan::new(i, rules), rules, with_details, trace)
}

/// The outcome of a prepared plan (see [`compute`]).
pub fn outcome(plan: &Plan, rules: &RuleSet, with_details: bool, trace: &mut Trace) -> Outcome {
    outcome_after(plan, &[], rules, with_details, trace)
}

/// [`outcome`], the keep route of the plan as prepared continued after `head` (the rows of the
/// plan it was derived from, see [`Plan::under`]).
fn outcome_after(
    plan: &Plan,
    head: &[Year],
    rules: &RuleSet,
    with_details: bool,
    trace: &mut Trace,
) -> Outcome {
    let i = plan.input;
    let proceeds_now = plan.sell.0;
    let sell_nw = plan.sell_net_worth();
    let mut rows = Vec::with_capacity(if with_details { plan.years.len() } else { 0 });
    let mut flows = Vec::with_capacity(plan.years.len() + 1);
    flows.push(-proceeds_now);
    let keep_nw = if with_details {
        plan.keep_after(&plan.as_prepared(), head, Some(&mut rows), Some(&mut flows))
    } else if i.turnover_pct.is_some() {
        // The uitpond route is worked out from the rows, also when they are not reported.
        plan.keep_after(&plan.as_prepared(), head, Some(&mut rows), None)
    } else {
        plan.keep_after(&plan.as_prepared(), head, None, None)
    };
    let mut uitpond = i
        .turnover_pct
        .and_then(|p| uitpond::compute(plan, &rows, keep_nw, p));
    if !with_details {
        rows.clear();
    }
    // The value growth at which uitponden leaves as much as selling now (with details).
    if let (Some(u), true) = (uitpond.as_mut(), with_details) {
        uitpond::path(plan, &rows, u);
        let d0 = u.expected_net_worth - sell_nw;
        let at = |g: Decimal| {
            let mut rows = Vec::with_capacity(plan.years.len());
            let nw = plan.keep_after(&Rerun::at_growth(g), &[], Some(&mut rows), None);
            uitpond::compute(plan, &rows, nw, u.turnover_pct)
                .map_or(Decimal::ZERO, |v| v.expected_net_worth - sell_nw)
        };
        // Most outcomes are vacant sales: the slope of the vacant value's.
        u.break_even_growth_pct = break_even(plan, rules, &rows, d0, Decimal::ONE, at);
    }
    let difference = keep_nw - sell_nw;
    let (break_even, keep_irr) = if with_details {
        let be = break_even(plan, rules, &rows, difference, i.end_price_share, |g| {
            plan.keep(&Rerun::at_growth(g), None, None) - sell_nw
        });
        let irr = if proceeds_now > Decimal::ZERO {
            irr(&flows)
        } else {
            None
        };
        (be, irr)
    } else {
        (None, None)
    };
    let wr_from = rules.werkelijk_rendement_from();
    let carried: Vec<(i32, i32)> = plan
        .years
        .iter()
        .filter_map(|y| match (y.wr, wr_from) {
            (Some(_), Some(from)) => (y.year > from).then_some((y.year, from)),
            _ => y.box3_carried_from.map(|from| (y.year, from)),
        })
        .collect();
    // Selling at the end of the year before the bill's regime, when the plan runs past it.
    let sell_later = wr_from.filter(|_| plan.sell_later).and_then(|from| {
        let t = rows.iter().position(|r| r.year == from - 1)?;
        (t + 1 < rows.len()).then(|| {
            let proceeds = rows[t].keep_net_worth;
            SellLater {
                year: from - 1,
                proceeds,
                net_worth: plan.money_from(t + 1, proceeds, None),
            }
        })
    });
    let gain_tax = rows.last().map(|r| r.gain_tax).unwrap_or_default();
    let start_value = rows.iter().find_map(|r| r.basis);
    let start_woz = rows.iter().find_map(|r| r.basis_woz);
    let o = Outcome {
        proceeds_now,
        keep_net_worth: keep_nw,
        sell_net_worth: sell_nw,
        difference,
        break_even_growth_pct: break_even,
        keep_irr_pct: keep_irr,
        years: rows,
        carried,
        future: plan.future,
        gain_tax,
        start_value,
        start_woz,
        sell_later,
        uitpond,
    };
    explain::outcome(&o, i, rules, with_details, trace);
    if let Some(u) = &o.uitpond {
        uitpond::explain(u, i, rules, trace);
    }
    o
}

/// The break-even value growth of `plan`: the growth a year, in `rules.market`'s range, at
/// which `difference` (a route's net worth at the end less selling now, rising with the growth)
/// is zero, rounded to 0.01 point: exactly, whatever path the search takes (see
/// [`crate::calc::solve`]: the reported growth `k` has `difference(k − 0.005) ≤ 0 <
/// difference(k + 0.005)`); `None` when there is none in the range. `d0` is the difference at
/// the plan's own growth (from its run, whose year rows are `rows`); the search starts from it,
/// the difference taken as linear in the end sale's value, which grows with `(1 + g)^N`
/// (`end_share` of the vacant value less selling costs at the end of the plan's N years): each
/// further guess is the line through the two latest points in that variable.
fn break_even(
    plan: &Plan,
    rules: &RuleSet,
    rows: &[Year],
    d0: Decimal,
    end_share: Decimal,
    difference: impl FnMut(Decimal) -> Decimal,
) -> Option<Decimal> {
    let i = plan.input;
    let g0 = i.value_growth_pct;
    let n = i.years.max(1);
    let shape = Shape::Power(f64::from(n));
    // The end sale is K × (1 + g)^N: K is the slope of the difference in (1 + g)^N, less what
    // today's Box 3 takes of the growth. Each year's tax of the keep route is taken to grow
    // with its WOZ value (from the second year on: the first year's is the file's), and to
    // cost its amount with the alternative return at the end. A guess only (in floating
    // point): it steers the search, the result does not depend on it.
    let k = i.vacant_value * end_share * (Decimal::ONE - money::div100(i.selling_costs_pct));
    let a = 1.0 + approx(i.alternative_return_pct) / 100.0;
    let drag = rows
        .iter()
        .enumerate()
        .filter(|(_, y)| y.regime == Box3Regime::Forfaitair && !y.keep_box3_tax.is_zero())
        .map(|(t, y)| {
            let tax = approx(y.keep_box3_tax);
            tax * t.saturating_sub(1) as f64 * a.powi(rows.len() as i32 - 1 - t as i32)
        })
        .sum::<f64>();
    let end = approx(k) * f64::from(n) * (1.0 + approx(g0) / 100.0).powi(n as i32);
    let kept = (1.0 - drag / end).clamp(0.5, 1.0);
    let guess = (k > Decimal::ZERO)
        .then(|| shape.root_of_line(g0, d0, k * Decimal::from_f64(kept).unwrap_or(Decimal::ONE)))
        .flatten();
    root(
        Range {
            lo: rules.market.break_even_low_pct.value,
            hi: rules.market.break_even_high_pct.value,
        },
        Direction::Rising,
        shape,
        Some((g0, d0)),
        guess,
        difference,
    )
}

/// The plan's input for a scenario, when the property has a `[plan]` section: the defaults
/// resolved, the sale price now by the chosen route (`val` for a tenanted sale or to the tenant;
/// the vacant value less the costs of ending the lease for a vacant sale), and the rent the
/// dwelling can sustain (`monthly_rent`: the legal maximum when the rent is above it).
pub fn input(
    s: &crate::scenario::Scenario,
    segment: Segment,
    monthly_rent: Decimal,
    val: &crate::valuation::Valuation,
) -> Option<Input> {
    let p = s.property;
    let x = p.plan.as_ref()?;
    let v = p.vacant_value();
    let default_return = match s.alternative {
        Alternative::Savings => s.box3.rendement_banktegoeden_pct.value,
        Alternative::Investments => s.box3.rendement_overige_bezittingen_pct.value,
    };
    let eviction_cost = s.eviction_cost();
    let (price_now, share, deduction) = match s.sale {
        crate::model::Sale::Tenanted | crate::model::Sale::AtTurnover => {
            (val.tenanted_value, val.tenanted_value / v, Decimal::ZERO)
        }
        crate::model::Sale::ToTenant => {
            (val.to_tenant_value, val.to_tenant_value / v, Decimal::ZERO)
        }
        crate::model::Sale::Vacant => (v - eviction_cost, Decimal::ONE, eviction_cost),
    };
    Some(Input {
        tax_year: s.year,
        years: x
            .years
            .unwrap_or_else(|| money::to_count(s.market.plan_years.value, 10)),
        woz_value: p.woz_value,
        vacant_value: v,
        monthly_rent,
        letting: p.letting(),
        segment,
        fixed_costs: s.fixed_costs,
        rent_loss_pct: s.rent_loss_pct,
        vacancy_pct: p.costs.vacancy_pct,
        mortgage: p.mortgage.clone(),
        owner: p.owner.clone(),
        value_growth_pct: s.value_growth_pct.value,
        rent_growth_pct: s.rent_growth_pct.value,
        alternative_return_pct: x.alternative_return_pct.unwrap_or(default_return),
        alternative: s.alternative,
        selling_costs_pct: s.selling_costs_pct.value,
        sale_price_now: price_now,
        end_price_share: share,
        end_sale_deduction: deduction,
        turnover_pct: (s.sale == crate::model::Sale::AtTurnover).then_some(s.turnover_pct.value),
        improvement: None,
    })
}

/// The first year under the bill on actual returns, when the plan `i` reaches it.
pub fn bill_from(i: &Input, rules: &RuleSet) -> Option<i32> {
    rules
        .werkelijk_rendement_from()
        .filter(|from| i.tax_year + i.years as i32 > *from)
}

/// The plan under each Box 3 future `future` asks for, today's (`forfaitair`, already run on the
/// plan `prepared`) first; the bill's is run only when the plan reaches its regime (else it is
/// today's), with the break-even growth, the IRR and the rows when `with_details`.
pub fn futures<'a>(
    rules: &'a RuleSet,
    prepared: &Plan<'a>,
    forfaitair: &Outcome,
    future: crate::model::Box3Future,
    with_details: bool,
) -> Vec<Outcome> {
    use crate::model::Box3Future;
    let i = prepared.input;
    let bill = || match bill_from(i, rules) {
        Some(_) => {
            // Today's prepared plan holds all that does not depend on the future.
            let pl = prepared.under(rules, Future::Bill);
            // The years before the bill's run as today's: its keep route starts from theirs.
            outcome_after(
                &pl,
                &forfaitair.years,
                rules,
                with_details,
                &mut Trace::new(false),
            )
        }
        None => Outcome {
            future: Future::Bill,
            ..forfaitair.clone()
        },
    };
    match future {
        Box3Future::Both => vec![forfaitair.clone(), bill()],
        Box3Future::Bill => vec![bill()],
        Box3Future::Forfaitair => vec![forfaitair.clone()],
    }
}
