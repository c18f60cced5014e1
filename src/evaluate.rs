//! Run every calculation for one property and gather the results in a [`Report`]: the
//! orchestration only. The defaults and the rules of the year are resolved in
//! [`crate::scenario`], the figures computed in [`crate::calc`], and shaped for output in
//! [`crate::report`].

use rust_decimal::Decimal;

use crate::box3::{self, Household};
use crate::error::EvalError;
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Lang, Msg, Text};
use crate::model::{Property, Segment};
use crate::money::HUNDRED;
use crate::report::*;
use crate::rules::RuleSet;
use crate::scenario::Scenario;
use crate::warnings::{self, Facts};
use crate::{leegwaarderatio, plan, sensitivity, stress, tegenbewijs, valuation, wws, yields};

/// How to evaluate.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Record the derivation of every figure.
    pub explain: bool,
    /// Compute the sensitivity grid of keep − sell ([`crate::sensitivity::Grid`]).
    pub grid: bool,
}

fn section(name: &str, trace: Trace, into: &mut Vec<ExplainSection>) {
    let steps = trace.into_steps();
    if !steps.is_empty() {
        into.push(ExplainSection {
            section: name.to_string(),
            steps,
        });
    }
}

/// Evaluate `p` under `rules`: its report, or why it cannot be evaluated.
///
/// `Property` has public fields, so a property built by hand (library use) has not passed the
/// checks of the property file. This function therefore checks it first with
/// [`crate::input::check_property`]: every field within the bounds of the schema, and a tax year
/// with Box 3 rules of its own (never silently another year's), so a hand-built property gets
/// the same answer as the file that describes it. The calculation then runs under
/// [`crate::guard::guarded`]: should a defect ever panic, the caller gets
/// [`EvalError::Internal`] for this property instead of losing its process.
pub fn evaluate(p: &Property, rules: &RuleSet, opts: Options) -> Result<Report, EvalError> {
    crate::input::check_property(p, rules).map_err(EvalError::Invalid)?;
    crate::guard::guarded(|| compute(p, rules, opts)).map_err(EvalError::Internal)
}

/// The calculation itself, on a property that passed [`crate::input::check_property`] (so its
/// tax year has Box 3 rules).
fn compute(p: &Property, rules: &RuleSet, opts: Options) -> Report {
    let s = Scenario::new(p, rules);
    let (year, market) = (s.year, s.market);
    let mut explain = Vec::new();
    let mut caveats = Vec::new();
    let trace = || Trace::new(opts.explain);

    let mut t = trace();
    s.explain_defaults(&mut t);
    section("defaults", t, &mut explain);

    // WWS first: the segment and the rent the dwelling can sustain follow from it.
    let mut t = trace();
    let wws = wws::compute(p, rules, &mut t);
    section("wws", t, &mut explain);
    if let Some(w) = &wws {
        wws_caveats(w, &s, &mut caveats);
    }
    caveats.extend(s.caveats.iter().cloned());
    let segment = wws::lease_segment(p, wws.as_ref(), rules);
    let regulated = segment != Segment::Free;
    let valuation_monthly_rent = match &wws {
        Some(w) if regulated && p.lease.monthly_rent > w.max_rent => w.max_rent,
        _ => p.lease.monthly_rent,
    };

    let mut t = trace();
    let lwr_input = leegwaarderatio::Input {
        woz_value: p.woz_value,
        jaarhuur: p.jaarhuur(),
        letting: p.letting(),
    };
    let lwr = leegwaarderatio::compute(&lwr_input, s.leegwaarderatio.rules, year, &mut t);
    section("leegwaarderatio", t, &mut explain);

    // Box 3 with and without the property and its mortgage.
    let mortgage_balance = p.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
    let with = Household {
        bank: p.owner.bank_balance,
        other_assets: p.owner.other_assets + lwr.box3_value,
        green_investments: p.owner.green_investments,
        debts: p.owner.other_debts + mortgage_balance,
        fiscal_partner: p.owner.fiscal_partner,
        partner_share_pct: p.owner.partner_share_pct,
    };
    let without = Household {
        other_assets: p.owner.other_assets,
        debts: p.owner.other_debts,
        ..with
    };
    let mut t = trace();
    let b_with = box3::compute(&with, s.box3, Text::new(Msg::FWithProperty, vec![]), &mut t);
    let b_without = box3::compute(
        &without,
        s.box3,
        Text::new(Msg::FWithoutProperty, vec![]),
        &mut t,
    );
    let attributable = b_with.tax - b_without.tax;
    t.add(|| {
        Step::new(
            "attributable_tax",
            attributable,
            Text::new(
                Msg::XAttributable,
                vec![Arg::Num(b_with.tax), Arg::Num(b_without.tax)],
            ),
        )
        .from_step("tax")
    });
    let actual = tegenbewijs::compute(&s, &lwr, &b_with, &mut t);
    section("box3", t, &mut explain);

    // Value in rented state. The investor's DCF prices with the market's growth assumptions
    // (the rent growth within the legal cap of the segment), not the owner's plan.
    if s.transfer.carried {
        caveats.push(Text::new(
            Msg::CTransfer,
            vec![s.transfer.from_year.into(), year.into()],
        ));
    }
    let cap = rules
        .huurverhoging(year)
        .map(|h| h.rules.for_segment(segment));
    let vin = valuation::Input {
        vacant_value: p.vacant_value(),
        annual_rent: valuation_monthly_rent * Decimal::from(12),
        fixed_costs: s.fixed_costs,
        rent_loss_pct: s.rent_loss_pct,
        segment,
        region: p.region,
        turnover_pct: s.turnover_pct.value,
        discount_rate_pct: s.discount_rate_pct.value,
        value_growth_pct: market.value_growth_pct.value,
        rent_growth_pct: cap.map_or(market.rent_growth_pct.value, |c| {
            market.rent_growth_pct.value.min(c)
        }),
        selling_costs_pct: s.selling_costs_pct.value,
        buyer_costs_pct: s.buyer_costs_pct,
        horizon_years: crate::money::to_count(market.dcf_horizon_years.value, 15),
    };
    let mut t = trace();
    let val = valuation::compute(&vin, market, &mut t);
    section("sitting_tenant", t, &mut explain);

    // Sell versus keep, under each Box 3 future asked for.
    let plan_input = plan::input(&s, segment, valuation_monthly_rent, &val);
    let mut t = trace();
    if plan_input.is_some() && s.sale == crate::model::Sale::Vacant {
        explain_eviction(&s, &mut t);
    }
    let prepared = plan_input.as_ref().map(|pi| plan::Plan::new(pi, rules));
    let outcome = plan_input
        .as_ref()
        .zip(prepared.as_ref())
        .map(|(pi, pl)| plan::outcome(pl, pi, rules, true, &mut t));
    let futures = plan_input
        .as_ref()
        .zip(outcome.as_ref())
        .map(|(pi, o)| plan::futures(pi, rules, o, s.box3_future))
        .unwrap_or_default();
    for o in &futures {
        plan::explain_future(o, rules, &mut t);
    }
    let grid = plan_input.as_ref().filter(|_| opts.grid).map(|pi| {
        sensitivity::compute(
            pi,
            outcome.as_ref().and_then(|o| o.break_even_growth_pct),
            rules,
        )
    });
    section("sell_vs_keep", t, &mut explain);

    // Yield and stress.
    let first_year_interest = p
        .mortgage
        .as_ref()
        .map(|m| m.balance * m.interest_pct / HUNDRED)
        .unwrap_or_default();
    let first_year_repayment = outcome
        .as_ref()
        .and_then(|o| o.years.first())
        .map(|y| y.repayment)
        .unwrap_or_default();
    let yin = yields::Input {
        annual_rent: lwr.jaarhuur,
        monthly_rent: p.lease.monthly_rent,
        vacant_value: p.vacant_value(),
        surface_m2: p.surface_m2,
        fixed_costs: s.fixed_costs,
        rent_loss_pct: s.rent_loss_pct,
        buyer_costs_pct: s.buyer_costs_pct,
        buyer_costs_source: (
            &s.transfer.rules.overige_woningen_pct,
            &market.other_buyer_costs_pct,
        ),
        debt_service: first_year_interest + first_year_repayment,
        attributable_tax: attributable,
    };
    let mut t = trace();
    let y = yields::compute(&yin, &mut t);
    let run = plan_input
        .as_ref()
        .zip(prepared.as_ref())
        .zip(outcome.as_ref())
        .map(|((input, plan), outcome)| stress::PlanRun {
            input,
            plan,
            outcome,
        });
    let stress = stress::compute(&s, run, &mut t);
    section("yield", t, &mut explain);

    // Warnings.
    let tol = market.band_tolerance_pct.value;
    let carried = outcome
        .as_ref()
        .map(|o| o.carried.clone())
        .unwrap_or_default();
    let facts = Facts {
        wws: wws.as_ref(),
        regulated,
        box3_value: lwr.box3_value,
        tenanted_value: Some(val.tenanted_value),
        band_disagreement: (val.discount_pct < val.band_pct.0 - tol
            || val.discount_pct > val.band_pct.1 + tol)
            .then_some((val.band_pct.0, val.band_pct.1, val.discount_pct)),
        energy_upgrade_cost: s.energy_upgrade_cost,
        label_d_wws: wws
            .as_ref()
            .and_then(|w| wws::with_label(w, p, &rules.checks.energy_label_minimum, rules)),
        sale: plan_input.as_ref().map(|_| s.sale),
        carried: &carried,
    };
    let mut warnings = warnings::check(p, &facts, &rules.checks, market);
    if let Some((from, w)) = plan_input
        .as_ref()
        .and_then(|pi| plan::bill_from(pi, rules))
        .and_then(|from| rules.werkelijk_rendement(from).map(|w| (from, w)))
    {
        warnings.push(warnings::bill_pending(from, w, s.box3_future));
    }

    Report {
        name: p.name.clone(),
        tax_year: year,
        leegwaarderatio: lwr,
        box3: Box3Out::new(
            &b_with,
            &b_without,
            actual,
            p.owner.actual_return_other.is_some(),
        ),
        sitting_tenant: Some(SittingTenant {
            valuation: val,
            valuation_rent: valuation_monthly_rent,
        }),
        sell_vs_keep: outcome
            .zip(plan_input.as_ref())
            .map(|(o, pi)| SellVsKeepOut::new(o, pi, s.sale, futures)),
        yields: Some(y),
        stress: Some(stress),
        wws,
        warnings,
        household_share: None,
        caveats: caveats.iter().map(|c| c.render(Lang::default())).collect(),
        caveat_texts: caveats,
        explain: opts.explain.then_some(explain),
        grid,
    }
}

/// The caveats of the WWS figures: a carried table, estimated points, assumptions, no middle
/// sector before the Wet betaalbare huur.
fn wws_caveats(w: &wws::Wws, s: &Scenario, caveats: &mut Vec<Text>) {
    let (p, rules, year) = (s.property, s.rules, s.year);
    if w.carried {
        caveats.push(Text::new(
            Msg::CWwsCarried,
            vec![w.table_year.into(), year.into()],
        ));
    }
    if w.points_estimated {
        caveats.push(Text::new(Msg::CWwsEstimated, vec![]));
    }
    for n in &w.notes {
        caveats.push(Text::new(Msg::CWwsNote, vec![n.clone().into()]));
    }
    let rules_wws = rules.wws(year).map(|c| c.rules);
    if w.before_wbh
        && (p.lease.segment == Some(Segment::Mid)
            || rules_wws.is_some_and(|r| wws::sector(w.points, r) == Segment::Mid))
    {
        caveats.push(Text::new(
            Msg::CWwsBeforeWbh,
            vec![rules.wws_stelsel.regime.wbh_from.to_string().into()],
        ));
    }
}

/// The costs of a vacant sale, as an explain step.
fn explain_eviction(s: &Scenario, t: &mut Trace) {
    let m = s.market;
    t.add(|| {
        Step::new(
            Text::new(Msg::FVacantSaleCosts, vec![]),
            Arg::Euro(s.eviction_cost()),
            Text::new(
                Msg::XEviction,
                vec![
                    Arg::Euro(m.eviction_legal_costs.value),
                    Arg::Num(m.eviction_delay_months.value),
                    Arg::Euro(s.property.vacant_value()),
                    Arg::Pct(s.discount_rate_pct.value),
                ],
            ),
        )
        .uses_all([&m.eviction_legal_costs, &m.eviction_delay_months])
        .resolved(
            "plan.discount_rate_pct",
            s.discount_rate_pct.defaulted,
            &m.discount_rate_pct,
        )
        .from_input("property.market_value")
    });
}
