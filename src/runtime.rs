//! The hand-written runtime every generated registry uses: entries, errors, the [`ErrorEnum`] trait,
//! and the trait impls the generated code asks for through [`__impl_error_code!`](crate::__impl_error_code).

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

/// One entry of a registry: what `errors.toml` says about a code.
///
/// Every variant has one, in static memory: [`ErrorCode::info`](crate::ErrorCode::info),
/// [`BY_CODE`](crate::BY_CODE) and [`BY_NAME`](crate::BY_NAME) hand out `&'static` references.
/// With the `serde` feature it serialises as the object `{"code", "name", "text", "description"}`,
/// `code` being the integer.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, Entry};
///
/// let info: &Entry = ErrorCode::NotFound.info();
/// assert_eq!(info.code, ErrorCode::NotFound);
/// assert_eq!(info.name, "NotFound");
/// assert_eq!(info.text, "Requested Resource not Found");
/// assert!(info.description.starts_with("This code is returned"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entry<E: 'static = crate::ErrorCode> {
    /// The code, as the enum variant (its integer is `code.code()`).
    pub code: E,
    /// The variant name, e.g. `NotFound`.
    pub name: &'static str,
    /// The short text, e.g. `Requested Resource not Found`.
    pub text: &'static str,
    /// The long description, Markdown, verbatim from the registry.
    pub description: &'static str,
}

/// What every generated error-code enum is: its table, accessors and lookups, for code that works
/// with any registry (`errcodes`' own or one a crate compiles with `errcodes-build`).
///
/// The enum's inherent methods of the same names are `const` and use the registry's own code type;
/// this trait widens codes to `u32`.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, ErrorEnum};
///
/// fn describe<E: ErrorEnum>(code: u32) -> String {
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
    /// The name of the generated enum, e.g. `ErrorCode`.
    const ENUM_NAME: &'static str;
    /// The registry's name (`[registry] name`).
    const REGISTRY_NAME: &'static str;
    /// The registry's description (`[registry] description`), Markdown.
    const REGISTRY_DESCRIPTION: &'static str;
    /// Every code, in table order.
    const ALL: &'static [Self];

    /// The whole entry.
    fn info(self) -> &'static Entry<Self>;

    /// The numeric code, widened to `u32`.
    fn code(self) -> u32;

    /// The variant name.
    fn name(self) -> &'static str {
        self.info().name
    }

    /// The short text.
    fn text(self) -> &'static str {
        self.info().text
    }

    /// The long description, Markdown.
    fn description(self) -> &'static str {
        self.info().description
    }

    /// The code with this number, if the registry has it.
    fn from_code(code: u32) -> Option<Self>;

    /// The code with this variant name (exact), if the registry has it.
    fn from_name(name: &str) -> Option<Self>;

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
        is_client_error_code(self.code())
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
        is_server_error_code(self.code())
    }
}

/// Whether `code` is an HTTP status code: 100–599 (RFC 9110 §15).
#[doc(hidden)]
pub const fn is_http_status(code: u32) -> bool {
    matches!(code, 100..=599)
}

/// Whether `code` is in the client-error class, 400–499.
#[doc(hidden)]
pub const fn is_client_error_code(code: u32) -> bool {
    matches!(code, 400..=499)
}

/// Whether `code` is in the server-error class, 500–599.
#[doc(hidden)]
pub const fn is_server_error_code(code: u32) -> bool {
    matches!(code, 500..=599)
}

/// The error of looking up a number that is not a code of the registry (`TryFrom<u16>`, serde).
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// let err = ErrorCode::try_from(999).unwrap_err();
/// assert_eq!(err.code(), 999);
/// assert_eq!(err.to_string(), "999 is not a code of the Nutcache API");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: u32,
    registry: &'static str,
}

impl UnknownCode {
    /// The error for `code`, which is not in the registry named `registry`.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::UnknownCode::new(418, "Teapot API");
    /// assert_eq!(err.to_string(), "418 is not a code of the Teapot API");
    /// ```
    pub const fn new(code: u32, registry: &'static str) -> Self {
        UnknownCode { code, registry }
    }

    /// The number that was looked up.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::try_from(418).unwrap_err().code(), 418);
    /// ```
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The name of the registry it was looked up in.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::try_from(418).unwrap_err().registry(), "Nutcache API");
    /// ```
    pub const fn registry(&self) -> &'static str {
        self.registry
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a code of the {}", self.code, self.registry)
    }
}

impl core::error::Error for UnknownCode {}

/// The error of parsing a name that is not a variant of the registry (`FromStr`).
///
/// It keeps the name that was looked up. With the `alloc` feature (on through the default `std`)
/// it keeps all of it; without an allocator it keeps the first 64 bytes (cut at a character
/// boundary), and [`is_truncated`](UnknownName::is_truncated) and the message say so.
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// let err = "NotFund".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(err.name(), "NotFund");
/// assert!(!err.is_truncated());
/// assert_eq!(err.to_string(), "`NotFund` is not an error name of the Nutcache API");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownName {
    #[cfg(feature = "alloc")]
    name: alloc::string::String,
    #[cfg(not(feature = "alloc"))]
    name: InlineName,
    registry: &'static str,
}

impl UnknownName {
    /// The error for `name`, which is not in the registry named `registry`.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::UnknownName::new("Nope", "Example API");
    /// assert_eq!(err.to_string(), "`Nope` is not an error name of the Example API");
    /// ```
    pub fn new(name: &str, registry: &'static str) -> Self {
        UnknownName {
            #[cfg(feature = "alloc")]
            name: alloc::string::String::from(name),
            #[cfg(not(feature = "alloc"))]
            name: InlineName::new(name),
            registry,
        }
    }

    /// The name that was looked up (without `alloc`, its first 64 bytes at most).
    ///
    /// # Example
    /// ```
    /// let err = "Nope".parse::<errcodes::ErrorCode>().unwrap_err();
    /// assert_eq!(err.name(), "Nope");
    /// ```
    pub fn name(&self) -> &str {
        #[cfg(feature = "alloc")]
        return &self.name;
        #[cfg(not(feature = "alloc"))]
        return self.name.as_str();
    }

    /// Whether [`name`](UnknownName::name) is only the start of the name looked up: never with
    /// the `alloc` feature; without it, when the name was longer than 64 bytes.
    ///
    /// # Example
    /// ```
    /// let err = "Nope".parse::<errcodes::ErrorCode>().unwrap_err();
    /// assert!(!err.is_truncated());
    /// ```
    pub fn is_truncated(&self) -> bool {
        #[cfg(feature = "alloc")]
        return false;
        #[cfg(not(feature = "alloc"))]
        return self.name.truncated;
    }

    /// The name of the registry it was looked up in.
    ///
    /// # Example
    /// ```
    /// let err = "Nope".parse::<errcodes::ErrorCode>().unwrap_err();
    /// assert_eq!(err.registry(), "Nutcache API");
    /// ```
    pub const fn registry(&self) -> &'static str {
        self.registry
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cut = if self.is_truncated() { "…" } else { "" };
        write!(
            f,
            "`{}{cut}` is not an error name of the {}",
            self.name().escape_debug(),
            self.registry
        )
    }
}

/// The start of an unknown name, kept without an allocator.
#[cfg(not(feature = "alloc"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct InlineName {
    bytes: [u8; InlineName::CAPACITY],
    len: u8,
    truncated: bool,
}

#[cfg(not(feature = "alloc"))]
impl InlineName {
    const CAPACITY: usize = 64;

    fn new(name: &str) -> Self {
        let mut len = name.len().min(Self::CAPACITY);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        InlineName {
            bytes,
            len: len as u8,
            truncated: len < name.len(),
        }
    }

    fn as_str(&self) -> &str {
        // The bytes are a prefix of a `&str` cut at a character boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl core::error::Error for UnknownName {}

/// Implements the traits of a generated error-code enum. Called once by the generated code; not
/// for use by hand (its shape may change between versions).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_error_code {
    ($E:ident, $T:ident, $by_code:ident, $by_name:ident) => {
        impl ::core::fmt::Display for $E {
            /// `404 Requested Resource not Found`: the code and its text.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} {}", self.code(), self.text())
            }
        }

        impl ::core::str::FromStr for $E {
            type Err = $crate::UnknownName;

            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(s) {
                    ::core::option::Option::Some(e) => ::core::result::Result::Ok(e),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::UnknownName::new(s, Self::REGISTRY_NAME),
                    ),
                }
            }
        }

        impl ::core::convert::TryFrom<$T> for $E {
            type Error = $crate::UnknownCode;

            fn try_from(code: $T) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(e) => ::core::result::Result::Ok(e),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::UnknownCode::new(
                            ::core::convert::From::from(code),
                            Self::REGISTRY_NAME,
                        ))
                    }
                }
            }
        }

        impl ::core::convert::From<$E> for $T {
            fn from(e: $E) -> $T {
                e.code()
            }
        }

        impl $crate::ErrorEnum for $E {
            const ENUM_NAME: &'static str = ::core::stringify!($E);
            const REGISTRY_NAME: &'static str = $E::REGISTRY_NAME;
            const REGISTRY_DESCRIPTION: &'static str = $E::REGISTRY_DESCRIPTION;
            const ALL: &'static [Self] = $E::ALL;

            fn info(self) -> &'static $crate::Entry<Self> {
                $E::info(self)
            }

            fn code(self) -> u32 {
                ::core::convert::From::from($E::code(self))
            }

            fn from_code(code: u32) -> ::core::option::Option<Self> {
                match <$T as ::core::convert::TryFrom<u32>>::try_from(code) {
                    ::core::result::Result::Ok(code) => $E::from_code(code),
                    ::core::result::Result::Err(_) => ::core::option::Option::None,
                }
            }

            fn from_name(name: &str) -> ::core::option::Option<Self> {
                $E::from_name(name)
            }
        }

        $crate::__impl_serde!($E);
        $crate::__impl_schemars!($E);
    };
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::{String, ToString};

    use super::UnknownName;

    /// 70 bytes, with a 2-byte character over byte 64.
    fn long_name() -> String {
        let name = "x".repeat(63) + "é" + "yyyyy";
        assert_eq!(name.len(), 70);
        name
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn with_alloc_the_whole_name_is_kept() {
        let err = UnknownName::new(&long_name(), "R");
        assert_eq!(err.name(), long_name());
        assert!(!err.is_truncated());
        assert_eq!(
            err.to_string(),
            std::format!("`{}` is not an error name of the R", long_name())
        );
    }

    #[cfg(not(feature = "alloc"))]
    #[test]
    fn without_alloc_the_name_is_cut_at_a_char_boundary_and_marked() {
        let err = UnknownName::new(&long_name(), "R");
        // Byte 64 is inside `é` (bytes 63..65), so the kept prefix is the 63 `x`.
        assert_eq!(err.name(), "x".repeat(63));
        assert!(err.is_truncated());
        assert_eq!(
            err.to_string(),
            std::format!("`{}…` is not an error name of the R", "x".repeat(63))
        );
        let short = UnknownName::new("Nope\"", "R");
        assert_eq!(short.name(), "Nope\"");
        assert!(!short.is_truncated());
        assert_eq!(
            short.to_string(),
            "`Nope\\\"` is not an error name of the R"
        );
        let exact = "z".repeat(64);
        let err = UnknownName::new(&exact, "R");
        assert_eq!(err.name(), exact);
        assert!(!err.is_truncated());
    }
}
