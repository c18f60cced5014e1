//! The value in rented state by the Handboek modelmatig waarderen marktwaarde (bijlage 2 bij de
//! Regeling toegelaten instellingen volkshuisvesting 2015): the Handboek's own worked examples of
//! its end value, its reference discount rate, and a hand computation with its formulas.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::explain::Trace;
use verhuurd::rules::RuleSet;
use verhuurd::valuation::handboek::{
    self, Input, Landsdeel, NotComputed, PotentialRent, Woningtype, eindwaarde, groei_uitponden,
};

fn rules() -> &'static RuleSet {
    use std::sync::OnceLock;
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::built_in().unwrap())
}

/// The Handboek 2014, Eindwaarde, first example: a rent of € 10.000 in year 15, price index 2%,
/// discount rate 8%: (1 + 2%) / (8% − 2%) × € 10.000 = € 170.000.
#[test]
fn the_handboeks_end_value_example_when_letting_on() {
    assert_eq!(
        eindwaarde(dec!(10000), dec!(2), dec!(8)),
        Some(dec!(170000))
    );
}

/// The Handboek 2014, Eindwaarde, second example: in the uitpond scenario a rent of € 4.000 left
/// in year 15, price index 2%, mutatiegraad 4,9%, discount rate 8%:
/// (1 + 2% − 4,9% − 2% × 4,9%) / (8% − (2% − 4,9% − 2% × 4,9%)) × € 4.000 = € 35.279,87.
#[test]
fn the_handboeks_end_value_example_when_selling_on_turnover() {
    let g = groei_uitponden(dec!(2), dec!(4.9));
    assert_eq!(g, dec!(-2.998));
    let cw = eindwaarde(dec!(4000), g, dec!(8)).unwrap();
    assert_eq!(cw.round_dp(2), dec!(35279.87));
}

/// No end value where the discount rate does not exceed the growth.
#[test]
fn no_end_value_without_a_margin_over_the_growth() {
    assert_eq!(eindwaarde(dec!(1000), dec!(8), dec!(8)), None);
}

/// The reference object (EGW, built before 1960, region West) is discounted at 7,57%, of which
/// 0,91% market and object risk on top of the risk-free 1,76% and the sector premium 4,90%.
#[test]
fn the_reference_objects_discount_rate_is_built_up_as_published() {
    let (_, _, p) = rules().handboek.for_year(2026).unwrap();
    assert_eq!(
        p.referentie_disconteringsvoet_pct.value
            - p.risicovrije_rente_pct.value
            - p.vastgoedopslag_pct.value,
        dec!(0.91)
    );
}

/// A house in the Randstad built in 1978, vacant value and WOZ 300.000, rent 12.000 a year.
fn house(mutatiekans_pct: Decimal) -> Input {
    Input {
        year: 2026,
        leegwaarde: dec!(300000),
        woz: dec!(300000),
        contract_rent: dec!(12000),
        potential_rent: PotentialRent::Contract(dec!(12000)),
        mutatiekans_pct,
        woningtype: Woningtype::Egw,
        build_year: Some(1978),
        landsdeel: Some(Landsdeel::West),
        unsplit: false,
        zelfstandig: true,
        overdrachtsbelasting_pct: dec!(8),
    }
}

/// `n`-th power by repeated multiplication.
fn pow(x: Decimal, n: u32) -> Decimal {
    (0..n).fold(Decimal::ONE, |a, _| a * x)
}

/// By hand: with no change of tenant the doorexploiteer scenario's 15 years of a cash flow `K`
/// growing `g` a year plus the Handboek's end value `(1 + g) / (d − g) · K₁₅` add up to one
/// growing perpetuity `K / (d − g)`. So the value is the sum of those perpetuities less the end
/// value of the verouderingskosten, less the overdrachtskosten (8% tax + 1% costs).
#[test]
fn letting_on_without_turnover_is_a_perpetuity_per_cash_flow() {
    let h = handboek::compute(&house(dec!(0)), &rules().handboek, &mut Trace::new(false)).unwrap();
    assert_eq!(h.edition, 2014);
    // 7,57% − 0,12% (built 1975–1989) + 0% (EGW) + 0% (West).
    assert_eq!(h.discount_rate_pct, dec!(7.45));
    let d = dec!(0.0745);
    let rent = dec!(12000) * dec!(0.99) / (d - dec!(0.02));
    let instandhouding = dec!(900) / (d - dec!(0.025));
    let beheer = dec!(415) / (d - dec!(0.025));
    let belastingen = dec!(300000) * dec!(0.0027) / (d - dec!(0.02));
    // 0,5% of the vacant value indexed to year 15 with the building costs, its end value,
    // discounted 15 years.
    let veroudering = dec!(1500) * pow(dec!(1.025), 14) * dec!(1.025)
        / (d - dec!(0.025))
        / pow(Decimal::ONE + d, 15);
    let gross = rent - instandhouding - beheer - belastingen - veroudering;
    let expected = (gross * dec!(0.91)).round();
    assert!(
        (h.doorexploiteer.value - expected).abs() <= Decimal::ONE,
        "{} against {expected} by hand",
        h.doorexploiteer.value
    );
    assert_eq!(h.value, h.doorexploiteer.value.max(h.uitpond.value));
}

/// A dwelling in a building not split into apartment rights pays the juridische
/// splitsingskosten (500) before an uitpond sale: that scenario loses 500 less the overdrachtskosten.
#[test]
fn splitting_costs_come_off_the_uitpond_scenario() {
    let split =
        handboek::compute(&house(dec!(8)), &rules().handboek, &mut Trace::new(false)).unwrap();
    let unsplit = handboek::compute(
        &Input {
            unsplit: true,
            woningtype: Woningtype::Egw,
            ..house(dec!(8))
        },
        &rules().handboek,
        &mut Trace::new(false),
    )
    .unwrap();
    assert_eq!(split.doorexploiteer, unsplit.doorexploiteer);
    let less = split.uitpond.value - unsplit.uitpond.value;
    assert!((less - dec!(455)).abs() <= Decimal::ONE, "{less}");
}

/// The edition used is the newest established one before the year; before the first there is
/// none, and outside the Randstad (no landsdeel), without a build year or for a room the
/// Handboek says why.
#[test]
fn the_edition_and_what_the_handboek_needs() {
    let hb = &rules().handboek;
    let t = &mut Trace::new(false);
    assert_eq!(
        handboek::compute(
            &Input {
                year: 2014,
                ..house(dec!(8))
            },
            hb,
            t
        ),
        Err(NotComputed::NoEdition)
    );
    assert_eq!(
        handboek::compute(
            &Input {
                build_year: None,
                ..house(dec!(8))
            },
            hb,
            t
        ),
        Err(NotComputed::NoBuildYear)
    );
    assert_eq!(
        handboek::compute(
            &Input {
                landsdeel: None,
                ..house(dec!(8))
            },
            hb,
            t
        ),
        Err(NotComputed::NoLandsdeel)
    );
    assert_eq!(
        handboek::compute(
            &Input {
                zelfstandig: false,
                ..house(dec!(8))
            },
            hb,
            t
        ),
        Err(NotComputed::NotSelfContained)
    );
    assert_eq!(
        handboek::compute(
            &Input {
                year: 2015,
                ..house(dec!(8))
            },
            hb,
            t
        )
        .unwrap()
        .edition,
        2014
    );
}

/// `property.landsdeel` places a dwelling outside the Randstad: a flat in Groningen built in
/// 1962 is discounted at 7,57% + 0,10% (1960–1974) + 0,19% (MGW) + 1,36% (Noord) = 9,22%;
/// without it the Handboek is not applied and the headline is the DCF.
#[test]
fn the_landsdeel_sets_the_region_of_the_discount_rate() {
    let toml = |landsdeel: &str| {
        format!(
            "name = \"Flat Groningen\"\ntax_year = 2026\n[property]\nwoz_value = 200000\n\
             surface_m2 = 60\nenergy_label = \"C\"\nregion = \"elsewhere\"\n{landsdeel}\n\
             dwelling = \"apartment\"\nbuild_year = 1962\n[lease]\nmonthly_rent = 900\n"
        )
    };
    let value = |text: &str| {
        let out = crate::support::run(&["--format", "json", "-"], Some(text));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        j["sitting_tenant"].clone()
    };
    let noord = value(&toml("landsdeel = \"noord\""));
    assert_eq!(noord["method"], "handboek");
    assert_eq!(noord["handboek_discount_rate_pct"], serde_json::json!(9.22));
    let unknown = value(&toml(""));
    assert_eq!(unknown["method"], "dcf");
    assert_eq!(unknown["handboek_value"], serde_json::Value::Null);
}
