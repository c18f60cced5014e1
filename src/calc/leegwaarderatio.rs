//! The leegwaarderatio: the value of a let dwelling in Box 3 (art. 5.20 lid 3 Wet IB 2001,
//! art. 17a Uitvoeringsbesluit inkomstenbelasting 2001).
//!
//! The yearly rent as a share of the WOZ value selects a bracket ("more than A%, not more than
//! B%"); the dwelling counts at that bracket's ratio of the WOZ value. The exceptions, in the
//! order the law applies them:
//! - a dwelling not let on 1 January counts at its full WOZ value (the ratio is for a dwelling let
//!   with huurbescherming on the reference date, art. 5.20 lid 3 Wet IB 2001);
//! - a temporary lease (from 2023) counts at 100%;
//! - a related-party tenant at a rent that is not at arm's length (art. 17a lid 3 UBIB; from 2026
//!   art. 5.20 lid 5 Wet IB 2001): the rent is deemed a share of the WOZ value (3.5% in 2020–2022,
//!   5.5% in 2023–2025), and from 2026 the ratio does not apply at all;
//! - a dwelling in a building not split into apartment rights has its WOZ value lowered first
//!   (art. 17a lid 4 UBIB, when the year's rules have the reduction);
//! - a partly let dwelling: the ratio applies to the let part only (art. 17a lid 5 UBIB); the rest
//!   counts at its full value.
//!
//! Lid 4 and 5 act "voor de toepassing van het eerste en het tweede lid": only where the ratio
//! applies. A dwelling that gets no ratio (not let on 1 January, a temporary lease from 2023, a
//! related tenant below arm's length from 2026) counts at its whole WOZ value (art. 5.20 lid 1
//! Wet IB 2001), unreduced and unsplit. A related tenant before 2026 keeps the ratio, at the
//! deemed rent (lid 3), so lid 4 and 5 still apply.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Citation, Cite, Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Contract, Tenant};
use crate::money::{self, HUNDRED};
use crate::rules::{Bracket, LeegwaarderatioRules};
use crate::units::{Eur, Pct};

/// Why the ratio applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The bracket of the rent share.
    Bracket,
    /// A temporary lease: no ratio, 100% of WOZ.
    TemporaryContract,
    /// A related-party tenant at a rent not at arm's length: a deemed rent, or no ratio.
    RelatedParty,
    /// Not let on 1 January: the full WOZ value.
    NotLet,
}

impl Reason {
    /// The word used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Bracket => "bracket",
            Reason::TemporaryContract => "temporary_contract",
            Reason::RelatedParty => "related_party",
            Reason::NotLet => "not_let",
        }
    }
}

pub use crate::model::Letting;

/// The inputs of the leegwaarderatio.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub woz_value: Decimal,
    /// The kale huur per month on 1 January × 12.
    pub jaarhuur: Decimal,
    pub letting: Letting,
}

impl Input {
    /// A whole dwelling let on 1 January (see [`Letting::new`]).
    pub fn new(woz_value: Decimal, jaarhuur: Decimal, contract: Contract, tenant: Tenant) -> Input {
        Input {
            woz_value,
            jaarhuur,
            letting: Letting::new(contract, tenant),
        }
    }

    /// The dwelling of `p` as let on 1 January.
    pub fn of(p: &crate::model::Property) -> Input {
        Input {
            woz_value: p.woz_value,
            jaarhuur: p.jaarhuur(),
            letting: p.letting(),
        }
    }
}

/// The leegwaarderatio of a dwelling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Leegwaarderatio {
    /// kale huur × 12.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub jaarhuur: Decimal,
    /// jaarhuur / WOZ of the let part × 100, unrounded.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent_pct_of_woz: Decimal,
    /// The bracket hit: more than `.0`, not more than `.1` percent.
    #[serde(skip)]
    pub bracket: (Decimal, Option<Decimal>),
    /// The ratio applied, in percent.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub ratio_pct: Decimal,
    pub reason: Reason,
    /// The rent share the bracket was chosen by when the law deems it (related party), percent.
    #[serde(skip)]
    pub deemed_rent_pct: Option<Decimal>,
    /// The amount the WOZ value was lowered by for a building not split into apartment rights
    /// (art. 17a lid 4 UBIB), when that rule applied.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::money::ser::opt"
    )]
    pub woz_reduction: Option<Decimal>,
    /// The let part of the dwelling, percent, when only part of it is let (art. 17a lid 5 UBIB).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::money::ser::opt"
    )]
    pub let_share_pct: Option<Decimal>,
    /// The WOZ value after the reduction of lid 4 (the WOZ value itself without it).
    #[serde(skip)]
    pub woz_base: Decimal,
    /// The WOZ value the ratio was applied to (after the reduction of lid 4, the let part of lid 5).
    #[serde(skip)]
    pub ratio_base: Decimal,
    /// Box 3 value: let part × ratio + the part not let at its full value, rounded down to whole
    /// euros.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box3_value: Decimal,
}

/// The decision of the rules for one input, before any figure is computed.
struct Decision<'a> {
    ratio_pct: Decimal,
    reason: Reason,
    bracket: Option<&'a Bracket>,
    /// The index of `bracket` (0 without one).
    index: usize,
    deemed_rent_pct: Option<Decimal>,
    /// WOZ less the reduction of lid 4.
    woz: Decimal,
    /// The let part of `woz`.
    let_part: Decimal,
}

/// The index of the bracket of a rent share: the first whose upper bound the share does not
/// exceed (`within` the bound), the last when it exceeds them all. A rent share jaarhuur / base
/// is compared as jaarhuur ≤ bound / 100 × base, which is exact.
///
/// The brackets rise (the rules are validated so), so a share within one bound is within every
/// later one: the search starts at bracket `near`, where a share close to this one was found,
/// and walks down while the bracket before also holds it, or up until one does. From any
/// start it finds the same bracket; from the right one it asks one or two bounds.
fn bracket_by(
    rules: &LeegwaarderatioRules,
    within: impl Fn(Decimal) -> bool,
    near: usize,
) -> (usize, &Bracket) {
    let b = &rules.brackets;
    let last = b
        .len()
        .checked_sub(1)
        .expect("rules are validated to have brackets");
    let holds = |k: usize| b[k].up_to_pct.is_none_or(&within);
    let mut k = near.min(last);
    if holds(k) {
        while k > 0 && holds(k - 1) {
            k -= 1;
        }
    } else {
        while k < last {
            k += 1;
            if holds(k) {
                break;
            }
        }
    }
    (k, &b[k])
}

/// What the rules decide for `input`, a bracket searched from bracket `near` (see
/// [`bracket_by`]).
fn decide<'a>(input: &Input, rules: &'a LeegwaarderatioRules, near: usize) -> Decision<'a> {
    let l = &input.letting;
    let woz = match &rules.unsplit_building_reduction {
        Some(r) if l.unsplit_building => (input.woz_value - r.value).max(Decimal::ZERO),
        _ => input.woz_value,
    };
    let let_part = if l.let_share_pct >= HUNDRED {
        woz
    } else {
        money::pct_of(woz, l.let_share_pct)
    };
    let full = |reason| Decision {
        ratio_pct: HUNDRED,
        reason,
        bracket: None,
        index: 0,
        deemed_rent_pct: None,
        woz,
        let_part,
    };
    // Where the ratio does not apply the dwelling counts at its WOZ value (art. 5.20 lid 1 Wet
    // IB 2001): neither the reduction of lid 4 nor the split of lid 5 UBIB, which both serve
    // only the ratio's value of art. 17a lid 1 and 2.
    let no_ratio = |reason| Decision {
        woz: input.woz_value,
        let_part: input.woz_value,
        ..full(reason)
    };
    if !l.let_on_1_january {
        return no_ratio(Reason::NotLet);
    }
    if l.contract == Contract::Temporary && rules.temporary_contract.applies {
        return no_ratio(Reason::TemporaryContract);
    }
    if l.tenant == Tenant::Related && !l.market_rent && rules.related_party.applies {
        return match rules.related_party.deemed_rent_pct {
            // Art. 17a lid 3 UBIB (to 2025): the rent is deemed a share of the WOZ value and
            // the ratio applies, with lid 4 and 5.
            Some(d) => {
                let (index, b) = bracket_by(rules, |up| d <= up, near);
                Decision {
                    ratio_pct: b.ratio_pct,
                    bracket: Some(b),
                    index,
                    deemed_rent_pct: Some(d),
                    ..full(Reason::RelatedParty)
                }
            }
            None => no_ratio(Reason::RelatedParty),
        };
    }
    let jaarhuur = input.jaarhuur;
    let (index, b) = bracket_by(rules, |up| jaarhuur <= money::div100(up) * let_part, near);
    Decision {
        ratio_pct: b.ratio_pct,
        bracket: Some(b),
        index,
        ..full(Reason::Bracket)
    }
}

fn value_of(d: &Decision) -> Decimal {
    let ratio_part = money::pct_of(d.let_part, d.ratio_pct);
    if d.let_part == d.woz {
        return money::floor_euro(ratio_part);
    }
    money::floor_euro(ratio_part + (d.woz - d.let_part))
}

fn range_text(above: Decimal, up_to: Option<Decimal>) -> Arg {
    match up_to {
        Some(u) => Text::new(Msg::XRange, vec![Arg::Pct(above), Arg::Pct(u)]),
        None => Text::new(Msg::XRangeOpen, vec![Arg::Pct(above)]),
    }
    .into()
}

/// Only the Box 3 value of `input`: the same result as [`compute`] without the figures around
/// it, for the yearly rows of the plan.
pub fn box3_value(input: &Input, rules: &LeegwaarderatioRules) -> Decimal {
    box3_value_near(input, rules, 0).0
}

/// [`box3_value`], the bracket searched from bracket `near` (where a rent share close to this
/// one was found; any start gives the same value, the right one asks fewer bounds). Returns the
/// value and the bracket to search a close rent share from next.
pub fn box3_value_near(
    input: &Input,
    rules: &LeegwaarderatioRules,
    near: usize,
) -> (Decimal, usize) {
    let d = decide(input, rules, near);
    (
        value_of(&d),
        if d.bracket.is_some() { d.index } else { near },
    )
}

/// The leegwaarderatio of `input` under `rules` for tax year `year`.
pub fn compute(
    input: &Input,
    rules: &LeegwaarderatioRules,
    year: i32,
    trace: &mut Trace,
) -> Leegwaarderatio {
    let jaarhuur = input.jaarhuur;
    let d = decide(input, rules, 0);
    let l = &input.letting;
    trace.add(|| {
        Step::new(
            "jaarhuur",
            Eur(money::out(jaarhuur)),
            Text::new(
                Msg::XJaarhuur,
                vec![Arg::Num(money::out(jaarhuur / Decimal::from(12)))],
            ),
        )
        .from_input("lease.monthly_rent")
    });
    if d.woz != input.woz_value && d.reason != Reason::NotLet {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FWozForRatio, vec![]),
                Eur(d.woz),
                Text::new(
                    Msg::XUnsplit,
                    vec![
                        Arg::Num(input.woz_value),
                        Arg::Euro(input.woz_value - d.woz),
                    ],
                ),
            )
            .from_input("property.woz_value")
            .uses_all(&rules.unsplit_building_reduction)
        });
    }
    if d.let_part != d.woz {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FLetPart, vec![]),
                Eur(money::out(d.let_part)),
                Text::new(
                    Msg::XLetPart,
                    vec![Arg::Num(d.woz), Arg::Pct(l.let_share_pct)],
                ),
            )
            .from_input("lease.let_share_pct")
            .uses(
                rules
                    .partial_letting_source
                    .as_ref()
                    .map_or_else(|| rules.citation(), Citation::rule),
            )
        });
    }
    let share = if d.let_part.is_zero() {
        Decimal::ZERO
    } else {
        jaarhuur * HUNDRED / d.let_part
    };
    trace.add(|| {
        Step::new(
            "rent_pct_of_woz",
            Pct(money::out(share.round_dp(4))),
            Text::new(
                Msg::XRentPct,
                vec![
                    Arg::Num(money::out(jaarhuur)),
                    Arg::Num(money::out(d.let_part)),
                ],
            ),
        )
        .from_step("jaarhuur")
        .from_input("property.woz_value")
    });
    trace.add(|| {
        let (how, source) = match (d.reason, d.deemed_rent_pct, d.bracket) {
            (Reason::NotLet, _, _) => (Text::new(Msg::XNotLet, vec![]), rules.citation()),
            (Reason::TemporaryContract, _, _) => (
                Text::new(Msg::XTemporary, vec![]),
                rules.temporary_contract.citation(),
            ),
            (Reason::RelatedParty, Some(pct), Some(b)) => (
                Text::new(
                    Msg::XRelatedDeemed,
                    vec![
                        Arg::Pct(pct),
                        range_text(b.above_pct, b.up_to_pct),
                        year.into(),
                    ],
                ),
                rules.related_party.citation(),
            ),
            (Reason::RelatedParty, _, _) => (
                Text::new(Msg::XRelated, vec![]),
                rules.related_party.citation(),
            ),
            (_, _, b) => {
                let related = if l.tenant == Tenant::Related && rules.related_party.applies {
                    Text::new(Msg::XRelatedArmsLength, vec![])
                } else {
                    Text::empty()
                };
                (
                    match b {
                        Some(b) => Text::new(
                            Msg::XBracket,
                            vec![
                                range_text(b.above_pct, b.up_to_pct),
                                year.into(),
                                related.into(),
                            ],
                        ),
                        None => Text::empty(),
                    },
                    rules.citation(),
                )
            }
        };
        Step::new("ratio_pct", Pct(d.ratio_pct), how).uses(source)
    });
    let box3_value = value_of(&d);
    trace.add(|| {
        let rest = d.woz - d.let_part;
        let how = if rest.is_zero() {
            Text::new(
                Msg::XBox3Value,
                vec![Arg::Num(money::out(d.let_part)), Arg::Pct(d.ratio_pct)],
            )
        } else {
            Text::new(
                Msg::XBox3ValuePart,
                vec![
                    Arg::Num(money::out(d.let_part)),
                    Arg::Pct(d.ratio_pct),
                    Arg::Num(money::out(rest)),
                ],
            )
        };
        // Art. 17a lid 1 UBIB: the value is the WOZ value times the ratio.
        Step::new("box3_value", Eur(box3_value), how).uses(rules)
    });
    let bracket = d
        .bracket
        .map(|b| (b.above_pct, b.up_to_pct))
        .unwrap_or((Decimal::ZERO, None));
    Leegwaarderatio {
        jaarhuur,
        rent_pct_of_woz: share,
        bracket,
        ratio_pct: d.ratio_pct,
        reason: d.reason,
        deemed_rent_pct: d.deemed_rent_pct,
        woz_reduction: (d.woz < input.woz_value).then(|| input.woz_value - d.woz),
        let_share_pct: (d.let_part < d.woz).then_some(input.letting.let_share_pct),
        woz_base: d.woz,
        ratio_base: d.let_part,
        box3_value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use rust_decimal_macros::dec;

    /// The bracket search finds the same bracket from any start as from the first, and its
    /// value is the one [`compute`] reports, for rent shares on and around every bound.
    #[test]
    fn the_bracket_is_the_same_from_any_start() {
        let rules = RuleSet::built_in().unwrap();
        for (year, y) in &rules.years {
            let r = &y.leegwaarderatio;
            for woz in [dec!(0), dec!(1), dec!(200000), dec!(345678)] {
                for rent in [
                    dec!(0),
                    dec!(0.01),
                    dec!(999.99),
                    dec!(13200),
                    dec!(2000000),
                ]
                .into_iter()
                .chain(r.brackets.iter().filter_map(|b| b.up_to_pct).flat_map(|u| {
                    let at = money::div100(u) * woz;
                    [at - dec!(0.01), at, at + dec!(0.01)]
                })) {
                    for partly_let in [false, true] {
                        let mut input =
                            Input::new(woz, rent, Contract::Indefinite, Tenant::ThirdParty);
                        if partly_let {
                            input.letting.let_share_pct = dec!(60);
                            input.letting.unsplit_building = true;
                        }
                        let (value, found) = box3_value_near(&input, r, 0);
                        let full = compute(&input, r, *year, &mut Trace::new(false));
                        assert_eq!(value, full.box3_value, "{year} {woz} {rent}");
                        for near in 0..=r.brackets.len() + 1 {
                            assert_eq!(
                                box3_value_near(&input, r, near),
                                (value, found),
                                "{year} {woz} {rent} from {near}"
                            );
                        }
                    }
                }
            }
        }
    }
}
