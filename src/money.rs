//! Decimal helpers: explicit rounding rules and euro formatting.
//!
//! All money is [`Decimal`]; nothing here converts to floating point.

use std::ops::{Add, Sub};

use rust_decimal::{Decimal, RoundingStrategy};

/// One hundred, to turn a number of percent into a fraction.
pub const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// `pct` percent of `amount`, exact.
pub fn pct_of(amount: Decimal, pct: Decimal) -> Decimal {
    div100(amount * pct)
}

/// `value / 100`, exact: a shift of the decimal point when the scale allows (much cheaper than a
/// division), a division otherwise.
pub fn div100(value: Decimal) -> Decimal {
    let mut r = value;
    if value.scale() <= 26 && r.set_scale(value.scale() + 2).is_ok() {
        r
    } else {
        value / HUNDRED
    }
}

/// How the digits a cut leaves out round the quotient.
#[derive(Debug, Clone, Copy)]
enum Rounding {
    /// Toward minus infinity.
    Floor,
    /// Toward plus infinity.
    Ceil,
    /// To the nearest, halves away from zero.
    HalfAway,
    /// Toward zero.
    ToZero,
}

impl Rounding {
    /// The quotient `q` of a mantissa by `divisor` (a power of ten), rounded by the rule given
    /// the remainder `r` (of the mantissa's sign), in the integer width the cut works in.
    #[inline(always)]
    fn apply<T>(self, q: T, r: T, divisor: T) -> T
    where
        T: Copy + Ord + Add<Output = T> + Sub<Output = T> + From<i8>,
    {
        let (zero, one) = (T::from(0), T::from(1));
        match self {
            Rounding::Floor if r < zero => q - one,
            Rounding::Ceil if r > zero => q + one,
            Rounding::HalfAway => {
                let size = if r < zero { zero - r } else { r };
                match (size + size >= divisor, r < zero) {
                    (false, _) => q,
                    (true, true) => q - one,
                    (true, false) => q + one,
                }
            }
            _ => q,
        }
    }
}

/// `amount` with at most `dp` decimals, rounded by `rounding`. Works on the integer mantissa:
/// the same result as `Decimal::round_dp_with_strategy`, several times cheaper in the yearly
/// loops of the plan. Inlined, so that each rounding's rule is fixed where it is used.
#[inline(always)]
fn cut(amount: Decimal, dp: u32, rounding: Rounding) -> Decimal {
    let scale = amount.scale();
    if scale <= dp {
        return amount;
    }
    let m = amount.mantissa();
    let shift = (scale - dp) as usize;
    // In 64 bits where the mantissa and the divisor fit (a 128-bit division is a library call).
    if let Ok(m) = i64::try_from(m)
        && shift < POW10.len()
    {
        let divisor = POW10[shift];
        return Decimal::new(rounding.apply(m / divisor, m % divisor, divisor), dp);
    }
    cut_wide(m, scale - dp, dp, rounding)
}

/// The cut of the mantissa `m` by `shift` digits to `dp` decimals in 128 bits, where it does not
/// fit in 64 (kept out of the inlined [`cut`]).
#[cold]
#[inline(never)]
fn cut_wide(m: i128, shift: u32, dp: u32, rounding: Rounding) -> Decimal {
    let divisor = POW10_WIDE[shift as usize];
    Decimal::from_i128_with_scale(rounding.apply(m / divisor, m % divisor, divisor), dp)
}

/// 10^k for k = 0..=18, the powers of ten in 64 bits (the first of [`POW10_WIDE`]).
pub(crate) const POW10: [i64; 19] = {
    let mut p = [0i64; 19];
    let mut k = 0;
    while k < 19 {
        p[k] = POW10_WIDE[k] as i64;
        k += 1;
    }
    p
};

/// 10^k for k = 0..=28, the powers of ten a decimal's scale can take, in 128 bits (a table: a
/// power formed at each cut costs more than the division it serves).
const POW10_WIDE: [i128; 29] = {
    let mut p = [1i128; 29];
    let mut k = 1;
    while k < 29 {
        p[k] = p[k - 1] * 10;
        k += 1;
    }
    p
};

/// Whether `amount` is above zero: `amount > 0` read from its sign and mantissa (a comparison
/// of two decimals aligns their scales first).
pub fn positive(amount: Decimal) -> bool {
    !amount.is_sign_negative() && !amount.is_zero()
}

/// Whether `amount` is below zero: `amount < 0` read from its sign and mantissa.
pub fn negative(amount: Decimal) -> bool {
    amount.is_sign_negative() && !amount.is_zero()
}

/// `amount.max(0)`, the same decimal (`amount` itself unless it is below zero), read from its
/// sign and mantissa.
pub fn at_least_zero(amount: Decimal) -> Decimal {
    if negative(amount) {
        Decimal::ZERO
    } else {
        amount
    }
}

/// Rounded down to whole euros (toward minus infinity), as the law does for Box 3 bases.
pub fn floor_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, Rounding::Floor)
}

/// Rounded up to whole euros (toward plus infinity), as the Belastingdienst rounds debts in Box 3.
pub fn ceil_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, Rounding::Ceil)
}

/// Rounded to the nearest whole euro, halves away from zero.
pub fn round_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, Rounding::HalfAway)
}

/// Rounded to cents, halves away from zero.
pub fn round_cents(amount: Decimal) -> Decimal {
    cut(amount, 2, Rounding::HalfAway)
}

/// Cut to cents toward zero (a tax amount is never rounded up against the taxpayer).
pub fn cut_cents(amount: Decimal) -> Decimal {
    cut(amount, 2, Rounding::ToZero)
}

/// The form in which amounts and percentages leave the program: at most two decimals, no
/// trailing zeros.
pub fn out(amount: Decimal) -> Decimal {
    round_cents(amount).normalize()
}

/// Serde helpers for the figures of the calculation results: each is written in the form of
/// [`out`] (at most two decimals, no trailing zeros), whatever its precision in memory. Used as
/// `#[serde(serialize_with = "crate::money::ser::out")]` on the result types, so the JSON output
/// serialises them directly.
pub mod ser {
    use rust_decimal::Decimal;
    use serde::{Serialize, Serializer};

    /// One figure.
    pub fn out<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        Serialize::serialize(&super::out(*v), s)
    }

    /// A figure that may be absent (`null`).
    pub fn opt<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        v.map(super::out).serialize(s)
    }

    /// A list of figures.
    pub fn list<S: Serializer>(v: &[Decimal], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|d| super::out(*d)))
    }

    /// Rows of figures.
    pub fn rows<S: Serializer>(v: &[Vec<Decimal>], s: S) -> Result<S::Ok, S::Error> {
        struct Row<'a>(&'a [Decimal]);
        impl Serialize for Row<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                list(self.0, s)
            }
        }
        s.collect_seq(v.iter().map(|r| Row(r)))
    }
}

/// A whole, non-negative count from a decimal parameter (truncated), or `default` when it does not fit.
pub fn to_count(d: Decimal, default: u32) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    d.trunc().to_u32().unwrap_or(default)
}

/// `a` to the power `n` by repeated multiplication (exact in decimal arithmetic up to its precision).
pub fn powi(a: Decimal, n: u32) -> Decimal {
    let mut r = Decimal::ONE;
    for _ in 0..n {
        r *= a;
    }
    r
}

fn group_thousands(int_part: &str) -> String {
    let digits: Vec<char> = int_part.chars().collect();
    let mut s = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            s.push('.');
        }
        s.push(*c);
    }
    s
}

/// A number in Dutch notation with `dp` decimals: `1234567.8` → `1.234.567,80`.
pub fn nl_number(value: Decimal, dp: u32) -> String {
    let v = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let neg = v.is_sign_negative() && !v.is_zero();
    let abs = v.abs();
    let text = format!("{:.*}", dp as usize, abs);
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&group_thousands(&int_part));
    if let Some(f) = frac {
        s.push(',');
        s.push_str(&f);
    }
    s
}

/// Whole euros in Dutch notation: `€ 315.000`.
pub fn euro(value: Decimal) -> String {
    format!("€ {}", nl_number(value, 0))
}

/// Euros with cents in Dutch notation: `€ 4.105,08`.
pub fn euro_cents(value: Decimal) -> String {
    format!("€ {}", nl_number(value, 2))
}

/// A percentage in Dutch notation with up to `dp` decimals: `3,09%`.
pub fn pct(value: Decimal, dp: u32) -> String {
    format!("{}%", nl_number(value, dp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn dutch_notation() {
        assert_eq!(euro(dec!(315000)), "€ 315.000");
        assert_eq!(euro_cents(dec!(4105.08)), "€ 4.105,08");
        assert_eq!(euro(dec!(-1234.5)), "€ -1.235");
        assert_eq!(pct(dec!(3.0857), 2), "3,09%");
        assert_eq!(euro(dec!(999)), "€ 999");
    }

    #[test]
    fn div100_is_exact() {
        assert_eq!(div100(dec!(1234.5)), dec!(12.345));
        assert_eq!(div100(dec!(-7)), dec!(-0.07));
        assert_eq!(pct_of(dec!(150000), dec!(5.88)), dec!(8820));
        let tiny = Decimal::new(1, 28);
        assert_eq!(div100(tiny), tiny / HUNDRED);
    }

    #[test]
    fn fast_rounding_matches_rust_decimal() {
        let samples = [
            dec!(0),
            dec!(1.005),
            dec!(-1.005),
            dec!(2.5),
            dec!(-2.5),
            dec!(123456.784999),
            dec!(-0.0049),
            dec!(7.1234567890123456789012345678),
            dec!(-99999.995),
            dec!(1.499999),
            dec!(0.5),
            dec!(-0.5),
            dec!(-1.5),
            dec!(-0.00),
            dec!(-7.1234567890123456789012345678),
            dec!(0.00000000000000000000015),
            dec!(-0.00000000000000000000015),
            dec!(-99999999999999999999.995),
            dec!(92233720368547758.08),
            dec!(-92233720368547758.085),
        ];
        for x in samples {
            assert_eq!(
                round_cents(x),
                x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
                "{x}"
            );
            assert_eq!(
                round_euro(x),
                x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
                "{x}"
            );
            assert_eq!(
                floor_euro(x).serialize(),
                x.round_dp_with_strategy(0, RoundingStrategy::ToNegativeInfinity)
                    .serialize(),
                "{x}"
            );
            assert_eq!(floor_euro(x), x.floor(), "{x}");
            assert_eq!(ceil_euro(x), x.ceil(), "{x}");
            assert_eq!(
                cut_cents(x),
                x.round_dp_with_strategy(2, RoundingStrategy::ToZero),
                "{x}"
            );
        }
    }

    #[test]
    fn sign_tests_match_the_comparisons() {
        for x in [
            dec!(0),
            dec!(0.00),
            -dec!(0),
            dec!(-0.00),
            dec!(0.01),
            dec!(-0.01),
            dec!(12345),
            dec!(-12345.678),
        ] {
            assert_eq!(positive(x), x > Decimal::ZERO, "{x}");
            assert_eq!(negative(x), x < Decimal::ZERO, "{x}");
            let (a, b) = (at_least_zero(x), x.max(Decimal::ZERO));
            assert_eq!(a.serialize(), b.serialize(), "{x}");
        }
    }

    #[test]
    fn rounding_rules() {
        assert_eq!(floor_euro(dec!(11403.99)), dec!(11403));
        assert_eq!(round_euro(dec!(1110.88)), dec!(1111));
        assert_eq!(cut_cents(dec!(2.999)), dec!(2.99));
        assert_eq!(out(dec!(2821.680)).to_string(), "2821.68");
    }
}
