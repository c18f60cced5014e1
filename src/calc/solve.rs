//! The root finders of the plan: the break-even value growths (keep − sell = 0, uitponden − sell
//! = 0) and the internal rate of return, each reported to [`STEP`] (0.01 point).
//!
//! The reported root is the correctly rounded one, a function of `f` alone: the multiple `k ×
//! STEP` whose cell `[(k − ½) × STEP, (k + ½) × STEP]` holds `f`'s sign change, `f` evaluated at
//! the cell's two boundaries (exact decimals: 0.005, 0.015, …). Where the search goes only
//! decides how many evaluations it takes, never what it reports. A convention makes the cell
//! unique when `f` is exactly zero at a boundary (`f` is a sum of amounts in cents, a staircase):
//! zero counts as not yet past the root, so a root exactly on a boundary is reported as the
//! multiple above it (half up), and a stretch where `f` is zero is reported where it ends. In
//! terms of the direction of `f`: the reported `k` has `f((k − ½) × STEP) ≤ 0 < f((k + ½) ×
//! STEP)` for a rising `f`, and `f((k − ½) × STEP) ≥ 0 > f((k + ½) × STEP)` for a falling one.
//!
//! The search reuses every evaluation's sign (a point before the root bounds the cell from
//! below, one past it from above) and guesses the cell from a model in which `f` is nearly
//! linear ([`Shape`]): a first guess from what the caller knows, then the line through the two
//! latest points. Until the root is bracketed it evaluates the first cell boundary past the
//! guess (away from the side known), then the boundary nearest it; it falls back to bisecting
//! the boundaries left when the guesses do not halve them every two steps: it always ends. For
//! a monotone `f` the result does not depend on any of it. Where `f` is not monotone (it jumps
//! back somewhere in the range), the reported cell still holds a sign change of `f`, but which
//! one of several may depend on the search.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::money::{HUNDRED, round_cents};

/// The precision the roots are reported to: 0.01 (a hundredth of a point of value growth, or of
/// a percent of return). An output precision, not a tolerance: the reported root is exactly the
/// multiple of it whose cell holds the sign change (see the module's documentation).
pub const STEP: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// Which way `f` moves as `x` grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `f` rises: negative before the root, positive past it.
    Rising,
    /// `f` falls: positive before the root, negative past it.
    Falling,
}

/// The range searched: a root is reported only when it lies in `[lo, hi]` (both multiples of
/// [`STEP`]), i.e. when the sign changes between `lo − STEP/2` and `hi + STEP/2`.
#[derive(Debug, Clone, Copy)]
pub struct Range {
    pub lo: Decimal,
    pub hi: Decimal,
}

/// `d` in floating point, for the guesses only (to the nearest or next `f64`: its mantissa
/// over a power of ten, far cheaper than the exact conversion and as good for steering).
pub fn approx(d: Decimal) -> f64 {
    d.mantissa() as f64 / 10f64.powi(d.scale() as i32)
}

/// The variable in which `f` is nearly linear, for guessing where its root lies.
///
/// The guesses only steer the search: they pick which cell boundary to evaluate next, and the
/// result is a function of `f` at exact decimal boundaries alone. So they are worked out in
/// floating point, which is no figure of the output and costs next to nothing beside an
/// evaluation of `f` (a rerun of the plan, or a net present value in decimal arithmetic).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// `f` is nearly linear in `x` itself.
    Linear,
    /// `f` is nearly linear in `(1 + x/100)^n`, `x` a percentage: an amount grown (`n > 0`)
    /// or discounted (`n < 0`) over `|n|` years at `x` percent a year.
    Power(f64),
}

impl Shape {
    /// The shape's variable at `x` (not finite where it is not defined).
    fn of(self, x: f64) -> f64 {
        match self {
            Shape::Linear => x,
            Shape::Power(n) if x > -100.0 => (1.0 + x / 100.0).powf(n),
            Shape::Power(_) => f64::NAN,
        }
    }

    /// The `x` at which the shape's variable is `u` (not finite where there is none).
    fn at(self, u: f64) -> f64 {
        match self {
            Shape::Linear => u,
            Shape::Power(n) if u > 0.0 && n != 0.0 => 100.0 * (u.powf(1.0 / n) - 1.0),
            Shape::Power(_) => f64::NAN,
        }
    }

    /// The root of the line in the shape's variable through `(x0, f0)` with slope `slope`
    /// (`f ≈ f0 + slope × (u(x) − u(x0))`): the guess of a root from one point and a slope, in
    /// floating point (it only steers [`root`]). `None` when the line has no root where the
    /// shape is defined.
    pub fn root_of_line(self, x0: Decimal, f0: Decimal, slope: Decimal) -> Option<f64> {
        let u0 = self.of(approx(x0));
        let x = self.at(u0 - approx(f0) / approx(slope));
        x.is_finite().then_some(x)
    }
}

/// One evaluated point, for the guesses: `x` and `f` turned rising (`g`, also in floating
/// point: `gf`), with the shape's variable at `x`.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    g: Decimal,
    u: f64,
    gf: f64,
}

/// The root of the line in the shape's variable through two evaluated points (not finite when
/// there is none).
fn through(shape: Shape, a: Point, b: Point) -> f64 {
    shape.at(b.u - b.gf * (b.u - a.u) / (b.gf - a.gf))
}

/// The cell boundary `(j − ½) × STEP`.
fn boundary(j: i64) -> Decimal {
    Decimal::new(j * 10 - 5, 3)
}

/// The furthest boundary index considered: far outside any range searched.
const FAR: i64 = 1 << 40;

/// `t` as a whole number, saturating far outside any range searched.
fn whole(t: Decimal) -> i64 {
    t.to_i64()
        .map_or(if t > Decimal::ZERO { FAR } else { -FAR }, |v| {
            v.clamp(-FAR, FAR)
        })
}

/// The search's knowledge: the points evaluated and the boundaries known to lie before the root
/// (the last of them, `before`) and past it (the first, `past`).
struct Bracket {
    shape: Shape,
    points: Vec<Point>,
    before: Option<i64>,
    past: Option<i64>,
}

impl Bracket {
    /// Take the sign of `g` (rising) at `x`: before the root (`g ≤ 0`) every boundary up to `x`
    /// is, past it (`g > 0`) every boundary from `x` on is.
    fn learn(&mut self, x: Decimal, g: Decimal) {
        let t = x * HUNDRED + Decimal::new(5, 1);
        let j = whole(if g > Decimal::ZERO {
            t.ceil()
        } else {
            t.floor()
        });
        self.add(j, approx(x), g);
    }

    /// Take the sign of `g` (rising) at the boundary `j` (see [`Bracket::learn`]).
    fn learn_boundary(&mut self, j: i64, g: Decimal) {
        self.add(j, (j as f64 - 0.5) / 100.0, g);
    }

    /// Record the point `x` (the boundary `j`, or between it and the next toward the root).
    fn add(&mut self, j: i64, x: f64, g: Decimal) {
        if g > Decimal::ZERO {
            self.past = Some(self.past.map_or(j, |p| p.min(j)));
        } else {
            self.before = Some(self.before.map_or(j, |b| b.max(j)));
        }
        self.points.push(Point {
            x,
            g,
            u: self.shape.of(x),
            gf: approx(g),
        });
    }

    /// The root of the line through the two latest points.
    fn latest(&self) -> f64 {
        match self.points.as_slice() {
            [.., a, b] => through(self.shape, *a, *b),
            _ => f64::NAN,
        }
    }

    /// The nearest points evaluated before and past the root, when there are both.
    fn nearest(&self) -> Option<(Point, Point)> {
        let before = self
            .points
            .iter()
            .filter(|p| p.g <= Decimal::ZERO)
            .max_by(|a, b| a.x.total_cmp(&b.x))?;
        let past = self
            .points
            .iter()
            .filter(|p| p.g > Decimal::ZERO)
            .min_by(|a, b| a.x.total_cmp(&b.x))?;
        Some((*before, *past))
    }
}

/// Find the root of a monotone `f` in `range`, reported to [`STEP`] as the module describes:
/// `k × STEP` with `f`'s sign change between `(k − ½) × STEP` and `(k + ½) × STEP`, or `None`
/// when the sign does not change in `[lo − STEP/2, hi + STEP/2]`.
///
/// `known` is a point where `f` is already known (its sign is used, it is not evaluated again);
/// `guess` the first guess of the root (see [`Shape::root_of_line`]); `shape` the variable in
/// which `f` is nearly linear, for the guesses after the first. None of them changes the result
/// for a monotone `f`, only how often `f` is evaluated.
pub fn root(
    range: Range,
    direction: Direction,
    shape: Shape,
    known: Option<(Decimal, Decimal)>,
    guess: Option<f64>,
    mut f: impl FnMut(Decimal) -> Decimal,
) -> Option<Decimal> {
    let rising = |v: Decimal| match direction {
        Direction::Rising => v,
        Direction::Falling => -v,
    };
    // The boundaries that matter: from lo − STEP/2 (index `first`) to hi + STEP/2 (`last`);
    // x / STEP taken as x × 100, the same exactly and cheaper.
    let first = whole((range.lo * HUNDRED).round());
    let last = whole((range.hi * HUNDRED).round()) + 1;
    let mut b = Bracket {
        shape,
        points: Vec::with_capacity(8),
        before: None,
        past: None,
    };
    if let Some((x, v)) = known {
        b.learn(x, rising(v));
    }
    let mut guess = guess;
    // The candidates left after each evaluation, to see the guesses halve them.
    let mut widths: Vec<i64> = Vec::with_capacity(8);
    let mut unbracketed = 0;
    loop {
        // Done: the root is outside the range, or its cell is known.
        if b.past.is_some_and(|p| p <= first) || b.before.is_some_and(|q| q >= last) {
            return None;
        }
        if let (Some(q), Some(p)) = (b.before, b.past)
            && p == q + 1
        {
            return Some(Decimal::new(q, 2));
        }
        // The boundaries not yet known.
        let lo = b.before.map_or(first, |q| (q + 1).max(first));
        let hi = b.past.map_or(last, |p| (p - 1).min(last));
        let bracketed = b.before.is_some() && b.past.is_some();
        let n = widths.len();
        let slow = n >= 3 && 2 * widths[n - 1] > widths[n - 3];
        let estimate = if let Some(g) = guess.take() {
            g
        } else if bracketed && !slow {
            let (before, past) = b.nearest().expect("bracketed");
            let latest = b.latest();
            if latest > before.x && latest < past.x {
                latest
            } else {
                through(shape, before, past)
            }
        } else if !bracketed && unbracketed < 3 {
            b.latest()
        } else {
            f64::NAN
        };
        let j = match estimate {
            // Bracketed: the boundary nearest the guess, among those not yet known. Not yet: the
            // first boundary past the guess, away from the known side, so that a good guess
            // brackets the root; a guess behind the known side goes to the end of the range.
            x if x.is_finite() => {
                let t = (x / 0.01 + 0.5).clamp(-FAR as f64, FAR as f64);
                let j = match (b.before, b.past) {
                    (Some(_), None) => t.ceil(),
                    (None, Some(_)) => t.floor(),
                    _ => t.round(),
                } as i64;
                let behind = match (b.before, b.past) {
                    (Some(q), None) => j <= q,
                    (None, Some(p)) => j >= p,
                    _ => false,
                };
                match (behind, b.past) {
                    (true, None) => hi,
                    (true, Some(_)) => lo,
                    (false, _) => j.clamp(lo, hi),
                }
            }
            // Bisection over the boundaries left, or the end of the range not yet known.
            _ if bracketed => lo + (hi - lo) / 2,
            _ if b.past.is_none() => hi,
            _ => lo,
        };
        if !bracketed {
            unbracketed += 1;
        }
        b.learn_boundary(j, rising(f(boundary(j))));
        let lo = b.before.map_or(first, |q| (q + 1).max(first));
        let hi = b.past.map_or(last, |p| (p - 1).min(last));
        widths.push(hi - lo + 1);
    }
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

/// A guess of the internal rate of return of the flows `cf` (in floating point, see [`approx`])
/// refined from `rate` by Newton's method on their net present value (`Σ cf_k × v^k`, `v = 1 / (1 + rate/100)`, its derivative
/// in the rate `Σ −k × cf_k × v^(k+1) / 100`): a few steps, while they stay finite and in
/// −90% .. 100%, else `rate` as it was. A guess only: it steers [`root`], whose result is
/// decided by [`npv`] at the cell boundaries alone; the cents that [`npv`] rounds to move its
/// root by far less than a cell, so the guess mostly lands in the reported cell.
fn newton(cf: &[f64], rate: f64) -> f64 {
    let mut r = rate;
    for _ in 0..8 {
        let v = 1.0 / (1.0 + r / 100.0);
        let (value, slope) = cf.iter().rev().fold((0.0, 0.0), |(f, d), c| {
            // Horner's rule for the value and its derivative in v.
            (f * v + c, d * v + f)
        });
        // d/dr = d/dv × dv/dr, dv/dr = −v² / 100.
        let step = value / (slope * -v * v / 100.0);
        let next = r - step;
        if !next.is_finite() || !(-90.0..=100.0).contains(&next) {
            return rate;
        }
        r = next;
        if step.abs() < 1e-7 {
            break;
        }
    }
    r
}

/// The range the internal rate of return is searched in, percent a year.
const IRR_RANGE: Range = Range {
    lo: Decimal::from_parts(90, 0, 0, true, 0),
    hi: Decimal::ONE_HUNDRED,
};

/// The internal rate of return of `flows` (`flows[0]` at the start, then one per year), percent,
/// to [`STEP`]: the rate whose cell holds the sign change of the net present value (see
/// [`root`]), searched in −90% .. 100%.
///
/// At rate 0 the net present value is the flows' sum (no evaluation). The first guess treats
/// the later flows as one amount at their mean time `D` (weighted by amount): the rate at which
/// it is worth `−flows[0]` now, refined by Newton's method on all the flows ([`newton`]), so
/// that it mostly lands in the reported cell and two evaluations decide it; the guesses after
/// it take the value as nearly linear in `(1 + rate)^−D`.
pub fn irr(flows: &[Decimal]) -> Option<Decimal> {
    let sum: Decimal = flows.iter().sum();
    // The guesses, in floating point.
    let cf: Vec<f64> = flows.iter().map(|c| approx(*c)).collect();
    let later: f64 = cf.iter().skip(1).sum();
    let timed: f64 = cf
        .iter()
        .enumerate()
        .skip(1)
        .map(|(t, c)| t as f64 * c)
        .sum();
    let mean_time = Some(timed / later)
        .filter(|d| later > 0.0 && *d >= 0.5 && *d <= 100.0)
        .unwrap_or(flows.len().max(2) as f64 - 1.0);
    let shape = Shape::Power(-mean_time);
    // The negated NPV at 0 is −sum; it falls by `later` per unit of the discount (1 + r)^−D.
    let first = shape.at(1.0 - cf.iter().sum::<f64>() / later);
    let guess = Some(newton(
        &cf,
        if later > 0.0 && first.is_finite() {
            first
        } else {
            0.0
        },
    ));
    root(
        IRR_RANGE,
        Direction::Rising,
        shape,
        Some((Decimal::ZERO, -sum)),
        guess,
        |r| npv(flows, r),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    use std::cell::Cell;

    const WIDE: Range = Range {
        lo: Decimal::from_parts(10, 0, 0, true, 0),
        hi: Decimal::from_parts(20, 0, 0, false, 0),
    };

    /// The root in `range` with no known point and no guess, counting the evaluations.
    fn plain(
        range: Range,
        d: Direction,
        f: impl Fn(Decimal) -> Decimal,
    ) -> (Option<Decimal>, usize) {
        let n = Cell::new(0);
        let r = root(range, d, Shape::Linear, None, None, |x| {
            n.set(n.get() + 1);
            f(x)
        });
        (r, n.get())
    }

    /// Whether `k` is the cell of `f`'s sign change by the definition.
    fn is_cell(k: Decimal, d: Direction, f: impl Fn(Decimal) -> Decimal) -> bool {
        let (a, b) = (f(k - STEP / Decimal::TWO), f(k + STEP / Decimal::TWO));
        match d {
            Direction::Rising => a <= Decimal::ZERO && b > Decimal::ZERO,
            Direction::Falling => a >= Decimal::ZERO && b < Decimal::ZERO,
        }
    }

    #[test]
    fn irr_of_known_flows() {
        // Amounts large enough that the cents do not move the root by 0.005.
        assert_eq!(
            irr(&[dec!(-100000), dec!(10000), dec!(110000)]),
            Some(dec!(10))
        );
        // -100,000 now, 10,000 a year for 9 years and 110,000 in year 10: 10%.
        let mut flows = vec![dec!(-100000)];
        flows.extend(std::iter::repeat_n(dec!(10000), 9));
        flows.push(dec!(110000));
        assert_eq!(irr(&flows), Some(dec!(10)));
        // Losing it all: no rate in the range.
        assert_eq!(irr(&[dec!(-100), dec!(0), dec!(0)]), None);
        // -100,000 now and 121,000 in two years: 10%; and 81,000: -10%.
        assert_eq!(irr(&[dec!(-100000), dec!(0), dec!(121000)]), Some(dec!(10)));
        assert_eq!(irr(&[dec!(-100000), dec!(0), dec!(81000)]), Some(dec!(-10)));
        // Small amounts: the cents decide. At 10.005% the value of 100 now against 10 and 110
        // is exactly zero in cents (110 / 1.10005 = 99.9955 is 100.00), so the root is past it.
        let flows = [dec!(-100), dec!(10), dec!(110)];
        assert_eq!(npv(&flows, dec!(10.005)), Decimal::ZERO);
        assert_eq!(irr(&flows), Some(dec!(10.01)));
    }

    #[test]
    fn a_smooth_root_is_rounded_to_its_cell() {
        // x³ + x − 10: root 2 exactly, found without a guess.
        let f = |x: Decimal| x * x * x + x - dec!(10);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(2)));
        // 3x − 1: root 0.3333…, reported 0.33.
        let f = |x: Decimal| dec!(3) * x - Decimal::ONE;
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(0.33)));
        // With a good guess and a known point it takes two evaluations.
        let n = Cell::new(0);
        let r = root(
            WIDE,
            Direction::Rising,
            Shape::Linear,
            Some((Decimal::ZERO, -Decimal::ONE)),
            Some(0.334),
            |x| {
                n.set(n.get() + 1);
                f(x)
            },
        );
        assert_eq!((r, n.get()), (Some(dec!(0.33)), 2));
    }

    #[test]
    fn a_root_on_a_boundary_is_reported_above_it() {
        // x − 1.235: f is 0 at the boundary 1.235, which counts as before the root: 1.24.
        let f = |x: Decimal| x - dec!(1.235);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(1.24)));
        // Falling, the same: 1.24.
        let g = |x: Decimal| dec!(1.235) - x;
        assert_eq!(plain(WIDE, Direction::Falling, g).0, Some(dec!(1.24)));
        // Negative: −1.235 is the boundary between −1.24 and −1.23: −1.23.
        let h = |x: Decimal| x + dec!(1.235);
        assert_eq!(plain(WIDE, Direction::Rising, h).0, Some(dec!(-1.23)));
    }

    #[test]
    fn a_falling_function() {
        let f = |x: Decimal| dec!(500) - dec!(100) * x; // root 5
        assert_eq!(plain(WIDE, Direction::Falling, f).0, Some(dec!(5)));
        let f = |x: Decimal| dec!(-7) * x - dec!(20); // root -2.857…
        assert_eq!(plain(WIDE, Direction::Falling, f).0, Some(dec!(-2.86)));
    }

    #[test]
    fn a_staircase_is_reported_where_it_leaves_zero() {
        // Cents of 100 × (x − 3.14159): zero within 0.00005 of the root, flat in steps of
        // 0.0001.
        let f = |x: Decimal| round_cents(dec!(100) * (x - dec!(3.14159)));
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(3.14)));
        // A coarse staircase: whole tenths, zero on [2.95, 3.05): f(3.045) = 0 and f(3.055) > 0.
        let g = |x: Decimal| ((x - dec!(3)) * dec!(10)).round();
        let r = plain(WIDE, Direction::Rising, g).0.unwrap();
        assert!(is_cell(r, Direction::Rising, g), "{r}");
        assert_eq!(r, dec!(3.05));
    }

    #[test]
    fn no_root_in_the_range() {
        let f = |x: Decimal| x + dec!(100);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, None);
        let f = |x: Decimal| x - dec!(100);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, None);
        // Just outside: the root 20.006 is beyond hi + STEP/2.
        let f = |x: Decimal| x - dec!(20.006);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, None);
        // Just inside: 20.004 rounds to 20.
        let f = |x: Decimal| x - dec!(20.004);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(20)));
        let f = |x: Decimal| x + dec!(10.004);
        assert_eq!(plain(WIDE, Direction::Rising, f).0, Some(dec!(-10)));
        // A constant zero is never past the root.
        assert_eq!(plain(WIDE, Direction::Rising, |_| Decimal::ZERO).0, None);
    }

    #[test]
    fn the_result_does_not_depend_on_the_guess() {
        let f = |x: Decimal| dec!(1000) * (x - dec!(1.2349999));
        for guess in [-9.0, 0.0, 1.2345, 1.24, 19.0, 500.0] {
            for known in [
                None,
                Some((dec!(2), f(dec!(2)))),
                Some((dec!(-3), f(dec!(-3)))),
            ] {
                for shape in [Shape::Linear, Shape::Power(10.0), Shape::Power(-7.5)] {
                    let r = root(WIDE, Direction::Rising, shape, known, Some(guess), f);
                    assert_eq!(r, Some(dec!(1.23)), "{guess} {known:?} {shape:?}");
                }
            }
        }
    }

    #[test]
    fn a_power_shape_guesses_its_root() {
        // 1000 × (1 + x/100)^10 − 1000 × 1.05^10: root 5, from one point and the slope in u.
        let s = Shape::Power(10.0);
        let grown = |x: Decimal| dec!(1000) * crate::money::powi(Decimal::ONE + x / HUNDRED, 10);
        let f = |x: Decimal| grown(x) - grown(dec!(5));
        let g = s.root_of_line(dec!(2), f(dec!(2)), dec!(1000)).unwrap();
        assert!((g - 5.0).abs() < 0.0001, "{g}");
        let n = Cell::new(0);
        let r = root(
            WIDE,
            Direction::Rising,
            s,
            Some((dec!(2), f(dec!(2)))),
            Some(g),
            |x| {
                n.set(n.get() + 1);
                f(x)
            },
        );
        assert_eq!(r, Some(dec!(5)));
        assert!(n.get() <= 2, "{}", n.get());
    }

    proptest::proptest! {
        /// For random monotone staircases (a slope, a root, a cent rounding, either direction,
        /// any guess) the reported cell brackets the sign change, and a root outside the range
        /// gives none.
        #[test]
        fn the_cell_brackets_the_sign_change(
            root_milli in -12_000i64..=22_000,
            slope_cents in 1i64..=10_000_000,
            curve in 0i64..=50,
            rising in proptest::bool::ANY,
            guess_milli in proptest::option::of(-15_000i64..=25_000),
            known_milli in proptest::option::of(-15_000i64..=25_000),
            power in -20i32..=20,
        ) {
            let r0 = Decimal::new(root_milli, 3);
            let slope = Decimal::new(slope_cents, 2);
            let c = Decimal::new(curve, 2);
            // Rising, convex for curve > 0, in cents.
            let up = move |x: Decimal| {
                let d = x - r0;
                round_cents(slope * d + c * slope * d * d.abs() / dec!(10))
            };
            let d = if rising { Direction::Rising } else { Direction::Falling };
            let f = move |x: Decimal| if rising { up(x) } else { -up(x) };
            let shape = if power == 0 { Shape::Linear } else { Shape::Power(f64::from(power)) };
            let known = known_milli.map(|m| {
                let x = Decimal::new(m, 3);
                (x, f(x))
            });
            let n = Cell::new(0);
            let r = root(WIDE, d, shape, known, guess_milli.map(|m| m as f64 / 1000.0), |x| {
                n.set(n.get() + 1);
                f(x)
            });
            proptest::prop_assert!(n.get() <= 60, "{} evaluations", n.get());
            let low = f(WIDE.lo - STEP / Decimal::TWO);
            let high = f(WIDE.hi + STEP / Decimal::TWO);
            let changes = match d {
                Direction::Rising => low <= Decimal::ZERO && high > Decimal::ZERO,
                Direction::Falling => low >= Decimal::ZERO && high < Decimal::ZERO,
            };
            match r {
                Some(k) => {
                    proptest::prop_assert!(is_cell(k, d, f), "{k} for {r0}");
                    proptest::prop_assert!(k >= WIDE.lo && k <= WIDE.hi);
                    proptest::prop_assert_eq!(k.scale(), 2);
                }
                None => proptest::prop_assert!(!changes, "none for {}", r0),
            }
        }
    }
}
