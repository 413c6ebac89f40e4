//! serde (feature `serde`): an error code is its registry code on the wire (an integer or a
//! string); an entry is an object under the `errors.toml` key names.
//! [`__impl_serde!`](crate::__impl_serde) implements it for a generated enum, and expands to
//! nothing without the feature.

#[cfg(feature = "serde")]
use core::{fmt, marker::PhantomData};

#[cfg(feature = "serde")]
use serde::de::{self, Unexpected, Visitor};
#[cfg(feature = "serde")]
use serde::ser::SerializeMap;

#[cfg(feature = "serde")]
use crate::{Entry, ErrorEnum, RawCode};

#[cfg(feature = "serde")]
impl<E: ErrorEnum + serde::Serialize> serde::Serialize for Entry<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_map(None)?;
        s.serialize_entry("code", &self.code)?;
        s.serialize_entry("name", self.name)?;
        s.serialize_entry("text", self.text)?;
        s.serialize_entry("description", self.description)?;
        if let (true, Some(status)) = (E::STATUS_WRITTEN, self.status) {
            s.serialize_entry("status", &status)?;
        }
        if self.retryable {
            s.serialize_entry("retryable", &true)?;
        }
        if let Some(category) = self.category {
            s.serialize_entry("category", category)?;
        }
        if let Some(url) = self.url {
            s.serialize_entry("url", url)?;
        }
        if !self.aliases.is_empty() {
            s.serialize_entry("aliases", self.aliases)?;
        }
        if let Some(deprecated) = self.deprecated {
            s.serialize_entry("deprecated", deprecated)?;
        }
        s.end()
    }
}

/// Serialises a registry's code: an integer, or a string.
#[cfg(feature = "serde")]
#[doc(hidden)]
pub fn serialize_code<C: RawCode, S: serde::Serializer>(
    code: C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match (code.to_u64(), code.as_str()) {
        (Some(n), _) => serializer.serialize_u64(n),
        (None, Some(s)) => serializer.serialize_str(s),
        (None, None) => Err(serde::ser::Error::custom(
            "a code is an integer or a string",
        )),
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

    fn visit_str<Err: de::Error>(self, v: &str) -> Result<E, Err> {
        if !E::Code::TEXT {
            return Err(Err::invalid_type(Unexpected::Str(v), &self));
        }
        E::from_code_str(v).ok_or_else(|| Err::invalid_value(Unexpected::Str(v), &self))
    }
}

/// Deserialises a registry's code from an integer or a string (as the registry's codes are);
/// an unknown one is an error that names it.
#[cfg(feature = "serde")]
#[doc(hidden)]
pub fn deserialize_code<'de, E: ErrorEnum, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<E, D::Error> {
    if E::Code::TEXT {
        d.deserialize_str(CodeVisitor(PhantomData))
    } else {
        d.deserialize_u64(CodeVisitor(PhantomData))
    }
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
                $crate::__private::serialize_code(self.code(), serializer)
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
