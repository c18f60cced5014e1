//! Spreadsheet files as Dutch Excel writes them (tests/data/spreadsheets): `;` with thousands
//! dots and decimal commas, Windows-1252, a byte order mark, CRLF, stray quotes; the CSV for
//! Dutch Excel that the tool writes; the limits on input; and a bounded fuzz test that no row is
//! lost unseen: the properties out are the rows in less the rows named in errors.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proptest::prelude::*;
use verhuurd::batch::{self, Settings};
use verhuurd::i18n::Lang;
use verhuurd::output::{Format, Style};
use verhuurd::rules::RuleSet;

use crate::support::{run, texts};

fn data(name: &str) -> String {
    format!("tests/data/spreadsheets/{name}")
}

/// `verhuurd --lang en --format csv FILE`: (exit code, standard output, standard error).
fn csv_of(file: &str, more: &[&str]) -> (i32, String, String) {
    let file = data(file);
    let mut args = vec!["--lang", "en", "--format", "csv"];
    args.extend(more);
    args.push(&file);
    let o = run(&args, None);
    let (out, err) = texts(&o);
    (o.status.code().unwrap_or(-1), out, err)
}

/// The names in the first column of CSV output.
fn names(out: &str) -> Vec<String> {
    let mut r = csv::Reader::from_reader(out.as_bytes());
    r.records().map(|x| x.unwrap()[0].to_string()).collect()
}

/// Errors only: the lines of standard error that are not notes.
fn errors(err: &str) -> Vec<&str> {
    err.lines().filter(|l| !l.starts_with("note: ")).collect()
}

#[test]
fn thousands_dots_euro_signs_and_spaces_read_as_the_numbers_they_show() {
    let (code, excel, err) = csv_of("nl-excel-thousands.csv", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(errors(&err).is_empty(), "{err}");
    assert!(err.contains("read as `;`-separated"), "{err}");
    let (code, machine, err) = csv_of("machine-thousands.csv", &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    // `804.000` is 804000, `€ 1.450,00` 1450.00, `1 250,75` 1250.75, `3,90%` 3.90: the
    // same figures as the file in the machine's notation.
    assert_eq!(excel, machine);
    assert_eq!(
        names(&excel),
        ["Keizersgracht 12-III", "Dorpsstraat 4", "Flat 7"]
    );
}

#[test]
fn dots_that_group_no_thousands_are_refused_with_the_reason() {
    let (code, out, err) = csv_of("nl-excel-wrong-dots.csv", &[]);
    assert_eq!(code, 1);
    assert_eq!(names(&out), ["fine"]);
    for (at, text) in [
        (
            ":2:3: error: `property.surface_m2`: `70.5` is not a number",
            "did you mean 70,5?",
        ),
        (
            ":3:5: error: `lease.monthly_rent`: `1100.50`",
            "did you mean 1100,50?",
        ),
        (
            ":4:2: error: `property.woz_value`: `30.0000`",
            "a dot only separates groups of three digits",
        ),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(at))
            .unwrap_or_else(|| panic!("{at}: {err}"));
        assert!(line.contains(text), "{line}");
    }
    // And in Dutch.
    let o = run(&["--format", "csv", &data("nl-excel-wrong-dots.csv")], None);
    let (_, err) = texts(&o);
    assert!(
        err.contains("`70.5` is geen getal in een bestand met `;` als scheidingsteken: daarin is de komma het decimaalteken"),
        "{err}"
    );
}

#[test]
fn windows_1252_is_read_with_a_note() {
    let bytes = std::fs::read(data("nl-excel-windows-1252.csv")).unwrap();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the file is not UTF-8"
    );
    let (code, excel, err) = csv_of("nl-excel-windows-1252.csv", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("note: tests/data/spreadsheets/nl-excel-windows-1252.csv: not UTF-8, read as Windows-1252"),
        "{err}"
    );
    assert!(errors(&err).is_empty(), "{err}");
    let (_, machine, _) = csv_of("machine-windows-1252.csv", &[]);
    assert_eq!(excel, machine);
    assert_eq!(
        names(&excel),
        ["Café De Zoete Inval", "Zeeëg 3 — Brüggemann"]
    );
}

/// The lines an error message names: its location, and every `line N` or `lines N, M–K` in it.
fn named_lines(err: &str, file: &str) -> BTreeSet<usize> {
    let mut lines = BTreeSet::new();
    for l in err.lines() {
        if let Some(rest) = l.strip_prefix(file).and_then(|r| r.strip_prefix(':'))
            && let Some((n, _)) = rest.split_once(':')
            && let Ok(n) = n.parse()
        {
            lines.insert(n);
        }
        for (i, _) in l.match_indices("line") {
            let tail = l[i + 4..].trim_start_matches('s');
            let Some(tail) = tail.strip_prefix(' ') else {
                continue;
            };
            // `4, 5–7, 9`: numbers and ranges separated by `, `.
            let list: String = tail
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '–'))
                .collect();
            for part in list.split(',') {
                let part = part.trim();
                match part.split_once('–') {
                    Some((a, b)) => {
                        if let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.trim().parse::<usize>()) {
                            lines.extend(a..=b);
                        }
                    }
                    None => {
                        if let Ok(n) = part.parse() {
                            lines.insert(n);
                        }
                    }
                }
            }
        }
    }
    lines
}

#[test]
fn a_stray_quote_never_merges_rows_unseen() {
    for (file, kept, named) in [
        ("nl-excel-stray-quote.csv", vec!["a", "e"], vec![3, 4, 5]),
        ("nl-excel-unclosed-quote.csv", vec!["a"], vec![3, 4, 5]),
    ] {
        let (code, out, err) = csv_of(file, &[]);
        assert_eq!(code, 1, "{err}");
        assert_eq!(names(&out), kept, "{err}");
        assert!(
            err.contains("opens a `\"` that is closed only on line 5"),
            "{err}"
        );
        assert!(err.contains("remove the stray quote"), "{err}");
        assert_eq!(
            named_lines(&err, &data(file)),
            named.into_iter().collect(),
            "{err}"
        );
    }
}

#[test]
fn line_breaks_in_the_list_of_rooms_are_kept() {
    let (code, out, err) = csv_of("nl-excel-rooms-on-lines.csv", &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(names(&out), ["rooms", "next"]);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let header = r.headers().unwrap().clone();
    let points = header.iter().position(|h| h == "wws.points").unwrap();
    let row = r.records().next().unwrap().unwrap();
    // The points of the same rooms on one line (see the WWS tests).
    assert_eq!(&row[points], "150");
}

#[test]
fn a_failed_household_names_every_row_it_drops() {
    let (code, out, err) = csv_of("nl-excel-household.csv", &[]);
    assert_eq!(code, 1);
    assert_eq!(names(&out), ["Los"]);
    assert!(
        err.contains(":2:1: error: household `Jansen` was not evaluated: the properties on lines 2–4 are left out"),
        "{err}"
    );
    assert!(
        err.contains(":3:5: error: `property.energy_label`"),
        "{err}"
    );
}

#[test]
fn csv_for_dutch_excel_has_semicolons_decimal_commas_crlf_and_a_bom() {
    let (code, machine, _) = csv_of("machine-thousands.csv", &[]);
    assert_eq!(code, 0);
    let (code, nl, err) = csv_of("machine-thousands.csv", &["--csv-dialect", "nl"]);
    assert_eq!(code, 0, "{err}");
    assert!(nl.starts_with("\u{feff}name;tax_year;"), "{nl}");
    assert!(nl.ends_with("\r\n") && !nl.replace("\r\n", "").contains('\n'));
    let machine_rows: Vec<csv::StringRecord> = csv::Reader::from_reader(machine.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let nl_rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(nl.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(machine_rows.len(), nl_rows.len());
    let number = |c: &str| !c.is_empty() && c.parse::<f64>().is_ok();
    for (m, n) in machine_rows.iter().zip(&nl_rows) {
        assert_eq!(m.len(), n.len());
        for (a, b) in m.iter().zip(n) {
            if number(a) {
                assert_eq!(b, a.replace('.', ","), "a number with a decimal comma");
            } else {
                assert_eq!(a, b);
            }
        }
    }
    assert!(nl_rows[0].iter().any(|c| c == "1228,07"), "{nl}");
    // The dialect is one of the CSV output.
    let file = data("machine-thousands.csv");
    let o = run(
        &[
            "--lang",
            "en",
            "--format",
            "json",
            "--csv-dialect",
            "nl",
            &file,
        ],
        None,
    );
    let (out, err) = texts(&o);
    assert_eq!((o.status.code(), out.as_str()), (Some(2), ""), "{err}");
    assert!(
        err.contains("--csv-dialect applies to --format csv only"),
        "{err}"
    );
}

#[test]
fn limits_instead_of_exhaustion() {
    let dir = tempfile::tempdir().unwrap();
    let path = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    // A file of zeros as a property file: refused at 16 MiB, not read to the end.
    if Path::new("/dev/zero").exists() {
        let o = run(&["--lang", "en", "/dev/zero"], None);
        let (_, err) = texts(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("the file is larger than 16 MiB"), "{err}");
    }
    // A CSV file of one line of 2 MB: the row is refused at 1 MiB.
    let mut zeros = b"name,property.woz_value\n".to_vec();
    zeros.extend(std::iter::repeat_n(b'0', 2 << 20));
    std::fs::write(path("zeros.csv"), &zeros).unwrap();
    let o = run(&["--lang", "en", &path("zeros.csv")], None);
    let (_, err) = texts(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(":2:1: error: this row is longer than 1 MiB"),
        "{err}"
    );
    // A name of a megabyte is refused, and no message repeats a megabyte.
    let big = "x".repeat(1 << 20);
    let toml = format!(
        "name = \"{big}\"\n[property]\nwoz_value = 300000\nsurface_m2 = 70\nenergy_label = \"{big}\"\n[lease]\nmonthly_rent = 1100\n"
    );
    std::fs::write(path("big.toml"), toml).unwrap();
    let started = std::time::Instant::now();
    let o = run(&["--lang", "en", &path("big.toml")], None);
    let (_, err) = texts(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.len() < 2000, "{} bytes of errors", err.len());
    assert!(
        err.contains("`name` is 1048576 characters long, at most 200"),
        "{err}"
    );
    assert!(err.contains("has an unknown value \"xxxxxxxx"), "{err}");
    assert!(started.elapsed().as_secs() < 20);
}

/// `verhuurd init NAME.csv` writes a spreadsheet to fill in (a header and an example row), in
/// the Dutch notation or, with `--lang en`, the machine's; both read back as a property.
#[test]
fn init_of_a_csv_file_writes_a_spreadsheet_template() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, name, first) in [
        ("nl", "woningen.csv", "\u{feff}name;property.woz_value;"),
        ("en", "homes.csv", "name,property.woz_value,"),
    ] {
        let path = dir.path().join(name);
        let path = path.to_str().unwrap();
        let o = run(&["--lang", lang, "init", path], None);
        assert_eq!(o.status.code(), Some(0), "{:?}", texts(&o));
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.starts_with(first), "{text}");
        assert_eq!(text.lines().count(), 2, "{text}");
        let o = run(&["--lang", lang, "--format", "csv", path], None);
        let (out, err) = texts(&o);
        assert_eq!(o.status.code(), Some(0), "{err}");
        assert_eq!(names(&out).len(), 1, "{out}");
    }
}

// ---- the fuzz test ---------------------------------------------------------------------------

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::built_in().unwrap())
}

/// Values a cell may get instead of its own.
const EDGES: &[&str] = &[
    "",
    "0",
    "-1",
    "1.100",
    "1.250.000",
    "3.8",
    "12.34",
    "3,9",
    "1.250,50",
    "€ 1.450,00",
    "1 450,00",
    "n.v.t.",
    "-",
    "1e40",
    "\"",
    "x\"y",
    "WAAR",
    "Q",
    "99999999999999999999999999999",
];

/// A property row: its cells in the Dutch or the machine notation.
fn row_cells(i: usize, dutch: bool, household: Option<&str>) -> Vec<String> {
    let woz = 150_000 + 10_000 * (i % 30);
    let rent = 700 + 25 * (i % 40);
    let group = |n: usize| {
        if dutch && n >= 1000 {
            format!("{}.{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        }
    };
    let dec = |s: &str| {
        if dutch {
            s.replace('.', ",")
        } else {
            s.to_string()
        }
    };
    let mut cells = vec![
        format!("p{i} é"),
        group(woz),
        dec("64.5"),
        ["A", "B", "C", "D"][i % 4].to_string(),
        group(rent),
        dec("3.9"),
        group(25_000),
    ];
    if let Some(h) = household {
        cells.insert(0, h.to_string());
    }
    cells
}

/// One mutation of a row: (kind, where, which edge).
type Edit = (u8, usize, usize);

/// A spreadsheet file of `rows` properties (some in households) with `edits` applied, in the
/// Dutch or the machine notation, with CRLF or LF, in Windows-1252 or UTF-8.
fn spreadsheet(
    rows: usize,
    edits: &[Edit],
    dutch: bool,
    crlf: bool,
    cp1252: bool,
    households: bool,
) -> Vec<u8> {
    let sep = if dutch { ";" } else { "," };
    let mut header = vec![
        "name",
        "property.woz_value",
        "property.surface_m2",
        "property.energy_label",
        "lease.monthly_rent",
        "costs.vacancy_pct",
        "owner.bank_balance",
    ];
    if households {
        header.insert(0, "household");
    }
    let mut lines: Vec<String> = (0..rows)
        .map(|i| {
            let h = households.then(|| ["", "h1", "h2"][(i / 2) % 3]);
            row_cells(i, dutch, h).join(sep)
        })
        .collect();
    for &(kind, at, edge) in edits {
        if lines.is_empty() {
            break;
        }
        let i = at % lines.len();
        let mut cells: Vec<String> = lines[i].split(sep).map(str::to_string).collect();
        let c = (at / 7) % cells.len();
        match kind % 7 {
            0 => cells[c].insert(0, '"'),
            1 => {
                let mid = cells[c].len() / 2;
                if cells[c].is_char_boundary(mid) {
                    cells[c].insert(mid, '"');
                }
            }
            2 | 3 => cells[c] = EDGES[edge % EDGES.len()].to_string(),
            4 => {
                cells.remove(c);
            }
            5 => {
                lines.insert(
                    i,
                    if edge % 2 == 0 {
                        String::new()
                    } else {
                        sep.repeat(4)
                    },
                );
                continue;
            }
            _ => {
                let l = lines[i].clone();
                lines.insert(i, l);
                continue;
            }
        }
        lines[i] = cells.join(sep);
    }
    let eol = if crlf { "\r\n" } else { "\n" };
    let text = std::iter::once(header.join(sep))
        .chain(lines)
        .collect::<Vec<_>>()
        .join(eol)
        + eol;
    if cp1252 {
        text.chars()
            .map(|c| if c == 'é' { 0xe9 } else { c as u8 })
            .collect()
    } else {
        text.into_bytes()
    }
}

/// The data lines (2 and on) with anything but separators, blanks and quotes on them (a row of
/// empty cells, quoted or not, is no property).
fn lines_with_content(bytes: &[u8]) -> BTreeSet<usize> {
    bytes
        .split(|b| *b == b'\n')
        .enumerate()
        .skip(1)
        .filter(|(_, l)| {
            l.iter()
                .any(|b| !matches!(b, b';' | b',' | b' ' | b'\r' | b'"'))
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Run a batch on `path` in English with CSV output: (properties out, standard error).
fn batch_of(path: &PathBuf) -> (usize, String) {
    let settings = Settings {
        format: Format::Csv,
        style: Style {
            lang: Lang::En,
            ..Style::default()
        },
        ..Settings::default()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    batch::run(
        &batch::sources(std::slice::from_ref(path)),
        rules(),
        settings,
        &mut out,
        &mut err,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    (
        out.lines().count().saturating_sub(1),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(96)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// The properties out are the rows in less the rows named in errors: a row is evaluated,
    /// or an error names its line.
    #[test]
    fn no_row_is_lost_unseen(
        rows in 1usize..14,
        edits in prop::collection::vec((0u8..7, 0usize..200, 0usize..64), 0..5),
        dutch in any::<bool>(),
        crlf in any::<bool>(),
        cp1252 in any::<bool>(),
        households in any::<bool>(),
    ) {
        let bytes = spreadsheet(rows, &edits, dutch, crlf, cp1252, households);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        std::fs::write(&path, &bytes).unwrap();
        let (out, err) = batch_of(&path);
        let content = lines_with_content(&bytes);
        let named = named_lines(&err, path.to_str().unwrap());
        let dropped = content.intersection(&named).count();
        prop_assert!(!err.contains("rows were joined"), "{}", err);
        prop_assert_eq!(
            out,
            content.len() - dropped,
            "{}\n{}",
            String::from_utf8_lossy(&bytes),
            err
        );
    }
}
