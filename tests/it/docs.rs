//! `docs/output.md` names every key the JSON output has: each shipped example is run with
//! `--explain --grid` and every key path it prints must be on that page.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{run, texts};

/// The key paths `docs/output.md` documents: every backticked dotted key, with a key written
/// `.rest` expanded after the last full key before it on the same line.
fn documented() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("docs/output.md")).expect("docs/output.md");
    let mut keys = BTreeSet::new();
    for line in text.lines() {
        let mut prefix = String::new();
        for (i, token) in line.split('`').enumerate() {
            if i % 2 == 0 || token.contains(' ') {
                continue;
            }
            if let Some(rest) = token.strip_prefix('.') {
                keys.insert(format!("{prefix}.{rest}"));
            } else {
                prefix = token.rsplit_once('.').map_or("", |(p, _)| p).to_string();
                keys.insert(token.to_string());
            }
        }
    }
    keys
}

/// The paths of the leaves of `v` (`a.b[].c`).
fn leaves(v: &serde_json::Value, path: &str, into: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(x, &p, into);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                leaves(x, &format!("{path}[]"), into);
            }
        }
        _ => {
            into.insert(path.to_string());
        }
    }
}

#[test]
fn every_output_key_is_documented() {
    let docs = documented();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "the shipped examples");
    let mut missing = BTreeSet::new();
    for f in &files {
        let f = f.to_string_lossy();
        let o = run(&["--format", "json", "--explain", "--grid", &f], None);
        let (out, err) = texts(&o);
        assert!(o.status.success(), "{f}: {err}");
        let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let mut paths = BTreeSet::new();
        leaves(&json, "", &mut paths);
        for p in paths {
            // A household's properties are single-property reports; its explanation and its
            // one BV have the shape of a property's.
            let single = p.strip_prefix("household.properties[].").or_else(|| {
                p.strip_prefix("household.")
                    .filter(|r| r.starts_with("explain") || r.starts_with("bv."))
            });
            if !docs.contains(&p) && !single.is_some_and(|s| docs.contains(s)) {
                missing.insert(p);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing from docs/output.md: {missing:#?}"
    );
}

/// The README's first screen is for a landlord, in Dutch: how to install the command and run
/// it, before the developer material; the two commands of the developer stay.
#[test]
fn the_readme_starts_with_install_and_run_for_landlords() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("README.md has {s}"));
    let developers = at("## For developers");
    assert!(at("## Voor verhuurders") < developers);
    assert!(at("cargo install --path .") < developers);
    assert!(at("verhuurd init woning.toml") < developers);
    assert!(text[..developers].lines().count() <= 40, "one screen");
    assert!(at("    cargo run --release -- examples/eengezinswoning.toml") > developers);
    assert!(at("    cargo test --locked") > developers);
}
