//! Rent regulation: WWS points (given, computed from a room-by-room description, or estimated),
//! the sector they imply under the regime of the lease, and the maximum rent
//! (Wet betaalbare huur; Besluit huurprijzen woonruimte; Huurcommissie beleidsboek).

pub mod kamers;
pub mod stelsel;

/// The name of a WWS rubriek by its key (as in the JSON `wws.groups[].group`), in the language
/// of the output; `name` (the Dutch name) for a key without a message.
pub fn rubriek(key: &str, name: &str) -> Text {
    let id = match key {
        "surface_rooms" => Msg::WwsSurfaceRooms,
        "surface_other" => Msg::WwsSurfaceOther,
        "heating" => Msg::WwsHeating,
        "energy" => Msg::WwsEnergy,
        "kitchen" => Msg::WwsKitchen,
        "sanitary" => Msg::WwsSanitary,
        "accessibility" => Msg::WwsAccessibility,
        "outdoor" => Msg::WwsOutdoor,
        "shared_spaces" => Msg::WwsShared,
        "parking" => Msg::WwsParking,
        "special" => Msg::WwsSpecial,
        "woz" => Msg::WwsWoz,
        "care_home" => Msg::WwsCareHome,
        "rijksmonument" => Msg::WwsRijksmonument,
        "deductions" => Msg::WwsDeductions,
        _ => return name.into(),
    };
    Text::new(id, vec![])
}

use rust_decimal::Decimal;
use serde::Serialize;

use crate::date::Date;
use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Dwelling, Property, Segment};
use crate::money::{self, HUNDRED};
use crate::rules::{Cite, RuleSet, WwsPointsRules, WwsRules};
use crate::units::Points;

/// How the points were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Given in the property file (`property.wws_points`).
    Given,
    /// Computed rubriek by rubriek from the `[wws]` section.
    Described,
    /// Estimated from surface, label and WOZ with assumed fittings.
    Estimated,
    /// A room let in a shared dwelling (onzelfstandige woonruimte), computed rubriek by rubriek
    /// from the `[wws]` section with `units` (or its points as given): always regulated, its own
    /// maximum rent table.
    Room,
}

impl Method {
    /// The word used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Given => "given",
            Method::Described => "described",
            Method::Estimated => "estimated",
            Method::Room => "room",
        }
    }
}

/// The WWS figures of a dwelling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wws {
    pub points: u32,
    /// True when the points were estimated from surface, label and WOZ.
    pub points_estimated: bool,
    /// Maximum monthly kale huur at these points.
    #[serde(serialize_with = "crate::money::ser::out")]
    pub max_rent: Decimal,
    pub sector: Segment,
    /// The year whose WWS table was used.
    #[serde(skip)]
    pub table_year: i32,
    /// True when that is not the tax year.
    #[serde(skip)]
    pub carried: bool,
    pub method: Method,
    /// Points per rubriek, when computed from the `[wws]` section.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<stelsel::Group>,
    /// Surcharges on the maximum rent (§2.13), percent, included in `max_rent`.
    #[serde(skip)]
    pub surcharge_pct: Decimal,
    /// The lease was signed before the Wet betaalbare huur: no middle sector.
    #[serde(skip)]
    pub before_wbh: bool,
    /// Remarks on assumptions made.
    #[serde(skip)]
    pub notes: Vec<crate::i18n::Text>,
}

/// The date whose rent regulation governs the lease: the date it was signed (`lease.start_date`),
/// but never later than 1 January of the tax year (the date the figures are for); without a start
/// date, 1 January of the tax year.
pub(crate) fn regime_date(p: &Property) -> Date {
    let jan1 = Date::jan1(p.tax_year);
    p.lease.start_date.map_or(jan1, |d| d.min(jan1))
}

/// Whether the lease falls under the regime before the Wet betaalbare huur (1 July 2024), which
/// has no middle sector (beleidsboek §1.3.2).
pub(crate) fn before_wbh(p: &Property, set: &RuleSet) -> bool {
    regime_date(p) < set.wws_stelsel.regime.wbh_from
}

/// The sector of `points` for a lease: under the Wet betaalbare huur social, middle or free; for a
/// lease signed before it social up to the social maximum and free above (beleidsboek §1.3.3 and
/// its footnote 3: points in the new middle sector do not make an older lease regulated).
pub(crate) fn lease_sector(points: u32, rules: &WwsRules, before_wbh: bool) -> Segment {
    match sector(points, rules) {
        Segment::Mid if before_wbh => Segment::Free,
        s => s,
    }
}

/// The rent the valuation and the plan use: the legal maximum when a regulated lease's rent is
/// above it, else the rent.
pub(crate) fn capped_rent(p: &Property, w: Option<&Wws>, segment: Segment) -> Decimal {
    match w {
        Some(w) if segment != Segment::Free && p.lease.monthly_rent > w.max_rent => w.max_rent,
        _ => p.lease.monthly_rent,
    }
}

/// The caveats of the WWS figures: a carried table, estimated points, assumptions, no middle
/// sector before the Wet betaalbare huur.
pub fn caveats(w: &Wws, s: &crate::scenario::Scenario) -> Vec<Text> {
    let (p, rules, year) = (s.property, s.rules, s.year);
    let mut caveats = Vec::new();
    if w.carried {
        caveats.push(Text::new(
            Msg::CWwsCarried,
            vec![w.table_year.into(), year.into()],
        ));
    }
    if w.points_estimated {
        caveats.push(Text::new(Msg::CWwsEstimated, vec![]));
    }
    for n in &w.notes {
        caveats.push(Text::new(Msg::CWwsNote, vec![n.clone().into()]));
    }
    let rules_wws = rules.wws(year).map(|c| c.rules);
    if w.before_wbh
        && w.method != Method::Room
        && (p.lease.segment == Some(Segment::Mid)
            || rules_wws.is_some_and(|r| sector(w.points, r) == Segment::Mid))
    {
        caveats.push(Text::new(
            Msg::CWwsBeforeWbh,
            vec![rules.wws_stelsel.regime.wbh_from.to_string().into()],
        ));
    }
    caveats
}

/// The segment a lease is in: as given, else the sector of its points; a middle segment given
/// for a lease signed before the Wet betaalbare huur is free (the middle sector did not exist).
pub fn lease_segment(p: &Property, w: Option<&Wws>, set: &RuleSet) -> Segment {
    // A room (onzelfstandige woonruimte) is always regulated, whatever the lease says.
    if w.is_some_and(|w| w.method == Method::Room) {
        return Segment::Social;
    }
    let seg = p
        .lease
        .segment
        .or(w.map(|w| w.sector))
        .unwrap_or(Segment::Free);
    if seg == Segment::Mid && before_wbh(p, set) {
        Segment::Free
    } else {
        seg
    }
}

/// Rounded to a quarter point (each component of the WWS is).
pub fn quarter(x: Decimal) -> Decimal {
    crate::units::Points(x).quarter().get()
}

fn whole(x: Decimal) -> Decimal {
    crate::units::Points(x).whole().get()
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

/// The WOZ component: WOZ / factor I + (WOZ / m²) / factor II, to a quarter point. A real WOZ value
/// counts as it is, also below the minimum; the minimum WOZ value applies only when there is no WOZ
/// value (zero here; Bhw bijlage I rubriek 11.1).
pub fn woz_points(woz: Decimal, surface_m2: Decimal, rules: &WwsRules) -> Decimal {
    let w = if woz.is_zero() {
        rules.woz_minimum
    } else {
        woz
    };
    quarter(w / rules.woz_factor_1 + (w / surface_m2) / rules.woz_factor_2)
}

/// The capped WOZ points, when the cap applies: the WOZ points may be at most
/// `woz_cap_share_pct` (33%) of the total, i.e. `other × 33 / 67`, and when so limited they are
/// rounded DOWN to whole points (Huurcommissie beleidsboek January 2026 §2.11.2, "afgerond naar
/// beneden op hele punten"; Bhw bijlage I rubriek 11). The cap does not apply when the total
/// without it is below `woz_cap_applies_from_points` (187, §2.11.7).
pub fn woz_cap(other_points: Decimal, woz: Decimal, rules: &WwsRules) -> Option<Decimal> {
    let threshold = Decimal::from(rules.woz_cap_applies_from_points);
    if whole(other_points + woz) < threshold {
        return None;
    }
    let share = rules.woz_cap_share_pct;
    let max_woz = other_points * share / (HUNDRED - share);
    (woz > max_woz).then(|| max_woz.floor())
}

/// The total with the WOZ cap ([`woz_cap`]); a dwelling the cap pushes below the threshold gets one
/// point less than it (186, §2.11.7). Rounded to whole points.
pub fn capped_total(other_points: Decimal, woz: Decimal, rules: &WwsRules) -> (u32, bool) {
    let threshold = Decimal::from(rules.woz_cap_applies_from_points);
    let Some(max_woz) = woz_cap(other_points, woz, rules) else {
        return (to_u32(whole(other_points + woz)), false);
    };
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

pub use crate::model::NO_LABEL;

/// The energy points by build year, when there is no valid label or index (§2.4.5); the oldest band
/// without a build year.
pub(crate) fn build_year_points(p: &Property, v: &stelsel::Values) -> Decimal {
    let y = p.build_year.unwrap_or(0);
    v.build_year
        .iter()
        .find(|b| y >= b.from_year)
        .map_or(Decimal::ZERO, |b| {
            if p.dwelling.is_house() {
                b.house
            } else {
                b.apartment
            }
        })
}

/// The points of an energy label for a dwelling kind.
pub(crate) fn label_points(label: &str, dwelling: Dwelling, pr: &WwsPointsRules) -> Decimal {
    pr.labels
        .iter()
        .find(|l| l.label == label)
        .map(|l| {
            if dwelling.is_house() {
                l.house
            } else {
                l.apartment
            }
        })
        .unwrap_or(Decimal::ZERO)
}

/// What reaching `target` (label D) does to the points and the maximum rent, by the label
/// component alone (the WOZ cap may shave a little off): (points after, maximum rent after).
pub(crate) fn with_label(
    w: &Wws,
    p: &Property,
    target: &str,
    set: &RuleSet,
) -> Option<(u32, Decimal)> {
    // A room's energy points go per m² of its rubriek 1: this estimate is for a dwelling.
    if w.method == Method::Room || p.energy_label == NO_LABEL {
        return None;
    }
    let rules = set.wws(p.tax_year)?.rules;
    let pr = &set.wws_points;
    let delta =
        label_points(target, p.dwelling, pr) - label_points(&p.energy_label, p.dwelling, pr);
    let points = to_u32(Decimal::from(w.points) + delta);
    Some((points, money::round_cents(max_rent(points, rules, set))))
}

/// Estimate the points of `p` from its surface, label and WOZ, with the documented assumptions
/// of `data/wws-points.toml` for what a property file does not describe.
pub fn estimate(
    p: &Property,
    rules: &WwsRules,
    pr: &WwsPointsRules,
    values: &stelsel::Values,
    trace: &mut Trace,
) -> u32 {
    let rooms_m2 = p.surface_m2 * pr.assumed_room_share_pct / HUNDRED;
    let surface = quarter(rooms_m2 * pr.points_per_m2_rooms);
    trace.add(|| {
        Step::new(
            Text::new(Msg::FSurfacePoints, vec![]),
            Points(surface),
            Text::new(
                Msg::XSurfacePoints,
                vec![
                    Arg::Pct(pr.assumed_room_share_pct),
                    Arg::Num(p.surface_m2),
                    Arg::Num(pr.points_per_m2_rooms),
                ],
            ),
        )
        .uses(crate::rules::citation(&pr.source, pr.confidence, None))
    });
    let no_label = p.energy_label == NO_LABEL;
    let label = if no_label {
        build_year_points(p, values)
    } else {
        label_points(&p.energy_label, p.dwelling, pr)
    };
    trace.add(|| {
        let step = Step::new(
            Text::new(Msg::FLabelPoints, vec![]),
            Points(label),
            if no_label {
                Text::new(
                    Msg::XNoLabelByYear,
                    vec![
                        p.build_year
                            .map_or_else(|| "?".to_string(), |y| y.to_string())
                            .into(),
                    ],
                )
            } else {
                Text::new(
                    if p.dwelling.is_house() {
                        Msg::XLabelHouse
                    } else {
                        Msg::XLabelApartment
                    },
                    vec![p.energy_label.clone().into()],
                )
            },
        );
        if no_label {
            step.uses(values)
        } else {
            step.uses(crate::rules::citation(&pr.source, pr.confidence, None))
        }
    });
    let sanitary = if p.surface_m2 < pr.small_dwelling_m2 {
        pr.assumed_sanitary_apartment_small
    } else {
        pr.assumed_sanitary
    };
    let rooms = whole(p.surface_m2 / pr.assumed_m2_per_room).max(Decimal::ONE);
    let heating = rooms * pr.heating_per_room;
    let outdoor = if p.dwelling.is_house() {
        pr.assumed_outdoor_house
    } else {
        pr.assumed_outdoor_apartment
    };
    trace.add(|| {
        Step::new(
            Text::new(Msg::FFittingsAssumed, vec![]),
            Points(pr.assumed_kitchen + sanitary + heating + outdoor),
            Text::new(
                Msg::XFittings,
                vec![
                    Arg::Num(pr.assumed_kitchen),
                    Arg::Num(sanitary),
                    Arg::Num(heating),
                    Arg::Num(rooms),
                    Arg::Num(outdoor),
                ],
            ),
        )
        .uses(
            crate::rules::citation(
                &pr.source,
                pr.confidence,
                Some("assumptions of data/wws-points.toml, confidence L"),
            )
            .with_note_nl(Some("aannames van data/wws-points.toml, zekerheid L")),
        )
    });
    let other = surface + label + pr.assumed_kitchen + sanitary + heating + outdoor;
    let woz = woz_points(p.woz_value, p.surface_m2, rules);
    trace.add(|| {
        Step::new(
            Text::new(Msg::FWozPoints, vec![]),
            Points(woz),
            Text::new(
                Msg::XWozPoints,
                vec![
                    Arg::Num(rules.woz_minimum),
                    Arg::Num(rules.woz_factor_1),
                    Arg::Num(p.surface_m2),
                    Arg::Num(rules.woz_factor_2),
                ],
            ),
        )
        .uses(rules)
    });
    let (total, capped) = capped_total(other, woz, rules);
    trace.add(|| {
        Step::new(
            Text::new(Msg::FPointsEstimated, vec![]),
            Points(total.into()),
            if capped {
                Text::new(
                    Msg::XPointsCapped,
                    vec![Arg::Num(other), Arg::Pct(rules.woz_cap_share_pct)],
                )
            } else {
                Text::new(Msg::XPointsSum, vec![Arg::Num(other), Arg::Num(woz)])
            },
        )
        .uses(rules)
    });
    total
}

/// The WWS figures of `p` for its tax year, when the rules have a WWS table (carried from the
/// nearest year otherwise). Points as given; else computed from the `[wws]` section; else estimated.
pub fn compute(p: &Property, set: &RuleSet, trace: &mut Trace) -> Option<Wws> {
    if let Some(desc) = &p.wws
        && let Some(units) = desc.units
    {
        return compute_room(p, set, desc, units, trace);
    }
    let carried = set.wws(p.tax_year)?;
    let rules = carried.rules;
    let before = before_wbh(p, set);
    let mut groups = Vec::new();
    let mut notes = Vec::new();
    let mut surcharge = Vec::new();
    let peildatum = Date::jan1(p.tax_year);
    let (values, values_early) = set.wws_stelsel.values(peildatum);
    let cx = |desc_before: bool| stelsel::Context {
        property: p,
        values,
        rules: &set.wws_stelsel,
        year: rules,
        labels: &set.wws_points,
        peildatum,
        before_wbh: desc_before,
    };
    let (points, method) = match (p.wws_points, &p.wws) {
        (Some(pts), _) => {
            trace.add(|| {
                Step::new(
                    "points",
                    Points(pts.into()),
                    Text::new(Msg::XPointsGiven, vec![]),
                )
                .from_input("property.wws_points")
            });
            (pts, Method::Given)
        }
        (None, Some(desc)) => {
            let c = cx(before);
            let out = stelsel::compute(desc, &c);
            if values_early {
                notes.push(crate::i18n::Text::new(
                    crate::i18n::Msg::NWwsValuesEarly,
                    vec![values.valid_from.to_string().into()],
                ));
            }
            notes.extend(out.notes.iter().cloned());
            for g in &out.groups {
                trace.add(|| {
                    Step::new(
                        Text::new(
                            Msg::FPerson,
                            vec![rubriek(g.key, g.name).into(), g.key.into()],
                        ),
                        Points(g.points),
                        g.how.clone(),
                    )
                    .uses(
                        crate::rules::citation(
                            &format!("Huurcommissie beleidsboek {} [HC26]", g.section),
                            values.confidence,
                            Some(&format!("point values from {}", values.valid_from)),
                        )
                        .with_note_nl(Some(&format!("puntwaarden vanaf {}", values.valid_from))),
                    )
                    .shown_as(format!(
                        "Huurcommissie beleidsboek {} [HC26] (point values from {}, confidence {})",
                        g.section, values.valid_from, values.confidence
                    ))
                });
            }
            let sum: Decimal = out.groups.iter().map(|g| g.points).sum();
            trace.add(|| {
                Step::new(
                    "points",
                    Points(out.points.into()),
                    if out.woz_capped && Decimal::from(out.points) > whole(sum) {
                        Text::new(
                            Msg::XPointsCapPushed,
                            vec![
                                Arg::Num(sum),
                                rules.woz_cap_applies_from_points.into(),
                                out.points.into(),
                            ],
                        )
                    } else {
                        Text::new(Msg::XPointsRubrieken, vec![Arg::Num(sum)])
                    },
                )
                .uses(set.wws_stelsel.values(peildatum).0)
            });
            let sector = lease_sector(out.points, rules, before);
            surcharge = stelsel::surcharges(desc, &c, sector == Segment::Mid);
            groups = out.groups;
            (out.points, Method::Described)
        }
        (None, None) => (
            estimate(p, rules, &set.wws_points, values, trace),
            Method::Estimated,
        ),
    };
    let sector = lease_sector(points, rules, before);
    let surcharge_pct: Decimal = surcharge.iter().map(|(pct, _)| *pct).sum();
    let table_rent = max_rent(points, rules, set);
    let max_rent = money::round_cents(table_rent * (HUNDRED + surcharge_pct) / HUNDRED);
    trace.add(|| {
        Step::new(
            "sector",
            sector.as_str(),
            if before {
                Text::new(
                    Msg::XSectorBefore,
                    vec![
                        set.wws_stelsel.regime.wbh_from.to_string().into(),
                        rules.social_max_points.into(),
                    ],
                )
            } else {
                Text::new(
                    Msg::XSector,
                    vec![rules.social_max_points.into(), rules.mid_max_points.into()],
                )
            },
        )
        .uses_all(before.then_some(&set.wws_stelsel.regime))
        .uses(rules)
    });
    trace.add(|| {
        let step = Step::new(
            "max_rent",
            Arg::Cents(max_rent),
            if surcharge.is_empty() {
                Text::new(
                    Msg::XMaxRent,
                    vec![rules.max_rent_column.clone().into(), points.into()],
                )
            } else {
                Text::new(
                    Msg::XMaxRentSurcharge,
                    vec![
                        rules.max_rent_column.clone().into(),
                        points.into(),
                        Arg::Cents(table_rent),
                        Arg::List(surcharge.iter().map(|(_, s)| s.clone()).collect(), " + "),
                    ],
                )
            },
        )
        .uses(rules)
        .from_step("points");
        if carried.carried {
            step.shown_as(format!(
                "{} (table of {} used for {})",
                rules.cite(),
                carried.from_year,
                p.tax_year
            ))
            .framed(
                Msg::SrcTableCarried,
                vec![carried.from_year.into(), p.tax_year.into()],
            )
        } else {
            step
        }
    });
    Some(Wws {
        points,
        points_estimated: method == Method::Estimated,
        sector,
        max_rent,
        table_year: carried.from_year,
        carried: carried.carried,
        method,
        groups,
        surcharge_pct,
        before_wbh: before,
        notes,
    })
}

/// The WWS figures of a room let in a shared dwelling (onzelfstandige woonruimte): its points
/// rubriek by rubriek (`data/wws-kamers.toml`), the maximum rent from the rooms' table of the tax
/// year with the surcharge, and the sector: a room is always regulated (social), whatever its rent
/// (beleidsboek onzelfstandige woonruimte §2.2).
fn compute_room(
    p: &Property,
    set: &RuleSet,
    desc: &stelsel::Description,
    units: u32,
    trace: &mut Trace,
) -> Option<Wws> {
    let carried = set.wws(p.tax_year)?;
    let rules = carried.rules;
    let r = &set.wws_kamers;
    let before = before_wbh(p, set);
    let peildatum = Date::jan1(p.tax_year);
    let (values, _) = set.wws_stelsel.values(peildatum);
    let cx = stelsel::Context {
        property: p,
        values,
        rules: &set.wws_stelsel,
        year: rules,
        labels: &set.wws_points,
        peildatum,
        before_wbh: before,
    };
    let mut out = kamers::compute(desc, &cx, r, units);
    if let Some(given) = p.wws_points {
        // Points from a Huurcommissie check: as given, with the rooms' table.
        trace.add(|| {
            Step::new(
                "points",
                Points(given.into()),
                Text::new(Msg::XPointsGiven, vec![]),
            )
            .from_input("property.wws_points")
        });
        out.points = given;
        out.groups.clear();
    }
    for g in &out.groups {
        trace.add(|| {
            Step::new(
                Text::new(
                    Msg::FPerson,
                    vec![rubriek(g.key, g.name).into(), g.key.into()],
                ),
                Points(g.points),
                g.how.clone(),
            )
            .uses(crate::rules::citation(
                &r.source,
                r.confidence,
                Some(g.section),
            ))
        });
    }
    let sum: Decimal = out.groups.iter().map(|g| g.points).sum();
    if p.wws_points.is_none() {
        trace.add(|| {
            Step::new(
                "points",
                Points(out.points.into()),
                Text::new(Msg::XPointsRubrieken, vec![Arg::Num(sum)]),
            )
            .uses(r)
        });
    }
    let (column, early) = r.rent_column(peildatum);
    let surcharge = kamers::surcharge(desc, &cx, r);
    let pct = surcharge.as_ref().map_or(Decimal::ZERO, |(pct, _)| *pct);
    let table_rent = r.max_rent(&column.column, out.points);
    let max_rent = money::round_cents(table_rent * (HUNDRED + pct) / HUNDRED);
    trace.add(|| {
        Step::new(
            "sector",
            Segment::Social.as_str(),
            Text::new(Msg::XRoomSector, vec![]),
        )
        .uses(r)
    });
    trace.add(|| {
        Step::new(
            "max_rent",
            Arg::Cents(max_rent),
            match &surcharge {
                None => Text::new(
                    Msg::XMaxRent,
                    vec![column.column.clone().into(), out.points.into()],
                ),
                Some((_, s)) => Text::new(
                    Msg::XMaxRentSurcharge,
                    vec![
                        column.column.clone().into(),
                        out.points.into(),
                        Arg::Cents(table_rent),
                        Arg::List(vec![s.clone()], " + "),
                    ],
                ),
            },
        )
        .uses(column)
        .from_step("points")
    });
    let mut notes = out.notes.clone();
    if early {
        notes.push(Text::new(
            Msg::NWwsValuesEarly,
            vec![column.valid_from.to_string().into()],
        ));
    }
    Some(Wws {
        points: out.points,
        points_estimated: false,
        max_rent,
        sector: Segment::Social,
        table_year: column.valid_from.year,
        carried: early || column.valid_from.year != p.tax_year,
        method: Method::Room,
        groups: out.groups,
        surcharge_pct: pct,
        before_wbh: before,
        notes,
    })
}
