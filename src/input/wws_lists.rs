//! The lists of the `[wws]` section: the room list (`living: room 3.75x4.12 heated; hall 5`), the
//! fitting lists (`bathroom: shower, washbasin x2`) and the shared outdoor spaces (`30/3`), parsed
//! into the model's WWS description. `#` starts a comment; an error names the line and column of
//! the item within the list's text.

use rust_decimal::Decimal;

use crate::i18n::{Arg, Msg, Text};
use crate::model::{Dimensions, Placed, Share, SharedOutdoor, Space, SpaceKind, SpaceLimits};
use crate::suggest::closest;
use crate::units::surface_m2;

/// A problem in a `[wws]` list, at the line (from 0) and the column (from 0, in characters) of the
/// list's text where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ListError {
    pub line: usize,
    pub column: usize,
    pub message: Text,
}

/// The items of a list: each line without its `#` comment, split at `;` (and at `,` when `commas`),
/// with the line and the column where the item starts.
fn items(text: &str, commas: bool) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    for (line, full) in text.lines().enumerate() {
        let body = full.split_once('#').map_or(full, |(b, _)| b);
        let mut start = 0;
        for part in body.split(|c| c == ';' || (commas && c == ',')) {
            let lead = part.len() - part.trim_start().len();
            let item = part.trim();
            if !item.is_empty() {
                out.push((line, body[..start + lead].chars().count(), item));
            }
            start += part.len() + 1;
        }
    }
    out
}

/// The words of `item` with their offset in characters.
fn words(item: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = item;
    let mut offset = 0;
    while let Some(i) = rest.find(|c: char| !c.is_whitespace()) {
        let tail = &rest[i..];
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        offset += rest[..i].chars().count();
        out.push((offset, &tail[..end]));
        offset += tail[..end].chars().count();
        rest = &tail[end..];
    }
    out
}

/// Parse a room list: items separated by `;` or new lines, each `[label:] KIND SIZE [heated]
/// [cooled] [worktop=M] [w=M] [h=M] [toilet] [storage]` with KIND `room`, `kitchen`, `bathroom`
/// (both always a room), `other`, `attic` (an other space without fixed stairs) or `hall`, and SIZE
/// in m² (`12.38`) or as length × width in metres (`3.75x4.12`), noted to two decimals; `#` starts
/// a comment to the end of the line. For the building rules only (the WWS does not read them):
/// `w=` the width (default the shorter side of `LxW`), `h=` the clear height, `toilet` the space is
/// the toilet room, `storage` a storage room. A space larger than the limits is refused. An error
/// names the item's line and column.
pub fn parse_spaces(text: &str, limits: &SpaceLimits) -> Result<Vec<Space>, ListError> {
    let mut out: Vec<Space> = Vec::new();
    for (i, (line, col, item)) in items(text, false).into_iter().enumerate() {
        let n = i + 1;
        let err = |at: usize, msg: Msg, extra: Vec<Arg>| {
            let mut args = vec![Arg::Int(n as i64), item.into()];
            args.extend(extra);
            ListError {
                line,
                column: col + at,
                message: Text::new(msg, args),
            }
        };
        let (label, rest, rest_at) = match item.split_once(':') {
            Some((l, r)) => {
                let at = l.chars().count() + 1;
                (l.trim().to_string(), r, at)
            }
            None => (format!("space {n}"), item, 0),
        };
        if out.iter().any(|s| s.label == label) {
            return Err(err(0, Msg::ESpaceTwice, vec![label.into()]));
        }
        let ws: Vec<(usize, &str)> = words(rest)
            .into_iter()
            .map(|(o, w)| (o + rest_at, w))
            .collect();
        let mut ws = ws.into_iter();
        let kind = match ws.next() {
            Some((_, "room")) => SpaceKind::Room,
            Some((_, "kitchen")) => SpaceKind::Kitchen,
            Some((_, "bathroom")) => SpaceKind::Bathroom,
            Some((_, "other")) => SpaceKind::Other,
            Some((_, "attic")) => SpaceKind::Attic,
            Some((_, "hall")) => SpaceKind::Hall,
            Some((at, w)) => return Err(err(at, Msg::ESpaceKind, vec![w.into()])),
            None => return Err(err(0, Msg::ESpaceNoKind, vec![])),
        };
        let (size_at, size) = ws
            .next()
            .ok_or_else(|| err(item.chars().count(), Msg::ESpaceNoSurface, vec![]))?;
        let num = |t: &str| -> Result<Decimal, ListError> {
            t.parse::<Decimal>()
                .ok()
                .filter(|d| *d > Decimal::ZERO)
                .ok_or_else(|| err(size_at, Msg::ESpaceSize, vec![t.into()]))
        };
        let mut dims = Dimensions::default();
        let m2 = match size.split_once(['x', '×']) {
            Some((a, b)) => {
                let (a, b) = (num(a)?, num(b)?);
                if a.max(b) > limits.length_max_m {
                    return Err(err(
                        size_at,
                        Msg::ESpaceTooLong,
                        vec![Arg::Num(a.max(b)), Arg::Num(limits.length_max_m)],
                    ));
                }
                dims.width_m = Some(a.min(b));
                dims.length_m = Some(a.max(b));
                a * b
            }
            None => num(size)?,
        };
        if m2 > limits.space_max_m2 {
            return Err(err(
                size_at,
                Msg::ESpaceTooLarge,
                vec![Arg::Num(surface_m2(m2)), Arg::Num(limits.space_max_m2)],
            ));
        }
        let (mut heated, mut cooled, mut worktop_m, mut share) = (false, false, None, None);
        for (at, w) in ws {
            let count = |v: &str| {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| (2..=1000).contains(n))
                    .ok_or_else(|| err(at, Msg::ESpaceShare, vec![w.into()]))
            };
            match w {
                "heated" => heated = true,
                "cooled" => cooled = true,
                "shared" => share = Some(Share::Units(0)),
                _ if w.starts_with("shared=") => {
                    share = Some(Share::Units(count(&w["shared=".len()..])?))
                }
                _ if w.starts_with("addresses=") => {
                    share = Some(Share::Addresses(count(&w["addresses=".len()..])?))
                }
                "toilet" => dims.toilet = true,
                "storage" => dims.storage = true,
                _ if w.starts_with("w=") || w.starts_with("h=") => {
                    let v = &w[2..];
                    let m = v
                        .parse::<Decimal>()
                        .ok()
                        .filter(|d| *d > Decimal::ZERO && *d <= limits.length_max_m)
                        .ok_or_else(|| err(at, Msg::ESpaceMeasure, vec![w.into()]))?;
                    if w.starts_with('w') {
                        dims.width_m = Some(m);
                    } else {
                        dims.height_m = Some(m);
                    }
                }
                _ if w.starts_with("worktop=") => {
                    let v = &w["worktop=".len()..];
                    worktop_m = Some(
                        v.parse::<Decimal>()
                            .ok()
                            .filter(|d| *d >= Decimal::ZERO && *d <= limits.length_max_m)
                            .ok_or_else(|| err(at, Msg::ESpaceWorktop, vec![v.into()]))?,
                    );
                }
                other => return Err(err(at, Msg::ESpaceWord, vec![other.into()])),
            }
        }
        out.push(Space {
            label,
            kind,
            m2: surface_m2(m2),
            heated,
            cooled,
            worktop_m,
            share,
            dims,
        });
    }
    if out.is_empty() {
        return Err(ListError {
            line: 0,
            column: 0,
            message: Text::new(Msg::ERoomsEmpty, vec![]),
        });
    }
    Ok(out)
}

/// Parse a list of fittings: names separated by `,`, `;` or new lines, each optionally followed by
/// `xN` for a number (`washbasin x2`); every name must be one of `known`. A group of a line (or of a
/// part between `;`) may start with the label of its room, `bathroom: shower, towel_radiator`: the
/// fittings after it are in that room until the next `;` or line. `#` starts a comment.
pub fn parse_fittings(text: &str, known: &[&str]) -> Result<Vec<Placed>, ListError> {
    let mut out: Vec<Placed> = Vec::new();
    for (line, col, group) in items(text, false) {
        let (room, body, body_at) = match group.split_once(':') {
            Some((l, b)) => (Some(l.trim().to_string()), b, l.chars().count() + 1),
            None => (None, group, 0),
        };
        for (_, icol, item) in items(body, true) {
            let at = col + body_at + icol;
            let err = |message: Text| ListError {
                line,
                column: at,
                message,
            };
            let ws = words(item);
            let name = ws.first().map_or("", |(_, w)| *w);
            let count = match (ws.get(1), ws.get(2)) {
                (None, _) => 1,
                (Some((_, c)), None) => c
                    .strip_prefix('x')
                    .and_then(|c| c.parse::<u32>().ok())
                    .filter(|c| (1..=100).contains(c))
                    .ok_or_else(|| {
                        err(Text::new(
                            Msg::EFittingCount,
                            vec![item.into(), name.into()],
                        ))
                    })?,
                _ => return Err(err(Text::new(Msg::EFittingWords, vec![item.into()]))),
            };
            if !known.contains(&name) {
                let hint = closest(name, known.iter().copied())
                    .map(|c| Text::new(Msg::EFittingHint, vec![c.into()]))
                    .unwrap_or_else(Text::empty);
                return Err(err(Text::new(
                    Msg::EFittingUnknown,
                    vec![name.into(), hint.into(), known.join(", ").into()],
                )));
            }
            match out.iter_mut().find(|p| p.name == name && p.room == room) {
                Some(p) => p.count += count,
                None => out.push(Placed {
                    room: room.clone(),
                    name: name.to_string(),
                    count,
                }),
            }
        }
    }
    Ok(out)
}

/// Parse a list of shared outdoor spaces: items separated by `;`, `,` or new lines, each
/// `[label:] M2/ADDRESSES` (`30/3`: 30 m² shared by three addresses). For a room let in a shared
/// dwelling (`rooms` true) an item may be `M2` alone: shared at this address only.
pub fn parse_shared_outdoor(text: &str, rooms: bool) -> Result<Vec<SharedOutdoor>, ListError> {
    let mut out = Vec::new();
    for (line, col, item) in items(text, true) {
        let (body, at) = match item.split_once(':') {
            Some((l, b)) => (b.trim(), col + l.chars().count() + 1),
            None => (item, col),
        };
        let min = if rooms { 1 } else { 2 };
        let (m2, n) = body
            .split_once('/')
            .unwrap_or((body, if rooms { "1" } else { "" }));
        let parsed = m2
            .trim()
            .parse::<Decimal>()
            .ok()
            .filter(|d| *d > Decimal::ZERO)
            .zip(n.trim().parse::<u32>().ok().filter(|n| *n >= min))
            .map(|(m2, addresses)| SharedOutdoor { m2, addresses });
        match parsed {
            Some(o) => out.push(o),
            None => {
                return Err(ListError {
                    line,
                    column: at,
                    message: Text::new(Msg::EOutdoorShared, vec![item.into()]),
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The limits of `data/wws-stelsel.toml` `[plausible]` (input does not read the rules; the
    /// integration tests use the file's own).
    fn limits() -> SpaceLimits {
        SpaceLimits {
            space_max_m2: dec!(500),
            length_max_m: dec!(50),
            surface_margin_pct: dec!(50),
        }
    }

    fn spaces(text: &str) -> Result<Vec<Space>, ListError> {
        parse_spaces(text, &limits())
    }

    fn message(e: ListError) -> String {
        e.message.render(crate::i18n::Lang::En)
    }

    #[test]
    fn room_list_syntax() {
        // §2.2.1.1 example: a room of 15.4912 m² is noted 15.49; a kitchen of 2.95 × 3.81 m =
        // 11.2395 m² is noted 11.24. (The example's room is said to be 3.75 × 4.12 m, which is 15.45.)
        let s = spaces(
            "living: room 15.4912 heated   # the front room\nkitchen: kitchen 2.95x3.81 heated cooled worktop=2.4; hall 5",
        )
        .unwrap();
        assert_eq!(s[0].m2, dec!(15.49));
        assert_eq!(s[1].m2, dec!(11.24));
        assert!(s[1].heated && s[1].cooled);
        assert_eq!(s[1].kind, SpaceKind::Kitchen);
        assert_eq!(s[1].worktop_m, Some(dec!(2.4)));
        assert_eq!(s[2].kind, SpaceKind::Hall);
        assert_eq!(s[2].label, "space 3");
        assert!(message(spaces("living: lounge 20").unwrap_err()).contains("unknown kind"));
        assert!(message(spaces("room abc").unwrap_err()).contains("not a surface"));
        assert!(message(spaces("room 12 warm").unwrap_err()).contains("heated, cooled"));
        assert!(spaces(" ; # nothing").is_err());
        assert!(message(spaces("a: room 12\na: room 10").unwrap_err()).contains("used before"));
    }

    /// The building rules' words: width and height, the toilet and the storage; the surface and the
    /// WWS's words do not change.
    #[test]
    fn room_list_building_words() {
        let s = spaces("living: room 4.2x3.1 h=2.6 heated; wc: other 0.9x1.2 toilet h=2.3\nstore: other 5 w=1.8 storage; bed: room 9 w=2.4")
            .unwrap();
        assert_eq!(s[0].m2, dec!(13.02));
        assert_eq!(s[0].dims.width_m, Some(dec!(3.1)));
        assert_eq!(s[0].dims.length_m, Some(dec!(4.2)));
        assert_eq!(s[0].dims.height_m, Some(dec!(2.6)));
        assert!(s[0].heated && !s[0].dims.toilet);
        assert!(s[1].dims.toilet && s[1].kind == SpaceKind::Other);
        assert!(s[2].dims.storage);
        assert_eq!(s[2].dims.width_m, Some(dec!(1.8)));
        assert_eq!(s[3].dims.width_m, Some(dec!(2.4)));
        assert_eq!(s[3].dims.length_m, None);
        assert!(message(spaces("living: room 20 h=abc").unwrap_err()).contains("h=abc"));
        let e = spaces("living: room 20\nbed: room 9 w=0").unwrap_err();
        assert_eq!((e.line, e.column), (1, 12));
    }

    /// An error names the line and column of the item (from 0) within the list's text.
    #[test]
    fn room_list_errors_at_the_item() {
        let e =
            spaces("living: room 20 heated\n  bed: room 12; bath: bathroom 4 warm").unwrap_err();
        assert_eq!((e.line, e.column), (1, 33));
        let e = spaces("living: room 20\n\nstore: othr 3").unwrap_err();
        assert_eq!((e.line, e.column), (2, 7));
    }

    /// An impossible room is refused, not priced: a side of 1000 m, or 10,000 m² in one space.
    #[test]
    fn implausible_rooms_are_refused() {
        assert!(message(spaces("hall: room 1000x1000").unwrap_err()).contains("not plausible"));
        assert!(message(spaces("hall: room 10000").unwrap_err()).contains("not plausible"));
        assert!(spaces("living: room 0").is_err());
        assert!(spaces("living: room 7x7").is_ok());
    }

    #[test]
    fn fitting_list_syntax() {
        let known = ["shower", "washbasin", "toilet_room"];
        let placed = |room: Option<&str>, name: &str, count| Placed {
            room: room.map(str::to_string),
            name: name.to_string(),
            count,
        };
        assert_eq!(
            parse_fittings("shower, washbasin x2; shower", &known).unwrap(),
            vec![placed(None, "shower", 2), placed(None, "washbasin", 2)]
        );
        assert_eq!(
            parse_fittings(
                "bath: shower, washbasin # the bathroom\nbed: washbasin",
                &known
            )
            .unwrap(),
            vec![
                placed(Some("bath"), "shower", 1),
                placed(Some("bath"), "washbasin", 1),
                placed(Some("bed"), "washbasin", 1)
            ]
        );
        let e = parse_fittings("bath: shower\nbed: washbasin, showr", &known).unwrap_err();
        assert_eq!((e.line, e.column), (1, 16));
        assert!(message(e).contains("did you mean `shower`"));
        assert!(message(parse_fittings("washbasin 2", &known).unwrap_err()).contains("x2"));
    }

    #[test]
    fn shared_outdoor_list_syntax() {
        let o = |m2, addresses| SharedOutdoor { m2, addresses };
        let l = parse_shared_outdoor("roof: 30/3; 120.4/24", false).unwrap();
        assert_eq!(l, vec![o(dec!(30), 3), o(dec!(120.4), 24)]);
        assert!(parse_shared_outdoor("30", false).is_err());
        assert!(parse_shared_outdoor("30/1", false).is_err());
        // A room's: `M2` alone is shared at this address only.
        let l = parse_shared_outdoor("garden: 30; roof: 52/5", true).unwrap();
        assert_eq!(l, vec![o(dec!(30), 1), o(dec!(52), 5)]);
    }
}
