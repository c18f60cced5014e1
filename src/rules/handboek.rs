//! The parameters of the Handboek modelmatig waarderen marktwaarde (`data/handboek.toml`), per
//! edition: bijlage 2 bij de Regeling toegelaten instellingen volkshuisvesting 2015, the method
//! housing associations value their dwellings in rented state by (art. 31 Btiv 2015). An edition
//! is known by the year of its peildatum (31 December); one whose tables are not recorded is
//! listed with its source and `established = false`, and is never used.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Citation, Cite, Confidence, Param, citation, cite_by_fields};

/// `data/handboek.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandboekRules {
    /// The editions by the year of their peildatum (as text: TOML keys).
    pub edition: BTreeMap<String, Edition>,
}

/// One edition of the Handboek.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// The peildatum, `YYYY-12-31`.
    pub peildatum: String,
    /// Whether its parameters are recorded (and so may be used).
    pub established: bool,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    /// The parameters, present exactly when `established`.
    #[serde(default)]
    pub params: Option<Params>,
}

/// The basisversie's parameters for zelfstandige woongelegenheden (EGW and MGW).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    pub dcf_years: Param,
    pub prijsinflatie_pct: Param,
    pub loonstijging_pct: Param,
    pub bouwkostenstijging_pct: Param,
    pub leegwaardestijging_pct: Param,
    pub risicovrije_rente_pct: Param,
    pub vastgoedopslag_pct: Param,
    pub referentie_disconteringsvoet_pct: Param,
    pub bouwperioden: Bouwperioden,
    pub types: Types,
    pub regios: Regios,
    pub belastingen_verzekeringen_pct: Param,
    pub huurderving_pct: Param,
    pub uitpond_opslag_jaar1_pct: Param,
    pub uitpond_factor_jaar6_pct: Param,
    pub juridische_splitsingskosten: Param,
    pub verkoopkosten_pct: Param,
    pub verouderingskosten_pct: Param,
    pub overdrachtskosten_kosten_pct: Param,
    pub overdrachtskosten_belasting_pct: Param,
}

/// The build periods: the maintenance norm per type and the effect on the discount rate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bouwperioden {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    pub rows: Vec<Bouwperiode>,
}
cite_by_fields!(Bouwperioden);

/// One build period: up to and including `up_to` (the last has none).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bouwperiode {
    #[serde(default)]
    pub up_to: Option<i32>,
    pub disconto_pct: Decimal,
    pub instandhouding_egw: Decimal,
    pub instandhouding_mgw: Decimal,
}

impl Bouwperioden {
    /// The period of a dwelling built in `year`: the first whose `up_to` it does not pass.
    pub fn of(&self, year: i32) -> Option<&Bouwperiode> {
        self.rows.iter().find(|r| r.up_to.is_none_or(|u| year <= u))
    }
}

/// The norms per type of dwelling.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Types {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    /// Eengezinswoning.
    pub egw: TypeNorm,
    /// Meergezinswoning.
    pub mgw: TypeNorm,
}
cite_by_fields!(Types);

/// The yearly norms of one type, euros including 21% VAT, and its effect on the discount rate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeNorm {
    pub mutatieonderhoud: Decimal,
    pub beheerkosten: Decimal,
    pub disconto_pct: Decimal,
}

/// The effect of the region (the CBS's four landsdelen) on the discount rate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regios {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    pub noord: Decimal,
    pub oost: Decimal,
    pub zuid: Decimal,
    pub west: Decimal,
}
cite_by_fields!(Regios);

impl Cite for Edition {
    fn citation(&self) -> Citation {
        citation(
            &self.source,
            if self.established {
                Confidence::H
            } else {
                Confidence::L
            },
            self.note.as_deref(),
        )
        .with_note_nl(self.note_nl.as_deref())
    }
}

impl HandboekRules {
    /// The newest established edition whose peildatum lies before `year` (the edition a
    /// valuation in `year` can use), with the year of its peildatum.
    pub fn for_year(&self, year: i32) -> Option<(i32, &Edition, &Params)> {
        self.edition
            .iter()
            .filter_map(|(k, e)| Some((k.parse::<i32>().ok()?, e)))
            .filter(|(y, e)| *y < year && e.established)
            .filter_map(|(y, e)| Some((y, e, e.params.as_ref()?)))
            .max_by_key(|(y, _, _)| *y)
    }

    /// The newest edition listed (established or not) whose peildatum lies before `year`.
    pub fn newest_listed(&self, year: i32) -> Option<(i32, &Edition)> {
        self.edition
            .iter()
            .filter_map(|(k, e)| Some((k.parse::<i32>().ok()?, e)))
            .filter(|(y, _)| *y < year)
            .max_by_key(|(y, _)| *y)
    }

    /// Every edition consistent: its parameters present exactly when established, and build
    /// periods ending with an open one.
    pub fn validate(&self) -> Result<(), String> {
        for (k, e) in &self.edition {
            if k.parse::<i32>().is_err() {
                return Err(format!("data/handboek.toml: edition `{k}` is not a year"));
            }
            if e.established != e.params.is_some() {
                return Err(format!(
                    "data/handboek.toml: edition {k} must carry its parameters exactly when established"
                ));
            }
            if let Some(p) = &e.params
                && p.bouwperioden.rows.last().is_none_or(|r| r.up_to.is_some())
            {
                return Err(format!(
                    "data/handboek.toml: edition {k}: the last build period must have no up_to"
                ));
            }
        }
        Ok(())
    }
}
