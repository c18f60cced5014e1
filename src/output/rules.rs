//! `verhuurd rules [YEAR]`: the parameters in force with their sources.

use std::fmt::Write as _;

use crate::money::{euro, pct};
use crate::rules::{Param, RuleSet};

fn param(s: &mut String, name: &str, p: &Param, as_pct: bool) {
    let v = if as_pct {
        pct(p.value, 2)
    } else {
        euro(p.value)
    };
    let status = if p.provisional { " PROVISIONAL" } else { "" };
    let _ = writeln!(
        s,
        "  {name:<34} {v:>12}  [{}]{status} {}",
        p.confidence, p.source
    );
    if let Some(n) = &p.note {
        let _ = writeln!(s, "  {:<34} {:>12}  note: {n}", "", "");
    }
}

fn carried_note(from: i32, year: i32) -> String {
    if from == year {
        String::new()
    } else {
        format!(" (not defined for {year}: carried from {from})")
    }
}

/// The rules of `year` as text, or `None` when the rules do not know the year.
pub fn render(set: &RuleSet, year: i32) -> Option<String> {
    let r = set.year(year)?;
    let mut s = String::new();
    let _ = writeln!(s, "Rules for tax year {year} ({})", r.origin);
    if r.provisional {
        let _ = writeln!(
            s,
            "PROVISIONAL: these figures are not settled law yet; the default tax year is the latest settled one."
        );
    }
    if let Some(st) = &r.status {
        let _ = writeln!(s, "Status: {st}");
    }
    let l = &r.leegwaarderatio;
    let _ = writeln!(s, "\nLeegwaarderatio — {} [{}]", l.source, l.confidence);
    if let Some(n) = &l.note {
        let _ = writeln!(s, "  note: {n}");
    }
    for b in &l.brackets {
        let range = match b.up_to_pct {
            Some(u) => format!("more than {}%, not more than {}%", b.above_pct, u),
            None => format!("more than {}%", b.above_pct),
        };
        let _ = writeln!(s, "  jaarhuur {range:<38} {:>5}% of WOZ", b.ratio_pct);
    }
    for (name, e) in [
        ("temporary contract", &l.temporary_contract),
        (
            "related-party tenant at a rent not at arm's length",
            &l.related_party,
        ),
    ] {
        let what = match (e.applies, e.deemed_rent_pct) {
            (false, _) => "the table applies".to_string(),
            (true, Some(d)) => format!("rent deemed {d}% of WOZ"),
            (true, None) => "100% of WOZ".to_string(),
        };
        let _ = writeln!(s, "  {name}: {what} — {}", e.cite());
    }
    if let Some(red) = &l.unsplit_building_reduction {
        let _ = writeln!(
            s,
            "  building not split into apartment rights: WOZ − {} — {}",
            euro(red.value),
            red.cite()
        );
    }
    if let Some(src) = &l.partial_letting_source {
        let _ = writeln!(s, "  partly let: the ratio on the let part only — {src}");
    }
    let _ = writeln!(
        s,
        "  not let on 1 January: full WOZ for the year — art. 5.20 lid 3 Wet IB 2001"
    );
    if let Some(b) = &r.box3 {
        let _ = writeln!(s, "\nBox 3");
        param(
            &mut s,
            "heffingsvrij vermogen (per person)",
            &b.heffingsvrij_vermogen,
            false,
        );
        param(
            &mut s,
            "schuldendrempel (per person)",
            &b.schuldendrempel,
            false,
        );
        param(
            &mut s,
            "rendement banktegoeden",
            &b.rendement_banktegoeden_pct,
            true,
        );
        param(
            &mut s,
            "rendement overige bezittingen",
            &b.rendement_overige_bezittingen_pct,
            true,
        );
        param(
            &mut s,
            "rendement schulden",
            &b.rendement_schulden_pct,
            true,
        );
        param(&mut s, "tarief", &b.tarief_pct, true);
        if let Some(g) = &b.vrijstelling_groene_beleggingen {
            param(&mut s, "vrijstelling groene beleggingen", g, false);
        }
    }
    if let Some(o) = set.overdrachtsbelasting(year) {
        let _ = writeln!(
            s,
            "\nOverdrachtsbelasting{}",
            carried_note(o.from_year, year)
        );
        param(
            &mut s,
            "own main residence",
            &o.rules.eigen_woning_pct,
            true,
        );
        param(
            &mut s,
            "other dwellings (let, investment)",
            &o.rules.overige_woningen_pct,
            true,
        );
        param(&mut s, "starter exemption cap", &o.rules.starter_cap, false);
    }
    if let Some(h) = set.huurverhoging(year) {
        let _ = writeln!(
            s,
            "\nMaximum rent increase (social from 1 July; middle and free sector per calendar year from 1 January){}",
            carried_note(h.from_year, year)
        );
        param(&mut s, "social", &h.rules.social_pct, true);
        param(&mut s, "middle", &h.rules.mid_pct, true);
        param(&mut s, "free", &h.rules.free_pct, true);
    }
    if let Some(w) = set.wws(year) {
        let w_rules = w.rules;
        let _ = writeln!(
            s,
            "\nWWS{} — {}",
            carried_note(w.from_year, year),
            w_rules.cite()
        );
        let _ = writeln!(
            s,
            "  social sector up to {} points, middle up to {}, free above",
            w_rules.social_max_points, w_rules.mid_max_points
        );
        let _ = writeln!(
            s,
            "  maximum rent table: data/wws-max-rent.csv column {}; {} per point above 250",
            w_rules.max_rent_column, w_rules.per_point_above_250
        );
        let _ = writeln!(
            s,
            "  WOZ points: WOZ / {} + (WOZ / m²) / {}; minimum WOZ {}; at most {}% of the total from {} points, the capped points rounded down to whole points",
            w_rules.woz_factor_1,
            w_rules.woz_factor_2,
            w_rules.woz_minimum,
            w_rules.woz_cap_share_pct,
            w_rules.woz_cap_applies_from_points
        );
    }
    {
        let st = &set.wws_stelsel;
        let (v, _) = st.values(crate::date::Date::jan1(year));
        let _ = writeln!(
            s,
            "\nWWS room by room ([wws] section): data/wws-stelsel.toml — {}",
            v.cite()
        );
        let _ = writeln!(
            s,
            "  leases signed before {} have no middle sector — {}",
            st.regime.wbh_from,
            st.regime.cite()
        );
        let _ = writeln!(
            s,
            "  WOZ factors by valuation date: {}",
            st.woz_factors
                .iter()
                .map(|f| format!("{} {}/{}", f.valuation_date, f.factor_1, f.factor_2))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let _ = writeln!(s, "\nSources");
    let text = s.clone();
    for (key, src) in &set.sources {
        if text.contains(&format!("[{key}]")) {
            let _ = writeln!(s, "  [{key}] {src}");
        }
    }
    Some(s)
}
