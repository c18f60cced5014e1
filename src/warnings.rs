//! Checks that produce warnings rather than figures (methods.md §6). Each warning has a stable
//! code and a message that says what to do.

use rust_decimal::Decimal;

use crate::input::{Property, Sale};
use crate::money::{HUNDRED, euro};
use crate::report::Warning;
use crate::rules::{CheckRules, MarketRules};
use crate::wws::Wws;

/// What the checks look at, beyond the property itself.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub wws: Option<&'a Wws>,
    /// Whether the segment is regulated (social or mid), as given or derived.
    pub regulated: bool,
    /// Box 3 value by the leegwaarderatio.
    pub box3_value: Decimal,
    /// The computed value in rented state.
    pub tenanted_value: Option<Decimal>,
    /// The discount band and the DCF discount, percent, when they disagree widely.
    pub band_disagreement: Option<(Decimal, Decimal, Decimal)>,
    /// Estimated net cost of reaching label D.
    pub energy_upgrade_cost: Decimal,
    /// WWS points and maximum rent after reaching label D.
    pub label_d_wws: Option<(u32, Decimal)>,
    /// The sale route of the plan, when there is one.
    pub sale: Option<Sale>,
    /// Years whose rules were carried from another year.
    pub carried: &'a [(i32, i32)],
}

/// True for labels E, F and G.
pub fn below_d(label: &str) -> bool {
    matches!(label, "E" | "F" | "G")
}

/// All warnings that apply to `p`, in a fixed order.
pub fn check(p: &Property, f: &Facts, checks: &CheckRules, market: &MarketRules) -> Vec<Warning> {
    let mut w = Vec::new();
    if below_d(&p.energy_label) {
        let wws_effect = match (f.wws, f.label_d_wws) {
            (Some(w), Some((points, rent))) => format!(
                "; label {} brings the WWS points from {} to about {points} and the maximum rent from {} to about {}",
                checks.energy_label_minimum,
                w.points,
                euro(w.max_rent),
                euro(rent)
            ),
            _ => String::new(),
        };
        w.push(Warning {
            code: "energy_label_below_d",
            message: format!(
                "label {} is below {}: a let dwelling must reach label {} by {}; estimated cost {} after the SVOH subsidy (set costs.energy_upgrade to your quote){wws_effect}. Source: {}",
                p.energy_label,
                checks.energy_label_minimum,
                checks.energy_label_minimum,
                checks.energy_label_deadline,
                euro(f.energy_upgrade_cost),
                checks.energy_label_source
            ),
        });
    }
    let minimum = if p.students {
        checks.new_build_minimum_students_m2
    } else {
        checks.new_build_minimum_m2
    };
    if p.surface_m2 < minimum {
        w.push(Warning {
            code: "surface_below_new_build_minimum",
            message: format!(
                "{} m² is below the {} m² a new-build dwelling needs{}: fine for an existing building, but a conversion or new unit of this size will not get a permit as a self-contained dwelling. Source: {}",
                p.surface_m2, minimum, if p.students { " for students" } else { "" }, checks.surface_source
            ),
        });
    }
    if p.surface_m2 >= checks.micro_min_m2 && p.surface_m2 <= checks.micro_max_m2 {
        w.push(Warning {
            code: "micro_dwelling",
            message: format!(
                "{} m² is a micro dwelling ({}–{} m²): purchase costs, vacancy and management weigh heavier; check the WWS points before setting the rent. Source: {}",
                p.surface_m2, checks.micro_min_m2, checks.micro_max_m2, checks.micro_source
            ),
        });
    }
    if let Some(wws) = f.wws
        && f.regulated
        && p.lease.monthly_rent > wws.max_rent
    {
        w.push(Warning {
                code: "rent_above_wws_maximum",
                message: format!(
                    "the rent {} is above the legal maximum {} at {} points{}: the tenant can have it lowered by the Huurcommissie; the valuation uses the maximum",
                    euro(p.lease.monthly_rent),
                    euro(wws.max_rent),
                    wws.points,
                    if wws.points_estimated { " (estimated — have the points checked)" } else { "" }
                ),
            });
    }
    if let Some(t) = f.tenanted_value {
        // Art. 17a lid 6 UBIB: WOZ × ratio at least 10% higher than the value in rented state,
        // i.e. value × (1 + 10%) ≤ WOZ × ratio (compared without division).
        if t * (HUNDRED + checks.fiscal_value_margin_pct) <= f.box3_value * HUNDRED {
            w.push(Warning {
                code: "tenanted_value_below_fiscal_value",
                message: format!(
                    "the Box 3 value {} (WOZ × leegwaarderatio) is at least {}% higher than the value in rented state {}: you may report the value in rented state on the WOZ valuation date instead, backed by a valuation report (800–1,500). Source: {}",
                    euro(f.box3_value), checks.fiscal_value_margin_pct, euro(t), checks.fiscal_value_source
                ),
            });
        }
    }
    if let Some((lo, hi, d)) = f.band_disagreement {
        w.push(Warning {
            code: "valuation_methods_disagree",
            message: format!(
                "the DCF discount of {}% lies far outside the market band of {lo}–{hi}%: check the rent, costs, turnover and discount rate, or get a valuation report",
                d.round_dp(1)
            ),
        });
    }
    if f.sale == Some(Sale::Vacant) {
        w.push(Warning {
            code: "vacant_sale_needs_legal_ground",
            message: format!(
                "selling vacant means ending the lease: that needs a legal ground (urgent own use, tenant default), takes {} months or so and about {} in legal costs, and usually fails otherwise; treat it as a scenario",
                market.eviction_delay_months.value, euro(market.eviction_legal_costs.value)
            ),
        });
    }
    if let (Some(first), Some(last)) = (f.carried.first(), f.carried.last()) {
        let years = if first.0 == last.0 {
            first.0.to_string()
        } else {
            format!("{}–{}", first.0, last.0)
        };
        w.push(Warning {
            code: "rules_carried_forward",
            message: format!("no rules are known for {years}: the rules of {} are used for those years; future rates will differ", last.1),
        });
    }
    w
}
