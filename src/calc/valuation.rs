//! The value in rented state (verhuurde staat) against the vacant value (methods.md §3).
//!
//! The headline is the market value by the Handboek modelmatig waarderen marktwaarde
//! ([`handboek`]: the higher of its doorexploiteer and uitpond scenarios), at most the vacant
//! value. Where the Handboek cannot be applied (no build year, a region it does not place, no
//! established edition) the headline is the investor's DCF with tenant turnover, and the
//! valuation says why. The market's discount band, yield capitalisation and the DCF are checks
//! beside it.

pub mod handboek;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Region, Segment};
use crate::money::{self, HUNDRED};
use crate::rules::{Band, MarketRules};

/// Everything the valuation needs, with the defaults already applied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Input {
    /// Vacant market value today.
    pub vacant_value: Decimal,
    /// Yearly rent the dwelling can sustain (the legal maximum when the rent is above it).
    pub annual_rent: Decimal,
    /// Fixed yearly costs of the owner (maintenance, insurance, VvE, municipal charges).
    pub fixed_costs: Decimal,
    /// Vacancy and management, in percent of the rent.
    pub rent_loss_pct: Decimal,
    pub segment: Segment,
    pub region: Region,
    /// Chance per year that the tenant leaves, percent.
    pub turnover_pct: Decimal,
    /// The investor's required return, percent.
    pub discount_rate_pct: Decimal,
    /// Yearly growth of the vacant value, percent.
    pub value_growth_pct: Decimal,
    /// Yearly rent growth, percent (already capped at the legal maximum).
    pub rent_growth_pct: Decimal,
    /// Selling costs of a vacant sale, percent.
    pub selling_costs_pct: Decimal,
    /// Buyer's costs: transfer tax for other dwellings plus other costs, percent.
    pub buyer_costs_pct: Decimal,
    /// Horizon of the DCF in years.
    pub horizon_years: u32,
    /// The Handboek's input.
    pub handboek: handboek::Input,
}

/// Which method gives the headline, and why the Handboek's does not when it does not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    /// The Handboek's market value, by the edition with its peildatum in this year.
    Handboek { edition: i32 },
    /// The DCF, because the Handboek could not be applied.
    Dcf(handboek::NotComputed),
}

/// The value in rented state.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Valuation {
    #[serde(serialize_with = "crate::money::ser::out")]
    pub vacant_value: Decimal,
    /// The headline: the DCF value.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub tenanted_value: Decimal,
    /// 1 − tenanted / vacant, percent.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub discount_pct: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub to_tenant_value: Decimal,
    /// Value at the high end of the discount band.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub band_low: Decimal,
    /// Value at the low end of the discount band.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub band_high: Decimal,
    /// The discount band, percent.
    #[serde(skip)]
    pub band_pct: (Decimal, Decimal),
    #[serde(serialize_with = "crate::money::ser::out")]
    pub yield_value: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub dcf_value: Decimal,
    /// The method of the headline: `"handboek"` or `"dcf"`.
    pub method: &'static str,
    #[serde(skip)]
    pub method_detail: Method,
    /// The Handboek's market value in rented state (the higher scenario), before the cap at the
    /// vacant value; `None` where it could not be applied.
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub handboek_value: Option<Decimal>,
    /// Its doorexploiteer scenario.
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub handboek_doorexploiteer: Option<Decimal>,
    /// Its uitpond scenario.
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub handboek_uitpond: Option<Decimal>,
    /// Its discount rate, percent.
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub handboek_discount_rate_pct: Option<Decimal>,
    /// The yearly rent after a change of tenant in its doorexploiteer scenario.
    #[serde(serialize_with = "crate::money::ser::opt")]
    pub handboek_potential_rent: Option<Decimal>,
    /// The year of the peildatum of the edition used.
    pub handboek_edition: Option<i32>,
}

/// The discount band of a segment, widened outside the Randstad.
pub fn band(segment: Segment, region: Region, m: &MarketRules) -> (Decimal, Decimal, &Band) {
    let b = match segment {
        Segment::Social => &m.discount_band.social,
        Segment::Mid => &m.discount_band.mid,
        Segment::Free => &m.discount_band.free,
    };
    match region {
        Region::Randstad => (b.low_pct, b.high_pct, b),
        Region::Elsewhere => (
            b.low_pct + m.discount_band.outside_randstad.low_pct,
            b.high_pct + m.discount_band.outside_randstad.high_pct,
            b,
        ),
    }
}

/// Yield capitalisation: the price at which the gross yield on all-in cost meets the required
/// gross yield: rent / BAR / (1 + buyer's costs), capped at the vacant value.
pub fn yield_value(
    annual_rent: Decimal,
    required_yield_pct: Decimal,
    buyer_costs_pct: Decimal,
    vacant: Decimal,
) -> Decimal {
    (annual_rent * HUNDRED / required_yield_pct / (Decimal::ONE + buyer_costs_pct / HUNDRED))
        .min(vacant)
}

/// The DCF value: expected net rent while the tenant stays, a vacant sale when the tenant leaves
/// (at the end of the year, with probability `turnover` each year), the surviving share sold
/// vacant at the horizon; all discounted at the investor's required return; what the investor
/// can pay after buyer's costs; capped at the vacant value.
pub fn dcf_value(i: &Input) -> Decimal {
    dcf_uncapped(i).min(i.vacant_value).max(Decimal::ZERO)
}

/// The DCF before its caps at zero and at the vacant value.
///
/// Year k (k = 1..=horizon) brings the net rent of the share still let,
/// `s_k × (rent × (1 − loss) − costs) × rg^(k−1)`, and the vacant sale of the share that leaves,
/// `l_k × value × g^k × (1 − selling costs)`, both discounted by `d_k`. Rent and costs grow
/// alike and the value grows on its own, so the sum is the year's net rent times the factor
/// `Σ s_k × d_k × rg^(k−1)` plus the vacant sale now times `Σ l_k × d_k × g^k`: two factors
/// that depend only on the market's rates ([`DcfFactors`]), formed once per set of rates.
fn dcf_uncapped(i: &Input) -> Decimal {
    let keep_share = Decimal::ONE - i.rent_loss_pct / HUNDRED;
    let sell_share = Decimal::ONE - i.selling_costs_pct / HUNDRED;
    let f = dcf_factors(i);
    let pv = (i.annual_rent * keep_share - i.fixed_costs) * f.rent
        + i.vacant_value * sell_share * f.sale;
    pv / (Decimal::ONE + i.buyer_costs_pct / HUNDRED)
}

/// The two factors of a DCF (see [`dcf_uncapped`]): of the first year's net rent and of the
/// vacant sale price now.
#[derive(Debug, Clone, Copy)]
struct DcfFactors {
    rent: Decimal,
    sale: Decimal,
}

/// The rates a DCF's factors depend on: turnover, discount rate, value and rent growth (their
/// exact representations) and the horizon.
type DcfKey = ([u8; 16], [u8; 16], [u8; 16], [u8; 16], u32);

thread_local! {
    /// The factors by the rates they depend on. A batch has few distinct sets of rates (they
    /// come from the market's rules per segment and region), so a short list, most recently
    /// used first, finds them sooner than a hash map.
    static FACTORS: std::cell::RefCell<Vec<(DcfKey, DcfFactors)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The most sets of factors a thread keeps.
const FACTOR_SETS: usize = 64;

/// The factors of the DCF of `i` (computed once per thread and set of rates).
fn dcf_factors(i: &Input) -> DcfFactors {
    FACTORS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let key = (
            i.turnover_pct.serialize(),
            i.discount_rate_pct.serialize(),
            i.value_growth_pct.serialize(),
            i.rent_growth_pct.serialize(),
            i.horizon_years,
        );
        match cache.iter().position(|(k, _)| *k == key) {
            Some(0) => {}
            Some(n) => cache[..=n].rotate_right(1),
            None => {
                cache.truncate(FACTOR_SETS - 1);
                cache.insert(0, (key, factors(i)));
            }
        }
        cache[0].1
    })
}

/// The factors of [`dcf_factors`], year by year: the share still let at the year's start, the
/// share that leaves at its end (all that is left in the last year), the discount factor of its
/// end and the growths, each formed from the year before.
fn factors(i: &Input) -> DcfFactors {
    let p = i.turnover_pct / HUNDRED;
    let r = Decimal::ONE + i.discount_rate_pct / HUNDRED;
    let g = Decimal::ONE + i.value_growth_pct / HUNDRED;
    let rg = Decimal::ONE + i.rent_growth_pct / HUNDRED;
    let horizon = i.horizon_years;
    let (mut survive, mut discount) = (Decimal::ONE, Decimal::ONE);
    let (mut value_growth, mut rent_growth) = (Decimal::ONE, Decimal::ONE);
    let mut f = DcfFactors {
        rent: Decimal::ZERO,
        sale: Decimal::ZERO,
    };
    for year in 1..=horizon {
        discount /= r;
        value_growth *= g;
        let leaving = if year == horizon {
            survive
        } else {
            survive * p
        };
        f.rent += survive * rent_growth * discount;
        f.sale += leaving * value_growth * discount;
        survive -= leaving;
        rent_growth *= rg;
    }
    f
}

/// The rent segment in words.
pub fn segment_word(s: Segment) -> Arg {
    Text::new(
        match s {
            Segment::Social => Msg::SectorSocial,
            Segment::Mid => Msg::SectorMid,
            Segment::Free => Msg::SectorFree,
        },
        vec![],
    )
    .into()
}

/// The valuation's input for the scenario `s`, its lease in `segment` at `monthly_rent`. The
/// investor's DCF prices with the market's growth assumptions (the rent growth within the legal
/// cap of the segment), not the owner's plan.
///
/// `max_rent` is the WWS maximum monthly rent where one is known: in a regulated segment it
/// bounds the Handboek's rent after a change of tenant.
pub fn input(
    s: &crate::scenario::Scenario,
    segment: Segment,
    monthly_rent: Decimal,
    max_rent: Option<Decimal>,
) -> Input {
    let (p, market) = (s.property, s.market);
    let twelve = Decimal::from(12);
    let annual_rent = monthly_rent * twelve;
    let market_rent = p.lease.market_monthly_rent.map(|m| m * twelve);
    let potential_rent = match (segment, max_rent.map(|m| m * twelve), market_rent) {
        (Segment::Free, _, Some(m)) | (_, None, Some(m)) => handboek::PotentialRent::Market(m),
        (Segment::Free, _, None) | (_, None, None) => {
            handboek::PotentialRent::Contract(annual_rent)
        }
        (_, Some(max), Some(market)) => handboek::PotentialRent::MinMarketMax { market, max },
        (_, Some(max), None) => handboek::PotentialRent::Max(max),
    };
    let cap = s
        .rules
        .huurverhoging(s.year)
        .map(|h| h.rules.for_segment(segment));
    Input {
        vacant_value: p.vacant_value(),
        annual_rent,
        fixed_costs: s.fixed_costs,
        rent_loss_pct: s.rent_loss_pct,
        segment,
        region: p.region,
        turnover_pct: s.turnover_pct.value,
        discount_rate_pct: s.discount_rate_pct.value,
        value_growth_pct: market.value_growth_pct.value,
        rent_growth_pct: cap.map_or(market.rent_growth_pct.value, |c| {
            market.rent_growth_pct.value.min(c)
        }),
        selling_costs_pct: s.selling_costs_pct.value,
        buyer_costs_pct: s.buyer_costs_pct,
        horizon_years: money::to_count(market.dcf_horizon_years.value, 15),
        handboek: handboek::Input {
            year: s.year,
            leegwaarde: p.vacant_value(),
            woz: p.woz_value,
            contract_rent: annual_rent,
            potential_rent,
            mutatiekans_pct: s.turnover_pct.value,
            woningtype: if p.dwelling.is_house() {
                handboek::Woningtype::Egw
            } else {
                handboek::Woningtype::Mgw
            },
            build_year: p.build_year,
            // As given; else the Randstad's: West (Noord-Holland, Zuid-Holland, Utrecht; Almere
            // lies in Oost and says so); elsewhere not known.
            landsdeel: p
                .landsdeel
                .or((p.region == Region::Randstad).then_some(handboek::Landsdeel::West)),
            unsplit: p.unsplit_building,
            zelfstandig: !p.students && p.wws.as_ref().is_none_or(|w| w.units.is_none()),
            overdrachtsbelasting_pct: s.transfer.rules.overige_woningen_pct.value,
        },
    }
}

/// Value the dwelling in rented state.
pub fn compute(
    i: &Input,
    m: &MarketRules,
    hb: &crate::rules::handboek::HandboekRules,
    trace: &mut Trace,
) -> Valuation {
    let v = i.vacant_value;
    let (lo, hi, b) = band(i.segment, i.region, m);
    let band_low = v * (HUNDRED - hi) / HUNDRED;
    let band_high = v * (HUNDRED - lo) / HUNDRED;
    trace.add(|| {
        Step::new(
            Text::new(Msg::FBand, vec![]),
            Text::new(
                Msg::XBandValue,
                vec![Arg::Euro(band_low), Arg::Euro(band_high)],
            ),
            Text::new(
                Msg::XBand,
                vec![
                    Arg::Euro(v),
                    Arg::Num(lo),
                    Arg::Pct(hi),
                    segment_word(i.segment),
                    if i.region == Region::Elsewhere {
                        Text::new(Msg::XOutsideRandstad, vec![])
                    } else {
                        Text::empty()
                    }
                    .into(),
                ],
            ),
        )
        .uses(b)
        .uses_all((i.region == Region::Elsewhere).then_some(&m.discount_band.outside_randstad))
    });
    let yv = yield_value(
        i.annual_rent,
        m.required_gross_yield_pct.value,
        i.buyer_costs_pct,
        v,
    );
    trace.add(|| {
        Step::new(
            "yield_value",
            Arg::Euro(yv),
            Text::new(
                Msg::XYieldValue,
                vec![
                    Arg::Euro(i.annual_rent),
                    Arg::Pct(m.required_gross_yield_pct.value),
                    Arg::Pct(i.buyer_costs_pct),
                ],
            ),
        )
        .uses(&m.required_gross_yield_pct)
    });
    let dcf = dcf_value(i);
    trace.add(|| {
        Step::new(
            "dcf_value",
            Arg::Euro(dcf),
            Text::new(
                Msg::XDcf,
                vec![
                    i.horizon_years.into(),
                    Arg::Pct(i.turnover_pct),
                    Arg::Pct(i.value_growth_pct),
                    Arg::Pct(i.selling_costs_pct),
                    Arg::Euro(i.annual_rent),
                    Arg::Pct(i.rent_loss_pct),
                    Arg::Euro(i.fixed_costs),
                    Arg::Pct(i.rent_growth_pct),
                    Arg::Pct(i.discount_rate_pct),
                    Arg::Pct(i.buyer_costs_pct),
                ],
            ),
        )
        .rule("DCF: huur zolang de huurder blijft, leegwaarde na vertrek")
        .uses_all([&m.turnover_pct, &m.discount_rate_pct])
    });
    let dcf = money::round_euro(dcf);
    let handboek = handboek::compute(&i.handboek, hb, trace);
    let (tenanted, method) = match &handboek {
        Ok(h) => {
            let capped = h.value.min(v);
            trace.add(|| {
                Step::new(
                    "tenanted_value",
                    Arg::Euro(capped),
                    Text::new(
                        if capped < h.value {
                            Msg::XHbValueCapped
                        } else {
                            Msg::XHbValue
                        },
                        vec![
                            Arg::Euro(h.doorexploiteer.value),
                            Arg::Euro(h.uitpond.value),
                            Arg::Euro(v),
                        ],
                    ),
                )
                .rule("Handboek modelmatig waarderen marktwaarde (bijlage 2 Regeling toegelaten instellingen volkshuisvesting 2015): de marktwaarde is de hoogste van beide scenario's")
            });
            (capped, Method::Handboek { edition: h.edition })
        }
        Err(why) => (dcf, Method::Dcf(*why)),
    };
    let discount_pct = (HUNDRED - tenanted * HUNDRED / v).max(Decimal::ZERO);
    let tt = &m.discount_band.to_tenant;
    let tt_mid = (tt.low_pct + tt.high_pct) / Decimal::TWO;
    let to_tenant = money::round_euro((v * (HUNDRED - tt_mid) / HUNDRED).max(tenanted));
    trace.add(|| {
        Step::new(
            "to_tenant_value",
            Arg::Euro(to_tenant),
            Text::new(
                Msg::XToTenant,
                vec![
                    Arg::Pct(tt_mid),
                    Arg::Num(tt.low_pct),
                    Arg::Pct(tt.high_pct),
                ],
            ),
        )
        .uses(tt)
    });
    Valuation {
        vacant_value: v,
        tenanted_value: tenanted,
        discount_pct,
        to_tenant_value: to_tenant,
        band_low: money::round_euro(band_low),
        band_high: money::round_euro(band_high),
        band_pct: (lo, hi),
        yield_value: money::round_euro(yv),
        dcf_value: dcf,
        method: match method {
            Method::Handboek { .. } => "handboek",
            Method::Dcf(_) => "dcf",
        },
        method_detail: method,
        handboek_value: handboek.as_ref().ok().map(|h| h.value),
        handboek_doorexploiteer: handboek.as_ref().ok().map(|h| h.doorexploiteer.value),
        handboek_uitpond: handboek.as_ref().ok().map(|h| h.uitpond.value),
        handboek_discount_rate_pct: handboek.as_ref().ok().map(|h| h.discount_rate_pct),
        handboek_potential_rent: handboek
            .as_ref()
            .ok()
            .map(|_| money::round_cents(i.handboek.potential_rent.annual())),
        handboek_edition: handboek.as_ref().ok().map(|h| h.edition),
    }
}

/// The caveats of the valuation: the Handboek's edition when it is older than the year before
/// the tax year (the one a valuation of this year would use), or why it was not applied.
pub fn caveats(val: &Valuation, s: &crate::scenario::Scenario) -> Vec<Text> {
    let hb = &s.rules.handboek;
    match val.method_detail {
        Method::Handboek { edition } if edition < s.year - 1 => {
            let newer = hb
                .newest_listed(s.year)
                .filter(|(y, _)| *y > edition)
                .map(|(y, _)| y);
            vec![Text::new(
                match newer {
                    Some(_) => Msg::CHbEditionNewer,
                    None => Msg::CHbEdition,
                },
                vec![
                    edition.into(),
                    s.year.into(),
                    newer.unwrap_or(edition).into(),
                ],
            )]
        }
        Method::Handboek { .. } => vec![],
        Method::Dcf(why) => {
            let reason = match why {
                handboek::NotComputed::NoEdition => {
                    Text::new(Msg::RHbNoEdition, vec![s.year.into()])
                }
                handboek::NotComputed::NoBuildYear => Text::new(Msg::RHbNoBuildYear, vec![]),
                handboek::NotComputed::NotSelfContained => {
                    Text::new(Msg::RHbNotSelfContained, vec![])
                }
                handboek::NotComputed::NoLandsdeel => Text::new(Msg::RHbNoLandsdeel, vec![]),
                handboek::NotComputed::NoEndValue => Text::new(Msg::RHbNoEndValue, vec![]),
            };
            vec![Text::new(Msg::CHbNotComputed, vec![reason.into()])]
        }
    }
}
