//! Run every calculation for one property and gather the results in a [`Report`]: the
//! orchestration only. The defaults and the rules of the year are resolved in the module
//! `scenario`, the figures computed in [`crate::calc`], and shaped for output in
//! [`crate::report`].

use crate::error::EvalError;
use crate::explain::Trace;
use crate::i18n::{Msg, Text};
use crate::model::Box3Future;
use crate::model::{Property, Sale, Segment};
use crate::report::{
    Box3Out, Caveats, ExplainSection, Report, SellVsKeepOut, SittingTenant, WhatIfOut,
};
use crate::rules::{RuleSet, WhatIfScenario};
use crate::scenario::Scenario;
use crate::warnings::{self, Facts};
use crate::{
    bouwregels, box3, leegwaarderatio, plan, sensitivity, stress, tegenbewijs, upgrade, valuation,
    wws, yields,
};

/// How to evaluate.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Record the derivation of every figure.
    pub explain: bool,
    /// Compute the sensitivity grid of keep − sell ([`crate::sensitivity::Grid`]).
    pub grid: bool,
    /// Run the Box 3 futures other than today's only as far as their keep − sell (all that the
    /// CSV output shows of them): no break-even search, IRR or year-by-year rows for them, no
    /// headline under the what-if scenarios of a provisional year, and no sale before the
    /// bill's regime under today's.
    pub brief_futures: bool,
    /// The output shows the warnings only by their codes and no caveats (the CSV): the
    /// warnings' messages and the caveats are not built (the report's messages are empty and its
    /// caveats none).
    pub codes_only: bool,
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
/// a guard (`guard::guarded`): should a defect ever panic, the caller gets
/// [`EvalError::Internal`] for this property instead of losing its process.
pub fn evaluate(p: &Property, rules: &RuleSet, opts: Options) -> Result<Report, EvalError> {
    crate::input::check_property(p, rules).map_err(EvalError::Invalid)?;
    crate::guard::guarded(|| compute(p, rules, opts)).map_err(EvalError::Internal)
}

/// The calculation itself, on a property that passed [`crate::input::check_property`] (so its
/// tax year has Box 3 rules).
fn compute(p: &Property, rules: &RuleSet, opts: Options) -> Report {
    let mut s = Scenario::with_caveats(p, rules, !opts.codes_only);
    let mut explain = Vec::new();
    let mut caveats = Vec::new();
    let trace = || Trace::new(opts.explain);

    let mut t = trace();
    s.explain_defaults(&mut t);
    section("defaults", t, &mut explain);

    // WWS first: the segment and the rent the dwelling can sustain follow from it.
    let mut t = trace();
    // A house let by the room is not one dwelling at one rent: no points for it as one (the
    // points of a room are a system of their own).
    let wws = if p.let_by_the_room {
        None
    } else {
        wws::compute(p, rules, &mut t)
    };
    section("wws", t, &mut explain);
    if let Some(w) = &wws
        && !opts.codes_only
    {
        caveats.extend(wws::caveats(w, &s));
    }
    // The scenario's caveats are read only here: move them.
    caveats.append(&mut s.caveats);
    let segment = wws::lease_segment(p, wws.as_ref(), rules);
    let valuation_rent = wws::capped_rent(p, wws.as_ref(), segment);

    let mut t = trace();
    let lwr_input = leegwaarderatio::Input::of(p);
    let lwr = leegwaarderatio::compute(&lwr_input, s.leegwaarderatio.rules, s.year, &mut t);
    section("leegwaarderatio", t, &mut explain);

    // Box 3 with and without the property and its mortgage.
    let mut t = trace();
    let (b_with, b_without, attributable) =
        box3::with_and_without(p, lwr.box3_value, s.box3, &mut t);
    let actual = tegenbewijs::compute(&s, &lwr, &b_with, &mut t);
    caveats.extend(tegenbewijs::refusal(p));
    section("box3", t, &mut explain);

    // Value in rented state.
    if s.transfer.carried {
        caveats.push(Text::new(
            Msg::CTransfer,
            vec![s.transfer.from_year.into(), s.year.into()],
        ));
    }
    let mut t = trace();
    let max_rent = wws
        .as_ref()
        .filter(|_| segment != Segment::Free)
        .map(|w| w.max_rent);
    let val = valuation::compute(
        &valuation::input(&s, segment, valuation_rent, max_rent),
        s.market,
        &rules.handboek,
        &mut t,
    );
    if !opts.codes_only {
        caveats.extend(valuation::caveats(&val, &s));
    }
    section("sitting_tenant", t, &mut explain);

    // Sell versus keep, under each Box 3 future asked for.
    // Nor is it valued as one, so no plan is built on such a value.
    let plan_input = plan::input(&s, segment, valuation_rent, &val).filter(|_| !p.let_by_the_room);
    let mut t = trace();
    if plan_input.is_some() && s.sale == Sale::Vacant {
        s.explain_eviction(&mut t);
    }
    let prepared = plan_input
        .as_ref()
        .map(|pi| plan::Plan::new(pi, rules).with_sell_later(!opts.brief_futures || opts.explain));
    let outcome = prepared
        .as_ref()
        .map(|pl| plan::outcome(pl, rules, true, &mut t));
    let futures = prepared
        .as_ref()
        .zip(outcome.as_ref())
        .map(|(pl, o)| plan::futures(rules, pl, o, s.box3_future, !opts.brief_futures))
        .unwrap_or_default();
    for o in &futures {
        plan::explain_future(o, rules, &mut t);
    }
    // The headline under each what-if scenario: only where the output shows it.
    let what_ifs = plan_input
        .as_ref()
        .filter(|_| !opts.brief_futures)
        .map(|pi| what_if_futures(pi, rules, s.box3_future))
        .unwrap_or_default();
    let grid = plan_input
        .as_ref()
        .filter(|_| opts.grid)
        .map(|pi| sensitivity::compute(pi, outcome.as_ref(), rules));
    section("sell_vs_keep", t, &mut explain);

    // A label upgrade as a what-if: the same calculations on the dwelling after it.
    let upgrade = match (p.upgrade.as_ref(), wws.as_ref()) {
        (Some(u), Some(w)) => {
            let mut t = trace();
            let before = upgrade::Before {
                wws: w,
                rent: valuation_rent,
                valuation: &val,
                box3_value: lwr.box3_value,
                plan: plan_input.as_ref(),
            };
            let r = upgrade::compute(&s, u, before, rules, &mut t);
            section("upgrade", t, &mut explain);
            if r.is_none() {
                caveats.push(Text::new(Msg::CUpgradeNone, vec![]));
            }
            // An upgrade after the plan's last year changes nothing in it: say so.
            if let (Some(x), Some(pi)) = (r.as_ref(), plan_input.as_ref()) {
                let last = pi.tax_year + pi.years as i32 - 1;
                if x.year > last {
                    caveats.push(Text::new(
                        Msg::CUpgradeYear,
                        vec![x.year.into(), last.into()],
                    ));
                }
            }
            r
        }
        (Some(_), _) => {
            caveats.push(Text::new(Msg::CUpgradeNone, vec![]));
            None
        }
        _ => None,
    };

    // Yield and stress.
    let mut t = trace();
    let yin = yields::Input::of(&s, lwr.jaarhuur, outcome.as_ref(), attributable);
    let y = yields::compute(&yin, &mut t);
    let run = prepared
        .as_ref()
        .zip(outcome.as_ref())
        .map(|(plan, outcome)| stress::PlanRun { plan, outcome });
    let stress = stress::compute(&s, run, &mut t);
    section("yield", t, &mut explain);

    // The building rules: is it a legal dwelling?
    let mut t = trace();
    let bbl = bouwregels::check(p, &rules.bbl, &mut t);
    if p.building.is_some() {
        section("bbl", t, &mut explain);
    }

    let regulated = segment != Segment::Free;
    let facts = Facts::of(
        &s,
        wws.as_ref(),
        regulated,
        lwr.box3_value,
        &val,
        outcome.as_ref(),
        &bbl,
    );
    let at_minimum = facts.label_d_wws;
    let facts = Facts {
        cheapest_upgrade: wws
            .as_ref()
            .filter(|_| p.upgrade.is_none() && !p.let_by_the_room)
            .and_then(|w| upgrade::cheapest(p, w, at_minimum, rules)),
        texts: !opts.codes_only,
        ..facts
    };
    let warnings = warnings::of_scenario(&s, &facts, plan_input.as_ref());
    // Privately or in a BV, beside the plan under each future.
    let mut t = trace();
    let bv = match (p.bv.as_ref(), plan_input.as_ref()) {
        (Some(b), Some(pi)) => Some(bv_route(b, pi, &futures, rules, &mut t)),
        _ => None,
    };
    if bv.is_some() {
        section("bv", t, &mut explain);
    }
    let mut sell_vs_keep = outcome
        .zip(plan_input.as_ref())
        .map(|(o, pi)| SellVsKeepOut::new(o, pi, s.sale, futures));
    if let Some(svk) = sell_vs_keep.as_mut() {
        for f in &mut svk.scenarios {
            for (w, outcomes) in &what_ifs {
                if let Some(o) = outcomes.iter().find(|o| o.future.as_str() == f.future) {
                    let base_uitpond = f.uitpond.as_ref().map(|u| u.expected_net_worth);
                    f.what_if
                        .push(WhatIfOut::new(w, o, f.difference, base_uitpond));
                }
            }
        }
    }

    Report {
        name: p.name.clone(),
        tax_year: s.year,
        leegwaarderatio: lwr,
        box3: Box3Out::new(
            &b_with,
            &b_without,
            actual,
            p.owner.actual_return_other.is_some(),
        ),
        sitting_tenant: (!p.let_by_the_room).then_some(SittingTenant {
            valuation: val,
            valuation_rent,
        }),
        sell_vs_keep,
        yields: Some(y),
        stress: Some(stress),
        wws,
        bbl: if p.building.is_some() {
            bbl.requirements
        } else {
            Vec::new()
        },
        rents: crate::report::RentsOut::of(p.lease.monthly_rent, valuation_rent),
        warnings,
        household_share: None,
        caveats: Caveats::new(if opts.codes_only { Vec::new() } else { caveats }),
        explain: opts.explain.then_some(explain),
        grid,
        bv,
        upgrade,
    }
}

/// The BV route beside each future's plan outcome.
fn bv_route(
    b: &crate::model::BvInput,
    pi: &plan::Input,
    futures: &[plan::Outcome],
    rules: &RuleSet,
    t: &mut Trace,
) -> crate::report::BvOut {
    let mut out = crate::report::BvOut {
        scenarios: Vec::new(),
        errors: Caveats::default(),
        not_modelled: crate::report::BvOut::not_modelled(),
        parts: Vec::new(),
    };
    let bvr = match crate::rules::bv::BvRules::built_in() {
        Ok(r) => r,
        Err(e) => {
            out.errors.push(e.into());
            return out;
        }
    };
    // A future run only as far as its keep − sell (`brief_futures`) has no years to run beside.
    for o in futures.iter().filter(|o| !o.years.is_empty()) {
        match crate::calc::bv::part(b, pi, o) {
            Some(p) => {
                match crate::calc::bv::combine(b, std::slice::from_ref(&p), rules, &bvr, t) {
                    Ok(c) => out.scenarios.push(c),
                    Err(e) => out.errors.push(e),
                }
                out.parts.push(p);
            }
            None => {
                // Outside the plan under every future alike: said once.
                out.errors.push(Text::new(
                    Msg::BvOutsidePlan,
                    vec![
                        b.transfer_year.unwrap_or(pi.tax_year).into(),
                        pi.tax_year.into(),
                        (pi.tax_year + pi.years as i32 - 1).into(),
                    ],
                ));
                break;
            }
        }
    }
    out
}

/// The plan under each built-in scenario of a provisional year the plan reaches
/// ([`RuleSet::what_if_scenarios`]): each scenario with the futures asked for that it changes
/// (only the bill's when it changes only years of Box 3 on actual returns). Only the headline is
/// needed, so each future runs without its details (no break-even search, IRR or rows).
fn what_if_futures<'a>(
    pi: &plan::Input,
    rules: &'a RuleSet,
    future: Box3Future,
) -> Vec<(&'a WhatIfScenario, Vec<plan::Outcome>)> {
    let years = pi.tax_year..pi.tax_year + i32::try_from(pi.years).unwrap_or(i32::MAX);
    rules
        .what_if_scenarios()
        .iter()
        .filter(|w| w.years.iter().any(|y| years.contains(y)))
        .filter_map(|w| {
            let (today, bill) = match (w.bill_only, future) {
                (true, Box3Future::Forfaitair) => return None,
                (true, _) | (false, Box3Future::Bill) => (false, true),
                (false, Box3Future::Forfaitair) => (true, false),
                (false, Box3Future::Both) => (true, true),
            };
            let alt = &w.rules;
            let pl = plan::Plan::new(pi, alt);
            let headline = |p: &plan::Plan| plan::outcome(p, alt, false, &mut Trace::new(false));
            let mut outcomes = Vec::new();
            if today {
                outcomes.push(headline(&pl));
            }
            if bill {
                outcomes.push(match plan::bill_from(pi, alt) {
                    Some(_) => headline(&pl.under(alt, plan::Future::Bill)),
                    None => plan::Outcome {
                        future: plan::Future::Bill,
                        ..headline(&pl)
                    },
                });
            }
            Some((w, outcomes))
        })
        .collect()
}
