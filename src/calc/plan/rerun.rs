//! What a rerun of the keep route changes: the break-even search asks for the plan at another
//! value growth, the stress scenarios for the plan with a higher mortgage rate, more rent lost or
//! a cost paid now. Everything else (the rules of each year, the rents, the fixed costs, the sell
//! route, the mortgage's schedule when its rate stays) is the prepared plan's.

use rust_decimal::Decimal;

/// A rerun of the keep route of a prepared plan ([`super::Plan::keep`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rerun {
    /// The dwelling's value growth, percent a year.
    pub growth_pct: Decimal,
    /// Points added to the mortgage's rate (from the first year).
    pub interest_delta: Decimal,
    /// Points added to the rent lost to vacancy and management (every year).
    pub rent_loss_delta: Decimal,
    /// A cost paid in the first year: an improvement, which under the bill adds to the
    /// dwelling's acquisition price.
    pub one_off: Decimal,
}

impl Rerun {
    /// The plan as prepared, at value growth `growth_pct`.
    pub fn at_growth(growth_pct: Decimal) -> Rerun {
        Rerun {
            growth_pct,
            interest_delta: Decimal::ZERO,
            rent_loss_delta: Decimal::ZERO,
            one_off: Decimal::ZERO,
        }
    }

    /// Whether the yearly costs are those the plan was prepared with.
    pub(super) fn same_costs(&self) -> bool {
        self.rent_loss_delta.is_zero() && self.one_off.is_zero()
    }
}
