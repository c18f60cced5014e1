//! Never a panic, never a silent misreading: inputs as advisors really have them (Excel CSV,
//! CRLF files, Dutch separators, closed pipes, what-if rules at the edges), each pinned by a test.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use verhuurd::error::EvalError;
use verhuurd::evaluate::{Options, evaluate};
use verhuurd::i18n::Lang;
use verhuurd::input::from_toml_str;
use verhuurd::rules::RuleSet;

const GOOD: &str = "[property]\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n\n[lease]\nmonthly_rent = 1100\n";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verhuurd"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut c = bin();
    c.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        let mut s = child.stdin.take().unwrap();
        s.write_all(bytes).unwrap();
    }
    let out: Output = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Write files into a fresh directory; returns it (kept alive by the caller).
fn files(list: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in list {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut c = bin();
    c.args(args).current_dir(dir);
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn no_panic(err: &str) {
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

// ---- Tiny amounts: errors, not "Division overflowed" -------------------------------------------

#[test]
fn tiny_positive_amounts_are_errors() {
    let cases = [
        (
            "woz_value = 300000",
            "woz_value = 1e-25",
            "`property.woz_value` is",
        ),
        (
            "surface_m2 = 70",
            "surface_m2 = 1e-25",
            "`property.surface_m2` is",
        ),
        (
            "energy_label = \"B\"",
            "energy_label = \"B\"\nmarket_value = 1e-25",
            "`property.market_value` is",
        ),
    ];
    for (from, to, needle) in cases {
        let dir = files(&[("p.toml", GOOD.replace(from, to).as_bytes())]);
        let (code, _, err) = run_in(dir.path(), &["p.toml"]);
        no_panic(&err);
        assert_eq!(code, 1, "{err}");
        assert!(
            err.contains(needle) && err.contains("buiten het bereik"),
            "{err}"
        );
    }
    let huge_rent = GOOD
        .replace("woz_value = 300000", "woz_value = 1e-15")
        .replace("monthly_rent = 1100", "monthly_rent = 1e12");
    let dir = files(&[("p.toml", huge_rent.as_bytes())]);
    let (code, _, err) = run_in(dir.path(), &["p.toml"]);
    no_panic(&err);
    assert_eq!(code, 1);
    assert!(err.contains("p.toml:2:13"), "{err}");
}

#[test]
fn a_bad_row_does_not_take_the_batch_down() {
    let csv = "name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n\
               a,300000,70,B,1100\n\
               b,1e-25,70,B,1100\n\
               c,1e-15,70,B,1e12\n\
               d,250000,60,C,950\n";
    let dir = files(&[("p.csv", csv.as_bytes())]);
    let (code, out, err) = run_in(dir.path(), &["--format", "csv", "p.csv"]);
    no_panic(&err);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 3, "header and rows a and d: {out}");
    assert!(out.contains("\na,") && out.contains("\nd,"), "{out}");
    assert!(
        err.contains("p.csv:3:2: fout") && err.contains("p.csv:4:2: fout"),
        "{err}"
    );
    assert!(err.contains("2 van 4 woningen mislukt"), "{err}");
}

/// The JSON form follows the properties given, not those that succeeded: a batch of several is
/// an array even when all but one (or all) fail, one property is an object.
#[test]
fn json_of_a_batch_is_an_array_whatever_fails() {
    let head =
        "name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n";
    let good = "a,300000,70,B,1100\n";
    let bad = "b,-5,70,B,1100\n";
    let shape = |rows: &[&str]| {
        let dir = files(&[("p.csv", format!("{head}{}", rows.concat()).as_bytes())]);
        let (code, out, err) = run_in(dir.path(), &["--format", "json", "p.csv"]);
        no_panic(&err);
        let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let form = match &json {
            serde_json::Value::Array(a) => format!("array of {}", a.len()),
            serde_json::Value::Object(_) => "object".to_string(),
            _ => "other".to_string(),
        };
        (code, form)
    };
    assert_eq!(shape(&[good]), (0, "object".into()));
    assert_eq!(shape(&[good, bad]), (1, "array of 1".into()));
    assert_eq!(shape(&[bad, good]), (1, "array of 1".into()));
    assert_eq!(shape(&[bad, good, good]), (1, "array of 2".into()));
    assert_eq!(shape(&[bad, bad]), (1, "array of 0".into()));
    assert_eq!(shape(&[good, good]), (0, "array of 2".into()));
}

// ---- Silent misreadings --------------------------------------------------------------------------

#[test]
fn a_dutch_thousands_separator_is_named_as_the_likely_cause() {
    let dir = files(&[
        ("woz.toml", GOOD.replace("300000", "400.000").as_bytes()),
        (
            "rent.csv",
            b"property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n\"400.000\",70,B,1.100\n",
        ),
    ]);
    let (code, _, err) = run_in(dir.path(), &["woz.toml"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`400.000` leest als 400") && err.contains("schrijf dan 400000"),
        "{err}"
    );
    let (code, _, err) = run_in(dir.path(), &["rent.csv"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("rent.csv:2:1") && err.contains("schrijf dan 400000"),
        "{err}"
    );
    assert!(
        err.contains("rent.csv:2:4") && err.contains("schrijf dan 1100"),
        "{err}"
    );
}

/// 1000.00000000000000001 a month on a WOZ of 300,000 is just above 4%: the 95% bracket, read
/// exactly from TOML as from CSV (a binary float would round it to 1000, the 90% bracket).
#[test]
fn toml_numbers_are_read_exactly_as_written() {
    let rent = "1000.00000000000000001";
    let dir = files(&[
        ("p.toml", GOOD.replace("1100", rent).as_bytes()),
        (
            "p.csv",
            format!("property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n300000,70,B,{rent}\n").as_bytes(),
        ),
        ("exact.toml", GOOD.replace("1100", "1000").as_bytes()),
    ]);
    let ratio = |file: &str| {
        let (code, out, err) = run_in(dir.path(), &["--format", "jsonl", file]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        v["leegwaarderatio"]["ratio_pct"].to_string()
    };
    assert_eq!(ratio("exact.toml"), "90");
    assert_eq!(ratio("p.toml"), "95");
    assert_eq!(ratio("p.csv"), "95");
    // More digits than a decimal holds: an error, not a rounded number.
    let dir = files(&[(
        "p.toml",
        GOOD.replace("1100", "1000.000000000000000000000000001")
            .as_bytes(),
    )]);
    let (code, _, err) = run_in(dir.path(), &["p.toml"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("meer cijfers dan exact te rekenen is"),
        "{err}"
    );
}

// ---- Library use ---------------------------------------------------------------------------------

#[test]
fn evaluate_checks_a_hand_built_property() {
    let rules = RuleSet::built_in().unwrap();
    let good = from_toml_str("p.toml", GOOD, &rules, None).unwrap();
    assert!(evaluate(&good, &rules, Options::default()).is_ok());

    let mut zero = good.clone();
    zero.woz_value = rust_decimal::Decimal::ZERO;
    match evaluate(&zero, &rules, Options::default()) {
        Err(e @ EvalError::Invalid(_)) => {
            let en = e.problems(Lang::En);
            assert!(en[0].contains("property.woz_value"), "{en:?}");
            assert!(en[0].contains("out of range"), "{en:?}");
            let nl = e.problems(Lang::Nl);
            assert!(nl[0].contains("buiten het bereik"), "{nl:?}");
        }
        other => panic!("a zero WOZ must be refused: {other:?}"),
    }
    // No silent use of another year's rules.
    let mut year = good.clone();
    year.tax_year = 2031;
    match evaluate(&year, &rules, Options::default()) {
        Err(e @ EvalError::Invalid(_)) => {
            let en = e.problems(Lang::En);
            assert!(
                en.iter().any(|m| m.contains("2031 is not in the rules")),
                "{en:?}"
            );
            let nl = e.problems(Lang::Nl);
            assert!(
                nl.iter()
                    .any(|m| m.contains("belastingjaar 2031 staat niet in de regels")),
                "{nl:?}"
            );
        }
        other => panic!("a year without rules must be refused: {other:?}"),
    }
    let mut label = good;
    label.energy_label = "Z".into();
    label.build_year = Some(2100);
    match evaluate(&label, &rules, Options::default()) {
        Err(e) => {
            assert_eq!(
                e.text().render(Lang::Nl),
                "de woning is niet geldig: `property.energy_label` heeft een onbekende waarde \"Z\"; `property.build_year` 2100 ligt na belastingjaar 2026"
            );
            assert_eq!(
                e.to_string(),
                e.text().render(Lang::Nl),
                "Display is Dutch, the default"
            );
            assert_eq!(
                e.text().render(Lang::En),
                "the property is not valid: `property.energy_label` has an unknown value \"Z\"; `property.build_year` 2100 lies after tax year 2026"
            );
        }
        other => panic!("an unknown label must be refused: {other:?}"),
    }
}

// ---- Years ---------------------------------------------------------------------------------------

#[test]
fn years_are_bounded() {
    let rules2026 = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/2026.toml"))
        .unwrap()
        .replace("years = [2026]", "years = [2147483647]");
    let dir = files(&[
        ("p.toml", GOOD.as_bytes()),
        ("far.toml", rules2026.as_bytes()),
        (
            "y.toml",
            format!("tax_year = 2147483647\n{GOOD}").as_bytes(),
        ),
    ]);
    let (code, _, err) = run_in(dir.path(), &["--year", "2147483647", "p.toml"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a tax year from 1900 to 2200"), "{err}");
    let (code, _, err) = run_in(
        dir.path(),
        &["--rules", "far.toml", "--year", "2026", "p.toml"],
    );
    no_panic(&err);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("far.toml:7") && err.contains("`years`"),
        "{err}"
    );
    let (code, _, err) = run_in(dir.path(), &["y.toml"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("y.toml:1:12") && err.contains("buiten het bereik"),
        "{err}"
    );
}

// ---- What-if rules -------------------------------------------------------------------------------

fn whatif(body: &str) -> (i32, String) {
    let dir = files(&[
        ("p.toml", GOOD.as_bytes()),
        ("w.toml", format!("years = [2026]\n{body}").as_bytes()),
    ]);
    let (code, _, err) = run_in(dir.path(), &["--lang", "en", "--rules", "w.toml", "p.toml"]);
    no_panic(&err);
    (code, err)
}

const WWS: &str = "[wws]\nsource = \"what-if\"\nconfidence = \"L\"\nmax_rent_column = \"max_rent_2026\"\nsocial_max_points = 143\nmid_max_points = 186\nper_point_above_250 = 6.86\nwoz_factor_1 = 16954\nwoz_factor_2 = 268\nwoz_minimum = 85806\nwoz_cap_share_pct = 33\nwoz_cap_applies_from_points = 187\n";

#[test]
fn what_if_rules_out_of_range_exit_2_with_key_and_line() {
    let param = |table: &str, value: &str| {
        format!("[{table}]\nvalue = {value}\nsource = \"what-if\"\nconfidence = \"L\"\n")
    };
    let cases = [
        (
            WWS.replace("woz_factor_1 = 16954", "woz_factor_1 = 0"),
            "w.toml:9: 2026: `wws.woz_factor_1` is 0",
        ),
        (
            WWS.replace("woz_cap_share_pct = 33", "woz_cap_share_pct = 100"),
            "w.toml:12: 2026: `wws.woz_cap_share_pct` is 100",
        ),
        (
            WWS.replace("social_max_points = 143", "social_max_points = 200"),
            "`wws.social_max_points` is 200, above wws.mid_max_points 186",
        ),
        (
            param("huurverhoging.free_pct", "-1e20"),
            "w.toml:3: 2026: `huurverhoging.free_pct.value` is -100000000000000000000",
        ),
        (
            param("overdrachtsbelasting.overige_woningen_pct", "-8"),
            "`overdrachtsbelasting.overige_woningen_pct.value` is -8",
        ),
        (
            param("overdrachtsbelasting.starter_cap", "-1"),
            "`overdrachtsbelasting.starter_cap.value` is -1",
        ),
        (
            param("box3.schuldendrempel", "-3800"),
            "`box3.schuldendrempel.value` is -3800",
        ),
        (
            param("box3.rendement_banktegoeden_pct", "101"),
            "`box3.rendement_banktegoeden_pct.value` is 101",
        ),
        (
            "[leegwaarderatio]\nsource = \"what-if\"\nconfidence = \"L\"\nbrackets = [\n  { above_pct = 0, up_to_pct = 2, ratio_pct = 73 },\n  { above_pct = 2, up_to_pct = 1, ratio_pct = 79 },\n  { above_pct = 1, ratio_pct = 100 },\n]\n[leegwaarderatio.temporary_contract]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n[leegwaarderatio.related_party]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n".to_string(),
            "w.toml:7: 2026: `leegwaarderatio.brackets[1].up_to_pct` is 1, not above the bracket's above_pct 2",
        ),
        (
            "[leegwaarderatio]\nsource = \"what-if\"\nconfidence = \"L\"\nbrackets = [\n  { above_pct = 0, up_to_pct = 2, ratio_pct = 73 },\n  { above_pct = 3, ratio_pct = 100 },\n]\n[leegwaarderatio.temporary_contract]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n[leegwaarderatio.related_party]\napplies = true\nsource = \"x\"\nconfidence = \"L\"\n".to_string(),
            "w.toml:7: 2026: `leegwaarderatio.brackets[1].above_pct`: leegwaarderatio brackets must follow each other",
        ),
    ];
    for (body, needle) in cases {
        let (code, err) = whatif(&body);
        assert_eq!(code, 2, "{body}\n{err}");
        assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    }
    // The same file within range is accepted.
    let (code, err) = whatif(WWS);
    assert_eq!(code, 0, "{err}");
}

// ---- One output path -----------------------------------------------------------------------------

/// Run with standard output a pipe whose reading end is already closed: every write fails with
/// a broken pipe, at once and deterministically.
fn closed_pipe(args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = bin()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    for args in [
        &["check", "examples"][..],
        &["rules", "2026"],
        &["init", "-"],
        &["examples/eengezinswoning.toml"],
        &[
            "--format",
            "csv",
            "examples/microstudio.toml",
            "examples/sociale-huurflat.toml",
        ],
    ] {
        let (code, err) = closed_pipe(args);
        no_panic(&err);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn a_full_disk_is_an_error_with_a_message() {
    let Ok(full) = std::fs::File::options().write(true).open("/dev/full") else {
        return; // not on this system
    };
    for args in [&["rules"][..], &["check", "examples"], &["init", "-"]] {
        let out = bin()
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(full.try_clone().unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        no_panic(&err);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("kan de uitvoer niet schrijven"), "{err}");
    }
}

// ---- Line ends -----------------------------------------------------------------------------------

#[test]
fn line_numbers_are_right_for_lf_crlf_and_cr() {
    let bad_toml = GOOD.replace("\"B\"", "\"Q\"");
    let bad_csv = "property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n300000,70,B,1100\n300000,70,Q,1100\n";
    for (ending, name) in [("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")] {
        let toml = bad_toml.replace('\n', ending);
        let csv = bad_csv.replace('\n', ending);
        let dir = files(&[
            (&format!("{name}.toml"), toml.as_bytes()),
            (&format!("{name}.csv"), csv.as_bytes()),
        ]);
        let (_, _, err) = run_in(dir.path(), &[&format!("{name}.toml")]);
        assert!(
            err.contains(&format!("{name}.toml:4:16: fout")),
            "{name}: {err}"
        );
        let (code, out, err) = run_in(dir.path(), &["--format", "csv", &format!("{name}.csv")]);
        assert_eq!(code, 1);
        assert!(
            err.contains(&format!("{name}.csv:3:3: fout")),
            "{name}: {err}"
        );
        assert_eq!(out.lines().count(), 2, "{name}: the good row is written");
    }
}

/// A comma CSV with LF, the same with CRLF, and the same as Dutch Excel writes it (`;`, decimal
/// commas, CRLF, a byte-order mark, WAAR/ONWAAR, an empty trailing header cell, an empty row)
/// give the same output.
#[test]
fn crlf_and_dutch_excel_files_round_trip() {
    let plain = "name,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,costs.vacancy_pct,owner.fiscal_partner,owner.bank_balance\n\
                 Flat A,300000,70.5,B,1100.50,3.9,true,1250.75\n\
                 Flat B,250000,60,C,950,0,false,0\n";
    let crlf = plain.replace('\n', "\r\n");
    let excel = "\u{feff}name;property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;costs.vacancy_pct;owner.fiscal_partner;owner.bank_balance;\r\n\
                 Flat A;300000;70,5;B;1100,50;3,9;WAAR;1.250,75;\r\n\
                 ;;;;;;;;\r\n\
                 Flat B;250000;60;C;950;0;ONWAAR;0;\r\n";
    let dir = files(&[
        ("plain.csv", plain.as_bytes()),
        ("crlf.csv", crlf.as_bytes()),
        ("excel.csv", excel.as_bytes()),
    ]);
    let (code, expected, err) = run_in(dir.path(), &["--format", "csv", "plain.csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(expected.lines().count(), 3);
    let (code, out, err) = run_in(dir.path(), &["--format", "csv", "crlf.csv"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, expected.as_str(), "")
    );
    let (code, out, err) = run_in(dir.path(), &["--format", "csv", "excel.csv"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, expected);
    assert!(
        err.contains("let op: excel.csv: gelezen met `;` als scheidingsteken en decimale komma's"),
        "{err}"
    );
    let (_, _, err) = run_in(
        dir.path(),
        &["--lang", "en", "--format", "csv", "excel.csv"],
    );
    assert!(
        err.contains("note: excel.csv: read as `;`-separated with decimal commas"),
        "{err}"
    );
    // And the output reads back in: our own CSV output is not a property file, but its
    // figures survive a second pass through the reader of its dialect.
    let (code, out, _) = run_in(dir.path(), &["--format", "json", "excel.csv"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["name"], "Flat A");
    assert_eq!(v[0]["leegwaarderatio"]["jaarhuur"].to_string(), "13206");
}

/// In a `;`-separated file the comma is the decimal mark, so a dot only groups thousands:
/// `1.200` is 1200, and `1.20` (no group of three) is refused with the reason.
#[test]
fn a_dot_in_a_semicolon_file_groups_thousands() {
    let dir = files(&[
        (
            "x.csv",
            b"property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;costs.maintenance\n300.000;70;B;1.100;1.200\n",
        ),
        (
            "y.csv",
            b"property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;costs.maintenance\n300000;70;B;1100;1200\n",
        ),
        (
            "z.csv",
            b"property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;costs.maintenance\n300000;70;B;1100;1.20\n",
        ),
    ]);
    let (code, x, err) = run_in(dir.path(), &["--format", "csv", "x.csv"]);
    assert_eq!(code, 0, "{err}");
    let (_, y, _) = run_in(dir.path(), &["--format", "csv", "y.csv"]);
    assert_eq!(x.replace("x line 2", "y line 2"), y);
    let (code, _, err) = run_in(dir.path(), &["--lang", "en", "z.csv"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "z.csv:2:5: error: `costs.maintenance`: `1.20` is not a number in a `;`-separated file"
        ) && err.contains("did you mean 1,20?"),
        "{err}"
    );
    let (_, _, err) = run_in(dir.path(), &["z.csv"]);
    assert!(
        err.contains(
            "z.csv:2:5: fout: `costs.maintenance`: `1.20` is geen getal in een bestand met `;`"
        ) && err.contains("bedoelde u 1,20?"),
        "{err}"
    );
}

// ---- TOML errors and standard input --------------------------------------------------------------

#[test]
fn a_syntax_error_is_the_only_error() {
    let dir = files(&[
        ("bad.toml", b"[property]\nwoz_value = = 3\n"),
        (
            "dup.toml",
            b"[property]\nwoz_value = 300000\n\n[property]\nsurface_m2 = 70\n",
        ),
    ]);
    let (code, _, err) = run_in(dir.path(), &["bad.toml"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("bad.toml:2:13: fout: geen geldige TOML"),
        "{err}"
    );
    assert!(!err.contains("verplichte sleutel"), "{err}");
    assert_eq!(err.matches("fout:").count(), 1, "{err}");
    let (_, _, err) = run_in(dir.path(), &["dup.toml"]);
    assert!(
        err.starts_with("dup.toml:4:2: fout: geen geldige TOML: de tabel [property] staat er twee keer in (eerst op regel 1)"),
        "{err}"
    );
    assert_eq!(err.matches("fout:").count(), 1, "{err}");
}

#[test]
fn one_toml_on_stdin_gives_the_single_table_and_one_json_object() {
    let text = format!("# Flat, Utrecht, let since 2019\n{GOOD}");
    let (code, out, err) = run(&["-"], Some(text.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("stdin — belastingjaar"), "{out}");
    let (code, out, err) = run(&["--format", "json", "-"], Some(text.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with('{'), "one object for one property: {out}");
    // CSV on standard input is still read as CSV: one row is one property (an object and the
    // full table), several rows an array and the comparison table.
    let csv = "property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n300000,70,B,1100\n";
    let (code, out, err) = run(&["--format", "json", "-"], Some(csv.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with('{'), "{out}");
    let (code, out, err) = run(&["-"], Some(csv.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("stdin line 2 — belastingjaar"), "{out}");
    let two = format!("{csv}250000,60,C,1000\n");
    let (code, out, err) = run(&["--format", "json", "-"], Some(two.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with('['), "{out}");
}

#[test]
fn a_typo_of_a_subcommand_is_suggested() {
    let (code, _, err) = run(&["rule", "2026"], None);
    assert_eq!(code, 2);
    assert!(err.contains("bedoelt u `verhuurd rules 2026`?"), "{err}");
    let (code, _, err) = run(&["chek", "examples"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("bedoelt u `verhuurd check examples`?"),
        "{err}"
    );
}

// ---- What reaches a terminal or a spreadsheet ----------------------------------------------------

#[test]
fn names_cannot_inject_formulas_or_escape_sequences() {
    let dir = files(&[
        (
            "f.toml",
            format!("name = \"=HYPERLINK(\\\"http://x\\\")\"\n{GOOD}").as_bytes(),
        ),
        (
            "e.toml",
            format!("name = \"\\u001b[2J\\u001b[31mred\\r\"\n{GOOD}").as_bytes(),
        ),
        (
            "l.toml",
            GOOD.replace("\"B\"", "\"\\u001b[31mB\"").as_bytes(),
        ),
    ]);
    let (code, out, _) = run_in(dir.path(), &["--format", "csv", "f.toml"]);
    assert_eq!(code, 0);
    assert!(
        out.lines().nth(1).unwrap().starts_with("\"'=HYPERLINK("),
        "{out}"
    );
    for format in ["table", "csv"] {
        let (code, out, _) = run_in(dir.path(), &["--format", format, "e.toml"]);
        assert_eq!(code, 0);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\r'),
            "{format}: {out:?}"
        );
        assert!(
            out.contains("\\u{1b}[2J\\u{1b}[31mred\\u{d}"),
            "{format}: {out}"
        );
    }
    let (code, _, err) = run_in(dir.path(), &["l.toml"]);
    assert_eq!(code, 1);
    assert!(
        !err.contains('\u{1b}') && err.contains("\\u{1b}[31mB"),
        "{err:?}"
    );
}
