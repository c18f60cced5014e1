//! The rules of a year in integer form, prepared once on loading: the yearly rows of the plan ask
//! for the Box 3 tax and the leegwaarderatio value many times over, and whole numbers are much
//! cheaper than decimals. Only the data lives here; the calculations are in `crate::box3` and
//! `crate::leegwaarderatio`, and property tests check them equal to the decimal path.

use rust_decimal::Decimal;

use super::{Box3Rules, LeegwaarderatioRules};

/// The Box 3 rules of a year in whole hundredths of a percent, for `Box3Fast::tax` (in
/// `crate::box3`): the same computation as `crate::box3::compute` in 64-bit integer arithmetic.
#[derive(Debug, Clone, Copy)]
pub struct Box3Fast {
    pub(crate) bank_bp: i64,
    pub(crate) other_bp: i64,
    pub(crate) debt_bp: i64,
    pub(crate) tarief_bp: i64,
    pub(crate) drempel: i64,
    pub(crate) vrij: i64,
    pub(crate) green_vrij: Option<i64>,
}

/// Largest whole-euro amount `Box3Fast::tax` takes: products with a rate in hundredths of a percent
/// (at most 10,000) then stay far inside 64 bits.
pub(crate) const FAST_MAX: i64 = 100_000_000_000_000;

/// `d` as a whole number, when it is whole and within [`FAST_MAX`].
pub(crate) fn whole(d: Decimal) -> Option<i64> {
    if !d.fract().is_zero() {
        return None;
    }
    let v = i64::try_from(d.mantissa() / 10i128.pow(d.scale())).ok()?;
    (v.abs() <= FAST_MAX).then_some(v)
}

/// `d` in hundredths (percent → hundredths of a percent), when that is a whole number.
pub(crate) fn basis_points(d: Decimal) -> Option<i64> {
    whole(d * Decimal::ONE_HUNDRED)
}

impl Box3Fast {
    /// The rules in integer form, or `None` when a rate has more than two decimals or an amount
    /// has cents (then `crate::box3::compute` is the way).
    pub fn new(rules: &Box3Rules) -> Option<Box3Fast> {
        Some(Box3Fast {
            bank_bp: basis_points(rules.rendement_banktegoeden_pct.value)?,
            other_bp: basis_points(rules.rendement_overige_bezittingen_pct.value)?,
            debt_bp: basis_points(rules.rendement_schulden_pct.value)?,
            tarief_bp: basis_points(rules.tarief_pct.value)?,
            drempel: whole(rules.schuldendrempel.value)?,
            vrij: whole(rules.heffingsvrij_vermogen.value)?,
            green_vrij: match &rules.vrijstelling_groene_beleggingen {
                Some(v) => Some(whole(v.value)?),
                None => None,
            },
        })
    }
}

/// The brackets of a year in whole hundredths of a percent, for `BracketsFast::box3_value` (in
/// `crate::leegwaarderatio`): the value of a whole dwelling let on 1 January under a lease without
/// an exception, in 64-bit integers. The plan asks for it every year of every rerun.
#[derive(Debug, Clone)]
pub struct BracketsFast {
    /// (up to, in hundredths of a percent, or none for the last bracket; ratio in hundredths).
    pub(crate) brackets: Vec<(Option<i64>, i64)>,
    pub(crate) has_reduction: bool,
    pub(crate) temporary_applies: bool,
    pub(crate) related_applies: bool,
}

/// Largest amount the integer path takes (in cents or euros); beyond it
/// `crate::leegwaarderatio::compute` is the way.
const SCALED_MAX: i64 = 10_000_000_000_000;

/// `d × 10^shift` as a whole number within [`SCALED_MAX`], when it is whole.
pub(crate) fn scaled(d: Decimal, shift: u32) -> Option<i64> {
    let m = i64::try_from(d.mantissa()).ok()?;
    let s = d.scale();
    let v = if s <= shift {
        m.checked_mul(10i64.checked_pow(shift - s)?)?
    } else {
        let div = 10i64.checked_pow(s - shift)?;
        if m % div != 0 {
            return None;
        }
        m / div
    };
    (v.abs() <= SCALED_MAX).then_some(v)
}

impl BracketsFast {
    /// The integer brackets of `rules`, when every bound and ratio has at most two decimals.
    pub fn new(rules: &LeegwaarderatioRules) -> Option<BracketsFast> {
        let brackets = rules
            .brackets
            .iter()
            .map(|b| {
                let up = match b.up_to_pct {
                    Some(u) => Some(scaled(u, 2)?),
                    None => None,
                };
                Some((up, scaled(b.ratio_pct, 2)?))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(BracketsFast {
            brackets,
            has_reduction: rules.unsplit_building_reduction.is_some(),
            temporary_applies: rules.temporary_contract.applies,
            related_applies: rules.related_party.applies,
        })
    }
}
