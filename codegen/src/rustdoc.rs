//! A registry's Markdown made safe for rustdoc, in the crate that includes the generated code.
//!
//! rustdoc compiles every code block whose info string is empty or Rust-like (and every indented
//! block) as a doctest. A registry is prose, so [`rustdoc_markdown_cow`] marks every code block
//! `text` and changes nothing else: a fenced block keeps its fences and gets the info string
//! `text`; an indented block becomes a backtick-fenced `text` block at the same depth of lists,
//! block quotes and footnotes; a fenced block or an HTML block (`<!--`, `<script>`, `<pre>`, …)
//! left open at the end is closed, so that it does not swallow the docs the generator writes after
//! it. What rustdoc only warns about (links, raw HTML, bare URLs) is left as written, and the
//! generated items allow those lints.
//!
//! The parse is rustdoc's own: `pulldown-cmark` with the extensions rustdoc enables.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The Markdown extensions rustdoc enables (`main_body_opts` in librustdoc).
fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// `markdown` made safe for rustdoc (see the module docs), borrowed when there is nothing to change.
pub(crate) fn rustdoc_markdown_cow(markdown: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(markdown);
    // A fence needs three backticks or tildes, an indented block four columns of indentation.
    if ["```", "~~~", "    ", "\t"]
        .iter()
        .any(|p| markdown.contains(p))
    {
        out = Cow::Owned(rewrite_code_blocks(markdown));
    }
    if out.contains('<')
        && let Some(closed) = close_html_block(&out)
    {
        out = Cow::Owned(closed);
    }
    if matches!(out, Cow::Borrowed(_)) || is_safe(&out) {
        return out;
    }
    // Where the rewrite follows pulldown-cmark's columns only in part (see the property test):
    // the whole description as one text block.
    let fence = "`".repeat(longest_run(markdown, '`').max(2) + 1);
    Cow::Owned(format!("{fence}text\n{markdown}\n{fence}"))
}

/// `markdown` with its last HTML block closed when it is of a kind that ends only at a terminator
/// (`-->`, `</script>`, `?>`, …) and is left open at the end; `None` when none is.
fn close_html_block(markdown: &str) -> Option<String> {
    let range = Parser::new_ext(markdown, rustdoc_options())
        .into_offset_iter()
        .filter_map(|(event, range)| matches!(event, Event::Start(Tag::HtmlBlock)).then_some(range))
        .last()
        .filter(|range| range.end == markdown.len())?;
    let block = markdown[range.start..].trim_start_matches([' ', '\t']);
    let lower = block.to_ascii_lowercase();
    let raw_text = ["script", "pre", "style", "textarea"]
        .into_iter()
        .find(|tag| {
            (lower.strip_prefix('<').and_then(|l| l.strip_prefix(tag))).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r', '>'])
            })
        });
    // Where the opener ends, and what ends the block (any of the four for the raw-text tags).
    let (opener, ends): (usize, &[&str]) = if let Some(tag) = raw_text {
        (
            tag.len() + 1,
            &["</script>", "</pre>", "</style>", "</textarea>"],
        )
    } else if lower.starts_with("<!--") {
        (4, &["-->"])
    } else if lower.starts_with("<?") {
        (2, &["?>"])
    } else if lower.starts_with("<![cdata[") {
        (9, &["]]>"])
    } else if lower.starts_with("<!") && lower[2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        (2, &[">"])
    } else {
        return None;
    };
    if ends.iter().any(|end| lower[opener..].contains(end)) {
        return None;
    }
    let terminator = raw_text.map_or_else(|| ends[0].to_owned(), |tag| format!("</{tag}>"));
    let mut out = markdown.to_owned();
    if !out.ends_with(['\n', '\r']) {
        out.push('\n');
    }
    out.push_str(&continuation(
        &markdown[line_start(markdown, range.start)..range.start],
    ));
    out.push_str(&terminator);
    Some(out)
}

/// One code block as the parser reports it: its source range and its content, piece by piece
/// (each piece's source offset and text; a piece with an empty range holds the columns left of a
/// tab that the block's indentation took only in part).
struct CodeBlock<'a> {
    fenced: Option<CowStr<'a>>,
    range: Range<usize>,
    pieces: Vec<(Range<usize>, CowStr<'a>)>,
}

/// Every code block of `markdown`, in order.
fn code_blocks(markdown: &str) -> Vec<CodeBlock<'_>> {
    let mut blocks = Vec::new();
    let mut events = Parser::new_ext(markdown, rustdoc_options()).into_offset_iter();
    while let Some((event, range)) = events.next() {
        let Event::Start(Tag::CodeBlock(kind)) = event else {
            continue;
        };
        let mut pieces = Vec::new();
        for (event, range) in events.by_ref() {
            match event {
                Event::Text(text) => pieces.push((range, text)),
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        let fenced = match kind {
            CodeBlockKind::Fenced(info) => Some(info),
            CodeBlockKind::Indented => None,
        };
        blocks.push(CodeBlock {
            fenced,
            range,
            pieces,
        });
    }
    blocks
}

/// Whether rustdoc reads no doctest in `markdown` and no code block of it is open at the end.
fn is_safe(markdown: &str) -> bool {
    code_blocks(markdown)
        .iter()
        .all(|b| b.fenced.as_deref() == Some("text") && open_at_end(markdown, b).is_none())
}

/// `markdown` with every code block rewritten as the module docs say.
fn rewrite_code_blocks(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 64);
    // `markdown[..copied]` is in `out`.
    let mut copied = 0;
    for block in code_blocks(markdown) {
        let (replaced, replacement) = match block.fenced {
            Some(_) => retag_fence(markdown, &block),
            None => fence_indented(markdown, &block),
        };
        out.push_str(&markdown[copied..replaced.start]);
        out.push_str(&replacement);
        copied = replaced.end;
    }
    out.push_str(&markdown[copied..]);
    out
}

/// The end of the line `block` starts on, before its line break (`\n`, `\r\n` or `\r`, as in
/// CommonMark).
fn opening_line_end(markdown: &str, block: &CodeBlock<'_>) -> usize {
    markdown[block.range.start..]
        .find(['\n', '\r'])
        .map_or(markdown.len(), |i| block.range.start + i)
}

/// For a fenced block left open at the end of `markdown`, the fence that closes it.
fn open_at_end<'a>(markdown: &'a str, block: &CodeBlock<'_>) -> Option<&'a str> {
    let rest = &markdown[block.range.start..];
    let marker = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let fence = &rest[..rest.len() - rest.trim_start_matches(marker).len()];
    let content_to_end = match block.pieces.last() {
        Some((range, _)) => range.end == block.range.end,
        // No content: the block is its opening line, with or without a line break.
        None => !markdown[opening_line_end(markdown, block)..block.range.end]
            .contains(|c: char| !c.is_whitespace()),
    };
    (block.range.end == markdown.len() && content_to_end).then_some(fence)
}

/// A fenced block: its info string replaced by `text` (and a closing fence added when it is left
/// open at the end). Returns the source range replaced and its replacement.
fn retag_fence(markdown: &str, block: &CodeBlock<'_>) -> (Range<usize>, String) {
    let start = block.range.start;
    let rest = &markdown[start..];
    let marker = rest.chars().next().unwrap_or(' ');
    let fence_len = rest.len() - rest.trim_start_matches(marker).len();
    if !matches!(marker, '`' | '~') || fence_len < 3 {
        // Not where the parser reports fences to start: left to `is_safe` to catch.
        return (start..start, String::new());
    }
    let info_end = opening_line_end(markdown, block);
    let mut replaced = start + fence_len..info_end;
    let mut replacement = String::from("text");
    if let Some(close) = open_at_end(markdown, block) {
        replaced.end = markdown.len();
        replacement.push_str(&markdown[info_end..]);
        if !replacement.ends_with(['\n', '\r']) {
            replacement.push('\n');
        }
        // At the depth of the last content line (container and indentation as written), or of
        // the opening fence, whose list markers become spaces, when there is no content.
        let last = content_lines(markdown, block)
            .into_iter()
            .rev()
            .find_map(|(s, _)| s);
        replacement.push_str(&match last {
            Some(last) => last.prefix(markdown, 0),
            None => continuation(&markdown[line_start(markdown, start)..start]),
        });
        replacement.push_str(close);
    }
    (replaced, replacement)
}

/// An indented block as a backtick-fenced `text` block at the same depth. Returns the source range
/// replaced (from the start of the block's first line) and its replacement.
fn fence_indented(markdown: &str, block: &CodeBlock<'_>) -> (Range<usize>, String) {
    let first = line_start(markdown, block.range.start);
    let lines = content_lines(markdown, block);
    // The first line's prefix may hold a list marker: it stays on the fence's line.
    let opening = match lines.first() {
        Some((Some(start), _)) => start.prefix(markdown, 4),
        _ => without_columns(&markdown[first..block.range.start], 4),
    };
    let longest = lines.iter().map(|(_, line)| longest_run(line, '`')).max();
    let fence = "`".repeat(longest.unwrap_or(0).max(2) + 1);
    let mut out = format!("{opening}{fence}text\n");
    let mut prefix = continuation(&opening);
    for (i, (start, line)) in lines.iter().enumerate() {
        if let (Some(start), true) = (start, i > 0) {
            prefix = start.prefix(markdown, 4);
        }
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(&prefix);
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str(&prefix);
    out.push_str(&fence);
    if markdown[..block.range.end].ends_with('\n') {
        out.push('\n');
    }
    (first..block.range.end, out)
}

/// Where a line of a code block's content starts in the source: the start of its source line, the
/// offset of its first piece, and the columns of a tab that the block's indentation took only in
/// part (the parser gives those as spaces in a piece of their own, with an empty range).
#[derive(Debug, Clone, Copy)]
struct LineStart {
    line: usize,
    content: usize,
    partial: usize,
}

impl LineStart {
    /// The source line up to the content, without the last `indent` columns of indentation (the
    /// indented block's four, or none): the prefix of containers (and a fence's indentation).
    fn prefix(self, markdown: &str, indent: usize) -> String {
        without_columns(&markdown[self.line..self.content], indent + self.partial)
    }
}

/// The lines of a code block's content, each with where it starts in the source (`None` for a
/// blank line, which the parser gives no piece of its own).
fn content_lines(markdown: &str, block: &CodeBlock<'_>) -> Vec<(Option<LineStart>, String)> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut start: Option<LineStart> = None;
    for (range, text) in &block.pieces {
        // A piece is the source itself unless it stands for part of a tab (empty range).
        let verbatim = markdown.get(range.clone()) == Some(&**text);
        let mut offset = range.start;
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push((start.take(), std::mem::take(&mut current)));
                offset += 1;
            }
            if start.is_none() && current.is_empty() && !part.is_empty() {
                start = Some(LineStart {
                    line: line_start(markdown, offset),
                    content: offset,
                    partial: if verbatim { 0 } else { part.len() },
                });
            }
            current.push_str(part);
            if verbatim {
                offset += part.len();
            }
        }
    }
    if !current.is_empty() || start.is_some() {
        lines.push((start, current));
    }
    lines
}

/// The offset where the line holding `offset` starts.
fn line_start(markdown: &str, offset: usize) -> usize {
    markdown[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// `line_prefix` (a line up to where a code block's content starts) without its last `columns`
/// columns of indentation, tabs expanded to the next multiple of four as CommonMark does.
fn without_columns(line_prefix: &str, columns: usize) -> String {
    let mut widths = Vec::with_capacity(line_prefix.len());
    let mut column = 0usize;
    for c in line_prefix.chars() {
        let next = if c == '\t' {
            column / 4 * 4 + 4
        } else {
            column + 1
        };
        widths.push((c, column, next));
        column = next;
    }
    let target = column.saturating_sub(columns);
    let mut out = String::with_capacity(line_prefix.len());
    for (c, from, to) in widths {
        if to <= target {
            out.push(c);
        } else {
            // A tab across the target keeps the columns before it as spaces.
            out.extend(std::iter::repeat_n(' ', target.saturating_sub(from)));
            break;
        }
    }
    out
}

/// The prefix of a container's next line from that of its first line (`first_line_prefix`: the
/// line up to where a block starts):
/// - a block-quote marker stays, with the space it may omit when something follows it (`>- x`
///   continues as `>   `: without the space, the quote would take the list's first column as its
///   own optional space);
/// - a list marker and its spaces become spaces;
/// - a footnote label (`[^n]:`) and the spaces after it become the four columns a footnote's next
///   lines are indented by from its container, however far its first line starts (a second label
///   on the line starts a sibling footnote, not one inside the first);
/// - a tab becomes the spaces it spanned (the columns after it may move).
fn continuation(first_line_prefix: &str) -> String {
    let mut out = String::with_capacity(first_line_prefix.len() + 2);
    let mut rest = first_line_prefix;
    // The column of `rest` in the first line, tabs expanded.
    let mut column = 0;
    // Where the innermost container's prefix ends in `out`, and where the footnote label's began.
    let mut container_end = 0;
    let mut label_start: Option<usize> = None;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        column += 1;
        match c {
            '>' => {
                out.push_str("> ");
                if let Some(after) = rest.strip_prefix(' ') {
                    rest = after;
                    column += 1;
                } else if rest.is_empty() || rest.starts_with('\t') {
                    out.pop();
                }
                (container_end, label_start) = (out.len(), None);
            }
            '[' if rest.starts_with('^') && rest.contains("]:") => {
                let label_end = rest.find("]:").map_or(rest.len(), |i| i + 2);
                let after = rest[label_end..].trim_start_matches([' ', '\t']);
                column +=
                    rest[..label_end].chars().count() + (rest.len() - label_end - after.len());
                rest = after;
                out.truncate(label_start.unwrap_or(container_end));
                label_start = Some(out.len());
                out.push_str("    ");
                container_end = out.len();
            }
            '\t' => {
                let to = (column - 1) / 4 * 4 + 4;
                if out.len() == column - 1 {
                    // Where the prefix so far has the columns of the source, the tab spans the
                    // same columns: kept (pulldown-cmark reads a tab before `>` more leniently
                    // than the four spaces it spans).
                    out.push('\t');
                } else {
                    out.extend(std::iter::repeat_n(' ', to - (column - 1)));
                }
                column = to;
            }
            ' ' => out.push(' '),
            _ => {
                // A list marker (the prefix holds only container markers and whitespace): it
                // and up to four spaces after it are the item's; five or more start an indented
                // block, of which the item takes one.
                out.push(' ');
                if !rest.starts_with(|n: char| n.is_ascii_digit()) {
                    let spaces = rest.len() - rest.trim_start_matches(' ').len();
                    let taken = if spaces <= 4 { spaces } else { 1 };
                    out.extend(std::iter::repeat_n(' ', taken));
                    rest = &rest[taken..];
                    column += taken;
                    (container_end, label_start) = (out.len(), None);
                }
            }
        }
    }
    out
}

/// The longest run of `c` in `s`.
fn longest_run(s: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for x in s.chars() {
        run = if x == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rustdoc_markdown(markdown: &str) -> String {
        rustdoc_markdown_cow(markdown).into_owned()
    }

    /// What a reader sees of `markdown`: its events without source offsets, adjacent texts joined,
    /// every code block's kind dropped and its content without trailing blank lines.
    fn seen(markdown: &str) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for event in Parser::new_ext(markdown, rustdoc_options()) {
            let shown = match event {
                Event::Start(Tag::CodeBlock(_)) => "code block".to_owned(),
                Event::End(TagEnd::CodeBlock) => {
                    // Closing a block left open may turn its last blank lines into content.
                    if let Some(last) = seen.last_mut().filter(|l| l.starts_with("text ")) {
                        *last = last.trim_end().to_owned();
                        if *last == "text" {
                            seen.pop();
                        }
                    }
                    "end code block".to_owned()
                }
                Event::Text(t) if seen.last().is_some_and(|l| l.starts_with("text ")) => {
                    seen.last_mut().expect("checked").push_str(&t);
                    continue;
                }
                Event::Text(t) => format!("text {t}"),
                other => format!("{other:?}"),
            };
            seen.push(shown);
        }
        seen
    }

    /// `rustdoc_markdown(input)`, checked: safe (every code block `text`, none open at the end)
    /// and the same to a reader as `input`.
    fn safe(input: &str) -> String {
        let out = rustdoc_markdown(input);
        assert!(is_safe(&out), "not safe: {input:?} became {out:?}");
        assert_eq!(seen(&out), seen(input), "{input:?} became {out:?}");
        out
    }

    #[test]
    fn indented_block_becomes_a_text_fence() {
        // The description that made `cargo test --doc` fail in the including crate.
        let input =
            "Send it like this:\n\n    curl -X POST https://example.invalid -d '{\"a\": 1}'";
        assert_eq!(
            safe(input),
            "Send it like this:\n\n```text\ncurl -X POST https://example.invalid -d '{\"a\": 1}'\n```"
        );
        assert_eq!(
            safe("a\n\n    one\n      two\n\n    three\nb"),
            "a\n\n```text\none\n  two\n\nthree\n```\nb"
        );
    }

    #[test]
    fn fence_without_info_or_marked_rust_is_retagged() {
        assert_eq!(
            safe("a\n```\nfn x() {}\n```\nb"),
            "a\n```text\nfn x() {}\n```\nb"
        );
        assert_eq!(safe("```rust\nx\n```"), "```text\nx\n```");
        assert_eq!(safe("```rust,should_panic\nx\n```"), "```text\nx\n```");
        assert_eq!(safe("  ```  no_run \nx\n  ```"), "  ```text\nx\n  ```");
        assert_eq!(
            safe("```compile_fail\r\nx\r\n```\r\n"),
            "```text\r\nx\r\n```\r\n"
        );
        // Already `text`: unchanged, fence and all.
        assert_eq!(safe("````text\n```\n````"), "````text\n```\n````");
    }

    #[test]
    fn tilde_fences_are_retagged() {
        assert_eq!(safe("~~~\nnot Rust\n~~~"), "~~~text\nnot Rust\n~~~");
        assert_eq!(
            safe("~~~~rust\nx ~~~ y\n~~~\n~~~~"),
            "~~~~text\nx ~~~ y\n~~~\n~~~~"
        );
    }

    #[test]
    fn blocks_in_lists_keep_their_depth() {
        assert_eq!(
            safe("- a\n\n      code\n      more\n- b"),
            "- a\n\n  ```text\n  code\n  more\n  ```\n- b"
        );
        assert_eq!(safe("- ```\n  f\n  ```\n- b"), "- ```text\n  f\n  ```\n- b");
        assert_eq!(
            safe("- nested:\n  1. ~~~rust\n     x\n     ~~~"),
            "- nested:\n  1. ~~~text\n     x\n     ~~~"
        );
        // An item whose first line is an indented block: the marker stays on the fence's line.
        assert_eq!(
            safe("1.     starts with code\n   continued"),
            "1. ```text\n   starts with code\n   ```\n   continued"
        );
    }

    #[test]
    fn blocks_in_quotes_keep_their_markers() {
        assert_eq!(
            safe("> q\n>\n>     code\n>\n>     two\n"),
            "> q\n>\n> ```text\n> code\n>\n> two\n> ```\n"
        );
        assert_eq!(safe("> ```\n> x\n> ```"), "> ```text\n> x\n> ```");
        assert_eq!(
            safe("> > nested\n> >\n> >     deeper"),
            "> > nested\n> >\n> > ```text\n> > deeper\n> > ```"
        );
        assert_eq!(
            safe("> - item\n>\n>       code in an item in a quote"),
            "> - item\n>\n>   ```text\n>   code in an item in a quote\n>   ```"
        );
    }

    #[test]
    fn tabs_count_as_columns() {
        assert_eq!(safe("\tcode\n\t\tdeeper"), "```text\ncode\n\tdeeper\n```");
        // The quote marker takes one column of the first tab; the block takes four more.
        assert_eq!(safe(">\t\tcode"), "> ```text\n>   code\n> ```");
        assert_eq!(safe("- a\n\n\t  code"), "- a\n\n  ```text\n  code\n  ```");
    }

    #[test]
    fn fence_is_longer_than_any_backtick_run_inside() {
        assert_eq!(
            safe("a\n\n    ```\n    x\n    `````\n"),
            "a\n\n``````text\n```\nx\n`````\n``````\n"
        );
    }

    #[test]
    fn fence_left_open_is_closed() {
        assert_eq!(
            safe("Text.\n\n```rust\nfn main() {"),
            "Text.\n\n```text\nfn main() {\n```"
        );
        assert_eq!(safe("```\n"), "```text\n```");
        assert_eq!(safe("```"), "```text\n```");
        assert_eq!(safe("- ~~~~\n  x\n"), "- ~~~~text\n  x\n  ~~~~");
        assert_eq!(safe("> ```\n> x"), "> ```text\n> x\n> ```");
        // Closed by the end of its container, not of the text: nothing to add.
        assert_eq!(safe("> ```\n> x\n\ny"), "> ```text\n> x\n\ny");
    }

    #[test]
    fn blocks_in_footnotes_and_after_html() {
        assert_eq!(
            safe("A[^n].\n\n[^n]: The note.\n\n        code"),
            "A[^n].\n\n[^n]: The note.\n\n    ```text\n    code\n    ```"
        );
        // An HTML block ends at a blank line; what follows is Markdown again.
        assert_eq!(
            safe("<details>\n\n    code\n\n</details>"),
            "<details>\n\n```text\ncode\n```\n\n</details>"
        );
    }

    #[test]
    fn html_block_left_open_is_closed() {
        assert_eq!(
            rustdoc_markdown("Text.\n\n<!-- never closed"),
            "Text.\n\n<!-- never closed\n-->"
        );
        assert_eq!(rustdoc_markdown("<script>\nx"), "<script>\nx\n</script>");
        assert_eq!(
            rustdoc_markdown("> <PRE class=a>\n> x\n"),
            "> <PRE class=a>\n> x\n> </pre>"
        );
        assert_eq!(rustdoc_markdown("<?php\n"), "<?php\n?>");
        assert_eq!(rustdoc_markdown("<!DOCTYPE"), "<!DOCTYPE\n>");
        assert_eq!(rustdoc_markdown("<![CDATA[ x"), "<![CDATA[ x\n]]>");
        // Closed, or of a kind that ends at a blank line, or inline: as written.
        for s in [
            "<!-- a -->",
            "<pre>\nx\n</style>",
            "<div>\nopen",
            "a <!-- b",
            "<b>bold",
        ] {
            assert_eq!(safe(s), s);
        }
    }

    #[test]
    fn links_html_and_urls_stay_as_written() {
        let prose = "Unresolvable [Foo], [x][y], [`Missing`], [link](Missing::Path), [^note].\n\
                     <div>unclosed <b>bold</i> Result<T, E> <script>alert(1)</script>\n\
                     https://example.invalid and www.example.invalid, `a ``b";
        assert!(matches!(rustdoc_markdown_cow(prose), Cow::Borrowed(_)));
        assert_eq!(safe(prose), prose);
        let with_code = format!("{prose}\n\n    code\n\n{prose}");
        assert_eq!(
            safe(&with_code),
            format!("{prose}\n\n```text\ncode\n```\n\n{prose}")
        );
    }

    #[test]
    fn text_without_code_is_not_copied() {
        for s in [
            "",
            "plain `code`",
            "a  b",
            "``two``",
            "~~strike~~",
            "| a |\n|---|\n| b |",
        ] {
            assert!(matches!(rustdoc_markdown_cow(s), Cow::Borrowed(_)), "{s:?}");
        }
        // Four spaces inside a paragraph line: parsed, and unchanged.
        assert_eq!(safe("a    b\n    c"), "a    b\n    c");
    }

    #[test]
    fn whatever_the_rewrite_misses_becomes_one_text_block() {
        // `is_safe` is what the fallback relies on: an open or untagged block is unsafe.
        assert!(!is_safe("```\nx"));
        assert!(!is_safe("```text\nx"));
        assert!(!is_safe("    x"));
        assert!(is_safe("```text\nx\n```"));
    }

    proptest::proptest! {
        /// Markdown made of the pieces that build code blocks and their containers: the result is
        /// safe, and (but for one known case) the rewrite alone made it so, reading the same.
        #[test]
        fn any_mix_of_blocks_is_safe(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "\n", "\n\n", "    ", "  ", " ", "\t", "> ", ">", "- ", "* ", "1. ", "2) ", "```",
                "````", "~~~", "rust", "text", "x", "`", "[^n]: ", "[^n]", "<div>", "</div>", "|",
                "\r\n", "[a]", "fn f() {}",
            ]),
            0..40,
        )) {
            let input: String = pieces.concat();
            proptest::prop_assert!(is_safe(&rustdoc_markdown(&input)));
            // Two cases where pulldown-cmark counts columns in ways this rewrite follows only in
            // part: footnote definitions inside other containers or holding tabs (the plain case
            // is a unit test), and a tab before a block-quote marker. There the fallback is what
            // keeps the text safe.
            if !input.contains("[^") && !input.contains("\t>") {
                let out = rewrite_code_blocks(&input);
                proptest::prop_assert!(is_safe(&out), "{:?} became {:?}", input, out);
                proptest::prop_assert_eq!(seen(&out), seen(&input), "{:?} became {:?}", input, out);
            }
        }
    }
}
