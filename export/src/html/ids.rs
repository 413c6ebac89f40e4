//! The page's ids. An entry's and a retired code's id is the code itself; the page's own
//! elements are `filter`, `toc` and `retired`; and an alias is an anchor of its own
//! (`errors.html#ERROR_ACCESS_DENIED`) when no code, element of the page or earlier alias has
//! its id.

use std::collections::HashSet;

use errcodes_build::{Code, Registry};

/// The ids of the page's own elements: the filter box, the contents, the retired codes.
pub(super) const PAGE_IDS: [&str; 3] = ["filter", "toc", "retired"];

/// The id of the list of retired codes: `retired`, unless a code (an entry's or a retired one)
/// is `retired`.
pub(super) fn retired_id(registry: &Registry) -> Option<&'static str> {
    let taken = |code: &Code| code.as_str() == Some("retired");
    let taken = registry.entries.iter().any(|e| taken(&e.code))
        || registry.retired.iter().any(|r| taken(&r.code));
    (!taken).then_some("retired")
}

/// For each entry, in table order, its aliases that are anchors of their own: those whose id no
/// code (an entry's or a retired one), no element of the page and no earlier alias has. Codes
/// keep their ids, so a link made to a code never lands elsewhere.
pub(super) fn alias_anchors(registry: &Registry) -> Vec<Vec<&str>> {
    let codes: Vec<String> = (registry.entries.iter().map(|e| e.code.to_string()))
        .chain(registry.retired.iter().map(|r| r.code.to_string()))
        .collect();
    let mut taken: HashSet<&str> = codes.iter().map(String::as_str).chain(PAGE_IDS).collect();
    registry
        .entries
        .iter()
        .map(|entry| {
            (entry.aliases.iter().map(String::as_str))
                .filter(|alias| taken.insert(alias))
                .collect()
        })
        .collect()
}
