//! The derivation of a plan's figures (`--explain`): the assumptions of both routes with their
//! sources, and under each Box 3 future each year's regime, the start value, the tax on the gain
//! and the route that sells before the bill.

use super::{Future, Input, Outcome};
use crate::explain::{Citation, Cite, Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::Alternative;
use crate::money::HUNDRED;
use crate::rules::{Box3Regime, RuleSet};

/// The steps of the outcome `o` of the plan of `i`: the sell and keep routes, the difference,
/// the break-even growth (`with_details`) and the years whose rules were carried.
pub(super) fn outcome(
    o: &Outcome,
    i: &Input,
    rules: &RuleSet,
    with_details: bool,
    trace: &mut Trace,
) {
    // The assumptions of both routes, each cited from the market default or the input that set
    // it, and the Box 3 rules of the tax year (each later year's in its regime step).
    let market = &rules.market;
    // (Looked up only when a step is built: nothing here runs without tracing.)
    let box3_now = || rules.box3(i.tax_year).map(|b| b.rules);
    let alternative_return = |s: Step| match box3_now() {
        Some(b) => s.assumption(
            "plan.alternative_return_pct",
            i.alternative_return_pct,
            match i.alternative {
                Alternative::Savings => &b.rendement_banktegoeden_pct,
                Alternative::Investments => &b.rendement_overige_bezittingen_pct,
            },
        ),
        None => s.from_input("plan.alternative_return_pct"),
    };
    let box3_tax = |s: Step| match box3_now() {
        Some(b) => s.uses(&b.heffingsvrij_vermogen).uses(&b.tarief_pct),
        None => s,
    };
    trace.add(|| {
        Step::new(
            Text::new(Msg::FSellProceeds, vec![]),
            Arg::Euro(o.proceeds_now),
            Text::new(
                Msg::XProceeds,
                vec![Arg::Euro(i.sale_price_now), Arg::Pct(i.selling_costs_pct)],
            ),
        )
        .assumption(
            "plan.selling_costs_pct",
            i.selling_costs_pct,
            &market.selling_costs_pct,
        )
        .from_input("plan.sale")
        .from_input("mortgage.balance")
    });
    trace.add(|| {
        let s = Step::new(
            Text::new(Msg::FSellNetWorth, vec![]),
            Arg::Euro(o.sell_net_worth),
            Text::new(
                Msg::XSellNetWorth,
                vec![
                    Arg::Pct(i.alternative_return_pct),
                    Text::new(
                        if i.alternative == Alternative::Savings {
                            Msg::XSavings
                        } else {
                            Msg::XInvestments
                        },
                        vec![],
                    )
                    .into(),
                ],
            ),
        );
        box3_tax(alternative_return(s))
            .from_input("plan.alternative")
            .from_step("proceeds")
    });
    trace.add(|| {
        let s = Step::new(
            Text::new(Msg::FKeepNetWorth, vec![]),
            Arg::Euro(o.keep_net_worth),
            Text::new(
                Msg::XKeepNetWorth,
                vec![
                    Arg::Pct(i.rent_growth_pct),
                    crate::valuation::segment_word(i.segment),
                    Arg::Pct(i.alternative_return_pct),
                    Arg::Pct(i.value_growth_pct),
                    Arg::Pct((i.end_price_share * HUNDRED).round_dp(1)),
                    Arg::Pct(i.selling_costs_pct),
                ],
            ),
        )
        .assumption(
            "plan.rent_growth_pct",
            i.rent_growth_pct,
            &market.rent_growth_pct,
        );
        let s = match rules.huurverhoging(i.tax_year) {
            Some(h) => s.uses(h.rules.param(i.segment)),
            None => s,
        };
        let s = alternative_return(s)
            .assumption(
                "plan.value_growth_pct",
                i.value_growth_pct,
                &market.value_growth_pct,
            )
            .assumption(
                "plan.selling_costs_pct",
                i.selling_costs_pct,
                &market.selling_costs_pct,
            );
        let s = match rules.leegwaarderatio(i.tax_year) {
            Some(l) => s.uses(l.rules),
            None => s,
        };
        box3_tax(s)
            .from_input("lease.monthly_rent")
            .from_input("plan.sale")
            .from_input("mortgage")
    });
    trace.add(|| {
        Step::new(
            "difference",
            Arg::Euro(o.difference),
            Text::new(Msg::XDifference, vec![]),
        )
        .from_step("keep_net_worth")
        .from_step("sell_net_worth")
    });
    if with_details {
        trace.step(|r| {
            Step::new(
                "break_even_growth_pct",
                o.break_even_growth_pct
                    .map_or(Text::new(Msg::NoBreakEvenRange, vec![]).into(), Arg::Pct),
                Text::new(
                    Msg::XBreakEven,
                    vec![
                        Arg::Num(r.read(&market.break_even_low_pct)),
                        Arg::Num(r.read(&market.break_even_high_pct)),
                    ],
                ),
            )
        });
    }
    for (y, from) in &o.carried {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FRulesCarried, vec![]),
                y,
                Text::new(Msg::XRulesCarried, vec![(*from).into(), (*y).into()]),
            )
            .uses_all(rules.year(*from).map(|r| Citation::rule(r.origin.clone())))
        });
    }
}

/// The derivation of a plan under the future `o.future`: each year's regime and Box 3 tax, the
/// start value and the tax on the gain at the sale, and the route that sells before the bill.
pub fn explain_future(o: &Outcome, rules: &RuleSet, trace: &mut Trace) {
    // The future in the figure's name: the bill's in the language of the output.
    let label = || -> Arg {
        match o.future {
            Future::Bill => Text::new(Msg::FBill, vec![]).into(),
            f => f.as_str().into(),
        }
    };
    let wr_from = rules.werkelijk_rendement_from();
    for r in &o.years {
        trace.add(|| {
            let how = match r.keep_result {
                Some(res) => Text::new(
                    Msg::XYearBill,
                    vec![
                        Arg::Euro(res),
                        Arg::Euro(r.rent),
                        Arg::Euro(r.costs),
                        Arg::Euro(r.interest),
                        Arg::Euro(r.keep_box3_tax),
                        Arg::Euro(r.sell_box3_tax),
                    ],
                ),
                None => Text::new(
                    Msg::XYearForfaitair,
                    vec![
                        Arg::Euro(r.keep_box3_tax),
                        Arg::Euro(r.sell_box3_tax),
                        Arg::Euro(r.woz_value),
                        (r.year - 1).into(),
                    ],
                ),
            };
            let step = Step::new(
                Text::new(Msg::FRegime, vec![label(), r.year.into()]),
                r.regime.as_str(),
                how,
            );
            match (r.regime, wr_from.and_then(|y| rules.werkelijk_rendement(y))) {
                (Box3Regime::WerkelijkRendement, Some(w)) => {
                    step.uses_all(w.citations()).shown_as(w.cite())
                }
                _ => match rules.box3(r.year) {
                    Some(b) => {
                        let used: [&dyn crate::rules::Cite; 3] = [
                            &b.rules.heffingsvrij_vermogen,
                            &b.rules.rendement_overige_bezittingen_pct,
                            &b.rules.tarief_pct,
                        ];
                        let text: Vec<String> = used.iter().map(|p| p.citation().cite()).collect();
                        step.uses_all(used)
                            .shown_as(format!(
                                "Box 3 rules of {}: {}",
                                b.from_year,
                                text.join("; ")
                            ))
                            .framed(Msg::SrcBox3RulesOf, vec![b.from_year.into()])
                    }
                    None => step,
                },
            }
        });
    }
    if let Some(b) = wr_from
        .and_then(|y| rules.werkelijk_rendement(y))
        .and_then(|w| w.vastgoedbijtelling.as_ref())
    {
        for r in o.years.iter().filter(|r| r.vastgoedbijtelling.is_some()) {
            trace.add(|| {
                Step::new(
                    Text::new(Msg::FBijtelling, vec![label(), r.year.into()]),
                    Arg::Euro(r.vastgoedbijtelling.unwrap_or_default()),
                    Text::new(
                        Msg::XBijtelling,
                        vec![
                            Arg::Pct(b.pct_of_woz),
                            Arg::Euro(r.woz_value),
                            Arg::Pct(b.min_let_pct),
                        ],
                    ),
                )
                .uses(b)
            });
        }
    }
    if let Some(start) = o.start_value {
        let w = wr_from.and_then(|y| rules.werkelijk_rendement(y));
        trace.add(|| {
            let s = Step::new(
                Text::new(Msg::FStartValue, vec![label()]),
                Arg::Euro(start),
                Text::new(
                    Msg::XStartValue,
                    vec![
                        wr_from.unwrap_or_default().into(),
                        Arg::Euro(o.start_woz.unwrap_or_default()),
                        (wr_from.unwrap_or_default() + 1).into(),
                    ],
                ),
            );
            match w {
                Some(w) => s.uses(&w.beginwaarde_leegwaarderatio),
                None => s,
            }
        });
        if let (Some(last), Some(w)) = (o.years.last(), w) {
            trace.step(|r| {
                // The rate shown, read with the allowance and the threshold the tax on the gain
                // applies too.
                let [tarief, ..] = w.citations().map(|p| r.read(p));
                Step::new(
                    Text::new(Msg::FGainTax, vec![label()]),
                    Arg::Euro(o.gain_tax),
                    Text::new(
                        Msg::XGainTax,
                        vec![
                            last.year.into(),
                            Arg::Euro(last.basis.unwrap_or(start)),
                            Arg::Pct(tarief),
                        ],
                    ),
                )
                .shown_as(w.cite())
            });
        }
    }
    if let Some(l) = &o.sell_later {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FKeepThenSell, vec![label(), l.year.into()]),
                Arg::Euro(l.net_worth),
                Text::new(
                    Msg::XSellLater,
                    vec![
                        l.year.into(),
                        Arg::Euro(l.proceeds),
                        Arg::Euro(o.keep_net_worth - l.net_worth),
                    ],
                ),
            )
            .uses_all(
                rules
                    .werkelijk_rendement(l.year + 1)
                    .map(|w| w.status.citation()),
            )
        });
    }
}
