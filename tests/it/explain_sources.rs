//! Explanations as data: every step that uses a parameter of the rules cites it, with its
//! confidence and whether it is provisional; the steps that are arithmetic on inputs and earlier
//! steps name those instead.

use serde_json::Value;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::{Origin, Step, Trace};
use verhuurd::input::from_toml_str;
use verhuurd::rules::Cite;

use crate::support::{Case, rules, run};

/// The figures that are arithmetic on the inputs and earlier steps, without a parameter of the
/// rules (matched on the figure's last part, after `label: `, or the whole figure).
const PURE_ARITHMETIC: &[&str] = &[
    "jaarhuur",
    "rent_pct_of_woz",
    "rendementsgrondslag",
    "attributable_tax",
    "difference",
    "gross_pct",
    "net_operating_income",
    "monthly_cash_flow",
    // The label upgrade: a quote as given, the valuation and the plan rerun on the dwelling
    // after it (their own steps cite their parameters).
    "upgrade_cost",
    "upgrade_tenanted_value",
    "upgrade_net_worth_change",
    // The stress row of the upgrade to label D at the landlord's quote, as given.
    "verduurzaming nu",
    // The WWS points as the property file gives them.
    "points",
    // The BV's net worth at the end: own money + distribution − Box 2 (`bv (future): ...`).
    "vermogen aan het eind",
];

/// Household figures (the split of the household's tax over its properties): arithmetic on the
/// household's steps, figures named after the property.
const PURE_HOUSEHOLD_PREFIXES: &[&str] = &["aandeel naar rato: ", "marginale belasting: "];

fn steps(v: &Value, into: &mut Vec<Value>) {
    match v {
        Value::Object(m) if m.contains_key("figure") && m.contains_key("how") => {
            into.push(v.clone())
        }
        Value::Object(m) => m.values().for_each(|x| steps(x, into)),
        Value::Array(a) => a.iter().for_each(|x| steps(x, into)),
        _ => {}
    }
}

fn is_pure(figure: &str) -> bool {
    let last = figure.rsplit(": ").next().unwrap_or(figure);
    // A person's figure: `grondslag (eigenaar)`.
    let key = last.split(" (").next().unwrap_or(last);
    PURE_ARITHMETIC.contains(&key)
        || PURE_HOUSEHOLD_PREFIXES
            .iter()
            .any(|p| figure.starts_with(p))
}

#[test]
fn every_step_of_the_examples_cites_its_parameters_or_is_arithmetic() {
    let mut examples: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 5, "the shipped examples are found");
    let mut uncited = Vec::new();
    let mut count = 0;
    for path in &examples {
        let out = run(
            &["--format", "json", "--explain", path.to_str().unwrap()],
            None,
        );
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{}: JSON ({e})", path.display()));
        let mut all = Vec::new();
        steps(&json, &mut all);
        assert!(!all.is_empty(), "{}: explain steps", path.display());
        for s in &all {
            count += 1;
            let figure = s["figure"].as_str().unwrap();
            let sources = s.get("sources").and_then(Value::as_array);
            match sources {
                Some(cs) if !cs.is_empty() => {
                    // The cited text is made of the citations.
                    let text = s["source"]
                        .as_str()
                        .expect("a cited step has a source text");
                    for c in cs {
                        let src = c["source"].as_str().unwrap();
                        assert!(!src.is_empty(), "{figure}: an empty citation");
                        assert!(text.contains(src), "{figure}: {src} not in {text}");
                        assert!(c["provisional"].is_boolean(), "{figure}: {c}");
                        if let Some(conf) = c.get("confidence") {
                            assert!(["H", "M", "L"].contains(&conf.as_str().unwrap()));
                        }
                    }
                }
                _ => {
                    assert!(
                        s.get("source").is_none(),
                        "{figure}: a source text without data"
                    );
                    if !is_pure(figure) {
                        uncited.push(format!("{}: {figure}", path.display()));
                    }
                    // An arithmetic step names what it is computed from.
                    assert!(
                        s.get("inputs")
                            .is_some_and(|i| i.as_array().is_some_and(|a| !a.is_empty())),
                        "{}: {figure} names no inputs",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(count > 500, "{count} steps");
    assert!(
        uncited.is_empty(),
        "steps without a source that are not on the list of arithmetic figures:\n{}",
        uncited.join("\n")
    );
}

#[test]
fn the_arithmetic_steps_name_their_inputs() {
    let set = rules();
    let text = Case::new()
        .set("mortgage", "balance = 150000\ninterest_pct = 4")
        .set("plan", "years = 5")
        .toml();
    let p = from_toml_str("case.toml", &text, &set, None).unwrap();
    let r = evaluate(
        &p,
        &set,
        Options {
            explain: true,
            ..Options::default()
        },
    )
    .unwrap();
    let all: Vec<&Step> = r
        .explain
        .as_ref()
        .unwrap()
        .iter()
        .flat_map(|s| &s.steps)
        .collect();
    let find = |f: &str| *all.iter().find(|s| s.figure == f).unwrap();
    assert_eq!(
        find("jaarhuur").inputs,
        vec![Origin::Input("lease.monthly_rent".into())]
    );
    assert!(find("jaarhuur").sources.is_empty());
    assert!(
        find("difference")
            .inputs
            .contains(&Origin::Step("keep_net_worth".into()))
    );
    assert!(
        find("monthly_cash_flow")
            .inputs
            .contains(&Origin::Input("mortgage".into()))
    );
    // The selling costs are the market's default here: cited as such.
    let proceeds = find("nu verkopen: opbrengst");
    let m = &set.market.selling_costs_pct;
    assert!(proceeds.sources.iter().any(|c| c.source == m.source));
}

#[test]
fn a_given_assumption_is_cited_as_the_input_not_the_default() {
    let set = rules();
    let text = Case::new()
        .set("plan", "years = 5\nselling_costs_pct = 2.5")
        .toml();
    let p = from_toml_str("case.toml", &text, &set, None).unwrap();
    let r = evaluate(
        &p,
        &set,
        Options {
            explain: true,
            ..Options::default()
        },
    )
    .unwrap();
    let proceeds = r
        .explain
        .as_ref()
        .unwrap()
        .iter()
        .flat_map(|s| &s.steps)
        .find(|s| s.figure == "nu verkopen: opbrengst")
        .unwrap();
    let m = &set.market.selling_costs_pct;
    assert!(proceeds.sources.iter().all(|c| c.source != m.source));
    assert!(
        proceeds
            .inputs
            .contains(&Origin::Input("plan.selling_costs_pct".into()))
    );
}

#[test]
fn a_provisional_parameter_read_is_a_provisional_source_of_the_step() {
    let set = rules();
    let b = set.box3(2027).expect("Box 3 rules of 2027").rules;
    assert!(b.tarief_pct.provisional, "the 2027 rate is provisional");
    let household = verhuurd::box3::Household {
        bank: rust_decimal_macros::dec!(100000),
        other_assets: rust_decimal_macros::dec!(200000),
        green_investments: rust_decimal::Decimal::ZERO,
        debts: rust_decimal::Decimal::ZERO,
        fiscal_partner: false,
        partner_share_pct: rust_decimal_macros::dec!(100),
    };
    let mut t = Trace::new(true);
    verhuurd::box3::compute(&household, b, "2027", &mut t);
    let steps = t.into_steps();
    let tax = steps.iter().find(|s| s.figure == "2027: tax").unwrap();
    let c = tax
        .sources
        .iter()
        .find(|c| c.source == b.tarief_pct.source)
        .expect("the rate read is cited");
    assert!(c.provisional);
    assert!(tax.provisional());
    assert_eq!(c.confidence, Some(b.tarief_pct.confidence));
    // The cited text is as before: `source [confidence X] (note)`.
    assert_eq!(tax.source.as_deref(), Some(b.tarief_pct.cite().as_str()));
    // In the JSON of the explanation, with its structured form.
    let json = serde_json::to_value(tax).unwrap();
    assert_eq!(json["sources"][0]["provisional"], Value::Bool(true));
    // A settled year's rate is not provisional.
    let settled = set.box3(2025).unwrap().rules;
    let mut t = Trace::new(true);
    verhuurd::box3::compute(&household, settled, "2025", &mut t);
    assert!(t.into_steps().iter().all(|s| !s.provisional()));
}

#[test]
fn without_explain_the_json_has_no_sources() {
    let out = run(&["--format", "json", "examples/eengezinswoning.toml"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("\"sources\""));
    assert!(!text.contains("\"inputs\""));
}

#[test]
fn a_parameter_read_is_cited_with_its_key_and_year() {
    let set = rules();
    let b = set.box3(2026).expect("Box 3 rules of 2026").rules;
    let household = verhuurd::box3::Household {
        bank: rust_decimal_macros::dec!(50000),
        other_assets: rust_decimal_macros::dec!(400000),
        green_investments: rust_decimal::Decimal::ZERO,
        debts: rust_decimal::Decimal::ZERO,
        fiscal_partner: false,
        partner_share_pct: rust_decimal_macros::dec!(100),
    };
    let mut t = Trace::new(true);
    let result = verhuurd::box3::compute(&household, b, "2026", &mut t);
    let steps = t.into_steps();
    let rendement = steps
        .iter()
        .find(|s| s.figure == "2026: rendement")
        .unwrap();
    // The forfait of the other assets of 2026 (6%), as the step read it.
    let forfait = rendement
        .sources
        .iter()
        .find(|c| c.parameter.as_deref() == Some("box3.rendement_overige_bezittingen_pct"))
        .expect("the forfait read is cited by its key");
    assert_eq!(forfait.year, Some(2026));
    assert_eq!(forfait.file.as_deref(), Some("data/2026.toml"));
    assert_eq!(forfait.source, b.rendement_overige_bezittingen_pct.source);
    assert!(rendement.how.contains("6%"), "{}", rendement.how);
    // In the JSON: the key and year with the citation, the value a number with its unit.
    let json = serde_json::to_value(rendement).unwrap();
    let cited: Vec<&Value> = json["sources"].as_array().unwrap().iter().collect();
    assert!(cited.iter().any(|c| {
        c["parameter"] == "box3.rendement_overige_bezittingen_pct"
            && c["year"] == 2026
            && c["file"] == "data/2026.toml"
    }));
    assert_eq!(json["unit"], "EUR");
    assert_eq!(
        json["number"].to_string(),
        result.rendement.normalize().to_string()
    );
    // The rate of the tax, read in its own step.
    let tax = steps.iter().find(|s| s.figure == "2026: tax").unwrap();
    let rate = &tax.sources[0];
    assert_eq!(rate.parameter.as_deref(), Some("box3.tarief_pct"));
    assert_eq!(rate.year, Some(2026));
    // A rule of law cited as it is names no parameter.
    let rule = verhuurd::explain::Citation::rule("art. 5.2 Wet IB 2001");
    let json = serde_json::to_value(&rule).unwrap();
    assert!(json.get("parameter").is_none() && json.get("year").is_none());
}

/// `value` read back as a number: the notation of the language undone (`€ 48.298`, `6%`,
/// `1,28`).
fn number_in(text: &str) -> String {
    let t = text.replace("€ ", "").replace('.', "").replace(',', ".");
    t.trim_end_matches('%').to_string()
}

#[test]
fn every_number_of_a_step_is_its_value_with_its_unit() {
    let mut numbers = 0;
    for name in [
        "eengezinswoning",
        "uitponden",
        "huishouden",
        "sociale-huurflat",
    ] {
        let path = format!("examples/{name}.toml");
        let out = run(&["--format", "json", "--explain", &path], None);
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut all = Vec::new();
        steps(&json, &mut all);
        for s in &all {
            let value = s["value"].as_str().unwrap();
            let Some(n) = s.get("number") else {
                assert!(s.get("unit").is_none(), "{name}: {s}");
                continue;
            };
            numbers += 1;
            assert!(n.is_number(), "{name}: {s}");
            let parse = |t: &str| t.parse::<rust_decimal::Decimal>().unwrap();
            assert_eq!(
                parse(&n.to_string()),
                parse(&number_in(value)),
                "{name}: {s}"
            );
            match s.get("unit").and_then(Value::as_str) {
                Some("EUR" | "%" | "points") => {}
                None => assert!(!value.contains('€') && !value.ends_with('%'), "{s}"),
                Some(u) => panic!("{name}: unit {u}"),
            }
            if value.contains('€') {
                assert_eq!(s["unit"], "EUR", "{name}: {s}");
            }
            if value.ends_with('%') {
                assert_eq!(s["unit"], "%", "{name}: {s}");
            }
        }
    }
    assert!(numbers > 200, "{numbers} numbers");
}

#[test]
fn every_parameter_names_its_key_in_its_file() {
    use verhuurd::rules::{BUILT_IN_YEARS, Param};
    /// The table at the dotted `key` of the built-in file `file`.
    fn at(file: &str, key: &str) -> toml::Table {
        let text = match BUILT_IN_YEARS.iter().find(|(name, _)| *name == file) {
            Some((_, text)) => text.to_string(),
            None => {
                std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
            }
        };
        let mut t: toml::Table = text.parse().unwrap();
        for part in key.split('.') {
            t = t[part]
                .as_table()
                .unwrap_or_else(|| panic!("{file}: {key}"))
                .clone();
        }
        t
    }
    fn check<U: verhuurd::units::Unit>(p: &Param<U>, path: &str, year: Option<i32>) {
        assert_eq!(&*p.key, path, "{} of {year:?}", p.key);
        let t = at(&p.file, &p.key);
        assert_eq!(
            t["value"].to_string(),
            p.value.to_string(),
            "{path} in {}",
            p.file
        );
        assert_eq!(t["source"].as_str(), Some(p.source.as_str()), "{path}");
        match year {
            // A year's own file, or the earlier year's whose table the year carries.
            Some(y) => assert!(p.year.is_some_and(|py| py <= y), "{path}: {:?}", p.year),
            None => assert_eq!(p.year, None, "{path}"),
        }
    }
    let set = rules();
    let mut checked = 0;
    for (&y, r) in &set.years {
        let y = Some(y);
        if let Some(b) = &r.box3 {
            check(&b.heffingsvrij_vermogen, "box3.heffingsvrij_vermogen", y);
            check(&b.schuldendrempel, "box3.schuldendrempel", y);
            check(
                &b.rendement_banktegoeden_pct,
                "box3.rendement_banktegoeden_pct",
                y,
            );
            let other = "box3.rendement_overige_bezittingen_pct";
            check(&b.rendement_overige_bezittingen_pct, other, y);
            check(&b.rendement_schulden_pct, "box3.rendement_schulden_pct", y);
            check(&b.tarief_pct, "box3.tarief_pct", y);
            if let Some(g) = &b.vrijstelling_groene_beleggingen {
                check(g, "box3.vrijstelling_groene_beleggingen", y);
            }
            checked += 1;
        }
        if let Some(o) = &r.overdrachtsbelasting {
            check(
                &o.eigen_woning_pct,
                "overdrachtsbelasting.eigen_woning_pct",
                y,
            );
            check(
                &o.overige_woningen_pct,
                "overdrachtsbelasting.overige_woningen_pct",
                y,
            );
            check(&o.starter_cap, "overdrachtsbelasting.starter_cap", y);
        }
        if let Some(h) = &r.huurverhoging {
            check(&h.social_pct, "huurverhoging.social_pct", y);
            check(&h.mid_pct, "huurverhoging.mid_pct", y);
            check(&h.free_pct, "huurverhoging.free_pct", y);
        }
        if let Some(u) = &r.leegwaarderatio.unsplit_building_reduction {
            check(u, "leegwaarderatio.unsplit_building_reduction", y);
        }
        if let Some(w) = &r.werkelijk_rendement {
            check(&w.tarief_pct, "werkelijk_rendement.tarief_pct", y);
            check(
                &w.heffingvrij_resultaat,
                "werkelijk_rendement.heffingvrij_resultaat",
                y,
            );
            check(&w.verliesdrempel, "werkelijk_rendement.verliesdrempel", y);
            let back = "werkelijk_rendement.verlies_achterwaarts_jaren";
            check(&w.verlies_achterwaarts_jaren, back, y);
        }
    }
    assert!(checked >= 5, "{checked} years of Box 3");
    let m = &set.market;
    check(
        &m.required_gross_yield_pct,
        "required_gross_yield_pct",
        None,
    );
    check(&m.selling_costs_pct, "selling_costs_pct", None);
    check(&m.stress_vacancy_months, "stress_vacancy_months", None);
    assert_eq!(&*m.plan_years.file, "data/market.toml");
    // The years of the Wet rechtsherstel (`data/tegenbewijs.toml`), each under its year.
    let h = verhuurd::rules::historie::HistorieRules::built_in().unwrap();
    for (&y, r) in &h.rechtsherstel {
        let key = format!("rechtsherstel.{y}.box3.tarief_pct");
        check(&r.box3.tarief_pct, &key, Some(y));
        assert_eq!(r.box3.tarief_pct.year, Some(y));
    }
    let termijn = "tegenbewijs.termijn_bezwaar_weken";
    check(&h.tegenbewijs.termijn_bezwaar_weken, termijn, None);
}

#[test]
fn a_what_if_figure_names_its_file_and_no_file_writes_where_it_stands() {
    let text = "years = [2026]\n[box3.tarief_pct]\nvalue = 37\nsource = \"what if\"\n\
                confidence = \"L\"\n";
    let set = verhuurd::RuleSet::load(&[("w.toml", text)]).unwrap();
    let b = set.box3(2026).unwrap().rules;
    let t = &b.tarief_pct;
    let at = (&*t.key, t.year, &*t.file);
    assert_eq!(at, ("box3.tarief_pct", Some(2026), "w.toml"));
    // The figures the what-if file leaves are the built-in file's.
    assert_eq!(&*b.heffingsvrij_vermogen.file, "data/2026.toml");
    // Where a parameter stands is set on loading, not written: `year` is no key of it, and
    // the error names only the keys a rules file writes.
    let with_year = text.replace("value = 37\n", "value = 37\nyear = 2025\n");
    let e = verhuurd::RuleSet::load(&[("w.toml", &with_year)])
        .unwrap_err()
        .to_string();
    assert!(e.contains("`year`") && e.contains("`provisional`"), "{e}");
    assert!(!e.contains("parameter") && !e.contains('@'), "{e}");
}
