//! The rules of holding let dwellings in a BV (`data/bv.toml`): the corporate income tax (Vpb)
//! brackets, the Box 2 brackets per person, the interest deduction limit and the bodemwaarde.
//! The calculation is in `crate::calc::bv`; the transfer tax of the move is the year's
//! `[overdrachtsbelasting]` of the rules years.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Citation, Cite, Confidence, citation};
use crate::money;

const BV: &str = include_str!("../../data/bv.toml");

/// One schijf: its upper bound (the last has none) and its rate in percent.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schijf {
    #[serde(default)]
    pub up_to: Option<Decimal>,
    pub pct: Decimal,
}

/// A tariff of schijven with its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tarief {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
    #[serde(default)]
    pub provisional: bool,
    pub schijven: Vec<Schijf>,
}

impl Tarief {
    /// The tax on `amount` (nothing on a negative amount), each schijf's part cut to cents.
    pub fn tax(&self, amount: Decimal) -> Decimal {
        let mut below = Decimal::ZERO;
        let mut tax = Decimal::ZERO;
        for s in &self.schijven {
            if amount <= below {
                break;
            }
            let top = s.up_to.map_or(amount, |u| amount.min(u));
            tax += money::cut_cents(money::pct_of(top - below, s.pct));
            below = s.up_to.unwrap_or(amount);
        }
        tax
    }
}

impl Cite for Tarief {
    fn citation(&self) -> Citation {
        let mut c = citation(&self.source, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref());
        c.provisional = self.provisional;
        c
    }
}

/// The interest deduction limit (earningsstripping, art. 15b Wet Vpb 1969).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renteaftrek {
    /// The share of the fiscal EBITDA up to which net interest is deductible, percent.
    pub ebitda_pct: Decimal,
    /// The threshold up to which net interest is always deductible.
    pub drempel: Decimal,
    /// Whether the threshold applies to a body letting real estate to third parties.
    pub drempel_vastgoedlichaam: bool,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
    #[serde(default)]
    pub provisional: bool,
}

impl Renteaftrek {
    /// The net interest a landlord's BV may deduct in a year with fiscal EBITDA `ebitda`.
    pub fn room(&self, ebitda: Decimal) -> Decimal {
        let share = money::cut_cents(money::pct_of(ebitda.max(Decimal::ZERO), self.ebitda_pct));
        if self.drempel_vastgoedlichaam {
            share.max(self.drempel)
        } else {
            share
        }
    }
}

impl Cite for Renteaftrek {
    fn citation(&self) -> Citation {
        let mut c = citation(&self.source, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref());
        c.provisional = self.provisional;
        c
    }
}

/// The bodemwaarde of a let building: a share of its WOZ value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bodemwaarde {
    pub woz_pct: Decimal,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
}

super::cite_by_fields!(Bodemwaarde);

/// The rules of one year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BvYear {
    pub vpb: Tarief,
    /// Per person.
    pub box2: Tarief,
    pub renteaftrek: Renteaftrek,
}

/// `data/bv.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BvRules {
    pub bodemwaarde: Bodemwaarde,
    pub years: BTreeMap<i32, BvYear>,
}

impl BvRules {
    /// The built-in rules; an error names the key that is wrong.
    pub fn built_in() -> Result<BvRules, String> {
        BvRules::parse(BV)
    }

    /// The rules in `text` (the layout of `data/bv.toml`).
    pub fn parse(text: &str) -> Result<BvRules, String> {
        let r: BvRules = toml::from_str(text).map_err(|e| format!("data/bv.toml: {e}"))?;
        if r.years.is_empty() {
            return Err("data/bv.toml: no [years.YEAR] table".into());
        }
        for (year, y) in &r.years {
            for (name, t) in [("vpb", &y.vpb), ("box2", &y.box2)] {
                let s = &t.schijven;
                let open_last = s.last().is_some_and(|x| x.up_to.is_none());
                let bounded = s[..s.len().saturating_sub(1)]
                    .iter()
                    .all(|x| x.up_to.is_some());
                let rising = s.windows(2).all(|w| match (w[0].up_to, w[1].up_to) {
                    (Some(a), Some(b)) => a < b,
                    _ => true,
                });
                let rates = s
                    .iter()
                    .all(|x| x.pct >= Decimal::ZERO && x.pct <= Decimal::ONE_HUNDRED);
                if !(open_last && bounded && rising && rates) {
                    return Err(format!(
                        "data/bv.toml: years.{year}.{name}.schijven: rising upper bounds, the last \
                         without one, rates 0–100"
                    ));
                }
            }
        }
        Ok(r)
    }

    /// The rules of `year`, with the year they were taken from when carried (the nearest
    /// earlier year, or the first year for a year before it).
    pub fn year(&self, year: i32) -> (&BvYear, Option<i32>) {
        if let Some(y) = self.years.get(&year) {
            return (y, None);
        }
        let (from, y) = self
            .years
            .range(..year)
            .next_back()
            .or_else(|| self.years.iter().next())
            .expect("parse checks there is a year");
        (y, Some(*from))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_built_in_rules_load_and_carry() {
        let r = BvRules::built_in().unwrap();
        assert_eq!(r.year(2025).0.box2.schijven[0].up_to, Some(dec!(67804)));
        assert_eq!(r.year(2026).0.box2.schijven[0].up_to, Some(dec!(68843)));
        assert!(r.year(2027).0.vpb.provisional);
        assert_eq!(r.year(2030).1, Some(2027));
        assert_eq!(r.year(2027).1, None);
    }

    #[test]
    fn schijven_must_rise_and_end_open() {
        let bad = BV.replacen("{ pct = 25.8 }", "{ up_to = 1, pct = 25.8 }", 1);
        assert!(BvRules::parse(&bad).unwrap_err().contains("schijven"));
    }

    /// Vpb at the edges of its brackets, each year 2025–2027: 19% up to and including 200,000,
    /// 25.8% on the euro above (art. 22 lid 1 Wet Vpb 1969).
    #[test]
    fn vpb_brackets_at_their_edges() {
        let r = BvRules::built_in().unwrap();
        for year in 2025..=2027 {
            let v = &r.year(year).0.vpb;
            assert_eq!(v.tax(dec!(0)), dec!(0));
            assert_eq!(v.tax(dec!(-500)), dec!(0));
            assert_eq!(v.tax(dec!(199999)), dec!(37999.81));
            assert_eq!(v.tax(dec!(200000)), dec!(38000));
            assert_eq!(v.tax(dec!(200001)), dec!(38000.25));
            assert_eq!(v.tax(dec!(300000)), dec!(63800));
        }
    }

    /// Box 2 per person at the edge of its first bracket: 2025 67,804; 2026 and 2027 68,843
    /// (art. 2.12 Wet IB 2001).
    #[test]
    fn box2_brackets_at_their_edges() {
        let r = BvRules::built_in().unwrap();
        let b = &r.year(2025).0.box2;
        assert_eq!(b.tax(dec!(67804)), dec!(16611.98));
        assert_eq!(b.tax(dec!(67805)), dec!(16612.29));
        assert_eq!(b.tax(dec!(100000)), dec!(26592.74));
        for year in [2026, 2027] {
            let b = &r.year(year).0.box2;
            assert_eq!(b.tax(dec!(68843)), dec!(16866.53));
            assert_eq!(b.tax(dec!(68844)), dec!(16866.84));
            assert_eq!(b.tax(dec!(68842)), dec!(16866.29));
        }
    }

    #[test]
    fn interest_room_of_a_landlords_bv_has_no_threshold() {
        let r = BvRules::built_in().unwrap();
        let ra = &r.year(2026).0.renteaftrek;
        assert_eq!(ra.room(dec!(10000)), dec!(2450));
        assert_eq!(ra.room(dec!(-10000)), dec!(0));
        let mut with = ra.clone();
        with.drempel_vastgoedlichaam = true;
        assert_eq!(with.room(dec!(10000)), dec!(1000000));
    }
}
