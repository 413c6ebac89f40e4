//! `JsonSchema` (feature `schemars`) for generated enums and their entries.
//! [`__impl_schemars!`](crate::__impl_schemars) implements it for a generated enum, and expands to
//! nothing without the feature.
//!
//! The schemas are made once, by errcodes-build (`errcodes_build::schema`), the same that the
//! exports put in a registry's documents; the generated table carries them as JSON text
//! (`Registry::schemas`), which this reads.

#[cfg(feature = "schemars")]
use std::borrow::Cow;

#[cfg(feature = "schemars")]
use schemars::{JsonSchema, Schema, SchemaGenerator};
#[cfg(feature = "schemars")]
use serde_json::Value;

#[cfg(feature = "schemars")]
use crate::{Entry, ErrorEnum};

/// The schema `"code"` or `"entry"` of `E`'s table.
#[cfg(feature = "schemars")]
fn schema_of<E: ErrorEnum>(which: &str) -> Value {
    let mut schemas: Value = serde_json::from_str(E::REGISTRY.schemas).unwrap_or_default();
    schemas[which].take()
}

/// The schema of `E`'s codes: one titled, described `const` branch per code.
#[cfg(feature = "schemars")]
#[doc(hidden)]
pub fn code_schema<E: ErrorEnum>() -> Schema {
    Schema::try_from(schema_of::<E>("code")).unwrap_or_default()
}

/// A schema from its JSON text (the embedded registry's document schema, written at build time).
#[cfg(feature = "schemars")]
pub(crate) fn parse_schema(json: &str) -> Schema {
    serde_json::from_str(json).unwrap_or_default()
}

#[cfg(feature = "schemars")]
impl<E: ErrorEnum + JsonSchema> JsonSchema for Entry<E> {
    fn schema_name() -> Cow<'static, str> {
        let entry = schema_of::<E>("entry");
        Cow::Owned(entry["title"].as_str().unwrap_or("ErrorInfo").to_owned())
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("errcodes::Entry<{}>", E::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut entry = schema_of::<E>("entry");
        entry["properties"]["code"] = generator.subschema_for::<E>().to_value();
        Schema::try_from(entry).unwrap_or_default()
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
