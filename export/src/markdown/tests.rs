use super::cell::{description_cell, push_cell};
use super::*;

/// The cell escaping as four replacements, the obvious (and allocating) way to write it.
fn reference_cell(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

/// A registry from its `errors.toml` text, which must be valid.
fn registry(source: &str) -> Registry {
    Registry::from_source("e.toml", source).unwrap_or_else(|e| panic!("{e}"))
}

/// An `[[error]]` entry with these extra keys (TOML lines).
fn entry(code: &str, name: &str, extra: &str) -> String {
    format!(
        "[[error]]\ncode = {code}\nname = '{name}'\ntext = '{name} text'\n\
         description = '{name} description.'\n{extra}\n"
    )
}

/// The header row of a table, as its cells.
fn header(table: &str) -> Vec<&str> {
    cells(table.lines().next().unwrap())
}

/// The cells of one row (escaped pipes kept in their cell).
fn cells(row: &str) -> Vec<&str> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = inner.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            out.push(inner[start..i].trim());
            start = i + 1;
        }
    }
    out.push(inner[start..].trim());
    out
}

/// The cell of column `column` in the row of the `index`th entry.
fn cell_of(table: &str, index: usize, column: &str) -> String {
    let at = header(table).iter().position(|h| *h == column);
    let at = at.unwrap_or_else(|| panic!("no column {column} in {table}"));
    cells(table.lines().nth(index + 2).unwrap())[at].to_owned()
}

#[test]
fn cells_escape_pipes_and_line_breaks() {
    for (s, want) in [
        ("a|b", "a\\|b"),
        ("a\nb\r\nc", "a<br>b<br>c"),
        ("\r\r\n\r", "<br><br><br>"),
        ("é|🚀\n", "é\\|🚀<br>"),
        ("", ""),
    ] {
        let mut out = String::new();
        push_cell(&mut out, s);
        assert_eq!(out, want);
        assert_eq!(escape_cell(s), want);
    }
}

proptest::proptest! {
    #[test]
    fn cells_are_the_reference_cells(s in "(\\||\r|\n|a|é|🚀| )*|.*") {
        let mut out = String::new();
        push_cell(&mut out, &s);
        let want = reference_cell(&s);
        proptest::prop_assert_eq!(&*escape_cell(&s), want.as_str());
        proptest::prop_assert_eq!(out, want);
    }

    /// Whatever a description holds, its cell stays on one row of the table.
    #[test]
    fn descriptions_stay_one_cell(s in "(- |\n|1. |  |a|\\||`|\\*|> |    |<b>|\\[x\\]\\(y\\))*") {
        let cell = description_cell(&s);
        proptest::prop_assert!(!cell.contains('\n'), "{:?} → {:?}", s, cell);
        proptest::prop_assert_eq!(cell.matches('|').count(), cell.matches("\\|").count());
    }
}

#[test]
fn a_registry_without_optional_keys_has_the_three_columns() {
    let table = markdown_table(&registry(&format!(
        "[registry]\nname = 'A'\n{}",
        entry("400", "BadRequest", "")
    )));
    assert_eq!(header(&table), ["Code", "Text", "Description"]);
    assert!(!table.contains("Retired"));
}

#[test]
fn every_optional_column_in_its_order() {
    let table = markdown_table(&registry(&format!(
        "[registry]\nname = 'A'\nurl = 'https://docs.example.com/e#{{code}}'\n{}{}",
        entry(
            "429",
            "TooMany",
            "status = 429\ncategory = 'Limits'\nretryable = true\naliases = ['TOO_MANY', 'SLOW_DOWN']"
        ),
        entry("400", "Bad", ""),
    )));
    assert_eq!(
        header(&table),
        [
            "Code",
            "Text",
            "HTTP status",
            "Retryable",
            "Category",
            "Aliases",
            "Link",
            "Description"
        ]
    );
    let row: Vec<String> = header(&table)
        .iter()
        .map(|h| cell_of(&table, 0, h))
        .collect();
    assert_eq!(
        row,
        [
            "429",
            "TooMany text",
            "429",
            "yes",
            "Limits",
            "`TOO_MANY`, `SLOW_DOWN`",
            "[docs](https://docs.example.com/e#429)",
            "TooMany description."
        ]
    );
    // An entry without the keys: its effective status (an HTTP table's code), empty elsewhere.
    let row: Vec<String> = header(&table)
        .iter()
        .map(|h| cell_of(&table, 1, h))
        .collect();
    assert_eq!(
        row,
        [
            "400",
            "Bad text",
            "400",
            "",
            "",
            "",
            "[docs](https://docs.example.com/e#400)",
            "Bad description."
        ]
    );
}

#[test]
fn each_optional_column_appears_alone_when_only_its_key_is_used() {
    for (extra, column) in [
        ("status = 404", "HTTP status"),
        ("category = 'C'", "Category"),
        ("retryable = true", "Retryable"),
        ("aliases = ['X']", "Aliases"),
        ("url = 'https://x.example/1'", "Link"),
    ] {
        let table = markdown_table(&registry(&format!(
            "[registry]\nname = 'A'\ncode_type = 'str'\n{}{}",
            entry("'E1'", "One", extra),
            entry("'E2'", "Two", ""),
        )));
        assert_eq!(header(&table), ["Code", "Text", column, "Description"]);
        // The second entry has no value: a string code has no default status either.
        assert_eq!(cell_of(&table, 1, column), "", "{column}");
    }
    // `retryable = false` everywhere is no column.
    let table = markdown_table(&registry(&format!(
        "[registry]\nname = 'A'\n{}",
        entry("1", "One", "retryable = false")
    )));
    assert_eq!(header(&table), ["Code", "Text", "Description"]);
}

#[test]
fn status_shows_the_effective_status_of_every_row() {
    // errno-like: codes that are no HTTP statuses have none unless written.
    let table = markdown_table(&registry(&format!(
        "[registry]\nname = 'A'\n{}{}",
        entry("4", "Interrupted", ""),
        entry("110", "TimedOut", "status = 504"),
    )));
    assert_eq!(cell_of(&table, 0, "HTTP status"), "");
    assert_eq!(cell_of(&table, 1, "HTTP status"), "504");
}

#[test]
fn string_codes_and_aliases_are_code_spans_with_pipes_escaped() {
    let mut reg = registry(&format!(
        "[registry]\nname = 'A'\ncode_type = 'str'\n{}",
        entry("'42P01'", "UndefinedTable", "aliases = ['undefined_table']")
    ));
    assert_eq!(cell_of(&markdown_table(&reg), 0, "Code"), "`42P01`");
    // A model built in code is not validated: whatever it holds stays in its cell.
    reg.entries[0].code = Code::Str("a|`b".into());
    reg.entries[0].aliases = vec!["`x|".into()];
    reg.entries[0].text = "T|T".into();
    let table = markdown_table(&reg);
    assert_eq!(cell_of(&table, 0, "Code"), "``a\\|`b``");
    assert_eq!(cell_of(&table, 0, "Aliases"), "`` `x\\| ``");
    assert_eq!(cell_of(&table, 0, "Text"), "T\\|T");
    assert_eq!(cells(table.lines().nth(2).unwrap()).len(), 4);
}

#[test]
fn links_that_a_bare_destination_cannot_hold_are_in_angle_brackets() {
    let mut reg = registry(&format!(
        "[registry]\nname = 'A'\n{}{}",
        entry(
            "1",
            "One",
            "url = 'https://en.wikipedia.org/wiki/Teapot_(HTCPCP)'"
        ),
        entry("2", "Two", ""),
    ));
    let table = markdown_table(&reg);
    assert_eq!(
        cell_of(&table, 0, "Link"),
        "[docs](<https://en.wikipedia.org/wiki/Teapot_(HTCPCP)>)"
    );
    assert_eq!(cell_of(&table, 1, "Link"), "");
    reg.entries[0].url = Some("https://x.example/a|b<c>".into());
    assert_eq!(
        cell_of(&markdown_table(&reg), 0, "Link"),
        "[docs](<https://x.example/a\\|b\\<c\\>>)"
    );
}

#[test]
fn deprecated_entries_start_with_their_note() {
    let table = markdown_table(&registry(&format!(
        "[registry]\nname = 'A'\n{}{}",
        entry("305", "UseProxy", "deprecated = 'Use `Gone` | nothing.'"),
        entry("306", "Other", ""),
    )));
    assert_eq!(header(&table), ["Code", "Text", "Description"]);
    assert_eq!(
        cell_of(&table, 0, "Description"),
        "**Deprecated:** Use `Gone` \\| nothing.<br>UseProxy description."
    );
    assert_eq!(cell_of(&table, 1, "Description"), "Other description.");
    // Before a list, no line break: the list is a block of its own.
    let mut e = Entry {
        deprecated: Some("Old.".into()),
        description: "- a\n- b".into(),
        ..Entry::default()
    };
    assert_eq!(
        description(&e),
        "**Deprecated:** Old.<ul><li>a</li><li>b</li></ul>"
    );
    e.description.clear();
    assert_eq!(description(&e), "**Deprecated:** Old.");
}

#[test]
fn retired_codes_follow_the_table() {
    let reg = registry(&format!(
        "[registry]\nname = 'A'\n{}[[retired]]\ncode = 306\nname = 'SwitchProxy'\n\
         note = 'Unused.'\n[[retired]]\ncode = 418\nnote = \"Reserved.\\r\\n \\nSee RFC 9110.\\rTwice.\"\n",
        entry("305", "UseProxy", ""),
    ));
    let table = markdown_table(&reg);
    let list = "- 306 (`SwitchProxy`): Unused.\n\
                - 418: Reserved.\n\n  See RFC 9110.\n  Twice.\n";
    assert!(
        table.ends_with(&format!(
            "| UseProxy description. |\n\n**Retired codes**\n\n{list}"
        )),
        "{table}"
    );
    let page = markdown_page(&reg);
    assert!(
        page.ends_with(&format!(
            "| UseProxy description. |\n\n## Retired codes\n\n{list}"
        )),
        "{page}"
    );
    let strings = registry(&format!(
        "[registry]\nname = 'A'\ncode_type = 'str'\n{}[[retired]]\ncode = 'BLOB_GONE'\nnote = 'Removed.'\n",
        entry("'BLOB_UNKNOWN'", "BlobUnknown", ""),
    ));
    assert!(markdown_table(&strings).ends_with("\n- `BLOB_GONE`: Removed.\n"));
}

#[test]
fn the_page_shows_the_version_when_set() {
    let reg = registry(&format!(
        "[registry]\nname = 'A'\nversion = '1.1.0'\ndescription = 'About.'\n{}",
        entry("1", "One", "")
    ));
    assert!(
        markdown_page(&reg).starts_with("# Errors\n\n**Version:** 1.1.0\n\nAbout.\n\n| Code |")
    );
    let reg = registry(&format!(
        "[registry]\nname = 'A'\n{}",
        entry("1", "One", "")
    ));
    assert!(markdown_page(&reg).starts_with("# Errors\n\n| Code |"));
}

#[test]
fn descriptions_without_lists_are_written_as_before() {
    for (s, want) in [
        ("One line.", "One line."),
        ("a\nb", "a<br>b"),
        ("a\n\nb | c", "a<br><br>b \\| c"),
        ("```\ncode\n```", "```<br>code<br>```"),
        ("Not-a-list - really.", "Not-a-list - really."),
    ] {
        assert_eq!(description_cell(s), want, "{s:?}");
    }
}

#[test]
fn lists_in_descriptions_are_html_lists() {
    for (s, want) in [
        ("- a\n- b", "<ul><li>a</li><li>b</li></ul>"),
        (
            "Check:\n- the token\n- the scope\n",
            "Check:<ul><li>the token</li><li>the scope</li></ul>",
        ),
        (
            "Check:\n\n1. one\n2. two\n\nThen retry.",
            "Check:<ol><li>one</li><li>two</li></ol>Then retry.",
        ),
        (
            "3. three\n4. four",
            "<ol start=\"3\"><li>three</li><li>four</li></ol>",
        ),
        (
            "- a\n  - a1\n  - a2\n- b",
            "<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>",
        ),
        // Loose items hold paragraphs, set apart as paragraphs are.
        (
            "- a\n\n  more a\n\n- b",
            "<ul><li>a<br><br>more a</li><li>b</li></ul>",
        ),
        // Paragraphs: a blank line between them; a soft break a space, a hard break `<br>`.
        (
            "First\nline.\n\nSecond  \nline.\n\n- x",
            "First line.<br><br>Second<br>line.<ul><li>x</li></ul>",
        ),
        // A wrapped item continues on its line.
        ("- wrapped\n  item", "<ul><li>wrapped item</li></ul>"),
    ] {
        assert_eq!(description_cell(s), want, "{s:?}");
    }
}

#[test]
fn list_cells_keep_inline_markdown_and_escape_pipes() {
    assert_eq!(
        description_cell(
            "- see [the *docs*](https://x.example/a_(b)) and `a|b`\n- **bold** <b>html</b> a\\*b"
        ),
        "<ul><li>see [the *docs*](https://x.example/a_(b)) and `a\\|b`</li>\
         <li>**bold** <b>html</b> a\\*b</li></ul>"
    );
    // A code span broken over lines is one line, as Markdown reads it.
    assert_eq!(description_cell("- `a\n  b`"), "<ul><li>`a   b`</li></ul>");
}

#[test]
fn other_blocks_beside_lists_keep_their_source() {
    assert_eq!(
        description_cell("Run:\n\n```\ncurl | sh\n```\n\n- then this"),
        "Run:<br><br>```<br>curl \\| sh<br>```<ul><li>then this</li></ul>"
    );
    assert_eq!(
        description_cell("# Title\n- a\n\n---\n\nEnd"),
        "# Title<ul><li>a</li></ul>---<br><br>End"
    );
    assert_eq!(
        description_cell("- a\n\n  ```\n  x\n  ```\n- b"),
        "<ul><li>a<br><br>```<br>  x<br>  ```</li><li>b</li></ul>"
    );
}
