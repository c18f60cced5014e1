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
