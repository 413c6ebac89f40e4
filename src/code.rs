//! [`Code`]: a code as a client reads it from a server, known to its registry or not. A server
//! may add codes before its clients are rebuilt; a client that reads `Code<E>` instead of `E`
//! keeps a new code whole, writes it back unchanged, and still matches the codes it knows.

use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

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

/// A code's raw value, known or not: what [`Code`] orders, hashes and compares by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Raw<'a> {
    /// An integer code.
    Int(u64),
    /// A string code.
    Str(&'a str),
}

impl fmt::Display for Raw<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Raw::Int(n) => write!(f, "{n}"),
            Raw::Str(s) => f.write_str(s),
        }
    }
}

impl<E: ErrorEnum> Code<E> {
    /// The code read from its raw value: known when the registry has it.
    ///
    /// # Example
    /// ```
    /// use errcodes::{Code, ErrorCode, Raw};
    ///
    /// assert_eq!(Code::<ErrorCode>::from_raw(Raw::Int(429)).known(), Some(ErrorCode::TooManyRequests));
    /// assert!(Code::<ErrorCode>::from_raw(Raw::Int(70_000)).known().is_none());
    /// ```
    pub fn from_raw(raw: Raw<'_>) -> Self {
        let known = match raw {
            Raw::Int(n) => E::from_u64(n),
            Raw::Str(s) if E::Code::TEXT => E::from_code_str(s),
            Raw::Str(_) => None,
        };
        match (known, raw) {
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

    /// The raw code, known or not.
    ///
    /// # Example
    /// ```
    /// use errcodes::{Code, ErrorCode, Raw};
    ///
    /// assert_eq!(Code::Known(ErrorCode::NotFound).raw(), Raw::Int(404));
    /// ```
    pub fn raw(&self) -> Raw<'_> {
        match self {
            Code::Known(e) => match (e.code().to_u64(), e.code().as_str()) {
                (Some(n), _) => Raw::Int(n),
                (None, s) => Raw::Str(s.unwrap_or_default()),
            },
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
                E::REGISTRY_NAME
            ),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Unexpected, Visitor};

    use super::{Code, Raw};
    use crate::{ErrorEnum, RawCode};

    impl<E: ErrorEnum> serde::Serialize for Code<E> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self.raw() {
                Raw::Int(n) => serializer.serialize_u64(n),
                Raw::Str(s) => serializer.serialize_str(s),
            }
        }
    }

    struct CodeVisitor<E>(PhantomData<E>);

    impl<E: ErrorEnum> Visitor<'_> for CodeVisitor<E> {
        type Value = Code<E>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let kind = if E::Code::TEXT {
                "a string"
            } else {
                "a non-negative integer"
            };
            write!(f, "{kind}: a code of the {} or a new one", E::REGISTRY_NAME)
        }

        fn visit_u64<Err: de::Error>(self, v: u64) -> Result<Code<E>, Err> {
            if E::Code::TEXT {
                return Err(Err::invalid_type(Unexpected::Unsigned(v), &self));
            }
            Ok(Code::from_raw(Raw::Int(v)))
        }

        fn visit_i64<Err: de::Error>(self, v: i64) -> Result<Code<E>, Err> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(Err::invalid_value(Unexpected::Signed(v), &self)),
            }
        }

        fn visit_str<Err: de::Error>(self, v: &str) -> Result<Code<E>, Err> {
            if !E::Code::TEXT {
                return Err(Err::invalid_type(Unexpected::Str(v), &self));
            }
            Ok(Code::from_raw(Raw::Str(v)))
        }
    }

    impl<'de, E: ErrorEnum> serde::Deserialize<'de> for Code<E> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            if E::Code::TEXT {
                d.deserialize_str(CodeVisitor(PhantomData))
            } else {
                d.deserialize_u64(CodeVisitor(PhantomData))
            }
        }
    }
}
