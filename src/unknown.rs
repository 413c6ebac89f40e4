//! The errors of looking up what a registry does not have: [`UnknownCode`], [`UnknownName`].

use core::fmt;

use crate::kept::Kept;

/// The error of looking up a code that the registry does not have (`TryFrom<u16>`, serde).
///
/// It keeps the code as text (an integer in decimal), with the limits of [`UnknownName`].
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// let err = ErrorCode::try_from(999).unwrap_err();
/// assert_eq!(err.code(), "999");
/// assert_eq!(err.to_string(), "999 is not a code of the Nutcache API");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: Kept,
    registry: &'static str,
}

impl UnknownCode {
    /// The error for `code` (a string code), which is not in the registry named `registry`.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::UnknownCode::new("BLOB_GONE", "OCI Distribution");
    /// assert_eq!(err.to_string(), "BLOB_GONE is not a code of the OCI Distribution");
    /// ```
    pub fn new(code: &str, registry: &'static str) -> Self {
        UnknownCode {
            code: Kept::new(code),
            registry,
        }
    }

    /// The error for the integer `code`, which is not in the registry named `registry`.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::UnknownCode::int(418, "Teapot API");
    /// assert_eq!(err.to_string(), "418 is not a code of the Teapot API");
    /// ```
    pub fn int(code: u64, registry: &'static str) -> Self {
        UnknownCode {
            code: Kept::int(code),
            registry,
        }
    }

    /// The code that was looked up, as text (without `alloc`, its first 64 bytes at most).
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::try_from(418).unwrap_err().code(), "418");
    /// ```
    pub fn code(&self) -> &str {
        self.code.as_str()
    }

    /// Whether [`code`](UnknownCode::code) is only the start of the code looked up (see
    /// [`UnknownName::is_truncated`]).
    ///
    /// # Example
    /// ```
    /// assert!(!errcodes::ErrorCode::try_from(418).unwrap_err().is_truncated());
    /// ```
    pub fn is_truncated(&self) -> bool {
        self.code.is_truncated()
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
        let cut = if self.is_truncated() { "…" } else { "" };
        write!(
            f,
            "{}{cut} is not a code of the {}",
            self.code().escape_debug(),
            self.registry
        )
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
    name: Kept,
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
            name: Kept::new(name),
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
        self.name.as_str()
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
        self.name.is_truncated()
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

impl core::error::Error for UnknownName {}

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
