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

#[cfg(test)]
impl Carry {
    /// A carry of `losses` alone (nothing to carry back to).
    fn of_losses(losses: Decimal) -> Carry {
        Carry {
            losses,
            ..Carry::default()
        }
    }
}

/// [`year_tax`] in integer cents for the rules of one year and a household of a fixed size,
/// when the rules carry no loss back and every amount has at most two decimals: the hot loop of
/// the plan's keep route. The figures are those of [`year_tax`] (property tests).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fast {
    /// Heffingvrij resultaat and verliesdrempel for the household, cents.
    free: i64,
    threshold: i64,
    /// The rate as `rate / 10^scale` percent.
    rate: i64,
    rate_den: i64,
    forward: bool,
}

impl Fast {
    /// The integer form of `r` for `persons`, when it has one.
    pub(crate) fn new(r: &Rules, persons: u32) -> Option<Fast> {
        if r.carry_back_years() > 0 {
            return None;
        }
        let cents = |d: Decimal| crate::money::cents_within(d, 1_000_000_000_000);
        let p = i64::from(persons);
        let rate = r.tarief_pct.value;
        if rate.is_sign_negative() || rate.scale() > 8 {
            return None;
        }
        Some(Fast {
            free: cents(r.heffingvrij_resultaat.value)?.checked_mul(p)?,
            threshold: cents(r.verliesdrempel.value)?.checked_mul(p)?,
            rate: i64::try_from(rate.mantissa()).ok()?,
            rate_den: 10i64.pow(rate.scale()),
            forward: r.verlies_voorwaarts.applies,
        })
    }

    /// The tax in cents of a year with `result` cents, updating the carried `losses` (cents).
    pub(crate) fn tax(&self, result: i64, losses: &mut i64) -> i64 {
        if result >= 0 {
            let after = (result - self.free).max(0);
            let used = (*losses).min(after);
            *losses -= used;
            // Whole euros, rounded down; the tax cut to cents.
            let taxable = (after - used).div_euclid(100);
            let tax = i128::from(taxable) * i128::from(self.rate) / i128::from(self.rate_den);
            tax as i64
        } else {
            let loss = (-result - self.threshold).max(0);
            if self.forward {
                *losses += loss;
            }
            0
        }
    }
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

        /// The integer year tax equals the decimal one, year after year, losses carried.
        #[test]
        fn the_integer_year_tax_equals_the_decimal_one(
            results in proptest::collection::vec(-5_000_000i64..=8_000_000, 1..=12),
            persons in 1u32..=2,
            forward: bool,
            rate in 0i64..=6_000,
        ) {
            let mut r = rules();
            r.verlies_voorwaarts.applies = forward;
            r.tarief_pct.value = Decimal::new(rate, 2);
            let f = Fast::new(&r, persons).unwrap();
            let (mut c, mut losses) = (Carry::default(), 0i64);
            for x in results {
                let d = year_tax(Decimal::new(x, 2), persons, &r, &mut c);
                proptest::prop_assert_eq!(Decimal::new(f.tax(x, &mut losses), 2), d.tax);
                proptest::prop_assert_eq!(Carry::of_losses(Decimal::new(losses, 2)), c);
            }
        }
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
