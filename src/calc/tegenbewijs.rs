//! The tegenbewijs (actual return) of the tax year, when next year's WOZ is known: the let dwelling
//! at WOZ × leegwaarderatio at both ends of the year, the ratio at the end from the rent and the
//! table of 1 January of the next year (art. 5.31 lid 4 Wet IB 2001); bank and other assets at
//! the owner's actual return or, when not given, at the forfaitaire rates.
//!
//! The rent counts as received; for a related tenant below arm's length the regular benefits are
//! those a third party would have agreed (art. 5.27 lid 3 Wet IB 2001 as amended by the Wet
//! tegenbewijsregeling box 3, Kamerstukken 36 706): the rent `lease.market_monthly_rent`. Without
//! it the figure is refused (`refusal`) rather than computed from the rent paid.

use rust_decimal::Decimal;

use crate::box3::{self, ActualReturnInput, Box3};
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::leegwaarderatio::{self, Leegwaarderatio};
use crate::model::{Property, Tenant};
use crate::money::HUNDRED;
use crate::scenario::Scenario;

/// The article that puts a related tenant's rent at arm's length in the actual return.
pub const ARMS_LENGTH_RULE: &str =
    "art. 5.27 lid 3 Wet IB 2001 (Wet tegenbewijsregeling box 3, Kamerstukken 36 706) [TBR]";

/// Whether the rent of `p` is not the one the actual return counts: a related tenant below arm's
/// length (`lease.tenant = "related"`, `lease.market_rent = false`).
fn below_arms_length(p: &Property) -> bool {
    p.lease.tenant == Tenant::Related && !p.lease.market_rent
}

/// The rent per month the actual return counts (art. 5.27 lid 3 Wet IB 2001): the rent paid, or
/// for a related tenant below arm's length the arm's-length rent; `None` when that is not given.
pub(crate) fn monthly_rent_counted(p: &Property) -> Option<Decimal> {
    if below_arms_length(p) {
        p.lease.market_monthly_rent
    } else {
        Some(p.lease.monthly_rent)
    }
}

/// The rent received in the year as the actual return counts it: the rent counted × 12, less
/// the vacancy; `None` when the arm's-length rent is needed and not given.
pub(crate) fn rent_received(p: &Property) -> Option<Decimal> {
    let jaarhuur = monthly_rent_counted(p)? * Decimal::from(12);
    Some(jaarhuur * (HUNDRED - p.costs.vacancy_pct) / HUNDRED)
}

/// Why the tegenbewijs of `p` is not computed although next year's WOZ is given: a related tenant
/// below arm's length without `lease.market_monthly_rent`.
pub(crate) fn refusal(p: &Property) -> Option<Text> {
    (p.next_woz_value.is_some() && monthly_rent_counted(p).is_none())
        .then(|| Text::new(Msg::CTegenbewijsRefused, vec![]))
}

/// (actual return, tax under the tegenbewijs), or `None` without next year's WOZ.
pub fn compute(
    s: &Scenario,
    lwr: &Leegwaarderatio,
    forfaitair: &Box3,
    trace: &mut Trace,
) -> Option<(Decimal, Decimal)> {
    let p = s.property;
    let b3rules = s.box3;
    let next = p.next_woz_value?;
    let Some(rent) = rent_received(p) else {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FActualReturnRent, vec![]),
                "",
                Text::new(Msg::CTegenbewijsRefused, vec![]),
            )
            .rule(ARMS_LENGTH_RULE)
            .from_input("lease.market_monthly_rent")
        });
        return None;
    };
    if below_arms_length(p) {
        trace.add(|| {
            let vacancy = if p.costs.vacancy_pct.is_zero() {
                Text::empty()
            } else {
                Text::new(Msg::XLessVacancy, vec![Arg::Pct(p.costs.vacancy_pct)])
            };
            Step::new(
                Text::new(Msg::FActualReturnRent, vec![]),
                crate::money::out(rent),
                Text::new(
                    Msg::XArmsLengthRent,
                    vec![
                        Arg::Euro(monthly_rent_counted(p).unwrap_or_default()),
                        Arg::Euro(p.lease.monthly_rent),
                        vacancy.into(),
                    ],
                ),
            )
            .rule(ARMS_LENGTH_RULE)
            .from_input("lease.market_monthly_rent")
            .from_input("costs.vacancy_pct")
        });
    }
    let next_rent = p.lease.next_monthly_rent.unwrap_or(p.lease.monthly_rent);
    let end_rules = s
        .rules
        .leegwaarderatio(s.year + 1)
        .expect("every year has leegwaarderatio rules");
    let end_input = leegwaarderatio::Input {
        woz_value: next,
        jaarhuur: next_rent * Decimal::from(12),
        letting: p.letting().later_year(),
    };
    let end_value = leegwaarderatio::box3_value(&end_input, end_rules.rules);
    trace.add(|| {
        Step::new(
            Text::new(Msg::FActualReturnEnd, vec![]),
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
        .rule("art. 5.31 lid 4 Wet IB 2001")
        .uses(end_rules.rules)
        .from_input("property.next_woz_value")
        .from_input("lease.next_monthly_rent")
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
                + p.owner.other_assets * b3rules.rendement_overige_bezittingen_pct.value / HUNDRED,
            false,
        ),
    };
    let input = ActualReturnInput {
        rent,
        other_income,
        other_income_actual,
        value_change: end_value - lwr.box3_value,
        interest_paid: interest,
    };
    trace.add(|| {
        Step::new(
            Text::new(Msg::FActualReturnAssumption, vec![]),
            "",
            Text::new(Msg::XActualAssumption, vec![]),
        )
        .uses(&b3rules.rendement_schulden_pct)
        .uses_all(if other_income_actual {
            vec![]
        } else {
            vec![
                &b3rules.rendement_banktegoeden_pct,
                &b3rules.rendement_overige_bezittingen_pct,
            ]
        })
    });
    Some(box3::actual_return_tax(&input, forfaitair, b3rules, trace))
}
