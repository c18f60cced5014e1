//! The client report of `--report FILE.html`: one self-contained HTML file (no external fonts,
//! scripts or images; the charts inline as SVG) that an advisor hands to a client.
//!
//! Its first page answers the question in plain words under each Box 3 future, with the key
//! figures and the warnings; then come the sections of the table — the same rows the terminal
//! shows ([`super::table::sections`]), with a chart where one helps (`output::chart`) — the
//! derivation with its sources and the confidence of its rules, the rules' status (law or
//! proposal) and the caveats in a box, and the inputs as given with the tool's version, the
//! rules' years and the date, so the report can be reproduced. Nothing here computes a figure.
//!
//! Print CSS gives clean A4 pages: each section on a new page, no table cut inside a row, and a
//! running header with the property's name. Every text from the input or the rules is escaped.

use std::fmt::Write as _;

use super::rows::{Rows, negative};
use super::table::{Block, Detail, Section, sections};
use crate::household::HouseholdReport;
use crate::i18n::{self, Arg, Lang, Msg};
use crate::report::{ExplainSection, Report, ScenarioOut, SellVsKeepOut};

/// The report's style sheet.
const CSS: &str = include_str!("report.css");

/// What the report says about where it comes from, so it can be reproduced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The tool's version.
    pub version: String,
    /// The date the report is dated (`2026-12-07`), given or from `SOURCE_DATE_EPOCH`.
    pub date: String,
    /// The input file as named on the command line.
    pub file: String,
    /// The input as given: the property or household file, or the CSV header and the row.
    pub inputs: String,
    /// The command that made the report.
    pub command: String,
    /// The rules of every year the report used, with their status.
    pub rules: Vec<RulesStatus>,
}

/// The status of one year's rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesStatus {
    pub year: i32,
    /// Not settled law yet (a bill, announced rates).
    pub provisional: bool,
    /// What is and is not settled, in the language of the report.
    pub status: Option<String>,
}

/// `text` safe in HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            // Control characters have no place in the report (a line feed and a tab do).
            c if c.is_control() && c != '\n' && c != '\t' => s.push('\u{fffd}'),
            // An amount is never broken after its euro sign (`€ 134.477`).
            ' ' if s.ends_with('€') => s.push_str("&#160;"),
            c => s.push(c),
        }
    }
    s
}

/// `text` as a CSS string (the running header of the printed pages).
fn css_string(text: &str) -> String {
    let mut s = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => {
                let _ = write!(s, "\\{:x} ", c as u32);
            }
            c if c.is_control() => s.push(' '),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// The report of one property in `lang`.
pub fn property(r: &Report, lang: Lang, meta: &Meta) -> String {
    let mut r = r.clone();
    r.localize(lang);
    let mut page = Page::new(&r.name, r.tax_year, lang);
    page.push(&summary(&r, lang, meta, None));
    for s in &property_sections(&r, lang) {
        page.push(&section_html(&r, s, lang, None));
    }
    page.push(&appendix_explain(None, &[(&r, None)], lang));
    page.push(&status_box(
        r.caveats.iter().collect::<Vec<_>>().as_slice(),
        lang,
        meta,
    ));
    page.push(&provenance(lang, meta));
    page.finish()
}

/// The report of a household in `lang`: its Box 3 and its properties first, then each
/// property's sections.
pub fn household(h: &HouseholdReport, lang: Lang, meta: &Meta) -> String {
    let mut h = h.clone();
    h.localize(lang);
    let mut page = Page::new(&h.name, h.tax_year, lang);
    page.push(&household_summary(&h, lang, meta));
    let mut html = String::new();
    open_section(&mut html, "section", "household_box3");
    let b3 = super::household::box3_rows(&h, lang);
    let _ = writeln!(
        html,
        "<h2>{}</h2>",
        escape(b3.header.first().map_or("", |s| s))
    );
    html.push_str(&table_html(&b3, "key", true));
    html.push_str("</section>\n");
    page.push(&html);
    for (n, r) in h.properties.iter().enumerate() {
        page.push(&summary(r, lang, meta, Some(n + 1)));
        for s in &property_sections(r, lang) {
            page.push(&section_html(r, s, lang, Some(n + 1)));
        }
    }
    let parts: Vec<(&Report, Option<usize>)> = h
        .properties
        .iter()
        .enumerate()
        .map(|(n, r)| (r, Some(n + 1)))
        .collect();
    let title = lang.t(Msg::HHouseholdBox3);
    let lead = h.explain.as_deref().map(|e| (title, e));
    page.push(&appendix_explain(lead, &parts, lang));
    let mut caveats: Vec<String> = h.caveats.clone();
    for r in &h.properties {
        for c in r.caveats.iter() {
            if !caveats.contains(&c) {
                caveats.push(c);
            }
        }
    }
    page.push(&status_box(&caveats, lang, meta));
    page.push(&provenance(lang, meta));
    page.finish()
}

/// A property's sections as the report shows them: with the grid and every year of the plan.
fn property_sections(r: &Report, lang: Lang) -> Vec<Section> {
    sections(
        r,
        lang,
        Detail {
            grid: true,
            all_years: true,
        },
    )
}

/// The document being written.
struct Page {
    html: String,
}

impl Page {
    fn new(name: &str, year: i32, lang: Lang) -> Page {
        let running = lang.f(Msg::RpRunning, &[name.into(), year.into()]);
        let mut html = String::with_capacity(1 << 16);
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
             <meta name=\"generator\" content=\"verhuurd\" />\n<title>{}</title>\n<style>\n{CSS}\
             @page {{ size: A4; margin: 15mm 13mm 13mm 13mm; \
             @top-left {{ content: {}; font-family: sans-serif; font-size: 8pt; color: #555; }} \
             @bottom-right {{ content: counter(page) \" / \" counter(pages); font-family: sans-serif; font-size: 8pt; color: #555; }} }}\n\
             </style>\n</head>\n<body>\n<main>\n",
            match lang {
                Lang::Nl => "nl",
                Lang::En => "en",
            },
            escape(&running),
            css_string(&running),
        );
        Page { html }
    }

    fn push(&mut self, part: &str) {
        self.html.push_str(part);
    }

    fn finish(mut self) -> String {
        self.html.push_str("</main>\n</body>\n</html>\n");
        self.html
    }
}

/// The `data-section` and `id` of a section: its key, with the property's number in a household.
fn section_id(key: &str, part: Option<usize>) -> String {
    match part {
        Some(n) => format!("p{n}-{key}"),
        None => key.to_string(),
    }
}

fn open_section(html: &mut String, class: &str, id: &str) {
    let _ = writeln!(
        html,
        "<section class=\"{class}\" id=\"{id}\" data-section=\"{id}\">",
        id = escape(id)
    );
}

/// What the first page says of one Box 3 future: the figures of its [`ScenarioOut`] (or of the
/// plan under today's system when no future was asked for).
struct Answer<'a> {
    future: &'a str,
    better: &'a str,
    difference: rust_decimal::Decimal,
    break_even_growth_pct: Option<rust_decimal::Decimal>,
    sell_before_bill: Option<&'a crate::report::SellLaterOut>,
    sell_net_worth: rust_decimal::Decimal,
    uitpond: Option<&'a crate::report::UitpondOut>,
}

impl<'a> Answer<'a> {
    fn of(c: &'a ScenarioOut) -> Answer<'a> {
        Answer {
            future: c.future,
            better: c.better,
            difference: c.difference,
            break_even_growth_pct: c.break_even_growth_pct,
            sell_before_bill: c.sell_before_bill.as_ref(),
            sell_net_worth: c.sell_net_worth,
            uitpond: c.uitpond.as_ref(),
        }
    }
}

/// `amount` more (positive) or less (negative), in `lang`.
fn more_or_less(amount: rust_decimal::Decimal, lang: Lang) -> String {
    lang.f(
        if amount >= rust_decimal::Decimal::ZERO {
            Msg::RpMore
        } else {
            Msg::RpLess
        },
        &[Arg::Euro(amount.abs())],
    )
}

/// The uitpond route's answer under one future, in plain words.
fn uitpond_answer(
    u: &crate::report::UitpondOut,
    sell_net_worth: rust_decimal::Decimal,
    lang: Lang,
) -> String {
    lang.f(
        Msg::RpUitpond,
        &[
            Arg::Pct(u.turnover_pct),
            Arg::Euro(u.expected_net_worth),
            more_or_less(-u.difference, lang).into(),
            more_or_less(u.expected_net_worth - sell_net_worth, lang).into(),
            u.sale_year_p10.into(),
            u.sale_year_p90.into(),
        ],
    )
}

/// The BV route's answer under one future, in plain words.
fn bv_answer(c: &crate::calc::bv::Comparison, lang: Lang) -> String {
    let out = crate::money::out;
    let ahead = match c.break_even_year {
        Some(y) => lang.f(Msg::RpBvAhead, &[y.into()]),
        None => lang.t(Msg::RpBvNever).to_string(),
    };
    lang.f(
        Msg::RpBv,
        &[
            c.route.transfer_year.into(),
            Arg::Euro(out(c.route.net_worth)),
            more_or_less(out(c.difference), lang).into(),
            more_or_less(out(c.route.net_worth - c.sell_net_worth), lang).into(),
            ahead.into(),
        ],
    )
}

/// The answer under each Box 3 future, in plain words.
fn answers(p: &SellVsKeepOut, lang: Lang) -> String {
    let years = i18n::count(lang, p.years_planned as usize, Msg::Jaar, Msg::Jaren);
    let mut html = String::from("<div class=\"answers\">\n");
    // Each future asked for is one answer (today's system alone when none is).
    let futures: Vec<Answer> = if p.scenarios.is_empty() {
        vec![Answer {
            future: "forfaitair",
            better: p.better,
            difference: p.difference,
            break_even_growth_pct: p.break_even_growth_pct,
            sell_before_bill: None,
            sell_net_worth: p.sell_net_worth,
            uitpond: p.uitpond.as_ref(),
        }]
    } else {
        p.scenarios.iter().map(Answer::of).collect()
    };
    for c in futures {
        let keep = c.better == "keep";
        let heading = lang.t(match c.future {
            "bill" => Msg::RpUnderBill,
            _ => Msg::RpUnderFuture,
        });
        let verdict = lang.f(
            if keep {
                Msg::RpAnswerKeep
            } else {
                Msg::RpAnswerSell
            },
            &[years.clone().into(), Arg::Euro(c.difference.abs())],
        );
        let _ = writeln!(
            html,
            "<div class=\"answer {}\" data-future=\"{}\">\n<h3>{}</h3>\n<p class=\"verdict\">{}</p>",
            if keep { "keep" } else { "sell" },
            escape(c.future),
            escape(heading),
            escape(&verdict)
        );
        let break_even = match c.break_even_growth_pct {
            Some(b) => lang.f(Msg::RpBreakEvenAt, &[Arg::Pct(b)]),
            None => lang.t(Msg::RpBreakEvenNone).to_string(),
        };
        let _ = writeln!(html, "<p class=\"detail\">{}</p>", escape(&break_even));
        if let Some(l) = c.sell_before_bill {
            let text = lang.f(
                if l.difference >= rust_decimal::Decimal::ZERO {
                    Msg::RpSellBeforeLess
                } else {
                    Msg::RpSellBeforeMore
                },
                &[l.year.into(), Arg::Euro(l.difference.abs())],
            );
            let _ = writeln!(html, "<p class=\"detail\">{}</p>", escape(&text));
        }
        // The route asked for beside these two: uitponden (the BV's answer opens its section).
        if let Some(u) = c.uitpond {
            let text = uitpond_answer(u, c.sell_net_worth, lang);
            let _ = writeln!(html, "<p class=\"detail route\">{}</p>", escape(&text));
        }
        html.push_str("</div>\n");
    }
    html.push_str("</div>\n");
    html
}

/// The route `better` names, in `lang`.
fn route(lang: Lang, better: &str) -> String {
    lang.t(match better {
        "keep" => Msg::Keep,
        "sell_before_bill" => Msg::SellEarlier,
        _ => Msg::Sell,
    })
    .to_string()
}

/// The key figures of a property: each a figure of the report as the table shows it.
fn key_figures(r: &Report, lang: Lang) -> Rows {
    let l_ = |id: Msg| lang.t(id).to_string();
    let mut t = Rows::titled(lang.t(Msg::RpKeyFigures));
    t.add(vec![
        l_(Msg::Box3Value),
        lang.euro(crate::money::out(r.leegwaarderatio.box3_value)),
    ]);
    t.add(vec![
        l_(Msg::Attributable),
        lang.euro(r.box3.attributable_tax),
    ]);
    if let Some(v) = &r.sitting_tenant {
        t.add(vec![
            l_(Msg::RpTenanted),
            lang.euro(crate::money::out(v.valuation.tenanted_value)),
        ]);
    }
    if let Some(p) = &r.sell_vs_keep {
        t.add(vec![l_(Msg::KeepNetWorth), lang.euro(p.keep_net_worth)]);
        t.add(vec![l_(Msg::SellNetWorth), lang.euro(p.sell_net_worth)]);
        if let Some(u) = &p.uitpond {
            t.add(vec![
                l_(Msg::UitpondExpected),
                lang.euro(u.expected_net_worth),
            ]);
        }
    }
    if let Some(y) = &r.yields {
        t.add(vec![
            l_(Msg::NetYield),
            lang.pct(crate::money::out(y.net_pct), 2),
        ]);
        t.add(vec![
            l_(Msg::MonthlyCashFlow),
            lang.euro(crate::money::out(y.monthly_cash_flow)),
        ]);
    }
    if let Some(w) = &r.wws
        && w.sector != crate::model::Segment::Free
    {
        t.add(vec![
            l_(Msg::MaxRent),
            lang.euro_cents(crate::money::out(w.max_rent)),
        ]);
    }
    t
}

/// Warnings that add detail to another one: shown with the section they concern (the rent
/// regulation), not on the first page.
const DETAIL_WARNINGS: &[&str] = &["energy_label_upgrade_effect"];

fn warnings_html(r: &Report, lang: Lang) -> String {
    if r.warnings.iter().all(|w| DETAIL_WARNINGS.contains(&w.code)) {
        return format!("<p>{}</p>\n", escape(lang.t(Msg::RpNoWarnings)));
    }
    let mut html = String::from("<ul class=\"warnings\">\n");
    for w in r
        .warnings
        .iter()
        .filter(|w| !DETAIL_WARNINGS.contains(&w.code))
    {
        let _ = writeln!(
            html,
            "<li>{} <code>[{}]</code></li>",
            escape(&w.text.render(lang)),
            escape(w.code)
        );
    }
    html.push_str("</ul>\n");
    html
}

/// The first page of a property's report (`part`: its number in a household).
fn summary(r: &Report, lang: Lang, meta: &Meta, part: Option<usize>) -> String {
    let mut html = String::new();
    let class = if part.is_some() { "section" } else { "first" };
    open_section(&mut html, class, &section_id("summary", part));
    let _ = writeln!(
        html,
        "<p class=\"kind\">{}</p>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>",
        escape(lang.t(Msg::RpKind)),
        escape(&r.name),
        escape(&lang.f(Msg::RpMeta, &[r.tax_year.into(), meta.date.clone().into()]))
    );
    let l = &r.leegwaarderatio;
    let out = crate::money::out;
    let facts = lang.f(
        Msg::RpFacts,
        &[
            Arg::Euro(out(l.woz_base + l.woz_reduction.unwrap_or_default())),
            Arg::Euro(out(l.jaarhuur)),
            Arg::Pct(out(l.rent_pct_of_woz)),
        ],
    );
    let _ = writeln!(html, "<p class=\"facts\">{}</p>", escape(&facts));
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::RpAnswer)));
    match &r.sell_vs_keep {
        Some(p) => html.push_str(&answers(p, lang)),
        None => {
            let _ = writeln!(html, "<p>{}</p>", escape(lang.t(Msg::RpNoPlan)));
        }
    }
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::RpKeyFigures)));
    html.push_str(&table_html(&key_figures(r, lang), "key", true));
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::HWarnings)));
    html.push_str(&warnings_html(r, lang));
    let _ = writeln!(
        html,
        "<p class=\"disclaimer\">{}</p>",
        escape(lang.t(Msg::RpDisclaimer))
    );
    html.push_str("</section>\n");
    html
}

/// The first page of a household's report: its Box 3, its properties, each one's answer.
fn household_summary(h: &HouseholdReport, lang: Lang, meta: &Meta) -> String {
    let mut html = String::new();
    open_section(&mut html, "first", "summary");
    let _ = writeln!(
        html,
        "<p class=\"kind\">{}</p>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>",
        escape(lang.t(Msg::RpKindHousehold)),
        escape(&h.name),
        escape(&lang.f(Msg::RpMeta, &[h.tax_year.into(), meta.date.clone().into()]))
    );
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::RpAnswer)));
    html.push_str(&table_html(&household_answers(h, lang), "verdicts", false));
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::RpProperties)));
    html.push_str(&table_html(
        &super::household::property_rows(h, lang),
        "",
        false,
    ));
    let _ = writeln!(
        html,
        "<p class=\"note\">{}</p>",
        escape(lang.t(Msg::HouseholdNote))
    );
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.t(Msg::HWarnings)));
    // The warnings every property has, in full; of the others their codes, in full on the
    // property's own first page.
    let all = h.properties.len();
    let mut shared: Vec<(String, &str)> = Vec::new();
    if let Some(first) = h.properties.first() {
        for w in &first.warnings {
            let text = w.text.render(lang);
            let everywhere = h.properties.iter().all(|r| {
                r.warnings
                    .iter()
                    .any(|o| o.code == w.code && o.text.render(lang) == text)
            });
            if everywhere && all > 0 {
                shared.push((text, w.code));
            }
        }
    }
    let mut items: Vec<String> = shared
        .iter()
        .map(|(text, code)| format!("{} <code>[{}]</code>", escape(text), escape(code)))
        .collect();
    for r in &h.properties {
        let own: Vec<&str> = r
            .warnings
            .iter()
            .filter(|w| !shared.iter().any(|(_, c)| *c == w.code))
            .map(|w| w.code)
            .collect();
        if !own.is_empty() {
            items.push(escape(&lang.f(
                Msg::RpWarningOf,
                &[r.name.clone().into(), own.join(", ").into()],
            )));
        }
    }
    if items.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(lang.t(Msg::RpNoWarnings)));
    } else {
        html.push_str("<ul class=\"warnings\">\n");
        for i in items {
            let _ = writeln!(html, "<li>{i}</li>");
        }
        html.push_str("</ul>\n");
    }
    let _ = writeln!(
        html,
        "<p class=\"disclaimer\">{}</p>",
        escape(lang.t(Msg::RpDisclaimer))
    );
    html.push_str("</section>\n");
    html
}

/// The answer for each property of a household under each Box 3 future: the better route and
/// by how much.
fn household_answers(h: &HouseholdReport, lang: Lang) -> Rows {
    let mut futures: Vec<&'static str> = Vec::new();
    for r in &h.properties {
        for c in r.sell_vs_keep.iter().flat_map(|p| &p.scenarios) {
            if !futures.contains(&c.future) {
                futures.push(c.future);
            }
        }
    }
    if futures.is_empty() {
        futures.push("forfaitair");
    }
    let label = |f: &str| {
        lang.t(match f {
            "bill" => Msg::FutureBill,
            _ => Msg::FutureToday,
        })
        .to_string()
    };
    let mut header = vec![lang.t(Msg::ColProperty).to_string()];
    header.extend(futures.iter().map(|f| label(f)));
    let mut t = Rows::new(header);
    for r in &h.properties {
        let mut cells = vec![r.name.clone()];
        for f in &futures {
            let cell = r.sell_vs_keep.as_ref().and_then(|p| {
                let (better, difference) = match p.scenarios.iter().find(|c| c.future == *f) {
                    Some(c) => (c.better, c.difference),
                    None if *f == "forfaitair" => (p.better, p.difference),
                    None => return None,
                };
                Some(lang.f(
                    Msg::RpBetterBy,
                    &[route(lang, better).into(), Arg::Euro(difference.abs())],
                ))
            });
            cells.push(cell.unwrap_or_else(|| "—".into()));
        }
        t.add_plain(cells);
    }
    t
}

/// A table of rows; `titled`: the header is a title shown above the table (a section's name),
/// not a header row.
fn table_html(t: &Rows, class: &str, titled: bool) -> String {
    let mut html = String::new();
    let _ = writeln!(html, "<table class=\"{class}\">");
    let n = t.column_count();
    if !titled && !t.header.is_empty() {
        html.push_str("<thead><tr>");
        for (i, h) in t.header.iter().enumerate() {
            let _ = write!(
                html,
                "<th{}>{}</th>",
                if i > 0 { " class=\"num\"" } else { "" },
                escape(&h.replace('\n', " "))
            );
        }
        html.push_str("</tr></thead>\n");
    }
    html.push_str("<tbody>\n");
    for row in &t.rows {
        html.push_str("<tr>");
        for i in 0..n {
            let cell = row.cells.get(i).map_or("", String::as_str);
            let mut classes = Vec::new();
            if i > 0 {
                classes.push("num");
            }
            if i > 0 && row.signed && negative(cell) {
                classes.push("neg");
            }
            let class = if classes.is_empty() {
                String::new()
            } else {
                format!(" class=\"{}\"", classes.join(" "))
            };
            let _ = write!(html, "<td{class}>{}</td>", escape(cell.trim()));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// Whether the header of `t` is a title (the first cell only).
fn is_titled(t: &Rows) -> bool {
    t.header.len() >= 2 && t.header[1..].iter().all(|h| h.is_empty())
}

/// A chart as a figure with its caption.
fn figure(svg: Option<String>, caption: Msg, kind: &str, lang: Lang) -> String {
    let Some(svg) = svg else {
        return String::new();
    };
    // The SVG's own XML declaration, if any, has no place inside HTML.
    let svg = match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => return String::new(),
    };
    format!(
        "<figure class=\"chart\" data-chart=\"{kind}\">\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
        escape(lang.t(caption))
    )
}

#[cfg(feature = "chart")]
fn chart(r: &Report, kind: &str, lang: Lang) -> Option<String> {
    match kind {
        "net_worth" => super::chart::net_worth_svg(r, lang),
        "box3" => super::chart::box3_svg(r, lang),
        "grid_uitpond" => super::chart::uitpond_grid_svg(r, lang),
        _ => super::chart::grid_svg(r, lang),
    }
}

#[cfg(not(feature = "chart"))]
fn chart(_: &Report, _: &str, _: Lang) -> Option<String> {
    None
}

/// One section of the table, with its charts.
fn section_html(r: &Report, s: &Section, lang: Lang, part: Option<usize>) -> String {
    let mut html = String::new();
    open_section(&mut html, "section", &section_id(s.key, part));
    let title = match part {
        Some(_) => format!("{}: {}", r.name, s.title()),
        None => s.title().to_string(),
    };
    let _ = writeln!(html, "<h2>{}</h2>", escape(&title));
    // The BV route's answer in plain words under each future, above its table.
    if s.key == "bv" {
        for c in r.bv.iter().flat_map(|b| &b.scenarios) {
            let future = lang.t(match c.future {
                "bill" => Msg::FutureBill,
                _ => Msg::FutureToday,
            });
            let text = lang.f(
                Msg::RpWarningOf,
                &[future.into(), bv_answer(c, lang).into()],
            );
            let _ = writeln!(html, "<p class=\"route\">{}</p>", escape(&text));
        }
    }
    let plan = s.key == "sell_vs_keep";
    let mut tables = 0;
    for b in &s.blocks {
        match b {
            Block::Table(t) => {
                let titled = tables == 0 && is_titled(t);
                let class = match (plan, tables) {
                    (true, 1) => "years long",
                    (_, 0) => "key",
                    _ => "",
                };
                html.push_str(&table_html(t, class, titled));
                tables += 1;
                if plan && tables == 1 {
                    html.push_str(&figure(
                        chart(r, "net_worth", lang),
                        Msg::RpFigNetWorth,
                        "net_worth",
                        lang,
                    ));
                }
                if plan && tables == 2 {
                    html.push_str(&figure(
                        chart(r, "box3", lang),
                        Msg::RpFigBox3,
                        "box3",
                        lang,
                    ));
                }
            }
            Block::Heading(h) => {
                let _ = writeln!(html, "<h3>{}</h3>", escape(h));
            }
            Block::Note(n) | Block::Item(n) => {
                let _ = writeln!(html, "<p class=\"note\">{}</p>", escape(n));
            }
        }
    }
    if s.key == "wws" {
        for w in r
            .warnings
            .iter()
            .filter(|w| DETAIL_WARNINGS.contains(&w.code))
        {
            let _ = writeln!(
                html,
                "<p class=\"note\">{} <code>[{}]</code></p>",
                escape(&w.text.render(lang)),
                escape(w.code)
            );
        }
    }
    if plan && r.grid.is_some() {
        html.push_str(&figure(
            chart(r, "grid", lang),
            Msg::RpFigGrid,
            "grid",
            lang,
        ));
        if r.grid
            .as_ref()
            .is_some_and(|g| !g.uitpond_difference.is_empty())
        {
            html.push_str(&figure(
                chart(r, "grid_uitpond", lang),
                Msg::RpFigGridUitpond,
                "grid_uitpond",
                lang,
            ));
        }
    }
    html.push_str("</section>\n");
    html
}

/// The steps of one section of the derivation under `title`.
fn steps_html(title: &str, steps: &[crate::explain::Step], lang: Lang) -> String {
    let mut html = String::new();
    let _ = writeln!(html, "<h3>{}</h3>", escape(title));
    html.push_str("<div class=\"steps\">\n");
    for step in steps {
        let mut confidence: Vec<String> = Vec::new();
        for c in &step.sources {
            if let Some(k) = c.confidence {
                let k = k.to_string();
                if !confidence.contains(&k) {
                    confidence.push(k);
                }
            }
        }
        if step.provisional() {
            confidence.push(lang.t(Msg::RpProvisional).to_string());
        }
        let _ = write!(
            html,
            "<div class=\"step\">\n<p class=\"figure\"><span class=\"name\">{}</span> = <span class=\"value\">{}</span>",
            escape(&step.figure),
            escape(&step.value),
        );
        if !confidence.is_empty() {
            let _ = write!(
                html,
                " <span class=\"confidence\">{}: {}</span>",
                escape(lang.t(Msg::RpColConfidence)),
                escape(&confidence.join(", "))
            );
        }
        let _ = writeln!(html, "</p>\n<p class=\"how\">{}</p>", escape(&step.how));
        if let Some(src) = step.source_in(lang) {
            let _ = writeln!(
                html,
                "<p class=\"source\">{}</p>",
                escape(&lang.f(Msg::Source, &[src.into()]))
            );
        }
        html.push_str("</div>\n");
    }
    html.push_str("</div>\n");
    html
}

/// The derivation of every figure, by section (of each property in a household).
fn appendix_explain(
    lead: Option<(&str, &[ExplainSection])>,
    parts: &[(&Report, Option<usize>)],
    lang: Lang,
) -> String {
    let mut html = String::new();
    open_section(&mut html, "section appendix", "explain");
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<p class=\"note\">{}</p>",
        escape(lang.t(Msg::RpAppendix)),
        escape(lang.t(Msg::RpAppendixIntro))
    );
    // A household's own figures first.
    if let Some((title, sections)) = lead {
        for ExplainSection { steps, .. } in sections {
            html.push_str(&steps_html(title, steps, lang));
        }
    }
    for (r, part) in parts {
        let titles: Vec<(&'static str, String)> = property_sections(r, lang)
            .iter()
            .map(|s| (s.key, s.title().to_string()))
            .collect();
        for ExplainSection { section, steps } in r.explain.iter().flatten() {
            if steps.is_empty() {
                continue;
            }
            let title = match titles.iter().find(|(k, _)| k == section) {
                Some((_, t)) => t.as_str(),
                None if section == "defaults" => lang.t(Msg::RpDefaults),
                None => section.as_str(),
            };
            let title = match part {
                Some(_) => format!("{}: {title}", r.name),
                None => title.to_string(),
            };
            html.push_str(&steps_html(&title, steps, lang));
        }
    }
    html.push_str("</section>\n");
    html
}

/// The caveats and the status of the rules of every year used, in a box.
fn status_box(caveats: &[String], lang: Lang, meta: &Meta) -> String {
    let mut html = String::new();
    open_section(&mut html, "section", "status");
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<div class=\"box\">",
        escape(lang.t(Msg::RpStatus))
    );
    let _ = writeln!(html, "<h3>{}</h3>", escape(lang.t(Msg::HCaveats)));
    if caveats.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(lang.t(Msg::RpCaveatsNone)));
    } else {
        html.push_str("<ul>\n");
        for c in caveats {
            let _ = writeln!(html, "<li>{}</li>", escape(c));
        }
        html.push_str("</ul>\n");
    }
    let _ = writeln!(
        html,
        "<table class=\"rules\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(lang.t(Msg::RpColYear)),
        escape(lang.t(Msg::RpColStatus)),
        escape(lang.t(Msg::RpColNote)),
    );
    for y in &meta.rules {
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            y.year,
            escape(lang.t(if y.provisional {
                Msg::RpProposal
            } else {
                Msg::RpLaw
            })),
            escape(y.status.as_deref().unwrap_or("")),
        );
    }
    html.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    html
}

/// The inputs as given, the version, the rules' years, the date and the command.
fn provenance(lang: Lang, meta: &Meta) -> String {
    let mut html = String::new();
    open_section(&mut html, "section", "inputs");
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<p class=\"note\">{}</p>\n<dl class=\"provenance\">",
        escape(lang.t(Msg::RpInputs)),
        escape(lang.t(Msg::RpInputsIntro))
    );
    let years: Vec<String> = meta.rules.iter().map(|y| y.year.to_string()).collect();
    for (label, value) in [
        (Msg::RpVersion, format!("verhuurd {}", meta.version)),
        (Msg::RpRulesYears, years.join(", ")),
        (Msg::RpDate, meta.date.clone()),
        (Msg::RpFile, meta.file.clone()),
        (Msg::RpCommand, meta.command.clone()),
    ] {
        let _ = writeln!(
            html,
            "<dt>{}</dt><dd>{}</dd>",
            escape(lang.t(label)),
            escape(&value)
        );
    }
    let _ = writeln!(
        html,
        "</dl>\n<pre class=\"inputs\">{}</pre>\n</section>",
        escape(&meta.inputs)
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"Tom & Jerry's\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;"
        );
        assert_eq!(escape("a\u{1b}b"), "a\u{fffd}b");
        assert_eq!(
            css_string("a\"b\\</style>"),
            "\"a\\22 b\\5c \\3c /style\\3e \""
        );
    }
}
