//! Entries as terminal text: one entry in full (`errcodes 404`), many as aligned columns
//! (`list`, `search`).

use errcodes_build::{Entry, Registry};

use crate::term::{BOLD, DIM, clean, paint};
use crate::text::markdown_to_text;

mod fields;
mod table;

pub use fields::{Field, fields, fields_text};
pub use table::entry_table;

/// One entry as text: `CODE TEXT (NAME)`; the [`fields`] it has (deprecation, HTTP status,
/// retryable, category, aliases, link), one per line; a blank line; the description as wrapped
/// plain text. An entry with none of those keys is its heading and description only.
pub fn entry_text(registry: &Registry, entry: &Entry, width: usize, color: bool) -> String {
    let mut out = format!(
        "{} {}\n",
        paint(
            &format!("{} {}", entry.code, clean(&entry.text)),
            BOLD,
            color
        ),
        paint(&format!("({})", entry.name), DIM, color),
    );
    out.push_str(&fields_text(&fields(registry, entry), width, color));
    let description = markdown_to_text(&entry.description, width, color);
    if !description.is_empty() {
        out.push('\n');
        out.push_str(&description);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::fixtures::{catalog, nutcache};

    #[test]
    fn entry_text_of_401_and_500() {
        let registry = nutcache();
        let text = |code: u32| {
            let entry = registry.by_code(&code.into()).unwrap();
            entry_text(&registry, entry, 80, false)
        };
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
    fn fields_go_between_the_heading_and_the_description() {
        let oci = catalog("oci-distribution.toml");
        let entry = crate::lookup::find(&oci, "TAG_INVALID").unwrap();
        assert_eq!(
            entry_text(&oci, entry, 80, false),
            "TAG_INVALID manifest tag did not match URI (TagInvalid)\n\
             deprecated:  Legacy Docker schema1 code: the OCI spec calls it optional and\n\
             \x20            tells clients not to rely on it.\n\
             HTTP status: 400\n\
             retryable:   no\n\
             category:    Manifest\n\
             link:        https://github.com/distribution/distribution/blob/main/registry/api/errcode/register.go\n\
             \n\
             The tag written inside a pushed (schema1) manifest differs from the tag in the\n\
             request path. Registered by distribution/distribution; not in the OCI table.\n"
        );
    }
}
