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
