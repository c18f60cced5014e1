//! The root finders of the plan: the break-even value growth (keep − sell = 0) and the internal
//! rate of return. The functions are monotone and smooth in the range searched: the secant
//! method settles in a few steps, bisection is the fallback.

use rust_decimal::Decimal;

use crate::money::{HUNDRED, round_cents};

/// `x.round_dp(dp)` (halves to even), on the integer mantissa: the same result, form included
/// (scale `dp` when `x` has more decimals; a zero keeps its sign, a number rounded to zero does
/// not), several times cheaper in the solvers' steps.
pub fn round_dp(x: Decimal, dp: u32) -> Decimal {
    let scale = x.scale();
    if scale <= dp || x.is_zero() {
        return x.round_dp(dp);
    }
    let d = 10u128.pow(scale - dp);
    let m = x.mantissa().unsigned_abs();
    let (mut q, r) = (m / d, m % d);
    let half = d / 2;
    if r > half || (r == half && q & 1 == 1) {
        q += 1;
    }
    Decimal::from_parts(
        q as u32,
        (q >> 32) as u32,
        (q >> 64) as u32,
        x.is_sign_negative(),
        dp,
    )
}

/// A trial point of the root finders, cut to 8 decimals: far below their tolerance, and short
/// enough that the plan's products with it stay exact (and take the plan's integer path).
pub fn trial(x: Decimal) -> Decimal {
    round_dp(x, 8)
}

/// Solve `f(x) = 0` on `[lo, hi]` for a monotone `f` by bisection, to within `tolerance` in x or
/// `f_tolerance` in f. `None` when `f` has the same sign at both ends.
pub fn solve(
    mut lo: Decimal,
    mut hi: Decimal,
    tolerance: Decimal,
    f_tolerance: Decimal,
    f: impl Fn(Decimal) -> Decimal,
) -> Option<Decimal> {
    let (flo, fhi) = (f(lo), f(hi));
    if flo.is_zero() {
        return Some(lo);
    }
    if fhi.is_zero() {
        return Some(hi);
    }
    let rising = fhi > Decimal::ZERO;
    if (flo > Decimal::ZERO) == rising {
        return None;
    }
    while hi - lo >= tolerance {
        let mid = trial((lo + hi) / Decimal::TWO);
        let fm = f(mid);
        if fm.abs() <= f_tolerance {
            return Some(mid);
        }
        if (fm > Decimal::ZERO) == rising {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some((lo + hi) / Decimal::TWO)
}

/// Where and how precisely [`root`] searches.
#[derive(Debug, Clone, Copy)]
pub struct Search {
    pub lo: Decimal,
    pub hi: Decimal,
    /// Done when the step in x is below this ...
    pub tolerance: Decimal,
    /// ... or |f| is at most this.
    pub f_tolerance: Decimal,
}

/// Find the root of a monotone, smooth `f` on `[lo, hi]` by the secant method from `x0` (where
/// `f(x0) = f0` is already known) and `x1`; falls back to bracketing over the whole range when the
/// secant steps leave it or do not settle. `None` when `f` has no root in the range.
pub fn root(
    s: Search,
    x0: Decimal,
    f0: Decimal,
    x1: Decimal,
    f: impl Fn(Decimal) -> Decimal,
) -> Option<Decimal> {
    let Search {
        lo,
        hi,
        tolerance,
        f_tolerance,
    } = s;
    if f0.abs() <= f_tolerance && x0 >= lo && x0 <= hi {
        return Some(x0);
    }
    let (mut xa, mut fa) = (x0, f0);
    let mut xb = x1;
    let (below, above) = (lo - Decimal::ONE, hi + Decimal::ONE);
    let tolerance_units = units(tolerance);
    for _ in 0..8 {
        let fb = f(xb);
        // The step in x in units of 10^-8 where both points have that form (trial points do).
        let dx = units(xb).zip(units(xa)).map(|(b, a)| b - a);
        let close = match dx.zip(tolerance_units) {
            Some((dx, t)) => dx.abs() < t,
            None => (xb - xa).abs() < tolerance,
        };
        if fb.abs() <= f_tolerance || close {
            if xb >= lo && xb <= hi {
                return Some(xb);
            }
            break;
        }
        let secant = dx
            .zip(tolerance_units)
            .and_then(|(dx, t)| secant_units(xb, fa, fb, dx, t));
        let (next, small) = match secant {
            Some(s) => s,
            None => {
                // Saturated or flat values give no usable secant: bisect instead.
                let Some(step) = fb
                    .checked_mul(xb - xa)
                    .zip(fb.checked_sub(fa))
                    .and_then(|(n, d)| n.checked_div(d))
                else {
                    break;
                };
                (trial(xb - step), step.abs() < tolerance)
            }
        };
        // A secant step this small on a smooth function lands on the root: no need to evaluate it.
        if small && next >= lo && next <= hi {
            return Some(next);
        }
        // Steps far outside the range mean the root is not in it (or the secant is lost).
        if next < below || next > above {
            break;
        }
        (xa, fa, xb) = (xb, fb, next);
    }
    solve(lo, hi, tolerance, f_tolerance, f)
}

/// `x` in units of 10⁻⁸ (a trial point), when it has at most 8 decimals and is below 2⁵³ units.
fn units(x: Decimal) -> Option<i64> {
    let s = x.scale();
    if s > 8 {
        return None;
    }
    let u = i64::try_from(x.mantissa())
        .ok()?
        .checked_mul(10i64.pow(8 - s))?;
    (u.abs() < 1 << 53).then_some(u)
}

/// The secant step of [`root`] in integers: `(trial(xb − step), |step| < tolerance)` with
/// `step = fb·(xb − xa)/(fb − fa)`, the same point in the same form (8 decimals) as the decimal
/// path gives, from `dx` = xb − xa and the tolerance in units of 10⁻⁸ and the values in cents.
///
/// The next point is the exact quotient `(xb·D − fb·dx)/D` (D = fb − fa) rounded to a unit. The
/// decimal path rounds the product `fb·(xb − xa)` where it passes 96 bits, the quotient `step`
/// to 28 digits and the difference `xb − step` where it does not fit, each by at most 1.3·10⁻²⁸
/// of itself plus 10⁻²⁸ (10⁻²⁰ unit); with the step and the point below 2⁶⁰ units that is less
/// than 10⁻⁹ unit in all, so where the exact point lies farther than 2⁻²⁹ unit from a half unit
/// the decimal one rounds to the same unit (and, not on a whole unit, has more than 8 decimals,
/// so `trial` gives it exactly 8, with its sign). Likewise the step is on the same side of the
/// tolerance unless it equals it (else they differ by at least 1/|D| ≥ 2⁻⁵¹ unit). `None` where
/// this does not hold (or a value is not in cents, or D = 0): the decimal path decides.
fn secant_units(
    xb: Decimal,
    fa: Decimal,
    fb: Decimal,
    dx: i64,
    tolerance: i64,
) -> Option<(Decimal, bool)> {
    const MAX: i64 = 1 << 50;
    let xb = i128::from(units(xb)?);
    let fa = crate::money::cents_within(fa, MAX)?;
    let fb = crate::money::cents_within(fb, MAX)?;
    let (n, mut d) = (
        i128::from(fb) * i128::from(dx),
        i128::from(fb) - i128::from(fa),
    );
    if d == 0 {
        return None;
    }
    // The next point is t/d units.
    let mut t = xb * d - n;
    if d < 0 {
        (t, d) = (-t, -d);
    }
    // (In 64 bits where they fit: the common case, and much cheaper to divide.)
    let (q, r) = match (i64::try_from(t), i64::try_from(d)) {
        (Ok(t), Ok(d)) => (i128::from(t.div_euclid(d)), i128::from(t.rem_euclid(d))),
        _ => (t.div_euclid(d), t.rem_euclid(d)),
    };
    // Not on a whole unit, and not within 2^-29 unit of a half.
    if r == 0 || ((2 * r - d).abs() << 28) <= d {
        return None;
    }
    let next = if 2 * r > d { q + 1 } else { q };
    // |step| = |n|/d units, compared with the tolerance exactly.
    let (step, limit) = (n.abs(), i128::from(tolerance) * d);
    let bound = 1i128 << 60;
    if step == limit || step >= bound * d || next.abs() >= bound || next == 0 {
        return None;
    }
    Some((Decimal::new(i64::try_from(next).ok()?, 8), step < limit))
}

/// The negated net present value of `flows` at `rate` percent, in decimal arithmetic: Horner's
/// rule from the last flow back, each discounted amount rounded to cents (NPV falls as the rate
/// rises, so it is negated). Far below zero the discount factor explodes: saturate instead of
/// overflowing. The reference of [`npv_cents`].
pub fn npv_decimal(flows: &[Decimal], rate: Decimal) -> Decimal {
    let v = Decimal::ONE / (Decimal::ONE + rate / HUNDRED);
    let total = flows.iter().rev().try_fold(Decimal::ZERO, |acc, cf| {
        acc.checked_mul(v)
            .map(round_cents)
            .and_then(|x| x.checked_add(*cf))
            .ok_or(acc)
    });
    match total {
        Ok(t) => -t,
        Err(acc) if acc > Decimal::ZERO => Decimal::MIN,
        Err(_) => Decimal::MAX,
    }
}

/// The discount factor `v = 1 / (1 + rate/100)` of [`npv_cents`] as the decimal path forms it,
/// cut to 64 fraction bits, with the slack the decimal product with it needs (see
/// [`npv_cents`]); `None` when its digits come too close to the cents.
fn discount_decimal(rate: Decimal) -> Option<(u128, u128)> {
    let v = Decimal::ONE / (Decimal::ONE + rate / HUNDRED);
    if v.is_sign_negative() {
        return None;
    }
    let (m, s) = (v.mantissa().unsigned_abs(), v.scale());
    // The digits the decimal product may drop before the rounding to cents (with amounts of at
    // most 16 digits), one more for good measure; none when it is exact.
    let digits = 16 + m.max(1).ilog10() + 1;
    let slack: u128 = if digits <= 28 && s + 2 <= 28 {
        0
    } else {
        let dropped = digits.saturating_sub(28).max((s + 2).saturating_sub(28)) + 1;
        // Those digits are below 2^-24 cent (10^-8 < 2^-24): far inside the margin.
        if s < dropped + 8 {
            return None;
        }
        1 << 40
    };
    // v × 2^64, cut: the whole part, then the fraction 32 bits at a time.
    let d = 10u128.pow(s);
    let (whole, mut r) = (m / d, m % d);
    let mut frac: u128 = 0;
    for _ in 0..2 {
        r <<= 32;
        frac = (frac << 32) | (r / d);
        r %= d;
    }
    Some((whole.checked_mul(1 << 64)?.checked_add(frac)?, slack))
}

/// The same fixed-point discount factor as [`discount_decimal`], from the exact quotient
/// `10^k / (10^k + rate × 10^k/100)` by one integer division, for a rate of at most 8 decimals
/// from −90 up (so `v` ≤ 10). The decimal `v` is that quotient rounded to 28 digits, within
/// 10⁻²⁷ of it (< 2⁻²⁵ in units of 2⁻⁶⁴); where the exact quotient lies farther than 2⁻²⁰ unit
/// from a whole unit, cutting either gives the same number. Nearer (or beyond the range):
/// `None`, and the decimal one decides. The slack that goes with it is 2⁴⁰ units: the decimal
/// product of an amount of at most 16 digits (in cents) with a `v` ≤ 10 keeps 28 significant
/// digits or 28 decimals, so it is off by less than 10⁻¹¹ cent (< 2²⁸ units) wherever it rounds.
fn discount_exact(rate: Decimal) -> Option<u128> {
    let s = rate.scale();
    if s > 8 {
        return None;
    }
    let den = 10u64.pow(s + 2);
    // 10^k × (1 + rate/100), exactly, with k = scale + 2.
    let a = i64::try_from(rate.mantissa())
        .ok()?
        .checked_add(i64::try_from(den).ok()?)?;
    let a = u64::try_from(a).ok()?;
    if a.checked_mul(10)? < den {
        return None;
    }
    let num = u128::from(den) << 64;
    let (q, r) = (num / u128::from(a), (num % u128::from(a)) as u64);
    // r/a > 2^-20 and (a − r)/a > 2^-20.
    let near = a >> 20;
    // Or exact: then a = 2^x × 5^y (10^k × 2^64 has no other factors), and below 2^27 the
    // quotient 2^(k−x) × 5^(k−y) ≤ 10 has at most 25 decimals, so the decimal one is exact too.
    let exact = r == 0 && a < 1 << 27;
    (exact || (r > near && a - r > near)).then_some(q)
}

/// The largest amount in cents [`npv_cents`] takes.
const NPV_MAX: i64 = 1_000_000_000_000_000;

/// [`npv_decimal`] with the flows in cents (`flows`, from [`to_cents`]) and the amounts in
/// integers. The discount factor `v` is held as a binary fixed-point number with 64 fraction
/// bits (cut, so below `v` by less than one unit), each product formed in 128 bits and rounded to
/// cents, halves away from zero. Exact rounding needs only to know on which side of a half cent
/// the product falls: where the product lies within its error of a half cent (the fixed point's,
/// and the decimal product's own rounding to 28 digits before it is rounded to cents), or an
/// amount leaves the range, `None` hands over to the decimal path.
pub fn npv_cents(flows: &[i64], rate: Decimal) -> Option<Decimal> {
    let (vf, slack) = match discount_exact(rate) {
        Some(vf) => (vf, 1 << 40),
        None => discount_decimal(rate)?,
    };
    const HALF: u128 = 1 << 63;
    // The amounts stay within NPV_MAX < 2^50, so with v below 2^13 the products fit in 127 bits.
    if vf >> 77 != 0 {
        return None;
    }
    let slack = slack + 1;
    let mut acc: i64 = 0;
    for cf in flows.iter().rev() {
        let a = u128::from(acc.unsigned_abs());
        // a × v in cents with 64 fraction bits, below the exact product by less than a units.
        let x = a * vf;
        let f = x & (u64::MAX as u128);
        let margin = a + slack;
        // Only the side of the half cent matters: a product near a whole cent rounds alike.
        if f.abs_diff(HALF) <= margin {
            return None;
        }
        let q = i64::try_from((x >> 64) + u128::from(f > HALF)).ok()?;
        acc = if acc < 0 { -q } else { q }.checked_add(*cf)?;
        if acc.abs() > NPV_MAX {
            return None;
        }
    }
    Some(-Decimal::new(acc, 2))
}

/// The flows in cents, when each has at most two decimals and fits.
pub fn to_cents(flows: &[Decimal]) -> Option<Vec<i64>> {
    let mut cents = Vec::with_capacity(flows.len());
    for d in flows {
        cents.push(crate::money::cents_within(*d, NPV_MAX)?);
    }
    Some(cents)
}

/// The internal rate of return of `flows` (`flows[0]` at the start, then one per year), percent.
pub fn irr(flows: &[Decimal]) -> Option<Decimal> {
    // In integer cents where the flows allow it (the same figures, see `npv_cents`).
    let cents = to_cents(flows);
    let npv = |r: Decimal| {
        cents
            .as_deref()
            .and_then(|c| npv_cents(c, r))
            .unwrap_or_else(|| npv_decimal(flows, r))
    };
    let zero = Decimal::ZERO;
    root(
        Search {
            lo: Decimal::from(-90),
            hi: Decimal::from(100),
            tolerance: Decimal::new(1, 4),
            f_tolerance: Decimal::new(1, 2),
        },
        zero,
        npv(zero),
        Decimal::from(5),
        npv,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn round_dp_is_decimal_round_dp() {
        for (v, bits) in crate::money::sample_decimals(3, 50_000) {
            let dp = (bits >> 50) as u32 % 12;
            let (got, want) = (round_dp(v, dp), v.round_dp(dp));
            assert_eq!(got, want, "{v:?} {dp}");
            assert_eq!(got.to_string(), want.to_string(), "{v:?} {dp}");
            assert_eq!(
                got.is_sign_negative(),
                want.is_sign_negative(),
                "{v:?} {dp}"
            );
        }
        for (v, dp) in [
            (dec!(2.5), 0),
            (dec!(3.5), 0),
            (dec!(-2.5), 0),
            (dec!(-0.004), 2),
            (dec!(0.00000), 2),
            (dec!(1.23456789125), 10),
            (dec!(1.5), 3),
        ] {
            assert_eq!(round_dp(v, dp).to_string(), v.round_dp(dp).to_string());
            assert_eq!(
                round_dp(v, dp).is_sign_negative(),
                v.round_dp(dp).is_sign_negative()
            );
        }
    }

    #[test]
    fn irr_of_known_flows() {
        assert_eq!(
            irr(&[dec!(-100), dec!(10), dec!(110)]).unwrap().round_dp(2),
            dec!(10)
        );
        // -1000 now, 100 a year for 9 years and 1100 in year 10: 10%.
        let mut flows = vec![dec!(-1000)];
        flows.extend(std::iter::repeat_n(dec!(100), 9));
        flows.push(dec!(1100));
        assert_eq!(irr(&flows).unwrap().round_dp(1), dec!(10));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        /// The integer NPV gives exactly the decimal one (or hands over), at any rate the root
        /// finder tries.
        #[test]
        fn the_integer_npv_equals_the_decimal_one(
            flows in proptest::collection::vec(-2_000_000_000i64..=2_000_000_000, 1..=31),
            first in -100_000_000_000i64..=0,
            rate in -91_0000_0000i64..=101_0000_0000,
        ) {
            let mut f: Vec<Decimal> = flows.iter().map(|c| Decimal::new(*c, 2)).collect();
            f[0] = Decimal::new(first, 2);
            let r = Decimal::new(rate, 8);
            let c = to_cents(&f).unwrap();
            if let Some(x) = npv_cents(&c, r) {
                proptest::prop_assert_eq!(x, npv_decimal(&f, r));
            }
        }
    }

    /// The discount factor from the integer quotient is the one cut from the decimal factor,
    /// wherever it answers; it answers for nearly every trial point.
    #[test]
    fn the_exact_discount_factor_is_the_decimal_one() {
        let mut seeded = crate::money::Seeded(7);
        let mut next = |n: u64| seeded.below(n);
        let (mut asked, mut answered) = (0, 0);
        for k in 0..200_000u64 {
            let scale = (k % 9) as u32;
            let span = 200 * 10i64.pow(scale);
            let rate = Decimal::new(
                next(span as u64) as i64 - span / 2 + 10i64.pow(scale),
                scale,
            );
            let rate = if k % 50 == 0 {
                Decimal::new(next(200) as i64 - 95, 0)
            } else {
                rate
            };
            asked += u32::from(rate >= dec!(-90));
            if let Some(vf) = discount_exact(rate) {
                answered += 1;
                assert_eq!(Some(vf), discount_decimal(rate).map(|(v, _)| v), "{rate}");
            }
        }
        assert!(answered * 100 >= asked * 99, "{answered} of {asked}");
        for r in [
            dec!(0),
            dec!(5),
            dec!(-90),
            dec!(-50),
            dec!(25),
            dec!(2.4),
            dec!(100),
        ] {
            assert_eq!(
                discount_exact(r).or_else(|| discount_decimal(r).map(|(v, _)| v)),
                discount_decimal(r).map(|(v, _)| v),
                "{r}"
            );
        }
    }

    /// The secant step in integers gives the decimal step's point, value and form, and its side
    /// of the tolerance, wherever it answers; it answers for nearly all steps.
    #[test]
    fn the_integer_secant_step_is_the_decimal_one() {
        let mut seeded = crate::money::Seeded(3);
        let mut next = |n: u64| seeded.below(n);
        let (mut asked, mut answered) = (0u32, 0u32);
        for k in 0..100_000u32 {
            let mut signed = |n: u64, s: u32| Decimal::new(next(n) as i64 - (n / 2) as i64, s);
            let xa = signed(200 * 10u64.pow(k % 9), k % 9);
            let xb = if k % 7 == 0 {
                xa + signed(3, 4)
            } else {
                trial(xa + signed(2_000_000_000, 8))
            };
            let (fa, fb) = match k % 5 {
                0 => (signed(2_000, 2), signed(2_000, 2)),
                1 => (signed(1 << 40, 2), signed(1 << 40, 2)),
                _ => (signed(1 << 50, 2), signed(1 << 20, 2)),
            };
            let tolerance = [dec!(0.0001), dec!(0.001), dec!(1)][(k % 3) as usize];
            let dx = units(xb).unwrap() - units(xa).unwrap();
            let got = secant_units(xb, fa, fb, dx, units(tolerance).unwrap());
            let Some(step) = fb
                .checked_mul(xb - xa)
                .zip(fb.checked_sub(fa))
                .and_then(|(n, d)| n.checked_div(d))
            else {
                assert_eq!(got, None);
                continue;
            };
            let want = (trial(xb - step), step.abs() < tolerance);
            asked += 1;
            if let Some((x, small)) = got {
                answered += 1;
                assert_eq!((x, small), want, "{xa} {xb} {fa} {fb}");
                assert_eq!(x.to_string(), want.0.to_string(), "{xa} {xb} {fa} {fb}");
                assert_eq!(x.is_sign_negative(), want.0.is_sign_negative());
            }
        }
        assert!(answered * 100 >= asked * 90, "{answered} of {asked}");
    }

    #[test]
    fn the_integer_npv_takes_ordinary_rates() {
        let f = [dec!(-350000), dec!(5000.12), dec!(-300.5), dec!(410000.99)];
        let c = to_cents(&f).unwrap();
        for r in [
            dec!(0),
            dec!(5),
            dec!(-3.25),
            dec!(7.12345678),
            dec!(99.9),
            dec!(-90),
        ] {
            assert_eq!(npv_cents(&c, r), Some(npv_decimal(&f, r)), "{r}");
        }
    }

    #[test]
    fn root_finds_and_misses() {
        let f = |x: Decimal| x * x * x + x - dec!(10); // root 2
        let r = root(
            Search {
                lo: dec!(-10),
                hi: dec!(20),
                tolerance: dec!(0.0001),
                f_tolerance: dec!(0.00001),
            },
            Decimal::ZERO,
            f(Decimal::ZERO),
            Decimal::ONE,
            f,
        )
        .unwrap();
        assert_eq!(r.round_dp(3), dec!(2));
        let g = |x: Decimal| x + dec!(100);
        assert_eq!(
            root(
                Search {
                    lo: dec!(-10),
                    hi: dec!(20),
                    tolerance: dec!(0.001),
                    f_tolerance: dec!(0.01)
                },
                Decimal::ZERO,
                g(Decimal::ZERO),
                Decimal::ONE,
                g
            ),
            None
        );
    }
}
