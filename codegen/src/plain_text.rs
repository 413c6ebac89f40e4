//! A description as plain text, for where Markdown is not rendered (an RFC 9457 problem's
//! `detail`, a log line): the words of the Markdown without its markup.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// `markdown` as plain text: emphasis, code spans, links and raw HTML tags give their text;
/// paragraphs, list items, headings and code blocks are separated by a blank line, list items
/// start with `- `; no trailing newline.
///
/// # Example
/// ```
/// use errcodes_build::plain_text;
///
/// assert_eq!(plain_text("Use *this* [link](https://x.example)."), "Use this link.");
/// assert_eq!(
///     plain_text("Email <a href=\"mailto:a@b.example\">a@b.example</a>."),
///     "Email a@b.example."
/// );
/// assert_eq!(plain_text("One.\n\n- two\n- three\n"), "One.\n\n- two\n- three");
/// ```
pub fn plain_text(markdown: &str) -> String {
    // Most descriptions are one plain paragraph: nothing to parse (a large part of a build
    // script's time on a large registry otherwise).
    if is_plain(markdown) {
        return markdown.trim().to_owned();
    }
    parsed(markdown)
}

/// Whether `markdown` is one line of text with nothing Markdown would read as markup: no
/// character that can start an inline construct or an entity, no line break, and no block marker
/// at its start (an indent, a list item, a heading underline).
fn is_plain(markdown: &str) -> bool {
    let markup = |b: u8| b"\\`*_[]<>&!#~|\n\r\t".contains(&b);
    let digits = markdown.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(markdown.as_bytes().get(digits), Some(b'.' | b')'));
    !markdown.bytes().any(markup) && !markdown.starts_with([' ', '-', '+', '=']) && !ordered
}

/// [`plain_text`] through the Markdown parser.
fn parsed(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => {
                block_break(&mut out, false);
                out.push_str("- ");
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::CodeBlock(_)
                | Tag::BlockQuote(_)
                | Tag::List(_),
            ) => block_break(&mut out, true),
            Event::End(TagEnd::CodeBlock) => {
                let kept = out.trim_end_matches('\n').len();
                out.truncate(kept);
            }
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

/// Ends the text so far with a line break (`blank`: a blank line), unless it is empty or a list
/// item's `- ` was just written.
fn block_break(out: &mut String, blank: bool) {
    if out.is_empty() || out.ends_with("- ") || out.ends_with("\n\n") {
        return;
    }
    let kept = out.trim_end_matches(['\n', ' ']).len();
    out.truncate(kept);
    out.push_str(if blank { "\n\n" } else { "\n" });
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn plain_lines_skip_the_parser_and_read_the_same() {
        for line in [
            "A plain sentence, with commas; and a colon: here.",
            "1. one",
            "2) two",
            "- item",
            "= title",
            "  indented",
            "Ends with a number 12.",
            "Version 1.2 of it",
            "x := y + z (see 4.1)",
            "café, naïve, 日本",
            "",
        ] {
            assert_eq!(plain_text(line), super::parsed(line), "{line:?}");
        }
        assert!(super::is_plain("A plain sentence."));
        assert!(!super::is_plain("1. one"));
    }

    #[test]
    fn markup_goes_text_stays() {
        assert_eq!(plain_text("**Bold** and `code`"), "Bold and code");
        assert_eq!(plain_text("# Title\n\nBody"), "Title\n\nBody");
        assert_eq!(plain_text("a\nb"), "a b");
        assert_eq!(
            plain_text("Run:\n\n    curl x\n\nDone."),
            "Run:\n\ncurl x\n\nDone."
        );
        assert_eq!(plain_text("> quoted"), "quoted");
        assert_eq!(plain_text("<script>alert(1)</script>"), "");
        assert_eq!(plain_text(""), "");
        assert_eq!(plain_text("1. one\n2. two"), "- one\n- two");
    }
}
