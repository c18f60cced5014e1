//! What the worked examples show beyond their figures (those are data, under tests/cases/): the
//! break-even growth of the seed article's example, a what-if rules file that replaces only its
//! own years, and numbers read from a property file as exact decimals.

use crate::support::rules;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::input::from_toml_str;
use verhuurd::rules::RuleSet;

/// The provisional 2025 rates of examples.md's example C, as a what-if rules file: it replaces
/// 2025 only (the figures are pinned in tests/cases/box3/examples-c-2025-provisional-rates.toml).
#[test]
fn a_what_if_file_replaces_only_its_own_years() {
    let whatif = r#"
years = [2025]
[box3.rendement_banktegoeden_pct]
value = 1.44
source = "provisional 2025 rate"
confidence = "H"
"#;
    let set = RuleSet::load(&[("whatif.toml", whatif)]).unwrap();
    assert_eq!(
        set.box3(2025)
            .unwrap()
            .rules
            .rendement_banktegoeden_pct
            .value,
        dec!(1.44)
    );
    assert_eq!(
        set.box3(2026)
            .unwrap()
            .rules
            .rendement_banktegoeden_pct
            .value,
        dec!(1.28)
    );
    assert!(set.year(2025).unwrap().origin.contains("whatif.toml"));
}

const SEED: &str = r#"
tax_year = 2026
[property]
woz_value = 400000
surface_m2 = 110
energy_label = "C"
dwelling = "house"
region = "randstad"
[lease]
monthly_rent = 1200
segment = "free"
[mortgage]
balance = 180000
interest_pct = 3.9
[plan]
years = 10
value_growth_pct = GROWTH
rent_growth_pct = 3
alternative_return_pct = 3.5
selling_costs_pct = 1.5
"#;

fn seed_report(growth: &str) -> verhuurd::report::Report {
    let set = rules();
    let p = from_toml_str("seed.toml", &SEED.replace("GROWTH", growth), &set, None).unwrap();
    evaluate(&p, &set, Options::default()).expect("a valid property")
}

/// The seed's example (tests/cases/property/seed-sell-or-keep.toml): keeping wins with 5%
/// growth, selling with 0%; the break-even between them does not depend on the growth assumed.
#[test]
fn seed_sell_or_keep_turns_on_value_growth() {
    let grow = seed_report("5").sell_vs_keep.unwrap();
    let flat = seed_report("0").sell_vs_keep.unwrap();
    let be = grow.break_even_growth_pct.expect("a break-even exists");
    assert!(
        be > dec!(0) && be < dec!(5),
        "break-even {be} lies between 0% and 5%"
    );
    assert_eq!(
        flat.break_even_growth_pct,
        Some(be),
        "the break-even does not depend on the growth assumed"
    );
    // The break-even is reported to 0.01 point: just below it selling wins, just above keeping.
    let below = seed_report(&(be - dec!(0.01)).to_string())
        .sell_vs_keep
        .unwrap();
    let above = seed_report(&(be + dec!(0.01)).to_string())
        .sell_vs_keep
        .unwrap();
    assert!(
        below.difference < Decimal::ZERO && above.difference > Decimal::ZERO,
        "{} / {}",
        below.difference,
        above.difference
    );
}

#[test]
fn toml_numbers_are_exact_decimals() {
    let set = rules();
    let text = SEED
        .replace("GROWTH", "3.8")
        .replace("interest_pct = 3.9", "interest_pct = 0.1");
    let p = from_toml_str("x.toml", &text, &set, None).unwrap();
    assert_eq!(p.plan.unwrap().value_growth_pct.unwrap().to_string(), "3.8");
    assert_eq!(p.mortgage.unwrap().interest_pct.to_string(), "0.1");
}
