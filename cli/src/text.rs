//! A registry description (Markdown) as plain terminal text, wrapped to a width.
//!
//! The Markdown is parsed with `pulldown-cmark`; the events are laid out as blocks (paragraphs,
//! list items, quotes, code, tables) and each block is wrapped with `textwrap`. Links keep their
//! target: `[here](#authentication)` becomes `here (#authentication)`, and the inline HTML anchors
//! API documentation often carries (`<a href="mailto:x">y</a>`) become `y (mailto:x)`. With
//! `color`, emphasis, code and links are styled with ANSI escapes (one style per word, so a line
//! break never leaves a style open). Raw HTML is read with `html5gum`, a WHATWG tokenizer: it
//! splits tags from text and decodes character references in text and attribute values.

use anstyle::{Effects, Style};
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use textwrap::WordSeparator;
use textwrap::core::display_width;

use crate::term::clean;

/// The Markdown `source` as text wrapped to `width` columns (at least 20), ending with a newline
/// unless empty.
pub fn markdown_to_text(source: &str, width: usize, color: bool) -> String {
    let mut w = Layout::new(color);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(source, options) {
        w.event(event);
    }
    w.flush();
    w.finish(width.max(20))
}

/// One laid-out block: its text and the prefixes of its first and following lines.
#[derive(Debug)]
struct Block {
    /// Prefix of the first line (e.g. `- ` for a list item).
    first: String,
    /// Prefix of the following lines.
    rest: String,
    /// The text; for `pre` blocks, the lines as they are.
    text: String,
    /// Preformatted (code, tables, rules): not wrapped.
    pre: bool,
    /// A blank line before it (false between the items of a tight list).
    gap: bool,
    /// The outermost list it sits in, if any (for the tight-list rule).
    list: Option<usize>,
}

/// A container the following blocks are nested in.
#[derive(Debug)]
enum Container {
    Quote,
    List { id: usize, next: Option<u64> },
    Item { marker: String, used: bool },
}

/// An open link: its target, the plain text seen inside it so far, and whether it came from an
/// HTML `<a>` (closed by `</a>`) or from Markdown.
#[derive(Debug)]
struct OpenLink {
    url: String,
    text: String,
    html: bool,
}

/// The event walker.
struct Layout {
    color: bool,
    blocks: Vec<Block>,
    /// Inline text of the block being built.
    text: String,
    containers: Vec<Container>,
    /// Active inline styles, innermost last.
    styles: Vec<Style>,
    links: Vec<OpenLink>,
    in_paragraph: bool,
    in_code_block: bool,
    /// Rows of the table being read (cells as text).
    table: Option<Vec<Vec<String>>>,
    table_head_rows: usize,
    /// Lists started so far (their ids).
    lists_seen: usize,
    /// The raw lines of the HTML block being read: tokenized together at its end, so a tag or
    /// comment may span lines.
    html_block: Option<String>,
}

const CODE: Style = Style::new().effects(Effects::BOLD);
const EMPH: Style = Style::new().effects(Effects::ITALIC);
const STRONG: Style = Style::new().effects(Effects::BOLD);
const STRIKE: Style = Style::new().effects(Effects::STRIKETHROUGH);
const LINK_TEXT: Style = Style::new().effects(Effects::UNDERLINE);
const URL: Style = Style::new().effects(Effects::DIMMED);
const HEADING: Style = Style::new().effects(Effects::BOLD.insert(Effects::UNDERLINE));

impl Layout {
    fn new(color: bool) -> Self {
        Layout {
            color,
            blocks: Vec::new(),
            text: String::new(),
            containers: Vec::new(),
            styles: Vec::new(),
            links: Vec::new(),
            in_paragraph: false,
            in_code_block: false,
            table: None,
            table_head_rows: 0,
            lists_seen: 0,
            html_block: None,
        }
    }

    /// The style of text pushed now: the union of the active styles.
    fn style(&self) -> Style {
        self.styles.iter().fold(Style::new(), |acc, s| {
            acc.effects(acc.get_effects() | s.get_effects())
        })
    }

    /// Appends inline text in the current style.
    fn push(&mut self, s: &str) {
        let s = &clean(s);
        for link in &mut self.links {
            link.text.push_str(s);
        }
        let style = self.style();
        push_styled(&mut self.text, s, style, self.color);
    }

    /// Appends text in an explicit style (not recorded as link text).
    fn push_with(&mut self, s: &str, style: Style) {
        let s = &clean(s);
        let style = style.effects(style.get_effects() | self.style().get_effects());
        push_styled(&mut self.text, s, style, self.color);
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if self.in_code_block {
                    self.text.push_str(&clean(&t.replace('\t', "    ")));
                } else {
                    self.push(&t);
                }
            }
            Event::Code(c) => {
                if !self.color {
                    self.push("`");
                }
                self.styles.push(CODE);
                self.push(&c);
                self.styles.pop();
                if !self.color {
                    self.push("`");
                }
            }
            Event::InlineMath(m) | Event::DisplayMath(m) => self.push(&m),
            Event::InlineHtml(h) => self.html(&h, false),
            Event::Html(h) => match &mut self.html_block {
                Some(lines) => lines.push_str(&h),
                None => self.html(&h, true),
            },
            Event::FootnoteReference(r) => self.push(&format!("[{r}]")),
            Event::SoftBreak => self.push(" "),
            Event::HardBreak => self.text.push('\n'),
            Event::Rule => {
                self.flush();
                self.text.push_str(&"-".repeat(20));
                self.flush_as(true);
            }
            Event::TaskListMarker(done) => self.push(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.flush();
                self.in_paragraph = true;
            }
            Tag::Heading { .. } => {
                self.flush();
                self.styles.push(HEADING);
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.in_code_block = true;
            }
            Tag::List(start) => {
                self.flush();
                self.lists_seen += 1;
                self.containers.push(Container::List {
                    id: self.lists_seen,
                    next: start,
                });
            }
            Tag::Item => {
                self.flush();
                let marker = match self.containers.last_mut() {
                    Some(Container::List { next: Some(n), .. }) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "- ".to_owned(),
                };
                self.containers.push(Container::Item {
                    marker,
                    used: false,
                });
            }
            Tag::Table(_) => {
                self.flush();
                self.table = Some(Vec::new());
                self.table_head_rows = 0;
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.text.clear(),
            Tag::Emphasis => self.styles.push(EMPH),
            Tag::Strong => self.styles.push(STRONG),
            Tag::Strikethrough => {
                if !self.color {
                    self.push("~~");
                }
                self.styles.push(STRIKE);
            }
            Tag::Link { dest_url, .. } => self.open_link(dest_url.to_string(), false),
            Tag::Image { dest_url, .. } => {
                self.push("[image: ");
                self.open_link(dest_url.to_string(), false);
            }
            Tag::FootnoteDefinition(label) => {
                self.flush();
                self.push(&format!("[{label}]: "));
            }
            Tag::DefinitionListTitle | Tag::DefinitionListDefinition => self.flush(),
            Tag::HtmlBlock => self.html_block = Some(String::new()),
            Tag::DefinitionList | Tag::Superscript | Tag::Subscript | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.flush();
                self.in_paragraph = false;
            }
            TagEnd::Heading(_) => {
                self.styles.pop();
                self.flush();
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::CodeBlock => {
                while self.text.ends_with('\n') {
                    self.text.pop();
                }
                let code: String = self
                    .text
                    .lines()
                    .map(|l| format!("    {l}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                self.text = code;
                self.flush_as(true);
                self.in_code_block = false;
            }
            TagEnd::List(_) => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::Item => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.text).trim().to_owned();
                if let Some(row) = self.table.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push(cell);
                }
            }
            TagEnd::TableHead => self.table_head_rows += 1,
            TagEnd::Table => {
                if let Some(rows) = self.table.take() {
                    self.text = table_text(&rows, self.table_head_rows);
                    self.flush_as(true);
                }
            }
            TagEnd::Emphasis | TagEnd::Strong => {
                self.styles.pop();
            }
            TagEnd::Strikethrough => {
                self.styles.pop();
                if !self.color {
                    self.push("~~");
                }
            }
            TagEnd::Link => self.close_link(false),
            TagEnd::Image => {
                self.close_link(false);
                self.push("]");
            }
            TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::HtmlBlock => {
                if let Some(lines) = self.html_block.take() {
                    self.html(&lines, true);
                }
                self.flush();
            }
            TagEnd::TableRow
            | TagEnd::DefinitionList
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::MetadataBlock(_) => {}
        }
    }

    /// Ends `style` if it is the innermost one (HTML end tags may not match their start tags).
    fn pop_style(&mut self, style: Style) -> bool {
        let open = self.styles.last() == Some(&style);
        if open {
            self.styles.pop();
        }
        open
    }

    fn open_link(&mut self, url: String, html: bool) {
        self.links.push(OpenLink {
            url,
            text: String::new(),
            html,
        });
        self.styles.push(LINK_TEXT);
    }

    /// Closes the innermost link (for `</a>`, only one opened by HTML) and writes its target
    /// after its text, unless the text already is the target (`<https://…>`) or there is none.
    fn close_link(&mut self, html: bool) {
        if self.links.last().is_none_or(|l| l.html != html) {
            return;
        }
        let Some(link) = self.links.pop() else {
            return;
        };
        self.pop_style(LINK_TEXT);
        let url = link.url.trim();
        let text = link.text.trim();
        if url.is_empty() || text == url {
            return;
        }
        if text.is_empty() {
            self.push_with(url, URL);
        } else {
            self.push_with(" (", Style::new());
            self.push_with(url, URL);
            self.push_with(")", Style::new());
        }
    }

    /// HTML, inline (`InlineHtml`, one tag at a time) or a whole HTML block: tags that carry
    /// meaning for text (`a`, `br`, `p`, emphasis, `code`, `img`) are followed, other tags,
    /// comments and doctypes are dropped, text is kept with its character references decoded.
    fn html(&mut self, source: &str, block: bool) {
        let mut emitter = DefaultEmitter::default();
        // The content of `<script>`, `<style>`, `<textarea>` … is text, not tags (what a browser's
        // tree builder would tell its tokenizer).
        emitter.naively_switch_states(true);
        for Ok(token) in Tokenizer::new_with_emitter(source, emitter) {
            match token {
                Token::String(t) => self.html_text(&String::from_utf8_lossy(&t), block),
                Token::StartTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name);
                    self.html_tag(&name, false, |attr| attribute(&tag, attr));
                }
                Token::EndTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name);
                    self.html_tag(&name, true, |_| String::new());
                }
                // Parse errors are recovered from by the tokenizer, as a browser would.
                Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
            }
        }
    }

    /// Text from HTML, its character references decoded.
    fn html_text(&mut self, t: &str, block: bool) {
        if block {
            // In an HTML block, line breaks and runs of spaces are one space.
            let mut collapsed = String::new();
            for (i, word) in t.split_ascii_whitespace().enumerate() {
                if i > 0 {
                    collapsed.push(' ');
                }
                collapsed.push_str(word);
            }
            if t.starts_with(|c: char| c.is_ascii_whitespace())
                && !collapsed.is_empty()
                && !self.text.is_empty()
                && !self.text.ends_with(char::is_whitespace)
            {
                collapsed.insert(0, ' ');
            }
            if t.ends_with(|c: char| c.is_ascii_whitespace()) && !collapsed.is_empty() {
                collapsed.push(' ');
            }
            self.push(&collapsed);
        } else {
            self.push(t);
        }
    }

    /// A start tag (`closing` false) or an end tag called `name` (lower-case); `attr` gives the
    /// value of an attribute, character references decoded (empty when it is missing).
    fn html_tag(&mut self, name: &str, closing: bool, attr: impl Fn(&str) -> String) {
        match (name, closing) {
            ("a", false) => self.open_link(attr("href"), true),
            ("a", true) => self.close_link(true),
            ("br", _) => self.text.push('\n'),
            ("img", false) => {
                let alt = attr("alt");
                self.push(&format!("[image: {alt}"));
                self.open_link(attr("src"), true);
                // The alt text stands for the link text.
                if let Some(l) = self.links.last_mut() {
                    l.text = alt;
                }
                self.close_link(true);
                self.push("]");
            }
            ("strong" | "b", false) => self.styles.push(STRONG),
            ("em" | "i", false) => self.styles.push(EMPH),
            ("strong" | "b", true) => {
                self.pop_style(STRONG);
            }
            ("em" | "i", true) => {
                self.pop_style(EMPH);
            }
            ("code" | "kbd" | "tt", false) => {
                if !self.color {
                    self.push("`");
                }
                self.styles.push(CODE);
            }
            ("code" | "kbd" | "tt", true) => {
                let was_open = self.pop_style(CODE);
                if was_open && !self.color {
                    self.push("`");
                }
            }
            (
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table"
                | "tr" | "blockquote" | "pre" | "hr",
                _,
            ) => self.flush(),
            ("li", false) => {
                self.flush();
                self.push("- ");
            }
            _ => {}
        }
    }

    /// Ends the current block of inline text, if it has any.
    fn flush(&mut self) {
        self.flush_as(false);
    }

    fn flush_as(&mut self, pre: bool) {
        // An HTML anchor left open (`<a href=…>text` without `</a>`) ends with its block.
        while self.links.last().is_some_and(|l| l.html) {
            self.close_link(true);
        }
        let text = if pre {
            std::mem::take(&mut self.text)
        } else {
            let t = self.text.trim().to_owned();
            self.text.clear();
            t
        };
        if text.is_empty() {
            return;
        }
        let mut first = String::new();
        let mut rest = String::new();
        let mut list = None;
        let mut in_item = false;
        for c in &mut self.containers {
            match c {
                Container::Quote => {
                    first.push_str("> ");
                    rest.push_str("> ");
                }
                Container::List { id, .. } => {
                    list.get_or_insert(*id);
                }
                Container::Item { marker, used } => {
                    in_item = true;
                    let pad = " ".repeat(marker.chars().count());
                    if *used {
                        first.push_str(&pad);
                    } else {
                        first.push_str(marker);
                        *used = true;
                    }
                    rest.push_str(&pad);
                }
            }
        }
        // Items of a tight list (text not in a paragraph) follow each other without a blank line.
        let tight = in_item && !self.in_paragraph;
        let gap = !(tight && list.is_some() && self.blocks.last().is_some_and(|b| b.list == list));
        self.blocks.push(Block {
            first,
            rest,
            text,
            pre,
            gap,
            list,
        });
    }

    /// Wraps every block and joins them.
    fn finish(self, width: usize) -> String {
        let mut out = String::new();
        let mut prev_rest: Option<&str> = None;
        for block in &self.blocks {
            if let Some(prev) = prev_rest
                && block.gap
            {
                let common: String = prev
                    .chars()
                    .zip(block.rest.chars())
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| a)
                    .collect();
                out.push_str(common.trim_end());
                out.push('\n');
            }
            if block.pre {
                for (i, line) in block.text.lines().enumerate() {
                    let prefix = if i == 0 { &block.first } else { &block.rest };
                    out.push_str(format!("{prefix}{line}").trim_end());
                    out.push('\n');
                }
            } else {
                let options = textwrap::Options::new(width)
                    .initial_indent(&block.first)
                    .subsequent_indent(&block.rest)
                    .break_words(false)
                    .word_separator(WordSeparator::AsciiSpace)
                    .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
                for line in textwrap::wrap(&block.text, options) {
                    out.push_str(line.trim_end());
                    out.push('\n');
                }
            }
            prev_rest = Some(&block.rest);
        }
        out
    }
}

/// The value of `tag`'s attribute `name` (lower-case), character references decoded; empty when
/// the tag has no such attribute. (The tokenizer lower-cases attribute names and keeps the first of
/// duplicates.)
fn attribute(tag: &StartTag<()>, name: &str) -> String {
    tag.attributes
        .get(name.as_bytes())
        .map(|v| String::from_utf8_lossy(v).into_owned())
        .unwrap_or_default()
}

/// Appends `s` to `out`; with `color` and a style, each run of non-blank characters is styled on
/// its own, so wrapping between words never splits an escape sequence from its reset.
fn push_styled(out: &mut String, s: &str, style: Style, color: bool) {
    if !color || style == Style::new() {
        out.push_str(s);
        return;
    }
    let mut word = String::new();
    let flush = |out: &mut String, word: &mut String| {
        if !word.is_empty() {
            out.push_str(&format!("{style}{word}{style:#}"));
            word.clear();
        }
    };
    for c in s.chars() {
        if c.is_whitespace() {
            flush(out, &mut word);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(out, &mut word);
}

/// A table as aligned columns, a rule under the header rows.
fn table_text(rows: &[Vec<String>], head_rows: usize) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (j, cell) in row.iter().enumerate() {
            if j > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            line.push_str(&" ".repeat(widths[j] - display_width(cell)));
        }
        lines.push(line.trim_end().to_owned());
        if i + 1 == head_rows {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            lines.push(rule.join("  "));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::{clean, markdown_to_text};

    fn plain(md: &str, width: usize) -> String {
        markdown_to_text(md, width, false)
    }

    #[test]
    fn markdown_link_keeps_its_target() {
        assert_eq!(
            plain("Read [the guide](https://example.com/guide) first.", 80),
            "Read the guide (https://example.com/guide) first.\n"
        );
    }

    #[test]
    fn autolink_is_written_once() {
        assert_eq!(
            plain("See <https://example.com>.", 80),
            "See https://example.com.\n"
        );
    }

    #[test]
    fn html_anchor_becomes_text_and_target() {
        assert_eq!(
            plain(
                "Mail <a href=\"mailto:a@b.c\">a@b.c</a> or <A HREF='https://x.y/?a=1&amp;b=2' target=_blank>the site</A>.",
                80
            ),
            "Mail a@b.c (mailto:a@b.c) or the site (https://x.y/?a=1&b=2).\n"
        );
    }

    #[test]
    fn anchor_without_href_keeps_its_text() {
        assert_eq!(plain("<a name=\"x\">here</a> it is", 80), "here it is\n");
    }

    #[test]
    fn wraps_at_spaces_and_never_breaks_a_url() {
        let text = plain(
            "aaaa bbbb cccc dddd [link](https://example.com/a/very/long/path/that/does/not/fit)",
            24,
        );
        assert_eq!(
            text,
            "aaaa bbbb cccc dddd link\n(https://example.com/a/very/long/path/that/does/not/fit)\n"
        );
        assert!(text.lines().take(1).all(|l| l.len() <= 24));
    }

    #[test]
    fn lists_quotes_and_code() {
        let md = "Intro:\n\n- one\n- two is a longer item\n\n1. first\n2. second\n\n> quoted *text*\n\n```\nlet x = 1;\n```\n\nEnd with `code` and **bold**.";
        assert_eq!(
            plain(md, 20),
            "Intro:\n\n- one\n- two is a longer\n  item\n\n1. first\n2. second\n\n> quoted text\n\n    let x = 1;\n\nEnd with `code` and\nbold.\n"
        );
    }

    #[test]
    fn html_block_and_entities() {
        assert_eq!(
            plain("<p>Fish &amp; chips<br>\n  served   hot</p>\n", 80),
            "Fish & chips\nserved hot\n"
        );
    }

    #[test]
    fn table_is_aligned() {
        assert_eq!(
            plain("| a | bb |\n|---|---|\n| ccc | d |\n", 80),
            "a    bb\n---  --\nccc  d\n"
        );
    }

    #[test]
    fn color_styles_each_word() {
        let text = markdown_to_text("a **b c** d", 80, true);
        assert_eq!(text, "a \x1b[1mb\x1b[0m \x1b[1mc\x1b[0m d\n");
    }

    #[test]
    fn control_characters_are_neutralised() {
        assert_eq!(
            plain("a\tb \u{1b}[31mred\u{7}\n\n```\n\tx\u{1b}\n```", 80),
            "a b \u{fffd}[31mred\u{fffd}\n\n        x\u{fffd}\n"
        );
        assert_eq!(clean("x\u{9b}y\n"), "x\u{fffd}y\n");
    }

    #[test]
    fn headings_are_blocks_of_their_own() {
        assert_eq!(
            plain("# Title\nText under it.\n## Next", 80),
            "Title\n\nText under it.\n\nNext\n"
        );
        assert_eq!(
            markdown_to_text("# Title", 80, true),
            "\x1b[1m\x1b[4mTitle\x1b[0m\n"
        );
    }

    #[test]
    fn unbalanced_html_does_not_disturb_the_text() {
        assert_eq!(
            plain("a </b></i></code> b <b>c <a href=x>d", 80),
            "a  b c d (x)\n"
        );
    }

    #[test]
    fn html_block_tags_and_comments_may_span_lines() {
        assert_eq!(
            plain(
                "<div\n  class=\"note\">Mail <a\n  href=\"mailto:a@b.c\">us</a>.</div>\n<!-- a\nnote -->\n\nText.",
                80
            ),
            "Mail us (mailto:a@b.c).\n\nText.\n"
        );
    }

    #[test]
    fn html_character_references_are_decoded_as_a_browser_would() {
        // Named (also the legacy ones without `;` in text), numeric, and 0x80-0x9F read as
        // windows-1252; `&T` is no reference.
        assert_eq!(
            plain("<p>&hearts; &#x1F600; &#x80; AT&T &copy 2024</p>\n", 80),
            "\u{2665} \u{1f600} \u{20ac} AT&T \u{a9} 2024\n"
        );
        // In an attribute, `&copy=` is a query parameter, not `©=`.
        assert_eq!(
            plain("<a href=\"/q?a=1&copy=2&amp;b=3\">x</a>", 80),
            "x (/q?a=1&copy=2&b=3)\n"
        );
    }

    #[test]
    fn control_characters_from_html_references_are_neutralised() {
        assert_eq!(
            plain("<p>a&#27;[31m b&#0;c</p>\n", 80),
            "a\u{fffd}[31m b\u{fffd}c\n"
        );
        assert_eq!(
            plain(
                "<a href=\"x&#7;y\">z</a> <img alt=\"&#x1b;]0;t\" src=i.png>",
                80
            ),
            "z (x\u{fffd}y) [image: \u{fffd}]0;t (i.png)]\n"
        );
    }

    #[test]
    fn html_image_becomes_its_alt_text() {
        assert_eq!(
            plain(
                "<img src=\"logo.png\" alt=\"Logo &amp; name\"> and <IMG ALT='' src=x.png />",
                80
            ),
            "[image: Logo & name (logo.png)] and [image: x.png]\n"
        );
    }

    #[test]
    fn script_content_is_text_not_tags() {
        assert_eq!(
            plain("<div><script>if (a<b) go()</script> done</div>\n", 80),
            "if (a<b) go() done\n"
        );
    }

    #[test]
    fn empty_description_is_empty() {
        assert_eq!(plain("", 80), "");
    }
}
