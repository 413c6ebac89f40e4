//! Entries as aligned columns (`list`, `search`).

use std::fmt::Write as _;

use anstyle::Style;
use errcodes_build::{Entry, Registry};
use textwrap::core::display_width;

use crate::registry::categories;
use crate::term::{BOLD, clean, paint};

/// Entries as aligned columns under a bold header: `CODE NAME TEXT`, and `CATEGORY` last when the
/// registry uses categories (a registry without any, such as the Nutcache API's, has the three
/// columns only).
pub fn entry_table(registry: &Registry, entries: &[&Entry], color: bool) -> String {
    let with_category = !categories(registry).is_empty();
    let mut header = vec!["CODE", "NAME", "TEXT"];
    if with_category {
        header.push("CATEGORY");
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let mut row = vec![e.code.to_string(), e.name.clone(), clean(&e.text)];
            if with_category {
                row.push(clean(e.category.as_deref().unwrap_or("")));
            }
            row
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[&str], style: Style| {
        let mut text = String::new();
        for (cell, w) in cells.iter().zip(&widths) {
            let _ = write!(text, "{cell}{}  ", " ".repeat(w - display_width(cell)));
        }
        out.push_str(&paint(text.trim_end(), style, color));
        out.push('\n');
    };
    line(&header, BOLD);
    for row in &rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(&cells, Style::new());
    }
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
            entry_table(&registry, &entries, false),
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
            entry_table(&registry, &entries, false),
            "CODE                 NAME               TEXT                      CATEGORY\n\
             BLOB_UNKNOWN         BlobUnknown        blob unknown to registry  Blob\n\
             BLOB_UPLOAD_INVALID  BlobUploadInvalid  blob upload invalid       Blob\n"
        );
    }
}
