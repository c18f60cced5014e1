//! The market value in rented state by the Handboek modelmatig waarderen marktwaarde (bijlage 2
//! bij de Regeling toegelaten instellingen volkshuisvesting 2015; art. 31 Btiv 2015): the higher
//! of a doorexploiteer scenario (keep letting; at each change of tenant the rent goes to the
//! potential rent) and an uitpond scenario (sell the dwelling vacant when the tenant leaves), each
//! a DCF over the Handboek's 15 years closed with its end value, less the overdrachtskosten.
//!
//! The basisversie for one zelfstandige woongelegenheid, with the conventions this module reads
//! the Handboek by (each said in the derivation):
//!
//! - cash flows fall at the end of their year; the first year's rent and costs are today's, each
//!   indexed yearly from the second year (rent, taxes and insurance with the price inflation,
//!   maintenance with the building costs, management with the wages); the vacant value grows
//!   with the leegwaardestijging and a sale in year `t` fetches the value at the end of year `t`;
//! - the tenant leaves with the mutatiekans each year: in the doorexploiteer scenario the share
//!   that has changed tenant pays the potential rent from the next year and each change costs the
//!   mutatieonderhoud; in the uitpond scenario the share that leaves is sold at the end of that
//!   year (the rent of that year still earned) at the vacant value less the verkoopkosten, with the
//!   Handboek's mutatiekans per year (year 1 plus the opslag for a complex not yet broken into,
//!   years 2–5 the rate itself, years 6–15 a share of it);
//! - the end value takes each cash flow `K` of year 15 as a growing perpetuity
//!   `(1 + g) / (d − g) · K` with its own index `g`; in the uitpond scenario `g` becomes
//!   `g' = g − m − m·g` (the units sold each year); the verouderingskosten (a share of today's
//!   vacant value, indexed to year 15 with the building costs) are a cash flow of the end value;
//! - the juridische splitsingskosten are paid at the valuation date in the uitpond scenario, for
//!   a dwelling in a building not yet split into apartment rights;
//! - the overdrachtskosten are a percentage of the value computed and come off it; their tax part
//!   is the overdrachtsbelasting of the tax year (the law in force), their other costs the
//!   Handboek's.

use rust_decimal::Decimal;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::{self, HUNDRED};
use crate::rules::handboek::{HandboekRules, Params};

/// The Handboek's two types of zelfstandige woongelegenheid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woningtype {
    /// Eengezinswoning (a house).
    Egw,
    /// Meergezinswoning (an apartment).
    Mgw,
}

pub use crate::model::Landsdeel;

/// Where the potential rent after a change of tenant comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PotentialRent {
    /// Regulated: the lower of the market rent given and the WWS maximum.
    MinMarketMax { market: Decimal, max: Decimal },
    /// Regulated without a market rent given: the WWS maximum (the market rent is taken to be
    /// no lower).
    Max(Decimal),
    /// Free sector: the market rent given.
    Market(Decimal),
    /// Free sector without a market rent given: the rent of the lease (agreed at market).
    Contract(Decimal),
}

impl PotentialRent {
    /// The yearly potential rent.
    pub fn annual(self) -> Decimal {
        match self {
            PotentialRent::MinMarketMax { market, max } => market.min(max),
            PotentialRent::Max(a) | PotentialRent::Market(a) | PotentialRent::Contract(a) => a,
        }
    }
}

/// Everything the Handboek's valuation needs of one dwelling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Input {
    /// The year valued (the tax year): the edition used is the newest before it.
    pub year: i32,
    /// The leegwaarde: the vacant value today.
    pub leegwaarde: Decimal,
    /// The WOZ value (the taxes and insurance are a percentage of it).
    pub woz: Decimal,
    /// The yearly rent of the lease (capped at the legal maximum).
    pub contract_rent: Decimal,
    pub potential_rent: PotentialRent,
    /// The mutatiekans of the doorexploiteer scenario, percent per year.
    pub mutatiekans_pct: Decimal,
    pub woningtype: Woningtype,
    pub build_year: Option<i32>,
    pub landsdeel: Option<Landsdeel>,
    /// In a building not split into apartment rights: splitting costs before an uitpond sale.
    pub unsplit: bool,
    /// A zelfstandige woongelegenheid (EGW or MGW) not let to students: the only kind whose
    /// parameters are recorded.
    pub zelfstandig: bool,
    /// The overdrachtsbelasting of the tax year for a buyer of a let dwelling, percent.
    pub overdrachtsbelasting_pct: Decimal,
}

/// Why the Handboek's value was not computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComputed {
    /// No established edition before the year.
    NoEdition,
    /// A room (onzelfstandige woonruimte) or a dwelling let to students: the Handboek's
    /// parameters for studenteneenheden are not recorded.
    NotSelfContained,
    /// The build year is not given: the build period sets the maintenance and the discount rate.
    NoBuildYear,
    /// Outside the Randstad the landsdeel is not known.
    NoLandsdeel,
    /// The discount rate does not exceed an index: the end value has no finite value.
    NoEndValue,
}

/// One scenario: the present values of the 15 years' cash flows and of the end value, and the
/// value after the overdrachtskosten.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    pub cash_flows: Decimal,
    pub end_value: Decimal,
    /// Cash flows + end value (− splitting costs), before the overdrachtskosten.
    pub gross: Decimal,
    /// The value: gross less the overdrachtskosten, whole euros.
    pub value: Decimal,
}

/// The Handboek's market value in rented state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Handboek {
    /// The year of the edition's peildatum.
    pub edition: i32,
    pub discount_rate_pct: Decimal,
    pub overdrachtskosten_pct: Decimal,
    pub doorexploiteer: Scenario,
    pub uitpond: Scenario,
    /// The higher of the two scenarios, whole euros.
    pub value: Decimal,
}

/// The Handboek's end value of a cash flow `k` of the last DCF year that grows `g_pct` a year
/// for ever, discounted at `d_pct`, valued at the end of that year: `(1 + g) / (d − g) · k`.
/// `None` when `d ≤ g`.
pub fn eindwaarde(k: Decimal, g_pct: Decimal, d_pct: Decimal) -> Option<Decimal> {
    (d_pct > g_pct).then(|| (HUNDRED + g_pct) / (d_pct - g_pct) * k)
}

/// The growth of a cash flow in the uitpond scenario's end value, percent: `g' = g − m − m·g`,
/// with `g` its index and `m` the mutatiekans of the last year (the share sold each year).
pub fn groei_uitponden(g_pct: Decimal, m_pct: Decimal) -> Decimal {
    g_pct - m_pct - m_pct * g_pct / HUNDRED
}

/// The discount rate of the dwelling and its parts: the reference object's rate plus the effects
/// of the build period, the type and the region (percent each).
fn disconteringsvoet(
    p: &Params,
    build_year: i32,
    t: Woningtype,
    l: Landsdeel,
) -> (Decimal, Decimal, Decimal, Decimal) {
    let bp = p
        .bouwperioden
        .of(build_year)
        .map_or(Decimal::ZERO, |b| b.disconto_pct);
    let ty = norm(p, t).disconto_pct;
    let r = &p.regios;
    let re = match l {
        Landsdeel::Noord => r.noord,
        Landsdeel::Oost => r.oost,
        Landsdeel::Zuid => r.zuid,
        Landsdeel::West => r.west,
    };
    (
        p.referentie_disconteringsvoet_pct.value + bp + ty + re,
        bp,
        ty,
        re,
    )
}

fn norm(p: &Params, t: Woningtype) -> &crate::rules::handboek::TypeNorm {
    match t {
        Woningtype::Egw => &p.types.egw,
        Woningtype::Mgw => &p.types.mgw,
    }
}

/// The yearly costs of one let dwelling in the first year.
struct Costs {
    instandhouding: Decimal,
    mutatieonderhoud: Decimal,
    beheer: Decimal,
    belastingen: Decimal,
}

/// The amounts of one dwelling the scenarios are linear in: the first year's rents and costs
/// (costs negative) and today's vacant value.
struct Amounts {
    rent: Decimal,
    potential: Decimal,
    instandhouding: Decimal,
    mutatieonderhoud: Decimal,
    beheer: Decimal,
    belastingen: Decimal,
    leegwaarde: Decimal,
}

impl Amounts {
    /// The present value of the cash flows these amounts give under `w`.
    fn dot(&self, w: &Weights) -> Decimal {
        self.rent * w.rent
            + self.potential * w.potential
            + self.instandhouding * w.instandhouding
            + self.mutatieonderhoud * w.mutatieonderhoud
            + self.beheer * w.beheer
            + self.belastingen * w.belastingen
            + self.leegwaarde * (w.sale - w.veroudering)
    }
}

/// What one euro of each amount is worth today in a part of a scenario (its 15 years' cash
/// flows, or its end value): the Handboek's indices, turnover, rent loss, selling costs and
/// discount rate applied to it.
#[derive(Debug, Clone, Copy, Default)]
struct Weights {
    rent: Decimal,
    potential: Decimal,
    instandhouding: Decimal,
    mutatieonderhoud: Decimal,
    beheer: Decimal,
    belastingen: Decimal,
    /// Vacant sales, per euro of today's vacant value.
    sale: Decimal,
    /// The verouderingskosten, per euro of today's vacant value.
    veroudering: Decimal,
}

/// The weights of both scenarios for an edition, a discount rate and a turnover, with the
/// uitpond scenario's turnover of year 1 and of years 6–15.
#[derive(Debug, Clone, Copy)]
struct AllWeights {
    door_cash: Weights,
    door_end: Weights,
    uit_cash: Weights,
    uit_end: Weights,
    m1: Decimal,
    m6: Decimal,
}

thread_local! {
    /// The weights by edition, discount rate and turnover (their exact representations): they
    /// depend on nothing else, and a batch has few distinct rates.
    #[allow(clippy::type_complexity)]
    static WEIGHTS: std::cell::RefCell<
        std::collections::HashMap<(i32, [u8; 16], [u8; 16]), Result<AllWeights, NotComputed>>,
    > = Default::default();
}

/// The weights of the edition `p` (peildatum in `edition`) at discount rate `d` and turnover
/// `m` (percent), computed once per thread.
fn weights(edition: i32, p: &Params, d: Decimal, m: Decimal) -> Result<AllWeights, NotComputed> {
    WEIGHTS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > 1024 {
            cache.clear();
        }
        *cache
            .entry((edition, d.serialize(), m.serialize()))
            .or_insert_with(|| compute_weights(p, d, m))
    })
}

/// The scenarios year by year for one euro of each amount.
///
/// Doorexploiteren: in year `t` the share not yet changed tenant pays the rent, the rest the
/// potential rent, both indexed with the price inflation and less the rent loss; maintenance,
/// the costs of the changes of tenant (the turnover's share of the dwellings each year),
/// management and taxes are paid with their indices. Uitponden: the share still let pays the
/// rent and the costs; the share that leaves is sold at the end of the year at the vacant
/// value of then less the selling costs. Each cash flow of the last year closes its scenario
/// as the Handboek's end value.
fn compute_weights(p: &Params, d: Decimal, m: Decimal) -> Result<AllWeights, NotComputed> {
    let years = money::to_count(p.dcf_years.value, 15);
    let pct = |x: Decimal| Decimal::ONE + x / HUNDRED;
    let (inf, loon, bouw, lw) = (
        p.prijsinflatie_pct.value,
        p.loonstijging_pct.value,
        p.bouwkostenstijging_pct.value,
        p.leegwaardestijging_pct.value,
    );
    let (g_inf, g_loon, g_bouw, g_lw) = (pct(inf), pct(loon), pct(bouw), pct(lw));
    let hd = Decimal::ONE - p.huurderving_pct.value / HUNDRED;
    let vk = Decimal::ONE - p.verkoopkosten_pct.value / HUNDRED;
    let r = pct(d);
    let m1 = (m + p.uitpond_opslag_jaar1_pct.value).min(HUNDRED);
    let m6 = m * p.uitpond_factor_jaar6_pct.value / HUNDRED;
    let turnover = |t: u32| match t {
        1 => m1,
        2..=5 => m,
        _ => m6,
    } / HUNDRED;
    let mf = m / HUNDRED;
    let mut door = Weights::default();
    let mut uit = Weights::default();
    // The indices of year t, (1 + x)^(t − 1); the vacant value at its end; the discount
    // factor of its end; the share not yet changed tenant and the share still let at its start.
    let (mut ii, mut ib, mut il, mut iv, mut df) = (
        Decimal::ONE,
        Decimal::ONE,
        Decimal::ONE,
        Decimal::ONE,
        Decimal::ONE,
    );
    let (mut unchanged, mut let_share) = (Decimal::ONE, Decimal::ONE);
    for t in 1..=years {
        if t > 1 {
            ii *= g_inf;
            ib *= g_bouw;
            il *= g_loon;
            unchanged *= Decimal::ONE - mf;
            let_share *= Decimal::ONE - turnover(t - 1);
        }
        iv *= g_lw;
        df /= r;
        door.rent += df * unchanged * ii * hd;
        door.potential += df * (Decimal::ONE - unchanged) * ii * hd;
        door.instandhouding += df * ib;
        door.mutatieonderhoud += df * mf * ib;
        door.beheer += df * il;
        door.belastingen += df * ii;
        uit.rent += df * let_share * ii * hd;
        uit.instandhouding += df * let_share * ib;
        uit.beheer += df * let_share * il;
        uit.belastingen += df * let_share * ii;
        uit.sale += df * let_share * turnover(t) * iv * vk;
    }
    // The end values: the last year's cash flow K of each kind as (1 + g) / (d − g) · K, with
    // g' = g − m − m·g when selling on; the verouderingskosten a cash flow of the end value
    // (a share of today's vacant value indexed to the last year like its maintenance).
    let end = |g: Decimal| eindwaarde(df, g, d).ok_or(NotComputed::NoEndValue);
    let m15 = turnover(years) * HUNDRED;
    let end_uit = |g: Decimal| end(groei_uitponden(g, m15));
    let veroudering = p.verouderingskosten_pct.value / HUNDRED * ib;
    let door_end = Weights {
        rent: unchanged * ii * hd * end(inf)?,
        potential: (Decimal::ONE - unchanged) * ii * hd * end(inf)?,
        instandhouding: ib * end(bouw)?,
        mutatieonderhoud: mf * ib * end(bouw)?,
        beheer: il * end(loon)?,
        belastingen: ii * end(inf)?,
        sale: Decimal::ZERO,
        veroudering: veroudering * end(bouw)?,
    };
    let uit_end = Weights {
        rent: let_share * ii * hd * end_uit(inf)?,
        potential: Decimal::ZERO,
        instandhouding: let_share * ib * end_uit(bouw)?,
        mutatieonderhoud: Decimal::ZERO,
        beheer: let_share * il * end_uit(loon)?,
        belastingen: let_share * ii * end_uit(inf)?,
        sale: let_share * turnover(years) * iv * vk * end_uit(lw)?,
        veroudering: let_share * veroudering * end_uit(bouw)?,
    };
    Ok(AllWeights {
        door_cash: door,
        door_end,
        uit_cash: uit,
        uit_end,
        m1,
        m6,
    })
}

/// Value the dwelling by the Handboek; the steps go to `trace`.
pub fn compute(
    i: &Input,
    rules: &HandboekRules,
    trace: &mut Trace,
) -> Result<Handboek, NotComputed> {
    if !i.zelfstandig {
        return Err(NotComputed::NotSelfContained);
    }
    let (edition, ed, p) = rules.for_year(i.year).ok_or(NotComputed::NoEdition)?;
    let build_year = i.build_year.ok_or(NotComputed::NoBuildYear)?;
    let landsdeel = i.landsdeel.ok_or(NotComputed::NoLandsdeel)?;
    let (d, bp, ty, re) = disconteringsvoet(p, build_year, i.woningtype, landsdeel);
    trace.add(|| {
        Step::new(
            "handboek_discount_rate_pct",
            Arg::Pct(d),
            Text::new(
                Msg::XHbDiscount,
                vec![
                    Arg::Pct(p.referentie_disconteringsvoet_pct.value),
                    Arg::Pct(p.risicovrije_rente_pct.value),
                    Arg::Pct(p.vastgoedopslag_pct.value),
                    Arg::Pct(bp),
                    build_year.into(),
                    Arg::Pct(ty),
                    Text::new(
                        match i.woningtype {
                            Woningtype::Egw => Msg::HbEgw,
                            Woningtype::Mgw => Msg::HbMgw,
                        },
                        vec![],
                    )
                    .into(),
                    Arg::Pct(re),
                    Text::new(
                        match landsdeel {
                            Landsdeel::Noord => Msg::HbNoord,
                            Landsdeel::Oost => Msg::HbOost,
                            Landsdeel::Zuid => Msg::HbZuid,
                            Landsdeel::West => Msg::HbWest,
                        },
                        vec![],
                    )
                    .into(),
                    edition.into(),
                ],
            ),
        )
        .uses(ed)
        .uses_all([
            &p.referentie_disconteringsvoet_pct,
            &p.risicovrije_rente_pct,
            &p.vastgoedopslag_pct,
        ])
        .uses(&p.bouwperioden)
        .uses(&p.types)
        .uses(&p.regios)
    });
    let potential = i.potential_rent.annual();
    trace.add(|| {
        let how = match i.potential_rent {
            PotentialRent::MinMarketMax { market, max } => {
                Text::new(Msg::XHbPotMin, vec![Arg::Euro(market), Arg::Euro(max)])
            }
            PotentialRent::Max(a) => Text::new(Msg::XHbPotMax, vec![Arg::Euro(a)]),
            PotentialRent::Market(a) => Text::new(Msg::XHbPotMarket, vec![Arg::Euro(a)]),
            PotentialRent::Contract(a) => Text::new(Msg::XHbPotContract, vec![Arg::Euro(a)]),
        };
        Step::new("handboek_potential_rent", Arg::Euro(potential), how)
            .rule("Handboek, huursprong bij mutatie")
    });

    let years = money::to_count(p.dcf_years.value, 15);
    let inf = p.prijsinflatie_pct.value;
    let loon = p.loonstijging_pct.value;
    let bouw = p.bouwkostenstijging_pct.value;
    let lw = p.leegwaardestijging_pct.value;
    let m = i.mutatiekans_pct;
    let period = p.bouwperioden.of(build_year);
    let n = norm(p, i.woningtype);
    let c = Costs {
        instandhouding: period.map_or(Decimal::ZERO, |b| match i.woningtype {
            Woningtype::Egw => b.instandhouding_egw,
            Woningtype::Mgw => b.instandhouding_mgw,
        }),
        mutatieonderhoud: n.mutatieonderhoud,
        beheer: n.beheerkosten,
        belastingen: i.woz * p.belastingen_verzekeringen_pct.value / HUNDRED,
    };
    let w = weights(edition, p, d, m)?;
    let amounts = Amounts {
        rent: i.contract_rent,
        potential,
        instandhouding: -c.instandhouding,
        mutatieonderhoud: -c.mutatieonderhoud,
        beheer: -c.beheer,
        belastingen: -c.belastingen,
        leegwaarde: i.leegwaarde,
    };
    let overdracht = i.overdrachtsbelasting_pct + p.overdrachtskosten_kosten_pct.value;
    let net = |gross: Decimal| money::round_euro(gross * (HUNDRED - overdracht) / HUNDRED);
    let door = {
        let (pv, end) = (amounts.dot(&w.door_cash), amounts.dot(&w.door_end));
        Scenario {
            cash_flows: pv,
            end_value: end,
            gross: pv + end,
            value: net(pv + end),
        }
    };
    let (m1, m6) = (w.m1, w.m6);
    let splitsing = if i.unsplit {
        p.juridische_splitsingskosten.value
    } else {
        Decimal::ZERO
    };
    let uit = {
        let (pv, end) = (amounts.dot(&w.uit_cash), amounts.dot(&w.uit_end));
        let gross = pv + end - splitsing;
        Scenario {
            cash_flows: pv,
            end_value: end,
            gross,
            value: net(gross),
        }
    };
    trace.add(|| {
        Step::new(
            "handboek_doorexploiteer",
            Arg::Euro(door.value),
            Text::new(
                Msg::XHbDoor,
                vec![
                    years.into(),
                    Arg::Pct(d),
                    Arg::Euro(i.contract_rent),
                    Arg::Euro(potential),
                    Arg::Pct(m),
                    Arg::Pct(p.huurderving_pct.value),
                    Arg::Pct(inf),
                    Arg::Euro(c.instandhouding),
                    Arg::Euro(c.mutatieonderhoud),
                    Arg::Pct(bouw),
                    Arg::Euro(c.beheer),
                    Arg::Pct(loon),
                    Arg::Pct(p.belastingen_verzekeringen_pct.value),
                    Arg::Pct(p.verouderingskosten_pct.value),
                    Arg::Euro(money::round_euro(door.cash_flows)),
                    Arg::Euro(money::round_euro(door.end_value)),
                    Arg::Pct(overdracht),
                ],
            ),
        )
        .uses_all([
            &p.dcf_years,
            &p.prijsinflatie_pct,
            &p.bouwkostenstijging_pct,
            &p.loonstijging_pct,
            &p.huurderving_pct,
            &p.belastingen_verzekeringen_pct,
            &p.verouderingskosten_pct,
            &p.overdrachtskosten_kosten_pct,
        ])
        .uses(&p.bouwperioden)
        .uses(&p.types)
        .rule(
            "Handboek, Doorexploiteer- en uitpondscenario; Eindwaarde: CW = (1 + g) / (d − g) · K",
        )
    });
    trace.add(|| {
        Step::new(
            "handboek_uitpond",
            Arg::Euro(uit.value),
            Text::new(
                Msg::XHbUitpond,
                vec![
                    years.into(),
                    Arg::Pct(d),
                    Arg::Euro(i.contract_rent),
                    Arg::Pct(m1),
                    Arg::Pct(m),
                    Arg::Pct(m6),
                    Arg::Euro(i.leegwaarde),
                    Arg::Pct(lw),
                    Arg::Pct(p.verkoopkosten_pct.value),
                    Arg::Euro(splitsing),
                    Arg::Euro(money::round_euro(uit.cash_flows)),
                    Arg::Euro(money::round_euro(uit.end_value)),
                    Arg::Pct(overdracht),
                ],
            ),
        )
        .uses_all([
            &p.leegwaardestijging_pct,
            &p.uitpond_opslag_jaar1_pct,
            &p.uitpond_factor_jaar6_pct,
            &p.verkoopkosten_pct,
            &p.juridische_splitsingskosten,
            &p.overdrachtskosten_kosten_pct,
        ])
        .rule("Handboek, Eindwaarde bij uitponden: g' = g − m − m·g")
    });
    Ok(Handboek {
        edition,
        discount_rate_pct: d,
        overdrachtskosten_pct: overdracht,
        doorexploiteer: door,
        uitpond: uit,
        value: door.value.max(uit.value),
    })
}
