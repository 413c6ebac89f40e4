//! `http` crate interop (feature `http`): a registry's codes as `http::StatusCode`s and back.
//!
//! A registry's codes need not be HTTP statuses (`0`, `70000` are fine codes). RFC 9110 §15 makes
//! a status a three-digit integer from 100 to 599, so:
//! - when **every** code of a registry is in 100–599 (errcodes-build checks this when it compiles
//!   the registry, and the generated code asserts it at compile time), the enum gets
//!   `From<E> for http::StatusCode`: the conversion cannot fail (`StatusCode::try_from(e)` still
//!   works, with the error type `Infallible`);
//! - otherwise it gets `TryFrom<E> for http::StatusCode`, whose error [`NoStatus`] keeps the
//!   variant. No code is silently mapped to a status it is not.
//!
//! Either way the enum gets `TryFrom<http::StatusCode>` (error [`UnknownCode`](crate::UnknownCode))
//! and `from_status`. `is_client_error`/`is_server_error` need no feature.

#[cfg(feature = "http")]
use core::fmt;

#[cfg(feature = "http")]
use http::StatusCode;

#[cfg(feature = "http")]
use crate::{ErrorEnum, RawCode};

/// The error of converting a variant whose code is no HTTP status (100–599) into
/// `http::StatusCode`: it keeps the variant.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, NoStatus};
///
/// let err = NoStatus(ErrorCode::NotFound);
/// assert_eq!(err.0, ErrorCode::NotFound);
/// assert_eq!(err.to_string(), "NotFound (404) of the Nutcache API has no HTTP status");
/// ```
#[cfg(feature = "http")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NoStatus<E>(pub E);

#[cfg(feature = "http")]
impl<E: ErrorEnum> fmt::Display for NoStatus<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}) of the {} has no HTTP status",
            self.0.name(),
            self.0.code(),
            E::REGISTRY_NAME
        )
    }
}

#[cfg(feature = "http")]
impl<E: ErrorEnum> core::error::Error for NoStatus<E> {}

/// `e` as an HTTP status, if its code is one (100–599).
#[cfg(feature = "http")]
#[doc(hidden)]
pub fn to_status<E: ErrorEnum>(e: E) -> Result<StatusCode, NoStatus<E>> {
    let code = e.code().to_u64();
    u16::try_from(code)
        .ok()
        .filter(|_| crate::error_enum::is_http_status(code))
        .and_then(|c| StatusCode::from_u16(c).ok())
        .ok_or(NoStatus(e))
}

/// The code whose number is `status`, if the registry has one.
#[cfg(feature = "http")]
#[doc(hidden)]
pub fn from_status<E: ErrorEnum>(status: StatusCode) -> Option<E> {
    E::from_u64(u64::from(status.as_u16()))
}

/// Implements the `http` conversions for a generated enum (feature `http` on). `all` when every
/// code is a status (100–599): then `From<E> for StatusCode`, checked at compile time; `some`
/// otherwise: `TryFrom`.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($E:ident: all) => {
        const _: () = {
            let mut i = 0;
            while i < $E::ALL.len() {
                ::core::assert!(
                    $crate::__private::is_http_status($E::ALL[i].code() as u64),
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

        $crate::__impl_http!(@common $E);
    };
    ($E:ident: some) => {
        impl ::core::convert::TryFrom<$E> for $crate::__private::http::StatusCode {
            type Error = $crate::NoStatus<$E>;

            /// The status whose number is the code, or an error for a code outside 100-599.
            fn try_from(e: $E) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::to_status(e)
            }
        }

        $crate::__impl_http!(@common $E);
    };
    (@common $E:ident) => {
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $E {
            type Error = $crate::UnknownCode;

            /// The code whose number is the status, or an error naming it.
            fn try_from(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::from_status(status).ok_or($crate::UnknownCode::new(
                    status.as_u16() as u64,
                    $E::REGISTRY_NAME,
                ))
            }
        }

        impl $E {
            /// The variant whose code is this HTTP status, or `None` when the registry has none
            /// (feature `http`).
            #[inline]
            pub fn from_status(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::option::Option<Self> {
                $crate::__private::from_status(status)
            }
        }
    };
}

/// Without the `http` feature, generated enums get no `http` conversions.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($($t:tt)*) => {};
}
