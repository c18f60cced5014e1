//! The result of evaluating one property: the figures of every module, in the shape of the JSON
//! output of `contract.md`. Amounts are euros; percentages are numbers of percent.
//!
//! A section that is one calculation's result holds that result itself
//! ([`Leegwaarderatio`], [`Valuation`], [`Yields`], [`Stress`], [`Wws`], [`Grid`]), at the
//! precision the calculation gave it; the result types serialise their figures in the form of
//! [`crate::money::out`] (at most two decimals, no trailing zeros), and the CSV and the table show
//! them in that form too. The sections composed from several results (Box 3 with and without the
//! property, the plan under each Box 3 future, a household share) are built here, their figures
//! already in that form.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::box3::Box3;
use crate::explain::Step;
use crate::i18n::{Lang, Msg, Text};
use crate::leegwaarderatio::Leegwaarderatio;
use crate::model::Sale;
use crate::money::out;
use crate::plan;
use crate::sensitivity::Grid;
use crate::stress::Stress;
use crate::valuation::Valuation;
use crate::wws::Wws;
use crate::yields::Yields;

pub use crate::warnings::Warning;

/// Everything the tool says about one property.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub name: String,
    pub tax_year: i32,
    pub leegwaarderatio: Leegwaarderatio,
    pub box3: Box3Out,
    pub sitting_tenant: Option<SittingTenant>,
    pub sell_vs_keep: Option<SellVsKeepOut>,
    #[serde(rename = "yield")]
    pub yields: Option<Yields>,
    pub stress: Option<Stress>,
    pub wws: Option<Wws>,
    /// With `property.building`: each requirement of the building rules with the value found, the
    /// threshold, pass or fail and its article.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bbl: Vec<crate::bouwregels::Requirement>,
    /// The two rents, when the legal maximum caps the contract rent (absent otherwise): which
    /// figures use which.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rents: Option<RentsOut>,
    pub warnings: Vec<Warning>,
    /// Confidence caveats of the rules used (parameters of confidence M or L, carried rules),
    /// shown in the language of the output (Dutch unless [`Report::localize`] says otherwise).
    pub caveats: Caveats,
    /// The property's share of its household's Box 3, when it is one of a household's
    /// properties (a household file, or CSV rows with a `household`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub household_share: Option<HouseholdShareOut>,
    /// With `--explain`: the derivation of every figure, by section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<ExplainSection>>,
    /// With `--grid` or `--chart`: keep − sell for a range of value growth and alternative
    /// returns (today's Box 3 carried forward).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grid: Option<Grid>,
    /// With a `[bv]` section and a plan: the dwelling in a BV beside keeping it privately and
    /// selling now, under each Box 3 future of the plan; or why it could not be computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bv: Option<BvOut>,
    /// With an `[upgrade]` section: what the label upgrade changes (points, sector, rents,
    /// values, the plan under each Box 3 future with its payback year, the 2029 rule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<crate::upgrade::Upgrade>,
}

/// The `bv` key: the BV route under each Box 3 future of the plan, with the caveats of what is
/// not modelled.
#[derive(Debug, Clone, Serialize)]
pub struct BvOut {
    pub scenarios: Vec<crate::calc::bv::Comparison>,
    /// Why a future could not be computed (a transfer year outside the plan, missing rules), in
    /// the language of the output.
    #[serde(skip_serializing_if = "Caveats::is_empty")]
    pub errors: Caveats,
    /// What the route leaves out, in the language of the output.
    pub not_modelled: Caveats,
}

/// What the BV route leaves out, in the words of `bv.not_modelled`.
pub const BV_NOT_MODELLED: &[Msg] = &[
    Msg::BvNmSubstantialInterest,
    Msg::BvNmFiscaleEenheid,
    Msg::BvNmNoFacility,
    Msg::BvNmOwnMoney,
    Msg::BvNmLosses,
    Msg::BvNmRepayment,
];

impl BvOut {
    /// The caveats of what the route leaves out.
    pub fn not_modelled() -> Caveats {
        Caveats::new(
            BV_NOT_MODELLED
                .iter()
                .map(|id| Text::new(*id, vec![]))
                .collect(),
        )
    }
}

impl Report {
    /// Leave out the year rows of the plan, under every Box 3 future (`--no-years`: a batch
    /// of millions needs the verdict, not the years).
    pub fn drop_years(&mut self) {
        if let Some(p) = &mut self.sell_vs_keep {
            p.years = Vec::new();
            if let Some(u) = &mut p.uitpond {
                u.years = Vec::new();
            }
            for c in &mut p.scenarios {
                c.years = Vec::new();
                if let Some(u) = &mut c.uitpond {
                    u.years = Vec::new();
                }
            }
        }
    }

    /// Render the warnings' messages and the caveats in `lang` (JSON keys and warning codes do
    /// not change).
    pub fn localize(&mut self, lang: Lang) {
        for w in &mut self.warnings {
            w.lang = lang;
        }
        self.caveats.lang = lang;
        if let Some(b) = &mut self.bv {
            b.errors.lang = lang;
            b.not_modelled.lang = lang;
        }
        localize_explain(&mut self.explain, lang);
    }
}

/// The caveats of a report as message ids with their arguments, rendered in the language of the
/// output only when they are shown (serialised as a list of strings, or printed): output that
/// does not show them (CSV) never renders them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Caveats {
    texts: Vec<Text>,
    /// The language they are shown in: Dutch unless [`Report::localize`] says otherwise.
    pub lang: Lang,
}

impl Caveats {
    /// The caveats `texts`, in Dutch until localized.
    pub fn new(texts: Vec<Text>) -> Caveats {
        Caveats {
            texts,
            lang: Lang::default(),
        }
    }

    /// Add the caveat `text`.
    pub fn push(&mut self, text: Text) {
        self.texts.push(text);
    }

    /// The caveats as message ids with their arguments.
    pub fn texts(&self) -> &[Text] {
        &self.texts
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Each caveat rendered in the language of the output.
    pub fn iter(&self) -> impl Iterator<Item = String> + '_ {
        self.texts.iter().map(|t| t.render(self.lang))
    }

    /// The caveats rendered in the language of the output.
    pub fn rendered(&self) -> Vec<String> {
        self.iter().collect()
    }
}

impl Serialize for Caveats {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// Render the derivation steps in `lang`.
pub fn localize_explain(explain: &mut Option<Vec<ExplainSection>>, lang: Lang) {
    for section in explain.iter_mut().flatten() {
        for step in &mut section.steps {
            step.localize(lang);
        }
    }
}

/// `sitting_tenant.*`: the value in rented state, with the rent the valuation used (the legal
/// maximum when the rent is above it).
#[derive(Debug, Clone, Serialize)]
pub struct SittingTenant {
    #[serde(flatten)]
    pub valuation: Valuation,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub valuation_rent: Decimal,
}

/// `rents.*`: the rent of the lease and the rent capped at the WWS maximum, when they differ.
/// The leegwaarderatio (the jaarhuur), the yields and the monthly cash flow use the rent of the
/// lease, what the tenant pays today; the value in rented state and the plan use the capped
/// rent, what the tenant can have the rent lowered to (the Huurcommissie).
#[derive(Debug, Clone, Serialize)]
pub struct RentsOut {
    /// "huur volgens contract": the monthly rent of the lease.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub contract: Decimal,
    /// "huur na toetsing aan het maximum": the monthly rent capped at the WWS maximum.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub capped: Decimal,
    /// What the cap takes a month: `contract − capped`.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub cap_takes: Decimal,
    /// The sections whose figures use the contract rent.
    pub contract_used_by: &'static [&'static str],
    /// The sections whose figures use the capped rent.
    pub capped_used_by: &'static [&'static str],
}

impl RentsOut {
    /// The sections whose figures use the contract rent.
    pub const CONTRACT_USED_BY: &'static [&'static str] = &["leegwaarderatio", "yield"];
    /// The sections whose figures use the capped rent.
    pub const CAPPED_USED_BY: &'static [&'static str] = &["sitting_tenant", "sell_vs_keep"];

    /// The two rents, when `capped` is below `contract`.
    pub fn of(contract: Decimal, capped: Decimal) -> Option<RentsOut> {
        (capped < contract).then_some(RentsOut {
            contract,
            capped,
            cap_takes: contract - capped,
            contract_used_by: Self::CONTRACT_USED_BY,
            capped_used_by: Self::CAPPED_USED_BY,
        })
    }
}

/// `household_share.*`: one property's share of its household's Box 3 (see
/// [`crate::household`]).
#[derive(Debug, Clone, Serialize)]
pub struct HouseholdShareOut {
    /// The household's name.
    pub household: String,
    /// How many properties the household has.
    pub properties: usize,
    /// The household's Box 3 tax with all its properties.
    pub household_tax: Decimal,
    /// The property's value in Box 3 (WOZ × leegwaarderatio).
    pub box3_value: Decimal,
    /// The property's mortgage on 1 January.
    pub mortgage_balance: Decimal,
    /// The allocation key: the property's net contribution to the rendementsgrondslag,
    /// max(0, box3_value − mortgage_balance).
    pub allocation_key: Decimal,
    /// The household's tax with all properties − without this one (= `box3.attributable_tax`).
    /// The marginal taxes of a household's properties need not add up to its tax.
    pub marginal_tax: Decimal,
    /// The household's tax allocated pro rata to the allocation keys, in cents (largest
    /// remainder): these shares and the share of the owner's other wealth add up to the
    /// household's tax exactly.
    pub pro_rata_tax: Decimal,
}

/// The derivation steps of one section.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainSection {
    pub section: String,
    pub steps: Vec<Step>,
}

/// `box3.*`: the household's figures with the property, and what the property adds.
#[derive(Debug, Clone, Serialize)]
pub struct Box3Out {
    pub rendement: Decimal,
    pub rendementsgrondslag: Decimal,
    pub grondslag: Decimal,
    pub voordeel: Decimal,
    pub tax: Decimal,
    pub tax_without_property: Decimal,
    pub attributable_tax: Decimal,
    pub actual_return: Option<Decimal>,
    pub actual_return_tax: Option<Decimal>,
    /// Whether the actual return used the owner's own figure for bank and other assets
    /// (`owner.actual_return_other`) rather than the forfaitaire rates.
    pub actual_return_other_given: bool,
    /// Each person's part: the owner first, then the fiscal partner.
    pub per_person: Vec<PersonOut>,
}

/// `box3.per_person[]`: one person's part of the household's Box 3.
#[derive(Debug, Clone, Serialize)]
pub struct PersonOut {
    /// The share of the grondslag allotted to the person, percent.
    pub allocation_pct: Decimal,
    pub grondslag: Decimal,
    /// grondslag of the person / rendementsgrondslag, percent, cut to two decimals.
    pub aandeel_pct: Decimal,
    pub voordeel: Decimal,
    pub tax: Decimal,
    pub tax_without_property: Decimal,
    pub attributable_tax: Decimal,
}

/// `sell_vs_keep.*`
#[derive(Debug, Clone, Serialize)]
pub struct SellVsKeepOut {
    pub years_planned: u32,
    pub sale: &'static str,
    pub sale_price_now: Decimal,
    pub proceeds_now: Decimal,
    pub keep_net_worth: Decimal,
    pub sell_net_worth: Decimal,
    pub difference: Decimal,
    pub better: &'static str,
    pub break_even_growth_pct: Option<Decimal>,
    pub keep_irr_pct: Option<Decimal>,
    /// The year rows (left out with `--no-years`: then absent from the JSON).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<plan::Year>,
    /// The uitpond route (`plan.sale = "at_turnover"`), under today's system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitpond: Option<UitpondOut>,
    /// The plan under each Box 3 future asked for (`plan.box3_future`); the figures above are
    /// those of the future "forfaitair" (today's system carried forward).
    pub scenarios: Vec<ScenarioOut>,
}

/// `sell_vs_keep.scenarios[]`: the plan under one Box 3 future, with the keys of
/// `sell_vs_keep`.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioOut {
    /// `"bill"` (Box 3 on actual returns from the year the rules declare it) or `"forfaitair"`.
    pub future: &'static str,
    pub years_planned: u32,
    pub sale: &'static str,
    pub sale_price_now: Decimal,
    pub proceeds_now: Decimal,
    pub keep_net_worth: Decimal,
    pub sell_net_worth: Decimal,
    pub difference: Decimal,
    pub better: &'static str,
    pub break_even_growth_pct: Option<Decimal>,
    pub keep_irr_pct: Option<Decimal>,
    /// The tax on the dwelling's gain at the sale at the end (0 under the forfaitair system).
    pub gain_tax: Decimal,
    /// The dwelling's start value under the bill, when the plan reaches its regime.
    pub start_value: Option<Decimal>,
    /// Keeping to the end of the year before the bill's regime, then selling.
    pub sell_before_bill: Option<SellLaterOut>,
    /// The uitpond route under this future (`plan.sale = "at_turnover"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitpond: Option<UitpondOut>,
    /// The year rows (left out with `--no-years`: then absent from the JSON).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<plan::Year>,
    /// The headline under each built-in scenario of a provisional year the plan reaches
    /// (`data/scenarios/`), when it changes this future.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub what_if: Vec<WhatIfOut>,
}

/// `sell_vs_keep.scenarios[].what_if[]`: the headline of one future under a built-in scenario.
#[derive(Debug, Clone, Serialize)]
pub struct WhatIfOut {
    /// The scenario file, e.g. `data/scenarios/2027-kabinet-september-2026.toml`.
    pub file: &'static str,
    /// Its name (the file's stem).
    pub name: &'static str,
    /// The years whose rules it changes.
    pub years: Vec<i32>,
    /// keep − sell under the scenario.
    pub difference: Decimal,
    /// `difference` minus the future's own difference.
    pub change: Decimal,
    pub better: &'static str,
    /// The uitpond route's expected net worth at the end under the scenario
    /// (`plan.sale = "at_turnover"`; absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitpond_expected_net_worth: Option<Decimal>,
    /// `uitpond_expected_net_worth` minus the future's own expected net worth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitpond_change: Option<Decimal>,
}

impl WhatIfOut {
    /// The headline of `o` under scenario `w`, against the future's own difference `base` (and
    /// its uitpond route's expected net worth `base_uitpond`, when the plan has the route).
    pub fn new(
        w: &crate::rules::WhatIfScenario,
        o: &plan::Outcome,
        base: Decimal,
        base_uitpond: Option<Decimal>,
    ) -> WhatIfOut {
        let difference = out(o.difference);
        let uitpond = o.uitpond.as_ref().map(|u| out(u.expected_net_worth));
        WhatIfOut {
            uitpond_expected_net_worth: uitpond,
            uitpond_change: uitpond.zip(base_uitpond).map(|(u, b)| u - b),
            file: w.file,
            name: w.name,
            years: w.years.clone(),
            difference,
            change: difference - base,
            better: better(o.difference, "sell"),
        }
    }
}

/// Uitponden: keep renting until the tenant leaves, then sell vacant (the expected outcome).
#[derive(Debug, Clone, Serialize)]
pub struct UitpondOut {
    /// The chance per year that the tenant leaves, in percent.
    pub turnover_pct: Decimal,
    /// The expected money at the end of the plan.
    pub expected_net_worth: Decimal,
    /// keep − this route.
    pub difference: Decimal,
    /// `"keep"` or `"uitpond"`.
    pub better: &'static str,
    /// The 10th and 90th percentile of the sale year.
    pub sale_year_p10: i32,
    pub sale_year_p90: i32,
    /// The value growth per year at which this route leaves as much as selling now.
    pub break_even_growth_pct: Option<Decimal>,
    /// Each outcome: a vacant sale at the end of a year, then the let sale at the end.
    pub outcomes: Vec<TurnoverOut>,
    /// The route year by year, expected over the turnover chances (left out with
    /// `--no-years`: then absent from the JSON).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<UitpondYearOut>,
}

/// `uitpond.years[]`: one year of the uitpond route, expected over the turnover chances.
#[derive(Debug, Clone, Serialize)]
pub struct UitpondYearOut {
    pub year: i32,
    /// The expected money at the end of the year.
    pub expected_net_worth: Decimal,
    /// The expected Box 3 tax of the year.
    pub expected_box3_tax: Decimal,
}

/// `uitpond.outcomes[]`: one outcome of the uitpond route.
#[derive(Debug, Clone, Serialize)]
pub struct TurnoverOut {
    pub year: i32,
    /// `true` for a vacant sale (the tenant left that year), `false` for the let sale at the end.
    pub vacant: bool,
    /// The chance of this outcome, in percent (four decimals).
    pub chance_pct: Decimal,
    /// Money at the end of the plan in this outcome.
    pub net_worth: Decimal,
}

impl UitpondOut {
    /// The uitpond route `u` against the keep route's net worth `keep_net_worth`.
    fn new(u: &plan::Uitpond, keep_net_worth: Decimal) -> UitpondOut {
        let difference = keep_net_worth - u.expected_net_worth;
        UitpondOut {
            turnover_pct: u.turnover_pct,
            expected_net_worth: out(u.expected_net_worth),
            difference: out(difference),
            better: better(difference, "uitpond"),
            sale_year_p10: u.sale_year_p10,
            sale_year_p90: u.sale_year_p90,
            break_even_growth_pct: u.break_even_growth_pct.map(out),
            outcomes: u
                .outcomes
                .iter()
                .map(|o| TurnoverOut {
                    year: o.year,
                    vacant: o.vacant,
                    chance_pct: (o.chance * crate::money::HUNDRED).round_dp(4),
                    net_worth: out(o.net_worth),
                })
                .collect(),
            years: u
                .years
                .iter()
                .map(|y| UitpondYearOut {
                    year: y.year,
                    expected_net_worth: out(y.expected_net_worth),
                    expected_box3_tax: out(y.expected_box3_tax),
                })
                .collect(),
        }
    }
}

/// Keep to the end of `year`, then sell and hold the money to the end of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct SellLaterOut {
    pub year: i32,
    /// The money the sale leaves at the end of `year`.
    pub proceeds: Decimal,
    /// Money at the end of the plan.
    pub net_worth: Decimal,
    /// keep − this route.
    pub difference: Decimal,
    /// `"keep"` or `"sell_before_bill"`.
    pub better: &'static str,
}

// ---- From the calculations' results to the output's shape (amounts at most two decimals).

impl Box3Out {
    /// The household's Box 3 with and without the property, and the tegenbewijs when computed.
    pub fn new(
        with: &Box3,
        without: &Box3,
        actual: Option<(Decimal, Decimal)>,
        actual_return_other_given: bool,
    ) -> Box3Out {
        Box3Out {
            rendement: out(with.rendement),
            rendementsgrondslag: out(with.rendementsgrondslag),
            grondslag: out(with.grondslag),
            voordeel: out(with.voordeel),
            tax: out(with.tax),
            tax_without_property: out(without.tax),
            attributable_tax: out(with.tax - without.tax),
            actual_return: actual.map(|a| out(a.0)),
            actual_return_tax: actual.map(|a| out(a.1)),
            actual_return_other_given,
            per_person: with
                .per_person()
                .iter()
                .zip(without.per_person())
                .map(|(w, wo)| PersonOut {
                    allocation_pct: out(w.allocation_pct),
                    grondslag: out(w.grondslag),
                    aandeel_pct: out(w.aandeel_pct),
                    voordeel: out(w.voordeel),
                    tax: out(w.tax),
                    tax_without_property: out(wo.tax),
                    attributable_tax: out(w.tax - wo.tax),
                })
                .collect(),
        }
    }
}

impl SellVsKeepOut {
    /// The plan under today's Box 3 (`o`), with every future asked for (their years move into
    /// the report).
    pub fn new(o: plan::Outcome, i: &plan::Input, sale: Sale, futures: Vec<plan::Outcome>) -> Self {
        SellVsKeepOut {
            years_planned: i.years,
            sale: sale.as_str(),
            sale_price_now: out(i.sale_price_now),
            proceeds_now: out(o.proceeds_now),
            keep_net_worth: out(o.keep_net_worth),
            sell_net_worth: out(o.sell_net_worth),
            difference: out(o.difference),
            better: better(o.difference, "sell"),
            break_even_growth_pct: o.break_even_growth_pct.map(out),
            keep_irr_pct: o.keep_irr_pct.map(out),
            uitpond: o
                .uitpond
                .as_ref()
                .map(|u| UitpondOut::new(u, o.keep_net_worth)),
            years: o.years,
            scenarios: futures
                .into_iter()
                .map(|s| scenario_out(s, Some(i), sale))
                .collect(),
        }
    }
}

/// `keep` when `difference` (keep − another route) is at least zero, else `other`.
fn better(difference: Decimal, other: &'static str) -> &'static str {
    if difference >= Decimal::ZERO {
        "keep"
    } else {
        other
    }
}

/// The plan under one Box 3 future.
pub fn scenario_out(o: plan::Outcome, pi: Option<&plan::Input>, sale: Sale) -> ScenarioOut {
    ScenarioOut {
        future: o.future.as_str(),
        years_planned: pi.map(|x| x.years).unwrap_or_default(),
        sale: sale.as_str(),
        sale_price_now: out(pi.map(|x| x.sale_price_now).unwrap_or_default()),
        proceeds_now: out(o.proceeds_now),
        keep_net_worth: out(o.keep_net_worth),
        sell_net_worth: out(o.sell_net_worth),
        difference: out(o.difference),
        better: better(o.difference, "sell"),
        break_even_growth_pct: o.break_even_growth_pct.map(out),
        keep_irr_pct: o.keep_irr_pct.map(out),
        gain_tax: out(o.gain_tax),
        start_value: o.start_value.map(out),
        sell_before_bill: o.sell_later.as_ref().map(|l| {
            let difference = o.keep_net_worth - l.net_worth;
            SellLaterOut {
                year: l.year,
                proceeds: out(l.proceeds),
                net_worth: out(l.net_worth),
                difference: out(difference),
                better: better(difference, "sell_before_bill"),
            }
        }),
        uitpond: o
            .uitpond
            .as_ref()
            .map(|u| UitpondOut::new(u, o.keep_net_worth)),
        years: o.years,
        what_if: Vec::new(),
    }
}
