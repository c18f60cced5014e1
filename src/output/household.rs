//! The terminal table of a household: its Box 3, a summary row per property (value in rented
//! state, its tax share two ways, keep − sell, the better route), then each property's table.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use rust_decimal::Decimal;

use super::table::WIDTH;
use crate::household::HouseholdReport;
use crate::money::{euro, nl_number, pct};

fn new_table(header: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH)
        .set_header(header);
    t
}

fn right(mut t: Table, from: usize) -> Table {
    for i in from..t.column_count() {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// `text` wrapped at [`WIDTH`] columns, every line indented by `indent`.
fn wrap(text: &str, indent: usize) -> String {
    let mut out = String::new();
    let mut line = " ".repeat(indent);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH as usize {
            out.push_str(&line);
            out.push('\n');
            line = " ".repeat(indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The household's table; with `details`, each property's full table follows.
pub fn table(r: &HouseholdReport, details: bool) -> String {
    let n = r.properties.len();
    let mut s = format!(
        "{} — huishouden, belastingjaar {}, {n} {}\n",
        super::printable(&r.name),
        r.tax_year,
        if n == 1 { "woning" } else { "woningen" }
    );
    let b = &r.box3;
    let mut t = new_table(vec![
        "Box 3 (huishouden, alle woningen)".into(),
        String::new(),
    ]);
    t.add_row(vec!["forfaitair rendement".to_string(), euro(b.rendement)]);
    t.add_row(vec![
        "rendementsgrondslag".to_string(),
        euro(b.rendementsgrondslag),
    ]);
    t.add_row(vec![
        "grondslag sparen en beleggen".to_string(),
        euro(b.grondslag),
    ]);
    t.add_row(vec![
        "voordeel uit sparen en beleggen".to_string(),
        euro(b.voordeel),
    ]);
    t.add_row(vec!["box 3-belasting".to_string(), euro(b.tax)]);
    if b.per_person.len() > 1 {
        for (who, p) in ["eigenaar", "partner"].iter().zip(&b.per_person) {
            t.add_row(vec![
                format!("  {who}: {} van de grondslag", pct(p.allocation_pct, 2)),
                format!("{} → {}", pct(p.aandeel_pct, 2), euro(p.tax)),
            ]);
        }
    }
    t.add_row(vec![
        "box 3-belasting zonder de woningen".to_string(),
        euro(b.tax_without_properties),
    ]);
    if let (Some(a), Some(tax)) = (b.actual_return, b.actual_return_tax) {
        t.add_row(vec![
            "werkelijk rendement (tegenbewijs)".to_string(),
            euro(a),
        ]);
        t.add_row(vec!["belasting bij tegenbewijs".to_string(), euro(tax)]);
    }
    s.push_str(&right(t, 1).to_string());
    s.push('\n');

    let mut t = new_table(
        [
            "woning",
            "waarde\nverhuurd",
            "box 3\nmarginaal",
            "box 3\nnaar rato",
            "verhuren −\nverkopen",
            "beter",
        ]
        .iter()
        .map(|h| h.to_string())
        .collect(),
    );
    let amount = |v: Decimal| nl_number(v, 0);
    let cents = |v: Decimal| nl_number(v, 2);
    let dash = || "—".to_string();
    let mut tenanted = Decimal::ZERO;
    let mut marginal = Decimal::ZERO;
    for p in &r.properties {
        let share = p.household_share.as_ref();
        let v = p.sitting_tenant.as_ref().map(|v| v.tenanted_value);
        tenanted += v.unwrap_or_default();
        marginal += share.map(|h| h.marginal_tax).unwrap_or_default();
        let plan = p.sell_vs_keep.as_ref();
        t.add_row(vec![
            super::printable(&p.name).into_owned(),
            v.map(amount).unwrap_or_else(dash),
            share.map(|h| amount(h.marginal_tax)).unwrap_or_else(dash),
            share.map(|h| cents(h.pro_rata_tax)).unwrap_or_else(dash),
            plan.map(|x| amount(x.difference)).unwrap_or_else(dash),
            plan.map(|x| {
                if x.better == "keep" {
                    "verhuren"
                } else {
                    "verkopen"
                }
                .to_string()
            })
            .unwrap_or_else(dash),
        ]);
    }
    t.add_row(vec![
        "overig vermogen".to_string(),
        dash(),
        dash(),
        cents(r.allocation.other_wealth.pro_rata_tax),
        dash(),
        dash(),
    ]);
    t.add_row(vec![
        "huishouden".to_string(),
        amount(tenanted),
        amount(marginal),
        cents(b.tax),
        dash(),
        dash(),
    ]);
    let mut constraints = vec![ColumnConstraint::LowerBoundary(Width::Fixed(10))];
    constraints.extend(std::iter::repeat_n(ColumnConstraint::ContentWidth, 5));
    t.set_constraints(constraints);
    s.push_str(&right(t, 1).to_string());
    s.push('\n');
    s.push_str(&wrap(
        "bedragen in euro; box 3 marginaal: de box 3-belasting van het huishouden met alle woningen min zonder deze woning (telt niet op tot het totaal); box 3 naar rato: de box 3-belasting van het huishouden verdeeld naar de netto bijdrage aan de rendementsgrondslag (waarde in box 3 − hypotheek, het overig vermogen: bank + overige bezittingen − schulden), in centen, de resterende centen naar de grootste resten (telt op tot het totaal); verhuren − verkopen: met de andere woningen aangehouden",
        2,
    ));
    for section in r.explain.iter().flatten() {
        for step in &section.steps {
            s.push_str(&wrap(&format!("· {} = {}", step.figure, step.value), 2));
            s.push_str(&wrap(&step.how, 6));
        }
    }
    if details {
        for p in &r.properties {
            s.push('\n');
            s.push_str(&super::table::single(p));
        }
    }
    s
}
