//! `<nav id="toc">`, the table of contents: the entries by category, each category a
//! `<details>` fold, open unless the registry is large, then the retired codes.

use core::fmt::Write as _;

use super::{escape, fragment_href, ids::retired_id};
use errcodes_build::{Entry, Registry};

/// The most entries whose contents start unfolded: about half a screen of links in three
/// columns. A larger registry's categories start folded, one line each with its count, so that
/// its first entry is still within the first screen or so; the reader opens a category, or
/// narrows the contents and the entries together with the filter box.
pub(super) const UNFOLDED_MAX: usize = 50;

/// The entries grouped by category, each with its position in the table: categories in the
/// order they first appear, entries without one last under `Other` (or all under `Errors` when no
/// entry has a category).
pub(super) fn by_category(registry: &Registry) -> Vec<(&str, Vec<(usize, &Entry)>)> {
    let mut groups: Vec<(&str, Vec<(usize, &Entry)>)> = Vec::new();
    let mut other = Vec::new();
    for (position, entry) in registry.entries.iter().enumerate() {
        match &entry.category {
            Some(category) => match groups.iter_mut().find(|(c, _)| c == category) {
                Some((_, entries)) => entries.push((position, entry)),
                None => groups.push((category, vec![(position, entry)])),
            },
            None => other.push((position, entry)),
        }
    }
    if !other.is_empty() {
        let label = if groups.is_empty() { "Errors" } else { "Other" };
        groups.push((label, other));
    }
    groups
}

/// `<nav id="toc">`: a `<li class="toc-group">` per category holding a `<details>` whose summary
/// is the category and its count (`<span class="toc-count">`), and a `<li data-entry="N">` per
/// entry, `N` its position in the table (the page's script hides the links of the entries the
/// filter hides, by that position); then a link to the retired codes.
pub(super) fn toc(out: &mut String, registry: &Registry) {
    let unfolded = registry.entries.len() <= UNFOLDED_MAX;
    out.push_str("<nav id=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n");
    if !unfolded {
        out.push_str("<p class=\"toc-note\">Open a category to list its entries.</p>\n");
    }
    out.push_str("<ul>\n");
    for (category, entries) in by_category(registry) {
        let _ = writeln!(
            out,
            "<li class=\"toc-group\"><details{open}><summary><span class=\"category\">{}</span> \
             <span class=\"toc-count\">{}</span></summary>\n<ul>",
            escape(category),
            entries.len(),
            open = if unfolded { " open" } else { "" },
        );
        for (position, entry) in entries {
            let code = entry.code.to_string();
            let _ = writeln!(
                out,
                "<li data-entry=\"{position}\"><a href=\"{}\"><code>{}</code> {}</a></li>",
                fragment_href(&code),
                escape(&code),
                escape(&entry.name)
            );
        }
        out.push_str("</ul></details></li>\n");
    }
    if let (false, Some(id)) = (registry.retired.is_empty(), retired_id(registry)) {
        let _ = writeln!(
            out,
            "<li><a class=\"category\" href=\"#{id}\">{}</a></li>",
            retired_heading(registry)
        );
    }
    out.push_str("</ul>\n</nav>\n");
}

/// `Retired codes`, or `Retired code` when there is one.
pub(super) fn retired_heading(registry: &Registry) -> &'static str {
    if registry.retired.len() == 1 {
        "Retired code"
    } else {
        "Retired codes"
    }
}
