//! [`__error_enum!`](crate::__error_enum): everything of a generated enum that does not depend on
//! its table, as real Rust. The generated code writes the enum and its `ErrorEnum` impl (the
//! table), then calls this macro once.

/// Implements the methods and traits of a generated error-code enum from its `ErrorEnum` impl.
/// Called once by the generated code; not for use by hand (its shape may change between versions).
///
/// `$E: $T`: the enum and its code type (`u16`, `u32` or `str`).
#[doc(hidden)]
#[macro_export]
macro_rules! __error_enum {
    ($E:ident: str) => {
        impl $E {
            /// The variant with this code, or `None` when the registry has none (no allocation).
            #[inline]
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                <Self as $crate::ErrorEnum>::BY_CODE.get($crate::__private::Raw::Str(code))
            }
        }

        impl<'a> ::core::convert::TryFrom<&'a str> for $E {
            type Error = $crate::LookupError;

            fn try_from(code: &'a str) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code)
                    .ok_or_else(|| $crate::LookupError::code(code, Self::REGISTRY_.name))
            }
        }

        $crate::__error_enum!(@common $E: &'static str);
    };
    ($E:ident: $T:ident) => {
        impl $E {
            /// The variant with this code, or `None` when the registry has none.
            #[inline]
            pub fn from_code(code: $T) -> ::core::option::Option<Self> {
                let code = $crate::__private::Raw::Int(::core::convert::From::from(code));
                <Self as $crate::ErrorEnum>::BY_CODE.get(code)
            }
        }

        impl ::core::convert::TryFrom<$T> for $E {
            type Error = $crate::LookupError;

            fn try_from(code: $T) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code).ok_or_else(|| {
                    $crate::LookupError::int(::core::convert::From::from(code), Self::REGISTRY_.name)
                })
            }
        }

        impl ::core::convert::From<$E> for $T {
            fn from(e: $E) -> $T {
                e.code()
            }
        }

        $crate::__error_enum!(@common $E: $T);
    };
    (@common $E:ident: $T:ty) => {
        $crate::__error_enum!(@methods $E: $T);
        $crate::__error_enum!(@traits $E);
        $crate::__impl_serde!($E);
    };
    (@methods $E:ident: $T:ty) => {
        impl $E {
            /// The registry, as generic code reads it (`<E as ErrorEnum>::REGISTRY`).
            const REGISTRY_: &'static $crate::Registry<Self> =
                <Self as $crate::ErrorEnum>::REGISTRY;

            /// How many entries the registry has.
            pub const COUNT: usize = Self::REGISTRY_.entries.len();

            /// The variant with this name or alias (exact, case-sensitive), or `None` (no
            /// allocation).
            #[inline]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::REGISTRY_.from_name(name)
            }

            /// Every variant, in table order.
            #[inline]
            pub fn iter() -> $crate::Iter<Self> {
                $crate::Iter::new()
            }

            /// The whole entry: what the registry says about this code (its status, link,
            /// category, aliases, deprecation note…).
            #[inline]
            pub const fn entry(self) -> &'static $crate::Entry<Self> {
                &Self::REGISTRY_.entries[self as usize]
            }

            /// The registry code.
            #[inline]
            pub const fn code(self) -> $T {
                self.entry().code
            }

            /// The variant name, e.g. for logs and configuration.
            #[inline]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The short text, e.g. the reason phrase.
            #[inline]
            pub const fn text(self) -> &'static str {
                self.entry().text
            }

            /// The long description, Markdown, verbatim from the registry (as plain text:
            /// `entry().description_text`).
            #[inline]
            pub const fn description(self) -> &'static str {
                self.entry().description
            }

            /// The HTTP status: the entry's `status`, or the code itself when every code of the
            /// registry is an HTTP status (100–599); `None` otherwise.
            #[inline]
            pub const fn status(self) -> ::core::option::Option<u16> {
                self.entry().status
            }

            /// Whether the HTTP status is in the client-error class, 400–499.
            #[inline]
            pub const fn is_client_error(self) -> bool {
                matches!(self.status(), ::core::option::Option::Some(400..=499))
            }

            /// Whether the HTTP status is in the server-error class, 500–599.
            #[inline]
            pub const fn is_server_error(self) -> bool {
                matches!(self.status(), ::core::option::Option::Some(500..=599))
            }

            /// The retired code `code` (`[[retired]]`: used once, given to no entry), if the
            /// registry retired it.
            #[inline]
            pub fn retired(code: $T) -> ::core::option::Option<&'static $crate::Retired<$T>> {
                Self::REGISTRY_.retired(code)
            }
        }
    };
    (@traits $E:ident) => {
        impl ::core::fmt::Debug for $E {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl ::core::fmt::Display for $E {
            /// `404 Requested Resource not Found`: the code and its text.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} {}", self.code(), self.text())
            }
        }

        impl ::core::str::FromStr for $E {
            type Err = $crate::LookupError;

            /// The variant with this name or alias.
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_name(s).ok_or_else(|| $crate::LookupError::name(s, Self::REGISTRY_.name))
            }
        }

        impl ::core::convert::From<$E> for &'static str {
            /// The variant's name (strum's `IntoStaticStr`; the code is `code()`).
            fn from(e: $E) -> &'static str {
                e.name()
            }
        }

        impl<'a> ::core::convert::From<&'a $E> for &'static str {
            fn from(e: &'a $E) -> &'static str {
                e.name()
            }
        }

        impl ::core::convert::AsRef<str> for $E {
            fn as_ref(&self) -> &str {
                self.name()
            }
        }

        impl $crate::__private::strum::EnumCount for $E {
            const COUNT: usize = $E::COUNT;
        }

        impl $crate::__private::strum::VariantNames for $E {
            const VARIANTS: &'static [&'static str] = &$crate::__private::names::<Self, { $E::COUNT }>();
        }

        impl $crate::__private::strum::IntoEnumIterator for $E {
            type Iterator = $crate::Iter<$E>;

            fn iter() -> $crate::Iter<$E> {
                $crate::Iter::new()
            }
        }
    };
}

/// The variant names of `E`, in table order (strum's `VariantNames::VARIANTS`), read from its
/// table at compile time.
#[doc(hidden)]
pub const fn names<E: crate::ErrorEnum, const N: usize>() -> [&'static str; N] {
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = E::REGISTRY.entries[i].name;
        i += 1;
    }
    names
}
