//! Rent regulation (WWS) and the warnings of the seed articles' checks.

use crate::support::{property, rules};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::input::{Property, Segment, from_toml_str};
use verhuurd::rules::RuleSet;
use verhuurd::warnings::{self, Facts};
use verhuurd::wws;

#[test]
fn sector_boundaries() {
    let set = rules();
    for year in [2025, 2026] {
        let r = set.wws(year).unwrap().rules;
        assert_eq!(wws::sector(143, r), Segment::Social);
        assert_eq!(wws::sector(144, r), Segment::Mid);
        assert_eq!(wws::sector(186, r), Segment::Mid);
        assert_eq!(wws::sector(187, r), Segment::Free);
    }
}

#[test]
fn maximum_rent_from_the_table_and_above_250() {
    let set = rules();
    let max = |year: i32, points: u32| wws::max_rent(points, set.wws(year).unwrap().rules, &set);
    assert_eq!(
        [
            max(2025, 100),
            max(2025, 143),
            max(2025, 187),
            max(2025, 250)
        ],
        [dec!(615.21), dec!(900.07), dec!(1191.43), dec!(1608.68)]
    );
    assert_eq!(
        [
            max(2026, 100),
            max(2026, 143),
            max(2026, 187),
            max(2026, 250)
        ],
        [dec!(637.67), dec!(932.93), dec!(1234.92), dec!(1667.40)]
    );
    assert_eq!(max(2025, 186), dec!(1184.82));
    assert_eq!(max(2026, 186), dec!(1228.07));
    // Above 250 points: the rent at 250 plus the step per point.
    assert_eq!(max(2025, 260), dec!(1608.68) + dec!(66.20));
    assert_eq!(max(2026, 260), dec!(1667.40) + dec!(68.60));
    assert_eq!(max(2026, 251), dec!(1674.26));
}

#[test]
fn woz_cap_and_the_186_rule() {
    let set = rules();
    let r = set.wws(2026).unwrap().rules;
    // Below 187 without the cap: no cap.
    assert_eq!(wws::capped_total(dec!(100), dec!(80), r), (180, false));
    // At or above 187, WOZ points within 33% of the total: no cap.
    assert_eq!(wws::capped_total(dec!(150), dec!(60), r), (210, false));
    // Capped at 33/67 of the other points.
    // 140 × 33/67 = 68.96, rounded DOWN to 68 (beleidsboek §2.11.2) → 208.
    assert_eq!(wws::capped_total(dec!(140), dec!(90), r), (208, true));
    // The cap would push the dwelling below 187: it gets 186.
    assert_eq!(wws::capped_total(dec!(120), dec!(80), r), (186, true));
}

#[test]
fn woz_points_with_minimum_and_quarter_rounding() {
    let set = rules();
    let r = set.wws(2026).unwrap().rules;
    // 195,000 / 16,954 + (195,000 / 22) / 268 = 11.5017 + 33.0733 = 44.575 → 44.5
    assert_eq!(wws::woz_points(dec!(195000), dec!(22), r), dec!(44.5));
    // A real WOZ value counts as it is, also below the minimum (Bhw bijlage I rubriek 11.1):
    // 50,000 / 16,954 + 50,000 / 50 / 268 = 2.9491 + 3.7313 = 6.680 → 6.75. The minimum (85,806)
    // only without a WOZ value.
    assert_eq!(wws::woz_points(dec!(50000), dec!(50), r), dec!(6.75));
    assert_eq!(
        wws::woz_points(Decimal::ZERO, dec!(50), r),
        wws::woz_points(dec!(85806), dec!(50), r)
    );
    assert_eq!(wws::quarter(dec!(10.12)), dec!(10));
    assert_eq!(wws::quarter(dec!(10.13)), dec!(10.25));
}

const STUDIO: &str = r#"
tax_year = 2026
[property]
woz_value = 195000
surface_m2 = 22
energy_label = "B"
dwelling = "apartment"
[lease]
monthly_rent = 700
"#;

/// The documented example of the estimate: a 22 m² apartment with label B and WOZ 195,000 in 2026.
/// surface 22 × 85% = 18.7 → 18.75; label B (MGW) 30; kitchen 4; sanitary 7 (below 40 m²);
/// heating 2 (one room); outdoor 3.5; WOZ 44.5; total 109.75 → 110 points.
#[test]
fn estimate_for_the_documented_studio() {
    let set = rules();
    let p = property(STUDIO);
    let w = wws::compute(&p, &set, &mut Trace::new(false)).unwrap();
    assert_eq!(w.points, 110);
    assert!(w.points_estimated);
    assert_eq!(w.sector, Segment::Social);
    assert_eq!(
        w.max_rent,
        wws::max_rent(110, set.wws(2026).unwrap().rules, &set)
    );
    let r = evaluate(&p, &set, Options::default()).expect("a valid property");
    let ww = r.wws.unwrap();
    assert!(ww.points_estimated && ww.sector.as_str() == "social");
}

#[test]
fn given_points_are_not_estimated_and_set_the_segment() {
    let set = rules();
    let p = property(&STUDIO.replace(
        "dwelling = \"apartment\"",
        "dwelling = \"apartment\"\nwws_points = 150",
    ));
    let r = evaluate(&p, &set, Options::default()).expect("a valid property");
    let w = r.wws.unwrap();
    assert_eq!(
        (w.points, w.points_estimated, w.sector.as_str()),
        (150, false, "mid")
    );
}

fn codes(p: &Property, set: &RuleSet) -> Vec<&'static str> {
    evaluate(p, set, Options::default())
        .expect("a valid property")
        .warnings
        .iter()
        .map(|w| w.code)
        .collect()
}

fn with(key: &str, value: &str) -> Property {
    property(&STUDIO.replace(&format!("{key} = "), &format!("{key} = {value}\n#")))
}

#[test]
fn energy_label_below_d() {
    let set = rules();
    assert!(codes(&with("energy_label", "\"E\""), &set).contains(&"energy_label_below_d"));
    assert!(codes(&with("energy_label", "\"G\""), &set).contains(&"energy_label_below_d"));
    assert!(!codes(&with("energy_label", "\"D\""), &set).contains(&"energy_label_below_d"));
    // The message says what label D does to the points: E (−4) to D (11) for an apartment is +15.
    let r = evaluate(&with("energy_label", "\"E\""), &set, Options::default())
        .expect("a valid property");
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "energy_label_below_d")
        .unwrap();
    let points = r.wws.unwrap().points;
    assert!(
        w.message()
            .contains(&format!("van {points} naar ongeveer {}", points + 15)),
        "{}",
        w.message()
    );
    let en = w.text.render(verhuurd::i18n::Lang::En);
    assert!(
        en.contains(&format!("from {points} to about {}", points + 15)),
        "{en}"
    );
}

#[test]
fn micro_dwelling() {
    let set = rules();
    for (m2, fires) in [("15", true), ("35", true), ("14.9", false), ("35.1", false)] {
        assert_eq!(
            codes(&with("surface_m2", m2), &set).contains(&"micro_dwelling"),
            fires,
            "{m2} m²"
        );
    }
}

#[test]
fn surface_below_new_build_minimum() {
    let set = rules();
    assert!(codes(&with("surface_m2", "20.1"), &set).contains(&"surface_below_new_build_minimum"));
    assert!(!codes(&with("surface_m2", "20.2"), &set).contains(&"surface_below_new_build_minimum"));
    let students = |m2: &str| {
        property(&STUDIO.replace(
            "surface_m2 = 22",
            &format!("surface_m2 = {m2}\nstudents = true"),
        ))
    };
    assert!(codes(&students("17.1"), &set).contains(&"surface_below_new_build_minimum"));
    assert!(!codes(&students("17.2"), &set).contains(&"surface_below_new_build_minimum"));
}

#[test]
fn rent_above_wws_maximum_and_the_valuation_uses_the_maximum() {
    let set = rules();
    let at = |rent: &str| {
        property(
            &STUDIO
                .replace(
                    "energy_label = \"B\"",
                    "energy_label = \"B\"\nwws_points = 143",
                )
                .replace("monthly_rent = 700", &format!("monthly_rent = {rent}")),
        )
    };
    let above = at("933");
    assert!(codes(&above, &set).contains(&"rent_above_wws_maximum"));
    let r = evaluate(&above, &set, Options::default()).expect("a valid property");
    assert_eq!(r.sitting_tenant.unwrap().valuation_rent, dec!(932.93));
    assert!(!codes(&at("932.93"), &set).contains(&"rent_above_wws_maximum"));
    // The free sector has no maximum.
    let free = property(
        &STUDIO
            .replace(
                "energy_label = \"B\"",
                "energy_label = \"B\"\nwws_points = 190",
            )
            .replace("monthly_rent = 700", "monthly_rent = 3000"),
    );
    assert!(!codes(&free, &set).contains(&"rent_above_wws_maximum"));
}

#[test]
/// Art. 17a lid 6 Uitvoeringsbesluit inkomstenbelasting 2001.
fn tenanted_value_below_fiscal_value_at_its_line() {
    let set = rules();
    let p = property(STUDIO);
    let facts = |tenanted: Decimal| Facts {
        bbl: None,
        wws: None,
        regulated: false,
        box3_value: dec!(200000),
        tenanted_value: Some(tenanted),
        band_disagreement: None,
        energy_upgrade_cost: None,
        energy_upgrade_estimate: warnings::UpgradeEstimate::Unknown,
        label_d_wws: None,
        cheapest_upgrade: None,
        sale: None,
        carried: &[],
        no_irr: None,
        texts: true,
    };
    let has = |t: Decimal| {
        warnings::check(&p, &facts(t), &set.checks, &set.market)
            .iter()
            .any(|w| w.code == "tenanted_value_below_fiscal_value")
    };
    // Art. 17a lid 6 UBIB: WOZ × ratio at least 10% HIGHER than the value in rented state, i.e.
    // value ≤ 200,000 / 1.10 = 181,818.18…
    assert!(has(dec!(181818.18)), "at the line the route is open");
    assert!(!has(dec!(181818.19)), "above it the warning is silent");
    // The old reading ("10% below": ≤ 180,000) missed the values in between.
    assert!(has(dec!(181000)));
}

#[test]
fn every_warning_says_what_to_do() {
    let set = rules();
    let p = property(
        &STUDIO
            .replace(
                "energy_label = \"B\"",
                "energy_label = \"F\"\nwws_points = 100",
            )
            .replace("surface_m2 = 22", "surface_m2 = 18"),
    );
    let r = evaluate(&p, &set, Options::default()).expect("a valid property");
    let got: Vec<&str> = r.warnings.iter().map(|w| w.code).collect();
    for code in [
        "energy_label_below_d",
        "surface_below_new_build_minimum",
        "micro_dwelling",
        "rent_above_wws_maximum",
    ] {
        assert!(got.contains(&code), "{code} in {got:?}");
    }
    assert!(r.warnings.iter().all(|w| w.message().len() > 40));
}

/// Yield figures of the micro studio example (examples/microstudio.toml).
#[test]
fn yield_of_the_micro_studio() {
    let set = rules();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/microstudio.toml"
    ))
    .unwrap();
    let p = from_toml_str("m.toml", &text, &set, None).unwrap();
    let y = evaluate(&p, &set, Options::default())
        .expect("a valid property")
        .yields
        .unwrap();
    // The report holds the figures at full precision; the output shows them as `out` does.
    let out = verhuurd::money::out;
    // jaarhuur 975 × 12 = 11,700 on a vacant value of 205,000.
    assert_eq!(out(y.gross_pct), dec!(5.71));
    // Buyer's costs 2026: 8% transfer tax + 1.5% other = 9.5% of 205,000.
    assert_eq!(out(y.purchase_costs), dec!(19475));
    // 11,700 less 9% (vacancy 4 + management 5) less 2,250 fixed costs = 8,397.
    assert_eq!(out(y.net_operating_income), dec!(8397));
    assert_eq!(out(y.net_pct), dec!(3.74), "8,397 / 224,475");
    assert_eq!(out(y.rent_per_m2), dec!(44.32));
    assert_eq!(out(y.value_per_m2), dec!(9318.18));
}

/// Output that shows only the warnings' codes (`codes_only`, the CSV) gets the same warnings, in
/// the same order, without their messages, and no caveats; every other figure is the same.
#[test]
fn codes_only_gives_the_same_warnings_without_their_texts() {
    let set = rules();
    let mut compared = 0;
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(p) = from_toml_str("t.toml", &text, &set, None) else {
            continue;
        };
        let full = evaluate(&p, &set, Options::default()).unwrap();
        let brief = evaluate(
            &p,
            &set,
            Options {
                codes_only: true,
                ..Options::default()
            },
        )
        .unwrap();
        let codes = |r: &verhuurd::report::Report| -> Vec<&str> {
            r.warnings.iter().map(|w| w.code).collect()
        };
        assert_eq!(codes(&full), codes(&brief), "{}", path.display());
        assert!(brief.warnings.iter().all(|w| w.message().is_empty()));
        assert!(brief.caveats.texts().is_empty(), "{}", path.display());
        let figures = |r: &verhuurd::report::Report| {
            let mut v = serde_json::to_value(r).unwrap();
            let o = v.as_object_mut().unwrap();
            o.remove("warnings");
            o.remove("caveats");
            v
        };
        assert_eq!(figures(&full), figures(&brief), "{}", path.display());
        compared += 1;
    }
    assert!(compared > 5, "only {compared} examples compared");
}
