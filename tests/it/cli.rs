//! The whole command: exit codes, error messages, batches, `check` and the examples/ files. Whole
//! outputs are pinned as snapshots in `snapshots.rs`.

use crate::support::csv_cell;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Output};

fn verhuurd(args: &[&str], cwd: Option<&Path>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_verhuurd"));
    c.args(args);
    if let Some(d) = cwd {
        c.current_dir(d);
    }
    c.output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const GOOD: &str = r#"
[property]
woz_value = 300000
surface_m2 = 70
energy_label = "B"

[lease]
monthly_rent = 1100
"#;

/// Write `content` to `name` in a fresh directory and run verhuurd on it.
fn run_file(name: &str, content: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    // The messages are checked in English (`--lang en`); `errors_in_dutch_by_default` checks
    // the default.
    let out = verhuurd(&["--lang", "en", path.to_str().unwrap()], None);
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr).replace(dir.path().to_str().unwrap(), "DIR"),
    )
}

fn assert_input_error(name: &str, content: &[u8], needles: &[&str]) {
    let (code, _, err) = run_file(name, content);
    assert_eq!(code, 1, "exit 1 for {name}; stderr: {err}");
    assert!(!err.contains("panicked"), "no panic for {name}: {err}");
    for n in needles {
        assert!(
            err.contains(n),
            "stderr for {name} should contain {n:?}:\n{err}"
        );
    }
}

#[test]
fn examples_match_their_expected_output() {
    let out = verhuurd(
        &["check", "examples"],
        Some(Path::new(env!("CARGO_MANIFEST_DIR"))),
    );
    assert!(out.status.success(), "{}", text(&out.stdout));
}

#[test]
fn a_good_file_evaluates() {
    let (code, out, err) = run_file("good.toml", GOOD.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Leegwaarderatio"));
}

#[test]
fn malformed_toml() {
    assert_input_error(
        "bad.toml",
        b"[property]\nwoz_value = = 3\n",
        &["DIR/bad.toml:2:", "not valid TOML"],
    );
}

#[test]
fn misspelt_key_gets_a_suggestion() {
    let bad = GOOD.replace("woz_value", "woz_valeu");
    assert_input_error(
        "typo.toml",
        bad.as_bytes(),
        &[
            "typo.toml:3:1",
            "unknown key `property.woz_valeu`",
            "did you mean `property.woz_value`?",
        ],
    );
    let bad = GOOD.replace("[lease]", "[leas]");
    assert_input_error(
        "section.toml",
        bad.as_bytes(),
        &[
            "unknown section [leas]",
            "did you mean the section [lease]?",
        ],
    );
}

#[test]
fn missing_required_key() {
    let bad = GOOD.replace("surface_m2 = 70\n", "");
    assert_input_error(
        "missing.toml",
        bad.as_bytes(),
        &[
            "missing.toml:2:1",
            "missing required key `surface_m2` in [property]",
            "m²",
        ],
    );
}

#[test]
fn negative_or_zero_amounts() {
    assert_input_error(
        "zero.toml",
        GOOD.replace("300000", "0").as_bytes(),
        &[
            "zero.toml:3:13",
            "`property.woz_value` is 0, out of range",
            "at least 10000",
        ],
    );
    assert_input_error(
        "neg.toml",
        GOOD.replace("1100", "-5").as_bytes(),
        &["`lease.monthly_rent` is -5, out of range"],
    );
}

#[test]
fn absurdly_large_numbers() {
    assert_input_error(
        "big.toml",
        GOOD.replace("300000", "1e40").as_bytes(),
        &["`property.woz_value`", "too large"],
    );
    assert_input_error(
        "big2.toml",
        GOOD.replace("300000", "5000000000000").as_bytes(),
        &["out of range", "at most 1000000000000"],
    );
    assert_input_error(
        "big3.toml",
        GOOD.replace("300000", "99999999999999999999999999999999")
            .as_bytes(),
        &["big3.toml:3:"],
    );
}

#[test]
fn unknown_label_or_year() {
    assert_input_error(
        "label.toml",
        GOOD.replace("\"B\"", "\"H\"").as_bytes(),
        &["unknown value \"H\"", "one of \"A++++\""],
    );
    assert_input_error(
        "label2.toml",
        GOOD.replace("\"B\"", "\"b\"").as_bytes(),
        &["did you mean \"B\"?"],
    );
    let bad = format!("tax_year = 2019\n{GOOD}");
    assert_input_error(
        "year.toml",
        bad.as_bytes(),
        &[
            "year.toml:1:12",
            "tax year 2019 is not in the rules",
            "one of 2023, 2024, 2025, 2026",
        ],
    );
    let bad = format!("tax_year = 2022\n{GOOD}");
    assert_input_error(
        "year2022.toml",
        bad.as_bytes(),
        &["only its leegwaarderatio table"],
    );
}

#[test]
fn wrong_types() {
    assert_input_error(
        "type.toml",
        GOOD.replace("300000", "\"300000\"").as_bytes(),
        &["must be a number, found a string"],
    );
    assert_input_error(
        "bool.toml",
        format!("{GOOD}[owner]\nfiscal_partner = \"yes\"\n").as_bytes(),
        &["true or false"],
    );
}

#[test]
fn empty_and_binary_files() {
    assert_input_error("empty.toml", b"", &["empty.toml:1:1", "the file is empty"]);
    assert_input_error("blank.toml", b"  \n\n", &["the file is empty"]);
    assert_input_error(
        "binary.toml",
        &[0x7f, b'E', b'L', b'F', 0, 1, 2, 0xff],
        &["binary file"],
    );
    assert_input_error(
        "latin1.toml",
        b"name = \"caf\xe9\"\n",
        &["latin1.toml:1:", "not valid UTF-8"],
    );
}

#[test]
fn annuity_needs_remaining_years() {
    let bad =
        format!("{GOOD}[mortgage]\nbalance = 100000\ninterest_pct = 4\nrepayment = \"annuity\"\n");
    assert_input_error("annuity.toml", bad.as_bytes(), &["remaining_years"]);
}

#[test]
fn all_errors_of_a_file_are_reported_at_once() {
    let bad = GOOD.replace("woz_value", "woz").replace("\"B\"", "\"Q\"");
    let (_, _, err) = run_file("many.toml", bad.as_bytes());
    assert!(
        err.contains("unknown key `property.woz`")
            && err.contains("unknown value \"Q\"")
            && err.contains("missing required key `woz_value`"),
        "{err}"
    );
}

#[test]
fn bad_rules_file_or_year_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.toml");
    std::fs::write(&good, GOOD).unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "years = [2026]\n[box3.tarief_pct]\nvalue = -4\nsource = \"x\"\nconfidence = \"H\"\n",
    )
    .unwrap();
    let out = verhuurd(
        &[
            "--lang",
            "en",
            "--rules",
            rules.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr)
            .contains("rules.toml:3: 2026: `box3.tarief_pct.value` is -4, expected at least 0"),
        "{}",
        text(&out.stderr)
    );
    // A what-if figure must bring its own source.
    std::fs::write(&rules, "years = [2026]\n[box3.tarief_pct]\nvalue = 40\n").unwrap();
    let out = verhuurd(
        &[
            "--lang",
            "en",
            "--rules",
            rules.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("[box3.tarief_pct] changes figures but has no `source`"));
    let out = verhuurd(&["--year", "1999", good.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let out = verhuurd(&["--format", "xml", good.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let out = verhuurd(&[], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_file_among_good_ones_is_reported_and_the_rest_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.toml");
    let b = dir.path().join("b.toml");
    let c = dir.path().join("c.toml");
    std::fs::write(&a, GOOD).unwrap();
    std::fs::write(&b, "nonsense ===").unwrap();
    std::fs::write(&c, GOOD.replace("1100", "900")).unwrap();
    let out = verhuurd(
        &[
            "--format",
            "jsonl",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            c.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("\"name\":\"a\"") && lines[1].contains("\"name\":\"c\""));
    assert!(text(&out.stderr).contains("b.toml:1:"));
}

fn csv_input(rows: usize, bad_row: Option<usize>) -> String {
    let mut s = String::from(
        "name,tax_year,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,mortgage.balance,mortgage.interest_pct,plan.years,plan.value_growth_pct\n",
    );
    for i in 0..rows {
        let label = if Some(i) == bad_row { "Z" } else { "C" };
        // Every third property has no mortgage: both its cells are empty.
        let (balance, rate) = if i % 3 == 0 {
            (String::new(), "")
        } else {
            ((i * 500).to_string(), "3.5")
        };
        let _ = writeln!(
            s,
            "p{i},{},{},{},{label},{},{balance},{rate},10,{}",
            2023 + (i % 4),
            150000 + i * 1000,
            30 + i % 70,
            600 + i,
            i % 6
        );
    }
    s
}

#[test]
fn csv_round_trips_to_csv_and_jsonl_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.csv");
    std::fs::write(&path, csv_input(400, None)).unwrap();
    let out = verhuurd(&["--format", "csv", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(
        rdr.headers().unwrap().iter().collect::<Vec<_>>(),
        verhuurd::output::csv::COLUMNS
    );
    let names: Vec<String> = rdr.records().map(|r| r.unwrap()[0].to_string()).collect();
    assert_eq!(names, (0..400).map(|i| format!("p{i}")).collect::<Vec<_>>());

    let out = verhuurd(&["--format", "jsonl", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let names: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(names, (0..400).map(|i| format!("p{i}")).collect::<Vec<_>>());

    let out = verhuurd(&["--format", "json", path.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 400);
}

#[test]
fn csv_with_a_bad_row_in_the_middle() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.csv");
    std::fs::write(&path, csv_input(300, Some(150))).unwrap();
    let out = verhuurd(
        &["--lang", "en", "--format", "csv", path.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    // Row 150 is on line 152 (after the header); the label is column 5.
    assert!(
        err.contains("portfolio.csv:152:5") && err.contains("unknown value \"Z\""),
        "{err}"
    );
    let rows = csv::Reader::from_reader(out.stdout.as_slice())
        .records()
        .count();
    assert_eq!(rows, 299);
}

#[test]
fn csv_with_an_unknown_column_is_rejected_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    std::fs::write(&path, "property.woz_valeu,property.surface_m2\n1,2\n").unwrap();
    let out = verhuurd(&["--lang", "en", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("p.csv:1:1: error: unknown column `property.woz_valeu`"));
    assert!(text(&out.stderr).contains("did you mean `property.woz_value`?"));
}

#[test]
fn check_catches_a_moved_figure_and_bless_fixes_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["eengezinswoning.toml", "eengezinswoning.expected"] {
        std::fs::copy(root.join("examples").join(f), dir.path().join(f)).unwrap();
    }
    let d = dir.path().to_str().unwrap();
    assert!(verhuurd(&["check", d], None).status.success());
    let expected = dir.path().join("eengezinswoning.expected");
    let moved = std::fs::read_to_string(&expected)
        .unwrap()
        .replace("\"tax\": 4104,", "\"tax\": 4105,");
    std::fs::write(&expected, moved).unwrap();
    let out = verhuurd(&["check", d], None);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(
        report.contains("MOVED")
            && report.contains("-     \"tax\": 4105,")
            && report.contains("+     \"tax\": 4104,"),
        "{report}"
    );
    assert!(verhuurd(&["check", "--bless", d], None).status.success());
    assert!(verhuurd(&["check", d], None).status.success());
}

#[test]
fn init_writes_a_template_that_evaluates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("woning.toml");
    assert!(
        verhuurd(&["init", path.to_str().unwrap()], None)
            .status
            .success()
    );
    assert_eq!(
        verhuurd(&["init", path.to_str().unwrap()], None)
            .status
            .code(),
        Some(1),
        "no overwrite"
    );
    let out = verhuurd(&[path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn rules_command_prints_parameters_with_sources() {
    let out = verhuurd(&["rules", "2026"], None);
    let s = text(&out.stdout);
    assert!(out.status.success());
    assert!(
        s.contains("heffingsvrij vermogen") && s.contains("59.357") && s.contains("[B3B]"),
        "{s}"
    );
    assert!(
        s.contains("meer dan 5%") && s.contains("100% van de WOZ"),
        "{s}"
    );
    // The cost matrix of a label upgrade, with its source and confidence.
    assert!(
        s.contains("Kosten van een labelverbetering")
            && s.contains("D € 104,00")
            && s.contains("[MINFIN]")
            && s.contains("[zekerheid M] (prijzen van 2022"),
        "{s}"
    );
    let out = verhuurd(&["rules", "2023"], None);
    assert!(text(&out.stdout).contains("overgenomen van 2025"));
    let out = verhuurd(&["rules", "2023", "--lang", "en"], None);
    assert!(text(&out.stdout).contains("carried from 2025"));
    assert_eq!(verhuurd(&["rules", "1990"], None).status.code(), Some(2));
}

#[test]
fn explain_adds_the_derivation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = verhuurd(
        &[
            "--explain",
            "--format",
            "json",
            "examples/eengezinswoning.toml",
        ],
        Some(root),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sections: Vec<&str> = v["explain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["section"].as_str().unwrap())
        .collect();
    for s in [
        "leegwaarderatio",
        "box3",
        "sitting_tenant",
        "sell_vs_keep",
        "yield",
        "wws",
    ] {
        assert!(sections.contains(&s), "explain has {s}: {sections:?}");
    }
    let out = verhuurd(&["--explain", "examples/eengezinswoning.toml"], Some(root));
    assert!(text(&out.stdout).contains("bron: art. 5.20 lid 3 Wet IB 2001"));
}

#[test]
fn csv_cells_are_the_dotted_json_keys() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for ex in [
        "eengezinswoning",
        "microstudio",
        "sociale-huurflat",
        "uitponden",
    ] {
        let file = format!("examples/{ex}.toml");
        let json: serde_json::Value =
            serde_json::from_slice(&verhuurd(&["--format", "json", &file], Some(root)).stdout)
                .unwrap();
        let out = verhuurd(&["--format", "csv", &file], Some(root));
        let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
        let headers = rdr.headers().unwrap().clone();
        let row = rdr.records().next().unwrap().unwrap();
        for (h, cell) in headers.iter().zip(row.iter()) {
            assert_eq!(cell, csv_cell(&json, h), "{ex}: column {h}");
        }
    }
}

#[test]
fn several_properties_make_one_comparison_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = verhuurd(
        &[
            "examples/eengezinswoning.toml",
            "examples/microstudio.toml",
            "examples/sociale-huurflat.toml",
        ],
        Some(root),
    );
    assert!(out.status.success());
    let t = text(&out.stdout);
    assert_eq!(t.matches("┌").count(), 1, "one table:\n{t}");
    for name in ["Eengezinswo", "Microstudio", "Portiekflat"] {
        assert!(t.contains(name), "{name} in\n{t}");
    }
    assert!(t.lines().all(|l| l.chars().count() <= 80));
    // The yield and the cash flow of each; which property has which warning; a warning that
    // every property has once, in full, not counted as news.
    assert!(t.contains("┆ 2,43% ┆    -39 ┆"), "{t}");
    assert!(
        t.contains("! Microstudio Utrecht: micro_dwelling, rent_above_wws_maximum"),
        "{t}"
    );
    assert!(!t.contains("[box3_bill_pending] bij"), "{t}");
    assert!(
        t.contains("bij alle 3 woningen:\n  ! [box3_bill_pending] vanaf 2028"),
        "{t}"
    );
}

#[test]
fn standard_input_takes_toml_or_csv() {
    use std::io::Write as _;
    let run = |input: &str, args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_verhuurd"))
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        c.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        c.wait_with_output().unwrap()
    };
    let out = run(GOOD, &["--format", "jsonl", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"name\":\"stdin\""));
    let out = run(&csv_input(5, None), &["--format", "jsonl", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 5);
    let out = run("woz = ", &["-"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("<stdin>:1:"));
}

#[test]
fn year_override_applies_to_every_property() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = verhuurd(
        &[
            "--year",
            "2024",
            "--format",
            "jsonl",
            "examples/eengezinswoning.toml",
            "examples/microstudio.toml",
        ],
        Some(root),
    );
    assert!(out.status.success());
    for l in text(&out.stdout).lines() {
        assert!(l.contains("\"tax_year\":2024"), "{l}");
    }
}

#[test]
fn global_options_before_a_subcommand() {
    for args in [
        &["--lang", "en", "rules", "2026"][..],
        &["--lang=en", "--color", "never", "rules", "2026"][..],
        &["rules", "2026", "--lang", "en"][..],
    ] {
        let out = verhuurd(args, None);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).starts_with("Rules for tax year 2026"),
            "{args:?}"
        );
    }
}

/// Findings of a new user's run, each pinned.
#[test]
fn a_chart_that_cannot_be_written_fails_the_run() {
    use crate::support::{run, texts};
    let out = run(
        &[
            "--chart",
            "/nonexistent-dir/x.svg",
            "examples/eengezinswoning.toml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", texts(&out).1);
    let out = run(
        &["--chart", "/tmp/verhuurd-h.svg", "examples/huishouden.toml"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(texts(&out).1.contains("geen grafiek"));
}

#[test]
fn what_if_rules_are_named_in_the_caveats() {
    use crate::support::run;
    let out = run(
        &[
            "--format",
            "json",
            "--year",
            "2027",
            "--rules",
            "data/scenarios/2027-kabinet-september-2026.toml",
            "examples/eengezinswoning.toml",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["caveats"].as_array().unwrap().iter().any(|c| c
            .as_str()
            .unwrap()
            .contains("2027-kabinet-september-2026.toml")),
        "{}",
        json["caveats"]
    );
    // Without a what-if file there is no such caveat.
    let out = run(&["--format", "json", "examples/eengezinswoning.toml"], None);
    assert!(!text(&out.stdout).contains("wat-als"));
}

#[test]
fn a_partner_share_without_a_partner_is_an_error() {
    use crate::support::{Case, run};
    let case = Case::new().set("owner", "partner_share_pct = 60");
    let out = run(&["-"], Some(&case.toml()));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("owner.partner_share_pct"));
    let ok = case.set("owner", "fiscal_partner = true");
    assert!(run(&["-"], Some(&ok.toml())).status.success());
}

#[test]
fn a_segment_the_points_contradict_is_warned() {
    use crate::support::{Case, run};
    let case = Case::new()
        .set("property", "wws_points = 140")
        .set("lease", "segment = \"free\"");
    let out = run(&["--format", "json", "-"], Some(&case.toml()));
    assert!(text(&out.stdout).contains("segment_differs_from_points"));
    let agreed = Case::new()
        .set("property", "wws_points = 140")
        .set("lease", "segment = \"social\"");
    let out = run(&["--format", "json", "-"], Some(&agreed.toml()));
    assert!(!text(&out.stdout).contains("segment_differs_from_points"));
}

#[test]
fn standard_input_given_twice_is_refused() {
    use crate::support::run;
    let out = run(&["-", "-"], Some(""));
    assert_eq!(out.status.code(), Some(2));
}

/// Under the comparison table, the carried-rules warning is shown for each set of years it
/// names (plans of different lengths carry different years), the first few in full and the rest
/// counted.
#[test]
fn the_comparison_names_each_span_of_carried_years() {
    let mut csv = String::from(
        "name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,plan.years\n",
    );
    for n in [3, 4, 5, 6, 7, 8, 9, 10, 10] {
        let _ = writeln!(csv, "p{n},300000,70,B,1100,{n}");
    }
    let (_, out, err) = run_file("plans.csv", csv.as_bytes());
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("for 1 property: ! [rules_carried_forward] no rules are known for 2028:"),
        "{out}{err}"
    );
    assert!(flat.contains("no rules are known for 2028–2032:"), "{out}");
    assert!(
        !flat.contains("2028–2033"),
        "only five spans in full: {out}"
    );
    assert!(
        flat.contains("! [rules_carried_forward] and 4 properties more for other years"),
        "{out}"
    );
}
