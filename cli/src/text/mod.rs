//! A description (Markdown, which may hold raw HTML) as plain terminal text, wrapped to a width.
//!
//! One path for both languages: pulldown-cmark turns the Markdown into HTML (raw HTML passes
//! through), html5gum reads that as a browser would (character references decoded, `<script>`
//! content as text), and `layout.rs` lays it out in blocks that textwrap wraps. Links keep their
//! target: `[here](#authentication)` and `<a href="#authentication">here</a>` both become
//! `here (#authentication)`. Control characters and bidirectional controls become `�`, so a
//! registry cannot move the cursor, restyle the terminal or reorder the text shown.

use html5gum::{DefaultEmitter, Token, Tokenizer};

mod layout;

/// The Markdown `source` as text wrapped to `width` columns (at least 20), ending with a newline
/// unless empty. With `color`, emphasis, code, links and headings are styled with ANSI escapes.
pub fn markdown_to_text(source: &str, width: usize, color: bool) -> String {
    let mut page = String::new();
    pulldown_cmark::html::push_html(&mut page, pulldown_cmark::Parser::new(source));
    let mut layout = layout::Layout::new(color, width.max(20));
    let mut emitter = DefaultEmitter::default();
    // The content of `<script>`, `<style>`, `<textarea>` … is text, not tags (what a browser's
    // tree builder would tell its tokenizer).
    emitter.naively_switch_states(true);
    let lossy = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    // Parse errors are recovered from by the tokenizer, as a browser would; comments and
    // doctypes say nothing.
    for Ok(token) in Tokenizer::new_with_emitter(&page, emitter) {
        match token {
            Token::String(text) => layout.text(&lossy(&text)),
            Token::StartTag(tag) => layout.start(&lossy(&tag.name), |name| {
                (tag.attributes.get(name.as_bytes())).map_or_else(String::new, |v| lossy(v))
            }),
            Token::EndTag(tag) => layout.end(&lossy(&tag.name)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    layout.finish()
}

#[cfg(test)]
mod tests;
