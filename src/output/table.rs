//! The terminal table: the tax terms a landlord knows, in Dutch (or English with `--lang en`),
//! amounts in the notation of the language, as wide as the terminal (80 columns when the output
//! is not a terminal), negative amounts and warnings in colour when colour is on.

use rust_decimal::Decimal;

use super::Style;
use super::rows::Rows;
use crate::i18n::{self, Arg, Lang, Msg, Text};
use crate::model::Segment;
use crate::money::out;
use crate::report::{ExplainSection, Report};

/// The width the tables keep to when the output is not a terminal.
pub const WIDTH: u16 = 80;

/// `text` in yellow when colour is on (each line on its own, so a pager keeps it).
fn yellow(st: &Style, text: String) -> String {
    if !st.color {
        return text;
    }
    text.lines()
        .map(|l| format!("\x1b[33m{l}\x1b[0m\n"))
        .collect()
}

fn explain_block(r: &Report, section: &str, st: &Style, out: &mut String) {
    let Some(sections) = &r.explain else { return };
    let Some(ExplainSection { steps, .. }) = sections.iter().find(|s| s.section == section) else {
        return;
    };
    let w = st.width as usize;
    out.push_str(&format!("  {}\n", st.lang.t(Msg::HExplain)));
    for s in steps {
        out.push_str(&wrap(&format!("· {} = {}", s.figure, s.value), 2, 6, w));
        out.push_str(&wrap(&s.how, 6, 6, w));
        if let Some(src) = s.source_in(st.lang) {
            out.push_str(&wrap(&st.lang.f(Msg::Source, &[src.into()]), 6, 8, w));
        }
    }
}

/// `text` wrapped at `width` columns: the first line indented by `first`, the rest by `rest`.
/// Words are never broken.
pub fn wrap(text: &str, first: usize, rest: usize, width: usize) -> String {
    let mut out = String::new();
    let mut line = " ".repeat(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
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

/// The Dutch name of a WWS rubriek (as in the JSON) in `lang`.
fn rubriek(key: &str, name: &str, lang: Lang) -> String {
    crate::wws::rubriek(key, name).render(lang)
}

/// The route `better` names, in `lang`.
fn route(lang: Lang, better: &str) -> String {
    lang.t(match better {
        "keep" => Msg::Keep,
        "sell_before_bill" => Msg::SellEarlier,
        "uitpond" => Msg::Uitpond,
        _ => Msg::Sell,
    })
    .to_string()
}

/// What [`sections`] includes beyond the terminal's defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Detail {
    /// The sensitivity grid (`--grid`), when the report has it.
    pub grid: bool,
    /// Every year of the plan (the terminal shows the first five and the last).
    pub all_years: bool,
}

/// One part of a section: a table, a heading over the next table, or a note under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Table(Rows),
    Heading(String),
    Note(String),
    /// A line of a list under a table (its continuation lines indented further).
    Item(String),
}

/// A block laid out for the terminal.
pub(crate) fn lay_out(b: &Block, st: &Style, s: &mut String) {
    let width = st.width as usize;
    match b {
        Block::Table(t) => {
            s.push_str(&t.layout(st));
            s.push('\n');
        }
        Block::Heading(h) => {
            s.push_str(h);
            s.push('\n');
        }
        Block::Note(n) => s.push_str(&wrap(n, 2, 2, width)),
        Block::Item(n) => s.push_str(&wrap(n, 2, 4, width)),
    }
}

/// One section of a property's table, as the terminal and the HTML report show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The section's key in the JSON and in the derivation (`leegwaarderatio`, `box3`,
    /// `sitting_tenant`, `sell_vs_keep`, `bv`, `yield`, `wws`).
    pub key: &'static str,
    /// Its tables and notes; the first table's header names the section.
    pub blocks: Vec<Block>,
}

impl Section {
    /// The section's title: the first header cell of its first table.
    pub fn title(&self) -> &str {
        self.blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => t.header.first().map(String::as_str),
                _ => None,
            })
            .unwrap_or(self.key)
    }
}

/// The full table of one property.
pub fn single(r: &Report, st: &Style) -> String {
    let lang = st.lang;
    let mut s = lang.f(
        Msg::TitleYear,
        &[
            crate::text::printable(&r.name).into_owned().into(),
            r.tax_year.into(),
        ],
    );
    s.push('\n');
    let detail = Detail {
        grid: st.grid,
        all_years: false,
    };
    for section in sections(r, lang, detail) {
        for b in &section.blocks {
            lay_out(b, st, &mut s);
        }
        explain_block(r, section.key, st, &mut s);
    }

    let w = st.width as usize;
    if !r.warnings.is_empty() {
        s.push_str(lang.t(Msg::HWarnings));
        s.push('\n');
        for warning in &r.warnings {
            let text = warning.text.render(lang);
            s.push_str(&yellow(
                st,
                wrap(&format!("! [{}] {text}", warning.code), 2, 4, w),
            ));
        }
    }
    if !r.caveats.is_empty() {
        s.push_str(lang.t(Msg::HCaveats));
        s.push('\n');
        for c in r.caveats.texts() {
            s.push_str(&wrap(&format!("~ {}", c.render(lang)), 2, 4, w));
        }
    }
    s.push('\n');
    s
}

/// The sections of one property's table, in order, with what `detail` asks for: the figures
/// of the report in the words and notation of `lang`.
pub fn sections(r: &Report, lang: Lang, detail: Detail) -> Vec<Section> {
    let euro = |v: Decimal| lang.euro(v);
    let pct = |v: Decimal, dp: u32| lang.pct(v, dp);
    let l_ = |id: Msg| lang.t(id).to_string();
    let mut done = Vec::new();
    let mut blocks = Vec::new();
    let l = &r.leegwaarderatio;
    let mut t = Rows::titled(lang.t(Msg::HLeegwaarderatio));
    t.add(vec![l_(Msg::Jaarhuur), euro(out(l.jaarhuur))]);
    // The WOZ value the ratio applies to, when the law lowers it (lid 4) or splits it (lid 5).
    if let Some(red) = l.woz_reduction {
        t.add(vec![
            lang.f(Msg::WozLessReduction, &[Arg::Euro(out(red))]),
            euro(out(l.woz_base)),
        ]);
    }
    if let Some(share) = l.let_share_pct {
        t.add(vec![
            lang.f(Msg::LetPart, &[Arg::Pct(out(share))]),
            euro(out(l.ratio_base)),
        ]);
    }
    t.add(vec![l_(Msg::RentPctOfWoz), {
        let (share, dp) = out_in_bracket(l.rent_pct_of_woz, l.bracket);
        pct(share, dp)
    }]);
    let reason = lang.t(match l.reason {
        crate::leegwaarderatio::Reason::Bracket => Msg::ReasonBracket,
        crate::leegwaarderatio::Reason::TemporaryContract => Msg::ReasonTemporary,
        crate::leegwaarderatio::Reason::RelatedParty => Msg::ReasonRelated,
        crate::leegwaarderatio::Reason::NotLet => Msg::ReasonNotLet,
    });
    t.add(vec![
        lang.f(Msg::RatioWith, &[reason.into()]),
        pct(out(l.ratio_pct), 0),
    ]);
    let value_label = if l.let_share_pct.is_some() {
        Msg::Box3ValuePartly
    } else {
        Msg::Box3Value
    };
    t.add(vec![l_(value_label), euro(out(l.box3_value))]);
    blocks.push(Block::Table(t));
    done.push(Section {
        key: "leegwaarderatio",
        blocks: std::mem::take(&mut blocks),
    });

    let b = &r.box3;
    let mut t = Rows::titled(lang.t(Msg::HBox3));
    t.add(vec![l_(Msg::Rendement), euro(b.rendement)]);
    t.add(vec![
        l_(Msg::Rendementsgrondslag),
        euro(b.rendementsgrondslag),
    ]);
    t.add(vec![l_(Msg::Grondslag), euro(b.grondslag)]);
    t.add(vec![l_(Msg::Voordeel), euro(b.voordeel)]);
    t.add(vec![l_(Msg::Box3Tax), euro(b.tax)]);
    if b.per_person.len() > 1 {
        for (who, p) in [Msg::Owner, Msg::Partner].iter().zip(&b.per_person) {
            t.add(vec![
                lang.f(
                    Msg::PersonShare,
                    &[lang.t(*who).into(), pct(p.allocation_pct, 2).into()],
                ),
                format!("{} → {}", pct(p.aandeel_pct, 2), euro(p.tax)),
            ]);
        }
    }
    t.add(vec![l_(Msg::Box3TaxWithout), euro(b.tax_without_property)]);
    t.add(vec![l_(Msg::Attributable), euro(b.attributable_tax)]);
    if let (Some(a), Some(tax)) = (b.actual_return, b.actual_return_tax) {
        t.add(vec![l_(Msg::ActualReturn), euro(a)]);
        if !b.actual_return_other_given {
            t.add(vec![l_(Msg::BankAndOther), l_(Msg::Forfaitair)]);
        }
        t.add(vec![l_(Msg::ActualReturnTax), euro(tax)]);
    }
    blocks.push(Block::Table(t));
    done.push(Section {
        key: "box3",
        blocks: std::mem::take(&mut blocks),
    });

    if let Some(v) = r.sitting_tenant.as_ref().map(|v| &v.valuation) {
        let mut t = Rows::titled(lang.t(Msg::HSittingTenant));
        rent_row(r, true, lang, &mut t);
        t.add(vec![l_(Msg::VacantValue), euro(out(v.vacant_value))]);
        let tenanted_label = if v.handboek_value.is_some() {
            Msg::TenantedValueHb
        } else {
            Msg::TenantedValue
        };
        t.add(vec![
            lang.f(tenanted_label, &[pct(out(v.discount_pct), 1).into()]),
            euro(out(v.tenanted_value)),
        ]);
        if let (Some(door), Some(uit)) = (v.handboek_doorexploiteer, v.handboek_uitpond) {
            t.add(vec![l_(Msg::HbDoorexploiteer), euro(out(door))]);
            t.add(vec![l_(Msg::HbUitponden), euro(out(uit))]);
        }
        if let (Some(d), Some(e)) = (v.handboek_discount_rate_pct, v.handboek_edition) {
            t.add(vec![
                lang.f(Msg::HbDiscountRate, &[e.into()]),
                pct(out(d), 2),
            ]);
        }
        t.add(vec![l_(Msg::ToTenant), euro(out(v.to_tenant_value))]);
        t.add(vec![
            l_(Msg::MarketBand),
            format!("{} – {}", euro(out(v.band_low)), euro(out(v.band_high))),
        ]);
        t.add(vec![l_(Msg::YieldMethod), euro(out(v.yield_value))]);
        if v.handboek_value.is_some() {
            t.add(vec![l_(Msg::DcfCheck), euro(out(v.dcf_value))]);
        }
        blocks.push(Block::Table(t));
        done.push(Section {
            key: "sitting_tenant",
            blocks: std::mem::take(&mut blocks),
        });
    }

    if let Some(p) = &r.sell_vs_keep {
        let years = i18n::count(lang, p.years_planned as usize, Msg::Jaar, Msg::Jaren);
        let mut t = Rows::titled(&lang.f(Msg::HSellVsKeep, &[years.into()]));
        rent_row(r, true, lang, &mut t);
        let sale = lang.t(match p.sale {
            "to_tenant" => Msg::SaleToTenant,
            "vacant" => Msg::SaleVacant,
            _ => Msg::SaleTenanted,
        });
        t.add(vec![
            lang.f(Msg::ProceedsNow, &[sale.into()]),
            euro(p.proceeds_now),
        ]);
        t.add(vec![l_(Msg::KeepNetWorth), euro(p.keep_net_worth)]);
        t.add(vec![l_(Msg::SellNetWorth), euro(p.sell_net_worth)]);
        t.add(vec![l_(Msg::Difference), euro(p.difference)]);
        t.add(vec![l_(Msg::Better), route(lang, p.better)]);
        if let Some(u) = &p.uitpond {
            t.add(vec![
                lang.f(
                    Msg::UitpondNetWorth,
                    &[
                        Arg::Pct(u.turnover_pct),
                        u.sale_year_p10.into(),
                        u.sale_year_p90.into(),
                    ],
                ),
                euro(u.expected_net_worth),
            ]);
            t.add(vec![l_(Msg::BetterThanUitpond), route(lang, u.better)]);
            t.add(vec![
                l_(Msg::BreakEvenUitpond),
                u.break_even_growth_pct
                    .map(|b| lang.pct(b, 2))
                    .unwrap_or_else(|| lang.t(Msg::NoBreakEven).into()),
            ]);
        }
        t.add(vec![
            l_(Msg::BreakEven),
            p.break_even_growth_pct
                .map(|b| pct(b, 2))
                .unwrap_or_else(|| l_(Msg::NoBreakEvenRange)),
        ]);
        if let Some(irr) = p.keep_irr_pct {
            t.add(vec![l_(Msg::KeepIrr), pct(irr, 2)]);
        }
        blocks.push(Block::Table(t));
        let mut y = Rows::default();
        y.set_header(vec![
            lang.t(Msg::ColYear),
            lang.t(Msg::ColRent),
            lang.t(Msg::ColKeepBox3),
            lang.t(Msg::ColKeepWorth),
            lang.t(Msg::ColSellBox3),
            lang.t(Msg::ColSellWorth),
        ]);
        let n = p.years.len();
        for (i, row) in p.years.iter().enumerate() {
            // A short view: the first five years and the last.
            if !detail.all_years && n > 6 && i >= 5 && i + 1 < n {
                if i == 5 {
                    y.add(vec![
                        "…".into(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ]);
                }
                continue;
            }
            y.add(vec![
                row.year.to_string(),
                euro(out(row.rent)),
                euro(out(row.keep_box3_tax)),
                euro(out(row.keep_net_worth)),
                euro(out(row.sell_box3_tax)),
                euro(out(row.sell_net_worth)),
            ]);
        }
        blocks.push(Block::Table(y));
        if !p.scenarios.is_empty() && p.scenarios.iter().any(|c| c.future == "bill") {
            blocks.extend(futures(p, lang));
        }
        if detail.grid
            && let Some(g) = &r.grid
        {
            let turnover = p.uitpond.as_ref().map(|u| u.turnover_pct);
            blocks.extend(grid_blocks(g, p.years_planned, turnover, lang));
        }
        done.push(Section {
            key: "sell_vs_keep",
            blocks: std::mem::take(&mut blocks),
        });
    }

    if let Some(b) = &r.bv {
        done.push(Section {
            key: "bv",
            blocks: bv(b, lang),
        });
    }

    if let Some(y) = &r.yields {
        let mut t = Rows::titled(lang.t(Msg::HYield));
        rent_row(r, false, lang, &mut t);
        t.add(vec![l_(Msg::GrossYield), pct(out(y.gross_pct), 2)]);
        t.add(vec![l_(Msg::NetYield), pct(out(y.net_pct), 2)]);
        t.add(vec![
            l_(Msg::RentPerM2),
            lang.euro_cents(out(y.rent_per_m2)),
        ]);
        t.add(vec![l_(Msg::ValuePerM2), euro(out(y.value_per_m2))]);
        t.add(vec![l_(Msg::PurchaseCosts), euro(out(y.purchase_costs))]);
        t.add(vec![l_(Msg::Noi), euro(out(y.net_operating_income))]);
        t.add(vec![
            l_(Msg::MonthlyCashFlow),
            euro(out(y.monthly_cash_flow)),
        ]);
        if let Some(stress) = &r.stress {
            let d = |v: Option<Decimal>| {
                v.map(|x| lang.f(Msg::StressDiff, &[Arg::Euro(out(x))]))
                    .unwrap_or_default()
            };
            let per_year = |f: &crate::stress::Figure| {
                lang.f(
                    Msg::PerYear,
                    &[
                        Arg::Euro(out(f.cash_flow_change)),
                        d(f.difference_change).into(),
                    ],
                )
            };
            // Without a mortgage a higher rate changes nothing: no row that says so.
            let no_mortgage = stress.interest.cash_flow_change.is_zero()
                && stress
                    .interest
                    .difference_change
                    .is_none_or(|d| d.is_zero());
            if !no_mortgage {
                t.add(vec![l_(Msg::StressInterest), per_year(&stress.interest)]);
            }
            t.add(vec![
                l_(Msg::StressVacancy),
                per_year(&stress.month_vacancy),
            ]);
            if let Some(e) = &stress.energy_upgrade {
                t.add(vec![
                    l_(Msg::StressUpgrade),
                    format!(
                        "{}{}",
                        euro(out(e.cash_flow_change)),
                        d(e.difference_change)
                    ),
                ]);
            }
        }
        blocks.push(Block::Table(t));
        done.push(Section {
            key: "yield",
            blocks: std::mem::take(&mut blocks),
        });
    }

    if let Some(w) = &r.wws {
        let mut t = Rows::titled(lang.t(Msg::HWws));
        for g in &w.groups {
            t.add(vec![
                format!("  {} {}", rubriek(g.key, g.name, lang), g.section),
                lang.number(g.points, 2),
            ]);
        }
        t.add(vec![
            l_(if w.points_estimated {
                Msg::PointsEstimated
            } else {
                Msg::Points
            }),
            w.points.to_string(),
        ]);
        let free = w.sector == Segment::Free;
        let sector = lang.t(match w.sector {
            Segment::Social => Msg::SectorSocial,
            Segment::Mid => Msg::SectorMid,
            Segment::Free => Msg::SectorFree,
        });
        t.add(vec![l_(Msg::Sector), sector.to_string()]);
        // The free sector has no maximum rent: the figure in the JSON is the social-table
        // figure for the points, which caps nothing there.
        t.add(vec![
            l_(if w.points_estimated {
                Msg::MaxRentEstimated
            } else {
                Msg::MaxRent
            }),
            if free {
                l_(Msg::NoMaxRent)
            } else {
                lang.euro_cents(out(w.max_rent))
            },
        ]);
        blocks.push(Block::Table(t));
        done.push(Section {
            key: "wws",
            blocks: std::mem::take(&mut blocks),
        });
    }

    if let Some(u) = &r.upgrade {
        done.push(Section {
            key: "upgrade",
            blocks: vec![Block::Table(upgrade(u, lang))],
        });
    }

    if !r.bbl.is_empty() {
        let mut t = Rows::titled(lang.t(Msg::HBbl));
        for q in &r.bbl {
            t.add_plain(vec![
                format!("  {}", crate::bouwregels::what(q).render(lang)),
                format!(
                    "{}: {}",
                    lang.t(crate::bouwregels::status_msg(q.status)),
                    crate::bouwregels::how(q).render(lang)
                ),
            ]);
        }
        done.push(Section {
            key: "bbl",
            blocks: vec![Block::Table(t)],
        });
    }

    done
}

/// The label upgrade: before and after, then the plan under each Box 3 future.
fn upgrade(u: &crate::upgrade::Upgrade, lang: Lang) -> Rows {
    use crate::upgrade::{CostBasis, RentBasis};
    let l_ = |m: Msg| lang.t(m).to_string();
    let sector = |s: Segment| {
        lang.t(match s {
            Segment::Social => Msg::SectorSocial,
            Segment::Mid => Msg::SectorMid,
            Segment::Free => Msg::SectorFree,
        })
    };
    let arrow = |a: String, b: String| format!("{a} → {b}");
    let mut t = Rows::titled(&lang.f(
        Msg::HUpgrade,
        &[
            u.label_before.clone().into(),
            u.target_label.clone().into(),
            u.year.into(),
        ],
    ));
    t.add(vec![
        l_(Msg::UpgradeCost),
        match u.cost.basis {
            CostBasis::Quote => lang.f(Msg::UpgradeCostQuote, &[Arg::Euro(u.cost.amount)]),
            CostBasis::Matrix => lang.f(
                Msg::UpgradeCostMatrix,
                &[
                    Arg::Euro(u.cost.amount),
                    Arg::Cents(u.cost.per_m2.unwrap_or_default()),
                ],
            ),
        },
    ]);
    t.add(vec![
        l_(Msg::Points),
        arrow(u.points_before.to_string(), u.points_after.to_string()),
    ]);
    t.add(vec![
        l_(Msg::Sector),
        arrow(
            sector(u.sector_before).to_string(),
            sector(u.sector_after).to_string(),
        ),
    ]);
    let max = |m: Decimal, s: Segment| {
        if s == Segment::Free {
            l_(Msg::NoMaxRent)
        } else {
            lang.euro_cents(out(m))
        }
    };
    t.add(vec![
        l_(Msg::MaxRent),
        arrow(
            max(u.max_rent_before, u.sector_before),
            max(u.max_rent_after, u.sector_after),
        ),
    ]);
    t.add(vec![
        l_(match u.rent_basis {
            RentBasis::Stated => Msg::UpgradeRentStated,
            RentBasis::SittingTenant => Msg::UpgradeRentSitting,
        }),
        arrow(
            lang.euro_cents(out(u.rent_before)),
            lang.euro_cents(out(u.rent_after)),
        ),
    ]);
    if let Some(m) = u.rent_at_turnover {
        t.add(vec![l_(Msg::UpgradeTurnover), lang.euro_cents(out(m))]);
    }
    t.add(vec![
        l_(Msg::UpgradeTenantedValue),
        arrow(
            lang.euro(out(u.tenanted_value_before)),
            lang.euro(out(u.tenanted_value_after)),
        ),
    ]);
    if u.vacant_value_after != u.vacant_value_before {
        t.add(vec![
            l_(Msg::UpgradeVacantValue),
            arrow(
                lang.euro(out(u.vacant_value_before)),
                lang.euro(out(u.vacant_value_after)),
            ),
        ]);
    }
    for f in &u.futures {
        let name = lang.t(future_label(f.future));
        t.add(vec![
            lang.f(Msg::UpgradeKeep, &[name.to_string().into()]),
            lang.f(
                Msg::UpgradeKeepValue,
                &[
                    Arg::Euro(out(f.keep_net_worth_without)),
                    Arg::Euro(out(f.keep_net_worth_with)),
                    Arg::Euro(out(f.net_worth_change)),
                ],
            ),
        ]);
        t.add(vec![
            lang.f(Msg::UpgradeBox3, &[name.to_string().into()]),
            arrow(
                lang.euro(out(f.box3_tax_without)),
                lang.euro(out(f.box3_tax_with)),
            ),
        ]);
        t.add(vec![
            lang.f(Msg::UpgradePayback, &[name.to_string().into()]),
            f.payback_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| l_(Msg::UpgradeNoPayback)),
        ]);
    }
    if let Some(d) = u.deadline_year {
        let yn = |b: bool| l_(if b { Msg::HYes } else { Msg::HNo });
        t.add(vec![
            lang.f(Msg::UpgradeDeadline, &[d.into()]),
            lang.f(
                Msg::UpgradeDeadlineValue,
                &[
                    yn(u.meets_deadline_without).into(),
                    yn(u.meets_deadline_with).into(),
                ],
            ),
        ]);
    }
    t
}

/// The answer under each Box 3 future, side by side.
fn futures(p: &crate::report::SellVsKeepOut, lang: Lang) -> Vec<Block> {
    let later = p
        .scenarios
        .iter()
        .find_map(|c| c.sell_before_bill.as_ref())
        .map(|l| l.year);
    let mut header = vec![match later {
        Some(y) => lang.f(Msg::Box3From, &[(y + 1).into()]),
        None => lang.t(Msg::Box3Future).to_string(),
    }];
    for c in &p.scenarios {
        header.push(lang.t(future_label(c.future)).to_string());
    }
    let mut t = Rows::default();
    t.set_header(header);
    let row = |label: String, f: &dyn Fn(&crate::report::ScenarioOut) -> String| {
        let mut v = vec![label];
        v.extend(p.scenarios.iter().map(f));
        v
    };
    t.add(row(lang.t(Msg::DifferenceNow).into(), &|c| {
        lang.euro(c.difference)
    }));
    t.add(row(lang.t(Msg::Better).into(), &|c| route(lang, c.better)));
    t.add(row(lang.t(Msg::BreakEven).into(), &|c| {
        c.break_even_growth_pct
            .map(|b| lang.pct(b, 2))
            .unwrap_or_else(|| lang.t(Msg::NoBreakEven).into())
    }));
    t.add(row(lang.t(Msg::GainTax).into(), &|c| lang.euro(c.gain_tax)));
    if let Some(l) = p.scenarios.iter().find_map(|c| c.sell_before_bill.as_ref()) {
        t.add(row(lang.f(Msg::DifferenceSellAt, &[l.year.into()]), &|c| {
            c.sell_before_bill
                .as_ref()
                .map(|l| lang.euro(l.difference))
                .unwrap_or_else(|| "—".into())
        }));
        t.add(row(lang.f(Msg::BetterThanSellAt, &[l.year.into()]), &|c| {
            c.sell_before_bill
                .as_ref()
                .map(|l| route(lang, l.better))
                .unwrap_or_else(|| "—".into())
        }));
    }
    if p.scenarios.iter().any(|c| c.uitpond.is_some()) {
        t.add(row(lang.t(Msg::UitpondExpected).into(), &|c| {
            c.uitpond
                .as_ref()
                .map(|u| lang.euro(u.expected_net_worth))
                .unwrap_or_else(|| "—".into())
        }));
        t.add(row(lang.t(Msg::BetterThanUitpond).into(), &|c| {
            c.uitpond
                .as_ref()
                .map(|u| route(lang, u.better))
                .unwrap_or_else(|| "—".into())
        }));
        t.add(row(
            lang.t(Msg::BreakEvenUitpond).into(),
            &|c| match &c.uitpond {
                Some(u) => u
                    .break_even_growth_pct
                    .map(|b| lang.pct(b, 2))
                    .unwrap_or_else(|| lang.t(Msg::NoBreakEven).into()),
                None => "—".into(),
            },
        ));
    }
    let mut blocks = vec![
        Block::Table(t),
        Block::Note(lang.t(Msg::FuturesNote).into()),
    ];
    // The headline under each built-in scenario of a provisional year, in the futures it
    // changes: one line each.
    let mut names: Vec<&str> = Vec::new();
    for w in p.scenarios.iter().flat_map(|c| &c.what_if) {
        if !names.contains(&w.name) {
            names.push(w.name);
        }
    }
    for name in names {
        let cells: Vec<String> = p
            .scenarios
            .iter()
            .filter_map(|c| {
                let w = c.what_if.iter().find(|w| w.name == name)?;
                let cell = lang.f(
                    Msg::WhatIfCell,
                    &[
                        lang.t(future_label(c.future)).into(),
                        Arg::Euro(w.difference),
                        Arg::Euro(w.change),
                    ],
                );
                Some(match (w.uitpond_expected_net_worth, w.uitpond_change) {
                    (Some(u), Some(change)) => lang.f(
                        Msg::WhatIfUitpond,
                        &[cell.into(), Arg::Euro(u), Arg::Euro(change)],
                    ),
                    _ => cell,
                })
            })
            .collect();
        blocks.push(Block::Item(
            lang.f(Msg::WhatIfLine, &[name.into(), cells.join("; ").into()]),
        ));
    }
    blocks
}

/// The BV route beside keeping privately and selling now, under each Box 3 future, with the
/// yearly taxes side by side.
pub(crate) fn bv(b: &crate::report::BvOut, lang: Lang) -> Vec<Block> {
    let mut s: Vec<Block> = b.errors.iter().map(Block::Note).collect();
    let Some(first) = b.scenarios.first() else {
        return s;
    };
    let route = &first.route;
    let policy = match route.policy {
        "distribute" => lang.t(Msg::BvPolicyDistribute),
        "retain" => lang.t(Msg::BvPolicyRetain),
        other => other,
    };
    let mut t = Rows::titled(&lang.f(
        Msg::HBv,
        &[route.transfer_year.to_string().into(), policy.into()],
    ));
    t.add(vec![
        lang.t(Msg::BvTransferTax).to_string(),
        lang.euro(out(route.transfer_tax)),
    ]);
    for c in &b.scenarios {
        let f = lang.t(future_label(c.future));
        if c.route.transfer_gain_tax != Decimal::ZERO {
            t.add(vec![
                format!("{} ({f})", lang.t(Msg::BvTransferGainTax)),
                lang.euro(out(c.route.transfer_gain_tax)),
            ]);
        }
        t.add(vec![
            lang.f(Msg::BvNetWorth, &[f.into()]),
            lang.euro(out(c.route.net_worth)),
        ]);
        t.add(vec![
            lang.f(Msg::BvPrivate, &[f.into()]),
            lang.euro(out(c.private_net_worth)),
        ]);
        t.add(vec![
            lang.f(Msg::BvSellNow, &[f.into()]),
            lang.euro(out(c.sell_net_worth)),
        ]);
        t.add(vec![
            lang.f(Msg::BvBreakEven, &[f.into()]),
            c.break_even_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| lang.t(Msg::BvNever).to_string()),
        ]);
    }
    s.push(Block::Table(t));
    let mut y = Rows::default();
    let mut header = vec![lang.t(Msg::ColYear).to_string()];
    for c in &b.scenarios {
        let f = lang.t(future_label(c.future));
        header.push(format!("{} ({f})", lang.t(Msg::ColPrivateTax)));
        header.push(format!("{} ({f})", lang.t(Msg::ColBvTax)));
    }
    y.set_header(header);
    for (i, row) in first.taxes.iter().enumerate() {
        let mut cells = vec![row.year.to_string()];
        for c in &b.scenarios {
            let tx = &c.taxes[i];
            cells.push(lang.euro(out(tx.private)));
            cells.push(lang.euro(out(tx.bv)));
        }
        y.add(cells);
    }
    s.push(Block::Table(y));
    s.push(Block::Note(lang.t(Msg::BvNotModelled).to_string()));
    s
}

/// The column label of a Box 3 future.
fn future_label(future: &str) -> Msg {
    match future {
        "bill" => Msg::FutureBill,
        _ => Msg::FutureToday,
    }
}

/// The sensitivity grid: keep − sell by value growth (rows) and alternative return (columns);
/// with the uitpond route (its turnover chance `turnover_pct`) its grid too.
pub fn grid(
    g: &crate::sensitivity::Grid,
    years: u32,
    turnover_pct: Option<Decimal>,
    st: &Style,
) -> String {
    let mut s = String::new();
    for b in grid_blocks(g, years, turnover_pct, st.lang) {
        lay_out(&b, st, &mut s);
    }
    s
}

/// The sensitivity grid as a heading, its table and a note.
/// With the uitpond route (its turnover chance `turnover_pct`), its grid below, likewise.
pub fn grid_blocks(
    g: &crate::sensitivity::Grid,
    years: u32,
    turnover_pct: Option<Decimal>,
    lang: Lang,
) -> Vec<Block> {
    let mut t = Rows::default();
    t.set_header(t_header(g, lang));
    for (growth, row) in g.value_growth_pct.iter().zip(&g.difference) {
        let mut cells = vec![lang.pct(out(*growth), 2)];
        cells.extend(row.iter().map(|d| lang.number(out(*d), 0)));
        t.add(cells);
    }
    let years = i18n::count(lang, years as usize, Msg::Jaar, Msg::Jaren);
    let mut blocks = vec![
        Block::Heading(lang.f(Msg::HGrid, &[years.clone().into()])),
        Block::Table(t),
        Block::Note(lang.f(Msg::GridNote, &[lang.t(Msg::FutureToday).into()])),
    ];
    if let Some(turnover) = turnover_pct.filter(|_| !g.uitpond_difference.is_empty()) {
        let mut u = Rows::default();
        u.set_header(t_header(g, lang));
        for (growth, row) in g.value_growth_pct.iter().zip(&g.uitpond_difference) {
            let mut cells = vec![lang.pct(out(*growth), 2)];
            cells.extend(row.iter().map(|d| lang.number(out(*d), 0)));
            u.add(cells);
        }
        blocks.push(Block::Heading(lang.f(Msg::HGridUitpond, &[years.into()])));
        blocks.push(Block::Table(u));
        blocks.push(Block::Note(lang.f(
            Msg::GridUitpondNote,
            &[Arg::Pct(turnover), lang.t(Msg::FutureToday).into()],
        )));
    }
    blocks
}

/// The header of a grid: the corner, then one column per alternative return.
fn t_header(g: &crate::sensitivity::Grid, lang: Lang) -> Vec<String> {
    let mut header = vec![lang.t(Msg::GridCorner).to_string()];
    header.extend(
        g.alternative_return_pct
            .iter()
            .map(|a| lang.pct(out(*a), 2)),
    );
    header
}

/// The longest word of `text`, in characters.
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// One compact comparison table for several properties. Amounts are whole euros; the numeric
/// columns never wrap, the name takes what width is left and is broken between words only.
pub fn comparison(reports: &[Report], st: &Style) -> String {
    let lang = st.lang;
    let mut t = Rows::default();
    // One tax year for all: in the header, not in a column of its own.
    let one_year = reports
        .first()
        .map(|r| r.tax_year)
        .filter(|y| reports.iter().all(|r| r.tax_year == *y));
    let name_header = match one_year {
        Some(y) => lang.f(Msg::ColPropertyYear, &[y.into()]),
        None => lang.t(Msg::ColProperty).to_string(),
    };
    let mut header: Vec<String> = vec![
        name_header,
        lang.t(Msg::ColYearShort).into(),
        lang.t(Msg::ColNetYield).into(),
        lang.t(Msg::ColCashFlow).into(),
        lang.t(Msg::ColBox3Tax).into(),
        lang.t(Msg::ColTenanted).into(),
        lang.t(Msg::ColBetter).into(),
        lang.t(Msg::ColDifference).into(),
    ];
    if one_year.is_some() {
        header.remove(1);
    }
    t.set_header(header);
    let amount = |v: Decimal| lang.number(v, 0);
    let mut name_width = 10;
    let mut rows = Vec::with_capacity(reports.len());
    for r in reports {
        let p = r.sell_vs_keep.as_ref();
        let name = crate::text::printable(&r.name).into_owned();
        name_width = name_width.max(longest_word(&name));
        rows.push(vec![
            name,
            r.tax_year.to_string(),
            r.yields
                .as_ref()
                .map(|y| lang.pct(out(y.net_pct), 2))
                .unwrap_or_else(|| "—".into()),
            r.yields
                .as_ref()
                .map(|y| amount(out(y.monthly_cash_flow)))
                .unwrap_or_else(|| "—".into()),
            amount(r.box3.attributable_tax),
            r.sitting_tenant
                .as_ref()
                .map(|v| amount(out(v.valuation.tenanted_value)))
                .unwrap_or_else(|| "—".into()),
            p.map(|p| {
                lang.t(if p.better == "keep" {
                    Msg::KeepShort
                } else {
                    Msg::SellShort
                })
                .to_string()
            })
            .unwrap_or_else(|| "—".into()),
            p.map(|p| amount(p.difference))
                .unwrap_or_else(|| "—".into()),
        ]);
    }
    // The figures keep their width; the name gets the rest, at least its longest word when
    // that fits (one space of padding either side of every cell, a border between cells).
    let header_width = |i: usize| {
        [
            Msg::ColProperty,
            Msg::ColYearShort,
            Msg::ColNetYield,
            Msg::ColCashFlow,
            Msg::ColBox3Tax,
            Msg::ColTenanted,
            Msg::ColBetter,
            Msg::ColDifference,
        ]
        .get(i)
        .map_or(0, |id| {
            lang.t(*id)
                .lines()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0)
        })
    };
    let figures: usize = (1..8)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
                .max(header_width(i))
                + 2
        })
        .sum();
    let (figures, borders) = match one_year {
        Some(_) => (
            figures - rows.first().map_or(0, |r| r[1].chars().count().max(4) + 2),
            8,
        ),
        None => (figures, 9),
    };
    let left = usize::from(st.width).saturating_sub(figures + borders);
    for mut row in rows {
        if one_year.is_some() {
            row.remove(1);
        }
        t.add(row);
    }

    let name_width = (name_width + 2).min(left).max(12) as u16;
    t.first_column_min = Some(name_width);
    let mut s = t.layout(st);
    s.push('\n');
    s.push_str(&capped_note(reports, st));
    s.push_str(&row_warnings(reports, st));
    s
}

/// Under the comparison table: which property has which warning, by code. A warning that every
/// property of the table has is no news about any one of them: it is left out here (the lines
/// under the run say it once), and so is the carried-rules warning.
fn row_warnings(reports: &[Report], st: &Style) -> String {
    let lang = st.lang;
    let everyone = |code: &str| {
        reports.len() > 1
            && reports
                .iter()
                .all(|r| r.warnings.iter().any(|w| w.code == code))
    };
    let lines: Vec<String> = reports
        .iter()
        .filter_map(|r| {
            let codes: Vec<&str> = r
                .warnings
                .iter()
                .map(|w| w.code)
                .filter(|c| *c != "rules_carried_forward" && !everyone(c))
                .collect();
            (!codes.is_empty())
                .then(|| format!("{}: {}", crate::text::printable(&r.name), codes.join(", ")))
        })
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    let width = usize::from(st.width);
    let mut s = wrap(lang.t(Msg::RowWarnings), 2, 2, width);
    for l in lines {
        s.push_str(&yellow(st, wrap(&format!("! {l}"), 4, 6, width)));
    }
    s
}

/// Under a table of several properties: the ones whose value and plan use the rent capped at
/// the maximum, with both rents (nothing when there are none).
pub fn capped_note(reports: &[Report], st: &Style) -> String {
    let lang = st.lang;
    let capped: Vec<String> = reports
        .iter()
        .filter_map(|r| {
            let x = r.rents.as_ref()?;
            Some(lang.f(
                Msg::RentCappedOf,
                &[
                    crate::text::printable(&r.name).into_owned().into(),
                    lang.euro_cents(x.capped).into(),
                    lang.euro_cents(x.contract).into(),
                ],
            ))
        })
        .collect();
    if capped.is_empty() {
        return String::new();
    }
    let line = lang.f(Msg::RentCappedNote, &[capped.join("; ").into()]);
    wrap(&line, 2, 4, usize::from(st.width)) + "\n"
}

/// The rent's share of the WOZ value as shown: to two decimals, or more where two would put it
/// on a bracket's bound and so contradict the ratio next to it (1,00% for a share just above
/// 1% that gets the ratio of "more than 1%").
fn out_in_bracket(share: Decimal, (above, up_to): (Decimal, Option<Decimal>)) -> (Decimal, u32) {
    let inside =
        |v: Decimal| (share <= above || v > above) && up_to.is_none_or(|u| share > u || v <= u);
    (2..=12)
        .map(|dp| {
            let v = if dp == 2 {
                out(share)
            } else {
                share.round_dp_with_strategy(
                    dp,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                )
            };
            (v, dp)
        })
        .find(|(v, _)| inside(*v))
        .unwrap_or((share, share.scale()))
}

/// When the maximum caps the rent: the row that says which rent the section's figures use
/// (`capped`: the rent after the cap, for the valuation and the plan; else the contract's).
fn rent_row(r: &Report, capped: bool, lang: Lang, t: &mut Rows) {
    if let Some(x) = &r.rents {
        let (label, rent) = if capped {
            (Msg::RentCapped, x.capped)
        } else {
            (Msg::RentContract, x.contract)
        };
        t.add(vec![
            lang.t(label).to_string(),
            lang.f(Msg::RentPerMonth, &[lang.euro_cents(out(rent)).into()]),
        ]);
    }
}

/// What the comparison table leaves out, gathered over a whole run: the warnings by code, the
/// carried-rules warning once, and how to see the rest.
#[derive(Debug, Default)]
pub struct Summary {
    reports: usize,
    warned: usize,
    /// Per warning code: how many properties have it, in the order first met, and its message
    /// while every property's is the same (shown once when every property has it), `None` once
    /// two differ (their figures differ: counted like the others).
    codes: Vec<(&'static str, usize, Option<Text>)>,
    /// The carried-rules warning, once for each set of years it names (the plans differ in
    /// length and start), with how many properties have it, in the order first met.
    carried: Vec<(Text, usize)>,
}

/// The sets of carried years the lines under the comparison table name one by one; the rest
/// are counted together.
const CARRIED_SHOWN: usize = 5;

impl Summary {
    /// How many reports were counted in.
    pub fn reports(&self) -> usize {
        self.reports
    }

    /// Count `r` in.
    pub fn add(&mut self, r: &Report) {
        self.reports += 1;
        let mut warned = false;
        for w in &r.warnings {
            if w.code == "rules_carried_forward" {
                match self.carried.iter_mut().find(|(t, _)| *t == w.text) {
                    Some((_, n)) => *n += 1,
                    None => self.carried.push((w.text.clone(), 1)),
                }
                continue;
            }
            warned = true;
            match self.codes.iter_mut().find(|(c, _, _)| *c == w.code) {
                Some((_, n, same)) => {
                    *n += 1;
                    if same.as_ref() != Some(&w.text) {
                        *same = None;
                    }
                }
                None => self.codes.push((w.code, 1, Some(w.text.clone()))),
            }
        }
        self.warned += usize::from(warned);
    }

    /// The lines under the comparison table.
    pub fn render(&self, st: &Style) -> String {
        let lang = st.lang;
        let width = st.width as usize;
        let mut s = String::new();
        s.push_str(&wrap(lang.t(Msg::ComparisonNote), 0, 0, width));
        let props = |n: usize| i18n::count(lang, n, Msg::Woning, Msg::Woningen);
        for (text, n) in self.carried.iter().take(CARRIED_SHOWN) {
            s.push_str(&lang.f(Msg::CarriedOnce, &[props(*n).into()]));
            s.push('\n');
            s.push_str(&yellow(
                st,
                wrap(
                    &format!("! [rules_carried_forward] {}", text.render(lang)),
                    2,
                    4,
                    width,
                ),
            ));
        }
        let rest: usize = self
            .carried
            .iter()
            .skip(CARRIED_SHOWN)
            .map(|(_, n)| n)
            .sum();
        if rest > 0 {
            s.push_str(&yellow(
                st,
                lang.f(Msg::CarriedOther, &[props(rest).into()]) + "\n",
            ));
        }
        if self.warned > 0 {
            let head = lang.f(
                if self.warned == 1 {
                    Msg::WarnedOne
                } else {
                    Msg::WarnedMany
                },
                &[
                    lang.number(Decimal::from(self.warned), 0).into(),
                    props(self.reports).into(),
                ],
            );
            s.push_str(&head);
            s.push('\n');
            let in_full = |n: usize, same: &Option<Text>| {
                n == self.reports && self.reports > 1 && same.is_some()
            };
            for (code, n, _) in self.codes.iter().filter(|(_, n, t)| !in_full(*n, t)) {
                s.push_str(&yellow(
                    st,
                    lang.f(Msg::WarningCount, &[(*code).into(), props(*n).into()]) + "\n",
                ));
            }
            // A warning every property has: once, in full, not counted as news.
            let all: Vec<_> = self
                .codes
                .iter()
                .filter_map(|(c, n, t)| t.as_ref().filter(|_| in_full(*n, t)).map(|t| (c, t)))
                .collect();
            if !all.is_empty() {
                s.push_str(&lang.f(Msg::WarningAll, &[props(self.reports).into()]));
                s.push('\n');
                for (code, text) in all {
                    s.push_str(&yellow(
                        st,
                        wrap(&format!("! [{code}] {}", text.render(lang)), 2, 4, width),
                    ));
                }
            }
            s.push_str(&wrap(lang.t(Msg::WarningsHow), 0, 2, width));
        }
        if st.explain {
            s.push_str(&wrap(lang.t(Msg::ExplainHow), 0, 2, width));
        }
        if st.grid {
            s.push_str(&wrap(lang.t(Msg::GridHow), 0, 2, width));
        }
        s
    }
}
