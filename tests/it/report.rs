//! The client report (`--report FILE.html`): well-formed, self-contained, every section there, in
//! Dutch and English, every text escaped, dated reproducibly, and one row of a batch by name.
//! (How it renders in a browser is tests/browser/check.py's.)

use std::path::Path;

use crate::support::{run, texts};

/// Write the report of `args` into a temporary folder; its text, standard error and exit code.
fn report(args: &[&str], file: &str) -> (String, String, i32) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.html");
    let mut all = vec!["--report", path.to_str().unwrap()];
    all.extend_from_slice(args);
    all.push(file);
    let out = run(&all, None);
    let (stdout, stderr) = texts(&out);
    assert!(stdout.is_empty(), "nothing on standard output: {stdout}");
    let html = std::fs::read_to_string(&path).unwrap_or_default();
    (html, stderr, out.status.code().unwrap_or(-1))
}

/// The problems of a report's HTML: not well-formed, a reference outside the file, a script.
fn problems(html: &str) -> Vec<String> {
    let doc = match roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    ) {
        Ok(d) => d,
        Err(e) => return vec![format!("not well-formed: {e}")],
    };
    let mut found = Vec::new();
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name();
        if matches!(
            tag,
            "script" | "link" | "img" | "iframe" | "object" | "embed" | "image" | "use"
        ) {
            found.push(format!("a <{tag}> element"));
        }
        for a in n.attributes() {
            let v = a.value().trim();
            if matches!(a.name(), "href" | "src" | "srcset" | "action" | "data")
                && !v.starts_with('#')
            {
                found.push(format!("{}=\"{v}\" on <{tag}>", a.name()));
            }
            if a.name().starts_with("on") {
                found.push(format!("an event handler {} on <{tag}>", a.name()));
            }
        }
        if tag == "style" {
            let css = n.text().unwrap_or_default();
            for bad in ["url(", "@import", "@font-face"] {
                if css.contains(bad) {
                    found.push(format!("{bad} in the style sheet"));
                }
            }
        }
    }
    found
}

/// The `data-section` of every section, in order.
fn sections(html: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("section"))
        .filter_map(|n| n.attribute("data-section").map(String::from))
        .collect()
}

#[test]
fn every_example_gives_a_well_formed_self_contained_report_in_both_languages() {
    let mut examples: Vec<_> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            // A history file (`[history]`) has no report.
            .filter(|p| {
                !std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .any(|l| l.trim() == "[history]")
            })
            .collect();
    examples.sort();
    assert!(examples.len() >= 5);
    for example in &examples {
        let file = format!(
            "examples/{}",
            example.file_name().unwrap().to_string_lossy()
        );
        for (lang, answer) in [("nl", "Het antwoord"), ("en", "The answer")] {
            let (html, err, code) = report(&["--lang", lang, "--report-date", "2026-12-07"], &file);
            assert_eq!(code, 0, "{file} {lang}: {err}");
            assert!(
                problems(&html).is_empty(),
                "{file} {lang}: {:?}",
                problems(&html)
            );
            assert!(html.contains(&format!("<html lang=\"{lang}\">")));
            assert!(html.contains(answer), "{file} {lang}");
            let s = sections(&html);
            for key in ["summary", "explain", "status", "inputs"] {
                assert!(s.iter().any(|x| x == key), "{file} {lang}: {key} in {s:?}");
            }
            // The inputs as given, the version and the date.
            let given = std::fs::read_to_string(example).unwrap();
            let first_key = given.lines().find(|l| l.starts_with("name")).unwrap_or("");
            assert!(html.contains(&first_key.replace('"', "&quot;")), "{file}");
            assert!(html.contains(env!("CARGO_PKG_VERSION")));
            assert!(html.contains("2026-12-07"));
        }
    }
}

#[test]
fn the_family_house_has_every_section_with_its_charts() {
    let (html, err, code) = report(
        &["--report-date", "2026-12-07"],
        "examples/eengezinswoning.toml",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("rapport geschreven"), "{err}");
    assert_eq!(
        sections(&html),
        [
            "summary",
            "leegwaarderatio",
            "box3",
            "sitting_tenant",
            "sell_vs_keep",
            "yield",
            "wws",
            "explain",
            "status",
            "inputs"
        ]
    );
    for chart in ["net_worth", "box3", "grid"] {
        assert!(
            html.contains(&format!("data-chart=\"{chart}\"><svg"))
                || html.contains(&format!("data-chart=\"{chart}\">\n<svg")),
            "{chart}"
        );
    }
    // The answer under both Box 3 futures, in plain words, with the figures of the table.
    assert!(html.contains("Als box 3 blijft zoals nu"));
    assert!(html.contains("Als het wetsvoorstel"));
    assert!(html.contains("€&#160;126.616 meer over dan nu verkopen"));
    // The rules' status: the bill's years are a proposal.
    assert!(html.contains("voorstel, nog geen wet"));
    // Print: A4, a running header with the name.
    assert!(html.contains("size: A4"));
    assert!(html.contains("@top-left { content: \"Eengezinswoning Amersfoort"));
}

#[test]
fn the_date_comes_from_source_date_epoch_and_a_wrong_date_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.html");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_verhuurd"))
        .args([
            "--report",
            path.to_str().unwrap(),
            "examples/microstudio.toml",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SOURCE_DATE_EPOCH", "1796601600")
        .output()
        .unwrap();
    assert!(out.status.success());
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(first.contains("opgesteld op 2026-12-07"));
    // The same input, date and version: the same report.
    let (again, _, _) = report(
        &["--report-date", "2026-12-07"],
        "examples/microstudio.toml",
    );
    let strip = |h: &str| {
        h.lines()
            .filter(|l| !l.contains("--report "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&first), strip(&again));
    let (_, err, code) = report(&["--report-date", "7-12-2026"], "examples/microstudio.toml");
    assert_eq!(code, 2);
    assert!(err.contains("2026-12-07"), "{err}");
}

#[test]
fn every_text_of_the_input_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("woning.toml");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/eengezinswoning.toml"),
    )
    .unwrap()
    .replace(
        "name = \"Eengezinswoning Amersfoort\"",
        "name = \"<script>alert('x')</script> & \\\"Zn\\\" </style>\"",
    );
    std::fs::write(&input, text).unwrap();
    let (html, err, code) = report(&[], input.to_str().unwrap());
    assert_eq!(code, 0, "{err}");
    assert!(problems(&html).is_empty(), "{:?}", problems(&html));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Zn&quot;"));
    assert_eq!(html.matches("</style>").count(), 1);
}

#[test]
fn one_row_of_a_batch_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("portefeuille.csv");
    std::fs::write(
        &csv,
        "name,tax_year,property.woz_value,property.surface_m2,property.energy_label,lease.monthly_rent,plan.years\n\
         Hoekhuis,2026,300000,90,C,1100,10\n\
         Benedenwoning,2026,250000,70,B,950,5\n",
    )
    .unwrap();
    let csv = csv.to_str().unwrap();
    let (html, err, code) = report(&["--report-name", "Benedenwoning"], csv);
    assert_eq!(code, 0, "{err}");
    assert!(html.contains("<h1>Benedenwoning</h1>"));
    // The inputs as given: the header and that row.
    assert!(html.contains("Benedenwoning,2026,250000"));
    assert!(!html.contains("Hoekhuis,2026"));
    // Several and no name: the names to choose from.
    let (_, err, code) = report(&[], csv);
    assert_eq!(code, 2);
    assert!(
        err.contains("--report-name") && err.contains("Hoekhuis, Benedenwoning"),
        "{err}"
    );
    let (_, err, code) = report(&["--lang", "en", "--report-name", "Villa"], csv);
    assert_eq!(code, 2);
    assert!(
        err.contains("no property or household named Villa"),
        "{err}"
    );
}

#[test]
fn a_household_has_its_box3_and_each_property() {
    let (html, err, code) = report(&["--lang", "en"], "examples/huishouden.toml");
    assert_eq!(code, 0, "{err}");
    let s = sections(&html);
    assert_eq!(s[..2], ["summary", "household_box3"]);
    for n in 1..=3 {
        for key in ["summary", "box3", "sell_vs_keep"] {
            assert!(s.contains(&format!("p{n}-{key}")), "p{n}-{key} in {s:?}");
        }
    }
    assert!(html.contains("Report on a household"));
}

#[test]
fn the_charts_keep_their_labels_off_the_cells_and_dash_the_bill_in_the_legend() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huis.svg");
    let out = run(
        &[
            "--chart",
            path.to_str().unwrap(),
            "examples/eengezinswoning.toml",
        ],
        None,
    );
    assert!(out.status.success());
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let num = |n: &roxmltree::Node, a: &str| -> f64 {
        n.attribute(a).and_then(|v| v.parse().ok()).unwrap_or(0.0)
    };
    // The grid's cells, and the break-even label right of them all.
    let cells: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && num(n, "width") > 50.0 && num(n, "width") < 300.0)
        .collect();
    assert!(cells.len() >= 25, "{} cells", cells.len());
    let right = cells
        .iter()
        .map(|n| num(n, "x") + num(n, "width"))
        .fold(0.0, f64::max);
    let label = doc
        .descendants()
        .find(|n| n.has_tag_name("text") && n.text().is_some_and(|t| t.trim() == "omslagpunt"))
        .expect("the break-even label");
    assert!(
        num(&label, "x") > right,
        "label at {} over cells to {right}",
        num(&label, "x")
    );
    // The legend: the bill's samples dashed (three short strokes), today's one stroke.
    let samples = |colour: &str, length: f64| {
        doc.descendants()
            .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(colour))
            .filter(|n| {
                let p: Vec<f64> = n
                    .attribute("points")
                    .unwrap_or("")
                    .split([' ', ','])
                    .filter_map(|v| v.parse().ok())
                    .collect();
                // In the legend: at its samples' places, in the strip under the line chart.
                let legend = [116.0, 129.0, 142.0, 456.0, 469.0, 482.0];
                p.len() == 4
                    && p[1] == p[3]
                    && (p[2] - p[0] - length).abs() < 0.5
                    && legend.contains(&p[0])
                    && (420.0..500.0).contains(&p[1])
            })
            .count()
    };
    for colour in ["#0072B2", "#D55E00"] {
        assert_eq!(samples(colour, 34.0), 1, "{colour}: one solid sample");
        assert_eq!(samples(colour, 8.0), 3, "{colour}: a dashed sample");
    }
}
