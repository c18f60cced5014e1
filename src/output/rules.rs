//! `verhuurd rules [YEAR]`: the parameters in force with their sources, in the language of the
//! output. The listing's own words come from the catalogue and its figures are written in the
//! notation of the language; the citations (`source`) are shown as the rules files write them,
//! and a note or status in its Dutch form where the file gives one (else the English, quoted).

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::i18n::{Arg, Lang, Msg};
use crate::rules::{Cite, Confidence, Param, RuleSet, YearRules, rules_text};
use crate::units::Unit;

/// The width of a parameter's name in the listing.
const NAME_WIDTH: usize = 38;

/// A note or status of the rules files: the Dutch form, or the English quoted as such.
fn note_text(lang: Lang, en: &str, nl: Option<&str>) -> String {
    rules_text(en, nl, Msg::RlInEnglish).render(lang)
}

/// `source [confidence X] (note)` in `lang`.
fn cite(
    lang: Lang,
    source: &str,
    confidence: Confidence,
    note: Option<&str>,
    note_nl: Option<&str>,
) -> String {
    crate::rules::citation(source, confidence, note)
        .with_note_nl(note_nl)
        .cite_in(lang)
}

/// A parameter's line: its name, its value in its unit, confidence and source, and its note.
fn param<U: Unit>(s: &mut String, lang: Lang, name: Msg, p: &Param<U>) {
    let v = p.show(lang);
    let status = if p.provisional {
        lang.t(Msg::RlProvisionalMark)
    } else {
        ""
    };
    let _ = writeln!(
        s,
        "  {:<NAME_WIDTH$} {v:>12}  [{}]{status} {}",
        lang.t(name),
        p.confidence,
        p.source
    );
    if let Some(n) = &p.note {
        let note = lang.f(
            Msg::RlNote,
            &[note_text(lang, n, p.note_nl.as_deref()).into()],
        );
        let _ = writeln!(s, "  {:<NAME_WIDTH$} {:>12}  {note}", "", "");
    }
}

fn carried_note(lang: Lang, from: i32, year: i32) -> String {
    if from == year {
        String::new()
    } else {
        lang.f(Msg::RlCarried, &[year.into(), from.into()])
    }
}

/// Where the rules of a year came from: the built-in file, the what-if files merged over it.
fn origin(lang: Lang, r: &YearRules) -> String {
    let mut files = r.what_if.iter();
    let mut shown = match &r.built_in {
        Some(name) => lang.f(Msg::RlBuiltIn, &[name.as_str().into()]),
        None => match files.next() {
            Some(name) => lang.f(Msg::RlWhatIf, &[name.as_str().into()]),
            // Rules made in code (tests): the origin as it was set.
            None => r.origin.clone(),
        },
    };
    for name in files {
        shown = lang.f(Msg::RlWithWhatIf, &[shown.into(), name.as_str().into()]);
    }
    shown
}

fn pct(d: Decimal) -> Arg {
    Arg::Pct(d)
}

/// The cost matrix of a label upgrade (data/checks.toml) with its source, one line per label
/// from which it starts, and the subsidy deducted from it.
fn upgrade_cost(s: &mut String, lang: Lang, set: &RuleSet) {
    let m = &set.checks.upgrade_cost;
    let source = cite(
        lang,
        &m.source,
        m.confidence,
        m.note.as_deref(),
        m.note_nl.as_deref(),
    );
    let _ = writeln!(
        s,
        "\n{}",
        lang.f(Msg::RlUpgradeCost, &[m.price_year.into(), source.into()])
    );
    let mut from: Vec<&str> = Vec::new();
    for step in &m.per_m2 {
        if !from.contains(&step.from.as_str()) {
            from.push(&step.from);
        }
    }
    for f in from {
        let steps = m
            .per_m2
            .iter()
            .filter(|x| x.from == f)
            .map(|x| format!("{} {}", x.to, Arg::Cents(x.value).render(lang)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            s,
            "  {}",
            lang.f(Msg::RlUpgradeFrom, &[f.into(), steps.into()])
        );
    }
    param(
        s,
        lang,
        Msg::RlUpgradeSubsidy,
        &set.market.energy_upgrade_subsidy,
    );
}

/// The Handboek modelmatig waarderen marktwaarde's parameters of the edition a valuation in
/// `year` uses (`data/handboek.toml`), and the later editions listed without their tables.
fn handboek(s: &mut String, set: &RuleSet, lang: Lang, year: i32) {
    let hb = &set.handboek;
    let Some((edition, ed, p)) = hb.for_year(year) else {
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlHandboekNone, &[year.into()]));
        return;
    };
    let _ = writeln!(
        s,
        "\n{}",
        lang.f(
            Msg::RlHandboek,
            &[
                edition.into(),
                year.into(),
                ed.citation().cite_in(lang).into()
            ]
        )
    );
    for (name, param_) in [
        (Msg::RlHbDcfYears, &p.dcf_years),
        (Msg::RlHbInflatie, &p.prijsinflatie_pct),
        (Msg::RlHbLoon, &p.loonstijging_pct),
        (Msg::RlHbBouw, &p.bouwkostenstijging_pct),
        (Msg::RlHbLeeg, &p.leegwaardestijging_pct),
        (Msg::RlHbRisicovrij, &p.risicovrije_rente_pct),
        (Msg::RlHbOpslag, &p.vastgoedopslag_pct),
        (Msg::RlHbReferentie, &p.referentie_disconteringsvoet_pct),
        (Msg::RlHbBelastingen, &p.belastingen_verzekeringen_pct),
        (Msg::RlHbDerving, &p.huurderving_pct),
        (Msg::RlHbUitpond1, &p.uitpond_opslag_jaar1_pct),
        (Msg::RlHbUitpond6, &p.uitpond_factor_jaar6_pct),
        (Msg::RlHbSplitsing, &p.juridische_splitsingskosten),
        (Msg::RlHbVerkoop, &p.verkoopkosten_pct),
        (Msg::RlHbVeroudering, &p.verouderingskosten_pct),
        (Msg::RlHbOverdracht, &p.overdrachtskosten_kosten_pct),
    ] {
        param(s, lang, name, param_);
    }
    let periods = p
        .bouwperioden
        .rows
        .iter()
        .map(|r| {
            format!(
                "{}: {}/{}, {}",
                r.up_to
                    .map_or_else(|| "…".to_string(), |u| format!("≤ {u}")),
                lang.plain(r.instandhouding_egw),
                lang.plain(r.instandhouding_mgw),
                lang.plain(r.disconto_pct)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let _ = writeln!(
        s,
        "  {}",
        lang.f(
            Msg::RlHbPeriods,
            &[
                periods.into(),
                p.bouwperioden.citation().cite_in(lang).into()
            ]
        )
    );
    let t = &p.types;
    let _ = writeln!(
        s,
        "  {}",
        lang.f(
            Msg::RlHbTypes,
            &[
                lang.plain(t.egw.mutatieonderhoud).into(),
                lang.plain(t.egw.beheerkosten).into(),
                lang.plain(t.egw.disconto_pct).into(),
                lang.plain(t.mgw.mutatieonderhoud).into(),
                lang.plain(t.mgw.beheerkosten).into(),
                lang.plain(t.mgw.disconto_pct).into(),
                t.citation().cite_in(lang).into(),
            ]
        )
    );
    let r = &p.regios;
    let _ = writeln!(
        s,
        "  {}",
        lang.f(
            Msg::RlHbRegions,
            &[
                lang.plain(r.noord).into(),
                lang.plain(r.oost).into(),
                lang.plain(r.zuid).into(),
                lang.plain(r.west).into(),
                r.citation().cite_in(lang).into(),
            ]
        )
    );
    for (y, e) in hb.edition.iter().filter(|(_, e)| !e.established) {
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlHbNotEstablished,
                &[y.as_str().into(), e.citation().cite_in(lang).into()]
            )
        );
    }
}

/// The rules of `year` as text in `lang`, its lines wrapped to `width` columns, or `None` when
/// the rules do not know the year.
pub fn render(set: &RuleSet, year: i32, lang: Lang, width: usize) -> Option<String> {
    listing(set, year, lang).map(|s| wrap(&s, width))
}

/// The column where a parameter's source (and its note) starts.
const SOURCE_COLUMN: usize = 2 + NAME_WIDTH + 1 + 12 + 2;

/// The indent of a source or note continued on its own lines when the width is too narrow for
/// the source column.
const NARROW_HANG: usize = 6;

/// Every line of `text` longer than `width` broken at spaces, its continuation lines indented:
/// under the source for a parameter's line (when that leaves room), else four more than the
/// line's own indent.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        if chars.len() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut lead = chars.iter().take_while(|c| **c == ' ').count();
        let is_param = lead == 2
            && chars.len() > SOURCE_COLUMN
            && chars[SOURCE_COLUMN - 2..SOURCE_COLUMN] == [' ', ' ']
            && chars[SOURCE_COLUMN - 3] != ' ';
        // Wide enough: sources and notes hang in their column; else six in.
        let wide = width >= SOURCE_COLUMN + 40;
        let mut chars = chars;
        if lead >= SOURCE_COLUMN && !wide {
            chars.drain(..lead - NARROW_HANG);
            lead = NARROW_HANG;
        }
        let hang = match (is_param, wide) {
            (true, true) => SOURCE_COLUMN,
            (true, false) => NARROW_HANG,
            _ if lead >= NARROW_HANG => lead,
            _ => lead + 4,
        };
        // Break at the last space that fits, keeping the line's own spacing before it.
        let mut rest: Vec<char> = chars;
        loop {
            if rest.len() <= width {
                out.extend(rest.iter());
                out.push('\n');
                break;
            }
            let floor = rest.iter().take_while(|c| **c == ' ').count() + 1;
            let cut = (floor..=width)
                .rev()
                .find(|&i| rest[i] == ' ')
                .or_else(|| (width..rest.len()).find(|&i| rest[i] == ' '));
            let Some(cut) = cut else {
                out.extend(rest.iter());
                out.push('\n');
                break;
            };
            let head: String = rest[..cut].iter().collect();
            out.push_str(head.trim_end());
            out.push('\n');
            let tail = rest[cut..].iter().skip_while(|c| **c == ' ');
            rest = std::iter::repeat_n(' ', hang)
                .chain(tail.copied())
                .collect();
        }
    }
    out
}

/// The parameters of Box 3 on actual returns (bill 36 748), for a year of that regime.
fn werkelijk_rendement(s: &mut String, lang: Lang, wr: &crate::rules::werkelijk_rendement::Rules) {
    let status = note_text(lang, &wr.status.text, wr.status.text_nl.as_deref());
    let status = format!("{status} {} [{}]", wr.status.source, wr.status.confidence);
    let _ = writeln!(s, "\n{}", lang.f(Msg::RlWr, &[status.into()]));
    param(s, lang, Msg::RlWrTarief, &wr.tarief_pct);
    param(s, lang, Msg::RlWrHeffingvrij, &wr.heffingvrij_resultaat);
    param(s, lang, Msg::RlWrDrempel, &wr.verliesdrempel);
    param(s, lang, Msg::RlWrBack, &wr.verlies_achterwaarts_jaren);
    for (name, e) in [
        (Msg::RlWrForward, &wr.verlies_voorwaarts),
        (Msg::RlWrCosts, &wr.kosten_aftrekbaar),
        (Msg::RlWrInterest, &wr.rente_aftrekbaar),
        (Msg::RlWrStart, &wr.beginwaarde_leegwaarderatio),
    ] {
        let yes = lang.t(if e.applies { Msg::RlYes } else { Msg::RlNo });
        let source = e.citation().cite_in(lang);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWrRule,
                &[lang.t(name).into(), yes.into(), source.into()]
            )
        );
    }
    if let Some(b) = &wr.vastgoedbijtelling {
        let what = if b.applies {
            lang.f(Msg::RlBijtelling, &[pct(b.pct_of_woz), pct(b.min_let_pct)])
        } else {
            lang.t(Msg::RlNo).to_string()
        };
        let source = b.citation().cite_in(lang);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWrRule,
                &[
                    lang.t(Msg::RlWrBijtelling).into(),
                    what.into(),
                    source.into()
                ]
            )
        );
    }
}

/// The built-in what-if files that change `year` (`data/scenarios/`), each parameter they set
/// with its source: proposals, not law.
fn scenarios(s: &mut String, lang: Lang, year: i32) {
    let mut first = true;
    for (file, text) in crate::rules::BUILT_IN_SCENARIOS {
        let Ok(table) = text.parse::<toml::Table>() else {
            continue;
        };
        let names_year = table
            .get("years")
            .and_then(|v| v.as_array())
            .is_some_and(|ys| ys.iter().any(|y| y.as_integer() == Some(year.into())));
        if !names_year {
            continue;
        }
        if first {
            let _ = writeln!(s, "\n{}", lang.f(Msg::RlScenarios, &[year.into()]));
            first = false;
        }
        let _ = writeln!(s, "  {}", lang.f(Msg::RlScenario, &[(*file).into()]));
        for (section, t) in table.iter().filter_map(|(k, v)| Some((k, v.as_table()?))) {
            for (key, p) in t.iter().filter_map(|(k, v)| Some((k, v.as_table()?))) {
                let text = |k: &str| p.get(k).and_then(|v| v.as_str()).unwrap_or_default();
                let value = match p.get("value") {
                    Some(toml::Value::Integer(i)) => lang.plain(Decimal::from(*i)),
                    Some(toml::Value::Float(f)) => Decimal::try_from(*f)
                        .map(|d| lang.plain(d.normalize()))
                        .unwrap_or_else(|_| f.to_string()),
                    Some(v) => v.to_string(),
                    None => continue,
                };
                let note = match p.get("note").and_then(|v| v.as_str()) {
                    Some(n) => format!(
                        " ({})",
                        note_text(lang, n, p.get("note_nl").and_then(|v| v.as_str()))
                    ),
                    None => String::new(),
                };
                let _ = writeln!(
                    s,
                    "    {}",
                    lang.f(
                        Msg::RlScenarioParam,
                        &[
                            format!("{section}.{key}").into(),
                            value.into(),
                            text("source").into(),
                            text("confidence").into(),
                            note.into(),
                        ]
                    )
                );
            }
        }
    }
}

/// The listing of `year`, one parameter a line.
fn listing(set: &RuleSet, year: i32, lang: Lang) -> Option<String> {
    let r = set.year(year)?;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        lang.f(Msg::RlTitle, &[year.into(), origin(lang, r).into()])
    );
    if r.provisional {
        let _ = writeln!(s, "{}", lang.t(Msg::RlProvisional));
    }
    if let Some(st) = &r.status {
        let status = note_text(lang, st, r.status_nl.as_deref());
        let _ = writeln!(s, "{}", lang.f(Msg::RlStatus, &[status.into()]));
    }
    let l = &r.leegwaarderatio;
    let _ = writeln!(
        s,
        "\n{}",
        lang.f(
            Msg::RlLeegwaarderatio,
            &[l.source.as_str().into(), l.confidence.to_string().into()]
        )
    );
    if let Some(n) = &l.note {
        let note = note_text(lang, n, l.note_nl.as_deref());
        let _ = writeln!(s, "  {}", lang.f(Msg::RlNote, &[note.into()]));
    }
    for b in &l.brackets {
        let range = match b.up_to_pct {
            Some(u) => lang.f(Msg::XRange, &[pct(b.above_pct), pct(u)]),
            None => lang.f(Msg::XRangeOpen, &[pct(b.above_pct)]),
        };
        let ratio = format!("{:>6}", Arg::Pct(b.ratio_pct).render(lang));
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlBracket,
                &[format!("{range:<38}").into(), ratio.into()]
            )
        );
    }
    for (name, e) in [
        (Msg::RlTemporary, &l.temporary_contract),
        (Msg::RlRelated, &l.related_party),
    ] {
        let what = match (e.applies, e.deemed_rent_pct) {
            (false, _) => lang.t(Msg::RlTableApplies).to_string(),
            (true, Some(d)) => lang.f(Msg::RlRentDeemed, &[pct(d)]),
            (true, None) => lang.t(Msg::RlFullWoz).to_string(),
        };
        let source = e.citation().cite_in(lang);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlException,
                &[lang.t(name).into(), what.into(), source.into()]
            )
        );
    }
    if let Some(red) = &l.unsplit_building_reduction {
        let source = red.citation().cite_in(lang);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(Msg::RlUnsplit, &[Arg::Euro(red.value), source.into()])
        );
    }
    if let Some(src) = &l.partial_letting_source {
        let _ = writeln!(s, "  {}", lang.f(Msg::RlPartlyLet, &[src.as_str().into()]));
    }
    let _ = writeln!(
        s,
        "  {}",
        lang.f(Msg::RlNotLet, &["art. 5.20 lid 3 Wet IB 2001".into()])
    );
    if let Some(b) = &r.box3 {
        let _ = writeln!(s, "\n{}", lang.t(Msg::RlBox3));
        param(&mut s, lang, Msg::RlHeffingsvrij, &b.heffingsvrij_vermogen);
        param(&mut s, lang, Msg::RlSchuldendrempel, &b.schuldendrempel);
        param(&mut s, lang, Msg::RlBank, &b.rendement_banktegoeden_pct);
        param(
            &mut s,
            lang,
            Msg::RlOther,
            &b.rendement_overige_bezittingen_pct,
        );
        param(&mut s, lang, Msg::RlDebts, &b.rendement_schulden_pct);
        param(&mut s, lang, Msg::RlTarief, &b.tarief_pct);
        if let Some(g) = &b.vrijstelling_groene_beleggingen {
            param(&mut s, lang, Msg::RlGreen, g);
        }
    }
    if let Some(wr) = set.year(year).and(set.werkelijk_rendement(year)) {
        werkelijk_rendement(&mut s, lang, wr);
    }
    // Rules carried back from a later year did not apply then: named as absent, not shown.
    let later = |from: i32| from > year;
    if let Some(o) = set
        .overdrachtsbelasting(year)
        .filter(|o| later(o.from_year))
    {
        let note = lang.f(Msg::RlNotBefore, &[year.into(), o.from_year.into()]);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlTransfer, &[note.into()]));
    } else if let Some(o) = set.overdrachtsbelasting(year) {
        let carried = carried_note(lang, o.from_year, year);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlTransfer, &[carried.into()]));
        param(&mut s, lang, Msg::RlOwnHome, &o.rules.eigen_woning_pct);
        param(
            &mut s,
            lang,
            Msg::RlOtherDwellings,
            &o.rules.overige_woningen_pct,
        );
        param(&mut s, lang, Msg::RlStarterCap, &o.rules.starter_cap);
    }
    if let Some(h) = set.huurverhoging(year).filter(|h| later(h.from_year)) {
        let note = lang.f(Msg::RlNotBefore, &[year.into(), h.from_year.into()]);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlRentIncrease, &[note.into()]));
    } else if let Some(h) = set.huurverhoging(year) {
        let carried = carried_note(lang, h.from_year, year);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlRentIncrease, &[carried.into()]));
        param(&mut s, lang, Msg::RlSocial, &h.rules.social_pct);
        param(&mut s, lang, Msg::RlMiddle, &h.rules.mid_pct);
        param(&mut s, lang, Msg::RlFree, &h.rules.free_pct);
    }
    if let Some(w) = set.wws(year) {
        let w_rules = w.rules;
        let carried = carried_note(lang, w.from_year, year);
        let source = cite(lang, &w_rules.source, w_rules.confidence, None, None);
        let _ = writeln!(
            s,
            "\n{}",
            lang.f(Msg::RlWws, &[carried.into(), source.into()])
        );
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsSectors,
                &[
                    w_rules.social_max_points.into(),
                    w_rules.mid_max_points.into()
                ]
            )
        );
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsTable,
                &[
                    w_rules.max_rent_column.as_str().into(),
                    Arg::Cents(w_rules.per_point_above_250),
                ]
            )
        );
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsWoz,
                &[
                    Arg::Num(w_rules.woz_factor_1),
                    Arg::Num(w_rules.woz_factor_2),
                    Arg::Euro(w_rules.woz_minimum),
                    pct(w_rules.woz_cap_share_pct),
                    w_rules.woz_cap_applies_from_points.into(),
                ]
            )
        );
    }
    {
        let st = &set.wws_stelsel;
        let (v, _) = st.values(crate::date::Date::jan1(year));
        let source = v.citation().cite_in(lang);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlWwsRooms, &[source.into()]));
        let regime = cite(lang, &st.regime.source, st.regime.confidence, None, None);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsRegime,
                &[st.regime.wbh_from.to_string().into(), regime.into()]
            )
        );
        let factors = st
            .woz_factors
            .iter()
            .map(|f| {
                format!(
                    "{} {}/{}",
                    f.valuation_date,
                    lang.plain(f.factor_1),
                    lang.plain(f.factor_2)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(s, "  {}", lang.f(Msg::RlWozFactors, &[factors.into()]));
    }
    {
        // The WWS for a room (onzelfstandige woonruimte) and its maximum rent table.
        let r = &set.wws_kamers;
        let source = cite(lang, &r.source, r.confidence, None, None);
        let _ = writeln!(s, "\n{}", lang.f(Msg::RlWwsKamers, &[source.into()]));
        let (column, _) = r.rent_column(crate::date::Date::jan1(year));
        let table = column.citation().cite_in(lang);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsKamersTable,
                &[column.column.as_str().into(), table.into()]
            )
        );
        let rows: Vec<String> = (0..=250)
            .step_by(10)
            .map(|p| {
                format!(
                    "{p}: {}",
                    lang.f(Msg::Verbatim, &[Arg::Cents(r.max_rent(&column.column, p))])
                )
            })
            .collect();
        for chunk in rows.chunks(5) {
            let _ = writeln!(s, "    {}", chunk.join(", "));
        }
        let step = r.max_rent(&column.column, 251) - r.max_rent(&column.column, 250);
        let _ = writeln!(
            s,
            "  {}",
            lang.f(
                Msg::RlWwsKamersWoz,
                &[
                    Arg::Cents(step),
                    Arg::Num(r.woz_points_above),
                    pct(r.woz_band_pct),
                    Arg::Num(r.woz_points_within),
                    Arg::Num(r.woz_points_below),
                ]
            )
        );
    }
    handboek(&mut s, set, lang, year);
    upgrade_cost(&mut s, lang, set);
    scenarios(&mut s, lang, year);
    let _ = writeln!(s, "\n{}", lang.t(Msg::RlSources));
    let text = s.clone();
    for (key, src) in &set.sources {
        if text.contains(&format!("[{key}]")) {
            let _ = writeln!(s, "  [{key}] {src}");
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let set = RuleSet::built_in().unwrap();
        let text = listing(&set, 2026, Lang::Nl).unwrap();
        for width in [60, 80, 100, 140] {
            let wrapped = wrap(&text, width);
            assert_eq!(words(&wrapped), words(&text), "width {width}");
            for line in wrapped.lines() {
                let longest_word = line.split(' ').map(|w| w.chars().count()).max();
                assert!(
                    line.chars().count() <= width || longest_word > Some(width / 2),
                    "width {width}: {line}"
                );
            }
        }
        assert_eq!(wrap("  short line\n", 80), "  short line\n");
    }
}
