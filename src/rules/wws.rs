//! The parameters of the WWS points system (Besluit huurprijzen woonruimte; Huurcommissie
//! beleidsboek) per date, as `data/wws-stelsel.toml` holds them; the calculation is in
//! `crate::wws::stelsel`.

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Confidence, cite};
use crate::date::Date;

/// A fitting and its points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fitting {
    pub name: String,
    pub points: Decimal,
    /// A shower or bath (the cap on sanitary extras).
    #[serde(default)]
    pub bathing: bool,
    /// An extra of a bath or shower room (§2.6.2).
    #[serde(default)]
    pub extra: bool,
    /// A washbasin (the sockets' cap counts them).
    #[serde(default)]
    pub washbasin: bool,
    /// At most these points per room (§2.6.1, §2.6.2).
    #[serde(default)]
    pub max_per_room: Option<Decimal>,
    /// The cap per room does not apply in the bathroom (a washbasin, §2.6.1).
    #[serde(default)]
    pub except_bathroom: bool,
    /// At most this many per washbasin of the room (a socket, §2.6.2).
    #[serde(default)]
    pub per_washbasin: Option<u32>,
}

/// Points for a dwelling kind: single-family (EGW) and multi-family (MGW).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexBand {
    #[serde(default)]
    pub up_to: Option<Decimal>,
    pub house: Decimal,
    pub apartment: Decimal,
}

/// Energy points by build year, from `from_year` on.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearBand {
    pub from_year: i32,
    pub house: Decimal,
    pub apartment: Decimal,
}

/// The point values of the stelsel from a date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Values {
    pub valid_from: Date,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
    pub room_min_m2: Decimal,
    pub other_min_m2: Decimal,
    pub points_per_m2_room: Decimal,
    pub points_per_m2_other: Decimal,
    pub attic_no_stairs_deduction: Decimal,
    pub heating_room: Decimal,
    pub heating_other: Decimal,
    pub heating_other_max: Decimal,
    pub cooling_room: Decimal,
    pub cooling_max: Decimal,
    pub kitchen_worktop_min_m: Decimal,
    pub kitchen_worktop_basic: Decimal,
    pub kitchen_worktop_long_from_m: Decimal,
    pub kitchen_worktop_long: Decimal,
    pub kitchen_fittings: Vec<Fitting>,
    pub sanitary: Vec<Fitting>,
    pub outdoor_private_base: Decimal,
    pub outdoor_private_per_m2: Decimal,
    pub outdoor_shared_per_m2: Decimal,
    pub outdoor_max: Decimal,
    pub outdoor_none: Decimal,
    pub parking_type1: Decimal,
    pub parking_type2: Decimal,
    pub parking_type3: Decimal,
    pub parking_charger: Decimal,
    pub parking_type1_m2: Decimal,
    pub new_build_woz_from_year: i32,
    pub new_build_woz_until_year: i32,
    pub new_build_woz_min_other: Decimal,
    pub new_build_woz_min_points: Decimal,
    pub care_home_pct: Decimal,
    pub video_doorbell: Decimal,
    pub charging_point: Decimal,
    pub epv_house: Decimal,
    pub epv_apartment: Decimal,
    pub label_valid_years: i32,
    pub simplified_label_from: Date,
    pub simplified_label_until: Date,
    pub energy_index: Vec<IndexBand>,
    pub build_year: Vec<YearBand>,
    pub rijksmonument_pct: Decimal,
    pub rijksmonument_points_before_wbh: Decimal,
    pub local_monument_pct: Decimal,
    pub protected_view_pct: Decimal,
    pub protected_view_built_before: i32,
    pub new_build_pct: Decimal,
    pub new_build_years: i32,
}

impl super::Cite for Values {
    fn citation(&self) -> super::Citation {
        super::citation(&self.source, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref())
    }
}

/// The rent regulation regimes by date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    /// The Wet betaalbare huur applies to leases signed from this date.
    pub wbh_from: Date,
    pub source: String,
    pub confidence: Confidence,
}

impl Regime {
    /// The source with its confidence.
    pub fn cite(&self) -> String {
        cite(&self.source, self.confidence, None)
    }
}

impl super::Cite for Regime {
    fn citation(&self) -> super::Citation {
        super::citation(&self.source, self.confidence, None)
    }
}

/// WOZ factors (kengetallen) for WOZ values of a valuation date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WozFactors {
    pub valuation_date: Date,
    pub factor_1: Decimal,
    pub factor_2: Decimal,
    pub factor_2_small: Decimal,
    pub source: String,
    pub confidence: Confidence,
}

/// The plausible sizes of a room list (input checks, not law).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plausible {
    pub space_max_m2: Decimal,
    pub length_max_m: Decimal,
    pub surface_margin_pct: Decimal,
}

/// `data/wws-stelsel.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StelselRules {
    pub source: String,
    pub confidence: Confidence,
    pub plausible: Plausible,
    pub regime: Regime,
    pub stelsel: Vec<Values>,
    pub woz_factors: Vec<WozFactors>,
}

impl StelselRules {
    /// The values in force on `date`; before the first, the first (and `true`: not the date's own).
    pub fn values(&self, date: Date) -> (&Values, bool) {
        match self.stelsel.iter().rev().find(|v| v.valid_from <= date) {
            Some(v) => (v, false),
            None => (&self.stelsel[0], true),
        }
    }

    /// The WOZ factors of a valuation date; before the first, the first (and `true`).
    pub fn factors(&self, valuation: Date) -> (&WozFactors, bool) {
        match self
            .woz_factors
            .iter()
            .rev()
            .find(|f| f.valuation_date <= valuation)
        {
            Some(f) => (f, false),
            None => (&self.woz_factors[0], true),
        }
    }

    /// Checks on the file: ordered dates, something in every list.
    pub fn validate(&self) -> Result<(), String> {
        if self.stelsel.is_empty() || self.woz_factors.is_empty() {
            return Err("needs at least one [[stelsel]] and one [[woz_factors]]".into());
        }
        if self
            .stelsel
            .windows(2)
            .any(|w| w[0].valid_from >= w[1].valid_from)
            || self
                .woz_factors
                .windows(2)
                .any(|w| w[0].valuation_date >= w[1].valuation_date)
        {
            return Err("[[stelsel]] and [[woz_factors]] must be in date order".into());
        }
        for v in &self.stelsel {
            if v.energy_index.last().is_some_and(|b| b.up_to.is_some())
                || v.build_year.last().is_none_or(|b| b.from_year != 0)
            {
                return Err(
                    "energy_index must end without up_to and build_year with from_year = 0".into(),
                );
            }
        }
        Ok(())
    }
}
