//! The registry as a Markdown documentation table (`| Code | Text | Description |`).

use crate::model::Registry;

/// Escapes a cell so it stays one cell of one row: `|` becomes `\|`, line breaks become `<br>`.
fn cell(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

/// The registry as an aligned Markdown table with the columns `Code`, `Text` and `Description`,
/// one row per entry in table order, each cell verbatim (escaped only where Markdown would
/// otherwise break the row). This is the layout of most API documentation pages.
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\n\
///      description='No such thing.'\n").unwrap();
/// assert_eq!(errcodes_build::markdown_table(&registry), "\
/// | Code | Text      | Description    |
/// |------|-----------|----------------|
/// | 404  | Not Found | No such thing. |
/// ");
/// ```
pub fn markdown_table(registry: &Registry) -> String {
    let header = ["Code", "Text", "Description"];
    let rows: Vec<[String; 3]> = registry
        .errors
        .iter()
        .map(|e| [e.code.to_string(), cell(&e.text), cell(&e.description)])
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: [&str; 3]| {
        out.push('|');
        for (c, w) in cells.iter().zip(widths) {
            let pad = w - c.chars().count();
            out.push(' ');
            out.push_str(c);
            out.extend(std::iter::repeat_n(' ', pad));
            out.push_str(" |");
        }
        out.push('\n');
    };
    line(&mut out, header);
    out.push('|');
    for w in widths {
        out.extend(std::iter::repeat_n('-', w + 2));
        out.push('|');
    }
    out.push('\n');
    for row in &rows {
        line(&mut out, [&row[0], &row[1], &row[2]]);
    }
    out
}

/// A whole Markdown page: a title, the registry description, and the [`markdown_table`].
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\ndescription='Errors of A.'\n[[error]]\ncode=1\nname='One'\n\
///      text='One'\ndescription='First.'\n").unwrap();
/// let page = errcodes_build::markdown_page(&registry);
/// assert!(page.starts_with("# Errors\n\nErrors of A.\n\n| Code |"));
/// ```
pub fn markdown_page(registry: &Registry) -> String {
    let mut out = String::from("# Errors\n\n");
    if !registry.description.is_empty() {
        out.push_str(registry.description.trim_end());
        out.push_str("\n\n");
    }
    out.push_str(&markdown_table(registry));
    out
}
