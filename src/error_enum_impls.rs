//! [`__error_enum!`](crate::__error_enum): everything of a generated enum that does not depend on
//! its table, as real Rust. The generated code writes the enum, its table (`RETIRED`, the entries,
//! the names, the maps) and the bodies of `from_index` and, for integer codes, `from_code`; then
//! calls this macro once.

/// Implements the accessors and traits of a generated error-code enum. Called once by the
/// generated code, after the inherent items that hold the table; not for use by hand (its shape
/// may change between versions).
///
/// `$E: $T, $written`: the enum, its code type (`u16`, `u32` or `str`) and whether the registry
/// writes `status` keys. The enum must have, from the generated code: variants whose
/// discriminants are their positions in the table, the consts `RETIRED`, `REGISTRY_NAME`,
/// `REGISTRY_DESCRIPTION`, `RECORDS` (the entries' [`Records`](crate::__private::Records)),
/// `NAMES`, `NAME_KEYS` (the names, then the aliases), `ALIAS_POSITIONS` (each alias's position in
/// the table), `find_name(&str) -> Option<usize>` (a key's index in `NAME_KEYS`),
/// `BY_CODE`, `BY_NAME`, the function `from_index(usize) -> Option<Self>`, and for integer codes
/// `from_code(code) -> Option<Self>`; for string codes `find_code(&str) -> Option<usize>` (a code's
/// position).
#[doc(hidden)]
#[macro_export]
macro_rules! __error_enum {
    ($E:ident: str, $written:literal) => {
        impl $E {
            /// The registry code.
            #[inline]
            pub const fn code(self) -> &'static str {
                Self::RECORDS.string(self.index(), $crate::__private::Records::CODE)
            }

            /// The variant with this code, or `None` when the registry has none (O(1), no
            /// allocation).
            #[inline]
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                // `find_code` finds the codes in table order: a key's index is its position.
                match Self::find_code(code) {
                    ::core::option::Option::Some(position) => Self::from_index(position),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }

        impl<'a> ::core::convert::TryFrom<&'a str> for $E {
            type Error = $crate::UnknownCode;

            fn try_from(code: &'a str) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code).ok_or_else(|| $crate::UnknownCode::new(code, Self::REGISTRY_NAME))
            }
        }

        impl ::core::convert::From<$E> for &'static str {
            /// The variant's name (strum's `IntoStaticStr`; the code is `code()`).
            fn from(code: $E) -> &'static str {
                code.name()
            }
        }

        $crate::__error_enum!(@common $E: &'static str, $written, |code| $E::from_code(code));
    };
    ($E:ident: $T:ident, $written:literal) => {
        impl $E {
            /// The registry code.
            #[inline]
            pub const fn code(self) -> $T {
                // The generator writes codes that fit `$T`.
                Self::RECORDS.int_code(self.index()) as $T
            }
        }

        impl ::core::convert::TryFrom<$T> for $E {
            type Error = $crate::UnknownCode;

            fn try_from(code: $T) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code).ok_or_else(|| $crate::UnknownCode::int(code as u64, Self::REGISTRY_NAME))
            }
        }

        impl ::core::convert::From<$E> for $T {
            fn from(e: $E) -> $T {
                e.code()
            }
        }

        impl ::core::convert::From<$E> for &'static str {
            /// The variant's name (strum's `IntoStaticStr`).
            fn from(code: $E) -> &'static str {
                code.name()
            }
        }

        $crate::__error_enum!(@common $E: $T, $written, |code| {
            match $crate::__private::decimal(code) {
                ::core::option::Option::Some(n) => <$E as $crate::ErrorEnum>::from_u64(n),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        });
    };
    (@common $E:ident: $T:ty, $written:literal, |$code:ident| $from_code_str:expr) => {
        $crate::__error_enum!(@accessors $E);
        $crate::__error_enum!(@traits $E: $T, $written, |$code| $from_code_str);
        $crate::__impl_strum!($E);
        $crate::__impl_serde!($E);
    };
    (@accessors $E:ident) => {
        impl $E {
            /// How many entries the registry has.
            pub const COUNT: usize = Self::NAMES.len();

            /// The position of this code in the table (its discriminant), from 0 to
            /// `COUNT - 1`.
            #[inline]
            pub const fn index(self) -> usize {
                self as usize
            }

            /// Every variant, in table order.
            #[inline]
            pub fn iter() -> $crate::Iter<Self> {
                $crate::Iter::new()
            }

            /// The whole entry: what the registry says about this code.
            #[inline]
            pub const fn entry(self) -> $crate::Entry<Self> {
                $crate::Entry {
                    code: self.code(),
                    index: self.index(),
                    name: self.name(),
                    text: self.text(),
                    description: self.description(),
                    status: self.status(),
                    retryable: self.retryable(),
                    category: self.category(),
                    url: self.url(),
                    aliases: self.aliases(),
                    deprecated: self.deprecated(),
                }
            }

            /// The variant name, e.g. for logs and configuration.
            #[inline]
            pub const fn name(self) -> &'static str {
                Self::NAMES[self.index()]
            }

            /// The short text, e.g. the reason phrase.
            #[inline]
            pub const fn text(self) -> &'static str {
                Self::RECORDS.string(self.index(), $crate::__private::Records::TEXT)
            }

            /// The long description, Markdown, verbatim from the registry.
            #[inline]
            pub const fn description(self) -> &'static str {
                Self::RECORDS.string(self.index(), $crate::__private::Records::DESCRIPTION)
            }

            /// The description as plain text: its words without Markdown markup or HTML tags, each
            /// link's target after its text (an RFC 9457 problem's `detail`, a log line).
            #[inline]
            pub const fn description_text(self) -> &'static str {
                Self::RECORDS.string(self.index(), $crate::__private::Records::DESCRIPTION_TEXT)
            }

            /// The HTTP status: the entry's `status`, or the code itself when every code of the
            /// registry is an HTTP status (100–599); `None` otherwise.
            #[inline]
            pub const fn status(self) -> ::core::option::Option<u16> {
                Self::RECORDS.status(self.index())
            }

            /// The documentation link: the entry's `url`, or the registry's template filled in.
            #[inline]
            pub const fn url(self) -> ::core::option::Option<&'static str> {
                Self::RECORDS.optional(self.index(), $crate::__private::Records::URL)
            }

            /// Whether a request that failed with this code may succeed when tried again.
            #[inline]
            pub const fn retryable(self) -> bool {
                Self::RECORDS.retryable(self.index())
            }

            /// A label grouping entries (a SQLSTATE class, an API area).
            #[inline]
            pub const fn category(self) -> ::core::option::Option<&'static str> {
                Self::RECORDS.optional(self.index(), $crate::__private::Records::CATEGORY)
            }

            /// Other names the entry is looked up by.
            #[inline]
            pub const fn aliases(self) -> &'static [&'static str] {
                // `NAME_KEYS` is the names in table order, then the aliases.
                Self::RECORDS.aliases(self.index(), Self::NAME_KEYS.split_at(Self::COUNT).1)
            }

            /// Why the entry is deprecated and what to use instead; `None` when it is not.
            #[inline]
            pub const fn deprecated(self) -> ::core::option::Option<&'static str> {
                Self::RECORDS.optional(self.index(), $crate::__private::Records::DEPRECATED)
            }

            /// The variant with this name or alias (exact, case-sensitive), or `None` (O(1), no
            /// allocation).
            #[inline]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                // `NAME_KEYS` is the names in table order, then the aliases.
                let key = match Self::find_name(name) {
                    ::core::option::Option::Some(key) => key,
                    ::core::option::Option::None => return ::core::option::Option::None,
                };
                let position = match key.checked_sub(Self::COUNT) {
                    ::core::option::Option::None => key,
                    ::core::option::Option::Some(alias) => Self::ALIAS_POSITIONS[alias] as usize,
                };
                Self::from_index(position)
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
        }
    };
    (@traits $E:ident: $T:ty, $written:literal, |$code:ident| $from_code_str:expr) => {
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

            /// The variant with this name or alias.
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_name(s).ok_or_else(|| $crate::UnknownName::new(s, Self::REGISTRY_NAME))
            }
        }

        impl $crate::ErrorEnum for $E {
            type Code = $T;
            const STATUS_WRITTEN: bool = $written;
            const ENUM_NAME: &'static str = ::core::stringify!($E);
            const REGISTRY_NAME: &'static str = $E::REGISTRY_NAME;
            const REGISTRY_DESCRIPTION: &'static str = $E::REGISTRY_DESCRIPTION;
            const COUNT: usize = $E::COUNT;
            const RETIRED: &'static [$crate::Retired<$T>] = $E::RETIRED;

            fn entry(self) -> $crate::Entry<Self> {
                $E::entry(self)
            }

            fn name(self) -> &'static str {
                $E::name(self)
            }

            fn text(self) -> &'static str {
                $E::text(self)
            }

            fn description(self) -> &'static str {
                $E::description(self)
            }

            fn status(self) -> ::core::option::Option<u16> {
                $E::status(self)
            }

            fn url(self) -> ::core::option::Option<&'static str> {
                $E::url(self)
            }

            fn retryable(self) -> bool {
                $E::retryable(self)
            }

            fn category(self) -> ::core::option::Option<&'static str> {
                $E::category(self)
            }

            fn aliases(self) -> &'static [&'static str] {
                $E::aliases(self)
            }

            fn deprecated(self) -> ::core::option::Option<&'static str> {
                $E::deprecated(self)
            }

            fn code(self) -> $T {
                $E::code(self)
            }

            fn index(self) -> usize {
                $E::index(self)
            }

            fn from_index(index: usize) -> ::core::option::Option<Self> {
                $E::from_index(index)
            }

            fn from_code(code: $T) -> ::core::option::Option<Self> {
                $E::from_code(code)
            }

            fn from_code_str($code: &str) -> ::core::option::Option<Self> {
                $from_code_str
            }

            fn from_name(name: &str) -> ::core::option::Option<Self> {
                $E::from_name(name)
            }

            fn description_text(self) -> &'static str {
                $E::description_text(self)
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
            const COUNT: usize = $E::COUNT;
        }

        impl $crate::__private::strum::VariantNames for $E {
            const VARIANTS: &'static [&'static str] = $E::NAMES;
        }

        impl $crate::__private::strum::IntoEnumIterator for $E {
            type Iterator = $crate::Iter<$E>;

            fn iter() -> $crate::Iter<$E> {
                $crate::Iter::new()
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
