//! Entries as terminal text: one entry in full (`errcodes 404`), many as aligned columns
//! (`list`, `search`).

use std::fmt::Write as _;

use anstyle::Style;
use errcodes_build::Entry;
use textwrap::core::display_width;

use crate::term::{BOLD, DIM, clean, paint};
use crate::text::markdown_to_text;

/// One entry as text: `CODE TEXT (NAME)`, a blank line, the description as wrapped plain text.
pub fn entry_text(entry: &Entry, width: usize, color: bool) -> String {
    let mut out = format!(
        "{} {}\n",
        paint(
            &format!("{} {}", entry.code, clean(&entry.text)),
            BOLD,
            color
        ),
        paint(&format!("({})", entry.name), DIM, color),
    );
    let description = markdown_to_text(&entry.description, width, color);
    if !description.is_empty() {
        out.push('\n');
        out.push_str(&description);
    }
    out
}

/// Entries as aligned columns under a bold `CODE NAME TEXT` header.
pub fn entry_table(entries: &[&Entry], color: bool) -> String {
    let rows: Vec<[String; 3]> = entries
        .iter()
        .map(|e| [e.code.to_string(), e.name.clone(), clean(&e.text)])
        .collect();
    let header = ["CODE", "NAME", "TEXT"];
    let mut widths = header.map(display_width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let mut out = String::new();
    let mut line = |cells: [&str; 3], style: Style| {
        let mut text = String::new();
        for (cell, w) in cells.iter().zip(widths) {
            let _ = write!(text, "{cell}{}  ", " ".repeat(w - display_width(cell)));
        }
        out.push_str(&paint(text.trim_end(), style, color));
        out.push('\n');
    };
    line(header, BOLD);
    for [code, name, text] in &rows {
        line([code, name, text], Style::new());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry;

    #[test]
    fn entry_text_of_401_and_500() {
        let registry = registry::embedded().expect("the embedded registry is valid");
        let text = |code: u32| entry_text(registry.by_code(&code.into()).unwrap(), 80, false);
        assert_eq!(
            text(401),
            "401 Access Denied (AccessDenied)\n\n\
             Indicates that the Authorization header is either missing or incorrect. You can\n\
             learn more about the Authorization header here (#authentication).\n"
        );
        assert_eq!(
            text(500),
            "500 Unexpected Server Error (InternalServerError)\n\n\
             This indicates an error on Nutcache's side. Please email us at\n\
             support@nutcache.com (mailto:support@nutcache.com) with any relevant\n\
             informations. We will reach out to you and fix this ASAP.\n"
        );
    }

    #[test]
    fn table_columns_align_on_the_widest_cell() {
        let registry = registry::embedded().expect("the embedded registry is valid");
        let entries: Vec<&Entry> = registry.entries.iter().take(2).collect();
        assert_eq!(
            entry_table(&entries, false),
            "CODE  NAME          TEXT\n\
             400   BadRequest    Client or Validation Error\n\
             401   AccessDenied  Access Denied\n"
        );
    }
}
