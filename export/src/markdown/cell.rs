//! One cell of the Markdown table: the escaping that keeps a cell on its row, code spans, links,
//! and descriptions whose lists become HTML lists (a GitHub table cell holds inline Markdown only).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Appends `s` escaped so it stays one cell of one row: `|` becomes `\|`, line breaks (`\n`,
/// `\r\n` or a lone `\r`, all line endings to Markdown) become `<br>`.
pub(super) fn push_cell(out: &mut String, s: &str) {
    push_escaped(out, s, "<br>");
}

/// Appends `s` with `|` written `\|` and each line break (`\n`, `\r\n` or `\r`) written `newline`.
fn push_escaped(out: &mut String, s: &str, newline: &str) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'|' => "\\|",
            b'\r' if s.as_bytes().get(i + 1) == Some(&b'\n') => "",
            b'\n' | b'\r' => newline,
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(escaped);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// `s` as [`push_cell`] writes it.
pub(super) fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_cell(&mut out, s);
    out
}

/// Appends `s` as a Markdown code span: fenced by one backtick more than its longest run of
/// backticks, padded with a space where a backtick or a space would otherwise touch the fence.
/// The caller escapes `|` where the span sits in a table cell.
pub(super) fn push_code_span(out: &mut String, s: &str) {
    let mut longest = 0;
    let mut current = 0;
    for c in s.chars() {
        current = if c == '`' { current + 1 } else { 0 };
        longest = longest.max(current);
    }
    let fence = "`".repeat(longest + 1);
    let pad = s.starts_with('`') || s.ends_with('`') || (s.starts_with(' ') && s.ends_with(' '));
    out.push_str(&fence);
    if pad {
        out.push(' ');
    }
    out.push_str(s);
    if pad {
        out.push(' ');
    }
    out.push_str(&fence);
}

/// Appends a Markdown link `[text](url)` for a table cell: the destination in angle brackets
/// when it holds characters a bare destination cannot (parentheses, spaces, `<`, `>`), and `|`
/// escaped.
pub(super) fn push_link(out: &mut String, text: &str, url: &str) {
    out.push('[');
    out.push_str(text);
    out.push_str("](");
    if url.contains(|c: char| c.is_whitespace() || c.is_control() || "()<>".contains(c)) {
        out.push('<');
        for c in url.chars() {
            match c {
                '<' | '>' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                '|' => out.push_str("\\|"),
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
        }
        out.push('>');
    } else {
        push_escaped(out, url, "");
    }
    out.push(')');
}

/// The Markdown of GitHub's block structure (tables and strikethrough on top of CommonMark).
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// A description as one table cell. A description without a Markdown list is written as it
/// always was: verbatim, `|` escaped, every line break `<br>`. One with a list keeps its inline
/// Markdown (links, code, emphasis, inline HTML) verbatim and writes its blocks as HTML a
/// GitHub table cell renders: each list a `<ul>` or `<ol>` (with `start` unless it starts at
/// one) of `<li>` items, nested lists inside their item, a blank line between paragraphs as
/// `<br><br>`, a hard line break as `<br>` and a soft one as a space (as Markdown renders them).
/// Any other block (a code block, a heading, a quote, a table, an HTML block, a rule) is kept as
/// its source with its line breaks written `<br>`.
pub(super) fn description_cell(markdown: &str) -> String {
    // A list needs a line that starts with a marker: a one-line description that does not start
    // with one holds none (nearly every description; the parser is skipped).
    let starts_list = |line: &str| {
        let line = line.trim_start();
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        line.starts_with(['-', '*', '+'])
            || (digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')))
    };
    if !markdown.contains(['\n', '\r']) && !starts_list(markdown) {
        return escape_cell(markdown);
    }
    let holds_list = Parser::new_ext(markdown, options())
        .any(|event| matches!(event, Event::Start(Tag::List(_))));
    if !holds_list {
        return escape_cell(markdown);
    }
    let mut cell = HtmlCell {
        source: markdown,
        out: String::with_capacity(markdown.len() + 32),
        run: None,
        gap: false,
        lists: Vec::new(),
    };
    let mut skip = 0usize;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        if skip > 0 {
            match event {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                _ => {}
            }
            continue;
        }
        if cell.event(&event, range) {
            skip = 1;
        }
    }
    cell.flush();
    cell.out
}

/// The state of [`description_cell`] writing a description that holds a list.
struct HtmlCell<'a> {
    /// The description.
    source: &'a str,
    /// The cell so far.
    out: String,
    /// Inline source read but not written yet.
    run: Option<Range<usize>>,
    /// Whether text was written last, so that a paragraph or block written next is set apart by
    /// a blank line.
    gap: bool,
    /// The closing tags of the lists open.
    lists: Vec<&'static str>,
}

impl HtmlCell<'_> {
    /// Writes one event; `true` when it starts a block kept as source, whose events the caller
    /// then skips.
    fn event(&mut self, event: &Event<'_>, range: Range<usize>) -> bool {
        match event {
            Event::Start(Tag::List(first)) => {
                self.flush();
                match first {
                    None => self.open_list("<ul>", "</ul>"),
                    Some(1) => self.open_list("<ol>", "</ol>"),
                    Some(n) => self.open_list(&format!("<ol start=\"{n}\">"), "</ol>"),
                }
            }
            Event::End(TagEnd::List(_)) => {
                self.flush();
                let close = self.lists.pop().unwrap_or_default();
                self.out.push_str(close);
                self.gap = false;
            }
            Event::Start(Tag::Item) => self.tag("<li>"),
            Event::End(TagEnd::Item) => self.tag("</li>"),
            Event::Start(Tag::Paragraph) => self.begin_block(),
            Event::End(TagEnd::Paragraph) => self.flush(),
            Event::SoftBreak | Event::HardBreak => {
                self.flush();
                self.out.push_str(if matches!(event, Event::SoftBreak) {
                    " "
                } else {
                    "<br>"
                });
            }
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(_)
            | Event::Text(_)
            | Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {
                let start = self.run.as_ref().map_or(range.start, |run| run.start);
                self.run = Some(start..range.end.max(start));
            }
            Event::Start(_) | Event::Rule | Event::Html(_) => {
                let is_container = matches!(event, Event::Start(_));
                self.begin_block();
                let block = self.source[range].trim_end_matches(['\n', '\r']);
                push_cell(&mut self.out, block);
                self.gap = true;
                return is_container;
            }
        }
        false
    }

    /// Writes an opening list tag and remembers its closing one.
    fn open_list(&mut self, open: &str, close: &'static str) {
        self.out.push_str(open);
        self.lists.push(close);
        self.gap = false;
    }

    /// Writes the pending text, then `tag`.
    fn tag(&mut self, tag: &str) {
        self.flush();
        self.out.push_str(tag);
        self.gap = false;
    }

    /// Writes the pending text, then the blank line that sets the next block apart from text.
    fn begin_block(&mut self) {
        self.flush();
        if self.gap {
            self.out.push_str("<br><br>");
            self.gap = false;
        }
    }

    /// Writes the inline source read so far, `|` escaped and line breaks (inside a code span or
    /// an HTML tag) as spaces.
    fn flush(&mut self) {
        if let Some(run) = self.run.take() {
            push_escaped(&mut self.out, &self.source[run], " ");
            self.gap = true;
        }
    }
}
