//! The WWS computed room by room from a `[wws]` section (Huurcommissie beleidsboek waarderingsstelsel
//! zelfstandige woonruimte, January 2026; section numbers §x.y are the beleidsboek's), and the rent
//! regulation regime of the lease date (Wet betaalbare huur, 1 July 2024).

use crate::support::{group, property, rules};
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::input::{Property, Segment, from_toml_str};
use verhuurd::wws::{self, Method, Wws};

fn compute(p: &Property) -> Wws {
    wws::compute(p, &rules(), &mut Trace::new(true)).unwrap()
}

/// A flat described room by room, tax year 2026 (computed by hand below).
const FLAT: &str = r#"
tax_year = 2026
[property]
woz_value = 310000
surface_m2 = 70
energy_label = "C"
dwelling = "apartment"
build_year = 1995
[lease]
monthly_rent = 950
start_date = 2025-03-01
[wws]
rooms = """
living: room 24.6 heated
kitchen: room 7.35 heated
bedroom: room 12.2 heated
bedroom 2: room 8.05 heated
bathroom: room 5.1 heated
toilet: other 1.3
storage: other 6.4
hall: hall 6 heated
"""
kitchen_worktop_m = 2.4
kitchen_fittings = "hob_induction, extractor, fridge, oven_electric"
sanitary = "toilet_room, washbasin, shower, shower_enclosure, towel_radiator"
outdoor_private_m2 = 6.5
energy_label_date = "2022-03-01"
"#;

/// By hand: rooms 24.6 + 7.35 + 12.2 + 8.05 + 5.1 = 57.30 → 57 m² → 57; other spaces 6.4 → 6 m² × 0.75
/// = 4.5 (the toilet room of 1.3 m² is below 2 m²); heating 5 rooms × 2 + the hall 1 = 11; label C
/// multi-family 15; kitchen worktop 2.4 m → 7 + fittings 1.75 + 0.75 + 1 + 1 = 4.5 → 11.5; sanitary
/// 3 + 1 + 4 = 8 + extras 1.25 + 0.75 = 2 (within the shower's 4) → 10; balcony 6.5 m² to whole m² 7
/// (toelichting rubriek 8): 2 + 7 × 0.35 = 4.45 → 4.5. Other rubrieken 113.5. WOZ (valuation date
/// 1-1-2025), the surface 57.30 + 6.40 = 63.70 rounded once to 64 m² (toelichting rubriek 11):
/// 310,000 / 16,954 + 310,000 / 64 m² / 268 = 36.359 → 36.25. Total 149.75 → 150 → middle sector,
/// maximum rent 2026 at 150 points 980.91.
#[test]
fn a_flat_computed_by_hand() {
    let w = compute(&property(FLAT));
    assert_eq!(w.method, Method::Described);
    assert!(!w.points_estimated);
    let g = |k| group(&w, k);
    assert_eq!(
        [
            g("surface_rooms"),
            g("surface_other"),
            g("heating"),
            g("energy"),
            g("kitchen"),
            g("sanitary"),
            g("outdoor"),
            g("woz")
        ],
        [
            dec!(57),
            dec!(4.5),
            dec!(11),
            dec!(15),
            dec!(11.5),
            dec!(10),
            dec!(4.5),
            dec!(36.25)
        ]
    );
    assert_eq!(w.points, 150);
    assert_eq!(w.sector, Segment::Mid);
    assert_eq!(w.max_rent, dec!(980.91));
    // The report: the computed maximum rent caps the valuation rent of a regulated dwelling.
    let r = evaluate(&property(FLAT), &rules(), Options::default()).expect("evaluates");
    let out = r.wws.unwrap();
    assert_eq!((out.method.as_str(), out.groups.len()), ("described", 8));
    assert!(!r.caveats.iter().any(|c| c.contains("geschat")));
    assert_eq!(r.sitting_tenant.unwrap().valuation_rent, dec!(950));
    let above = property(&FLAT.replace("monthly_rent = 950", "monthly_rent = 1100"));
    let r = evaluate(&above, &rules(), Options::default()).expect("evaluates");
    assert_eq!(r.sitting_tenant.unwrap().valuation_rent, dec!(980.91));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == "rent_above_wws_maximum")
    );
}

/// A house whose WOZ points are capped, computed by hand. Rooms 97 m² → 97; storage 10 m² × 0.75 =
/// 7.5; heating 6 × 2 = 12; label A single-family 41; kitchen worktop 3 m → 7, fittings 7 → capped
/// at 7 → 14; sanitary 3 + 2 + 2 + 7 = 14 + extras 2.25 → 16.25; garden 80 m² → 2 + 28 = 30 → at
/// most 15. Other rubrieken 202.75. WOZ 1,200,000 / 16,954 + 1,200,000 / 107 / 268 = 112.627 →
/// 112.75; the total 315.5 is 187 or more, so the WOZ points are capped at 202.75 × 33/67 = 99.86,
/// rounded DOWN to 99 (§2.11.2). Total 301.75 → 302 (rounding the capped points half-up would give
/// 303). Maximum rent 2026: 1,667.40 + 52 × 6.86 = 2,024.12.
#[test]
fn a_house_with_the_woz_cap_computed_by_hand() {
    let text = r#"
tax_year = 2026
[property]
woz_value = 1200000
surface_m2 = 130
energy_label = "A"
dwelling = "house"
[lease]
monthly_rent = 2500
[wws]
rooms = "living: room 40 heated; kitchen: room 12 heated; bed 1: room 15 heated; bed 2: room 12 heated; bed 3: room 10 heated; bathroom: room 8 heated; storage: other 10"
kitchen_worktop_m = 3
kitchen_fittings = "dishwasher, hob_induction, extractor, oven_electric, fridge, microwave"
sanitary = "toilet_room, toilet_bathroom, washbasin x2, bath_shower, vanity_unit, towel_radiator, thermostatic_tap"
outdoor_private_m2 = 80
energy_label_date = 2023-01-10
"#;
    let w = compute(&property(text));
    assert_eq!(group(&w, "kitchen"), dec!(14));
    assert_eq!(group(&w, "sanitary"), dec!(16.25));
    assert_eq!(group(&w, "outdoor"), dec!(15));
    assert_eq!(group(&w, "woz"), dec!(99));
    assert_eq!(w.points, 302);
    assert_eq!(w.sector, Segment::Free);
    assert_eq!(w.max_rent, dec!(2024.12));
}

/// §2.11.2 worked example: WOZ 300,000 (valuation date 1-1-2025), 60 m² → 17.6949 + 18.6567 =
/// 36.3517 → 36.25 points.
#[test]
fn woz_points_worked_example() {
    let text = r#"
tax_year = 2026
[property]
woz_value = 300000
surface_m2 = 60
energy_label = "B"
[lease]
monthly_rent = 900
[wws]
rooms = "room 40; other 20"
woz_valuation_date = "2025-01-01"
"#;
    assert_eq!(group(&compute(&property(text)), "woz"), dec!(36.25));
    // With a WOZ value of the valuation date 1-1-2024 the factors of that date apply:
    // 300,000 / 15,329 + 300,000 / 60 / 242 = 19.5708 + 20.6612 = 40.232 → 40.25.
    let older = text.replace("2025-01-01", "2024-01-01");
    assert_eq!(group(&compute(&property(&older)), "woz"), dec!(40.25));
}

/// §2.11.7 rekenvoorbeelden 1-3 and the rounding down of capped WOZ points (§2.11.2).
#[test]
fn woz_cap_examples_of_the_beleidsboek() {
    let set = rules();
    let r = set.wws(2026).unwrap().rules;
    // 1: 134 + 134 = 268 → WOZ capped at 134 × 33/67 = 66 → 200.
    assert_eq!(wws::capped_total(dec!(134), dec!(134), r), (200, true));
    // 2: 80 + 80 = 160 is below 187: no cap.
    assert_eq!(wws::capped_total(dec!(80), dec!(80), r), (160, false));
    // 3: 109 + 109 = 218 → 53.69 rounded down to 53 → 162, below 187 → 186.
    assert_eq!(wws::woz_cap(dec!(109), dec!(109), r), Some(dec!(53)));
    assert_eq!(wws::capped_total(dec!(109), dec!(109), r), (186, true));
}

/// §2.5.3 example: worktop 1.6 m (4) with induction hob 1.75, extractor 0.75, electric oven 1 and
/// fridge 1 = 4.5, capped at the worktop's 4 → 8. A worktop below 1 m is no kitchen; one of 2 m
/// scores the higher value (Bhw bijlage I table 5.1, "2 m en meer").
#[test]
fn kitchen_example_and_edges() {
    let base = r#"
tax_year = 2026
[property]
woz_value = 200000
surface_m2 = 50
energy_label = "B"
[lease]
monthly_rent = 800
[wws]
rooms = "room 30; room 10"
kitchen_worktop_m = WORKTOP
kitchen_fittings = "hob_induction, extractor, oven_electric, fridge"
"#;
    let k = |m: &str| group(&compute(&property(&base.replace("WORKTOP", m))), "kitchen");
    assert_eq!(k("1.6"), dec!(8));
    assert_eq!(k("0.99"), dec!(0));
    assert_eq!(k("1"), dec!(8));
    assert_eq!(k("1.99"), dec!(8));
    // 2 m and more: 7 + 4.5.
    assert_eq!(k("2"), dec!(11.5));
    assert_eq!(k("2.01"), dec!(11.5));
}

/// §2.6.2 example: bath/shower 7 + a shower 4 + a washbasin 1 = 12; extras whirlpool 1.5, enclosure
/// 1.25, two towel radiators 1.5, two sockets 0.5, thermostatic tap 0.5, two single-lever taps 0.5 =
/// 5.75 (below 11, not capped) → 17.75. Sockets count at most two per washbasin (Bhw bijlage I table
/// 6.2): without the washbasin they count nothing → 16.25. Extras above the showers and baths are
/// capped.
#[test]
fn sanitary_example_and_cap() {
    let base = r#"
tax_year = 2026
[property]
woz_value = 200000
surface_m2 = 50
energy_label = "B"
[lease]
monthly_rent = 800
[wws]
rooms = "room 40"
sanitary = "LIST"
"#;
    let s = |l: &str| group(&compute(&property(&base.replace("LIST", l))), "sanitary");
    assert_eq!(
        s(
            "bath_shower, shower, washbasin, whirlpool, shower_enclosure, towel_radiator x2, socket x2, thermostatic_tap, single_lever_tap x2"
        ),
        dec!(17.75)
    );
    assert_eq!(
        s(
            "bath_shower, shower, whirlpool, shower_enclosure, towel_radiator x2, socket x2, thermostatic_tap, single_lever_tap x2"
        ),
        dec!(16.25)
    );
    // A shower (4) with 4.75 points of extras (no washbasin: the sockets count nothing): capped at
    // 4 → 8, plus a toilet in the bathroom 2.
    assert_eq!(
        s(
            "shower, toilet_bathroom, whirlpool x2, towel_radiator, socket x2, thermostatic_tap, single_lever_tap x2"
        ),
        dec!(10)
    );
}

/// §2.8: 10 m² private = 2 + 3.5 = 5.5; a shared roof terrace of 30 m² for 3 addresses = 7.5;
/// both together, at most 15; none at all −5.
#[test]
fn outdoor_space_examples() {
    let base = r#"
tax_year = 2026
[property]
woz_value = 200000
surface_m2 = 50
energy_label = "B"
[lease]
monthly_rent = 800
[wws]
rooms = "room 40"
"#;
    let o = |extra: &str| group(&compute(&property(&format!("{base}{extra}"))), "outdoor");
    assert_eq!(o("outdoor_private_m2 = 10"), dec!(5.5));
    assert_eq!(
        o("outdoor_shared_m2 = 30\noutdoor_shared_addresses = 3"),
        dec!(7.5)
    );
    assert_eq!(
        o("outdoor_private_m2 = 10\noutdoor_shared_m2 = 30\noutdoor_shared_addresses = 3"),
        dec!(13)
    );
    assert_eq!(o("outdoor_private_m2 = 50"), dec!(15));
    assert_eq!(o(""), dec!(-5));
    // Shared space without the number of addresses is an input error.
    let err = from_toml_str(
        "t.toml",
        &format!("{base}outdoor_shared_m2 = 30"),
        &rules(),
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("outdoor_shared_addresses"), "{err}");
}

/// §2.2 and §2.3: a room below 4 m² counts as an other space, one below 2 m² not at all; heated
/// other spaces and halls give at most 4, cooled rooms at most 2; an attic without fixed stairs
/// loses 5 points, never more than it is worth.
#[test]
fn surface_and_heating_edges() {
    let w = |rooms: &str| {
        compute(&property(&format!(
            "tax_year = 2026\n[property]\nwoz_value = 200000\nsurface_m2 = 50\nenergy_label = \"B\"\n[lease]\nmonthly_rent = 800\n[wws]\nrooms = \"{rooms}\"\n"
        )))
    };
    let a = w(
        "room 20 heated cooled; room 3.99 heated; other 1.99; hall 2 heated; hall 2 heated; hall 2 heated; hall 2 heated; room 10 heated cooled; room 10 heated cooled",
    );
    // Rooms 40 → 40; the 3.99 m² room counts as other space: 3.99 → 4 m² × 0.75 = 3.
    assert_eq!(
        (group(&a, "surface_rooms"), group(&a, "surface_other")),
        (dec!(40), dec!(3))
    );
    // 3 heated rooms × 2 + min(5 other/hall × 1, 4) + min(3 cooled, 2) = 6 + 4 + 2.
    assert_eq!(group(&a, "heating"), dec!(12));
    // Attic of 4 m²: 3 points, the deduction of 5 takes only those 3; one of 10 m² loses 5.
    assert_eq!(group(&w("room 20; attic 4"), "surface_other"), dec!(0));
    assert_eq!(group(&w("room 20; attic 10"), "surface_other"), dec!(2.5));
}

/// §2.4: a valid label by kind; a simplified label (2015-2020) or an expired one falls back to the
/// build year; an energy index; an EPV; a monument gets no negative points.
#[test]
fn energy_performance_rules() {
    let e = |label: &str, kind: &str, extra: &str| {
        group(
            &compute(&property(&format!(
                "tax_year = 2026\n[property]\nwoz_value = 200000\nsurface_m2 = 50\nenergy_label = \"{label}\"\ndwelling = \"{kind}\"\nbuild_year = 1985\n[lease]\nmonthly_rent = 800\n[wws]\nrooms = \"room 40\"\n{extra}"
            ))),
            "energy",
        )
    };
    assert_eq!(e("A", "house", "energy_label_date = 2022-05-01"), dec!(41));
    assert_eq!(
        e("A", "apartment", "energy_label_date = 2022-05-01"),
        dec!(37)
    );
    assert_eq!(
        e("E", "apartment", "energy_label_date = 2022-05-01"),
        dec!(-4)
    );
    // Simplified label of 2017: build year 1985 → 14 (EGW) / 11 (MGW).
    assert_eq!(e("A", "house", "energy_label_date = 2017-05-01"), dec!(14));
    // Expired: registered 2014-10-01, valid until 2024-10-01; on 1-1-2026 no longer.
    assert_eq!(
        e("A", "apartment", "energy_label_date = 2014-10-01"),
        dec!(11)
    );
    assert_eq!(
        e(
            "A",
            "apartment",
            "energy_label_date = 2016-10-01\nenergy_index = 1.3"
        ),
        dec!(30)
    );
    assert_eq!(e("A", "house", "energy_index = 0.6"), dec!(52));
    assert_eq!(e("A", "house", "energy_index = 2.8"), dec!(-15));
    assert_eq!(e("A", "house", "epv = true"), dec!(32));
    assert_eq!(e("A", "apartment", "epv = true"), dec!(28));
    assert_eq!(
        e(
            "G",
            "house",
            "energy_label_date = 2022-05-01\nmonument = \"gemeentelijk\""
        ),
        dec!(0)
    );
    // A protected town view is not a monument: the negative points stay.
    assert_eq!(
        e(
            "G",
            "house",
            "energy_label_date = 2022-05-01\nmonument = \"beschermd_gezicht\""
        ),
        dec!(-15)
    );
}

/// §2.1.6 example: 255 points in 2026 = 1,667.40 + 5 × 6.86 = 1,701.70.
#[test]
fn maximum_rent_above_250_points() {
    let set = rules();
    assert_eq!(
        wws::max_rent(255, set.wws(2026).unwrap().rules, &set),
        dec!(1701.70)
    );
}

/// §2.13: surcharges on the maximum rent add up and never change the sector; a rijksmonument let
/// before the Wet betaalbare huur gets 50 points instead of 35%.
#[test]
fn surcharges() {
    let with = |extra: &str, start: &str| {
        compute(&property(
            &FLAT
                .replace(
                    "energy_label_date = \"2022-03-01\"",
                    &format!("energy_label_date = \"2022-03-01\"\n{extra}"),
                )
                .replace("start_date = 2025-03-01", &format!("start_date = {start}")),
        ))
    };
    let rijks = with("monument = \"rijksmonument\"", "2025-03-01");
    assert_eq!((rijks.points, rijks.surcharge_pct), (150, dec!(35)));
    assert_eq!(rijks.max_rent, dec!(1324.23)); // 980.91 × 1.35 = 1,324.2285
    assert_eq!(rijks.sector, Segment::Mid);
    let old = with("monument = \"rijksmonument\"", "2020-03-01");
    assert_eq!((old.points, old.surcharge_pct), (200, dec!(0)));
    assert_eq!(old.sector, Segment::Free);
    let local = with("monument = \"gemeentelijk\"", "2025-03-01");
    assert_eq!(local.max_rent, dec!(1128.05)); // 980.91 × 1.15 = 1,128.0465
    // New build in the middle sector, first in use after 1 July 2024: +10%.
    let new = with("new_build_first_use = 2025-01-15", "2025-03-01");
    assert_eq!(new.max_rent, dec!(1079.00)); // 980.91 × 1.10 = 1,079.001
}

const MID_BY_POINTS: &str = r#"
tax_year = 2026
[property]
woz_value = 300000
surface_m2 = 70
energy_label = "C"
wws_points = 160
[lease]
monthly_rent = 1500
"#;

/// Issue 8 item 6 (Wet betaalbare huur; beleidsboek §1.3.1-1.3.3): the middle sector and its maximum
/// rent apply only to leases signed from 1 July 2024. A lease signed before, or any lease in tax years
/// 2023-2024 (1 January before 1 July 2024), is social up to 143 points and free above: 160 points
/// do not cap the rent.
#[test]
fn no_middle_sector_before_the_wet_betaalbare_huur() {
    let set = rules();
    let val_rent = |text: &str| {
        let r = evaluate(&property(text), &set, Options::default()).expect("evaluates");
        (
            r.wws.as_ref().unwrap().sector.as_str(),
            r.sitting_tenant.unwrap().valuation_rent,
            r.warnings
                .iter()
                .any(|w| w.code == "rent_above_wws_maximum"),
        )
    };
    // Signed after 1 July 2024 (or no date in 2026): middle sector, capped at 1,049.57.
    assert_eq!(val_rent(MID_BY_POINTS), ("mid", dec!(1049.57), true));
    let after = MID_BY_POINTS.replace(
        "monthly_rent = 1500",
        "monthly_rent = 1500\nstart_date = 2024-07-01",
    );
    assert_eq!(val_rent(&after), ("mid", dec!(1049.57), true));
    // Signed the day before: free, not capped.
    let before = MID_BY_POINTS.replace(
        "monthly_rent = 1500",
        "monthly_rent = 1500\nstart_date = \"2024-06-30\"",
    );
    assert_eq!(val_rent(&before), ("free", dec!(1500), false));
    let r = evaluate(&property(&before), &set, Options::default()).expect("evaluates");
    assert!(r.caveats.iter().any(|c| c.contains("Wet betaalbare huur")));
    // Tax year 2024 without a start date: the regime of 1 January 2024.
    let y2024 = MID_BY_POINTS.replace("tax_year = 2026", "tax_year = 2024");
    assert_eq!(val_rent(&y2024), ("free", dec!(1500), false));
    // A middle segment given for an old lease is free: the middle sector did not exist.
    let given = before.replace("wws_points = 160", "").replace(
        "monthly_rent = 1500",
        "monthly_rent = 1500\nsegment = \"mid\"",
    );
    let p = property(&given);
    assert_eq!(wws::lease_segment(&p, None, &set), Segment::Free);
    // The social sector stays regulated before 1 July 2024 (§1.3.3): 130 points cap at 843.62.
    let social = before.replace("wws_points = 160", "wws_points = 130");
    assert_eq!(val_rent(&social), ("social", dec!(843.62), true));
}

/// `lease.start_date` is a TOML date, a "YYYY-MM-DD" string or a CSV cell; a bad date is an error
/// at its location.
#[test]
fn start_date_forms_and_errors() {
    let set = rules();
    let p = property(&MID_BY_POINTS.replace(
        "monthly_rent = 1500",
        "monthly_rent = 1500\nstart_date = 2023-05-01",
    ));
    assert_eq!(p.lease.start_date.unwrap().to_string(), "2023-05-01");
    let p = property(&MID_BY_POINTS.replace(
        "monthly_rent = 1500",
        "monthly_rent = 1500\nstart_date = \"2023-05-01\"",
    ));
    assert_eq!(p.lease.start_date.unwrap().to_string(), "2023-05-01");
    let err = from_toml_str(
        "t.toml",
        &MID_BY_POINTS.replace(
            "monthly_rent = 1500",
            "monthly_rent = 1500\nstart_date = \"2023-02-30\"",
        ),
        &set,
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("t.toml:10:14") && err.contains("not a day of the calendar"),
        "{err}"
    );
    let err = from_toml_str(
        "t.toml",
        &MID_BY_POINTS.replace(
            "monthly_rent = 1500",
            "monthly_rent = 1500\nstart_date = 2023",
        ),
        &set,
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("lease.start_date"), "{err}");
}

/// Input errors in the lists name the item and suggest a near miss.
#[test]
fn list_errors() {
    use verhuurd::i18n::Lang;
    let bad = FLAT.replace("towel_radiator\"", "towel_radiatr\"");
    let err = from_toml_str("t.toml", &bad, &rules(), None).unwrap_err();
    let en = err.render(Lang::En);
    assert!(
        en.contains("unknown fitting `towel_radiatr`; did you mean `towel_radiator`? known:"),
        "{en}"
    );
    let nl = err.to_string();
    assert!(
        nl.contains("onbekende voorziening `towel_radiatr`; bedoelt u `towel_radiator`? bekend:"),
        "{nl}"
    );
    let bad = FLAT.replace("storage: other 6.4", "storage: closet 6.4");
    let err = from_toml_str("t.toml", &bad, &rules(), None).unwrap_err();
    let en = err.render(Lang::En);
    assert!(en.contains("unknown kind `closet`"), "{en}");
    let nl = err.to_string();
    assert!(
        nl.contains(
            "onbekende soort `closet`; gebruik room, kitchen, bathroom, other, attic of hall"
        ),
        "{nl}"
    );
}

/// Without a `[wws]` section the points stay an estimate, labelled as such.
#[test]
fn the_estimate_is_kept_and_labelled() {
    let r = evaluate(
        &property(&MID_BY_POINTS.replace("wws_points = 160", "")),
        &rules(),
        Options::default(),
    )
    .expect("evaluates");
    let w = r.wws.unwrap();
    assert_eq!((w.method.as_str(), w.points_estimated), ("estimated", true));
    assert!(
        r.caveats
            .iter()
            .any(|c| c.contains("punten geschat") && c.contains("[wws]"))
    );
}

/// A CSV row carries the same `[wws]` description (the lists are text cells) and gets the same points.
#[test]
fn csv_rows_carry_the_description() {
    use std::sync::Arc;
    use verhuurd::input::{csv_source::CsvRecords, parse_property};
    let csv = "property.woz_value,property.surface_m2,property.energy_label,property.dwelling,tax_year,lease.monthly_rent,lease.start_date,wws.rooms,wws.kitchen_worktop_m,wws.kitchen_fittings,wws.sanitary,wws.outdoor_private_m2,wws.energy_label_date\n\
310000,70,C,apartment,2026,950,2025-03-01,\"living: room 24.6 heated; kitchen: room 7.35 heated; bedroom: room 12.2 heated; bedroom 2: room 8.05 heated; bathroom: room 5.1 heated; toilet: other 1.3; storage: other 6.4; hall: hall 6 heated\",2.4,\"hob_induction, extractor, fridge, oven_electric\",\"toilet_room, washbasin, shower, shower_enclosure, towel_radiator\",6.5,2022-03-01\n";
    let set = rules();
    let mut rows = CsvRecords::new(Arc::from("p.csv"), "p".into(), csv.as_bytes());
    let raw = rows.next().unwrap().unwrap();
    let p = parse_property(raw, &set, None).unwrap();
    let w = compute(&p);
    assert_eq!((w.points, w.max_rent), (150, dec!(980.91)));
    assert_eq!(w.groups, compute(&property(FLAT)).groups);
}

/// Issue 8 item 6: the maximum rent increases of the middle and free sector run per calendar year
/// from 1 January (free sector: Wet maximering huurprijsverhogingen geliberaliseerde
/// huurovereenkomsten); only the social sector's runs from 1 July.
#[test]
fn rent_increase_periods_are_labelled() {
    let set = rules();
    for year in [2025, 2026] {
        let h = set.huurverhoging(year).unwrap().rules;
        assert!(h.social_pct.source.contains("from 1 July"));
        for p in [&h.mid_pct, &h.free_pct] {
            assert!(
                p.source.contains("calendar year") && !p.source.contains("1 July"),
                "{}",
                p.source
            );
        }
    }
}
