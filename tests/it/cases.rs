//! The worked examples as data: every file under `tests/cases/` is a case (or a table of cases)
//! with its source, its input and the figures expected, run here by one runner. The format is
//! described in `tests/cases/README.md`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};
use toml_edit::{DocumentMut, Item, TableLike, Value};
use verhuurd::box3::{self, Household};
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::explain::Trace;
use verhuurd::input::{Contract, Letting, Tenant, from_toml_str};
use verhuurd::leegwaarderatio;
use verhuurd::rules::RuleSet;

/// The built-in rules, loaded once for all cases.
fn built_in() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::built_in().expect("built-in rules load"))
}

/// One case: the input (the file's, with a variant's changes) and the figures it must give.
struct Case {
    /// `path` or `path [variant]`.
    name: String,
    kind: String,
    input: DocumentMut,
    expect: Item,
}

/// Every `.toml` file under `dir`, sorted.
fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/cases is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(case_files(&path));
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// `changes` written over `into`: tables merged key by key, anything else replaced.
fn merge(into: &mut dyn TableLike, changes: &dyn TableLike) {
    for (key, change) in changes.iter() {
        let nested = change
            .as_table_like()
            .filter(|_| !change.is_array_of_tables());
        match (into.get_mut(key).and_then(Item::as_table_like_mut), nested) {
            (Some(target), Some(c)) => merge(target, c),
            _ => {
                let item = match change {
                    // An inline table becomes a section of the property file.
                    Item::Value(Value::InlineTable(t)) => Item::Table(t.clone().into_table()),
                    other => other.clone(),
                };
                into.insert(key, item);
            }
        }
    }
}

/// The cases of one file, with the rules they run under.
fn read(path: &Path, root: &Path) -> Result<(Vec<Case>, Option<String>), String> {
    let file = path.strip_prefix(root).unwrap().display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{file}: {e}"))?;
    let doc: DocumentMut = text.parse().map_err(|e| format!("{file}: {e}"))?;
    // A misspelt key would leave a case that checks nothing: every key must be known.
    let known = [
        "source", "note", "kind", "rules", "input", "expect", "variant",
    ];
    if let Some((key, _)) = doc.iter().find(|(k, _)| !known.contains(k)) {
        return Err(format!(
            "{file}: unknown key `{key}` (known: {})",
            known.join(", ")
        ));
    }
    let source = doc.get("source").and_then(Item::as_str).unwrap_or_default();
    if source.trim().is_empty() {
        return Err(format!("{file}: no `source` (where the figures come from)"));
    }
    let kind = doc.get("kind").and_then(Item::as_str).unwrap_or("property");
    let rules = doc.get("rules").and_then(Item::as_str).map(str::to_string);
    let Some(base) = doc.get("input").and_then(Item::as_table_like) else {
        return Err(format!("{file}: no [input]"));
    };
    let mut input = DocumentMut::new();
    merge(input.as_table_mut(), base);
    let mut cases = Vec::new();
    if let Some(expect) = doc.get("expect") {
        cases.push(Case {
            name: file.clone(),
            kind: kind.to_string(),
            input: input.clone(),
            expect: expect.clone(),
        });
    }
    if let Some(variants) = doc.get("variant") {
        let Some(variants) = variants.as_array_of_tables() else {
            return Err(format!(
                "{file}: `variant` is not a list of [[variant]] tables"
            ));
        };
        for v in variants {
            let name = v.get("name").and_then(Item::as_str).unwrap_or("?");
            let known = ["name", "note", "input", "expect"];
            if let Some((key, _)) = v.iter().find(|(k, _)| !known.contains(k)) {
                return Err(format!(
                    "{file} [{name}]: unknown key `{key}` (known: {})",
                    known.join(", ")
                ));
            }
            let mut input = input.clone();
            if let Some(changes) = v.get("input").and_then(Item::as_table_like) {
                merge(input.as_table_mut(), changes);
            }
            let Some(expect) = v.get("expect") else {
                return Err(format!("{file} [{name}]: no `expect`"));
            };
            cases.push(Case {
                name: format!("{file} [{name}]"),
                kind: kind.to_string(),
                input,
                expect: expect.clone(),
            });
        }
    }
    if cases.is_empty() {
        return Err(format!(
            "{file}: expects nothing (no [expect], no [[variant]])"
        ));
    }
    Ok((cases, rules))
}

/// A number of the input as an exact decimal (0 when absent).
fn decimal(input: &DocumentMut, key: &str) -> Result<Decimal, String> {
    match input.get(key).and_then(Item::as_value) {
        None => Ok(Decimal::ZERO),
        Some(v) => number(v).ok_or_else(|| format!("input `{key}` is not a number")),
    }
}

/// A TOML number as written (`61.54`, `150_000`), exactly.
fn number(v: &Value) -> Option<Decimal> {
    let text = match v {
        Value::Integer(i) => i.display_repr().replace('_', ""),
        Value::Float(f) => f.display_repr().replace('_', ""),
        _ => return None,
    };
    text.parse::<Decimal>()
        .or_else(|_| Decimal::from_scientific(&text))
        .ok()
}

/// The output of `case`: the JSON report of a property file (kind `property`) or of a household
/// file (kind `household`), a household's Box 3 (kind `box3`), the leegwaarderatio of one
/// year's table (kind `leegwaarderatio`), or the tegenbewijs over the years of a history file
/// (kind `history`); `tests/cases/README.md` lists the inputs of each kind.
fn run(case: &Case, rules: &RuleSet) -> Result<Json, String> {
    match case.kind.as_str() {
        "property" => {
            let text = case.input.to_string();
            let p = from_toml_str("case.toml", &text, rules, None)
                .map_err(|e| format!("the input is not a valid property file:\n{e}\n{text}"))?;
            let report = evaluate(&p, rules, Options::default()).map_err(|e| e.to_string())?;
            serde_json::to_value(&report).map_err(|e| e.to_string())
        }
        "household" => {
            let text = case.input.to_string();
            let h = verhuurd::household::from_toml_str("case.toml", &text, rules, None)
                .map_err(|e| format!("the input is not a valid household file:\n{e}\n{text}"))?;
            let report = verhuurd::household::evaluate_household(&h, rules, Options::default())
                .map_err(|e| e.to_string())?;
            serde_json::to_value(&report).map_err(|e| e.to_string())
        }
        "box3" => {
            let i = &case.input;
            let year = i
                .get("tax_year")
                .and_then(Item::as_integer)
                .ok_or("input `tax_year` missing")? as i32;
            let h = Household {
                green_investments: decimal(i, "green_investments")?,
                partner_share_pct: match i.get("partner_share_pct") {
                    Some(_) => decimal(i, "partner_share_pct")?,
                    None => Decimal::from(50),
                },
                ..Household::new(
                    decimal(i, "bank")?,
                    decimal(i, "other_assets")?,
                    decimal(i, "debts")?,
                    i.get("fiscal_partner")
                        .and_then(Item::as_bool)
                        .unwrap_or(false),
                )
            };
            let r = rules
                .box3(year)
                .ok_or(format!("no Box 3 rules for {year}"))?;
            let b = box3::compute(&h, r.rules, "", &mut Trace::new(false));
            let persons: Vec<Json> = b
                .per_person()
                .iter()
                .map(|p| {
                    json!({
                        "allocation_pct": p.allocation_pct,
                        "grondslag": p.grondslag,
                        "aandeel_pct": p.aandeel_pct,
                        "voordeel": p.voordeel,
                        "tax": p.tax,
                    })
                })
                .collect();
            Ok(json!({ "box3": {
                "deductible_debts": b.deductible_debts,
                "rendement": b.rendement,
                "rendementsgrondslag": b.rendementsgrondslag,
                "grondslag": b.grondslag,
                "voordeel": b.voordeel,
                "tax": b.tax,
                "per_person": persons,
            }}))
        }
        "leegwaarderatio" => {
            let i = &case.input;
            let year = i
                .get("tax_year")
                .and_then(Item::as_integer)
                .ok_or("input `tax_year` missing")? as i32;
            let word = |key: &str, default: &'static str| {
                i.get(key)
                    .and_then(Item::as_str)
                    .unwrap_or(default)
                    .to_string()
            };
            let flag =
                |key: &str, default: bool| i.get(key).and_then(Item::as_bool).unwrap_or(default);
            let contract = match word("contract", "indefinite").as_str() {
                "indefinite" => Contract::Indefinite,
                "temporary" => Contract::Temporary,
                other => return Err(format!("input `contract = {other:?}`")),
            };
            let tenant = match word("tenant", "third_party").as_str() {
                "third_party" => Tenant::ThirdParty,
                "related" => Tenant::Related,
                other => return Err(format!("input `tenant = {other:?}`")),
            };
            let letting = Letting {
                market_rent: flag("market_rent", false),
                let_on_1_january: flag("let_on_1_january", true),
                unsplit_building: flag("unsplit_building", false),
                let_share_pct: match i.get("let_share_pct") {
                    Some(_) => decimal(i, "let_share_pct")?,
                    None => Decimal::ONE_HUNDRED,
                },
                ..Letting::new(contract, tenant)
            };
            let r = rules
                .leegwaarderatio(year)
                .filter(|r| !r.carried)
                .ok_or(format!("no leegwaarderatio rules of {year} itself"))?;
            let input = leegwaarderatio::Input {
                woz_value: decimal(i, "woz_value")?,
                jaarhuur: decimal(i, "monthly_rent")? * Decimal::from(12),
                letting,
            };
            let l = leegwaarderatio::compute(&input, r.rules, year, &mut Trace::new(false));
            let mut out = serde_json::to_value(&l).map_err(|e| e.to_string())?;
            // Figures the report leaves out, unrounded.
            out["rent_pct_of_woz_exact"] = json!(l.rent_pct_of_woz);
            out["deemed_rent_pct"] = json!(l.deemed_rent_pct);
            out["ratio_base"] = json!(l.ratio_base);
            Ok(json!({ "leegwaarderatio": out }))
        }
        "history" => {
            let text = case.input.to_string();
            let h = verhuurd::input::history::from_str(&std::sync::Arc::from("case.toml"), &text)
                .map_err(|e| format!("the input is not a valid history file:\n{e}\n{text}"))?;
            let hist = verhuurd::rules::historie::HistorieRules::built_in()?;
            let r = verhuurd::calc::historie::compute(&h, rules, &hist, false)
                .map_err(|e| e.to_string())?;
            serde_json::to_value(&r).map_err(|e| e.to_string())
        }
        other => Err(format!(
            "unknown kind `{other}` (property, household, box3, leegwaarderatio, history)"
        )),
    }
}

/// The differences between the figures expected and those given, as `key: expected X, got Y`.
fn compare(expect: &Item, got: &Json, key: &str, out: &mut Vec<String>) {
    if let Some(table) = expect.as_table_like() {
        for (k, e) in table.iter() {
            let path = if key.is_empty() {
                k.to_string()
            } else {
                format!("{key}.{k}")
            };
            match got.get(k) {
                Some(g) => compare(e, g, &path, out),
                // "null" stands for a figure left out as well as for a JSON null.
                None if e.as_str() == Some("null") => {}
                None => out.push(format!("{path}: expected {}, absent", shown(e))),
            }
        }
        return;
    }
    let items: Option<Vec<Item>> = match expect {
        Item::ArrayOfTables(a) => Some(a.iter().cloned().map(Item::Table).collect()),
        Item::Value(Value::Array(a)) => Some(a.iter().cloned().map(Item::Value).collect()),
        _ => None,
    };
    if let Some(items) = items {
        match got.as_array() {
            Some(g) if g.len() == items.len() => {
                for (n, (e, g)) in items.iter().zip(g).enumerate() {
                    compare(e, g, &format!("{key}[{n}]"), out);
                }
            }
            _ => out.push(format!("{key}: expected {} items, got {got}", items.len())),
        }
        return;
    }
    let Some(e) = expect.as_value() else {
        out.push(format!("{key}: cannot read the expected value"));
        return;
    };
    let same = match (e, got) {
        (Value::String(s), Json::Null) => s.value() == "null",
        (Value::String(s), Json::String(g)) => s.value() == g,
        (Value::Boolean(b), Json::Bool(g)) => b.value() == g,
        (Value::Integer(_) | Value::Float(_), Json::Number(g)) => {
            number(e) == g.to_string().parse::<Decimal>().ok()
        }
        _ => false,
    };
    if !same {
        out.push(format!("{key}: expected {}, got {got}", shown(expect)));
    }
}

/// An expected value as the case file writes it.
fn shown(item: &Item) -> String {
    item.to_string().trim().to_string()
}

#[test]
fn every_case_gives_its_figures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut failures = Vec::new();
    let mut count = 0;
    for path in case_files(&root) {
        let (cases, rules) = match read(&path, &root) {
            Ok(c) => c,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let what_if;
        let rules = match rules {
            None => built_in(),
            Some(text) => {
                let file = path.display().to_string();
                match RuleSet::load(&[(&file, &text)]) {
                    Ok(r) => {
                        what_if = r;
                        &what_if
                    }
                    Err(e) => {
                        failures.push(format!("{file}: the rules do not load: {e}"));
                        continue;
                    }
                }
            }
        };
        for case in cases {
            count += 1;
            match run(&case, rules) {
                Ok(got) => {
                    let mut diffs = Vec::new();
                    compare(&case.expect, &got, "", &mut diffs);
                    if !diffs.is_empty() {
                        failures.push(format!("{}:\n  {}", case.name, diffs.join("\n  ")));
                    }
                }
                Err(e) => failures.push(format!("{}: {e}", case.name)),
            }
        }
    }
    assert!(count > 0, "no cases under tests/cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_differing_figure_is_reported_with_its_key() {
    let doc: DocumentMut = r#"
[expect.box3]
tax = 2821
aandeel = 61.54
per_person = [{ tax = 455 }]
missing = "null"
absent = 1
"#
    .parse()
    .unwrap();
    let got = serde_json::from_str::<Json>(
        r#"{"box3": {"tax": 2821.68, "aandeel": 61.540, "per_person": [{"tax": 455}, {"tax": 0}]}}"#,
    )
    .unwrap();
    let mut diffs = Vec::new();
    compare(&doc["expect"], &got, "", &mut diffs);
    assert_eq!(
        diffs,
        vec![
            "box3.tax: expected 2821, got 2821.68",
            "box3.per_person: expected 1 items, got [{\"tax\":455},{\"tax\":0}]",
            "box3.absent: expected 1, absent",
        ]
    );
}
