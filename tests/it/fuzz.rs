//! Bounded fuzzing, run with the other tests: arbitrary bytes and mutated examples through the
//! TOML reader, the CSV reader and the rules loader, each followed by the evaluation when the
//! input is accepted. Nothing may panic; the command itself exits with 0, 1 or 2 only.
//!
//! The mutations replace values with the kinds of text that broke the tool before: tiny and
//! huge numbers, Dutch separators, too many digits, wrong types, and lines duplicated, dropped or
//! cut.

use std::process::Command;
use std::sync::OnceLock;

use proptest::prelude::*;
use verhuurd::batch::toml_item;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::input::csv_source::CsvRecords;
use verhuurd::input::parse_property;
use verhuurd::output::{Format, render};
use verhuurd::rules::RuleSet;

const EXAMPLES: &[&str] = &[
    include_str!("../../examples/eengezinswoning.toml"),
    include_str!("../../examples/microstudio.toml"),
    include_str!("../../examples/sociale-huurflat.toml"),
];
const RULES_2026: &str = include_str!("../../data/2026.toml");
const CSV: &str = "name,property.woz_value,property.market_value,property.surface_m2,property.energy_label,lease.monthly_rent,lease.segment,mortgage.balance,mortgage.interest_pct,mortgage.repayment,mortgage.remaining_years,owner.bank_balance,plan.years,plan.value_growth_pct,plan.sale\n\
a,300000,320000,70,B,1100,free,150000,4,annuity,20,50000,10,3,vacant\n\
b,195000,,22,E,975,,,,,,0,5,-2,to_tenant\n";

/// Values that have broken, or could break, a reader or a calculation.
const EDGES: &[&str] = &[
    "0",
    "-1",
    "1",
    "1e-25",
    "1e-15",
    "1e12",
    "1e28",
    "1e40",
    "-1e20",
    "400.000",
    "1.100",
    "3,9",
    "1.250,50",
    "100.00000000000000001",
    "1000.000000000000000000000000001",
    "99999999999999999999999999999",
    "2147483647",
    "-2147483648",
    "nan",
    "inf",
    "\"x\"",
    "true",
    "[1, 2]",
    "{ a = 1 }",
    "0x10",
    "1979-05-27",
    "\"\u{1b}[31m\"",
    "\"=1+1\"",
    "",
    "100",
    "50",
    "10000",
    "0.5",
    "33",
    "99.99",
];

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::built_in().unwrap())
}

/// `text` with `edits` applied: (line index, edge index, kind) — replace the value of a
/// `key = value` line (or a CSV cell), drop the line, duplicate it, or cut it in half.
fn mutate(text: &str, edits: &[(usize, usize, u8)], csv: bool) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for &(line, edge, kind) in edits {
        if lines.is_empty() {
            break;
        }
        let i = line % lines.len();
        let edge = EDGES[edge % EDGES.len()];
        match kind % 6 {
            0..=2 if csv => {
                let mut cells: Vec<String> = lines[i].split(',').map(str::to_string).collect();
                let c = (line / 7) % cells.len();
                cells[c] = edge.replace('"', "");
                lines[i] = cells.join(",");
            }
            0..=2 => {
                if let Some((k, _)) = lines[i].split_once(" = ") {
                    lines[i] = format!("{k} = {edge}");
                }
            }
            3 => {
                lines.remove(i);
            }
            4 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            _ => {
                let l = &lines[i];
                let cut = l
                    .char_indices()
                    .nth(l.chars().count() / 2)
                    .map_or(0, |(b, _)| b);
                lines[i] = l[..cut].to_string();
            }
        }
    }
    lines.join("\n") + "\n"
}

/// Read, check and evaluate TOML bytes; render the report. Any panic fails the property test.
fn through_toml(bytes: &[u8], set: &RuleSet) {
    if let Ok(raw) = toml_item("f.toml".into(), "f".into(), bytes)
        && let Ok(p) = parse_property(raw, set, None)
    {
        let r = evaluate(
            &p,
            set,
            Options {
                explain: true,
                ..Default::default()
            },
        )
        .expect("a checked property evaluates");
        let _ = render(&r, Format::Table);
        let _ = render(&r, Format::Csv);
    }
}

/// Read every CSV row (at most a few), check and evaluate it.
fn through_csv(bytes: &[u8], set: &RuleSet) {
    for item in CsvRecords::new("f.csv".into(), "f".into(), bytes).take(4) {
        if let Ok(raw) = item
            && let Ok(p) = parse_property(raw, set, None)
        {
            let r = evaluate(&p, set, Options::default()).expect("a checked property evaluates");
            let _ = render(&r, Format::Csv);
        }
    }
}

/// Load what-if rules; when they are accepted, every example evaluates under them.
fn through_rules(text: &str) {
    if let Ok(set) = RuleSet::load(&[("w.toml", text)]) {
        let _ = verhuurd::output::rules::render(&set, 2026, verhuurd::i18n::Lang::Nl, 80);
        for example in EXAMPLES {
            through_toml(example.as_bytes(), &set);
        }
    }
}

fn edits() -> impl Strategy<Value = Vec<(usize, usize, u8)>> {
    prop::collection::vec((0usize..200, 0usize..EDGES.len(), 0u8..6), 1..4)
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..crate::support::cases(256) })]

    #[test]
    fn toml_reader_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        through_toml(&bytes, rules());
    }

    #[test]
    fn toml_reader_mutated_examples(example in 0usize..EXAMPLES.len(), e in edits(), crlf in any::<bool>()) {
        let mut text = mutate(EXAMPLES[example], &e, false);
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        through_toml(text.as_bytes(), rules());
    }

    #[test]
    fn csv_reader_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        through_csv(&bytes, rules());
        let mut with_header = CSV.lines().next().unwrap().as_bytes().to_vec();
        with_header.push(b'\n');
        with_header.extend(&bytes);
        through_csv(&with_header, rules());
    }

    #[test]
    fn csv_reader_mutated_rows(e in edits(), semicolons in any::<bool>(), ending in 0usize..3) {
        let mut text = mutate(CSV, &e, true);
        if semicolons {
            text = text.replace(',', ";");
        }
        let text = text.replace('\n', ["\n", "\r\n", "\r"][ending]);
        through_csv(text.as_bytes(), rules());
    }

    #[test]
    fn rules_loader_arbitrary_text(text in "[a-z_=\\[\\]\\.0-9\" \n-]{0,200}") {
        through_rules(&format!("years = [2026]\n{text}"));
        through_rules(&text);
    }
}

proptest! {
    // The rules loader evaluates the examples after each accepted file: fewer, heavier cases.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..crate::support::cases(64) })]

    #[test]
    fn rules_loader_mutated_rules(e in edits(), year in prop_oneof![Just(2026), Just(2027), Just(1899), Just(2147483647)]) {
        let text = mutate(RULES_2026, &e, false).replace("years = [2026]", &format!("years = [{year}]"));
        through_rules(&text);
    }
}

proptest! {
    // The command on mutated files: exit 0, 1 or 2, never a panic (101) or a signal.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..crate::support::cases(16) })]

    #[test]
    fn the_command_exits_0_1_or_2(example in 0usize..EXAMPLES.len(), e in edits(), rules_edits in edits()) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.toml");
        let c = dir.path().join("p.csv");
        let w = dir.path().join("w.toml");
        std::fs::write(&p, mutate(EXAMPLES[example], &e, false)).unwrap();
        std::fs::write(&c, mutate(CSV, &e, true)).unwrap();
        std::fs::write(&w, mutate(RULES_2026, &rules_edits, false)).unwrap();
        for args in [
            vec![p.to_str().unwrap(), c.to_str().unwrap()],
            vec!["--rules", w.to_str().unwrap(), p.to_str().unwrap()],
        ] {
            let out = Command::new(env!("CARGO_BIN_EXE_verhuurd")).args(&args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            prop_assert!(matches!(out.status.code(), Some(0..=2)), "{:?}: {}", out.status, err);
            prop_assert!(!err.contains("panicked"), "{}", err);
        }
    }
}
