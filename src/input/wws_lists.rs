//! The lists of the `[wws]` section: the room list (`living: room 3.75x4.12 heated; hall 5`)
//! and the fitting lists (`shower, washbasin x2`), parsed into the model's WWS description.

use rust_decimal::Decimal;

use crate::i18n::{Arg, Msg, Text};
use crate::model::{Space, SpaceKind};
use crate::suggest::closest;
use crate::units::surface_m2;

/// Parse a room list: items separated by `;` or new lines, each `[label:] KIND SIZE [heated] [cooled]`
/// with KIND `room`, `other`, `attic` (an other space without fixed stairs) or `hall`, and SIZE in m²
/// (`12.38`) or as length × width in metres (`3.75x4.12`), noted to two decimals.
pub fn parse_spaces(text: &str) -> Result<Vec<Space>, Text> {
    let mut out = Vec::new();
    for (i, item) in text
        .split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .enumerate()
    {
        let n = i + 1;
        let (label, rest) = match item.split_once(':') {
            Some((l, r)) => (l.trim().to_string(), r.trim()),
            None => (format!("space {n}"), item),
        };
        let mut words = rest.split_whitespace();
        let kind = match words.next() {
            Some("room") => SpaceKind::Room,
            Some("other") => SpaceKind::Other,
            Some("attic") => SpaceKind::Attic,
            Some("hall") => SpaceKind::Hall,
            Some(w) => {
                return Err(Text::new(
                    Msg::ESpaceKind,
                    vec![Arg::Int(n as i64), item.into(), w.into()],
                ));
            }
            None => {
                return Err(Text::new(
                    Msg::ESpaceNoKind,
                    vec![Arg::Int(n as i64), item.into()],
                ));
            }
        };
        let size = words.next().ok_or_else(|| {
            Text::new(Msg::ESpaceNoSurface, vec![Arg::Int(n as i64), item.into()])
        })?;
        let num = |t: &str| -> Result<Decimal, Text> {
            t.parse::<Decimal>()
                .ok()
                .filter(|d| *d >= Decimal::ZERO && *d <= Decimal::from(10_000))
                .ok_or_else(|| {
                    Text::new(
                        Msg::ESpaceSize,
                        vec![Arg::Int(n as i64), item.into(), t.into()],
                    )
                })
        };
        let m2 = match size.split_once(['x', '×']) {
            Some((a, b)) => num(a)? * num(b)?,
            None => num(size)?,
        };
        let (mut heated, mut cooled) = (false, false);
        for w in words {
            match w {
                "heated" => heated = true,
                "cooled" => cooled = true,
                other => {
                    return Err(Text::new(
                        Msg::ESpaceWord,
                        vec![Arg::Int(n as i64), item.into(), other.into()],
                    ));
                }
            }
        }
        out.push(Space {
            label,
            kind,
            m2: surface_m2(m2),
            heated,
            cooled,
        });
    }
    if out.is_empty() {
        return Err(Text::new(Msg::ERoomsEmpty, vec![]));
    }
    Ok(out)
}

/// Parse a list of fittings: names separated by `,`, `;` or new lines, each optionally followed by
/// `xN` for a number (`washbasin x2`); every name must be one of `known`.
pub fn parse_fittings(text: &str, known: &[&str]) -> Result<Vec<(String, u32)>, Text> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for item in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let mut words = item.split_whitespace();
        let name = words.next().unwrap_or_default();
        let count = match (words.next(), words.next()) {
            (None, _) => 1,
            (Some(c), None) => c
                .strip_prefix('x')
                .and_then(|c| c.parse::<u32>().ok())
                .filter(|c| (1..=100).contains(c))
                .ok_or_else(|| Text::new(Msg::EFittingCount, vec![item.into(), name.into()]))?,
            _ => return Err(Text::new(Msg::EFittingWords, vec![item.into()])),
        };
        if !known.contains(&name) {
            let hint = closest(name, known.iter().copied())
                .map(|c| Text::new(Msg::EFittingHint, vec![c.into()]))
                .unwrap_or_else(Text::empty);
            return Err(Text::new(
                Msg::EFittingUnknown,
                vec![name.into(), hint.into(), known.join(", ").into()],
            ));
        }
        match out.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += count,
            None => out.push((name.to_string(), count)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn room_list_syntax() {
        // §2.2.1.1 example: a room of 15.4912 m² is noted 15.49; a kitchen of 2.95 × 3.81 m =
        // 11.2395 m² is noted 11.24. (The example's room is said to be 3.75 × 4.12 m, which is 15.45.)
        let s = parse_spaces(
            "living: room 15.4912 heated\nkitchen: room 2.95x3.81 heated cooled; hall 5",
        )
        .unwrap();
        assert_eq!(s[0].m2, dec!(15.49));
        assert_eq!(s[1].m2, dec!(11.24));
        assert!(s[1].heated && s[1].cooled);
        assert_eq!(s[2].kind, SpaceKind::Hall);
        assert_eq!(s[2].label, "space 3");
        assert!(
            parse_spaces("living: lounge 20")
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("unknown kind")
        );
        assert!(
            parse_spaces("room abc")
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("not a surface")
        );
        assert!(
            parse_spaces("room 12 warm")
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("heated or cooled")
        );
        assert!(parse_spaces(" ; ").is_err());
    }

    #[test]
    fn fitting_list_syntax() {
        let known = ["shower", "washbasin", "toilet_room"];
        assert_eq!(
            parse_fittings("shower, washbasin x2; shower", &known).unwrap(),
            vec![("shower".to_string(), 2), ("washbasin".to_string(), 2)]
        );
        assert!(
            parse_fittings("showr", &known)
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("did you mean `shower`")
        );
        assert!(
            parse_fittings("washbasin 2", &known)
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("x2")
        );
    }
}
