//! Doc comments: the registry's text as `///` lines (or `#[doc = "…"]` for a line that a comment
//! cannot hold), its Markdown made safe for rustdoc.

use super::literal::push_escaped;

/// The lint attribute on every item whose docs carry registry text: the registry's Markdown is
/// prose, not rustdoc (`[x]` is not an intra-doc link, `<x` not a broken tag), so
/// `RUSTDOCFLAGS=-D warnings` stays usable; and a crate that uses only part of the generated API
/// (a binary, say) gets no dead-code warnings for the rest.
pub(crate) const ALLOW: &str = "#[allow(\n    dead_code,\n    rustdoc::broken_intra_doc_links,\n    \
                                rustdoc::invalid_html_tags,\n    rustdoc::bare_urls,\n    \
                                rustdoc::invalid_rust_codeblocks\n)]";

/// Appends the lines of `text` as doc comments at `indent`, each line whole.
pub(crate) fn doc(out: &mut String, indent: &str, text: &str) {
    for line in text.split('\n') {
        doc_line(out, indent, line);
    }
}

/// Appends registry Markdown as doc comments: every code block is marked `text`, so that rustdoc
/// shows it and never compiles it as a doctest of the crate that includes the code.
pub(crate) fn doc_markdown(out: &mut String, indent: &str, markdown: &str) {
    let mut line = String::new();
    for_each_doc_line(markdown, |_, text, info| {
        line.clear();
        line.push_str(text);
        line.push_str(info);
        doc_line(out, indent, &line);
    });
}

/// Whether a comment can hold `line` as written: no control character but tab (a CR is not
/// allowed in a doc comment), no character that changes the text's direction (rustc denies those
/// in comments).
fn fits_a_comment(line: &str) -> bool {
    !line.chars().any(|c| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
    })
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

/// Calls `f(i, line, info)` for each line `i` of [`doc_markdown`]`(s)`, which is `line` followed by
/// `info` (`"text"` after an opening fence, else empty), without building the string.
fn for_each_doc_line(s: &str, mut f: impl FnMut(usize, &str, &str)) {
    let mut fence: Option<(char, usize)> = None;
    for (i, line) in s.split('\n').enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        let marker = rest.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |m| rest.chars().take_while(|c| *c == m).count());
        if indent <= 3 && run >= 3 {
            let m = marker.unwrap_or('`');
            match fence {
                None => {
                    fence = Some((m, run));
                    f(i, &line[..indent + run], "text");
                    continue;
                }
                Some((fm, fr)) if fm == m && run >= fr && rest[run..].trim().is_empty() => {
                    fence = None;
                }
                Some(_) => {}
            }
        }
        f(i, line, "");
    }
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
        assert_eq!(lines("*/ \"quoted\" \t"), "/// */ \"quoted\" \t\n");
        assert_eq!(lines(""), "///\n");
    }
}
