//! [`__error_enum!`](crate::__error_enum): everything of a generated enum that does not depend on
//! its table, as real Rust. The generated code writes the enum, its table (`ALL`, the entries,
//! the maps) and the bodies of `index` and `from_code`, then calls this macro once.

/// Implements the accessors and traits of a generated error-code enum. Called once by the
/// generated code, after the inherent items that hold the table; not for use by hand (its shape
/// may change between versions).
///
/// The enum must have, from the generated code: the consts `ALL`, `REGISTRY_NAME`,
/// `REGISTRY_DESCRIPTION`, `ENTRIES`, `NAMES`, `BY_CODE`, `BY_NAME`, and the functions
/// `index(self) -> usize` and `from_code(code) -> Option<Self>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __error_enum {
    ($E:ident: $T:ident) => {
        impl $E {
            /// The registry code.
            #[inline]
            pub const fn code(self) -> $T {
                self as $T
            }

            /// The whole entry: code, name, text and description.
            #[inline]
            pub const fn entry(self) -> &'static $crate::Entry<Self> {
                &Self::ENTRIES[self.index()]
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

            /// The long description, Markdown, verbatim from the registry.
            #[inline]
            pub const fn description(self) -> &'static str {
                self.entry().description
            }

            /// The variant with this name (exact, case-sensitive), or `None` (O(1), no allocation).
            #[inline]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                match Self::BY_NAME.get(name) {
                    ::core::option::Option::Some(entry) => ::core::option::Option::Some(entry.code),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// Whether the code is in the HTTP client-error class, 400–499, whatever the
            /// registry's codes mean otherwise.
            #[inline]
            pub const fn is_client_error(self) -> bool {
                $crate::__private::is_client_error_code(self.code() as u64)
            }

            /// Whether the code is in the HTTP server-error class, 500–599, whatever the
            /// registry's codes mean otherwise.
            #[inline]
            pub const fn is_server_error(self) -> bool {
                $crate::__private::is_server_error_code(self.code() as u64)
            }
        }

        $crate::__error_enum!(@traits $E: $T);
        $crate::__impl_strum!($E);
        $crate::__impl_serde!($E);
    };
    (@traits $E:ident: $T:ident) => {
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
            type Err = $crate::UnknownName;

            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_name(s).ok_or_else(|| $crate::UnknownName::new(s, Self::REGISTRY_NAME))
            }
        }

        impl ::core::convert::TryFrom<$T> for $E {
            type Error = $crate::UnknownCode;

            fn try_from(code: $T) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code)
                    .ok_or($crate::UnknownCode::new(code as u64, Self::REGISTRY_NAME))
            }
        }

        impl ::core::convert::From<$E> for $T {
            fn from(e: $E) -> $T {
                e.code()
            }
        }

        impl $crate::ErrorEnum for $E {
            type Code = $T;
            const ENUM_NAME: &'static str = ::core::stringify!($E);
            const REGISTRY_NAME: &'static str = $E::REGISTRY_NAME;
            const REGISTRY_DESCRIPTION: &'static str = $E::REGISTRY_DESCRIPTION;
            const ALL: &'static [Self] = $E::ALL;

            fn entry(self) -> &'static $crate::Entry<Self> {
                $E::entry(self)
            }

            fn code(self) -> $T {
                $E::code(self)
            }

            fn from_code(code: $T) -> ::core::option::Option<Self> {
                $E::from_code(code)
            }

            fn from_name(name: &str) -> ::core::option::Option<Self> {
                $E::from_name(name)
            }
        }
    };
}

/// strum's traits for a generated enum (strum's derives, written out: they are the same for every
/// registry, and deriving them would cost large registries minutes of build).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_strum {
    ($E:ident) => {
        impl $crate::__private::strum::EnumCount for $E {
            const COUNT: usize = $E::ALL.len();
        }

        impl $crate::__private::strum::VariantArray for $E {
            const VARIANTS: &'static [Self] = $E::ALL;
        }

        impl $crate::__private::strum::VariantNames for $E {
            const VARIANTS: &'static [&'static str] = $E::NAMES;
        }

        impl $crate::__private::strum::IntoEnumIterator for $E {
            type Iterator = $crate::Iter<$E>;

            fn iter() -> $crate::Iter<$E> {
                $crate::Iter::new($E::ALL)
            }
        }

        impl ::core::convert::From<$E> for &'static str {
            fn from(code: $E) -> &'static str {
                code.name()
            }
        }

        impl<'a> ::core::convert::From<&'a $E> for &'static str {
            fn from(code: &'a $E) -> &'static str {
                code.name()
            }
        }

        impl ::core::convert::AsRef<str> for $E {
            fn as_ref(&self) -> &str {
                self.name()
            }
        }
    };
}
