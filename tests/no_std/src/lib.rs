//! A `#![no_std]` crate using the errcodes core: the generated enum, its accessors, lookups and
//! `phf` maps, `FromStr` and `Display`, all without `std` or an allocator. CI builds it for
//! `thumbv7em-none-eabihf` (a target without `std`), so anything in `errcodes` or in the generated
//! code that needs `std` fails that build.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use core::fmt::Write as _;

use errcodes::ErrorEnum;

include!(concat!(env!("OUT_DIR"), "/errors.rs"));

/// A second registry: `u32` codes, its own enum name.
pub mod storage {
    include!(concat!(env!("OUT_DIR"), "/storage.rs"));
}

/// A fixed-size text buffer, standing in for a UART or a log line on a device.
pub struct Line {
    buf: [u8; 128],
    len: usize,
}

impl Line {
    /// An empty line.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes_no_std_check::Line::new().as_str(), "");
    /// ```
    pub const fn new() -> Self {
        Line {
            buf: [0; 128],
            len: 0,
        }
    }

    /// What was written.
    ///
    /// # Example
    /// ```
    /// use core::fmt::Write;
    /// let mut line = errcodes_no_std_check::Line::new();
    /// write!(line, "{}", 42).unwrap();
    /// assert_eq!(line.as_str(), "42");
    /// ```
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl Default for Line {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Write for Line {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(core::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Explains `code` in `line` the way a device would log it: `404 Requested Resource not Found`,
/// or `unknown 999` when the registry has no such code. Returns the code, if known.
///
/// # Example
/// ```
/// use errcodes_no_std_check::{ErrorCode, Line, explain};
/// let mut line = Line::new();
/// assert_eq!(explain(429, &mut line), Some(ErrorCode::TooManyRequests));
/// assert_eq!(line.as_str(), "429 Too Many Requests");
/// ```
pub fn explain(code: u16, line: &mut Line) -> Option<ErrorCode> {
    let e = ErrorCode::from_code(code);
    let _ = match e {
        Some(e) => write!(line, "{e}"),
        None => write!(line, "unknown {code}"),
    };
    e
}

/// Every core lookup agrees with every other, for both registries (`true` when they all do).
///
/// # Example
/// ```
/// assert!(errcodes_no_std_check::lookups_agree());
/// ```
pub fn lookups_agree() -> bool {
    let u16_ok = ErrorCode::iter().all(|e| {
        ErrorCode::from_code(e.code()) == Some(e)
            && ErrorCode::from_name(e.name()) == Some(e)
            && e.name().parse::<ErrorCode>() == Ok(e)
            && ErrorCode::try_from(e.code()) == Ok(e)
            && <ErrorCode as ErrorEnum>::REGISTRY.from_code(e.code()) == Some(e)
            && <ErrorCode as ErrorEnum>::REGISTRY.from_name(e.name()) == Some(e)
            && e.entry().variant == e
    });
    let u32_ok = storage::StorageError::iter().all(|e| {
        storage::StorageError::from_code(e.code()) == Some(e)
            && <storage::StorageError as ErrorEnum>::REGISTRY.from_code(e.code()) == Some(e)
            && storage::StorageError::from_name(e.name()) == Some(e)
    });
    u16_ok
        && u32_ok
        && ErrorCode::iter().nth(ErrorCode::COUNT).is_none()
        && ErrorCode::iter().nth(ErrorCode::COUNT - 1).is_some()
}

/// The code with this name, or the error naming what was not found (no allocator needed).
///
/// # Example
/// ```
/// use errcodes_no_std_check::{ErrorCode, parse_name};
/// assert_eq!(parse_name("NotFound"), Ok(ErrorCode::NotFound));
/// assert!(parse_name("Nope").unwrap_err().is_name());
/// ```
pub fn parse_name(name: &str) -> Result<ErrorCode, errcodes::LookupError> {
    name.parse()
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn explains_known_and_unknown_codes() {
        let mut line = Line::new();
        assert_eq!(explain(404, &mut line), Some(ErrorCode::NotFound));
        assert_eq!(line.as_str(), "404 Requested Resource not Found");
        let mut line = Line::new();
        assert_eq!(explain(999, &mut line), None);
        assert_eq!(line.as_str(), "unknown 999");
    }

    #[test]
    fn lookups_agree_for_both_registries() {
        assert!(lookups_agree());
        assert_eq!(
            storage::StorageError::from_code(4_000_000_000),
            Some(storage::StorageError::Corrupt)
        );
    }

    #[test]
    fn unknown_names_say_what_was_not_found() {
        let err = parse_name("NotFund").unwrap_err();
        assert!(err.is_name());
        assert_eq!(err.registry(), "Nutcache API");
        // The name itself is kept when errcodes has an allocator (its `alloc` feature).
        assert!(matches!(err.input(), None | Some("NotFund")));
        assert!(
            err.to_string()
                .ends_with("is not an error name of the Nutcache API")
        );
    }
}
