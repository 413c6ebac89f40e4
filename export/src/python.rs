//! A registry as one self-contained Python module (3.11 or newer, standard library only), for
//! clients that import the table rather than generate models from the JSON Schema: an
//! `enum.IntEnum` (integer codes) or `enum.StrEnum` (string codes) named `ErrorCode`, its members
//! in UPPER_SNAKE_CASE with the codes as values, each member's entry as properties, and a lookup
//! that never raises.
//!
//! The module passes `mypy --strict`. Every registry string is written as an escaped string
//! literal (quotes, backslashes and every control or line-separating character escaped), so
//! nothing in `errors.toml` can break or inject into the module.

use std::collections::HashMap;
use std::fmt::{self, Write as _};

use heck::ToShoutySnakeCase;

use crate::literal::{self, push_unicode_escape};
use errcodes_build::{Code, Entry, Registry, needs_escape};

/// Why a registry has no Python module: a member name it would need is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Two entries' names give the same member name (names that differ only in case, which
    /// `errcodes check` warns about).
    SameMember {
        /// The member name both would have, e.g. `HTTP_ERROR`.
        member: String,
        /// The first entry's name and code.
        first: (String, Code),
        /// The second entry's name and code.
        second: (String, Code),
    },
    /// A name gives no Python identifier (a registry built in code that breaks the naming rule:
    /// ASCII letters and digits, starting with an uppercase letter).
    NotIdentifier {
        /// The entry's name.
        name: String,
        /// The entry's code.
        code: Code,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::SameMember {
                member,
                first,
                second,
            } => write!(
                f,
                "entries `{}` (code {}) and `{}` (code {}) would both be the Python member \
                 `{member}`: rename one of them in errors.toml (names that differ only in case \
                 cannot be told apart in UPPER_SNAKE_CASE)",
                first.0, first.1, second.0, second.1
            ),
            Error::NotIdentifier { name, code } => write!(
                f,
                "entry `{name}` (code {code}) has no Python member name: a name is ASCII \
                 letters and digits starting with an uppercase letter (`errcodes check` says \
                 what to write)"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// The member name of a variant name: UPPER_SNAKE_CASE (`NotFound` → `NOT_FOUND`).
fn member_name(name: &str) -> String {
    name.to_shouty_snake_case()
}

/// The Python module of `registry`: `class ErrorCode(enum.IntEnum)` (or `enum.StrEnum` for string
/// codes) with one member per entry, in table order, named in UPPER_SNAKE_CASE (`NotFound` →
/// `NOT_FOUND`), its code as value and its text and description as docstring; the properties
/// `text`, `description`, `status`, `url`, `retryable`, `category`, `deprecated` and `aliases`;
/// and `ErrorCode.lookup(code)`, the member or `None` (never raises). `ErrorCode(code)` is the
/// enum's own: it raises `ValueError` for a code the table does not list.
///
/// `status` is the entry's HTTP status as the Rust enum's `status()` gives it
/// ([`Registry::status`]), `url` the registry's template filled in ([`Registry::url`]).
///
/// # Errors
/// [`Error`] when two entries would have the same member name, or a name gives none.
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml",
///     "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='None.'\n")
///     .unwrap();
/// let module = errcodes_export::python::module(&registry).unwrap();
/// assert!(module.contains("class ErrorCode(enum.IntEnum):"));
/// assert!(module.contains("    NOT_FOUND = 404\n"));
/// ```
pub fn module(registry: &Registry) -> Result<String, Error> {
    let members = members(registry)?;
    let mut out = String::new();
    header(&mut out, registry);
    class(&mut out, registry, &members);
    entries(&mut out, registry, &members);
    Ok(out)
}

/// The member name of every entry, in table order, checked to be distinct identifiers.
fn members(registry: &Registry) -> Result<Vec<String>, Error> {
    let named = |e: &Entry| (e.name.clone(), e.code.clone());
    let mut seen: HashMap<String, &Entry> = HashMap::new();
    let mut members = Vec::with_capacity(registry.entries.len());
    for entry in &registry.entries {
        let member = member_name(&entry.name);
        let identifier = member.starts_with(|c: char| c.is_ascii_uppercase())
            && (member.chars()).all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !identifier {
            let (name, code) = named(entry);
            return Err(Error::NotIdentifier { name, code });
        }
        if let Some(first) = seen.insert(member.clone(), entry) {
            let (first, second) = (named(first), named(entry));
            return Err(Error::SameMember {
                member,
                first,
                second,
            });
        }
        members.push(member);
    }
    Ok(members)
}

/// The do-not-edit header, the module's docstring and its imports.
fn header(out: &mut String, registry: &Registry) {
    let mut doc = format!("The error codes of the {}.", registry.name);
    if !registry.description.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&registry.description);
    }
    let _ = write!(
        out,
        "# Generated by errcodes from the registry's errors.toml: do not edit.\n\
         # Regenerate with `errcodes export --format python`. Python 3.11+, no dependency.\n\
         {}\n\n\
         from __future__ import annotations\n\n\
         import dataclasses\n\
         import enum\n\n\
         __all__ = [\"ErrorCode\"]\n\n\n",
        docstring("", &doc)
    );
}

/// `class ErrorCode(enum.IntEnum): …`: the members, `lookup` and the properties.
fn class(out: &mut String, registry: &Registry, members: &[String]) {
    let (base, code_type) = if registry.code_type.is_int() {
        ("IntEnum", "int")
    } else {
        ("StrEnum", "str")
    };
    let _ = writeln!(out, "class ErrorCode(enum.{base}):");
    let doc = format!(
        "An error code of the {}.\n\n\
         ``ErrorCode(code)`` is the member of a code and raises ``ValueError`` for any other \
         value; ``ErrorCode.lookup(code)`` returns ``None`` instead, so that a client keeps a \
         code it does not know.",
        registry.name
    );
    let _ = writeln!(out, "    {}\n", docstring("    ", &doc));
    for (entry, member) in registry.entries.iter().zip(members) {
        let mut doc = format!("{}\n\n{}", entry.text, entry.description);
        if let Some(note) = &entry.deprecated {
            doc.push_str("\n\nDeprecated: ");
            doc.push_str(note);
        }
        let _ = writeln!(out, "    {member} = {}", code_literal(&entry.code));
        let _ = writeln!(out, "    {}\n", docstring("    ", &doc));
    }
    let _ = write!(
        out,
        r#"    @classmethod
    def lookup(cls, code: object) -> ErrorCode | None:
        """The member of ``code``, or ``None`` when the table does not list it (the API may send
        codes this module does not know yet: keep the raw value). Codes are matched exactly, by
        type too. Never raises."""
        if isinstance(code, {code_type}) and not isinstance(code, bool):
            return _BY_CODE.get(code)
        return None
"#
    );
    for (name, ty, doc) in FIELDS {
        let _ = write!(
            out,
            "\n    @property\n    def {name}(self) -> {ty}:\n        \"\"\"{doc}\"\"\"\n        \
             return _ENTRIES[self].{name}\n"
        );
    }
    out.push('\n');
}

/// The fields of an entry, each a property of a member: name, Python type, docstring.
const FIELDS: [(&str, &str, &str); 8] = [
    ("text", "str", "The short text."),
    ("description", "str", "The long description (Markdown)."),
    (
        "status",
        "int | None",
        "The HTTP status of the entry, if it has one.",
    ),
    (
        "url",
        "str | None",
        "The entry's documentation link, if it has one.",
    ),
    (
        "retryable",
        "bool",
        "Whether a request that failed with this code may succeed when sent again.",
    ),
    (
        "category",
        "str | None",
        "A label grouping entries, if the entry has one.",
    ),
    (
        "deprecated",
        "str | None",
        "Why the entry is deprecated and what to use instead, if it is.",
    ),
    (
        "aliases",
        "tuple[str, ...]",
        "Other names the entry is looked up by.",
    ),
];

/// The entries, one row each, and the index `lookup` reads.
fn entries(out: &mut String, registry: &Registry, members: &[String]) {
    let code_type = if registry.code_type.is_int() {
        "int"
    } else {
        "str"
    };
    out.push_str("\n@dataclasses.dataclass(frozen=True)\nclass _Entry:\n");
    for (name, ty, _) in FIELDS {
        let _ = writeln!(out, "    {name}: {ty}");
    }
    out.push_str(
        "\n\n# One row per member: text, description, status, url, retryable, category, deprecated,\n\
         # aliases.\n\
         _ENTRIES: dict[ErrorCode, _Entry] = {\n",
    );
    for (entry, member) in registry.entries.iter().zip(members) {
        let status = registry
            .status(entry)
            .map_or_else(|| "None".to_owned(), |s| s.to_string());
        let optional =
            |value: Option<&str>| value.map_or_else(|| "None".to_owned(), string_literal);
        let aliases: Vec<String> = entry.aliases.iter().map(|a| string_literal(a)).collect();
        // A tuple of one needs its comma.
        let aliases = match aliases.as_slice() {
            [one] => format!("({one},)"),
            all => format!("({})", all.join(", ")),
        };
        let _ = writeln!(
            out,
            "    ErrorCode.{member}: _Entry({}, {}, {status}, {}, {}, {}, {}, {aliases}),",
            string_literal(&entry.text),
            string_literal(&entry.description),
            optional(registry.url(entry).as_deref()),
            if entry.retryable { "True" } else { "False" },
            optional(entry.category.as_deref()),
            optional(entry.deprecated.as_deref()),
        );
    }
    let _ = writeln!(
        out,
        "}}\n\n\
         _BY_CODE: dict[{code_type}, ErrorCode] = {{member.value: member for member in ErrorCode}}"
    );
}

/// A code as a Python literal: `404`, `"42P01"`.
fn code_literal(code: &Code) -> String {
    literal::code_literal(code, string_literal)
}

/// `c` as a Python escape: `\t`, `\xNN` below U+0100, `\uNNNN` above.
fn push_escape(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        c if u32::from(c) < 0x100 => {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        }
        c => push_unicode_escape(out, c),
    }
}

/// `s` as a double-quoted Python string literal of the same text.
fn string_literal(s: &str) -> String {
    literal::string_literal(s, push_escape)
}

/// `text` as a triple-quoted docstring, its lines after the first indented by `indent` (which
/// `inspect.cleandoc`, as help() and editors read docstrings, removes again). Every `\` is
/// escaped, and every `"` that another `"` follows or that ends the text, so that no `"""` can end
/// it early; line breaks (`\n`, `\r\n`, `\r`) are kept as line breaks and every other character
/// of [`needs_escape`] is escaped.
fn docstring(indent: &str, text: &str) -> String {
    let mut out = String::from("\"\"\"");
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let last = normalized.split('\n').count() - 1;
    for (i, line) in normalized.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(indent);
            }
        }
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            let closes = match chars.peek() {
                Some(next) => *next == '"',
                None => i == last,
            };
            match c {
                '"' if closes => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if needs_escape(c) => push_escape(&mut out, c),
                c => out.push(c),
            }
        }
    }
    if normalized.contains('\n') {
        out.push('\n');
        out.push_str(indent);
    }
    out.push_str("\"\"\"");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(string_literal(r#"a"b\c'd"#), r#""a\"b\\c'd""#);
        assert_eq!(string_literal("a\nb\r\tc"), r#""a\nb\r\tc""#);
        assert_eq!(string_literal("\u{0}\u{7f}\u{85}"), r#""\x00\x7f\x85""#);
        assert_eq!(
            string_literal("\u{2028}\u{2029}\u{feff}"),
            r#""\u2028\u2029\ufeff""#
        );
        assert_eq!(string_literal("\u{202e}x\u{2066}"), r#""\u202ex\u2066""#);
        // Braces are plain characters in a literal that is not an f-string; triple quotes inside
        // a one-quote literal are escaped like any quote.
        assert_eq!(string_literal("{x} \"\"\" é 😀"), r#""{x} \"\"\" é 😀""#);
    }

    #[test]
    fn docstrings_keep_lines_and_cannot_be_closed_early() {
        assert_eq!(docstring("    ", "One line."), "\"\"\"One line.\"\"\"");
        assert_eq!(
            docstring("    ", "ends with a quote\""),
            r#""""ends with a quote\"""""#
        );
        assert_eq!(docstring("    ", r#"a """ b \"#), r#""""a \"\"" b \\""""#);
        assert_eq!(docstring("    ", r#"say "hi""#), r#""""say "hi\"""""#);
        assert_eq!(
            docstring("    ", "\"\n\""),
            "\"\"\"\"\n    \\\"\n    \"\"\""
        );
        assert_eq!(
            docstring("    ", "T\n\nD\r\nE\rF"),
            "\"\"\"T\n\n    D\n    E\n    F\n    \"\"\""
        );
        assert_eq!(
            docstring("", "nul\u{0} sep\u{2028} bidi\u{202e}"),
            r#""""nul\x00 sep\u2028 bidi\u202e""""#
        );
    }

    /// The text of a literal's body as Python reads it, for the escapes the module writes; `None`
    /// for a body Python would end early (a bare `"`) or read otherwise (a raw line break in a
    /// one-quote literal, an unknown escape).
    fn python_reads(body: &str, multiline: bool) -> Option<String> {
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next()? {
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'x' => {
                        let hex: String = chars.by_ref().take(2).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                },
                '"' if !multiline => return None,
                '\n' | '\r' if !multiline => return None,
                c => out.push(c),
            }
        }
        Some(out)
    }

    proptest::proptest! {
        /// Any text is a string literal, and a docstring, of the same text that nothing ends early.
        #[test]
        fn any_text_stays_inside_its_literal_and_its_docstring(text in "\\PC*|[\"\\\\ \\n\\r\u{2028}\u{0}]*") {
            let literal = string_literal(&text);
            let body = &literal[1..literal.len() - 1];
            proptest::prop_assert_eq!(python_reads(body, false), Some(text.clone()));
            let doc = docstring("", &text);
            let body = &doc[3..doc.len() - 3];
            proptest::prop_assert!(!body.contains("\"\"\""), "{doc:?}");
            proptest::prop_assert!(!body.ends_with('"') || body.ends_with("\\\""), "{doc:?}");
            let read = python_reads(body, true).unwrap();
            let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
            proptest::prop_assert_eq!(read.trim_end_matches('\n'), normalized.trim_end_matches('\n'));
        }
    }

    #[test]
    fn member_names_are_upper_snake_case() {
        assert_eq!(member_name("NotFound"), "NOT_FOUND");
        assert_eq!(member_name("BlobUnknown"), "BLOB_UNKNOWN");
        assert_eq!(member_name("E2big"), "E2BIG");
        assert_eq!(member_name("True"), "TRUE");
    }

    fn registry(names: &[&str]) -> Registry {
        let mut registry = Registry {
            name: "A".into(),
            ..Registry::default()
        };
        for (i, name) in names.iter().enumerate() {
            registry.entries.push(errcodes_build::Entry {
                code: Code::Int(u32::try_from(i).unwrap() + 1),
                name: (*name).to_owned(),
                text: "T".into(),
                description: "D".into(),
                ..errcodes_build::Entry::default()
            });
        }
        registry
    }

    #[test]
    fn names_that_differ_only_in_case_are_an_error() {
        let error = module(&registry(&["HttpError", "Other", "HTTPError"])).unwrap_err();
        assert_eq!(
            error,
            Error::SameMember {
                member: "HTTP_ERROR".into(),
                first: ("HttpError".into(), Code::Int(1)),
                second: ("HTTPError".into(), Code::Int(3)),
            }
        );
        assert!(error.to_string().contains("rename one of them"), "{error}");
    }

    #[test]
    fn a_name_that_is_no_identifier_is_an_error() {
        let error = module(&registry(&["9Lives"])).unwrap_err();
        assert!(matches!(error, Error::NotIdentifier { .. }), "{error:?}");
        assert!(module(&registry(&["Ünknown"])).is_err());
        // Whatever else a name holds is dropped as a word separator: the member is still one.
        let text = module(&registry(&["Not Found\"]: x"])).unwrap();
        assert!(text.contains("    NOT_FOUND_X = 1\n"), "{text}");
        assert!(module(&registry(&["Ok", "Fine"])).is_ok());
    }
}
