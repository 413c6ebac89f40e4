//! A description (Markdown, which may hold raw HTML) as plain terminal text, wrapped to a width.
//!
//! One path for both languages: pulldown-cmark turns the Markdown into HTML (raw HTML passes
//! through), `html.rs` reads that with html5gum as a browser would (character references decoded,
//! `<script>` content as text), and `layout.rs` lays it out in blocks that textwrap wraps. Links
//! keep their target: `[here](#authentication)` and `<a href="#authentication">here</a>` both
//! become `here (#authentication)`. Control characters and bidirectional controls become `�`, so a
//! registry cannot move the cursor, restyle the terminal or reorder the text shown.

mod html;
mod layout;

/// The Markdown `source` as text wrapped to `width` columns (at least 20), ending with a newline
/// unless empty. With `color`, emphasis, code, links and headings are styled with ANSI escapes.
pub fn markdown_to_text(source: &str, width: usize, color: bool) -> String {
    let mut page = String::new();
    pulldown_cmark::html::push_html(&mut page, pulldown_cmark::Parser::new(source));
    let mut layout = layout::Layout::new(color);
    html::read(&page, &mut layout);
    layout.finish(width.max(20))
}

#[cfg(test)]
mod tests;
