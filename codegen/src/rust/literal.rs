//! Rust literals: strings escaped so that no content can end them or inject code, integers in
//! decimal.

/// A Rust string literal for `s`, escaped so that no content can end the literal or inject code.
pub(crate) fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_lit(&mut out, s);
    out
}

/// Appends the Rust string literal for `s` to `out`: the same text as
/// `proc_macro2::Literal::string(s).to_string()` (a test compares them), written in place.
pub(crate) fn push_lit(out: &mut String, s: &str) {
    out.push('"');
    push_escaped(out, s);
    out.push('"');
}

/// Appends `s` escaped for the inside of a Rust string literal, as `proc_macro2` escapes it: every
/// character as `char::escape_debug` has it, except `'` (kept) and NUL (`\0`, or `\x00` before a
/// digit that would make it an octal-looking escape). Printable ASCII other than `"` and `\` is
/// copied in runs, which is nearly all of a registry's text.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        // `i` is on a character boundary: everything before it was whole characters.
        let Some(ch) = s[i..].chars().next() else {
            break;
        };
        if ch == '\0' {
            let octal_next = matches!(bytes.get(i + 1), Some(b'0'..=b'7'));
            out.push_str(if octal_next { r"\x00" } else { r"\0" });
        } else {
            out.extend(ch.escape_debug());
        }
        i += ch.len_utf8();
        run = i;
    }
    out.push_str(&s[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_everything() {
        assert_eq!(lit("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(lit("\0"), r#""\0""#);
        assert_eq!(lit("\x001\08"), r#""\x001\08""#);
        assert_eq!(
            lit("it's\t\r\u{7f}\u{301}é🚀"),
            r#""it's\t\r\u{7f}\u{301}é🚀""#
        );
        assert_eq!(lit("\u{2028}\u{feff}"), r#""\u{2028}\u{feff}""#);
    }

    /// Characters where escaping differs from copying, and arbitrary ones.
    pub(crate) fn escapable() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("\0".to_owned()),
            Just("\x001".to_owned()),
            Just("\x007".to_owned()),
            Just("\x008".to_owned()),
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("'".to_owned()),
            Just("\r\n\t".to_owned()),
            Just("\u{7f}\u{1b}".to_owned()),
            Just("\u{301}\u{200d}\u{2028}\u{feff}".to_owned()),
            Just("```\n".to_owned()),
            "[ -~]{0,8}",
            any::<String>(),
        ];
        prop::collection::vec(piece, 0..8).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        /// The escaper writes exactly what `proc_macro2` (the reference, which `syn` reads back in
        /// `tests/injection.rs`) writes, byte for byte.
        #[test]
        fn literals_are_proc_macro2_literals(s in escapable()) {
            proptest::prop_assert_eq!(lit(&s), proc_macro2::Literal::string(&s).to_string());
        }
    }
}
