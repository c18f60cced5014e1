//! Whole command outputs pinned as snapshots (`insta`): a change to any line shows as a diff.
//! Accept an intended change with `cargo insta review` (or `INSTA_UPDATE=always cargo test`) and
//! say why in the commit.

use crate::support::{Case, run, texts};

fn stdout(args: &[&str], stdin: Option<&str>) -> String {
    let out = run(args, stdin);
    assert!(out.status.success(), "{:?}", texts(&out));
    texts(&out).0
}

#[test]
fn the_table_of_the_family_house_in_dutch_fits_80_columns() {
    let table = stdout(&["examples/eengezinswoning.toml"], None);
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    insta::assert_snapshot!("family_house_table_nl", table);
}

#[test]
fn the_table_of_the_family_house_in_english() {
    insta::assert_snapshot!(
        "family_house_table_en",
        stdout(&["--lang", "en", "examples/eengezinswoning.toml"], None)
    );
}

#[test]
fn a_small_case_from_standard_input_as_json() {
    let case = Case::new()
        .set("lease", "tenant = \"related\"\nmarket_rent = true")
        .set("owner", "fiscal_partner = true\nbank_balance = 150000");
    insta::assert_snapshot!(
        "small_case_json",
        stdout(&["--format", "json", "-"], Some(&case.toml()))
    );
}

#[test]
fn the_rules_of_2027_in_both_languages() {
    insta::assert_snapshot!("rules_2027", stdout(&["rules", "2027"], None));
    insta::assert_snapshot!(
        "rules_2027_en",
        stdout(&["rules", "2027", "--lang", "en"], None)
    );
}

#[test]
fn a_bad_property_file_in_both_languages() {
    let bad = Case::new().set("property", "woz_valeu = 1").toml();
    for lang in ["nl", "en"] {
        let out = run(&["--lang", lang, "-"], Some(&bad));
        assert_eq!(out.status.code(), Some(1));
        insta::assert_snapshot!(format!("bad_property_{lang}"), texts(&out).1);
    }
}
