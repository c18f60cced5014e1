//! What a landlord meets in the first hour: which rent each figure uses, a house let by the room,
//! and the smaller things of a first run.

use crate::support::{run, texts};

/// `verhuurd ARGS`: (exit code, standard output, standard error).
fn verhuurd(args: &[&str]) -> (i32, String, String) {
    let o = run(args, None);
    let (out, err) = texts(&o);
    (o.status.code().unwrap_or(-1), out, err)
}

/// A rent above the WWS maximum: the yields and the cash flow use the contract rent, the
/// valuation and the plan the capped one; the table and the JSON name both, and the warning
/// says what the cap takes.
#[test]
fn two_rents_are_named_when_the_maximum_caps_the_rent() {
    let (code, out, err) = verhuurd(&["--format", "json", "examples/microstudio.toml"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rents = &v["rents"];
    assert_eq!(rents["contract"].to_string(), "975");
    assert_eq!(rents["capped"].to_string(), "706.32");
    assert_eq!(rents["cap_takes"].to_string(), "268.68");
    assert_eq!(
        rents["capped"], v["sitting_tenant"]["valuation_rent"],
        "the valuation's rent"
    );
    assert_eq!(rents["contract_used_by"][1], "yield");
    assert_eq!(rents["capped_used_by"][1], "sell_vs_keep");
    let warning = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "rent_above_wws_maximum")
        .unwrap();
    assert!(
        warning["message"]
            .as_str()
            .unwrap()
            .contains("€ 269 per maand minder (huur na toetsing aan het maximum)"),
        "{warning}"
    );

    let (_, table, _) = verhuurd(&["examples/microstudio.toml"]);
    assert_eq!(
        table.matches("huur na toetsing aan het maximum ").count(),
        2,
        "the valuation and the plan: {table}"
    );
    assert!(table.contains("€ 706,32 per maand"), "{table}");
    assert!(table.contains("huur volgens contract"), "{table}");
    assert!(table.contains("€ 975,00 per maand"), "{table}");
    let (_, table, _) = verhuurd(&["--lang", "en", "examples/microstudio.toml"]);
    assert!(table.contains("rent capped at the maximum"), "{table}");

    // Several properties: a line under the comparison table names them.
    let (_, table, _) = verhuurd(&["examples/microstudio.toml", "examples/eengezinswoning.toml"]);
    assert!(
        table.contains("met de huur na toetsing aan het maximum:")
            && table.contains("(€ 706,32 in plaats van € 975,00)"),
        "{table}"
    );

    // One rent: nothing more said.
    let (_, out, _) = verhuurd(&["--format", "json", "examples/eengezinswoning.toml"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v.get("rents").is_none());
    let (_, table, _) = verhuurd(&["examples/eengezinswoning.toml"]);
    assert!(!table.contains("huur volgens contract"), "{table}");
}
