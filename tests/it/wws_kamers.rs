//! The WWS for a room let in a shared dwelling (onzelfstandige woonruimte; Besluit huurprijzen
//! woonruimte, bijlage I onder B): the worked examples of the Huurcommissie's beleidsboek
//! waarderingsstelsel onzelfstandige woonruimte (January 2025; section numbers §x.y are its own),
//! each pinned to the quarter point, and the maximum rent from the rooms' own table.

use crate::support::{group, rules};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::i18n::Lang;
use verhuurd::input::{Segment, from_toml_str};
use verhuurd::wws::{self, Method, Wws};

/// A room in a house of `units` rooms in Groot-Amsterdam; `WWS` is replaced by each test's keys.
const HOUSE: &str = r#"
tax_year = 2026
[property]
woz_value = 250000
surface_m2 = 40
energy_label = "A"
build_year = 1930
[lease]
monthly_rent = 600
[wws]
corop = "Groot-Amsterdam"
woz_valuation_date = 2022-01-01
WWS
"#;

fn room(wws: &str) -> Wws {
    let p = from_toml_str("t.toml", &HOUSE.replace("WWS", wws), &rules(), None).unwrap();
    let w = wws::compute(&p, &rules(), &mut Trace::new(true)).unwrap();
    assert_eq!(w.method, Method::Room);
    assert_eq!(w.sector, Segment::Social);
    w
}

/// §1.4 example: a private room 3.76 × 4.12 = 15.49 m² and a kitchen 2.95 × 3.81 = 11.24 m² shared by
/// three rooms: 15.49 + 11.24 / 3 = 19.24 → 19 m² → 19 points.
#[test]
fn rubriek_1_surface_of_rooms() {
    let w = room("units = 3\nrooms = \"room: room 3.76x4.12; kitchen: kitchen 2.95x3.81 shared\"");
    assert_eq!(group(&w, "surface_rooms"), dec!(19));
}

/// §2.4 example: a private other space of 4 m² (3 points); a garage 3.16 × 6.12 = 19.34 m² and a
/// utility room 2.11 × 2.87 = 6.06 m² shared by three rooms: 25.40 → 25 m² × 0.75 = 18.75 / 3 = 6.25.
/// Together 9.25.
#[test]
fn rubriek_2_surface_of_other_spaces() {
    let w = room(
        "units = 3\nrooms = \"room: room 12; store: other 4; garage: other 3.16x6.12 shared; utility: other 2.11x2.87 shared\"",
    );
    assert_eq!(group(&w, "surface_other"), dec!(9.25));
}

/// §4.1 example: a private room of 10 m² and a living room of 40 m² shared by four rooms: 10 + 10 = 20
/// m² of rubriek 1; label A 0.65 per m² → 13. Without a valid label by build year (1930: −0.15 per m²).
#[test]
fn rubriek_4_energy_per_square_metre() {
    let rooms = "units = 4\nrooms = \"room: room 10; living: room 40 shared\"";
    let w = room(rooms);
    assert_eq!(group(&w, "surface_rooms"), dec!(20));
    assert_eq!(group(&w, "energy"), dec!(13));
    let w = room(&format!("{rooms}\nenergy_label_date = 2012-05-01"));
    assert_eq!(group(&w, "energy"), dec!(-3));
}

/// §5.4 example: four rooms share one kitchen with a worktop between 2 and 3 m (7) and 3 points of
/// fittings (built-in fridge, ceramic hob, microwave): 10 / 4 = 2.5. The worktop bands (§5.2): from 1 m
/// 4, from 2 m 7, above 3 m 10, above 5 m 13 when at least 8 rooms share the kitchen.
#[test]
fn rubriek_5_kitchen_shared() {
    let k = |units: u32, worktop: &str| {
        group(
            &room(&format!(
                "units = {units}\nrooms = \"room: room 14; kitchen: kitchen 9 shared worktop={worktop}\"\nkitchen_fittings = \"fridge, hob_ceramic, microwave\""
            )),
            "kitchen",
        )
    };
    assert_eq!(k(4, "2.5"), dec!(2.5));
    assert_eq!(k(4, "3"), dec!(2.5));
    // Above 3 m: (10 + 3) / 4 = 3.25; above 5 m with 8 rooms: (13 + 3) / 8 = 2; with 4 rooms 10.
    assert_eq!(k(4, "3.01"), dec!(3.25));
    assert_eq!(k(8, "5.5"), dec!(2));
    assert_eq!(k(4, "5.5"), dec!(3.25));
}

/// §6.2 example: four rooms share a bathroom with a shower (3), a fixed enclosure (1.25) and a towel
/// radiator (0.75): 5 / 4 = 1.25; each room has its own toilet (3): 4.25.
#[test]
fn rubriek_6_sanitary_shared() {
    let w = room(
        "units = 4\nrooms = \"room: room 14; bathroom: bathroom 4 shared; toilet: other 1.2\"\nsanitary = \"bathroom: shower, shower_enclosure, towel_radiator; toilet: toilet_room\"",
    );
    assert_eq!(group(&w, "sanitary"), dec!(4.25));
}

/// §8.6 example: a private balcony 2 × 0.5 = 1 m² (2.35); a balcony of 3 × 1.5 = 4.5 m² shared by the
/// four rooms of the address (3.375 / 4 = 0.84375); a roof terrace of 8 × 6.5 = 52 m² for five
/// addresses (39 / 5 / 4 = 1.95): 5.14375 → 5.25.
#[test]
fn rubriek_8_outdoor_space() {
    let w = room(
        "units = 4\nrooms = \"room: room 14\"\noutdoor_private_m2 = 1\noutdoor_shared = \"balcony: 4.5; roof terrace: 52/5\"",
    );
    assert_eq!(group(&w, "outdoor"), dec!(5.25));
}

/// §9.3 example: a common room with kitchen of 20 m² (20; heated 2; worktop 2–3 m 7 + fittings 3) and
/// a shared toilet room of 2 m² (1.5; a wall-hung toilet 3.75 and a washbasin 1), both for four
/// addresses; four rooms at this address: 38.25 / 4 / 4 = 2.390625 → 2.5.
#[test]
fn rubriek_9_spaces_shared_with_other_addresses() {
    let w = room(
        "units = 4\nrooms = \"room: room 14; common: kitchen 20 heated addresses=4 worktop=2.5; common toilet: other 2 addresses=4\"\nkitchen_fittings = \"common: fridge, hob_ceramic, microwave\"\nsanitary = \"common toilet: wall_toilet_room, washbasin\"",
    );
    assert_eq!(group(&w, "shared_spaces"), dec!(2.5));
    // They count nowhere else.
    assert_eq!(group(&w, "kitchen"), dec!(0));
    assert_eq!(group(&w, "sanitary"), dec!(0));
    assert_eq!(group(&w, "surface_rooms"), dec!(14));
}

/// §10.4 example: five type-III places for ten addresses, four rooms at this address: 20 / 10 / 4 =
/// 0.5.
#[test]
fn rubriek_10_parking() {
    let w = room(
        "units = 4\nrooms = \"room: room 14\"\nparking = \"type3 x5\"\nparking_addresses = 10",
    );
    assert_eq!(group(&w, "parking"), dec!(0.5));
}

/// §11.1 example: WOZ 250,000 (valuation date 1 January 2022) over 40 m² = 6,250 per m², 11.69% above
/// Groot-Amsterdam's 5,596: 14 points. The same dwelling at 220,000 (5,500, −1.7%) 12; at 190,000
/// (4,750, −15.1%) 10.
#[test]
fn rubriek_11_woz_against_the_corop_average() {
    let w = room("units = 4\nrooms = \"room: room 14\"");
    assert_eq!(group(&w, "woz"), dec!(14));
    let at = |woz: &str| {
        let text = HOUSE
            .replace("woz_value = 250000", &format!("woz_value = {woz}"))
            .replace("WWS", "units = 4\nrooms = \"room: room 14\"");
        let p = from_toml_str("t.toml", &text, &rules(), None).unwrap();
        group(
            &wws::compute(&p, &rules(), &mut Trace::new(false)).unwrap(),
            "woz",
        )
    };
    assert_eq!(at("220000"), dec!(12));
    assert_eq!(at("190000"), dec!(10));
    // By code as well as by name.
    let text = HOUSE
        .replace("\"Groot-Amsterdam\"", "\"23\"")
        .replace("WWS", "units = 4\nrooms = \"room: room 14\"");
    assert!(from_toml_str("t.toml", &text, &rules(), None).is_ok());
}

/// Rubriek 13: −4 when rubriek 1 has less than 8 m², and −4 for each deduction given.
#[test]
fn rubriek_13_deductions() {
    let w = room("units = 4\nrooms = \"room: room 6\"\nroom_deductions = \"small_window\"");
    assert_eq!(group(&w, "deductions"), dec!(-8));
}

/// A student room in a house of five rooms in Groot-Amsterdam, tax year 2026, by hand: room 14.2 m²
/// heated, kitchen 11 m² and living room 16 m² shared by all five, bathroom 4 m² and toilet 1.3 m²
/// shared by all, a hall of 6 m² heated and shared.
///
/// - Rubriek 1 (the bathroom is always a room): 14.2 + (11 + 16 + 4) / 5 = 20.4 → 20.
/// - Rubriek 2: none (the toilet is below 2 m²).
/// - Rubriek 3: own room 2; shared kitchen, living room and bathroom 6 and the hall 1: 7 / 5 = 1.4;
///   3.4 → 3.5.
/// - Rubriek 4: label C 0.35 × 20 = 7.
/// - Rubriek 5: worktop 2.4 m 7, fittings (hob_ceramic 1, fridge 1, extractor 0.75) 2.75: 9.75 / 5 =
///   1.95 → 2.
/// - Rubriek 6: bathroom shower 3 and washbasin 1, toilet 3: 7 / 5 = 1.4 → 1.5.
/// - Rubriek 8: a garden of 40 m² at the address: 40 × 0.75 / 5 = 6.
/// - Rubriek 11: WOZ 520,000 / 95 m² = 5,473.68 against Groot-Amsterdam's 6,378 (valuation date
///   1 January 2025): −14.2%, 10.
///
/// Total 50 points; the maximum rent at 50 points 509.44 (table of 1 January 2026); the 750 asked is
/// above it.
const STUDENT_ROOM: &str = r#"
tax_year = 2026
[property]
woz_value = 520000
surface_m2 = 95
energy_label = "C"
build_year = 1931
[lease]
monthly_rent = 750
[wws]
units = 5
corop = "Groot-Amsterdam"
rooms = """
room: room 14.2 heated
kitchen: kitchen 11 heated shared worktop=2.4
living: room 16 heated shared
bathroom: bathroom 4 heated shared
toilet: other 1.3 shared
hall: hall 6 heated shared
"""
kitchen_fittings = "hob_ceramic, fridge, extractor"
sanitary = """
bathroom: shower, washbasin
toilet: toilet_room
"""
outdoor_shared = "garden: 40"
energy_label_date = 2022-06-01
"#;

#[test]
fn a_student_room_by_hand() {
    let p = from_toml_str("t.toml", STUDENT_ROOM, &rules(), None).unwrap();
    let w = wws::compute(&p, &rules(), &mut Trace::new(true)).unwrap();
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
            dec!(20),
            dec!(0),
            dec!(3.5),
            dec!(7),
            dec!(2),
            dec!(1.5),
            dec!(6),
            dec!(10)
        ]
    );
    assert_eq!(w.points, 50);
    assert_eq!(w.max_rent, dec!(509.44));
    // The report: always regulated, the rent asked above the maximum is capped and warned about.
    let r = evaluate(&p, &rules(), Options::default()).expect("evaluates");
    let out = r.wws.unwrap();
    assert_eq!(out.method.as_str(), "room");
    assert_eq!(r.sitting_tenant.unwrap().valuation_rent, dec!(509.44));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == "rent_above_wws_maximum")
    );
}

/// The maximum rent of a room from its own table: 95 points 795.90 (1 January 2026; the beleidsboek's
/// example of 95 points gives 750.46 at 1 July 2024, 767.87 at 1 January 2025). Above 250 points each
/// point adds the step between 249 and 250.
#[test]
fn the_rooms_maximum_rent_table() {
    let r = &rules().wws_kamers;
    assert_eq!(r.max_rent("max_rent_2026", 95), dec!(795.90));
    assert_eq!(r.max_rent("max_rent_2025", 95), dec!(767.87));
    let step = r.max_rent("max_rent_2026", 250) - r.max_rent("max_rent_2026", 249);
    assert_eq!(
        r.max_rent("max_rent_2026", 255),
        r.max_rent("max_rent_2026", 250) + step * Decimal::from(5)
    );
}

/// A room needs its COROP region; a shared space needs `units`; errors at their own line.
#[test]
fn room_input_errors() {
    let text = HOUSE
        .replace("corop = \"Groot-Amsterdam\"\n", "")
        .replace("WWS", "units = 4\nrooms = \"room: room 14\"");
    let e = from_toml_str("t.toml", &text, &rules(), None)
        .unwrap_err()
        .render(Lang::En);
    assert!(e.contains("wws.corop"), "{e}");
    let text = HOUSE
        .replace("Groot-Amsterdam", "Groot-Amsterdm")
        .replace("WWS", "units = 4\nrooms = \"room: room 14\"");
    let e = from_toml_str("t.toml", &text, &rules(), None)
        .unwrap_err()
        .render(Lang::En);
    assert!(e.contains("did you mean `Groot-Amsterdam`"), "{e}");
    let text = HOUSE.replace(
        "WWS",
        "rooms = \"room: room 14; kitchen: kitchen 9 shared\"",
    );
    let e = from_toml_str("t.toml", &text, &rules(), None)
        .unwrap_err()
        .render(Lang::En);
    assert!(e.contains("give wws.units"), "{e}");
    let text = HOUSE.replace(
        "WWS",
        "units = 4\nrooms = \"room: room 14; kitchen: kitchen 9 shared=1\"",
    );
    let e = from_toml_str("t.toml", &text, &rules(), None)
        .unwrap_err()
        .render(Lang::En);
    assert!(e.contains("t.toml:14:"), "{e}");
}

/// The README's room example runs. By hand, with the student room's dwelling: rubriek 1 14.2 + (11 +
/// 16) / 5 + 4 / 3 = 20.93 → 21; heating 2 + (4 + 1) / 5 + 2 / 3 = 3.67 → 3.75; energy 0.35 × 21 =
/// 7.35 → 7.25; kitchen 9.75 / 5 = 1.95 → 2; sanitary 4 / 3 + 3 / 5 = 1.93 → 2; garden 6; WOZ 10:
/// 52 points.
#[test]
fn the_readme_room_example_runs() {
    let readme = include_str!("../../README.md");
    let section = &readme[readme.find("### WWS for a room").unwrap()..];
    let start = section.find("```toml\n").unwrap() + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let head = &STUDENT_ROOM[..STUDENT_ROOM.find("[wws]").unwrap()];
    let p = from_toml_str("t.toml", &format!("{head}{example}"), &rules(), None).unwrap();
    let w = wws::compute(&p, &rules(), &mut Trace::new(false)).unwrap();
    let g = |k| group(&w, k);
    assert_eq!(
        [
            g("surface_rooms"),
            g("heating"),
            g("energy"),
            g("kitchen"),
            g("sanitary"),
            g("outdoor"),
            g("woz")
        ],
        [
            dec!(21),
            dec!(3.75),
            dec!(7.25),
            dec!(2),
            dec!(2),
            dec!(6),
            dec!(10)
        ]
    );
    assert_eq!(w.points, 52);
}

/// A room's points given by a Huurcommissie check take the rooms' table too, and the room stays
/// regulated: 95 points → 795.90.
#[test]
fn given_points_of_a_room_use_the_rooms_table() {
    let text = HOUSE
        .replace("build_year = 1930", "build_year = 1930\nwws_points = 95")
        .replace("WWS", "units = 4\nrooms = \"room: room 14\"");
    let p = from_toml_str("t.toml", &text, &rules(), None).unwrap();
    let w = wws::compute(&p, &rules(), &mut Trace::new(false)).unwrap();
    assert_eq!(
        (w.points, w.max_rent, w.sector),
        (95, dec!(795.90), Segment::Social)
    );
    assert!(w.groups.is_empty());
}

/// A common room shared with other addresses lies outside the dwelling: it does not count against
/// the dwelling's surface in the plausibility check (40 m² here, a common room of 120 m²).
#[test]
fn spaces_of_other_addresses_are_outside_the_surface() {
    let w = room("units = 4\nrooms = \"room: room 14; common: room 120 addresses=10\"");
    // 120 / 10 / 4 = 3.
    assert_eq!(group(&w, "shared_spaces"), dec!(3));
}
