//! What an entry has beyond its code, name, text and description, as labelled lines between its
//! heading and its description: the deprecation first (a reader must not miss it), then the HTTP
//! status, retryable, category, aliases and link.

use errcodes_build::keys::{self, KEYS, Kind, Value};
use errcodes_build::{Entry, Registry};
use textwrap::core::display_width;

use crate::term::{DIM, WARN, clean, paint};
use crate::text::markdown_to_text;

/// The label of the deprecation note, the one line painted to stand out.
const DEPRECATED: &str = keys::DEPRECATED.label;

/// One labelled value of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// What the value is: `deprecated`, `HTTP status`, `retryable`, `category`, `aliases`, `link`.
    pub label: &'static str,
    /// The value as shown (the deprecation note is Markdown, the others plain text).
    pub value: String,
}

/// The fields `entry` has, in the order they are shown: the deprecation, then each other key of
/// [`KEYS`] the registry uses. A flag that is off reads `no`; a status implied by the code is
/// followed by `(the code)` (a registry that writes no status, whose codes are the statuses,
/// shows none).
pub fn fields(registry: &Registry, entry: &Entry) -> Vec<Field> {
    // The deprecation first: a reader must not miss it.
    let mut keys = KEYS;
    keys.sort_by_key(|key| key.name != keys::DEPRECATED.name);
    keys.into_iter()
        .filter(|key| registry.uses(key))
        .filter_map(|key| {
            let value = match ((key.value)(registry, entry), key.kind) {
                (Some(Value::Status(status)), _) if entry.status.is_none() => {
                    format!("{status} (the code)")
                }
                (Some(value), _) => value.to_text(),
                (None, Kind::Flag) => "no".to_owned(),
                (None, _) => return None,
            };
            Some(Field {
                label: key.label,
                value,
            })
        })
        .collect()
}

/// The fields as lines: each `label:` padded to one column, its value wrapped to `width` under
/// that column (a link is never broken). Labels are dimmed, but for the deprecation's, which is
/// painted to stand out; empty when there are no fields.
pub fn fields_text(fields: &[Field], width: usize, color: bool) -> String {
    let column = fields
        .iter()
        .map(|f| display_width(f.label) + 2)
        .max()
        .unwrap_or(0);
    let value_width = width.saturating_sub(column).max(20);
    let mut out = String::new();
    for field in fields {
        let (style, text) = if field.label == DEPRECATED {
            (WARN, markdown_to_text(&field.value, value_width, color))
        } else {
            // Wrapped at spaces only: no word is broken or hyphenated, so a link stays whole.
            let options = textwrap::Options::new(value_width)
                .break_words(false)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            (DIM, textwrap::fill(&clean(&field.value), options))
        };
        let label = format!("{}:", field.label);
        let pad = " ".repeat(column - display_width(&label));
        out.push_str(&paint(&label, style, color));
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(&" ".repeat(column));
            } else {
                out.push_str(&pad);
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::fixtures::{catalog, nutcache};

    fn labelled(registry: &Registry, code: &str) -> Vec<(&'static str, String)> {
        let entry = crate::lookup::find(registry, code).expect("the code is an entry");
        fields(registry, entry)
            .into_iter()
            .map(|f| (f.label, f.value))
            .collect()
    }

    fn pairs(fields: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        fields.iter().map(|&(l, v)| (l, v.to_owned())).collect()
    }

    #[test]
    fn nutcache_entries_have_no_fields() {
        let r = nutcache();
        for entry in &r.entries {
            assert!(fields(&r, entry).is_empty(), "{}", entry.code);
        }
    }

    #[test]
    fn written_statuses_retryable_category_link() {
        let grpc = catalog("grpc.toml");
        let link = "https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto";
        assert_eq!(
            labelled(&grpc, "14"),
            pairs(&[
                ("HTTP status", "503"),
                ("retryable", "yes"),
                ("category", "Server"),
                ("aliases", "UNAVAILABLE"),
                ("link", link),
            ])
        );
        assert_eq!(
            labelled(&grpc, "5")[..2],
            pairs(&[("HTTP status", "404"), ("retryable", "no")])
        );
    }

    #[test]
    fn implied_statuses_are_shown_only_beside_written_ones() {
        // IANA's codes are the statuses and it writes none: no status line.
        let http = catalog("iana-http.toml");
        assert_eq!(
            labelled(&http, "413"),
            pairs(&[
                ("retryable", "no"),
                ("category", "Client Error"),
                ("aliases", "PayloadTooLarge, RequestEntityTooLarge"),
                ("link", "https://www.rfc-editor.org/rfc/rfc9110#status.413"),
            ])
        );
        // One written status makes the others shown, as implied by the code.
        let mut r = nutcache();
        r.entries[0].status = Some(422);
        assert_eq!(labelled(&r, "400"), pairs(&[("HTTP status", "422")]));
        assert_eq!(
            labelled(&r, "404"),
            pairs(&[("HTTP status", "404 (the code)")])
        );
    }

    #[test]
    fn lines_align_and_wrap_under_the_values() {
        let fields = [
            Field {
                label: DEPRECATED,
                value: "Use `ManifestUnknown`, which says **more**.".to_owned(),
            },
            Field {
                label: "HTTP status",
                value: "404".to_owned(),
            },
            Field {
                label: "aliases",
                value: "ALPHA_ONE, BRAVO_TWO, CHARLIE_THREE".to_owned(),
            },
            Field {
                label: "link",
                value: "https://example.com/a-very-long-link-that-is-never-broken".to_owned(),
            },
        ];
        assert_eq!(
            fields_text(&fields, 40, false),
            "deprecated:  Use `ManifestUnknown`,\n\
             \x20            which says more.\n\
             HTTP status: 404\n\
             aliases:     ALPHA_ONE, BRAVO_TWO,\n\
             \x20            CHARLIE_THREE\n\
             link:        https://example.com/a-very-long-link-that-is-never-broken\n"
        );
        assert_eq!(fields_text(&[], 80, false), "");
    }
}
