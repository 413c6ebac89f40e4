//! serde (feature `serde`): an error code is its registry code on the wire; an entry is an object.
//! [`__impl_serde!`](crate::__impl_serde) implements it for a generated enum, and expands to
//! nothing without the feature.

#[cfg(feature = "serde")]
use core::{fmt, marker::PhantomData};

#[cfg(feature = "serde")]
use serde::de::{self, Unexpected, Visitor};
#[cfg(feature = "serde")]
use serde::ser::SerializeStruct;

#[cfg(feature = "serde")]
use crate::{Entry, ErrorEnum};

#[cfg(feature = "serde")]
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

#[cfg(feature = "serde")]
struct CodeVisitor<E>(PhantomData<E>);

#[cfg(feature = "serde")]
impl<E: ErrorEnum> CodeVisitor<E> {
    fn lookup<Err: de::Error>(value: u64) -> Result<E, Err> {
        E::from_u64(value)
            .ok_or_else(|| Err::invalid_value(Unexpected::Unsigned(value), &Self(PhantomData)))
    }
}

#[cfg(feature = "serde")]
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
#[cfg(feature = "serde")]
#[doc(hidden)]
pub fn deserialize_code<'de, E: ErrorEnum, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<E, D::Error> {
    d.deserialize_u64(CodeVisitor(PhantomData))
}

/// Implements `Serialize` and `Deserialize` for a generated enum (feature `serde` on).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($E:ident) => {
        impl $crate::__private::serde::Serialize for $E {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_u64($crate::RawCode::to_u64(self.code()))
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

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($t:tt)*) => {};
}
