//! The WWS points of a dwelling described room by room (`[wws]` section): every rubriek of the
//! Besluit huurprijzen woonruimte, bijlage I, as the Huurcommissie's beleidsboek applies it.
//!
//! Each rubriek is rounded to a quarter point, from an eighth up (beleidsboek §2.1.4); the total
//! to whole points, 0.5 up (§2.1.5). The point values live in `data/wws-stelsel.toml`.

use crate::i18n::{Arg, Msg, Text};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::date::Date;
use crate::model::{Dwelling, Property};
use crate::money::HUNDRED;
use crate::rules::{WwsPointsRules, WwsRules};

pub use crate::model::{Description, Monument, Placed, Share, SharedOutdoor, Space, SpaceKind};

pub use crate::rules::wws::{
    Fitting, IndexBand, Regime, StelselRules, Values, WozFactors, YearBand,
};

/// Points of one rubriek (stelselgroep), with where the beleidsboek gives its rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Stable key (`surface_rooms`, `heating`, ...).
    #[serde(rename = "group")]
    pub key: &'static str,
    /// The rubriek's name.
    pub name: &'static str,
    /// The beleidsboek section.
    pub section: &'static str,
    pub points: Decimal,
    /// How the points were found.
    #[serde(skip)]
    pub how: Text,
}

/// The result of the calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub groups: Vec<Group>,
    pub points: u32,
    /// The WOZ points were capped.
    pub woz_capped: bool,
    /// Remarks on assumptions (a value carried from another date, a label date not given, ...).
    pub notes: Vec<Text>,
}

/// Rounded to a quarter point, from an eighth up (beleidsboek §2.1.4).
pub(crate) fn quarter(x: Decimal) -> Decimal {
    crate::units::Points(x).quarter().get()
}

/// Whole m² or whole points, 0.5 up (§2.1.5, §2.2.1.1).
pub fn whole(x: Decimal) -> Decimal {
    crate::units::Points(x).whole().get()
}

/// Two decimals, as a surface is noted (§2.2.1.1).
pub(crate) fn two_dp(x: Decimal) -> Decimal {
    crate::units::surface_m2(x)
}

fn for_kind(d: Dwelling, house: Decimal, apartment: Decimal) -> Decimal {
    if d.is_house() { house } else { apartment }
}

fn kind_word(d: Dwelling) -> Arg {
    Text::new(
        if d.is_house() {
            Msg::XKindHouse
        } else {
            Msg::XKindApartment
        },
        vec![],
    )
    .into()
}

/// Everything the calculation needs besides the description.
pub struct Context<'a> {
    pub property: &'a Property,
    pub values: &'a Values,
    pub rules: &'a StelselRules,
    pub year: &'a WwsRules,
    pub labels: &'a WwsPointsRules,
    /// The date the points are valued on: 1 January of the tax year.
    pub peildatum: Date,
    /// The lease was signed before the Wet betaalbare huur.
    pub before_wbh: bool,
}

/// The effective kind of a space: a kitchen or bathroom is always a room (Bhw bijlage I, toelichting
/// rubriek 1); a room below the room minimum counts as an other space (§2.2.1.2); spaces below the
/// other-space minimum score no surface.
fn effective(s: &Space, v: &Values) -> Option<SpaceKind> {
    match s.kind {
        SpaceKind::Kitchen | SpaceKind::Bathroom => Some(SpaceKind::Room),
        SpaceKind::Room if s.m2 >= v.room_min_m2 => Some(SpaceKind::Room),
        SpaceKind::Room | SpaceKind::Other if s.m2 >= v.other_min_m2 => Some(SpaceKind::Other),
        SpaceKind::Attic if s.m2 >= v.other_min_m2 => Some(SpaceKind::Attic),
        SpaceKind::Hall => Some(SpaceKind::Hall),
        _ => None,
    }
}

/// The points of a dwelling described room by room.
pub fn compute(d: &Description, cx: &Context) -> Outcome {
    let v = cx.values;
    let p = cx.property;
    let mut groups = Vec::new();
    let mut notes = Vec::new();

    // Rubriek 1 and 2: surfaces.
    let (mut rooms, mut others, mut attic_cut) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut too_small = Vec::new();
    for s in &d.spaces {
        match effective(s, v) {
            Some(SpaceKind::Room) => rooms += s.m2,
            Some(SpaceKind::Other) => others += s.m2,
            Some(SpaceKind::Attic) => {
                others += s.m2;
                attic_cut += v
                    .attic_no_stairs_deduction
                    .min(s.m2 * v.points_per_m2_other);
            }
            Some(SpaceKind::Hall | SpaceKind::Kitchen | SpaceKind::Bathroom) => {}
            None => too_small.push(s.label.clone()),
        }
    }
    let rooms_m2 = whole(rooms);
    let others_m2 = whole(others);
    groups.push(Group {
        key: "surface_rooms",
        name: "oppervlakte van vertrekken",
        section: "§2.2.1 (rubriek 1)",
        points: quarter(rooms_m2 * v.points_per_m2_room),
        how: Text::new(
            Msg::XRooms,
            vec![
                Arg::Num(rooms),
                Arg::Num(rooms_m2),
                Arg::Num(v.points_per_m2_room),
            ],
        ),
    });
    groups.push(Group {
        key: "surface_other",
        name: "oppervlakte van overige ruimten",
        section: "§2.2.2 (rubriek 2)",
        points: quarter(others_m2 * v.points_per_m2_other - attic_cut),
        how: Text::new(
            Msg::XOthers,
            vec![
                Arg::Num(others),
                Arg::Num(others_m2),
                Arg::Num(v.points_per_m2_other),
                if attic_cut.is_zero() {
                    Text::empty()
                } else {
                    Text::new(Msg::XAtticCut, vec![Arg::Num(attic_cut)])
                }
                .into(),
                if too_small.is_empty() {
                    Text::empty()
                } else {
                    Text::new(
                        Msg::XTooSmall,
                        vec![
                            too_small.join(", ").into(),
                            Arg::Num(v.room_min_m2),
                            Arg::Num(v.other_min_m2),
                        ],
                    )
                }
                .into(),
            ],
        ),
    });

    // Rubriek 3: heating and cooling. A heated space below the other-space minimum is neither an
    // overige ruimte nor a verkeersruimte that counts (§2.3; an overige ruimte is at least 2 m²).
    let (mut heated_rooms, mut heated_other, mut cooled) = (0u32, 0u32, 0u32);
    for s in &d.spaces {
        if !s.heated {
            continue;
        }
        match effective(s, v) {
            Some(SpaceKind::Room) => {
                heated_rooms += 1;
                if s.cooled {
                    cooled += 1;
                }
            }
            Some(SpaceKind::Hall) if s.m2 < v.other_min_m2 => {}
            Some(_) => heated_other += 1,
            None => {}
        }
    }
    let heat_other = (Decimal::from(heated_other) * v.heating_other).min(v.heating_other_max);
    let cool = (Decimal::from(cooled) * v.cooling_room).min(v.cooling_max);
    groups.push(Group {
        key: "heating",
        name: "verwarming en verkoeling",
        section: "§2.3 (rubriek 3)",
        points: quarter(Decimal::from(heated_rooms) * v.heating_room + heat_other + cool),
        how: Text::new(
            Msg::XHeating,
            vec![
                heated_rooms.into(),
                Arg::Num(v.heating_room),
                heated_other.into(),
                Arg::Num(v.heating_other),
                Arg::Num(v.heating_other_max),
                cooled.into(),
                Arg::Num(v.cooling_room),
                Arg::Num(v.cooling_max),
            ],
        ),
    });

    // Rubriek 4: energy performance.
    let (energy, how) = energy_points(d, cx, &mut notes);
    groups.push(Group {
        key: "energy",
        name: "energieprestatie",
        section: "§2.4 (rubriek 4)",
        points: energy,
        how,
    });

    // Rubriek 5: kitchen, each kitchen on its own.
    let (kitchen, how) = kitchen_points(d, v);
    groups.push(Group {
        key: "kitchen",
        name: "keuken",
        section: "§2.5 (rubriek 5)",
        points: kitchen,
        how,
    });

    // Rubriek 6: sanitary, with the caps per room.
    let (sanitary, how) = sanitary_points(d, v);
    groups.push(Group {
        key: "sanitary",
        name: "sanitair",
        section: "§2.6 (rubriek 6)",
        points: sanitary,
        how,
    });

    // Rubriek 7: accessibility, as given.
    if !d.accessibility_points.is_zero() {
        groups.push(Group {
            key: "accessibility",
            name: "woonvoorzieningen voor gehandicapten",
            section: "Bhw bijlage I rubriek 7",
            points: quarter(d.accessibility_points),
            how: Text::new(Msg::XAccessibility, vec![]),
        });
    }

    // Rubriek 8: outdoor space.
    let (outdoor, how) = outdoor_points(d, v);
    groups.push(Group {
        key: "outdoor",
        name: "buitenruimten",
        section: "§2.8 (rubriek 8)",
        points: outdoor,
        how,
    });

    // Rubriek 9: shared rooms and other spaces.
    if !(d.shared_rooms_m2.is_zero() && d.shared_other_m2.is_zero()) {
        let n = Decimal::from(d.shared_addresses.max(2));
        let pts = (whole(d.shared_rooms_m2) * v.points_per_m2_room
            + whole(d.shared_other_m2) * v.points_per_m2_other)
            / n;
        groups.push(Group {
            key: "shared_spaces",
            name: "gemeenschappelijke vertrekken, overige ruimten en voorzieningen",
            section: "§2.9 (rubriek 9)",
            points: quarter(pts),
            how: Text::new(
                Msg::XSharedSpaces,
                vec![
                    Arg::Num(whole(d.shared_rooms_m2)),
                    Arg::Num(v.points_per_m2_room),
                    Arg::Num(whole(d.shared_other_m2)),
                    Arg::Num(v.points_per_m2_other),
                    Arg::Num(n),
                ],
            ),
        });
    }

    // Rubriek 10: shared parking.
    let mut type1 = 0u32;
    if !d.parking.is_empty() {
        let n = Decimal::from(d.parking_addresses.max(2));
        let mut sum = Decimal::ZERO;
        for (name, k) in &d.parking {
            let per = match name.as_str() {
                "type1" => {
                    type1 += k;
                    v.parking_type1
                }
                "type2" => v.parking_type2,
                "type3" => v.parking_type3,
                _ => v.parking_charger,
            };
            sum += per * Decimal::from(*k);
        }
        groups.push(Group {
            key: "parking",
            name: "gemeenschappelijke parkeerruimten",
            section: "§2.10 (rubriek 10)",
            points: quarter(sum / n),
            how: Text::new(
                Msg::XParking,
                vec![
                    Arg::Num(v.parking_type1),
                    Arg::Num(v.parking_type2),
                    Arg::Num(v.parking_type3),
                    Arg::Num(v.parking_charger),
                    Arg::Num(sum),
                    Arg::Num(n),
                ],
            ),
        });
    }

    // Rubriek 12 (the parts counted before the WOZ cap): video doorbell and charging points.
    let special = if d.video_doorbell {
        v.video_doorbell
    } else {
        Decimal::ZERO
    } + Decimal::from(d.charging_points) * v.charging_point;
    if !special.is_zero() {
        groups.push(Group {
            key: "special",
            name: "bijzondere voorzieningen",
            section: "§2.12.2-2.12.3 (rubriek 12)",
            points: quarter(special),
            how: Text::new(
                Msg::XSpecial,
                vec![
                    Arg::Num(if d.video_doorbell {
                        v.video_doorbell
                    } else {
                        Decimal::ZERO
                    }),
                    d.charging_points.into(),
                    Arg::Num(v.charging_point),
                ],
            ),
        });
    }

    // Rubriek 11: WOZ.
    let other: Decimal = groups.iter().map(|g| g.points).sum();
    let valuation = d
        .woz_valuation_date
        .unwrap_or_else(|| Date::jan1(p.tax_year - 1));
    let (f, early) = cx.rules.factors(valuation);
    if early {
        notes.push(Text::new(
            Msg::NWozFactors,
            vec![
                valuation.to_string().into(),
                f.valuation_date.to_string().into(),
            ],
        ));
    }
    // The surface: rooms, other spaces and type-1 parking added up, rounded to whole m² once
    // (Bhw bijlage I, toelichting rubriek 11).
    let parking_m2 = Decimal::from(type1) * d.parking_type1_m2.unwrap_or(v.parking_type1_m2)
        / Decimal::from(d.parking_addresses.max(2));
    let woz_m2 = whole(rooms + others + parking_m2);
    let small = d.small_new_build_corop;
    let factor_2 = if small { f.factor_2_small } else { f.factor_2 };
    // The minimum WOZ value only when there is no WOZ value (rubriek 11.1).
    let woz = if p.woz_value.is_zero() {
        cx.year.woz_minimum
    } else {
        p.woz_value
    };
    let woz_raw = if woz_m2.is_zero() {
        Decimal::ZERO
    } else {
        quarter(woz / f.factor_1 + woz / woz_m2 / factor_2)
    };
    let new_build_min = p
        .build_year
        .is_some_and(|b| (v.new_build_woz_from_year..=v.new_build_woz_until_year).contains(&b))
        && other >= v.new_build_woz_min_other;
    let woz_pts = if new_build_min {
        woz_raw.max(v.new_build_woz_min_points)
    } else {
        woz_raw
    };
    let cap = if new_build_min || small {
        None
    } else {
        super::woz_cap(other, woz_pts, cx.year)
    };
    let woz_used = cap.unwrap_or(woz_pts);
    groups.push(Group {
        key: "woz",
        name: "punten voor de WOZ-waarde",
        section: "§2.11 (rubriek 11)",
        points: woz_used,
        how: Text::new(
            Msg::XWoz,
            vec![
                Arg::Num(woz),
                Arg::Num(f.factor_1),
                Arg::Num(woz_m2),
                Arg::Num(factor_2),
                f.valuation_date.to_string().into(),
                Arg::Num(woz_raw),
                if new_build_min && woz_pts > woz_raw {
                    Text::new(
                        Msg::XWozNewBuild,
                        vec![
                            Arg::Num(v.new_build_woz_min_points),
                            v.new_build_woz_from_year.into(),
                            v.new_build_woz_until_year.into(),
                        ],
                    )
                } else {
                    Text::empty()
                }
                .into(),
                match cap {
                    Some(c) => Text::new(
                        Msg::XWozCapped,
                        vec![
                            Arg::Pct(cx.year.woz_cap_share_pct),
                            Arg::Num(other),
                            Arg::Num(cx.year.woz_cap_share_pct),
                            Arg::Num(HUNDRED - cx.year.woz_cap_share_pct),
                            Arg::Num(c),
                        ],
                    ),
                    None if small => Text::new(Msg::XWozSmall, vec![]),
                    None => Text::empty(),
                }
                .into(),
            ],
        ),
    });

    // Rubriek 12: care home, 35% of rubrieken 1–11.
    if d.care_home {
        let base: Decimal = groups
            .iter()
            .filter(|g| g.key != "special")
            .map(|g| g.points)
            .sum();
        groups.push(Group {
            key: "care_home",
            name: "zorgwoning",
            section: "§2.12.1 (rubriek 12)",
            points: base * v.care_home_pct / HUNDRED,
            how: Text::new(
                Msg::XCareHome,
                vec![Arg::Pct(v.care_home_pct), Arg::Num(base)],
            ),
        });
    }
    // A rijksmonument let before the Wet betaalbare huur: points instead of a surcharge (§2.13.4).
    if d.monument == Some(Monument::Rijksmonument) && cx.before_wbh {
        groups.push(Group {
            key: "rijksmonument",
            name: "rijksmonument (lease before the Wet betaalbare huur)",
            section: "§2.13.4",
            points: v.rijksmonument_points_before_wbh,
            how: Text::new(Msg::XRijksmonumentPoints, vec![]),
        });
    }

    let sum: Decimal = groups.iter().map(|g| g.points).sum();
    let mut points = whole(sum);
    let threshold = Decimal::from(cx.year.woz_cap_applies_from_points);
    if cap.is_some() && points < threshold {
        // Pushed below the free sector by the cap: 186 (§2.11.7).
        points = threshold - Decimal::ONE;
    }
    use rust_decimal::prelude::ToPrimitive;
    Outcome {
        groups,
        points: points.max(Decimal::ONE).to_u32().unwrap_or(u32::MAX),
        woz_capped: cap.is_some(),
        notes,
    }
}

fn fitting<'a>(list: &'a [Fitting], name: &str) -> Option<&'a Fitting> {
    list.iter().find(|f| f.name == name)
}

/// The spaces that are kitchens: of kind `kitchen` or with a worktop on their line.
pub(crate) fn kitchens(d: &Description) -> Vec<&Space> {
    d.spaces
        .iter()
        .filter(|s| s.kind == SpaceKind::Kitchen || s.worktop_m.is_some())
        .collect()
}

/// A kitchen's points: its worktop's `base` plus its fittings' `extras`, the extras at most as
/// much as the base (rubriek 5), with how they were found.
pub(crate) fn kitchen_total(worktop: Decimal, base: Decimal, extras: Decimal) -> (Decimal, Text) {
    let how = Text::new(
        Msg::XKitchen,
        vec![
            Arg::Num(worktop),
            Arg::Num(base),
            Arg::Num(extras),
            if extras > base {
                Text::new(Msg::XKitchenCapped, vec![Arg::Num(base)])
            } else {
                Text::empty()
            }
            .into(),
        ],
    );
    (base + extras.min(base), how)
}

/// Rubriek 5 (§2.5; Bhw bijlage I table 5.1): per kitchen its worktop (below 1 m nothing, from 1 m
/// the basic value, from 2 m the long value) plus its fittings, at most as much as its worktop. A
/// dwelling whose room list names no kitchen has the one kitchen of `kitchen_worktop_m`; a fitting
/// whose kitchen the list does not say is in the first kitchen.
pub(crate) fn kitchen_points(d: &Description, v: &Values) -> (Decimal, Text) {
    let one = |worktop: Decimal, fittings: &mut dyn Iterator<Item = &Placed>| {
        let base = if worktop >= v.kitchen_worktop_long_from_m {
            v.kitchen_worktop_long
        } else if worktop >= v.kitchen_worktop_min_m {
            v.kitchen_worktop_basic
        } else {
            Decimal::ZERO
        };
        let extras: Decimal = fittings
            .map(|f| {
                fitting(&v.kitchen_fittings, &f.name).map_or(Decimal::ZERO, |x| x.points)
                    * Decimal::from(f.count)
            })
            .sum();
        kitchen_total(worktop, base, extras)
    };
    let ks = kitchens(d);
    if ks.is_empty() {
        return match d.kitchen_worktop_m {
            None => (Decimal::ZERO, Text::new(Msg::XNoKitchen, vec![])),
            Some(w) => {
                let (pts, how) = one(w, &mut d.kitchen_fittings.iter());
                (quarter(pts), how)
            }
        };
    }
    let single = ks.len() == 1;
    let (mut total, mut hows) = (Decimal::ZERO, Vec::new());
    for (i, k) in ks.iter().enumerate() {
        let worktop = k
            .worktop_m
            .or(if single { d.kitchen_worktop_m } else { None })
            .unwrap_or_default();
        let mut mine = d.kitchen_fittings.iter().filter(|f| match &f.room {
            Some(r) => *r == k.label,
            None => i == 0,
        });
        let (pts, how) = one(worktop, &mut mine);
        total += pts;
        hows.push(Text::new(
            Msg::XInSpace,
            vec![k.label.clone().into(), how.into()],
        ));
    }
    (
        quarter(total),
        Text::new(Msg::Verbatim, vec![Arg::List(hows, "; ")]),
    )
}

/// Rubriek 6 (§2.6): per room its basic fittings and its extras, the extras at most as much as the
/// room's showers and baths; a washbasin at most 1 point (a multi-person one 1.5) per room except
/// the bathroom, the bathroom cupboard at most 0.75, at most two sockets per washbasin of the room
/// (the caps of `data/wws-stelsel.toml`). Fittings whose room the list does not say are taken as in
/// one bath or shower room.
pub(crate) fn sanitary_points(d: &Description, v: &Values) -> (Decimal, Text) {
    if d.sanitary.is_empty() {
        return (Decimal::ZERO, Text::new(Msg::XNoSanitary, vec![]));
    }
    let rooms = sanitary_per_room(d, &v.sanitary);
    let total: Decimal = rooms.iter().map(|(_, p, _)| *p).sum();
    let hows = rooms
        .into_iter()
        .map(|(room, _, how)| match room {
            None => how,
            Some(l) => Text::new(Msg::XInSpace, vec![l.into(), how.into()]),
        })
        .collect();
    (
        quarter(total),
        Text::new(Msg::Verbatim, vec![Arg::List(hows, "; ")]),
    )
}

/// The sanitary points of each room the fittings are in (the room's label, `None` for fittings whose
/// room the list does not say), by the fittings of `list`, with the caps per room, unrounded; and
/// how they were found.
pub(crate) fn sanitary_per_room(
    d: &Description,
    list: &[Fitting],
) -> Vec<(Option<String>, Decimal, Text)> {
    let mut rooms: Vec<Option<&str>> = Vec::new();
    for f in &d.sanitary {
        if !rooms.contains(&f.room.as_deref()) {
            rooms.push(f.room.as_deref());
        }
    }
    let mut out = Vec::new();
    for room in &rooms {
        let bathroom = match room {
            None => true,
            Some(l) => d
                .spaces
                .iter()
                .any(|s| s.label == *l && s.kind == SpaceKind::Bathroom),
        };
        let here: Vec<(&Placed, &Fitting)> = d
            .sanitary
            .iter()
            .filter(|f| f.room.as_deref() == *room)
            .filter_map(|f| fitting(list, &f.name).map(|x| (f, x)))
            .collect();
        let washbasins: u32 = here
            .iter()
            .filter(|(_, x)| x.washbasin)
            .map(|(f, _)| f.count)
            .sum();
        let (mut basic, mut bathing, mut extra, mut cut) =
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        for (f, x) in &here {
            let n = match x.per_washbasin {
                Some(per) => f.count.min(per * washbasins),
                None => f.count,
            };
            let mut pts = x.points * Decimal::from(n);
            if let Some(max) = x.max_per_room
                && !(x.except_bathroom && bathroom)
            {
                pts = pts.min(max);
            }
            cut += x.points * Decimal::from(f.count) - pts;
            if x.extra {
                extra += pts;
            } else {
                basic += pts;
                if x.bathing {
                    bathing += pts;
                }
            }
        }
        let how = Text::new(
            Msg::XSanitary,
            vec![
                Arg::Num(basic),
                Arg::Num(extra),
                Text::new(
                    Msg::Verbatim,
                    vec![Arg::List(
                        [
                            (!cut.is_zero())
                                .then(|| Text::new(Msg::XSanitaryRoomCaps, vec![Arg::Num(cut)])),
                            (extra > bathing)
                                .then(|| Text::new(Msg::XSanitaryCapped, vec![Arg::Num(bathing)])),
                        ]
                        .into_iter()
                        .flatten()
                        .collect(),
                        "",
                    )],
                )
                .into(),
            ],
        );
        out.push((room.map(str::to_string), basic + extra.min(bathing), how));
    }
    out
}

/// Rubriek 8 (§2.8): the private surface and the shared surface of each number of addresses, each
/// added up and rounded to whole m² (Bhw bijlage I, toelichting rubriek 8); private 2 + 0.35 per m²,
/// shared 0.75 per m² / addresses; to a quarter point, at most 15; none at all −5.
pub(crate) fn outdoor_points(d: &Description, v: &Values) -> (Decimal, Text) {
    let private = two_dp(d.outdoor_private_m2);
    let mut shared: Vec<(u32, Decimal)> = Vec::new();
    for o in d.outdoor_shared.iter().filter(|o| !o.m2.is_zero()) {
        let n = o.addresses.max(2);
        match shared.iter_mut().find(|(a, _)| *a == n) {
            Some((_, m2)) => *m2 += two_dp(o.m2),
            None => shared.push((n, two_dp(o.m2))),
        }
    }
    if private.is_zero() && shared.is_empty() {
        return (
            v.outdoor_none,
            Text::new(Msg::XNoOutdoor, vec![Arg::Num(v.outdoor_none)]),
        );
    }
    let private_m2 = whole(private);
    let pr = if private.is_zero() {
        Decimal::ZERO
    } else {
        v.outdoor_private_base + private_m2 * v.outdoor_private_per_m2
    };
    let mut sh = Decimal::ZERO;
    let mut parts = Vec::new();
    for (n, m2) in &shared {
        sh += whole(*m2) * v.outdoor_shared_per_m2 / Decimal::from(*n);
        parts.push(Text::new(
            Msg::XOutdoorShared,
            vec![
                Arg::Num(*m2),
                Arg::Num(whole(*m2)),
                Arg::Num(v.outdoor_shared_per_m2),
                (*n).into(),
            ],
        ));
    }
    (
        quarter(pr + sh).min(v.outdoor_max),
        Text::new(
            Msg::XOutdoor,
            vec![
                Arg::Num(private),
                Arg::Num(private_m2),
                Arg::Num(v.outdoor_private_base),
                Arg::Num(v.outdoor_private_per_m2),
                Arg::List(parts, ""),
                Arg::Num(v.outdoor_max),
            ],
        ),
    )
}

/// Rubriek 4: by a valid energy label or index, else by build year; EPV; monuments (§2.4).
fn energy_points(d: &Description, cx: &Context, notes: &mut Vec<Text>) -> (Decimal, Text) {
    let v = cx.values;
    let p = cx.property;
    let kind = p.dwelling;
    let monument = matches!(
        d.monument,
        Some(Monument::Rijksmonument | Monument::Gemeentelijk | Monument::Provinciaal)
    );
    let floor = |x: Decimal, how: Text| {
        if monument && x < Decimal::ZERO {
            (
                Decimal::ZERO,
                Text::new(Msg::XMonumentFloor, vec![how.into()]),
            )
        } else {
            (x, how)
        }
    };
    if d.epv {
        return (
            for_kind(kind, v.epv_house, v.epv_apartment),
            Text::new(Msg::XEpv, vec![kind_word(kind)]),
        );
    }
    let in_time =
        |date: Date| date <= cx.peildatum && cx.peildatum < date.plus_years(v.label_valid_years);
    let simplified =
        |date: Date| v.simplified_label_from <= date && date < v.simplified_label_until;
    if let Some(ei) = d.energy_index {
        let valid = d.energy_label_date.is_none_or(in_time);
        if valid {
            let band = v
                .energy_index
                .iter()
                .find(|b| b.up_to.is_none_or(|u| ei <= u))
                .expect("validated: the last band is open");
            return floor(
                for_kind(kind, band.house, band.apartment),
                Text::new(Msg::XEnergyIndex, vec![Arg::Num(ei), kind_word(kind)]),
            );
        }
    } else if p.energy_label != super::NO_LABEL {
        let valid = match d.energy_label_date {
            None => {
                notes.push(Text::new(Msg::NLabelDate, vec![]));
                true
            }
            Some(date) => in_time(date) && !simplified(date),
        };
        if valid {
            let pts = super::label_points(&p.energy_label, kind, cx.labels);
            return floor(
                pts,
                Text::new(
                    Msg::XEnergyLabel,
                    vec![p.energy_label.clone().into(), kind_word(kind)],
                ),
            );
        }
    }
    let why = match d.energy_label_date {
        _ if p.energy_label == super::NO_LABEL && d.energy_index.is_none() => {
            Text::new(Msg::XNoLabelGiven, vec![])
        }
        Some(date) if simplified(date) && d.energy_index.is_none() => Text::new(
            Msg::XSimplifiedLabel,
            vec![
                date.to_string().into(),
                v.simplified_label_from.to_string().into(),
                v.simplified_label_until.to_string().into(),
            ],
        ),
        Some(date) => Text::new(
            Msg::XLabelNotValid,
            vec![
                date.to_string().into(),
                cx.peildatum.to_string().into(),
                Arg::Num(Decimal::from(v.label_valid_years)),
            ],
        ),
        None => Text::new(Msg::XNoValidLabel, vec![]),
    };
    let by_year = |y: i32| {
        v.build_year
            .iter()
            .find(|b| y >= b.from_year)
            .expect("validated: the last band starts at year 0")
    };
    match p.build_year {
        Some(y) => {
            let b = by_year(y);
            floor(
                for_kind(kind, b.house, b.apartment),
                Text::new(
                    Msg::XByBuildYear,
                    vec![why.into(), y.into(), kind_word(kind)],
                ),
            )
        }
        None => {
            notes.push(Text::new(Msg::NNoLabel, vec![]));
            let b = by_year(0);
            floor(
                for_kind(kind, b.house, b.apartment),
                Text::new(Msg::XNoBuildYear, vec![why.into()]),
            )
        }
    }
}

/// The surcharges on the maximum rent (§2.13), in percent, with what each is for. They never
/// change the sector (§2.13.2). `mid` is whether the points put the dwelling in the middle sector.
pub(crate) fn surcharges(d: &Description, cx: &Context, mid: bool) -> Vec<(Decimal, Text)> {
    let v = cx.values;
    let mut out = Vec::new();
    match d.monument {
        Some(Monument::Rijksmonument) if !cx.before_wbh => out.push((
            v.rijksmonument_pct,
            Text::new(Msg::XSurchargeRijks, vec![Arg::Pct(v.rijksmonument_pct)]),
        )),
        Some(Monument::Gemeentelijk | Monument::Provinciaal) => out.push((
            v.local_monument_pct,
            Text::new(Msg::XSurchargeLocal, vec![Arg::Pct(v.local_monument_pct)]),
        )),
        Some(Monument::ProtectedView)
            if cx
                .property
                .build_year
                .is_some_and(|y| y < v.protected_view_built_before) =>
        {
            out.push((
                v.protected_view_pct,
                Text::new(
                    Msg::XSurchargeView,
                    vec![
                        v.protected_view_built_before.into(),
                        Arg::Pct(v.protected_view_pct),
                    ],
                ),
            ))
        }
        _ => {}
    }
    if let Some(first) = d.new_build_first_use
        && mid
        && first > cx.rules.regime.wbh_from
        && cx.peildatum < first.plus_years(v.new_build_years)
    {
        out.push((
            v.new_build_pct,
            Text::new(
                Msg::XSurchargeNewBuild,
                vec![
                    first.to_string().into(),
                    Arg::Pct(v.new_build_pct),
                    Arg::Num(Decimal::from(v.new_build_years)),
                ],
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn quarter_rounds_from_an_eighth() {
        // §2.1.5 example: 4.81 → 4.75 (less than an eighth above).
        assert_eq!(quarter(dec!(4.81)), dec!(4.75));
        assert_eq!(quarter(dec!(4.875)), dec!(5));
        assert_eq!(quarter(dec!(0.125)), dec!(0.25));
    }
}
