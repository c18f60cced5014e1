//! The units of the domain — euros, percentages, WWS points — as types that carry the rounding
//! the law or the beleidsboek prescribes for them, so that a rate is never added to an amount
//! and every rounding names its rule.
//!
//! Each unit wraps an exact [`Decimal`]; nothing here converts to floating point. The rules
//! files declare their parameters in these units ([`crate::rules::Param`]`<Eur>`, `<Pct>`):
//! the unit says how the parameter reads in the listing and which range it must lie in.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::money;

/// The unit of a parameter of the rules: how its value reads and the range it must lie in.
pub trait Unit: fmt::Debug + Clone + Copy + Default + 'static {
    /// The value in the notation of `lang` (`€ 59.357`, `1,28%`, `6`).
    fn show(value: Decimal, lang: Lang) -> String;

    /// The bounds the value must lie in, both included; `None` for a plain number that the
    /// rules check on their own.
    fn bounds() -> Option<(Decimal, Decimal)>;
}

/// The largest amount a rules file may give (10¹²).
pub const MAX_AMOUNT: Decimal = rust_decimal_macros::dec!(1_000_000_000_000);

/// A plain number with no unit of the above (a count of years or months, a factor): shown as
/// it is, its range checked where it is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Num;

impl Unit for Num {
    fn show(value: Decimal, lang: Lang) -> String {
        lang.plain(value)
    }

    fn bounds() -> Option<(Decimal, Decimal)> {
        None
    }
}

impl Unit for Eur {
    fn show(value: Decimal, lang: Lang) -> String {
        lang.euro(value)
    }

    fn bounds() -> Option<(Decimal, Decimal)> {
        Some((Decimal::ZERO, MAX_AMOUNT))
    }
}

impl Unit for Pct {
    fn show(value: Decimal, lang: Lang) -> String {
        lang.pct(value, 2)
    }

    fn bounds() -> Option<(Decimal, Decimal)> {
        Some((Decimal::ZERO, Decimal::ONE_HUNDRED))
    }
}

/// An amount in euros.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Eur(pub Decimal);

/// A number of percent (`3.8` is 3.8%).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Pct(pub Decimal);

/// WWS points (woningwaarderingsstelsel).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Points(pub Decimal);

impl Eur {
    /// Zero euros.
    pub const ZERO: Eur = Eur(Decimal::ZERO);

    /// The amount as a decimal.
    pub fn get(self) -> Decimal {
        self.0
    }

    /// Rounded down to whole euros, as the law does for the Box 3 bases (bezittingen on
    /// 1 January, the grondslag, the voordeel and the tax per person).
    pub fn floor_whole(self) -> Eur {
        Eur(money::floor_euro(self.0))
    }

    /// Rounded up to whole euros, as the Belastingdienst rounds debts in Box 3 (never against
    /// the taxpayer).
    pub fn ceil_whole(self) -> Eur {
        Eur(money::ceil_euro(self.0))
    }

    /// Rounded to the nearest whole euro, halves away from zero (the forfaitair rendement on
    /// debts; values shown in whole euros).
    pub fn round_whole(self) -> Eur {
        Eur(money::round_euro(self.0))
    }

    /// Rounded to cents, halves away from zero.
    pub fn round_cents(self) -> Eur {
        Eur(money::round_cents(self.0))
    }

    /// Cut to cents toward zero (a tax amount is never rounded up against the taxpayer).
    pub fn cut_cents(self) -> Eur {
        Eur(money::cut_cents(self.0))
    }

    /// The larger of the amount and zero.
    pub fn at_least_zero(self) -> Eur {
        Eur(self.0.max(Decimal::ZERO))
    }
}

impl Pct {
    /// The percentage as a decimal number of percent.
    pub fn get(self) -> Decimal {
        self.0
    }

    /// This percentage of `amount`, exact (no rounding).
    pub fn of(self, amount: Eur) -> Eur {
        Eur(money::pct_of(amount.0, self.0))
    }

    /// `part` as a share of `whole`, in percent, cut (not rounded) to `dp` decimals: the
    /// Belastingdienst's aandeel in the grondslag is cut to two decimals of a percent (its
    /// worked examples for 2025 give 82.45% for 82.456%). Zero when either is not positive.
    pub fn share_cut(part: Eur, whole: Eur, dp: u32) -> Pct {
        if !money::positive(whole.0) || !money::positive(part.0) {
            return Pct(Decimal::ZERO);
        }
        let dp = dp.min(8);
        // The share in units of 10^-dp percent is the floor of the exact quotient
        // pm·10^ws·10^(2+dp) / (wm·10^ps) of the mantissas (p = pm/10^ps, w = wm/10^ws).
        let (pm, wm) = (
            part.0.mantissa().unsigned_abs(),
            whole.0.mantissa().unsigned_abs(),
        );
        let up = whole.0.scale() + 2 + dp;
        let down = part.0.scale();
        let units = if down > up {
            // floor(floor(a / b) / c) = floor(a / (b·c)) for positive whole numbers.
            (pm / 10u128.pow(down - up)) / wm
        } else {
            let digits = up - down;
            // In 64 bits where every step fits (a 128-bit division is a library call).
            match (u64::try_from(pm), u64::try_from(wm)) {
                (Ok(p), Ok(w)) => long_division(p, w, digits).map(u128::from),
                _ => None,
            }
            .unwrap_or_else(|| long_division_u128(pm, wm, digits))
        };
        Pct(
            Decimal::try_from_i128_with_scale(i128::try_from(units).unwrap_or(i128::MAX), dp)
                .unwrap_or(Decimal::MAX),
        )
    }
}

/// The unsigned words the long division runs in: 64 bits where the mantissas fit (a 128-bit
/// division is a library call), else 128.
trait Word: Copy + std::ops::Div<Output = Self> + std::ops::Rem<Output = Self> {
    fn from_step(scale: u64) -> Self;
    fn checked_mul(self, other: Self) -> Option<Self>;
    fn checked_add(self, other: Self) -> Option<Self>;
}

macro_rules! word {
    ($t:ty) => {
        impl Word for $t {
            fn from_step(scale: u64) -> Self {
                <$t>::from(scale)
            }
            fn checked_mul(self, other: Self) -> Option<Self> {
                <$t>::checked_mul(self, other)
            }
            fn checked_add(self, other: Self) -> Option<Self> {
                <$t>::checked_add(self, other)
            }
        }
    };
}
word!(u64);
word!(u128);

/// floor(p · 10^digits / w), by long division nine digits at a time; `None` where a step does
/// not fit the word.
fn long_division<T: Word>(p: T, w: T, mut digits: u32) -> Option<T> {
    let (mut q, mut r) = (p / w, p % w);
    while digits > 0 {
        let step = digits.min(9);
        // 10^step, step at most 9: a positive power of ten in 64 bits.
        let scale = T::from_step(money::POW10[step as usize].unsigned_abs());
        let shifted = r.checked_mul(scale)?;
        q = q.checked_mul(scale)?.checked_add(shifted / w)?;
        r = shifted % w;
        digits -= step;
    }
    Some(q)
}

/// [`long_division`] in 128 bits, where the 64-bit one does not fit: the remainder stays below
/// w < 2^96, so only the quotient can overflow, and it saturates.
#[cold]
#[inline(never)]
fn long_division_u128(p: u128, w: u128, digits: u32) -> u128 {
    long_division(p, w, digits).unwrap_or(u128::MAX)
}

impl Points {
    /// The points as a decimal.
    pub fn get(self) -> Decimal {
        self.0
    }

    /// Rounded to a quarter point, from an eighth up: every rubriek of the WWS (Huurcommissie
    /// beleidsboek, January 2026, §2.1.4).
    pub fn quarter(self) -> Points {
        let four = Decimal::from(4);
        Points(
            (self.0 * four)
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                / four,
        )
    }

    /// Rounded to whole points, a half up: the total of the WWS (beleidsboek §2.1.5).
    pub fn whole(self) -> Points {
        Points(
            self.0
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
        )
    }
}

/// A surface in m² as the WWS notes it: two decimals, a half up (beleidsboek §2.2.1.1).
pub fn surface_m2(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

macro_rules! additive {
    ($t:ident) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t {
                $t(self.0 + o.0)
            }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, o: $t) -> $t {
                $t(self.0 - o.0)
            }
        }
        impl AddAssign for $t {
            fn add_assign(&mut self, o: $t) {
                self.0 += o.0;
            }
        }
        impl SubAssign for $t {
            fn sub_assign(&mut self, o: $t) {
                self.0 -= o.0;
            }
        }
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t {
                $t(-self.0)
            }
        }
        impl Sum for $t {
            fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                $t(iter.map(|x| x.0).sum())
            }
        }
        impl From<Decimal> for $t {
            fn from(d: Decimal) -> $t {
                $t(d)
            }
        }
        impl From<$t> for Decimal {
            fn from(x: $t) -> Decimal {
                x.0
            }
        }
    };
}

additive!(Eur);
additive!(Pct);
additive!(Points);

/// `€ 1.234,56` in Dutch notation (whole euros when there are no cents).
impl fmt::Display for Eur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.fract().is_zero() {
            f.write_str(&money::euro(self.0))
        } else {
            f.write_str(&money::euro_cents(self.0))
        }
    }
}

/// `3,8%` in Dutch notation, with as many decimals as the number has (at most four).
impl fmt::Display for Pct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = self.0.normalize().scale().min(4);
        f.write_str(&money::pct(self.0, dp))
    }
}

/// `150,25` points in Dutch notation.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = self.0.normalize().scale().min(2);
        f.write_str(&money::nl_number(self.0, dp))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn euro_roundings_name_their_rule() {
        assert_eq!(Eur(dec!(11403.99)).floor_whole(), Eur(dec!(11403)));
        assert_eq!(Eur(dec!(-0.5)).floor_whole(), Eur(dec!(-1)));
        assert_eq!(Eur(dec!(176200.01)).ceil_whole(), Eur(dec!(176201)));
        assert_eq!(Eur(dec!(1110.5)).round_whole(), Eur(dec!(1111)));
        assert_eq!(Eur(dec!(2.999)).cut_cents(), Eur(dec!(2.99)));
        assert_eq!(Eur(dec!(-3)).at_least_zero(), Eur::ZERO);
    }

    #[test]
    fn the_aandeel_is_cut_not_rounded() {
        // Belastingdienst 2025, single with debts: 82.456...% is 82.45%.
        let a = Pct::share_cut(Eur(dec!(82456)), Eur(dec!(100000)), 2);
        assert_eq!(a, Pct(dec!(82.45)));
        assert_eq!(
            Pct::share_cut(Eur(dec!(1)), Eur::ZERO, 2),
            Pct(Decimal::ZERO)
        );
        // Cents and more decimals on either side, shares below a unit and above 100%.
        assert_eq!(
            Pct::share_cut(Eur(dec!(1.005)), Eur(dec!(3)), 2),
            Pct(dec!(33.5))
        );
        assert_eq!(
            Pct::share_cut(Eur(dec!(2)), Eur(dec!(3.0000000001)), 4),
            Pct(dec!(66.6666))
        );
        assert_eq!(
            Pct::share_cut(Eur(dec!(0.0000001)), Eur(dec!(1000)), 2),
            Pct(dec!(0))
        );
        assert_eq!(
            Pct::share_cut(Eur(dec!(7)), Eur(dec!(2)), 2),
            Pct(dec!(350))
        );
        assert_eq!(Pct(dec!(36)).of(Eur(dec!(1264))), Eur(dec!(455.04)));
    }

    proptest::proptest! {
        /// The share is the decimal quotient cut to its decimals, for amounts with and without
        /// cents (the quotient of rust_decimal has 28 digits: far more than the cut keeps).
        #[test]
        fn the_share_is_the_quotient_cut(
            part in 1i64..=10_000_000_000,
            extra in 0i64..=10_000_000_000,
            part_scale in 0u32..=2,
            whole_scale in 0u32..=2,
            dp in 0u32..=4,
        ) {
            let p = Decimal::new(part, part_scale);
            let w = Decimal::new(part + extra, whole_scale).max(p);
            let unit = Decimal::from(10u64.pow(dp));
            let want = (p * Decimal::ONE_HUNDRED * unit / w).floor() / unit;
            proptest::prop_assert_eq!(Pct::share_cut(Eur(p), Eur(w), dp), Pct(want));
        }
    }

    #[test]
    fn points_round_by_the_beleidsboek() {
        assert_eq!(Points(dec!(4.81)).quarter(), Points(dec!(4.75)));
        assert_eq!(Points(dec!(4.875)).quarter(), Points(dec!(5)));
        assert_eq!(Points(dec!(0.125)).quarter(), Points(dec!(0.25)));
        assert_eq!(Points(dec!(149.5)).whole(), Points(dec!(150)));
        assert_eq!(Points(dec!(149.49)).whole(), Points(dec!(149)));
    }

    #[test]
    fn the_bounds_of_the_units() {
        assert_eq!(MAX_AMOUNT, dec!(1_000_000_000_000));
        assert_eq!(Pct::bounds(), Some((dec!(0), dec!(100))));
        assert_eq!(Eur::show(dec!(12345), Lang::Nl), "€ 12.345");
        assert_eq!(Pct::show(dec!(1.28), Lang::En), "1.28%");
        assert_eq!(Num::bounds(), None);
    }

    #[test]
    fn units_add_within_their_kind_and_show_in_dutch() {
        let total: Eur = [Eur(dec!(1.5)), Eur(dec!(2))].into_iter().sum();
        assert_eq!(total, Eur(dec!(3.5)));
        assert_eq!(Eur(dec!(12345)).to_string(), "€ 12.345");
        assert_eq!(Eur(dec!(4105.08)).to_string(), "€ 4.105,08");
        assert_eq!(Pct(dec!(1.28)).to_string(), "1,28%");
        assert_eq!(Pct(dec!(36)).to_string(), "36%");
        assert_eq!(Points(dec!(150.25)).to_string(), "150,25");
    }
}
