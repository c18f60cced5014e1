//! `verhuurd historie FILE`: a landlord's history read ([`crate::input::history`]), the
//! tegenbewijs of every year computed ([`crate::calc::historie`]) and written
//! ([`crate::output::history`]).

use std::path::Path;
use std::sync::Arc;

use crate::calc::historie;
use crate::error::{InputError, Location, PropertyErrors};
use crate::i18n::{Lang, Msg, Text};
use crate::output::Format;
use crate::rules::RuleSet;
use crate::rules::historie::HistorieRules;

/// The output of the history in `path` (with `explain`, each year's derivation in the JSON),
/// or its errors (located in the file).
pub fn run_file(
    path: &Path,
    rules: &RuleSet,
    format: Format,
    lang: Lang,
    explain: bool,
) -> Result<String, PropertyErrors> {
    let h = crate::input::history::from_file(path)?;
    let at = Location {
        file: Arc::from(path.display().to_string()),
        line: 1,
        column: 1,
    };
    let fail = |text: Text| {
        PropertyErrors(vec![InputError::new(
            at.clone(),
            Text::new(Msg::EHistoryCalc, vec![text.into()]),
        )])
    };
    let hist = HistorieRules::built_in().map_err(|e| fail(Text::from(e)))?;
    let mut result = historie::compute(&h, rules, &hist, explain).map_err(|e| fail(e.text()))?;
    for y in &mut result.years {
        for s in &mut y.explain {
            s.localize(lang);
        }
    }
    Ok(crate::output::history::render(&result, format, lang))
}
