//! verhuurd — what a let Dutch dwelling is worth with the tenant in it, what it costs in Box 3,
//! and whether selling or keeping it pays.
//!
//! # The layers
//!
//! Every module imports only from the layers below its own, so the modules form no circle and
//! a change to a lower layer never needs a higher one. From the bottom (a test, `layers`, reads
//! every `crate::` path under `src/` and fails on one that looks up):
//!
//! 1. [`money`], [`date`], [`text`], [`suggest`], `guard`: leaves that import nothing of the
//!    crate — decimal helpers and the legal roundings of money, calendar dates, input text made
//!    safe to show ([`text::printable`]), the near-miss suggestion of an error
//!    ([`suggest::closest`]), and the guard that turns a defect into one property's error.
//! 2. [`i18n`]: the language of everything a person reads — message ids with typed arguments
//!    ([`i18n::Text`]), rendered in Dutch or English.
//! 3. [`units`]: euros, percentages and WWS points with the rounding the law prescribes for
//!    them ([`units::Eur::floor_whole`], [`units::Pct::share_cut`], [`units::Points::quarter`]).
//! 4. [`model`]: the domain — a [`model::Property`] and its parts.
//! 5. [`error`]: errors a user can cause, each with its place (`file:line:col`).
//! 6. [`input`]: a property file read into the model (TOML or a CSV row, with every problem
//!    located). Input asks the rules only what [`input::Known`] names (the default year, the
//!    years that can be computed, ...): it does not depend on [`rules`].
//! 7. [`rules`]: the parameters of every tax year, loaded from the data files with their sources
//!    and checked ([`rules::RuleSet`]); each parameter is a [`rules::Param`] in its unit, which
//!    sets how it reads and the range it must keep. A what-if file can replace any of them.
//! 8. [`explain`]: the steps that lead to a figure, each with its rule and source
//!    ([`explain::Step`]).
//! 9. `scenario`: a property with its year's rules resolved and its defaults filled in.
//! 10. [`calc`]: the calculations — pure functions from a typed input and the rules to a typed
//!     result with its steps, one module per figure (re-exported here: [`box3`], [`plan`], ...).
//! 11. [`report`]: the calculations' results for one property, at their own precision (every
//!     output shows a figure as [`money::out`] does).
//! 12. [`mod@evaluate`]: runs the calculations for one property into a [`report::Report`].
//! 13. [`household`]: the same for a household of several properties.
//! 14. [`output`]: a report as a table, JSON, JSON Lines or CSV, in Dutch or English: one
//!     [`output::Render`] per format, the tables built as rows (`output::rows`) before they
//!     are laid out.
//! 15. [`batch`]: many properties, streamed, in parallel.
//! 16. [`check`]: compare saved outputs with fresh ones.
//!
//! The `verhuurd` command line sits in the binary over this library. Features: `cli` (the
//! binary's argument parsing, help, completions, man page), `chart` (SVG charts) and `table`
//! (the tables laid out with borders by comfy-table; without it, plain columns); all on by
//! default. The library alone builds with `--no-default-features`.
//!
//! # The API
//!
//! The library's front door, named here at its root:
//!
//! - the rules: [`RuleSet::built_in`], or [`RuleSet::load`] with what-if files over them;
//! - read input: [`read_property`] (a property file's TOML text into a [`Property`]) and
//!   [`read_household`] (a household file, `[owner]` and `[[property]]`s, into a
//!   [`HouseholdInput`]); each problem an [`InputError`] with its `file:line:col`;
//! - evaluate: [`evaluate()`] a property into a [`Report`], [`evaluate_household`] a household
//!   into a [`HouseholdReport`] (each failure an [`EvalError`]);
//! - render: [`render`] a report, [`render_household`] a household's, in a [`Format`] (table,
//!   JSON, JSON Lines, CSV); [`output::render_styled`] in a [`Style`] (language, colour, width);
//! - many files or CSV rows at once, streamed and in parallel: [`batch::run`].
//!
//! ```
//! use verhuurd::{Format, Options, RuleSet, evaluate, read_property, render};
//!
//! let rules = RuleSet::built_in().unwrap();
//! let text = "tax_year = 2026\n[property]\nwoz_value = 400000\nsurface_m2 = 110\n\
//!             energy_label = \"C\"\n[lease]\nmonthly_rent = 1200\n";
//! let property = read_property("woning.toml", text, &rules, None).unwrap();
//! let report = evaluate(&property, &rules, Options::default()).unwrap();
//! assert_eq!(report.leegwaarderatio.ratio_pct, 90.into());
//! assert_eq!(report.leegwaarderatio.box3_value, 360_000.into());
//! assert!(render(&report, Format::Json).contains("\"box3_value\": 360000"));
//! ```

#![warn(unreachable_pub)]

pub mod batch;
pub mod calc;
pub mod check;
pub mod date;
pub mod error;
pub mod evaluate;
pub mod explain;
mod guard;
pub mod household;
pub mod i18n;
pub mod input;
pub mod model;
pub mod money;
pub mod output;
pub mod report;
pub mod rules;
mod scenario;
pub mod suggest;
pub mod text;
pub mod units;

// The calculations keep their short paths (`verhuurd::box3`, `crate::plan`, ...).
pub use calc::{
    bouwregels, box3, leegwaarderatio, plan, sensitivity, solve, stress, tegenbewijs, upgrade,
    valuation, warnings, werkelijk_rendement, wws, yields,
};

// The API (see above).
pub use error::{EvalError, InputError, PropertyErrors, RulesError};
pub use evaluate::{Options, evaluate};
pub use household::from_toml_str as read_household;
pub use household::{HouseholdInput, HouseholdReport, evaluate_household};
pub use input::from_toml_str as read_property;
pub use model::Property;
pub use output::{Format, Style, render, render_household};
pub use report::Report;
pub use rules::RuleSet;
