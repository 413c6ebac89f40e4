//! [`ErrorEnum`], what every generated enum is, and [`RawCode`], the types its codes are written in.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{Entry, Retired, UnknownName};

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
    /// Whether the registry writes `status` keys (else statuses, if any, are implied by the
    /// codes); decides whether a serialised entry carries its status. Not a public API.
    #[doc(hidden)]
    const STATUS_WRITTEN: bool = false;
    /// The name of the generated enum, e.g. `ErrorCode`.
    const ENUM_NAME: &'static str;
    /// The registry's name (`[registry] name`).
    const REGISTRY_NAME: &'static str;
    /// The registry's description (`[registry] description`), Markdown.
    const REGISTRY_DESCRIPTION: &'static str;
    /// How many entries the registry has.
    const COUNT: usize;
    /// The codes the registry used once and gives to no entry (`[[retired]]`).
    const RETIRED: &'static [Retired<Self::Code>];

    /// The whole entry.
    fn entry(self) -> Entry<Self>;

    /// The variant's position in the table (its discriminant), from 0 to `COUNT - 1`.
    fn index(self) -> usize;

    /// The variant at this position in the table, or `None` past the last.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert_eq!(<ErrorCode as ErrorEnum>::from_index(0), Some(ErrorCode::BadRequest));
    /// assert_eq!(<ErrorCode as ErrorEnum>::from_index(ErrorCode::COUNT), None);
    /// ```
    fn from_index(index: usize) -> Option<Self>;

    /// Every variant, in table order.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert_eq!(<ErrorCode as ErrorEnum>::iter().count(), 6);
    /// ```
    fn iter() -> crate::Iter<Self> {
        crate::Iter::new()
    }

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

    /// The description as plain text: its words without Markdown markup or HTML tags, each
    /// link's target after its text (`here (#authentication)`).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// let text = ErrorEnum::description_text(ErrorCode::AccessDenied);
    /// assert!(text.ends_with("Authorization header here (#authentication)."));
    /// ```
    fn description_text(self) -> &'static str;

    /// The HTTP status of the entry, if it has one (see [`Entry::status`]).
    fn status(self) -> Option<u16> {
        self.entry().status
    }

    /// The entry's documentation link.
    fn url(self) -> Option<&'static str> {
        self.entry().url
    }

    /// Whether a request that failed with this code may succeed when tried again.
    fn retryable(self) -> bool {
        self.entry().retryable
    }

    /// The entry's category.
    fn category(self) -> Option<&'static str> {
        self.entry().category
    }

    /// Other names the entry is looked up by.
    fn aliases(self) -> &'static [&'static str] {
        self.entry().aliases
    }

    /// Why the entry is deprecated, if it is.
    fn deprecated(self) -> Option<&'static str> {
        self.entry().deprecated
    }

    /// The variant with this code, if the registry has it.
    fn from_code(code: Self::Code) -> Option<Self>;

    /// The variant with this code written as text (decimal for integer codes), if the registry
    /// has it: for codes read from a command line or a wire format as strings.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert_eq!(ErrorCode::from_code_str("404"), Some(ErrorCode::NotFound));
    /// assert_eq!(ErrorCode::from_code_str("0404"), None);
    /// assert_eq!(ErrorCode::from_code_str("NotFound"), None);
    /// ```
    fn from_code_str(code: &str) -> Option<Self>;

    /// The variant with this variant name or alias (exact), if the registry has it.
    fn from_name(name: &str) -> Option<Self>;

    /// The retired code `code`, if the registry retired it.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert!(ErrorCode::retired(306).is_none());
    /// ```
    fn retired(code: Self::Code) -> Option<&'static Retired<Self::Code>> {
        Self::RETIRED.iter().find(|r| r.code == code)
    }

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

    /// Whether the entry's HTTP status is in the client-error class, 400–499.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert!(ErrorEnum::is_client_error(ErrorCode::NotFound));
    /// assert!(!ErrorEnum::is_client_error(ErrorCode::InternalServerError));
    /// ```
    fn is_client_error(self) -> bool {
        matches!(self.status(), Some(400..=499))
    }

    /// Whether the entry's HTTP status is in the server-error class, 500–599.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, ErrorEnum};
    ///
    /// assert!(ErrorEnum::is_server_error(ErrorCode::InternalServerError));
    /// assert!(!ErrorEnum::is_server_error(ErrorCode::TooManyRequests));
    /// ```
    fn is_server_error(self) -> bool {
        matches!(self.status(), Some(500..=599))
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
/// `&'static str`.
/// Sealed: the generated code and this crate agree on the list.
///
/// # Example
/// ```
/// use errcodes::RawCode;
///
/// assert_eq!(<u16 as RawCode>::from_u64(404), Some(404));
/// assert_eq!(<u16 as RawCode>::from_u64(70_000), None);
/// assert_eq!(70_000u32.to_u64(), Some(70_000));
/// assert_eq!("42P01".to_u64(), None);
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

    /// The code of this value, if it fits the type (never, for string codes).
    fn from_u64(code: u64) -> Option<Self>;

    /// The code as a string, if it is one.
    fn as_str(self) -> Option<&'static str>;

    /// The code as an integer, if it is one.
    fn to_u64(self) -> Option<u64>;
}

impl RawCode for &'static str {
    const TEXT: bool = true;

    fn from_u64(_: u64) -> Option<Self> {
        None
    }

    fn as_str(self) -> Option<&'static str> {
        Some(self)
    }

    fn to_u64(self) -> Option<u64> {
        None
    }
}

impl RawCode for u16 {
    const TEXT: bool = false;

    fn from_u64(code: u64) -> Option<Self> {
        u16::try_from(code).ok()
    }

    fn as_str(self) -> Option<&'static str> {
        None
    }

    fn to_u64(self) -> Option<u64> {
        Some(u64::from(self))
    }
}

impl RawCode for u32 {
    const TEXT: bool = false;

    fn from_u64(code: u64) -> Option<Self> {
        u32::try_from(code).ok()
    }

    fn as_str(self) -> Option<&'static str> {
        None
    }

    fn to_u64(self) -> Option<u64> {
        Some(u64::from(self))
    }
}

/// Whether `code` is an HTTP status code: 100–599 (RFC 9110 §15).
#[doc(hidden)]
pub const fn is_http_status(code: u64) -> bool {
    matches!(code, 100..=599)
}

/// The value of `text` when it is an integer written in decimal as the registry writes codes:
/// digits only, no sign, no leading zero (but `0` itself).
#[doc(hidden)]
pub fn decimal(text: &str) -> Option<u64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if canonical { text.parse().ok() } else { None }
}
