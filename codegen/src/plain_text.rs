//! A description as plain text, for where Markdown is not rendered (an RFC 9457 problem's
//! `detail`, a log line): the words of the Markdown without its markup, and the target of each
//! link after its text, as the `errcodes` command shows them, so that a reader can follow it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// `markdown` as plain text: emphasis, code spans and raw HTML tags give their text; a link (a
/// Markdown link or image, or a raw `<a href>`) gives its text followed by its target in
/// parentheses, `decline codes (https://…)`, or only one of them when they are the same
/// (`<https://…>`) or one is empty; paragraphs, list items, headings and code blocks are separated
/// by a blank line, list items start with `- `; no trailing newline.
///
/// # Example
/// ```
/// use errcodes_build::plain_text;
///
/// assert_eq!(
///     plain_text("Use *this* [link](https://x.example)."),
///     "Use this link (https://x.example)."
/// );
/// assert_eq!(plain_text("See <https://x.example>."), "See https://x.example.");
/// assert_eq!(
///     plain_text("Email <a href=\"mailto:a@b.example\">us</a>."),
///     "Email us (mailto:a@b.example)."
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
    let mut links: Vec<Link> = Vec::new();
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
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                links.push(Link::new(&out, &dest_url, false));
            }
            // The raw `<a>` links left open inside end with it, without their targets.
            Event::End(TagEnd::Link | TagEnd::Image) => {
                while let Some(link) = links.pop() {
                    if !link.html {
                        link.close(&mut out);
                        break;
                    }
                }
            }
            Event::InlineHtml(tag) => match html_link(&tag) {
                Some(HtmlLink::Open(href)) => links.push(Link::new(&out, &href, true)),
                Some(HtmlLink::Close) => {
                    if let Some(link) = links.pop_if(|link| link.html) {
                        link.close(&mut out);
                    }
                }
                None => {}
            },
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

/// A link being read: where its text starts in the output, its target, and whether it is a raw
/// HTML `<a>` (closed by `</a>`) rather than a Markdown link or image.
struct Link {
    start: usize,
    target: String,
    html: bool,
}

impl Link {
    /// A link whose text starts at the end of `out`.
    fn new(out: &str, target: &str, html: bool) -> Self {
        Link {
            start: out.len(),
            target: target.trim().to_owned(),
            html,
        }
    }

    /// Writes the target after the link's text, `text (target)`; only the target when there is
    /// no text, nothing when there is no target or it is the text already (`<https://…>`).
    fn close(self, out: &mut String) {
        // A block boundary inside a raw `<a>` may have trimmed the output below the start.
        let text = out.get(self.start..).unwrap_or("").trim();
        if self.target.is_empty() || text == self.target {
            return;
        }
        if text.is_empty() {
            out.push_str(&self.target);
        } else {
            out.push_str(" (");
            out.push_str(&self.target);
            out.push(')');
        }
    }
}

/// What an inline HTML tag means to the text: a link's start (with its `href`, empty when it
/// has none) or end.
#[derive(Debug, PartialEq, Eq)]
enum HtmlLink {
    Open(String),
    Close,
}

/// `tag` (one inline HTML tag, as the Markdown parser gives it) as the start or end of a link;
/// `None` for any other tag, comment or declaration.
fn html_link(tag: &str) -> Option<HtmlLink> {
    let tag = tag.trim().strip_prefix('<')?.strip_suffix('>')?;
    let tag = tag.strip_suffix('/').unwrap_or(tag);
    if let Some(name) = tag.strip_prefix('/') {
        return name
            .trim()
            .eq_ignore_ascii_case("a")
            .then_some(HtmlLink::Close);
    }
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(tag.len());
    if !tag[..name_end].eq_ignore_ascii_case("a") {
        return None;
    }
    let href = attributes(&tag[name_end..])
        .find(|(name, _)| name.eq_ignore_ascii_case("href"))
        .map_or_else(String::new, |(_, value)| decode_references(value));
    Some(HtmlLink::Open(href))
}

/// The attributes of a tag (what follows its name): `(name, value)` pairs, the value unquoted
/// (and empty for an attribute without one), character references not yet decoded.
fn attributes(mut rest: &str) -> impl Iterator<Item = (&str, &str)> {
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            return Some((name, ""));
        };
        rest = after.trim_start();
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let end = rest[1..].find(quote).map_or(rest.len(), |i| i + 1);
                let value = &rest[1..end];
                rest = rest.get(end + 1..).unwrap_or("");
                value
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                let value = &rest[..end];
                rest = &rest[end..];
                value
            }
        };
        Some((name, value))
    })
}

/// `value` with its numeric character references (`&#38;`, `&#x26;`) and the common named ones
/// (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`) decoded; any other `&` is kept as it is.
fn decode_references(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').and_then(|end| {
            let c = match &rest[1..end] {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                name => {
                    let number = name.strip_prefix('#')?;
                    let n = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    // As HTML reads them: no NUL, surrogate or number beyond Unicode.
                    Some(
                        char::from_u32(n)
                            .filter(|&c| c != '\0')
                            .unwrap_or(char::REPLACEMENT_CHARACTER),
                    )
                }
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
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

    #[test]
    fn links_keep_their_targets_as_the_command_line_shows_them() {
        let cases = [
            (
                "See the [decline codes](https://stripe.com/docs/declines/codes).",
                "See the decline codes (https://stripe.com/docs/declines/codes).",
            ),
            (
                "Read [here](#authentication).",
                "Read here (#authentication).",
            ),
            ("See <https://x.example/a>.", "See https://x.example/a."),
            ("Mail <a@b.example>.", "Mail a@b.example."),
            (
                "[https://x.example](https://x.example)",
                "https://x.example",
            ),
            ("[](https://x.example) alone", "https://x.example alone"),
            ("[*bold* text](/p)", "bold text (/p)"),
            ("![a diagram](d.png)", "a diagram (d.png)"),
            ("[no target]()", "no target"),
            (
                "Email <a href=\"mailto:s@x.example\">s@x.example</a> now.",
                "Email s@x.example (mailto:s@x.example) now.",
            ),
            (
                "<A TITLE='t' HREF='/p?a=1&amp;b=&#x32;'>here</A>.",
                "here (/p?a=1&b=2).",
            ),
            ("<a href=/bare>bare</a>", "bare (/bare)"),
            ("An <a name=\"x\">anchor</a>.", "An anchor."),
            ("<a href=\"&bogus; &#0;\">x</a>", "x (&bogus; \u{fffd})"),
            ("An <abbr title=\"t\">abbr</abbr>.", "An abbr."),
        ];
        for (markdown, text) in cases {
            assert_eq!(plain_text(markdown), text, "{markdown:?}");
        }
    }

    #[test]
    fn links_left_open_or_across_blocks_do_not_panic() {
        for markdown in [
            "<a href=\"x\">one\n\ntwo</a>",
            "[out <a href=\"in\">x](y)</a>",
            "</a> <a href=\"x\">",
            "<a href=\"x>y</a>",
            "<a href='x",
        ] {
            let _ = plain_text(markdown);
        }
        assert_eq!(plain_text("[out <a href=\"in\">x](y)"), "out x (y)");
    }
}
