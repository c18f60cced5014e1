//! Uitponden (`plan.sale = "at_turnover"`): kept let until the tenant leaves, then sold vacant.
//! A hand computation on a two-year plan, bounds on the expected net worth, and the output.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
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

/// A small flat: value and WOZ 100,000, rent 700 a month, costs 1,500 a year, an interest-only
/// mortgage of 60,000 at 4%, a single owner with nothing else; value, rent and costs +2% a year,
/// the money earns 2% in savings; sold let at 85% of the vacant value, selling costs 2%.
fn flat(tax_year: i32, years: u32, turnover_pct: Decimal) -> plan::Input {
    plan::Input {
        tax_year,
        years,
        woz_value: dec!(100000),
        vacant_value: dec!(100000),
        monthly_rent: dec!(700),
        letting: leegwaarderatio::Letting::new(Contract::Indefinite, Tenant::ThirdParty),
        segment: Segment::Free,
        fixed_costs: dec!(1500),
        rent_loss_pct: Decimal::ZERO,
        vacancy_pct: Decimal::ZERO,
        mortgage: Some(Mortgage {
            balance: dec!(60000),
            interest_pct: dec!(4),
            repayment: Repayment::InterestOnly,
            remaining_years: None,
        }),
        owner: Owner::default(),
        value_growth_pct: dec!(2),
        rent_growth_pct: dec!(2),
        alternative_return_pct: dec!(2),
        alternative: Alternative::Savings,
        selling_costs_pct: dec!(2),
        sale_price_now: dec!(85000),
        end_price_share: dec!(0.85),
        end_sale_deduction: Decimal::ZERO,
        turnover_pct: Some(turnover_pct),
        improvement: None,
    }
}

fn under(i: &plan::Input, future: Future) -> plan::Outcome {
    let p = Plan::for_future(i, rules(), future);
    plan::outcome(&p, rules(), true, &mut Trace::new(false))
}

/// Two years from 2026 at a turnover of 25% a year, by hand. The owner's Box 3 stays under the
/// heffingsvrij vermogen throughout (the flat's 100,000 less the debt above the threshold, the
/// savings, or the proceeds alone), so no route pays Box 3 tax.
///
/// | year | rent  | costs | interest | cash  | savings | value      |
/// |------|-------|-------|----------|-------|---------|------------|
/// | 2026 | 8,400 | 1,500 | 2,400    | 4,500 | 4,500   | 102,000.00 |
/// | 2027 | 8,568 | 1,530 | 2,400    | 4,638 | 4,590 + 4,638 = 9,228 | 104,040.00 |
///
/// - the tenant leaves in 2026 (25%): 4,500 + 102,000 × 0.98 − 60,000 = 44,460.00, held through
///   2027 at 2%: 45,349.20;
/// - the tenant leaves in 2027 (0.75 × 0.25 = 18.75%): 9,228 + 104,040 × 0.98 − 60,000
///   = 51,187.20;
/// - the tenant stays (0.75² = 56.25%): 9,228 + 104,040 × 0.85 × 0.98 − 60,000 = 35,893.32;
/// - expected: 0.25 × 45,349.20 + 0.1875 × 51,187.20 + 0.5625 × 35,893.32 = 11,337.30
///   + 9,597.60 + 20,189.9925 = 41,124.89 (to the cent);
/// - the sale year: 25% by 2026, 100% by 2027: 10th percentile 2026, 90th 2027.
#[test]
fn a_two_year_plan_by_hand() {
    let o = under(&flat(2026, 2, dec!(25)), Future::Forfaitair);
    assert!(o.years.iter().all(|y| y.keep_box3_tax.is_zero()));
    assert!(o.years.iter().all(|y| y.sell_box3_tax.is_zero()));
    assert_eq!(o.keep_net_worth, dec!(35893.32));
    let u = o.uitpond.expect("the uitpond route");
    let got: Vec<_> = u
        .outcomes
        .iter()
        .map(|t| (t.year, t.vacant, t.chance, t.net_worth))
        .collect();
    assert_eq!(
        got,
        vec![
            (2026, true, dec!(0.25), dec!(45349.20)),
            (2027, true, dec!(0.1875), dec!(51187.20)),
            (2027, false, dec!(0.5625), dec!(35893.32)),
        ]
    );
    assert_eq!(u.expected_net_worth, dec!(41124.89));
    assert_eq!((u.sale_year_p10, u.sale_year_p90), (2026, 2027));
    // A plan that does not ask for it has none.
    let mut i = flat(2026, 2, dec!(25));
    i.turnover_pct = None;
    assert_eq!(under(&i, Future::Forfaitair).uitpond, None);
}

proptest! {
    /// Under either future, the expected net worth lies between the smallest and the largest
    /// outcome, the chances add up to one, and the 10th percentile of the sale year is at most
    /// the 90th.
    #[test]
    fn the_expected_net_worth_lies_between_the_outcomes(
        tax_year in 2026i32..=2030,
        years in 1u32..=15,
        turnover in 1u32..=60,
        growth in -3i64..=8,
        bill in any::<bool>(),
    ) {
        let mut i = flat(tax_year, years, Decimal::from(turnover));
        i.value_growth_pct = Decimal::from(growth);
        let future = if bill { Future::Bill } else { Future::Forfaitair };
        let u = under(&i, future).uitpond.expect("the uitpond route");
        prop_assert_eq!(u.outcomes.len(), years as usize + 1);
        let low = u.outcomes.iter().map(|t| t.net_worth).min().unwrap();
        let high = u.outcomes.iter().map(|t| t.net_worth).max().unwrap();
        prop_assert!(low <= u.expected_net_worth && u.expected_net_worth <= high,
            "{} not in {}..{}", u.expected_net_worth, low, high);
        let total: Decimal = u.outcomes.iter().map(|t| t.chance).sum();
        prop_assert!((total - Decimal::ONE).abs() < dec!(0.000000000000000001));
        prop_assert!(u.sale_year_p10 <= u.sale_year_p90);
        prop_assert!(u.sale_year_p90 < tax_year + years as i32);
    }
}

/// With no turnover the route is the keep route; with certain turnover it is the vacant sale at
/// the end of the first year, the money held to the end.
#[test]
fn no_turnover_is_keeping_and_certain_turnover_sells_after_the_first_year() {
    for future in [Future::Forfaitair, Future::Bill] {
        let o = under(&flat(2027, 6, Decimal::ZERO), future);
        let u = o.uitpond.unwrap();
        assert_eq!(u.expected_net_worth, o.keep_net_worth);
        assert_eq!((u.sale_year_p10, u.sale_year_p90), (2032, 2032));
        let u = under(&flat(2027, 6, dec!(100)), future).uitpond.unwrap();
        assert_eq!(u.expected_net_worth, u.outcomes[0].net_worth);
        assert_eq!((u.sale_year_p10, u.sale_year_p90), (2027, 2027));
    }
}

/// The route year by year on the two-year plan by hand (see above): at the end of 2026 the
/// tenant has left with 25% (44,460.00) and stays with 75% (the keep route's 4,500 + 102,000 ×
/// 0.85 × 0.98 − 60,000 = 29,466.00): 11,115.00 + 22,099.50 = 33,214.50; at the end of 2027 the
/// expected net worth of the route. No Box 3 tax in either year.
#[test]
fn the_route_year_by_year_by_hand() {
    let o = under(&flat(2026, 2, dec!(25)), Future::Forfaitair);
    let u = o.uitpond.as_ref().unwrap();
    let years: Vec<(i32, Decimal, Decimal)> = u
        .years
        .iter()
        .map(|y| (y.year, y.expected_net_worth, y.expected_box3_tax))
        .collect();
    assert_eq!(
        years,
        vec![
            (2026, dec!(33214.50), dec!(0)),
            (2027, dec!(41124.89), dec!(0))
        ]
    );
}

/// Year by year the route ends at its expected net worth, under both futures, on a long plan
/// whose money pays Box 3.
#[test]
fn the_route_year_by_year_ends_at_its_expected_net_worth() {
    let mut i = flat(2026, 10, dec!(12));
    i.owner.bank_balance = dec!(150000);
    for future in [Future::Forfaitair, Future::Bill] {
        let o = under(&i, future);
        let u = o.uitpond.as_ref().unwrap();
        assert_eq!(u.years.len(), 10);
        assert_eq!(
            u.years.last().unwrap().expected_net_worth,
            u.expected_net_worth
        );
        assert!(u.years.iter().any(|y| y.expected_box3_tax > Decimal::ZERO));
    }
}

/// A ten-year plan under the bill at 20% turnover: tenants drawn year by year (a fixed-seed
/// generator, 200,000 runs) give on average the expected net worth, within four standard
/// errors, and the sale years' 10th and 90th percentiles.
#[test]
fn a_simulation_of_tenants_leaving_agrees_with_the_expected_value() {
    let o = under(&flat(2026, 10, dec!(20)), Future::Bill);
    let u = o.uitpond.unwrap();
    let vacant: Vec<f64> = u.outcomes[..10]
        .iter()
        .map(|t| t.net_worth.to_string().parse().unwrap())
        .collect();
    let stays: f64 = o.keep_net_worth.to_string().parse().unwrap();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut draw = || {
        // xorshift64*: uniform in [0, 1).
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    };
    let runs = 200_000;
    let (mut sum, mut sum_sq) = (0.0, 0.0);
    let mut years = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = (0..10).find(|_| draw() < 0.2);
        let x = t.map_or(stays, |t| vacant[t]);
        years.push(2026 + t.unwrap_or(9) as i32);
        sum += x;
        sum_sq += x * x;
    }
    let n = runs as f64;
    let mean = sum / n;
    let se = ((sum_sq / n - mean * mean) / n).sqrt();
    let expected: f64 = u.expected_net_worth.to_string().parse().unwrap();
    assert!(
        (mean - expected).abs() < 4.0 * se,
        "simulated {mean:.2} ± {se:.2}, expected {expected}"
    );
    years.sort_unstable();
    assert_eq!(years[runs / 10], u.sale_year_p10);
    assert_eq!(years[runs * 9 / 10], u.sale_year_p90);
}

/// Under the bill the vacant sale pays the tax on its gain, more than the let sale's (the vacant
/// price is higher), from the same gain tax as the keep route.
#[test]
fn under_the_bill_a_vacant_sale_pays_the_tax_on_its_gain() {
    let mut i = flat(2028, 4, dec!(10));
    i.value_growth_pct = dec!(8);
    i.vacant_value = dec!(300000);
    i.woz_value = dec!(300000);
    let o = under(&i, Future::Bill);
    let mut taxed = 0;
    for y in &o.years {
        let untaxed =
            y.keep_savings + (y.property_value * dec!(0.98)).round_dp(2) - y.mortgage_balance;
        let tax = untaxed - y.vacant_net_worth;
        assert!(tax >= y.gain_tax, "{}: {tax} < {}", y.year, y.gain_tax);
        if tax > Decimal::ZERO {
            taxed += 1;
        }
    }
    assert!(taxed > 0, "some vacant sale is taxed");
}

/// The break-even growth of uitponden (the flat at a rent of 300 a month): at 0.01 point below it the route leaves less than
/// selling now, at 0.01 point above it more, under either future.
#[test]
fn the_break_even_growth_of_uitponden_separates_it_from_selling_now() {
    for future in [Future::Forfaitair, Future::Bill] {
        let mut i = flat(2026, 10, dec!(12));
        i.monthly_rent = dec!(300);
        let at = |g: Decimal| {
            let mut j = i.clone();
            j.value_growth_pct = g;
            let o = under(&j, future);
            o.uitpond.unwrap().expected_net_worth - o.sell_net_worth
        };
        let be = under(&i, future)
            .uitpond
            .unwrap()
            .break_even_growth_pct
            .expect("a break-even growth");
        assert!(at(be - dec!(0.01)) < Decimal::ZERO, "{future:?} {be}");
        assert!(at(be + dec!(0.01)) > Decimal::ZERO, "{future:?} {be}");
    }
}

/// The example's grid of uitponden − sell: at the plan's own growth and return it is the route's
/// expected net worth less selling now; the what-if lines carry the route under each file; a
/// plan without the route has no such grid.
#[test]
fn the_grid_and_the_what_if_lines_carry_the_route() {
    use std::str::FromStr;
    let json = |file: &str| {
        let o = crate::support::run(&["--format", "json", "--grid", file], None);
        assert!(o.status.success(), "{file}");
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let d = |v: &serde_json::Value| Decimal::from_str(&v.to_string()).unwrap();
    let r = json("examples/uitponden.toml");
    let g = &r["grid"];
    let row = g["value_growth_pct"]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| *x == g["plan_value_growth_pct"])
        .unwrap();
    let column = g["alternative_return_pct"]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| *x == g["plan_alternative_return_pct"])
        .unwrap();
    let p = &r["sell_vs_keep"];
    let expected = d(&p["uitpond"]["expected_net_worth"]) - d(&p["sell_net_worth"]);
    let cell = d(&g["uitpond_difference"][row][column]);
    assert!(
        (cell - expected).abs() <= dec!(0.01),
        "{cell} against {expected}"
    );
    assert_eq!(
        g["uitpond_difference"].as_array().unwrap().len(),
        g["value_growth_pct"].as_array().unwrap().len()
    );
    // The grid's rows reach the route's break-even growth.
    let be = d(&p["uitpond"]["break_even_growth_pct"]);
    let rows: Vec<Decimal> = g["value_growth_pct"]
        .as_array()
        .unwrap()
        .iter()
        .map(d)
        .collect();
    assert!(rows.first().unwrap() <= &be && &be <= rows.last().unwrap());
    for c in p["scenarios"].as_array().unwrap() {
        for w in c["what_if"].as_array().into_iter().flatten() {
            let u = d(&w["uitpond_expected_net_worth"]);
            let change = d(&w["uitpond_change"]);
            assert_eq!(u - change, d(&c["uitpond"]["expected_net_worth"]));
        }
    }
    let r = json("examples/eengezinswoning.toml");
    assert!(r["grid"].get("uitpond_difference").is_none());
}
