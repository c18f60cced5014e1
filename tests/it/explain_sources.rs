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
