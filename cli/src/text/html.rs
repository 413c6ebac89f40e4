//! HTML (what pulldown-cmark makes of a description, raw HTML included) read with html5gum, a
//! WHATWG tokenizer, into a [`Layout`]: the tags that matter to text are followed, other tags,
//! comments and doctypes dropped, and text kept with its character references decoded.

use anstyle::{Effects, Style};
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use super::layout::Layout;

const STRONG: Style = Style::new().effects(Effects::BOLD);
const EMPHASIS: Style = Style::new().effects(Effects::ITALIC);
const HEADING: Style = Style::new().effects(Effects::BOLD.insert(Effects::UNDERLINE));

/// Lays `html` out.
pub fn read(html: &str, layout: &mut Layout) {
    let mut emitter = DefaultEmitter::default();
    // The content of `<script>`, `<style>`, `<textarea>` … is text, not tags (what a browser's
    // tree builder would tell its tokenizer).
    emitter.naively_switch_states(true);
    for Ok(token) in Tokenizer::new_with_emitter(html, emitter) {
        match token {
            Token::String(text) => layout.text(&String::from_utf8_lossy(&text)),
            Token::StartTag(tag) => start(&tag, layout),
            Token::EndTag(tag) => end(&String::from_utf8_lossy(&tag.name), layout),
            // Parse errors are recovered from by the tokenizer, as a browser would.
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
}

/// A start tag; the tokenizer lower-cases names.
fn start(tag: &StartTag<()>, layout: &mut Layout) {
    // An attribute's value, character references decoded; empty when missing.
    let attribute = |name: &str| {
        tag.attributes
            .get(name.as_bytes())
            .map(|v| String::from_utf8_lossy(v).into_owned())
            .unwrap_or_default()
    };
    match String::from_utf8_lossy(&tag.name).as_ref() {
        "p" => layout.paragraph(true),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            layout.end_block();
            layout.open_style(HEADING);
        }
        "div" | "hr" | "table" | "tr" => layout.end_block(),
        "blockquote" => layout.open_quote(),
        "ul" => layout.open_list(None),
        "ol" => layout.open_list(Some(attribute("start").parse().unwrap_or(1))),
        "li" => layout.open_item(),
        "pre" => layout.open_pre(),
        "br" => layout.line_break(),
        "a" => layout.open_link(&attribute("href")),
        "img" => {
            // The alt text stands for the link text.
            layout.open_link(&attribute("src"));
            layout.text(&attribute("alt"));
            layout.close_link();
        }
        "strong" | "b" => layout.open_style(STRONG),
        "em" | "i" => layout.open_style(EMPHASIS),
        "code" | "kbd" | "tt" => layout.code(true),
        _ => {}
    }
}

/// An end tag.
fn end(name: &str, layout: &mut Layout) {
    match name {
        "p" => layout.paragraph(false),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            layout.close_style(HEADING);
            layout.end_block();
        }
        "div" | "table" | "tr" => layout.end_block(),
        "blockquote" => layout.close_quote(),
        "ul" | "ol" => layout.close_list(),
        "li" => layout.close_item(),
        "pre" => layout.close_pre(),
        "a" => layout.close_link(),
        "strong" | "b" => {
            layout.close_style(STRONG);
        }
        "em" | "i" => {
            layout.close_style(EMPHASIS);
        }
        "code" | "kbd" | "tt" => layout.code(false),
        _ => {}
    }
}
