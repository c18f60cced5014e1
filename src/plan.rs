//! Sell now versus keep renting, year by year over a horizon (methods.md §4).
//!
//! Both routes start from the household's position on 1 January of the tax year and end with
//! everything in money at the end of the last year. Each route pays the Box 3 tax it adds to the
//! household: the household's tax with the route's assets minus the tax on the owner's other
//! wealth alone, with the rules of each year (the latest known year carried forward).

use rust_decimal::Decimal;

use crate::box3::{self, Household};
use crate::explain::{Step, Trace};
use crate::input::{Alternative, Contract, Mortgage, Owner, Repayment, Segment, Tenant};
use crate::leegwaarderatio;
use crate::money::{self, HUNDRED, euro};
use crate::rules::RuleSet;

/// The range searched for the break-even value growth, percent per year (methods.md §4).
const BREAK_EVEN_RANGE: (i64, i64) = (-10, 20);

/// Everything the plan needs, with defaults applied.
#[derive(Debug, Clone)]
pub struct Input {
    pub tax_year: i32,
    pub years: u32,
    pub woz_value: Decimal,
    pub vacant_value: Decimal,
    pub monthly_rent: Decimal,
    pub contract: Contract,
    pub tenant: Tenant,
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
#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    pub year: i32,
    pub rent: Decimal,
    pub costs: Decimal,
    pub interest: Decimal,
    pub repayment: Decimal,
    pub keep_box3_tax: Decimal,
    pub keep_cash_flow: Decimal,
    pub keep_savings: Decimal,
    pub property_value: Decimal,
    pub mortgage_balance: Decimal,
    pub keep_net_worth: Decimal,
    pub sell_box3_tax: Decimal,
    pub sell_net_worth: Decimal,
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
}

/// The Box 3 tax the route's extra wealth adds in `year` to the owner's household.
struct TaxContext<'a> {
    rules: &'a RuleSet,
    owner: &'a Owner,
    base_tax: Vec<Decimal>,
}

impl TaxContext<'_> {
    fn household(
        &self,
        property_value: Decimal,
        debt: Decimal,
        money_: Decimal,
        alt: Alternative,
    ) -> Household {
        let (mut bank, mut other, mut debts) = (
            self.owner.bank_balance,
            self.owner.other_assets + property_value,
            self.owner.other_debts + debt,
        );
        if money_ < Decimal::ZERO {
            debts -= money_;
        } else if alt == Alternative::Savings {
            bank += money_;
        } else {
            other += money_;
        }
        Household {
            bank,
            other_assets: other,
            debts,
            fiscal_partner: self.owner.fiscal_partner,
        }
    }

    fn added_tax(&self, year: i32, index: usize, h: &Household) -> Decimal {
        match self.rules.box3(year) {
            Some(r) => {
                box3::compute(h, r.rules, "", &mut Trace::new(false)).tax - self.base_tax[index]
            }
            None => Decimal::ZERO,
        }
    }
}

fn tax_context<'a>(i: &'a Input, rules: &'a RuleSet) -> TaxContext<'a> {
    let mut ctx = TaxContext {
        rules,
        owner: &i.owner,
        base_tax: Vec::new(),
    };
    ctx.base_tax = (0..i.years)
        .map(|t| {
            let h = ctx.household(
                Decimal::ZERO,
                Decimal::ZERO,
                Decimal::ZERO,
                Alternative::Savings,
            );
            match rules.box3(i.tax_year + t as i32) {
                Some(r) => box3::compute(&h, r.rules, "", &mut Trace::new(false)).tax,
                None => Decimal::ZERO,
            }
        })
        .collect();
    ctx
}

/// The principal repaid in year `year_index` (0-based) on `balance`; an annuity or linear mortgage
/// is repaid in full in its last year.
fn principal(m: &Mortgage, start_balance: Decimal, balance: Decimal, year_index: u32) -> Decimal {
    if balance <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let n = m.remaining_years.unwrap_or(1).max(1);
    match m.repayment {
        Repayment::InterestOnly => Decimal::ZERO,
        _ if year_index + 1 >= n => balance,
        Repayment::Linear => (start_balance / Decimal::from(n)).min(balance),
        Repayment::Annuity => {
            let i = m.interest_pct / HUNDRED;
            let left = n - year_index;
            if i.is_zero() {
                return balance / Decimal::from(left);
            }
            // The payment on the remaining balance over the remaining years is the same each year.
            let factor = money::powi(Decimal::ONE + i, left);
            let payment = balance * i * factor / (factor - Decimal::ONE);
            (payment - balance * i).min(balance)
        }
    }
}

/// The keep route for a given value growth: net worth at the end and (optionally) the rows.
fn keep_route(
    i: &Input,
    tax: &TaxContext,
    growth_pct: Decimal,
    rows: Option<&mut Vec<Year>>,
    cash_flows: Option<&mut Vec<Decimal>>,
) -> Decimal {
    let g = Decimal::ONE + growth_pct / HUNDRED;
    let a = Decimal::ONE + i.alternative_return_pct / HUNDRED;
    let loss = Decimal::ONE - i.rent_loss_pct / HUNDRED;
    let sell_share = Decimal::ONE - i.selling_costs_pct / HUNDRED;
    let start_balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
    let mut balance = start_balance;
    let mut savings = Decimal::ZERO;
    let mut woz = i.woz_value;
    let mut value = i.vacant_value;
    let mut rent = i.monthly_rent * Decimal::from(12);
    let mut costs = i.fixed_costs;
    let mut rows = rows;
    let mut cash_flows = cash_flows;
    let mut end_value = value;
    for t in 0..i.years {
        let year = i.tax_year + t as i32;
        if t > 0 {
            let cap = tax.rules.huurverhoging(year).map(|h| match i.segment {
                Segment::Social => h.rules.social_pct.value,
                Segment::Mid => h.rules.mid_pct.value,
                Segment::Free => h.rules.free_pct.value,
            });
            let growth = cap.map_or(i.rent_growth_pct, |c| i.rent_growth_pct.min(c));
            rent *= Decimal::ONE + growth / HUNDRED;
            costs *= Decimal::ONE + i.rent_growth_pct / HUNDRED;
        }
        let lwr = match tax.rules.leegwaarderatio(year) {
            Some(r) => {
                let li = leegwaarderatio::Input {
                    woz_value: woz,
                    monthly_rent: rent / Decimal::from(12),
                    contract: i.contract,
                    tenant: i.tenant,
                };
                leegwaarderatio::compute(&li, r.rules, year, &mut Trace::new(false)).box3_value
            }
            None => woz,
        };
        let h = tax.household(lwr, balance, savings, i.alternative);
        let box3_tax = tax.added_tax(year, t as usize, &h);
        let interest = i
            .mortgage
            .as_ref()
            .map(|m| balance * m.interest_pct / HUNDRED)
            .unwrap_or_default();
        let repaid = i
            .mortgage
            .as_ref()
            .map(|m| principal(m, start_balance, balance, t))
            .unwrap_or_default();
        let one_off = if t == 0 {
            i.one_off_cost
        } else {
            Decimal::ZERO
        };
        let op_costs = costs + rent * (Decimal::ONE - loss) + one_off;
        let cash = rent - op_costs - interest - repaid - box3_tax;
        savings = savings * a + cash;
        balance -= repaid;
        woz *= g;
        value *= g;
        end_value = value;
        if let Some(cf) = cash_flows.as_deref_mut() {
            cf.push(cash);
        }
        if let Some(r) = rows.as_deref_mut() {
            let net =
                savings + (value * i.end_price_share - i.end_sale_deduction) * sell_share - balance;
            r.push(Year {
                year,
                rent,
                costs: op_costs,
                interest,
                repayment: repaid,
                keep_box3_tax: box3_tax,
                keep_cash_flow: cash,
                keep_savings: savings,
                property_value: value,
                mortgage_balance: balance,
                keep_net_worth: net,
                sell_box3_tax: Decimal::ZERO,
                sell_net_worth: Decimal::ZERO,
            });
        }
    }
    let sale = (end_value * i.end_price_share - i.end_sale_deduction) * sell_share;
    if let Some(cf) = cash_flows
        && let Some(last) = cf.last_mut()
    {
        *last += sale - balance;
    }
    savings + sale - balance
}

/// The sell route: the proceeds and their Box 3, year by year. Returns (proceeds now, net worth
/// at the end, per year (tax, net worth)).
fn sell_route(i: &Input, tax: &TaxContext) -> (Decimal, Decimal, Vec<(Decimal, Decimal)>) {
    let a = Decimal::ONE + i.alternative_return_pct / HUNDRED;
    let balance = i.mortgage.as_ref().map(|m| m.balance).unwrap_or_default();
    let proceeds_now = i.sale_price_now * (Decimal::ONE - i.selling_costs_pct / HUNDRED) - balance;
    let mut money_ = proceeds_now;
    let mut rows = Vec::with_capacity(i.years as usize);
    for t in 0..i.years {
        let h = tax.household(Decimal::ZERO, Decimal::ZERO, money_, i.alternative);
        let box3_tax = tax.added_tax(i.tax_year + t as i32, t as usize, &h);
        money_ = money_ * a - box3_tax;
        rows.push((box3_tax, money_));
    }
    (proceeds_now, money_, rows)
}

/// Solve `f(x) = 0` on `[lo, hi]` for an increasing `f` by the Illinois variant of regula falsi.
fn solve(
    mut lo: Decimal,
    mut hi: Decimal,
    tolerance: Decimal,
    f: impl Fn(Decimal) -> Decimal,
) -> Option<Decimal> {
    let (mut flo, mut fhi) = (f(lo), f(hi));
    if flo.is_zero() {
        return Some(lo);
    }
    if fhi.is_zero() {
        return Some(hi);
    }
    if (flo > Decimal::ZERO) == (fhi > Decimal::ZERO) {
        return None;
    }
    let mut side = 0i8;
    for _ in 0..60 {
        let x = (lo * fhi - hi * flo) / (fhi - flo);
        let fx = f(x);
        if fx.abs() < Decimal::new(1, 2) || (hi - lo).abs() < tolerance {
            return Some(x);
        }
        if (fx > Decimal::ZERO) == (fhi > Decimal::ZERO) {
            hi = x;
            fhi = fx;
            if side == -1 {
                flo /= Decimal::TWO;
            }
            side = -1;
        } else {
            lo = x;
            flo = fx;
            if side == 1 {
                fhi /= Decimal::TWO;
            }
            side = 1;
        }
    }
    Some((lo + hi) / Decimal::TWO)
}

/// The internal rate of return of `flows` (flows[0] at the start, then one per year), percent.
fn irr(flows: &[Decimal]) -> Option<Decimal> {
    let npv = |r: Decimal| {
        let f = Decimal::ONE + r / HUNDRED;
        let mut d = Decimal::ONE;
        let mut total = Decimal::ZERO;
        for cf in flows {
            total += cf * d;
            d /= f;
        }
        // NPV falls as the rate rises; negate so the solver sees an increasing function.
        -total
    };
    solve(
        Decimal::from(-90),
        Decimal::from(100),
        Decimal::new(1, 4),
        npv,
    )
}

/// Run the plan. `with_details` adds the break-even growth, the IRR and the year-by-year rows
/// (off for the stress scenarios, which only need the difference).
pub fn compute(i: &Input, rules: &RuleSet, with_details: bool, trace: &mut Trace) -> Outcome {
    let tax = tax_context(i, rules);
    let (proceeds_now, sell_nw, sell_rows) = sell_route(i, &tax);
    let mut rows = Vec::new();
    let mut flows = vec![-proceeds_now];
    let keep_nw = if with_details {
        keep_route(
            i,
            &tax,
            i.value_growth_pct,
            Some(&mut rows),
            Some(&mut flows),
        )
    } else {
        keep_route(i, &tax, i.value_growth_pct, None, None)
    };
    for (row, (t, nw)) in rows.iter_mut().zip(&sell_rows) {
        row.sell_box3_tax = *t;
        row.sell_net_worth = *nw;
    }
    let difference = keep_nw - sell_nw;
    let (break_even, keep_irr) = if with_details {
        let be = solve(
            Decimal::from(BREAK_EVEN_RANGE.0),
            Decimal::from(BREAK_EVEN_RANGE.1),
            Decimal::new(1, 3),
            |g| keep_route(i, &tax, g, None, None) - sell_nw,
        );
        let irr = if proceeds_now > Decimal::ZERO {
            irr(&flows)
        } else {
            None
        };
        (be.map(|b| b.round_dp(2)), irr.map(|r| r.round_dp(2)))
    } else {
        (None, None)
    };
    let carried: Vec<(i32, i32)> = (0..i.years)
        .filter_map(|t| {
            let y = i.tax_year + t as i32;
            rules
                .box3(y)
                .filter(|c| c.carried)
                .map(|c| (y, c.from_year))
        })
        .collect();
    trace.add(|| {
        Step::new(
            "sell now: proceeds",
            euro(proceeds_now),
            format!(
                "sale price {} less {}% selling costs less mortgage",
                euro(i.sale_price_now),
                i.selling_costs_pct
            ),
        )
    });
    trace.add(|| {
        Step::new(
            "sell: net worth at the end",
            euro(sell_nw),
            format!(
                "proceeds earning {}% a year as {}, less the Box 3 tax they add each year",
                i.alternative_return_pct,
                if i.alternative == Alternative::Savings {
                    "savings (banktegoeden)"
                } else {
                    "investments (overige bezittingen)"
                }
            ),
        )
    });
    trace.add(|| {
        Step::new(
            "keep: net worth at the end",
            euro(keep_nw),
            format!(
                "yearly rent (growth {}%, at most the legal maximum of the {} segment) less costs, interest, repayment and the Box 3 tax the dwelling adds (leegwaarderatio recomputed each year), saved at {}%; at the end the dwelling, grown {}% a year, is sold less {}% selling costs and the mortgage repaid",
                i.rent_growth_pct,
                i.segment.as_str(),
                i.alternative_return_pct,
                i.value_growth_pct,
                i.selling_costs_pct
            ),
        )
    });
    trace.add(|| Step::new("difference", euro(difference), "keep − sell"));
    if with_details {
        trace.add(|| {
            Step::new(
                "break_even_growth_pct",
                break_even.map_or("none in −10%..+20%".to_string(), |b| format!("{b}")),
                "the yearly value growth at which both routes end equal (regula falsi on the keep route)",
            )
        });
    }
    for (y, from) in &carried {
        trace.add(|| {
            Step::new(
                "rules carried",
                y,
                format!("Box 3 rules of {from} used for {y}"),
            )
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
    }
}
