//! One household, several properties: Box 3 once for the household (per person for partners,
//! with the Belastingdienst's rounding of src/box3.rs), each property's marginal and pro-rata
//! share, and a one-property household giving exactly a property file's figures.

use crate::support::{csv_cell, rules};
use std::path::Path;
use std::process::Command;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::household::{self, HouseholdReport, evaluate_household};

const OWNER: &str = r#"
name = "Huishouden"
tax_year = 2026

[owner]
fiscal_partner = true
partner_share_pct = 60
bank_balance = 45000
other_assets = 20000
other_debts = 5000
"#;

/// WOZ 400,000 at 1,200 a month: 3.60% of WOZ → leegwaarderatio 90% → Box 3 value 360,000.
const HOUSE: &str = r#"
[[property]]
name = "A"
woz_value = 400000
surface_m2 = 110
energy_label = "C"
[property.lease]
monthly_rent = 1200
[property.mortgage]
balance = 180000
interest_pct = 3.9
repayment = "interest_only"
[property.plan]
years = 10
"#;

/// WOZ 350,000 at 1,450 a month: 4.97% → 95% → 332,500.
const FLAT: &str = r#"
[[property]]
name = "B"
woz_value = 350000
surface_m2 = 62
energy_label = "B"
[property.lease]
monthly_rent = 1450
[property.mortgage]
balance = 150000
interest_pct = 4.1
repayment = "annuity"
remaining_years = 25
[property.plan]
years = 10
"#;

/// WOZ 230,000 at 780 a month: 4.07% → 95% → 218,500; no mortgage.
const STUDIO: &str = r#"
[[property]]
name = "C"
woz_value = 230000
surface_m2 = 58
energy_label = "E"
[property.lease]
monthly_rent = 780
segment = "social"
[property.plan]
years = 10
sale = "to_tenant"
"#;

fn household(parts: &[&str]) -> HouseholdReport {
    let text = parts.concat();
    let set = rules();
    let h = household::from_toml_str("h.toml", &text, &set, None).unwrap_or_else(|e| panic!("{e}"));
    evaluate_household(&h, &set, Options::default()).unwrap()
}

fn shares(r: &HouseholdReport) -> Vec<(Decimal, Decimal)> {
    r.properties
        .iter()
        .map(|p| {
            let s = p.household_share.as_ref().unwrap();
            (s.marginal_tax, s.pro_rata_tax)
        })
        .collect()
}

// The hand computations of households of two and three properties are data, under
// tests/cases/household/.

#[test]
fn pro_rata_shares_add_up_to_the_cent() {
    for parts in [
        vec![OWNER, HOUSE],
        vec![OWNER, HOUSE, FLAT],
        vec![OWNER, HOUSE, FLAT, STUDIO],
        vec![OWNER, STUDIO, STUDIO, STUDIO],
    ] {
        let r = household(&parts);
        let sum: Decimal = shares(&r).iter().map(|s| s.1).sum::<Decimal>()
            + r.allocation.other_wealth.pro_rata_tax;
        assert_eq!(sum, r.box3.tax, "{} properties", parts.len() - 1);
        for (_, pro) in shares(&r) {
            assert_eq!(pro, pro.round_dp(2), "whole cents");
        }
    }
    // Odd amounts over many equal keys: still exact.
    let keys = vec![dec!(1); 7];
    let s = household::pro_rata(dec!(1000), &keys);
    assert_eq!(s.iter().sum::<Decimal>(), dec!(1000));
    assert_eq!(s[0], dec!(142.86));
    assert_eq!(s[6], dec!(142.85));
}

#[test]
fn a_one_property_household_gives_exactly_the_property_files_figures() {
    let set = rules();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for ex in ["eengezinswoning", "microstudio", "sociale-huurflat"] {
        let text = std::fs::read_to_string(root.join(format!("examples/{ex}.toml"))).unwrap();
        let single = verhuurd::input::from_toml_str("x.toml", &text, &set, None).unwrap();
        let alone = evaluate(&single, &set, Options::default()).unwrap();
        let h = household::from_toml_str("x.toml", &text, &set, None).unwrap();
        let r = evaluate_household(&h, &set, Options::default()).unwrap();
        assert_eq!(r.properties.len(), 1);
        let mut within = r.properties[0].clone();
        let share = within.household_share.take().unwrap();
        assert_eq!(
            serde_json::to_string(&within).unwrap(),
            serde_json::to_string(&alone).unwrap(),
            "{ex}"
        );
        assert_eq!(share.marginal_tax, alone.box3.attributable_tax);
        assert_eq!(r.box3.tax, alone.box3.tax);
        assert_eq!(
            share.pro_rata_tax + r.allocation.other_wealth.pro_rata_tax,
            alone.box3.tax
        );
    }
}

#[test]
fn the_plan_of_a_property_keeps_the_others_in_the_base_wealth() {
    let r = household(&[OWNER, HOUSE, FLAT]);
    let alone = household(&[OWNER, HOUSE]);
    // With B kept, A's keep route pays more Box 3 each year (the household is further above the
    // heffingsvrij vermogen), so keeping A is worth less than in a household of A alone.
    let a = r.properties[0].sell_vs_keep.as_ref().unwrap();
    let a_alone = alone.properties[0].sell_vs_keep.as_ref().unwrap();
    assert!(a.years[0].keep_box3_tax > a_alone.years[0].keep_box3_tax);
    assert_eq!(a.years[0].keep_box3_tax, dec!(5630));
    assert!(a.keep_net_worth < a_alone.keep_net_worth);
}

fn verhuurd(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_verhuurd"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CSV_HEADER: &str = "household,name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,mortgage.balance,mortgage.interest_pct,mortgage.repayment,owner.fiscal_partner,owner.partner_share_pct,owner.bank_balance,owner.other_assets,owner.other_debts\n";

#[test]
fn csv_rows_of_a_household_are_one_household() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    std::fs::write(
        &path,
        format!(
            "{CSV_HEADER}\
             hh,A,400000,110,C,1200,180000,3.9,interest_only,true,60,45000,20000,5000\n\
             hh,B,350000,62,B,1450,150000,4.1,interest_only,true,60,45000,20000.00,5000\n\
             ,Alone,300000,70,B,1100,,,,,,,,\n"
        ),
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let (code, out, err) = verhuurd(&["--format", "json", p]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["household"]["box3"]["tax"], 8984);
    assert_eq!(
        items[0]["household"]["properties"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(items[1]["name"], "Alone");

    // CSV: one row per property, the household columns after the others (only the columns
    // added later follow them), each cell the dotted key of the property's JSON object (the
    // household's one BV, `household.bv.*`, is the household's: empty here, without a [bv]).
    let (code, out, _) = verhuurd(&["--format", "csv", p]);
    assert_eq!(code, 0);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let end = headers
        .iter()
        .position(|h| h == "household_share.pro_rata_tax")
        .unwrap();
    let later: Vec<&str> = headers.iter().skip(end + 1).collect();
    assert_eq!(
        later[..2],
        [
            "leegwaarderatio.woz_reduction",
            "leegwaarderatio.let_share_pct"
        ],
        "household columns at the end, then the columns added later"
    );
    assert!(later[2..].iter().all(|h| h.starts_with("bv.")
        || h.contains("uitpond.")
        || h.starts_with("upgrade.")
        || h.starts_with("household.bv.")
        || h.starts_with("sitting_tenant.handboek_")));
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let props = items[0]["household"]["properties"].as_array().unwrap();
    for (row, json) in rows.iter().zip(props) {
        for (h, cell) in headers.iter().zip(row.iter()) {
            assert_eq!(cell, csv_cell(json, h), "column {h}");
        }
    }
    let last = &rows[2];
    assert_eq!(&last[0], "Alone");
    assert_eq!(
        last.iter().next_back(),
        Some(""),
        "no household: empty cells"
    );

    // The table: the household's block, then the comparison row of the other property.
    let (code, out, _) = verhuurd(&[p]);
    assert_eq!(code, 0);
    assert!(out.contains("Box 3 (huishouden, alle woningen)"), "{out}");
    assert!(out.find("huishouden, belastingjaar") < out.find("Alone"));
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
}

#[test]
fn a_disagreeing_owner_row_is_an_error_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    std::fs::write(
        &path,
        format!(
            "{CSV_HEADER}\
             hh,A,400000,110,C,1200,180000,3.9,interest_only,true,60,45000,20000,5000\n\
             hh,B,350000,62,B,1450,150000,4.1,interest_only,true,60,46000,20000,5000\n"
        ),
    )
    .unwrap();
    let (code, out, err) = verhuurd(&["--format", "csv", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("p.csv:3:12: fout: deze regel van huishouden `hh` wijkt af van de eerste regel (regel 2) bij `owner.bank_balance`: hier 46000, daar 45000"),
        "{err}"
    );
    assert!(err.contains("2 van 2 woningen mislukt"), "{err}");
    let (_, _, err) = verhuurd(&["--lang", "en", "--format", "csv", path.to_str().unwrap()]);
    assert!(
        err.contains("p.csv:3:12: error: this row of household `hh` disagrees with its first row (line 2) on `owner.bank_balance`: 46000 here, 45000 there"),
        "{err}"
    );
    assert_eq!(out.lines().count(), 1, "only the header: {out}");
}

#[test]
fn the_rows_of_a_household_must_be_contiguous() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    std::fs::write(
        &path,
        format!(
            "{CSV_HEADER}\
             hh,A,400000,110,C,1200,180000,3.9,interest_only,true,60,45000,20000,5000\n\
             ,Alone,300000,70,B,1100,,,,,,,,\n\
             hh,B,350000,62,B,1450,150000,4.1,interest_only,true,60,45000,20000,5000\n"
        ),
    )
    .unwrap();
    let (code, _, err) = verhuurd(&["--format", "csv", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("p.csv:4:1: fout: de regels van huishouden `hh` staan niet bij elkaar"),
        "{err}"
    );
    assert!(
        err.contains("sorteer het bestand op de kolom `household`"),
        "{err}"
    );
    let (_, _, err) = verhuurd(&["--lang", "en", "--format", "csv", path.to_str().unwrap()]);
    assert!(
        err.contains("p.csv:4:1: error: the rows of household `hh` are not contiguous"),
        "{err}"
    );
    assert!(
        err.contains("sort the file by the `household` column"),
        "{err}"
    );
}

#[test]
fn household_file_errors_point_at_their_place() {
    let set = rules();
    // An owner error is reported once, not once per property.
    let text = [
        OWNER.replace("bank_balance = 45000", "bank_balance = \"lots\""),
        HOUSE.to_string(),
        FLAT.to_string(),
    ]
    .concat();
    let e = household::from_toml_str("h.toml", &text, &set, None).unwrap_err();
    let msg = e.to_string();
    assert_eq!(msg.matches("owner.bank_balance").count(), 1, "{msg}");
    assert!(msg.starts_with("h.toml:8:16:"), "{msg}");
    // A section outside the properties, and an owner inside one.
    let text = [
        OWNER,
        "[lease]\nmonthly_rent = 3\n",
        HOUSE,
        "[property.owner]\nbank_balance = 1\n",
    ]
    .concat();
    let msg = household::from_toml_str("h.toml", &text, &set, None)
        .unwrap_err()
        .render(verhuurd::i18n::Lang::En);
    assert!(
        msg.contains("[lease] belongs to one property of a household file"),
        "{msg}"
    );
    assert!(msg.contains("the owner is the household's"), "{msg}");
    let nl = household::from_toml_str("h.toml", &text, &set, None)
        .unwrap_err()
        .to_string();
    assert!(
        nl.contains("[lease] hoort bij één woning van een huishoudbestand"),
        "{nl}"
    );
    assert!(nl.contains("de eigenaar is die van het huishouden"), "{nl}");
    // Another tax year for one property.
    let text = [
        OWNER,
        HOUSE,
        &FLAT.replace("name = \"B\"", "name = \"B\"\ntax_year = 2025"),
    ]
    .concat();
    let msg = household::from_toml_str("h.toml", &text, &set, None)
        .unwrap_err()
        .render(verhuurd::i18n::Lang::En);
    assert!(msg.contains("has tax year 2025"), "{msg}");
    let nl = household::from_toml_str("h.toml", &text, &set, None)
        .unwrap_err()
        .to_string();
    assert!(nl.contains("heeft belastingjaar 2025"), "{nl}");
    // A misspelt key of the property section is named with its section.
    let text = [OWNER, &HOUSE.replace("woz_value", "woz_valeu")].concat();
    let msg = household::from_toml_str("h.toml", &text, &set, None)
        .unwrap_err()
        .render(verhuurd::i18n::Lang::En);
    assert!(msg.contains("unknown key `property.woz_valeu`"), "{msg}");
    assert!(msg.contains("did you mean `property.woz_value`?"), "{msg}");
}
