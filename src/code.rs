//! [`Code`]: a code as a client reads it from a server, known to its registry or not. A server
//! may add codes before its clients are rebuilt; a client that reads `Code<E>` instead of `E`
//! keeps a new code whole, writes it back unchanged, and still matches the codes it knows.

use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::__private::Raw;
use crate::{ErrorEnum, RawCode};

/// A code of the registry `E`, or a code `E` does not know (yet), kept whole.
///
/// It reads every value of the registry's code kind (any non-negative integer for an integer
/// registry, any string for a string registry), writes it back identically, and orders and hashes
/// like the raw code, so a known and an unknown code sort among each other by their codes.
///
/// # Example
/// ```
/// use errcodes::{Code, ErrorCode};
///
/// let codes: Vec<Code<ErrorCode>> = serde_json::from_str("[404, 418]").unwrap();
/// assert_eq!(codes[0], Code::Known(ErrorCode::NotFound));
/// assert_eq!(codes[0].known(), Some(ErrorCode::NotFound));
/// assert_eq!(codes[1].known(), None);
/// assert_eq!(codes[1].to_string(), "418 (unknown code of the Nutcache API)");
/// assert_eq!(serde_json::to_string(&codes).unwrap(), "[404,418]");
/// ```
#[derive(Debug, Clone)]
pub enum Code<E> {
    /// A code of the registry.
    Known(E),
    /// A code the registry does not have, as it was read.
    Unknown(Unknown),
}

/// A code that is not in the registry, as it was read: an integer or a string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unknown {
    /// An integer code.
    Int(u64),
    /// A string code.
    Str(String),
}

impl<E: ErrorEnum> Code<E> {
    /// The code read from its raw value: known when the registry has it.
    #[cfg(feature = "serde")]
    pub(crate) fn from_raw(raw: Raw<'_>) -> Self {
        match (E::REGISTRY.find(raw), raw) {
            (Some(e), _) => Code::Known(e),
            (None, Raw::Int(n)) => Code::Unknown(Unknown::Int(n)),
            (None, Raw::Str(s)) => Code::Unknown(Unknown::Str(s.into())),
        }
    }

    /// The registry's variant, if the code is known.
    pub fn known(&self) -> Option<E> {
        match self {
            Code::Known(e) => Some(*e),
            Code::Unknown(_) => None,
        }
    }

    /// The raw code, known or not: what codes compare, order and hash by.
    pub(crate) fn raw(&self) -> Raw<'_> {
        match self {
            Code::Known(e) => E::REGISTRY.entry(*e).code.raw(),
            Code::Unknown(Unknown::Int(n)) => Raw::Int(*n),
            Code::Unknown(Unknown::Str(s)) => Raw::Str(s),
        }
    }
}

impl<E> From<E> for Code<E> {
    fn from(e: E) -> Self {
        Code::Known(e)
    }
}

impl<E: ErrorEnum> PartialEq for Code<E> {
    fn eq(&self, other: &Self) -> bool {
        self.raw() == other.raw()
    }
}

impl<E: ErrorEnum> Eq for Code<E> {}

impl<E: ErrorEnum> PartialOrd for Code<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: ErrorEnum> Ord for Code<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.raw().cmp(&other.raw())
    }
}

impl<E: ErrorEnum> Hash for Code<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw().hash(state);
    }
}

impl<E: ErrorEnum> fmt::Display for Code<E> {
    /// A known code as the registry's `Display` (`404 Requested Resource not Found`); an unknown
    /// one as `418 (unknown code of the Nutcache API)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(e) => fmt::Display::fmt(e, f),
            Code::Unknown(_) => write!(
                f,
                "{} (unknown code of the {})",
                self.raw(),
                E::REGISTRY.name
            ),
        }
    }
}

#[cfg(feature = "serde")]
impl<E: ErrorEnum> serde::Serialize for Code<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::serde_impls::serialize_raw(self.raw(), serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de, E: ErrorEnum> serde::Deserialize<'de> for Code<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::serde_impls::deserialize_raw::<E, Self, D>(d, |raw| Some(Code::from_raw(raw)))
    }
}
