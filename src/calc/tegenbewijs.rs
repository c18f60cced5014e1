//! The tegenbewijs (actual return) of the tax year, when next year's WOZ is known: the let dwelling
//! at WOZ × leegwaarderatio at both ends of the year, the ratio at the end from the rent and the
//! table of 1 January of the next year (art. 5.31 lid 4 Wet IB 2001); bank and other assets at
//! the owner's actual return or, when not given, at the forfaitaire rates.

use rust_decimal::Decimal;

use crate::box3::{self, ActualReturnInput, Box3};
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::leegwaarderatio::{self, Leegwaarderatio};
use crate::money::HUNDRED;
use crate::scenario::Scenario;

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
        rent: lwr.jaarhuur * (HUNDRED - p.costs.vacancy_pct) / HUNDRED,
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
