//! The page's contract (ids, filter box, table of contents), its safety against hostile
//! registries, and that it loads nothing.

use super::toc::{UNFOLDED_MAX, by_category};
use super::*;
use crate::tests::catalogs;

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
        .map(|(c, es)| (c, es.iter().filter_map(|(_, e)| e.code.as_int()).collect()))
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

/// A registry shaped like the Win32 error table: `count` entries with sparse `u32` codes, a
/// message text ending with a full stop, the symbol as an alias, a category on every other
/// block of 250 entries, and no `retryable`.
fn win32_like(count: usize) -> Registry {
    let mut toml = String::from(
        "[registry]\nname = \"Win32 system error codes\"\ncode_type = \"u32\"\n\
         [[error]]\ncode = 5\nname = \"AccessDenied\"\ntext = \"Access is denied.\"\n\
         description = \"Access is denied.\"\naliases = [\"ERROR_ACCESS_DENIED\"]\n",
    );
    for i in 1..count {
        let code = if i + 3 > count {
            70_000 + i
        } else {
            5 + i * 3 + i % 2
        };
        let _ = write!(
            toml,
            "[[error]]\ncode = {code}\nname = \"Synthetic{i}\"\ntext = \"Synthetic failure {i}.\"\n\
             description = \"Synthetic failure {i}.\"\naliases = [\"ERROR_SYNTHETIC_{i}\"]\n"
        );
        if (i / 250) % 2 == 0 {
            let _ = writeln!(toml, "category = \"Block {}\"", i / 500);
        }
    }
    Registry::from_source("win32.toml", &toml).unwrap_or_else(|e| panic!("{e}"))
}

/// The part of `page` from `start` to the next `end`.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("no {start}"));
    let to = from
        + page[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end} after {start}"));
    &page[from..to]
}

#[test]
fn the_title_says_errors_once() {
    for (name, title) in [
        ("Win32 system error codes", "Win32 system error codes"),
        ("Storage Errors", "Storage Errors"),
        ("Nutcache API", "Nutcache API errors"),
        ("IANA HTTP Status Codes", "IANA HTTP Status Codes"),
    ] {
        let registry = Registry::from_source(
            "t.toml",
            &format!(
                "[registry]\nname = \"{name}\"\n\
                 [[error]]\ncode = 1\nname = \"A\"\ntext = \"A\"\ndescription = \"A.\"\n"
            ),
        )
        .unwrap();
        let page = page(&registry);
        assert!(page.contains(&format!("<title>{title}</title>")), "{name}");
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{name}");
    }
}

#[test]
fn counts_are_singular_for_one() {
    let source = |entries: u32, retired: u32| {
        let mut toml = String::from("[registry]\nname = \"C\"\n");
        for code in 1..=entries {
            let _ = write!(
                toml,
                "[[error]]\ncode = {code}\nname = \"E{code}\"\ntext = \"t\"\ndescription = \"d\"\n"
            );
        }
        for code in 1..=retired {
            let _ = write!(
                toml,
                "[[retired]]\ncode = {}\nnote = \"gone\"\n",
                100 + code
            );
        }
        page(&Registry::from_source("c.toml", &toml).unwrap())
    };
    let one = source(1, 1);
    assert!(
        one.contains("<p class=\"meta\">1 entry · 1 retired code</p>"),
        "{one}"
    );
    assert!(one.contains("<h2>Retired code</h2>") && one.contains(">Retired code</a>"));
    let two = source(2, 2);
    assert!(
        two.contains("<p class=\"meta\">2 entries · 2 retired codes</p>"),
        "{two}"
    );
    assert!(two.contains("<h2>Retired codes</h2>") && two.contains(">Retired codes</a>"));
}

#[test]
fn retryable_is_shown_only_when_the_registry_marks_any_entry() {
    let page_of = |retryable: &str| {
        page(&Registry::from_source(
            "r.toml",
            &format!(
                "[registry]\nname = \"R\"\n\
                 [[error]]\ncode = 1\nname = \"A\"\ntext = \"a\"\ndescription = \"a\"\n{retryable}\n\
                 [[error]]\ncode = 2\nname = \"B\"\ntext = \"b\"\ndescription = \"b\"\n"
            ),
        )
        .unwrap())
    };
    let never = page_of("");
    assert!(!never.contains("Retryable"), "{never}");
    let some = page_of("retryable = true");
    assert_eq!(some.matches("<dt>Retryable</dt><dd>yes</dd>").count(), 1);
    assert_eq!(some.matches("<dt>Retryable</dt><dd>no</dd>").count(), 1);
    assert!(!page(&win32_like(50)).contains("Retryable"));
}

#[test]
fn aliases_are_anchors_of_their_entries() {
    let registry = win32_like(40);
    let page = page(&registry);
    for entry in &registry.entries {
        let code = entry.code.to_string();
        let section = between(
            &page,
            &format!("<section class=\"entry\" id=\"{code}\""),
            "</section>",
        );
        for alias in &entry.aliases {
            assert!(
                section.contains(&format!("<span class=\"anchor\" id=\"{alias}\"></span>")),
                "{alias}"
            );
            assert!(
                section.contains(&format!("<a href=\"#{alias}\"><code>{alias}</code></a>")),
                "{alias}"
            );
            assert_eq!(
                page.matches(&format!("id=\"{alias}\"")).count(),
                1,
                "{alias}"
            );
        }
    }
    // An anchor sits before the entry's heading, so that following it shows the heading.
    let access = between(&page, "<section class=\"entry\" id=\"5\"", "</section>");
    assert!(access.find("id=\"ERROR_ACCESS_DENIED\"") < access.find("<h2>"));
}

#[test]
fn an_alias_whose_id_is_taken_gets_no_anchor() {
    let registry = Registry::from_source(
        "a.toml",
        "[registry]\nname = \"A\"\ncode_type = \"str\"\n\
         [[error]]\ncode = \"ONE\"\nname = \"One\"\ntext = \"1\"\ndescription = \"1\"\n\
         aliases = [\"TWO_OLD\", \"toc\", \"filter\", \"retired\", \"GONE\", \"UNO\"]\n\
         [[error]]\ncode = \"TWO_OLD\"\nname = \"Two\"\ntext = \"2\"\ndescription = \"2\"\n\
         [[retired]]\ncode = \"GONE\"\nnote = \"gone\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let page = page(&registry);
    let anchors = alias_anchors(&registry);
    assert_eq!(anchors[0], ["UNO"], "only the alias whose id is free");
    assert!(page.contains("<span class=\"anchor\" id=\"UNO\"></span>"));
    for taken in ["TWO_OLD", "toc", "filter", "retired", "GONE"] {
        assert!(
            !page.contains(&format!("<span class=\"anchor\" id=\"{taken}\">")),
            "{taken}"
        );
    }
    let mut ids = attribute_values(&page, "id");
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "an id is used twice");
}

#[test]
fn a_large_registry_folds_its_contents() {
    let small = page(&win32_like(UNFOLDED_MAX));
    let toc = between(&small, "<nav id=\"toc\"", "</nav>");
    assert!(toc.contains("<details open>") && !toc.contains("<details>"));
    assert!(!toc.contains("toc-note"));

    let registry = win32_like(3000);
    let page = page(&registry);
    let toc = between(&page, "<nav id=\"toc\"", "</nav>");
    assert!(toc.contains("<details>") && !toc.contains("<details open>"));
    assert!(toc.contains("<p class=\"toc-note\">"));
    // Each category's summary says how many entries it folds.
    for (category, entries) in by_category(&registry) {
        let summary = format!(
            "<summary><span class=\"category\">{category}</span> <span class=\"toc-count\">{}</span></summary>",
            entries.len()
        );
        assert_eq!(toc.matches(&summary).count(), 1, "{summary}");
    }
    // Every entry's link carries its position, by which the script hides the link of an entry
    // the filter hides.
    let mut positions = 0;
    for (i, entry) in registry.entries.iter().enumerate() {
        let code = entry.code.to_string();
        let link = format!(
            "<li data-entry=\"{i}\"><a href=\"#{code}\"><code>{code}</code> {}</a></li>",
            entry.name
        );
        assert!(toc.contains(&link), "{link}");
        positions += 1;
    }
    assert_eq!(toc.matches("data-entry=").count(), positions);
}
