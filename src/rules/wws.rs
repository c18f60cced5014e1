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

/// Energy points per m² of a label (rooms, rubriek 4).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelPerM2 {
    pub label: String,
    pub per_m2: Decimal,
}

/// Energy points per m² up to an energy index (rooms, rubriek 4).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexPerM2 {
    #[serde(default)]
    pub up_to: Option<Decimal>,
    pub per_m2: Decimal,
}

/// Energy points per m² from a build year on (rooms, rubriek 4).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearPerM2 {
    pub from_year: i32,
    pub per_m2: Decimal,
}

/// A band of worktop lengths (rooms, rubriek 5): from `from_m` on, or above `above_m`, with at least
/// `min_units` rooms sharing the kitchen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorktopBand {
    #[serde(default)]
    pub from_m: Option<Decimal>,
    #[serde(default)]
    pub above_m: Option<Decimal>,
    pub points: Decimal,
    #[serde(default)]
    pub min_units: Option<u32>,
}

impl WorktopBand {
    /// Whether a worktop of `m` metres in a kitchen shared by `units` rooms reaches the band.
    pub fn reached(&self, m: Decimal, units: u32) -> bool {
        self.from_m.is_none_or(|f| m >= f)
            && self.above_m.is_none_or(|a| m > a)
            && self.min_units.is_none_or(|u| units >= u)
    }
}

/// The maximum rent column of rooms from a date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomRentColumn {
    pub valid_from: Date,
    pub column: String,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
}

impl super::Cite for RoomRentColumn {
    fn citation(&self) -> super::Citation {
        super::citation(&self.source, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref())
    }
}

/// Where the COROP averages come from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoropSource {
    pub source: String,
    pub confidence: Confidence,
}

/// A COROP region's average WOZ value per m², by the year of the WOZ valuation date.
#[derive(Debug, Clone, PartialEq)]
pub struct Corop {
    pub code: String,
    pub region: String,
    pub averages: Vec<(i32, Decimal)>,
}

/// `data/wws-kamers.toml`: the WWS for a room (onzelfstandige woonruimte), with its maximum rent
/// table (`data/wws-kamers-max-rent.csv`) and the COROP averages (`data/wws-corop.csv`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomRules {
    pub source: String,
    pub confidence: Confidence,
    pub points_per_m2_room: Decimal,
    pub points_per_m2_other: Decimal,
    pub room_min_m2: Decimal,
    pub other_min_m2: Decimal,
    pub heating_room: Decimal,
    pub heating_other: Decimal,
    pub heating_other_max: Decimal,
    pub cooling_room: Decimal,
    pub cooling_max: Decimal,
    pub energy_labels: Vec<LabelPerM2>,
    pub energy_index: Vec<IndexPerM2>,
    pub build_year: Vec<YearPerM2>,
    pub epv_per_m2: Decimal,
    pub kitchen_worktop: Vec<WorktopBand>,
    pub sanitary: Vec<Fitting>,
    pub outdoor_private_base: Decimal,
    pub outdoor_private_per_m2: Decimal,
    pub outdoor_shared_per_m2: Decimal,
    pub outdoor_max: Decimal,
    pub parking_type1: Decimal,
    pub parking_type2: Decimal,
    pub parking_type3: Decimal,
    pub parking_charger: Decimal,
    pub woz_band_pct: Decimal,
    pub woz_points_above: Decimal,
    pub woz_points_within: Decimal,
    pub woz_points_below: Decimal,
    pub care_home_pct: Decimal,
    pub video_doorbell: Decimal,
    pub charging_point: Decimal,
    pub small_room_m2: Decimal,
    pub small_room_deduction: Decimal,
    pub deductions: Vec<Fitting>,
    pub rijksmonument_pct: Decimal,
    pub rijksmonument_points_before_wbh: Decimal,
    pub local_monument_pct: Decimal,
    pub protected_view_pct: Decimal,
    pub protected_view_built_before: i32,
    pub max_rent: Vec<RoomRentColumn>,
    pub corop: CoropSource,
    /// The maximum rent columns by name, points to rent.
    #[serde(skip)]
    pub tables: std::collections::BTreeMap<String, std::collections::BTreeMap<u32, Decimal>>,
    /// The COROP regions.
    #[serde(skip)]
    pub regions: Vec<Corop>,
}

impl super::Cite for RoomRules {
    fn citation(&self) -> super::Citation {
        super::citation(&self.source, self.confidence, None)
    }
}

impl RoomRules {
    /// Read the tables: `max_rent` the text of `data/wws-kamers-max-rent.csv`, `corop` of
    /// `data/wws-corop.csv`; and check them (every column named, each column rising with the points,
    /// the last bands open).
    pub fn with_tables(mut self, max_rent: &str, corop: &str) -> Result<RoomRules, String> {
        let mut lines = max_rent.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let cells: Vec<&str> = line.split(',').collect();
            let points: u32 = cells[0]
                .parse()
                .map_err(|_| format!("data/wws-kamers-max-rent.csv: bad points `{}`", cells[0]))?;
            for (h, c) in header.iter().zip(&cells).skip(1) {
                let rent: Decimal = c
                    .parse()
                    .map_err(|_| format!("data/wws-kamers-max-rent.csv: bad rent `{c}`"))?;
                self.tables
                    .entry(h.to_string())
                    .or_default()
                    .insert(points, rent);
            }
        }
        for (name, t) in &self.tables {
            let rents: Vec<&Decimal> = t.values().collect();
            if rents.windows(2).any(|w| w[0] >= w[1] && !w[1].is_zero()) {
                return Err(format!(
                    "data/wws-kamers-max-rent.csv: column {name} does not rise with the points"
                ));
            }
        }
        for m in &self.max_rent {
            if !self.tables.contains_key(&m.column) {
                return Err(format!(
                    "data/wws-kamers.toml: no column {} in data/wws-kamers-max-rent.csv",
                    m.column
                ));
            }
        }
        let mut lines = corop.lines();
        let header: Vec<i32> = lines
            .next()
            .unwrap_or_default()
            .split(',')
            .skip(2)
            .map(|y| {
                y.trim()
                    .parse()
                    .map_err(|_| format!("data/wws-corop.csv: bad year `{y}`"))
            })
            .collect::<Result<_, _>>()?;
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let cells: Vec<&str> = line.split(',').collect();
            let averages = header
                .iter()
                .zip(cells.iter().skip(2))
                .map(|(y, c)| {
                    c.trim()
                        .parse::<Decimal>()
                        .map(|d| (*y, d))
                        .map_err(|_| format!("data/wws-corop.csv: bad average `{c}`"))
                })
                .collect::<Result<_, _>>()?;
            self.regions.push(Corop {
                code: cells[0].trim().to_string(),
                region: cells.get(1).map_or("", |c| c.trim()).to_string(),
                averages,
            });
        }
        if self.energy_index.last().is_some_and(|b| b.up_to.is_some())
            || self.build_year.last().is_none_or(|b| b.from_year != 0)
            || self.max_rent.is_empty()
        {
            return Err(
                "data/wws-kamers.toml: energy_index must end without up_to, build_year with from_year = 0, and max_rent name a column".into(),
            );
        }
        Ok(self)
    }

    /// The maximum rent column in force on `date`; before the first, the first (and `true`).
    pub fn rent_column(&self, date: Date) -> (&RoomRentColumn, bool) {
        match self.max_rent.iter().rev().find(|m| m.valid_from <= date) {
            Some(m) => (m, false),
            None => (&self.max_rent[0], true),
        }
    }

    /// The maximum rent at `points` from `column`: above the last row each point adds the step
    /// between the last two rows.
    pub fn max_rent(&self, column: &str, points: u32) -> Decimal {
        let Some(t) = self.tables.get(column) else {
            return Decimal::ZERO;
        };
        let (&last, &rent) = t.last_key_value().expect("a table is not empty");
        if points > last {
            let before = t.get(&(last - 1)).copied().unwrap_or(rent);
            rent + Decimal::from(points - last) * (rent - before)
        } else {
            t.get(&points).copied().unwrap_or_default()
        }
    }

    /// The COROP region by its code (`23`) or name (`Groot-Amsterdam`, any case).
    pub fn region(&self, name: &str) -> Option<&Corop> {
        let n = name.trim();
        self.regions.iter().find(|c| {
            c.code == n
                || c.code.trim_start_matches('0') == n.trim_start_matches('0')
                || c.region.eq_ignore_ascii_case(n)
        })
    }
}
