//! The derivation of a figure: which inputs were used, which bracket or rule was hit, and its source.
//!
//! Calculations record steps through a [`Trace`]; when tracing is off the closures that build the
//! steps are never run, so batches pay nothing for it. A step keeps how it was obtained as a
//! message id with typed arguments ([`Text`]); [`Step::localize`] renders it in the language of
//! the output (Dutch until then).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Arg, Lang, Msg, Text};

/// One step in the derivation of a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The figure this step yields: the domain's own key (`jaarhuur`, `grondslag`, ...) as it
    /// is, or its name in the language of the output (`met de woning: aftrekbare schulden`).
    pub figure: String,
    /// Its value, as plain text (an amount in euros in the notation of the language).
    pub value: String,
    /// How it was obtained: the formula with the numbers filled in, or the bracket hit, in the
    /// language of the output.
    pub how: String,
    /// The rule and its source, when a parameter from the rules was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The value as a typed argument, rendered into `value`.
    #[serde(skip)]
    pub value_arg: Arg,
    /// How, as a message id with its arguments, rendered into `how`.
    #[serde(skip)]
    pub text: Text,
    /// The figure, as a message id with its arguments (a key as it is), rendered into `figure`.
    #[serde(skip)]
    pub figure_text: Text,
}

/// The figure `label: part` (`met de woning: rendement`), each a message or a key.
pub fn part(label: impl Into<Text>, part: impl Into<Arg>) -> Text {
    Text::new(Msg::FPart, vec![label.into().into(), part.into()])
}

/// The figure `figure (person)` for one of two fiscal partners (`n` 0: the owner).
pub fn person(figure: Text, n: usize) -> Text {
    let who = if n == 0 { Msg::Owner } else { Msg::Partner };
    Text::new(
        Msg::FPerson,
        vec![figure.into(), Text::new(who, vec![]).into()],
    )
}

/// The value of a step: plain numbers and words as they are, amounts ([`Arg::Euro`],
/// [`Arg::Cents`]) in the notation of the language.
pub trait StepValue {
    /// The value as an argument.
    fn into_arg(self) -> Arg;
}

impl StepValue for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

impl StepValue for Text {
    fn into_arg(self) -> Arg {
        self.into()
    }
}

impl StepValue for Decimal {
    fn into_arg(self) -> Arg {
        Arg::Str(self.to_string())
    }
}

impl StepValue for &str {
    fn into_arg(self) -> Arg {
        Arg::Str(self.to_string())
    }
}

impl StepValue for String {
    fn into_arg(self) -> Arg {
        Arg::Str(self)
    }
}

impl StepValue for u32 {
    fn into_arg(self) -> Arg {
        Arg::Str(self.to_string())
    }
}

impl StepValue for &i32 {
    fn into_arg(self) -> Arg {
        Arg::Str(self.to_string())
    }
}

impl Step {
    /// A step without a source, rendered in Dutch until [`Step::localize`]. `figure` is a key
    /// of the domain (`"jaarhuur"`, shown as it is) or a message naming the figure.
    pub fn new(figure: impl Into<Text>, value: impl StepValue, how: Text) -> Step {
        let value_arg = value.into_arg();
        let figure_text = figure.into();
        Step {
            figure: figure_text.render(Lang::default()),
            value: value_arg.render(Lang::default()),
            how: how.render(Lang::default()),
            source: None,
            value_arg,
            text: how,
            figure_text,
        }
    }

    /// The same step citing its source.
    pub fn source(mut self, source: impl Into<String>) -> Step {
        self.source = Some(source.into());
        self
    }

    /// Render the figure, its value and how it was obtained in `lang`.
    pub fn localize(&mut self, lang: Lang) {
        self.figure = self.figure_text.render(lang);
        self.value = self.value_arg.render(lang);
        self.how = self.text.render(lang);
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
