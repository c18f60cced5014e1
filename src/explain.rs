//! The derivation of a figure: which inputs were used, which bracket or rule was hit, and its source.
//!
//! Calculations record steps through a [`Trace`]; when tracing is off the closures that build the
//! steps are never run, so batches pay nothing for it.

use serde::Serialize;

/// One step in the derivation of a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The figure this step yields, in the domain's own words (`jaarhuur`, `grondslag`, ...).
    pub figure: String,
    /// Its value, as plain text.
    pub value: String,
    /// How it was obtained: the formula with the numbers filled in, or the bracket hit.
    pub how: String,
    /// The rule and its source, when a parameter from the rules was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Step {
    /// A step without a source.
    pub fn new(figure: &str, value: impl ToString, how: impl Into<String>) -> Step {
        Step {
            figure: figure.to_string(),
            value: value.to_string(),
            how: how.into(),
            source: None,
        }
    }

    /// The same step citing its source.
    pub fn source(mut self, source: impl Into<String>) -> Step {
        self.source = Some(source.into());
        self
    }
}

/// Collects steps when enabled; otherwise a no-op.
#[derive(Debug, Default)]
pub struct Trace {
    enabled: bool,
    steps: Vec<Step>,
}

impl Trace {
    /// A trace that records when `enabled`.
    pub fn new(enabled: bool) -> Trace {
        Trace {
            enabled,
            steps: Vec::new(),
        }
    }

    /// Whether steps are recorded.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Record the step `f` builds (only called when enabled).
    pub fn add(&mut self, f: impl FnOnce() -> Step) {
        if self.enabled {
            self.steps.push(f());
        }
    }

    /// The recorded steps.
    pub fn into_steps(self) -> Vec<Step> {
        self.steps
    }
}
