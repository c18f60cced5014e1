//! The leegwaarderatio: the value of a let dwelling in Box 3 (art. 5.20 lid 3 Wet IB 2001,
//! art. 17a Uitvoeringsregeling IB 2001).
//!
//! The yearly rent as a share of the WOZ value selects a bracket ("more than A%, not more than
//! B%"); the dwelling counts at that bracket's ratio of the WOZ value. A temporary lease or a
//! related-party tenant (from 2023) sets the ratio to 100%.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::input::{Contract, Tenant};
use crate::money::{self, HUNDRED};
use crate::rules::LeegwaarderatioRules;

/// Why the ratio applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The bracket of the rent share.
    Bracket,
    /// A temporary lease: no ratio, 100% of WOZ.
    TemporaryContract,
    /// A related-party tenant: no ratio, 100% of WOZ.
    RelatedParty,
}

/// The inputs of the leegwaarderatio.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub woz_value: Decimal,
    /// The kale huur per month × 12 (on 1 January, or the starting rent of a lease that starts
    /// during the year).
    pub jaarhuur: Decimal,
    pub contract: Contract,
    pub tenant: Tenant,
}

/// The leegwaarderatio of a dwelling.
#[derive(Debug, Clone, PartialEq)]
pub struct Leegwaarderatio {
    /// kale huur × 12.
    pub jaarhuur: Decimal,
    /// jaarhuur / WOZ × 100, unrounded.
    pub rent_pct_of_woz: Decimal,
    /// The bracket hit: more than `.0`, not more than `.1` percent.
    pub bracket: (Decimal, Option<Decimal>),
    /// The ratio applied, in percent.
    pub ratio_pct: Decimal,
    pub reason: Reason,
    /// WOZ × ratio, rounded down to whole euros.
    pub box3_value: Decimal,
}

/// The bracket of a rent: the first whose upper bound the share jaarhuur / WOZ does not exceed.
/// Compared as jaarhuur × 100 ≤ bound × WOZ, which is exact (no division).
fn bracket_of<'a>(rules: &'a LeegwaarderatioRules, input: &Input) -> &'a crate::rules::Bracket {
    let rent100 = input.jaarhuur * HUNDRED;
    rules
        .brackets
        .iter()
        .find(|b| b.up_to_pct.is_none_or(|up| rent100 <= up * input.woz_value))
        .unwrap_or_else(|| {
            rules
                .brackets
                .last()
                .expect("rules are validated to have brackets")
        })
}

fn range_text(above: Decimal, up_to: Option<Decimal>) -> String {
    match up_to {
        Some(u) => format!("more than {above}%, not more than {u}%"),
        None => format!("more than {above}%"),
    }
}

/// Only the Box 3 value (WOZ × ratio, rounded down) of `input`: the same result as [`compute`]
/// without the figures around it, for the yearly rows of the plan. The bracket is found by
/// comparing jaarhuur × 100 with bound × WOZ, which is the same test as share ≤ bound, exactly.
pub fn box3_value(input: &Input, rules: &LeegwaarderatioRules) -> Decimal {
    let ratio = if (input.contract == Contract::Temporary && rules.temporary_contract.applies)
        || (input.tenant == Tenant::Related && rules.related_party.applies)
    {
        HUNDRED
    } else {
        bracket_of(rules, input).ratio_pct
    };
    money::floor_euro(money::pct_of(input.woz_value, ratio))
}

/// The leegwaarderatio of `input` under `rules` for tax year `year`.
pub fn compute(
    input: &Input,
    rules: &LeegwaarderatioRules,
    year: i32,
    trace: &mut Trace,
) -> Leegwaarderatio {
    let jaarhuur = input.jaarhuur;
    let share = jaarhuur * HUNDRED / input.woz_value;
    trace.add(|| {
        Step::new(
            "jaarhuur",
            money::out(jaarhuur),
            format!(
                "kale huur {} × 12",
                money::out(jaarhuur / Decimal::from(12))
            ),
        )
    });
    trace.add(|| {
        Step::new(
            "rent_pct_of_woz",
            money::out(share.round_dp(4)),
            format!(
                "jaarhuur {} / WOZ {} × 100 (compared unrounded)",
                money::out(jaarhuur),
                input.woz_value
            ),
        )
    });
    let b = bracket_of(rules, input);
    let bracket = (b.above_pct, b.up_to_pct);
    let (ratio_pct, reason) =
        if input.contract == Contract::Temporary && rules.temporary_contract.applies {
            trace.add(|| {
                Step::new(
                    "ratio_pct",
                    100,
                    "temporary lease: the ratio does not apply, 100% of WOZ",
                )
                .source(rules.temporary_contract.cite())
            });
            (HUNDRED, Reason::TemporaryContract)
        } else if input.tenant == Tenant::Related && rules.related_party.applies {
            trace.add(|| {
                Step::new(
                    "ratio_pct",
                    100,
                    "related-party tenant: the ratio does not apply, 100% of WOZ",
                )
                .source(rules.related_party.cite())
            });
            (HUNDRED, Reason::RelatedParty)
        } else {
            trace.add(|| {
                Step::new(
                    "ratio_pct",
                    b.ratio_pct,
                    format!(
                        "bracket {} of the {year} table",
                        range_text(b.above_pct, b.up_to_pct)
                    ),
                )
                .source(rules.cite())
            });
            (b.ratio_pct, Reason::Bracket)
        };
    let box3_value = money::floor_euro(money::pct_of(input.woz_value, ratio_pct));
    trace.add(|| {
        Step::new(
            "box3_value",
            box3_value,
            format!(
                "WOZ {} × {ratio_pct}%, rounded down to whole euros",
                input.woz_value
            ),
        )
    });
    Leegwaarderatio {
        jaarhuur,
        rent_pct_of_woz: share,
        bracket,
        ratio_pct,
        reason,
        box3_value,
    }
}
