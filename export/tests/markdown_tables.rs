//! The Markdown tables read back whole as GitHub-flavoured Markdown (one row per entry, every row
//! as wide as the header), whatever the cells hold; the table of each public catalog in
//! `registries/` has the columns its keys call for; two catalogs' pages are compared with
//! committed snapshots under `tests/markdown/`.
//!
//! `ERRCODES_BLESS=1 cargo test -p errcodes-build --test markdown_tables` rewrites the snapshots
//! instead of failing when they differ.

use std::io::Write as _;
use std::path::PathBuf;

use errcodes_build::Registry;
use errcodes_export::{markdown_page, markdown_table};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The catalog `registries/{name}.toml`.
fn catalog(name: &str) -> Registry {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../registries")
        .join(format!("{name}.toml"));
    Registry::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The header cells of the table.
fn header(table: &str) -> Vec<String> {
    table
        .lines()
        .next()
        .unwrap()
        .split('|')
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The table parsed as GitHub-flavoured Markdown: the number of cells of each row, header first.
fn parsed_rows(table: &str) -> Vec<usize> {
    let mut rows = Vec::new();
    for event in Parser::new_ext(table, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(0),
            Event::End(TagEnd::TableCell) => *rows.last_mut().unwrap() += 1,
            _ => {}
        }
    }
    rows
}

#[test]
fn hazardous_cells_keep_the_table_whole() {
    let registry = Registry::from_source(
        "e.toml",
        r#"
[registry]
name = "A"
[[error]]
code = 1
name = "One"
text = "One"
description = "One."
category = "a|b"
deprecated = "x|y"
[[error]]
code = 2
name = "Two"
text = "T|T"
description = """Pipes | and

- `|` in code
- [l|nk](https://x.example)
  - nested | too

    indented | code

> quote |
<div>
html | block
</div>"""
"#,
    )
    .unwrap();
    let table = markdown_table(&registry);
    assert_eq!(parsed_rows(&table), [4, 4, 4], "{table}");
    assert!(table.contains(
        "| Pipes \\| and<ul><li>`\\|` in code</li><li>[l\\|nk](https://x.example)<ul><li>nested \\| too"
    ));
}

proptest::proptest! {
    /// Whatever the description, text and category hold, the table reads back as one row per
    /// entry, each as wide as the header.
    #[test]
    fn any_cells_keep_the_table_whole(
        description in "(- |\n|\r\n|1. |  |a|\\||`|\\*|> |    |<b>|\\\\|\\[x\\]\\(y\\)|```|#)*",
        text in "[a|\\\\`<>-]*",
        deprecated in proptest::option::of("[a|\n]+"),
    ) {
        let mut registry = Registry::from_source(
            "e.toml",
            "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='One.'\n\
             category='C'\n[[error]]\ncode=2\nname='Two'\ntext='Two'\ndescription='Two.'\n",
        )
        .unwrap();
        registry.entries[1].description = description;
        registry.entries[1].text = text;
        registry.entries[1].deprecated = deprecated;
        let table = markdown_table(&registry);
        proptest::prop_assert_eq!(parsed_rows(&table), [4, 4, 4], "{}", table);
    }
}

/// Checks the columns of catalog `name`'s table, that it reads back whole, and its retired list;
/// returns the table.
fn check(name: &str, columns: &[&str], retired: bool) -> String {
    let registry = catalog(name);
    let table = markdown_table(&registry);
    assert_eq!(header(&table), columns, "{name}: columns");
    assert_eq!(
        parsed_rows(&table),
        vec![columns.len(); registry.entries.len() + 1],
        "{name}: the table does not read back as one row per entry"
    );
    assert_eq!(table.contains("\n**Retired codes**\n\n"), retired, "{name}");
    for r in &registry.retired {
        assert!(table.contains(&r.note), "{name}: retired {} listed", r.code);
    }
    let page = markdown_page(&registry);
    let version = registry.version.as_deref().unwrap_or_default();
    assert!(
        page.starts_with(&format!("# Errors\n\n**Version:** {version}\n\n")),
        "{name}: the page shows the version"
    );
    assert!(page.contains(&table[..table.find("\n\n").unwrap_or(table.len())]));
    table
}

/// Compares `tests/markdown/{name}.md` with the page of catalog `name`; with `ERRCODES_BLESS=1`,
/// rewrites it instead.
fn check_snapshot(name: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/markdown/{name}.md"));
    let now = markdown_page(&catalog(name));
    if std::env::var_os("ERRCODES_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &now).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let _ = writeln!(
            std::io::stderr(),
            "ERRCODES_BLESS=1: wrote {}",
            path.display()
        );
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; write it with ERRCODES_BLESS=1", path.display()));
    let differs = committed.lines().zip(now.lines()).position(|(a, b)| a != b);
    assert!(
        committed == now,
        "{} differs from the page made now (first at line {}); if the change is meant, \
         rewrite it with ERRCODES_BLESS=1",
        path.display(),
        differs.map_or(committed.lines().count().min(now.lines().count()), |l| l) + 1
    );
}

#[test]
fn grpc() {
    let table = check(
        "grpc",
        &[
            "Code",
            "Text",
            "HTTP status",
            "Retryable",
            "Category",
            "Aliases",
            "Link",
            "Description",
        ],
        false,
    );
    assert!(table.contains("| 14   | Unavailable "));
    assert!(table.contains(" | 503         | yes       | Server   |"));
    assert!(table.contains("`INVALID_ARGUMENT`"));
    check_snapshot("grpc");
}

#[test]
fn iana_http() {
    let table = check(
        "iana-http",
        &[
            "Code",
            "Text",
            "Retryable",
            "Category",
            "Aliases",
            "Link",
            "Description",
        ],
        true,
    );
    assert!(table.contains("**Deprecated:** RFC 9110 deprecates 305"));
    assert!(table.contains("- 306 (`SwitchProxy`): "));
    assert!(table.contains("- 418 (`ImATeapot`): "));
}

#[test]
fn sqlstate() {
    let table = check(
        "sqlstate",
        &[
            "Code",
            "Text",
            "Retryable",
            "Category",
            "Aliases",
            "Link",
            "Description",
        ],
        true,
    );
    assert!(table.contains("| `42P01` "));
    assert!(table.contains("`undefined_table`"));
}

#[test]
fn oci_distribution() {
    let table = check(
        "oci-distribution",
        &[
            "Code",
            "Text",
            "HTTP status",
            "Retryable",
            "Category",
            "Link",
            "Description",
        ],
        false,
    );
    assert!(table.contains("| `BLOB_UNKNOWN` "));
    assert!(table.contains("**Deprecated:** "));
    check_snapshot("oci-distribution");
}

#[test]
fn errno() {
    let table = check(
        "errno",
        &[
            "Code",
            "Text",
            "Retryable",
            "Category",
            "Aliases",
            "Link",
            "Description",
        ],
        true,
    );
    assert!(table.contains("`EWOULDBLOCK`"));
}
