//! `verhuurd historie`: the tegenbewijs over the years of a history file, through the binary.

use crate::support::{run, texts};

const EXAMPLE: &str = "examples/verhuurder-historie.toml";

#[test]
fn the_table_shows_the_years_side_by_side() {
    let o = run(&["historie", EXAMPLE], None);
    let (out, err) = texts(&o);
    assert!(o.status.success(), "{err}");
    let years = out
        .lines()
        .find(|l| l.trim_start().starts_with("2021"))
        .unwrap();
    assert_eq!(
        years.split_whitespace().collect::<Vec<_>>(),
        ["2021", "2022", "2023", "2024", "2025", "2026"]
    );
    for label in [
        "werkelijk rendement",
        "terug te vragen",
        "rechtsherstel",
        "jaar nog niet om",
    ] {
        assert!(out.contains(label), "{label} in\n{out}");
    }
    let en = texts(&run(&["historie", "--lang", "en", EXAMPLE], None)).0;
    assert!(en.contains("difference: refund claimable"), "{en}");
}

#[test]
fn a_history_file_is_recognised_without_the_subcommand() {
    let a = run(&["--format", "json", EXAMPLE], None);
    let b = run(&["historie", "--format", "json", EXAMPLE], None);
    assert!(a.status.success() && b.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn the_csv_has_a_row_per_year_agreeing_with_the_json() {
    let csv_out = run(&["historie", "--format", "csv", EXAMPLE], None);
    let mut rdr = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers, verhuurd::output::history::CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6);
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["historie", "--format", "json", EXAMPLE], None).stdout)
            .unwrap();
    let refund = headers.iter().position(|h| h == "refund").unwrap();
    let sum: i64 = rows.iter().map(|r| r[refund].parse::<i64>().unwrap()).sum();
    assert_eq!(serde_json::json!(sum), json["total_refund"]);
}

#[test]
fn a_missing_figure_fails_with_its_place_year_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(EXAMPLE)
        .unwrap()
        .replacen("rent_received = 14160\n", "", 1);
    let path = dir.path().join("h.toml");
    std::fs::write(&path, text).unwrap();
    let o = run(&["historie", "--lang", "en", path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = texts(&o).1;
    assert!(
        err.contains(":1: error: missing required key `rent_received` in [dwelling.year.2024] of dwelling `Kerkstraat 12`"),
        "{err}"
    );
}

#[test]
fn the_csv_form_of_the_example_gives_the_same_result() {
    let csv = run(
        &["--format", "json", "examples/verhuurder-historie.csv"],
        None,
    );
    let toml = run(&["--format", "json", EXAMPLE], None);
    assert!(csv.status.success(), "{}", texts(&csv).1);
    assert_eq!(csv.stdout, toml.stdout);
}
