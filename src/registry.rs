//! [`Registry`]: the table an enum was generated from, as generic code reads it.

use crate::{Entry, ErrorEnum, RawCode, Retired};

/// A registry: its name and description, its entries in table order, its retired codes, and the
/// `phf` map of its names. Every generated enum `E` has one, `E::REGISTRY`
/// ([`ErrorEnum::REGISTRY`]); code that works with any registry reads it, code that knows its
/// enum calls the enum's own methods (`ErrorCode::from_code`, `e.text()`).
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, ErrorEnum, Registry};
///
/// fn describe<E: ErrorEnum>(code: E::Code) -> String {
///     let registry: &Registry<E> = E::REGISTRY;
///     match registry.from_code(code) {
///         Some(e) => format!("{e}: {}", registry.entry(e).description),
///         None => format!("{code} is not a code of the {}", registry.name),
///     }
/// }
/// assert!(describe::<ErrorCode>(429).starts_with("429 Too Many Requests: This code appears"));
/// assert_eq!(describe::<ErrorCode>(999), "999 is not a code of the Nutcache API");
/// assert_eq!(ErrorCode::REGISTRY.entries.len(), 6);
/// ```
#[derive(Debug)]
pub struct Registry<E: ErrorEnum> {
    /// The registry's name (`[registry] name`), e.g. `Nutcache API`.
    pub name: &'static str,
    /// The registry's description (`[registry] description`), Markdown.
    pub description: &'static str,
    /// The name of the generated enum, e.g. `ErrorCode`.
    pub enum_name: &'static str,
    /// Whether the registry writes `status` keys (else statuses, if any, are implied by the
    /// codes): a serialised entry carries its status only then, as `errors.toml` does.
    pub writes_status: bool,
    /// The entries, in table order: `entries[e.index()]` is `e`'s.
    pub entries: &'static [Entry<E>],
    /// The codes the registry used once and gives to no entry (`[[retired]]`).
    pub retired: &'static [Retired<E::Code>],
    /// Each name's and alias's position in `entries`. Written by the generator; not a public API.
    #[doc(hidden)]
    pub by_name: phf::Map<&'static str, u32>,
    /// The JSON Schemas of the codes and entries, `{"code": …, "entry": …}`, made by
    /// errcodes-build (feature `schemars`). Written by the generator; not a public API.
    #[doc(hidden)]
    pub schemas: &'static str,
}

impl<E: ErrorEnum> Registry<E> {
    /// The entry of `e`.
    #[inline]
    pub fn entry(&self, e: E) -> &'static Entry<E> {
        // Every variant's position is an index of `entries` (the generator writes one row each).
        &self.entries[e.index()]
    }

    /// The variant with this code, or `None` when the registry has none.
    #[inline]
    pub fn from_code(&self, code: E::Code) -> Option<E> {
        self.find(code.raw())
    }

    /// The variant with this name or alias (exact, case-sensitive), or `None`.
    #[inline]
    pub fn from_name(&self, name: &str) -> Option<E> {
        self.at(*self.by_name.get(name)?)
    }

    /// The retired code `code`, if the registry retired it.
    pub fn retired(&self, code: E::Code) -> Option<&'static Retired<E::Code>> {
        self.retired.iter().find(|r| r.code == code)
    }

    /// The variant whose code is `raw` (an integer or a string as read from the wire).
    #[doc(hidden)]
    #[inline]
    pub fn find(&self, raw: crate::__private::Raw<'_>) -> Option<E> {
        E::BY_CODE.get(raw)
    }

    /// The variant at `position` in `entries`.
    #[inline]
    pub(crate) fn at(&self, position: u32) -> Option<E> {
        Some(self.entries.get(usize::try_from(position).ok()?)?.variant)
    }
}
