//! Box 3 (sparen en beleggen) for the owner's household, with the property among its wealth.
//!
//! The forfaitair rendement per category (banktegoeden, overige bezittingen, schulden) is spread
//! over the part of the rendementsgrondslag above the heffingsvrij vermogen (overbruggingswet,
//! art. 5.2–5.5 Wet IB 2001). The rounding is the Belastingdienst's, as its published worked
//! examples of 2025 show it (all five are pinned in the tests):
//! - assets in whole euros rounded down, debts rounded up (in the taxpayer's favour);
//! - the rendement of banktegoeden and of overige bezittingen rounded down to whole euros, the
//!   rendement of the deductible debts to the nearest euro;
//! - the grondslag is split over the fiscal partners first (the owner's part rounded down to
//!   whole euros, the partner gets the rest); each person's share of the rendementsgrondslag
//!   (grondslag of the person / rendementsgrondslag) is cut to two decimals of a percent;
//! - each person's voordeel (rendement × share) and tax (voordeel × tarief) are rounded down to
//!   whole euros; the household's figures are the sums.

use rust_decimal::Decimal;

use crate::explain::{self, Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::{self, HUNDRED};
use crate::rules::Box3Rules;
use crate::units::{Eur, Pct};

/// A household's Box 3 position on 1 January.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Household {
    /// Banktegoeden.
    pub bank: Decimal,
    /// Overige bezittingen, including a let dwelling at its leegwaarderatio value.
    pub other_assets: Decimal,
    /// Groene beleggingen: exempt up to the vrijstelling per person, the rest counts among the
    /// overige bezittingen (art. 5.13 Wet IB 2001).
    pub green_investments: Decimal,
    /// Schulden, including the mortgage on a let dwelling.
    pub debts: Decimal,
    pub fiscal_partner: bool,
    /// With a fiscal partner: the owner's share of the grondslag, percent (the partner has the
    /// rest). The partners may choose any split (art. 2.17 lid 2 Wet IB 2001).
    pub partner_share_pct: Decimal,
}

impl Household {
    /// The owner's household with the let dwelling (at its Box 3 value `box3_value`) among the
    /// overige bezittingen and its mortgage among the debts.
    pub fn with_property(p: &crate::model::Property, box3_value: Decimal) -> Household {
        let o = &p.owner;
        let mortgage_balance = p.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
        Household {
            bank: o.bank_balance,
            other_assets: o.other_assets + box3_value,
            green_investments: o.green_investments,
            debts: o.other_debts + mortgage_balance,
            fiscal_partner: o.fiscal_partner,
            partner_share_pct: o.partner_share_pct,
        }
    }

    /// The owner's household without the let dwelling and its mortgage.
    pub fn without_property(p: &crate::model::Property) -> Household {
        Household {
            other_assets: p.owner.other_assets,
            debts: p.owner.other_debts,
            ..Household::with_property(p, Decimal::ZERO)
        }
    }

    /// A household of one person, or of two partners splitting the grondslag evenly.
    pub fn new(bank: Decimal, other_assets: Decimal, debts: Decimal, fiscal_partner: bool) -> Self {
        Household {
            bank,
            other_assets,
            green_investments: Decimal::ZERO,
            debts,
            fiscal_partner,
            partner_share_pct: Decimal::from(50),
        }
    }
}

/// One person's part of the household's Box 3.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Person {
    /// The share of the grondslag allotted to the person, percent.
    pub allocation_pct: Decimal,
    /// The person's part of the grondslag, whole euros.
    pub grondslag: Decimal,
    /// grondslag of the person / rendementsgrondslag, percent, cut to two decimals.
    pub aandeel_pct: Decimal,
    /// rendement × aandeel, rounded down to whole euros, at least 0.
    pub voordeel: Decimal,
    /// voordeel × tarief, rounded down to whole euros.
    pub tax: Decimal,
}

/// The Box 3 figures of a household.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box3 {
    pub persons: u32,
    pub deductible_debts: Decimal,
    pub rendement: Decimal,
    pub rendementsgrondslag: Decimal,
    pub grondslag: Decimal,
    /// The sum of the persons' voordeel.
    pub voordeel: Decimal,
    /// The sum of the persons' tax.
    pub tax: Decimal,
    /// Each person's part (the owner first, then the fiscal partner); see [`Box3::per_person`].
    people: [Person; 2],
}

impl Box3 {
    /// Each person's part: the owner first, then the fiscal partner.
    pub fn per_person(&self) -> &[Person] {
        &self.people[..self.persons as usize]
    }
}

/// Where the rounding of the aandeel and the voordeel comes from: the Belastingdienst's own
/// worked examples (the statute does not spell it out).
const ROUNDING_SOURCE: &str =
    "Belastingdienst, berekening box 3-inkomen 2025 (worked examples) [BD-B3-2025]";

/// Fiscal partners divide their joint grondslag as they choose.
const SPLIT_SOURCE: &str =
    "art. 2.17 Wet IB 2001 (fiscal partners divide the joint grondslag as they choose)";

/// A share of `part` in `whole`, percent, cut to two decimals (the Belastingdienst's aandeel).
fn aandeel_pct(part: Decimal, whole: Decimal) -> Decimal {
    Pct::share_cut(Eur(part), Eur(whole), 2).get()
}

/// `amount × pct / 100`, or the same computed in another order when the product overflows.
fn share_of(amount: Decimal, pct: Decimal) -> Decimal {
    amount
        .checked_mul(pct)
        .map(money::div100)
        .unwrap_or_else(|| amount * (pct / HUNDRED))
}

/// The owner's Box 3 with the let dwelling of `p` (at its Box 3 value `box3_value`, its mortgage
/// among the debts) and without it, and the tax the dwelling adds (with − without).
pub fn with_and_without(
    p: &crate::model::Property,
    box3_value: Decimal,
    rules: &Box3Rules,
    t: &mut Trace,
) -> (Box3, Box3, Decimal) {
    let b_with = compute(
        &Household::with_property(p, box3_value),
        rules,
        Text::new(Msg::FWithProperty, vec![]),
        t,
    );
    let b_without = compute(
        &Household::without_property(p),
        rules,
        Text::new(Msg::FWithoutProperty, vec![]),
        t,
    );
    let attributable = b_with.tax - b_without.tax;
    t.add(|| {
        Step::new(
            "attributable_tax",
            Eur(attributable),
            Text::new(
                Msg::XAttributable,
                vec![Arg::Num(b_with.tax), Arg::Num(b_without.tax)],
            ),
        )
        .from_step("tax")
    });
    (b_with, b_without, attributable)
}

/// The amounts of a year's Box 3 rules that count once per person (the schuldendrempel, the
/// heffingsvrij vermogen, the exemption of green investments), times the number of persons of a
/// household: formed once per year for the many households of a plan ([`compute_for`]).
#[derive(Debug, Clone, Copy)]
pub struct PerHousehold<'a> {
    /// The rules of the year.
    pub rules: &'a Box3Rules,
    persons: u32,
    /// The schuldendrempel × persons.
    drempel: Decimal,
    /// The heffingsvrij vermogen × persons.
    vrij: Decimal,
    /// The exemption of green investments × persons, when the year has one.
    green_exempt: Option<Decimal>,
}

impl<'a> PerHousehold<'a> {
    /// The amounts of `rules` for a household of one person, or of two with a `fiscal_partner`.
    pub fn new(rules: &'a Box3Rules, fiscal_partner: bool) -> PerHousehold<'a> {
        let persons: u32 = if fiscal_partner { 2 } else { 1 };
        let p = Decimal::from(persons);
        // A per-person amount for the household.
        let times_persons = |v: Decimal| if persons == 1 { v } else { v * p };
        PerHousehold {
            rules,
            persons,
            drempel: times_persons(rules.schuldendrempel.value),
            vrij: times_persons(rules.heffingsvrij_vermogen.value),
            green_exempt: rules
                .vrijstelling_groene_beleggingen
                .as_ref()
                .map(|v| times_persons(v.value)),
        }
    }
}

/// Box 3 of `household` under the rules of one year. `label` names the computation in the trace
/// (a message such as [`Msg::FWithProperty`]; only turned into text when the trace records).
pub fn compute<L: Into<Text> + Clone>(
    household: &Household,
    rules: &Box3Rules,
    label: L,
    trace: &mut Trace,
) -> Box3 {
    compute_for(
        household,
        &PerHousehold::new(rules, household.fiscal_partner),
        label,
        trace,
    )
}

/// [`compute`] with the year's amounts per household formed beforehand (`per`, for a household
/// with as many persons as `household`).
pub fn compute_for<L: Into<Text> + Clone>(
    household: &Household,
    per: &PerHousehold,
    label: L,
    trace: &mut Trace,
) -> Box3 {
    let mut people = [Person::default(); 2];
    let t = totals(household, per, label, trace, |n, p| people[n] = p);
    Box3 {
        persons: t.persons,
        deductible_debts: t.deductible_debts,
        rendement: t.rendement,
        rendementsgrondslag: t.rendementsgrondslag,
        grondslag: t.grondslag,
        voordeel: t.voordeel,
        tax: t.tax,
        people,
    }
}

/// The Box 3 tax of `household` ([`compute_for`] without the explanation and each person's
/// part), for the many households of a plan.
pub fn tax_for(household: &Household, per: &PerHousehold) -> Decimal {
    totals(household, per, "", &mut Trace::new(false), |_, _| {}).tax
}

/// The household's figures of a [`Box3`].
struct Totals {
    persons: u32,
    deductible_debts: Decimal,
    rendement: Decimal,
    rendementsgrondslag: Decimal,
    grondslag: Decimal,
    voordeel: Decimal,
    tax: Decimal,
}

/// Box 3 of `household` ([`compute_for`]): the household's figures, each person's part handed
/// to `keep` (the owner first) as it is worked out.
#[inline(always)]
fn totals<L: Into<Text> + Clone>(
    household: &Household,
    per: &PerHousehold,
    label: L,
    trace: &mut Trace,
    mut keep: impl FnMut(usize, Person),
) -> Totals {
    let rules = per.rules;
    let fig = |p: Arg| explain::part(label.clone(), p);
    let msg = |id: Msg| Arg::from(Text::new(id, vec![]));
    let persons = per.persons;
    debug_assert_eq!(persons == 2, household.fiscal_partner);
    let bank = money::floor_euro(household.bank);
    let green = money::floor_euro(household.green_investments);
    let green_taxed = match (&rules.vrijstelling_groene_beleggingen, per.green_exempt) {
        (Some(v), Some(exempt)) if money::positive(green) => {
            let taxed = money::at_least_zero(green - exempt);
            trace.step(|r| {
                Step::new(
                    fig(msg(Msg::FGreenAbove)),
                    Eur(taxed),
                    Text::new(
                        Msg::XGreen,
                        vec![Arg::Num(green), Arg::Num(r.read(v)), persons.into()],
                    ),
                )
            });
            taxed
        }
        // Without a known exemption the green investments count in full (the input is refused
        // for such a year before it gets here; see `input`).
        _ => green,
    };
    let other = money::floor_euro(household.other_assets) + green_taxed;
    let debts = money::ceil_euro(household.debts);
    let deductible_debts = money::at_least_zero(debts - per.drempel);
    trace.step(|r| {
        Step::new(
            fig(msg(Msg::FDeductibleDebts)),
            Eur(deductible_debts),
            Text::new(
                Msg::XDeductibleDebts,
                vec![
                    Arg::Euro(debts),
                    Arg::Num(r.read(&rules.schuldendrempel)),
                    persons.into(),
                ],
            ),
        )
    });
    // The rendement of a nil amount is nil (a product with zero is zero, whole euros).
    let bank_part = if bank.is_zero() {
        Decimal::ZERO
    } else {
        money::floor_euro(money::pct_of(bank, rules.rendement_banktegoeden_pct.value))
    };
    let other_part = money::floor_euro(money::pct_of(
        other,
        rules.rendement_overige_bezittingen_pct.value,
    ));
    let debt_part = if deductible_debts.is_zero() {
        Decimal::ZERO
    } else {
        money::round_euro(money::pct_of(
            deductible_debts,
            rules.rendement_schulden_pct.value,
        ))
    };
    let rendement = bank_part + other_part - debt_part;
    trace.step(|r| {
        Step::new(
            fig("rendement".into()),
            Eur(rendement),
            Text::new(
                Msg::XRendement,
                vec![
                    Arg::Num(bank),
                    Arg::Pct(r.read(&rules.rendement_banktegoeden_pct)),
                    Arg::Num(bank_part),
                    Arg::Num(other),
                    Arg::Pct(r.read(&rules.rendement_overige_bezittingen_pct)),
                    Arg::Num(other_part),
                    Arg::Num(deductible_debts),
                    Arg::Pct(r.read(&rules.rendement_schulden_pct)),
                    Arg::Num(debt_part),
                ],
            ),
        )
    });
    let rendementsgrondslag = bank + other - deductible_debts;
    let grondslag = money::at_least_zero(rendementsgrondslag - per.vrij);
    trace.add(|| {
        Step::new(
            fig("rendementsgrondslag".into()),
            Eur(rendementsgrondslag),
            Text::new(
                Msg::XRendementsgrondslag,
                vec![Arg::Num(bank), Arg::Num(other), Arg::Num(deductible_debts)],
            ),
        )
        .from_input("owner.bank_balance")
        .from_input("owner.other_assets")
        .from_step("deductible_debts")
    });
    trace.step(|r| {
        Step::new(
            fig("grondslag".into()),
            Eur(grondslag),
            Text::new(
                Msg::XGrondslag,
                vec![
                    Arg::Num(rendementsgrondslag),
                    Arg::Num(r.read(&rules.heffingsvrij_vermogen)),
                    persons.into(),
                ],
            ),
        )
        .from_step("rendementsgrondslag")
    });
    let allocations: &[Decimal] = if persons == 2 {
        &[
            household.partner_share_pct,
            HUNDRED - household.partner_share_pct,
        ]
    } else {
        &[HUNDRED]
    };
    // The figure of each person: `label: key`, with the person when there are two.
    let who = |key: &str, n: usize| {
        let f = fig(key.into());
        if persons == 1 {
            f
        } else {
            explain::person(f, n)
        }
    };
    // The sums over the persons (one person's figures are the sums).
    let mut sums: Option<(Decimal, Decimal)> = None;
    let mut left = grondslag;
    for (n, &allocation_pct) in allocations.iter().enumerate() {
        // The owner's part rounded down; the last person gets what is left, so the parts add up.
        let part = if n + 1 == allocations.len() {
            left
        } else {
            let part = money::floor_euro(share_of(grondslag, allocation_pct));
            // What is left of the grondslag (the owner is the only one before the last).
            left = grondslag - part;
            part
        };
        let aandeel = aandeel_pct(part, rendementsgrondslag);
        let voordeel = money::at_least_zero(money::floor_euro(share_of(rendement, aandeel)));
        let tax = money::floor_euro(money::pct_of(voordeel, rules.tarief_pct.value));
        let person = Person {
            allocation_pct,
            grondslag: part,
            aandeel_pct: aandeel,
            voordeel,
            tax,
        };
        if persons == 2 {
            trace.add(|| {
                Step::new(
                    who("grondslag", n),
                    Eur(person.grondslag),
                    Text::new(
                        if n == 0 {
                            Msg::XPersonGrondslag
                        } else {
                            Msg::XPersonGrondslagRest
                        },
                        vec![Arg::Pct(person.allocation_pct), Arg::Num(grondslag)],
                    ),
                )
                .rule(SPLIT_SOURCE)
                .from_input("owner.partner_share_pct")
            });
        }
        trace.add(|| {
            Step::new(
                who("aandeel", n),
                Arg::Pct(person.aandeel_pct),
                Text::new(
                    Msg::XAandeel,
                    vec![Arg::Num(person.grondslag), Arg::Num(rendementsgrondslag)],
                ),
            )
            .rule(ROUNDING_SOURCE)
        });
        trace.add(|| {
            Step::new(
                who("voordeel", n),
                Eur(person.voordeel),
                Text::new(
                    Msg::XVoordeel,
                    vec![Arg::Num(rendement), Arg::Pct(person.aandeel_pct)],
                ),
            )
            .rule(ROUNDING_SOURCE)
        });
        trace.step(|r| {
            Step::new(
                who("tax", n),
                Eur(person.tax),
                Text::new(
                    Msg::XTax,
                    vec![
                        Arg::Num(person.voordeel),
                        Arg::Pct(r.read(&rules.tarief_pct)),
                    ],
                ),
            )
        });
        sums = Some(match sums {
            None => (voordeel, tax),
            Some((v, t)) => (v + voordeel, t + tax),
        });
        keep(n, person);
    }
    let (voordeel, tax) = sums.unwrap_or_default();
    Totals {
        persons,
        deductible_debts,
        rendement,
        rendementsgrondslag,
        grondslag,
        voordeel,
        tax,
    }
}

/// The pieces of the actual return (tegenbewijs) of a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ActualReturnInput {
    /// Rent received in the year.
    pub rent: Decimal,
    /// The return on bank balances and other assets: as the owner gives it, or at the
    /// forfaitaire rates when not given (see `other_income_actual`).
    pub other_income: Decimal,
    /// Whether `other_income` is the owner's actual figure.
    pub other_income_actual: bool,
    /// The dwelling's Box 3 value at the end of the year − at the start: WOZ × leegwaarderatio at
    /// both ends, each ratio from the rent at that date (art. 5.31 lid 4 Wet IB 2001).
    pub value_change: Decimal,
    /// Mortgage and other interest paid.
    pub interest_paid: Decimal,
}

/// The tax on the actual return per person: the return divided as the grondslag was (the
/// owner's part rounded down to whole euros, the partner the rest), each person taxed at
/// `tarief_pct` on the lower of the part and the person's `voordeel`, rounded down to whole
/// euros. Returns, per person, (part, taxed, tax). A negative return counts as 0.
pub fn tax_on_actual_return(
    actual: Decimal,
    persons: &[(Decimal, Decimal)],
    tarief_pct: Decimal,
) -> Vec<(Decimal, Decimal, Decimal)> {
    let actual = money::floor_euro(actual.max(Decimal::ZERO));
    let mut left = actual;
    let n = persons.len();
    persons
        .iter()
        .enumerate()
        .map(|(k, &(share_pct, voordeel))| {
            let part = if k + 1 == n {
                left
            } else {
                money::floor_euro(money::pct_of(actual, share_pct))
            };
            left -= part;
            let taxed = part.min(voordeel).max(Decimal::ZERO);
            (
                part,
                taxed,
                money::floor_euro(money::pct_of(taxed, tarief_pct)),
            )
        })
        .collect()
}

/// The tax under the tegenbewijsregeling (art. 5.25–5.31 Wet IB 2001): per person, tarief ×
/// min(actual return, voordeel), rounded down to whole euros; a negative actual return counts as
/// 0. Costs are not deductible, interest paid is. Returns (actual return, tax).
pub fn actual_return_tax(
    input: &ActualReturnInput,
    forfaitair: &Box3,
    rules: &Box3Rules,
    trace: &mut Trace,
) -> (Decimal, Decimal) {
    let actual = (input.rent + input.other_income + input.value_change - input.interest_paid)
        .max(Decimal::ZERO);
    trace.add(|| {
        Step::new(
            Text::new(Msg::FActualReturn, vec![]),
            Eur(money::out(actual)),
            Text::new(
                Msg::XActualReturn,
                vec![
                    Arg::Num(money::out(input.rent)),
                    Arg::Num(money::out(input.other_income)),
                    Text::new(
                        if input.other_income_actual {
                            Msg::XOtherIncomeGiven
                        } else {
                            Msg::XOtherIncomeForfaitair
                        },
                        vec![],
                    )
                    .into(),
                    Arg::Num(money::out(input.value_change)),
                    Arg::Num(money::out(input.interest_paid)),
                ],
            ),
        )
    });
    // Per person, as the forfaitair figures: the actual return is split like the grondslag (the
    // owner's part rounded down, the partner the rest), each person pays on the lower of the two.
    let persons: Vec<(Decimal, Decimal)> = forfaitair
        .per_person()
        .iter()
        .map(|p| (p.allocation_pct, p.voordeel))
        .collect();
    let n = persons.len();
    let mut tax = Decimal::ZERO;
    for (k, ((part, _, person_tax), person)) in
        tax_on_actual_return(actual, &persons, rules.tarief_pct.value)
            .into_iter()
            .zip(forfaitair.per_person())
            .enumerate()
    {
        tax += person_tax;
        trace.step(|r| {
            Step::new(
                if n > 1 {
                    explain::person("actual_return_tax".into(), k)
                } else {
                    "actual_return_tax".into()
                },
                Eur(person_tax),
                Text::new(
                    Msg::XActualReturnTax,
                    vec![
                        Arg::Pct(r.read(&rules.tarief_pct)),
                        Arg::Num(money::out(part)),
                        Arg::Num(person.voordeel),
                    ],
                ),
            )
            .rule("art. 5.31 Wet IB 2001 (tegenbewijsregeling)")
        });
    }
    (actual, tax)
}
