//! The registry as Markdown: a documentation table (`| Code | Text | Description |`, and a column
//! for each optional key the registry uses), its retired codes, and a whole page.

mod cell;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use cell::{description_cell, escape_cell, push_cell, push_code_span, push_link};
use errcodes_build::keys::{DEPRECATED, KEYS, Key, Kind, Value};
use errcodes_build::{Code, Entry, Registry};

/// A column of the table: the code and the text, a column for each optional key the registry
/// uses (but `deprecated`, which the description cell starts with), and the description, the wide
/// one, last.
#[derive(Debug, Clone, Copy)]
enum Column {
    Code,
    Text,
    Key(&'static Key),
    Description,
}

impl Column {
    /// The columns of `registry`'s table, in order.
    fn of(registry: &Registry) -> Vec<Column> {
        let keys = (KEYS.into_iter())
            .filter(|key| key.name != DEPRECATED.name && registry.uses(key))
            .map(Column::Key);
        [Column::Code, Column::Text]
            .into_iter()
            .chain(keys)
            .chain([Column::Description])
            .collect()
    }

    /// The header cell (a key's heading).
    fn header(self) -> Cow<'static, str> {
        match self {
            Column::Code => "Code".into(),
            Column::Text => "Text".into(),
            Column::Key(key) => key.heading().into(),
            Column::Description => "Description".into(),
        }
    }

    /// The cell of `entry` in this column, escaped to stay on its row.
    fn cell<'a>(self, registry: &'a Registry, entry: &'a Entry) -> Cow<'a, str> {
        let mut out = String::new();
        match self {
            Column::Code => push_code(&mut out, &entry.code, true),
            Column::Text => return escape_cell(&entry.text),
            Column::Key(key) => match ((key.value)(registry, entry), key.kind) {
                (None, _) => {}
                (Some(Value::Text(url)), Kind::Link) => push_link(&mut out, "docs", &url),
                (Some(Value::Names(names)), _) => {
                    for (i, name) in names.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        let mut span = String::new();
                        push_code_span(&mut span, name);
                        push_cell(&mut out, &span);
                    }
                }
                (Some(value), _) => return Cow::Owned(escape_cell(&value.to_text()).into_owned()),
            },
            Column::Description => return description(entry),
        }
        Cow::Owned(out)
    }
}

/// Appends a code: an integer in decimal, a string as a code span (`|` escaped when `in_table`).
fn push_code(out: &mut String, code: &Code, in_table: bool) {
    match code {
        Code::Int(n) => out.push_str(itoa::Buffer::new().format(*n)),
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
fn description(entry: &Entry) -> Cow<'_, str> {
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
    Cow::Owned(out)
}

/// Appends `n` spaces.
fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// The registry as an aligned Markdown table, one row per entry in table order, and after it the
/// list of its retired codes when it has any.
///
/// The columns, in this order:
/// - `Code`: the code; a string code as a code span;
/// - `Text`: the short text, verbatim;
/// - `Status`, when an entry writes `status`: every entry's HTTP status as
///   [`Registry::status`] gives it (empty for an entry without one);
/// - `Category`, when an entry writes `category`: the category, empty when none;
/// - `Retryable`, when an entry is retryable: `yes`, or empty;
/// - `Aliases`, when an entry has aliases: each a code span, separated by `, `;
/// - `Link`, when the registry or an entry writes `url`: `[docs](…)` to [`Registry::url`];
/// - `Description`: the description, its Markdown kept; a deprecated entry's starts with
///   `**Deprecated:** ` and the note. A description that holds a Markdown list is written as
///   HTML a GitHub table cell renders (`<ul><li>…</li></ul>`, `<br><br>` between paragraphs);
///   any other keeps its source, every line break written `<br>`.
///
/// A registry that writes none of the optional keys gets the three columns `Code`, `Text` and
/// `Description`, the layout of most API documentation pages. Every `|` in a cell is escaped
/// `\|` and cells are padded to their column's width. Retired codes follow the table after a
/// blank line, under `**Retired codes**`, one item each: the code, the name it had (if any) and
/// the note.
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

/// Appends the table of [`markdown_table`] (without the retired codes) to `out`.
fn write_table(out: &mut String, registry: &Registry) {
    let columns = Column::of(registry);
    let rows: Vec<Vec<Cow<'_, str>>> = registry
        .entries
        .iter()
        .map(|e| columns.iter().map(|c| c.cell(registry, e)).collect())
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.header().len()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    // Every line has the width of the header line (in characters; bytes are at least that).
    let line_len = widths.iter().map(|w| w + 3).sum::<usize>() + 2;
    out.reserve(line_len * (rows.len() + 2));
    let header = columns.iter().map(|c| c.header());
    write_row(out, header, &widths);
    out.push('|');
    for w in &widths {
        out.extend(std::iter::repeat_n('-', w + 2));
        out.push('|');
    }
    out.push('\n');
    for row in rows {
        write_row(out, row.into_iter(), &widths);
    }
}

/// Appends one row: each cell padded to its column's width.
fn write_row<'a>(out: &mut String, cells: impl Iterator<Item = Cow<'a, str>>, widths: &[usize]) {
    out.push('|');
    for (cell, w) in cells.zip(widths) {
        out.push(' ');
        out.push_str(&cell);
        pad(out, w - cell.chars().count());
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
