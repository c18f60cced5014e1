//! Sell now versus keep renting, year by year over a horizon (methods.md §4).
//!
//! Both routes start from the household's position on 1 January of the tax year and end with
//! everything in money at the end of the last year. Each route pays the Box 3 tax it adds to the
//! household: the household's tax with the route's assets minus the tax on the owner's other
//! wealth alone, with the rules of each year (the latest known year carried forward). Amounts are
//! kept in cents from year to year.
//!
//! A plan runs under one [`Future`] of Box 3: today's forfaitair system carried forward, or the
//! bill on actual returns (Wet werkelijk rendement box 3) from the year the rules declare it
//! (see [`crate::werkelijk_rendement`]): then each route pays the tax on its actual result, and
//! the keep route pays the tax on the dwelling's gain at the sale.

use rust_decimal::Decimal;

use crate::box3::{self, Household};
use crate::explain::{Citation, Cite, Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::leegwaarderatio;
use crate::model::{Alternative, Mortgage, Owner, Repayment, Segment};
use crate::money::{self, HUNDRED, round_cents};
use crate::rules::{Box3Regime, Box3Rules, LeegwaarderatioRules, RuleSet};
use crate::werkelijk_rendement::{self as wr, Carry};

use super::solve::{Search, irr, root, trial};

/// The Box 3 future a plan runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Future {
    /// Today's forfaitair system, the latest known year carried forward.
    Forfaitair,
    /// The bill on actual returns from the year the rules declare it.
    Bill,
}

impl Future {
    /// The word used in the property file and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Future::Forfaitair => "forfaitair",
            Future::Bill => "bill",
        }
    }
}

/// Everything the plan needs, with defaults applied.
#[derive(Debug, Clone)]
pub struct Input {
    pub tax_year: i32,
    pub years: u32,
    pub woz_value: Decimal,
    pub vacant_value: Decimal,
    pub monthly_rent: Decimal,
    /// How the dwelling is let on 1 January of the first year; later years are let on 1 January.
    pub letting: leegwaarderatio::Letting,
    pub segment: Segment,
    pub fixed_costs: Decimal,
    /// Vacancy and management, percent of the rent.
    pub rent_loss_pct: Decimal,
    pub mortgage: Option<Mortgage>,
    pub owner: Owner,
    pub value_growth_pct: Decimal,
    pub rent_growth_pct: Decimal,
    pub alternative_return_pct: Decimal,
    pub alternative: Alternative,
    pub selling_costs_pct: Decimal,
    /// Sale price today, by the chosen route.
    pub sale_price_now: Decimal,
    /// Sale price at the end as a share of the vacant value then (tenanted or to the tenant).
    pub end_price_share: Decimal,
    /// Costs of a vacant sale after ending the lease (legal costs and waiting), deducted at the end
    /// when the route is `vacant`.
    pub end_sale_deduction: Decimal,
    /// A one-off cost paid in the first year of keeping (a stress scenario).
    pub one_off_cost: Decimal,
}

/// One year of both routes.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Year {
    pub year: i32,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub costs: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub interest: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub repayment: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_box3_tax: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_cash_flow: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_savings: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub property_value: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub mortgage_balance: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub keep_net_worth: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sell_box3_tax: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sell_net_worth: Decimal,
    /// The Box 3 regime of the year in this plan's future.
    pub regime: Box3Regime,
    /// Under the bill: the tax the dwelling's gain would add when sold at the end of this year
    /// (included in `keep_net_worth`); the one of the last year is paid.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub gain_tax: Decimal,
    /// Under the bill: the keep route's result of the year (rent − costs − interest + the return
    /// on its savings).
    #[serde(skip)]
    pub keep_result: Option<Decimal>,
    /// Under the bill: the dwelling's acquisition price for the gain (start value on 1 January
    /// of the first year of the regime, plus improvements since).
    #[serde(skip)]
    pub basis: Option<Decimal>,
}

/// Keeping until the end of the year before the bill's regime, then selling (the gain is then
/// not taxed) and holding the money to the end.
#[derive(Debug, Clone, PartialEq)]
pub struct SellLater {
    /// The year at whose end the dwelling is sold.
    pub year: i32,
    /// Net worth of keeping at that moment: the money the sale leaves.
    pub proceeds: Decimal,
    /// Money at the end of the plan.
    pub net_worth: Decimal,
}

/// The outcome of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub proceeds_now: Decimal,
    pub keep_net_worth: Decimal,
    pub sell_net_worth: Decimal,
    /// keep − sell.
    pub difference: Decimal,
    pub break_even_growth_pct: Option<Decimal>,
    pub keep_irr_pct: Option<Decimal>,
    pub years: Vec<Year>,
    /// Years whose rules were carried from another year: (year, year used).
    pub carried: Vec<(i32, i32)>,
    pub future: Future,
    /// Under the bill: the tax on the dwelling's gain at the sale at the end (with details).
    pub gain_tax: Decimal,
    /// Under the bill: the dwelling's start value (with details).
    pub start_value: Option<Decimal>,
    /// Selling at the end of the year before the bill's regime (with details, when the plan
    /// runs past it).
    pub sell_later: Option<SellLater>,
}

/// The rules of one plan year, looked up once.
#[derive(Clone)]
struct YearRules<'a> {
    year: i32,
    box3: Option<&'a Box3Rules>,
    /// The year whose Box 3 rules were carried to this one, when they were.
    box3_carried_from: Option<i32>,
    /// The parameters of Box 3 on actual returns when the year falls under that regime.
    wr: Option<&'a wr::Rules>,
    leegwaarderatio: Option<&'a LeegwaarderatioRules>,
    /// Maximum rent increase of the segment, percent.
    max_increase: Option<Decimal>,
    /// The Box 3 tax on the owner's other wealth alone.
    base_tax: Decimal,
}

/// The year after the last year of `rules`: every later year has the rules of this one (each
/// section carried from the same year, [`RuleSet::section`]).
fn beyond(rules: &RuleSet) -> Option<i32> {
    rules.years.last_key_value().map(|(&k, _)| k + 1)
}

/// A plan ready to run: the rules of every year and the sell route, computed once, so the keep
/// route can be rerun cheaply (break-even, stress scenarios).
pub struct Plan<'a> {
    owner: &'a Owner,
    future: Future,
    /// Yearly rent and fixed costs: they do not depend on value growth or the stress scenarios.
    rents: Vec<(Decimal, Decimal)>,
    /// The rent loss (vacancy and management) the plan was prepared with, and each year's costs
    /// with it (fixed costs + rent loss), reused by reruns with the same rent loss.
    rent_loss_pct: Decimal,
    op_costs: Vec<Decimal>,
    years: Vec<YearRules<'a>>,
    /// The mortgage the plan was prepared with, and its (interest, repayment) per year: they do
    /// not depend on value growth, so reruns with the same mortgage reuse them.
    mortgage: Option<Mortgage>,
    schedule: Vec<(Decimal, Decimal)>,
    /// Proceeds now, then per year (Box 3 tax, money at the end of the year).
    sell: (Decimal, Vec<(Decimal, Decimal)>),
}

impl<'a> Plan<'a> {
    /// Prepare the plan of `i` under `rules`, with today's Box 3 carried forward.
    pub fn new(i: &'a Input, rules: &'a RuleSet) -> Plan<'a> {
        Plan::for_future(i, rules, Future::Forfaitair)
    }

    /// Prepare the plan of `i` under `rules` in the Box 3 future `future`.
    pub fn for_future(i: &'a Input, rules: &'a RuleSet, future: Future) -> Plan<'a> {
        Plan::prepare(i, rules, future)
    }

    /// This plan (prepared for `i` under `rules`) in the Box 3 future `future`: the same as
    /// [`Plan::for_future`], derived from what does not depend on the future (the rules of
    /// each year, the rent, the costs, the mortgage's schedule), so that only the rules on
    /// actual returns, the base tax of their years and the sell route are worked out again.
    pub fn under(&self, i: &'a Input, rules: &'a RuleSet, future: Future) -> Plan<'a> {
        if future == self.future {
            return self.with_years(i, self.years.clone(), future);
        }
        let beyond = beyond(rules);
        let mut years: Vec<YearRules<'a>> = Vec::with_capacity(self.years.len());
        for y in &self.years {
            let prev = years.last();
            let wr = match (future, prev) {
                // The years after the year after the last year of the rules have its rules.
                (Future::Bill, Some(p)) if beyond.is_some_and(|b| y.year > b) => p.wr,
                (Future::Bill, _) => rules.werkelijk_rendement(y.year),
                (Future::Forfaitair, _) => None,
            };
            // As in `prepare`: a year under actual returns has no base tax; a year carried from
            // the previous year's rules has its base tax; any other year that of its own rules,
            // which does not depend on the future.
            let same = prev.filter(|prev| match (prev.box3, y.box3) {
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                _ => false,
            });
            let base_tax = match same {
                _ if wr.is_some() => Decimal::ZERO,
                Some(prev) => prev.base_tax,
                None if y.wr.is_none() => y.base_tax,
                None => self.own_base_tax(y),
            };
            years.push(YearRules {
                wr,
                base_tax,
                ..y.clone()
            });
        }
        self.with_years(i, years, future)
    }

    /// The Box 3 tax on the owner's other wealth alone under the forfaitair rules of `y`.
    fn own_base_tax(&self, y: &YearRules) -> Decimal {
        let base = self.household(
            Decimal::ZERO,
            Decimal::ZERO,
            Decimal::ZERO,
            Alternative::Savings,
        );
        y.box3
            .map(|r| box3::compute(&base, r, "", &mut Trace::new(false)).tax)
            .unwrap_or_default()
    }

    /// This plan with the rules of each year `years` (their base taxes and rules on actual
    /// returns) in the future `future`: the rows that do not depend on them are copied, the
    /// sell route worked out again.
    fn with_years(&self, i: &'a Input, years: Vec<YearRules<'a>>, future: Future) -> Plan<'a> {
        let mut plan = Plan {
            owner: self.owner,
            future,
            rents: self.rents.clone(),
            rent_loss_pct: self.rent_loss_pct,
            op_costs: self.op_costs.clone(),
            years,
            mortgage: self.mortgage.clone(),
            schedule: self.schedule.clone(),
            sell: (Decimal::ZERO, Vec::new()),
        };
        plan.sell = plan.sell_route(i);
        plan
    }

    /// Prepare the plan of `i` under `rules` in the Box 3 future `future` (see
    /// [`Plan::for_future`]).
    fn prepare(i: &'a Input, rules: &'a RuleSet, future: Future) -> Plan<'a> {
        let mut plan = Plan {
            owner: &i.owner,
            future,
            rents: Vec::with_capacity(i.years as usize),
            rent_loss_pct: i.rent_loss_pct,
            op_costs: Vec::with_capacity(i.years as usize),
            years: Vec::with_capacity(i.years as usize),
            mortgage: i.mortgage.clone(),
            schedule: Vec::new(),
            sell: (Decimal::ZERO, Vec::new()),
        };
        let beyond = beyond(rules);
        for t in 0..i.years {
            let year = i.tax_year + t as i32;
            // The years after the year after the last year of the rules have its rules (carried
            // from the same year), its base tax and its rent cap: copy the previous year's.
            if let Some(prev) = plan
                .years
                .last()
                .filter(|_| beyond.is_some_and(|b| year > b))
            {
                let same = YearRules {
                    year,
                    ..prev.clone()
                };
                plan.years.push(same);
                continue;
            }
            let box3_year = rules.box3(year);
            let box3_carried_from = box3_year
                .as_ref()
                .filter(|c| c.carried)
                .map(|c| c.from_year);
            let box3 = box3_year.map(|c| c.rules);
            let lwr = rules.leegwaarderatio(year).map(|c| c.rules);
            let wr = match future {
                Future::Bill => rules.werkelijk_rendement(year),
                Future::Forfaitair => None,
            };
            let base = plan.household(
                Decimal::ZERO,
                Decimal::ZERO,
                Decimal::ZERO,
                Alternative::Savings,
            );
            // Years carried from the same rules have the same base tax: compute it once.
            let same = plan.years.last().filter(|prev| match (prev.box3, box3) {
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                _ => false,
            });
            let base_tax = match same {
                _ if wr.is_some() => Decimal::ZERO,
                Some(prev) => prev.base_tax,
                None => box3
                    .map(|r| box3::compute(&base, r, "", &mut Trace::new(false)).tax)
                    .unwrap_or_default(),
            };
            plan.years.push(YearRules {
                year,
                box3,
                box3_carried_from,
                wr,
                leegwaarderatio: lwr,
                max_increase: rules
                    .huurverhoging(year)
                    .map(|h| h.rules.for_segment(i.segment)),
                base_tax,
            });
        }
        let (mut rent, mut costs) = (i.monthly_rent * Decimal::from(12), i.fixed_costs);
        let cost_growth = Decimal::ONE + money::div100(i.rent_growth_pct);
        for (t, y) in plan.years.iter().enumerate() {
            if t > 0 {
                // Rent grows at most by the segment's legal maximum of the year.
                let growth = y
                    .max_increase
                    .map_or(i.rent_growth_pct, |c| i.rent_growth_pct.min(c));
                rent = round_cents(rent * (Decimal::ONE + money::div100(growth)));
                costs = round_cents(costs * cost_growth);
            }
            plan.rents.push((rent, costs));
            plan.op_costs
                .push(round_cents(costs + rent * money::div100(i.rent_loss_pct)));
        }
        plan.schedule = schedule(i.mortgage.as_ref(), plan.years.len());
        plan.sell = plan.sell_route(i);
        plan
    }

    fn household(
        &self,
        property_value: Decimal,
        debt: Decimal,
        cash: Decimal,
        alt: Alternative,
    ) -> Household {
        let (mut bank, mut other, mut debts) = (
            self.owner.bank_balance,
            self.owner.other_assets + property_value,
            self.owner.other_debts + debt,
        );
        if cash < Decimal::ZERO {
            debts -= cash;
        } else if alt == Alternative::Savings {
            bank += cash;
        } else {
            other += cash;
        }
        Household {
            bank,
            other_assets: other,
            green_investments: self.owner.green_investments,
            debts,
            fiscal_partner: self.owner.fiscal_partner,
            partner_share_pct: self.owner.partner_share_pct,
        }
    }

    /// The Box 3 tax a household adds in plan year `t` over the owner's other wealth alone.
    fn added_tax(&self, t: usize, h: &Household) -> Decimal {
        let y = &self.years[t];
        match y.box3 {
            Some(r) => box3::compute(h, r, "", &mut Trace::new(false)).tax - y.base_tax,
            None => Decimal::ZERO,
        }
    }

    fn persons(&self) -> u32 {
        if self.owner.fiscal_partner { 2 } else { 1 }
    }

    /// The sell route: proceeds now, then per year (Box 3 tax, money at the end of the year).
    fn sell_route(&self, i: &Input) -> (Decimal, Vec<(Decimal, Decimal)>) {
        let balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
        let proceeds_now = round_cents(
            i.sale_price_now * (Decimal::ONE - i.selling_costs_pct / HUNDRED) - balance,
        );
        let mut rows = Vec::with_capacity(self.years.len());
        self.money_from(i, 0, proceeds_now, Some(&mut rows));
        (proceeds_now, rows)
    }

    /// Money `cash` held from plan year `start` to the end at the alternative return, paying the
    /// Box 3 tax it adds each year: under the forfaitair system on its value on 1 January, under
    /// the bill on its actual return (interest on savings; the whole return on investments,
    /// unrealised gains included). Returns the money at the end; `rows` gets (tax, money) per year.
    pub fn money_from(
        &self,
        i: &Input,
        start: usize,
        mut cash: Decimal,
        mut rows: Option<&mut Vec<(Decimal, Decimal)>>,
    ) -> Decimal {
        let a = Decimal::ONE + i.alternative_return_pct / HUNDRED;
        let mut carry = Carry::default();
        for t in start..self.years.len() {
            let box3_tax = match self.years[t].wr {
                Some(r) => {
                    let ret = round_cents(cash * a) - cash;
                    wr::year_tax(ret, self.persons(), r, &mut carry).tax
                }
                None => self.added_tax(
                    t,
                    &self.household(Decimal::ZERO, Decimal::ZERO, cash, i.alternative),
                ),
            };
            cash = round_cents(cash * a) - box3_tax;
            if let Some(r) = rows.as_deref_mut() {
                r.push((box3_tax, cash));
            }
        }
        cash
    }

    /// The sell route's net worth at the end.
    pub fn sell_net_worth(&self) -> Decimal {
        self.sell.1.last().map(|r| r.1).unwrap_or(self.sell.0)
    }

    /// The keep route of `i` with value growth `growth_pct`: net worth at the end, and optionally
    /// the rows and the cash flows (for the IRR).
    pub fn keep(
        &self,
        i: &Input,
        growth_pct: Decimal,
        mut rows: Option<&mut Vec<Year>>,
        mut flows: Option<&mut Vec<Decimal>>,
    ) -> Decimal {
        let g = Decimal::ONE + money::div100(growth_pct);
        let a = Decimal::ONE + money::div100(i.alternative_return_pct);
        let lost = money::div100(i.rent_loss_pct);
        let sell_share = Decimal::ONE - money::div100(i.selling_costs_pct);
        let start_balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
        let mut balance = start_balance;
        let mut savings = Decimal::ZERO;
        let mut woz = i.woz_value;
        let mut value = i.vacant_value;
        let sale_at = |value: Decimal| {
            round_cents((value * i.end_price_share - i.end_sale_deduction) * sell_share)
        };
        // The value in Box 3 on 1 January of plan year `t` (the dwelling is let on 1 January of
        // every year after the first).
        let box3_value_of =
            |y: &YearRules, t: usize, woz: Decimal, rent: Decimal| match y.leegwaarderatio {
                Some(r) => {
                    let li = leegwaarderatio::Input {
                        woz_value: woz,
                        jaarhuur: rent,
                        letting: if t == 0 {
                            i.letting
                        } else {
                            i.letting.later_year()
                        },
                    };
                    leegwaarderatio::box3_value(&li, r)
                }
                None => woz,
            };
        let last = self.years.len().saturating_sub(1);
        let mut carry = Carry::default();
        let mut basis: Option<Decimal> = None;
        let mut end_gain_tax = Decimal::ZERO;
        let own;
        let schedule = if i.mortgage == self.mortgage {
            &self.schedule
        } else {
            own = schedule(i.mortgage.as_ref(), self.years.len());
            &own
        };
        for (t, (y, &(rent, costs))) in self.years.iter().zip(&self.rents).enumerate() {
            let (interest, repaid) = schedule[t];
            let one_off = if t == 0 {
                i.one_off_cost
            } else {
                Decimal::ZERO
            };
            let op_costs = if one_off.is_zero() && i.rent_loss_pct == self.rent_loss_pct {
                self.op_costs[t]
            } else {
                round_cents(costs + rent * lost + one_off)
            };
            let carry_before = carry;
            let (box3_tax, result) = match y.wr {
                None => {
                    let box3_value = box3_value_of(y, t, woz, rent);
                    let tax = self.added_tax(
                        t,
                        &self.household(box3_value, balance, savings, i.alternative),
                    );
                    (tax, None)
                }
                Some(r) => {
                    let result = keep_result(r, rent, costs, op_costs - one_off, interest, {
                        round_cents(savings * a) - savings
                    });
                    (
                        wr::year_tax(result, self.persons(), r, &mut carry).tax,
                        Some(result),
                    )
                }
            };
            let cash = rent - op_costs - interest - repaid - box3_tax;
            savings = round_cents(savings * a) + cash;
            balance -= repaid;
            woz = money::floor_euro(woz * g);
            value = round_cents(value * g);
            if let Some(r) = y.wr {
                // The first year of the regime fixes the start value: the WOZ value with
                // waardepeildatum 1 January of that year (the WOZ of the next year, `woz` now),
                // with the leegwaarderatio of the year's rent when the tenant has rent
                // protection. An improvement (the one-off cost) adds to it.
                let start = *basis.get_or_insert_with(|| {
                    if r.beginwaarde_leegwaarderatio.applies {
                        box3_value_of(y, t + 1, woz, rent)
                    } else {
                        woz
                    }
                });
                basis = Some(start + one_off);
            }
            // The tax the gain would add were the dwelling sold at the end of this year.
            let gain_tax = match (y.wr, result, basis) {
                (Some(r), Some(res), Some(b)) if t == last || rows.is_some() => wr::gain_tax(
                    res,
                    wr::gain(sale_at(value), b),
                    self.persons(),
                    r,
                    &carry_before,
                ),
                _ => Decimal::ZERO,
            };
            if t == last {
                end_gain_tax = gain_tax;
            }
            if let Some(f) = flows.as_deref_mut() {
                f.push(cash);
            }
            if let Some(r) = rows.as_deref_mut() {
                let (sell_tax, sell_nw) = self.sell.1[t];
                r.push(Year {
                    year: y.year,
                    rent,
                    costs: op_costs,
                    interest,
                    repayment: repaid,
                    keep_box3_tax: box3_tax,
                    keep_cash_flow: cash,
                    keep_savings: savings,
                    property_value: value,
                    mortgage_balance: balance,
                    keep_net_worth: savings + sale_at(value) - balance - gain_tax,
                    sell_box3_tax: sell_tax,
                    sell_net_worth: sell_nw,
                    regime: if y.wr.is_some() {
                        Box3Regime::WerkelijkRendement
                    } else {
                        Box3Regime::Forfaitair
                    },
                    gain_tax,
                    keep_result: result,
                    basis,
                });
            }
        }
        let end = sale_at(value) - balance - end_gain_tax;
        if let Some(last) = flows.and_then(|f| f.last_mut()) {
            *last += end;
        }
        savings + end
    }
}

/// The keep route's result of a year under the bill: the rent received (the rent less what
/// vacancy and management take: `op_costs` less the fixed `costs`) less the fixed costs when
/// costs are deductible, less the interest paid when interest is deductible, plus the return on
/// the route's savings (a shortfall costs interest, deductible as interest).
fn keep_result(
    r: &wr::Rules,
    rent: Decimal,
    costs: Decimal,
    op_costs: Decimal,
    interest: Decimal,
    savings_return: Decimal,
) -> Decimal {
    let mut result = rent - (op_costs - costs);
    if r.kosten_aftrekbaar.applies {
        result -= costs;
    }
    if r.rente_aftrekbaar.applies {
        result -= interest;
    }
    if savings_return >= Decimal::ZERO || r.rente_aftrekbaar.applies {
        result += savings_return;
    }
    result
}

/// Interest and principal repaid per year over `years` years, amounts in cents.
///
/// While the balance is a whole number of cents the year's figures take integer paths (the
/// interest by [`interest_cents`], the principal by [`Whole::repaid`]), each handing over to the
/// decimal computation where it cannot be sure of the cent; the balance is then kept in cents
/// together with the number of decimals the decimal balance would show.
fn schedule(m: Option<&Mortgage>, years: usize) -> Vec<(Decimal, Decimal)> {
    let Some(m) = m else {
        return vec![(Decimal::ZERO, Decimal::ZERO); years];
    };
    let n = m.remaining_years.unwrap_or(1).max(1) as usize;
    // The quotients that are the same every year, computed once (the rate only an annuity's
    // principal reads).
    let terms = Terms {
        rate: match m.repayment {
            Repayment::Annuity => m.interest_pct / HUNDRED,
            _ => Decimal::ZERO,
        },
        linear: (m.repayment == Repayment::Linear).then(|| m.balance / Decimal::from(n as u32)),
    };
    let whole = Whole::new(m, &terms);
    let rows = |powers: &[Decimal], quotients: &mut [Option<u128>]| {
        // The decimal balance, kept only once the balance has left its form in cents.
        let mut balance = m.balance;
        // The balance in cents and its number of decimals, while it has that form.
        let mut held = cents(balance).map(|c| (c, balance.scale()));
        (0..years)
            .map(|t| {
                let now =
                    |held: Option<(i64, u32)>| held.map_or(balance, |(c, s)| from_cents(c, s));
                let interest = match held.and_then(|(b, _)| interest_cents(b, m.interest_pct)) {
                    Some(c) => Decimal::new(c, 2),
                    None => round_cents(money::pct_of(now(held), m.interest_pct)),
                };
                let quotient = |left: usize| {
                    *quotients[left]
                        .get_or_insert_with(|| annuity_quotient(terms.rate, powers[left]))
                };
                let repaid = match held.and_then(|(b, s)| whole.repaid(b, s, t as u32, quotient)) {
                    Some(r) => r,
                    None => round_cents(principal(m, &terms, now(held), t as u32, powers)),
                };
                match held.zip(cents(repaid)) {
                    // A decimal difference has the larger number of decimals of the two,
                    // except with a zero: x − 0 is x and 0 − x is −x, each as written.
                    Some(((b, s), r)) => {
                        let scale = match (b, r) {
                            (_, 0) => s,
                            (0, _) => repaid.scale(),
                            _ => s.max(repaid.scale()),
                        };
                        held = Some((b - r, scale));
                    }
                    None => {
                        balance = now(held) - repaid;
                        held = None;
                    }
                }
                (interest, repaid)
            })
            .collect()
    };
    if m.repayment == Repayment::Annuity {
        with_powers(m.interest_pct, n, rows)
    } else {
        rows(&[], &mut [])
    }
}

/// The decimal amount of `c` cents written with `scale` (at most 2) decimals.
fn from_cents(c: i64, scale: u32) -> Decimal {
    Decimal::new(c / 10i64.pow(2 - scale), scale)
}

thread_local! {
    /// (1 + rate)^k per mortgage rate, by the rate's exact representation (see [`with_powers`]),
    /// with the annuity quotients formed from them so far (see [`annuity_quotient`]).
    #[allow(clippy::type_complexity)]
    static POWERS: std::cell::RefCell<
        std::collections::HashMap<[u8; 16], (Vec<Decimal>, Vec<Option<u128>>)>,
    > = Default::default();
}

/// Run `f` on (1 + `pct`/100)^k for k = 0..=n, each by one more multiplication: the same numbers
/// `powi` gives, and on a slot per k for the annuity quotient of that factor (filled by the
/// caller when first needed). A batch has few distinct rates, so both are kept per thread, keyed
/// by the rate's exact representation (scale included), and extended when a longer term asks for
/// more.
fn with_powers<T>(
    pct: Decimal,
    n: usize,
    f: impl FnOnce(&[Decimal], &mut [Option<u128>]) -> T,
) -> T {
    POWERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > 4096 {
            cache.clear();
        }
        let (powers, quotients) = cache
            .entry(pct.serialize())
            .or_insert_with(|| (vec![Decimal::ONE], vec![None]));
        if powers.len() <= n {
            let a = Decimal::ONE + pct / HUNDRED;
            while powers.len() <= n {
                let next = powers[powers.len() - 1] * a;
                powers.push(next);
                quotients.push(None);
            }
        }
        f(&powers[..=n], &mut quotients[..=n])
    })
}

/// The annuity quotient `rate / (factor − 1)` (the principal of the year per unit of balance,
/// `factor` = (1 + rate)^left) as a binary fixed-point number with 64 fraction bits, within 2
/// units of the exact quotient: the decimal quotient is within 1.3·10⁻²⁸ of itself plus 10⁻²⁸ of
/// it (one rounding to 28 digits of a number below 1), 10⁻⁸ unit, and cutting it to 64 bits
/// loses less than one unit. 0 when there is no such number of use (a zero or negative rate, a
/// quotient of 1 or more).
fn annuity_quotient(rate: Decimal, factor: Decimal) -> u128 {
    let q = match rate.checked_div(factor - Decimal::ONE) {
        Some(q) if q > Decimal::ZERO && q < Decimal::ONE => q,
        _ => return 0,
    };
    let (m, d) = (q.mantissa().unsigned_abs(), 10u128.pow(q.scale()));
    // q × 2^64, cut: the fraction 32 bits at a time (m < d < 10^28 < 2^96, so m × 2^32 fits).
    let (mut r, mut frac) = (m, 0u128);
    for _ in 0..2 {
        r <<= 32;
        frac = (frac << 32) | (r / d);
        r %= d;
    }
    frac
}

/// What the integer path of the principal (see [`Whole::repaid`]) needs of a mortgage.
struct Whole {
    repayment: Repayment,
    n: u32,
    /// A linear mortgage: its balance at the start in cents and `round_cents` of its yearly
    /// repayment, formed by the decimal path once.
    linear: Option<(i64, Decimal)>,
    /// An annuity whose rate the fixed-point quotients serve: above 0 and at most 100 percent,
    /// with at most 8 decimals, its fraction written with at least 2 decimals (so the decimal
    /// principal has at least 2 and its rounding to cents exactly 2).
    annuity: bool,
}

/// Where the principal in 2⁻⁶⁴ cent lies within this many units (plus two per cent of balance,
/// for the quotient) of a half cent, [`Whole::repaid`] hands over to the decimal path.
///
/// The decimal principal `balance·i·F/(F − 1) − balance·i` (F = (1+i)^left as the decimal
/// powers hold it, exactly the factor both paths use) differs from the exact quotient
/// `balance·i/(F − 1)` by its roundings to 28 digits: `balance·i` is exact (at most 13 + 10
/// digits); the product with F, the division by F − 1 (exact) and the difference are each
/// rounded by at most 1.3·10⁻²⁸ of the result (a result of 29 digits keeps at least 28) plus
/// 10⁻²⁸ (the least unit at 28 decimals). With balance ≤ 10¹¹ euros, i ≤ 1 and a principal
/// below the balance, the payment is at most 2·10¹¹ euros, so the relative parts add to at most
/// 1.3·10⁻²⁸·(2·10¹¹ + 2·10¹¹ + 10¹¹) < 10⁻¹⁶ euro; the absolute one of the product grows by
/// 1/(F − 1) in the division, and F − 1 ≥ min(1, 2i) ≥ 2·10⁻¹⁰ (left ≥ 2, i ≥ 10⁻¹⁰; the
/// decimal powers' own roundings, below 4·10⁻²⁸ a year while F ≤ 2 and so 10⁻²⁴ at most over
/// 1000 years, do not change that), which gives at most 10⁻¹⁸ euro, and the other two 2·10⁻²⁸. In all below 2·10⁻¹⁶ euro = 2·10⁻¹⁴ cent ≈ 3.7·10⁵
/// units: 2²⁴ units cover it many times over. Where the exact quotient is farther than that
/// from a half cent, the decimal principal rounds to the same cent.
const SLACK: u128 = 1 << 24;

impl Whole {
    fn new(m: &Mortgage, terms: &Terms) -> Whole {
        let pct = m.interest_pct;
        Whole {
            repayment: m.repayment,
            n: m.remaining_years.unwrap_or(1).max(1),
            linear: terms
                .linear
                .zip(cents(m.balance))
                .map(|(l, b)| (b, round_cents(l))),
            annuity: m.repayment == Repayment::Annuity
                && pct > Decimal::ZERO
                && pct <= HUNDRED
                && pct.scale() <= 8
                && terms.rate.scale() >= 2
                && m.remaining_years.unwrap_or(1) <= 1000,
        }
    }

    /// `round_cents(principal(..))` of year `year_index` on a balance of `b` cents written with
    /// `scale` decimals, the same value in the same form, in integers: `None` where the decimal
    /// path decides. `quotient(left)` gives the fixed-point [`annuity_quotient`] for the years
    /// left.
    fn repaid(
        &self,
        b: i64,
        scale: u32,
        year_index: u32,
        quotient: impl FnOnce(usize) -> u128,
    ) -> Option<Decimal> {
        if b <= 0 {
            return Some(Decimal::ZERO);
        }
        match self.repayment {
            Repayment::InterestOnly => Some(Decimal::ZERO),
            _ if year_index + 1 >= self.n => Some(from_cents(b, scale)),
            Repayment::Linear => {
                // The yearly repayment b0/n (the decimal quotient is off by far less than the
                // 1/n cent that separates it from a balance in cents unless they are equal),
                // the balance when that is less; the smaller of equals is the repayment.
                let (b0, r) = self.linear?;
                if i128::from(b0) <= i128::from(b) * i128::from(self.n) {
                    Some(r)
                } else {
                    Some(from_cents(b, scale))
                }
            }
            Repayment::Annuity if self.annuity => {
                let g = quotient((self.n - year_index) as usize);
                if g == 0 {
                    return None;
                }
                // b × quotient in cents with 64 fraction bits, within 2b units of the exact
                // principal (see `SLACK` for the decimal one).
                let bu = u128::try_from(b).ok()?;
                let x = bu.checked_mul(g)?;
                const HALF: u128 = 1 << 63;
                let f = x & (u64::MAX as u128);
                if f.abs_diff(HALF) <= 2 * bu + SLACK {
                    return None;
                }
                let c = (x >> 64) + u128::from(f > HALF);
                // Below the balance by a whole cent, the principal is the smaller of the two.
                (c < bu).then(|| Decimal::new(c as i64, 2))
            }
            Repayment::Annuity => None,
        }
    }
}

/// What the principal of every year of a mortgage shares: the rate as a fraction (for an
/// annuity), and a linear mortgage's yearly repayment (balance at the start / term).
struct Terms {
    rate: Decimal,
    linear: Option<Decimal>,
}

/// The year's interest `round_cents(pct_of(balance, pct))` on a balance of `balance` cents, in
/// integers: the product is exact there too, so the rounding (halves away from zero) is the
/// same. `None` when the rate has too many decimals for that.
fn interest_cents(balance: i64, pct: Decimal) -> Option<i64> {
    if pct.scale() > 20 {
        return None;
    }
    // The same in 64 bits where it fits (the common case, and much cheaper to divide).
    if let Some(product) = i64::try_from(pct.mantissa())
        .ok()
        .and_then(|p| balance.checked_mul(p))
        .filter(|_| pct.scale() <= 16)
    {
        let divisor = 10i64.pow(pct.scale() + 2);
        let (q, r) = (product / divisor, product % divisor);
        return Some(if r.abs() * 2 >= divisor {
            q + r.signum()
        } else {
            q
        });
    }
    let product = i128::from(balance).checked_mul(pct.mantissa())?;
    if product.unsigned_abs() >= 10u128.pow(26) {
        return None;
    }
    let divisor = 10i128.pow(pct.scale() + 2);
    let (q, r) = (product / divisor, product % divisor);
    let c = if r.abs() * 2 >= divisor {
        q + r.signum()
    } else {
        q
    };
    i64::try_from(c).ok()
}

/// The principal repaid in year `year_index` (0-based) on `balance`; an annuity or linear mortgage
/// is repaid in full in its last year. `powers` holds (1 + rate)^k for an annuity (see `schedule`).
fn principal(
    m: &Mortgage,
    terms: &Terms,
    balance: Decimal,
    year_index: u32,
    powers: &[Decimal],
) -> Decimal {
    if balance <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let n = m.remaining_years.unwrap_or(1).max(1);
    match m.repayment {
        Repayment::InterestOnly => Decimal::ZERO,
        _ if year_index + 1 >= n => balance,
        Repayment::Linear => terms
            .linear
            .unwrap_or_else(|| m.balance / Decimal::from(n))
            .min(balance),
        Repayment::Annuity => {
            let i = terms.rate;
            let left = n - year_index;
            if i.is_zero() {
                return balance / Decimal::from(left);
            }
            // The payment on the remaining balance over the remaining years is the same each year.
            let factor = powers
                .get(left as usize)
                .copied()
                .unwrap_or_else(|| money::powi(Decimal::ONE + i, left));
            let payment = balance * i * factor / (factor - Decimal::ONE);
            (payment - balance * i).min(balance)
        }
    }
}

/// The largest amount (cents or euros) the integer path of the keep route takes.
const WHOLE_MAX: i64 = 10_000_000_000_000;

/// `d` in cents, when it has at most two decimals and fits.
fn cents(d: Decimal) -> Option<i64> {
    money::cents_within(d, WHOLE_MAX)
}

/// Run the plan. `with_details` adds the break-even growth, the IRR and the year-by-year rows.
pub fn compute(i: &Input, rules: &RuleSet, with_details: bool, trace: &mut Trace) -> Outcome {
    outcome(&Plan::new(i, rules), i, rules, with_details, trace)
}

/// The outcome of a prepared plan (see [`compute`]).
pub fn outcome(
    plan: &Plan,
    i: &Input,
    rules: &RuleSet,
    with_details: bool,
    trace: &mut Trace,
) -> Outcome {
    let proceeds_now = plan.sell.0;
    let sell_nw = plan.sell_net_worth();
    let mut rows = Vec::with_capacity(if with_details { plan.years.len() } else { 0 });
    let mut flows = Vec::with_capacity(plan.years.len() + 1);
    flows.push(-proceeds_now);
    let keep_nw = if with_details {
        plan.keep(i, i.value_growth_pct, Some(&mut rows), Some(&mut flows))
    } else {
        plan.keep(i, i.value_growth_pct, None, None)
    };
    let difference = keep_nw - sell_nw;
    let (break_even, keep_irr) = if with_details {
        // Reported to 0.01 point: a tolerance of 0.0001 point, or within 10 cents. Start from the
        // plan's own growth, whose difference is known.
        let g0 = i.value_growth_pct;
        // The second point: a Newton step on the end sale alone, whose value moves by
        // V × N × (1 + g)^(N−1) × share × (1 − selling costs) per point of growth (Box 3 and the
        // rent do not depend on it much); one point away when that slope is of no use.
        let gf = Decimal::ONE + money::div100(g0);
        let slope = money::div100(
            i.vacant_value
                * money::powi(gf, i.years.saturating_sub(1))
                * Decimal::from(i.years)
                * i.end_price_share
                * (Decimal::ONE - money::div100(i.selling_costs_pct)),
        );
        let newton = (slope > Decimal::ZERO)
            .then(|| trial(g0 - difference / slope))
            .filter(|g| {
                *g >= rules.market.break_even_low_pct.value
                    && *g <= rules.market.break_even_high_pct.value
                    && *g != g0
            });
        let g1 = newton.unwrap_or(if difference > Decimal::ZERO {
            g0 - Decimal::ONE
        } else {
            g0 + Decimal::ONE
        });
        let be = root(
            Search {
                lo: rules.market.break_even_low_pct.value,
                hi: rules.market.break_even_high_pct.value,
                tolerance: Decimal::new(1, 4),
                f_tolerance: Decimal::new(1, 1),
            },
            g0,
            difference,
            g1,
            |g| plan.keep(i, g, None, None) - sell_nw,
        );
        let irr = if proceeds_now > Decimal::ZERO {
            irr(&flows)
        } else {
            None
        };
        (
            be.map(|b| super::solve::round_dp(b, 2)),
            irr.map(|r| super::solve::round_dp(r, 2)),
        )
    } else {
        (None, None)
    };
    let wr_from = rules.werkelijk_rendement_from();
    let carried: Vec<(i32, i32)> = plan
        .years
        .iter()
        .filter_map(|y| match (y.wr, wr_from) {
            (Some(_), Some(from)) => (y.year > from).then_some((y.year, from)),
            _ => y.box3_carried_from.map(|from| (y.year, from)),
        })
        .collect();
    // Selling at the end of the year before the bill's regime, when the plan runs past it.
    let sell_later = wr_from.and_then(|from| {
        let t = rows.iter().position(|r| r.year == from - 1)?;
        (t + 1 < rows.len()).then(|| {
            let proceeds = rows[t].keep_net_worth;
            SellLater {
                year: from - 1,
                proceeds,
                net_worth: plan.money_from(i, t + 1, proceeds, None),
            }
        })
    });
    let gain_tax = rows.last().map(|r| r.gain_tax).unwrap_or_default();
    let start_value = rows.iter().find_map(|r| r.basis);
    // The assumptions of both routes, each cited from the market default or the input that set
    // it, and the Box 3 rules of the tax year (each later year's in its regime step).
    let market = &rules.market;
    // (Looked up only when a step is built: nothing here runs without tracing.)
    let box3_now = || rules.box3(i.tax_year).map(|b| b.rules);
    let alternative_return = |s: Step| match box3_now() {
        Some(b) => s.assumption(
            "plan.alternative_return_pct",
            i.alternative_return_pct,
            match i.alternative {
                Alternative::Savings => &b.rendement_banktegoeden_pct,
                Alternative::Investments => &b.rendement_overige_bezittingen_pct,
            },
        ),
        None => s.from_input("plan.alternative_return_pct"),
    };
    let box3_tax = |s: Step| match box3_now() {
        Some(b) => s.uses(&b.heffingsvrij_vermogen).uses(&b.tarief_pct),
        None => s,
    };
    trace.add(|| {
        Step::new(
            Text::new(Msg::FSellProceeds, vec![]),
            Arg::Euro(proceeds_now),
            Text::new(
                Msg::XProceeds,
                vec![Arg::Euro(i.sale_price_now), Arg::Pct(i.selling_costs_pct)],
            ),
        )
        .assumption(
            "plan.selling_costs_pct",
            i.selling_costs_pct,
            &market.selling_costs_pct,
        )
        .from_input("plan.sale")
        .from_input("mortgage.balance")
    });
    trace.add(|| {
        let s = Step::new(
            Text::new(Msg::FSellNetWorth, vec![]),
            Arg::Euro(sell_nw),
            Text::new(
                Msg::XSellNetWorth,
                vec![
                    Arg::Pct(i.alternative_return_pct),
                    Text::new(
                        if i.alternative == Alternative::Savings {
                            Msg::XSavings
                        } else {
                            Msg::XInvestments
                        },
                        vec![],
                    )
                    .into(),
                ],
            ),
        );
        box3_tax(alternative_return(s))
            .from_input("plan.alternative")
            .from_step("proceeds")
    });
    trace.add(|| {
        let s = Step::new(
            Text::new(Msg::FKeepNetWorth, vec![]),
            Arg::Euro(keep_nw),
            Text::new(
                Msg::XKeepNetWorth,
                vec![
                    Arg::Pct(i.rent_growth_pct),
                    crate::valuation::segment_word(i.segment),
                    Arg::Pct(i.alternative_return_pct),
                    Arg::Pct(i.value_growth_pct),
                    Arg::Pct((i.end_price_share * HUNDRED).round_dp(1)),
                    Arg::Pct(i.selling_costs_pct),
                ],
            ),
        )
        .assumption(
            "plan.rent_growth_pct",
            i.rent_growth_pct,
            &market.rent_growth_pct,
        );
        let s = match rules.huurverhoging(i.tax_year) {
            Some(h) => s.uses(h.rules.param(i.segment)),
            None => s,
        };
        let s = alternative_return(s)
            .assumption(
                "plan.value_growth_pct",
                i.value_growth_pct,
                &market.value_growth_pct,
            )
            .assumption(
                "plan.selling_costs_pct",
                i.selling_costs_pct,
                &market.selling_costs_pct,
            );
        let s = match rules.leegwaarderatio(i.tax_year) {
            Some(l) => s.uses(l.rules),
            None => s,
        };
        box3_tax(s)
            .from_input("lease.monthly_rent")
            .from_input("plan.sale")
            .from_input("mortgage")
    });
    trace.add(|| {
        Step::new(
            "difference",
            Arg::Euro(difference),
            Text::new(Msg::XDifference, vec![]),
        )
        .from_step("keep_net_worth")
        .from_step("sell_net_worth")
    });
    if with_details {
        trace.add(|| {
            Step::new(
                "break_even_growth_pct",
                break_even.map_or(Text::new(Msg::NoBreakEvenRange, vec![]).into(), Arg::Pct),
                Text::new(
                    Msg::XBreakEven,
                    vec![
                        Arg::Num(rules.market.break_even_low_pct.value),
                        Arg::Num(rules.market.break_even_high_pct.value),
                    ],
                ),
            )
            .uses_all([
                &rules.market.break_even_low_pct,
                &rules.market.break_even_high_pct,
            ])
        });
    }
    for (y, from) in &carried {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FRulesCarried, vec![]),
                y,
                Text::new(Msg::XRulesCarried, vec![(*from).into(), (*y).into()]),
            )
            .uses_all(rules.year(*from).map(|r| Citation::rule(r.origin.clone())))
        });
    }
    Outcome {
        proceeds_now,
        keep_net_worth: keep_nw,
        sell_net_worth: sell_nw,
        difference,
        break_even_growth_pct: break_even,
        keep_irr_pct: keep_irr,
        years: rows,
        carried,
        future: plan.future,
        gain_tax,
        start_value,
        sell_later,
    }
}

/// The derivation of a plan under the future `o.future`: each year's regime and Box 3 tax, the
/// start value and the tax on the gain at the sale, and the route that sells before the bill.
pub fn explain_future(o: &Outcome, rules: &RuleSet, trace: &mut Trace) {
    // The future in the figure's name: the bill's in the language of the output.
    let label = || -> Arg {
        match o.future {
            Future::Bill => Text::new(Msg::FBill, vec![]).into(),
            f => f.as_str().into(),
        }
    };
    let wr_from = rules.werkelijk_rendement_from();
    for r in &o.years {
        trace.add(|| {
            let how = match r.keep_result {
                Some(res) => Text::new(
                    Msg::XYearBill,
                    vec![
                        Arg::Euro(res),
                        Arg::Euro(r.rent),
                        Arg::Euro(r.costs),
                        Arg::Euro(r.interest),
                        Arg::Euro(r.keep_box3_tax),
                        Arg::Euro(r.sell_box3_tax),
                    ],
                ),
                None => Text::new(
                    Msg::XYearForfaitair,
                    vec![Arg::Euro(r.keep_box3_tax), Arg::Euro(r.sell_box3_tax)],
                ),
            };
            let step = Step::new(
                Text::new(Msg::FRegime, vec![label(), r.year.into()]),
                r.regime.as_str(),
                how,
            );
            match (r.regime, wr_from.and_then(|y| rules.werkelijk_rendement(y))) {
                (Box3Regime::WerkelijkRendement, Some(w)) => {
                    step.uses_all(w.citations()).shown_as(w.cite())
                }
                _ => match rules.box3(r.year) {
                    Some(b) => {
                        let used: [&dyn crate::rules::Cite; 3] = [
                            &b.rules.heffingsvrij_vermogen,
                            &b.rules.rendement_overige_bezittingen_pct,
                            &b.rules.tarief_pct,
                        ];
                        let text: Vec<String> = used.iter().map(|p| p.citation().cite()).collect();
                        step.uses_all(used)
                            .shown_as(format!(
                                "Box 3 rules of {}: {}",
                                b.from_year,
                                text.join("; ")
                            ))
                            .framed(Msg::SrcBox3RulesOf, vec![b.from_year.into()])
                    }
                    None => step,
                },
            }
        });
    }
    if let Some(start) = o.start_value {
        let w = wr_from.and_then(|y| rules.werkelijk_rendement(y));
        trace.add(|| {
            let s = Step::new(
                Text::new(Msg::FStartValue, vec![label()]),
                Arg::Euro(start),
                Text::new(Msg::XStartValue, vec![wr_from.unwrap_or_default().into()]),
            );
            match w {
                Some(w) => s.uses(&w.beginwaarde_leegwaarderatio),
                None => s,
            }
        });
        if let (Some(last), Some(w)) = (o.years.last(), w) {
            trace.add(|| {
                Step::new(
                    Text::new(Msg::FGainTax, vec![label()]),
                    Arg::Euro(o.gain_tax),
                    Text::new(
                        Msg::XGainTax,
                        vec![
                            last.year.into(),
                            Arg::Euro(last.basis.unwrap_or(start)),
                            Arg::Pct(w.tarief_pct.value),
                        ],
                    ),
                )
                .uses_all(w.citations())
                .shown_as(w.cite())
            });
        }
    }
    if let Some(l) = &o.sell_later {
        trace.add(|| {
            Step::new(
                Text::new(Msg::FKeepThenSell, vec![label(), l.year.into()]),
                Arg::Euro(l.net_worth),
                Text::new(
                    Msg::XSellLater,
                    vec![
                        l.year.into(),
                        Arg::Euro(l.proceeds),
                        Arg::Euro(o.keep_net_worth - l.net_worth),
                    ],
                ),
            )
            .uses_all(
                rules
                    .werkelijk_rendement(l.year + 1)
                    .map(|w| w.status.citation()),
            )
        });
    }
}

/// The plan's input for a scenario, when the property has a `[plan]` section: the defaults
/// resolved, the sale price now by the chosen route (`val` for a tenanted sale or to the tenant;
/// the vacant value less the costs of ending the lease for a vacant sale), and the rent the
/// dwelling can sustain (`monthly_rent`: the legal maximum when the rent is above it).
pub fn input(
    s: &crate::scenario::Scenario,
    segment: Segment,
    monthly_rent: Decimal,
    val: &crate::valuation::Valuation,
) -> Option<Input> {
    let p = s.property;
    let x = p.plan.as_ref()?;
    let v = p.vacant_value();
    let default_return = match s.alternative {
        Alternative::Savings => s.box3.rendement_banktegoeden_pct.value,
        Alternative::Investments => s.box3.rendement_overige_bezittingen_pct.value,
    };
    let eviction_cost = s.eviction_cost();
    let (price_now, share, deduction) = match s.sale {
        crate::model::Sale::Tenanted => (val.tenanted_value, val.tenanted_value / v, Decimal::ZERO),
        crate::model::Sale::ToTenant => {
            (val.to_tenant_value, val.to_tenant_value / v, Decimal::ZERO)
        }
        crate::model::Sale::Vacant => (v - eviction_cost, Decimal::ONE, eviction_cost),
    };
    Some(Input {
        tax_year: s.year,
        years: x
            .years
            .unwrap_or_else(|| money::to_count(s.market.plan_years.value, 10)),
        woz_value: p.woz_value,
        vacant_value: v,
        monthly_rent,
        letting: p.letting(),
        segment,
        fixed_costs: s.fixed_costs,
        rent_loss_pct: s.rent_loss_pct,
        mortgage: p.mortgage.clone(),
        owner: p.owner.clone(),
        value_growth_pct: s.value_growth_pct.value,
        rent_growth_pct: s.rent_growth_pct.value,
        alternative_return_pct: x.alternative_return_pct.unwrap_or(default_return),
        alternative: s.alternative,
        selling_costs_pct: s.selling_costs_pct.value,
        sale_price_now: price_now,
        end_price_share: share,
        end_sale_deduction: deduction,
        one_off_cost: Decimal::ZERO,
    })
}

/// The first year under the bill on actual returns, when the plan `i` reaches it.
pub fn bill_from(i: &Input, rules: &RuleSet) -> Option<i32> {
    rules
        .werkelijk_rendement_from()
        .filter(|from| i.tax_year + i.years as i32 > *from)
}

/// The plan under each Box 3 future `future` asks for, today's (`forfaitair`, already run on the
/// plan `prepared` for `i`) first; the bill's is run only when the plan reaches its regime (else
/// it is today's).
pub fn futures<'a>(
    i: &'a Input,
    rules: &'a RuleSet,
    prepared: &Plan<'a>,
    forfaitair: &Outcome,
    future: crate::model::Box3Future,
) -> Vec<Outcome> {
    use crate::model::Box3Future;
    let bill = || match bill_from(i, rules) {
        Some(_) => {
            // Today's prepared plan holds all that does not depend on the future.
            let pl = prepared.under(i, rules, Future::Bill);
            outcome(&pl, i, rules, true, &mut Trace::new(false))
        }
        None => Outcome {
            future: Future::Bill,
            ..forfaitair.clone()
        },
    };
    match future {
        Box3Future::Both => vec![forfaitair.clone(), bill()],
        Box3Future::Bill => vec![bill()],
        Box3Future::Forfaitair => vec![forfaitair.clone()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2048, ..Default::default() })]

        /// The integer interest equals the decimal one, amount and form (two decimals).
        #[test]
        fn the_integer_interest_equals_the_decimal_one(
            balance in -WHOLE_MAX..=WHOLE_MAX,
            rate in -2_000_000i64..=20_000_000,
            scale in 0u32..=6,
        ) {
            let pct = Decimal::new(rate, scale);
            let decimal = round_cents(money::pct_of(Decimal::new(balance, 2), pct));
            if let Some(c) = interest_cents(balance, pct) {
                let d = Decimal::new(c, 2);
                proptest::prop_assert_eq!(d, decimal);
                proptest::prop_assert_eq!(d.to_string(), decimal.to_string());
            }
        }
    }

    /// The rules of each plan year, copied from the previous year past the last year of the
    /// rules, are those the rules give for that year, under both futures and derived either way.
    #[test]
    fn the_rules_of_each_plan_year_are_those_of_the_rules() {
        let rules = RuleSet::built_in().unwrap();
        let last = *rules.years.last_key_value().unwrap().0;
        for (tax_year, partner) in [(2024, false), (2026, true), (last, false), (last + 3, true)] {
            let i = Input {
                tax_year,
                years: 15,
                woz_value: Decimal::from(300_000),
                vacant_value: Decimal::from(300_000),
                monthly_rent: Decimal::from(1_100),
                letting: leegwaarderatio::Letting::new(
                    crate::model::Contract::Indefinite,
                    crate::model::Tenant::ThirdParty,
                ),
                segment: Segment::Mid,
                fixed_costs: Decimal::from(2_500),
                rent_loss_pct: Decimal::from(3),
                mortgage: None,
                owner: Owner {
                    fiscal_partner: partner,
                    bank_balance: Decimal::from(80_000),
                    ..Owner::default()
                },
                value_growth_pct: Decimal::from(2),
                rent_growth_pct: Decimal::from(4),
                alternative_return_pct: Decimal::from(2),
                alternative: Alternative::Savings,
                selling_costs_pct: Decimal::from(2),
                sale_price_now: Decimal::from(250_000),
                end_price_share: Decimal::new(85, 2),
                end_sale_deduction: Decimal::ZERO,
                one_off_cost: Decimal::ZERO,
            };
            let today = Plan::new(&i, &rules);
            let bill = Plan::for_future(&i, &rules, Future::Bill);
            for (pl, future) in [
                (&today, Future::Forfaitair),
                (&bill, Future::Bill),
                (&today.under(&i, &rules, Future::Bill), Future::Bill),
                (
                    &bill.under(&i, &rules, Future::Forfaitair),
                    Future::Forfaitair,
                ),
            ] {
                for y in &pl.years {
                    let b = rules.box3(y.year);
                    assert!(std::ptr::eq(y.box3.unwrap(), b.as_ref().unwrap().rules));
                    assert_eq!(
                        y.box3_carried_from,
                        b.filter(|c| c.carried).map(|c| c.from_year)
                    );
                    let l = rules.leegwaarderatio(y.year).unwrap().rules;
                    assert!(std::ptr::eq(y.leegwaarderatio.unwrap(), l));
                    let h = rules
                        .huurverhoging(y.year)
                        .map(|h| h.rules.for_segment(i.segment));
                    assert_eq!(y.max_increase, h, "{}", y.year);
                    let w = match future {
                        Future::Bill => rules.werkelijk_rendement(y.year),
                        Future::Forfaitair => None,
                    };
                    assert_eq!(y.wr.is_some(), w.is_some(), "{}", y.year);
                    if let (Some(a), Some(b)) = (y.wr, w) {
                        assert!(std::ptr::eq(a, b));
                    }
                    let base = if w.is_some() {
                        Decimal::ZERO
                    } else {
                        pl.own_base_tax(y)
                    };
                    assert_eq!(y.base_tax, base, "{}", y.year);
                }
            }
        }
    }

    /// The schedule computed year by year in decimals: the reference of [`schedule`].
    fn decimal_schedule(m: &Mortgage, years: usize) -> Vec<(Decimal, Decimal)> {
        let n = m.remaining_years.unwrap_or(1).max(1);
        let mut balance = m.balance;
        (0..years as u32)
            .map(|t| {
                let interest = round_cents(money::pct_of(balance, m.interest_pct));
                let i = m.interest_pct / HUNDRED;
                let p = if balance <= Decimal::ZERO {
                    Decimal::ZERO
                } else {
                    match m.repayment {
                        Repayment::InterestOnly => Decimal::ZERO,
                        _ if t + 1 >= n => balance,
                        Repayment::Linear => (m.balance / Decimal::from(n)).min(balance),
                        Repayment::Annuity if i.is_zero() => balance / Decimal::from(n - t),
                        Repayment::Annuity => {
                            let f = money::powi(Decimal::ONE + i, n - t);
                            let payment = balance * i * f / (f - Decimal::ONE);
                            (payment - balance * i).min(balance)
                        }
                    }
                };
                let repaid = round_cents(p);
                balance -= repaid;
                (interest, repaid)
            })
            .collect()
    }

    /// The schedule with its hoisted quotients and integer paths equals the schedule computed
    /// year by year in decimals, for every kind of mortgage.
    #[test]
    fn the_schedule_equals_the_decimal_schedule() {
        let reference = decimal_schedule;
        let mut seeded = crate::money::Seeded(11);
        let mut next = |n: u64| seeded.below(n);
        for _ in 0..3000 {
            let m = Mortgage {
                balance: Decimal::new(next(80_000_000) as i64, next(3) as u32),
                interest_pct: {
                    let scale = next(4) as u32;
                    Decimal::new(next(15 * 10u64.pow(scale)) as i64, scale)
                },
                repayment: [
                    Repayment::InterestOnly,
                    Repayment::Linear,
                    Repayment::Annuity,
                ][next(3) as usize],
                remaining_years: Some(1 + next(35) as u32),
            };
            let years = 1 + next(40) as usize;
            let got = schedule(Some(&m), years);
            let want = reference(&m, years);
            assert_eq!(got, want, "{m:?}");
            let text = |v: &[(Decimal, Decimal)]| format!("{v:?}");
            assert_eq!(text(&got), text(&want), "{m:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        /// The integer principal gives the decimal schedule exactly, figures and their form: long
        /// annuities, rates with many decimals or none, tiny and huge balances.
        #[test]
        fn the_integer_principal_equals_the_decimal_one(
            balance in proptest::prop_oneof![1i64..=300, 1i64..=10_000_000_000_000],
            balance_scale in 0u32..=2,
            rate in proptest::prop_oneof![0i64..=1, 0i64..=30_000_000_000],
            rate_scale in 0u32..=10,
            repayment in 0usize..3,
            n in proptest::prop_oneof![1u32..=50, 1u32..=150],
            years in 1usize..=60,
        ) {
            // The balance written with `balance_scale` decimals, the rate with `rate_scale`.
            let b = Decimal::new(balance / 10i64.pow(2 - balance_scale), balance_scale);
            let pct = Decimal::new(rate / 10i64.pow(10 - rate_scale.min(10)), rate_scale);
            let m = Mortgage {
                balance: b,
                interest_pct: pct.min(Decimal::from(30)),
                repayment: [Repayment::InterestOnly, Repayment::Linear, Repayment::Annuity]
                    [repayment],
                remaining_years: Some(n),
            };
            let (got, want) = (schedule(Some(&m), years), decimal_schedule(&m, years));
            proptest::prop_assert_eq!(&got, &want, "{:?}", m);
            proptest::prop_assert_eq!(format!("{got:?}"), format!("{want:?}"), "{:?}", m);
        }
    }

    /// The integer principal of one year, wherever it answers, is `round_cents(principal(..))`,
    /// value and form; and it answers for nearly all ordinary annuity and linear years.
    #[test]
    fn the_integer_principal_answers_and_agrees() {
        let mut seeded = crate::money::Seeded(29);
        let mut next = |n: u64| seeded.below(n);
        let (mut asked, mut answered) = (0u32, 0u32);
        for _ in 0..20_000 {
            let scale = next(9) as u32;
            let m = Mortgage {
                balance: Decimal::new(1 + next(1 << 31) as i64 * (1 + next(4000) as i64), 2),
                interest_pct: Decimal::new(next(12 * 10u64.pow(scale)) as i64, scale),
                repayment: [Repayment::Linear, Repayment::Annuity][next(2) as usize],
                remaining_years: Some(2 + next(49) as u32),
            };
            let n = m.remaining_years.unwrap() as usize;
            let t = next(n as u64 - 1) as u32;
            // A balance partly repaid, written with two decimals.
            let balance =
                m.balance - Decimal::new(next(1 + cents(m.balance).unwrap() as u64) as i64, 2);
            let b = cents(balance).unwrap();
            let terms = Terms {
                rate: m.interest_pct / HUNDRED,
                linear: (m.repayment == Repayment::Linear)
                    .then(|| m.balance / Decimal::from(n as u32)),
            };
            let whole = Whole::new(&m, &terms);
            let powers: Vec<Decimal> = (0..=n as u32)
                .map(|k| money::powi(Decimal::ONE + terms.rate, k))
                .collect();
            let got = whole.repaid(b, 2, t, |left| annuity_quotient(terms.rate, powers[left]));
            let want = round_cents(principal(&m, &terms, balance, t, &powers));
            if b > 0 && !m.interest_pct.is_zero() && m.interest_pct.scale() <= 8 {
                asked += 1;
                answered += u32::from(got.is_some());
            }
            if let Some(got) = got {
                assert_eq!(got, want, "{m:?} {balance} {t}");
                assert_eq!(got.to_string(), want.to_string(), "{m:?} {balance} {t}");
            }
        }
        assert!(answered * 100 >= asked * 99, "{answered} of {asked}");
    }
}
