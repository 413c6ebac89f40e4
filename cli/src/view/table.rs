//! Entries as aligned columns (`list`, `search`), fitted to the screen's width.

use std::fmt::Write as _;

use anstyle::Style;
use errcodes_build::{Entry, Registry};
use textwrap::core::display_width;

use crate::registry::categories;
use crate::term::{BOLD, clean, paint};

/// The column of the entries' text, the one cut to fit a screen.
const TEXT: usize = 2;
/// The narrowest the text column is cut to; when the other columns leave less room, each row is
/// cut at the screen's edge as well.
const MIN_TEXT: usize = 10;

/// Entries as aligned columns under a bold header: `CODE NAME TEXT`, and `CATEGORY` when the
/// registry uses categories. With a `width` (a terminal's), every row fits it: the text column is
/// cut, ending with `…`, so that the category stays on the screen; without one (a pipe), rows are
/// whole.
pub fn entry_table(
    registry: &Registry,
    entries: &[&Entry],
    width: Option<usize>,
    color: bool,
) -> String {
    let columns = if categories(registry).is_empty() {
        3
    } else {
        4
    };
    let header = ["CODE", "NAME", "TEXT", "CATEGORY"].map(str::to_owned);
    let mut rows = vec![header[..columns].to_vec()];
    rows.extend(entries.iter().map(|e| {
        let category = e.category.clone().unwrap_or_default();
        let cells = [e.code.to_string(), e.name.clone(), e.text.clone(), category];
        cells[..columns].iter().map(|cell| clean(cell)).collect()
    }));
    let mut widths = vec![0; columns];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    if let Some(width) = width {
        let others: usize = widths.iter().sum::<usize>() - widths[TEXT] + 2 * (columns - 1);
        let text = width.saturating_sub(others).max(MIN_TEXT);
        if text < widths[TEXT] {
            widths[TEXT] = text;
            for row in &mut rows {
                row[TEXT] = cut(&row[TEXT], text);
            }
        }
    }
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (cell, w) in row.iter().zip(&widths) {
            let _ = write!(line, "{cell}{}  ", " ".repeat(w - display_width(cell)));
        }
        let line = line.trim_end();
        let line = width.map_or_else(|| line.to_owned(), |width| cut(line, width));
        // The header is bold.
        let style = if i == 0 { BOLD } else { Style::new() };
        out.push_str(&paint(&line, style, color));
        out.push('\n');
    }
    out
}

/// `s` in at most `width` columns: as it is when it fits, else its start and `…`.
fn cut(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_owned();
    }
    let room = width.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = display_width(c.encode_utf8(&mut [0; 4]));
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    // No space before the ellipsis: it stands for what was cut.
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::fixtures::{catalog, nutcache};

    #[test]
    fn table_columns_align_on_the_widest_cell() {
        let registry = nutcache();
        let entries: Vec<&Entry> = registry.entries.iter().take(2).collect();
        assert_eq!(
            entry_table(&registry, &entries, None, false),
            "CODE  NAME          TEXT\n\
             400   BadRequest    Client or Validation Error\n\
             401   AccessDenied  Access Denied\n"
        );
    }

    #[test]
    fn a_registry_with_categories_has_a_category_column() {
        let registry = catalog("oci-distribution.toml");
        let entries: Vec<&Entry> = registry.entries.iter().take(2).collect();
        assert_eq!(
            entry_table(&registry, &entries, None, false),
            "CODE                 NAME               TEXT                      CATEGORY\n\
             BLOB_UNKNOWN         BlobUnknown        blob unknown to registry  Blob\n\
             BLOB_UPLOAD_INVALID  BlobUploadInvalid  blob upload invalid       Blob\n"
        );
    }

    #[test]
    fn rows_fit_a_width_by_cutting_the_text() {
        let registry = catalog("oci-distribution.toml");
        let entries: Vec<&Entry> = registry.entries.iter().take(2).collect();
        let whole = entry_table(&registry, &entries, None, false);
        // Wide enough: the rows as they are.
        assert_eq!(entry_table(&registry, &entries, Some(200), false), whole);
        assert_eq!(entry_table(&registry, &entries, Some(74), false), whole);
        assert_eq!(
            entry_table(&registry, &entries, Some(66), false),
            "CODE                 NAME               TEXT              CATEGORY\n\
             BLOB_UNKNOWN         BlobUnknown        blob unknown to…  Blob\n\
             BLOB_UPLOAD_INVALID  BlobUploadInvalid  blob upload inv…  Blob\n"
        );
        // Too narrow for the least text: each row is cut at the edge as well.
        assert_eq!(
            entry_table(&registry, &entries, Some(30), false),
            "CODE                 NAME…\n\
             BLOB_UNKNOWN         BlobUnkn…\n\
             BLOB_UPLOAD_INVALID  BlobUplo…\n"
        );
        for width in 1..80 {
            for row in entry_table(&registry, &entries, Some(width), true).lines() {
                assert!(display_width(row) <= width, "{width}: {row:?}");
            }
        }
    }

    #[test]
    fn cut_keeps_to_display_columns() {
        assert_eq!(cut("abcdef", 6), "abcdef");
        assert_eq!(cut("abcdef", 5), "abcd…");
        assert_eq!(cut("ab def", 4), "ab…");
        assert_eq!(cut("日本語テキスト", 7), "日本語…");
        assert_eq!(cut("abc", 0), "…");
    }
}
