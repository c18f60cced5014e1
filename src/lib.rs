//! verhuurd — what a let Dutch dwelling is worth with the tenant in it, what it costs in Box 3,
//! and whether selling or keeping it pays.
//!
//! The library is a set of pure calculations, each in its own module, that take a typed
//! [`input::Property`] and the [`rules::RuleSet`] of the tax year and return a typed result together
//! with the steps that led to it ([`explain::Step`]). [`evaluate`] runs them all into a
//! [`report::Report`]; the [`output`] modules turn reports into a table, JSON or CSV; [`cli`] and
//! [`batch`] read inputs and write outputs.

pub mod batch;
pub mod calc;
pub mod check;
pub mod date;
pub mod error;
pub mod evaluate;
pub mod explain;
pub mod guard;
pub mod household;
pub mod i18n;
pub mod input;
pub mod model;
pub mod money;
pub mod output;
pub mod report;
pub mod rules;
pub mod scenario;

// The calculations keep their short paths (`verhuurd::box3`, `crate::plan`, ...).
pub use calc::{
    box3, leegwaarderatio, plan, sensitivity, solve, stress, tegenbewijs, valuation, warnings,
    werkelijk_rendement, wws, yields,
};
