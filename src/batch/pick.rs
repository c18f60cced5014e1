//! One report out of an input, for `--report`: the property or household of a file, or the one
//! of a batch (a CSV file) chosen by name; with the inputs as given and the rules' status, so the
//! report can say where it comes from.

use std::sync::Arc;

use super::{Input, Source, Unit, records};
use crate::error::{EvalError, InputError, PropertyErrors};
use crate::evaluate::{Options, evaluate};
use crate::guard;
use crate::household::{HouseholdReport, evaluate_household, parse_household};
use crate::i18n::{Lang, Msg, Text};
use crate::input::parse_property;
use crate::output::html::RulesStatus;
use crate::report::Report;
use crate::rules::{RuleSet, rules_text};

/// What a report is about.
#[derive(Debug, Clone)]
pub enum Subject {
    Property(Box<Report>),
    Household(Box<HouseholdReport>),
}

impl Subject {
    /// Every year whose rules the report used: the tax year and the plan's years.
    pub fn years(&self) -> Vec<i32> {
        let reports: Vec<&Report> = match self {
            Subject::Property(r) => vec![r],
            Subject::Household(h) => h.properties.iter().collect(),
        };
        let mut years: Vec<i32> = reports
            .iter()
            .flat_map(|r| {
                let plan = r.sell_vs_keep.iter().flat_map(|p| {
                    p.years
                        .iter()
                        .chain(p.scenarios.iter().flat_map(|c| &c.years))
                        .map(|y| y.year)
                });
                std::iter::once(r.tax_year).chain(plan)
            })
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

/// The report picked, with its input as given.
#[derive(Debug, Clone)]
pub struct Picked {
    pub subject: Subject,
    /// The input file's text as given; for a CSV row, the header and the row.
    pub inputs: String,
}

/// Why no report could be made.
#[derive(Debug)]
pub enum PickError {
    /// The property or household chosen does not read or compute.
    Failed(PropertyErrors),
    /// No property or household by the name asked for (the names there are).
    NoName(String, Vec<String>),
    /// Several in the input and no name asked for.
    Many(usize, Vec<String>),
    /// Nothing in the input.
    Empty,
}

impl PickError {
    /// The error in `lang`, for standard error.
    pub fn render(&self, lang: Lang) -> String {
        let names = |n: &[String]| {
            let mut shown: Vec<String> = n.iter().take(12).cloned().collect();
            if n.len() > 12 {
                shown.push("…".into());
            }
            shown.join(", ")
        };
        match self {
            PickError::Failed(e) => e.render(lang),
            PickError::NoName(name, all) => {
                lang.f(Msg::RpENoName, &[name.clone().into(), names(all).into()])
            }
            PickError::Many(n, all) => lang.f(
                Msg::RpEMany,
                &[
                    crate::i18n::count(lang, *n, Msg::Woning, Msg::Woningen).into(),
                    names(all).into(),
                ],
            ),
            PickError::Empty => lang.t(Msg::RpENone).to_string(),
        }
    }
}

/// A candidate: its name and how to evaluate it.
enum Candidate {
    Property(Box<crate::model::Property>),
    Household(crate::input::RawHousehold),
}

/// The report of `src` (a file, not standard input) with `name` — or of its only property or
/// household when `name` is `None`. Units are read in order and only the one chosen is
/// evaluated.
pub fn pick(
    src: &Source,
    rules: &RuleSet,
    year: Option<i32>,
    options: Options,
    name: Option<&str>,
) -> Result<Picked, PickError> {
    let mut names = Vec::new();
    let mut chosen: Option<(Candidate, Option<usize>)> = None;
    let mut count = 0usize;
    let mut first_error: Option<PropertyErrors> = None;
    for input in records(src, false) {
        let Input::Item(unit) = input else { continue };
        let (candidate, line) = match unit {
            Unit::Property(Err(e)) => {
                // A record that cannot be read: the report's error when it is the only one.
                if count == 0 {
                    first_error = Some(e);
                }
                count += 1;
                continue;
            }
            Unit::Property(Ok(raw)) => {
                let line = raw.at.line;
                match parse_property(raw, rules, year) {
                    Ok(p) => (Candidate::Property(Box::new(p)), Some(line)),
                    Err(e) => {
                        if count == 0 {
                            first_error = Some(e);
                        }
                        count += 1;
                        continue;
                    }
                }
            }
            Unit::Row(row) => {
                let at = row.at();
                let raw = match guard::guarded(|| row.into_raw()) {
                    Ok(r) => r,
                    Err(m) => {
                        return Err(PickError::Failed(PropertyErrors(vec![InputError::new(
                            at,
                            EvalError::Internal(m).text(),
                        )])));
                    }
                };
                match parse_property(raw, rules, year) {
                    Ok(p) => (Candidate::Property(Box::new(p)), Some(at.line)),
                    Err(e) => {
                        if count == 0 {
                            first_error = Some(e);
                        }
                        count += 1;
                        continue;
                    }
                }
            }
            Unit::Household(h) => (Candidate::Household(h), None),
        };
        count += 1;
        let this = match &candidate {
            Candidate::Property(p) => p.name.clone(),
            Candidate::Household(h) => h.name.clone(),
        };
        let wanted = match name {
            Some(n) => this == n,
            None => chosen.is_none(),
        };
        names.push(this);
        if wanted && chosen.is_none() {
            chosen = Some((candidate, line));
            if name.is_some() {
                break;
            }
        }
    }
    let Some((candidate, line)) = chosen else {
        if let (None, 1, Some(e)) = (name, count, first_error) {
            return Err(PickError::Failed(e));
        }
        return Err(match name {
            Some(n) => PickError::NoName(n.to_string(), names),
            None => PickError::Empty,
        });
    };
    if name.is_none() && count > 1 {
        return Err(PickError::Many(count, names));
    }
    let subject = evaluate_candidate(candidate, rules, year, options)?;
    Ok(Picked {
        subject,
        inputs: inputs_as_given(src, line),
    })
}

fn evaluate_candidate(
    c: Candidate,
    rules: &RuleSet,
    year: Option<i32>,
    options: Options,
) -> Result<Subject, PickError> {
    let failed = |at: crate::error::Location, m: Text| {
        PickError::Failed(PropertyErrors(vec![InputError::new(at, m)]))
    };
    match c {
        Candidate::Property(p) => {
            let at = crate::error::Location {
                file: Arc::from(p.name.as_str()),
                line: 1,
                column: 1,
            };
            match guard::guarded(|| evaluate(&p, rules, options)) {
                Ok(Ok(r)) => Ok(Subject::Property(Box::new(r))),
                Ok(Err(e)) => Err(failed(at, e.text())),
                Err(m) => Err(failed(at, EvalError::Internal(m).text())),
            }
        }
        Candidate::Household(raw) => {
            let at = raw.at.clone();
            let h = parse_household(raw, rules, year).map_err(PickError::Failed)?;
            match guard::guarded(|| evaluate_household(&h, rules, options)) {
                Ok(Ok(r)) => Ok(Subject::Household(Box::new(r))),
                Ok(Err(e)) => Err(failed(at, e.text())),
                Err(m) => Err(failed(at, EvalError::Internal(m).text())),
            }
        }
    }
}

/// The input as given: the whole file; of a CSV file, its header and the row at `line`.
fn inputs_as_given(src: &Source, line: Option<usize>) -> String {
    let text = std::fs::read(&src.path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    match (src.is_csv(), line) {
        (true, Some(l)) => {
            let lines: Vec<&str> = text.lines().collect();
            let header = lines.first().copied().unwrap_or_default();
            let row = lines.get(l.saturating_sub(1)).copied().unwrap_or_default();
            format!("{header}\n{row}\n")
        }
        _ => text,
    }
}

/// The status of the rules of `years` in `lang`: settled law or a proposal, with what the rules
/// file says about it. A year without rules of its own (carried forward) is left out.
pub fn rules_status(rules: &RuleSet, years: &[i32], lang: Lang) -> Vec<RulesStatus> {
    years
        .iter()
        .filter_map(|y| {
            let r = rules.year(*y)?;
            Some(RulesStatus {
                year: *y,
                provisional: r.provisional,
                status: r
                    .status
                    .as_deref()
                    .map(|s| rules_text(s, r.status_nl.as_deref(), Msg::RlInEnglish).render(lang)),
            })
        })
        .collect()
}

/// The civil date (`YYYY-MM-DD`) of `secs` seconds after 1970-01-01 UTC.
pub fn date_of_epoch(secs: i64) -> String {
    // Days to civil date (H. Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_become_a_date() {
        assert_eq!(date_of_epoch(0), "1970-01-01");
        assert_eq!(date_of_epoch(951_782_400), "2000-02-29");
        assert_eq!(date_of_epoch(1_796_601_600), "2026-12-07");
    }
}
