//! serde: an error code is its integer code on the wire; an entry is an object.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Unexpected, Visitor};
use serde::ser::SerializeStruct;

use crate::{Entry, ErrorEnum};

impl<E: ErrorEnum + serde::Serialize> serde::Serialize for Entry<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ErrorInfo", 4)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("description", self.description)?;
        s.end()
    }
}

struct CodeVisitor<E>(PhantomData<E>);

impl<E: ErrorEnum> CodeVisitor<E> {
    fn lookup<Err: de::Error>(value: u64) -> Result<E, Err> {
        u32::try_from(value)
            .ok()
            .and_then(E::from_code)
            .ok_or_else(|| Err::invalid_value(Unexpected::Unsigned(value), &Self(PhantomData)))
    }
}

impl<E: ErrorEnum> Visitor<'_> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an error code of the {}", E::REGISTRY_NAME)
    }

    fn visit_u64<Err: de::Error>(self, v: u64) -> Result<E, Err> {
        Self::lookup(v)
    }

    fn visit_i64<Err: de::Error>(self, v: i64) -> Result<E, Err> {
        match u64::try_from(v) {
            Ok(v) => Self::lookup(v),
            Err(_) => Err(Err::invalid_value(Unexpected::Signed(v), &self)),
        }
    }
}

/// Deserialises a registry's code from an integer; an unknown one is an error that names it.
#[doc(hidden)]
pub fn deserialize_code<'de, E: ErrorEnum, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<E, D::Error> {
    d.deserialize_u64(CodeVisitor(PhantomData))
}

/// Implements `Serialize` and `Deserialize` for a generated enum (feature `serde` on).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($E:ident) => {
        impl $crate::__private::serde::Serialize for $E {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_u64(::core::convert::From::from(self.code()))
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $E {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}
