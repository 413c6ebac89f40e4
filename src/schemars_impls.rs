//! `JsonSchema` (feature `schemars`) for generated enums and their entries.
//! [`__impl_schemars!`](crate::__impl_schemars) implements it for a generated enum from the
//! schemas `errcodes-build` exported at build time (the same as its JSON Schema export), and
//! expands to nothing without the feature.

#[cfg(feature = "schemars")]
use std::borrow::Cow;

#[cfg(feature = "schemars")]
use schemars::{JsonSchema, Schema, SchemaGenerator};

#[cfg(feature = "schemars")]
use crate::{Entry, ErrorEnum};

/// The schemas of a generated enum's entry, written by errcodes-build. Not a public API.
#[cfg(feature = "schemars")]
#[doc(hidden)]
pub trait EntrySchema {
    /// The entry schema, JSON text, its `code` a reference to be replaced.
    const ENTRY_SCHEMA: &'static str;
}

/// A schema from its JSON text, written by errcodes-build (so it parses).
#[cfg(feature = "schemars")]
#[doc(hidden)]
pub fn parse_schema(json: &str) -> Schema {
    serde_json::from_str(json).unwrap_or_default()
}

#[cfg(feature = "schemars")]
impl<E: ErrorEnum + JsonSchema + EntrySchema> JsonSchema for Entry<E> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(
            parse_schema(E::ENTRY_SCHEMA)
                .get("title")
                .and_then(|t| t.as_str())
                .unwrap_or("Entry")
                .to_owned(),
        )
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("errcodes::Entry<{}>", E::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<E>();
        let mut schema = parse_schema(E::ENTRY_SCHEMA);
        if let Some(properties) = schema.get_mut("properties").and_then(|p| p.as_object_mut()) {
            properties.insert("code".into(), code.to_value());
        }
        schema
    }
}

/// Implements `JsonSchema` for a generated enum (feature `schemars` on), from the code and entry
/// schemas as JSON text.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($E:ident, $code_schema:expr, $entry_schema:expr) => {
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
                $crate::__private::parse_schema($code_schema)
            }
        }

        impl $crate::__private::EntrySchema for $E {
            const ENTRY_SCHEMA: &'static str = $entry_schema;
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
