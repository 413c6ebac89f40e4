//! What a description needs: links with their targets, wrapping, lists, quotes, code, raw HTML
//! with its entities, and nothing that can restyle the terminal.

use super::markdown_to_text;

fn plain(md: &str, width: usize) -> String {
    markdown_to_text(md, width, false)
}

#[test]
fn markdown_link_keeps_its_target() {
    assert_eq!(
        plain("Read [the guide](https://example.com/guide) first.", 80),
        "Read the guide (https://example.com/guide) first.\n"
    );
    assert_eq!(
        plain("See ![the logo](logo.png).", 80),
        "See the logo (logo.png).\n"
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
    assert_eq!(plain("<a name=\"x\">here</a> it is", 80), "here it is\n");
}

#[test]
fn wraps_at_spaces_and_never_breaks_a_url() {
    assert_eq!(
        plain(
            "aaaa bbbb cccc dddd [link](https://example.com/a/very/long/path/that/does/not/fit)",
            24,
        ),
        "aaaa bbbb cccc dddd link\n(https://example.com/a/very/long/path/that/does/not/fit)\n"
    );
    assert_eq!(
        plain(
            "the country code `ISO 3166-1 alpha-2` at https://ex-ample.com",
            20
        ),
        "the country code\n`ISO 3166-1 alpha-2`\nat\nhttps://ex-ample.com\n"
    );
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
fn nested_loose_and_numbered_lists() {
    assert_eq!(plain("- a\n  - b\n- c", 80), "- a\n  - b\n- c\n");
    assert_eq!(plain("- a\n\n- b", 80), "- a\n\n- b\n");
    assert_eq!(plain("3. a\n4. b", 80), "3. a\n4. b\n");
    assert_eq!(
        plain("- item:\n\n      code\n\n> a quote long enough to wrap", 20),
        "- item:\n\n      code\n\n> a quote long\n> enough to wrap\n"
    );
    // Raw HTML, an item left open as HTML allows.
    assert_eq!(plain("<ul><li>one<li>two</ul>", 80), "- one\n- two\n");
}

#[test]
fn html_block_and_entities() {
    assert_eq!(
        plain("<p>Fish &amp; chips<br>\n  served   hot</p>\n", 80),
        "Fish & chips\nserved hot\n"
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
    // Also when a character reference makes them.
    assert_eq!(
        plain("<p>a&#27;[31m b&#0;c</p>\n", 80),
        "a\u{fffd}[31m b\u{fffd}c\n"
    );
    assert_eq!(
        plain(
            "<a href=\"x&#7;y\">z</a> <img alt=\"&#x1b;]0;t\" src=i.png>",
            80
        ),
        "z (x\u{fffd}y) \u{fffd}]0;t (i.png)\n"
    );
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
        plain(
            "a </b></i></code></ul></li></blockquote></pre> b <b>c <a href=x>d",
            80
        ),
        "a b c d (x)\n"
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
fn html_image_is_its_alt_text_and_source() {
    assert_eq!(
        plain(
            "<img src=\"logo.png\" alt=\"Logo &amp; name\"> and <IMG ALT='' src=x.png />",
            80
        ),
        "Logo & name (logo.png) and x.png\n"
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
    assert_eq!(plain("<!-- nothing -->", 80), "");
}

#[test]
fn hostile_input_is_text() {
    let deep = format!("{}x\n\n{}y", "> ".repeat(100), "- ".repeat(100));
    let text = plain(&deep, 20);
    assert!(text.contains('x') && text.contains('y'));
    assert_eq!(
        plain("<ol start=18446744073709551615><li>a<li>b</ol>", 80),
        "18446744073709551615. a\n18446744073709551615. b\n"
    );
    assert_eq!(
        plain("<pre><blockquote><ul><li>\0x", 80),
        "> -     \u{fffd}x\n"
    );
}
