//! `JsonSchema` (feature `schemars`) for generated enums and their entries.
//! [`__impl_schemars!`](crate::__impl_schemars) implements it for a generated enum, and expands to
//! nothing without the feature.
//!
//! The schemas are built here from the enum's table, in the shape `errcodes_export::json` gives
//! the same registry from its model (`code_schema`, `entry_schema`). The shape is written twice on
//! purpose: the runtime cannot depend on the build crate, and carrying the schemas as text in the
//! generated code cost large registries seconds of build. `tests/schema.rs` and
//! `tests/foreign/tests/catalogs.rs` check that both give the same schemas, key for key.

#[cfg(feature = "schemars")]
use std::borrow::Cow;

#[cfg(feature = "schemars")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
#[cfg(feature = "schemars")]
use serde_json::{Value, json};

#[cfg(feature = "schemars")]
use crate::__private::Raw;
#[cfg(feature = "schemars")]
use crate::{Entry, ErrorEnum, RawCode};

/// The schema of `E`'s codes: one titled, described `const` branch per code, with `enum` and
/// `x-enum-varnames` beside them.
#[cfg(feature = "schemars")]
#[doc(hidden)]
pub fn code_schema<E: ErrorEnum>() -> Schema {
    let branches: Vec<Value> = E::REGISTRY
        .entries
        .iter()
        .map(|e| {
            let mut description = text_and_description(e.text, e.description);
            if let Some(note) = e.deprecated {
                description.push_str("\n\nDeprecated: ");
                description.push_str(note);
            }
            let (kind, code) = match e.code.raw() {
                Raw::Int(n) => ("integer", json!(n)),
                Raw::Str(s) => ("string", json!(s)),
            };
            let mut branch = json!({
                "type": kind, "const": code, "title": e.name, "description": description,
            });
            if e.deprecated.is_some() {
                branch["deprecated"] = json!(true);
            }
            branch
        })
        .collect();
    let codes: Vec<Value> = branches.iter().map(|b| b["const"].clone()).collect();
    let names: Vec<&str> = E::REGISTRY.entries.iter().map(|e| e.name).collect();
    json_schema!({
        "title": E::REGISTRY.enum_name,
        "description": format!("An error code of the {}.", E::REGISTRY.name),
        "oneOf": branches,
        "enum": codes,
        "x-enum-varnames": names,
    })
}

/// An entry's text and description as one schema description, as `errcodes_export::json` joins
/// them: `text: description`, `text description` when the text ends a sentence, or the text
/// alone when the description repeats it.
#[cfg(feature = "schemars")]
fn text_and_description(text: &str, description: &str) -> String {
    if description.trim() == text.trim() {
        text.into()
    } else if text.ends_with(['.', '!', '?', ':', ';', '\u{2026}']) {
        format!("{text} {description}")
    } else {
        format!("{text}: {description}")
    }
}

/// The schema of `E`'s entries, `code` being `code` (a reference to the code schema), with the
/// optional keys the registry uses.
#[cfg(feature = "schemars")]
fn entry_schema<E: ErrorEnum>(code: Value) -> Schema {
    let mut schema = json_schema!({
        "title": entry_schema_name(E::REGISTRY.enum_name),
        "description": format!(
            "An entry of the {}: a code with its name, text and description.",
            E::REGISTRY.name
        ),
        "type": "object",
        "properties": {
            "code": code,
            "name": { "type": "string", "description": "The variant name." },
            "text": { "type": "string", "description": "The short text." },
            "description": { "type": "string", "description": "The long description (Markdown)." },
        },
        "required": ["code", "name", "text", "description"],
        "additionalProperties": false,
    });
    let any = |f: fn(&Entry<E>) -> bool| E::REGISTRY.entries.iter().any(f);
    let optional = [
        (
            E::REGISTRY.writes_status,
            "status",
            json!({
                "type": "integer", "minimum": 100, "maximum": 599,
                "description": "The HTTP status of the entry."
            }),
        ),
        (
            any(|e| e.retryable),
            "retryable",
            json!({
                "type": "boolean",
                "description": "Whether a request that failed with this code may succeed when tried again (absent: no)."
            }),
        ),
        (
            any(|e| e.category.is_some()),
            "category",
            json!({
                "type": "string", "description": "A label grouping entries."
            }),
        ),
        (
            any(|e| e.url.is_some()),
            "url",
            json!({
                "type": "string", "description": "The entry's documentation link."
            }),
        ),
        (
            any(|e| !e.aliases.is_empty()),
            "aliases",
            json!({
                "type": "array", "items": { "type": "string" },
                "description": "Other names the entry is looked up by."
            }),
        ),
        (
            any(|e| e.deprecated.is_some()),
            "deprecated",
            json!({
                "type": "string", "description": "Why the entry is deprecated and what to use instead."
            }),
        ),
    ];
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (used, key, property) in optional {
            if used {
                properties.insert(key.into(), property);
            }
        }
    }
    schema
}

/// `ErrorCode` → `ErrorInfo`, `ApiError` → `ApiErrorInfo` (as `errcodes_export::json` names it).
#[cfg(feature = "schemars")]
fn entry_schema_name(enum_name: &str) -> String {
    format!(
        "{}Info",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    )
}

/// A schema from its JSON text (the embedded registry's document schema, written at build time).
#[cfg(feature = "schemars")]
pub(crate) fn parse_schema(json: &str) -> Schema {
    serde_json::from_str(json).unwrap_or_default()
}

#[cfg(feature = "schemars")]
impl<E: ErrorEnum + JsonSchema> JsonSchema for Entry<E> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(entry_schema_name(&E::schema_name()))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("errcodes::Entry<{}>", E::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        entry_schema::<E>(generator.subschema_for::<E>().to_value())
    }
}

/// Implements `JsonSchema` for a generated enum (feature `schemars` on).
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($E:ident) => {
        impl $crate::__private::schemars::JsonSchema for $E {
            fn schema_name() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Borrowed(::core::stringify!($E))
            }

            fn schema_id() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Borrowed(::core::concat!(
                    ::core::module_path!(),
                    "::",
                    ::core::stringify!($E)
                ))
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::code_schema::<Self>()
            }
        }
    };
}

/// Without the `schemars` feature, generated enums get no `JsonSchema` impl.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($($t:tt)*) => {};
}

#[cfg(all(test, feature = "schemars"))]
mod tests {
    /// The cases `tests/schema.rs` checks the export's join with: both must agree.
    #[test]
    fn text_and_description_joins_as_the_export_does() {
        for (text, description, joined) in [
            ("Not Found", "No such thing.", "Not Found: No such thing."),
            (
                "Access is denied.",
                "The caller lacks the right.",
                "Access is denied. The caller lacks the right.",
            ),
            ("Really?", "Yes.", "Really? Yes."),
            (
                "Access is denied.",
                "Access is denied.",
                "Access is denied.",
            ),
        ] {
            assert_eq!(super::text_and_description(text, description), joined);
        }
    }
}
