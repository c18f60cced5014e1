//! One household, several properties: Box 3 once for the household, each property's share of
//! it, and each property's sell-or-keep plan with the others kept.
//!
//! Box 3 is levied on the household's wealth as a whole (art. 5.2–5.5 Wet IB 2001, per person
//! for fiscal partners, art. 2.17 lid 2): the heffingsvrij vermogen and the schuldendrempel
//! count once per person, not once per dwelling. The household's Box 3 is computed once with
//! every property at its leegwaarderatio value and every mortgage among the debts
//! ([`crate::box3::compute`], with its per-person rounding).
//!
//! Each property's share is given two ways:
//! - **marginal**: the household's tax with all properties − without this one (and its
//!   mortgage). It answers "what does this dwelling add?"; the marginal taxes of several
//!   properties need not add up to the household's tax (the brackets are shared).
//! - **pro rata**: the household's tax divided over the properties and the owner's other
//!   wealth by their net contribution to the rendementsgrondslag — for a property
//!   max(0, Box 3 value − mortgage), for the other wealth max(0, bank + other assets + green
//!   investments above their exemption − other debts) — in cents, each share rounded down and
//!   the cents left over given one by one to the largest remainders (ties: the earlier item).
//!   The shares add up to the household's tax exactly.
//!
//! Each property is evaluated with the household's other properties in its owner's base
//! wealth: their Box 3 values among the other assets and their mortgages among the other
//! debts, **held flat** at their values on 1 January of the tax year through the plan. So the
//! property's `box3.tax` is the household's, its `box3.attributable_tax` is the marginal tax,
//! and its plan meets the Box 3 brackets the household is in. Under the bill on actual returns
//! each route is taxed on its own result, as for a single property.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::box3::{self, ActualReturnInput};
use crate::error::{EvalError, InputError, Location, PropertyErrors};
use crate::evaluate::{Options, evaluate};
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Lang, Msg, Text};
use crate::input::{Owner, Property, RawHousehold, parse_property};
use crate::leegwaarderatio;
use crate::money::{HUNDRED, out};
use crate::report::{ExplainSection, HouseholdShareOut, Report};
use crate::rules::{Box3Rules, RuleSet};
use crate::units::Eur;

/// A validated household: its owner and its properties (each carrying that owner).
#[derive(Debug, Clone, PartialEq)]
pub struct HouseholdInput {
    pub name: String,
    pub owner: Owner,
    pub properties: Vec<Property>,
}

/// The owner's keys, for comparing the rows of a household.
const OWNER_KEYS: &[&str] = &[
    "owner.fiscal_partner",
    "owner.bank_balance",
    "owner.other_assets",
    "owner.other_debts",
    "owner.green_investments",
    "owner.partner_share_pct",
    "owner.actual_return_other",
];

/// The value of owner key `key` (one of [`OWNER_KEYS`]) as text.
fn owner_value(o: &Owner, key: &str) -> Text {
    match owner_text(o, key) {
        Some(v) => v.into(),
        None => Text::new(Msg::EmptyValue, vec![]),
    }
}

/// The value of owner key `key`, `None` when it is empty.
fn owner_text(o: &Owner, key: &str) -> Option<String> {
    Some(match key {
        "owner.fiscal_partner" => o.fiscal_partner.to_string(),
        "owner.bank_balance" => o.bank_balance.normalize().to_string(),
        "owner.other_assets" => o.other_assets.normalize().to_string(),
        "owner.other_debts" => o.other_debts.normalize().to_string(),
        "owner.green_investments" => o.green_investments.normalize().to_string(),
        "owner.partner_share_pct" => o.partner_share_pct.normalize().to_string(),
        "owner.actual_return_other" => o.actual_return_other.map(|d| d.normalize().to_string())?,
        _ => String::new(),
    })
}

/// Check and type a raw household: every property as a property file is checked, and the
/// household must be one: the same owner on every row (`owner.*` cells of CSV rows) and the same
/// tax year for every property. A row that disagrees is named by its line.
pub fn parse_household(
    raw: RawHousehold,
    rules: &RuleSet,
    year: Option<i32>,
) -> Result<HouseholdInput, PropertyErrors> {
    let mut errors: Vec<InputError> = raw.errors;
    if raw.members.is_empty() {
        errors.push(
            InputError::new(raw.at.clone(), Text::new(Msg::EHouseholdEmpty, vec![]))
                .expected(Text::new(Msg::XpOneProperty, vec![])),
        );
    }
    let mut parsed: Vec<(Property, Location, HashMap<String, Location>)> = Vec::new();
    for member in raw.members {
        let at = member.at.clone();
        let cells: HashMap<String, Location> = member
            .entries
            .iter()
            .filter(|e| e.key.starts_with("owner.") || e.key == "tax_year")
            .map(|e| (e.key.to_string(), e.value_at.clone()))
            .collect();
        match parse_property(member, rules, year) {
            Ok(p) => parsed.push((p, at, cells)),
            Err(e) => {
                // The household's own keys are in every property: report each problem once.
                for x in e.0 {
                    if !errors.contains(&x) {
                        errors.push(x);
                    }
                }
            }
        }
    }
    if let Some((first, first_at, _)) = parsed.first() {
        for (p, at, cells) in &parsed[1..] {
            let place = |key: &str| cells.get(key).cloned().unwrap_or_else(|| at.clone());
            for key in OWNER_KEYS {
                let (mine, theirs) = (owner_value(&p.owner, key), owner_value(&first.owner, key));
                if mine != theirs {
                    errors.push(
                        InputError::new(
                            place(key),
                            Text::new(
                                Msg::EOwnerDisagrees,
                                vec![
                                    raw.name.clone().into(),
                                    Arg::Int(first_at.line as i64),
                                    (*key).into(),
                                    mine.into(),
                                    theirs.into(),
                                ],
                            ),
                        )
                        .expected(Text::new(Msg::XpSameOwner, vec![])),
                    );
                }
            }
            if p.tax_year != first.tax_year {
                errors.push(
                    InputError::new(
                        place("tax_year"),
                        Text::new(
                            Msg::ETaxYearDisagrees,
                            vec![
                                p.name.clone().into(),
                                raw.name.clone().into(),
                                p.tax_year.into(),
                                Arg::Int(first_at.line as i64),
                                first.tax_year.into(),
                            ],
                        ),
                    )
                    .expected(Text::new(Msg::XpOneTaxYear, vec![])),
                );
            }
        }
    }
    if !errors.is_empty() {
        return Err(PropertyErrors(errors));
    }
    let properties: Vec<Property> = parsed.into_iter().map(|(p, _, _)| p).collect();
    Ok(HouseholdInput {
        name: raw.name,
        owner: properties[0].owner.clone(),
        properties,
    })
}

/// `household.box3`: the household's Box 3 with all its properties.
#[derive(Debug, Clone, Serialize)]
pub struct HouseholdBox3Out {
    pub rendement: Decimal,
    pub rendementsgrondslag: Decimal,
    pub grondslag: Decimal,
    pub voordeel: Decimal,
    pub tax: Decimal,
    /// The tax on the owner's other wealth alone, without any of the properties.
    pub tax_without_properties: Decimal,
    /// The household's actual return (tegenbewijs), when every property gives next year's WOZ.
    pub actual_return: Option<Decimal>,
    pub actual_return_tax: Option<Decimal>,
    /// Each person's part: the owner first, then the fiscal partner.
    pub per_person: Vec<HouseholdPersonOut>,
}

/// `household.box3.per_person[]`.
#[derive(Debug, Clone, Serialize)]
pub struct HouseholdPersonOut {
    pub allocation_pct: Decimal,
    pub grondslag: Decimal,
    pub aandeel_pct: Decimal,
    pub voordeel: Decimal,
    pub tax: Decimal,
}

/// `household.allocation`: how the household's tax is divided.
#[derive(Debug, Clone, Serialize)]
pub struct AllocationOut {
    /// `"net_rendementsgrondslag"`: each item's max(0, assets − debts) in Box 3.
    pub key: &'static str,
    /// `"largest_remainder_cents"`.
    pub rounding: &'static str,
    /// The owner's other wealth (bank, other assets, green investments, other debts).
    pub other_wealth: OtherWealthOut,
    /// The sum of the properties' marginal taxes (not the household's tax in general).
    pub marginal_total: Decimal,
}

/// `household.allocation.other_wealth`.
#[derive(Debug, Clone, Serialize)]
pub struct OtherWealthOut {
    pub allocation_key: Decimal,
    pub pro_rata_tax: Decimal,
}

/// Everything the tool says about a household.
#[derive(Debug, Clone, Serialize)]
pub struct HouseholdReport {
    pub name: String,
    pub tax_year: i32,
    pub box3: HouseholdBox3Out,
    pub allocation: AllocationOut,
    /// One report per property, as for a property file, with `household_share`.
    pub properties: Vec<Report>,
    /// Notes on how the household was computed, in the language of the output.
    pub caveats: Vec<String>,
    /// The notes as message ids with their arguments, rendered into `caveats`.
    #[serde(skip)]
    pub caveat_texts: Vec<Text>,
    /// With `--explain`: the derivation of the household's figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<ExplainSection>>,
}

/// The JSON shape: `{"household": {...}}`.
#[derive(Serialize)]
struct Wrapped<'a> {
    household: &'a HouseholdReport,
}

impl HouseholdReport {
    /// Render the caveats, the derivation and each property's texts in `lang`.
    pub fn localize(&mut self, lang: Lang) {
        self.caveats = self.caveat_texts.iter().map(|c| c.render(lang)).collect();
        crate::report::localize_explain(&mut self.explain, lang);
        for p in &mut self.properties {
            p.localize(lang);
        }
    }

    /// The JSON object `{"household": {...}}`, pretty or compact.
    pub fn to_json(&self, pretty: bool) -> String {
        let w = Wrapped { household: self };
        if pretty {
            serde_json::to_string_pretty(&w).unwrap_or_default()
        } else {
            serde_json::to_string(&w).unwrap_or_default()
        }
    }
}

/// `total` (whole euros or cents) divided over `keys` pro rata, in cents: each share rounded
/// down to the cent, then the cents left over one each to the largest remainders (the earlier
/// item on a tie). The shares add up to `total` exactly (when `total` has at most two
/// decimals). Keys below zero count as zero; when every key is zero, the keys count equally.
pub fn pro_rata(total: Decimal, keys: &[Decimal]) -> Vec<Decimal> {
    if keys.is_empty() {
        return Vec::new();
    }
    let mut weights: Vec<Decimal> = keys.iter().map(|k| (*k).max(Decimal::ZERO)).collect();
    let mut sum: Decimal = weights.iter().sum();
    if sum.is_zero() {
        weights = vec![Decimal::ONE; keys.len()];
        sum = Decimal::from(keys.len());
    }
    let cents = (total * HUNDRED).trunc();
    let mut shares = Vec::with_capacity(keys.len());
    let mut rest: Vec<(usize, Decimal)> = Vec::with_capacity(keys.len());
    for (n, w) in weights.iter().enumerate() {
        // w / sum ≤ 1: the product stays within the total.
        let exact = cents * (*w / sum);
        let floor = exact.floor().min(cents);
        shares.push(floor);
        rest.push((n, exact - floor));
    }
    let left = cents - shares.iter().sum::<Decimal>();
    rest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut left = left.max(Decimal::ZERO);
    for (n, _) in rest.iter().cycle() {
        if left <= Decimal::ZERO {
            break;
        }
        shares[*n] += Decimal::ONE;
        left -= Decimal::ONE;
    }
    shares.into_iter().map(|c| c / HUNDRED).collect()
}

/// A property's Box 3 value on 1 January of its tax year.
fn box3_value(p: &Property, rules: &RuleSet) -> Decimal {
    let r = rules
        .leegwaarderatio(p.tax_year)
        .expect("validated: the tax year has rules");
    leegwaarderatio::box3_value(
        &leegwaarderatio::Input {
            woz_value: p.woz_value,
            jaarhuur: p.jaarhuur(),
            letting: p.letting(),
        },
        r.rules,
    )
}

fn mortgage(p: &Property) -> Decimal {
    p.mortgage.as_ref().map(|m| m.balance).unwrap_or_default()
}

/// The Box 3 household of `owner` with properties of `values` and `mortgages` in total.
fn household_of(owner: &Owner, values: Decimal, mortgages: Decimal) -> box3::Household {
    box3::Household {
        bank: owner.bank_balance,
        other_assets: owner.other_assets + values,
        green_investments: owner.green_investments,
        debts: owner.other_debts + mortgages,
        fiscal_partner: owner.fiscal_partner,
        partner_share_pct: owner.partner_share_pct,
    }
}

/// The owner's other wealth's net contribution to the rendementsgrondslag: bank + other assets
/// + green investments above their exemption − other debts, at least 0.
fn other_wealth_key(owner: &Owner, rules: &Box3Rules) -> Decimal {
    let persons = Decimal::from(if owner.fiscal_partner { 2 } else { 1 });
    let green = match &rules.vrijstelling_groene_beleggingen {
        Some(v) => (owner.green_investments - v.value * persons).max(Decimal::ZERO),
        None => owner.green_investments,
    };
    (owner.bank_balance + owner.other_assets + green - owner.other_debts).max(Decimal::ZERO)
}

/// The household's actual return (tegenbewijs) when every property gives next year's WOZ: the
/// pieces of each property as for a single property (`crate::evaluate`), summed.
fn household_actual_return(
    h: &HouseholdInput,
    values: &[Decimal],
    all: &box3::Box3,
    b3: &Box3Rules,
    rules: &RuleSet,
    trace: &mut Trace,
) -> Option<(Decimal, Decimal)> {
    let year = h.properties[0].tax_year;
    let end_rules = rules.leegwaarderatio(year + 1)?;
    let mut input = ActualReturnInput {
        rent: Decimal::ZERO,
        other_income: Decimal::ZERO,
        other_income_actual: h.owner.actual_return_other.is_some(),
        value_change: Decimal::ZERO,
        interest_paid: h.owner.other_debts * b3.rendement_schulden_pct.value / HUNDRED,
    };
    for (p, value) in h.properties.iter().zip(values) {
        let next = p.next_woz_value?;
        let next_rent = p.lease.next_monthly_rent.unwrap_or(p.lease.monthly_rent);
        let end_value = leegwaarderatio::box3_value(
            &leegwaarderatio::Input {
                woz_value: next,
                jaarhuur: next_rent * Decimal::from(12),
                letting: p.letting().later_year(),
            },
            end_rules.rules,
        );
        // Art. 5.27 lid 3 Wet IB 2001: a related tenant's rent at arm's length, or no figure.
        input.rent += crate::tegenbewijs::rent_received(p)?;
        input.value_change += end_value - value;
        input.interest_paid += p
            .mortgage
            .as_ref()
            .map(|m| m.balance * m.interest_pct / HUNDRED)
            .unwrap_or_default();
    }
    input.other_income = match h.owner.actual_return_other {
        Some(a) => a,
        None => {
            h.owner.bank_balance * b3.rendement_banktegoeden_pct.value / HUNDRED
                + h.owner.other_assets * b3.rendement_overige_bezittingen_pct.value / HUNDRED
        }
    };
    trace.add(|| {
        Step::new(
            Text::new(Msg::FHouseholdActualAssumption, vec![]),
            "",
            Text::new(Msg::XHouseholdAssumption, vec![]),
        )
    });
    Some(box3::actual_return_tax(&input, all, b3, trace))
}

/// A problem of the property named `name`.
fn of_property(name: &str, problem: Text) -> Text {
    Text::new(Msg::EOfProperty, vec![name.into(), problem.into()])
}

/// Evaluate a household: Box 3 once for all its properties, each property's share, and each
/// property's report with the others kept (see the module documentation).
pub fn evaluate_household(
    h: &HouseholdInput,
    rules: &RuleSet,
    opts: Options,
) -> Result<HouseholdReport, EvalError> {
    let Some(first) = h.properties.first() else {
        return Err(EvalError::Invalid(vec![Text::new(
            Msg::EHouseholdEmpty,
            vec![],
        )]));
    };
    let year = first.tax_year;
    let mut problems = Vec::new();
    for p in &h.properties {
        if p.tax_year != year {
            problems.push(Text::new(
                Msg::EPropertyYear,
                vec![p.name.clone().into(), p.tax_year.into(), year.into()],
            ));
        }
        if p.owner != h.owner {
            problems.push(Text::new(Msg::EPropertyOwner, vec![p.name.clone().into()]));
        }
        if let Err(e) = crate::input::check_property(p, rules) {
            problems.extend(e.into_iter().map(|m| of_property(&p.name, m)));
        }
    }
    if !problems.is_empty() {
        return Err(EvalError::Invalid(problems));
    }
    let b3 = rules
        .box3(year)
        .expect("validated: the tax year has Box 3 rules")
        .rules;
    let values: Vec<Decimal> = h.properties.iter().map(|p| box3_value(p, rules)).collect();
    let mortgages: Vec<Decimal> = h.properties.iter().map(mortgage).collect();
    let (all_values, all_mortgages): (Decimal, Decimal) =
        (values.iter().sum(), mortgages.iter().sum());
    let mut explain = Vec::new();
    let mut t = Trace::new(opts.explain);
    let all = box3::compute(
        &household_of(&h.owner, all_values, all_mortgages),
        b3,
        Text::new(Msg::FHouseholdAll, vec![]),
        &mut t,
    );
    let none = box3::compute(
        &household_of(&h.owner, Decimal::ZERO, Decimal::ZERO),
        b3,
        Text::new(Msg::FHouseholdNone, vec![]),
        &mut t,
    );
    let marginal: Vec<Decimal> = values
        .iter()
        .zip(&mortgages)
        .map(|(v, m)| {
            let without = box3::compute(
                &household_of(&h.owner, all_values - v, all_mortgages - m),
                b3,
                "",
                &mut Trace::new(false),
            );
            all.tax - without.tax
        })
        .collect();
    let actual = household_actual_return(h, &values, &all, b3, rules, &mut t);
    let mut keys: Vec<Decimal> = values
        .iter()
        .zip(&mortgages)
        .map(|(v, m)| (v - m).max(Decimal::ZERO))
        .collect();
    let other_key = other_wealth_key(&h.owner, b3);
    keys.push(other_key);
    let shares = pro_rata(all.tax, &keys);
    for (n, p) in h.properties.iter().enumerate() {
        t.add(|| {
            Step::new(
                Text::new(Msg::FProRataShare, vec![p.name.clone().into()]),
                Eur(shares[n]),
                Text::new(
                    Msg::XProRata,
                    vec![
                        Arg::Num(all.tax),
                        Arg::Num(keys[n]),
                        Arg::Num(
                            keys.iter()
                                .map(|k| (*k).max(Decimal::ZERO))
                                .sum::<Decimal>(),
                        ),
                        Arg::Num(values[n]),
                        Arg::Euro(mortgages[n]),
                    ],
                ),
            )
            .from_step("tax")
            .from_step("box3_value")
            .from_input("mortgage.balance")
        });
        t.add(|| {
            Step::new(
                Text::new(Msg::FMarginalTax, vec![p.name.clone().into()]),
                Eur(marginal[n]),
                Text::new(Msg::XMarginal, vec![Arg::Num(all.tax)]),
            )
            .from_step("tax")
        });
    }
    t.add(|| {
        Step::new(
            Text::new(Msg::FProRataOther, vec![]),
            Eur(shares[h.properties.len()]),
            Text::new(
                Msg::XProRataOther,
                vec![Arg::Num(all.tax), Arg::Num(other_key)],
            ),
        )
        .from_step("tax")
        .from_input("owner.bank_balance")
        .from_input("owner.other_assets")
        .from_input("owner.other_debts")
    });
    if let Some(steps) = Some(t.into_steps()).filter(|s| !s.is_empty()) {
        explain.push(ExplainSection {
            section: "household".into(),
            steps,
        });
    }

    let many = h.properties.len() > 1;
    let mut properties = Vec::with_capacity(h.properties.len());
    for (n, p) in h.properties.iter().enumerate() {
        // The others in the base wealth, held flat through the plan.
        let mut q = p.clone();
        q.owner.other_assets += all_values - values[n];
        q.owner.other_debts += all_mortgages - mortgages[n];
        let mut r = evaluate(&q, rules, opts).map_err(|e| match e {
            EvalError::Invalid(m) => {
                EvalError::Invalid(m.into_iter().map(|x| of_property(&p.name, x)).collect())
            }
            other => other,
        })?;
        if many {
            // The tegenbewijs is the household's: a property's own figure would count the
            // other dwellings at the forfaitair rate.
            r.box3.actual_return = None;
            r.box3.actual_return_tax = None;
            let caveat = Text::new(
                Msg::CHouseholdOthers,
                vec![
                    h.name.clone().into(),
                    Arg::Int((h.properties.len() - 1) as i64),
                    Arg::Euro(all_values - values[n]),
                    Arg::Euro(all_mortgages - mortgages[n]),
                    year.into(),
                ],
            );
            r.caveats.push(caveat);
        }
        r.household_share = Some(HouseholdShareOut {
            household: h.name.clone(),
            properties: h.properties.len(),
            household_tax: out(all.tax),
            box3_value: out(values[n]),
            mortgage_balance: out(mortgages[n]),
            allocation_key: out(keys[n]),
            marginal_tax: out(marginal[n]),
            pro_rata_tax: out(shares[n]),
        });
        properties.push(r);
    }
    let caveat_texts = vec![Text::new(Msg::CHousehold, vec![])];
    let caveats = caveat_texts
        .iter()
        .map(|c| c.render(Lang::default()))
        .collect();
    Ok(HouseholdReport {
        name: h.name.clone(),
        tax_year: year,
        box3: HouseholdBox3Out {
            rendement: out(all.rendement),
            rendementsgrondslag: out(all.rendementsgrondslag),
            grondslag: out(all.grondslag),
            voordeel: out(all.voordeel),
            tax: out(all.tax),
            tax_without_properties: out(none.tax),
            actual_return: actual.map(|a| out(a.0)),
            actual_return_tax: actual.map(|a| out(a.1)),
            per_person: all
                .per_person()
                .iter()
                .map(|x| HouseholdPersonOut {
                    allocation_pct: out(x.allocation_pct),
                    grondslag: out(x.grondslag),
                    aandeel_pct: out(x.aandeel_pct),
                    voordeel: out(x.voordeel),
                    tax: out(x.tax),
                })
                .collect(),
        },
        allocation: AllocationOut {
            key: "net_rendementsgrondslag",
            rounding: "largest_remainder_cents",
            other_wealth: OtherWealthOut {
                allocation_key: out(other_key),
                pro_rata_tax: out(shares[h.properties.len()]),
            },
            marginal_total: out(marginal.iter().sum()),
        },
        properties,
        caveats,
        caveat_texts,
        explain: opts.explain.then_some(explain),
    })
}

/// Read and validate a household file from TOML text; `file` names it in messages. A property
/// file (without `[[property]]` tables) is a household of that one property.
pub fn from_toml_str(
    file: &str,
    text: &str,
    rules: &RuleSet,
    year: Option<i32>,
) -> Result<HouseholdInput, PropertyErrors> {
    use crate::input::toml_source::{self, TomlInput};
    let file: std::sync::Arc<str> = std::sync::Arc::from(file);
    let stem = std::path::Path::new(&*file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text =
        toml_source::check_text(&file, text.as_bytes()).map_err(|e| PropertyErrors(vec![e]))?;
    let raw = match toml_source::read_any(file.clone(), stem.clone(), &text)? {
        TomlInput::Household(h) => h,
        TomlInput::Property(r) => RawHousehold {
            file,
            name: stem,
            at: r.at.clone(),
            members: vec![r],
            errors: Vec::new(),
        },
    };
    parse_household(raw, rules, year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn pro_rata_adds_up_to_the_cent() {
        let s = pro_rata(dec!(1000), &[dec!(1), dec!(1), dec!(1)]);
        assert_eq!(s, vec![dec!(333.34), dec!(333.33), dec!(333.33)]);
        assert_eq!(s.iter().sum::<Decimal>(), dec!(1000));
        let s = pro_rata(
            dec!(2345),
            &[dec!(100000), dec!(-5000), dec!(0), dec!(250000)],
        );
        assert_eq!(s[1], Decimal::ZERO);
        assert_eq!(s.iter().sum::<Decimal>(), dec!(2345));
        assert_eq!(
            pro_rata(dec!(7), &[dec!(0), dec!(0)]),
            vec![dec!(3.50), dec!(3.50)]
        );
        assert_eq!(
            pro_rata(Decimal::ZERO, &[dec!(5), dec!(6)]),
            vec![dec!(0), dec!(0)]
        );
    }
}
