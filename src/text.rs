//! Text from the input made safe to show: a value, a key or a file name may hold escape
//! sequences or other control characters, which are written out instead of sent raw.

use std::borrow::Cow;

/// `text` safe to show on a terminal: control characters (escape sequences, carriage returns,
/// bells) are written as `\u{1b}` instead of being sent raw. Line feeds and tabs are kept.
pub fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            s.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            s.push(c);
        }
    }
    Cow::Owned(s)
}

/// [`printable`] on one line: line feeds and tabs written out too (`\u{a}`, `\u{9}`), as an
/// error message or a CSV cell needs them.
pub fn one_line(text: &str) -> String {
    printable(text)
        .replace('\n', "\\u{a}")
        .replace('\t', "\\u{9}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_written_out() {
        assert!(matches!(printable("woning 1"), Cow::Borrowed("woning 1")));
        assert_eq!(printable("a\u{1b}[31mb\r"), "a\\u{1b}[31mb\\u{d}");
        assert_eq!(printable("a\nb\tc"), "a\nb\tc");
        assert_eq!(one_line("a\nb\tc\u{7}"), "a\\u{a}b\\u{9}c\\u{7}");
    }
}
