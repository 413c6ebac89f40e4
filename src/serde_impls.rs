//! serde (feature `serde`): an error code is its registry code on the wire (an integer or a
//! string); an entry is an object under the `errors.toml` key names. One visitor reads a code for
//! a generated enum (an unknown code is an error that names it) and for [`Code`](crate::Code) (an
//! unknown code is kept). [`__impl_serde!`](crate::__impl_serde) implements it for a generated
//! enum, and expands to nothing without the feature.

#[cfg(feature = "serde")]
use core::{fmt, marker::PhantomData};

#[cfg(feature = "serde")]
use serde::de::{self, Unexpected, Visitor};
#[cfg(feature = "serde")]
use serde::ser::SerializeMap;

#[cfg(feature = "serde")]
use crate::__private::Raw;
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
        if let (true, Some(status)) = (E::REGISTRY.writes_status, self.status) {
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

/// Writes a code as the wire carries it: an integer or a string.
#[cfg(feature = "serde")]
pub(crate) fn serialize_raw<S: serde::Serializer>(
    raw: Raw<'_>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match raw {
        Raw::Int(n) => serializer.serialize_u64(n),
        Raw::Str(s) => serializer.serialize_str(s),
    }
}

/// Reads a code of `E`'s kind (an integer or a string) and gives it to `lookup`: a value, or
/// `None` for a code that `lookup` rejects (an error that names the code).
#[cfg(feature = "serde")]
struct CodeVisitor<E, V> {
    lookup: fn(Raw<'_>) -> Option<V>,
    registry: PhantomData<E>,
}

#[cfg(feature = "serde")]
impl<E: ErrorEnum, V> CodeVisitor<E, V> {
    fn read<Err: de::Error>(self, raw: Raw<'_>, unexpected: Unexpected<'_>) -> Result<V, Err> {
        if E::Code::TEXT != matches!(raw, Raw::Str(_)) {
            return Err(Err::invalid_type(unexpected, &self));
        }
        (self.lookup)(raw).ok_or_else(|| Err::invalid_value(unexpected, &self))
    }
}

#[cfg(feature = "serde")]
impl<E: ErrorEnum, V> Visitor<'_> for CodeVisitor<E, V> {
    type Value = V;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if E::Code::TEXT {
            "a string"
        } else {
            "an integer"
        };
        write!(f, "{kind}: an error code of the {}", E::REGISTRY.name)
    }

    fn visit_u64<Err: de::Error>(self, v: u64) -> Result<V, Err> {
        self.read(Raw::Int(v), Unexpected::Unsigned(v))
    }

    fn visit_i64<Err: de::Error>(self, v: i64) -> Result<V, Err> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(Err::invalid_value(Unexpected::Signed(v), &self)),
        }
    }

    fn visit_str<Err: de::Error>(self, v: &str) -> Result<V, Err> {
        self.read(Raw::Str(v), Unexpected::Str(v))
    }
}

/// Reads a code of `E`'s kind and looks it up with `lookup`.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_raw<'de, E: ErrorEnum, V, D: serde::Deserializer<'de>>(
    d: D,
    lookup: fn(Raw<'_>) -> Option<V>,
) -> Result<V, D::Error> {
    let visitor = CodeVisitor::<E, V> {
        lookup,
        registry: PhantomData,
    };
    if E::Code::TEXT {
        d.deserialize_str(visitor)
    } else {
        d.deserialize_u64(visitor)
    }
}

/// Serialises a generated enum as its code.
#[cfg(feature = "serde")]
#[doc(hidden)]
pub fn serialize_code<E: ErrorEnum, S: serde::Serializer>(
    e: E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_raw(E::REGISTRY.entry(e).code.raw(), serializer)
}

/// Deserialises a generated enum from its code; an unknown code is an error that names it.
#[cfg(feature = "serde")]
#[doc(hidden)]
pub fn deserialize_code<'de, E: ErrorEnum, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<E, D::Error> {
    deserialize_raw::<E, E, D>(d, |raw| E::REGISTRY.find(raw))
}

/// Implements serde's traits for a generated enum (feature `serde` on).
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
                $crate::__private::serialize_code(*self, serializer)
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
