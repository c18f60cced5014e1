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

/// A house let by the room is recognised: no WWS maximum, no value in rented state and no
/// verdict built on them, and a warning that says why.
#[test]
fn a_house_let_by_the_room_is_not_valued_as_one_dwelling() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kamers.toml");
    let path = path.to_str().unwrap();
    std::fs::write(
        path,
        "name = \"Studentenhuis\"\ntax_year = 2026\n[property]\nwoz_value = 420000\nsurface_m2 = 140\nenergy_label = \"C\"\ndwelling = \"rooms\"\nrooms = 5\n[lease]\nmonthly_rent = 2750\n[plan]\nyears = 10\n",
    )
    .unwrap();
    let (code, out, err) = verhuurd(&["--format", "json", path]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for absent in ["sitting_tenant", "sell_vs_keep", "wws"] {
        assert!(v[absent].is_null(), "{absent}: {}", v[absent]);
    }
    assert!(v.get("rents").is_none());
    assert_eq!(v["leegwaarderatio"]["jaarhuur"].to_string(), "33000");
    let codes: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"let_by_the_room"), "{codes:?}");
    assert!(!codes.contains(&"rent_above_wws_maximum"), "{codes:?}");
    let (_, table, _) = verhuurd(&[path]);
    assert!(table.contains("per kamer verhuurd (5 kamers)"), "{table}");
    assert!(!table.contains("Verkopen of blijven verhuren"), "{table}");
    // The same house let as one dwelling gets its maximum and a verdict.
    std::fs::write(
        path,
        std::fs::read_to_string(path).unwrap().replace(
            "dwelling = \"rooms\"\nrooms = 5\n",
            "dwelling = \"house\"\n",
        ),
    )
    .unwrap();
    let (_, out, _) = verhuurd(&["--format", "json", path]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!v["sell_vs_keep"].is_null() && !v["wws"].is_null());
}

/// What a spreadsheet writes for "not applicable" (`n.v.t.`, `-`) is an empty cell; a missing
/// cell, or a required one left empty, is reported at its own column.
#[test]
fn spreadsheet_cells_not_applicable_and_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.csv");
    let path = path.to_str().unwrap();
    std::fs::write(
        path,
        "name;property.woz_value;property.surface_m2;property.energy_label;lease.monthly_rent;mortgage.balance;costs.vacancy_pct\r\n\
         a;300.000;70;B;1.100;n.v.t.;-\r\n\
         b;300.000;;B;1.100;N.V.T.;\r\n\
         c;300.000;70;B\r\n\
         d;300.000;70;—;1.100;;\r\n",
    )
    .unwrap();
    let (code, out, err) = verhuurd(&["--lang", "en", "--format", "csv", path]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 2, "one property: {out}");
    assert!(out.contains("\na,"), "{out}");
    assert!(
        err.contains("m.csv:3:3: error: missing required key `surface_m2`"),
        "{err}"
    );
    assert!(
        err.contains("m.csv:4:5: error: this row has 4 cells, the header has 7"),
        "{err}"
    );
    assert!(
        err.contains("m.csv:5:4: error: missing required key `energy_label`"),
        "{err}"
    );
}

/// The first run's small things: a file on standard input without `-`, help into a full
/// disk, a failed single file in JSON, the derivation asked for with CSV.
#[test]
fn small_things_of_a_first_run() {
    let o = run(&[], Some("[property]\nwoz_value = 300000\n"));
    let (out, err) = texts(&o);
    assert_eq!((o.status.code(), out.as_str()), (Some(2), ""));
    assert!(err.contains("`verhuurd - < woning.toml`"), "{err}");

    if std::path::Path::new("/dev/full").exists() {
        for args in [vec!["--help"], vec!["--version"]] {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_verhuurd"))
                .args(&args)
                .stdout(full)
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(1), "{args:?}");
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[property]\nwoz_value = 300000\n").unwrap();
    let (code, out, err) = verhuurd(&["--format", "json", bad.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");

    let (code, csv, _) = verhuurd(&["--format", "csv", "examples/microstudio.toml"]);
    assert_eq!(code, 0);
    let (_, explained, _) =
        verhuurd(&["--format", "csv", "--explain", "examples/microstudio.toml"]);
    assert_eq!(explained, csv);
}

/// A decimal comma in a property file gets a hint with the number written with a point.
#[test]
fn a_decimal_comma_in_toml_gets_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.toml");
    std::fs::write(
        &path,
        "[property]\nwoz_value = 300000\nsurface_m2 = 70,5\nenergy_label = \"B\"\n[lease]\nmonthly_rent = 1100\n",
    )
    .unwrap();
    let (code, _, err) = verhuurd(&["--lang", "en", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("help: `70,5` has a decimal comma; in a property file the decimal mark is a point: write 70.5"),
        "{err}"
    );
}

/// No citation names our own jargon ("seed article", its source keys) that a user cannot look
/// up.
#[test]
fn citations_name_what_a_user_can_find() {
    for example in ["examples/microstudio.toml", "examples/eengezinswoning.toml"] {
        for lang in ["nl", "en"] {
            let (_, out, _) = verhuurd(&["--lang", lang, "--explain", example]);
            for jargon in ["seed article", "SEED-"] {
                assert!(!out.contains(jargon), "{example}: {jargon}");
            }
        }
    }
}

/// The what-if scenarios are built in: by name, or by their path in the repository, from any
/// directory.
#[test]
fn built_in_scenarios_work_outside_the_repository() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/eengezinswoning.toml");
    let json = |rules: Option<&str>| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_verhuurd"));
        c.current_dir(dir.path())
            .args(["--format", "json", "--year", "2027"]);
        if let Some(r) = rules {
            c.args(["--rules", r]);
        }
        let o = c.arg(&example).output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["box3"]["tax"].clone()
    };
    let plain = json(None);
    let named = json(Some("2027-kabinet-september-2026"));
    let by_path = json(Some("data/scenarios/2027-kabinet-september-2026.toml"));
    assert_ne!(plain, named, "the scenario changes Box 3 for 2027");
    assert_eq!(named, by_path);
}

/// A mortgage above the value: a warning names it and says why the IRR is missing; without a
/// mortgage the table has no row for a higher interest rate.
#[test]
fn an_underwater_mortgage_is_named_and_a_stress_without_mortgage_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.toml");
    let path = path.to_str().unwrap();
    let base = "[property]\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n[lease]\nmonthly_rent = 1400\nsegment = \"free\"\n[plan]\nyears = 10\n";
    std::fs::write(
        path,
        format!(
            "{base}[mortgage]\nbalance = 360000\ninterest_pct = 4\nrepayment = \"interest_only\"\n"
        ),
    )
    .unwrap();
    let (code, out, err) = verhuurd(&["--format", "json", path]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["sell_vs_keep"]["keep_irr_pct"].is_null());
    let w = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "underwater_mortgage")
        .expect("the warning");
    let m = w["message"].as_str().unwrap();
    assert!(
        m.contains("(onderwaterhypotheek)") && m.contains("IRR) ontbreekt"),
        "{m}"
    );
    let (_, table, _) = verhuurd(&[path]);
    assert!(table.contains("stress: rente +1 procentpunt"), "{table}");

    std::fs::write(path, base).unwrap();
    let (_, table, _) = verhuurd(&[path]);
    assert!(!table.contains("stress: rente +1 procentpunt"), "{table}");
    assert!(
        table.contains("stress: een maand leegstand per jaar"),
        "{table}"
    );
    assert!(!table.contains("onderwaterhypotheek"), "{table}");
}

/// The rent's share of the WOZ value is shown with the decimals it takes not to contradict the
/// bracket next to it.
#[test]
fn the_rent_share_never_contradicts_its_bracket() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.toml");
    let path = path.to_str().unwrap();
    std::fs::write(
        path,
        "[property]\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"B\"\n[lease]\nmonthly_rent = 250.01\n",
    )
    .unwrap();
    let (_, table, _) = verhuurd(&[path]);
    assert!(table.contains("1,00004%"), "{table}");
    let (_, table, _) = verhuurd(&["examples/eengezinswoning.toml"]);
    assert!(table.contains("3,60%"), "{table}");
}

/// `--no-years` leaves the year rows out of the JSON (Lines), for every Box 3 future and every
/// property of a household; the verdict stays.
#[test]
fn json_lines_without_the_year_rows() {
    for example in ["examples/eengezinswoning.toml", "examples/huishouden.toml"] {
        let (code, full, _) = verhuurd(&["--format", "jsonl", example]);
        assert_eq!(code, 0);
        let (code, short, err) = verhuurd(&["--format", "jsonl", "--no-years", example]);
        assert_eq!(code, 0, "{err}");
        assert!(full.contains("\"years\":[{"), "{example}");
        assert!(!short.contains("\"years\":[{"), "{example}");
        assert!(short.contains("\"better\""), "{example}");
        assert!(short.len() * 2 < full.len(), "{example}");
    }
    let (code, _, err) = verhuurd(&[
        "--lang",
        "en",
        "--no-years",
        "examples/eengezinswoning.toml",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--no-years applies to --format json or jsonl only"),
        "{err}"
    );
}

/// `rules 2020` does not show a transfer tax (or rent increase) of a later year as if it
/// applied then.
#[test]
fn rules_of_an_early_year_do_not_show_later_rules_as_applying() {
    let (code, out, _) = verhuurd(&["rules", "2020"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Overdrachtsbelasting (niet vastgelegd voor 2020: de regels beginnen in"),
        "{out}"
    );
    assert!(!out.contains("10,40%"), "{out}");
    let (_, out, _) = verhuurd(&["rules", "2025"]);
    assert!(out.contains("10,40%"), "{out}");
}

/// In the machine's CSV a euro sign or spaces in an amount get an accurate hint.
#[test]
fn a_euro_sign_in_a_comma_file_gets_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.csv");
    std::fs::write(
        &path,
        "property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent\n€ 300000,70,B,1 100\n",
    )
    .unwrap();
    let (code, _, err) = verhuurd(&["--lang", "en", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("e.csv:2:1: error: `property.woz_value`: `€ 300000` is not a number: leave out the euro sign and the spaces (300000)"), "{err}");
    assert!(
        err.contains("e.csv:2:4: error: `lease.monthly_rent`: `1 100` is not a number"),
        "{err}"
    );
}
