//! schemars: the JSON Schema of a registry's codes and entries, made from its table.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use crate::{ErrorInfo, Registry};

/// The schema of a registry's code: a `oneOf` with one integer `const` per code, each carrying its
/// variant name as `title` and its description, so generators emit a named, documented union.
#[doc(hidden)]
pub fn code_schema<E: Registry>(title: &str) -> Schema {
    let branches: Vec<Value> = E::ALL
        .iter()
        .map(|e| {
            json!({
                "type": "integer",
                "const": e.code(),
                "title": e.name(),
                "description": format!("{}: {}", e.text(), e.description()),
            })
        })
        .collect();
    json_schema!({
        "title": title,
        "description": format!("An error code of the {}.", E::REGISTRY_NAME),
        "oneOf": branches,
    })
}

impl<E: Registry + JsonSchema> JsonSchema for ErrorInfo<E> {
    fn schema_name() -> Cow<'static, str> {
        let code = E::schema_name();
        Cow::Owned(format!(
            "{}Info",
            code.strip_suffix("Code").unwrap_or(&code)
        ))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("errcodes::ErrorInfo<{}>", E::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<E>();
        json_schema!({
            "title": Self::schema_name(),
            "description": format!("An entry of the {}: a code with its name, text and description.", E::REGISTRY_NAME),
            "type": "object",
            "properties": {
                "code": code,
                "name": { "type": "string", "description": "The variant name." },
                "text": { "type": "string", "description": "The short text." },
                "description": { "type": "string", "description": "The long description (Markdown)." },
            },
            "required": ["code", "name", "text", "description"],
            "additionalProperties": false,
        })
    }
}

/// Implements `JsonSchema` for a generated enum (feature `schemars` on).
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
                $crate::__private::code_schema::<Self>(::core::stringify!($E))
            }
        }
    };
}
