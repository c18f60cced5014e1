//! A landlord's history, the input of the tegenbewijs over the years
//! ([`crate::calc::historie`]): the owner's household and the let dwellings per 1 January of
//! each year, and what each year yielded and cost.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{Contract, Tenant};
use crate::date::Date;

/// A landlord's history: the owner's household and the dwellings, year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// The first and last tax year to compute.
    pub from: i32,
    pub to: i32,
    /// The date the open years are judged on (the deadlines); `None` leaves them unjudged.
    pub as_of: Option<Date>,
    pub fiscal_partner: bool,
    /// With a fiscal partner: the owner's share of the grondslag, percent (the partner has the
    /// rest), in every year.
    pub partner_share_pct: Decimal,
    /// The owner's wealth outside the dwellings, by tax year.
    pub owner: BTreeMap<i32, OwnerYear>,
    pub dwellings: Vec<Dwelling>,
}

/// The owner's household outside the let dwellings in one year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct OwnerYear {
    /// Banktegoeden on 1 January.
    pub bank_balance: Decimal,
    /// Overige bezittingen on 1 January (without the dwellings of the history).
    pub other_assets: Decimal,
    /// Groene beleggingen on 1 January.
    pub green_investments: Decimal,
    /// Debts on 1 January (without the mortgages of the dwellings).
    pub other_debts: Decimal,
    /// The actual return in the year on the bank balances and the other assets (interest,
    /// dividends, value changes), as the owner works it out.
    pub actual_return_other: Decimal,
    /// Interest paid in the year on the other debts.
    pub other_interest_paid: Decimal,
    /// The owner's share of the grondslag this year, when the partners split it otherwise than
    /// [`History::partner_share_pct`] (they may choose anew each year, art. 2.17 Wet IB 2001).
    pub partner_share_pct: Option<Decimal>,
}

/// A let dwelling of the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Dwelling {
    pub name: String,
    pub contract: Contract,
    pub tenant: Tenant,
    /// A related tenant pays a rent at arm's length.
    pub market_rent: bool,
    pub unsplit_building: bool,
    /// By year: the dwelling on 1 January (WOZ, rent, mortgage) and what it yielded and cost in
    /// the year. A year that closes the history needs only the 1 January figures.
    pub years: BTreeMap<i32, DwellingYear>,
}

/// A dwelling in one year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DwellingYear {
    /// The WOZ value on the beschikking of the year (waardepeildatum 1 January of the year
    /// before): the dwelling's value on 1 January.
    pub woz_value: Decimal,
    /// The basic rent per month on 1 January; 0 when not let then.
    pub monthly_rent: Decimal,
    /// Flows of the year (absent for a year that only closes the history).
    pub flows: Option<Flows>,
}

/// What a dwelling yielded and cost in a year, and its mortgage on 1 January.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Flows {
    pub rent_received: Decimal,
    pub mortgage_balance: Decimal,
    pub interest_paid: Decimal,
    /// Maintenance, insurance, municipal charges, management: not deductible.
    pub costs_paid: Decimal,
}
