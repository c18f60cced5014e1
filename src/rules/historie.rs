//! The rules of the tegenbewijs over the open years (`data/tegenbewijs.toml`): Box 3 of 2021 and
//! 2022 as the Wet rechtsherstel box 3 computes it, and the parameters of the Wet
//! tegenbewijsregeling box 3 (what counts, the deadlines, the provisional years). The calculation
//! is in `crate::calc::historie`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Box3Rules, Citation, Cite, Confidence, Exception, Param, citation};

const TEGENBEWIJS: &str = include_str!("../../data/tegenbewijs.toml");

/// One schijf of the grondslag in the law of 2021 and 2022 (art. 5.2 Wet IB 2001 as it read then).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schijf {
    /// The upper bound of the schijf in the grondslag of one person; the last has none.
    #[serde(default)]
    pub up_to: Option<Decimal>,
    /// The forfaitair rendement of the schijf, percent.
    pub pct: Decimal,
}

/// The voordeel of the law of the year before the rechtsherstel (the "oud stelsel"), kept when
/// it is lower than the new calculation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OudStelsel {
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
    pub schijven: Vec<Schijf>,
}

super::cite_by_fields!(OudStelsel);

/// Box 3 of a year of the Wet rechtsherstel box 3 (2017–2022; this tool has 2021 and 2022).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rechtsherstel {
    /// The new calculation: the parameters have the keys of `[box3]` of a rules year.
    pub box3: Box3Rules,
    pub oud_stelsel: OudStelsel,
}

/// The years marked provisional, with the source that says so.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voorlopig {
    pub years: Vec<i32>,
    pub source: String,
    pub confidence: Confidence,
}

impl Cite for Voorlopig {
    fn citation(&self) -> Citation {
        citation(&self.source, self.confidence, None)
    }
}

/// The parameters of the tegenbewijsregeling.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tegenbewijs {
    pub geen_heffingsvrij_vermogen: Exception,
    pub rente_aftrekbaar: Exception,
    pub kosten_aftrekbaar: Exception,
    pub negatief_is_nul: Exception,
    pub partners_naar_grondslag: Exception,
    pub woning_einde_jaar: Exception,
    /// Years after the end of the tax year within which ambtshalve vermindering can be asked.
    pub termijn_ambtshalve_jaren: Param,
    /// Weeks after the date of an assessment within which an objection can be made.
    pub termijn_bezwaar_weken: Param,
    pub voorlopige_jaren: Voorlopig,
}

/// `data/tegenbewijs.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistorieRules {
    /// Box 3 of the years of the Wet rechtsherstel box 3, by year.
    #[serde(deserialize_with = "by_year")]
    pub rechtsherstel: BTreeMap<i32, Rechtsherstel>,
    pub tegenbewijs: Tegenbewijs,
}

/// A table keyed by year (`[rechtsherstel.2021]`): the keys are a TOML table's strings.
fn by_year<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<i32, Rechtsherstel>, D::Error> {
    let by_key = BTreeMap::<String, Rechtsherstel>::deserialize(d)?;
    by_key
        .into_iter()
        .map(|(k, v)| match k.parse::<i32>() {
            Ok(y) => Ok((y, v)),
            Err(_) => Err(serde::de::Error::custom(format!("`{k}` is no year"))),
        })
        .collect()
}

impl HistorieRules {
    /// The built-in rules; an error names the key that is wrong.
    pub fn built_in() -> Result<HistorieRules, String> {
        HistorieRules::parse(TEGENBEWIJS)
    }

    /// The rules in `text` (the layout of `data/tegenbewijs.toml`).
    pub fn parse(text: &str) -> Result<HistorieRules, String> {
        const FILE: &str = "data/tegenbewijs.toml";
        let mut table: toml::Table = text.parse().map_err(|e| format!("{FILE}: {e}"))?;
        // The parameters of the years of the Wet rechtsherstel name their year.
        if let Some(toml::Value::Table(years)) = table.get_mut("rechtsherstel") {
            for (y, t) in years.iter_mut() {
                if let (Ok(year), toml::Value::Table(t)) = (y.parse::<i32>(), t) {
                    super::stamp(t, &format!("rechtsherstel.{y}"), FILE, Some(year));
                }
            }
        }
        if let Some(toml::Value::Table(t)) = table.get_mut("tegenbewijs") {
            super::stamp(t, "tegenbewijs", FILE, None);
        }
        let r: HistorieRules = toml::Value::Table(table).try_into().map_err(|e| {
            // The same error read from the text, which places it at its line.
            match toml::from_str::<HistorieRules>(text) {
                Err(at) => format!("{FILE}: {at}"),
                Ok(_) => format!("{FILE}: {e}"),
            }
        })?;
        for (year, rh) in &r.rechtsherstel {
            let s = &rh.oud_stelsel.schijven;
            let open_last = s.last().is_some_and(|x| x.up_to.is_none());
            let bounded = s[..s.len().saturating_sub(1)]
                .iter()
                .all(|x| x.up_to.is_some());
            let rising = s.windows(2).all(|w| match (w[0].up_to, w[1].up_to) {
                (Some(a), Some(b)) => a < b,
                _ => true,
            });
            if !(open_last && bounded && rising) {
                return Err(format!(
                    "data/tegenbewijs.toml: rechtsherstel.{year}.oud_stelsel.schijven: rising \
                     upper bounds, the last without one"
                ));
            }
        }
        Ok(r)
    }

    /// Box 3 of `year` under the Wet rechtsherstel box 3, when this file has the year.
    pub fn rechtsherstel(&self, year: i32) -> Option<&Rechtsherstel> {
        self.rechtsherstel.get(&year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_built_in_rules_load() {
        let r = HistorieRules::built_in().unwrap();
        let y21 = r.rechtsherstel(2021).unwrap();
        assert_eq!(y21.box3.heffingsvrij_vermogen.value, dec!(50000));
        assert_eq!(y21.box3.tarief_pct.value, dec!(31));
        let y22 = r.rechtsherstel(2022).unwrap();
        assert_eq!(y22.box3.rendement_schulden_pct.value, dec!(2.28));
        assert_eq!(y22.oud_stelsel.schijven.len(), 3);
        assert!(!r.tegenbewijs.kosten_aftrekbaar.applies);
        assert!(r.rechtsherstel(2023).is_none());
    }

    #[test]
    fn an_error_in_the_file_names_its_line() {
        let bad = HistorieRules::built_in_text().replacen("value = ", "value = \"x\" # ", 1);
        let e = HistorieRules::parse(&bad).unwrap_err();
        assert!(e.contains("at line") && e.contains("value = \"x\""), "{e}");
    }

    #[test]
    fn schijven_must_rise_and_end_open() {
        let bad =
            HistorieRules::built_in_text().replace("{ pct = 5.69 }", "{ up_to = 1, pct = 5.69 }");
        assert!(HistorieRules::parse(&bad).unwrap_err().contains("schijven"));
    }

    impl HistorieRules {
        fn built_in_text() -> String {
            TEGENBEWIJS.to_string()
        }
    }
}
