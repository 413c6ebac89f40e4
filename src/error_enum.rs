//! [`ErrorEnum`], what every generated enum is, and [`RawCode`], the types its codes are written in.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{LookupError, Registry};

/// What every generated error-code enum is, for code that works with any registry (`errcodes`'
/// own or one a crate compiles with `errcodes-build`): its table, [`ErrorEnum::REGISTRY`], and
/// each variant's position in it.
///
/// Code that knows its enum calls the enum's own methods (`ErrorCode::from_code(404)`,
/// `e.text()`), which need no import; generic code reads the registry.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, ErrorEnum};
///
/// fn texts<E: ErrorEnum>() -> Vec<&'static str> {
///     E::REGISTRY.entries.iter().map(|entry| entry.text).collect()
/// }
/// assert_eq!(texts::<ErrorCode>()[3], "Requested Resource not Found");
/// assert_eq!(ErrorCode::NotFound.index(), 3);
/// ```
pub trait ErrorEnum:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + FromStr<Err = LookupError> + 'static
{
    /// The type the registry's codes are written in: `u16`, `u32` or `&'static str`.
    type Code: RawCode;

    /// The registry the enum was generated from.
    const REGISTRY: &'static Registry<Self>;

    /// How a code finds its variant. Written by the generator; not a public API.
    #[doc(hidden)]
    const BY_CODE: crate::codes::Codes<Self>;

    /// The variant's position in the table (its discriminant), from 0 to `COUNT - 1`:
    /// `Self::REGISTRY.entries[e.index()]` is its entry.
    fn index(self) -> usize;
}

/// A code as read from the wire or a command line, before it is looked up: an integer or a
/// string. Not a public API.
#[doc(hidden)]
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

mod sealed {
    pub trait Sealed {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
    impl Sealed for &'static str {}

    /// With the `serde` feature, codes serialise (so every `Entry` does, with no bound to write).
    #[cfg(feature = "serde")]
    pub trait Serial: serde::Serialize {}
    #[cfg(feature = "serde")]
    impl<T: serde::Serialize> Serial for T {}
    /// Without the `serde` feature, nothing.
    #[cfg(not(feature = "serde"))]
    pub trait Serial {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serial for T {}
}

/// A type a registry's codes are written in (`[registry] code_type`): `u16`, `u32` or
/// `&'static str`. Sealed: the generated code and this crate agree on the list.
///
/// # Example
/// ```
/// use errcodes::RawCode;
///
/// assert!(!<u16 as RawCode>::TEXT);
/// assert!(<&str as RawCode>::TEXT);
/// ```
pub trait RawCode:
    Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + Send
    + Sync
    + 'static
    + sealed::Sealed
    + sealed::Serial
{
    /// Whether codes of this type are strings.
    const TEXT: bool;

    /// The code as read from the wire. Not a public API.
    #[doc(hidden)]
    fn raw(self) -> Raw<'static>;

    /// The position `map` gives `raw`, when `raw` is a code of this type. Not a public API.
    #[doc(hidden)]
    fn position(map: &phf::Map<Self, u32>, raw: Raw<'_>) -> Option<u32>;
}

impl RawCode for &'static str {
    const TEXT: bool = true;

    fn raw(self) -> Raw<'static> {
        Raw::Str(self)
    }

    fn position(map: &phf::Map<Self, u32>, raw: Raw<'_>) -> Option<u32> {
        match raw {
            Raw::Str(code) => map.get(code).copied(),
            Raw::Int(_) => None,
        }
    }
}

/// `RawCode` for an integer type.
macro_rules! int_code {
    ($T:ty) => {
        impl RawCode for $T {
            const TEXT: bool = false;

            fn raw(self) -> Raw<'static> {
                Raw::Int(u64::from(self))
            }

            fn position(map: &phf::Map<Self, u32>, raw: Raw<'_>) -> Option<u32> {
                match raw {
                    Raw::Int(code) => map.get(&<$T>::try_from(code).ok()?).copied(),
                    Raw::Str(_) => None,
                }
            }
        }
    };
}

int_code!(u16);
int_code!(u32);
