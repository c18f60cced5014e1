//! The thresholds of the building rules (`data/bbl.toml`) per regime, as
//! [`crate::bouwregels`] checks them.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Citation, Cite, Confidence, citation};
use crate::i18n::Msg;
use crate::model::Building;

/// One threshold of `data/bbl.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    pub value: Decimal,
    /// The value for a dwelling let to students, when it differs.
    #[serde(default)]
    pub students: Option<Decimal>,
    /// The requirement does not apply to a woonfunctie voor studenten.
    #[serde(default)]
    pub students_exempt: bool,
    pub article: String,
    /// The date the level applies from.
    pub date: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
}

impl Cite for Threshold {
    fn citation(&self) -> Citation {
        citation(&self.article, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref())
    }
}

/// The thresholds of one regime by id.
pub type Regime = BTreeMap<String, Threshold>;

/// `data/bbl.toml`: the thresholds per regime.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BblRules {
    pub new: Regime,
    pub existing: Regime,
    pub temporary: Regime,
    pub conversion: Regime,
}

/// Every id the check knows, with its warning code and the name of the requirement.
pub const IDS: &[(&str, &str, Msg)] = &[
    (
        "gebruiksoppervlakte_m2",
        "surface_below_new_build_minimum",
        Msg::BblGebruiksoppervlakte,
    ),
    (
        "verblijfsgebied_total_m2",
        "bbl_verblijfsgebied_total",
        Msg::BblVerblijfsgebiedTotal,
    ),
    (
        "verblijfsgebied_m2",
        "bbl_verblijfsgebied",
        Msg::BblVerblijfsgebied,
    ),
    (
        "verblijfsruimte_width_m",
        "bbl_room_width",
        Msg::BblRoomWidth,
    ),
    (
        "verblijfsruimte_height_m",
        "bbl_room_height",
        Msg::BblRoomHeight,
    ),
    ("largest_room_m2", "bbl_largest_room", Msg::BblLargestRoom),
    (
        "largest_room_width_m",
        "bbl_largest_room_width",
        Msg::BblLargestRoomWidth,
    ),
    ("toilet_count", "bbl_no_toilet", Msg::BblToiletCount),
    ("toilet_m2", "bbl_toilet_size", Msg::BblToiletM2),
    ("toilet_width_m", "bbl_toilet_size", Msg::BblToiletWidth),
    ("toilet_length_m", "bbl_toilet_size", Msg::BblToiletLength),
    ("toilet_height_m", "bbl_toilet_height", Msg::BblToiletHeight),
    ("bathroom_count", "bbl_no_bathroom", Msg::BblBathroomCount),
    ("bathroom_m2", "bbl_bathroom_size", Msg::BblBathroomM2),
    (
        "bathroom_width_m",
        "bbl_bathroom_size",
        Msg::BblBathroomWidth,
    ),
    (
        "bathroom_toilet_m2",
        "bbl_bathroom_size",
        Msg::BblBathroomToiletM2,
    ),
    (
        "bathroom_toilet_width_m",
        "bbl_bathroom_size",
        Msg::BblBathroomToiletWidth,
    ),
    (
        "bathroom_height_m",
        "bbl_bathroom_height",
        Msg::BblBathroomHeight,
    ),
    ("storage_m2", "bbl_storage", Msg::BblStorageM2),
    ("storage_width_m", "bbl_storage", Msg::BblStorageWidth),
    ("storage_height_m", "bbl_storage", Msg::BblStorageHeight),
    ("storage_shared_m2", "bbl_storage", Msg::BblStorageShared),
    ("outdoor_m2", "bbl_outdoor", Msg::BblOutdoorM2),
    ("outdoor_width_m", "bbl_outdoor", Msg::BblOutdoorWidth),
    ("outdoor_shared_m2", "bbl_outdoor", Msg::BblOutdoorShared),
    (
        "outdoor_shared_min_m2",
        "bbl_outdoor",
        Msg::BblOutdoorSharedMin,
    ),
    (
        "shared_max_gebruiksoppervlakte_m2",
        "bbl_shared_not_allowed",
        Msg::BblSharedMax,
    ),
    (
        "tiny_house_max_m2",
        "bbl_tiny_house_size",
        Msg::BblTinyHouse,
    ),
];

impl BblRules {
    /// The regime of `b`.
    pub fn regime(&self, b: Building) -> &Regime {
        match b {
            Building::New => &self.new,
            Building::Existing => &self.existing,
            Building::Temporary => &self.temporary,
            Building::Conversion => &self.conversion,
        }
    }

    /// Every id of the file is one the check knows.
    pub fn validate(&self) -> Result<(), String> {
        for (name, r) in [
            ("new", &self.new),
            ("existing", &self.existing),
            ("temporary", &self.temporary),
            ("conversion", &self.conversion),
        ] {
            for id in r.keys() {
                if !IDS.iter().any(|(i, _, _)| i == id) {
                    return Err(format!("[{name}.{id}]: unknown requirement"));
                }
            }
        }
        Ok(())
    }
}
