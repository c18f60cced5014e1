//! Run every calculation for one property and gather the results in a [`Report`].

use rust_decimal::Decimal;

use crate::box3::{self, ActualReturnInput, Household};
use crate::error::EvalError;
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Lang, Msg, Text};
use crate::leegwaarderatio;
use crate::model::{Alternative, Box3Future, Property, Sale, Segment};
use crate::money::{HUNDRED, out};
use crate::plan;
use crate::report::*;
use crate::rules::{Confidence, Param, RuleSet};
use crate::valuation;
use crate::warnings::{self, Facts};
use crate::wws;
use crate::yields;

/// How to evaluate.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Record the derivation of every figure.
    pub explain: bool,
    /// Compute the sensitivity grid of keep − sell ([`GridOut`]).
    pub grid: bool,
}

/// keep − sell at the end of the plan for a range of value growth (whole points around the
/// plan's own and the break-even growth, the plan's own included) and alternative returns (the
/// plan's own and two points either side), under today's Box 3 carried forward.
fn sensitivity(pi: &plan::Input, break_even: Option<Decimal>, rules: &RuleSet) -> GridOut {
    let g0 = pi.value_growth_pct;
    let be = break_even.unwrap_or(g0);
    let lo = (g0.min(be).floor() - Decimal::ONE).min(g0.floor() - Decimal::TWO);
    let hi = (g0.max(be).ceil() + Decimal::ONE).max(g0.ceil() + Decimal::TWO);
    let span = crate::money::to_count(hi - lo, 4);
    let step = Decimal::from(span.div_ceil(8).max(1));
    let mut growth: Vec<Decimal> = (0..=span)
        .map(|k| lo + Decimal::from(k) * step)
        .take_while(|g| *g <= hi)
        .collect();
    if !growth.contains(&g0) {
        growth.push(g0);
        growth.sort();
    }
    let alternative: Vec<Decimal> = [-2, -1, 0, 1, 2]
        .iter()
        .map(|s| pi.alternative_return_pct + Decimal::from(*s))
        .collect();
    let mut difference = vec![Vec::with_capacity(alternative.len()); growth.len()];
    for a in &alternative {
        let mut i = pi.clone();
        i.alternative_return_pct = *a;
        let pl = plan::Plan::new(&i, rules);
        let sell = pl.sell_net_worth();
        for (row, g) in difference.iter_mut().zip(&growth) {
            row.push(out(pl.keep(&i, *g, None, None) - sell));
        }
    }
    GridOut {
        plan_value_growth_pct: out(g0),
        plan_alternative_return_pct: out(pi.alternative_return_pct),
        value_growth_pct: growth.into_iter().map(out).collect(),
        alternative_return_pct: alternative.into_iter().map(out).collect(),
        difference,
    }
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

fn caveat(caveats: &mut Vec<Text>, name: Msg, p: &Param) {
    if p.confidence != Confidence::H
        || p.provisional
        || p.note
            .as_deref()
            .is_some_and(|n| n.starts_with("Provisional"))
    {
        let name = Arg::from(Text::new(name, vec![]));
        let conf = Arg::Str(p.confidence.to_string());
        let note = |n: &str| {
            Arg::from(crate::rules::rules_text(
                n,
                p.note_nl.as_deref(),
                Msg::RulesNote,
            ))
        };
        let c = match &p.note {
            Some(n) if p.provisional => {
                Text::new(Msg::CParamProvisionalNote, vec![name, conf, note(n)])
            }
            None if p.provisional => Text::new(Msg::CParamProvisional, vec![name, conf]),
            Some(n) if p.confidence == Confidence::H => {
                Text::new(Msg::CParamNote, vec![name, note(n)])
            }
            Some(n) => Text::new(Msg::CParamConfidenceNote, vec![name, conf, note(n)]),
            None => Text::new(Msg::CParamConfidence, vec![name, conf]),
        };
        if !caveats.contains(&c) {
            caveats.push(c);
        }
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
    let mut explain = Vec::new();
    let mut caveats = Vec::new();
    let market = &rules.market;
    let year = p.tax_year;

    // WWS first: the segment and the rent the dwelling can sustain follow from it.
    let mut t = Trace::new(opts.explain);
    let wws = wws::compute(p, rules, &mut t);
    section("wws", t, &mut explain);
    if let Some(w) = &wws {
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
    let segment = wws::lease_segment(p, wws.as_ref(), rules);
    let regulated = segment != Segment::Free;
    let valuation_monthly_rent = match &wws {
        Some(w) if regulated && p.lease.monthly_rent > w.max_rent => w.max_rent,
        _ => p.lease.monthly_rent,
    };

    if let Some(r) = rules.year(year).filter(|r| r.provisional) {
        caveats.push(Text::new(
            Msg::CProvisionalYear,
            vec![
                year.into(),
                crate::rules::rules_text(
                    r.status.as_deref().unwrap_or_default(),
                    r.status_nl.as_deref(),
                    Msg::StatusQuoted,
                )
                .into(),
            ],
        ));
    }

    // Leegwaarderatio.
    let lwr_rules = rules
        .leegwaarderatio(year)
        .expect("validated: the tax year has rules");
    if lwr_rules.rules.confidence != Confidence::H {
        caveats.push(Text::new(
            Msg::CLeegwaarderatio,
            vec![
                lwr_rules.rules.confidence.to_string().into(),
                crate::rules::rules_text(
                    lwr_rules.rules.note.as_deref().unwrap_or_default(),
                    lwr_rules.rules.note_nl.as_deref(),
                    Msg::RulesNote,
                )
                .into(),
            ],
        ));
    }
    let mut t = Trace::new(opts.explain);
    let lwr_input = leegwaarderatio::Input {
        woz_value: p.woz_value,
        jaarhuur: p.jaarhuur(),
        letting: p.letting(),
    };
    let lwr = leegwaarderatio::compute(&lwr_input, lwr_rules.rules, year, &mut t);
    section("leegwaarderatio", t, &mut explain);

    // Box 3 with and without the property.
    let b3rules = rules
        .box3(year)
        .expect("validated: the tax year has Box 3 rules")
        .rules;
    for (name, param) in [
        (Msg::PHeffingsvrij, &b3rules.heffingsvrij_vermogen),
        (Msg::PSchuldendrempel, &b3rules.schuldendrempel),
        (Msg::PBank, &b3rules.rendement_banktegoeden_pct),
        (Msg::POther, &b3rules.rendement_overige_bezittingen_pct),
        (Msg::PDebts, &b3rules.rendement_schulden_pct),
        (Msg::PTarief, &b3rules.tarief_pct),
    ] {
        caveat(&mut caveats, name, param);
    }
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
    let mut t = Trace::new(opts.explain);
    let b_with = box3::compute(&with, b3rules, "with the property", &mut t);
    let b_without = box3::compute(&without, b3rules, "without the property", &mut t);
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
    });
    // Tegenbewijs: the dwelling at WOZ × leegwaarderatio at both ends of the year, the ratio at
    // the end from the rent and the table of 1 January of the next year (art. 5.31 lid 4 Wet IB
    // 2001).
    let actual = p.next_woz_value.map(|next| {
        let next_rent = p.lease.next_monthly_rent.unwrap_or(p.lease.monthly_rent);
        let end_rules = rules
            .leegwaarderatio(year + 1)
            .expect("every year has leegwaarderatio rules");
        let end_input = leegwaarderatio::Input {
            woz_value: next,
            jaarhuur: next_rent * Decimal::from(12),
            letting: p.letting().later_year(),
        };
        let end_value = leegwaarderatio::box3_value(&end_input, end_rules.rules);
        t.add(|| {
            Step::new(
                "actual return: value at the end of the year",
                end_value,
                Text::new(
                    Msg::XEndValue,
                    vec![
                        Arg::Euro(next),
                        Arg::Euro(next_rent),
                        if p.lease.next_monthly_rent.is_none() {
                            Text::new(Msg::XThisYearsRent, vec![])
                        } else {
                            Text::empty()
                        }
                        .into(),
                        end_rules.from_year.into(),
                    ],
                ),
            )
            .source(format!(
                "art. 5.31 lid 4 Wet IB 2001; {}",
                end_rules.rules.cite()
            ))
        });
        let interest = p
            .mortgage
            .as_ref()
            .map(|m| m.balance * m.interest_pct / HUNDRED)
            .unwrap_or_default()
            + p.owner.other_debts * b3rules.rendement_schulden_pct.value / HUNDRED;
        let (other_income, other_income_actual) = match p.owner.actual_return_other {
            Some(a) => (a, true),
            None => (
                p.owner.bank_balance * b3rules.rendement_banktegoeden_pct.value / HUNDRED
                    + p.owner.other_assets * b3rules.rendement_overige_bezittingen_pct.value
                        / HUNDRED,
                false,
            ),
        };
        let input = ActualReturnInput {
            rent: lwr.jaarhuur * (HUNDRED - p.costs.vacancy_pct) / HUNDRED,
            other_income,
            other_income_actual,
            value_change: end_value - lwr.box3_value,
            interest_paid: interest,
        };
        t.add(|| {
            Step::new(
                "actual return: assumption",
                "",
                Text::new(Msg::XActualAssumption, vec![]),
            )
        });
        box3::actual_return_tax(&input, &b_with, b3rules, &mut t)
    });
    section("box3", t, &mut explain);

    // Value in rented state.
    let transfer = rules
        .overdrachtsbelasting(year)
        .expect("the rules have transfer tax");
    if transfer.carried {
        caveats.push(Text::new(
            Msg::CTransfer,
            vec![transfer.from_year.into(), year.into()],
        ));
    }
    let buyer_costs_pct =
        transfer.rules.overige_woningen_pct.value + market.other_buyer_costs_pct.value;
    let fixed_costs = p.costs.maintenance
        + p.costs.insurance
        + p.costs.owners_association
        + p.costs.municipal_charges;
    let rent_loss_pct = p.costs.vacancy_pct + p.costs.management_pct;
    let plan_in = p.plan.clone();
    let value_growth = plan_in
        .as_ref()
        .and_then(|x| x.value_growth_pct)
        .unwrap_or(market.value_growth_pct.value);
    let rent_growth_wanted = plan_in
        .as_ref()
        .and_then(|x| x.rent_growth_pct)
        .unwrap_or(market.rent_growth_pct.value);
    let cap = rules
        .huurverhoging(year)
        .map(|h| h.rules.for_segment(segment));
    // The investor's DCF prices with the market's growth assumptions, not the owner's plan.
    let market_rent_growth = cap.map_or(market.rent_growth_pct.value, |c| {
        market.rent_growth_pct.value.min(c)
    });
    let selling_costs = plan_in
        .as_ref()
        .and_then(|x| x.selling_costs_pct)
        .unwrap_or(market.selling_costs_pct.value);
    let discount_rate = plan_in
        .as_ref()
        .and_then(|x| x.discount_rate_pct)
        .unwrap_or(market.discount_rate_pct.value);
    let vin = valuation::Input {
        vacant_value: p.vacant_value(),
        annual_rent: valuation_monthly_rent * Decimal::from(12),
        fixed_costs,
        rent_loss_pct,
        segment,
        region: p.region,
        turnover_pct: p.lease.turnover_pct.unwrap_or(market.turnover_pct.value),
        discount_rate_pct: discount_rate,
        value_growth_pct: market.value_growth_pct.value,
        rent_growth_pct: market_rent_growth,
        selling_costs_pct: selling_costs,
        buyer_costs_pct,
        horizon_years: crate::money::to_count(market.dcf_horizon_years.value, 15),
    };
    let mut t = Trace::new(opts.explain);
    let val = valuation::compute(&vin, market, &mut t);
    section("sitting_tenant", t, &mut explain);
    let tol = market.band_tolerance_pct.value;
    let band_disagreement = (val.discount_pct < val.band_pct.0 - tol
        || val.discount_pct > val.band_pct.1 + tol)
        .then_some((val.band_pct.0, val.band_pct.1, val.discount_pct));

    // Sell versus keep.
    let v = p.vacant_value();
    let eviction_cost = market.eviction_legal_costs.value
        + v * discount_rate / HUNDRED * market.eviction_delay_months.value / Decimal::from(12);
    let upgrade_cost = p.costs.energy_upgrade.unwrap_or(
        (market.energy_upgrade_cost.value - market.energy_upgrade_subsidy.value).max(Decimal::ZERO),
    );
    let plan_input = plan_in.as_ref().map(|x| {
        let sale = x.sale.unwrap_or(Sale::Tenanted);
        let alternative = x.alternative.unwrap_or(Alternative::Savings);
        let default_return = match alternative {
            Alternative::Savings => b3rules.rendement_banktegoeden_pct.value,
            Alternative::Investments => b3rules.rendement_overige_bezittingen_pct.value,
        };
        let (price_now, share, deduction) = match sale {
            Sale::Tenanted => (val.tenanted_value, val.tenanted_value / v, Decimal::ZERO),
            Sale::ToTenant => (val.to_tenant_value, val.to_tenant_value / v, Decimal::ZERO),
            Sale::Vacant => (v - eviction_cost, Decimal::ONE, eviction_cost),
        };
        plan::Input {
            tax_year: year,
            years: x
                .years
                .unwrap_or_else(|| crate::money::to_count(market.plan_years.value, 10)),
            woz_value: p.woz_value,
            vacant_value: v,
            monthly_rent: valuation_monthly_rent,
            letting: p.letting(),
            segment,
            fixed_costs,
            rent_loss_pct,
            mortgage: p.mortgage.clone(),
            owner: p.owner.clone(),
            value_growth_pct: value_growth,
            rent_growth_pct: rent_growth_wanted,
            alternative_return_pct: x.alternative_return_pct.unwrap_or(default_return),
            alternative,
            selling_costs_pct: selling_costs,
            sale_price_now: price_now,
            end_price_share: share,
            end_sale_deduction: deduction,
            one_off_cost: Decimal::ZERO,
        }
    });
    let mut t = Trace::new(opts.explain);
    if p.plan.as_ref().and_then(|x| x.sale) == Some(Sale::Vacant) {
        t.add(|| {
            Step::new(
                "vacant sale: costs of ending the lease",
                Arg::Euro(eviction_cost),
                Text::new(
                    Msg::XEviction,
                    vec![
                        Arg::Euro(market.eviction_legal_costs.value),
                        Arg::Num(market.eviction_delay_months.value),
                        Arg::Euro(v),
                        Arg::Pct(discount_rate),
                    ],
                ),
            )
            .source(format!(
                "{}; {}",
                market.eviction_legal_costs.cite(),
                market.eviction_delay_months.cite()
            ))
        });
    }
    let prepared = plan_input.as_ref().map(|pi| plan::Plan::new(pi, rules));
    let outcome = plan_input
        .as_ref()
        .zip(prepared.as_ref())
        .map(|(pi, pl)| plan::outcome(pl, pi, rules, true, &mut t));
    // The plan under each Box 3 future asked for; the bill's is run only when the plan reaches
    // its regime (else it is today's).
    let future = p
        .plan
        .as_ref()
        .and_then(|x| x.box3_future)
        .unwrap_or_default();
    let bill_from = rules.werkelijk_rendement_from().filter(|from| {
        plan_input
            .as_ref()
            .is_some_and(|pi| pi.tax_year + pi.years as i32 > *from)
    });
    let scenarios: Vec<plan::Outcome> = plan_input
        .as_ref()
        .zip(outcome.as_ref())
        .map(|(pi, o)| {
            let bill = || match bill_from {
                Some(_) => {
                    let pl = plan::Plan::for_future(pi, rules, plan::Future::Bill);
                    plan::outcome(&pl, pi, rules, true, &mut Trace::new(false))
                }
                None => plan::Outcome {
                    future: plan::Future::Bill,
                    ..o.clone()
                },
            };
            match future {
                Box3Future::Both => vec![o.clone(), bill()],
                Box3Future::Bill => vec![bill()],
                Box3Future::Forfaitair => vec![o.clone()],
            }
        })
        .unwrap_or_default();
    for o in &scenarios {
        plan::explain_future(o, rules, &mut t);
    }
    let grid = plan_input.as_ref().filter(|_| opts.grid).map(|pi| {
        sensitivity(
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
        vacant_value: v,
        surface_m2: p.surface_m2,
        fixed_costs,
        rent_loss_pct,
        buyer_costs_pct,
        debt_service: first_year_interest + first_year_repayment,
        attributable_tax: attributable,
    };
    let mut t = Trace::new(opts.explain);
    let y = yields::compute(&yin, &mut t);
    // A stress scenario changes only the keep route: rerun it on the prepared plan.
    let stress_difference = |f: &dyn Fn(&mut plan::Input)| {
        plan_input
            .as_ref()
            .zip(prepared.as_ref())
            .zip(outcome.as_ref())
            .map(|((pi, pl), o)| {
                let mut s = pi.clone();
                f(&mut s);
                pl.keep(&s, s.value_growth_pct, None, None) - o.keep_net_worth
            })
    };
    let interest = StressFigure {
        cash_flow_change: -(mortgage_balance * market.stress_interest_points.value / HUNDRED),
        // Without a mortgage a higher rate changes nothing.
        difference_change: if mortgage_balance.is_zero() {
            outcome.as_ref().map(|_| Decimal::ZERO)
        } else {
            stress_difference(&|s| {
                if let Some(m) = s.mortgage.as_mut() {
                    m.interest_pct += market.stress_interest_points.value;
                }
            })
        },
    };
    let month = StressFigure {
        cash_flow_change: -(p.lease.monthly_rent
            * market.stress_vacancy_months.value
            * (HUNDRED - p.costs.management_pct)
            / HUNDRED),
        difference_change: stress_difference(&|s| {
            s.rent_loss_pct += HUNDRED * market.stress_vacancy_months.value / Decimal::from(12)
        }),
    };
    let upgrade = warnings::below_d(&p.energy_label).then(|| StressFigure {
        cash_flow_change: -upgrade_cost,
        difference_change: stress_difference(&|s| s.one_off_cost = upgrade_cost),
    });
    t.add(|| {
        Step::new(
            "stress: interest +1 point",
            Arg::Euro(interest.cash_flow_change),
            Text::new(
                Msg::XStressInterest,
                vec![
                    Arg::Euro(mortgage_balance),
                    Arg::Num(market.stress_interest_points.value),
                ],
            ),
        )
        .source(market.stress_interest_points.cite())
    });
    t.add(|| {
        Step::new(
            "stress: one month vacancy",
            Arg::Euro(month.cash_flow_change),
            Text::new(
                Msg::XStressVacancy,
                vec![Arg::Num(market.stress_vacancy_months.value)],
            ),
        )
        .source(market.stress_vacancy_months.cite())
    });
    if let Some(u) = &upgrade {
        t.add(|| {
            Step::new(
                "stress: energy upgrade now",
                Arg::Euro(u.cash_flow_change),
                Text::new(Msg::XStressUpgrade, vec![]),
            )
            .source(format!(
                "{}; {}",
                market.energy_upgrade_cost.cite(),
                market.energy_upgrade_subsidy.cite()
            ))
        });
    }
    section("yield", t, &mut explain);

    let carried = outcome
        .as_ref()
        .map(|o| o.carried.clone())
        .unwrap_or_default();
    let facts = Facts {
        wws: wws.as_ref(),
        regulated,
        box3_value: lwr.box3_value,
        tenanted_value: Some(val.tenanted_value),
        band_disagreement,
        energy_upgrade_cost: upgrade_cost,
        label_d_wws: wws
            .as_ref()
            .and_then(|w| wws::with_label(w, p, &rules.checks.energy_label_minimum, rules)),
        sale: plan_input.as_ref().map(|_| {
            p.plan
                .as_ref()
                .and_then(|x| x.sale)
                .unwrap_or(Sale::Tenanted)
        }),
        carried: &carried,
    };
    let mut warnings = warnings::check(p, &facts, &rules.checks, market);
    if let Some(w) = bill_from.and_then(|from| rules.werkelijk_rendement(from).map(|w| (from, w))) {
        warnings.push(bill_warning(w.0, w.1, future));
    }

    let fig = |f: StressFigure| StressFigure {
        cash_flow_change: out(f.cash_flow_change),
        difference_change: f.difference_change.map(out),
    };
    Report {
        name: p.name.clone(),
        tax_year: year,
        leegwaarderatio: LeegwaarderatioOut {
            jaarhuur: out(lwr.jaarhuur),
            rent_pct_of_woz: out(lwr.rent_pct_of_woz),
            ratio_pct: out(lwr.ratio_pct),
            reason: lwr.reason,
            box3_value: out(lwr.box3_value),
        },
        box3: Box3Out {
            rendement: out(b_with.rendement),
            rendementsgrondslag: out(b_with.rendementsgrondslag),
            grondslag: out(b_with.grondslag),
            voordeel: out(b_with.voordeel),
            tax: out(b_with.tax),
            tax_without_property: out(b_without.tax),
            attributable_tax: out(attributable),
            actual_return: actual.map(|a| out(a.0)),
            actual_return_tax: actual.map(|a| out(a.1)),
            actual_return_other_given: p.owner.actual_return_other.is_some(),
            per_person: b_with
                .per_person()
                .iter()
                .zip(b_without.per_person())
                .map(|(w, wo)| PersonOut {
                    allocation_pct: out(w.allocation_pct),
                    grondslag: out(w.grondslag),
                    aandeel_pct: out(w.aandeel_pct),
                    voordeel: out(w.voordeel),
                    tax: out(w.tax),
                    tax_without_property: out(wo.tax),
                    attributable_tax: out(w.tax - wo.tax),
                })
                .collect(),
        },
        sitting_tenant: Some(SittingTenantOut {
            vacant_value: out(val.vacant_value),
            tenanted_value: out(val.tenanted_value),
            discount_pct: out(val.discount_pct),
            to_tenant_value: out(val.to_tenant_value),
            band_low: out(val.band_low),
            band_high: out(val.band_high),
            yield_value: out(val.yield_value),
            dcf_value: out(val.dcf_value),
            valuation_rent: out(valuation_monthly_rent),
        }),
        sell_vs_keep: outcome.map(|o| SellVsKeepOut {
            years_planned: plan_input.as_ref().map(|x| x.years).unwrap_or_default(),
            sale: p
                .plan
                .as_ref()
                .and_then(|x| x.sale)
                .unwrap_or(Sale::Tenanted)
                .as_str(),
            sale_price_now: out(plan_input
                .as_ref()
                .map(|x| x.sale_price_now)
                .unwrap_or_default()),
            proceeds_now: out(o.proceeds_now),
            keep_net_worth: out(o.keep_net_worth),
            sell_net_worth: out(o.sell_net_worth),
            difference: out(o.difference),
            better: if o.difference >= Decimal::ZERO {
                "keep"
            } else {
                "sell"
            },
            break_even_growth_pct: o.break_even_growth_pct.map(out),
            keep_irr_pct: o.keep_irr_pct.map(out),
            years: years_out(&o.years),
            scenarios: scenarios
                .iter()
                .map(|s| scenario_out(s, plan_input.as_ref(), p))
                .collect(),
        }),
        yields: Some(YieldOut {
            gross_pct: out(y.gross_pct),
            net_pct: out(y.net_pct),
            rent_per_m2: out(y.rent_per_m2),
            value_per_m2: out(y.value_per_m2),
            purchase_costs: out(y.purchase_costs),
            net_operating_income: out(y.net_operating_income),
            monthly_cash_flow: out(y.monthly_cash_flow),
        }),
        stress: Some(StressOut {
            interest_plus_1: fig(interest),
            month_vacancy: fig(month),
            energy_upgrade: upgrade.map(fig),
        }),
        wws: wws.map(|w| WwsOut {
            points: w.points,
            points_estimated: w.points_estimated,
            max_rent: out(w.max_rent),
            sector: w.sector.as_str(),
            method: w.method.as_str(),
            groups: w
                .groups
                .iter()
                .map(|g| crate::report::WwsGroupOut {
                    group: g.key,
                    name: g.name,
                    section: g.section,
                    points: g.points,
                })
                .collect(),
        }),
        warnings,
        household_share: None,
        caveats: caveats.iter().map(|c| c.render(Lang::default())).collect(),
        caveat_texts: caveats,
        explain: opts.explain.then_some(explain),
        grid,
    }
}

/// `keep` when `difference` (keep − another route) is at least zero, else `other`.
fn better(difference: Decimal, other: &'static str) -> &'static str {
    if difference >= Decimal::ZERO {
        "keep"
    } else {
        other
    }
}

/// The year-by-year rows of a plan.
fn years_out(years: &[plan::Year]) -> Vec<PlanYearOut> {
    years
        .iter()
        .map(|r| PlanYearOut {
            year: r.year,
            rent: out(r.rent),
            costs: out(r.costs),
            interest: out(r.interest),
            repayment: out(r.repayment),
            keep_box3_tax: out(r.keep_box3_tax),
            keep_cash_flow: out(r.keep_cash_flow),
            keep_savings: out(r.keep_savings),
            property_value: out(r.property_value),
            mortgage_balance: out(r.mortgage_balance),
            keep_net_worth: out(r.keep_net_worth),
            sell_box3_tax: out(r.sell_box3_tax),
            sell_net_worth: out(r.sell_net_worth),
            regime: r.regime.as_str(),
            gain_tax: out(r.gain_tax),
        })
        .collect()
}

/// The plan under one Box 3 future.
fn scenario_out(o: &plan::Outcome, pi: Option<&plan::Input>, p: &Property) -> ScenarioOut {
    ScenarioOut {
        future: o.future.as_str(),
        years_planned: pi.map(|x| x.years).unwrap_or_default(),
        sale: p
            .plan
            .as_ref()
            .and_then(|x| x.sale)
            .unwrap_or(Sale::Tenanted)
            .as_str(),
        sale_price_now: out(pi.map(|x| x.sale_price_now).unwrap_or_default()),
        proceeds_now: out(o.proceeds_now),
        keep_net_worth: out(o.keep_net_worth),
        sell_net_worth: out(o.sell_net_worth),
        difference: out(o.difference),
        better: better(o.difference, "sell"),
        break_even_growth_pct: o.break_even_growth_pct.map(out),
        keep_irr_pct: o.keep_irr_pct.map(out),
        gain_tax: out(o.gain_tax),
        start_value: o.start_value.map(out),
        sell_before_bill: o.sell_later.as_ref().map(|l| {
            let difference = o.keep_net_worth - l.net_worth;
            SellLaterOut {
                year: l.year,
                proceeds: out(l.proceeds),
                net_worth: out(l.net_worth),
                difference: out(difference),
                better: better(difference, "sell_before_bill"),
            }
        }),
        years: years_out(&o.years),
    }
}

/// The warning that the plan reaches years the bill on actual returns would govern.
fn bill_warning(from: i32, w: &crate::werkelijk_rendement::Rules, future: Box3Future) -> Warning {
    let shown = match future {
        Box3Future::Both => Msg::WBillBoth,
        Box3Future::Bill => Msg::WBillOnly,
        Box3Future::Forfaitair => Msg::WBillForfaitair,
    };
    Warning::new(
        "box3_bill_pending",
        Text::new(
            Msg::WBill,
            vec![
                from.into(),
                crate::rules::rules_text(
                    &w.status.text,
                    w.status.text_nl.as_deref(),
                    Msg::StatusQuoted,
                )
                .into(),
                Text::new(shown, vec![]).into(),
                w.status.source.clone().into(),
            ],
        ),
    )
}
