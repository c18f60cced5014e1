//! The language of everything a person reads: Dutch by default, English with `--lang en`.
//!
//! Every sentence lives in the catalogue ([`catalogue`]), one entry per message id with its
//! Dutch and English text; `{0}`, `{1}`, ... stand for typed arguments ([`Arg`]) that are
//! formatted in the notation of the language (Dutch `€ 175.430` and `3,09%`, English `€175,430`
//! and `3.09%`). The library keeps a message id and its arguments ([`Text`]); the output renders
//! it in the language asked for. JSON keys and warning codes never change with the language.

pub mod catalogue;
pub mod library;

use rust_decimal::{Decimal, RoundingStrategy};

pub use catalogue::Msg;

/// A language of the output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Lang {
    /// Nederlands (the default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The message `id` without arguments.
    pub fn t(self, id: Msg) -> &'static str {
        id.template(self)
    }

    /// The message `id` with its arguments filled in.
    pub fn f(self, id: Msg, args: &[Arg]) -> String {
        fill(id.template(self), args, self)
    }

    /// The separators of a number: (thousands, decimal).
    fn separators(self) -> (char, char) {
        match self {
            Lang::Nl => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// A number with `dp` decimals: Dutch `1.234.567,80`, English `1,234,567.80`.
    pub fn number(self, value: Decimal, dp: u32) -> String {
        let (thousands, decimal) = self.separators();
        let v = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
        let neg = v.is_sign_negative() && !v.is_zero();
        let text = format!("{:.*}", dp as usize, v.abs());
        let (int_part, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut s = String::with_capacity(text.len() + text.len() / 3 + 1);
        if neg {
            s.push('-');
        }
        let digits: Vec<char> = int_part.chars().collect();
        for (i, c) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                s.push(thousands);
            }
            s.push(*c);
        }
        if let Some(f) = frac {
            s.push(decimal);
            s.push_str(f);
        }
        s
    }

    /// A number with as many decimals as it has (at most 4): `17,3` / `17.3`.
    pub fn plain(self, value: Decimal) -> String {
        let v = value.round_dp(4).normalize();
        self.number(v, v.scale())
    }

    /// An amount in euros with `dp` decimals: Dutch `€ 315.000` and `€ -1.235`, English
    /// `€315,000` and `-€1,235`.
    pub fn money(self, value: Decimal, dp: u32) -> String {
        let n = self.number(value, dp);
        match self {
            Lang::Nl => format!("€ {n}"),
            Lang::En => match n.strip_prefix('-') {
                Some(abs) => format!("-€{abs}"),
                None => format!("€{n}"),
            },
        }
    }

    /// Whole euros.
    pub fn euro(self, value: Decimal) -> String {
        self.money(value, 0)
    }

    /// Euros with cents.
    pub fn euro_cents(self, value: Decimal) -> String {
        self.money(value, 2)
    }

    /// A percentage with `dp` decimals: `3,09%` / `3.09%`.
    pub fn pct(self, value: Decimal, dp: u32) -> String {
        format!("{}%", self.number(value, dp))
    }

    /// A date written in English in the rules files (`1 January 2029`) in this language.
    pub fn date(self, text: &str) -> String {
        if self == Lang::En {
            return text.to_string();
        }
        const MONTHS: [(&str, &str); 12] = [
            ("January", "januari"),
            ("February", "februari"),
            ("March", "maart"),
            ("April", "april"),
            ("May", "mei"),
            ("June", "juni"),
            ("July", "juli"),
            ("August", "augustus"),
            ("September", "september"),
            ("October", "oktober"),
            ("November", "november"),
            ("December", "december"),
        ];
        let mut s = text.to_string();
        for (en, nl) in MONTHS {
            s = s.replace(en, nl);
        }
        s
    }
}

/// An argument of a message, formatted in the notation of the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a name, a code, a source).
    Str(String),
    /// A whole number.
    Int(i64),
    /// A number with as many decimals as it has.
    Num(Decimal),
    /// Whole euros.
    Euro(Decimal),
    /// Euros with cents.
    Cents(Decimal),
    /// A percentage, as many decimals as it has (at most 4).
    Pct(Decimal),
    /// A date as the rules files write it (`1 January 2029`).
    Date(String),
    /// Another message (a clause that may be left out: see [`Text::empty`]).
    Text(Box<Text>),
    /// Several messages joined by a separator.
    List(Vec<Text>, &'static str),
    /// A text given in both languages (a note of the rules files, a citation of the rules).
    ByLang { nl: String, en: String },
}

impl Arg {
    /// The argument in the notation of `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Str(s) => s.clone(),
            Arg::Int(i) => i.to_string(),
            Arg::Num(d) => lang.plain(*d),
            Arg::Euro(d) => lang.euro(*d),
            Arg::Cents(d) => lang.euro_cents(*d),
            Arg::Pct(d) => format!("{}%", lang.plain(*d)),
            Arg::Date(s) => lang.date(s),
            Arg::Text(t) => t.render(lang),
            Arg::ByLang { nl, en } => match lang {
                Lang::Nl => nl.clone(),
                Lang::En => en.clone(),
            },
            Arg::List(items, sep) => items
                .iter()
                .map(|t| t.render(lang))
                .collect::<Vec<_>>()
                .join(sep),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

impl From<i32> for Arg {
    fn from(i: i32) -> Arg {
        Arg::Int(i64::from(i))
    }
}

impl From<u32> for Arg {
    fn from(i: u32) -> Arg {
        Arg::Int(i64::from(i))
    }
}

/// A message id with its arguments, rendered in a language when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The message; `None` is the empty text (a clause left out).
    pub id: Option<Msg>,
    pub args: Vec<Arg>,
}

impl Text {
    /// The message `id` with `args`.
    pub fn new(id: Msg, args: Vec<Arg>) -> Text {
        Text { id: Some(id), args }
    }

    /// The empty text.
    pub fn empty() -> Text {
        Text {
            id: None,
            args: Vec::new(),
        }
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self.id {
            Some(id) => fill(id.template(lang), &self.args, lang),
            None => String::new(),
        }
    }
}

/// Text that is not (yet) a message of the catalogue: shown as it is in every language (a
/// message of a library, such as the TOML parser's).
impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(Msg::Verbatim, vec![Arg::Str(s)])
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(Msg::Verbatim, vec![s.into()])
    }
}

/// `template` with `{0}`, `{1}`, ... replaced by the arguments in the notation of `lang`.
fn fill(template: &str, args: &[Arg], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)))
        {
            Some((i, close)) => {
                if let Some(a) = args.get(i) {
                    out.push_str(&a.render(lang));
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// "1 woning", "2 woningen": a count with the noun in the right number.
pub fn count(lang: Lang, n: usize, one: Msg, many: Msg) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {}", lang.number(Decimal::from(n), 0), lang.t(noun))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn notation_per_language() {
        assert_eq!(Lang::Nl.euro(dec!(175430)), "€ 175.430");
        assert_eq!(Lang::En.euro(dec!(175430)), "€175,430");
        assert_eq!(Lang::En.euro_cents(dec!(175430)), "€175,430.00");
        assert_eq!(Lang::Nl.euro_cents(dec!(4105.08)), "€ 4.105,08");
        assert_eq!(Lang::Nl.euro(dec!(-1234.5)), "€ -1.235");
        assert_eq!(Lang::En.euro(dec!(-1234.5)), "-€1,235");
        assert_eq!(Lang::Nl.pct(dec!(3.0857), 2), "3,09%");
        assert_eq!(Lang::En.pct(dec!(3.0857), 2), "3.09%");
        assert_eq!(Lang::Nl.plain(dec!(17.30)), "17,3");
        assert_eq!(Lang::Nl.date("1 January 2029"), "1 januari 2029");
    }

    #[test]
    fn every_message_fills_in_both_languages() {
        for id in Msg::ALL {
            let nl = id.template(Lang::Nl);
            let en = id.template(Lang::En);
            assert!(!nl.is_empty() && !en.is_empty(), "{id:?}");
            // The same placeholders in both languages.
            let holes = |t: &str| {
                let mut v: Vec<usize> = (0..10)
                    .filter(|i| t.contains(&format!("{{{i}}}")))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(nl), holes(en), "{id:?}");
        }
        let t = Text::new(Msg::Count, vec![Arg::Euro(dec!(1000)), "x".into()]);
        assert_eq!(
            fill("{0} en {1} {9} {x}", &t.args, Lang::Nl),
            "€ 1.000 en x  {x}"
        );
    }

    #[test]
    fn counts_agree() {
        assert_eq!(count(Lang::Nl, 1, Msg::Woning, Msg::Woningen), "1 woning");
        assert_eq!(count(Lang::Nl, 2, Msg::Woning, Msg::Woningen), "2 woningen");
        assert_eq!(count(Lang::En, 1, Msg::Woning, Msg::Woningen), "1 property");
        assert_eq!(
            count(Lang::En, 1200, Msg::Woning, Msg::Woningen),
            "1,200 properties"
        );
    }
}
