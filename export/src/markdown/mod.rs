//! The registry as Markdown: a documentation table (`| Code | Text | Description |`, and a column
//! for each optional key the registry uses), its retired codes, and a whole page.

mod cell;
#[cfg(test)]
mod tests;

use cell::{description_cell, escape_cell, push_cell, push_code_span, push_link};
use errcodes_build::keys::{DEPRECATED, KEYS, Key, Kind, Value};
use errcodes_build::{Code, Entry, Registry};

/// The cell of `entry` for the optional key `key`, escaped to stay on its row.
fn key_cell(registry: &Registry, entry: &Entry, key: &Key) -> String {
    match ((key.value)(registry, entry), key.kind) {
        (None, _) => String::new(),
        (Some(Value::Text(url)), Kind::Link) => {
            let mut out = String::new();
            push_link(&mut out, "docs", &url);
            out
        }
        (Some(Value::Names(names)), _) => {
            let spans = names.iter().map(|name| {
                let mut span = String::new();
                push_code_span(&mut span, name);
                escape_cell(&span)
            });
            spans.collect::<Vec<_>>().join(", ")
        }
        (Some(value), _) => escape_cell(&value.to_text()),
    }
}

/// Appends a code: an integer in decimal, a string as a code span (`|` escaped when `in_table`).
fn push_code(out: &mut String, code: &Code, in_table: bool) {
    match code {
        Code::Int(n) => out.push_str(&n.to_string()),
        Code::Str(s) => {
            let mut span = String::new();
            push_code_span(&mut span, s);
            if in_table {
                push_cell(out, &span);
            } else {
                out.push_str(&span);
            }
        }
    }
}

/// The description cell of `entry`: its deprecation note first when it is deprecated
/// (`**Deprecated:** note`, then a line break), then the description (see
/// [`cell::description_cell`]).
fn description(entry: &Entry) -> String {
    let text = description_cell(&entry.description);
    let Some(note) = &entry.deprecated else {
        return text;
    };
    let mut out = String::from("**Deprecated:** ");
    push_cell(&mut out, note);
    if !text.is_empty() && !text.starts_with("<ul>") && !text.starts_with("<ol") {
        out.push_str("<br>");
    }
    out.push_str(&text);
    out
}

/// The registry as an aligned Markdown table, one row per entry in table order, and after it the
/// list of its retired codes when it has any.
///
/// The columns: `Code` (a string code as a code span), `Text`, one for each optional key the
/// registry uses, headed by its label (`HTTP status`, `Link` as `[docs](…)`, …), and
/// `Description`, its Markdown kept; a deprecated entry's starts with `**Deprecated:** ` and the
/// note. A description that holds a Markdown list is written as HTML a GitHub table cell renders
/// (`<ul><li>…</li></ul>`); any other keeps its source, every line break written `<br>`. Every
/// `|` in a cell is escaped `\|` and cells are padded to their column's width. Retired codes
/// follow the table under `**Retired codes**`, one item each: the code, the name it had (if any)
/// and the note.
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\n\
///      description='No such thing.'\n").unwrap();
/// assert_eq!(errcodes_export::markdown_table(&registry), "\
/// | Code | Text      | Description    |
/// |------|-----------|----------------|
/// | 404  | Not Found | No such thing. |
/// ");
///
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\n[[error]]\ncode=503\nname='Unavailable'\ntext='Unavailable'\n\
///      description='Try later.'\nretryable=true\naliases=['SERVICE_UNAVAILABLE']\n\
///      [[retired]]\ncode=418\nname='Teapot'\nnote='Reserved.'\n").unwrap();
/// assert_eq!(errcodes_export::markdown_table(&registry), "\
/// | Code | Text        | Retryable | Aliases               | Description |
/// |------|-------------|-----------|-----------------------|-------------|
/// | 503  | Unavailable | yes       | `SERVICE_UNAVAILABLE` | Try later.  |
///
/// **Retired codes**
///
/// - 418 (`Teapot`): Reserved.
/// ");
/// ```
pub fn markdown_table(registry: &Registry) -> String {
    let mut out = String::new();
    write_table(&mut out, registry);
    write_retired(&mut out, registry, "**Retired codes**");
    out
}

/// Appends the table of [`markdown_table`] (without the retired codes) to `out`: the code, the
/// text, a column for each optional key the registry uses (but `deprecated`, which the
/// description cell starts with), and the description, the wide one, last.
fn write_table(out: &mut String, registry: &Registry) {
    let keys: Vec<&Key> = (KEYS.into_iter())
        .filter(|key| key.name != DEPRECATED.name && registry.uses(key))
        .collect();
    let mut header = vec!["Code".to_owned(), "Text".to_owned()];
    header.extend(keys.iter().map(|key| key.heading()));
    header.push("Description".to_owned());
    let rows: Vec<Vec<String>> = (registry.entries.iter())
        .map(|entry| {
            let mut code = String::new();
            push_code(&mut code, &entry.code, true);
            let mut row = vec![code, escape_cell(&entry.text)];
            row.extend(keys.iter().map(|key| key_cell(registry, entry, key)));
            row.push(description(entry));
            row
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    write_row(out, &header, &widths);
    out.push('|');
    for w in &widths {
        out.extend(std::iter::repeat_n('-', w + 2));
        out.push('|');
    }
    out.push('\n');
    for row in &rows {
        write_row(out, row, &widths);
    }
}

/// Appends one row: each cell padded to its column's width.
fn write_row(out: &mut String, cells: &[String], widths: &[usize]) {
    out.push('|');
    for (cell, w) in cells.iter().zip(widths) {
        out.push(' ');
        out.push_str(cell);
        out.extend(std::iter::repeat_n(' ', w - cell.chars().count()));
        out.push_str(" |");
    }
    out.push('\n');
}

/// Appends the retired codes of `registry`, when it has any: a blank line, `title`, and a list
/// of `- code (`name`): note`, the note's own line breaks indented into its item.
fn write_retired(out: &mut String, registry: &Registry, title: &str) {
    if registry.retired.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(title);
    out.push_str("\n\n");
    for retired in &registry.retired {
        out.push_str("- ");
        push_code(out, &retired.code, false);
        if let Some(name) = &retired.name {
            out.push_str(" (");
            push_code_span(out, name);
            out.push(')');
        }
        out.push_str(": ");
        let note = retired.note.trim_end().replace("\r\n", "\n");
        for (i, line) in note.split(['\n', '\r']).enumerate() {
            let blank = line.trim().is_empty();
            if i > 0 {
                out.push_str(if blank { "\n" } else { "\n  " });
            }
            if !blank {
                out.push_str(line);
            }
        }
        out.push('\n');
    }
}

/// A whole Markdown page: the title `# Errors`, the registry's version (`**Version:** 1.2.0`)
/// when it has one, its description, the table of [`markdown_table`], and its retired codes
/// under `## Retired codes`.
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\ndescription='Errors of A.'\n[[error]]\ncode=1\nname='One'\n\
///      text='One'\ndescription='First.'\n").unwrap();
/// let page = errcodes_export::markdown_page(&registry);
/// assert!(page.starts_with("# Errors\n\nErrors of A.\n\n| Code |"));
///
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\nversion='1.2.0'\n[[error]]\ncode=1\nname='One'\n\
///      text='One'\ndescription='First.'\n").unwrap();
/// let page = errcodes_export::markdown_page(&registry);
/// assert!(page.starts_with("# Errors\n\n**Version:** 1.2.0\n\n| Code |"));
/// ```
pub fn markdown_page(registry: &Registry) -> String {
    let mut out = String::from("# Errors\n\n");
    if let Some(version) = &registry.version {
        out.push_str("**Version:** ");
        out.push_str(version);
        out.push_str("\n\n");
    }
    if !registry.description.is_empty() {
        out.push_str(registry.description.trim_end());
        out.push_str("\n\n");
    }
    write_table(&mut out, registry);
    write_retired(&mut out, registry, "## Retired codes");
    out
}
