//! Is it a legal dwelling? The building rules (bouwregels) for a woonfunctie, space by space: the
//! Besluit bouwwerken leefomgeving (Bbl), which continues the Bouwbesluit 2012's levels, per regime
//! (`property.building`: new build, existing building, temporary building, conversion). The
//! thresholds live in `data/bbl.toml` with their articles; a threshold the file does not have is
//! not checked. Every requirement comes out with the value found, the threshold, pass or fail and
//! its article; a failure is a warning ([`warnings`]).
//!
//! The room list of `[wws]` describes the dwelling: each `room` and `kitchen` of its own is a
//! verblijfsruimte and taken as its own verblijfsgebied; `toilet` on a line marks the toilet room
//! (on a `bathroom`: a bathroom with the toilet), `storage` a storage room (shared with
//! `addresses=N`). Without `property.building` only the total surface is checked, against the
//! smallest new-build dwelling.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::{Step, Trace};
use crate::i18n::{Arg, Msg, Text};
use crate::model::{Building, Dwelling, Property, Share, Space, SpaceKind};
use crate::rules::bbl::IDS;
pub use crate::rules::bbl::{BblRules, Regime, Threshold};
use crate::rules::{Citation, Cite};
use crate::warnings::Warning;

/// Whether a requirement is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    /// The input does not describe the measure (a width, a height).
    NotDescribed,
}

/// One requirement with the value found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    /// The id of `data/bbl.toml` (`verblijfsruimte_width_m`).
    pub id: &'static str,
    /// The warning code of a failure.
    pub code: &'static str,
    /// The space it is about (its label in the room list); `None`: the dwelling.
    pub space: Option<String>,
    /// The value found; `None` when not described (or no such space).
    pub found: Option<Decimal>,
    /// The threshold: a minimum, a maximum for `*_max_m2`.
    pub required: Decimal,
    pub status: Status,
    /// The regime (`new`, `existing`, `temporary`, `conversion`).
    pub regime: &'static str,
    /// The article with its confidence, written as `article`: `source [confidence X] (note)`
    /// ([`Requirement::article`]; formed when it is written, as most requirements are only
    /// checked).
    #[serde(rename = "article", serialize_with = "article")]
    pub citation: Citation,
    #[serde(skip)]
    pub name: Msg,
}

impl Requirement {
    /// The requirement's name in words.
    pub fn name(&self) -> Text {
        Text::new(self.name, vec![])
    }

    /// The article with its confidence: `source [confidence X] (note)`.
    pub fn article(&self) -> String {
        self.citation.cite()
    }
}

/// A requirement's citation as its article ([`Requirement::article`]).
fn article<S: serde::Serializer>(c: &Citation, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&c.cite())
}

/// The result of the check.
#[derive(Debug, Clone, PartialEq)]
pub struct Bbl {
    /// `property.building`; `None`: only the total surface, against new build.
    pub building: Option<Building>,
    pub requirements: Vec<Requirement>,
}

struct Ctx<'a> {
    regime: &'a Regime,
    name: &'static str,
    students: bool,
    out: Vec<Requirement>,
}

impl Ctx<'_> {
    /// The threshold `id` when the regime has it and it applies.
    fn threshold(&self, id: &str) -> Option<(Decimal, &Threshold)> {
        let t = self.regime.get(id)?;
        if self.students && t.students_exempt {
            return None;
        }
        let v = if self.students {
            t.students.unwrap_or(t.value)
        } else {
            t.value
        };
        Some((v, t))
    }

    /// Record requirement `id` on `space` with the value `found`.
    fn check(&mut self, id: &str, space: Option<&str>, found: Option<Decimal>) -> Option<Status> {
        let (required, t) = self.threshold(id)?;
        let &(id, code, name) = IDS.iter().find(|(i, _, _)| *i == id)?;
        let max = id.contains("_max_");
        let status = match found {
            // No toilet, bathroom, storage or outdoor space at all: a failure, not a gap.
            None if id.ends_with("_count") || id == "storage_m2" || id == "outdoor_m2" => {
                Status::Fail
            }
            None => Status::NotDescribed,
            Some(f) if (max && f <= required) || (!max && f >= required) => Status::Pass,
            Some(_) => Status::Fail,
        };
        let citation = t.citation();
        self.out.push(Requirement {
            id,
            code,
            space: space.map(str::to_string),
            found,
            required,
            status,
            regime: self.name,
            citation,
            name,
        });
        Some(status)
    }

    fn has(&self, id: &str) -> bool {
        self.threshold(id).is_some()
    }
}

/// A space of the dwelling's own (not shared with other rooms or addresses).
fn own(s: &Space) -> bool {
    s.share.is_none()
}

/// A verblijfsruimte: a room or a kitchen of the dwelling's own.
fn verblijf(s: &Space) -> bool {
    own(s) && matches!(s.kind, SpaceKind::Room | SpaceKind::Kitchen)
}

/// Check `p` against the building rules of its regime (new build when not said), recording each
/// requirement in `t`.
pub fn check(p: &Property, rules: &BblRules, t: &mut Trace) -> Bbl {
    let building = p.building;
    let b = building.unwrap_or(Building::New);
    let mut c = Ctx {
        regime: rules.regime(b),
        name: b.as_str(),
        students: p.students,
        out: Vec::new(),
    };
    let spaces: &[Space] = p.wws.as_ref().map_or(&[], |d| &d.spaces);
    if building.is_none() || spaces.is_empty() {
        if building.is_none() || b == Building::New {
            c.check("gebruiksoppervlakte_m2", None, Some(p.surface_m2));
        }
    } else {
        rooms(p, spaces, &mut c);
    }
    if p.dwelling == Dwelling::TinyHouse {
        c.check("tiny_house_max_m2", None, Some(p.surface_m2));
    }
    for r in &c.out {
        t.add(|| step(r));
    }
    Bbl {
        building,
        requirements: c.out,
    }
}

fn rooms(p: &Property, spaces: &[Space], c: &mut Ctx) {
    let d = p.wws.as_ref().expect("rooms come from [wws]");
    // Verblijfsgebied and verblijfsruimte.
    let total: Decimal = spaces.iter().filter(|s| verblijf(s)).map(|s| s.m2).sum();
    c.check("verblijfsgebied_total_m2", None, Some(total));
    for s in spaces.iter().filter(|s| verblijf(s)) {
        c.check("verblijfsgebied_m2", Some(&s.label), Some(s.m2));
        c.check("verblijfsruimte_width_m", Some(&s.label), s.dims.width_m);
        c.check("verblijfsruimte_height_m", Some(&s.label), s.dims.height_m);
    }
    if let Some((width, _)) = c.threshold("largest_room_width_m") {
        // The room that meets the width with the largest surface, else the largest room.
        let best = spaces
            .iter()
            .filter(|s| verblijf(s) && s.dims.width_m.is_some_and(|w| w >= width))
            .max_by_key(|s| s.m2)
            .or_else(|| spaces.iter().filter(|s| verblijf(s)).max_by_key(|s| s.m2));
        c.check(
            "largest_room_m2",
            best.map(|s| s.label.as_str()),
            best.map(|s| s.m2),
        );
        c.check(
            "largest_room_width_m",
            best.map(|s| s.label.as_str()),
            best.and_then(|s| s.dims.width_m),
        );
    } else if c.has("largest_room_m2") {
        let best = spaces.iter().filter(|s| verblijf(s)).max_by_key(|s| s.m2);
        c.check(
            "largest_room_m2",
            best.map(|s| s.label.as_str()),
            best.map(|s| s.m2),
        );
    }

    // The toilet and the bathroom (art. 4.19 lid 2: a bathroom with the toilet has its own size).
    let toilets: Vec<&Space> = spaces.iter().filter(|s| own(s) && s.dims.toilet).collect();
    let combined_rule = c.has("bathroom_toilet_m2");
    let count = Decimal::from(toilets.len() as u32);
    c.check("toilet_count", None, (!toilets.is_empty()).then_some(count));
    for s in &toilets {
        let combined = s.kind == SpaceKind::Bathroom && combined_rule;
        if !combined {
            c.check("toilet_m2", Some(&s.label), Some(s.m2));
            c.check("toilet_width_m", Some(&s.label), s.dims.width_m);
            c.check("toilet_length_m", Some(&s.label), s.dims.length_m);
        }
        c.check("toilet_height_m", Some(&s.label), s.dims.height_m);
    }
    let baths: Vec<&Space> = spaces
        .iter()
        .filter(|s| own(s) && s.kind == SpaceKind::Bathroom)
        .collect();
    c.check(
        "bathroom_count",
        None,
        (!baths.is_empty()).then_some(Decimal::from(baths.len() as u32)),
    );
    for s in &baths {
        if s.dims.toilet && combined_rule {
            c.check("bathroom_toilet_m2", Some(&s.label), Some(s.m2));
            c.check("bathroom_toilet_width_m", Some(&s.label), s.dims.width_m);
        } else {
            c.check("bathroom_m2", Some(&s.label), Some(s.m2));
            c.check("bathroom_width_m", Some(&s.label), s.dims.width_m);
        }
        c.check("bathroom_height_m", Some(&s.label), s.dims.height_m);
    }

    // Storage (art. 4.31): a private one, or a shared one for a small dwelling.
    let small = c
        .threshold("shared_max_gebruiksoppervlakte_m2")
        .is_some_and(|(max, _)| p.surface_m2 <= max);
    if c.has("storage_m2") {
        let private = spaces
            .iter()
            .filter(|s| own(s) && s.dims.storage)
            .max_by_key(|s| s.m2);
        let shared = spaces
            .iter()
            .filter_map(|s| match s.share {
                Some(Share::Addresses(n)) if s.dims.storage => Some(s.m2 / Decimal::from(n)),
                _ => None,
            })
            .max();
        match (private, shared) {
            (None, Some(per)) => {
                c.check(
                    "shared_max_gebruiksoppervlakte_m2",
                    None,
                    Some(p.surface_m2),
                );
                if small {
                    c.check("storage_shared_m2", None, Some(per.round_dp(2)));
                }
            }
            (s, _) => {
                c.check("storage_m2", s.map(|s| s.label.as_str()), s.map(|s| s.m2));
                if let Some(s) = s {
                    c.check("storage_width_m", Some(&s.label), s.dims.width_m);
                    c.check("storage_height_m", Some(&s.label), s.dims.height_m);
                }
            }
        }
    }

    // Outdoor space (art. 4.35): a private one, or a shared one for a small dwelling.
    if c.has("outdoor_m2") {
        let shared = d
            .outdoor_shared
            .iter()
            .max_by_key(|o| o.m2 / Decimal::from(o.addresses));
        match shared {
            Some(o) if d.outdoor_private_m2.is_zero() => {
                c.check(
                    "shared_max_gebruiksoppervlakte_m2",
                    None,
                    Some(p.surface_m2),
                );
                if small {
                    let per = (o.m2 / Decimal::from(o.addresses)).round_dp(2);
                    c.check("outdoor_shared_m2", None, Some(per));
                    c.check("outdoor_shared_min_m2", None, Some(o.m2));
                }
            }
            _ => {
                let m2 = d.outdoor_private_m2;
                c.check("outdoor_m2", None, (!m2.is_zero()).then_some(m2));
                if !m2.is_zero() {
                    c.check("outdoor_width_m", None, d.outdoor_width_m);
                }
            }
        }
    }
}

/// The regime in words (nieuwbouw, bestaande bouw, ...).
pub(crate) fn regime_text(regime: &str) -> Text {
    Text::new(
        match regime {
            "existing" => Msg::BblRegimeExisting,
            "temporary" => Msg::BblRegimeTemporary,
            "conversion" => Msg::BblRegimeConversion,
            _ => Msg::BblRegimeNew,
        },
        vec![],
    )
}

/// What was found against the threshold: `found 1.7, at least 1.8 (new build)`.
pub fn how(r: &Requirement) -> Text {
    let found = r
        .found
        .map_or(Text::new(Msg::BblNotDescribed, vec![]).into(), Arg::Num);
    Text::new(
        if r.id.contains("_max_") {
            Msg::BblHowMax
        } else {
            Msg::BblHowMin
        },
        vec![found, Arg::Num(r.required), regime_text(r.regime).into()],
    )
}

/// The requirement's name, with its space when it has one.
pub fn what(r: &Requirement) -> Text {
    match &r.space {
        Some(s) => crate::explain::part(r.name(), s.as_str()),
        None => r.name(),
    }
}

/// The step of requirement `r`: the value found against the threshold, with the article.
fn step(r: &Requirement) -> Step {
    Step::new(what(r), Text::new(status_msg(r.status), vec![]), how(r)).uses(r.citation.clone())
}

/// The words of a status.
pub(crate) fn status_msg(s: Status) -> Msg {
    match s {
        Status::Pass => Msg::BblPass,
        Status::Fail => Msg::BblFail,
        Status::NotDescribed => Msg::BblNotDescribed,
    }
}

/// The warnings of the failed requirements: one per failure, with the consequence in words. The
/// total surface without a room list keeps its warning of before.
///
/// Without `texts` each warning has only its code (its message empty), for output that shows
/// only the codes.
pub fn warnings(b: &Bbl, p: &Property, texts: bool) -> Vec<Warning> {
    b.requirements
        .iter()
        .filter(|r| r.status == Status::Fail)
        .map(|r| {
            if !texts {
                return Warning::new(r.code, Text::empty());
            }
            if r.id == "gebruiksoppervlakte_m2" {
                return Warning::new(
                    r.code,
                    Text::new(
                        Msg::WSurface,
                        vec![
                            Arg::Num(p.surface_m2),
                            Arg::Num(r.required),
                            if p.students {
                                Text::new(Msg::WSurfaceStudents, vec![])
                            } else {
                                Text::empty()
                            }
                            .into(),
                            r.citation.arg(),
                        ],
                    ),
                );
            }
            let found = r
                .found
                .map_or(Text::new(Msg::BblNone, vec![]).into(), Arg::Num);
            let consequence = if r.id == "tiny_house_max_m2" {
                Msg::WBblTinyHouse
            } else {
                Msg::WBbl
            };
            Warning::new(
                r.code,
                Text::new(
                    consequence,
                    vec![
                        what(r).into(),
                        found,
                        Arg::Num(r.required),
                        regime_text(r.regime).into(),
                        r.citation.arg(),
                    ],
                ),
            )
        })
        .collect()
}
