//! `http` crate interop (feature `http`): a registry's entries as `http::StatusCode`s and back,
//! by each entry's HTTP status ([`Entry::status`](crate::Entry::status)), never by its code alone.
//!
//! - When **every** entry of a registry has a status (errcodes-build checks this when it compiles
//!   the registry, and the generated code asserts it at compile time), the enum gets
//!   `From<E> for http::StatusCode`: the conversion cannot fail (`StatusCode::try_from(e)` still
//!   works, with the error type `Infallible`);
//! - otherwise it gets `TryFrom<E> for http::StatusCode`, whose error [`NoStatus`] keeps the
//!   variant. No entry is mapped to a status it does not have.
//!
//! Several entries may share a status (gRPC's `InvalidArgument`, `FailedPrecondition` and
//! `OutOfRange` are all 400): `E::from_status(status)` gives the first in table order, and
//! `E::iter().filter(|e| e.status() == Some(400))` every one.

#[cfg(feature = "http")]
use core::fmt;

#[cfg(feature = "http")]
use http::StatusCode;

#[cfg(feature = "http")]
use crate::ErrorEnum;

/// The error of converting a variant without an HTTP status into `http::StatusCode`: it keeps
/// the variant.
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
            E::REGISTRY.entry(self.0).name,
            E::REGISTRY.entry(self.0).code,
            E::REGISTRY.name
        )
    }
}

#[cfg(feature = "http")]
impl<E: ErrorEnum> core::error::Error for NoStatus<E> {}

/// `e`'s HTTP status, if it has one.
#[cfg(feature = "http")]
#[doc(hidden)]
pub fn to_status<E: ErrorEnum>(e: E) -> Result<StatusCode, NoStatus<E>> {
    E::REGISTRY
        .entry(e)
        .status
        .and_then(|s| StatusCode::from_u16(s).ok())
        .ok_or(NoStatus(e))
}

/// Implements the `http` conversions for a generated enum (feature `http` on). `all` when every
/// entry has a status: then `From<E> for StatusCode`, checked at compile time; `some`
/// otherwise: `TryFrom`.
/// The first entry of `E` in table order whose status is `status`.
#[cfg(feature = "http")]
#[doc(hidden)]
pub fn from_status<E: ErrorEnum>(status: StatusCode) -> Option<E> {
    E::REGISTRY
        .entries
        .iter()
        .find(|entry| entry.status == Some(status.as_u16()))
        .map(|entry| entry.variant)
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($E:ident: all) => {
        const _: () = {
            let entries = <$E as $crate::ErrorEnum>::REGISTRY.entries;
            let mut i = 0;
            while i < entries.len() {
                ::core::assert!(
                    entries[i].status.is_some(),
                    "errcodes: an entry of this registry has no HTTP status, but the generated code says all have"
                );
                i += 1;
            }
        };

        impl ::core::convert::From<$E> for $crate::__private::http::StatusCode {
            /// The entry's HTTP status (every entry of the registry has one).
            fn from(e: $E) -> Self {
                // Never the fallback: the `const` above proves every entry has a status.
                $crate::__private::to_status(e)
                    .unwrap_or($crate::__private::http::StatusCode::INTERNAL_SERVER_ERROR)
            }
        }

        $crate::__impl_http!(@common $E);
    };
    ($E:ident: some) => {
        impl ::core::convert::TryFrom<$E> for $crate::__private::http::StatusCode {
            type Error = $crate::NoStatus<$E>;

            /// The entry's HTTP status, or an error for an entry without one.
            fn try_from(e: $E) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::to_status(e)
            }
        }

        $crate::__impl_http!(@common $E);
    };
    (@common $E:ident) => {
        impl $E {
            /// The first entry (in table order) whose HTTP status is `status`, or `None` when no
            /// entry has it (feature `http`).
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
