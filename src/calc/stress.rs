//! The stress scenarios of the micro-property seed (methods.md §5): interest up, a month of
//! vacancy a year, the energy upgrade to label D paid now. Each is the change in the yearly net
//! cash flow and, with a plan, in the keep − sell difference (only the keep route changes: it is
//! rerun on the prepared plan). The sizes are data (`data/market.toml`); the upgrade's cost is
//! the scenario's ([`Scenario::energy_upgrade_cost`]: the quote, else the cost matrix).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::HUNDRED;
use crate::plan;
use crate::scenario::{Scenario, UpgradeEstimate};
use crate::warnings;

/// The effect of one stress scenario.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    #[serde(serialize_with = "crate::money::ser::out")]
    pub cash_flow_change: Decimal,
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub difference_change: Option<Decimal>,
}

/// The stress scenarios of a property.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stress {
    #[serde(rename = "interest_plus_1")]
    pub interest: Figure,
    pub month_vacancy: Figure,
    /// Only for labels E, F and G.
    pub energy_upgrade: Option<Figure>,
}

/// The plan a stress scenario reruns: the prepared plan and its outcome.
#[derive(Clone, Copy)]
pub struct PlanRun<'a> {
    pub plan: &'a plan::Plan<'a>,
    pub outcome: &'a plan::Outcome,
}

/// The stress scenarios of `s`, the plan's rerun when there is one.
pub fn compute(s: &Scenario, run: Option<PlanRun>, trace: &mut Trace) -> Stress {
    let p = s.property;
    let market = s.market;
    let mortgage_balance = p.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
    let difference = |f: &dyn Fn(&mut plan::Rerun)| {
        run.map(|r| {
            let mut rerun = r.plan.as_prepared();
            f(&mut rerun);
            r.plan.keep(&rerun, None, None) - r.outcome.keep_net_worth
        })
    };
    let points = market.stress_interest_points.value;
    let months = market.stress_vacancy_months.value;
    let interest = Figure {
        cash_flow_change: -(mortgage_balance * points / HUNDRED),
        // Without a mortgage a higher rate changes nothing.
        difference_change: if mortgage_balance.is_zero() {
            run.map(|_| Decimal::ZERO)
        } else {
            difference(&|r| r.interest_delta = points)
        },
    };
    let month_vacancy = Figure {
        cash_flow_change: -(p.lease.monthly_rent * months * (HUNDRED - p.costs.management_pct)
            / HUNDRED),
        difference_change: difference(&|r| {
            r.rent_loss_delta = HUNDRED * months / Decimal::from(12)
        }),
    };
    let energy_upgrade = s
        .energy_upgrade_cost
        .filter(|_| warnings::below_d(&p.energy_label))
        .map(|upgrade_cost| Figure {
            cash_flow_change: -upgrade_cost,
            difference_change: difference(&|r| r.one_off = upgrade_cost),
        });
    trace.step(|r| {
        Step::new(
            Text::new(Msg::FStressInterest, vec![]),
            Arg::Euro(interest.cash_flow_change),
            Text::new(
                Msg::XStressInterest,
                vec![
                    Arg::Euro(mortgage_balance),
                    Arg::Num(r.read(&market.stress_interest_points)),
                ],
            ),
        )
    });
    trace.step(|r| {
        Step::new(
            Text::new(Msg::FStressVacancy, vec![]),
            Arg::Euro(month_vacancy.cash_flow_change),
            Text::new(
                Msg::XStressVacancy,
                vec![Arg::Num(r.read(&market.stress_vacancy_months))],
            ),
        )
    });
    if let Some(u) = &energy_upgrade {
        let min = &s.rules.checks.energy_label_minimum;
        trace.step(|r| {
            let how = match s.energy_upgrade_estimate {
                UpgradeEstimate::Quote => Text::new(Msg::XStressUpgradeQuote, vec![]),
                UpgradeEstimate::Matrix(m) => {
                    let matrix = &s.rules.checks.upgrade_cost;
                    r.cite(matrix);
                    r.read(&market.energy_upgrade_subsidy);
                    Text::new(
                        Msg::XUpgradeMatrix,
                        vec![
                            Arg::Cents(m.per_m2),
                            p.energy_label.clone().into(),
                            min.clone().into(),
                            Arg::Num(p.surface_m2),
                            Arg::Euro(m.gross),
                            Arg::Euro(m.subsidy),
                            matrix.price_year.into(),
                        ],
                    )
                }
                UpgradeEstimate::Unknown => Text::empty(),
            };
            let step = Step::new(
                Text::new(Msg::FStressUpgrade, vec![]),
                Arg::Euro(u.cash_flow_change),
                Text::new(Msg::XStressUpgrade, vec![min.clone().into(), how.into()]),
            );
            match s.energy_upgrade_estimate {
                UpgradeEstimate::Quote if p.costs.energy_upgrade.is_some() => {
                    step.from_input("costs.energy_upgrade")
                }
                UpgradeEstimate::Quote => step.from_input("upgrade.cost"),
                _ => step.from_input("property.surface_m2"),
            }
        });
    }
    Stress {
        interest,
        month_vacancy,
        energy_upgrade,
    }
}
