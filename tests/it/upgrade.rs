//! A label upgrade as a what-if (`[upgrade]`): the points before and after, the sector, the
//! maximum rent and the payback year by hand; the warning of a dwelling below label D without
//! it; the checks of the section.

use crate::support::{property, rules, run, texts};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::input::{Property, Segment, from_toml_str};
use verhuurd::upgrade::{CostBasis, RentBasis, payback_year};

/// A flat with label F and 132 points from a Huurcommissie check, let at 800 a month, with an
/// interest-only mortgage as large as its value and no other wealth: the owner's Box 3 stays
/// under the heffingsvrij vermogen, so neither route pays Box 3 tax. No costs, no vacancy, no
/// growth: the extra cash flow of the upgrade is the extra rent alone.
const FLAT: &str = r#"
tax_year = 2026

[property]
woz_value = 200000
surface_m2 = 65
energy_label = "F"
dwelling = "apartment"
wws_points = 132

[lease]
monthly_rent = 800

[mortgage]
balance = 200000
interest_pct = 4

[plan]
years = 10
value_growth_pct = 0
rent_growth_pct = 0
box3_future = "forfaitair"
"#;

fn with_upgrade(lines: &str) -> Property {
    property(&format!("{FLAT}\n[upgrade]\n{lines}\n"))
}

/// Points: 132 with label F; label D for an apartment (MGW) is worth 11 points, label F −9
/// (Besluit huurprijzen woonruimte, bijlage I, rubriek 4): 132 − (−9) + 11 = 152. Over the
/// 143 points of the social sector, within the 186 of the middle sector. Maximum rents of 2026
/// (data/wws-max-rent.csv): 857.33 at 132 points, 994.63 at 152.
///
/// Payback: the tenant agrees to 950 a month, 150 more, 1,800 a year, from 2027 (the year after
/// the work); the quote is 9,000, paid in 2026. Cumulative extra cash: 2026 −9,000, 2027
/// −7,200, 2028 −5,400, 2029 −3,600, 2030 −1,800, 2031 0: paid back in 2031.
#[test]
fn an_upgrade_over_143_points_by_hand() {
    let set = rules();
    let p = with_upgrade("target_label = \"D\"\ncost = 9000\nrent_after = 950");
    let r = evaluate(&p, &set, Options::default()).unwrap();
    let u = r.upgrade.expect("the upgrade is computed");
    assert_eq!((u.points_before, u.points_after), (132, 152));
    assert_eq!(
        (u.sector_before, u.sector_after),
        (Segment::Social, Segment::Mid)
    );
    assert_eq!(u.max_rent_before, dec!(857.33));
    assert_eq!(u.max_rent_after, dec!(994.63));
    assert_eq!(u.rent_at_turnover, Some(dec!(994.63)));
    assert_eq!((u.rent_before, u.rent_after), (dec!(800), dec!(950)));
    assert_eq!(u.rent_basis, RentBasis::Stated);
    assert_eq!(u.cost.basis, CostBasis::Quote);
    assert_eq!(u.cost.amount, dec!(9000));
    assert_eq!(u.futures.len(), 1);
    let f = &u.futures[0];
    assert_eq!(f.future, "forfaitair");
    assert_eq!(f.box3_tax_without, Decimal::ZERO);
    assert_eq!(f.box3_tax_with, Decimal::ZERO);
    assert_eq!(f.payback_year, Some(2031));
    // The plan without the upgrade is the report's own.
    assert_eq!(
        f.keep_net_worth_without,
        r.sell_vs_keep.as_ref().unwrap().keep_net_worth
    );
    // The 2029 rule: label F does not meet it, label D done in 2026 does.
    assert_eq!(u.deadline_year, Some(2029));
    assert!(!u.meets_deadline_without);
    assert!(u.meets_deadline_with);
}

/// Without a rent agreed, the sitting tenant's rent stays: the cost is never paid back by rent
/// within the plan, and a new tenant may be asked up to the new maximum.
#[test]
fn the_sitting_tenants_rent_stays_without_rent_after() {
    let set = rules();
    let p = with_upgrade("cost = 9000");
    let u = evaluate(&p, &set, Options::default())
        .unwrap()
        .upgrade
        .unwrap();
    assert_eq!(u.rent_basis, RentBasis::SittingTenant);
    assert_eq!(u.rent_after, dec!(800));
    assert_eq!(u.rent_at_turnover, Some(dec!(994.63)));
    assert_eq!(u.futures[0].payback_year, None);
    // The 9,000 is missing from the savings from the end of 2026, and with it what it would have
    // earned: 1.28% a year (the rendement on bank balances of 2026, the plan's alternative
    // return) for the nine years after.
    let mut lost = dec!(9000);
    for _ in 0..9 {
        lost = (lost * dec!(1.0128)).round_dp(2);
    }
    // Both routes round their own savings to cents each year: within a cent a year of it.
    let change = u.futures[0].net_worth_change;
    assert!(
        (change + lost).abs() <= dec!(0.09),
        "{change} against -{lost}"
    );
}

/// An agreed rent above the new maximum is capped at it in a regulated sector.
#[test]
fn a_rent_after_above_the_new_maximum_is_capped() {
    let set = rules();
    let p = with_upgrade("cost = 9000\nrent_after = 1200");
    let u = evaluate(&p, &set, Options::default())
        .unwrap()
        .upgrade
        .unwrap();
    assert_eq!(u.rent_after, dec!(994.63));
}

/// The default cost: the matrix's 104.00 per m² from F to D × 65 m² = 6,760 (no SVOH subsidy
/// deducted: the matrix names no measures). A late upgrade (2029) misses the rule; the plan (2026–2035) counts it
/// in its year, so no caveat.
#[test]
fn the_default_cost_from_the_matrix_and_a_late_upgrade() {
    let set = rules();
    let p = with_upgrade("year = 2029");
    let r = evaluate(&p, &set, Options::default()).unwrap();
    assert!(
        !r.caveats
            .texts()
            .iter()
            .any(|t| t.id == Some(verhuurd::i18n::Msg::CUpgradeYear))
    );
    let u = r.upgrade.unwrap();
    assert_eq!(u.cost.basis, CostBasis::Matrix);
    assert_eq!(u.cost.per_m2, Some(dec!(104)));
    assert_eq!(u.cost.before_subsidy, Some(dec!(6760)));
    assert_eq!(u.cost.subsidy, Some(dec!(0)));
    assert_eq!(u.cost.amount, dec!(6760));
    assert_eq!(u.target_label, "D");
    assert!(!u.meets_deadline_with);
}

/// The payback year: the first year whose cumulative extra cash is no longer negative.
#[test]
fn payback_year_by_hand() {
    let years = [2026, 2027, 2028];
    assert_eq!(
        payback_year(&years, &[dec!(-100), dec!(60), dec!(40)], 2026),
        Some(2028)
    );
    assert_eq!(
        payback_year(&years, &[dec!(-100), dec!(60), dec!(39.99)], 2026),
        None
    );
    assert_eq!(payback_year(&years, &[Decimal::ZERO; 3], 2026), Some(2026));
    // Counted from the upgrade's year: the years before it do not count as paid back.
    assert_eq!(
        payback_year(&years, &[Decimal::ZERO, dec!(-100), dec!(100)], 2027),
        Some(2028)
    );
    assert_eq!(
        payback_year(&years, &[Decimal::ZERO, dec!(-100), dec!(100)], 2026),
        Some(2026)
    );
}

/// A dwelling with label G and no `[upgrade]`: the label warning, then the cheapest upgrade's
/// effect: to D at 162.00 per m² × 65 m² = 10,530, no subsidy deducted; 132 − (−15) + 11 =
/// 158 points, social → middle.
#[test]
fn label_g_without_upgrade_gets_the_cheapest_upgrades_effect() {
    let set = rules();
    let p = property(&FLAT.replace("energy_label = \"F\"", "energy_label = \"G\""));
    let r = evaluate(&p, &set, Options::default()).unwrap();
    let codes: Vec<&str> = r.warnings.iter().map(|w| w.code).collect();
    let at = codes
        .iter()
        .position(|c| *c == "energy_label_below_d")
        .unwrap();
    assert_eq!(codes[at + 1], "energy_label_upgrade_effect");
    let w = &r.warnings[at + 1];
    let mut w = w.clone();
    w.lang = verhuurd::i18n::Lang::En;
    let m = w.message();
    for part in [
        "€10,530 (€162.00 per m² × 65 m² = €10,530, before any SVOH subsidy)",
        "158 WWS points",
        "sector social rent → middle rent",
        "[MINFIN]",
    ] {
        assert!(m.contains(part), "{part} in {m}");
    }
    assert!(r.upgrade.is_none());
    // With an [upgrade] section the warning is not repeated.
    let p = property(&format!(
        "{}\n[upgrade]\ncost = 9000\n",
        FLAT.replace("energy_label = \"F\"", "energy_label = \"G\"")
    ));
    let r = evaluate(&p, &set, Options::default()).unwrap();
    assert!(
        r.warnings
            .iter()
            .all(|w| w.code != "energy_label_upgrade_effect")
    );
}

/// The checks of the section: a label that is no better, a year before the tax year, a step the
/// matrix lacks without a quote, and a misspelt key with its suggestion.
#[test]
fn bad_upgrade_sections_are_errors() {
    let err = |lines: &str| {
        let text = format!("{FLAT}\n[upgrade]\n{lines}\n");
        from_toml_str("t.toml", &text, &rules(), None)
            .expect_err("an error")
            .to_string()
    };
    assert!(err("target_label = \"G\"").contains("upgrade.target_label"));
    assert!(err("year = 2020").contains("upgrade.year"));
    assert!(err("target_label = \"A++++\"").contains("upgrade.cost"));
    assert!(
        from_toml_str(
            "t.toml",
            &format!("{FLAT}\n[upgrade]\ntarget_label = \"A++++\"\ncost = 40000\n"),
            &rules(),
            None
        )
        .is_ok()
    );
    let none = FLAT.replace("energy_label = \"F\"", "energy_label = \"none\"");
    let e = from_toml_str(
        "t.toml",
        &format!("{none}\n[upgrade]\ncost = 9000\n"),
        &rules(),
        None,
    )
    .expect_err("an error")
    .to_string();
    assert!(e.contains("property.energy_label"), "{e}");
    let e = err("rent_afterr = 950");
    assert!(e.contains("rent_after"), "{e}");
}

/// The table and the CSV show the upgrade of the worked example.
#[test]
fn the_worked_example_in_table_and_csv() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/label-upgrade.toml");
    let o = run(&["--lang", "en", path], None);
    let (out, _) = texts(&o);
    for part in [
        "Label upgrade F → D in 2026 (what-if)",
        "132 → 152",
        "social rent → middle rent",
        "€857.33 → €994.63",
        "paid back in (today's system)",
    ] {
        assert!(out.contains(part), "{part} in {out}");
    }
    let o = run(&["--format", "csv", path], None);
    let (out, _) = texts(&o);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let row = rdr.records().next().unwrap().unwrap();
    let cell = |h: &str| row[headers.iter().position(|x| x == h).unwrap()].to_string();
    assert_eq!(cell("upgrade.points_after"), "152");
    assert_eq!(cell("upgrade.sector_after"), "mid");
    assert_eq!(cell("upgrade.max_rent_after"), "994.63");
    assert_eq!(cell("upgrade.futures.forfaitair.payback_year"), "2032");
}

/// A five-year plan with the upgrade in its third year, by hand. The flat: WOZ and value
/// 200,000, rent 800 a month, fixed costs 1,000, an interest-only mortgage of 200,000 at 4%
/// (8,000 a year), no growth, the money earns nothing, sold at 80% of the vacant value less 2%.
/// Box 3 adds nothing: the mortgage exceeds the dwelling's Box 3 value and the savings.
/// The upgrade in 2028: 3,000, then 950 a month and a value of 210,000.
///
/// Without: 9,600 − 1,000 − 8,000 = 600 a year; savings 3,000; sale 200,000 × 0.8 × 0.98 =
/// 156,800; net worth 3,000 + 156,800 − 200,000 = −40,200.
/// With: 2026 and 2027 as without; 2028 600 − 3,000 = −2,400 (costs 4,000); 2029 and 2030
/// 11,400 − 1,000 − 8,000 = 2,400; savings 3,600; the value 210,000 from the end of 2028; sale
/// 210,000 × 0.8 × 0.98 = 164,640; net worth 3,600 + 164,640 − 200,000 = −31,760.
/// Payback counted from 2028: −3,000, −1,200, +600: 2030.
#[test]
fn an_upgrade_in_year_three_of_five_by_hand() {
    use verhuurd::explain::Trace;
    use verhuurd::input::{Alternative, Contract, Mortgage, Owner, Repayment, Tenant};
    use verhuurd::{leegwaarderatio, plan};
    let set = rules();
    let without = plan::Input {
        tax_year: 2026,
        years: 5,
        woz_value: dec!(200000),
        vacant_value: dec!(200000),
        monthly_rent: dec!(800),
        letting: leegwaarderatio::Letting::new(Contract::Indefinite, Tenant::ThirdParty),
        segment: Segment::Social,
        fixed_costs: dec!(1000),
        rent_loss_pct: Decimal::ZERO,
        vacancy_pct: Decimal::ZERO,
        mortgage: Some(Mortgage {
            balance: dec!(200000),
            interest_pct: dec!(4),
            repayment: Repayment::InterestOnly,
            remaining_years: None,
        }),
        owner: Owner::default(),
        value_growth_pct: Decimal::ZERO,
        rent_growth_pct: Decimal::ZERO,
        alternative_return_pct: Decimal::ZERO,
        alternative: Alternative::Savings,
        selling_costs_pct: dec!(2),
        sale_price_now: dec!(160000),
        end_price_share: dec!(0.8),
        end_sale_deduction: Decimal::ZERO,
        turnover_pct: None,
        improvement: None,
    };
    let with = plan::Input {
        improvement: Some(plan::Improvement {
            year: 2028,
            cost: dec!(3000),
            monthly_rent: dec!(950),
            segment: Segment::Mid,
            vacant_value: dec!(210000),
            end_price_share: dec!(0.8),
        }),
        ..without.clone()
    };
    let run = |i: &plan::Input| plan::compute(i, &set, true, &mut Trace::new(false));
    let (a, b) = (run(&without), run(&with));
    assert_eq!(a.keep_net_worth, dec!(-40200));
    assert_eq!(b.keep_net_worth, dec!(-31760));
    assert!(
        a.years
            .iter()
            .chain(&b.years)
            .all(|y| y.keep_box3_tax.is_zero())
    );
    // The first two years are the same.
    assert_eq!(a.years[..2], b.years[..2]);
    let col = |o: &plan::Outcome, f: fn(&plan::Year) -> Decimal| -> Vec<Decimal> {
        o.years.iter().map(f).collect()
    };
    assert_eq!(
        col(&b, |y| y.rent),
        [9600, 9600, 9600, 11400, 11400].map(Decimal::from)
    );
    assert_eq!(
        col(&b, |y| y.costs),
        [1000, 1000, 4000, 1000, 1000].map(Decimal::from)
    );
    assert_eq!(
        col(&b, |y| y.keep_cash_flow),
        [600, 600, -2400, 2400, 2400].map(Decimal::from)
    );
    assert_eq!(
        col(&b, |y| y.property_value),
        [200000, 200000, 210000, 210000, 210000].map(Decimal::from)
    );
    // The WOZ value follows a year later (waardepeildatum 1 January of the year before).
    assert_eq!(b.years[4].woz_value, dec!(210000));
    assert_eq!(b.years[3].woz_value, dec!(200000));
    let years: Vec<i32> = b.years.iter().map(|y| y.year).collect();
    let extra: Vec<Decimal> = b
        .years
        .iter()
        .zip(&a.years)
        .map(|(x, y)| x.keep_cash_flow - y.keep_cash_flow)
        .collect();
    assert_eq!(payback_year(&years, &extra, 2028), Some(2030));
}

/// The same through `[upgrade]` on the flat with label F: the plan's years 2026–2030, the
/// upgrade in 2028 at 3,000 with a rent of 950 (1,800 a year more from 2029): paid back in 2030,
/// counted from 2028; done in 2028 it meets the rule of 1 January 2029, in 2029 it is too late.
#[test]
fn an_upgrade_in_year_three_and_the_2029_rule() {
    let set = rules();
    let flat = FLAT.replace("years = 10", "years = 5");
    let at = |year: i32| {
        let p = property(&format!(
            "{flat}\n[upgrade]\ncost = 3000\nrent_after = 950\nyear = {year}\n"
        ));
        evaluate(&p, &set, Options::default())
            .unwrap()
            .upgrade
            .unwrap()
    };
    let u = at(2028);
    assert_eq!(u.futures[0].payback_year, Some(2030));
    assert!(u.meets_deadline_with);
    let late = at(2029);
    assert!(
        !late.meets_deadline_with,
        "done in 2029 is after 1 January 2029"
    );
    assert!(!late.meets_deadline_without);
    // 2029 −3,000, 2030 −1,200: not paid back within the plan.
    assert_eq!(late.futures[0].payback_year, None);
}

/// One estimate of the cost of reaching label D: the label warning and the stress row take the
/// cost matrix × the surface less the subsidy, the same as the cheapest upgrade (label G, 65 m²:
/// 162.00 × 65 = 10,530, no subsidy deducted); a quote wins; without a quote and without the step
/// in the matrix the cost is not known: no stress row, and the warning says so.
#[test]
fn the_label_warning_and_the_stress_row_take_the_cost_matrix() {
    let set = rules();
    let g = FLAT.replace("energy_label = \"F\"", "energy_label = \"G\"");
    let label_warning = |r: &verhuurd::report::Report| {
        let mut w = r
            .warnings
            .iter()
            .find(|w| w.code == "energy_label_below_d")
            .unwrap()
            .clone();
        w.lang = verhuurd::i18n::Lang::En;
        w.message()
    };
    let r = evaluate(&property(&g), &set, Options::default()).unwrap();
    let stress = r.stress.as_ref().unwrap().energy_upgrade.unwrap();
    assert_eq!(stress.cash_flow_change, dec!(-10530));
    let m = label_warning(&r);
    assert!(
        m.contains("estimated cost €10,530 before any SVOH subsidy"),
        "{m}"
    );
    // The cheapest upgrade's warning details the same figure.
    let effect = r
        .warnings
        .iter()
        .find(|w| w.code == "energy_label_upgrade_effect")
        .unwrap();
    let mut effect = effect.clone();
    effect.lang = verhuurd::i18n::Lang::En;
    assert!(
        effect
            .message()
            .contains("€10,530 (€162.00 per m² × 65 m² = €10,530, before any SVOH subsidy)")
    );
    let r = evaluate(
        &property(&format!("{g}\n[costs]\nenergy_upgrade = 12000\n")),
        &set,
        Options::default(),
    )
    .unwrap();
    assert_eq!(
        r.stress
            .as_ref()
            .unwrap()
            .energy_upgrade
            .unwrap()
            .cash_flow_change,
        dec!(-12000)
    );
    assert!(label_warning(&r).contains("cost by your quote €12,000"));
    // Rules whose matrix lacks the step from G.
    let mut partial = set.clone();
    partial.checks.upgrade_cost.per_m2.retain(|s| s.from != "G");
    let r = evaluate(&property(&g), &partial, Options::default()).unwrap();
    assert_eq!(r.stress.as_ref().unwrap().energy_upgrade, None);
    let m = label_warning(&r);
    assert!(
        m.contains("cost unknown: the cost matrix has no step from G to D"),
        "{m}"
    );
}

/// An upgrade after the plan's last year changes nothing in it, and a caveat says so.
#[test]
fn an_upgrade_after_the_plan_changes_nothing_in_it() {
    let set = rules();
    let flat = FLAT.replace("years = 10", "years = 5");
    let p = property(&format!(
        "{flat}\n[upgrade]\ncost = 3000\nrent_after = 950\nyear = 2031\n"
    ));
    let r = evaluate(&p, &set, Options::default()).unwrap();
    assert!(
        r.caveats
            .texts()
            .iter()
            .any(|t| t.id == Some(verhuurd::i18n::Msg::CUpgradeYear))
    );
    let u = r.upgrade.unwrap();
    assert_eq!(u.futures[0].net_worth_change, Decimal::ZERO);
    assert_eq!(u.futures[0].payback_year, None);
    assert!(!u.meets_deadline_with);
}
