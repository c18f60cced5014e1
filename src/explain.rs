//! The derivation of a figure: which inputs were used, which bracket or rule was hit, and its source.
//!
//! Calculations record steps through a [`Trace`]; when tracing is off the closures that build the
//! steps are never run, so batches pay nothing for it. A step keeps how it was obtained as a
//! message id with typed arguments ([`Text`]); [`Step::localize`] renders it in the language of
//! the output (Dutch until then).
//!
//! Where a figure comes from is data, not text: every parameter of the rules a step uses is a
//! [`Citation`] in [`Step::sources`] (added with [`Step::uses`], or recorded as it is read with
//! [`Trace::step`] and [`Reads::read`], the way OpenFisca's tracer records the parameters a
//! formula reads), and the inputs that are no parameter (a key of the property file, an earlier
//! step) are [`Origin`]s in [`Step::inputs`]. The cited text `source` is derived from the
//! citations. A parameter's citation names its key in its rules file and the year of its rules
//! ([`Citation::parameter`], [`Citation::year`]), stamped on every parameter as the rules are
//! loaded: a value shown through [`Reads::read`] and its citation come from one read.
//!
//! A step's value is kept as a typed argument: the JSON has it as text in the language of the
//! output (`value`) and as a number with its unit ([`Step::number`], [`Step::unit`]).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Arg, Lang, Msg, Text};
use crate::rules::Param;
pub use crate::rules::{Citation, Cite};
use crate::units::{Eur, Pct, Points, Unit};

/// Where an input of a step comes from when it is no parameter of the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A key of the property file (`lease.monthly_rent`), as given or its default of the schema.
    Input(String),
    /// The figure of an earlier step (`jaarhuur`).
    Step(String),
}

/// One step in the derivation of a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The figure this step yields: the domain's own key (`jaarhuur`, `grondslag`, ...) as it
    /// is, or its name in the language of the output (`met de woning: aftrekbare schulden`).
    pub figure: String,
    /// Its value, as plain text (an amount in euros in the notation of the language).
    pub value: String,
    /// The value as a number, when it is one, to the precision `value` shows it (an amount in
    /// whole euros or in cents, any other number to at most four decimals); localised only in
    /// `value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Decimal>,
    /// The unit of `number`: `EUR` for an amount in euros, `%` for a percentage, `points` for
    /// WWS points; absent for a plain number (a count, a factor, a number of years) and when
    /// the value is no number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// How it was obtained: the formula with the numbers filled in, or the bracket hit, in the
    /// language of the output.
    pub how: String,
    /// The rule and its source, when a parameter from the rules was used: the citations of
    /// [`Step::sources`] as `source [confidence X] (note)`, joined by `; `.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Every parameter of the rules (and rule of law) the step used, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Citation>,
    /// The inputs that are no parameter: keys of the property file and earlier steps.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<Origin>,
    /// `source` as set by [`Step::shown_as`] instead of derived from the citations.
    #[serde(skip)]
    source_shown: bool,
    /// The words around the citations in the output's language ([`Step::framed`]): a message
    /// whose first argument is the citations, with its other arguments.
    #[serde(skip)]
    frame: Option<(Msg, Vec<Arg>)>,
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

    /// The unit of the value when its argument does not say it (an amount in euros shown as a
    /// plain number): the JSON's `unit`.
    fn unit(&self) -> Option<&'static str> {
        None
    }
}

/// An amount in euros, shown as a plain number (`48.298`, as the formulas of the steps write
/// amounts), its unit `EUR` in the JSON.
impl StepValue for Eur {
    fn into_arg(self) -> Arg {
        Arg::Num(self.0)
    }

    fn unit(&self) -> Option<&'static str> {
        Some(EUR)
    }
}

/// A number of percent, shown as a plain number (`90`), its unit `%` in the JSON.
impl StepValue for Pct {
    fn into_arg(self) -> Arg {
        Arg::Num(self.0)
    }

    fn unit(&self) -> Option<&'static str> {
        Some(PERCENT)
    }
}

/// WWS points, shown as a plain number (`23,5`), their unit `points` in the JSON.
impl StepValue for Points {
    fn into_arg(self) -> Arg {
        Arg::Num(self.0)
    }

    fn unit(&self) -> Option<&'static str> {
        Some("points")
    }
}

/// The JSON's `unit` of an amount in euros.
const EUR: &str = "EUR";
/// The JSON's `unit` of a number of percent.
const PERCENT: &str = "%";

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

/// A number in the notation of the language (`16.843`, `3,6` in Dutch; `16,843`, `3.6` in
/// English), as many decimals as it has (at most four).
impl StepValue for Decimal {
    fn into_arg(self) -> Arg {
        Arg::Num(self)
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
        Arg::Int(self.into())
    }
}

impl StepValue for &i32 {
    fn into_arg(self) -> Arg {
        Arg::Int((*self).into())
    }
}

impl Step {
    /// A step without a source, rendered in Dutch until [`Step::localize`]. `figure` is a key
    /// of the domain (`"jaarhuur"`, shown as it is) or a message naming the figure.
    pub fn new(figure: impl Into<Text>, value: impl StepValue, how: Text) -> Step {
        let unit = value.unit();
        let value_arg = value.into_arg();
        let figure_text = figure.into();
        let (number, shown) = number_of(&value_arg).unzip();
        Step {
            figure: figure_text.render(Lang::default()),
            value: value_arg.render(Lang::default()),
            unit: number.and(shown.flatten().or(unit)),
            number,
            how: how.render(Lang::default()),
            source: None,
            sources: Vec::new(),
            inputs: Vec::new(),
            source_shown: false,
            frame: None,
            value_arg,
            text: how,
            figure_text,
        }
    }

    /// The same step citing `c` (a parameter, a table of the rules, a rule of law) as one of its
    /// sources. Two parameters with the same source are two citations.
    pub fn uses(mut self, c: impl Cite) -> Step {
        self.push(c.citation());
        self
    }

    /// The same step citing each of `cs`.
    pub fn uses_all<C: Cite>(mut self, cs: impl IntoIterator<Item = C>) -> Step {
        for c in cs {
            self.push(c.citation());
        }
        self
    }

    /// The same step citing a rule of law or of method that has no confidence of the rules
    /// files (`art. 2.17 Wet IB 2001`).
    pub fn rule(self, source: impl Into<String>) -> Step {
        self.uses(Citation::rule(source))
    }

    /// The same step citing `default` when the value was not given, else the input `key` it
    /// was given in.
    pub fn resolved<U: Unit>(self, key: &str, defaulted: bool, default: &Param<U>) -> Step {
        if defaulted {
            self.uses(default)
        } else {
            self.from_input(key)
        }
    }

    /// The same step citing `default` for an assumption whose value `value` is the default's,
    /// else the input `key` that set it. (A value given equal to the default is cited with the
    /// default's source: the figure is the same convention.)
    pub fn assumption<U: Unit>(self, key: &str, value: Decimal, default: &Param<U>) -> Step {
        self.resolved(key, value == default.value, default)
    }

    /// The same step with its cited text worded as `text` (a heading over several citations,
    /// `Box 3 rules of 2026: ...`); the citations stay as they are.
    pub fn shown_as(mut self, text: impl Into<String>) -> Step {
        self.source = Some(text.into());
        self.source_shown = true;
        self
    }

    /// The same step naming the property file's key `key` as one of its inputs.
    pub fn from_input(mut self, key: &str) -> Step {
        self.inputs.push(Origin::Input(key.to_string()));
        self
    }

    /// The same step naming the earlier step `figure` as one of its inputs.
    pub fn from_step(mut self, figure: &str) -> Step {
        self.inputs.push(Origin::Step(figure.to_string()));
        self
    }

    /// The same step with its citations shown inside the message `id` in the output's
    /// language (`box 3-regels van 2027: ...`): `id`'s first argument is the citations, `args`
    /// the rest.
    pub fn framed(mut self, id: Msg, args: Vec<Arg>) -> Step {
        self.frame = Some((id, args));
        self
    }

    /// The source in `lang`: the citations as [`Citation::cite_in`] writes them, each once,
    /// joined by `; `, in their frame ([`Step::framed`]) when the step has one (the JSON's `source` keeps
    /// the rules files' own wording).
    pub fn source_in(&self, lang: Lang) -> Option<String> {
        if self.sources.is_empty() {
            return self.source.clone();
        }
        // Two parameters from one source (the bank and debt rates of one regulation) read as
        // one citation here; `sources` keeps both.
        let mut text: Vec<String> = Vec::with_capacity(self.sources.len());
        for c in &self.sources {
            let c = c.cite_in(lang);
            if !text.contains(&c) {
                text.push(c);
            }
        }
        let cites = text.join("; ");
        Some(match &self.frame {
            Some((id, args)) => {
                let args = std::iter::once(Arg::Str(cites)).chain(args.iter().cloned());
                Text::new(*id, args.collect()).render(lang)
            }
            None => cites,
        })
    }

    /// Whether any of the parameters used is provisional.
    pub fn provisional(&self) -> bool {
        self.sources.iter().any(|c| c.provisional)
    }

    fn push(&mut self, c: Citation) {
        self.sources.push(c);
        if !self.source_shown {
            let text: Vec<String> = self.sources.iter().map(Citation::cite).collect();
            self.source = Some(text.join("; "));
        }
    }

    /// Render the figure, its value and how it was obtained in `lang`.
    pub fn localize(&mut self, lang: Lang) {
        self.figure = self.figure_text.render(lang);
        self.value = self.value_arg.render(lang);
        self.how = self.text.render(lang);
    }
}

/// The value `arg` as a number with its unit, to the precision its text shows: whole euros
/// and cents rounded as [`Lang::money`] writes them, other numbers to four decimals as
/// [`Lang::plain`] does; `None` for a value that is no number.
fn number_of(arg: &Arg) -> Option<(Decimal, Option<&'static str>)> {
    use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
    let (n, unit) = match arg {
        Arg::Int(i) => (Decimal::from(*i), None),
        Arg::Num(d) => (d.round_dp(4), None),
        Arg::Pct(d) => (d.round_dp(4), Some(PERCENT)),
        Arg::Euro(d) => (d.round_dp_with_strategy(0, MidpointAwayFromZero), Some(EUR)),
        Arg::Cents(d) => (d.round_dp_with_strategy(2, MidpointAwayFromZero), Some(EUR)),
        _ => return None,
    };
    let n = if n.is_zero() {
        Decimal::ZERO
    } else {
        n.normalize()
    };
    Some((n, unit))
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

    /// Record the step `f` builds, with every parameter it reads through [`Reads`] cited
    /// (after the citations the step names itself). Only called when enabled.
    pub fn step(&mut self, f: impl FnOnce(&mut Reads) -> Step) {
        if self.enabled {
            let mut reads = Reads::default();
            let step = f(&mut reads);
            self.steps.push(step.uses_all(reads.into_citations()));
        }
    }

    /// The recorded steps.
    pub fn into_steps(self) -> Vec<Step> {
        self.steps
    }
}

/// The parameters read while a step is built ([`Trace::step`]): reading a value through it
/// cites the parameter, so a step cannot show a parameter without its source. A parameter read
/// twice is cited once.
#[derive(Debug, Default)]
pub struct Reads(Vec<(usize, Citation)>);

impl Reads {
    /// The value of `p`, recording that it was read.
    pub fn read<U: Unit>(&mut self, p: &Param<U>) -> Decimal {
        let at = std::ptr::from_ref(p) as usize;
        if !self.0.iter().any(|(a, _)| *a == at) {
            self.0.push((at, p.citation()));
        }
        p.value
    }

    /// Record that `c` (a table or rule without a single value) was used.
    pub fn cite(&mut self, c: impl Cite) {
        self.0.push((0, c.citation()));
    }

    /// The citations recorded, in the order read.
    pub fn into_citations(self) -> impl Iterator<Item = Citation> {
        self.0.into_iter().map(|(_, c)| c)
    }
}
