//! The language of the output, colour, completions, the man page, the chart and the grid.

use std::path::Path;
use std::process::{Command, Output};

fn verhuurd_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_verhuurd"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("the binary runs")
}

fn verhuurd(args: &[&str]) -> Output {
    verhuurd_env(args, &[])
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const HOUSE: &str = "examples/eengezinswoning.toml";

#[test]
fn english_is_english_throughout_with_english_notation() {
    let out = verhuurd(&["--lang", "en", HOUSE]);
    assert!(out.status.success());
    let t = text(&out.stdout);
    assert!(
        t.starts_with("Eengezinswoning Amersfoort — tax year 2026"),
        "{t}"
    );
    // English notation: €14,400 and 3.60%, never € 14.400 or 3,60%.
    assert!(t.contains("€14,400") && t.contains("3.60%"), "{t}");
    assert!(!t.contains("€ ") && !t.contains("3,60%"), "{t}");
    assert!(t.contains("no rules are known for 2028–2035"), "{t}");
    assert!(t.contains("Certainty of the rules"), "{t}");
    for dutch in [
        "belastingjaar",
        "Waarschuwingen",
        "verhuren",
        "zijn geen regels",
        "geschat",
    ] {
        assert!(!t.contains(dutch), "{dutch} in\n{t}");
    }
    // The default is Dutch, with Dutch notation.
    let nl = text(&verhuurd(&[HOUSE]).stdout);
    assert!(
        nl.contains("€ 14.400") && nl.contains("Waarschuwingen"),
        "{nl}"
    );
    assert!(
        nl.contains("voor 2028–2035 zijn geen regels bekend"),
        "{nl}"
    );
}

#[test]
fn the_json_message_follows_the_language_and_keys_and_codes_do_not() {
    let nl: serde_json::Value =
        serde_json::from_slice(&verhuurd(&["--format", "json", HOUSE]).stdout).unwrap();
    let en: serde_json::Value =
        serde_json::from_slice(&verhuurd(&["--lang", "en", "--format", "json", HOUSE]).stdout)
            .unwrap();
    let codes = |v: &serde_json::Value| {
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&nl), codes(&en));
    assert_eq!(
        nl.as_object().unwrap().keys().collect::<Vec<_>>(),
        en.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    // The carried-rules warning's message.
    let message = |v: &serde_json::Value| {
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["code"] == "rules_carried_forward")
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        message(&nl).starts_with("voor 2028–2035"),
        "{}",
        message(&nl)
    );
    assert!(
        message(&en).starts_with("no rules are known"),
        "{}",
        message(&en)
    );
    assert!(
        en["caveats"][0]
            .as_str()
            .unwrap()
            .contains("points estimated")
    );
    assert_eq!(nl["box3"]["tax"], en["box3"]["tax"]);
}

#[test]
fn errors_speak_the_language() {
    let out = verhuurd(&["rule", "2026"]);
    assert!(text(&out.stderr).contains("bedoelt u `verhuurd rules 2026`?"));
    let out = verhuurd(&["--lang", "en", "rule", "2026"]);
    assert!(text(&out.stderr).contains("did you mean `verhuurd rules 2026`?"));
    let out = verhuurd(&["--lang", "en"]);
    assert!(text(&out.stderr).contains("no property files given"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_without_no_color() {
    // The house has a negative monthly cash flow (€ -39): red when colour is on.
    let red = "\x1b[38;5;9m";
    let always = text(&verhuurd(&["--color", "always", HOUSE]).stdout);
    assert!(always.contains(red), "{always}");
    assert!(
        always.contains("\x1b[33m  ! [rules_carried_forward]"),
        "warnings in yellow"
    );
    // --color always wins over NO_COLOR (a flag on the command line is the user's latest word).
    let both = text(&verhuurd_env(&["--color", "always", HOUSE], &[("NO_COLOR", "1")]).stdout);
    assert!(both.contains(red));
    // Never, and auto into a pipe: no escapes at all.
    for args in [&["--color", "never", HOUSE][..], &[HOUSE][..]] {
        let t = text(&verhuurd(args).stdout);
        assert!(!t.contains('\x1b'), "{args:?}");
    }
    // The rule of auto itself is a unit test of the command line (src/cli.rs).
    // Colour changes nothing but the escapes.
    let strip = |s: &str| {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for d in chars.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    let never = text(&verhuurd(&["--color", "never", HOUSE]).stdout);
    assert_eq!(strip(&always), never);
}

#[test]
fn completions_and_the_man_page() {
    for (shell, mark) in [
        ("bash", "_verhuurd()"),
        ("zsh", "#compdef verhuurd"),
        ("fish", "complete -c verhuurd "),
    ] {
        let out = verhuurd(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let t = text(&out.stdout);
        assert!(t.contains(mark), "{shell}: {t}");
        assert!(t.contains("lang") && t.contains("chart"), "{shell}");
    }
    let out = verhuurd(&["man"]);
    assert!(out.status.success());
    let man = text(&out.stdout);
    assert!(
        man.starts_with(".ie") || man.contains(".TH verhuurd"),
        "{man}"
    );
    assert!(
        man.contains("\\-\\-lang") && man.contains("NO_COLOR"),
        "{man}"
    );
}

/// `--version` names the tax years that can be computed (a year of the bill's rules alone,
/// for the plan, is not one).
#[test]
fn version_names_the_rule_years() {
    let years = verhuurd::rules::RuleSet::built_in().unwrap().box3_years();
    let span = format!("{}–{}", years[0], years[years.len() - 1]);
    let v = text(&verhuurd(&["--version"]).stdout);
    assert!(v.starts_with("verhuurd 0."), "{v}");
    assert!(
        v.contains(&format!("ingebouwde regels: belastingjaren {span}")),
        "{v}"
    );
    assert!(v.contains("2027 voorlopig"), "{v}");
    let v = text(&verhuurd(&["--lang", "en", "--version"]).stdout);
    assert!(v.starts_with("verhuurd 0."), "{v}");
    assert!(
        v.contains(&format!("rules built in: tax years {span}")),
        "{v}"
    );
    assert!(v.contains("2027 provisional"), "{v}");
    assert!(!v.contains("2028,") && !v.contains("–2028"), "{v}");
}

/// Words of the English help, listing and man page that a Dutch reader must not meet.
const ENGLISH_HELP: &[&str] = &[
    "Usage",
    "Options",
    "OPTIONS",
    "Arguments",
    "Commands",
    "COMMAND",
    "Print",
    "default",
    "possible values",
    "Possible values",
    "Examples",
    "FILE",
    "YEAR",
    " the ",
    "property",
    "Never",
    "Language",
    "Write",
    "Rules for",
    "tax year",
    "built-in",
    "per person",
    "more than",
    "of WOZ",
    "temporary",
    "related",
    "not split",
    "partly let",
    "not let",
    "own main",
    "other dwellings",
    "starter exemption",
    "Maximum rent",
    "social ",
    "middle",
    "free",
    "points",
    "column",
    "per point",
    "minimum",
    "at most",
    "rounded",
    "room by room",
    "leases",
    "valuation date",
    "Sources",
    "note:",
    "confidence",
    "PROVISIONAL",
    "Status",
    "carried",
];

/// Words of the Dutch help, listing and man page that an English reader must not meet.
const DUTCH_HELP: &[&str] = &[
    "Gebruik",
    "Opties",
    "OPTIES",
    "Argumenten",
    "Opdrachten",
    "OPDRACHT",
    "Toon",
    "standaard",
    "Voorbeelden",
    "BESTAND",
    "JAAR",
    " de ",
    " het ",
    " een ",
    "Taal",
    "Regels voor",
    "belastingjaar",
    "ingebouwd",
    "per persoon",
    "meer dan",
    "van de WOZ",
    "tijdelijk",
    "verbonden",
    "gesplitst",
    "verhuurd deel",
    "niet verhuurd",
    "eigen woning",
    "andere woningen",
    "huurverhoging",
    "sociaal",
    "midden",
    "punten",
    "kolom",
    "per punt",
    "hoogstens",
    "afgerond",
    "per vertrek",
    "huurcontracten",
    "waardepeildatum",
    "Bronnen",
    "toelichting",
    "zekerheid",
    "VOORLOPIG",
    "Stand van zaken",
    "overgenomen",
    "in het Engels",
    "€ ",
];

/// `text` without the citations and the notes of the rules of `year` in `lang`: data the rules
/// files write (a citation as it is, a note in the language asked for), not the listing's words.
fn without_data(text: &str, year: i32, lang: verhuurd::i18n::Lang) -> String {
    use verhuurd::i18n::Lang;
    use verhuurd::rules::{Citation, Cite, RuleSet};
    let set = RuleSet::built_in().unwrap();
    let mut data: Vec<String> = Vec::new();
    let mut extra: Vec<String> = Vec::new();
    let mut note = |en: &Option<String>, nl: &Option<String>| {
        let n = match lang {
            Lang::Nl => nl,
            Lang::En => en,
        };
        data.extend(n.clone());
    };
    let r = set.year(year).unwrap();
    note(&r.status, &r.status_nl);
    let l = &r.leegwaarderatio;
    note(&l.note, &l.note_nl);
    note(&l.temporary_contract.note, &l.temporary_contract.note_nl);
    note(&l.related_party.note, &l.related_party.note_nl);
    let mut params: Vec<Citation> = Vec::new();
    params.extend(l.unsplit_building_reduction.as_ref().map(Cite::citation));
    if let Some(b) = &r.box3 {
        params.extend([
            b.heffingsvrij_vermogen.citation(),
            b.schuldendrempel.citation(),
            b.rendement_banktegoeden_pct.citation(),
            b.rendement_overige_bezittingen_pct.citation(),
            b.rendement_schulden_pct.citation(),
            b.tarief_pct.citation(),
        ]);
        params.extend(
            b.vrijstelling_groene_beleggingen
                .as_ref()
                .map(Cite::citation),
        );
    }
    if let Some(o) = set.overdrachtsbelasting(year) {
        params.extend([
            o.rules.eigen_woning_pct.citation(),
            o.rules.overige_woningen_pct.citation(),
            o.rules.starter_cap.citation(),
        ]);
    }
    if let Some(h) = set.huurverhoging(year) {
        params.extend([
            h.rules.social_pct.citation(),
            h.rules.mid_pct.citation(),
            h.rules.free_pct.citation(),
        ]);
    }
    // Box 3 on actual returns (the bill) and the proposals of data/scenarios: their texts too.
    if let Some(wr) = set.werkelijk_rendement(year) {
        note(&Some(wr.status.text.clone()), &wr.status.text_nl);
        extra.push(wr.status.source.clone());
        params.extend(wr.citations().map(Cite::citation));
        params.push(wr.verlies_achterwaarts_jaren.citation());
        for e in [
            &wr.verlies_voorwaarts,
            &wr.kosten_aftrekbaar,
            &wr.rente_aftrekbaar,
            &wr.beginwaarde_leegwaarderatio,
        ] {
            note(&e.note, &e.note_nl);
            extra.push(e.source.clone());
        }
        if let Some(b) = &wr.vastgoedbijtelling {
            note(&b.note, &b.note_nl);
            extra.push(b.source.clone());
        }
    }
    for (_, file) in verhuurd::rules::BUILT_IN_SCENARIOS {
        let t: toml::Table = file.parse().unwrap();
        for p in t
            .values()
            .filter_map(|v| v.as_table())
            .flat_map(|t| t.values())
        {
            let get = |k: &str| p.get(k).and_then(|v| v.as_str()).map(str::to_string);
            note(&get("note"), &get("note_nl"));
            extra.extend(get("source"));
        }
    }
    // The Handboek's editions (data/handboek.toml): sources and notes.
    for e in set.handboek.edition.values() {
        params.push(e.citation());
        if let Some(p) = &e.params {
            params.extend(
                [
                    &p.dcf_years,
                    &p.prijsinflatie_pct,
                    &p.loonstijging_pct,
                    &p.bouwkostenstijging_pct,
                    &p.leegwaardestijging_pct,
                    &p.risicovrije_rente_pct,
                    &p.vastgoedopslag_pct,
                    &p.referentie_disconteringsvoet_pct,
                    &p.belastingen_verzekeringen_pct,
                    &p.huurderving_pct,
                    &p.uitpond_opslag_jaar1_pct,
                    &p.uitpond_factor_jaar6_pct,
                    &p.juridische_splitsingskosten,
                    &p.verkoopkosten_pct,
                    &p.verouderingskosten_pct,
                    &p.overdrachtskosten_kosten_pct,
                ]
                .map(Cite::citation),
            );
            params.extend([
                p.bouwperioden.citation(),
                p.types.citation(),
                p.regios.citation(),
            ]);
        }
    }
    for p in &params {
        note(&p.note, &p.note_nl);
    }
    let (v, _) = set.wws_stelsel.values(verhuurd::date::Date::jan1(year));
    note(&v.note, &v.note_nl);
    data.extend(params.iter().map(|p| p.source.clone()));
    data.extend(extra);
    data.extend([
        l.source.clone(),
        l.temporary_contract.source.clone(),
        l.related_party.source.clone(),
        v.source.clone(),
        set.wws_stelsel.regime.source.clone(),
    ]);
    data.extend(l.partial_letting_source.clone());
    data.extend(set.wws(year).map(|w| w.rules.source.clone()));
    data.extend(set.sources.values().cloned());
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    // The listing is wrapped to the width: compared with the line breaks undone.
    let mut text = flat(text);
    for d in data {
        text = text.replace(&flat(&d), "");
    }
    text
}

/// `text` with every run of white space (a line break and its indent) as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_rules_listing_speaks_the_language_with_its_notation() {
    use verhuurd::i18n::Lang;
    let nl = text(&verhuurd(&["rules", "2026"]).stdout);
    let en = text(&verhuurd(&["rules", "2026", "--lang", "en"]).stdout);
    assert!(
        nl.starts_with("Regels voor belastingjaar 2026 (ingebouwd: data/2026.toml)"),
        "{nl}"
    );
    assert!(
        en.starts_with("Rules for tax year 2026 (built-in data/2026.toml)"),
        "{en}"
    );
    // The notation of the language: € 59.357 and 1,28% / €59,357 and 1.28%.
    let line = |t: &str, start: &str| {
        t.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        line(&nl, "  heffingsvrij vermogen (per persoon) ").contains(" € 59.357 "),
        "{nl}"
    );
    assert!(
        line(&en, "  heffingsvrij vermogen (per person) ").contains(" €59,357 "),
        "{en}"
    );
    // The listing is wrapped to the width: phrases are compared with the line breaks undone.
    let (nl, en) = (flat(&nl), flat(&en));
    assert!(nl.contains("1,28%") && nl.contains("€ 6,86 per punt boven 250"));
    assert!(en.contains("1.28%") && en.contains("€6.86 per point above 250"));
    assert!(
        nl.contains("jaarhuur meer dan 1%, niet meer dan 2%"),
        "{nl}"
    );
    assert!(nl.contains("79% van de WOZ") && en.contains("79% of WOZ"));
    // The Dutch note of a parameter, the English with --lang en.
    assert!(
        nl.contains("toelichting: De eerste voorlopige aanslagen"),
        "{nl}"
    );
    assert!(
        en.contains("note: The first provisional assessments"),
        "{en}"
    );
    // The citations stay as the rules files write them.
    assert!(nl.contains("[H] art. 5.5 Wet IB 2001, Belastingplan 2026 [B3B][DDJ][VLK]"));
    assert!(nl.contains(" Bronnen [AAF] aa-f.nl") && en.contains(" Sources [AAF] aa-f.nl"));
    // Every year: no word of the other language outside the rules files' citations and notes.
    for year in 2020..=2028 {
        let y = year.to_string();
        let nl = text(&verhuurd(&["rules", &y]).stdout);
        let en = text(&verhuurd(&["rules", &y, "--lang", "en"]).stdout);
        speaks_one_language(&y, &without_data(&nl, year, Lang::Nl), ENGLISH_HELP);
        speaks_one_language(&y, &without_data(&en, year, Lang::En), DUTCH_HELP);
    }
    let nl = flat(&text(&verhuurd(&["rules", "2027"]).stdout));
    assert!(nl.contains("VOORLOPIG: deze cijfers") && nl.contains("Stand van zaken: Box 3 volgt"));
    let nl = flat(&text(&verhuurd(&["rules", "2023"]).stdout));
    assert!(
        nl.contains("(niet vastgelegd voor 2023: overgenomen van 2025)"),
        "{nl}"
    );
}

#[test]
fn help_speaks_the_language() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["rules", "--help"],
        &["init", "--help"],
        &["check", "--help"],
        &["completions", "--help"],
        &["man", "--help"],
    ] {
        let out = verhuurd(args);
        assert!(out.status.success(), "{args:?}");
        let nl = text(&out.stdout);
        // `--lang` before a subcommand is taken for an argument of the evaluation: after it.
        let en_args: Vec<&str> = if args.len() > 1 {
            args.iter().chain(&["--lang", "en"]).copied().collect()
        } else {
            ["--lang", "en"].iter().chain(args).copied().collect()
        };
        let out = verhuurd(&en_args);
        assert!(out.status.success(), "{en_args:?}");
        let en = text(&out.stdout);
        speaks_one_language(&format!("{args:?}"), &nl, ENGLISH_HELP);
        speaks_one_language(&format!("{en_args:?}"), &en, DUTCH_HELP);
    }
    // clap's `help` subcommand takes no --lang: Dutch.
    for args in [&["help"][..], &["help", "rules"], &["help", "help"]] {
        let out = verhuurd(args);
        assert!(out.status.success(), "{args:?}");
        speaks_one_language(&format!("{args:?}"), &text(&out.stdout), ENGLISH_HELP);
    }
    let nl = text(&verhuurd(&["--help"]).stdout);
    assert!(
        nl.contains("Gebruik: verhuurd [OPTIES] [BESTAND]..."),
        "{nl}"
    );
    assert!(
        nl.contains("--lang <TAAL>") && nl.contains("Opdrachten:"),
        "{nl}"
    );
    let en = text(&verhuurd(&["--lang=en", "--help"]).stdout);
    assert!(en.contains("Usage: verhuurd [OPTIONS] [FILE]..."), "{en}");
    assert!(
        en.contains("--lang <LANG>") && en.contains("Commands:"),
        "{en}"
    );
}

#[test]
fn the_man_page_is_dutch_by_default() {
    let nl = text(&verhuurd(&["man"]).stdout);
    for section in [
        ".SH NAAM",
        ".SH OVERZICHT",
        ".SH BESCHRIJVING",
        ".SH OPTIES",
        ".SH OPDRACHTEN",
    ] {
        assert!(nl.contains(section), "{section}: {nl}");
    }
    assert!(
        nl.contains("Toon deze hulp") && nl.contains("NO_COLOR"),
        "{nl}"
    );
    // Roff escapes its minus signs and dashes; the words are what matter.
    let nl_words = nl.replace("\\-", "-");
    speaks_one_language("man", &nl_words, ENGLISH_HELP);
    let en = text(&verhuurd(&["man", "--lang", "en"]).stdout);
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH COMMANDS"] {
        assert!(en.contains(section), "{section}: {en}");
    }
    assert!(en.contains("Print help"), "{en}");
    speaks_one_language("man --lang en", &en.replace("\\-", "-"), DUTCH_HELP);
}

#[test]
fn the_grid_in_the_table_and_the_json() {
    let t = text(&verhuurd(&["--grid", HOUSE]).stdout);
    assert!(t.contains("Verhuren − verkopen na 10 jaar"), "{t}");
    // The plan's own figures (5% growth, 3.5% alternative) give the plan's difference.
    let row = t
        .lines()
        .find(|l| l.contains("│ 5,00%"))
        .expect("a row for 5%");
    assert!(row.contains("126.616"), "{row}");
    let j: serde_json::Value =
        serde_json::from_slice(&verhuurd(&["--grid", "--format", "json", HOUSE]).stdout).unwrap();
    let g = &j["grid"];
    let growth: Vec<f64> = g["value_growth_pct"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let alt: Vec<f64> = g["alternative_return_pct"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(alt, [1.5, 2.5, 3.5, 4.5, 5.5]);
    // From a point below the break-even (1.22%) to two points above the plan's 5%.
    assert_eq!(growth.first(), Some(&0.0));
    assert_eq!(growth.last(), Some(&7.0));
    let i = growth.iter().position(|g| *g == 5.0).unwrap();
    assert_eq!(g["difference"][i][2], j["sell_vs_keep"]["difference"]);
    // Without --grid there is no grid key.
    let j: serde_json::Value =
        serde_json::from_slice(&verhuurd(&["--format", "json", HOUSE]).stdout).unwrap();
    assert!(j.get("grid").is_none());
}

#[test]
fn the_chart_is_an_svg_with_both_routes_and_the_grid() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huis.svg");
    let out = verhuurd(&["--chart", path.to_str().unwrap(), HOUSE]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("grafiek geschreven"));
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("the SVG parses");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_string()))
        .collect();
    for label in [
        "blijven verhuren",
        "nu verkopen",
        "blijven verhuren (wetsvoorstel)",
        "nu verkopen (wetsvoorstel)",
        "€ 126.616",
        "omslagpunt",
        "1,22%",
    ] {
        assert!(texts.iter().any(|t| t == label), "{label} in {texts:?}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("omslagpunt waardegroei 1,22%"))
    );
    // The four routes: polylines of ten points each, in the two route colours.
    let lines = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .filter(|n| {
            matches!(n.attribute("stroke"), Some("#0072B2") | Some("#D55E00"))
                && n.attribute("points")
                    .is_some_and(|p| p.split_whitespace().count() >= 10)
        })
        .count();
    assert!(lines >= 2, "solid keep and sell lines: {lines}");
    // A property without a plan: no chart, and a message.
    let bare = dir.path().join("kaal.svg");
    let out = verhuurd(&[
        "--chart",
        bare.to_str().unwrap(),
        "examples/bovenwoning-wws.toml",
    ]);
    assert!(out.status.success());
    assert!(!bare.exists());
    assert!(text(&out.stderr).contains("geen [plan]-sectie"));
}

#[test]
fn several_properties_say_where_the_warnings_are_and_count_in_good_grammar() {
    let out = verhuurd(&[
        "--explain",
        HOUSE,
        "examples/microstudio.toml",
        "examples/bovenwoning-wws.toml",
    ]);
    let t = text(&out.stdout);
    // The carried-rules warning once, not once per property.
    assert_eq!(t.matches("[rules_carried_forward]").count(), 1, "{t}");
    assert!(t.contains("bij 2 woningen:"), "{t}");
    assert!(t.contains("[micro_dwelling] bij 1 woning\n"), "{t}");
    assert!(t.contains("--format json"), "{t}");
    assert!(
        t.contains("--explain toont de afleiding bij één woning"),
        "{t}"
    );
    // One tax year: in the header. Names are broken between words only.
    assert!(t.contains("│ woning (2026) "), "{t}");
    assert!(t.contains("│ Eengezinswoning "), "{t}");
    assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
}

#[test]
fn one_csv_row_is_one_property() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("een.csv");
    std::fs::write(
        &path,
        "name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,lease.segment\nFlat,300000,70,B,1100,free\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let t = text(&verhuurd(&[p]).stdout);
    assert!(t.starts_with("Flat — belastingjaar"), "{t}");
    // The free sector has no maximum rent.
    let house = text(&verhuurd(&[HOUSE]).stdout);
    assert!(house.contains("┆ geen (vrije sector) │"), "{house}");
    let j = text(&verhuurd(&["--format", "json", p]).stdout);
    assert!(j.starts_with('{'), "{j}");
    let _: serde_json::Value = serde_json::from_str(&j).unwrap();
    let _ = Path::new(p);
}

/// Every `how` of the derivation (`explain[].steps[].how`, for a household also its
/// properties') in the JSON of `file` in `lang`.
fn hows(file: &str, lang: &str) -> Vec<String> {
    steps_of(file, lang, "how")
}

/// Every `key` (`how`, `figure`) of the steps of the derivation of `file` in `lang`.
fn steps_of(file: &str, lang: &str, key: &str) -> Vec<String> {
    let collect = |v: &serde_json::Value, out: &mut Vec<String>| {
        fn walk(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m {
                        match x {
                            serde_json::Value::String(s) if k == key => out.push(s.clone()),
                            _ => walk(x, key, out),
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
                _ => {}
            }
        }
        walk(v, key, out)
    };
    let out = verhuurd(&["--lang", lang, "--explain", "--format", "json", file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found = Vec::new();
    collect(&v, &mut found);
    found
}

const EXAMPLES: &[&str] = &[
    "examples/eengezinswoning.toml",
    "examples/bovenwoning-wws.toml",
    "examples/huishouden.toml",
    "examples/microstudio.toml",
    "examples/sociale-huurflat.toml",
];

#[test]
fn the_derivation_is_dutch_by_default_and_english_with_lang_en() {
    // Words that give a sentence of the other language away.
    const ENGLISH: &[&str] = &[
        " the ",
        " rounded",
        " less ",
        " at least",
        " at most",
        " or ",
        " with ",
        " years",
    ];
    const DUTCH: &[&str] = &[
        " de ",
        " het ",
        " van ",
        " afgerond",
        " min ",
        " een ",
        " minstens",
        " hoogstens",
    ];
    let mut seen = 0;
    for file in EXAMPLES {
        let nl = hows(file, "nl");
        let en = hows(file, "en");
        assert!(!nl.is_empty() && nl.len() == en.len(), "{file}");
        seen += nl.len();
        for h in &nl {
            for w in ENGLISH {
                assert!(!h.contains(w), "{file}: English {w:?} in a Dutch step: {h}");
            }
        }
        for h in &en {
            for w in DUTCH {
                assert!(
                    !h.contains(w),
                    "{file}: Dutch {w:?} in an English step: {h}"
                );
            }
        }
    }
    assert!(seen > 100, "{seen} steps");
    // The names of the figures: a key of the domain as it is (`jaarhuur`, `box3_value`), a
    // phrase in the language of the output.
    const ENGLISH_NAMES: &[&str] = &[
        " the ",
        "with",
        "points",
        "share",
        "sell",
        "keep",
        "debts",
        "owner",
        "value",
        "proceeds",
        "rules",
        "start",
        "marginal tax",
        "surface ",
        "assumption",
    ];
    const DUTCH_NAMES: &[&str] = &[
        " de ",
        " het ",
        "met ",
        "punten",
        "aandeel naar",
        "verkopen",
        "verhuren",
        "schulden",
        "eigenaar",
        "waarde",
        "marktband",
        "opbrengst",
        "regels",
        "marginale",
        "oppervlakte",
        "aanname",
    ];
    // Named in src/evaluate.rs, whose catalogue entries are FWithProperty, FWithoutProperty and
    // FVacantSaleCosts: still English.
    let mut named = 0;
    for file in EXAMPLES {
        let nl = steps_of(file, "nl", "figure");
        let en = steps_of(file, "en", "figure");
        assert_eq!(nl.len(), en.len(), "{file}");
        for (n, e) in nl.iter().zip(&en) {
            let key = |f: &str| {
                f.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
            };
            if n == e {
                // A key of the domain (`box3_value`), the same in both languages.
                assert!(key(n), "{file}: a name not in the language: {n}");
                continue;
            }
            named += 1;
            for w in ENGLISH_NAMES {
                assert!(
                    !n.contains(w),
                    "{file}: English {w:?} in a Dutch figure: {n}"
                );
            }
            for w in DUTCH_NAMES {
                assert!(
                    !e.contains(w),
                    "{file}: Dutch {w:?} in an English figure: {e}"
                );
            }
        }
    }
    assert!(named > 50, "{named} figures with a name");
    // The notation follows the language as well.
    let nl = hows(HOUSE, "nl").join("\n");
    let en = hows(HOUSE, "en").join("\n");
    assert!(nl.contains("kale huur op 1 januari 1.200 × 12"), "{nl}");
    assert!(en.contains("kale huur on 1 January 1,200 × 12"), "{en}");
}

#[test]
fn an_error_in_a_property_file_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::write(
        &path,
        "[property]\nwoz_value = 400.000\nsurface_m2 = 70\nenergy_label = \"B\"\nwoz_valu = 1\n\n[lease]\nmonthly_rent = \"veel\"\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let nl = text(&verhuurd(&[p]).stderr);
    assert!(
        nl.contains("p.toml:2:13: fout: `property.woz_value` is 400.000, buiten het bereik (verwacht minstens 10000)"),
        "{nl}"
    );
    assert!(nl.contains("    verwacht: een getal van minstens 10000 en hoogstens 1000000000000 (WOZ-waarde voor het belastingjaar, in euro)"), "{nl}");
    assert!(nl.contains("    hulp: `400.000` leest als 400"), "{nl}");
    assert!(
        nl.contains("p.toml:5:1: fout: onbekende sleutel `property.woz_valu`"),
        "{nl}"
    );
    assert!(
        nl.contains("    hulp: bedoelt u `property.woz_value`?"),
        "{nl}"
    );
    assert!(
        nl.contains(
            "p.toml:8:16: fout: `lease.monthly_rent` moet een getal zijn, gevonden: een tekst"
        ),
        "{nl}"
    );
    let en = text(&verhuurd(&["--lang", "en", p]).stderr);
    assert!(
        en.contains("p.toml:2:13: error: `property.woz_value` is 400.000, out of range (expected at least 10000)"),
        "{en}"
    );
    assert!(en.contains("    expected: a number at least 10000 and at most 1000000000000 (WOZ value for the tax year, in euros)"), "{en}");
    assert!(en.contains("    help: `400.000` reads as 400"), "{en}");
    assert!(
        en.contains("p.toml:5:1: error: unknown key `property.woz_valu`"),
        "{en}"
    );
    assert!(
        en.contains("p.toml:8:16: error: `lease.monthly_rent` must be a number, found a string"),
        "{en}"
    );
    for w in [" fout:", "verwacht:", "hulp:", "onbekende", "leest als"] {
        assert!(!en.contains(w), "{w:?} in English: {en}");
    }
}

#[test]
fn every_shipped_note_has_a_dutch_form() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["data", "data/scenarios"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml") {
                files.push(p);
            }
        }
    }
    let mut notes = 0;
    for f in files {
        let t = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            for key in ["note", "status", "text"] {
                if l.starts_with(&format!("{key} = ")) {
                    notes += 1;
                    assert!(
                        lines
                            .get(i + 1)
                            .is_some_and(|n| n.starts_with(&format!("{key}_nl = "))),
                        "{}:{}: {key} without {key}_nl",
                        f.display(),
                        i + 1
                    );
                }
            }
        }
    }
    assert!(notes > 30, "{notes}");
}

#[test]
fn a_what_if_note_without_a_dutch_form_is_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("w.toml");
    std::fs::write(
        &rules,
        "years = [2026]\n[box3.rendement_banktegoeden_pct]\nvalue = 1.5\nsource = \"what-if\"\nconfidence = \"M\"\nnote = \"A guess.\"\n",
    )
    .unwrap();
    let out = verhuurd(&["--rules", rules.to_str().unwrap(), HOUSE]);
    let t = text(&out.stdout);
    assert!(t.contains("toelichting in de regels: “A guess.”"), "{t}");
    let out = verhuurd(&["--lang", "en", "--rules", rules.to_str().unwrap(), HOUSE]);
    let t = text(&out.stdout);
    assert!(t.contains("A guess.") && !t.contains("toelichting"), "{t}");
}

/// Words that give English away in a Dutch message, and Dutch in an English one. (User data in
/// the messages — file names, keys, the household's name — holds none of them.)
const ENGLISH_WORDS: &[&str] = &[
    " the ",
    "error:",
    "expected:",
    "help:",
    " not ",
    " and ",
    " with ",
    " row",
    " file",
    " household",
    "unknown",
    "cannot",
    " must ",
    "note:",
    " or ",
    " has ",
    "missing",
];
const DUTCH_WORDS: &[&str] = &[
    " de ",
    " het ",
    "fout:",
    "verwacht",
    "hulp:",
    " niet ",
    " met ",
    " regel",
    " bestand",
    "huishouden",
    "onbekend",
    " moet ",
    "let op",
    " van ",
    " heeft ",
    "ontbreekt",
];

/// `text` holds no word of `words` (the other language).
fn speaks_one_language(what: &str, text: &str, words: &[&str]) {
    assert!(!text.trim().is_empty(), "{what}: no output");
    for w in words {
        assert!(!text.contains(w), "{what}: {w:?} in\n{text}");
    }
}

/// Standard error of `verhuurd ARGS` in Dutch (the default) and in English.
fn stderr_both(dir: &Path, args: &[&str]) -> (String, String) {
    let run = |lang: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_verhuurd"))
            .args(lang)
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0), "{args:?} must fail");
        text(&out.stderr)
    };
    (run(&[]), run(&["--lang", "en"]))
}

#[test]
fn the_readers_errors_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let files: &[(&str, &[u8])] = &[
        ("syntax.toml", b"[property]\nwoz_value = = 3\n"),
        ("quote.toml", b"[property]\nenergy_label = B\n"),
        (
            "twice.toml",
            b"[property]\nwoz_value = 300000\n\n[property]\nsurface_m2 = 70\n",
        ),
        ("key.toml", b"[property]\nwoz_value = 1\nwoz_value = 2\n"),
        ("nested.toml", b"[property.extra]\na = 1\n[[lease]]\nb = 2\n[colour]\n"),
        ("empty.toml", b"  \n"),
        ("binary.toml", b"a\0b"),
        ("column.csv", b"property.woz_valu,property.woz_valu\n1,2\n"),
        (
            "row.csv",
            b"property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n300000,70,B\n",
        ),
        (
            "ambiguous.csv",
            b"property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;costs.maintenance\n300000;70;B;1100;1.20\n",
        ),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    for (name, _) in files {
        let (nl, en) = stderr_both(dir.path(), &[name]);
        speaks_one_language(name, &nl, ENGLISH_WORDS);
        speaks_one_language(name, &en, DUTCH_WORDS);
    }
    let (nl, en) = stderr_both(dir.path(), &["missing.toml"]);
    assert!(nl.contains("kan niet lezen: bestand niet gevonden"), "{nl}");
    assert!(en.contains("cannot read: "), "{en}");
    let (nl, en) = stderr_both(dir.path(), &["quote.toml"]);
    assert!(
        nl.contains("geen geldige TOML: tekst moet tussen aanhalingstekens staan"),
        "{nl}"
    );
    assert!(
        en.contains("not valid TOML: string values must be quoted"),
        "{en}"
    );
}

#[test]
fn the_semicolon_note_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("excel.csv"),
        "name;property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent\nFlat;300000;70,5;B;1100\n",
    )
    .unwrap();
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_verhuurd"))
            .args(["--lang", lang, "excel.csv"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success());
        text(&out.stderr)
    };
    let (nl, en) = (run("nl"), run("en"));
    assert!(nl.starts_with("let op: excel.csv: gelezen met `;`"), "{nl}");
    assert!(
        en.starts_with("note: excel.csv: read as `;`-separated"),
        "{en}"
    );
    speaks_one_language("note", &nl, ENGLISH_WORDS);
    speaks_one_language("note", &en, DUTCH_WORDS);
}

#[test]
fn household_errors_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let header = "household,name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,owner.bank_balance\n";
    std::fs::write(
        dir.path().join("owner.csv"),
        format!("{header}hh,A,400000,110,C,1200,45000\nhh,B,350000,62,B,1450,46000\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("split.csv"),
        format!(
            "{header}hh,A,400000,110,C,1200,45000\n,Alone,300000,70,B,1100,\nhh,B,350000,62,B,1450,45000\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("h.toml"),
        "name = \"hh\"\n[owner]\nbank_balance = 1000\n[lease]\nmonthly_rent = 3\n[[property]]\nname = \"A\"\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n[property.lease]\nmonthly_rent = 1000\n[property.owner]\nbank_balance = 1\n[[property]]\nname = \"B\"\ntax_year = 2025\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n[property.lease]\nmonthly_rent = 1000\n",
    )
    .unwrap();
    for file in ["owner.csv", "split.csv", "h.toml"] {
        let (nl, en) = stderr_both(dir.path(), &["--format", "csv", file]);
        speaks_one_language(file, &nl, ENGLISH_WORDS);
        speaks_one_language(file, &en, DUTCH_WORDS);
    }
    let (nl, _) = stderr_both(dir.path(), &["owner.csv"]);
    assert!(nl.contains("hier 46000, daar 45000"), "{nl}");
}

#[test]
fn wws_list_errors_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("w.toml"),
        "[property]\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n[lease]\nmonthly_rent = 1000\n[wws]\nrooms = \"living: lounge 20\"\nsanitary = \"showr, washbasin 2\"\nkitchen_fittings = \"oven x2 x3\"\noutdoor_shared_m2 = 20\n",
    )
    .unwrap();
    let (nl, en) = stderr_both(dir.path(), &["w.toml"]);
    speaks_one_language("wws", &nl, ENGLISH_WORDS);
    speaks_one_language("wws", &en, DUTCH_WORDS);
    assert!(nl.contains("onbekende soort `lounge`"), "{nl}");
    assert!(en.contains("unknown kind `lounge`"), "{en}");
}

#[test]
fn rules_file_errors_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let rules: &[(&str, &str)] = &[
        (
            "range.toml",
            "years = [2026]\n[box3.tarief_pct]\nvalue = 150\nsource = \"x\"\nconfidence = \"M\"\n",
        ),
        (
            "source.toml",
            "years = [2026]\n[box3.tarief_pct]\nvalue = 36\n",
        ),
        ("syntax.toml", "years = [2026\n"),
        ("years.toml", "[box3.tarief_pct]\nvalue = 36\n"),
        (
            "variant.toml",
            "years = [2026]\n[box3.tarief_pct]\nvalue = 36\nsource = \"x\"\nconfidence = \"Q\"\n",
        ),
        (
            "field.toml",
            "years = [2026]\n[box3.tarief_pct]\nsource = \"x\"\nconfidence = \"M\"\n",
        ),
        (
            "brackets.toml",
            "years = [2026]\n[leegwaarderatio]\nsource = \"x\"\nconfidence = \"L\"\nbrackets = [\n  { above_pct = 0, up_to_pct = 2, ratio_pct = 73 },\n  { above_pct = 3, ratio_pct = 100 },\n]\n[leegwaarderatio.temporary_contract]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n[leegwaarderatio.related_party]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n",
        ),
    ];
    for (name, body) in rules {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let house = Path::new(env!("CARGO_MANIFEST_DIR")).join(HOUSE);
    for (name, _) in rules {
        let (nl, en) = stderr_both(dir.path(), &["--rules", name, house.to_str().unwrap()]);
        assert!(nl.starts_with("verhuurd: regelbestand "), "{nl}");
        assert!(en.starts_with("verhuurd: rules file "), "{en}");
        speaks_one_language(name, &nl, ENGLISH_WORDS);
        speaks_one_language(name, &en, DUTCH_WORDS);
    }
    let (nl, en) = stderr_both(dir.path(), &["--rules", "missing.toml", "x.toml"]);
    assert!(
        nl.contains("kan regelbestand missing.toml niet lezen"),
        "{nl}"
    );
    assert!(en.contains("cannot read rules file missing.toml"), "{en}");
}

/// The derivation speaks the language of the output: its figures in the notation of the
/// language, its citations with `zekerheid` and the Dutch notes in Dutch; the JSON keeps the
/// rules files' own `source` text.
#[test]
fn the_explanation_cites_and_counts_in_the_language() {
    let nl = text(&verhuurd(&["--explain", HOUSE]).stdout);
    let en = text(&verhuurd(&["--explain", "--lang", "en", HOUSE]).stdout);
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let (nl, en) = (flat(&nl), flat(&en));
    assert!(
        nl.contains("[zekerheid H]") && !nl.contains("[confidence"),
        "{nl}"
    );
    assert!(
        en.contains("[confidence H]") && !en.contains("[zekerheid"),
        "{en}"
    );
    assert!(
        nl.contains("(Voorlopig: het definitieve percentage wordt begin 2027 bekendgemaakt.)"),
        "{nl}"
    );
    assert!(nl.contains("· attributable_tax = 4.104 "), "{nl}");
    assert!(en.contains("· attributable_tax = 4,104 "), "{en}");
    assert!(nl.contains("· break_even_growth_pct = 1,22% "), "{nl}");
    // The JSON's explanation cites as the rules files write it (its warnings' messages follow
    // the language).
    let json: serde_json::Value =
        serde_json::from_slice(&verhuurd(&["--explain", "--format", "json", HOUSE]).stdout)
            .unwrap();
    let explain = json["explain"].to_string();
    assert!(explain.contains("[confidence H]") && !explain.contains("[zekerheid"));
}
