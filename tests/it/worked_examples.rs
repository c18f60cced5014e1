//! The worked examples of the domain reference (examples.md), pinned to the euro (cent for tax).

use crate::support::rules;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::box3::{self, Household};
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::input::{Contract, Tenant, from_toml_str};
use verhuurd::leegwaarderatio::{self, Input, Reason};
use verhuurd::rules::RuleSet;

fn lwr(
    year: i32,
    woz: Decimal,
    monthly: Decimal,
    contract: Contract,
    tenant: Tenant,
) -> leegwaarderatio::Leegwaarderatio {
    let set = rules();
    let r = set.leegwaarderatio(year).unwrap();
    assert!(!r.carried, "rules of {year} exist");
    leegwaarderatio::compute(
        &Input::new(woz, monthly * dec!(12), contract, tenant),
        r.rules,
        year,
        &mut Trace::new(false),
    )
}

fn ratio(year: i32, woz: Decimal, monthly: Decimal) -> Decimal {
    lwr(year, woz, monthly, Contract::Indefinite, Tenant::ThirdParty).ratio_pct
}

#[test]
fn seed_example_1_woz_350000_rent_900() {
    let l = lwr(
        2026,
        dec!(350000),
        dec!(900),
        Contract::Indefinite,
        Tenant::ThirdParty,
    );
    assert_eq!(l.jaarhuur, dec!(10800));
    assert_eq!(l.rent_pct_of_woz.round_dp(3), dec!(3.086));
    assert_eq!(l.ratio_pct, dec!(90));
    assert_eq!(l.box3_value, dec!(315000));
    assert_eq!(l.reason, Reason::Bracket);
}

#[test]
fn seed_example_2_woz_400000_rent_14400() {
    let l = lwr(
        2026,
        dec!(400000),
        dec!(1200),
        Contract::Indefinite,
        Tenant::ThirdParty,
    );
    assert_eq!(l.rent_pct_of_woz, dec!(3.6));
    assert_eq!(l.ratio_pct, dec!(90));
    assert_eq!(l.box3_value, dec!(360000));
}

#[test]
fn bracket_boundaries_2023_to_2026() {
    // WOZ 120,000: 1% of WOZ is 1,200 a year = 100 a month; 0.01% is 1 a month.
    let woz = dec!(120000);
    for year in 2023..=2026 {
        assert_eq!(ratio(year, woz, dec!(100)), dec!(73), "{year}: 1.00% → 73");
        assert_eq!(ratio(year, woz, dec!(101)), dec!(79), "{year}: 1.01% → 79");
        assert_eq!(ratio(year, woz, dec!(500)), dec!(95), "{year}: 5.00% → 95");
        assert_eq!(
            ratio(year, woz, dec!(501)),
            dec!(100),
            "{year}: 5.01% → 100"
        );
        // The smallest step above a boundary already moves to the next bracket.
        assert_eq!(ratio(year, woz, dec!(100.01)), dec!(79));
    }
}

#[test]
fn bracket_boundaries_2022() {
    let woz = dec!(120000);
    assert_eq!(ratio(2022, woz, dec!(700)), dec!(78), "7.00% → 78");
    assert_eq!(ratio(2022, woz, dec!(701)), dec!(85), "7.01% → 85");
    assert_eq!(ratio(2022, woz, dec!(100)), dec!(45));
    assert_eq!(ratio(2020, woz, dec!(101)), dec!(51));
}

#[test]
fn temporary_contract_and_related_party_2024_count_at_100() {
    for monthly in [dec!(50), dec!(400), dec!(2000)] {
        let t = lwr(
            2024,
            dec!(300000),
            monthly,
            Contract::Temporary,
            Tenant::ThirdParty,
        );
        assert_eq!(
            (t.ratio_pct, t.reason, t.box3_value),
            (dec!(100), Reason::TemporaryContract, dec!(300000))
        );
        let r = lwr(
            2024,
            dec!(300000),
            monthly,
            Contract::Indefinite,
            Tenant::Related,
        );
        assert_eq!(
            (r.ratio_pct, r.reason, r.box3_value),
            (dec!(100), Reason::RelatedParty, dec!(300000))
        );
    }
    // Before 2023 the exceptions did not exist.
    let old = lwr(
        2022,
        dec!(300000),
        dec!(400),
        Contract::Temporary,
        Tenant::ThirdParty,
    );
    assert_eq!(old.reason, Reason::Bracket);
}

fn b3(
    set: &RuleSet,
    year: i32,
    bank: Decimal,
    other: Decimal,
    debts: Decimal,
    partner: bool,
) -> box3::Box3 {
    let h = Household::new(bank, other, debts, partner);
    box3::compute(
        &h,
        set.box3(year).unwrap().rules,
        "",
        &mut Trace::new(false),
    )
}

#[test]
fn box3_example_a_2025_single() {
    let b = b3(
        &rules(),
        2025,
        dec!(100000),
        dec!(150000),
        Decimal::ZERO,
        false,
    );
    assert_eq!(b.rendement, dec!(10190));
    assert_eq!(b.rendementsgrondslag, dec!(250000));
    assert_eq!(b.grondslag, dec!(192316));
    assert_eq!(b.voordeel, dec!(7838));
    // 7,838 × 36% = 2,821.68, rounded down to whole euros as the Belastingdienst does.
    assert_eq!(b.tax, dec!(2821));
}

#[test]
fn box3_example_b_2023_single() {
    let b = b3(
        &rules(),
        2023,
        dec!(150000),
        Decimal::ZERO,
        Decimal::ZERO,
        false,
    );
    assert_eq!(b.rendement, dec!(1380));
    assert_eq!(b.grondslag, dec!(93000));
    assert_eq!(b.voordeel, dec!(855));
    assert_eq!(b.tax, dec!(273), "855 × 32% = 273.60, rounded down");
}

#[test]
fn box3_example_c_final_2025_rates_partners() {
    let b = b3(
        &rules(),
        2025,
        dec!(100000),
        dec!(150000),
        dec!(50000),
        true,
    );
    assert_eq!(b.rendement, dec!(9045));
    // Per partner: grondslag 46,116; aandeel 46,116 / 207,600 = 22.2139% → 22.21%;
    // voordeel 9,045 × 22.21% = 2,008.89 → 2,008; tax 722.88 → 722. The joint computation of
    // examples.md (4,018 / 1,446.48) skips the Belastingdienst's per-person rounding.
    assert_eq!(b.per_person()[0].aandeel_pct, dec!(22.21));
    assert_eq!(b.voordeel, dec!(4016));
    assert_eq!(b.tax, dec!(1444));
}

/// Example C with the provisional 2025 rates, given as a what-if rules file.
#[test]
fn box3_example_c_provisional_rates_by_override() {
    let whatif = r#"
years = [2025]
[box3.rendement_banktegoeden_pct]
value = 1.44
source = "provisional 2025 rate"
confidence = "H"
[box3.rendement_schulden_pct]
value = 2.62
source = "provisional 2025 rate"
confidence = "H"
"#;
    let set = RuleSet::load(&[("whatif.toml", whatif)]).unwrap();
    let b = b3(&set, 2025, dec!(100000), dec!(150000), dec!(50000), true);
    assert_eq!(b.deductible_debts, dec!(42400));
    assert_eq!(
        b.rendement,
        dec!(9149),
        "debt part 1,110.88 rounds to 1,111"
    );
    assert_eq!(b.rendementsgrondslag, dec!(207600));
    assert_eq!(b.grondslag, dec!(92232));
    // Per partner: 9,149 × 22.21% = 2,031.99 → 2,031; tax 731.16 → 731.
    assert_eq!(b.voordeel, dec!(4062));
    assert_eq!(b.tax, dec!(1462));
    // Other years keep the built-in rules.
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

#[test]
fn seed_box3_of_the_let_house_2026() {
    let r = seed_report("5");
    assert_eq!(r.leegwaarderatio.box3_value, dec!(360000));
    assert_eq!(r.box3.rendement, dec!(16843));
    assert_eq!(r.box3.rendementsgrondslag, dec!(183800));
    assert_eq!(r.box3.grondslag, dec!(124443));
    // aandeel 124,443 / 183,800 = 67.7056% → 67.70%; 16,843 × 67.70% = 11,402.71 → 11,402;
    // 11,402 × 36% = 4,104.72 → 4,104 (examples.md's 4,105.08 rounds jointly, in cents).
    assert_eq!(r.box3.per_person[0].aandeel_pct, dec!(67.70));
    assert_eq!(r.box3.voordeel, dec!(11402));
    assert_eq!(r.box3.tax, dec!(4104));
    assert_eq!(r.box3.tax_without_property, dec!(0));
    assert_eq!(r.box3.attributable_tax, dec!(4104));
}

#[test]
fn seed_sell_or_keep_turns_on_value_growth() {
    let grow = seed_report("5").sell_vs_keep.unwrap();
    assert_eq!(grow.better, "keep", "with 5% growth keeping wins");
    let flat = seed_report("0").sell_vs_keep.unwrap();
    assert_eq!(flat.better, "sell", "with 0% growth selling wins");
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
