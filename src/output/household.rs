//! The terminal table of a household: its Box 3, a summary row per property (value in rented
//! state, its tax share two ways, keep − sell, the better route), then each property's table.

use rust_decimal::Decimal;

use super::Style;
use super::rows::Rows;
use crate::household::HouseholdReport;
use crate::i18n::{self, Lang, Msg};
use crate::money::out;

/// `text` wrapped at the style's width, every line indented by `indent`.
fn wrap(text: &str, indent: usize, st: &Style) -> String {
    super::table::wrap(text, indent, indent, usize::from(st.width))
}

/// The household's table; with `details`, each property's full table follows.
pub(crate) fn table(r: &HouseholdReport, details: bool, st: &Style) -> String {
    let lang = st.lang;
    let n = r.properties.len();
    let mut s = lang.f(
        Msg::HouseholdTitle,
        &[
            crate::text::printable(&r.name).into_owned().into(),
            r.tax_year.into(),
            i18n::count(lang, n, Msg::Woning, Msg::Woningen).into(),
        ],
    );
    s.push('\n');
    s.push_str(&box3_rows(r, lang).layout(st));
    s.push('\n');
    s.push_str(&property_rows(r, lang).layout(st));
    s.push('\n');
    for block in bv_blocks(r, lang) {
        super::table::lay_out(&block, st, &mut s);
    }
    s.push_str(&super::table::capped_note(&r.properties, st));
    s.push_str(&wrap(lang.t(Msg::HouseholdNote), 2, st));
    for section in r.explain.iter().flatten() {
        for step in &section.steps {
            s.push_str(&wrap(&format!("· {} = {}", step.figure, step.value), 2, st));
            s.push_str(&wrap(&step.how, 6, st));
        }
    }
    if details {
        for p in &r.properties {
            s.push('\n');
            s.push_str(&super::table::single(p, st));
        }
    }
    s
}

/// The household's one BV (`household.bv`): the dwellings it holds, then the route as a
/// property's BV section shows it.
pub(crate) fn bv_blocks(r: &HouseholdReport, lang: Lang) -> Vec<super::table::Block> {
    let Some(b) = &r.bv else {
        return Vec::new();
    };
    let names: Vec<String> = b
        .dwellings
        .iter()
        .map(|n| crate::text::printable(n).into_owned())
        .collect();
    let mut blocks = vec![super::table::Block::Heading(
        lang.f(Msg::HHouseholdBv, &[names.join(", ").into()]),
    )];
    blocks.extend(super::table::bv(&b.route, lang));
    blocks
}

/// The household's Box 3 as a table.
pub(crate) fn box3_rows(r: &HouseholdReport, lang: Lang) -> Rows {
    let euro = |v: Decimal| lang.euro(v);
    let pct = |v: Decimal, dp: u32| lang.pct(v, dp);
    let l_ = |id: Msg| lang.t(id).to_string();
    let b = &r.box3;
    let mut t = Rows::new(vec![l_(Msg::HHouseholdBox3), String::new()]);
    t.add_plain(vec![l_(Msg::Rendement), euro(b.rendement)]);
    t.add_plain(vec![
        l_(Msg::Rendementsgrondslag),
        euro(b.rendementsgrondslag),
    ]);
    t.add_plain(vec![l_(Msg::Grondslag), euro(b.grondslag)]);
    t.add_plain(vec![l_(Msg::Voordeel), euro(b.voordeel)]);
    t.add_plain(vec![l_(Msg::Box3Tax), euro(b.tax)]);
    if b.per_person.len() > 1 {
        for (who, p) in [Msg::Owner, Msg::Partner].iter().zip(&b.per_person) {
            t.add_plain(vec![
                lang.f(
                    Msg::PersonShare,
                    &[lang.t(*who).into(), pct(p.allocation_pct, 2).into()],
                ),
                format!("{} → {}", pct(p.aandeel_pct, 2), euro(p.tax)),
            ]);
        }
    }
    t.add_plain(vec![
        l_(Msg::Box3TaxWithoutAll),
        euro(b.tax_without_properties),
    ]);
    if let (Some(a), Some(tax)) = (b.actual_return, b.actual_return_tax) {
        t.add_plain(vec![l_(Msg::ActualReturn), euro(a)]);
        t.add_plain(vec![l_(Msg::ActualReturnTax), euro(tax)]);
    }
    t
}

/// One row per property (value in rented state, its tax share two ways, keep − sell, the
/// better route), the other wealth's share and the household's totals.
pub(crate) fn property_rows(r: &HouseholdReport, lang: Lang) -> Rows {
    let l_ = |id: Msg| lang.t(id).to_string();
    let mut t = Rows::new(
        [
            Msg::ColProperty,
            Msg::ColTenanted,
            Msg::ColMarginal,
            Msg::ColProRata,
            Msg::ColKeepMinusSell,
            Msg::ColBetter,
        ]
        .iter()
        .map(|h| l_(*h))
        .collect(),
    );
    let amount = |v: Decimal| lang.number(v, 0);
    let cents = |v: Decimal| lang.number(v, 2);
    let dash = || "—".to_string();
    let mut tenanted = Decimal::ZERO;
    let mut marginal = Decimal::ZERO;
    for p in &r.properties {
        let share = p.household_share.as_ref();
        let v = p
            .sitting_tenant
            .as_ref()
            .map(|v| out(v.valuation.tenanted_value));
        tenanted += v.unwrap_or_default();
        marginal += share.map(|h| h.marginal_tax).unwrap_or_default();
        let plan = p.sell_vs_keep.as_ref();
        t.add_plain(vec![
            crate::text::printable(&p.name).into_owned(),
            v.map(amount).unwrap_or_else(dash),
            share.map(|h| amount(h.marginal_tax)).unwrap_or_else(dash),
            share.map(|h| cents(h.pro_rata_tax)).unwrap_or_else(dash),
            plan.map(|x| amount(x.difference)).unwrap_or_else(dash),
            plan.map(|x| {
                l_(if x.better == "keep" {
                    Msg::KeepShort
                } else {
                    Msg::SellShort
                })
            })
            .unwrap_or_else(dash),
        ]);
    }
    t.add_plain(vec![
        l_(Msg::OtherWealth),
        dash(),
        dash(),
        cents(r.allocation.other_wealth.pro_rata_tax),
        dash(),
        dash(),
    ]);
    t.add_plain(vec![
        l_(Msg::Household),
        amount(tenanted),
        amount(marginal),
        cents(r.box3.tax),
        dash(),
        dash(),
    ]);
    t.first_column_min = Some(10);
    t
}
