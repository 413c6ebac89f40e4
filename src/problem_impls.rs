//! `problem()` (feature `problem`) for generated enums: [`__impl_problem!`](crate::__impl_problem),
//! which expands to nothing without the feature.

/// Implements `problem()` for a generated enum (feature `problem` on).
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ($E:ident) => {
        impl $E {
            /// This code as RFC 9457 problem details (feature `problem`): `title` is its text,
            /// `detail` its description, `status` its code when that is an HTTP status; served as
            /// `application/problem+json`.
            #[inline]
            pub fn problem(self) -> $crate::problem::Problem<Self> {
                $crate::problem::Problem::new(self)
            }
        }
    };
}

/// Without the `problem` feature, generated enums get no `problem()`.
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ($($t:tt)*) => {};
}
