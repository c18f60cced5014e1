//! The two routes of a plan, year by year: selling now and holding the money, or keeping the
//! dwelling let and selling it at the end. A [`Plan`] holds what every run of the keep route
//! shares, so the break-even search and the stress scenarios rerun only what they change.

use std::rc::Rc;

use rust_decimal::Decimal;

use super::memo::Memo;
use super::rerun::Rerun;
use super::schedule::{Schedule, schedule};
use super::{Future, Input, Year};
use crate::box3::{self, Household};
use crate::leegwaarderatio;
use crate::model::{Alternative, Mortgage};
use crate::money::{self, HUNDRED, round_cents};
use crate::rules::{Box3Regime, LeegwaarderatioRules, RuleSet};
use crate::werkelijk_rendement::{self as wr, Carry};

/// The rules of one plan year, looked up once.
#[derive(Clone)]
pub(super) struct YearRules<'a> {
    pub(super) year: i32,
    /// The year's Box 3 rules with their amounts for the owner's household.
    box3: Option<box3::PerHousehold<'a>>,
    /// The year whose Box 3 rules were carried to this one, when they were.
    pub(super) box3_carried_from: Option<i32>,
    /// The parameters of Box 3 on actual returns when the year falls under that regime.
    pub(super) wr: Option<&'a wr::Rules>,
    leegwaarderatio: Option<&'a LeegwaarderatioRules>,
    /// Maximum rent increase of the segment, percent.
    max_increase: Option<Decimal>,
    /// The Box 3 tax on the owner's other wealth alone.
    base_tax: Decimal,
    /// The keep route's figures of the year as last computed, for the reruns (each plan's
    /// own: a plan derived from another starts afresh).
    memo: Memo,
}

/// What a plan's years have whatever the Box 3 future: the rents and costs, the mortgage's
/// schedule; shared by the plans derived from one another ([`Plan::under`]).
#[derive(Default)]
struct Flows {
    /// Per year: the rent, the costs.
    years: Vec<Flow>,
    /// The mortgage's (interest, repayment) per year.
    schedule: Schedule,
}

/// A year's rent and costs.
struct Flow {
    /// Yearly rent: it does not depend on value growth or the stress scenarios.
    rent: Decimal,
    /// Fixed costs: as the rent.
    costs: Decimal,
    /// The costs with the rent loss (fixed costs + rent loss).
    op_costs: Decimal,
    /// The rent less its costs with the rent loss, the interest and the repayment: the keep
    /// route's cash flow before its Box 3 tax in a rerun that changes none of them.
    net: Decimal,
}

/// The year after the last year of `rules`: every later year has the rules of this one (each
/// section carried from the same year, [`RuleSet::section`]).
fn beyond(rules: &RuleSet) -> Option<i32> {
    rules.years.last_key_value().map(|(&k, _)| k + 1)
}

/// A plan ready to run: the rules of every year, the rents and costs, the mortgage's schedule and
/// the sell route, computed once, so the keep route can be rerun cheaply (break-even, stress
/// scenarios).
pub struct Plan<'a> {
    pub(super) input: &'a Input,
    pub(super) future: Future,
    pub(super) years: Vec<YearRules<'a>>,
    /// The rents, costs and the mortgage's schedule of the years.
    flows: Rc<Flows>,
    /// The keep route's Box 3 tax of the first year under today's system: it depends on nothing
    /// a rerun changes (the value and the balance on 1 January, no savings yet).
    first_tax: Option<Decimal>,
    /// Proceeds now, then per year (Box 3 tax, money at the end of the year).
    pub(super) sell: (Decimal, Vec<(Decimal, Decimal)>),
    /// For a plan derived from another ([`Plan::under`]): how many of its first years have the
    /// other's rules, so that both routes run the same there.
    pub(super) shared_years: usize,
    /// Whether the outcome with details works out selling before the bill's regime
    /// ([`super::SellLater`]).
    pub(super) sell_later: bool,
}

impl<'a> Plan<'a> {
    /// Prepare the plan of `i` under `rules`, with today's Box 3 carried forward.
    pub fn new(i: &'a Input, rules: &'a RuleSet) -> Plan<'a> {
        Plan::for_future(i, rules, Future::Forfaitair)
    }

    /// Prepare the plan of `i` under `rules` in the Box 3 future `future`.
    pub fn for_future(i: &'a Input, rules: &'a RuleSet, future: Future) -> Plan<'a> {
        let mut plan = Plan {
            input: i,
            future,
            years: Vec::with_capacity(i.years as usize),
            flows: Rc::default(),
            first_tax: None,
            sell: (Decimal::ZERO, Vec::new()),
            shared_years: 0,
            sell_later: true,
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
                    memo: Memo::default(),
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
            let box3_rules = box3_year.map(|c| c.rules);
            let wr = match future {
                Future::Bill => rules.werkelijk_rendement(year),
                Future::Forfaitair => None,
            };
            // Years carried from the same rules have the same amounts per household and the
            // same base tax: form them once.
            let same = plan
                .years
                .last()
                .filter(|prev| match (prev.box3, box3_rules) {
                    (Some(a), Some(b)) => std::ptr::eq(a.rules, b),
                    _ => false,
                });
            let box3 = match same {
                Some(prev) => prev.box3,
                None => box3_rules.map(|r| box3::PerHousehold::new(r, i.owner.fiscal_partner)),
            };
            let base_tax = match same {
                _ if wr.is_some() => Decimal::ZERO,
                Some(prev) => prev.base_tax,
                None => plan.own_tax(box3.as_ref()),
            };
            plan.years.push(YearRules {
                year,
                box3,
                box3_carried_from,
                wr,
                leegwaarderatio: rules.leegwaarderatio(year).map(|c| c.rules),
                max_increase: rules
                    .huurverhoging(year)
                    .map(|h| h.rules.for_segment(i.segment)),
                base_tax,
                memo: Memo::default(),
            });
        }
        let (mut rent, mut costs) = (i.monthly_rent * Decimal::from(12), i.fixed_costs);
        // The improved dwelling's rent, grown alongside, received after the year of the work.
        let mut improved = i.improvement.map(|m| m.monthly_rent * Decimal::from(12));
        let cost_growth = Decimal::ONE + money::div100(i.rent_growth_pct);
        let rent_loss = money::div100(i.rent_loss_pct);
        // The plan's own flows, not shared yet.
        let flows = Rc::get_mut(&mut plan.flows).expect("a new plan's flows");
        flows.years.reserve_exact(plan.years.len());
        flows.schedule = schedule(i.mortgage.as_ref(), plan.years.len());
        for (t, y) in plan.years.iter().enumerate() {
            if t > 0 {
                // Rent grows at most by the segment's legal maximum of the year.
                let growth = y
                    .max_increase
                    .map_or(i.rent_growth_pct, |c| i.rent_growth_pct.min(c));
                rent = round_cents(rent * (Decimal::ONE + money::div100(growth)));
                costs = round_cents(costs * cost_growth);
                if let (Some(r), Some(m)) = (improved.as_mut(), i.improvement) {
                    let growth = rules
                        .huurverhoging(y.year)
                        .map(|h| h.rules.for_segment(m.segment))
                        .map_or(i.rent_growth_pct, |c| i.rent_growth_pct.min(c));
                    *r = round_cents(*r * (Decimal::ONE + money::div100(growth)));
                }
            }
            let received = match (improved, i.improvement) {
                (Some(r), Some(m)) if y.year > m.year => r,
                _ => rent,
            };
            let op_costs = round_cents(costs + received * rent_loss);
            let (interest, repaid) = flows.schedule[t];
            flows.years.push(Flow {
                rent: received,
                costs,
                op_costs,
                net: received - op_costs - interest - repaid,
            });
        }
        plan.settle();
        plan
    }

    /// This plan, its outcome working out selling before the bill's regime only when
    /// `sell_later` (an output without a place for it need not have it computed).
    pub fn with_sell_later(self, sell_later: bool) -> Plan<'a> {
        Plan { sell_later, ..self }
    }

    /// This plan in the Box 3 future `future`: the same as [`Plan::for_future`], derived from
    /// what does not depend on the future (the rules of each year, the rent, the costs, the
    /// mortgage's schedule), so that only the rules on actual returns, the base tax of their
    /// years and the sell route are worked out again.
    pub fn under(&self, rules: &'a RuleSet, future: Future) -> Plan<'a> {
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
            // As in `for_future`: a year under actual returns has no base tax; a year carried
            // from the previous year's rules has its base tax; any other year that of its own
            // rules, which does not depend on the future.
            let same = prev.filter(|prev| match (prev.box3, y.box3) {
                (Some(a), Some(b)) => std::ptr::eq(a.rules, b.rules),
                _ => false,
            });
            let base_tax = match same {
                _ if wr.is_some() => Decimal::ZERO,
                Some(prev) => prev.base_tax,
                None if y.wr.is_none() => y.base_tax,
                None => self.own_tax(y.box3.as_ref()),
            };
            years.push(YearRules {
                wr,
                base_tax,
                memo: Memo::default(),
                ..y.clone()
            });
        }
        // The sell route's years before the first year whose rules differ between the two
        // futures are this plan's (none of them under the bill, so nothing is carried).
        let same = years
            .iter()
            .zip(&self.years)
            .take_while(|(a, b)| a.wr.is_none() && b.wr.is_none() && a.base_tax == b.base_tax)
            .count();
        let mut plan = Plan {
            input: self.input,
            future,
            years,
            flows: Rc::clone(&self.flows),
            first_tax: self.first_tax,
            sell: (self.sell.0, {
                // Room for the years worked out again below (none when all are: `settle`).
                let mut rows = Vec::with_capacity(if same > 0 { self.sell.1.len() } else { 0 });
                rows.extend_from_slice(&self.sell.1[..same]);
                rows
            }),
            shared_years: same,
            sell_later: self.sell_later,
        };
        if same == 0 {
            plan.settle();
        } else if same < plan.years.len() {
            let cash = plan.sell.1[same - 1].1;
            let mut rows = std::mem::take(&mut plan.sell.1);
            plan.money_from(same, cash, Some(&mut rows));
            plan.sell.1 = rows;
        }
        plan
    }

    /// The figures that follow from the years' rules: the first year's tax and the sell route.
    fn settle(&mut self) {
        self.first_tax = match self.years.first() {
            Some(y) if y.wr.is_none() => {
                let i = self.input;
                let balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
                let value = self.box3_value(y, 0, i.woz_value, self.flows.years[0].rent);
                Some(self.added_tax(
                    0,
                    &self.household(value, balance, Decimal::ZERO, i.alternative),
                ))
            }
            _ => None,
        };
        self.sell = self.sell_route();
    }

    /// The Box 3 tax on the owner's other wealth alone under the forfaitair rules `rules`.
    fn own_tax(&self, rules: Option<&box3::PerHousehold>) -> Decimal {
        let base = self.household(
            Decimal::ZERO,
            Decimal::ZERO,
            Decimal::ZERO,
            Alternative::Savings,
        );
        rules.map(|r| box3::tax_for(&base, r)).unwrap_or_default()
    }

    /// The owner's household with the dwelling at `property_value` in Box 3, `debt` more debts
    /// and the route's money `cash` (savings or investments; a shortfall is a debt).
    fn household(
        &self,
        property_value: Decimal,
        debt: Decimal,
        cash: Decimal,
        alt: Alternative,
    ) -> Household {
        let owner = &self.input.owner;
        let (bank, other, debts) = (
            owner.bank_balance,
            owner.other_assets + property_value,
            owner.other_debts + debt,
        );
        let (bank, other, debts) = if money::negative(cash) {
            (bank, other, debts - cash)
        } else if alt == Alternative::Savings {
            (bank + cash, other, debts)
        } else {
            (bank, other + cash, debts)
        };
        Household {
            bank,
            other_assets: other,
            green_investments: owner.green_investments,
            debts,
            fiscal_partner: owner.fiscal_partner,
            partner_share_pct: owner.partner_share_pct,
        }
    }

    /// The Box 3 tax a household adds in plan year `t` over the owner's other wealth alone.
    fn added_tax(&self, t: usize, h: &Household) -> Decimal {
        let y = &self.years[t];
        match &y.box3 {
            Some(r) => box3::tax_for(h, r) - y.base_tax,
            None => Decimal::ZERO,
        }
    }

    /// The dwelling's value in Box 3 on 1 January of plan year `t` at WOZ value `woz` and
    /// yearly rent `rent` (let on 1 January of every year after the first). The leegwaarderatio's
    /// bracket is searched from the one last found for plan year `t`.
    fn box3_value(&self, y: &YearRules, t: usize, woz: Decimal, rent: Decimal) -> Decimal {
        match y.leegwaarderatio {
            Some(r) => {
                let letting = self.input.letting;
                let li = leegwaarderatio::Input {
                    woz_value: woz,
                    jaarhuur: rent,
                    letting: if t == 0 {
                        letting
                    } else {
                        letting.later_year()
                    },
                };
                let near = self.years.get(t).map(|y| &y.memo.bracket);
                let (value, found) =
                    leegwaarderatio::box3_value_near(&li, r, near.map_or(0, |n| n.get()));
                if let Some(n) = near {
                    n.set(found);
                }
                value
            }
            None => woz,
        }
    }

    fn persons(&self) -> u32 {
        if self.input.owner.fiscal_partner {
            2
        } else {
            1
        }
    }

    /// The sell route: proceeds now, then per year (Box 3 tax, money at the end of the year).
    fn sell_route(&self) -> (Decimal, Vec<(Decimal, Decimal)>) {
        let i = self.input;
        let balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
        let proceeds_now = round_cents(
            i.sale_price_now * (Decimal::ONE - i.selling_costs_pct / HUNDRED) - balance,
        );
        let mut rows = Vec::with_capacity(self.years.len());
        self.money_from(0, proceeds_now, Some(&mut rows));
        (proceeds_now, rows)
    }

    /// Money `cash` held from plan year `start` to the end at the alternative return, paying the
    /// Box 3 tax it adds each year: under the forfaitair system on its value on 1 January, under
    /// the bill on its actual return (interest on savings; the whole return on investments,
    /// unrealised gains included). Returns the money at the end; `rows` gets (tax, money) per year.
    pub fn money_from(
        &self,
        start: usize,
        mut cash: Decimal,
        mut rows: Option<&mut Vec<(Decimal, Decimal)>>,
    ) -> Decimal {
        let i = self.input;
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

    /// The rerun of the plan as prepared: its own value growth, nothing else changed.
    pub fn as_prepared(&self) -> Rerun {
        Rerun::at_growth(self.input.value_growth_pct)
    }

    /// The keep route of the rerun `r`: net worth at the end, and optionally the rows and the
    /// cash flows (for the IRR).
    pub fn keep(
        &self,
        r: &Rerun,
        rows: Option<&mut Vec<Year>>,
        flows: Option<&mut Vec<Decimal>>,
    ) -> Decimal {
        self.keep_after(r, &[], rows, flows)
    }

    /// [`Plan::keep`] continued after `head`, the first rows of the same rerun under a plan
    /// whose first `head.len()` years have this plan's rules (see `shared_years`): those years
    /// are taken as they are.
    pub(super) fn keep_after(
        &self,
        r: &Rerun,
        head: &[Year],
        mut rows: Option<&mut Vec<Year>>,
        mut flows: Option<&mut Vec<Decimal>>,
    ) -> Decimal {
        let i = self.input;
        let g = Decimal::ONE + money::div100(r.growth_pct);
        let a = Decimal::ONE + money::div100(i.alternative_return_pct);
        let sell_share = Decimal::ONE - money::div100(i.selling_costs_pct);
        let mut balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
        let mut savings = Decimal::ZERO;
        let mut woz = i.woz_value;
        let mut value = i.vacant_value;
        let head = &head[..head
            .len()
            .min(self.shared_years)
            .min(self.years.len().saturating_sub(1))];
        if let Some(h) = head.last() {
            (savings, balance, value) = (h.keep_savings, h.mortgage_balance, h.property_value);
            // The next year's WOZ value is the plan's value at the start of the last year taken
            // (its waardepeildatum), as the loop below sets it.
            let start_of_last = match head.len() {
                1 => i.vacant_value,
                n => head[n - 2].property_value,
            };
            woz = money::floor_euro(start_of_last);
            if let Some(f) = flows.as_deref_mut() {
                f.extend(head.iter().map(|h| h.keep_cash_flow));
            }
            if let Some(rows) = rows.as_deref_mut() {
                rows.extend_from_slice(head);
            }
        }
        let sale_at = |value: Decimal, share: Decimal| {
            round_cents((value * share - i.end_sale_deduction) * sell_share)
        };
        // The sale price's share of the vacant value: the improved dwelling's from the end of
        // the year of its improvement.
        let mut share = match i.improvement {
            Some(m) if head.last().is_some_and(|h| h.year >= m.year) => m.end_price_share,
            _ => i.end_price_share,
        };
        let vacant_sale_at = |value: Decimal| round_cents(value * sell_share);
        let last = self.years.len().saturating_sub(1);
        let mut carry = Carry::default();
        let mut basis: Option<Decimal> = None;
        let mut basis_woz: Option<Decimal> = None;
        let mut end_gain_tax = Decimal::ZERO;
        // The sale at the end of the last year, once the loop has worked it out.
        let mut end_sale = None;
        let own;
        let schedule = match &i.mortgage {
            Some(m) if !r.interest_delta.is_zero() => {
                let m = Mortgage {
                    interest_pct: m.interest_pct + r.interest_delta,
                    ..m.clone()
                };
                own = schedule(Some(&m), self.years.len());
                &own
            }
            _ => &self.flows.schedule,
        };
        let own_schedule = std::ptr::eq(schedule, &self.flows.schedule);
        let lost = if r.rent_loss_delta.is_zero() {
            money::div100(i.rent_loss_pct)
        } else {
            money::div100(i.rent_loss_pct + r.rent_loss_delta)
        };
        let skip = head.len();
        let own_growth = r.growth_pct == i.value_growth_pct;
        for (t, (y, f)) in self
            .years
            .iter()
            .zip(&self.flows.years)
            .enumerate()
            .skip(skip)
        {
            let (rent, costs) = (f.rent, f.costs);
            let (interest, repaid) = schedule[t];
            // The improvement done this year is paid this year.
            let improvement = i.improvement.filter(|m| m.year == y.year);
            let paid = improvement.map_or(Decimal::ZERO, |m| m.cost);
            let one_off = if t == 0 { r.one_off + paid } else { paid };
            let same_costs = r.same_costs() && paid.is_zero();
            let op_costs = if same_costs {
                f.op_costs
            } else {
                round_cents(costs + rent * lost + one_off)
            };
            let carry_before = carry;
            let mut bijtelling = None;
            let (box3_tax, result) = match (y.wr, self.first_tax) {
                (None, Some(tax)) if t == 0 => (tax, None),
                (None, _) => {
                    let memo = &y.memo;
                    let box3_value =
                        memo.value(woz, own_growth, || self.box3_value(y, t, woz, rent));
                    let tax = memo.tax([box3_value, balance, savings], || {
                        self.added_tax(
                            t,
                            &self.household(box3_value, balance, savings, i.alternative),
                        )
                    });
                    (tax, None)
                }
                (Some(w), _) => {
                    // The notional income of a dwelling not let with rent protection counts
                    // where it exceeds the rent received (the bill's vastgoedbijtelling).
                    let notional = w.vastgoedbijtelling.as_ref().and_then(|b| {
                        b.notional(
                            i.letting.contract,
                            HUNDRED - i.vacancy_pct - r.rent_loss_delta,
                            woz,
                        )
                    });
                    let (result, counted) = keep_result(
                        w,
                        rent,
                        costs,
                        op_costs - one_off,
                        interest,
                        round_cents(savings * a) - savings,
                        notional,
                    );
                    bijtelling = counted;
                    (
                        wr::year_tax(result, self.persons(), w, &mut carry).tax,
                        Some(result),
                    )
                }
            };
            let cash = if same_costs && own_schedule {
                f.net
            } else {
                rent - op_costs - interest - repaid
            } - box3_tax;
            savings = round_cents(savings * a) + cash;
            // Nothing repaid leaves the balance as it is (the difference would be the balance).
            if !repaid.is_zero() {
                balance -= repaid;
            }
            let woz_of_year = woz;
            // The WOZ value of the next year has its waardepeildatum on 1 January of this year
            // (art. 18 lid 2 Wet WOZ) and is the value of the vacant dwelling then (art. 17 lid 2
            // Wet WOZ): the plan's own value at the start of this year, in whole euros.
            woz = money::floor_euro(value);
            value = round_cents(value * g);
            if let Some(m) = improvement.filter(|_| !i.vacant_value.is_zero()) {
                // On 1 January after the work the dwelling is worth what the improved one is.
                value = round_cents(value * m.vacant_value / i.vacant_value);
                share = m.end_price_share;
            }
            if let Some(w) = y.wr {
                // The first year of the regime fixes the start value: the WOZ value with
                // waardepeildatum 1 January of that year (the WOZ of the next year, `woz` now:
                // the plan's value on that day), with the leegwaarderatio of the year's rent
                // when the tenant has rent protection. An improvement (the one-off cost) adds
                // to it.
                basis_woz.get_or_insert(woz);
                let start = *basis.get_or_insert_with(|| {
                    if w.beginwaarde_leegwaarderatio.applies {
                        self.box3_value(y, t + 1, woz, rent)
                    } else {
                        woz
                    }
                });
                basis = Some(start + one_off);
            }
            // The sale at the end of this year, where the end or the rows ask for it.
            let sale = (t == last || rows.is_some()).then(|| sale_at(value, share));
            // The tax the gain would add were the dwelling sold at the end of this year.
            let gain_tax = match (y.wr, result, basis, sale) {
                (Some(w), Some(res), Some(b), Some(sale)) => {
                    wr::gain_tax(res, wr::gain(sale, b), self.persons(), w, &carry_before)
                }
                _ => Decimal::ZERO,
            };
            if t == last {
                end_gain_tax = gain_tax;
                end_sale = sale;
            }
            // The same were the dwelling sold vacant then (the uitpond route).
            let vacant_gain_tax = match (y.wr, result, basis) {
                (Some(w), Some(res), Some(b)) if rows.is_some() && i.turnover_pct.is_some() => {
                    wr::gain_tax(
                        res,
                        wr::gain(vacant_sale_at(value), b),
                        self.persons(),
                        w,
                        &carry_before,
                    )
                }
                _ => Decimal::ZERO,
            };
            if let Some(f) = flows.as_deref_mut() {
                f.push(cash);
            }
            if let Some(rows) = rows.as_deref_mut() {
                let (sell_tax, sell_nw) = self.sell.1[t];
                rows.push(Year {
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
                    keep_net_worth: savings + sale.unwrap_or_else(|| sale_at(value, share))
                        - balance
                        - gain_tax,
                    sell_box3_tax: sell_tax,
                    sell_net_worth: sell_nw,
                    regime: if y.wr.is_some() {
                        Box3Regime::WerkelijkRendement
                    } else {
                        Box3Regime::Forfaitair
                    },
                    gain_tax,
                    woz_value: woz_of_year,
                    keep_result: result,
                    basis,
                    basis_woz,
                    vastgoedbijtelling: bijtelling,
                    vacant_net_worth: savings + vacant_sale_at(value) - balance - vacant_gain_tax,
                });
            }
        }
        let end = end_sale.unwrap_or_else(|| sale_at(value, share)) - balance - end_gain_tax;
        if let Some(last) = flows.and_then(|f| f.last_mut()) {
            *last += end;
        }
        savings + end
    }
}

/// The keep route's result of a year under the bill: the rent received (the rent less what
/// vacancy and management take: `op_costs` less the fixed `costs`), or the `notional` income of
/// a dwelling not let with rent protection where that is higher (the vastgoedbijtelling, then
/// returned as counted), less the fixed costs when costs are deductible, less the interest paid
/// when interest is deductible, plus the return on the route's savings (a shortfall costs
/// interest, deductible as interest).
fn keep_result(
    r: &wr::Rules,
    rent: Decimal,
    costs: Decimal,
    op_costs: Decimal,
    interest: Decimal,
    savings_return: Decimal,
    notional: Option<Decimal>,
) -> (Decimal, Option<Decimal>) {
    let received = rent - (op_costs - costs);
    let counted = notional.filter(|n| *n > received);
    let mut result = counted.unwrap_or(received);
    if r.kosten_aftrekbaar.applies {
        result -= costs;
    }
    if r.rente_aftrekbaar.applies {
        result -= interest;
    }
    if savings_return >= Decimal::ZERO || r.rente_aftrekbaar.applies {
        result += savings_return;
    }
    (result, counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Owner, Segment};

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
                vacancy_pct: Decimal::from(3),
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
                turnover_pct: None,
                improvement: None,
            };
            let today = Plan::new(&i, &rules);
            let bill = Plan::for_future(&i, &rules, Future::Bill);
            for (pl, future) in [
                (&today, Future::Forfaitair),
                (&bill, Future::Bill),
                (&today.under(&rules, Future::Bill), Future::Bill),
                (&bill.under(&rules, Future::Forfaitair), Future::Forfaitair),
            ] {
                for y in &pl.years {
                    let b = rules.box3(y.year);
                    assert!(std::ptr::eq(
                        y.box3.unwrap().rules,
                        b.as_ref().unwrap().rules
                    ));
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
                        pl.own_tax(y.box3.as_ref())
                    };
                    assert_eq!(y.base_tax, base, "{}", y.year);
                }
            }
        }
    }
}
