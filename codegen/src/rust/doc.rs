//! Doc comments: the registry's text as `///` lines (or `#[doc = "…"]` for a line that a comment
//! cannot hold), its Markdown made safe for rustdoc.

use super::literal::push_escaped;

/// The lint attribute on every item whose docs carry registry text. The registry's Markdown is
/// prose, not rustdoc: `[x]` is not an intra-doc link (and may name a private generated item, or
/// repeat its own target), `<x` not a broken tag, a URL may stand bare, a backtick alone; so
/// `RUSTDOCFLAGS=-D warnings` (or `rustdoc::all`) stays usable. A crate that uses only part of
/// the generated API (a binary, say) gets no dead-code warnings for the rest, and the generated
/// code's own uses of deprecated entries do not warn (a user's do).
pub(crate) const ALLOW: &str = "#[allow(\n    dead_code,\n    deprecated,\n    \
                                rustdoc::broken_intra_doc_links,\n    \
                                rustdoc::private_intra_doc_links,\n    \
                                rustdoc::redundant_explicit_links,\n    \
                                rustdoc::invalid_html_tags,\n    rustdoc::bare_urls,\n    \
                                rustdoc::unescaped_backticks\n)]";

/// Appends the lines of `text` as doc comments at `indent`, each line whole.
pub(crate) fn doc(out: &mut String, indent: &str, text: &str) {
    for line in text.split('\n') {
        doc_line(out, indent, line);
    }
}

/// Appends registry Markdown as doc comments, made safe for rustdoc
/// (see `codegen/src/rustdoc.rs`): every code block is marked `text`,
/// so that rustdoc shows it and never compiles it as a doctest of the crate that includes the
/// code.
pub(crate) fn doc_markdown(out: &mut String, indent: &str, markdown: &str) {
    doc(out, indent, &crate::rustdoc::rustdoc_markdown_cow(markdown));
}

/// Whether a comment can hold `line` as written: no control character (a CR is not allowed in a
/// doc comment, and clippy warns of tabs), no character that changes the text's direction (rustc
/// denies those in comments).
fn fits_a_comment(line: &str) -> bool {
    !line
        .chars()
        .any(|c| c.is_control() || crate::is_bidi_control(c))
}

/// `{indent}/// {line}`, or `{indent}#[doc = " {line}"]` with the line escaped.
fn doc_line(out: &mut String, indent: &str, line: &str) {
    out.push_str(indent);
    if fits_a_comment(line) {
        out.push_str("///");
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
    } else {
        out.push_str("#[doc = \" ");
        push_escaped(out, line);
        out.push_str("\"]");
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(markdown: &str) -> String {
        let mut out = String::new();
        doc_markdown(&mut out, "", markdown);
        out
    }

    #[test]
    fn fences_become_text() {
        assert_eq!(
            lines("a\n```\nfn x() {}\n```\nb"),
            "/// a\n/// ```text\n/// fn x() {}\n/// ```\n/// b\n"
        );
        assert_eq!(
            lines("~~~~rust\nx\n~~~~"),
            "/// ~~~~text\n/// x\n/// ~~~~\n"
        );
        assert_eq!(lines("plain `code`"), "/// plain `code`\n");
    }

    #[test]
    fn lines_a_comment_cannot_hold_are_attributes() {
        assert_eq!(lines("a\rb"), "#[doc = \" a\\rb\"]\n");
        assert_eq!(lines("x\u{202e}y"), "#[doc = \" x\\u{202e}y\"]\n");
        assert_eq!(lines("*/ \"quoted\""), "/// */ \"quoted\"\n");
        assert_eq!(lines("a\tb"), "#[doc = \" a\\tb\"]\n");
        assert_eq!(lines(""), "///\n");
    }
}
