//! The terminal table: the Dutch tax terms a landlord knows, euros in Dutch notation, at most 80
//! columns wide.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use rust_decimal::Decimal;

use crate::money::{euro, euro_cents, nl_number, pct};
use crate::report::{ExplainSection, Report};

/// The width the tables keep to.
pub const WIDTH: u16 = 80;

fn table(title: &str) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH)
        .set_header(vec![title, ""]);
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

fn explain_block(r: &Report, section: &str, out: &mut String) {
    let Some(sections) = &r.explain else { return };
    let Some(ExplainSection { steps, .. }) = sections.iter().find(|s| s.section == section) else {
        return;
    };
    for s in steps {
        out.push_str(&wrap(&format!("· {} = {}", s.figure, s.value), 2, 6));
        out.push_str(&wrap(&s.how, 6, 6));
        if let Some(src) = &s.source {
            out.push_str(&wrap(&format!("bron: {src}"), 6, 8));
        }
    }
}

/// `text` wrapped at [`WIDTH`] columns: the first line indented by `first`, the rest by `rest`.
fn wrap(text: &str, first: usize, rest: usize) -> String {
    let mut out = String::new();
    let mut line = " ".repeat(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH as usize {
            out.push_str(&line);
            out.push('\n');
            line = " ".repeat(rest);
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

/// The full table of one property.
pub fn single(r: &Report) -> String {
    let mut s = format!(
        "{} — belastingjaar {}\n",
        super::printable(&r.name),
        r.tax_year
    );
    let l = &r.leegwaarderatio;
    let mut t = table("Leegwaarderatio (waarde in box 3)");
    t.add_row(vec![
        "jaarhuur (kale huur × 12)".to_string(),
        euro(l.jaarhuur),
    ]);
    t.add_row(vec![
        "huur als % van de WOZ-waarde".to_string(),
        pct(l.rent_pct_of_woz, 2),
    ]);
    let reason = match l.reason {
        crate::leegwaarderatio::Reason::Bracket => "volgens de tabel",
        crate::leegwaarderatio::Reason::TemporaryContract => "tijdelijk contract: 100%",
        crate::leegwaarderatio::Reason::RelatedParty => "verbonden partij, geen zakelijke huur",
        crate::leegwaarderatio::Reason::NotLet => "niet verhuurd op 1 januari: 100%",
    };
    t.add_row(vec![
        format!("leegwaarderatio ({reason})"),
        pct(l.ratio_pct, 0),
    ]);
    t.add_row(vec![
        "waarde in box 3 (WOZ × ratio)".to_string(),
        euro(l.box3_value),
    ]);
    s.push_str(&right(t, 1).to_string());
    s.push('\n');
    explain_block(r, "leegwaarderatio", &mut s);

    let b = &r.box3;
    let mut t = table("Box 3 (huishouden, met de woning)");
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
        "box 3-belasting zonder de woning".to_string(),
        euro(b.tax_without_property),
    ]);
    t.add_row(vec![
        "toe te rekenen aan de woning".to_string(),
        euro(b.attributable_tax),
    ]);
    if let (Some(a), Some(tax)) = (b.actual_return, b.actual_return_tax) {
        t.add_row(vec![
            "werkelijk rendement (tegenbewijs)".to_string(),
            euro(a),
        ]);
        if !b.actual_return_other_given {
            t.add_row(vec![
                "  bank en overige bezittingen".to_string(),
                "forfaitair".to_string(),
            ]);
        }
        t.add_row(vec!["belasting bij tegenbewijs".to_string(), euro(tax)]);
    }
    s.push_str(&right(t, 1).to_string());
    s.push('\n');
    explain_block(r, "box3", &mut s);

    if let Some(v) = &r.sitting_tenant {
        let mut t = table("Waarde met huurder (verhuurde staat)");
        t.add_row(vec![
            "leegwaarde (vrij van huur)".to_string(),
            euro(v.vacant_value),
        ]);
        t.add_row(vec![
            format!("waarde verhuurd (DCF), {} korting", pct(v.discount_pct, 1)),
            euro(v.tenanted_value),
        ]);
        t.add_row(vec![
            "verkoop aan de zittende huurder".to_string(),
            euro(v.to_tenant_value),
        ]);
        t.add_row(vec![
            "marktband (check)".to_string(),
            format!("{} – {}", euro(v.band_low), euro(v.band_high)),
        ]);
        t.add_row(vec![
            "rendementsmethode (check)".to_string(),
            euro(v.yield_value),
        ]);
        s.push_str(&right(t, 1).to_string());
        s.push('\n');
        explain_block(r, "sitting_tenant", &mut s);
    }

    if let Some(p) = &r.sell_vs_keep {
        let mut t = table(&format!(
            "Verkopen of blijven verhuren ({} jaar)",
            p.years_planned
        ));
        let route = match p.sale {
            "to_tenant" => "aan de huurder",
            "vacant" => "leeg, als scenario",
            _ => "verhuurd",
        };
        t.add_row(vec![
            format!("nu verkopen ({route}), netto opbrengst"),
            euro(p.proceeds_now),
        ]);
        t.add_row(vec![
            "vermogen aan het eind: blijven verhuren".to_string(),
            euro(p.keep_net_worth),
        ]);
        t.add_row(vec![
            "vermogen aan het eind: nu verkopen".to_string(),
            euro(p.sell_net_worth),
        ]);
        t.add_row(vec![
            "verschil (verhuren − verkopen)".to_string(),
            euro(p.difference),
        ]);
        t.add_row(vec![
            "beter".to_string(),
            if p.better == "keep" {
                "blijven verhuren".into()
            } else {
                "verkopen".into()
            },
        ]);
        t.add_row(vec![
            "omslagpunt waardegroei per jaar".to_string(),
            p.break_even_growth_pct
                .map(|b| pct(b, 2))
                .unwrap_or_else(|| "geen tussen −10% en +20%".into()),
        ]);
        if let Some(irr) = p.keep_irr_pct {
            t.add_row(vec![
                "rendement van blijven verhuren (IRR)".to_string(),
                pct(irr, 2),
            ]);
        }
        s.push_str(&right(t, 1).to_string());
        s.push('\n');
        let mut y = Table::new();
        y.load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(WIDTH)
            .set_header(vec![
                "jaar",
                "huur",
                "box 3 verhuren",
                "vermogen verhuren",
                "box 3 verkopen",
                "vermogen verkopen",
            ]);
        let n = p.years.len();
        for (i, row) in p.years.iter().enumerate() {
            // A short view: the first five years and the last.
            if n > 6 && i >= 5 && i + 1 < n {
                if i == 5 {
                    y.add_row(vec!["…", "", "", "", "", ""]);
                }
                continue;
            }
            y.add_row(vec![
                row.year.to_string(),
                euro(row.rent),
                euro(row.keep_box3_tax),
                euro(row.keep_net_worth),
                euro(row.sell_box3_tax),
                euro(row.sell_net_worth),
            ]);
        }
        s.push_str(&right(y, 1).to_string());
        s.push('\n');
        if !p.scenarios.is_empty() && p.scenarios.iter().any(|c| c.future == "bill") {
            s.push_str(&futures(p));
        }
        explain_block(r, "sell_vs_keep", &mut s);
    }

    if let Some(y) = &r.yields {
        let mut t = table("Rendement en kosten");
        t.add_row(vec![
            "bruto aanvangsrendement".to_string(),
            pct(y.gross_pct, 2),
        ]);
        t.add_row(vec![
            "netto rendement (incl. kosten koper)".to_string(),
            pct(y.net_pct, 2),
        ]);
        t.add_row(vec![
            "huur per m² per maand".to_string(),
            euro_cents(y.rent_per_m2),
        ]);
        t.add_row(vec!["waarde per m²".to_string(), euro(y.value_per_m2)]);
        t.add_row(vec![
            "kosten koper dit jaar".to_string(),
            euro(y.purchase_costs),
        ]);
        t.add_row(vec![
            "netto huurinkomsten per jaar".to_string(),
            euro(y.net_operating_income),
        ]);
        t.add_row(vec![
            "kasstroom/maand na hypotheek en box 3".to_string(),
            euro(y.monthly_cash_flow),
        ]);
        if let Some(st) = &r.stress {
            let d = |v: Option<Decimal>| {
                v.map(|x| format!(" / verschil {}", euro(x)))
                    .unwrap_or_default()
            };
            t.add_row(vec![
                "stress: rente +1 procentpunt".to_string(),
                format!(
                    "{}/jaar{}",
                    euro(st.interest_plus_1.cash_flow_change),
                    d(st.interest_plus_1.difference_change)
                ),
            ]);
            t.add_row(vec![
                "stress: een maand leegstand per jaar".to_string(),
                format!(
                    "{}/jaar{}",
                    euro(st.month_vacancy.cash_flow_change),
                    d(st.month_vacancy.difference_change)
                ),
            ]);
            if let Some(e) = &st.energy_upgrade {
                t.add_row(vec![
                    "stress: verduurzaming naar label D nu".to_string(),
                    format!("{}{}", euro(e.cash_flow_change), d(e.difference_change)),
                ]);
            }
        }
        s.push_str(&right(t, 1).to_string());
        s.push('\n');
        explain_block(r, "yield", &mut s);
    }

    if let Some(w) = &r.wws {
        let mut t = table("Huurregulering (WWS)");
        for g in &w.groups {
            t.add_row(vec![
                format!("  {} {}", g.name, g.section),
                crate::money::nl_number(g.points, 2),
            ]);
        }
        t.add_row(vec![
            if w.points_estimated {
                "punten (schatting)".to_string()
            } else {
                "punten".to_string()
            },
            w.points.to_string(),
        ]);
        let sector = match w.sector {
            "social" => "sociale huur",
            "mid" => "middenhuur",
            _ => "vrije sector",
        };
        t.add_row(vec!["sector".to_string(), sector.to_string()]);
        t.add_row(vec![
            if w.points_estimated {
                "maximale huur per maand (schatting)".to_string()
            } else {
                "maximale huur per maand".to_string()
            },
            euro_cents(w.max_rent),
        ]);
        s.push_str(&right(t, 1).to_string());
        s.push('\n');
        explain_block(r, "wws", &mut s);
    }

    if !r.warnings.is_empty() {
        s.push_str("Waarschuwingen\n");
        for w in &r.warnings {
            s.push_str(&wrap(&format!("! [{}] {}", w.code, w.message), 2, 4));
        }
    }
    if !r.caveats.is_empty() {
        s.push_str("Zekerheid van de regels\n");
        for c in &r.caveats {
            s.push_str(&wrap(&format!("~ {c}"), 2, 4));
        }
    }
    s.push('\n');
    s
}

/// The answer under each Box 3 future, side by side.
fn futures(p: &crate::report::SellVsKeepOut) -> String {
    let later = p
        .scenarios
        .iter()
        .find_map(|c| c.sell_before_bill.as_ref())
        .map(|l| l.year);
    let mut header = vec![match later {
        Some(y) => format!("Box 3 vanaf {}", y + 1),
        None => "Box 3 in de toekomst".to_string(),
    }];
    for c in &p.scenarios {
        header.push(match c.future {
            "bill" => "wetsvoorstel".to_string(),
            _ => "huidig stelsel".to_string(),
        });
    }
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH)
        .set_header(header);
    let row = |label: &str, f: &dyn Fn(&crate::report::ScenarioOut) -> String| {
        let mut v = vec![label.to_string()];
        v.extend(p.scenarios.iter().map(f));
        v
    };
    let route = |b: &str| {
        match b {
            "keep" => "blijven verhuren",
            "sell_before_bill" => "eerder verkopen",
            _ => "verkopen",
        }
        .to_string()
    };
    t.add_row(row("verschil (verhuren − nu verkopen)", &|c| {
        euro(c.difference)
    }));
    t.add_row(row("beter", &|c| route(c.better)));
    t.add_row(row("omslagpunt waardegroei per jaar", &|c| {
        c.break_even_growth_pct
            .map(|b| pct(b, 2))
            .unwrap_or_else(|| "geen".into())
    }));
    t.add_row(row("belasting op de verkoopwinst", &|c| euro(c.gain_tax)));
    if let Some(l) = p.scenarios.iter().find_map(|c| c.sell_before_bill.as_ref()) {
        t.add_row(row(
            &format!("verschil met verkopen eind {}", l.year),
            &|c| {
                c.sell_before_bill
                    .as_ref()
                    .map(|l| euro(l.difference))
                    .unwrap_or_else(|| "—".into())
            },
        ));
        t.add_row(row(&format!("beter dan verkopen eind {}", l.year), &|c| {
            c.sell_before_bill
                .as_ref()
                .map(|l| route(l.better))
                .unwrap_or_else(|| "—".into())
        }));
    }
    let mut s = right(t, 1).to_string();
    s.push('\n');
    s.push_str(&wrap(
        "wetsvoorstel: Wet werkelijk rendement box 3 (36 748), nog geen wet — zie de waarschuwing; huidig stelsel: het forfaitaire box 3 van nu doorgetrokken",
        2,
        2,
    ));
    s
}

/// One compact comparison table for several properties. Amounts are whole euros; the numeric
/// columns never wrap, the name takes what width is left.
pub fn comparison(reports: &[Report]) -> String {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH)
        .set_header(vec![
            "woning",
            "jaar",
            "box 3-\nwaarde",
            "box 3-\nbelasting",
            "waarde\nverhuurd",
            "beter",
            "verschil",
        ]);
    let amount = |v: Decimal| nl_number(v, 0);
    for r in reports {
        let p = r.sell_vs_keep.as_ref();
        t.add_row(vec![
            super::printable(&r.name).into_owned(),
            r.tax_year.to_string(),
            amount(r.leegwaarderatio.box3_value),
            amount(r.box3.attributable_tax),
            r.sitting_tenant
                .as_ref()
                .map(|v| amount(v.tenanted_value))
                .unwrap_or_else(|| "—".into()),
            p.map(|p| {
                if p.better == "keep" {
                    "verhuren"
                } else {
                    "verkopen"
                }
                .to_string()
            })
            .unwrap_or_else(|| "—".into()),
            p.map(|p| amount(p.difference))
                .unwrap_or_else(|| "—".into()),
        ]);
    }
    let mut constraints = vec![ColumnConstraint::LowerBoundary(Width::Fixed(10))];
    constraints.extend(std::iter::repeat_n(ColumnConstraint::ContentWidth, 6));
    t.set_constraints(constraints);
    let mut s = right(t, 1).to_string();
    s.push_str(
        "\nbedragen in euro; box 3-belasting: wat de woning toevoegt aan de box 3-belasting\n",
    );
    let warned: usize = reports.iter().filter(|r| !r.warnings.is_empty()).count();
    if warned > 0 {
        s.push_str(&format!("{warned} van {} woningen hebben waarschuwingen: geef één bestand op voor de details.\n", reports.len()));
    }
    s
}
