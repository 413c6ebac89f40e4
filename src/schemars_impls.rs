//! schemars: the JSON Schema of a registry's codes and entries, made from its table.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::export::Table;
use crate::{Entry, ErrorEnum};

/// The schema of a registry's code (see [`Table::code_schema`]).
#[doc(hidden)]
pub fn code_schema<E: ErrorEnum>() -> Schema {
    Table::of::<E>().code_schema()
}

impl<E: ErrorEnum + JsonSchema> JsonSchema for Entry<E> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(crate::export::info_name(&E::schema_name()))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("errcodes::Entry<{}>", E::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<E>();
        let mut table = Table::of::<E>();
        // The entry schema is named after the enum's schema name, which may differ from its Rust name.
        let name = E::schema_name();
        table.enum_name = &name;
        let mut schema = table.info_schema("");
        if let Some(properties) = schema.get_mut("properties").and_then(|p| p.as_object_mut()) {
            properties.insert("code".into(), code.to_value());
        }
        schema
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
                $crate::__private::code_schema::<Self>()
            }
        }
    };
}
