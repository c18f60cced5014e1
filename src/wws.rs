//! Rent regulation: WWS points (given, or estimated), the sector they imply and the maximum rent
//! (Wet betaalbare huur; Besluit huurprijzen woonruimte).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::explain::{Step, Trace};
use crate::input::{Dwelling, Property, Segment};
use crate::money::{self, HUNDRED, euro_cents};
use crate::rules::{RuleSet, WwsPointsRules, WwsRules};

/// The WWS figures of a dwelling.
#[derive(Debug, Clone, PartialEq)]
pub struct Wws {
    pub points: u32,
    /// True when the points were estimated from surface, label and WOZ.
    pub points_estimated: bool,
    pub sector: Segment,
    /// Maximum monthly kale huur at these points.
    pub max_rent: Decimal,
    /// The year whose WWS table was used.
    pub table_year: i32,
    /// True when that is not the tax year.
    pub carried: bool,
}

/// Rounded to a quarter point (each component of the WWS is).
pub fn quarter(x: Decimal) -> Decimal {
    let four = Decimal::from(4);
    (x * four).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero) / four
}

fn whole(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// The sector of `points`: social up to `social_max_points`, middle up to `mid_max_points`, free above.
pub fn sector(points: u32, rules: &WwsRules) -> Segment {
    if points <= rules.social_max_points {
        Segment::Social
    } else if points <= rules.mid_max_points {
        Segment::Mid
    } else {
        Segment::Free
    }
}

/// The maximum monthly rent at `points` from the year's table; above the table's last row, the
/// last row plus the per-point step; below its first row, the first row.
pub fn max_rent(points: u32, rules: &WwsRules, set: &RuleSet) -> Decimal {
    let Some(table) = set.wws_column(&rules.max_rent_column) else {
        return Decimal::ZERO;
    };
    let (&last_points, &last_rent) = table.last_key_value().expect("the WWS table is not empty");
    let (&first_points, &first_rent) = table.first_key_value().expect("the WWS table is not empty");
    if points > last_points {
        last_rent + Decimal::from(points - last_points) * rules.per_point_above_250
    } else if points < first_points {
        first_rent
    } else {
        table[&points]
    }
}

/// The WOZ component: WOZ / factor I + (WOZ / m²) / factor II, with the minimum WOZ, to a quarter point.
pub fn woz_points(woz: Decimal, surface_m2: Decimal, rules: &WwsRules) -> Decimal {
    let w = woz.max(rules.woz_minimum);
    quarter(w / rules.woz_factor_1 + (w / surface_m2) / rules.woz_factor_2)
}

/// The total with the WOZ cap: WOZ points at most `woz_cap_share_pct` of the total, unless the
/// total without the cap is below `woz_cap_applies_from_points`; a dwelling the cap pushes below
/// that threshold gets one point less than it. Rounded to whole points.
pub fn capped_total(other_points: Decimal, woz: Decimal, rules: &WwsRules) -> (u32, bool) {
    let threshold = Decimal::from(rules.woz_cap_applies_from_points);
    let uncapped = whole(other_points + woz);
    if uncapped < threshold {
        return (to_u32(uncapped), false);
    }
    let share = rules.woz_cap_share_pct;
    let max_woz = other_points * share / (HUNDRED - share);
    if woz <= max_woz {
        return (to_u32(uncapped), false);
    }
    let capped = whole(other_points + max_woz);
    if capped < threshold {
        (rules.woz_cap_applies_from_points - 1, true)
    } else {
        (to_u32(capped), true)
    }
}

fn to_u32(d: Decimal) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    d.max(Decimal::ONE).trunc().to_u32().unwrap_or(u32::MAX)
}

/// The points of an energy label for a dwelling kind.
pub fn label_points(label: &str, dwelling: Dwelling, pr: &WwsPointsRules) -> Decimal {
    pr.labels
        .iter()
        .find(|l| l.label == label)
        .map(|l| {
            if dwelling == Dwelling::House {
                l.house
            } else {
                l.apartment
            }
        })
        .unwrap_or(Decimal::ZERO)
}

/// What reaching `target` (label D) does to the points and the maximum rent, by the label
/// component alone (the WOZ cap may shave a little off): (points after, maximum rent after).
pub fn with_label(w: &Wws, p: &Property, target: &str, set: &RuleSet) -> Option<(u32, Decimal)> {
    let rules = set.wws(p.tax_year)?.rules;
    let pr = &set.wws_points;
    let delta =
        label_points(target, p.dwelling, pr) - label_points(&p.energy_label, p.dwelling, pr);
    let points = to_u32(Decimal::from(w.points) + delta);
    Some((points, money::round_cents(max_rent(points, rules, set))))
}

/// Estimate the points of `p` from its surface, label and WOZ, with the documented assumptions
/// of `data/wws-points.toml` for what a property file does not describe.
pub fn estimate(p: &Property, rules: &WwsRules, pr: &WwsPointsRules, trace: &mut Trace) -> u32 {
    let rooms_m2 = p.surface_m2 * pr.assumed_room_share_pct / HUNDRED;
    let surface = quarter(rooms_m2 * pr.points_per_m2_rooms);
    trace.add(|| {
        Step::new(
            "surface points",
            surface,
            format!(
                "rooms {}% of {} m² × {} (assumed share)",
                pr.assumed_room_share_pct, p.surface_m2, pr.points_per_m2_rooms
            ),
        )
    });
    let label = label_points(&p.energy_label, p.dwelling, pr);
    trace.add(|| {
        Step::new(
            "energy label points",
            label,
            format!(
                "label {} for a {}",
                p.energy_label,
                if p.dwelling == Dwelling::House {
                    "house (EGW)"
                } else {
                    "apartment (MGW)"
                }
            ),
        )
    });
    let sanitary = if p.surface_m2 < pr.small_dwelling_m2 {
        pr.assumed_sanitary_apartment_small
    } else {
        pr.assumed_sanitary
    };
    let rooms = whole(p.surface_m2 / pr.assumed_m2_per_room).max(Decimal::ONE);
    let heating = rooms * pr.heating_per_room;
    let outdoor = if p.dwelling == Dwelling::House {
        pr.assumed_outdoor_house
    } else {
        pr.assumed_outdoor_apartment
    };
    trace.add(|| {
        Step::new(
            "fittings points (assumed)",
            pr.assumed_kitchen + sanitary + heating + outdoor,
            format!("kitchen {} + sanitary {sanitary} + heating {heating} ({rooms} rooms) + outdoor space {outdoor}", pr.assumed_kitchen),
        )
        .source(crate::rules::cite(&pr.source, pr.confidence, Some("assumptions of data/wws-points.toml, confidence L")))
    });
    let other = surface + label + pr.assumed_kitchen + sanitary + heating + outdoor;
    let woz = woz_points(p.woz_value, p.surface_m2, rules);
    trace.add(|| {
        Step::new(
            "WOZ points",
            woz,
            format!(
                "max(WOZ, {}) / {} + (WOZ / {} m²) / {}, to a quarter point",
                rules.woz_minimum, rules.woz_factor_1, p.surface_m2, rules.woz_factor_2
            ),
        )
        .source(rules.cite())
    });
    let (total, capped) = capped_total(other, woz, rules);
    trace.add(|| {
        Step::new(
            "points (estimated)",
            total,
            if capped {
                format!(
                    "{other} + WOZ points capped at {}% of the total",
                    rules.woz_cap_share_pct
                )
            } else {
                format!("{other} + {woz}, rounded to whole points")
            },
        )
    });
    total
}

/// The WWS figures of `p` for its tax year, when the rules have a WWS table (carried from the
/// nearest year otherwise).
pub fn compute(p: &Property, set: &RuleSet, trace: &mut Trace) -> Option<Wws> {
    let carried = set.wws(p.tax_year)?;
    let rules = carried.rules;
    let (points, estimated) = match p.wws_points {
        Some(pts) => {
            trace.add(|| {
                Step::new(
                    "points",
                    pts,
                    "given in the property file (property.wws_points)",
                )
            });
            (pts, false)
        }
        None => (estimate(p, rules, &set.wws_points, trace), true),
    };
    let sector = sector(points, rules);
    let max_rent = max_rent(points, rules, set);
    trace.add(|| {
        Step::new(
            "sector",
            sector.as_str(),
            format!(
                "social up to {} points, middle up to {}, free above",
                rules.social_max_points, rules.mid_max_points
            ),
        )
        .source(rules.cite())
    });
    trace.add(|| {
        Step::new(
            "max_rent",
            euro_cents(max_rent),
            format!("table {} at {points} points", rules.max_rent_column),
        )
        .source(if carried.carried {
            format!(
                "{} (table of {} used for {})",
                rules.cite(),
                carried.from_year,
                p.tax_year
            )
        } else {
            rules.cite()
        })
    });
    Some(Wws {
        points,
        points_estimated: estimated,
        sector,
        max_rent: money::round_cents(max_rent),
        table_year: carried.from_year,
        carried: carried.carried,
    })
}
