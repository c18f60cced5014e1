//! Decimal helpers: explicit rounding rules and euro formatting.
//!
//! All money is [`Decimal`]; nothing here converts to floating point.

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

/// `amount` with at most `dp` decimals, rounded by `up`, which gets the quotient, the remainder
/// and the divisor of the cut digits. Works on the integer mantissa: the same result as
/// `Decimal::round_dp_with_strategy`, several times cheaper in the yearly loops of the plan.
fn cut(amount: Decimal, dp: u32, up: impl Fn(i128, i128, i128) -> i128) -> Decimal {
    let scale = amount.scale();
    if scale <= dp {
        return amount;
    }
    let divisor = 10i128.pow(scale - dp);
    let m = amount.mantissa();
    let (q, r) = (m / divisor, m % divisor);
    Decimal::from_i128_with_scale(up(q, r, divisor), dp)
}

/// Halves away from zero.
fn half_away(q: i128, r: i128, divisor: i128) -> i128 {
    if r.abs() * 2 >= divisor {
        q + r.signum()
    } else {
        q
    }
}

/// Rounded down to whole euros (toward minus infinity), as the law does for Box 3 bases.
pub fn floor_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, |q, r, _| if r < 0 { q - 1 } else { q })
}

/// Rounded up to whole euros (toward plus infinity), as the Belastingdienst rounds debts in Box 3.
pub fn ceil_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, |q, r, _| if r > 0 { q + 1 } else { q })
}

/// Rounded to the nearest whole euro, halves away from zero.
pub fn round_euro(amount: Decimal) -> Decimal {
    cut(amount, 0, half_away)
}

/// Rounded to cents, halves away from zero.
pub fn round_cents(amount: Decimal) -> Decimal {
    cut(amount, 2, half_away)
}

/// Cut to cents toward zero (a tax amount is never rounded up against the taxpayer).
pub fn cut_cents(amount: Decimal) -> Decimal {
    cut(amount, 2, |q, _, _| q)
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

/// `d` in cents, when it has at most two decimals and its cents are at most `max` in size: the
/// entry of the integer paths (amounts outside stay on the decimal path).
pub fn cents_within(d: Decimal, max: i64) -> Option<i64> {
    let m = i64::try_from(d.mantissa()).ok()?;
    let c = match d.scale() {
        0 => m.checked_mul(100)?,
        1 => m.checked_mul(10)?,
        2 => m,
        _ => return None,
    };
    (c.abs() <= max).then_some(c)
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

/// A seeded sequence (a 64-bit linear congruential generator): the same numbers every run, for
/// the tests that compare an integer path with its decimal reference on many samples.
#[cfg(test)]
pub(crate) struct Seeded(pub u64);

#[cfg(test)]
impl Seeded {
    /// The generator's next state.
    pub(crate) fn next_raw(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0
    }

    /// The next whole number below `n` (from the state's high bits).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        (self.next_raw() >> 33) % n
    }
}

/// Decimals of every scale (0 to 28), sign and size up to the full 96-bit mantissa, from a
/// fixed seed: the samples the integer paths' tests compare with rust_decimal's own results.
#[cfg(test)]
pub(crate) fn sample_decimals(seed: u64, n: usize) -> impl Iterator<Item = (Decimal, u64)> {
    let mut seeded = Seeded(seed);
    let mut next = move || seeded.next_raw();
    (0..n).map(move |_| {
        let lo = next();
        let hi = next();
        let width = hi % 97;
        let m = (((hi as u128) << 64 | lo as u128) >> width) & ((1u128 << 96) - 1);
        let scale = (hi >> 40) as u32 % 29;
        let mut v = Decimal::from_i128_with_scale(m as i128, scale);
        if hi & 1 == 1 {
            v.set_sign_negative(true);
        }
        (v, hi)
    })
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
    fn rounding_rules() {
        assert_eq!(floor_euro(dec!(11403.99)), dec!(11403));
        assert_eq!(round_euro(dec!(1110.88)), dec!(1111));
        assert_eq!(cut_cents(dec!(2.999)), dec!(2.99));
        assert_eq!(out(dec!(2821.680)).to_string(), "2821.68");
    }
}
