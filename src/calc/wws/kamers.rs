//! The WWS points of a room let in a shared dwelling (onzelfstandige woonruimte: kamerverhuur, a
//! student house): Besluit huurprijzen woonruimte, bijlage I onder B, as the Huurcommissie's
//! beleidsboek waarderingsstelsel onzelfstandige woonruimte applies it. The `[wws]` section describes
//! the room's own spaces and the shared ones (`shared`, `shared=N`, `addresses=N` on a space's line);
//! a shared space's points are divided by the rooms sharing it, whatever their size (§2.6), those
//! shared with other addresses by the addresses and then by the rooms of this address (rubriek 9).
//! Each rubriek to a quarter point, the total to whole points; the values in `data/wws-kamers.toml`.

use rust_decimal::Decimal;

use super::stelsel::{
    Context, Description, Group, Monument, Share, Space, SpaceKind, kitchens, quarter,
    sanitary_per_room, two_dp, whole,
};
use crate::date::Date;
use crate::i18n::{Arg, Msg, Text};
use crate::money::HUNDRED;
use crate::rules::wws::RoomRules;

/// The result for a room.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub groups: Vec<Group>,
    pub points: u32,
    /// Remarks on assumptions.
    pub notes: Vec<Text>,
}

/// Who shares a space: `None` private, else the divisor of its points within rubrieken 1–8, or
/// (for a space shared with other addresses) none there: it counts in rubriek 9.
fn divisor(s: &Space, units: u32) -> Option<Decimal> {
    match s.share {
        None => Some(Decimal::ONE),
        Some(Share::Units(0)) => Some(Decimal::from(units.max(1))),
        Some(Share::Units(n)) => Some(Decimal::from(n)),
        Some(Share::Addresses(_)) => None,
    }
}

/// The divisor of a space by its label (a fitting's room); a fitting whose room the list does not
/// say is the room's own.
fn divisor_of(d: &Description, room: Option<&str>, units: u32) -> Option<Decimal> {
    match room.and_then(|l| d.spaces.iter().find(|s| s.label == l)) {
        Some(s) => divisor(s, units),
        None => Some(Decimal::ONE),
    }
}

/// The effective kind: a kitchen or bathroom is always a room; a room below the minimum an other
/// space; below the other-space minimum nothing (§1.2, §2.2).
fn effective(s: &Space, r: &RoomRules) -> Option<SpaceKind> {
    match s.kind {
        SpaceKind::Kitchen | SpaceKind::Bathroom => Some(SpaceKind::Room),
        SpaceKind::Room if s.m2 >= r.room_min_m2 => Some(SpaceKind::Room),
        SpaceKind::Room | SpaceKind::Other | SpaceKind::Attic if s.m2 >= r.other_min_m2 => {
            Some(SpaceKind::Other)
        }
        SpaceKind::Hall if s.m2 >= r.other_min_m2 => Some(SpaceKind::Hall),
        _ => None,
    }
}

fn group(
    key: &'static str,
    name: &'static str,
    section: &'static str,
    points: Decimal,
    how: Text,
) -> Group {
    Group {
        key,
        name,
        section,
        points,
        how,
    }
}

/// The points of each kitchen in `spaces` (undivided): its worktop band, reached with `sharers`
/// rooms, plus its fittings at most as much (§5.2, §5.4); with how.
fn kitchen_of(
    d: &Description,
    k: &Space,
    first: bool,
    single: bool,
    r: &RoomRules,
    fittings: &[crate::rules::wws::Fitting],
    sharers: u32,
) -> (Decimal, Text) {
    let worktop = k
        .worktop_m
        .or(if single { d.kitchen_worktop_m } else { None })
        .unwrap_or_default();
    let base = r
        .kitchen_worktop
        .iter()
        .filter(|b| b.reached(worktop, sharers))
        .map(|b| b.points)
        .max()
        .unwrap_or_default();
    let extras: Decimal = d
        .kitchen_fittings
        .iter()
        .filter(|f| match &f.room {
            Some(l) => *l == k.label,
            None => first,
        })
        .map(|f| {
            fittings
                .iter()
                .find(|x| x.name == f.name)
                .map_or(Decimal::ZERO, |x| x.points)
                * Decimal::from(f.count)
        })
        .sum();
    super::stelsel::kitchen_total(worktop, base, extras)
}

/// The points of a room let in a shared dwelling with `units` rooms at the address.
pub fn compute(d: &Description, cx: &Context, r: &RoomRules, units: u32) -> Outcome {
    let p = cx.property;
    let v = cx.values;
    let mut groups = Vec::new();
    let mut notes = Vec::new();
    let n_units = Decimal::from(units.max(1));
    let share_word = |div: Decimal| -> Arg {
        if div == Decimal::ONE {
            Text::new(Msg::XRoomOwn, vec![]).into()
        } else {
            Text::new(Msg::XRoomShared, vec![Arg::Num(div)]).into()
        }
    };

    // Rubriek 1: the room's own rooms and its share of the shared ones, to whole m² once (§1.4).
    let mut rooms_m2 = Decimal::ZERO;
    let mut parts = Vec::new();
    // Rubriek 2: other spaces per number of sharers, each sum to whole m² (§2.4).
    let mut others: Vec<(Decimal, Decimal)> = Vec::new();
    for s in &d.spaces {
        let Some(div) = divisor(s, units) else {
            continue;
        };
        match effective(s, r) {
            Some(SpaceKind::Room) => {
                rooms_m2 += s.m2 / div;
                parts.push(Text::new(
                    Msg::XRoomPart,
                    vec![s.label.clone().into(), Arg::Num(s.m2), share_word(div)],
                ));
            }
            Some(SpaceKind::Other) => match others.iter_mut().find(|(d, _)| *d == div) {
                Some((_, m2)) => *m2 += s.m2,
                None => others.push((div, s.m2)),
            },
            _ => {}
        }
    }
    let rubriek1_m2 = whole(rooms_m2);
    groups.push(group(
        "surface_rooms",
        "oppervlakte van vertrekken",
        "onz. §1.1-1.4 (rubriek 1)",
        quarter(rubriek1_m2 * r.points_per_m2_room),
        Text::new(
            Msg::XRoomSurface,
            vec![
                Arg::List(parts, "; "),
                Arg::Num(two_dp(rooms_m2)),
                Arg::Num(rubriek1_m2),
                Arg::Num(r.points_per_m2_room),
            ],
        ),
    ));
    let mut other_pts = Decimal::ZERO;
    let mut other_parts = Vec::new();
    for (div, m2) in &others {
        other_pts += whole(*m2) * r.points_per_m2_other / div;
        other_parts.push(Text::new(
            Msg::XRoomOther,
            vec![
                Arg::Num(*m2),
                Arg::Num(whole(*m2)),
                Arg::Num(r.points_per_m2_other),
                share_word(*div),
            ],
        ));
    }
    groups.push(group(
        "surface_other",
        "oppervlakte van overige ruimten",
        "onz. §2.1-2.4 (rubriek 2)",
        quarter(other_pts),
        Text::new(Msg::Verbatim, vec![Arg::List(other_parts, "; ")]),
    ));

    // Rubriek 3: heating and cooling, per number of sharers with their caps (§3.1).
    let mut heat: Vec<(Decimal, u32, u32, u32)> = Vec::new(); // divisor, rooms, others, cooled
    for s in d.spaces.iter().filter(|s| s.heated) {
        let Some(div) = divisor(s, units) else {
            continue;
        };
        let kind = effective(s, r);
        if kind.is_none() {
            continue;
        }
        let i = match heat.iter().position(|h| h.0 == div) {
            Some(i) => i,
            None => {
                heat.push((div, 0, 0, 0));
                heat.len() - 1
            }
        };
        if kind == Some(SpaceKind::Room) {
            heat[i].1 += 1;
            if s.cooled {
                heat[i].3 += 1;
            }
        } else {
            heat[i].2 += 1;
        }
    }
    let mut heat_pts = Decimal::ZERO;
    let mut heat_parts = Vec::new();
    for (div, rooms, others, cooled) in &heat {
        let pts = Decimal::from(*rooms) * r.heating_room
            + (Decimal::from(*others) * r.heating_other).min(r.heating_other_max)
            + (Decimal::from(*cooled) * r.cooling_room).min(r.cooling_max);
        heat_pts += pts / div;
        heat_parts.push(Text::new(
            Msg::XRoomHeating,
            vec![
                (*rooms).into(),
                (*others).into(),
                (*cooled).into(),
                Arg::Num(pts),
                share_word(*div),
            ],
        ));
    }
    groups.push(group(
        "heating",
        "verwarming en verkoeling",
        "onz. §3.1 (rubriek 3)",
        quarter(heat_pts),
        Text::new(Msg::Verbatim, vec![Arg::List(heat_parts, "; ")]),
    ));

    // Rubriek 4: per m² of rubriek 1, by the dwelling's label, index or build year (§4.1-4.3, §4.6).
    let (per_m2, basis) = energy_per_m2(d, cx, r, &mut notes);
    let monument = matches!(
        d.monument,
        Some(Monument::Rijksmonument | Monument::Gemeentelijk | Monument::Provinciaal)
    );
    let energy = quarter(per_m2 * rubriek1_m2);
    let energy = if monument && energy < Decimal::ZERO {
        Decimal::ZERO
    } else {
        energy
    };
    groups.push(group(
        "energy",
        "energieprestatie",
        "onz. §4.1-4.6 (rubriek 4)",
        energy,
        Text::new(
            Msg::XRoomEnergy,
            vec![basis.into(), Arg::Num(per_m2), Arg::Num(rubriek1_m2)],
        ),
    ));

    // Rubriek 5: each kitchen, its points divided by the rooms sharing it (§5.2, §5.4).
    let ks: Vec<&Space> = kitchens(d);
    let mut kitchen_pts = Decimal::ZERO;
    let mut kitchen_parts = Vec::new();
    if ks.is_empty()
        && let Some(w) = d.kitchen_worktop_m
    {
        let k = Space {
            label: "kitchen".into(),
            kind: SpaceKind::Kitchen,
            m2: Decimal::ZERO,
            heated: false,
            cooled: false,
            worktop_m: Some(w),
            share: None,
            dims: Default::default(),
        };
        let (pts, how) = kitchen_of(d, &k, true, true, r, &v.kitchen_fittings, 1);
        kitchen_pts += pts;
        kitchen_parts.push(how);
    }
    let single = ks.len() == 1;
    for (i, k) in ks.iter().enumerate() {
        let Some(div) = divisor(k, units) else {
            continue;
        };
        let sharers = rust_decimal::prelude::ToPrimitive::to_u32(&div).unwrap_or(1);
        let (pts, how) = kitchen_of(d, k, i == 0, single, r, &v.kitchen_fittings, sharers);
        kitchen_pts += pts / div;
        kitchen_parts.push(Text::new(
            Msg::XRoomDivided,
            vec![k.label.clone().into(), how.into(), share_word(div)],
        ));
    }
    groups.push(group(
        "kitchen",
        "keuken",
        "onz. §5.1-5.4 (rubriek 5)",
        quarter(kitchen_pts),
        if kitchen_parts.is_empty() {
            Text::new(Msg::XNoKitchen, vec![])
        } else {
            Text::new(Msg::Verbatim, vec![Arg::List(kitchen_parts, "; ")])
        },
    ));

    // Rubriek 6: each room's sanitary points divided by the rooms sharing it (§6.1, §6.2).
    let mut san_pts = Decimal::ZERO;
    let mut san_parts = Vec::new();
    for (room, pts, how) in sanitary_per_room(d, &r.sanitary) {
        let Some(div) = divisor_of(d, room.as_deref(), units) else {
            continue;
        };
        san_pts += pts / div;
        san_parts.push(Text::new(
            Msg::XRoomDivided,
            vec![room.unwrap_or_default().into(), how.into(), share_word(div)],
        ));
    }
    groups.push(group(
        "sanitary",
        "sanitair",
        "onz. §6.1-6.2 (rubriek 6)",
        quarter(san_pts),
        if san_parts.is_empty() {
            Text::new(Msg::XNoSanitary, vec![])
        } else {
            Text::new(Msg::Verbatim, vec![Arg::List(san_parts, "; ")])
        },
    ));

    // Rubriek 7: as given.
    if !d.accessibility_points.is_zero() {
        groups.push(group(
            "accessibility",
            "woonvoorzieningen voor gehandicapten",
            "onz. §7 (rubriek 7)",
            quarter(d.accessibility_points),
            Text::new(Msg::XAccessibility, vec![]),
        ));
    }

    // Rubriek 8: private 2 + 0.35 per m²; shared 0.75 per m² / addresses / rooms (§8.1, §8.6).
    let private = two_dp(d.outdoor_private_m2);
    let mut out_pts = if private.is_zero() {
        Decimal::ZERO
    } else {
        r.outdoor_private_base + private * r.outdoor_private_per_m2
    };
    let mut out_parts = vec![Text::new(
        Msg::XRoomOutdoorPrivate,
        vec![
            Arg::Num(private),
            Arg::Num(r.outdoor_private_base),
            Arg::Num(r.outdoor_private_per_m2),
        ],
    )];
    for o in &d.outdoor_shared {
        let addresses = Decimal::from(o.addresses.max(1));
        out_pts += two_dp(o.m2) * r.outdoor_shared_per_m2 / addresses / n_units;
        out_parts.push(Text::new(
            Msg::XRoomOutdoorShared,
            vec![
                Arg::Num(two_dp(o.m2)),
                Arg::Num(r.outdoor_shared_per_m2),
                Arg::Num(addresses),
                Arg::Num(n_units),
            ],
        ));
    }
    groups.push(group(
        "outdoor",
        "buitenruimten",
        "onz. §8.1-8.6 (rubriek 8)",
        quarter(out_pts).min(r.outdoor_max),
        Text::new(
            Msg::XRoomOutdoor,
            vec![Arg::List(out_parts, "; "), Arg::Num(r.outdoor_max)],
        ),
    ));

    // Rubriek 9: spaces shared with other addresses: their surface, heating, kitchen and sanitary
    // points, divided by the addresses and then by the rooms of this address (§9.1, §9.3).
    let mut r9 = Decimal::ZERO;
    let mut r9_parts = Vec::new();
    for s in &d.spaces {
        let Some(Share::Addresses(a)) = s.share else {
            continue;
        };
        let mut pts = match effective(s, r) {
            Some(SpaceKind::Room) => s.m2 * r.points_per_m2_room,
            Some(SpaceKind::Other) => s.m2 * r.points_per_m2_other,
            _ => Decimal::ZERO,
        };
        if s.heated {
            pts += match effective(s, r) {
                Some(SpaceKind::Room) => r.heating_room,
                Some(_) => r.heating_other,
                None => Decimal::ZERO,
            };
        }
        if s.kind == SpaceKind::Kitchen || s.worktop_m.is_some() {
            pts += kitchen_of(d, s, false, false, r, &v.kitchen_fittings, units * a).0;
        }
        pts += sanitary_per_room(d, &r.sanitary)
            .iter()
            .filter(|(room, _, _)| room.as_deref() == Some(s.label.as_str()))
            .map(|(_, p, _)| *p)
            .sum::<Decimal>();
        r9 += pts / Decimal::from(a) / n_units;
        r9_parts.push(Text::new(
            Msg::XRoomAddresses,
            vec![
                s.label.clone().into(),
                Arg::Num(pts),
                a.into(),
                Arg::Num(n_units),
            ],
        ));
    }
    if !(d.shared_rooms_m2.is_zero() && d.shared_other_m2.is_zero()) {
        let a = Decimal::from(d.shared_addresses.max(2));
        let pts = whole(d.shared_rooms_m2) * r.points_per_m2_room
            + whole(d.shared_other_m2) * r.points_per_m2_other;
        r9 += pts / a / n_units;
        r9_parts.push(Text::new(
            Msg::XRoomAddresses,
            vec![
                "shared_rooms_m2, shared_other_m2".into(),
                Arg::Num(pts),
                Arg::Num(a),
                Arg::Num(n_units),
            ],
        ));
    }
    if !r9_parts.is_empty() {
        groups.push(group(
            "shared_spaces",
            "gemeenschappelijke binnenruimten gedeeld met meerdere adressen",
            "onz. §9.1-9.3 (rubriek 9)",
            quarter(r9),
            Text::new(Msg::Verbatim, vec![Arg::List(r9_parts, "; ")]),
        ));
    }

    // Rubriek 10: parking / addresses / rooms (§10.1, §10.4).
    if !d.parking.is_empty() {
        let a = Decimal::from(d.parking_addresses.max(1));
        let sum: Decimal = d
            .parking
            .iter()
            .map(|(name, k)| {
                Decimal::from(*k)
                    * match name.as_str() {
                        "type1" => r.parking_type1,
                        "type2" => r.parking_type2,
                        "type3" => r.parking_type3,
                        _ => r.parking_charger,
                    }
            })
            .sum();
        groups.push(group(
            "parking",
            "gemeenschappelijke parkeerruimten",
            "onz. §10.1-10.4 (rubriek 10)",
            quarter(sum / a / n_units),
            Text::new(
                Msg::XRoomParking,
                vec![Arg::Num(sum), Arg::Num(a), Arg::Num(n_units)],
            ),
        ));
    }

    // Rubriek 11: the WOZ value per m² against the COROP region's average (§11.1).
    let valuation = d
        .woz_valuation_date
        .unwrap_or_else(|| Date::jan1(p.tax_year - 1));
    let region = d.corop.as_deref().and_then(|c| r.region(c));
    let (woz_pts, woz_how) = match region {
        Some(c) if !p.surface_m2.is_zero() => {
            let (year, avg) = c
                .averages
                .iter()
                .rev()
                .find(|(y, _)| *y <= valuation.year)
                .or(c.averages.first())
                .copied()
                .unwrap_or((valuation.year, Decimal::ONE));
            if year != valuation.year {
                notes.push(Text::new(
                    Msg::NRoomCoropYear,
                    vec![valuation.year.into(), year.into()],
                ));
            }
            let per_m2 = p.woz_value / p.surface_m2;
            let diff_pct = (per_m2 / avg - Decimal::ONE) * HUNDRED;
            let pts = if diff_pct > r.woz_band_pct {
                r.woz_points_above
            } else if diff_pct < -r.woz_band_pct {
                r.woz_points_below
            } else {
                r.woz_points_within
            };
            (
                pts,
                Text::new(
                    Msg::XRoomWoz,
                    vec![
                        Arg::Num(p.woz_value),
                        Arg::Num(p.surface_m2),
                        Arg::Num(two_dp(per_m2)),
                        c.region.clone().into(),
                        year.into(),
                        Arg::Num(avg),
                        Arg::Num(two_dp(diff_pct)),
                        Arg::Num(r.woz_band_pct),
                    ],
                ),
            )
        }
        _ => (r.woz_points_below, Text::new(Msg::XRoomWozUnknown, vec![])),
    };
    groups.push(group(
        "woz",
        "punten voor de WOZ-waarde",
        "onz. §11.1 (rubriek 11)",
        woz_pts,
        woz_how,
    ));

    // Rubriek 12: care home 35% of rubrieken 1–11; video doorbell, charging points.
    if d.care_home {
        let base: Decimal = groups.iter().map(|g| g.points).sum();
        groups.push(group(
            "care_home",
            "zorgwoning",
            "onz. §12.1 (rubriek 12)",
            base * r.care_home_pct / HUNDRED,
            Text::new(
                Msg::XCareHome,
                vec![Arg::Pct(r.care_home_pct), Arg::Num(base)],
            ),
        ));
    }
    let special = if d.video_doorbell {
        r.video_doorbell
    } else {
        Decimal::ZERO
    } + Decimal::from(d.charging_points) * r.charging_point;
    if !special.is_zero() {
        groups.push(group(
            "special",
            "bijzondere voorzieningen",
            "onz. §12.2-12.3 (rubriek 12)",
            quarter(special),
            Text::new(
                Msg::XSpecial,
                vec![
                    Arg::Num(if d.video_doorbell {
                        r.video_doorbell
                    } else {
                        Decimal::ZERO
                    }),
                    d.charging_points.into(),
                    Arg::Num(r.charging_point),
                ],
            ),
        ));
    }

    // Rubriek 13: deductions (§13).
    let mut cut = Decimal::ZERO;
    let mut cut_parts = Vec::new();
    if rubriek1_m2 < r.small_room_m2 {
        cut += r.small_room_deduction;
        cut_parts.push(Text::new(
            Msg::XRoomSmall,
            vec![
                Arg::Num(rubriek1_m2),
                Arg::Num(r.small_room_m2),
                Arg::Num(r.small_room_deduction),
            ],
        ));
    }
    for (name, k) in &d.room_deductions {
        if let Some(f) = r.deductions.iter().find(|f| f.name == *name) {
            cut += f.points * Decimal::from(*k);
            cut_parts.push(Text::new(
                Msg::XInSpace,
                vec![name.clone().into(), Arg::Num(f.points * Decimal::from(*k))],
            ));
        }
    }
    if !cut_parts.is_empty() {
        groups.push(group(
            "deductions",
            "aftrekpunten",
            "onz. §13 (rubriek 13)",
            quarter(cut),
            Text::new(Msg::Verbatim, vec![Arg::List(cut_parts, "; ")]),
        ));
    }

    // A rijksmonument let before the Wet betaalbare huur: points instead of the surcharge (§2.7.1).
    if d.monument == Some(Monument::Rijksmonument) && cx.before_wbh {
        groups.push(group(
            "rijksmonument",
            "rijksmonument (lease before the Wet betaalbare huur)",
            "onz. §2.7.1",
            r.rijksmonument_points_before_wbh,
            Text::new(Msg::XRijksmonumentPoints, vec![]),
        ));
    }

    let sum: Decimal = groups.iter().map(|g| g.points).sum();
    use rust_decimal::prelude::ToPrimitive;
    Outcome {
        points: whole(sum).max(Decimal::ONE).to_u32().unwrap_or(u32::MAX),
        groups,
        notes,
    }
}

/// Rubriek 4's points per m² and what they are from: an energieprestatievergoeding; a valid index;
/// a valid label of the dwelling; else the build year (§4.1-4.2, §4.6). The label's validity as for
/// a dwelling (ten years from its recording; the simplified labels of 2015–2020 do not count).
fn energy_per_m2(
    d: &Description,
    cx: &Context,
    r: &RoomRules,
    notes: &mut Vec<Text>,
) -> (Decimal, Text) {
    let v = cx.values;
    let p = cx.property;
    if d.epv {
        return (r.epv_per_m2, Text::new(Msg::XRoomEpv, vec![]));
    }
    let in_time =
        |date: Date| date <= cx.peildatum && cx.peildatum < date.plus_years(v.label_valid_years);
    let simplified =
        |date: Date| v.simplified_label_from <= date && date < v.simplified_label_until;
    if let Some(ei) = d.energy_index
        && d.energy_label_date.is_none_or(in_time)
    {
        let band = r
            .energy_index
            .iter()
            .find(|b| b.up_to.is_none_or(|u| ei <= u))
            .expect("validated: the last band is open");
        return (
            band.per_m2,
            Text::new(Msg::XEnergyIndex, vec![Arg::Num(ei), Text::empty().into()]),
        );
    }
    if p.energy_label != crate::model::NO_LABEL
        && d.energy_label_date
            .is_none_or(|date| in_time(date) && !simplified(date))
    {
        if d.energy_label_date.is_none() {
            notes.push(Text::new(Msg::NLabelDate, vec![]));
        }
        if let Some(l) = r.energy_labels.iter().find(|l| l.label == p.energy_label) {
            return (
                l.per_m2,
                Text::new(Msg::XRoomLabel, vec![p.energy_label.clone().into()]),
            );
        }
    }
    let y = p.build_year.unwrap_or(0);
    let band = r
        .build_year
        .iter()
        .find(|b| y >= b.from_year)
        .expect("validated: the last band starts at year 0");
    if p.build_year.is_none() {
        notes.push(Text::new(Msg::NNoLabel, vec![]));
    }
    (
        band.per_m2,
        Text::new(Msg::XNoLabelByYear, vec![y.to_string().into()]),
    )
}

/// The surcharge on a room's maximum rent (§2.7), percent, with what it is for: one at most (Bhw
/// art. 8 lid 5 onder c).
pub(crate) fn surcharge(d: &Description, cx: &Context, r: &RoomRules) -> Option<(Decimal, Text)> {
    match d.monument {
        Some(Monument::Rijksmonument) if !cx.before_wbh => Some((
            r.rijksmonument_pct,
            Text::new(Msg::XSurchargeRijks, vec![Arg::Pct(r.rijksmonument_pct)]),
        )),
        Some(Monument::Gemeentelijk | Monument::Provinciaal) => Some((
            r.local_monument_pct,
            Text::new(Msg::XSurchargeLocal, vec![Arg::Pct(r.local_monument_pct)]),
        )),
        Some(Monument::ProtectedView)
            if cx
                .property
                .build_year
                .is_some_and(|y| y < r.protected_view_built_before) =>
        {
            Some((
                r.protected_view_pct,
                Text::new(
                    Msg::XSurchargeView,
                    vec![
                        r.protected_view_built_before.into(),
                        Arg::Pct(r.protected_view_pct),
                    ],
                ),
            ))
        }
        _ => None,
    }
}
