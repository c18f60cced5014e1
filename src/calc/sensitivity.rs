//! keep − sell at the end of the plan over a grid of value growth and alternative return, under
//! today's Box 3 carried forward: how the answer moves with the two assumptions it depends on most.
//! With the uitpond route (`plan.sale = "at_turnover"`) a second grid gives its expected net
//! worth less selling now, from the same runs of the keep route.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::plan;
use crate::rules::RuleSet;

/// The grid: one row per value growth, one column per alternative return.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grid {
    /// The plan's own value growth and alternative return, percent.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub plan_value_growth_pct: Decimal,
    #[serde(serialize_with = "crate::money::ser::out")]
    pub plan_alternative_return_pct: Decimal,
    /// Value growth a year, percent: one per row.
    #[serde(serialize_with = "crate::money::ser::list")]
    pub value_growth_pct: Vec<Decimal>,
    /// Return on the alternative, percent: one per column.
    #[serde(serialize_with = "crate::money::ser::list")]
    pub alternative_return_pct: Vec<Decimal>,
    /// keep − sell net worth at the end of the plan, `[row][column]`.
    #[serde(serialize_with = "crate::money::ser::rows")]
    pub difference: Vec<Vec<Decimal>>,
    /// With the uitpond route: its expected net worth − sell at the end of the plan,
    /// `[row][column]`; empty (and absent from the JSON) without it.
    #[serde(
        serialize_with = "crate::money::ser::rows",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub uitpond_difference: Vec<Vec<Decimal>>,
}

/// keep − sell at the end of the plan for a range of value growth (whole points around the
/// plan's own and the break-even growths of `outcome`, the plan's own included) and alternative
/// returns (the plan's own and two points either side), under today's Box 3 carried forward; and
/// with the uitpond route (`pi.turnover_pct`) its expected net worth − sell as well.
pub fn compute(pi: &plan::Input, outcome: Option<&plan::Outcome>, rules: &RuleSet) -> Grid {
    let g0 = pi.value_growth_pct;
    // The break-even growths the grid should show: keep − sell's, and uitpond − sell's.
    let break_evens = outcome.into_iter().flat_map(|o| {
        let uitpond = o.uitpond.as_ref().and_then(|u| u.break_even_growth_pct);
        o.break_even_growth_pct.into_iter().chain(uitpond)
    });
    let (min, max) = break_evens.fold((g0, g0), |(a, b), be| (a.min(be), b.max(be)));
    let lo = (min.floor() - Decimal::ONE).min(g0.floor() - Decimal::TWO);
    let hi = (max.ceil() + Decimal::ONE).max(g0.ceil() + Decimal::TWO);
    let span = crate::money::to_count(hi - lo, 4);
    let step = Decimal::from(span.div_ceil(8).max(1));
    let mut growth: Vec<Decimal> = (0..=span)
        .map(|k| lo + Decimal::from(k) * step)
        .take_while(|g| *g <= hi)
        .collect();
    if !growth.contains(&g0) {
        growth.push(g0);
        growth.sort();
    }
    let alternative: Vec<Decimal> = [-2, -1, 0, 1, 2]
        .iter()
        .map(|s| pi.alternative_return_pct + Decimal::from(*s))
        .collect();
    let mut difference = vec![Vec::with_capacity(alternative.len()); growth.len()];
    let mut uitpond_difference = match pi.turnover_pct {
        Some(_) => vec![Vec::with_capacity(alternative.len()); growth.len()],
        None => Vec::new(),
    };
    for a in &alternative {
        let mut i = pi.clone();
        i.alternative_return_pct = *a;
        let pl = plan::Plan::new(&i, rules);
        let sell = pl.sell_net_worth();
        for (k, g) in growth.iter().enumerate() {
            let rerun = plan::Rerun::at_growth(*g);
            match pi.turnover_pct {
                Some(p) => {
                    let (keep, expected) = pl.keep_and_uitpond(&rerun, p);
                    difference[k].push(keep - sell);
                    uitpond_difference[k].push(expected.unwrap_or(keep) - sell);
                }
                None => difference[k].push(pl.keep(&rerun, None, None) - sell),
            }
        }
    }
    Grid {
        plan_value_growth_pct: g0,
        plan_alternative_return_pct: pi.alternative_return_pct,
        value_growth_pct: growth,
        alternative_return_pct: alternative,
        difference,
        uitpond_difference,
    }
}
