//! What the TypeScript and Python writers share: a string literal of any text, and a code as a
//! literal.

use std::fmt::Write as _;

use errcodes_build::{Code, needs_escape};

/// `s` as a double-quoted string literal of the same text: quotes and backslashes escaped, and
/// every character of [`needs_escape`] written by `escape` (`\n`, `\r` and `\t` as such, the others
/// by number, as each language writes them).
pub(crate) fn string_literal(s: &str, escape: fn(&mut String, char)) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => escape(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `c` as `\uXXXX`, the escape of TypeScript (and JSON), and of Python above U+00FF.
pub(crate) fn push_unicode_escape(out: &mut String, c: char) {
    let _ = write!(out, "\\u{:04x}", u32::from(c));
}

/// A code as a literal: `404`, or the string code as `quote` writes it.
pub(crate) fn code_literal(code: &Code, quote: fn(&str) -> String) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => quote(s),
    }
}
