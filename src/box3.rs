//! Box 3 (sparen en beleggen) for the owner's household, with the property among its wealth.
//!
//! The forfaitair rendement per category (banktegoeden, overige bezittingen, schulden) is spread
//! over the part of the rendementsgrondslag above the heffingsvrij vermogen (overbruggingswet,
//! art. 5.2–5.5 Wet IB 2001). Rounding follows methods.md §2: assets and debts in whole euros
//! rounded down, the debt part of the rendement to whole euros, the voordeel rounded down.

use rust_decimal::Decimal;

use crate::explain::{Step, Trace};
use crate::money::{self, HUNDRED, euro};
use crate::rules::Box3Rules;

/// A household's Box 3 position on 1 January.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Household {
    /// Banktegoeden.
    pub bank: Decimal,
    /// Overige bezittingen, including a let dwelling at its leegwaarderatio value.
    pub other_assets: Decimal,
    /// Schulden, including the mortgage on a let dwelling.
    pub debts: Decimal,
    pub fiscal_partner: bool,
}

/// The Box 3 figures of a household.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box3 {
    pub persons: u32,
    pub deductible_debts: Decimal,
    pub rendement: Decimal,
    pub rendementsgrondslag: Decimal,
    pub grondslag: Decimal,
    pub voordeel: Decimal,
    pub tax: Decimal,
}

/// Box 3 of `household` under the rules of one year. `label` names the computation in the trace.
pub fn compute(household: &Household, rules: &Box3Rules, label: &str, trace: &mut Trace) -> Box3 {
    let persons: u32 = if household.fiscal_partner { 2 } else { 1 };
    let p = Decimal::from(persons);
    let bank = money::floor_euro(household.bank);
    let other = money::floor_euro(household.other_assets);
    let debts = money::floor_euro(household.debts);
    let drempel = rules.schuldendrempel.value * p;
    let deductible_debts = (debts - drempel).max(Decimal::ZERO);
    trace.add(|| {
        Step::new(
            &format!("{label}: deductible debts"),
            deductible_debts,
            format!(
                "max(0, debts {} − schuldendrempel {} × {persons})",
                euro(debts),
                rules.schuldendrempel.value
            ),
        )
        .source(rules.schuldendrempel.cite())
    });
    let bank_part = money::pct_of(bank, rules.rendement_banktegoeden_pct.value);
    let other_part = money::pct_of(other, rules.rendement_overige_bezittingen_pct.value);
    let debt_part =
        money::round_euro(deductible_debts * rules.rendement_schulden_pct.value / HUNDRED);
    let rendement = bank_part + other_part - debt_part;
    trace.add(|| {
        Step::new(
            &format!("{label}: rendement"),
            money::out(rendement),
            format!(
                "bank {} × {}% + other assets {} × {}% − deductible debts {} × {}% (debt part rounded to {})",
                bank,
                rules.rendement_banktegoeden_pct.value,
                other,
                rules.rendement_overige_bezittingen_pct.value,
                deductible_debts,
                rules.rendement_schulden_pct.value,
                debt_part
            ),
        )
        .source(format!(
            "{}; {}; {}",
            rules.rendement_banktegoeden_pct.cite(),
            rules.rendement_overige_bezittingen_pct.cite(),
            rules.rendement_schulden_pct.cite()
        ))
    });
    let rendementsgrondslag = bank + other - deductible_debts;
    let vrij = rules.heffingsvrij_vermogen.value * p;
    let grondslag = (rendementsgrondslag - vrij).max(Decimal::ZERO);
    trace.add(|| {
        Step::new(
            &format!("{label}: rendementsgrondslag"),
            rendementsgrondslag,
            format!("bank {bank} + other assets {other} − deductible debts {deductible_debts}"),
        )
    });
    trace.add(|| {
        Step::new(
            &format!("{label}: grondslag"),
            grondslag,
            format!("max(0, rendementsgrondslag {rendementsgrondslag} − heffingsvrij vermogen {} × {persons})", rules.heffingsvrij_vermogen.value),
        )
        .source(rules.heffingsvrij_vermogen.cite())
    });
    let voordeel = if rendementsgrondslag <= Decimal::ZERO {
        Decimal::ZERO
    } else {
        // rendement × grondslag / RG; for fortunes too large for that product, rendement × (grondslag / RG).
        let share = rendement
            .checked_mul(grondslag)
            .map(|x| x / rendementsgrondslag);
        money::floor_euro(share.unwrap_or_else(|| rendement * (grondslag / rendementsgrondslag)))
            .max(Decimal::ZERO)
    };
    trace.add(|| {
        Step::new(
            &format!("{label}: voordeel"),
            voordeel,
            format!(
                "rendement {} × grondslag {grondslag} / rendementsgrondslag {rendementsgrondslag}, rounded down, at least 0",
                money::out(rendement)
            ),
        )
    });
    let tax = money::cut_cents(money::pct_of(voordeel, rules.tarief_pct.value));
    trace.add(|| {
        Step::new(
            &format!("{label}: tax"),
            tax,
            format!("voordeel {voordeel} × tarief {}%", rules.tarief_pct.value),
        )
        .source(rules.tarief_pct.cite())
    });
    Box3 {
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
    /// Interest on bank balances and the return on other assets.
    pub other_income: Decimal,
    /// WOZ of the next year − WOZ of this year.
    pub value_change: Decimal,
    /// Mortgage and other interest paid.
    pub interest_paid: Decimal,
}

/// The tax under the tegenbewijsregeling: tarief × min(actual return, voordeel); a negative
/// actual return counts as 0 (methods.md §2). Returns (actual return, tax).
pub fn actual_return_tax(
    input: &ActualReturnInput,
    voordeel: Decimal,
    rules: &Box3Rules,
    trace: &mut Trace,
) -> (Decimal, Decimal) {
    let actual = (input.rent + input.other_income + input.value_change - input.interest_paid)
        .max(Decimal::ZERO);
    trace.add(|| {
        Step::new(
            "actual return",
            money::out(actual),
            format!(
                "rent {} + interest and other income {} + value change {} − interest paid {}, at least 0; the value change uses the full WOZ at both ends",
                money::out(input.rent),
                money::out(input.other_income),
                money::out(input.value_change),
                money::out(input.interest_paid)
            ),
        )
    });
    let tax = money::cut_cents(actual.min(voordeel) * rules.tarief_pct.value / HUNDRED);
    trace.add(|| {
        Step::new(
            "actual_return_tax",
            tax,
            format!(
                "tarief {}% × min(actual return {}, voordeel {voordeel})",
                rules.tarief_pct.value,
                money::out(actual)
            ),
        )
        .source(rules.tarief_pct.cite())
    });
    (actual, tax)
}
