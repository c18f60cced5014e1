//! The rules of the law beyond their figures, each test citing its article: how the output shows
//! the exceptions of the leegwaarderatio (art. 17a Uitvoeringsbesluit inkomstenbelasting 2001),
//! the partners' split, the provisional rules of 2027, green investments and the citations. The
//! figures of the Belastingdienst's worked examples and of each exception (Box 3 per person, the
//! related-party tenant, lid 4 and 5, a dwelling vacant on 1 January, the tegenbewijs) are data,
//! under tests/cases/.

use crate::support::rules;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::input::{Contract, Tenant, from_toml_str};
use verhuurd::leegwaarderatio::{self, Input, Letting, Reason};
use verhuurd::report::Report;
use verhuurd::rules::RuleSet;

const HOUSE: &str = r#"
tax_year = YEAR
[property]
woz_value = 300000
surface_m2 = 80
energy_label = "B"
EXTRA_PROPERTY
[lease]
monthly_rent = 900
EXTRA_LEASE
[owner]
bank_balance = 20000
EXTRA_OWNER
"#;

fn report(year: i32, property: &str, lease: &str, owner: &str) -> Report {
    let set = rules();
    let text = HOUSE
        .replace("YEAR", &year.to_string())
        .replace("EXTRA_PROPERTY", property)
        .replace("EXTRA_LEASE", lease)
        .replace("EXTRA_OWNER", owner);
    let p = from_toml_str("house.toml", &text, &set, None).unwrap_or_else(|e| panic!("{e:?}"));
    evaluate(&p, &set, Options::default()).expect("a valid property")
}

/// The table shows the WOZ value the ratio applies to when lid 4 lowers it or lid 5 splits it,
/// and the JSON names both.
#[test]
fn the_table_shows_the_reduced_and_let_part_of_the_woz() {
    let text = crate::support::Case::new()
        .set("property", "unsplit_building = true")
        .set("lease", "let_share_pct = 60")
        .toml();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deels.toml");
    std::fs::write(&path, text).unwrap();
    let file = path.to_str().unwrap();
    let (table, _) = crate::support::texts(&crate::support::run(&[file], None));
    // WOZ 300,000 − 20,000 = 280,000; let part 60% = 168,000.
    assert!(
        table.contains("WOZ min € 20.000 (gebouw niet gesplitst, lid 4)")
            && table.contains("€ 280.000"),
        "{table}"
    );
    assert!(
        table.contains("verhuurd deel (60% van de WOZ, lid 5)") && table.contains("€ 168.000"),
        "{table}"
    );
    assert!(
        table.contains("waarde in box 3 (verhuurd deel × ratio + de rest)"),
        "{table}"
    );
    let (json, _) = crate::support::texts(&crate::support::run(&["--format", "json", file], None));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["leegwaarderatio"]["woz_reduction"], 20000);
    assert_eq!(v["leegwaarderatio"]["let_share_pct"], 60);
}

#[test]
fn partner_share_is_an_input() {
    let r = report(
        2026,
        "",
        "",
        "fiscal_partner = true\npartner_share_pct = 70",
    );
    assert_eq!(r.box3.per_person.len(), 2);
    assert_eq!(r.box3.per_person[0].allocation_pct, dec!(70));
    let sum: Decimal = r.box3.per_person.iter().map(|p| p.tax).sum();
    assert_eq!(sum, r.box3.tax);
    let attributable: Decimal = r.box3.per_person.iter().map(|p| p.attributable_tax).sum();
    assert_eq!(attributable, r.box3.attributable_tax);
}

/// 2027: the Belastingplan 2027 key figures, provisional; the default tax year stays the latest
/// settled one; the cabinet's alternative is a what-if file.
#[test]
fn tax_year_2027_is_provisional_with_a_what_if_alternative() {
    let set = rules();
    let y = set.year(2027).expect("2027 is in the rules");
    assert!(y.provisional);
    let b = y.box3.as_ref().unwrap();
    assert_eq!(b.heffingsvrij_vermogen.value, dec!(60098));
    assert!(b.heffingsvrij_vermogen.provisional);
    assert_eq!(b.rendement_overige_bezittingen_pct.value, dec!(6.37));
    assert_eq!(set.latest_year(), 2026, "the default year is settled law");
    let mut r = report(2027, "", "", "");
    assert!(
        r.caveats.iter().any(|c| c.contains("voorlopig")),
        "Dutch by default"
    );
    r.localize(verhuurd::i18n::Lang::En);
    assert!(r.caveats.iter().any(|c| c.contains("provisional")));

    let scenario = include_str!("../../data/scenarios/2027-kabinet-september-2026.toml");
    let alt = RuleSet::load(&[("2027-kabinet.toml", scenario)]).unwrap();
    let b = alt.box3(2027).unwrap().rules;
    assert_eq!(b.heffingsvrij_vermogen.value, dec!(30846));
    assert_eq!(b.rendement_overige_bezittingen_pct.value, dec!(7.87));
    assert_eq!(b.tarief_pct.value, dec!(36), "the rest of 2027 is kept");
}

/// Green investments are exempt up to the year's vrijstelling (art. 5.13 Wet IB 2001); 2027 keeps
/// it, provisionally at the 2026 amount (it ends from 2028 under bill 36 748).
#[test]
fn green_investments_have_a_vrijstelling_through_2027() {
    let set = rules();
    let text = HOUSE
        .replace("YEAR", "2027")
        .replace("EXTRA_PROPERTY", "")
        .replace("EXTRA_LEASE", "")
        .replace("EXTRA_OWNER", "green_investments = 1000");
    for (year, vrijstelling) in [
        (2023, dec!(65072)),
        (2024, dec!(71251)),
        (2025, dec!(26312)),
        (2026, dec!(26715)),
        (2027, dec!(26715)),
    ] {
        let ok = text.replace("tax_year = 2027", &format!("tax_year = {year}"));
        assert!(from_toml_str("h.toml", &ok, &set, None).is_ok(), "{year}");
        let v = set.box3(year).unwrap().rules;
        assert_eq!(
            v.vrijstelling_groene_beleggingen.as_ref().map(|p| p.value),
            Some(vrijstelling),
            "{year}"
        );
    }
    let v = set.box3(2027).unwrap().rules;
    assert!(
        v.vrijstelling_groene_beleggingen
            .as_ref()
            .unwrap()
            .provisional
    );
}

/// The citations name the Uitvoeringsbesluit inkomstenbelasting 2001, art. 17a (not an
/// "Uitvoeringsregeling"), and the confidence follows what the statute texts confirm.
#[test]
fn citations_and_confidence() {
    use verhuurd::rules::Confidence;
    let set = rules();
    for (year, r) in &set.years {
        let l = &r.leegwaarderatio;
        assert!(
            l.source
                .contains("Uitvoeringsbesluit inkomstenbelasting 2001, art. 17a"),
            "{year}: {}",
            l.source
        );
        assert!(!l.source.contains("Uitvoeringsregeling"), "{year}");
        if (2024..=2026).contains(year) {
            assert_eq!(l.confidence, Confidence::H, "{year}: leegwaarderatio");
        }
    }
    for year in [2023, 2024] {
        let b = set.box3(year).unwrap().rules;
        assert_eq!(b.schuldendrempel.confidence, Confidence::H, "{year}");
    }
    let b24 = set.box3(2024).unwrap().rules;
    assert_eq!(
        (
            b24.rendement_schulden_pct.value,
            b24.rendement_schulden_pct.confidence
        ),
        (dec!(2.61), Confidence::H)
    );
    let o26 = set.overdrachtsbelasting(2026).unwrap().rules;
    assert_eq!(
        (o26.starter_cap.value, o26.starter_cap.confidence),
        (dec!(555000), Confidence::H)
    );
    assert!(
        set.checks
            .energy_label_source
            .source
            .contains("planned, not yet law")
    );
    assert!(
        set.checks
            .fiscal_value_source
            .source
            .contains("art. 17a lid 6")
    );
}

/// A misspelt key in a what-if file is placed at its line and column, with the key it most
/// likely meant.
#[test]
fn what_if_file_misspelt_key_is_located_and_suggested() {
    let whatif = "years = [2026]\n[box3.heffingsvrij_vermogen]\nvalue = 60000\nsource = \"test\"\nconfidance = \"H\"\n";
    let err = verhuurd::rules::RuleSet::load(&[("whatif.toml", whatif)]).unwrap_err();
    let nl = err.render(verhuurd::i18n::Lang::Nl);
    assert!(nl.contains("whatif.toml:5:1 (2026)"), "{nl}");
    assert!(nl.contains("bedoelt u `confidence`?"), "{nl}");
    let whatif = "years = [2026]\n[box3.heffingsvrij_vermogn]\nvalue = 60000\nsource = \"test\"\nconfidence = \"H\"\n";
    let err = verhuurd::rules::RuleSet::load(&[("whatif.toml", whatif)]).unwrap_err();
    let en = err.render(verhuurd::i18n::Lang::En);
    assert!(en.contains("whatif.toml:2:7 (2026)"), "{en}");
    assert!(en.contains("did you mean `heffingsvrij_vermogen`?"), "{en}");
}

/// A plan that reaches a year of provisional rules says so in its caveats, with the years and
/// the rules used; without a plan, or before that year, it does not.
#[test]
fn a_plan_into_provisional_years_is_caveated() {
    let set = rules();
    let caveats = |text: String| {
        let p = from_toml_str("p.toml", &text, &set, None).unwrap();
        evaluate(&p, &set, Options::default())
            .unwrap()
            .caveats
            .rendered()
    };
    let about_plan = |c: &[String]| {
        c.iter()
            .filter(|c| c.starts_with("plan ("))
            .cloned()
            .collect::<Vec<_>>()
    };
    let base = crate::support::Case::new;
    assert!(about_plan(&caveats(base().toml())).is_empty(), "no plan");
    let ten = caveats(base().set("plan", "years = 10").toml());
    assert_eq!(
        about_plan(&ten),
        [
            "plan (2027–2035): box 3 volgens de voorlopige regels van 2027, nog geen wet (verhuurd rules 2027)"
        ]
    );
    let two = caveats(
        base()
            .set("plan", "years = 3")
            .toml()
            .replace("tax_year = 2026", "tax_year = 2025"),
    );
    assert_eq!(
        about_plan(&two),
        [
            "plan (2027): box 3 volgens de voorlopige regels van 2027, nog geen wet (verhuurd rules 2027)"
        ]
    );
    let short = caveats(base().set("plan", "years = 1").toml());
    assert!(about_plan(&short).is_empty(), "{short:?}");
}

/// The leegwaarderatio of `letting` at WOZ `woz` and rent `monthly` a month under the rules of
/// `year`.
fn lwr(
    letting: Letting,
    woz: Decimal,
    monthly: Decimal,
    year: i32,
) -> leegwaarderatio::Leegwaarderatio {
    let set = rules();
    leegwaarderatio::compute(
        &Input {
            woz_value: woz,
            jaarhuur: monthly * dec!(12),
            letting,
        },
        set.leegwaarderatio(year).unwrap().rules,
        year,
        &mut Trace::new(false),
    )
}

/// One exception of the leegwaarderatio, for the pairs below.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Exception {
    /// Not let on 1 January (art. 5.20 lid 3 Wet IB 2001: the ratio is for a dwelling let then).
    NotLet,
    /// A temporary lease (art. 7:271 lid 1 BW; no ratio from 2023, art. 5.20 lid 3 Wet IB 2001).
    Temporary,
    /// A related tenant below arm's length (art. 17a lid 3 UBIB to 2025; art. 5.20 lid 5
    /// onderdeel b Wet IB 2001 from 2026).
    Related,
    /// A building not split into apartment rights (art. 17a lid 4 UBIB: WOZ − 20,000).
    Unsplit,
    /// Half of the dwelling let (art. 17a lid 5 UBIB).
    Partial,
}

fn letting_with(exceptions: [Exception; 2]) -> Letting {
    let mut l = Letting::new(Contract::Indefinite, Tenant::ThirdParty);
    for e in exceptions {
        match e {
            Exception::NotLet => l.let_on_1_january = false,
            Exception::Temporary => l.contract = Contract::Temporary,
            Exception::Related => l.tenant = Tenant::Related,
            Exception::Unsplit => l.unsplit_building = true,
            Exception::Partial => l.let_share_pct = dec!(50),
        }
    }
    l
}

/// Every pair of exceptions, per year, computed by hand. WOZ 180,000, rent 400 a month (4,800 a
/// year). Art. 17a lid 4 and 5 UBIB apply "voor de toepassing van het eerste en het tweede lid",
/// so only where the ratio applies; where it does not, the dwelling counts at its whole WOZ
/// value (art. 5.20 lid 1 Wet IB 2001).
#[test]
fn every_pair_of_exceptions_per_year() {
    use Exception::*;
    use Reason as R;
    const WOZ: Decimal = dec!(180000);
    // (year, pair, reason, ratio %, Box 3 value, why)
    type Case = (i32, [Exception; 2], Reason, Decimal, Decimal, &'static str);
    #[rustfmt::skip]
    let cases: &[Case] = &[
        // Not let on 1 January wins over every other exception: whole WOZ, no lid 4 or 5.
        (2022, [NotLet, Temporary], R::NotLet, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2026, [NotLet, Temporary], R::NotLet, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2022, [NotLet, Related], R::NotLet, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2025, [NotLet, Related], R::NotLet, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2026, [NotLet, Related], R::NotLet, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2022, [NotLet, Unsplit], R::NotLet, dec!(100), WOZ, "lid 4 only with the ratio"),
        (2023, [NotLet, Unsplit], R::NotLet, dec!(100), WOZ, "lid 4 only with the ratio"),
        (2027, [NotLet, Unsplit], R::NotLet, dec!(100), WOZ, "lid 4 only with the ratio"),
        (2022, [NotLet, Partial], R::NotLet, dec!(100), WOZ, "lid 5 only with the ratio"),
        (2026, [NotLet, Partial], R::NotLet, dec!(100), WOZ, "lid 5 only with the ratio"),
        // Temporary lease and related tenant: before 2023 a temporary lease keeps the ratio, so
        // the related tenant's deemed 3.5% decides (62%); from 2023 no ratio.
        (2022, [Temporary, Related], R::RelatedParty, dec!(62), dec!(111600), "art. 17a lid 3 (3.5%)"),
        (2023, [Temporary, Related], R::TemporaryContract, dec!(100), WOZ, "art. 5.20 lid 3 (2023)"),
        (2026, [Temporary, Related], R::TemporaryContract, dec!(100), WOZ, "art. 5.20 lid 3"),
        (2027, [Temporary, Related], R::TemporaryContract, dec!(100), WOZ, "art. 5.20 lid 3"),
        // Temporary lease in an unsplit building: before 2023 the ratio on WOZ − 20,000
        // (4,800 / 160,000 = 3.0% → 56%); from 2023 the whole WOZ, not 160,000.
        (2022, [Temporary, Unsplit], R::Bracket, dec!(56), dec!(89600), "art. 17a lid 4"),
        (2023, [Temporary, Unsplit], R::TemporaryContract, dec!(100), WOZ, "no ratio, no lid 4"),
        (2026, [Temporary, Unsplit], R::TemporaryContract, dec!(100), WOZ, "no ratio, no lid 4"),
        (2027, [Temporary, Unsplit], R::TemporaryContract, dec!(100), WOZ, "no ratio, no lid 4"),
        // Temporary lease of half the dwelling: before 2023 the ratio on the let half
        // (4,800 / 90,000 = 5.33% → 73%: 65,700 + 90,000); from 2023 the whole WOZ.
        (2022, [Temporary, Partial], R::Bracket, dec!(73), dec!(155700), "art. 17a lid 5"),
        (2023, [Temporary, Partial], R::TemporaryContract, dec!(100), WOZ, "no ratio, no lid 5"),
        (2026, [Temporary, Partial], R::TemporaryContract, dec!(100), WOZ, "no ratio, no lid 5"),
        // Related tenant in an unsplit building: to 2025 the deemed rent on WOZ − 20,000
        // (62% of 160,000 = 99,200; 5.5% → 100% of 160,000); from 2026 no ratio: 180,000.
        (2022, [Related, Unsplit], R::RelatedParty, dec!(62), dec!(99200), "art. 17a lid 3 and 4"),
        (2023, [Related, Unsplit], R::RelatedParty, dec!(100), dec!(160000), "art. 17a lid 3 and 4"),
        (2025, [Related, Unsplit], R::RelatedParty, dec!(100), dec!(160000), "art. 17a lid 3 and 4"),
        (2026, [Related, Unsplit], R::RelatedParty, dec!(100), WOZ, "art. 5.20 lid 5: no lid 4"),
        (2027, [Related, Unsplit], R::RelatedParty, dec!(100), WOZ, "art. 5.20 lid 5: no lid 4"),
        // Related tenant in half the dwelling: to 2025 the deemed rent on the let half
        // (62% of 90,000 = 55,800 + 90,000; 100% of 90,000 + 90,000); from 2026 the whole WOZ.
        (2022, [Related, Partial], R::RelatedParty, dec!(62), dec!(145800), "art. 17a lid 3 and 5"),
        (2024, [Related, Partial], R::RelatedParty, dec!(100), WOZ, "art. 17a lid 3 and 5"),
        (2026, [Related, Partial], R::RelatedParty, dec!(100), WOZ, "art. 5.20 lid 5: no lid 5"),
        // Half of a dwelling in an unsplit building: (180,000 − 20,000) × 50% = 80,000 let,
        // 4,800 / 80,000 = 6.0% (73% to 2022: 58,400 + 80,000; 100% from 2023: 160,000).
        (2022, [Unsplit, Partial], R::Bracket, dec!(73), dec!(138400), "art. 17a lid 4 and 5"),
        (2023, [Unsplit, Partial], R::Bracket, dec!(100), dec!(160000), "art. 17a lid 4 and 5"),
        (2026, [Unsplit, Partial], R::Bracket, dec!(100), dec!(160000), "art. 17a lid 4 and 5"),
        (2027, [Unsplit, Partial], R::Bracket, dec!(100), dec!(160000), "art. 17a lid 4 and 5"),
    ];
    let mut pairs = std::collections::BTreeSet::new();
    for &(year, pair, reason, ratio, value, why) in cases {
        let l = lwr(letting_with(pair), WOZ, dec!(400), year);
        assert_eq!(
            (l.reason, l.ratio_pct, l.box3_value),
            (reason, ratio, value),
            "{year} {pair:?}: {why}"
        );
        assert_eq!(
            l.woz_reduction.is_some(),
            pair.contains(&Unsplit) && value != WOZ,
            "{year} {pair:?}: lid 4 only with the ratio"
        );
        pairs.insert(format!("{pair:?}"));
    }
    assert_eq!(pairs.len(), 10, "every pair of the five exceptions");
}

/// Art. 5.27 lid 3 Wet IB 2001 (as amended by the Wet tegenbewijsregeling box 3, Kamerstukken
/// 36 706): with a related tenant below arm's length the actual return counts the rent a third
/// party would pay (`lease.market_monthly_rent`); without it the tegenbewijs is refused, never
/// computed from the rent paid.
#[test]
fn tegenbewijs_with_a_related_tenant_counts_the_arms_length_rent() {
    let related = "tenant = \"related\"";
    // Without the arm's-length rent: no figure, and a caveat that says what to give.
    let r = report(2026, "next_woz_value = 330000", related, "");
    assert_eq!(
        (r.box3.actual_return, r.box3.actual_return_tax),
        (None, None)
    );
    let caveats = r.caveats.rendered();
    assert!(
        caveats
            .iter()
            .any(|c| c.contains("art. 5.27 lid 3") && c.contains("lease.market_monthly_rent")),
        "{caveats:?}"
    );
    // With it: 2026 gives a related tenant below arm's length no ratio (art. 5.20 lid 5), so
    // 300,000 at the start and 330,000 at the end: change 30,000; rent 1,200 × 12 = 14,400
    // (not the 10,800 paid); bank 20,000 × 1.28% = 256. Actual return 44,656.
    let lease = format!("{related}\nmarket_monthly_rent = 1200");
    let r = report(2026, "next_woz_value = 330000", &lease, "");
    assert_eq!(r.box3.actual_return, Some(dec!(44656)));
    assert!(
        !r.caveats.rendered().iter().any(|c| c.contains("5.27")),
        "no refusal with the rent given"
    );
    // With 10% vacancy the arm's-length rent is received for 90% of the year: 12,960.
    let vacant = report_with_costs(2026, "next_woz_value = 330000", &lease, "vacancy_pct = 10");
    assert_eq!(
        r.box3
            .actual_return
            .zip(vacant.box3.actual_return)
            .map(|(a, b)| a - b),
        Some(dec!(1440))
    );
    // A related tenant at arm's length: the rent paid counts (the ratio too: 90% at both ends).
    let r = report(
        2026,
        "next_woz_value = 330000",
        "tenant = \"related\"\nmarket_rent = true",
        "",
    );
    assert_eq!(r.box3.actual_return, Some(dec!(38056)));
    // Without next year's WOZ no tegenbewijs is asked for: no refusal either.
    let r = report(2026, "", related, "");
    assert!(!r.caveats.rendered().iter().any(|c| c.contains("5.27")));
}

fn report_with_costs(year: i32, property: &str, lease: &str, costs: &str) -> Report {
    let set = rules();
    let text = HOUSE
        .replace("YEAR", &year.to_string())
        .replace("EXTRA_PROPERTY", property)
        .replace("EXTRA_LEASE", lease)
        .replace("EXTRA_OWNER", "")
        + "[costs]\n"
        + costs
        + "\n";
    let p = from_toml_str("house.toml", &text, &set, None).unwrap_or_else(|e| panic!("{e:?}"));
    evaluate(&p, &set, Options::default()).expect("a valid property")
}

/// Every built-in scenario file loads over the built-in rules and changes only the years it
/// names; `verhuurd rules 2027` and `rules 2028` name the proposals with each figure's source.
#[test]
fn scenario_files_load_and_the_rules_listing_names_them() {
    for (file, text) in verhuurd::rules::BUILT_IN_SCENARIOS {
        let alt = RuleSet::load(&[(file, text)]).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let changed: Vec<i32> = alt
            .years
            .iter()
            .filter(|(_, r)| !r.what_if.is_empty())
            .map(|(y, _)| *y)
            .collect();
        assert!(!changed.is_empty(), "{file}");
    }
    let novelle = RuleSet::load(&[(
        "2028-novelle.toml",
        include_str!("../../data/scenarios/2028-novelle.toml"),
    )])
    .unwrap();
    let wr = novelle.werkelijk_rendement(2028).unwrap();
    assert_eq!(wr.verlies_achterwaarts_jaren.value, dec!(1));
    assert_eq!(wr.heffingvrij_resultaat.value, dec!(1900));
    assert_eq!(wr.tarief_pct.value, dec!(36), "the rate stays the bill's");
    for (year, file) in [
        ("2027", "data/scenarios/2027-kabinet-september-2026.toml"),
        ("2028", "data/scenarios/2028-novelle.toml"),
    ] {
        let (out, _) = crate::support::texts(&crate::support::run(&["rules", year], None));
        assert!(
            out.contains("geen wet") && out.contains(file),
            "{year}: {out}"
        );
    }
    let (out, _) = crate::support::texts(&crate::support::run(&["rules", "2028"], None));
    assert!(
        out.contains("werkelijk_rendement.verlies_achterwaarts_jaren = 1"),
        "{out}"
    );
    assert!(out.contains("Box 3 op werkelijk rendement (wetsvoorstel 36 748, geen wet)"));
}

/// While 2027's figures are provisional, the plan's futures carry the headline under each
/// built-in scenario of a year it reaches: the same figure as the plan run with that file as
/// `--rules`. With the file given as `--rules`, the year is no longer open and no line is added.
#[test]
fn the_futures_carry_the_headline_under_each_scenario_of_a_provisional_year() {
    let text = crate::support::Case::new().set("plan", "years = 5").toml();
    let set = rules();
    let p = from_toml_str("p.toml", &text, &set, None).unwrap();
    let r = evaluate(&p, &set, Options::default()).unwrap();
    let svk = r.sell_vs_keep.expect("a plan");
    let kabinet = "data/scenarios/2027-kabinet-september-2026.toml";
    let alt = RuleSet::load(&[(
        kabinet,
        include_str!("../../data/scenarios/2027-kabinet-september-2026.toml"),
    )])
    .unwrap();
    let under = evaluate(&p, &alt, Options::default())
        .unwrap()
        .sell_vs_keep
        .unwrap();
    for f in &svk.scenarios {
        let w = f
            .what_if
            .iter()
            .find(|w| w.file == kabinet)
            .unwrap_or_else(|| panic!("{}: {:?}", f.future, f.what_if));
        let same = under
            .scenarios
            .iter()
            .find(|g| g.future == f.future)
            .unwrap();
        assert_eq!(w.difference, same.difference, "{}", f.future);
        assert_eq!(w.change, same.difference - f.difference);
        assert_eq!(w.years, vec![2027]);
        // The proposal taxes more: keeping the let dwelling is worth less under it.
        assert!(w.change < Decimal::ZERO, "{}: {}", f.future, w.change);
        assert!(
            under
                .scenarios
                .iter()
                .all(|g| g.what_if.iter().all(|w| w.file != kabinet)),
            "no line for a file already in use"
        );
    }
    // The novelle changes only the bill's future.
    let novelle: Vec<&str> = svk
        .scenarios
        .iter()
        .filter(|f| f.what_if.iter().any(|w| w.name == "2028-novelle"))
        .map(|f| f.future)
        .collect();
    assert_eq!(novelle, ["bill"]);
    // A plan that ends before 2027 gets no line.
    let short = from_toml_str(
        "p.toml",
        &crate::support::Case::new().set("plan", "years = 1").toml(),
        &set,
        None,
    )
    .unwrap();
    let r = evaluate(&short, &set, Options::default()).unwrap();
    assert!(
        r.sell_vs_keep
            .unwrap()
            .scenarios
            .iter()
            .all(|f| f.what_if.is_empty())
    );
}
