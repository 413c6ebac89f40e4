//! [`ErrorEnum`], what every generated enum is, and [`RawCode`], the types its codes are written in.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{Entry, UnknownName};

/// What every generated error-code enum is: its table, accessors and lookups, for code that works
/// with any registry (`errcodes`' own or one a crate compiles with `errcodes-build`).
///
/// The enum's inherent methods of the same names are `const` where Rust allows.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, ErrorEnum};
///
/// fn describe<E: ErrorEnum>(code: E::Code) -> String {
///     match E::from_code(code) {
///         Some(e) => format!("{e}: {}", e.description()),
///         None => format!("{code} is not a code of the {}", E::REGISTRY_NAME),
///     }
/// }
/// assert!(describe::<ErrorCode>(429).starts_with("429 Too Many Requests: This code appears"));
/// assert_eq!(describe::<ErrorCode>(999), "999 is not a code of the Nutcache API");
/// ```
pub trait ErrorEnum:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + FromStr<Err = UnknownName> + 'static
{
    /// The type the registry's codes are written in: `u16`, `u32` or `&'static str`.
    type Code: RawCode;
    /// The name of the generated enum, e.g. `ErrorCode`.
    const ENUM_NAME: &'static str;
    /// The registry's name (`[registry] name`).
    const REGISTRY_NAME: &'static str;
    /// The registry's description (`[registry] description`), Markdown.
    const REGISTRY_DESCRIPTION: &'static str;
    /// Every code, in table order.
    const ALL: &'static [Self];

    /// The whole entry.
    fn entry(self) -> &'static Entry<Self>;

    /// The registry code.
    fn code(self) -> Self::Code;

    /// The variant name.
    fn name(self) -> &'static str {
        self.entry().name
    }

    /// The short text.
    fn text(self) -> &'static str {
        self.entry().text
    }

    /// The long description, Markdown.
    fn description(self) -> &'static str {
        self.entry().description
    }

    /// The variant with this code, if the registry has it.
    fn from_code(code: Self::Code) -> Option<Self>;

    /// The variant with this variant name (exact), if the registry has it.
    fn from_name(name: &str) -> Option<Self>;

    /// The variant with this code as read from the wire or a command line, in any width: an
    /// integer that does not fit the registry's code type is no code of it.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert_eq!(ErrorCode::from_u64(404), Some(ErrorCode::NotFound));
    /// assert_eq!(ErrorCode::from_u64(65_536 + 404), None);
    /// ```
    fn from_u64(code: u64) -> Option<Self> {
        Self::Code::from_u64(code).and_then(Self::from_code)
    }

    /// Whether the code is in the HTTP client-error class, 400–499 (whatever the registry's codes
    /// mean otherwise).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert!(ErrorEnum::is_client_error(ErrorCode::NotFound));
    /// assert!(!ErrorEnum::is_client_error(ErrorCode::InternalServerError));
    /// ```
    fn is_client_error(self) -> bool {
        is_client_error_code(self.code().to_u64())
    }

    /// Whether the code is in the HTTP server-error class, 500–599.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert!(ErrorEnum::is_server_error(ErrorCode::InternalServerError));
    /// assert!(!ErrorEnum::is_server_error(ErrorCode::TooManyRequests));
    /// ```
    fn is_server_error(self) -> bool {
        is_server_error_code(self.code().to_u64())
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
}

/// A type a registry's codes are written in (`[registry] code_type`): `u16` or `u32`.
/// Sealed: the generated code and this crate agree on the list.
///
/// # Example
/// ```
/// use errcodes::RawCode;
///
/// assert_eq!(<u16 as RawCode>::from_u64(404), Some(404));
/// assert_eq!(<u16 as RawCode>::from_u64(70_000), None);
/// assert_eq!(70_000u32.to_u64(), 70_000);
/// ```
pub trait RawCode:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static + sealed::Sealed
{
    /// The code of this value, if it fits the type.
    fn from_u64(code: u64) -> Option<Self>;

    /// The code, widened.
    fn to_u64(self) -> u64;
}

impl RawCode for u16 {
    fn from_u64(code: u64) -> Option<Self> {
        u16::try_from(code).ok()
    }

    fn to_u64(self) -> u64 {
        u64::from(self)
    }
}

impl RawCode for u32 {
    fn from_u64(code: u64) -> Option<Self> {
        u32::try_from(code).ok()
    }

    fn to_u64(self) -> u64 {
        u64::from(self)
    }
}

/// Whether `code` is in the client-error class, 400–499.
#[doc(hidden)]
pub const fn is_client_error_code(code: u64) -> bool {
    matches!(code, 400..=499)
}

/// Whether `code` is in the server-error class, 500–599.
#[doc(hidden)]
pub const fn is_server_error_code(code: u64) -> bool {
    matches!(code, 500..=599)
}

/// Whether `code` is an HTTP status code: 100–599 (RFC 9110 §15).
#[doc(hidden)]
pub const fn is_http_status(code: u64) -> bool {
    matches!(code, 100..=599)
}
