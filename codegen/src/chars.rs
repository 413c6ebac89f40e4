//! The characters a registry's text may hold that must not reach source code or a terminal as
//! they are: every writer of generated text (Rust, TypeScript, Python) and the command line ask
//! here.

/// Whether `c` is a bidirectional formatting control: the embeddings and overrides U+202A–U+202E,
/// the isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C. Shown as they are, they
/// make source text or a terminal display text in another order than it is read (Trojan Source,
/// CVE-2021-42574).
///
/// # Example
/// ```
/// assert!(errcodes_build::is_bidi_control('\u{202e}'));
/// assert!(!errcodes_build::is_bidi_control('a'));
/// ```
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
    )
}

/// Whether a writer of source text escapes `c`: controls (C0, DEL, C1), the line and paragraph
/// separators (line terminators in JavaScript), the byte order mark (which some tools take for a
/// line break or drop), and the bidirectional controls ([`is_bidi_control`]).
///
/// # Example
/// ```
/// assert!(errcodes_build::needs_escape('\u{2028}'));
/// assert!(errcodes_build::needs_escape('\n'));
/// assert!(!errcodes_build::needs_escape('é'));
/// ```
pub fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') || is_bidi_control(c)
}
