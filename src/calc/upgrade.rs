//! A label upgrade as a what-if (`[upgrade]`): the dwelling as it is beside the dwelling with
//! the better label, both run through the same calculations (WWS, value in rented state, the
//! plan under each Box 3 future). Nothing here computes a figure of its own beyond the cost
//! and the comparison: the dwelling after the upgrade is a changed [`Property`] given to the
//! modules that compute the dwelling as it is, and the plan with the upgrade is the plan as it
//! is with a dated improvement ([`plan::Improvement`]): the one place where the plan applies it.
//!
//! When: the work is done and paid in `upgrade.year` (default the tax year); from 1 January of
//! the next year the plan takes the improved dwelling's rent and value. The rent after the
//! upgrade: a sitting tenant's rent rises only by the legal yearly increase, or by an increase
//! for the improvement that the tenant agrees to, once the work is done (art. 7:243 and 7:255
//! BW). With `upgrade.rent_after` the plan takes that rent (capped at the new maximum in a
//! regulated sector); without it the plan keeps the sitting tenant's rent, and the new maximum
//! rent is what the landlord may ask a new tenant at turnover. The rent and the value after are
//! in the tax year's prices and grow as the plan's. The payback year is counted from the
//! upgrade's year; the year also decides whether the 2029 rule is met.
//!
//! Limits: the vacant value changes only by `upgrade.value_after`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Box3Future, Property, Segment, UpgradeInput};
use crate::money;
use crate::plan;
use crate::rules::RuleSet;
use crate::scenario::Scenario;
use crate::warnings::{Cheapest, below_d};
use crate::wws::{self, Wws};
use crate::{leegwaarderatio, valuation};

/// Where the cost comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostBasis {
    /// The landlord's quote (`upgrade.cost`).
    Quote,
    /// The cost matrix per m² of the rules, less the subsidy.
    Matrix,
}

/// The cost of the upgrade.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cost {
    /// What the landlord pays, euros.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub amount: Decimal,
    pub basis: CostBasis,
    /// With the matrix: euros per m² for the step.
    #[serde(
        serialize_with = "crate::money::ser::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub per_m2: Option<Decimal>,
    /// With the matrix: the cost before the subsidy (per m² × surface).
    #[serde(
        serialize_with = "crate::money::ser::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub before_subsidy: Option<Decimal>,
    /// With the matrix: the subsidy deducted.
    #[serde(
        serialize_with = "crate::money::ser::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub subsidy: Option<Decimal>,
}

/// The rent the plan takes after the upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RentBasis {
    /// `upgrade.rent_after`, agreed with the sitting tenant or a new tenant's.
    Stated,
    /// The sitting tenant's rent, with only the legal yearly increases.
    SittingTenant,
}

/// What the upgrade changes under one Box 3 future of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FutureEffect {
    /// `"forfaitair"` or `"bill"`.
    pub future: &'static str,
    /// Net worth of keeping at the end of the plan, without and with the upgrade.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_net_worth_without: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_net_worth_with: Decimal,
    /// with − without.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_worth_change: Decimal,
    /// The Box 3 tax of the keep route over the plan (the tax on the gain at the sale
    /// included), without and with the upgrade.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box3_tax_without: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box3_tax_with: Decimal,
    /// The first year from the upgrade's by whose end the extra cash flows of the keep route
    /// (after Box 3) have paid back the cost; `None` when not within the plan.
    pub payback_year: Option<i32>,
}

/// What the upgrade changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Upgrade {
    pub label_before: String,
    pub target_label: String,
    pub year: i32,
    pub cost: Cost,
    pub points_before: u32,
    pub points_after: u32,
    pub sector_before: Segment,
    pub sector_after: Segment,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub max_rent_before: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub max_rent_after: Decimal,
    /// The monthly rent the valuation and the plan take, without and with the upgrade.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent_before: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent_after: Decimal,
    pub rent_basis: RentBasis,
    /// The most a new tenant may be asked after the upgrade (the maximum rent of a regulated
    /// sector); `None` in the free sector (the market decides).
    #[serde(
        serialize_with = "crate::money::ser::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub rent_at_turnover: Option<Decimal>,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub vacant_value_before: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub vacant_value_after: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub tenanted_value_before: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub tenanted_value_after: Decimal,
    /// The Box 3 value on 1 January (WOZ × leegwaarderatio) at the rent before and after.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box3_value_before: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box3_value_after: Decimal,
    /// The plan with and without the upgrade, under each Box 3 future (empty without a plan).
    pub futures: Vec<FutureEffect>,
    /// The year before whose 1 January a let dwelling must have the minimum label.
    pub deadline_year: Option<i32>,
    /// Whether the dwelling meets the minimum label in time without the upgrade, and with it.
    pub meets_deadline_without: bool,
    pub meets_deadline_with: bool,
}

/// The cost of going from `p`'s label to `target`: `quote` when given, else the matrix per m²
/// times the surface, less the subsidy (never below zero). `None` when there is no quote and the
/// matrix has no such step.
pub fn cost(
    p: &Property,
    target: &str,
    quote: Option<Decimal>,
    rules: &RuleSet,
    trace: &mut Trace,
) -> Option<Cost> {
    if let Some(q) = quote {
        trace.add(|| {
            Step::new(
                "upgrade_cost",
                Arg::Euro(q),
                Text::new(Msg::XUpgradeQuote, vec![]),
            )
            .from_input("upgrade.cost")
        });
        return Some(Cost {
            amount: q,
            basis: CostBasis::Quote,
            per_m2: None,
            before_subsidy: None,
            subsidy: None,
        });
    }
    let matrix = &rules.checks.upgrade_cost;
    let m = matrix.cost(
        &p.energy_label,
        target,
        p.surface_m2,
        rules.market.energy_upgrade_subsidy.value,
    )?;
    let (per_m2, gross, subsidy, amount) = (m.per_m2, m.gross, m.subsidy, m.net);
    trace.step(|r| {
        let sub = r.read(&rules.market.energy_upgrade_subsidy);
        r.cite(matrix);
        Step::new(
            "upgrade_cost",
            Arg::Euro(amount),
            Text::new(
                Msg::XUpgradeMatrix,
                vec![
                    Arg::Cents(per_m2),
                    p.energy_label.clone().into(),
                    target.to_string().into(),
                    Arg::Num(p.surface_m2),
                    Arg::Euro(gross),
                    Arg::Euro(sub.min(gross)),
                    matrix.price_year.into(),
                ],
            ),
        )
        .from_input("property.surface_m2")
    });
    Some(Cost {
        amount,
        basis: CostBasis::Matrix,
        per_m2: Some(per_m2),
        before_subsidy: Some(gross),
        subsidy: Some(subsidy),
    })
}

/// The dwelling after the upgrade `u`: the target label (the points of a Huurcommissie check
/// moved by the label's points, `after_points`), the rent stated and the value stated. A
/// segment given in the file stays (the lease's regime as stated); without one the new points
/// decide it.
pub fn after(p: &Property, u: &UpgradeInput, after_points: Option<u32>) -> Property {
    let mut q = p.clone();
    q.energy_label = u.target_label.clone();
    if q.wws_points.is_some() {
        q.wws_points = after_points;
    }
    if let Some(d) = q.wws.as_mut() {
        // The new label replaces an energy index, and is recorded now.
        d.energy_index = None;
        d.energy_label_date = None;
    }
    if let Some(r) = u.rent_after {
        q.lease.monthly_rent = r;
        q.lease.next_monthly_rent = None;
    }
    if let Some(v) = u.value_after {
        q.market_value = Some(v);
    }
    q.upgrade = None;
    q
}

/// The first year from `from` (the upgrade's year, when its cost is paid) by whose end the
/// cumulative `extra` cash flows (one per year of `years`) are no longer negative: the payback
/// year. `None` when they stay negative.
pub fn payback_year(years: &[i32], extra: &[Decimal], from: i32) -> Option<i32> {
    let mut sum = Decimal::ZERO;
    years
        .iter()
        .zip(extra)
        .filter(|(y, _)| **y >= from)
        .find_map(|(&y, &e)| {
            sum += e;
            (sum >= Decimal::ZERO).then_some(y)
        })
}

/// The dwelling as it is, as the evaluation computed it.
#[derive(Clone, Copy)]
pub struct Before<'a> {
    pub wws: &'a Wws,
    /// The rent the valuation and the plan take.
    pub rent: Decimal,
    pub valuation: &'a valuation::Valuation,
    pub box3_value: Decimal,
    pub plan: Option<&'a plan::Input>,
}

/// The plan's keep route of `pi` under `future`: the net worth at the end and the rows.
fn keep(pi: &plan::Input, rules: &RuleSet, future: plan::Future) -> (Decimal, Vec<plan::Year>) {
    let base = plan::Plan::new(pi, rules);
    let pl = match future {
        plan::Future::Bill if plan::bill_from(pi, rules).is_some() => {
            base.under(rules, plan::Future::Bill)
        }
        _ => base,
    };
    let mut rows = Vec::with_capacity(pi.years as usize);
    let nw = pl.keep(&pl.as_prepared(), Some(&mut rows), None);
    (nw, rows)
}

/// The Box 3 tax of a keep route over its rows, the tax on the gain at the sale included.
fn box3_tax(rows: &[plan::Year]) -> Decimal {
    rows.iter().map(|r| r.keep_box3_tax).sum::<Decimal>()
        + rows.last().map(|r| r.gain_tax).unwrap_or_default()
}

/// What the upgrade `u` of the scenario `s` changes, from the dwelling as it is (`before`).
/// `None` for a dwelling whose points are not those of one dwelling (a room, a house let by the
/// room) or when the cost cannot be known.
pub fn compute(
    s: &Scenario,
    u: &UpgradeInput,
    before: Before,
    rules: &RuleSet,
    trace: &mut Trace,
) -> Option<Upgrade> {
    let p = s.property;
    let year = u.year.unwrap_or(s.year);
    let cost = cost(p, &u.target_label, u.cost, rules, trace)?;
    // The points after: by the label's points, the same way for a Huurcommissie check and an
    // estimate (the estimate is then redone with the new label for the WOZ cap).
    let (label_points, _) = wws::with_label(before.wws, p, &u.target_label, rules)?;
    let q = after(p, u, Some(label_points));
    let s_after = Scenario::new(&q, rules);
    let w_after = wws::compute(&q, rules, &mut Trace::new(false))?;
    let wws_rules = rules.wws(s.year).map(|c| c.rules);
    trace.step(|r| {
        let pr = &rules.wws_points;
        r.cite(crate::rules::citation(&pr.source, pr.confidence, None));
        if let Some(w) = wws_rules {
            r.cite(w);
        }
        Step::new(
            Text::new(Msg::FUpgradePoints, vec![]),
            w_after.points,
            Text::new(
                Msg::XUpgradePoints,
                vec![
                    before.wws.points.into(),
                    p.energy_label.clone().into(),
                    u.target_label.clone().into(),
                    sector_text(before.wws.sector).into(),
                    sector_text(w_after.sector).into(),
                    Arg::Euro(before.wws.max_rent),
                    Arg::Euro(w_after.max_rent),
                ],
            ),
        )
        .from_input("upgrade.target_label")
    });
    let segment = wws::lease_segment(&q, Some(&w_after), rules);
    let rent_after = wws::capped_rent(&q, Some(&w_after), segment);
    let rent_basis = if u.rent_after.is_some() {
        RentBasis::Stated
    } else {
        RentBasis::SittingTenant
    };
    let rent_at_turnover = (w_after.sector != Segment::Free).then_some(w_after.max_rent);
    trace.add(|| {
        let how = match rent_basis {
            RentBasis::Stated => Text::new(Msg::XUpgradeRentStated, vec![Arg::Euro(rent_after)]),
            RentBasis::SittingTenant => Text::new(
                Msg::XUpgradeRentSitting,
                vec![
                    match rent_at_turnover {
                        Some(m) => Text::new(Msg::XUpgradeTurnoverMax, vec![Arg::Euro(m)]),
                        None => Text::new(Msg::XUpgradeTurnoverFree, vec![]),
                    }
                    .into(),
                ],
            ),
        };
        let step = Step::new(
            Text::new(Msg::FUpgradeRent, vec![]),
            Arg::Euro(rent_after),
            how,
        )
        .rule("art. 7:243 and 7:255 BW (rent increase after an improvement, by agreement)");
        match rent_basis {
            RentBasis::Stated => step.from_input("upgrade.rent_after"),
            RentBasis::SittingTenant => step.from_input("lease.monthly_rent"),
        }
    });
    let mut quiet = Trace::new(false);
    let val_after = valuation::compute(
        &valuation::input(
            &s_after,
            segment,
            rent_after,
            (segment != Segment::Free).then_some(w_after.max_rent),
        ),
        s_after.market,
        &rules.handboek,
        &mut quiet,
    );
    let lwr_after = leegwaarderatio::compute(
        &leegwaarderatio::Input::of(&q),
        s_after.leegwaarderatio.rules,
        s.year,
        &mut quiet,
    );
    trace.add(|| {
        Step::new(
            "upgrade_tenanted_value",
            Arg::Euro(val_after.tenanted_value),
            Text::new(
                Msg::XUpgradeValue,
                vec![
                    Arg::Euro(before.valuation.tenanted_value),
                    Arg::Euro(before.valuation.vacant_value),
                    Arg::Euro(val_after.vacant_value),
                    Arg::Euro(before.box3_value),
                    Arg::Euro(lwr_after.box3_value),
                ],
            ),
        )
        .from_step("tenanted_value")
        .from_input(if u.value_after.is_some() {
            "upgrade.value_after"
        } else {
            "property.market_value"
        })
    });
    let futures = match (
        before.plan,
        plan::input(&s_after, segment, rent_after, &val_after),
    ) {
        (Some(pi), Some(pi_after)) => {
            // The plan as it is, with the upgrade as a dated improvement.
            let pi_with = plan::Input {
                improvement: Some(plan::Improvement {
                    year,
                    cost: cost.amount,
                    monthly_rent: pi_after.monthly_rent,
                    segment: pi_after.segment,
                    vacant_value: pi_after.vacant_value,
                    end_price_share: pi_after.end_price_share,
                }),
                ..pi.clone()
            };
            trace.add(|| {
                Step::new(
                    Text::new(Msg::FUpgradeTiming, vec![]),
                    &(year + 1),
                    Text::new(
                        Msg::XUpgradeTiming,
                        vec![year.into(), (year + 1).into(), s.year.into()],
                    ),
                )
                .rule("art. 7:243 and 7:255 BW (rent increase after an improvement, by agreement)")
                .from_input("upgrade.year")
            });
            let list: &[plan::Future] = match s.box3_future {
                Box3Future::Both => &[plan::Future::Forfaitair, plan::Future::Bill],
                Box3Future::Bill => &[plan::Future::Bill],
                Box3Future::Forfaitair => &[plan::Future::Forfaitair],
            };
            list.iter()
                .map(|&f| effect(pi, &pi_with, year, f, rules, trace))
                .collect()
        }
        _ => Vec::new(),
    };
    let deadline_year = rules.checks.energy_label_deadline_year();
    let meets_without = !below_d(&p.energy_label);
    let meets_with = !below_d(&u.target_label) && deadline_year.is_none_or(|d| year < d);
    trace.step(|r| {
        r.cite(&rules.checks.energy_label_source);
        Step::new(
            Text::new(Msg::FUpgradeDeadline, vec![]),
            Text::new(if meets_with { Msg::HYes } else { Msg::HNo }, vec![]),
            Text::new(
                Msg::XUpgradeDeadline,
                vec![
                    rules.checks.energy_label_minimum.as_str().into(),
                    Arg::Date(rules.checks.energy_label_deadline.clone()),
                    Text::new(if meets_without { Msg::HYes } else { Msg::HNo }, vec![]).into(),
                    year.into(),
                ],
            ),
        )
        .from_input("upgrade.year")
    });
    Some(Upgrade {
        label_before: p.energy_label.clone(),
        target_label: u.target_label.clone(),
        year,
        cost,
        points_before: before.wws.points,
        points_after: w_after.points,
        sector_before: before.wws.sector,
        sector_after: w_after.sector,
        max_rent_before: before.wws.max_rent,
        max_rent_after: w_after.max_rent,
        rent_before: before.rent,
        rent_after,
        rent_basis,
        rent_at_turnover,
        vacant_value_before: before.valuation.vacant_value,
        vacant_value_after: val_after.vacant_value,
        tenanted_value_before: before.valuation.tenanted_value,
        tenanted_value_after: val_after.tenanted_value,
        box3_value_before: before.box3_value,
        box3_value_after: lwr_after.box3_value,
        futures,
        deadline_year,
        meets_deadline_without: meets_without,
        meets_deadline_with: meets_with,
    })
}

/// The plan without (`pi`) and with (`pi_with`, the upgrade done in `year`) the upgrade under
/// `future`.
fn effect(
    pi: &plan::Input,
    pi_with: &plan::Input,
    year: i32,
    future: plan::Future,
    rules: &RuleSet,
    trace: &mut Trace,
) -> FutureEffect {
    let (nw0, rows0) = keep(pi, rules, future);
    let (nw1, rows1) = keep(pi_with, rules, future);
    let years: Vec<i32> = rows0.iter().map(|r| r.year).collect();
    let extra: Vec<Decimal> = rows1
        .iter()
        .zip(&rows0)
        .map(|(a, b)| a.keep_cash_flow - b.keep_cash_flow)
        .collect();
    let payback = payback_year(&years, &extra, year);
    let e = FutureEffect {
        future: future.as_str(),
        keep_net_worth_without: nw0,
        keep_net_worth_with: nw1,
        net_worth_change: nw1 - nw0,
        box3_tax_without: box3_tax(&rows0),
        box3_tax_with: box3_tax(&rows1),
        payback_year: payback,
    };
    trace.add(|| {
        Step::new(
            format!("upgrade_net_worth_change ({})", future.as_str()),
            Arg::Euro(e.net_worth_change),
            Text::new(
                Msg::XUpgradePlan,
                vec![
                    Arg::Euro(nw1),
                    Arg::Euro(nw0),
                    Arg::Euro(e.box3_tax_with),
                    Arg::Euro(e.box3_tax_without),
                    match payback {
                        Some(y) => Text::new(Msg::XUpgradePayback, vec![y.into(), year.into()]),
                        None => Text::new(Msg::XUpgradeNoPayback, vec![]),
                    }
                    .into(),
                ],
            ),
        )
        .from_step("upgrade_cost")
    });
    e
}

/// The name of a sector, in either language.
fn sector_text(s: Segment) -> Text {
    Text::new(
        match s {
            Segment::Social => Msg::SectorSocial,
            Segment::Mid => Msg::SectorMid,
            Segment::Free => Msg::SectorFree,
        },
        vec![],
    )
}

/// The cheapest upgrade of `p` to the minimum label (see [`Cheapest`]), when its label is below
/// it and the points are those of one dwelling. `at_minimum` is the dwelling's points and
/// maximum rent at the minimum label by [`wws::with_label`] (as the warnings' facts have them:
/// `Facts::label_d_wws`).
pub fn cheapest(
    p: &Property,
    w: &Wws,
    at_minimum: Option<(u32, Decimal)>,
    rules: &RuleSet,
) -> Option<Cheapest> {
    if !below_d(&p.energy_label) {
        return None;
    }
    let target = rules.checks.energy_label_minimum.clone();
    let u = UpgradeInput {
        target_label: target.clone(),
        cost: None,
        year: None,
        rent_after: None,
        value_after: None,
    };
    let c = cost(p, &target, None, rules, &mut Trace::new(false))?;
    let (points, _) = at_minimum?;
    let q = after(p, &u, Some(points));
    let w_after = wws::compute(&q, rules, &mut Trace::new(false))?;
    Some(Cheapest {
        cost: c.amount,
        before_subsidy: c.before_subsidy.unwrap_or(c.amount),
        per_m2: c.per_m2.unwrap_or_default(),
        points_after: w_after.points,
        sector_before: w.sector,
        sector_after: w_after.sector,
        max_rent_after: money::round_cents(w_after.max_rent),
    })
}
