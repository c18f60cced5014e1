//! The break-even growths and the IRR of real plans are the correctly rounded roots: the
//! difference (or the negated net present value) changes sign between the two boundaries of
//! the reported figure's cell, 0.005 below and above it.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::calc::solve::{STEP, npv};
use verhuurd::explain::Trace;
use verhuurd::input::{Alternative, Contract, Mortgage, Owner, Repayment, Segment, Tenant};
use verhuurd::leegwaarderatio;
use verhuurd::plan::{self, Future, Plan};
use verhuurd::rules::RuleSet;

fn rules() -> &'static RuleSet {
    use std::sync::OnceLock;
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::built_in().unwrap())
}

/// A let flat worth `value` (its WOZ value too) at `rent` a month, costs 1,800 a year, an
/// interest-only mortgage of half its value at 4%, owned by one person with 80,000 in savings;
/// sold let at 85% of the vacant value, selling costs 2%; uitponden at `turnover_pct` when given.
fn flat(
    value: Decimal,
    rent: Decimal,
    growth: Decimal,
    years: u32,
    turnover_pct: Option<Decimal>,
) -> plan::Input {
    plan::Input {
        tax_year: 2026,
        years,
        woz_value: value,
        vacant_value: value,
        monthly_rent: rent,
        letting: leegwaarderatio::Letting::new(Contract::Indefinite, Tenant::ThirdParty),
        segment: Segment::Free,
        fixed_costs: dec!(1800),
        rent_loss_pct: dec!(3),
        vacancy_pct: Decimal::ZERO,
        mortgage: Some(Mortgage {
            balance: value / Decimal::TWO,
            interest_pct: dec!(4),
            repayment: Repayment::InterestOnly,
            remaining_years: None,
        }),
        owner: Owner {
            bank_balance: dec!(80000),
            ..Owner::default()
        },
        value_growth_pct: growth,
        rent_growth_pct: dec!(2),
        alternative_return_pct: dec!(2.5),
        alternative: Alternative::Savings,
        selling_costs_pct: dec!(2),
        sale_price_now: value * dec!(0.85),
        end_price_share: dec!(0.85),
        end_sale_deduction: Decimal::ZERO,
        turnover_pct,
        improvement: None,
    }
}

fn under(i: &plan::Input, future: Future) -> plan::Outcome {
    let p = Plan::for_future(i, rules(), future);
    plan::outcome(&p, rules(), true, &mut Trace::new(false))
}

/// The plan `i` at value growth `g`: keep − sell, and uitponden − sell.
fn at(i: &plan::Input, future: Future, g: Decimal) -> (Decimal, Option<Decimal>) {
    let mut j = i.clone();
    j.value_growth_pct = g;
    let o = under(&j, future);
    let u = o
        .uitpond
        .as_ref()
        .map(|u| u.expected_net_worth - o.sell_net_worth);
    (o.difference, u)
}

/// Whether a rising `f` changes sign in the cell of `k`: `f(k − 0.005) ≤ 0 < f(k + 0.005)`.
fn brackets(k: Decimal, f: impl Fn(Decimal) -> Decimal) -> bool {
    let half = STEP / Decimal::TWO;
    f(k - half) <= Decimal::ZERO && f(k + half) > Decimal::ZERO
}

/// Check the plan's reported break-even growths and IRR against their definition.
fn check(i: &plan::Input, future: Future) -> Result<(), TestCaseError> {
    let o = under(i, future);
    if let Some(be) = o.break_even_growth_pct {
        prop_assert!(brackets(be, |g| at(i, future, g).0), "break-even {be}");
        prop_assert_eq!(be.scale(), 2);
    }
    if let Some(be) = o.uitpond.as_ref().and_then(|u| u.break_even_growth_pct) {
        prop_assert!(
            brackets(be, |g| at(i, future, g).1.unwrap()),
            "uitpond break-even {be}"
        );
    }
    if let Some(irr) = o.keep_irr_pct {
        let p = Plan::for_future(i, rules(), future);
        let mut flows = vec![-o.proceeds_now];
        p.keep(&p.as_prepared(), None, Some(&mut flows));
        prop_assert!(brackets(irr, |r| npv(&flows, r)), "IRR {irr}");
    }
    Ok(())
}

/// The seed-like flat at 2% growth: a break-even and an IRR exist and are the rounded roots.
#[test]
fn the_break_even_and_the_irr_of_a_plan_are_its_rounded_roots() {
    for future in [Future::Forfaitair, Future::Bill] {
        let i = flat(dec!(250000), dec!(1100), dec!(2), 10, Some(dec!(10)));
        let o = under(&i, future);
        assert!(o.break_even_growth_pct.is_some() && o.keep_irr_pct.is_some());
        assert!(o.uitpond.as_ref().unwrap().break_even_growth_pct.is_some());
        check(&i, future).unwrap();
    }
}

proptest! {
    #![proptest_config(crate::support::cases(12))]
    /// For flats of other values, rents, growths and horizons, under either future.
    #[test]
    fn the_reported_roots_bracket_the_sign_change(
        value in 100_000i64..=600_000,
        rent in 500i64..=2_500,
        growth_tenths in -20i64..=60,
        years in 2u32..=15,
        turnover in proptest::option::of(2i64..=30),
        bill in proptest::bool::ANY,
    ) {
        let i = flat(
            Decimal::from(value),
            Decimal::from(rent),
            Decimal::new(growth_tenths, 1),
            years,
            turnover.map(Decimal::from),
        );
        check(&i, if bill { Future::Bill } else { Future::Forfaitair })?;
    }
}
