//! `http` crate interop (feature `http`): a registry's codes as `http::StatusCode`s and back.
//!
//! A registry's codes need not be HTTP statuses (`0`, `70000` are fine codes). RFC 9110 §15 makes
//! a status a three-digit integer from 100 to 599, so:
//! - when **every** code of a registry is in 100–599 (errcodes-build checks this when it compiles
//!   the registry, and the generated code asserts it at compile time), the enum gets
//!   `From<E> for http::StatusCode`: the conversion cannot fail (`StatusCode::try_from(e)` still
//!   works, with the error type `Infallible`);
//! - otherwise it gets `TryFrom<E> for http::StatusCode`, whose error [`NotHttpStatus`] names the
//!   code. No code is silently mapped to a status it is not.
//!
//! Either way the enum gets `TryFrom<http::StatusCode>` (error [`UnknownCode`](crate::UnknownCode))
//! and `from_status`. `is_client_error`/`is_server_error` need no feature.

use core::fmt;

use http::StatusCode;

use crate::ErrorEnum;

/// The error of converting a code that is not an HTTP status (100–599) into `http::StatusCode`.
///
/// # Example
/// ```
/// let err = errcodes::NotHttpStatus::new(70000, "Storage");
/// assert_eq!(err.code(), 70000);
/// assert_eq!(err.to_string(), "code 70000 of the Storage is not an HTTP status (100-599)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NotHttpStatus {
    code: u32,
    registry: &'static str,
}

impl NotHttpStatus {
    /// The error for `code` of the registry named `registry`.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::NotHttpStatus::new(0, "Acme API");
    /// assert_eq!(err.registry(), "Acme API");
    /// ```
    pub const fn new(code: u32, registry: &'static str) -> Self {
        NotHttpStatus { code, registry }
    }

    /// The code that is not a status.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::NotHttpStatus::new(0, "Acme API").code(), 0);
    /// ```
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The name of the registry the code belongs to.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::NotHttpStatus::new(0, "Acme API").registry(), "Acme API");
    /// ```
    pub const fn registry(&self) -> &'static str {
        self.registry
    }
}

impl fmt::Display for NotHttpStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "code {} of the {} is not an HTTP status (100-599)",
            self.code, self.registry
        )
    }
}

impl core::error::Error for NotHttpStatus {}

/// `e` as an HTTP status, if its code is one (100–599).
#[doc(hidden)]
pub fn to_status<E: ErrorEnum>(e: E) -> Result<StatusCode, NotHttpStatus> {
    let code = e.code();
    u16::try_from(code)
        .ok()
        .filter(|_| crate::runtime::is_http_status(code))
        .and_then(|c| StatusCode::from_u16(c).ok())
        .ok_or(NotHttpStatus::new(code, E::REGISTRY_NAME))
}

/// The code whose number is `status`, if the registry has one.
#[doc(hidden)]
pub fn from_status<E: ErrorEnum>(status: StatusCode) -> Option<E> {
    E::from_code(u32::from(status.as_u16()))
}

/// Implements the `http` conversions for a generated enum (feature `http` on). `all` when every
/// code is a status (100–599): then `From<E> for StatusCode`, checked at compile time; `some`
/// otherwise: `TryFrom`. The doc attributes are those of `from_status`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($E:ident: all; $(#[$doc:meta])*) => {
        const _: () = {
            let mut i = 0;
            while i < $E::ALL.len() {
                ::core::assert!(
                    $crate::__private::is_http_status($E::ALL[i].code() as u32),
                    "errcodes: a code of this registry is not an HTTP status, but the generated code says all are"
                );
                i += 1;
            }
        };

        impl ::core::convert::From<$E> for $crate::__private::http::StatusCode {
            /// The status whose number is the code (every code of the registry is one).
            fn from(e: $E) -> Self {
                // Never the fallback: the `const` above proves every code is 100-599.
                $crate::__private::to_status(e)
                    .unwrap_or($crate::__private::http::StatusCode::INTERNAL_SERVER_ERROR)
            }
        }

        $crate::__impl_http!(@common $E; $(#[$doc])*);
    };
    ($E:ident: some; $(#[$doc:meta])*) => {
        impl ::core::convert::TryFrom<$E> for $crate::__private::http::StatusCode {
            type Error = $crate::NotHttpStatus;

            /// The status whose number is the code, or an error for a code outside 100-599.
            fn try_from(e: $E) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::to_status(e)
            }
        }

        $crate::__impl_http!(@common $E; $(#[$doc])*);
    };
    (@common $E:ident; $(#[$doc:meta])*) => {
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $E {
            type Error = $crate::UnknownCode;

            /// The code whose number is the status, or an error naming it.
            fn try_from(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::from_status(status).ok_or($crate::UnknownCode::new(
                    ::core::convert::From::from(status.as_u16()),
                    $E::REGISTRY_NAME,
                ))
            }
        }

        impl $E {
            $(#[$doc])*
            #[inline]
            pub fn from_status(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::option::Option<Self> {
                $crate::__private::from_status(status)
            }
        }
    };
}
