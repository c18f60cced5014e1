//! The stress scenarios of the micro-property seed (methods.md §5): interest up, a month of
//! vacancy a year, the energy upgrade to label D paid now. Each is the change in the yearly net
//! cash flow and, with a plan, in the keep − sell difference (only the keep route changes: it is
//! rerun on the prepared plan). The sizes are data (`data/market.toml`).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::HUNDRED;
use crate::plan;
use crate::scenario::Scenario;
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
    let upgrade_cost = s.energy_upgrade_cost;
    let energy_upgrade = warnings::below_d(&p.energy_label).then(|| Figure {
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
        trace.add(|| {
            Step::new(
                Text::new(Msg::FStressUpgrade, vec![]),
                Arg::Euro(u.cash_flow_change),
                Text::new(Msg::XStressUpgrade, vec![]),
            )
            .uses_all([&market.energy_upgrade_cost, &market.energy_upgrade_subsidy])
        });
    }
    Stress {
        interest,
        month_vacancy,
        energy_upgrade,
    }
}
