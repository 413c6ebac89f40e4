//! The page's contract (ids, filter box, table of contents), its safety against hostile
//! registries, and that it loads nothing.

use super::*;
use crate::openapi::tests::catalogs;

/// A registry whose every string tries something.
const HOSTILE: &str = r##"
[registry]
name = "Evil <script>alert('name')</script> API"
description = "Intro <script>alert('registry')</script> [ok](https://docs.example.com/intro)"
code_type = "str"
version = "1.0.0"

[[error]]
code = "SCRIPT"
name = "Script"
text = "<b>bold</b> & \"quoted\""
description = "Before <script>alert(1)</script> after."
category = "<i>Cat</i>"
aliases = ["ALIAS_ONE"]
deprecated = "Use <script>x()</script> `Other`."

[[error]]
code = "IMG"
name = "Img"
text = "Image"
description = "<img src=x onerror=alert(2)> and ![pic](https://img.example/p.png \"t\")"

[[error]]
code = "JS_LINK"
name = "JsLink"
text = "Links"
description = """
[md](javascript:alert(3)) [upper](JavaScript:alert(5)) <a href="javascript:alert(4)">raw</a>
<a href="https://ok.example/a" onclick="steal()">kept</a> [rel](other.html#x) [frag](#SCRIPT)
<a href="mailto:support@example.com">mail</a> <a href=" javascript:alert(6)">spaced</a>
"""

[[error]]
code = "FRAMES"
name = "Frames"
text = "Frames"
description = """
<iframe src="https://evil.example/"></iframe><p style="color:red" onmouseover="x()">styled</p>
<svg onload=alert(7)></svg><object data="https://evil.example/o"></object>
<form action="https://evil.example/f"><input name=q></form><base href="https://evil.example/">
<link rel=stylesheet href="https://evil.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<style>body{background:url(https://evil.example/bg.png)}</style><video poster="https://evil.example/v.png"></video>
"""

[[error]]
code = 'X"><b>'
name = "Quote"
text = "Quote"
description = "# Heading\n\nText."
url = "https://docs.example.com/errors/quote"

[[retired]]
code = "OLD"
name = "Old"
note = "Gone <script>alert(8)</script>."
"##;

fn hostile() -> Registry {
    Registry::from_source("hostile.toml", HOSTILE).unwrap_or_else(|e| panic!("{e}"))
}

/// The page without its own inline script, lower case: what the registry put in.
fn body_of(page: &str) -> String {
    page.replace(&format!("<script>{SCRIPT}</script>"), "")
        .to_ascii_lowercase()
}

/// The values of every `attribute="…"` in `page`.
fn attribute_values<'a>(page: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    page.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &page[i + needle.len()..];
            &rest[..rest.find('"').expect("a closing quote")]
        })
        .collect()
}

#[test]
fn no_hazard_survives() {
    let page = page(&hostile());
    let body = body_of(&page);
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    for hazard in [
        "<script",
        "javascript:",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "<iframe",
        "style=",
        "<svg",
        "<object",
        "<form",
        "<input name",
        "<base",
        "<link",
        "refresh",
        "<img",
        "<video",
        "poster=",
        "evil.example",
        "steal(",
    ] {
        assert!(!body.contains(hazard), "`{hazard}` survived in:\n{body}");
    }
    // What is left of the scripts is the text of the registry's plain strings, escaped.
    for (i, _) in body.match_indices("alert(") {
        assert!(
            body[..i].ends_with("&lt;script&gt;"),
            "at {i}: {}",
            &body[i - 40..i + 20]
        );
    }
}

#[test]
fn links_keep_their_targets() {
    let page = page(&hostile());
    for target in [
        "https://ok.example/a",
        "other.html#x",
        "#SCRIPT",
        "mailto:support@example.com",
        "https://docs.example.com/intro",
        "https://docs.example.com/errors/quote",
        // An image becomes a link to it: nothing is loaded.
        "https://img.example/p.png",
    ] {
        assert!(
            page.contains(&format!("<a href=\"{target}\"")),
            "no link to {target}"
        );
    }
    // The links that lost their `javascript:` target keep their text.
    for text in [">md</a>", ">upper</a>", ">raw</a>", ">kept</a>", ">pic</a>"] {
        assert!(page.contains(text), "{text}");
    }
}

#[test]
fn registry_strings_are_escaped() {
    let page = page(&hostile());
    for escaped in [
        "<title>Evil &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; API errors</title>",
        "<p class=\"text\">&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</p>",
        "<dd>&lt;i&gt;Cat&lt;/i&gt;</dd>",
        "Use &lt;script&gt;x()&lt;/script&gt; `Other`.",
        "Gone &lt;script&gt;alert(8)&lt;/script&gt;.",
        "<section class=\"entry\" id=\"X&quot;&gt;&lt;b&gt;\"",
        "<a href=\"#X%22%3E%3Cb%3E\"><code>X&quot;&gt;&lt;b&gt;</code>",
    ] {
        assert!(page.contains(escaped), "no `{escaped}`");
    }
    // Headings of descriptions sit below the entry's `<h2>`.
    assert!(page.contains("<h3>Heading</h3>"));
}

#[test]
fn every_entry_and_retired_code_has_its_id() {
    for (path, registry) in catalogs()
        .into_iter()
        .chain([("hostile".into(), hostile())])
    {
        let page = page(&registry);
        for entry in &registry.entries {
            let raw = entry.code.to_string();
            let code = escape(&raw);
            let section = format!("<section class=\"entry\" id=\"{code}\"");
            assert_eq!(page.matches(&section).count(), 1, "{path}: {section}");
            assert!(
                page.contains(&format!("<a href=\"{}\">", fragment_href(&raw))),
                "{path}: toc link to {code}"
            );
        }
        assert_eq!(
            page.matches("<section class=\"entry\"").count(),
            registry.entries.len(),
            "{path}"
        );
        for retired in &registry.retired {
            let li = format!("<li id=\"{}\">", escape(&retired.code.to_string()));
            assert_eq!(page.matches(&li).count(), 1, "{path}: {li}");
        }
        let mut ids = attribute_values(&page, "id");
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "{path}: an id is used twice");
        assert!(
            ids.iter()
                .all(|id| !id.is_empty() && !id.contains(char::is_whitespace))
        );
    }
}

#[test]
fn filter_box_and_toc_are_there() {
    for (path, registry) in catalogs() {
        let page = page(&registry);
        assert!(page.starts_with("<!doctype html>\n"), "{path}");
        for part in [
            "<html lang=\"en\">",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\"",
            "prefers-color-scheme:dark",
            "@media print",
        ] {
            assert!(page.contains(part), "{path}: {part}");
        }
        assert_eq!(
            page.matches("<input type=\"search\" id=\"filter\"").count(),
            1,
            "{path}"
        );
        assert_eq!(page.matches("<nav id=\"toc\"").count(), 1, "{path}");
        assert_eq!(page.matches("<input").count(), 1, "{path}");
        // The script adds no handler attribute and evaluates no text.
        assert!(!SCRIPT.contains("eval") && !SCRIPT.contains("Function("));
        assert!(SCRIPT.contains("addEventListener(\"input\""));
        let lower = page.to_ascii_lowercase();
        let handler = lower.match_indices(" on").find(|(i, _)| {
            let rest = &lower[i + 3..];
            let name_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
            name_len > 0 && rest[name_len..].trim_start().starts_with('=')
        });
        assert!(
            handler.is_none(),
            "{path}: an event-handler attribute at {handler:?}"
        );
        // Every entry carries the words the filter matches, lower case.
        for entry in &registry.entries {
            let words = filter_words(entry);
            assert!(
                page.contains(&format!(" data-filter=\"{words}\"")),
                "{path}: {words}"
            );
            assert_eq!(words, words.to_lowercase());
        }
    }
}

#[test]
fn nothing_is_loaded_from_anywhere() {
    for (path, registry) in catalogs()
        .into_iter()
        .chain([("hostile".into(), hostile())])
    {
        let page = page(&registry);
        let lower = page.to_ascii_lowercase();
        for attribute in [
            "src=", "srcset=", "data=", "poster=", "action=", "url(", "@import",
        ] {
            assert!(!lower.contains(attribute), "{path}: `{attribute}`");
        }
        // `href` only on `<a>`: links the reader follows, never resources the page loads.
        for (i, _) in lower.match_indices("href=") {
            let tag = &lower[lower[..i].rfind('<').expect("inside a tag")..i];
            assert!(tag.starts_with("<a "), "{path}: href in `{tag}`");
        }
        assert!(page.contains("default-src 'none'"), "{path}");
    }
}

#[test]
fn the_policy_allows_exactly_the_inline_style_and_script() {
    let page = page(&hostile());
    let inline = |open: &str, close: &str| {
        let start = page.find(open).expect("the element") + open.len();
        let end = start + page[start..].find(close).expect("its end");
        page[start..end].to_owned()
    };
    let style = inline("<style>", "</style>");
    let script = inline("<script>", "</script>");
    assert_eq!((style.as_str(), script.as_str()), (STYLE, SCRIPT));
    let policy = attribute_values(&page, "content")
        .into_iter()
        .find(|c| c.starts_with("default-src"))
        .expect("a Content-Security-Policy");
    assert_eq!(
        policy,
        format!(
            "default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'",
            csp_hash(&style),
            csp_hash(&script)
        )
    );
    // A known SHA-256: the hash is the standard one, base64 with padding.
    assert_eq!(
        csp_hash(""),
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    );
}

#[test]
fn toc_groups_by_category() {
    let registry = Registry::from_source(
        "c.toml",
        "[registry]\nname='C'\n\
         [[error]]\ncode=1\nname='A'\ntext='a'\ndescription='a'\ncategory='First'\n\
         [[error]]\ncode=2\nname='B'\ntext='b'\ndescription='b'\n\
         [[error]]\ncode=3\nname='C'\ntext='c'\ndescription='c'\ncategory='Second'\n\
         [[error]]\ncode=4\nname='D'\ntext='d'\ndescription='d'\ncategory='First'\n",
    )
    .unwrap();
    let groups: Vec<(&str, Vec<u32>)> = by_category(&registry)
        .into_iter()
        .map(|(c, es)| (c, es.iter().filter_map(|e| e.code.as_int()).collect()))
        .collect();
    assert_eq!(
        groups,
        [
            ("First", vec![1, 4]),
            ("Second", vec![3]),
            ("Other", vec![2])
        ]
    );
    let page = page(&registry);
    let toc = &page[page.find("<nav id=\"toc\"").unwrap()..page.find("</nav>").unwrap()];
    let order: Vec<usize> = ["First", "#1", "#4", "Second", "#3", "Other", "#2"]
        .iter()
        .map(|s| toc.find(s).unwrap_or_else(|| panic!("{s} in the toc")))
        .collect();
    assert!(order.is_sorted(), "{toc}");
}
