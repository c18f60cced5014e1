//! Yield, purchase costs and cash flow (methods.md §5).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::money::HUNDRED;
use crate::units::Pct;

/// The inputs of the yield figures.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub annual_rent: Decimal,
    pub monthly_rent: Decimal,
    pub vacant_value: Decimal,
    pub surface_m2: Decimal,
    pub fixed_costs: Decimal,
    /// Vacancy and management, percent of the rent.
    pub rent_loss_pct: Decimal,
    /// Transfer tax for other dwellings plus other buyer's costs, percent.
    pub buyer_costs_pct: Decimal,
    /// The rules those buyer's costs come from, for the explanation.
    pub buyer_costs_source: (
        &'a crate::rules::Param<crate::units::Pct>,
        &'a crate::rules::Param,
    ),
    /// Mortgage interest and principal of the first year.
    pub debt_service: Decimal,
    /// Box 3 tax the property adds.
    pub attributable_tax: Decimal,
}

impl<'a> Input<'a> {
    /// The yield's input for the scenario `s`: the jaarhuur, the first year's debt service
    /// (interest on the balance at the mortgage's rate, and the plan's first repayment when
    /// there is a plan) and the Box 3 tax the property adds.
    pub fn of(
        s: &crate::scenario::Scenario<'a>,
        annual_rent: Decimal,
        plan: Option<&crate::plan::Outcome>,
        attributable_tax: Decimal,
    ) -> Input<'a> {
        let p = s.property;
        let first_year_interest = p
            .mortgage
            .as_ref()
            .map(|m| m.balance * m.interest_pct / HUNDRED)
            .unwrap_or_default();
        let first_year_repayment = plan
            .and_then(|o| o.years.first())
            .map(|y| y.repayment)
            .unwrap_or_default();
        Input {
            annual_rent,
            monthly_rent: p.lease.monthly_rent,
            vacant_value: p.vacant_value(),
            surface_m2: p.surface_m2,
            fixed_costs: s.fixed_costs,
            rent_loss_pct: s.rent_loss_pct,
            buyer_costs_pct: s.buyer_costs_pct,
            buyer_costs_source: (
                &s.transfer.rules.overige_woningen_pct,
                &s.market.other_buyer_costs_pct,
            ),
            debt_service: first_year_interest + first_year_repayment,
            attributable_tax,
        }
    }
}

/// Yield figures of a dwelling.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Yields {
    #[serde(serialize_with = "crate::money::ser::out")]
    pub gross_pct: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_pct: Decimal,
    /// Monthly kale huur per m².
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent_per_m2: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub value_per_m2: Decimal,
    /// What a buyer pays on top of the price this year.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub purchase_costs: Decimal,
    /// Rent less vacancy, management and fixed costs, per year.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_operating_income: Decimal,
    /// After mortgage and attributable Box 3, per month.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub monthly_cash_flow: Decimal,
}

/// The net operating income: rent less vacancy, management and fixed costs.
pub(crate) fn net_operating_income(
    annual_rent: Decimal,
    rent_loss_pct: Decimal,
    fixed_costs: Decimal,
) -> Decimal {
    annual_rent * (HUNDRED - rent_loss_pct) / HUNDRED - fixed_costs
}

/// Compute the yield figures.
pub fn compute(i: &Input, trace: &mut Trace) -> Yields {
    let gross = i.annual_rent * HUNDRED / i.vacant_value;
    trace.add(|| {
        Step::new(
            "gross_pct",
            Pct(gross.round_dp(2)),
            Text::new(
                Msg::XGrossYield,
                vec![Arg::Euro(i.annual_rent), Arg::Euro(i.vacant_value)],
            ),
        )
        .from_step("jaarhuur")
        .from_input("property.market_value")
    });
    let purchase_costs = i.vacant_value * i.buyer_costs_pct / HUNDRED;
    trace.add(|| {
        Step::new(
            "purchase_costs",
            Arg::Euro(purchase_costs),
            Text::new(Msg::XPurchaseCosts, vec![Arg::Pct(i.buyer_costs_pct)]),
        )
        .uses(i.buyer_costs_source.0)
        .uses(i.buyer_costs_source.1)
        .from_input("property.market_value")
    });
    let noi = net_operating_income(i.annual_rent, i.rent_loss_pct, i.fixed_costs);
    trace.add(|| {
        Step::new(
            "net_operating_income",
            Arg::Euro(noi),
            Text::new(
                Msg::XNoi,
                vec![Arg::Pct(i.rent_loss_pct), Arg::Euro(i.fixed_costs)],
            ),
        )
        .from_step("jaarhuur")
        .from_input("costs")
    });
    let net = noi * HUNDRED / (i.vacant_value + purchase_costs);
    trace.add(|| {
        Step::new(
            "net_pct",
            Pct(net.round_dp(2)),
            Text::new(Msg::XNetYield, vec![]),
        )
        .uses(i.buyer_costs_source.0)
        .uses(i.buyer_costs_source.1)
        .from_step("net_operating_income")
        .from_step("purchase_costs")
    });
    let cash = (noi - i.debt_service - i.attributable_tax) / Decimal::from(12);
    trace.add(|| {
        Step::new(
            "monthly_cash_flow",
            Arg::Euro(cash),
            Text::new(
                Msg::XCashFlow,
                vec![Arg::Euro(i.debt_service), Arg::Euro(i.attributable_tax)],
            ),
        )
        .from_step("net_operating_income")
        .from_input("mortgage")
        .from_step("attributable_tax")
    });
    Yields {
        gross_pct: gross,
        net_pct: net,
        rent_per_m2: i.monthly_rent / i.surface_m2,
        value_per_m2: i.vacant_value / i.surface_m2,
        purchase_costs,
        net_operating_income: noi,
        monthly_cash_flow: cash,
    }
}
