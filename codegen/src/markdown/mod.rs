//! The registry as a Markdown documentation table (`| Code | Text | Description |`).

use crate::model::Registry;

/// Appends `s` escaped so it stays one cell of one row: `|` becomes `\|`, line breaks (`\n` or
/// `\r\n`) become `<br>`.
fn push_cell(out: &mut String, s: &str) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'|' => "\\|",
            b'\n' => "<br>",
            b'\r' if s.as_bytes().get(i + 1) == Some(&b'\n') => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(escaped);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

/// The width in characters of `s` as [`push_cell`] writes it.
fn cell_width(s: &str) -> usize {
    let mut width = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        width += match c {
            '|' => 2,
            '\n' => 4,
            '\r' if chars.peek() == Some(&'\n') => 0,
            _ => 1,
        };
    }
    width
}

/// The number of decimal digits of `n`.
fn digits(n: u32) -> usize {
    n.checked_ilog10().map_or(1, |l| l as usize + 1)
}

/// Appends `n` spaces.
fn pad(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
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
    let mut out = String::new();
    write_table(&mut out, registry);
    out
}

/// Appends the [`markdown_table`] of `registry` to `out`, escaping and padding each cell in place.
fn write_table(out: &mut String, registry: &Registry) {
    use core::fmt::Write as _;

    let header = ["Code", "Text", "Description"];
    let cells: Vec<[usize; 3]> = registry
        .entries
        .iter()
        .map(|e| {
            [
                digits(e.code.as_int().unwrap_or(0)),
                cell_width(&e.text),
                cell_width(&e.description),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(*c);
        }
    }
    // Every line has the width of the header line (in characters; bytes are at least that).
    let line_len = widths.iter().map(|w| w + 3).sum::<usize>() + 2;
    out.reserve(line_len * (registry.entries.len() + 2));
    out.push('|');
    for (h, w) in header.iter().zip(widths) {
        out.push(' ');
        out.push_str(h);
        pad(out, w - h.len());
        out.push_str(" |");
    }
    out.push_str("\n|");
    for w in widths {
        out.extend(std::iter::repeat_n('-', w + 2));
        out.push('|');
    }
    out.push('\n');
    for (e, cell) in registry.entries.iter().zip(&cells) {
        out.push_str("| ");
        let _ = write!(out, "{}", e.code);
        pad(out, widths[0] - cell[0]);
        out.push_str(" | ");
        push_cell(out, &e.text);
        pad(out, widths[1] - cell[1]);
        out.push_str(" | ");
        push_cell(out, &e.description);
        pad(out, widths[2] - cell[2]);
        out.push_str(" |\n");
    }
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
    write_table(&mut out, registry);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cell escaping as three replacements, the obvious (and allocating) way to write it.
    fn reference_cell(s: &str) -> String {
        s.replace("\r\n", "\n")
            .replace('|', "\\|")
            .replace('\n', "<br>")
    }

    #[test]
    fn cells_escape_pipes_and_line_breaks() {
        for (s, want) in [
            ("a|b", "a\\|b"),
            ("a\nb\r\nc", "a<br>b<br>c"),
            ("\r\r\n\r", "\r<br>\r"),
            ("é|🚀\n", "é\\|🚀<br>"),
            ("", ""),
        ] {
            let mut out = String::new();
            push_cell(&mut out, s);
            assert_eq!(out, want);
            assert_eq!(cell_width(s), want.chars().count());
        }
        assert_eq!(
            (digits(0), digits(9), digits(10), digits(u32::MAX)),
            (1, 1, 2, 10)
        );
    }

    proptest::proptest! {
        #[test]
        fn cells_are_the_reference_cells(s in "(\\||\r|\n|a|é|🚀| )*|.*") {
            let mut out = String::new();
            push_cell(&mut out, &s);
            let want = reference_cell(&s);
            proptest::prop_assert_eq!(cell_width(&s), want.chars().count());
            proptest::prop_assert_eq!(out, want);
        }
    }
}
