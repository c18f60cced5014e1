//! The root finders of the plan: the break-even value growth (keep − sell = 0) and the internal
//! rate of return. The functions are monotone and smooth in the range searched: the secant
//! method settles in a few steps; bisection takes over when it does not.

use rust_decimal::Decimal;

use crate::money::{HUNDRED, round_cents};

/// A trial point of the root finders, rounded to 8 decimals: far below their tolerance, and
/// short enough that the plan's products with it stay exact.
pub fn trial(x: Decimal) -> Decimal {
    x.round_dp(8)
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
    for _ in 0..8 {
        let fb = f(xb);
        if fb.abs() <= f_tolerance || (xb - xa).abs() < tolerance {
            if xb >= lo && xb <= hi {
                return Some(xb);
            }
            break;
        }
        // Saturated or flat values give no usable secant: bisect instead.
        let Some(step) = fb
            .checked_mul(xb - xa)
            .zip(fb.checked_sub(fa))
            .and_then(|(n, d)| n.checked_div(d))
        else {
            break;
        };
        let (next, small) = (trial(xb - step), step.abs() < tolerance);
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

/// The negated net present value of `flows` at `rate` percent, in decimal arithmetic: Horner's
/// rule from the last flow back, each discounted amount rounded to cents (NPV falls as the rate
/// rises, so it is negated). Far below zero the discount factor explodes: saturate instead of
/// overflowing.
pub fn npv(flows: &[Decimal], rate: Decimal) -> Decimal {
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

/// The internal rate of return of `flows` (`flows[0]` at the start, then one per year), percent.
pub fn irr(flows: &[Decimal]) -> Option<Decimal> {
    let npv = |r: Decimal| npv(flows, r);
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
