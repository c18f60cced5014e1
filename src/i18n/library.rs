//! Messages of the libraries the tool reads with (the TOML parser, serde, the operating system),
//! in the language of the output. A library speaks English; its common messages have a Dutch
//! form here, and a message without one is quoted in Dutch output as the library's own words
//! (`melding van de TOML-lezer: “...”`), never passed off as Dutch.

use super::{Arg, Msg, Text};

/// The descriptions of the TOML parser's errors with their Dutch form.
const TOML_PROBLEMS: &[(&str, &str)] = &[
    (
        "invalid basic string",
        "ongeldige tekst tussen dubbele aanhalingstekens",
    ),
    (
        "invalid multi-line basic string",
        "ongeldige tekst over meerdere regels",
    ),
    ("invalid literal string", "ongeldige letterlijke tekst"),
    (
        "invalid multi-line literal string",
        "ongeldige letterlijke tekst over meerdere regels",
    ),
    ("invalid string", "ongeldige tekst"),
    ("missing escaped value", "ontbrekend teken na de backslash"),
    (
        "unquoted keys cannot be empty",
        "een sleutel zonder aanhalingstekens mag niet leeg zijn",
    ),
    ("invalid boolean", "ongeldige waarheidswaarde"),
    ("invalid date-time", "ongeldige datum of tijd"),
    ("invalid datetime", "ongeldige datum of tijd"),
    ("invalid date", "ongeldige datum"),
    ("invalid time", "ongeldige tijd"),
    ("invalid exponent", "ongeldige exponent"),
    ("invalid float", "ongeldig decimaal getal"),
    ("invalid fraction", "ongeldige decimalen"),
    ("invalid integer number", "ongeldig geheel getal"),
    ("invalid hexadecimal number", "ongeldig hexadecimaal getal"),
    ("invalid octal number", "ongeldig octaal getal"),
    ("invalid binary number", "ongeldig binair getal"),
    ("invalid mantissa", "ongeldige mantisse"),
    ("invalid key", "ongeldige sleutel"),
    ("invalid table", "ongeldige tabel"),
    (
        "invalid inline table element",
        "ongeldig element van een inline tabel",
    ),
    (
        "invalid key-value pair",
        "ongeldig paar van sleutel en waarde",
    ),
    (
        "invalid unquoted key",
        "ongeldige sleutel zonder aanhalingstekens",
    ),
    ("invalid value", "ongeldige waarde"),
    ("invalid comment character", "ongeldig teken in commentaar"),
    (
        "`_` may only go between digits",
        "`_` mag alleen tussen cijfers staan",
    ),
    (
        "carriage return must be followed by newline",
        "een CR moet door een nieuwe regel gevolgd worden",
    ),
    ("extra `=`", "een `=` te veel"),
    (
        "extra assignment between key-value pairs",
        "een `=` te veel tussen sleutels en waarden",
    ),
    ("extra comma in array", "een komma te veel in de lijst"),
    (
        "extra comma in inline table",
        "een komma te veel in de inline tabel",
    ),
    (
        "integers with a radix cannot be signed",
        "een geheel getal met een grondtal kan geen plus- of minteken hebben",
    ),
    ("integer number overflowed", "het gehele getal is te groot"),
    ("key with no value", "sleutel zonder waarde"),
    ("missing array opening", "de lijst opent niet"),
    (
        "missing assignment between key-value pairs",
        "ontbrekende `=` tussen sleutel en waarde",
    ),
    (
        "missing comma between array elements",
        "ontbrekende komma tussen de elementen van de lijst",
    ),
    (
        "missing comma between key-value pairs",
        "ontbrekende komma tussen de sleutels en waarden",
    ),
    (
        "missing comment start",
        "het commentaar begint niet met `#`",
    ),
    ("missing inline table opening", "de inline tabel opent niet"),
    (
        "missing key for inline table element",
        "ontbrekende sleutel bij een element van de inline tabel",
    ),
    (
        "missing opening quote",
        "ontbrekend openend aanhalingsteken",
    ),
    ("missing table open", "de tabel opent niet"),
    ("missing value for key", "ontbrekende waarde bij de sleutel"),
    ("missing value", "ontbrekende waarde"),
    (
        "radix must be lowercase",
        "het grondtal moet in kleine letters",
    ),
    (
        "redundant integer number prefix",
        "overbodig voorvoegsel van een geheel getal",
    ),
    ("redundant numeric sign", "overbodig plus- of minteken"),
    (
        "string values must be quoted",
        "tekst moet tussen aanhalingstekens staan",
    ),
    (
        "too few unicode value digits",
        "te weinig cijfers in de unicodewaarde",
    ),
    ("unclosed array table", "niet afgesloten lijst van tabellen"),
    ("unclosed array", "niet afgesloten lijst"),
    ("unclosed inline table", "niet afgesloten inline tabel"),
    ("unclosed table", "niet afgesloten tabel"),
    ("unexpected `=` in array", "onverwachte `=` in de lijst"),
    (
        "unexpected content between comment and newline",
        "onverwachte inhoud tussen commentaar en einde van de regel",
    ),
    ("unexpected content", "onverwachte inhoud"),
    ("unexpected key or value", "onverwachte sleutel of waarde"),
    ("unexpected leading zero", "onverwachte voorloopnul"),
    ("unexpected sign", "onverwacht plus- of minteken"),
    ("duplicate key", "dubbele sleutel"),
];

/// What the TOML parser expected, with its Dutch form.
const TOML_EXPECTED: &[(&str, &str)] = &[
    ("literal string", "letterlijke tekst"),
    ("basic string", "tekst tussen dubbele aanhalingstekens"),
    ("multi-line basic string", "tekst over meerdere regels"),
    ("characters", "tekens"),
    ("digits", "cijfers"),
    ("key", "sleutel"),
    ("letters", "letters"),
    ("numbers", "cijfers"),
    ("value", "waarde"),
    (
        "non-double-quote visible characters",
        "zichtbare tekens behalve `\"`",
    ),
    ("non-single-quote characters", "tekens behalve `'`"),
    (
        "non-single-quote visible characters",
        "zichtbare tekens behalve `'`",
    ),
    ("printable characters", "afdrukbare tekens"),
    ("unicode hexadecimal value", "hexadecimale unicodewaarde"),
    ("newline", "nieuwe regel"),
    ("nothing", "niets"),
    ("month between 01 and 12", "maand van 01 tot en met 12"),
    ("day between 01 and 28", "dag van 01 tot en met 28"),
    ("day between 01 and 29", "dag van 01 tot en met 29"),
    ("day between 01 and 30", "dag van 01 tot en met 30"),
    ("day between 01 and 31", "dag van 01 tot en met 31"),
    ("hour between 00 and 23", "uur van 00 tot en met 23"),
    ("minute between 00 and 59", "minuut van 00 tot en met 59"),
    ("second between 00 and 60", "seconde van 00 tot en met 60"),
    (
        "a four-digit year (YYYY)",
        "een jaar van vier cijfers (JJJJ)",
    ),
    ("a two-digit month (MM)", "een maand van twee cijfers (MM)"),
    ("a two-digit day (DD)", "een dag van twee cijfers (DD)"),
];

fn lookup(table: &[(&str, &'static str)], en: &str) -> Option<&'static str> {
    table.iter().find(|(e, _)| *e == en).map(|(_, nl)| *nl)
}

/// An English text of a library with its Dutch form, or quoted in Dutch as the library's own
/// words when it has none (`quoted`: the frame for that).
fn by_lang(en: &str, nl: Option<String>, quoted: Msg) -> Text {
    match nl {
        Some(nl) => Text::new(
            Msg::Verbatim,
            vec![Arg::ByLang {
                nl,
                en: en.to_string(),
            }],
        ),
        None => Text::new(
            quoted,
            vec![Arg::ByLang {
                nl: en.to_string(),
                en: en.to_string(),
            }],
        ),
    }
}

/// A message of the TOML parser (`string values must be quoted, expected literal string`).
pub fn toml_message(message: &str) -> Text {
    let message = message.trim();
    let (problem, expected) = match message.split_once(", expected ") {
        Some((p, e)) => (p, Some(e)),
        None => (message, None),
    };
    let item = |x: &str| {
        let x = x.trim();
        if x.starts_with('`') && x.ends_with('`') {
            Some(x.to_string())
        } else {
            lookup(TOML_EXPECTED, x).map(str::to_string)
        }
    };
    let nl = lookup(TOML_PROBLEMS, problem).and_then(|p| match expected {
        None => Some(p.to_string()),
        Some(e) => e
            .split(", ")
            .map(item)
            .collect::<Option<Vec<_>>>()
            .map(|items| format!("{p}, verwacht: {}", items.join(", "))),
    });
    by_lang(message, nl, Msg::TomlQuoted)
}

/// `` `name`rest `` as (name, rest).
fn quoted(m: &str) -> Option<(&str, &str)> {
    m.strip_prefix('`')?.split_once('`')
}

/// A message of serde reading a rules file (`missing field `source``, `unknown field ...`).
pub fn serde_message(message: &str) -> Text {
    let message = message.trim();
    let expected = |e: &str| -> Arg {
        match e.strip_prefix("one of ") {
            Some(list) => Text::new(Msg::SerdeOneOf, vec![list.into()]).into(),
            None => by_lang(e, None, Msg::TomlQuoted).into(),
        }
    };
    if let Some(rest) = message.strip_prefix("missing field ")
        && let Some((name, "")) = quoted(rest)
    {
        return Text::new(Msg::SerdeMissing, vec![name.into()]);
    }
    if let Some((name, candidates)) = unknown_field(message)
        && let Some(best) = crate::suggest::closest(name, candidates.iter().copied())
    {
        let list = message.split_once(", expected ").map_or("", |(_, e)| e);
        return Text::new(
            Msg::SerdeUnknownFieldSuggest,
            vec![name.into(), expected(list), best.into()],
        );
    }
    for (prefix, id) in [
        ("unknown field ", Msg::SerdeUnknownField),
        ("unknown variant ", Msg::SerdeUnknownVariant),
    ] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((name, after)) = quoted(rest)
            && let Some(e) = after.strip_prefix(", expected ")
        {
            return Text::new(id, vec![name.into(), expected(e)]);
        }
    }
    by_lang(message, None, Msg::TomlQuoted)
}

/// The field serde names in an `unknown field `x`, expected one of `a`, `b`` message, with the
/// fields it expected.
pub fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let (name, after) = quoted(message.trim().strip_prefix("unknown field ")?)?;
    let list = after.strip_prefix(", expected ")?;
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let candidates = list
        .split(", ")
        .filter_map(|c| quoted(c.trim()).map(|(c, _)| c))
        .collect();
    Some((name, candidates))
}

/// An error of the operating system in reading a file.
pub fn io_error(e: &std::io::Error) -> Text {
    let id = match e.kind() {
        std::io::ErrorKind::NotFound => Some(Msg::IoNotFound),
        std::io::ErrorKind::PermissionDenied => Some(Msg::IoDenied),
        std::io::ErrorKind::IsADirectory => Some(Msg::IoIsDirectory),
        _ => None,
    };
    let en = e.to_string();
    match id {
        // The operating system's own words in English (as before), the kind in Dutch.
        Some(id) => by_lang(
            &en,
            Some(id.template(super::Lang::Nl).to_string()),
            Msg::Verbatim,
        ),
        None => by_lang(&en, None, Msg::IoQuoted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn toml_messages_in_dutch_or_quoted() {
        let t = toml_message("string values must be quoted, expected literal string");
        assert_eq!(
            t.render(Lang::Nl),
            "tekst moet tussen aanhalingstekens staan, verwacht: letterlijke tekst"
        );
        assert_eq!(
            t.render(Lang::En),
            "string values must be quoted, expected literal string"
        );
        let t = toml_message("invalid boolean, expected `true`");
        assert_eq!(
            t.render(Lang::Nl),
            "ongeldige waarheidswaarde, verwacht: `true`"
        );
        let t = toml_message("something new");
        assert_eq!(
            t.render(Lang::Nl),
            "melding van de TOML-lezer: “something new”"
        );
        assert_eq!(t.render(Lang::En), "something new");
    }

    #[test]
    fn serde_messages() {
        let t = serde_message("missing field `source`");
        assert_eq!(t.render(Lang::Nl), "veld `source` ontbreekt");
        assert_eq!(t.render(Lang::En), "missing field `source`");
        let t = serde_message("unknown variant `X`, expected one of `H`, `M`, `L`");
        assert_eq!(
            t.render(Lang::Nl),
            "onbekende waarde `X`, verwacht: een van `H`, `M`, `L`"
        );
        assert_eq!(
            t.render(Lang::En),
            "unknown variant `X`, expected one of `H`, `M`, `L`"
        );
    }
}
