//! [`LookupError`]: a code or a name the registry does not have.

use core::fmt;

/// The error of looking up a code (`TryFrom`, serde) or a name (`FromStr`) that the registry does
/// not have. It says which registry, and what was looked up: an integer code always; a name or a
/// string code with the `alloc` feature (on through the default `std`), since keeping text needs
/// an allocator.
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// let err = ErrorCode::try_from(999).unwrap_err();
/// assert_eq!(err.to_string(), "999 is not a code of the Nutcache API");
/// assert_eq!(err.input(), Some("999"));
///
/// let err = "NotFund".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(err.to_string(), "`NotFund` is not an error name of the Nutcache API");
/// assert!(err.is_name());
/// assert_eq!(err.registry(), "Nutcache API");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LookupError {
    looked_up: LookedUp,
    registry: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum LookedUp {
    /// An integer code, in decimal: `digits[start..]`.
    Int { digits: [u8; 20], start: u8 },
    #[cfg(feature = "alloc")]
    Code(alloc::string::String),
    #[cfg(feature = "alloc")]
    Name(alloc::string::String),
    #[cfg(not(feature = "alloc"))]
    Code,
    #[cfg(not(feature = "alloc"))]
    Name,
}

impl LookupError {
    /// No integer code `code` in the registry named `registry`.
    #[doc(hidden)]
    pub fn int(code: u64, registry: &'static str) -> Self {
        let mut digits = [0u8; 20];
        let (mut start, mut rest) = (digits.len(), code);
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        LookupError {
            // `u64::MAX` has 20 digits: `start` fits in a `u8`.
            looked_up: LookedUp::Int {
                digits,
                start: start as u8,
            },
            registry,
        }
    }

    /// No string code `code` in the registry named `registry`.
    #[doc(hidden)]
    pub fn code(code: &str, registry: &'static str) -> Self {
        #[cfg(feature = "alloc")]
        let looked_up = LookedUp::Code(code.into());
        #[cfg(not(feature = "alloc"))]
        let looked_up = {
            let _ = code;
            LookedUp::Code
        };
        LookupError {
            looked_up,
            registry,
        }
    }

    /// No name or alias `name` in the registry named `registry`.
    #[doc(hidden)]
    pub fn name(name: &str, registry: &'static str) -> Self {
        #[cfg(feature = "alloc")]
        let looked_up = LookedUp::Name(name.into());
        #[cfg(not(feature = "alloc"))]
        let looked_up = {
            let _ = name;
            LookedUp::Name
        };
        LookupError {
            looked_up,
            registry,
        }
    }

    /// What was looked up, as text: an integer code in decimal; a name or a string code with the
    /// `alloc` feature (`None` without it).
    pub fn input(&self) -> Option<&str> {
        match &self.looked_up {
            // ASCII digits.
            LookedUp::Int { digits, start } => {
                core::str::from_utf8(&digits[usize::from(*start)..]).ok()
            }
            #[cfg(feature = "alloc")]
            LookedUp::Code(s) | LookedUp::Name(s) => Some(s),
            #[cfg(not(feature = "alloc"))]
            LookedUp::Code | LookedUp::Name => None,
        }
    }

    /// Whether a name was looked up (`FromStr`), not a code.
    pub fn is_name(&self) -> bool {
        #[cfg(feature = "alloc")]
        return matches!(self.looked_up, LookedUp::Name(_));
        #[cfg(not(feature = "alloc"))]
        return matches!(self.looked_up, LookedUp::Name);
    }

    /// The name of the registry it was looked up in.
    pub const fn registry(&self) -> &'static str {
        self.registry
    }
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let registry = self.registry;
        match (&self.looked_up, self.input()) {
            (LookedUp::Int { .. }, Some(n)) => write!(f, "{n} is not a code of the {registry}"),
            (_, Some(s)) if self.is_name() => write!(
                f,
                "`{}` is not an error name of the {registry}",
                s.escape_debug()
            ),
            (_, Some(s)) => write!(f, "{s} is not a code of the {registry}"),
            (_, None) if self.is_name() => {
                write!(f, "the name is not an error name of the {registry}")
            }
            (_, None) => write!(f, "the code is not a code of the {registry}"),
        }
    }
}

impl core::error::Error for LookupError {}
