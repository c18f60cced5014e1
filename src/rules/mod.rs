//! The rules in force per tax year, loaded from the data files under `data/`.
//!
//! Every rate, bracket and threshold lives in those files with its source and confidence; the
//! files are embedded in the binary so it runs anywhere. `--rules FILE` merges a what-if file over
//! the built-in years it names: every table in it that carries its own `source` replaces the
//! built-in table of the same name wholesale; other tables are merged key by key.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::Path;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::RulesError;
use crate::i18n::{Arg, Msg, Text};
use crate::units::{Eur, Num, Pct, Unit};

pub(crate) mod bbl;
pub(crate) mod werkelijk_rendement;
pub(crate) mod wws;
// The tegenbewijs over the open years (data/tegenbewijs.toml).
pub mod historie;
// Holding let dwellings in a BV (data/bv.toml).
pub mod bv;
// The Handboek modelmatig waarderen marktwaarde (data/handboek.toml).
pub mod handboek;

/// The built-in rules files, by name, in the order they are loaded.
pub const BUILT_IN_YEARS: &[(&str, &str)] = &[
    (
        "data/2020-2022.toml",
        include_str!("../../data/2020-2022.toml"),
    ),
    ("data/2023.toml", include_str!("../../data/2023.toml")),
    ("data/2024.toml", include_str!("../../data/2024.toml")),
    ("data/2025.toml", include_str!("../../data/2025.toml")),
    ("data/2026.toml", include_str!("../../data/2026.toml")),
    ("data/2027.toml", include_str!("../../data/2027.toml")),
    ("data/2028.toml", include_str!("../../data/2028.toml")),
];
/// The built-in what-if files (`data/scenarios/`), by name: alternatives to a year's rules that
/// are proposed, not law. `--rules` takes any of them as a file; for a year whose figures are
/// provisional the plan is also shown under each (see [`RuleSet::what_if_scenarios`]).
pub const BUILT_IN_SCENARIOS: &[(&str, &str)] = &[
    (
        "data/scenarios/2027-kabinet-september-2026.toml",
        include_str!("../../data/scenarios/2027-kabinet-september-2026.toml"),
    ),
    (
        "data/scenarios/2028-novelle.toml",
        include_str!("../../data/scenarios/2028-novelle.toml"),
    ),
];

/// The built-in scenario that `arg` names (the file's path here, or its stem, e.g.
/// `2028-novelle`), unless a file of that path exists: `--rules` takes the built-in what-if
/// files outside the repository too. Its path and text.
fn built_in_scenario(arg: &Path) -> Option<(&'static str, &'static str)> {
    if arg.exists() {
        return None;
    }
    let a = arg.to_str()?;
    BUILT_IN_SCENARIOS
        .iter()
        .find(|(file, _)| a == scenario_name(file) || a.trim_start_matches("./") == *file)
        .copied()
}
const MARKET: &str = include_str!("../../data/market.toml");
const SOURCES: &str = include_str!("../../data/sources.toml");
const WWS_MAX_RENT: &str = include_str!("../../data/wws-max-rent.csv");
const WWS_KAMERS: &str = include_str!("../../data/wws-kamers.toml");
const WWS_KAMERS_MAX_RENT: &str = include_str!("../../data/wws-kamers-max-rent.csv");
const WWS_COROP: &str = include_str!("../../data/wws-corop.csv");
const WWS_POINTS: &str = include_str!("../../data/wws-points.toml");
const WWS_STELSEL: &str = include_str!("../../data/wws-stelsel.toml");
const CHECKS: &str = include_str!("../../data/checks.toml");
const BBL: &str = include_str!("../../data/bbl.toml");
const HANDBOEK: &str = include_str!("../../data/handboek.toml");

/// How sure the figure is: H official or two sources agree, M one decent source, L weak or inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Confidence {
    H,
    M,
    L,
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Confidence::H => "H",
            Confidence::M => "M",
            Confidence::L => "L",
        };
        f.write_str(s)
    }
}

/// One parameter in its unit `U` ([`Eur`], [`Pct`], or a plain [`Num`]): its value with its
/// source and confidence. The unit says how the value reads and the range every rules file
/// (a what-if file too) must keep it in.
#[derive(Debug, Clone)]
pub struct Param<U: Unit = Num> {
    pub value: Decimal,
    pub source: String,
    pub confidence: Confidence,
    pub note: Option<String>,
    /// The note in Dutch, shown with `--lang nl` (the English note, quoted, when absent).
    pub note_nl: Option<String>,
    /// The figure is provisional (a bill, a provisional rate): shown as a caveat wherever used.
    pub provisional: bool,
    /// Its key in its rules file (`box3.tarief_pct`); set on loading.
    pub key: Arc<str>,
    /// The tax year it is in force for, when its rules file is one of tax years (a year's rules
    /// carried from an earlier year keep that year); set on loading.
    pub year: Option<i32>,
    /// The rules file it was read from (`data/2026.toml`, or a what-if file); set on loading.
    pub file: Arc<str>,
    unit: PhantomData<U>,
}

/// The keys a rules file writes in a parameter's table.
const PARAM_FIELDS: &[&str] = &[
    "value",
    "source",
    "confidence",
    "note",
    "note_nl",
    "provisional",
];
/// The keys the loading adds to a parameter's table (`stamp`): where it stands. No rules file
/// writes them (they are no bare TOML keys), and an error about a parameter's keys does not
/// name them.
const STAMP_KEY: &str = "@parameter";
const STAMP_YEAR: &str = "@year";
const STAMP_FILE: &str = "@file";

/// A parameter's table: the keys of `PARAM_FIELDS` (`value`, `source` and `confidence`
/// required), any other an error, and the keys of where it stands as `stamp` wrote them.
impl<'de, U: Unit> Deserialize<'de> for Param<U> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields<U>(PhantomData<U>);
        impl<'de, U: Unit> serde::de::Visitor<'de> for Fields<U> {
            type Value = Param<U>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("struct Param")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Param<U>, A::Error> {
                use serde::de::Error;
                let (mut value, mut source, mut confidence) = (None, None, None);
                let mut p = Param {
                    value: Decimal::ZERO,
                    source: String::new(),
                    confidence: Confidence::H,
                    note: None,
                    note_nl: None,
                    provisional: false,
                    key: Arc::from(""),
                    year: None,
                    file: Arc::from(""),
                    unit: PhantomData,
                };
                while let Some(k) = map.next_key::<String>()? {
                    match k.as_str() {
                        "value" => value = Some(map.next_value()?),
                        "source" => source = Some(map.next_value()?),
                        "confidence" => confidence = Some(map.next_value()?),
                        "note" => p.note = map.next_value()?,
                        "note_nl" => p.note_nl = map.next_value()?,
                        "provisional" => p.provisional = map.next_value()?,
                        STAMP_KEY => p.key = map.next_value::<String>()?.into(),
                        STAMP_YEAR => p.year = map.next_value()?,
                        STAMP_FILE => p.file = map.next_value::<String>()?.into(),
                        other => return Err(A::Error::unknown_field(other, PARAM_FIELDS)),
                    }
                }
                p.value = value.ok_or_else(|| A::Error::missing_field("value"))?;
                p.source = source.ok_or_else(|| A::Error::missing_field("source"))?;
                p.confidence = confidence.ok_or_else(|| A::Error::missing_field("confidence"))?;
                Ok(p)
            }
        }
        d.deserialize_struct("Param", PARAM_FIELDS, Fields(PhantomData))
    }
}

impl<U: Unit> Param<U> {
    /// The value in the notation of `lang` and the unit (`€ 59.357`, `1,28%`).
    pub fn show(&self, lang: crate::i18n::Lang) -> String {
        U::show(self.value, lang)
    }

    /// The value within the bounds of its unit (0–100 for a percentage, 0–10¹² for an amount);
    /// else the breach at `path` (the key of the value in its rules file).
    fn check(&self, path: &str) -> Result<(), Breach> {
        match U::bounds() {
            Some((lo, hi)) => range(path, self.value, lo, false, hi),
            None => Ok(()),
        }
    }
}

/// Where a figure of an explanation comes from: one parameter of the rules (its source, the
/// confidence and note of the rules file, and whether it is provisional), or a rule of law or
/// method cited without a confidence of its own (`confidence` `None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The figure is provisional (a bill, a provisional rate).
    pub provisional: bool,
    /// The note in Dutch, when the rules file gives one (for the Dutch explanation; the JSON
    /// keeps the rules file's `note`).
    #[serde(skip)]
    pub note_nl: Option<String>,
    /// The parameter's key in its rules file (`box3.rendement_overige_bezittingen_pct`); absent
    /// for a rule cited without a value of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<Arc<str>>,
    /// The tax year whose rules the parameter is from, when its file is one of tax years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The rules file the parameter was read from (`data/2026.toml`, or a what-if file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Arc<str>>,
}

impl Citation {
    /// Whether a figure that uses this citation carries a caveat: provisional, less than
    /// certain, or noted as provisional.
    pub fn needs_caveat(&self) -> bool {
        needs_caveat(self.provisional, self.confidence, self.note.as_deref())
    }

    /// A rule of law or method, cited as it is (no confidence of the rules files).
    pub fn rule(source: impl Into<String>) -> Citation {
        Citation {
            source: source.into(),
            confidence: None,
            note: None,
            provisional: false,
            note_nl: None,
            parameter: None,
            year: None,
            file: None,
        }
    }

    /// The citation as an argument of a message, written in the message's language
    /// ([`Citation::cite_in`]).
    pub fn arg(&self) -> Arg {
        Arg::ByLang {
            nl: self.cite_in(crate::i18n::Lang::Nl),
            en: self.cite_in(crate::i18n::Lang::En),
        }
    }

    /// The same citation with the Dutch form of its note.
    pub fn with_note_nl(mut self, note_nl: Option<&str>) -> Citation {
        self.note_nl = note_nl.map(str::to_string);
        self
    }

    /// The citation in `lang`: `source [zekerheid X] (note)` in Dutch with the Dutch note (the
    /// English one quoted when the rules file gives none), `source [confidence X] (note)` in
    /// English; the source alone for a rule cited without a confidence. The source itself is
    /// shown as the rules file writes it.
    pub fn cite_in(&self, lang: crate::i18n::Lang) -> String {
        let Some(c) = self.confidence else {
            return self.source.clone();
        };
        match &self.note {
            Some(n) => lang.f(
                Msg::RlCiteNote,
                &[
                    self.source.as_str().into(),
                    c.to_string().into(),
                    rules_text(n, self.note_nl.as_deref(), Msg::RlInEnglish)
                        .render(lang)
                        .into(),
                ],
            ),
            None => lang.f(
                Msg::RlCite,
                &[self.source.as_str().into(), c.to_string().into()],
            ),
        }
    }

    /// `source [confidence X] (note)`, as the explanations print it (the source alone for a
    /// rule cited without a confidence).
    pub fn cite(&self) -> String {
        match self.confidence {
            Some(c) => cite(&self.source, c, self.note.as_deref()),
            None => self.source.clone(),
        }
    }
}

/// Whether a figure cited as `provisional`, with `confidence` and `note`, carries a caveat
/// ([`Citation::needs_caveat`]).
fn needs_caveat(provisional: bool, confidence: Option<Confidence>, note: Option<&str>) -> bool {
    provisional
        || confidence.is_some_and(|c| c != Confidence::H)
        || note.is_some_and(|n| n.starts_with("Provisional"))
}

/// A part of the rules that can be cited: it has a source and a confidence.
pub trait Cite {
    /// Its citation.
    fn citation(&self) -> Citation;

    /// Whether a figure that uses it carries a caveat ([`Citation::needs_caveat`]), without
    /// building its citation where the type can tell.
    fn needs_caveat(&self) -> bool {
        self.citation().needs_caveat()
    }

    /// `source [confidence X] (note)`, as the JSON's explanations and the warnings cite it.
    fn cite(&self) -> String {
        self.citation().cite()
    }
}

/// [`Cite`] for a rules type that has the fields `source`, `confidence`, `note` and `note_nl`
/// (the form most rules files give a rule's provenance in).
macro_rules! cite_by_fields {
    ($t:ty) => {
        impl Cite for $t {
            fn citation(&self) -> Citation {
                citation(&self.source, self.confidence, self.note.as_deref())
                    .with_note_nl(self.note_nl.as_deref())
            }
        }
    };
}
pub(crate) use cite_by_fields;

impl Cite for Citation {
    fn citation(&self) -> Citation {
        self.clone()
    }
}

impl<T: Cite + ?Sized> Cite for &T {
    fn citation(&self) -> Citation {
        (**self).citation()
    }
    fn needs_caveat(&self) -> bool {
        (**self).needs_caveat()
    }
}

impl<U: Unit> Cite for Param<U> {
    fn needs_caveat(&self) -> bool {
        needs_caveat(
            self.provisional,
            Some(self.confidence),
            self.note.as_deref(),
        )
    }
    fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            confidence: Some(self.confidence),
            note: self.note.clone(),
            provisional: self.provisional,
            note_nl: self.note_nl.clone(),
            parameter: (!self.key.is_empty()).then(|| self.key.clone()),
            year: self.year,
            file: (!self.file.is_empty()).then(|| self.file.clone()),
        }
    }
}

/// A citation of `source` with `confidence` and `note`, not provisional.
pub fn citation(source: &str, confidence: Confidence, note: Option<&str>) -> Citation {
    Citation {
        source: source.to_string(),
        confidence: Some(confidence),
        note: note.map(str::to_string),
        provisional: false,
        note_nl: None,
        parameter: None,
        year: None,
        file: None,
    }
}

/// A text of the rules file (a note, a status) for the output: in Dutch its Dutch form when the
/// file gives one (`note_nl`, `status_nl`, `text_nl`), else the English text quoted in `frame`;
/// in English the English text.
pub fn rules_text(en: &str, nl: Option<&str>, frame: Msg) -> Text {
    match nl {
        Some(nl) => Text::new(
            Msg::RulesTextNl,
            vec![Arg::ByLang {
                nl: nl.to_string(),
                en: en.to_string(),
            }],
        ),
        None => Text::new(frame, vec![en.into()]),
    }
}

/// `source [confidence X] (note)`.
pub fn cite(source: &str, confidence: Confidence, note: Option<&str>) -> String {
    match note {
        Some(n) => format!("{source} [confidence {confidence}] ({n})"),
        None => format!("{source} [confidence {confidence}]"),
    }
}

/// A leegwaarderatio bracket: a yearly rent of more than `above_pct` and not more than `up_to_pct`
/// percent of the WOZ value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bracket {
    pub above_pct: Decimal,
    #[serde(default)]
    pub up_to_pct: Option<Decimal>,
    pub ratio_pct: Decimal,
}

/// An exception that sets the value to 100% of WOZ, and whether it exists in the year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    pub applies: bool,
    /// For a related-party tenant: the rent share of the WOZ value the law deems (art. 17a lid 3
    /// UBIB); absent means the ratio does not apply at all (100% of WOZ).
    #[serde(default)]
    pub deemed_rent_pct: Option<Decimal>,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
}

cite_by_fields!(Exception);

/// The leegwaarderatio table of a year (art. 17a Uitvoeringsbesluit inkomstenbelasting 2001).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeegwaarderatioRules {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch, shown with `--lang nl` (the English note, quoted, when absent).
    #[serde(default)]
    pub note_nl: Option<String>,
    pub brackets: Vec<Bracket>,
    pub temporary_contract: Exception,
    pub related_party: Exception,
    /// The amount the WOZ value is lowered by for a dwelling in a building not split into
    /// apartment rights (art. 17a lid 4 UBIB), when the year has that rule.
    #[serde(default)]
    pub unsplit_building_reduction: Option<Param<Eur>>,
    /// The source of the rule that a partly let dwelling applies the ratio to the let part only.
    #[serde(default)]
    pub partial_letting_source: Option<String>,
}

cite_by_fields!(LeegwaarderatioRules);

/// Box 3 parameters of a year (forfaitair rendement per category).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Box3Rules {
    pub heffingsvrij_vermogen: Param<Eur>,
    pub schuldendrempel: Param<Eur>,
    pub rendement_banktegoeden_pct: Param<Pct>,
    pub rendement_overige_bezittingen_pct: Param<Pct>,
    pub rendement_schulden_pct: Param<Pct>,
    pub tarief_pct: Param<Pct>,
    /// The exemption for green investments per person (art. 5.13 Wet IB 2001), when known.
    #[serde(default)]
    pub vrijstelling_groene_beleggingen: Option<Param<Eur>>,
}

impl Box3Rules {
    /// The parameters the forfaitair calculation reads for every household, with their names:
    /// the caveats of a year follow from these.
    pub fn used(&self) -> [(Msg, &dyn Cite); 6] {
        [
            (Msg::PHeffingsvrij, &self.heffingsvrij_vermogen),
            (Msg::PSchuldendrempel, &self.schuldendrempel),
            (Msg::PBank, &self.rendement_banktegoeden_pct),
            (Msg::POther, &self.rendement_overige_bezittingen_pct),
            (Msg::PDebts, &self.rendement_schulden_pct),
            (Msg::PTarief, &self.tarief_pct),
        ]
    }
}

/// Transfer tax rates of a year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverdrachtsbelastingRules {
    pub eigen_woning_pct: Param<Pct>,
    pub overige_woningen_pct: Param<Pct>,
    pub starter_cap: Param<Eur>,
}

/// Maximum yearly rent increase per segment: social from 1 July of the year; middle and free
/// sector for the calendar year (from 1 January).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HuurverhogingRules {
    pub social_pct: Param<Pct>,
    pub mid_pct: Param<Pct>,
    pub free_pct: Param<Pct>,
}

impl HuurverhogingRules {
    /// The parameter of the maximum increase for a rent segment.
    pub fn param(&self, segment: crate::model::Segment) -> &Param<Pct> {
        use crate::model::Segment;
        match segment {
            Segment::Social => &self.social_pct,
            Segment::Mid => &self.mid_pct,
            Segment::Free => &self.free_pct,
        }
    }

    /// The maximum increase for a rent segment, percent.
    pub fn for_segment(&self, segment: crate::model::Segment) -> Decimal {
        use crate::model::Segment;
        match segment {
            Segment::Social => self.social_pct.value,
            Segment::Mid => self.mid_pct.value,
            Segment::Free => self.free_pct.value,
        }
    }
}

/// The WWS (points system) parameters of a year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WwsRules {
    pub source: String,
    pub confidence: Confidence,
    /// Column of `data/wws-max-rent.csv` with this year's maximum rents.
    pub max_rent_column: String,
    pub social_max_points: u32,
    pub mid_max_points: u32,
    pub per_point_above_250: Decimal,
    pub woz_factor_1: Decimal,
    pub woz_factor_2: Decimal,
    pub woz_minimum: Decimal,
    pub woz_cap_share_pct: Decimal,
    pub woz_cap_applies_from_points: u32,
}

impl Cite for WwsRules {
    fn citation(&self) -> Citation {
        citation(&self.source, self.confidence, None)
    }
}

/// One rules file: the parameters in force for the years it names.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRules {
    pub years: Vec<i32>,
    /// The year's figures are not settled law yet (a bill, announced rates): the default tax year
    /// is never such a year, and every use of it carries a caveat.
    #[serde(default)]
    pub provisional: bool,
    /// What is and is not settled about the year, shown by `verhuurd rules`.
    #[serde(default)]
    pub status: Option<String>,
    /// The status in Dutch, shown with `--lang nl` (the English status, quoted, when absent).
    #[serde(default)]
    pub status_nl: Option<String>,
    pub leegwaarderatio: LeegwaarderatioRules,
    #[serde(default)]
    pub box3: Option<Box3Rules>,
    #[serde(default)]
    pub overdrachtsbelasting: Option<OverdrachtsbelastingRules>,
    #[serde(default)]
    pub huurverhoging: Option<HuurverhogingRules>,
    #[serde(default)]
    pub wws: Option<WwsRules>,
    /// The Box 3 regime from this year on (carried forward until a later year declares another);
    /// no year declaring one means [`Box3Regime::Forfaitair`].
    #[serde(default)]
    pub box3_regime: Option<Box3Regime>,
    /// The parameters of Box 3 on actual returns (bill 36 748), for years of that regime.
    #[serde(default)]
    pub werkelijk_rendement: Option<werkelijk_rendement::Rules>,
    /// Where these rules came from (a built-in file or a `--rules` file); set on loading.
    #[serde(skip)]
    pub origin: String,
    /// The built-in file of the year, when it has one; set on loading.
    #[serde(skip)]
    pub built_in: Option<String>,
    /// The what-if files (`--rules`) merged over the year, in order; set on loading.
    #[serde(skip)]
    pub what_if: Vec<String>,
}

/// How Box 3 taxes a year: the forfaitair rendement (to 2027) or the actual return (the bill
/// Wet werkelijk rendement box 3, intended from 2028).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Box3Regime {
    Forfaitair,
    WerkelijkRendement,
}

impl Box3Regime {
    /// The word used in the rules files and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Box3Regime::Forfaitair => "forfaitair",
            Box3Regime::WerkelijkRendement => "werkelijk_rendement",
        }
    }
}

/// A low–high band of percentages with its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub low_pct: Decimal,
    pub high_pct: Decimal,
    pub source: String,
    pub confidence: Confidence,
}

impl Cite for Band {
    fn citation(&self) -> Citation {
        citation(&self.source, self.confidence, None)
    }
}

/// Market discounts of a tenanted sale against the vacant value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscountBands {
    pub free: Band,
    pub mid: Band,
    pub social: Band,
    pub outside_randstad: Band,
    pub to_tenant: Band,
}

/// Market conventions (not law): defaults a property file can override.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketRules {
    pub discount_band: DiscountBands,
    pub required_gross_yield_pct: Param,
    pub other_buyer_costs_pct: Param,
    pub turnover_pct: Param,
    pub discount_rate_pct: Param,
    pub dcf_horizon_years: Param,
    pub value_growth_pct: Param,
    pub rent_growth_pct: Param,
    pub selling_costs_pct: Param,
    pub plan_years: Param,
    pub eviction_legal_costs: Param,
    pub eviction_delay_months: Param,
    pub band_tolerance_pct: Param,
    /// The subsidy deducted from a label upgrade's cost.
    pub energy_upgrade_subsidy: Param,
    /// The range searched for the break-even value growth, percent per year.
    pub break_even_low_pct: Param,
    pub break_even_high_pct: Param,
    /// The stress scenarios' sizes: interest up by this many points, this many months vacant.
    pub stress_interest_points: Param,
    pub stress_vacancy_months: Param,
}

/// Points per energy label for single-family (EGW) and multi-family (MGW) dwellings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelPoints {
    pub label: String,
    pub house: Decimal,
    pub apartment: Decimal,
}

/// The points components used for a WWS estimate, with the assumptions for what the input lacks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WwsPointsRules {
    pub source: String,
    pub confidence: Confidence,
    pub points_per_m2_rooms: Decimal,
    pub assumed_room_share_pct: Decimal,
    pub assumed_kitchen: Decimal,
    pub assumed_sanitary_apartment_small: Decimal,
    pub assumed_sanitary: Decimal,
    pub small_dwelling_m2: Decimal,
    pub heating_per_room: Decimal,
    pub assumed_m2_per_room: Decimal,
    pub assumed_outdoor_apartment: Decimal,
    pub assumed_outdoor_house: Decimal,
    pub labels: Vec<LabelPoints>,
}

/// Thresholds for the checks that produce warnings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRules {
    pub energy_label_deadline: String,
    pub energy_label_minimum: String,
    pub energy_label_source: Cited,
    pub micro_min_m2: Decimal,
    pub micro_max_m2: Decimal,
    pub micro_source: Cited,
    pub fiscal_value_margin_pct: Decimal,
    pub fiscal_value_source: Cited,
    /// The default cost of a label upgrade, per m² and label step.
    pub upgrade_cost: UpgradeCostRules,
}

impl CheckRules {
    /// The year of the energy-label deadline (`1 January 2029` → 2029): a let dwelling must
    /// have reached the minimum label before 1 January of it.
    pub fn energy_label_deadline_year(&self) -> Option<i32> {
        self.energy_label_deadline
            .split_whitespace()
            .last()
            .and_then(|y| y.parse().ok())
    }
}

/// The cost of reaching label `to` from label `from`, euros per m² of gebruiksoppervlakte.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeStep {
    pub from: String,
    pub to: String,
    pub value: Decimal,
}

/// The default cost of a label upgrade when there is no quote (`data/checks.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeCostRules {
    pub source: String,
    pub confidence: Confidence,
    /// The price level of the figures.
    pub price_year: i32,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    pub per_m2: Vec<UpgradeStep>,
}

cite_by_fields!(UpgradeCostRules);

impl UpgradeCostRules {
    /// Euros per m² from label `from` to label `to`, when the matrix has the step.
    pub fn per_m2(&self, from: &str, to: &str) -> Option<Decimal> {
        self.per_m2
            .iter()
            .find(|s| s.from == from && s.to == to)
            .map(|s| s.value)
    }

    /// The matrix's cost of going from label `from` to `to` for `surface_m2` m², less
    /// `subsidy` (never below zero): the one formula of the default cost of an upgrade. `None`
    /// when the matrix has no such step.
    pub fn cost(
        &self,
        from: &str,
        to: &str,
        surface_m2: Decimal,
        subsidy: Decimal,
    ) -> Option<MatrixCost> {
        let per_m2 = self.per_m2(from, to)?;
        let gross = crate::money::round_cents(per_m2 * surface_m2);
        let subsidy = subsidy.min(gross);
        Some(MatrixCost {
            per_m2,
            gross,
            subsidy,
            net: gross - subsidy,
        })
    }
}

/// The cost of an upgrade by the matrix ([`UpgradeCostRules::cost`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatrixCost {
    /// Euros per m² for the step.
    pub per_m2: Decimal,
    /// Per m² × the surface, in cents.
    pub gross: Decimal,
    /// The subsidy deducted (at most `gross`).
    pub subsidy: Decimal,
    /// What the landlord pays: `gross` − `subsidy`.
    pub net: Decimal,
}

/// The source of a rule that has no value of its own in the rules files (a check's threshold
/// set elsewhere, a rule of law), with its confidence and note.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Dutch.
    #[serde(default)]
    pub note_nl: Option<String>,
}

cite_by_fields!(Cited);

/// The WWS maximum rent per point for each year's table.
#[derive(Debug, Clone, Default)]
pub struct WwsTable {
    /// column name → (points → maximum rent), points 40..=250.
    pub columns: BTreeMap<String, BTreeMap<u32, Decimal>>,
}

/// A section of the rules taken from a year, which may not be the year asked for.
#[derive(Debug, Clone, Copy)]
pub struct Carried<'a, T> {
    pub rules: &'a T,
    /// The year whose rules were used.
    pub from_year: i32,
    /// True when that is not the year asked for.
    pub carried: bool,
}

/// All rules: per year, the market conventions and the WWS tables.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// The rules of each year, as loaded (the lookups by year read a table resolved from them
    /// on loading: changed afterwards, they would not see the change).
    pub years: BTreeMap<i32, Arc<YearRules>>,
    pub market: MarketRules,
    pub wws_table: WwsTable,
    pub wws_points: WwsPointsRules,
    /// The WWS rubriek by rubriek (`data/wws-stelsel.toml`).
    pub wws_stelsel: wws::StelselRules,
    /// The WWS for a room (`data/wws-kamers.toml`).
    pub wws_kamers: wws::RoomRules,
    pub checks: CheckRules,
    /// The building rules per regime (`data/bbl.toml`).
    pub bbl: bbl::BblRules,
    /// The Handboek modelmatig waarderen marktwaarde per edition (`data/handboek.toml`).
    pub handboek: handboek::HandboekRules,
    pub sources: BTreeMap<String, String>,
    /// The what-if files merged over the built-in rules, `(name, text)`, kept to load the
    /// built-in scenarios over them.
    overrides: Vec<(String, String)>,
    /// The built-in scenarios over these rules, loaded when first asked for.
    scenarios: std::sync::OnceLock<Vec<WhatIfScenario>>,
    /// Which year's sections each year has, resolved once on loading from `years`.
    by_year: ByYear,
}

/// The rules a year has, resolved once on loading ([`ByYear::new`]) by the lookups that define
/// them ([`RuleSet::section`], [`RuleSet::find_box3_regime`], [`RuleSet::find_werkelijk_rendement`]),
/// so that a plan's many years find their rules by an index.
#[derive(Debug, Clone, Default)]
struct ByYear {
    /// The year of the first entry: the year before the first year of the rules.
    first: i32,
    /// Per year from `first` to the year after the last year of the rules (an earlier year has
    /// the rules of `first`, a later one those of the last entry).
    entries: Vec<Resolved>,
    /// The years of the rules in order, with their rules: what an entry's indices point at.
    list: Vec<(i32, Arc<YearRules>)>,
    /// The first year of Box 3 on actual returns, if any.
    werkelijk_rendement_from: Option<i32>,
}

/// The sections of one year: for each, the index in [`ByYear::list`] of the year it is taken
/// from.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    box3: Option<usize>,
    leegwaarderatio: Option<usize>,
    overdrachtsbelasting: Option<usize>,
    huurverhoging: Option<usize>,
    wws: Option<usize>,
    box3_regime: (Box3Regime, Option<i32>),
    werkelijk_rendement: Option<usize>,
}

impl ByYear {
    /// The table of `rules` (whose `by_year` is not used).
    fn new(rules: &RuleSet) -> ByYear {
        let list: Vec<(i32, Arc<YearRules>)> =
            rules.years.iter().map(|(y, r)| (*y, r.clone())).collect();
        let (Some(&(first, _)), Some(&(last, _))) = (list.first(), list.last()) else {
            return ByYear::default();
        };
        let index = |year: i32| list.iter().position(|(y, _)| *y == year);
        // The index of the year a section of `year` is taken from.
        fn from<T>(
            rules: &RuleSet,
            index: impl Fn(i32) -> Option<usize>,
            year: i32,
            get: impl Fn(&YearRules) -> Option<&T>,
        ) -> Option<usize> {
            rules.section(year, get).and_then(|c| index(c.from_year))
        }
        let entries = (first - 1..=last + 1)
            .map(|y| Resolved {
                box3: from(rules, index, y, |r| r.box3.as_ref()),
                leegwaarderatio: from(rules, index, y, |r| Some(&r.leegwaarderatio)),
                overdrachtsbelasting: from(rules, index, y, |r| r.overdrachtsbelasting.as_ref()),
                huurverhoging: from(rules, index, y, |r| r.huurverhoging.as_ref()),
                wws: from(rules, index, y, |r| r.wws.as_ref()),
                box3_regime: rules.find_box3_regime(y),
                werkelijk_rendement: rules.find_werkelijk_rendement(y).and_then(index),
            })
            .collect();
        let werkelijk_rendement_from = rules
            .years
            .iter()
            .find(|(_, r)| r.box3_regime == Some(Box3Regime::WerkelijkRendement))
            .map(|(y, _)| *y);
        ByYear {
            first: first - 1,
            entries,
            list,
            werkelijk_rendement_from,
        }
    }

    /// The entry of `year`, `None` when the rules have no years.
    fn of(&self, year: i32) -> Option<&Resolved> {
        let last = self.entries.len().checked_sub(1)?;
        let t = usize::try_from(year.saturating_sub(self.first)).unwrap_or(0);
        self.entries.get(t.min(last))
    }

    /// The section `get` of the year at `index`, as taken for `year`.
    fn carried<T>(
        &self,
        year: i32,
        index: Option<usize>,
        get: impl Fn(&YearRules) -> Option<&T>,
    ) -> Option<Carried<'_, T>> {
        let (from_year, r) = self.list.get(index?)?;
        Some(Carried {
            rules: get(r)?,
            from_year: *from_year,
            carried: *from_year != year,
        })
    }
}

/// A built-in what-if file over the rules in use, for years whose figures are provisional.
#[derive(Debug, Clone)]
pub struct WhatIfScenario {
    /// The file, e.g. `data/scenarios/2027-kabinet-september-2026.toml`.
    pub file: &'static str,
    /// Its name: the file's stem.
    pub name: &'static str,
    /// The years it changes.
    pub years: Vec<i32>,
    /// Whether every year it changes is one of Box 3 on actual returns (so only the bill future
    /// changes).
    pub bill_only: bool,
    /// The rules in use with the file merged over them.
    pub rules: RuleSet,
}

/// The name of a scenario file: its stem.
pub fn scenario_name(file: &str) -> &str {
    let stem = file.rsplit('/').next().unwrap_or(file);
    stem.strip_suffix(".toml").unwrap_or(stem)
}

#[derive(Deserialize)]
struct SourcesFile {
    sources: BTreeMap<String, String>,
}

fn parse_table(name: &str, text: &str) -> Result<toml::Table, RulesError> {
    text.parse::<toml::Table>().map_err(|e| {
        let file = match e.span() {
            Some(span) => {
                let at = crate::input::toml_source::LineIndex::new(text)
                    .locate(&std::sync::Arc::from(name), span.start);
                at.to_string()
            }
            None => name.to_string(),
        };
        RulesError::Parse {
            file,
            message: Text::new(
                Msg::ENotToml,
                vec![crate::i18n::library::toml_message(&e.message().replace('\n', " ")).into()],
            ),
        }
    })
}

/// Stamp every parameter under `table` (a table with a `value` and a `source`: a [`Param`])
/// with where it stands: its key (the dotted path from the top of its file, `path` the path of
/// `table` itself), the file it is read from and, for a file of tax years, the year. The one
/// place a parameter learns where it comes from, so that every citation of it names it.
pub(crate) fn stamp(table: &mut toml::Table, path: &str, file: &str, year: Option<i32>) {
    for (k, v) in table.iter_mut() {
        let toml::Value::Table(t) = v else { continue };
        let key = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        if t.contains_key("value") && t.contains_key("source") {
            t.insert(STAMP_FILE.into(), toml::Value::String(file.to_string()));
            match year {
                Some(y) => t.insert(STAMP_YEAR.into(), toml::Value::Integer(y.into())),
                None => t.remove(STAMP_YEAR),
            };
            t.insert(STAMP_KEY.into(), toml::Value::String(key));
        } else {
            stamp(t, &key, file, year);
        }
    }
}

fn from_table<T: serde::de::DeserializeOwned>(
    name: &str,
    table: toml::Table,
) -> Result<T, RulesError> {
    toml::Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| RulesError::Parse {
            file: name.to_string(),
            message: crate::i18n::library::serde_message(e.message()),
        })
}

/// Merge `over` into `base`: a table in `over` with its own `source` replaces the one in `base`;
/// other tables merge key by key. A table that sets values must bring its own `source`, so that a
/// what-if figure is never shown with the source of the figure it replaced. `path` names the
/// table for messages (empty at the top).
fn merge(
    base: &mut toml::Table,
    over: toml::Table,
    path: &str,
    file: &str,
) -> Result<(), RulesError> {
    let sets_values = over.values().any(|v| !v.is_table());
    if !path.is_empty() && sets_values && !over.contains_key("source") {
        return Err(RulesError::Invalid {
            file: file.to_string(),
            message: Text::new(Msg::ERulesNoSource, vec![path.into()]),
        });
    }
    for (k, v) in over {
        let sub = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) if !o.contains_key("source") => {
                merge(b, o, &sub, file)?
            }
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
    Ok(())
}

fn years_of(name: &str, table: &toml::Table) -> Result<Vec<i32>, RulesError> {
    let bad = || RulesError::Parse {
        file: name.to_string(),
        message: Text::new(Msg::ERulesYears, vec![]),
    };
    let arr = table
        .get("years")
        .and_then(|v| v.as_array())
        .ok_or_else(bad)?;
    let years: Option<Vec<i32>> = arr
        .iter()
        .map(|v| v.as_integer().and_then(|i| i32::try_from(i).ok()))
        .collect();
    match years {
        Some(y) if !y.is_empty() => Ok(y),
        _ => Err(bad()),
    }
}

fn parse_wws_table(text: &str) -> Result<WwsTable, RulesError> {
    let err = |m: Text| RulesError::Parse {
        file: "data/wws-max-rent.csv".into(),
        message: m,
    };
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| err(e.to_string().into()))?
        .clone();
    let mut table = WwsTable::default();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| err(e.to_string().into()))?;
        let points: u32 = rec[0]
            .parse()
            .map_err(|_| err(Text::new(Msg::ERulesBadPoints, vec![rec[0].into()])))?;
        for (i, h) in headers.iter().enumerate().skip(1) {
            let v: Decimal = rec[i]
                .parse()
                .map_err(|_| err(Text::new(Msg::ERulesBadRent, vec![rec[i].into()])))?;
            table
                .columns
                .entry(h.to_string())
                .or_default()
                .insert(points, v);
        }
    }
    Ok(table)
}

/// The `(name, text)` files that set `year`'s rules, in the order a key of the year is looked up
/// in: the what-if files naming the year, the last first, then the built-in file of the year.
fn files_of_year<'a>(
    year: i32,
    overrides: &'a [(&'a str, &'a str)],
) -> impl Iterator<Item = (&'a str, &'a str)> {
    let names_year = move |(_, text): &(&str, &str)| {
        parse_table("", text)
            .ok()
            .and_then(|t| years_of("", &t).ok())
            .is_some_and(|ys| ys.contains(&year))
    };
    overrides
        .iter()
        .rev()
        .copied()
        .filter(names_year)
        .chain(BUILT_IN_YEARS.iter().copied().filter(names_year))
}

/// The error for a parameter of `year` out of range, at the file and line that set it: the last
/// what-if file naming the year that has the key, else the built-in file of the year.
fn breach_error(year: i32, path: &str, message: Text, overrides: &[(&str, &str)]) -> RulesError {
    let place = files_of_year(year, overrides)
        .find_map(|(name, text)| line_of(text, path).map(|line| format!("{name}:{line}")))
        .or_else(|| overrides.last().map(|(name, _)| name.to_string()))
        .unwrap_or_else(|| "built-in rules".to_string());
    RulesError::Invalid {
        file: place,
        message: Text::new(
            Msg::ERulesBreach,
            vec![year.into(), path.into(), message.into()],
        ),
    }
}

impl RuleSet {
    /// The built-in rules.
    pub fn built_in() -> Result<RuleSet, RulesError> {
        RuleSet::load(&[])
    }

    /// The built-in rules with what-if files merged over them (see the module documentation).
    pub fn with_overrides(files: &[&Path]) -> Result<RuleSet, RulesError> {
        let mut texts = Vec::new();
        for f in files {
            if let Some((name, text)) = built_in_scenario(f) {
                texts.push((name.to_string(), text.to_string()));
                continue;
            }
            let text = std::fs::read_to_string(f).map_err(|e| RulesError::Read {
                file: f.display().to_string(),
                message: crate::i18n::library::io_error(&e),
            })?;
            texts.push((f.display().to_string(), text));
        }
        let refs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        RuleSet::load(&refs)
    }

    /// Load the built-in rules and merge the given `(name, text)` what-if files over them.
    pub fn load(overrides: &[(&str, &str)]) -> Result<RuleSet, RulesError> {
        let mut raw: BTreeMap<i32, (String, toml::Table)> = BTreeMap::new();
        let mut built_in: BTreeMap<i32, String> = BTreeMap::new();
        for (name, text) in BUILT_IN_YEARS {
            let t = parse_table(name, text)?;
            for y in years_of(name, &t)? {
                let mut t = t.clone();
                t.insert(
                    "years".into(),
                    toml::Value::Array(vec![toml::Value::Integer(y.into())]),
                );
                stamp(&mut t, "", name, Some(y));
                // A built-in year that declares no leegwaarderatio table (a later regime year)
                // uses that of the latest earlier year.
                if !t.contains_key("leegwaarderatio")
                    && let Some(l) = raw
                        .range(..y)
                        .next_back()
                        .and_then(|(_, (_, prev))| prev.get("leegwaarderatio"))
                {
                    t.insert("leegwaarderatio".into(), l.clone());
                }
                raw.insert(y, (format!("built-in {name}"), t));
                built_in.insert(y, name.to_string());
            }
        }
        // The what-if files that change each year: the files an error in that year names.
        let mut what_if: BTreeMap<i32, Vec<&str>> = BTreeMap::new();
        for (name, text) in overrides {
            let t = parse_table(name, text)?;
            for y in years_of(name, &t)? {
                what_if.entry(y).or_default().push(name);
                let mut over = t.clone();
                over.insert(
                    "years".into(),
                    toml::Value::Array(vec![toml::Value::Integer(y.into())]),
                );
                stamp(&mut over, "", name, Some(y));
                match raw.get_mut(&y) {
                    Some((origin, base)) => {
                        merge(base, over, "", name)?;
                        *origin = format!("{origin} with what-if {name}");
                    }
                    None => {
                        raw.insert(y, (format!("what-if {name}"), over));
                    }
                }
            }
        }
        let mut years = BTreeMap::new();
        for (y, (origin, table)) in raw {
            let shown = match what_if.get(&y) {
                Some(names) => format!("{} ({y})", names.join(", ")),
                None => origin.clone(),
            };
            let mut r: YearRules =
                from_table(&shown, table).map_err(|e| locate_unknown_field(e, y, overrides))?;
            r.origin = origin;
            r.built_in = built_in.remove(&y);
            r.what_if = what_if
                .get(&y)
                .map(|names| names.iter().map(|n| n.to_string()).collect())
                .unwrap_or_default();
            if let Err((path, message)) = validate_year(y, &r) {
                return Err(breach_error(y, &path, message, overrides));
            }
            years.insert(y, Arc::new(r));
        }
        let mut market = parse_table("data/market.toml", MARKET)?;
        stamp(&mut market, "", "data/market.toml", None);
        let market: MarketRules = from_table("data/market.toml", market)?;
        let sources: SourcesFile = from_table(
            "data/sources.toml",
            parse_table("data/sources.toml", SOURCES)?,
        )?;
        let wws_points: WwsPointsRules = from_table(
            "data/wws-points.toml",
            parse_table("data/wws-points.toml", WWS_POINTS)?,
        )?;
        let wws_stelsel: wws::StelselRules = from_table(
            "data/wws-stelsel.toml",
            parse_table("data/wws-stelsel.toml", WWS_STELSEL)?,
        )?;
        wws_stelsel
            .validate()
            .map_err(|message| RulesError::Invalid {
                file: "data/wws-stelsel.toml".into(),
                message: message.into(),
            })?;
        let wws_kamers: wws::RoomRules = from_table(
            "data/wws-kamers.toml",
            parse_table("data/wws-kamers.toml", WWS_KAMERS)?,
        )?;
        let wws_kamers = wws_kamers
            .with_tables(WWS_KAMERS_MAX_RENT, WWS_COROP)
            .map_err(|message| RulesError::Invalid {
                file: "data/wws-kamers.toml".into(),
                message: message.into(),
            })?;
        let checks: CheckRules =
            from_table("data/checks.toml", parse_table("data/checks.toml", CHECKS)?)?;
        let bbl: bbl::BblRules = from_table("data/bbl.toml", parse_table("data/bbl.toml", BBL)?)?;
        bbl.validate().map_err(|message| RulesError::Invalid {
            file: "data/bbl.toml".into(),
            message: message.into(),
        })?;
        let handboek: handboek::HandboekRules = from_table(
            "data/handboek.toml",
            parse_table("data/handboek.toml", HANDBOEK)?,
        )?;
        handboek.validate().map_err(|message| RulesError::Invalid {
            file: "data/handboek.toml".into(),
            message: message.into(),
        })?;
        let wws_table = parse_wws_table(WWS_MAX_RENT)?;
        for r in years.values() {
            if let Some(w) = &r.wws
                && !wws_table.columns.contains_key(&w.max_rent_column)
            {
                return Err(RulesError::Invalid {
                    file: r.origin.clone(),
                    message: Text::new(Msg::RMaxRentColumn, vec![w.max_rent_column.clone().into()]),
                });
            }
        }
        Ok(RuleSet {
            years,
            market,
            wws_table,
            wws_points,
            wws_stelsel,
            wws_kamers,
            checks,
            bbl,
            handboek,
            sources: sources.sources,
            overrides: overrides
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            scenarios: std::sync::OnceLock::new(),
            by_year: ByYear::default(),
        }
        .resolved())
    }

    /// These rules with the sections of each year resolved ([`ByYear`]).
    fn resolved(mut self) -> RuleSet {
        self.by_year = ByYear::new(&self);
        self
    }

    /// The built-in scenarios (`data/scenarios/`) that apply over these rules: those whose years
    /// all have provisional figures here (a year marked provisional, or one of Box 3 on actual
    /// returns, a bill) and that no what-if file in use already changes. Each carries these
    /// rules with the scenario merged over them.
    pub fn what_if_scenarios(&self) -> &[WhatIfScenario] {
        self.scenarios.get_or_init(|| {
            BUILT_IN_SCENARIOS
                .iter()
                .filter_map(|&(file, text)| {
                    let years = parse_table(file, text)
                        .ok()
                        .and_then(|t| years_of(file, &t).ok())?;
                    let open = |y: &i32| {
                        self.year(*y).is_some_and(|r| {
                            r.what_if.is_empty()
                                && (r.provisional
                                    || self.box3_regime(*y).0 == Box3Regime::WerkelijkRendement)
                        })
                    };
                    if years.is_empty() || !years.iter().all(open) {
                        return None;
                    }
                    let bill_only = years
                        .iter()
                        .all(|y| self.box3_regime(*y).0 == Box3Regime::WerkelijkRendement);
                    let mut files: Vec<(&str, &str)> = self
                        .overrides
                        .iter()
                        .map(|(a, b)| (a.as_str(), b.as_str()))
                        .collect();
                    files.push((file, text));
                    let rules = RuleSet::load(&files).ok()?;
                    Some(WhatIfScenario {
                        file,
                        name: scenario_name(file),
                        years,
                        bill_only,
                        rules,
                    })
                })
                .collect()
        })
    }

    /// The rules of `year`, when that year is defined.
    pub fn year(&self, year: i32) -> Option<&YearRules> {
        self.years.get(&year).map(|a| a.as_ref())
    }

    /// The default tax year: the latest year with Box 3 rules that are not provisional (or the
    /// latest year with Box 3 rules when all are).
    pub fn latest_year(&self) -> i32 {
        self.years
            .iter()
            .rev()
            .find(|(_, r)| r.box3.is_some() && !r.provisional)
            .map(|(y, _)| *y)
            .or_else(|| self.box3_years().last().copied())
            .unwrap_or(0)
    }

    /// The years for which Box 3 can be computed.
    pub fn box3_years(&self) -> Vec<i32> {
        self.years
            .iter()
            .filter(|(_, r)| r.box3.is_some())
            .map(|(y, _)| *y)
            .collect()
    }

    /// A section of the rules for `year`, from that year when it has it, else from the latest
    /// earlier year that has it (rules carried forward), else from the earliest later one.
    pub fn section<T>(
        &self,
        year: i32,
        get: impl Fn(&YearRules) -> Option<&T>,
    ) -> Option<Carried<'_, T>> {
        if let Some(t) = self.years.get(&year).and_then(|r| get(r)) {
            return Some(Carried {
                rules: t,
                from_year: year,
                carried: false,
            });
        }
        let earlier = self
            .years
            .range(..year)
            .rev()
            .find_map(|(y, r)| get(r).map(|t| (*y, t)));
        let found = earlier.or_else(|| {
            self.years
                .range(year..)
                .find_map(|(y, r)| get(r).map(|t| (*y, t)))
        });
        found.map(|(y, t)| Carried {
            rules: t,
            from_year: y,
            carried: true,
        })
    }

    /// Box 3 rules for `year`, carried from the nearest year when `year` has none.
    pub fn box3(&self, year: i32) -> Option<Carried<'_, Box3Rules>> {
        let e = self.by_year.of(year)?;
        self.by_year.carried(year, e.box3, |r| r.box3.as_ref())
    }

    /// Leegwaarderatio rules for `year`, carried from the nearest year when `year` has none.
    pub fn leegwaarderatio(&self, year: i32) -> Option<Carried<'_, LeegwaarderatioRules>> {
        let e = self.by_year.of(year)?;
        self.by_year
            .carried(year, e.leegwaarderatio, |r| Some(&r.leegwaarderatio))
    }

    /// Transfer tax for `year`, carried from the nearest year when `year` has none.
    pub fn overdrachtsbelasting(
        &self,
        year: i32,
    ) -> Option<Carried<'_, OverdrachtsbelastingRules>> {
        let e = self.by_year.of(year)?;
        self.by_year.carried(year, e.overdrachtsbelasting, |r| {
            r.overdrachtsbelasting.as_ref()
        })
    }

    /// Maximum rent increases for `year`, carried from the nearest year when `year` has none.
    pub fn huurverhoging(&self, year: i32) -> Option<Carried<'_, HuurverhogingRules>> {
        let e = self.by_year.of(year)?;
        self.by_year
            .carried(year, e.huurverhoging, |r| r.huurverhoging.as_ref())
    }

    /// The Box 3 regime of `year`: that declared by the year or the latest earlier year that
    /// declares one, with the year it was declared; forfaitair when none does.
    pub fn box3_regime(&self, year: i32) -> (Box3Regime, Option<i32>) {
        self.by_year
            .of(year)
            .map_or((Box3Regime::Forfaitair, None), |e| e.box3_regime)
    }

    /// [`RuleSet::box3_regime`] looked up in the years (on loading, [`ByYear`]).
    fn find_box3_regime(&self, year: i32) -> (Box3Regime, Option<i32>) {
        self.years
            .range(..=year)
            .rev()
            .find_map(|(y, r)| r.box3_regime.map(|g| (g, Some(*y))))
            .unwrap_or((Box3Regime::Forfaitair, None))
    }

    /// The parameters of Box 3 on actual returns for `year` when that year falls under that
    /// regime (from the year declaring it, or the latest earlier year with them).
    pub fn werkelijk_rendement(&self, year: i32) -> Option<&werkelijk_rendement::Rules> {
        let e = self.by_year.of(year)?;
        self.by_year
            .carried(year, e.werkelijk_rendement, |r| {
                r.werkelijk_rendement.as_ref()
            })
            .map(|c| c.rules)
    }

    /// The year whose parameters [`RuleSet::werkelijk_rendement`] gives for `year`, looked up
    /// in the years (on loading, [`ByYear`]).
    fn find_werkelijk_rendement(&self, year: i32) -> Option<i32> {
        if self.find_box3_regime(year).0 != Box3Regime::WerkelijkRendement {
            return None;
        }
        self.years
            .range(..=year)
            .rev()
            .find_map(|(y, r)| r.werkelijk_rendement.as_ref().map(|_| *y))
    }

    /// The first year of Box 3 on actual returns in the rules, if any.
    pub fn werkelijk_rendement_from(&self) -> Option<i32> {
        self.by_year.werkelijk_rendement_from
    }

    /// WWS parameters for `year`, carried from the nearest year when `year` has none.
    pub fn wws(&self, year: i32) -> Option<Carried<'_, WwsRules>> {
        let e = self.by_year.of(year)?;
        self.by_year.carried(year, e.wws, |r| r.wws.as_ref())
    }

    /// The maximum rent table named by a year's WWS rules.
    pub fn wws_column(&self, column: &str) -> Option<&BTreeMap<u32, Decimal>> {
        self.wws_table.columns.get(column)
    }
}

/// A rules parameter out of its range: the dotted key path (`wws.woz_factor_1`,
/// `leegwaarderatio.brackets[2].up_to_pct`) and what is wrong with it.
type Breach = (String, Text);

/// The largest amount a rules parameter may hold (the same bound as a property's amounts).
const MAX_RULES_AMOUNT: Decimal = crate::units::MAX_AMOUNT;

/// `value` must lie in `lo..=hi` (with `lo` itself excluded when `lo_open`).
fn range(
    path: &str,
    value: Decimal,
    lo: Decimal,
    lo_open: bool,
    hi: Decimal,
) -> Result<(), Breach> {
    if value > hi || value < lo || (lo_open && value == lo) {
        return Err((
            path.to_string(),
            Text::new(
                if lo_open {
                    Msg::RRangeMoreThan
                } else {
                    Msg::RRangeAtLeast
                },
                vec![
                    value.to_string().into(),
                    lo.to_string().into(),
                    hi.to_string().into(),
                ],
            ),
        ));
    }
    Ok(())
}

/// A percentage from 0 to 100.
fn pct(path: &str, value: Decimal) -> Result<(), Breach> {
    range(path, value, Decimal::ZERO, false, crate::money::HUNDRED)
}

/// An amount from 0 to 10^12 euros.
fn amount(path: &str, value: Decimal) -> Result<(), Breach> {
    range(path, value, Decimal::ZERO, false, MAX_RULES_AMOUNT)
}

/// Check every parameter of a year's rules against its range: rates are percentages from 0 to
/// 100, amounts from 0 to 10^12, the leegwaarderatio brackets start at 0% and follow each other
/// in order without gaps, with ratios in (0, 100] that do not fall as the rent rises; the WWS
/// social points limit is at most the middle one, its WOZ factors are at least 1 and its WOZ cap
/// share lies strictly between 0 and 100. A what-if file is held to the same ranges as the
/// built-in files, so no what-if can make a calculation divide by zero or overflow.
fn validate_year(year: i32, r: &YearRules) -> Result<(), Breach> {
    let years = i64::from(year);
    if !(crate::model::YEAR_MIN..=crate::model::YEAR_MAX).contains(&years) {
        return Err((
            "years".into(),
            Text::new(
                Msg::RYear,
                vec![
                    year.to_string().into(),
                    crate::model::YEAR_MIN.to_string().into(),
                    crate::model::YEAR_MAX.to_string().into(),
                ],
            ),
        ));
    }
    let b = &r.leegwaarderatio.brackets;
    let at = |i: usize, k: &str| format!("leegwaarderatio.brackets[{i}].{k}");
    if b.is_empty() {
        return Err((
            "leegwaarderatio.brackets".into(),
            Text::new(Msg::REmpty, vec![]),
        ));
    }
    if !b[0].above_pct.is_zero() {
        return Err((at(0, "above_pct"), Text::new(Msg::RFirstBracket, vec![])));
    }
    for (i, x) in b.iter().enumerate() {
        range(
            &at(i, "ratio_pct"),
            x.ratio_pct,
            Decimal::ZERO,
            true,
            crate::money::HUNDRED,
        )?;
        range(
            &at(i, "above_pct"),
            x.above_pct,
            Decimal::ZERO,
            false,
            MAX_RULES_AMOUNT,
        )?;
        if let Some(u) = x.up_to_pct
            && u <= x.above_pct
        {
            return Err((
                at(i, "up_to_pct"),
                Text::new(
                    Msg::RNotRising,
                    vec![u.to_string().into(), x.above_pct.to_string().into()],
                ),
            ));
        }
    }
    for (i, w) in b.windows(2).enumerate() {
        if w[0].up_to_pct != Some(w[1].above_pct) {
            return Err((
                at(i + 1, "above_pct"),
                Text::new(
                    Msg::RGap,
                    vec![
                        w[0].up_to_pct
                            .map_or(Text::new(Msg::RNoBound, vec![]).into(), |u| {
                                u.to_string().into()
                            }),
                        w[1].above_pct.to_string().into(),
                    ],
                ),
            ));
        }
        if w[1].ratio_pct < w[0].ratio_pct {
            return Err((at(i + 1, "ratio_pct"), Text::new(Msg::RFalling, vec![])));
        }
    }
    if b.last().and_then(|l| l.up_to_pct).is_some() {
        return Err((
            at(b.len() - 1, "up_to_pct"),
            Text::new(Msg::RLastBracket, vec![]),
        ));
    }
    let l = &r.leegwaarderatio;
    for (name, e) in [
        ("temporary_contract", &l.temporary_contract),
        ("related_party", &l.related_party),
    ] {
        if let Some(d) = e.deemed_rent_pct {
            pct(&format!("leegwaarderatio.{name}.deemed_rent_pct"), d)?;
        }
    }
    // Every parameter within the bounds of its unit.
    if let Some(u) = &l.unsplit_building_reduction {
        u.check("leegwaarderatio.unsplit_building_reduction.value")?;
    }
    if let Some(b3) = &r.box3 {
        if let Some(g) = &b3.vrijstelling_groene_beleggingen {
            g.check("box3.vrijstelling_groene_beleggingen.value")?;
        }
        b3.heffingsvrij_vermogen
            .check("box3.heffingsvrij_vermogen.value")?;
        b3.schuldendrempel.check("box3.schuldendrempel.value")?;
        for (name, p) in [
            ("rendement_banktegoeden_pct", &b3.rendement_banktegoeden_pct),
            (
                "rendement_overige_bezittingen_pct",
                &b3.rendement_overige_bezittingen_pct,
            ),
            ("rendement_schulden_pct", &b3.rendement_schulden_pct),
            ("tarief_pct", &b3.tarief_pct),
        ] {
            p.check(&format!("box3.{name}.value"))?;
        }
    }
    if let Some(o) = &r.overdrachtsbelasting {
        o.eigen_woning_pct
            .check("overdrachtsbelasting.eigen_woning_pct.value")?;
        o.overige_woningen_pct
            .check("overdrachtsbelasting.overige_woningen_pct.value")?;
        o.starter_cap
            .check("overdrachtsbelasting.starter_cap.value")?;
    }
    if let Some(h) = &r.huurverhoging {
        // A maximum increase is not negative: a rent that must fall is not a maximum increase.
        h.social_pct.check("huurverhoging.social_pct.value")?;
        h.mid_pct.check("huurverhoging.mid_pct.value")?;
        h.free_pct.check("huurverhoging.free_pct.value")?;
    }
    if let Some(w) = &r.wws {
        let points = |v: u32| Decimal::from(v);
        range(
            "wws.social_max_points",
            points(w.social_max_points),
            Decimal::ONE,
            false,
            points(1000),
        )?;
        range(
            "wws.mid_max_points",
            points(w.mid_max_points),
            Decimal::ONE,
            false,
            points(1000),
        )?;
        if w.social_max_points > w.mid_max_points {
            return Err((
                "wws.social_max_points".into(),
                Text::new(
                    Msg::RSocialAboveMid,
                    vec![w.social_max_points.into(), w.mid_max_points.into()],
                ),
            ));
        }
        range(
            "wws.woz_cap_applies_from_points",
            points(w.woz_cap_applies_from_points),
            Decimal::ONE,
            false,
            points(1000),
        )?;
        amount("wws.per_point_above_250", w.per_point_above_250)?;
        range(
            "wws.woz_factor_1",
            w.woz_factor_1,
            Decimal::ONE,
            false,
            MAX_RULES_AMOUNT,
        )?;
        range(
            "wws.woz_factor_2",
            w.woz_factor_2,
            Decimal::ONE,
            false,
            MAX_RULES_AMOUNT,
        )?;
        amount("wws.woz_minimum", w.woz_minimum)?;
        if w.woz_cap_share_pct <= Decimal::ZERO || w.woz_cap_share_pct >= crate::money::HUNDRED {
            return Err((
                "wws.woz_cap_share_pct".into(),
                Text::new(Msg::RCapShare, vec![w.woz_cap_share_pct.to_string().into()]),
            ));
        }
    }
    if let Some(w) = &r.werkelijk_rendement {
        w.validate()
            .map_err(|m| ("werkelijk_rendement".to_string(), m))?;
        amount(
            "werkelijk_rendement.heffingvrij_resultaat",
            w.heffingvrij_resultaat.value,
        )?;
        amount("werkelijk_rendement.verliesdrempel", w.verliesdrempel.value)?;
    }
    if r.box3_regime == Some(Box3Regime::WerkelijkRendement) && r.werkelijk_rendement.is_none() {
        return Err(("box3_regime".into(), Text::new(Msg::RRegime, vec![])));
    }
    Ok(())
}

/// An unknown field of year `y` placed at its line and column: in the last what-if file naming
/// the year that has the key, else in the built-in file of the year (the error as it is when
/// no file has it).
fn locate_unknown_field(e: RulesError, y: i32, overrides: &[(&str, &str)]) -> RulesError {
    let RulesError::Parse { file, message } = e else {
        return e;
    };
    let Some(key) = message.args.first().and_then(|a| match a {
        Arg::Str(s)
            if matches!(
                message.id,
                Some(Msg::SerdeUnknownField | Msg::SerdeUnknownFieldSuggest)
            ) =>
        {
            Some(s.clone())
        }
        _ => None,
    }) else {
        return RulesError::Parse { file, message };
    };
    let place = files_of_year(y, overrides).find_map(|(name, text)| {
        key_offset(text, &key).map(|at| {
            crate::input::toml_source::LineIndex::new(text)
                .locate(&Arc::from(name), at)
                .to_string()
        })
    });
    RulesError::Parse {
        file: place.map_or(file, |at| format!("{at} ({y})")),
        message,
    }
}

/// The byte offset of the first key named `key` at any depth of the TOML `text`.
fn key_offset(text: &str, key: &str) -> Option<usize> {
    use toml_edit::{Item, Table, Value};
    fn in_value(v: &Value, key: &str) -> Option<usize> {
        match v {
            Value::InlineTable(t) => t.iter().find_map(|(k, v)| {
                if k == key {
                    t.key(k).and_then(|k| k.span()).map(|s| s.start)
                } else {
                    in_value(v, key)
                }
            }),
            Value::Array(a) => a.iter().find_map(|v| in_value(v, key)),
            _ => None,
        }
    }
    fn in_table(t: &Table, key: &str) -> Option<usize> {
        t.iter().find_map(|(k, item)| {
            if k == key {
                return t.key(k).and_then(|k| k.span()).map(|s| s.start);
            }
            match item {
                Item::Table(sub) => in_table(sub, key),
                Item::ArrayOfTables(a) => a.iter().find_map(|sub| in_table(sub, key)),
                Item::Value(v) => in_value(v, key),
                Item::None => None,
            }
        })
    }
    let doc = toml_edit::Document::parse(text).ok()?;
    in_table(doc.as_table(), key)
}

/// The line of `path` (`wws.woz_factor_1`, `leegwaarderatio.brackets[2].up_to_pct`) in the TOML
/// `text`, when the text defines it: the deepest part of the path it has.
fn line_of(text: &str, path: &str) -> Option<usize> {
    use toml_edit::{Item, Value};
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut item: &Item = doc.as_item();
    let mut value: Option<&Value> = None;
    let mut span = None;
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, i)) => (k, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let next = match value {
            Some(Value::InlineTable(t)) => t.get(key).map(|v| (None, Some(v))),
            Some(_) => None,
            None => item.get(key).map(|i| match i {
                Item::Value(v) => (None, Some(v)),
                other => (Some(other), None),
            }),
        };
        let (next_item, next_value) = next?;
        if let Some(i) = next_item {
            item = i;
            span = i.span().or(span);
        }
        value = next_value;
        if let Some(v) = value {
            span = v.span().or(span);
            if let (Some(i), Value::Array(a)) = (index, v) {
                value = Some(a.get(i)?);
                span = value.and_then(|v| v.span()).or(span);
            }
        }
    }
    let offset = span?.start;
    Some(
        text[..offset.min(text.len())]
            .bytes()
            .filter(|b| *b == b'\n')
            .count()
            + 1,
    )
}

/// What reading a property needs to know of the rules (see [`crate::input::Known`]).
impl crate::input::Known for RuleSet {
    fn default_year(&self) -> i32 {
        self.latest_year()
    }

    fn computes(&self, year: i32) -> bool {
        self.year(year).is_some_and(|r| r.box3.is_some())
    }

    fn has_year(&self, year: i32) -> bool {
        self.year(year).is_some()
    }

    fn box3_years(&self) -> Vec<i32> {
        RuleSet::box3_years(self)
    }

    fn green_exemption(&self, year: i32) -> bool {
        self.year(year)
            .and_then(|r| r.box3.as_ref())
            .is_some_and(|b| b.vrijstelling_groene_beleggingen.is_some())
    }

    fn fittings(&self) -> (Vec<&str>, Vec<&str>) {
        // The lists of the latest regulation: a fitting named in any year is read.
        let (values, _) = self.wws_stelsel.values(crate::date::Date::jan1(9999));
        fn names(fittings: &[wws::Fitting]) -> Vec<&str> {
            fittings.iter().map(|f| f.name.as_str()).collect()
        }
        (names(&values.kitchen_fittings), names(&values.sanitary))
    }

    fn corop_regions(&self) -> Vec<String> {
        self.wws_kamers
            .regions
            .iter()
            .map(|c| format!("{} {}", c.code, c.region))
            .collect()
    }

    fn upgrade_step_known(&self, from: &str, to: &str) -> bool {
        self.checks.upgrade_cost.per_m2(from, to).is_some()
    }

    fn space_limits(&self) -> crate::model::SpaceLimits {
        let p = &self.wws_stelsel.plausible;
        crate::model::SpaceLimits {
            space_max_m2: p.space_max_m2,
            length_max_m: p.length_max_m,
            surface_margin_pct: p.surface_margin_pct,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sections each year finds by the table resolved on loading are those the lookups in
    /// the years give, for years before, in and after the rules, with and without the built-in
    /// scenarios merged over them.
    #[test]
    fn each_year_finds_the_rules_the_years_give() {
        let rules = RuleSet::built_in().unwrap();
        let mut sets = vec![&rules];
        sets.extend(rules.what_if_scenarios().iter().map(|s| &s.rules));
        fn same<T>(a: Option<Carried<'_, T>>, b: Option<Carried<'_, T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => {
                    std::ptr::eq(a.rules, b.rules)
                        && a.from_year == b.from_year
                        && a.carried == b.carried
                }
                (None, None) => true,
                _ => false,
            }
        }
        for set in sets {
            let first = *set.years.first_key_value().unwrap().0;
            let last = *set.years.last_key_value().unwrap().0;
            for y in first - 4..=last + 6 {
                assert!(same(set.box3(y), set.section(y, |r| r.box3.as_ref())));
                assert!(same(
                    set.leegwaarderatio(y),
                    set.section(y, |r| Some(&r.leegwaarderatio))
                ));
                assert!(same(
                    set.overdrachtsbelasting(y),
                    set.section(y, |r| r.overdrachtsbelasting.as_ref())
                ));
                assert!(same(
                    set.huurverhoging(y),
                    set.section(y, |r| r.huurverhoging.as_ref())
                ));
                assert!(same(set.wws(y), set.section(y, |r| r.wws.as_ref())));
                assert_eq!(set.box3_regime(y), set.find_box3_regime(y), "{y}");
                let wr = set
                    .find_werkelijk_rendement(y)
                    .map(|f| set.years[&f].werkelijk_rendement.as_ref().unwrap() as *const _);
                assert_eq!(set.werkelijk_rendement(y).map(|r| r as *const _), wr, "{y}");
            }
            assert_eq!(
                set.werkelijk_rendement_from(),
                (first..=last)
                    .find(|y| set.year(*y).unwrap().box3_regime
                        == Some(Box3Regime::WerkelijkRendement))
            );
        }
    }
}
