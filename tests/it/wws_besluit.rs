//! The WWS room by room exact to the Besluit huurprijzen woonruimte, bijlage I (as in force 1 January
//! 2026), where the Huurcommissie's beleidsboek follows it: one test per rule, from the Besluit's or
//! the beleidsboek's own example or a hand computation, with the article.

use crate::support::{group, property, rules};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::explain::Trace;
use verhuurd::i18n::Lang;
use verhuurd::input::from_toml_str;
use verhuurd::wws::{self, Wws};

fn compute(text: &str) -> Wws {
    wws::compute(&property(text), &rules(), &mut Trace::new(true)).unwrap()
}

/// A small flat with a `[wws]` section; `WWS` is replaced by the keys of each test.
const BASE: &str = r#"
tax_year = 2026
[property]
woz_value = 200000
surface_m2 = 40
energy_label = "B"
[lease]
monthly_rent = 800
[wws]
WWS
"#;

fn with(wws: &str) -> Wws {
    compute(&BASE.replace("WWS", wws))
}

fn error(text: &str) -> String {
    from_toml_str("t.toml", text, &rules(), None)
        .unwrap_err()
        .render(Lang::En)
}

/// Rule 1 (toelichting rubriek 1: "een ruimte die uitsluitend als keuken, badkamer of doucheruimte
/// bestemd is, is altijd een vertrek"): a kitchen of 3.5 m² and a shower room of 2.8 m² are rooms.
/// Rooms 20 + 3.5 + 2.8 = 26.3 → 26; heated, each is a heated room (2). Described as plain `room`
/// they would be other spaces: 6.3 → 6 × 0.75 = 4.5, heating 1 each.
#[test]
fn a_kitchen_or_bathroom_is_always_a_room() {
    let w = with(
        "rooms = \"living: room 20 heated; kitchen: kitchen 3.5 heated; shower: bathroom 2.8 heated\"",
    );
    assert_eq!(group(&w, "surface_rooms"), dec!(26));
    assert_eq!(group(&w, "surface_other"), dec!(0));
    assert_eq!(group(&w, "heating"), dec!(6));
    let w = with(
        "rooms = \"living: room 20 heated; kitchen: room 3.5 heated; shower: room 2.8 heated\"",
    );
    assert_eq!(group(&w, "surface_rooms"), dec!(20));
    assert_eq!(group(&w, "surface_other"), dec!(4.5));
    assert_eq!(group(&w, "heating"), dec!(4));
}

/// Rule 2 (table 5.1 "2 m en meer"): a worktop of exactly 2.00 m scores 7, one of 1.99 m scores 4.
#[test]
fn a_worktop_of_two_metres_scores_the_higher_value() {
    let k = |m: &str| {
        group(
            &with(&format!("rooms = \"room 30\"\nkitchen_worktop_m = {m}")),
            "kitchen",
        )
    };
    assert_eq!(k("2.00"), dec!(7));
    assert_eq!(k("1.99"), dec!(4));
    assert_eq!(k("0.99"), dec!(0));
}

/// Rule 3 (rubriek 3; an overige ruimte is at least 2 m², rubriek 2): heated spaces under 2 m² earn
/// no heating point. Living room 2; storage of 2.00 m² 1; a toilet of 1.2 m² and a hall of 1.5 m²
/// nothing; a hall of 4 m² 1 → 4.
#[test]
fn heating_counts_no_space_below_two_square_metres() {
    let w = with(
        "rooms = \"living: room 25 heated; storage: other 2 heated; toilet: other 1.2 heated; landing: hall 1.5 heated; hall: hall 4 heated\"",
    );
    assert_eq!(group(&w, "heating"), dec!(4));
}

/// Rule 4 (toelichting rubriek 11): the WOZ surface is the rooms, other spaces and parking added up
/// and rounded once. Rooms 20.4 + 10.4 = 30.8 and other spaces 2.3 + 2.3 = 4.6 make 35.4 → 35 m²
/// (rounded per part it would be 31 + 5 = 36). 200,000 / 16,954 + 200,000 / 35 / 268 = 11.7966 +
/// 21.3220 = 33.1186 → 33 (against 32.52 → 32.5 at 36 m²).
#[test]
fn the_woz_surface_is_rounded_once() {
    let w = with("rooms = \"room 20.4; room 10.4; other 2.3; other 2.3\"");
    assert_eq!(group(&w, "surface_rooms"), dec!(31));
    assert_eq!(group(&w, "surface_other"), dec!(3.75));
    assert_eq!(group(&w, "woz"), dec!(33));
}

/// Rule 5 (toelichting rubriek 8): the surface of each category is rounded to whole m² before the
/// points. The beleidsboek's examples: 10 m² private = 2 + 10 × 0.35 = 5.5; a roof terrace of 30 m²
/// for three addresses = 30 × 0.75 / 3 = 7.5. A private 10.4 m² counts as 10 m² → 5.5 (unrounded
/// 5.64 would give 5.75).
#[test]
fn outdoor_surfaces_are_rounded_per_category() {
    let o = |keys: &str| group(&with(&format!("rooms = \"room 30\"\n{keys}")), "outdoor");
    assert_eq!(o("outdoor_private_m2 = 10"), dec!(5.5));
    assert_eq!(o("outdoor_private_m2 = 10.4"), dec!(5.5));
    assert_eq!(o("outdoor_shared = \"roof terrace: 30/3\""), dec!(7.5));
    // Two shared spaces with different addresses: 30 × 0.75 / 3 = 7.5 and 20.6 → 21 × 0.75 / 4 =
    // 3.9375; 11.4375 → 11.5.
    assert_eq!(o("outdoor_shared = \"30/3; 20.6/4\""), dec!(11.5));
    // The old keys still work and join the list.
    assert_eq!(
        o("outdoor_shared_m2 = 30\noutdoor_shared_addresses = 3\noutdoor_shared = \"20.6/4\""),
        dec!(11.5)
    );
    assert_eq!(o(""), dec!(-5));
}

/// Rule 6 (table 6.1 footnote, table 6.2): caps per room. The bathroom: shower 4, two washbasins 2
/// (no cap in the bathroom), two cupboards capped at 0.75, five sockets capped at two per washbasin
/// (4 × 0.25 = 1): extras 1.75 within the shower's 4. The bedroom's two washbasins: 1 (one per room).
/// The toilet room: toilet 3, washbasin 1. A towel radiator in the bedroom (not a bath or shower
/// room) counts nothing. 6 + 1.75 + 1 + 4 = 12.75.
#[test]
fn sanitary_caps_per_room() {
    let rooms = "rooms = \"bathroom: bathroom 6 heated; bedroom: room 14; toilet: other 1.2; living: room 20\"";
    let w = with(&format!(
        "{rooms}\nsanitary = \"\"\"\nbathroom: shower, washbasin x2, bathroom_cupboard x2, socket x5\nbedroom: washbasin x2, towel_radiator\ntoilet: toilet_room, washbasin\n\"\"\""
    ));
    assert_eq!(group(&w, "sanitary"), dec!(12.75));
    // Without saying the rooms, all are taken as in one bathroom: washbasins 5, cupboard 0.75,
    // sockets 5 (within two per washbasin) 1.25, towel radiator 0.75: basic 4 + 3 + 5 = 12, extras
    // 2.75 within the shower's 4 → 14.75.
    let w = with(&format!(
        "{rooms}\nsanitary = \"shower, washbasin x5, bathroom_cupboard x2, socket x5, towel_radiator, toilet_room\""
    ));
    assert_eq!(group(&w, "sanitary"), dec!(14.75));
    // A room the room list does not have is an error at that line.
    let e = error(&BASE.replace(
        "WWS",
        &format!("{rooms}\nsanitary = \"\"\"\nbathroom: shower\nattic: washbasin\n\"\"\""),
    ));
    assert!(e.contains("t.toml:13:1"), "{e}");
    assert!(e.contains("`attic` is not a space of wws.rooms"), "{e}");
}

/// Rule 7 (rubriek 11.1): the estimate uses a real WOZ value as it is, also below the minimum WOZ
/// value. A studio of 25 m² with WOZ 60,000: 60,000 / 16,954 + 60,000 / 25 / 268 = 3.5390 + 8.9552
/// = 12.494 → 12.5 (with the minimum 85,806 it would be 5.0611 + 12.8069 = 17.868 → 17.75).
#[test]
fn the_estimate_uses_a_real_woz_value_below_the_minimum() {
    let set = rules();
    let r = set.wws(2026).unwrap().rules;
    assert_eq!(wws::woz_points(dec!(60000), dec!(25), r), dec!(12.5));
    assert_eq!(wws::woz_points(Decimal::ZERO, dec!(25), r), dec!(17.75));
}

/// Two kitchens, each valued on its own (rubriek 5 per keuken): the main kitchen 2.4 m (7) with
/// fittings 4.5; the second kitchen 1.2 m (4) with a gas hob 0.5 → 11.5 + 4.5 = 16. With two
/// kitchens each fitting says which one it is in.
#[test]
fn two_kitchens() {
    let rooms = "rooms = \"living: room 30; kitchen: kitchen 8 worktop=2.4; studio kitchen: kitchen 3 worktop=1.2\"";
    let w = with(&format!(
        "{rooms}\nkitchen_fittings = \"kitchen: hob_induction, extractor, fridge, oven_electric; studio kitchen: hob_gas\""
    ));
    assert_eq!(group(&w, "kitchen"), dec!(16));
    let e = error(&BASE.replace("WWS", &format!("{rooms}\nkitchen_fittings = \"hob_gas\"")));
    assert!(e.contains("2 kitchens"), "{e}");
    // One kitchen in the room list takes kitchen_worktop_m and the fittings without a room.
    let w = with(
        "rooms = \"living: room 30; kitchen: kitchen 3\"\nkitchen_worktop_m = 2.4\nkitchen_fittings = \"hob_gas\"",
    );
    assert_eq!(group(&w, "kitchen"), dec!(7.5));
}

/// The actual surface of a type-1 parking place (§2.11.2: 12 m² is the standard size): one place of
/// 18 m² shared by 2 addresses adds 9 m² to the WOZ surface. Rooms 30 + 9 = 39 m²: 200,000 /
/// 16,954 plus 200,000 / 39 / 268 = 11.7966 + 19.1350 = 30.93 → 31; with the default 12 m²: 36 m²,
/// 11.7966 + 20.7297 = 32.526 → 32.5. Parking points 9 / 2 = 4.5 either way.
#[test]
fn the_actual_surface_of_a_parking_place() {
    let base = "rooms = \"room 30\"\nparking = \"type1\"\nparking_addresses = 2";
    let w = with(&format!("{base}\nparking_type1_m2 = 18"));
    assert_eq!(group(&w, "woz"), dec!(31));
    assert_eq!(group(&w, "parking"), dec!(4.5));
    let w = with(base);
    assert_eq!(group(&w, "woz"), dec!(32.5));
}

/// Bad input: an impossible room, rooms far beyond the dwelling's surface, a label from the future;
/// each an error at its own line, never a result.
#[test]
fn impossible_input_is_refused_at_its_line() {
    let e = error(&BASE.replace(
        "WWS",
        "rooms = \"\"\"\nliving: room 20\nhall: room 1000x1000\n\"\"\"",
    ));
    assert!(e.contains("t.toml:12:12"), "{e}");
    assert!(e.contains("not plausible"), "{e}");
    let e = error(&BASE.replace("WWS", "rooms = \"living: room 20; ballroom: room 400\""));
    assert!(e.contains("exceed the dwelling's surface"), "{e}");
    let e = error(&BASE.replace(
        "WWS",
        "rooms = \"living: room 20\"\nenergy_label_date = 2027-03-01",
    ));
    assert!(e.contains("after the tax year 2026"), "{e}");
    // An error in the third room of a one-line list: its column on the line.
    let e = error(&BASE.replace(
        "WWS",
        "rooms = \"living: room 20; bed: room 10; bath: bathrom 4\"",
    ));
    assert!(e.contains("t.toml:10:47"), "{e}");
}

/// No energy label (rubriek 4; §2.4.5): `energy_label = "none"`, or no label at all when the
/// dwelling is described in `[wws]`, scores by build year: an apartment of 1995 15 points (as label
/// C), of 1970 −15 (as label G).
#[test]
fn no_energy_label_scores_by_build_year() {
    let described = |label: &str, year: i32| {
        let text = BASE
            .replace(
                "energy_label = \"B\"\n",
                &format!("{label}build_year = {year}\n"),
            )
            .replace("WWS", "rooms = \"room 30\"");
        group(&compute(&text), "energy")
    };
    assert_eq!(described("", 1995), dec!(15));
    assert_eq!(described("energy_label = \"none\"\n", 1995), dec!(15));
    assert_eq!(described("", 1970), dec!(-15));
    // The estimate (no [wws] section) of a dwelling without a label, against labels C and G.
    let estimate = |label: &str, year: i32| {
        let text = BASE
            .replace(
                "energy_label = \"B\"",
                &format!("energy_label = \"{label}\"\nbuild_year = {year}"),
            )
            .replace("[wws]\nWWS\n", "");
        compute(&text).points
    };
    assert_eq!(estimate("none", 1995), estimate("C", 1995));
    assert_eq!(estimate("none", 1970), estimate("G", 1970));
    // Without a [wws] section the label is still asked for.
    let e = error(
        &BASE
            .replace("energy_label = \"B\"\n", "")
            .replace("[wws]\nWWS\n", ""),
    );
    assert!(e.contains("energy_label"), "{e}");
}

/// The `[wws]` example of a document, as a property file: `head` and the example.
fn described(head: &str, example: &str) -> Wws {
    let w = compute(&format!("{head}\n{example}"));
    assert_eq!(w.method, wws::Method::Described);
    w
}

/// A 70 m² apartment of 1995 with label C, let in the middle sector (the README's and the
/// template's dwelling).
const HEAD: &str = r#"
tax_year = 2026
[property]
woz_value = 310000
surface_m2 = 70
energy_label = "C"
dwelling = "apartment"
build_year = 1995
[lease]
monthly_rent = 1050
start_date = 2025-03-01
"#;

/// The README's `[wws]` example runs. By hand: rooms 24.6 + 11.24 + 3.1 = 38.94 → 39; other
/// spaces 6.4 → 6 × 0.75 = 4.5 (the toilet of 1.3 m² is below 2 m²); heating 3 rooms × 2 + hall 1
/// = 7; label C 15; kitchen 7 + 4.5 = 11.5; sanitary: bathroom shower 4 + washbasin 1 + extras
/// (enclosure 1.25, sockets 0.5) 1.75, toilet room 3 + washbasin 1 → 10.75; balcony 7 m² → 2 +
/// 2.45 = 4.45 → 4.5. Other rubrieken 92.25. WOZ: 310,000 / 16,954 + 310,000 / 45 m² (38.94 +
/// 6.40 = 45.34) / 268 = 18.2848 + 25.7048 = 43.99 → 44. Total 136.25 → 136.
#[test]
fn the_readme_wws_example_runs() {
    let readme = include_str!("../../README.md");
    let section = &readme[readme.find("### WWS points room by room").unwrap()..];
    let start = section.find("```toml\n").unwrap() + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let w = described(HEAD, example);
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
            dec!(39),
            dec!(4.5),
            dec!(7),
            dec!(15),
            dec!(11.5),
            dec!(10.75),
            dec!(4.5),
            dec!(44)
        ]
    );
    assert_eq!(w.points, 136);
}

/// The `[wws]` examples of both templates (`verhuurd init`), commented out there, run once the
/// comment marks are taken off.
#[test]
fn the_templates_wws_examples_run() {
    for template in [
        include_str!("../../data/template.toml"),
        include_str!("../../data/template.nl.toml"),
    ] {
        let block = &template[template.find("# [wws]").unwrap()..];
        let example: String = block
            .lines()
            .take_while(|l| l.starts_with('#'))
            .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(&l[1..])))
            .collect();
        let w = described(HEAD, &example);
        // Rooms 24.6 + 7.35 + 12.2 + 5.1 = 49.25 → 49; other 6.4 → 4.5; shared outdoor 30 m² / 3
        // = 7.5 with the balcony's 4.5: 12.
        assert_eq!(group(&w, "surface_rooms"), dec!(49));
        assert_eq!(group(&w, "outdoor"), dec!(12));
    }
}

mod lists_never_panic {
    use proptest::prelude::*;
    use verhuurd::input::wws_lists::{parse_fittings, parse_shared_outdoor, parse_spaces};

    fn limits() -> &'static verhuurd::model::SpaceLimits {
        static LIMITS: std::sync::OnceLock<verhuurd::model::SpaceLimits> =
            std::sync::OnceLock::new();
        LIMITS.get_or_init(|| {
            let p = &crate::support::rules().wws_stelsel.plausible;
            verhuurd::model::SpaceLimits {
                space_max_m2: p.space_max_m2,
                length_max_m: p.length_max_m,
                surface_margin_pct: p.surface_margin_pct,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any text, however malformed (multi-byte characters, separators, comments), gives a list
        /// or an error at a line and column inside the text, never a panic.
        #[test]
        fn room_and_fitting_lists(text in "[a-z :;,#x×=0-9.\\n é€]{0,80}") {
            let lines: Vec<&str> = text.lines().collect();
            let inside = |line: usize, column: usize| {
                lines.get(line).is_none_or(|l| column <= l.chars().count())
            };
            if let Err(e) = parse_spaces(&text, limits()) {
                prop_assert!(inside(e.line, e.column), "{e:?}");
            }
            if let Err(e) = parse_fittings(&text, &["shower", "washbasin"]) {
                prop_assert!(inside(e.line, e.column), "{e:?}");
            }
            for rooms in [false, true] {
                if let Err(e) = parse_shared_outdoor(&text, rooms) {
                    prop_assert!(inside(e.line, e.column), "{e:?}");
                }
            }
        }
    }
}
