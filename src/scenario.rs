//! Between the input and the calculations: a [`Scenario`] is a property with its tax year's rules
//! resolved once, every default filled in with where it came from, and the caveats the rules in
//! use call for. The calculations read their parameters from here.

use rust_decimal::Decimal;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Alternative, Box3Future, Property, Sale};
use crate::money::HUNDRED;
use crate::rules::{
    Box3Rules, Carried, Cite, Confidence, LeegwaarderatioRules, MarketRules, MatrixCost,
    OverdrachtsbelastingRules, Param, RuleSet,
};

/// A value used in the calculation: as the property file gives it, or the default of the rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    pub value: Decimal,
    /// `true` when the value is the default (the market convention named in the explanation).
    pub defaulted: bool,
}

impl Resolved {
    fn of(given: Option<Decimal>, default: &Param) -> Resolved {
        match given {
            Some(value) => Resolved {
                value,
                defaulted: false,
            },
            None => Resolved {
                value: default.value,
                defaulted: true,
            },
        }
    }
}

/// Where the cost of reaching the minimum label (the label warning, the stress row) comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UpgradeEstimate {
    /// The landlord's quote: `costs.energy_upgrade`, or `upgrade.cost` of an upgrade to the
    /// minimum label.
    Quote,
    /// The cost matrix per m² of `data/checks.toml` × the surface, less the subsidy.
    Matrix(MatrixCost),
    /// No quote, and the matrix has no step from the label to the minimum: not known.
    Unknown,
}

/// A property ready for the calculations (see the module documentation).
pub struct Scenario<'a> {
    pub property: &'a Property,
    pub rules: &'a RuleSet,
    pub year: i32,
    pub market: &'a MarketRules,
    pub leegwaarderatio: Carried<'a, LeegwaarderatioRules>,
    pub box3: &'a Box3Rules,
    pub transfer: Carried<'a, OverdrachtsbelastingRules>,
    /// Maintenance, insurance, VvE and municipal charges per year.
    pub fixed_costs: Decimal,
    /// Vacancy and management, percent of the rent.
    pub rent_loss_pct: Decimal,
    /// Transfer tax for other dwellings and the other costs of a buyer, percent.
    pub buyer_costs_pct: Decimal,
    pub value_growth_pct: Resolved,
    /// The rent growth the owner plans (before the legal cap of each year).
    pub rent_growth_pct: Resolved,
    pub selling_costs_pct: Resolved,
    pub discount_rate_pct: Resolved,
    pub turnover_pct: Resolved,
    /// The net cost of reaching label D (the quote: `costs.energy_upgrade`, or `upgrade.cost` of
    /// an upgrade to the minimum label; else the cost matrix's, less the subsidy), and where it
    /// comes from; `None` without a quote when the matrix has no step from the label.
    pub energy_upgrade_cost: Option<Decimal>,
    pub energy_upgrade_estimate: UpgradeEstimate,
    pub sale: Sale,
    pub alternative: Alternative,
    pub box3_future: Box3Future,
    /// Caveats of the rules in use (provisional figures, confidence below H, carried tables).
    pub caveats: Vec<Text>,
}

/// The years from `first` to `last` as the caveats and warnings name them: `2027–2035`, or the
/// one year when they are the same (without the formatting machinery: a batch names them for
/// every property).
pub(crate) fn year_span(first: i32, last: i32) -> String {
    let mut s = first.to_string();
    if last != first {
        s.push('–');
        s.push_str(&last.to_string());
    }
    s
}

/// A caveat for the parameter `p` named `name` when its citation calls for one
/// ([`Citation::needs_caveat`]): provisional or less than certain.
fn caveat(caveats: &mut Vec<Text>, name: Msg, p: &dyn Cite) {
    if !p.needs_caveat() {
        return;
    }
    let c = p.citation();
    let name = Arg::from(Text::new(name, vec![]));
    let conf = Arg::Str(c.confidence.map(|x| x.to_string()).unwrap_or_default());
    let note = |n: &str| {
        Arg::from(crate::rules::rules_text(
            n,
            c.note_nl.as_deref(),
            Msg::RulesNote,
        ))
    };
    let c = match &c.note {
        Some(n) if c.provisional => {
            Text::new(Msg::CParamProvisionalNote, vec![name, conf, note(n)])
        }
        None if c.provisional => Text::new(Msg::CParamProvisional, vec![name, conf]),
        Some(n) if c.confidence == Some(Confidence::H) => {
            Text::new(Msg::CParamNote, vec![name, note(n)])
        }
        Some(n) => Text::new(Msg::CParamConfidenceNote, vec![name, conf, note(n)]),
        None => Text::new(Msg::CParamConfidence, vec![name, conf]),
    };
    if !caveats.contains(&c) {
        caveats.push(c);
    }
}

/// The caveats of the rules `p` is computed under: a provisional tax year, what-if rules in the
/// years of its plan, provisional Box 3 rules in later years of the plan, a leegwaarderatio of
/// less than high confidence, and each Box 3 parameter whose citation calls for one.
fn caveats_of(
    p: &Property,
    rules: &RuleSet,
    leegwaarderatio: &LeegwaarderatioRules,
    box3: &Box3Rules,
) -> Vec<Text> {
    let year = p.tax_year;
    let market = &rules.market;
    let mut caveats = Vec::new();
    if let Some(r) = rules.year(year).filter(|r| r.provisional) {
        caveats.push(Text::new(
            Msg::CProvisionalYear,
            vec![
                year.into(),
                crate::rules::rules_text(
                    r.status.as_deref().unwrap_or_default(),
                    r.status_nl.as_deref(),
                    Msg::StatusQuoted,
                )
                .into(),
            ],
        ));
    }
    // What-if rules change the answer: say so, with the files, for every year of the plan
    // they touch (the tax year first).
    let plan_years = p.plan.as_ref().map_or(1, |x| {
        x.years
            .unwrap_or_else(|| crate::money::to_count(market.plan_years.value, 10))
    });
    // (Only the years the rules have can have what-if files: walk those in the plan's span
    // instead of looking up each year.)
    for (&y, r) in rules.years.range(year..year + plan_years as i32) {
        if !r.what_if.is_empty() {
            caveats.push(Text::new(
                Msg::CWhatIf,
                vec![y.into(), r.what_if.join(", ").into()],
            ));
        }
    }
    // Later years of the plan under provisional Box 3 rules (a bill's key figures): the
    // plan's answer leans on figures parliament has not settled.
    if p.plan.is_some() {
        let provisional = |y: i32| {
            rules
                .box3(y)
                .filter(|c| rules.year(c.from_year).is_some_and(|r| r.provisional))
                .map(|c| c.from_year)
        };
        // Every year after the last year of the rules has the rules of the year after it
        // (the latest rules carried forward): look that one up once.
        let beyond = rules.years.last_key_value().map(|(&k, _)| k + 1);
        let mut after = None;
        let years: Vec<(i32, i32)> = (year + 1..year + plan_years as i32)
            .filter_map(|y| {
                match beyond {
                    Some(b) if y > b => *after.get_or_insert_with(|| provisional(b)),
                    _ => provisional(y),
                }
                .map(|from| (y, from))
            })
            .collect();
        if let (Some(first), Some(last)) = (years.first(), years.last()) {
            let mut from: Vec<i32> = years.iter().map(|&(_, f)| f).collect();
            from.dedup();
            let from: Vec<String> = from.iter().map(i32::to_string).collect();
            let span = year_span(first.0, last.0);
            caveats.push(Text::new(
                Msg::CPlanProvisional,
                vec![span.into(), from.join(", ").into()],
            ));
        }
    }
    if leegwaarderatio.confidence != Confidence::H {
        caveats.push(Text::new(
            Msg::CLeegwaarderatio,
            vec![
                leegwaarderatio.confidence.to_string().into(),
                crate::rules::rules_text(
                    leegwaarderatio.note.as_deref().unwrap_or_default(),
                    leegwaarderatio.note_nl.as_deref(),
                    Msg::RulesNote,
                )
                .into(),
            ],
        ));
    }
    // The parameters the Box 3 calculation reads, each with a caveat when its citation
    // calls for one.
    for (name, param) in box3.used() {
        caveat(&mut caveats, name, param);
    }
    caveats
}

impl<'a> Scenario<'a> {
    /// Resolve `p` under `rules`. The property has passed [`crate::input::check_property`], so its
    /// tax year has Box 3 rules of its own.
    pub fn new(p: &'a Property, rules: &'a RuleSet) -> Scenario<'a> {
        Scenario::with_caveats(p, rules, true)
    }

    /// [`Scenario::new`], with its caveats only when `with_caveats` (output that shows no
    /// caveats, such as the CSV, need not build them).
    pub fn with_caveats(p: &'a Property, rules: &'a RuleSet, with_caveats: bool) -> Scenario<'a> {
        let year = p.tax_year;
        let market = &rules.market;
        let leegwaarderatio = rules
            .leegwaarderatio(year)
            .expect("validated: the tax year has rules");
        let box3 = rules
            .box3(year)
            .expect("validated: the tax year has Box 3 rules")
            .rules;
        let transfer = rules
            .overdrachtsbelasting(year)
            .expect("the rules have transfer tax");
        let caveats = if with_caveats {
            caveats_of(p, rules, leegwaarderatio.rules, box3)
        } else {
            Vec::new()
        };
        let plan = p.plan.as_ref();
        let c = &p.costs;
        // The cost of reaching the minimum label: the quote, else the cost matrix (one place:
        // `UpgradeCostRules::cost`).
        let quote = c.energy_upgrade.or(p
            .upgrade
            .as_ref()
            .filter(|u| u.target_label == rules.checks.energy_label_minimum)
            .and_then(|u| u.cost));
        let matrix = rules.checks.upgrade_cost.cost(
            &p.energy_label,
            &rules.checks.energy_label_minimum,
            p.surface_m2,
            market.energy_upgrade_subsidy.value,
        );
        let (energy_upgrade_cost, energy_upgrade_estimate) = match (quote, matrix) {
            (Some(q), _) => (Some(q), UpgradeEstimate::Quote),
            (None, Some(m)) => (Some(m.net), UpgradeEstimate::Matrix(m)),
            (None, None) => (None, UpgradeEstimate::Unknown),
        };
        let buyer_costs_pct =
            transfer.rules.overige_woningen_pct.value + market.other_buyer_costs_pct.value;
        Scenario {
            property: p,
            rules,
            year,
            market,
            leegwaarderatio,
            box3,
            transfer,
            fixed_costs: c.maintenance + c.insurance + c.owners_association + c.municipal_charges,
            rent_loss_pct: c.vacancy_pct + c.management_pct,
            buyer_costs_pct,
            value_growth_pct: Resolved::of(
                plan.and_then(|x| x.value_growth_pct),
                &market.value_growth_pct,
            ),
            rent_growth_pct: Resolved::of(
                plan.and_then(|x| x.rent_growth_pct),
                &market.rent_growth_pct,
            ),
            selling_costs_pct: Resolved::of(
                plan.and_then(|x| x.selling_costs_pct),
                &market.selling_costs_pct,
            ),
            discount_rate_pct: Resolved::of(
                plan.and_then(|x| x.discount_rate_pct),
                &market.discount_rate_pct,
            ),
            turnover_pct: Resolved::of(p.lease.turnover_pct, &market.turnover_pct),
            energy_upgrade_cost,
            energy_upgrade_estimate,
            sale: plan.and_then(|x| x.sale).unwrap_or(Sale::Tenanted),
            alternative: plan
                .and_then(|x| x.alternative)
                .unwrap_or(Alternative::Savings),
            box3_future: plan.and_then(|x| x.box3_future).unwrap_or_default(),
            caveats,
        }
    }

    /// The costs of a vacant sale after ending the lease: legal costs and the months of waiting
    /// on the vacant value at the discount rate.
    pub fn eviction_cost(&self) -> Decimal {
        let m = self.market;
        m.eviction_legal_costs.value
            + self.property.vacant_value() * self.discount_rate_pct.value / HUNDRED
                * m.eviction_delay_months.value
                / Decimal::from(12)
    }

    /// The costs of a vacant sale ([`Scenario::eviction_cost`]), as an explain step.
    pub fn explain_eviction(&self, t: &mut Trace) {
        let (s, m) = (self, self.market);
        t.step(|r| {
            let legal_costs = r.read(&m.eviction_legal_costs);
            let delay_months = r.read(&m.eviction_delay_months);
            // The market's rate, read, when the plan gives none; else the plan's.
            let rate = &s.discount_rate_pct;
            let rate_value = if rate.defaulted {
                r.read(&m.discount_rate_pct)
            } else {
                rate.value
            };
            let step = Step::new(
                Text::new(Msg::FVacantSaleCosts, vec![]),
                Arg::Euro(s.eviction_cost()),
                Text::new(
                    Msg::XEviction,
                    vec![
                        Arg::Euro(legal_costs),
                        Arg::Num(delay_months),
                        Arg::Euro(s.property.vacant_value()),
                        Arg::Pct(rate_value),
                    ],
                ),
            );
            let step = if rate.defaulted {
                step
            } else {
                step.from_input("plan.discount_rate_pct")
            };
            step.from_input("property.market_value")
        });
    }

    /// The defaults used, each with the market convention it came from, as explain steps.
    pub fn explain_defaults(&self, trace: &mut Trace) {
        let m = self.market;
        for (figure, r, param) in [
            (
                "plan.value_growth_pct",
                self.value_growth_pct,
                &m.value_growth_pct,
            ),
            (
                "plan.rent_growth_pct",
                self.rent_growth_pct,
                &m.rent_growth_pct,
            ),
            (
                "plan.selling_costs_pct",
                self.selling_costs_pct,
                &m.selling_costs_pct,
            ),
            (
                "plan.discount_rate_pct",
                self.discount_rate_pct,
                &m.discount_rate_pct,
            ),
            ("lease.turnover_pct", self.turnover_pct, &m.turnover_pct),
        ] {
            if r.defaulted {
                trace.step(|r| {
                    let value = Arg::Pct(r.read(param));
                    Step::new(figure, value, Text::new(Msg::XDefault, vec![]))
                });
            }
        }
    }
}
