//! Box 3 on actual returns from 2028: the Wet werkelijk rendement box 3 (bill 36 748).
//!
//! **Not law.** The bill passed the Tweede Kamer on 12 February 2026; the Eerste Kamer awaits an
//! amending bill. Its parameters live in `data/2028.toml` with sources and confidences, and the
//! plan uses them only in the scenario "bill" (`plan.box3_future`).
//!
//! What the tool takes from the bill, per year:
//! - the **result** of a route: for a let dwelling the rent received − deductible costs
//!   (maintenance, insurance, municipal charges, management) − interest paid; for money the
//!   actual return (interest on savings; on investments the return including unrealised gains,
//!   vermogensaanwas);
//! - the dwelling's **value change is taxed only at the sale** (vermogenswinstbelasting): sale
//!   price − selling costs − acquisition price, where a dwelling held on 1 January 2028 starts at
//!   the WOZ value with waardepeildatum 1 January 2028, times the leegwaarderatio when the tenant
//!   has rent protection; improvements after that add to it;
//! - the **heffingvrij resultaat** per person is taken off a positive result; **losses** above the
//!   verliesdrempel (per person) are carried forward without limit and set off against the result
//!   left after the heffingvrij resultaat; optionally carried back a number of years (the
//!   novelle's proposal), which refunds tax paid then;
//! - the taxable income is rounded down to whole euros; the tax (tarief × income) is cut to cents.
//!
//! The household's other wealth is assumed to yield a result of zero in these years (its actual
//! return is not in the property file), so each route gets the full heffingvrij resultaat.

use rust_decimal::Decimal;

use crate::money;
pub use crate::rules::werkelijk_rendement::{MAX_CARRY_BACK, Rules, Status};

/// What one route carries from year to year: losses not yet set off, and the taxable income of
/// the last years (with their rate) that a loss may still be carried back to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Carry {
    pub losses: Decimal,
    /// Most recent first: (taxable income not yet offset, rate percent).
    back: [(Decimal, Decimal); MAX_CARRY_BACK],
}

/// The tax of one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearTax {
    /// The year's result (before the heffingvrij resultaat).
    pub result: Decimal,
    /// Carried losses set off this year.
    pub losses_used: Decimal,
    /// Taxable income, whole euros.
    pub taxable: Decimal,
    /// Tax on it; less any refund from carrying this year's loss back (so it can be negative).
    pub tax: Decimal,
    /// Loss added to the carry this year.
    pub loss_carried: Decimal,
}

/// The tax of a year with `result` for a household of `persons`, updating `carry`.
pub fn year_tax(result: Decimal, persons: u32, r: &Rules, carry: &mut Carry) -> YearTax {
    let p = Decimal::from(persons);
    let rate = r.tarief_pct.value;
    let n_back = r.carry_back_years();
    let mut out = YearTax {
        result,
        losses_used: Decimal::ZERO,
        taxable: Decimal::ZERO,
        tax: Decimal::ZERO,
        loss_carried: Decimal::ZERO,
    };
    if result >= Decimal::ZERO {
        let after = (result - r.heffingvrij_resultaat.value * p).max(Decimal::ZERO);
        let used = carry.losses.min(after);
        carry.losses -= used;
        out.losses_used = used;
        out.taxable = money::floor_euro(after - used);
        out.tax = money::cut_cents(money::pct_of(out.taxable, rate));
    } else {
        let mut loss = (-result - r.verliesdrempel.value * p).max(Decimal::ZERO);
        // Carried back to the earliest year first, as box 1 does.
        let mut refund = Decimal::ZERO;
        for slot in carry.back[..n_back].iter_mut().rev() {
            let used = loss.min(slot.0);
            if used > Decimal::ZERO {
                refund += money::cut_cents(money::pct_of(used, slot.1));
                slot.0 -= used;
                loss -= used;
            }
        }
        out.tax = -refund;
        if r.verlies_voorwaarts.applies {
            carry.losses += loss;
            out.loss_carried = loss;
        }
    }
    if n_back > 0 {
        carry.back.copy_within(0..MAX_CARRY_BACK - 1, 1);
        carry.back[0] = (out.taxable, rate);
    }
    out
}

/// The gain on selling real estate: sale price less selling costs (`net_sale`) less the
/// acquisition price (`basis`: the start value on 1 January 2028 or the purchase price, plus
/// improvements). Negative for a loss.
pub fn gain(net_sale: Decimal, basis: Decimal) -> Decimal {
    net_sale - basis
}

/// The tax the gain adds in the year of the sale, when the year's other result is `result`
/// (both taxed in the same year, with the same carry): tax(result + gain) − tax(result).
pub fn gain_tax(result: Decimal, gain: Decimal, persons: u32, r: &Rules, carry: &Carry) -> Decimal {
    let (mut with, mut without) = (*carry, *carry);
    year_tax(result + gain, persons, r, &mut with).tax
        - year_tax(result, persons, r, &mut without).tax
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use rust_decimal_macros::dec;

    fn rules() -> Rules {
        RuleSet::built_in()
            .unwrap()
            .werkelijk_rendement(2028)
            .unwrap()
            .clone()
    }

    #[test]
    fn positive_result_less_heffingvrij_resultaat() {
        let r = rules();
        let mut c = Carry::default();
        let y = year_tax(dec!(3400), 1, &r, &mut c);
        assert_eq!((y.taxable, y.tax), (dec!(1600), dec!(576)));
        let y = year_tax(dec!(3400), 2, &r, &mut c);
        assert_eq!(y.tax, Decimal::ZERO);
        let y = year_tax(dec!(2294.99), 1, &r, &mut c);
        assert_eq!((y.taxable, y.tax), (dec!(494), dec!(177.84)));
    }

    #[test]
    fn losses_above_the_threshold_carry_forward() {
        let r = rules();
        let mut c = Carry::default();
        let y = year_tax(dec!(-2500), 1, &r, &mut c);
        assert_eq!(
            (y.tax, y.loss_carried, c.losses),
            (dec!(0), dec!(2000), dec!(2000))
        );
        // 5,000 − 1,800 = 3,200, less the 2,000 carried: 1,200 taxed.
        let y = year_tax(dec!(5000), 1, &r, &mut c);
        assert_eq!(
            (y.losses_used, y.taxable, y.tax),
            (dec!(2000), dec!(1200), dec!(432))
        );
        assert_eq!(c.losses, Decimal::ZERO);
        // A loss below the threshold is lost.
        let y = year_tax(dec!(-400), 1, &r, &mut c);
        assert_eq!((y.loss_carried, c.losses), (dec!(0), dec!(0)));
    }

    #[test]
    fn carry_back_refunds_last_years_tax() {
        let mut r = rules();
        r.verlies_achterwaarts_jaren.value = Decimal::ONE;
        let mut c = Carry::default();
        year_tax(dec!(11800), 1, &r, &mut c); // taxable 10,000, tax 3,600
        let y = year_tax(dec!(-4500), 1, &r, &mut c); // 4,000 back: refund 1,440
        assert_eq!((y.tax, y.loss_carried), (dec!(-1440), dec!(0)));
        let y = year_tax(dec!(-20500), 1, &r, &mut c); // nothing left behind this year's 0
        assert_eq!((y.tax, y.loss_carried), (dec!(0), dec!(20000)));
    }

    #[test]
    fn gain_tax_is_the_tax_the_gain_adds() {
        let r = rules();
        let c = Carry::default();
        assert_eq!(
            gain_tax(dec!(4094.26), dec!(7720.65), 1, &r, &c),
            dec!(2779.20)
        );
        assert_eq!(gain_tax(dec!(0), dec!(-5000), 1, &r, &c), dec!(0));
        assert_eq!(gain(dec!(385720.65), dec!(378000)), dec!(7720.65));
    }
}
