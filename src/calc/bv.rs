//! Privately or in a BV: the dwelling moved into a private limited company, year by year, next
//! to the plan's keep route (methods.md §4).
//!
//! - **Moving in** on 1 January of the transfer year: the BV buys the dwelling at its value as
//!   let (the plan's value times its end price share); it pays the transfer tax (art. 14 Wet op
//!   belastingen van rechtsverkeer, the year's rate for dwellings not used as the buyer's main
//!   residence) and the notary; the private mortgage balance is refinanced by the BV at the BV's
//!   rate, interest only; the rest of the price and every cost of the move is the owner's paid-in
//!   capital. Under the bill on actual returns the transfer is a sale: the Box 3 tax on its gain
//!   is the plan's own gain tax ([`crate::werkelijk_rendement::gain_tax`]) with no other result
//!   that year; before the bill's first year, none.
//! - **Inside the BV**, per year: Vpb (art. 22 Wet Vpb 1969) on rent − costs − running costs −
//!   the deductible interest − depreciation. Depreciation stops at the bodemwaarde, the WOZ
//!   value (art. 3.30a Wet IB 2001 through art. 8 Wet Vpb 1969). Net interest is deductible up to
//!   the share of the fiscal EBITDA of art. 15b Wet Vpb 1969; the rest is carried forward. A
//!   loss is carried forward (art. 20 Wet Vpb 1969; the limit above 1,000,000 is not modelled).
//!   Money in the BV earns the plan's alternative return.
//! - **Out of the BV**: under the policy `distribute` the year's profit after Vpb is paid out and
//!   taxed in Box 2 (art. 2.12 Wet IB 2001, per person); at the end the BV sells the dwelling,
//!   pays Vpb on the gain, repays the loan and is liquidated: Box 2 on what it pays out above the
//!   paid-in capital. The owner's own money earns the alternative return; its Box 3 tax is not
//!   modelled.
//!
//! The year's figures the route shares with the keep route (rent, costs, WOZ value, the sale
//! price at the end of a year) are taken from the plan's rows, not worked out again.

use rust_decimal::Decimal;

use crate::calc::plan::{self, Future};
use crate::calc::werkelijk_rendement as wr;
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{BvInput, BvPolicy};
use crate::money::{self, round_cents};
use crate::rules::RuleSet;
use crate::rules::bv::BvRules;

/// One year of the BV, as the route needs it from the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct YearIn {
    pub year: i32,
    pub rent: Decimal,
    /// The dwelling's costs with the rent loss (the plan's `costs`).
    pub costs: Decimal,
    /// The WOZ value of the year.
    pub woz_value: Decimal,
    /// The sale price at the end of the year, after selling costs.
    pub net_sale: Decimal,
}

/// Everything the route needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub settings: BvInput,
    /// The year the BV holds the dwelling from 1 January.
    pub transfer_year: i32,
    /// 1, or 2 with a fiscal partner (Box 2 per person, the income split evenly).
    pub persons: u32,
    /// The price at which the dwelling moves: its value as let on 1 January.
    pub transfer_price: Decimal,
    /// The owner's money then (the keep route's savings at the end of the year before).
    pub money: Decimal,
    /// The private mortgage balance then, refinanced by the BV.
    pub loan: Decimal,
    /// Box 3 on the gain the transfer realises (under the bill; else nil).
    pub gain_tax: Decimal,
    /// The return on money, percent a year (the plan's alternative return).
    pub return_pct: Decimal,
    /// The BV's years, from the transfer year to the end of the plan.
    pub years: Vec<YearIn>,
    /// The Box 3 future of the plan the route runs beside (named in the derivation's figures).
    pub future: Future,
}

/// The figure `bv (future): what` of a step of the route.
fn figure(future: Future, what: Text) -> Text {
    let future = match future {
        Future::Forfaitair => Msg::FutureToday,
        Future::Bill => Msg::FutureBill,
    };
    Text::new(
        Msg::FBv,
        vec![Text::new(future, vec![]).into(), what.into()],
    )
}

/// The figure `bv (future): id` with no arguments.
fn named(future: Future, id: Msg) -> Text {
    figure(future, Text::new(id, vec![]))
}

/// One year of the BV route.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Year {
    pub year: i32,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub rent: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub costs: Decimal,
    /// The costs of running the BV (with the incorporation costs in its first year).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub running_costs: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub interest: Decimal,
    /// Net interest deducted this year (carried interest included).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub interest_deducted: Decimal,
    /// Net interest not deducted yet, carried to the next year.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub interest_carried: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub depreciation: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub book_value: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub taxable: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub vpb: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub dividend: Decimal,
    /// Box 2 on the dividend (and, in the last year, on the liquidation).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box2: Decimal,
    /// The BV's money at the end of the year (before a liquidation).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub bv_money: Decimal,
    /// The owner's own money at the end of the year.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub own_money: Decimal,
    /// The owner's net worth were the BV liquidated at the end of this year (dwelling sold, Vpb
    /// on the gain, Box 2 on the distribution).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_worth: Decimal,
}

/// The liquidation at the end.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Liquidation {
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sale: Decimal,
    /// Sale less book value (taxed in the last year's Vpb).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub gain: Decimal,
    /// What the BV pays out: its money after the sale, the Vpb and the loan.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub distribution: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub box2: Decimal,
}

/// The BV route.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Route {
    pub transfer_year: i32,
    pub policy: &'static str,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub transfer_price: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub transfer_tax: Decimal,
    /// Box 3 on the gain the transfer realises (under the bill).
    #[serde(serialize_with = "crate::money::ser::out")]
    pub transfer_gain_tax: Decimal,
    /// The BV's cost of the dwelling: price, transfer tax, notary.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub cost_price: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub paid_in_capital: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub loan: Decimal,
    pub years: Vec<Year>,
    pub liquidation: Liquidation,
    /// The owner's net worth at the end of the plan.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub net_worth: Decimal,
}

/// What the BV carries from year to year.
#[derive(Debug, Clone, Copy)]
struct State {
    book: Decimal,
    bv_money: Decimal,
    own_money: Decimal,
    losses: Decimal,
    interest_carry: Decimal,
}

/// Box 2 on `income` for `persons`, split evenly (each person's share taxed on its own).
fn box2(income: Decimal, persons: u32, t: &crate::rules::bv::Tarief) -> Decimal {
    if income <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let n = Decimal::from(persons.max(1));
    let share = round_cents(income / n);
    // The last person takes what rounding leaves.
    let last = income - share * (n - Decimal::ONE);
    t.tax(share) * (n - Decimal::ONE) + t.tax(last)
}

/// Run the BV route.
pub fn compute(i: &Input, rules: &RuleSet, bv: &BvRules, trace: &mut Trace) -> Result<Route, Text> {
    let s = &i.settings;
    let ob = rules
        .overdrachtsbelasting(i.transfer_year)
        .ok_or_else(|| Text::new(Msg::BvNoTransferTax, vec![i.transfer_year.into()]))?;
    let rate = &ob.rules.overige_woningen_pct;
    let transfer_tax = money::cut_cents(money::pct_of(i.transfer_price, rate.value));
    trace.step(|r| {
        Step::new(
            named(i.future, Msg::BvTransferTax),
            Arg::Euro(transfer_tax),
            Text::new(
                Msg::XBvTransferTax,
                vec![
                    Arg::Cents(i.transfer_price),
                    Arg::Pct(r.read(rate)),
                    i.transfer_year.into(),
                ],
            ),
        )
        .from_input("bv.transfer_year")
    });
    let cost_price = i.transfer_price + transfer_tax + s.notary_costs;
    let paid_in = i.transfer_price - i.loan + transfer_tax + s.notary_costs + s.incorporation_costs;
    trace.add(|| {
        Step::new(
            named(i.future, Msg::FBvPaidIn),
            Arg::Euro(paid_in),
            Text::new(
                Msg::XBvPaidIn,
                vec![
                    Arg::Cents(i.transfer_price),
                    Arg::Cents(i.loan),
                    Arg::Cents(transfer_tax),
                    Arg::Cents(s.notary_costs),
                    Arg::Cents(s.incorporation_costs),
                ],
            ),
        )
        .rule("art. 4.19 Wet IB 2001")
        .from_input("bv.notary_costs")
        .from_input("bv.incorporation_costs")
    });
    if i.gain_tax != Decimal::ZERO {
        trace.add(|| {
            Step::new(
                named(i.future, Msg::BvTransferGainTax),
                Arg::Euro(i.gain_tax),
                Text::new(Msg::XBvGainTax, vec![Arg::Cents(i.transfer_price)]),
            )
            .rule("Wet werkelijk rendement box 3 (36 748)")
            .from_input("bv.transfer_year")
        });
    }
    let mut st = State {
        book: cost_price,
        bv_money: Decimal::ZERO,
        own_money: i.money - transfer_tax - s.notary_costs - s.incorporation_costs - i.gain_tax,
        losses: Decimal::ZERO,
        interest_carry: Decimal::ZERO,
    };
    let a = Decimal::ONE + money::div100(i.return_pct);
    let mut years = Vec::with_capacity(i.years.len());
    let mut liquidation = None;
    let last = i.years.len().saturating_sub(1);
    for (t, y) in i.years.iter().enumerate() {
        let r = bv.year(y.year).0;
        let running = s.yearly_costs
            + if t == 0 {
                s.incorporation_costs
            } else {
                Decimal::ZERO
            };
        let interest = round_cents(money::pct_of(i.loan, s.mortgage_rate_pct));
        let income = round_cents(st.bv_money * a) - st.bv_money;
        let bodem = round_cents(money::pct_of(y.woz_value, bv.bodemwaarde.woz_pct));
        let depreciation = if st.book > bodem {
            round_cents(money::pct_of(cost_price, s.depreciation_pct)).min(st.book - bodem)
        } else {
            Decimal::ZERO
        };
        // The year as it runs, and as it would end were the BV liquidated at its end.
        let run = |sale: bool| {
            let gain = if sale {
                y.net_sale - (st.book - depreciation)
            } else {
                Decimal::ZERO
            };
            let ebitda = y.rent - y.costs - running + gain;
            let net_interest = interest - income;
            let excess = net_interest.max(Decimal::ZERO) + st.interest_carry;
            let deducted = excess.min(r.renteaftrek.room(ebitda));
            let carried = excess - deducted;
            let deduction = deducted + net_interest.min(Decimal::ZERO);
            let profit = ebitda - deduction - depreciation;
            let (taxable, losses) = if profit >= Decimal::ZERO {
                let used = st.losses.min(profit);
                (profit - used, st.losses - used)
            } else {
                (Decimal::ZERO, st.losses - profit)
            };
            let vpb = r.vpb.tax(taxable);
            let flow = y.rent - y.costs - running - interest + income - vpb;
            (gain, deducted, carried, taxable, losses, vpb, flow)
        };
        // Liquidated at the end of this year: the net worth of the year.
        let (gain, _, _, _, _, vpb_l, flow_l) = run(true);
        let distribution = st.bv_money + flow_l + y.net_sale - i.loan;
        let box2_l = box2(distribution - paid_in, i.persons, &r.box2);
        let own_after = round_cents(st.own_money * a);
        let net_worth = own_after + distribution - box2_l;
        if t == last {
            trace.add(|| {
                Step::new(
                    named(i.future, Msg::FBvVpbEnd),
                    Arg::Euro(vpb_l),
                    Text::new(
                        Msg::XBvVpbEnd,
                        vec![y.year.into(), Arg::Cents(gain), Arg::Cents(y.net_sale)],
                    ),
                )
                .uses(&r.vpb)
            });
            trace.add(|| {
                Step::new(
                    named(i.future, Msg::FBvBox2End),
                    Arg::Euro(box2_l),
                    Text::new(
                        if i.persons > 1 {
                            Msg::XBvBox2EndPartners
                        } else {
                            Msg::XBvBox2End
                        },
                        vec![Arg::Cents(distribution), Arg::Cents(paid_in)],
                    ),
                )
                .uses(&r.box2)
            });
            trace.add(|| {
                Step::new(
                    named(i.future, Msg::FBvNetWorth),
                    Arg::Euro(net_worth),
                    Text::new(
                        Msg::XBvNetWorth,
                        vec![
                            Arg::Cents(own_after),
                            Arg::Cents(distribution),
                            Arg::Cents(box2_l),
                        ],
                    ),
                )
                .from_input("bv.policy")
            });
            liquidation = Some(Liquidation {
                sale: y.net_sale,
                gain,
                distribution,
                box2: box2_l,
            });
            years.push(Year {
                year: y.year,
                rent: y.rent,
                costs: y.costs,
                running_costs: running,
                interest,
                interest_deducted: Decimal::ZERO,
                interest_carried: Decimal::ZERO,
                depreciation,
                book_value: Decimal::ZERO,
                taxable: Decimal::ZERO,
                vpb: vpb_l,
                dividend: Decimal::ZERO,
                box2: box2_l,
                bv_money: st.bv_money + flow_l,
                own_money: own_after,
                net_worth,
            });
            // The year's other figures as it runs (without the sale) complete the row.
            let (_, deducted, carried, taxable, _, _, _) = run(false);
            if let Some(row) = years.last_mut() {
                row.interest_deducted = deducted;
                row.interest_carried = carried;
                row.book_value = st.book - depreciation;
                row.taxable = taxable;
            }
            break;
        }
        let (_, deducted, carried, taxable, losses, vpb, flow) = run(false);
        trace.add(|| {
            Step::new(
                figure(i.future, Text::new(Msg::FBvVpbYear, vec![y.year.into()])),
                Arg::Euro(vpb),
                Text::new(
                    Msg::XBvVpbYear,
                    vec![
                        Arg::Cents(y.rent),
                        Arg::Cents(y.costs),
                        Arg::Cents(running),
                        Arg::Cents(deducted),
                        Arg::Pct(r.renteaftrek.ebitda_pct),
                        Arg::Cents(carried),
                        Arg::Cents(depreciation),
                        Arg::Cents(bodem),
                        Arg::Cents(taxable),
                    ],
                ),
            )
            .uses_all([
                &r.vpb as &dyn crate::rules::Cite,
                &r.renteaftrek,
                &bv.bodemwaarde,
            ])
        });
        st.book -= depreciation;
        st.losses = losses;
        st.interest_carry = carried;
        st.bv_money += flow;
        let dividend = match s.policy {
            // The year's profit after Vpb (depreciation costs no money), as far as the BV has it.
            BvPolicy::Distribute => (flow - depreciation).min(st.bv_money).max(Decimal::ZERO),
            BvPolicy::Retain => Decimal::ZERO,
        };
        let box2_d = box2(dividend, i.persons, &r.box2);
        st.bv_money -= dividend;
        st.own_money = own_after + dividend - box2_d;
        years.push(Year {
            year: y.year,
            rent: y.rent,
            costs: y.costs,
            running_costs: running,
            interest,
            interest_deducted: deducted,
            interest_carried: carried,
            depreciation,
            book_value: st.book,
            taxable,
            vpb,
            dividend,
            box2: box2_d,
            bv_money: st.bv_money,
            own_money: st.own_money,
            net_worth,
        });
    }
    let liquidation = liquidation.ok_or_else(|| Text::new(Msg::BvNoYear, vec![]))?;
    let net_worth = years.last().map(|y| y.net_worth).unwrap_or_default();
    Ok(Route {
        transfer_year: i.transfer_year,
        policy: s.policy.as_str(),
        transfer_price: i.transfer_price,
        transfer_tax,
        transfer_gain_tax: i.gain_tax,
        cost_price,
        paid_in_capital: paid_in,
        loan: i.loan,
        years,
        liquidation,
        net_worth,
    })
}

/// The BV route next to the plan's routes under one Box 3 future.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Comparison {
    pub future: &'static str,
    pub route: Route,
    /// The plan's keep route at the end (this future), taken from the plan's result.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub private_net_worth: Decimal,
    /// Selling now, from the plan's result.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub sell_net_worth: Decimal,
    /// BV − private at the end.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub difference: Decimal,
    /// The first year at whose end the BV, liquidated then, is worth at least keeping privately
    /// (sold then), and stays so to the end of the plan.
    pub break_even_year: Option<i32>,
    /// Per year: (year, private tax: Box 3 incl. the gain tax of a sale at the end, BV tax:
    /// transfer tax and Box 3 on the transfer in its first year, Vpb, Box 2).
    pub taxes: Vec<YearTaxes>,
}

/// The tax of one year on each side.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct YearTaxes {
    pub year: i32,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub private: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub bv: Decimal,
}

/// The BV route of `s` beside the plan's outcome `o` (with its rows) for the plan input `pi`.
/// `None` when the transfer year falls outside the plan.
pub(crate) fn from_plan(
    s: &BvInput,
    pi: &plan::Input,
    o: &plan::Outcome,
    rules: &RuleSet,
    bv: &BvRules,
    trace: &mut Trace,
) -> Option<Result<Comparison, Text>> {
    let transfer_year = s.transfer_year.unwrap_or(pi.tax_year);
    let idx = usize::try_from(transfer_year - pi.tax_year).ok()?;
    if idx >= o.years.len() {
        return None;
    }
    let persons = if pi.owner.fiscal_partner { 2 } else { 1 };
    let (value, money_then, loan) = match idx {
        0 => (
            pi.vacant_value,
            Decimal::ZERO,
            pi.mortgage.as_ref().map(|m| m.balance).unwrap_or_default(),
        ),
        _ => {
            let r = &o.years[idx - 1];
            (r.property_value, r.keep_savings, r.mortgage_balance)
        }
    };
    let transfer_price = round_cents(value * pi.end_price_share);
    // Under the bill the transfer is a sale: the plan's own gain tax, no other result that year.
    let gain_tax = match (
        o.future,
        rules.werkelijk_rendement(transfer_year),
        o.start_value,
    ) {
        (Future::Bill, Some(w), Some(basis)) => wr::gain_tax(
            Decimal::ZERO,
            wr::gain(transfer_price, basis),
            persons,
            w,
            &wr::Carry::default(),
        ),
        _ => Decimal::ZERO,
    };
    let years = o.years[idx..]
        .iter()
        .map(|r| YearIn {
            year: r.year,
            rent: r.rent,
            costs: r.costs,
            woz_value: r.woz_value,
            net_sale: r.keep_net_worth - r.keep_savings + r.mortgage_balance + r.gain_tax,
        })
        .collect();
    let input = Input {
        settings: s.clone(),
        transfer_year,
        persons,
        transfer_price,
        money: money_then,
        loan,
        gain_tax,
        return_pct: pi.alternative_return_pct,
        years,
        future: o.future,
    };
    Some(compute(&input, rules, bv, trace).map(|route| compare(route, o)))
}

/// The route beside the plan's keep and sell routes.
fn compare(route: Route, o: &plan::Outcome) -> Comparison {
    let start = o.years.len() - route.years.len();
    let mut break_even = None;
    for (b, k) in route.years.iter().zip(&o.years[start..]) {
        if b.net_worth >= k.keep_net_worth {
            break_even.get_or_insert(b.year);
        } else {
            break_even = None;
        }
    }
    let last = o.years.len().saturating_sub(1);
    let taxes = o
        .years
        .iter()
        .enumerate()
        .map(|(t, k)| {
            let private = k.keep_box3_tax + if t == last { o.gain_tax } else { Decimal::ZERO };
            let bv = match t.checked_sub(start) {
                None => private,
                Some(j) => {
                    let b = &route.years[j];
                    let moving = if j == 0 {
                        route.transfer_tax + route.transfer_gain_tax
                    } else {
                        Decimal::ZERO
                    };
                    moving + b.vpb + b.box2
                }
            };
            YearTaxes {
                year: k.year,
                private,
                bv,
            }
        })
        .collect();
    Comparison {
        future: o.future.as_str(),
        difference: route.net_worth - o.keep_net_worth,
        private_net_worth: o.keep_net_worth,
        sell_net_worth: o.sell_net_worth,
        break_even_year: break_even,
        taxes,
        route,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn input(transfer_year: i32, loan: Decimal, policy: BvPolicy) -> Input {
        let y = |year, net_sale| YearIn {
            year,
            rent: dec!(18000),
            costs: dec!(4000),
            woz_value: dec!(350000),
            net_sale,
        };
        Input {
            settings: BvInput {
                transfer_year: Some(transfer_year),
                notary_costs: dec!(2000),
                incorporation_costs: dec!(1500),
                mortgage_rate_pct: dec!(5),
                yearly_costs: dec!(2500),
                depreciation_pct: dec!(2),
                policy,
            },
            transfer_year,
            persons: 1,
            transfer_price: dec!(300000),
            money: dec!(20000),
            loan,
            gain_tax: Decimal::ZERO,
            return_pct: Decimal::ZERO,
            years: vec![
                y(transfer_year, dec!(310000)),
                y(transfer_year + 1, dec!(320000)),
                y(transfer_year + 2, dec!(330000)),
            ],
            future: Future::Forfaitair,
        }
    }

    fn run(i: &Input) -> Route {
        let rules = RuleSet::built_in().unwrap();
        let bv = BvRules::built_in().unwrap();
        compute(i, &rules, &bv, &mut Trace::new(true)).unwrap()
    }

    /// The transfer tax of the move: 10.4% in 2025, 8% from 2026 (art. 14 WBR).
    #[test]
    fn transfer_tax_of_the_move() {
        let r = run(&input(2025, dec!(200000), BvPolicy::Retain));
        assert_eq!(r.transfer_tax, dec!(31200));
        let r = run(&input(2026, dec!(200000), BvPolicy::Retain));
        assert_eq!(r.transfer_tax, dec!(24000));
        assert_eq!(r.cost_price, dec!(326000));
        assert_eq!(r.paid_in_capital, dec!(127500));
    }

    /// A whole route over 2026–2028, worked by hand. The book value (326,000) stays below the
    /// bodemwaarde (the WOZ value 350,000): no depreciation. The interest (5% of 200,000) is
    /// deductible only up to 24.5% of the EBITDA, the rest carried, so the BV pays Vpb.
    ///
    /// 2026: EBITDA 18,000 − 4,000 − (2,500 + 1,500) = 10,000; room 2,450; taxable 7,550;
    ///       Vpb 19% = 1,434.50; money −1,434.50; 7,550 carried.
    /// 2027: EBITDA 11,500; room 2,817.50; taxable 8,682.50; Vpb 1,649.67 (cut);
    ///       money −1,584.17; 14,732.50 carried.
    /// 2028: sold at 330,000: gain 4,000; EBITDA 15,500; room 3,797.50; taxable 11,702.50;
    ///       Vpb 2,223.47; distribution −1,584.17 − 723.47 + 330,000 − 200,000 = 127,692.36;
    ///       Box 2 24.5% of (127,692.36 − 127,500) = 47.12; own money 20,000 − 24,000 − 2,000
    ///       − 1,500 = −7,500; net worth 120,145.24.
    #[test]
    fn a_whole_route_by_hand() {
        let r = run(&input(2026, dec!(200000), BvPolicy::Distribute));
        let y = &r.years;
        assert_eq!(y.len(), 3);
        assert_eq!(
            (
                y[0].interest_deducted,
                y[0].interest_carried,
                y[0].taxable,
                y[0].vpb
            ),
            (dec!(2450), dec!(7550), dec!(7550), dec!(1434.50))
        );
        assert_eq!((y[0].depreciation, y[0].dividend), (dec!(0), dec!(0)));
        assert_eq!(y[0].bv_money, dec!(-1434.50));
        // Liquidated at the end of 2026: a loss on the sale, no Vpb, nothing above the capital.
        assert_eq!(y[0].net_worth, dec!(102500));
        assert_eq!(
            (y[1].interest_deducted, y[1].interest_carried, y[1].vpb),
            (dec!(2817.50), dec!(14732.50), dec!(1649.67))
        );
        assert_eq!(y[1].bv_money, dec!(-1584.17));
        assert_eq!(y[1].net_worth, dec!(111776.53));
        assert_eq!(r.liquidation.gain, dec!(4000));
        assert_eq!(y[2].vpb, dec!(2223.47));
        assert_eq!(r.liquidation.distribution, dec!(127692.36));
        assert_eq!(r.liquidation.box2, dec!(47.12));
        assert_eq!(r.net_worth, dec!(120145.24));
    }

    /// Without a loan the profit after Vpb is paid out and taxed in Box 2 each year.
    #[test]
    fn distributing_the_profit() {
        let r = run(&input(2026, Decimal::ZERO, BvPolicy::Distribute));
        let y = &r.years[0];
        assert_eq!((y.taxable, y.vpb), (dec!(10000), dec!(1900)));
        assert_eq!((y.dividend, y.box2), (dec!(8100), dec!(1984.50)));
        assert_eq!((y.bv_money, y.own_money), (dec!(0), dec!(-1384.50)));
        let kept = run(&input(2026, Decimal::ZERO, BvPolicy::Retain));
        assert_eq!(kept.years[0].bv_money, dec!(8100));
    }

    /// Depreciation only down to the bodemwaarde.
    #[test]
    fn depreciation_stops_at_the_bodemwaarde() {
        let mut i = input(2026, dec!(200000), BvPolicy::Retain);
        for y in &mut i.years {
            y.woz_value = dec!(320000);
        }
        let r = run(&i);
        // 2% of 326,000 is 6,520; only 6,000 above the WOZ value.
        assert_eq!(r.years[0].depreciation, dec!(6000));
        assert_eq!(r.years[1].depreciation, dec!(0));
        assert_eq!(r.years[0].book_value, dec!(320000));
    }
}
