//! The mortgage's schedule: interest and principal repaid per plan year.
//!
//! The interest of a year is the rate on the balance at its start, rounded to cents; the principal
//! follows the mortgage's kind (none, linear: the starting balance over the term, annuity: the
//! payment on the remaining balance over the remaining years less the interest), rounded to cents;
//! an annuity or linear mortgage is repaid in full in its last year.

use rust_decimal::Decimal;

use crate::model::{Mortgage, Repayment};
use crate::money::{self, HUNDRED, round_cents};

/// (interest, principal repaid) of each of `years` plan years.
pub(super) type Schedule = Vec<(Decimal, Decimal)>;

/// Interest and principal repaid per year over `years` years, amounts in cents. The quotients
/// that are the same every year (an annuity's rate and its powers (1 + rate)^k, a linear
/// mortgage's yearly repayment) are formed once.
pub(super) fn schedule(m: Option<&Mortgage>, years: usize) -> Schedule {
    let Some(m) = m else {
        return vec![(Decimal::ZERO, Decimal::ZERO); years];
    };
    let n = m.remaining_years.unwrap_or(1).max(1);
    let terms = Terms::new(m, n);
    let mut balance = m.balance;
    // The last year's (interest, repaid): nothing repaid leaves the balance, and so the interest
    // on it, as it was.
    let mut last: Option<(Decimal, Decimal)> = None;
    (0..years as u32)
        .map(|t| {
            let interest = match last {
                Some((interest, repaid)) if repaid.is_zero() => interest,
                _ => round_cents(money::pct_of(balance, m.interest_pct)),
            };
            let repaid = round_cents(terms.principal(m, balance, t));
            if !repaid.is_zero() {
                balance -= repaid;
            }
            last = Some((interest, repaid));
            (interest, repaid)
        })
        .collect()
}

/// What the principal of every year of a mortgage shares.
struct Terms {
    n: u32,
    /// The rate as a fraction (an annuity's).
    rate: Decimal,
    /// (1 + rate)^k for k = 0..=n, each by one more multiplication (an annuity's).
    powers: Vec<Decimal>,
    /// The yearly repayment of a linear mortgage: the balance at the start / the term.
    linear: Decimal,
}

impl Terms {
    fn new(m: &Mortgage, n: u32) -> Terms {
        let (rate, powers) = match m.repayment {
            Repayment::Annuity => {
                let rate = m.interest_pct / HUNDRED;
                let a = Decimal::ONE + rate;
                let mut powers = Vec::with_capacity(n as usize + 1);
                powers.push(Decimal::ONE);
                for k in 1..=n as usize {
                    powers.push(powers[k - 1] * a);
                }
                (rate, powers)
            }
            _ => (Decimal::ZERO, Vec::new()),
        };
        Terms {
            n,
            rate,
            powers,
            linear: match m.repayment {
                Repayment::Linear => m.balance / Decimal::from(n),
                _ => Decimal::ZERO,
            },
        }
    }

    /// The principal repaid in year `year_index` (0-based) on `balance`.
    fn principal(&self, m: &Mortgage, balance: Decimal, year_index: u32) -> Decimal {
        if balance <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        match m.repayment {
            Repayment::InterestOnly => Decimal::ZERO,
            _ if year_index + 1 >= self.n => balance,
            Repayment::Linear => self.linear.min(balance),
            Repayment::Annuity => {
                let i = self.rate;
                let left = self.n - year_index;
                if i.is_zero() {
                    return balance / Decimal::from(left);
                }
                // The payment on the remaining balance over the remaining years is the same each
                // year.
                let factor = self.powers[left as usize];
                // The interest part at the annuity's rate, taken once for both terms.
                let at_rate = balance * i;
                let payment = at_rate * factor / (factor - Decimal::ONE);
                (payment - at_rate).min(balance)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn an_annuity_pays_the_same_each_year_and_ends_at_zero() {
        let m = Mortgage {
            balance: dec!(200000),
            interest_pct: dec!(4),
            repayment: Repayment::Annuity,
            remaining_years: Some(30),
        };
        let s = schedule(Some(&m), 30);
        let payments: Vec<Decimal> = s.iter().map(|(i, p)| i + p).collect();
        // 200,000 over 30 years at 4%: 11,566.02 a year (to a cent, each year's rounding aside).
        for p in &payments[..29] {
            assert!((p - dec!(11566.02)).abs() <= dec!(0.02), "{p}");
        }
        assert_eq!(s.iter().map(|(_, p)| p).sum::<Decimal>(), dec!(200000));
        assert_eq!(s[0], (dec!(8000), dec!(3566.02)));
    }

    #[test]
    fn linear_and_interest_only() {
        let mut m = Mortgage {
            balance: dec!(100000),
            interest_pct: dec!(3),
            repayment: Repayment::Linear,
            remaining_years: Some(3),
        };
        assert_eq!(
            schedule(Some(&m), 4),
            vec![
                (dec!(3000), dec!(33333.33)),
                (dec!(2000.00), dec!(33333.33)),
                (dec!(1000.00), dec!(33333.34)),
                (dec!(0), dec!(0)),
            ]
        );
        m.repayment = Repayment::InterestOnly;
        assert_eq!(schedule(Some(&m), 2), vec![(dec!(3000), dec!(0)); 2]);
        assert_eq!(schedule(None, 2), vec![(dec!(0), dec!(0)); 2]);
    }
}
