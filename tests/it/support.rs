//! What the tests share: the built-in rules, a small builder of property files, and a runner of
//! the `verhuurd` binary.

use std::path::Path;
use std::process::{Command, Output};

use rust_decimal::Decimal;
use verhuurd::input::{Property, from_toml_str};
use verhuurd::rules::RuleSet;
use verhuurd::wws::Wws;

/// The built-in rules.
pub fn rules() -> RuleSet {
    RuleSet::built_in().expect("built-in rules load")
}

/// The property file `text` read with the built-in rules (it must be valid).
pub fn property(text: &str) -> Property {
    from_toml_str("t.toml", text, &rules(), None).unwrap()
}

/// The points of the WWS group `key` (`kitchen`, `sanitary`, ...).
pub fn group(w: &Wws, key: &str) -> Decimal {
    w.groups
        .iter()
        .find(|g| g.key == key)
        .map(|g| g.points)
        .unwrap_or_else(|| panic!("no group {key}"))
}

/// A property file built from the smallest valid one: `Case::new().set("lease", "tenant =
/// \"related\"")` adds lines to a section (creating it when needed).
#[derive(Debug, Clone)]
pub struct Case {
    top: Vec<String>,
    sections: Vec<(String, Vec<String>)>,
}

impl Default for Case {
    fn default() -> Self {
        Self::new()
    }
}

impl Case {
    /// WOZ 300,000, 70 m², label B, rent 1,100 a month, tax year 2026.
    pub fn new() -> Case {
        Case {
            top: vec!["tax_year = 2026".into()],
            sections: vec![
                (
                    "property".into(),
                    vec![
                        "woz_value = 300000".into(),
                        "surface_m2 = 70".into(),
                        "energy_label = \"B\"".into(),
                    ],
                ),
                ("lease".into(), vec!["monthly_rent = 1100".into()]),
            ],
        }
    }

    /// Add `lines` to `section` ("" for the top of the file).
    pub fn set(mut self, section: &str, lines: &str) -> Case {
        let lines = lines.lines().map(str::to_string);
        if section.is_empty() {
            self.top.extend(lines);
        } else if let Some((_, l)) = self.sections.iter_mut().find(|(s, _)| s == section) {
            l.extend(lines);
        } else {
            self.sections.push((section.to_string(), lines.collect()));
        }
        self
    }

    /// The TOML text.
    pub fn toml(&self) -> String {
        let mut s = self.top.join("\n") + "\n";
        for (name, lines) in &self.sections {
            s += &format!("\n[{name}]\n{}\n", lines.join("\n"));
        }
        s
    }
}

/// Run `verhuurd` with `args` in `cwd` (the repository when `None`), `stdin` as its input.
pub fn run(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut c = Command::new(env!("CARGO_BIN_EXE_verhuurd"));
    c.args(args).current_dir(root).env("NO_COLOR", "1");
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().expect("the binary runs");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("stdin written");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the binary runs")
}

/// Standard output and standard error as text.
pub fn texts(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// What the CSV cell of column `h` should hold for the JSON object `json`: the value at the
/// dotted key (an element of an array of scenarios named by its `future`), empty for null or
/// absent, the warning codes joined by `;`.
pub fn csv_cell(json: &serde_json::Value, h: &str) -> String {
    let v = h.split('.').try_fold(json, |v, k| match v {
        serde_json::Value::Array(a) => a.iter().find(|e| e["future"] == k),
        _ => v.get(k),
    });
    match v {
        _ if h == "warnings" => json["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap())
            .collect::<Vec<_>>()
            .join(";"),
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The configuration of a property test: `default` cases (few enough to keep the suite quick),
/// or as many as the environment's `PROPTEST_CASES` asks for (`PROPTEST_CASES=100000 cargo test`).
pub fn cases(default: u32) -> proptest::prelude::ProptestConfig {
    proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(default),
        ..proptest::prelude::ProptestConfig::default()
    }
}
