//! The published error reference: one self-contained HTML page for a registry, the page a
//! registry's `url` template (`errors.html#{code}`) points to.
//!
//! [`page`] makes one HTML5 file that loads nothing: its style sheet and its small script are
//! inline, and a Content-Security-Policy (`default-src 'none'`, the style and the script allowed
//! by their SHA-256 hashes) makes the browser refuse anything else. It is readable without
//! JavaScript, prints without its filter box, and follows the reader's light or dark preference.
//!
//! # What the page holds
//! - The registry's title, version, counts and description (Markdown, rendered).
//! - A filter box (`#filter`): typing narrows the entries, and the table of contents, to those
//!   whose code, name, alias or text contains every word typed, ignoring case.
//! - The table of contents (`#toc`) by category, each a `<details>` fold with its count, open for
//!   a registry of up to 50 entries; then the retired codes.
//! - A `<section class="entry">` per entry, in table order, its `id` the code as written, so
//!   `errors.html#404` reaches it: code, name, text, a fact for each optional key the registry
//!   uses, the deprecation note and the rendered description. Each alias is an anchor of the
//!   entry too, unless a code, an element of the page or an earlier alias has its id.
//! - The retired codes, each with the code as its `id`, so that an old link lands on why it is
//!   gone.
//!
//! # Safety
//! Descriptions are Markdown that may hold raw HTML. They are rendered with pulldown-cmark and
//! cleaned by [ammonia](https://docs.rs/ammonia)'s allow-list: no scripts, frames, styles or
//! event handlers survive, and links keep their target only when it is relative or `http`,
//! `https`, `mailto` or `tel`. Images become links (the page loads nothing), and headings move
//! down below the entry's own. Every other string of the registry is HTML-escaped.

use core::fmt::Write as _;
use std::sync::LazyLock;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::json::document_title;
use errcodes_build::keys::{DEPRECATED, KEYS, Kind, Value};
use errcodes_build::{Entry, Registry};

mod ids;
mod toc;

use ids::{alias_anchors, retired_id};
use toc::{retired_heading, toc};

/// The page's style sheet, inline in a `<style>` element.
const STYLE: &str = include_str!("html/style.css");
/// The page's script (the filter box), inline in a `<script>` element at the end of `<body>`.
const SCRIPT: &str = include_str!("html/script.js");

/// The sanitizer every rendered description goes through: ammonia's allow-list, without images
/// and with the link schemes a documentation page needs.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(["img"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect());
    builder
});

/// `s` escaped for HTML text and double-quoted attribute values (`&`, `<`, `>`, `"`).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing to a `String` cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// The `href` of a link to the element whose id is `code` (`#404`), escaped for an attribute:
/// the characters a URL fragment may not hold (`"`, `<`, `>`, `` ` ``) percent-encoded, which
/// browsers decode again to find the element.
fn fragment_href(code: &str) -> String {
    let mut fragment = String::with_capacity(code.len() + 1);
    fragment.push('#');
    for c in code.chars() {
        match c {
            '"' | '<' | '>' | '`' => {
                let _ = write!(fragment, "%{:02X}", u32::from(c));
            }
            _ => fragment.push(c),
        }
    }
    escape(&fragment)
}

/// `markdown` rendered to HTML and sanitized by [`SANITIZER`], images as links and every heading
/// `shift` levels lower (at most `<h6>`).
fn render(markdown: &str, shift: usize) -> String {
    let lower = |level: HeadingLevel| {
        HeadingLevel::try_from((level as usize + shift).min(6)).unwrap_or(HeadingLevel::H6)
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        Event::Start(Tag::Image {
            dest_url, title, ..
        }) => Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url,
            title,
            id: "".into(),
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    SANITIZER.clean(&html).to_string()
}

/// `'sha256-…'`: a Content-Security-Policy source allowing the inline element whose text is
/// `text`.
fn csp_hash(text: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The registry as one self-contained HTML5 page: header, filter box, table of contents, a
/// section per entry, the retired codes (see the [module docs](self) for what each holds and
/// how the registry's Markdown is made safe).
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml", r#"
/// [registry]
/// name = "Example API"
/// [[error]]
/// code = 404
/// name = "NotFound"
/// text = "Not Found"
/// description = "No such *thing*.<script>alert(1)</script>"
/// "#).unwrap();
/// let page = errcodes_export::html::page(&registry);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains(r#"<section class="entry" id="404""#));
/// assert!(page.contains(r#"<input type="search" id="filter""#));
/// assert!(page.contains(r#"<nav id="toc""#));
/// assert!(page.contains("No such <em>thing</em>.") && !page.contains("alert(1)"));
/// ```
pub fn page(registry: &Registry) -> String {
    let mut out = String::with_capacity(4096 + registry.entries.len() * 1024);
    head(&mut out, registry);
    header(&mut out, registry);
    out.push_str(
        "<div class=\"filter-box\" role=\"search\"><label for=\"filter\">Filter</label>\n\
         <input type=\"search\" id=\"filter\" placeholder=\"code, name, alias or text\" \
         autocomplete=\"off\" spellcheck=\"false\">\n\
         <output class=\"filter-count\" for=\"filter\" aria-live=\"polite\"></output></div>\n",
    );
    toc(&mut out, registry);
    out.push_str("<main>\n");
    for (entry, anchors) in registry.entries.iter().zip(alias_anchors(registry)) {
        section(&mut out, registry, entry, &anchors);
    }
    retired(&mut out, registry);
    out.push_str("</main>\n");
    let _ = write!(
        out,
        "<footer>Generated by errcodes-build from the registry; do not edit.</footer>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

/// `<!doctype html>` to `<body>`: language, character set, viewport, colour schemes, the
/// Content-Security-Policy, the title and the style sheet.
fn head(out: &mut String, registry: &Registry) {
    let _ = write!(
        out,
        "<!doctype html>\n\
         <!-- Generated by errcodes-build from the registry; do not edit. -->\n\
         <html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {style}; script-src {script}; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"errcodes-build\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        style = csp_hash(STYLE),
        script = csp_hash(SCRIPT),
        title = escape(&document_title(&registry.name)),
    );
}

/// `count` and the noun for it, singular for one: `1 entry`, `2 entries`.
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The registry's title, version, counts and description.
fn header(out: &mut String, registry: &Registry) {
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">",
        escape(&document_title(&registry.name))
    );
    if let Some(version) = &registry.version {
        let _ = write!(out, "Version {} · ", escape(version));
    }
    out.push_str(&counted(registry.entries.len(), "entry", "entries"));
    if !registry.retired.is_empty() {
        let retired = counted(registry.retired.len(), "retired code", "retired codes");
        let _ = write!(out, " · {retired}");
    }
    out.push_str("</p>\n");
    if !registry.description.is_empty() {
        let _ = write!(
            out,
            "<div class=\"description\">\n{}</div>\n",
            render(&registry.description, 1)
        );
    }
    out.push_str("</header>\n");
}

/// The words the filter box matches an entry by, lower case: code, name, aliases and text.
fn filter_words(entry: &Entry) -> String {
    let mut words = format!("{} {}", entry.code, entry.name);
    for alias in &entry.aliases {
        words.push(' ');
        words.push_str(alias);
    }
    words.push(' ');
    words.push_str(&entry.text);
    escape(&words.to_lowercase())
}

/// One entry's `<section class="entry" id="CODE">`, with an empty `<span class="anchor">` at its
/// top for each alias in `anchors` (its id the alias), and a fact for each optional key the
/// registry uses (`Retryable: no` too, when the registry marks any entry `retryable`).
fn section(out: &mut String, registry: &Registry, entry: &Entry, anchors: &[&str]) {
    let raw_code = entry.code.to_string();
    let code = escape(&raw_code);
    let _ = writeln!(
        out,
        "<section class=\"entry\" id=\"{code}\" data-filter=\"{words}\"{deprecated}>",
        words = filter_words(entry),
        deprecated = if entry.deprecated.is_some() {
            " data-deprecated"
        } else {
            ""
        },
    );
    for alias in anchors {
        let _ = writeln!(
            out,
            "<span class=\"anchor\" id=\"{}\"></span>",
            escape(alias)
        );
    }
    let _ = write!(
        out,
        "<h2><a href=\"{href}\"><code>{code}</code></a> <span class=\"name\">{name}</span></h2>\n\
         <p class=\"text\">{text}</p>\n",
        href = fragment_href(&raw_code),
        name = escape(&entry.name),
        text = escape(&entry.text),
    );
    // Each optional key the registry uses, as a fact; the deprecation note stands apart, below.
    let mut facts = String::new();
    for key in KEYS
        .into_iter()
        .filter(|key| key.name != DEPRECATED.name && registry.uses(key))
    {
        let value = match ((key.value)(registry, entry), key.kind) {
            (Some(Value::Text(url)), Kind::Link) => link(&url),
            (Some(Value::Names(aliases)), _) => aliases_html(aliases, anchors),
            (Some(value), _) => escape(&value.to_text()),
            (None, Kind::Flag) => "no".to_owned(),
            (None, _) => continue,
        };
        let _ = writeln!(facts, "<dt>{}</dt><dd>{value}</dd>", key.heading());
    }
    if !facts.is_empty() {
        let _ = write!(out, "<dl class=\"facts\">\n{facts}</dl>\n");
    }
    if let Some(note) = &entry.deprecated {
        let _ = writeln!(
            out,
            "<p class=\"deprecated\"><strong>Deprecated:</strong> {}</p>",
            escape(note)
        );
    }
    let _ = write!(
        out,
        "<div class=\"description\">\n{}</div>\n</section>\n",
        render(&entry.description, 2)
    );
}

/// Aliases as code, each linked to its anchor when it has one (so its address can be copied).
fn aliases_html(aliases: &[String], anchors: &[&str]) -> String {
    let html: Vec<String> = aliases
        .iter()
        .map(|a| {
            let code = format!("<code>{}</code>", escape(a));
            if anchors.contains(&a.as_str()) {
                format!("<a href=\"{}\">{code}</a>", fragment_href(a))
            } else {
                code
            }
        })
        .collect();
    html.join(", ")
}

/// An entry's documentation link: an `<a>` for an `http(s)` link (the registry's rules allow no
/// other), else the text alone.
fn link(url: &str) -> String {
    let url = escape(url);
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<a href=\"{url}\" rel=\"noopener noreferrer\">{url}</a>")
    } else {
        url
    }
}

/// The retired codes, each an `<li id="CODE">` with its former name and why it was retired.
fn retired(out: &mut String, registry: &Registry) {
    if registry.retired.is_empty() {
        return;
    }
    match retired_id(registry) {
        Some(id) => {
            let _ = write!(out, "<section class=\"retired\" id=\"{id}\">");
        }
        None => out.push_str("<section class=\"retired\">"),
    }
    let _ = write!(
        out,
        "\n<h2>{}</h2>\n<p>Used once; never to be given to another entry.</p>\n<ul>\n",
        retired_heading(registry)
    );
    for retired in &registry.retired {
        let code = escape(&retired.code.to_string());
        let _ = write!(out, "<li id=\"{code}\"><code>{code}</code>");
        if let Some(name) = &retired.name {
            let _ = write!(out, " <span class=\"name\">{}</span>", escape(name));
        }
        let _ = writeln!(out, ": {}</li>", escape(&retired.note));
    }
    out.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod tests;
