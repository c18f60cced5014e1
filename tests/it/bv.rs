//! Privately or in a BV, through the binary: the move's Box 3 gain tax exists only under the bill
//! and only from 2028; the route's figures add up.

use crate::support::run;
use serde_json::Value;

fn bv_of(transfer_year: i32) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("woning.toml");
    let toml = format!(
        r#"tax_year = 2026
[property]
woz_value = 300000
surface_m2 = 80
energy_label = "B"
[lease]
monthly_rent = 1400
segment = "free"
[mortgage]
balance = 150000
interest_pct = 4
[plan]
years = 6
value_growth_pct = 6
sale = "vacant"
[bv]
transfer_year = {transfer_year}
notary_costs = 1500
incorporation_costs = 800
mortgage_rate_pct = 5
yearly_costs = 1200
"#
    );
    std::fs::write(&path, toml).unwrap();
    let out = run(&["--format", "json", path.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["bv"].clone()
}

fn future<'a>(bv: &'a Value, f: &str) -> &'a Value {
    bv["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["future"] == f)
        .unwrap()
}

#[test]
fn the_moves_gain_tax_comes_with_the_bill_from_2028() {
    let early = bv_of(2027);
    assert_eq!(future(&early, "bill")["route"]["transfer_gain_tax"], 0.0);
    assert_eq!(
        future(&early, "forfaitair")["route"]["transfer_gain_tax"],
        0.0
    );
    let late = bv_of(2030);
    assert_eq!(
        future(&late, "forfaitair")["route"]["transfer_gain_tax"],
        0.0
    );
    let g = future(&late, "bill")["route"]["transfer_gain_tax"]
        .as_f64()
        .unwrap();
    assert!(
        g > 0.0,
        "a vacant sale two years into the bill's regime has a gain: {g}"
    );
    // 8% transfer tax on the price.
    let r = &future(&late, "bill")["route"];
    let price = r["transfer_price"].as_f64().unwrap();
    let tax = r["transfer_tax"].as_f64().unwrap();
    assert!((price * 0.08 - tax).abs() < 0.01, "{price} {tax}");
}

#[test]
fn the_route_sits_beside_the_plan() {
    let bv = bv_of(2027);
    for s in bv["scenarios"].as_array().unwrap() {
        let years = s["route"]["years"].as_array().unwrap();
        assert_eq!(years.len(), 5, "2027–2031");
        assert_eq!(years[0]["year"], 2027);
        let last = years.last().unwrap();
        assert_eq!(last["net_worth"], s["route"]["net_worth"]);
        let diff =
            s["route"]["net_worth"].as_f64().unwrap() - s["private_net_worth"].as_f64().unwrap();
        assert!((diff - s["difference"].as_f64().unwrap()).abs() < 0.01);
        assert_eq!(s["taxes"].as_array().unwrap().len(), 6);
    }
    assert!(bv["not_modelled"].as_array().unwrap().len() >= 3);
}

/// The BV route's derivation, its caveats and its errors speak the language of the output: in
/// Dutch no English sentence, in English no Dutch one; each step names its Box 3 future.
#[test]
fn the_route_speaks_the_language_of_the_output() {
    let steps = |lang: &str| {
        let out = run(
            &[
                "--lang",
                lang,
                "--format",
                "json",
                "--explain",
                "examples/huishouden-bv.toml",
            ],
            None,
        );
        assert!(out.status.success());
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        // The household's one BV: its derivation is the household's.
        let first = v["household"].clone();
        let steps: Vec<(String, String)> = first["explain"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["section"] == "bv")
            .flat_map(|s| s["steps"].as_array().unwrap().clone())
            .map(|s| {
                (
                    s["figure"].as_str().unwrap().to_string(),
                    s["how"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let not_modelled = first["bv"]["not_modelled"][0].as_str().unwrap().to_string();
        (steps, not_modelled)
    };
    let (nl, nl_caveat) = steps("nl");
    assert!(nl.len() >= 12, "{nl:?}");
    for (figure, how) in &nl {
        assert!(
            figure.starts_with("bv (huidig stelsel): ")
                || figure.starts_with("bv (wetsvoorstel): "),
            "{figure}"
        );
        for english in [
            "rent ",
            "price ",
            "distribution",
            "person",
            "transfer on",
            "taxable",
        ] {
            assert!(!how.contains(english), "{figure}: {how}");
        }
    }
    assert!(
        nl.iter().any(|(_, how)| how.contains("notaris € 4.500,00")),
        "Dutch notation"
    );
    assert!(nl_caveat.contains("aanmerkelijk belang"), "{nl_caveat}");
    let (en, en_caveat) = steps("en");
    assert_eq!(en.len(), nl.len());
    for (figure, how) in &en {
        assert!(figure.starts_with("BV (today's system): ") || figure.starts_with("BV (bill): "));
        for dutch in [
            "huur ",
            "prijs ",
            "uitkering",
            "overdracht op",
            "belastbaar",
        ] {
            assert!(!how.contains(dutch), "{figure}: {how}");
        }
    }
    assert!(en_caveat.contains("substantial interest"), "{en_caveat}");
}

/// The example household: its three dwellings in one BV (`household.bv`), compared with keeping
/// all three privately and selling all three now, the dwellings' own routes given way.
#[test]
fn a_households_dwellings_move_into_one_bv() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/huishouden-bv.toml");
    let out = run(&["--format", "json", path], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let h = &v["household"];
    let bv = &h["bv"];
    assert_eq!(bv["dwellings"].as_array().unwrap().len(), 3);
    let props = h["properties"].as_array().unwrap();
    assert!(props.iter().all(|p| p.get("bv").is_none()));
    for f in ["forfaitair", "bill"] {
        let c = future(bv, f);
        let sum = |key: &str| -> f64 {
            props
                .iter()
                .map(|p| {
                    let s = p["sell_vs_keep"]["scenarios"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|s| s["future"] == f)
                        .unwrap();
                    s[key].as_f64().unwrap()
                })
                .sum()
        };
        let close = |a: f64, b: f64| (a - b).abs() < 0.005;
        assert!(close(
            c["private_net_worth"].as_f64().unwrap(),
            sum("keep_net_worth")
        ));
        assert!(close(
            c["sell_net_worth"].as_f64().unwrap(),
            sum("sell_net_worth")
        ));
        // Incorporation once, running costs once a year: the BV's own.
        let years = c["route"]["years"].as_array().unwrap();
        assert_eq!(years[0]["running_costs"], 5100.0);
        assert_eq!(years[1]["running_costs"], 3000.0);
    }
}

/// Dwellings of one household that disagree on the BV's own keys: an error at the key.
#[test]
fn a_households_bv_keys_must_agree() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/huishouden-bv.toml"
    ))
    .unwrap();
    let mut seen = 0;
    let text: String = text
        .lines()
        .map(|l| {
            if l.starts_with("policy = ") {
                seen += 1;
                if seen == 2 {
                    return "policy = \"distribute\"".to_string();
                }
            }
            l.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huishouden.toml");
    std::fs::write(&path, text).unwrap();
    let out = run(&["--lang", "en", path.to_str().unwrap()], None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("huishouden.toml:93:"), "{err}");
    assert!(
        err.contains("`bv.policy`: distribute here, retain there"),
        "{err}"
    );
}

/// In CSV, the household's one BV stands on the row of each dwelling it holds.
#[test]
fn a_households_bv_in_csv() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/huishouden-bv.toml");
    let out = run(&["--format", "csv", path], None);
    assert!(out.status.success());
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let col = header
        .iter()
        .position(|h| h == "household.bv.scenarios.forfaitair.route.transfer_tax")
        .unwrap();
    let own = header
        .iter()
        .position(|h| h == "bv.scenarios.forfaitair.route.transfer_tax")
        .unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    for r in &rows {
        assert_eq!(&r[col], "63485.21");
        assert_eq!(&r[own], "");
    }
}
