//! Errors a user can cause, each pointing at the place that caused it.
//!
//! Every message is one of the catalogue ([`crate::i18n`]), rendered in the language of the
//! output: the errors implement [`std::error::Error`] by hand, their `Display` in Dutch (the
//! default language), `render(lang)` in either.

use std::fmt;
use std::sync::Arc;

use crate::i18n::{Arg, Lang, Msg, Text};
use crate::text::one_line;

/// Where in an input a problem is: file (or `<stdin>`), line and column, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: Arc<str>,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One problem with a property: where, what, what was expected, and a suggestion, each a message
/// id with its arguments, rendered in the language of the output ([`InputError::render`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub location: Location,
    pub message: Text,
    pub expected: Option<Box<Text>>,
    pub suggestion: Option<Box<Text>>,
}

impl InputError {
    /// A problem at `location`.
    pub fn new(location: Location, message: impl Into<Text>) -> InputError {
        InputError {
            location,
            message: message.into(),
            expected: None,
            suggestion: None,
        }
    }

    /// Say what was expected.
    pub fn expected(mut self, expected: impl Into<Text>) -> InputError {
        self.expected = Some(Box::new(expected.into()));
        self
    }

    /// Add a suggestion (`did you mean ...`).
    pub fn suggest<T: Into<Text>>(mut self, suggestion: Option<T>) -> InputError {
        self.suggestion = suggestion.map(|s| Box::new(s.into()));
        self
    }

    /// Whether the message names `text` (a key) in any language.
    pub fn mentions(&self, text: &str) -> bool {
        self.message.render(Lang::En).contains(text)
    }

    /// The problem in `lang`: `file:line:col: fout: ...` with `verwacht:` and `hulp:` lines
    /// (English: `error`, `expected`, `help`).
    pub fn render(&self, lang: Lang) -> String {
        let mut s = format!(
            "{}: {}: {}",
            one_line(&self.location.to_string()),
            lang.t(Msg::EError),
            one_line(&self.message.render(lang))
        );
        if let Some(e) = &self.expected {
            s.push_str(&format!(
                "\n    {}: {}",
                lang.t(Msg::EExpected),
                one_line(&e.render(lang))
            ));
        }
        if let Some(h) = &self.suggestion {
            s.push_str(&format!(
                "\n    {}: {}",
                lang.t(Msg::EHelp),
                one_line(&h.render(lang))
            ));
        }
        s
    }
}

/// In Dutch, the default language.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::default()))
    }
}

impl std::error::Error for InputError {}

/// All the problems found in one property (or one file that could not be read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyErrors(pub Vec<InputError>);

impl PropertyErrors {
    /// Every problem in `lang`, one after the other.
    pub fn render(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|e| e.render(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// In Dutch, the default language.
impl fmt::Display for PropertyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::default()))
    }
}

impl std::error::Error for PropertyErrors {}

/// Why a property cannot be evaluated ([`crate::evaluate::evaluate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvalError {
    /// The property breaks the bounds of the property file (a hand-built property: one read from
    /// a file has been checked already), or its tax year has no rules of its own: each problem
    /// as a message of the catalogue.
    Invalid(Vec<Text>),
    /// A defect: the evaluation failed although the property is valid.
    Internal(String),
}

impl EvalError {
    /// The error as a message of the catalogue, for the language of the output.
    pub fn text(&self) -> Text {
        match self {
            EvalError::Invalid(m) => {
                Text::new(Msg::EInvalidProperty, vec![Arg::List(m.clone(), "; ")])
            }
            EvalError::Internal(m) => Text::new(Msg::EInternal, vec![m.clone().into()]),
        }
    }

    /// The problems of an invalid property in `lang` (empty for an internal error).
    pub fn problems(&self, lang: Lang) -> Vec<String> {
        match self {
            EvalError::Invalid(m) => m.iter().map(|t| t.render(lang)).collect(),
            EvalError::Internal(_) => Vec::new(),
        }
    }
}

/// In Dutch, the default language.
impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().render(Lang::default()))
    }
}

impl std::error::Error for EvalError {}

/// A rules file that cannot be used: exit status 2. The message is one of the catalogue,
/// rendered in the language of the output ([`RulesError::render`]).
#[derive(Debug, Clone)]
pub enum RulesError {
    Read { file: String, message: Text },
    Parse { file: String, message: Text },
    Invalid { file: String, message: Text },
}

impl RulesError {
    /// The error in `lang`: `regelbestand FILE: ...` (English: `rules file FILE: ...`).
    pub fn render(&self, lang: Lang) -> String {
        let (id, file, message) = match self {
            RulesError::Read { file, message } => (Msg::ERulesRead, file, message),
            RulesError::Parse { file, message } | RulesError::Invalid { file, message } => {
                (Msg::ERulesFile, file, message)
            }
        };
        one_line(&lang.f(id, &[file.clone().into(), message.clone().into()]))
    }
}

/// In Dutch, the default language.
impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::default()))
    }
}

impl std::error::Error for RulesError {}
