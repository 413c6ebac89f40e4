//! [`Entry`]: what a registry says about one code; [`Retired`]: a code it no longer gives.

use crate::ErrorEnum;

/// One entry of a registry: what `errors.toml` says about a code.
///
/// `E::entry()`, `E::BY_CODE.get(…)` and `E::BY_NAME.get(…)` give it by value: it is a few
/// references into the registry's static tables, built when asked for (each accessor of the enum,
/// `e.text()` say, reads its own value without building the entry). With the `serde` feature it serialises as an object under the
/// `errors.toml` key names: `{"code", "name", "text", "description"}`, then each optional key the
/// entry has (`status` when the registry writes statuses, `retryable` when true, `category`,
/// `url`, `aliases`, `deprecated`).
///
/// # Example
/// ```
/// use errcodes::{Entry, ErrorCode};
///
/// let entry: Entry<ErrorCode> = ErrorCode::NotFound.entry();
/// assert_eq!(entry.code, 404);
/// assert_eq!(entry.variant(), ErrorCode::NotFound);
/// assert_eq!(entry.name, "NotFound");
/// assert_eq!(entry.text, "Requested Resource not Found");
/// assert!(entry.description.starts_with("This code is returned"));
/// assert_eq!(entry.status, Some(404));
/// assert!(!entry.retryable);
/// ```
///
/// An entry holds its code as the registry writes it and its position in the table;
/// [`Entry::variant`] gives the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entry<E: ErrorEnum> {
    /// The registry code, as `errors.toml` writes it: `404`, `"42P01"`.
    pub code: E::Code,
    /// The entry's position in the table: its variant's discriminant, and the argument of
    /// `E::from_index`.
    pub index: usize,
    /// The variant name, e.g. `NotFound`.
    pub name: &'static str,
    /// The short text, e.g. `Requested Resource not Found`.
    pub text: &'static str,
    /// The long description, Markdown, verbatim from the registry.
    pub description: &'static str,
    /// The HTTP status of the entry: its `status` key, or else the code itself when every code of
    /// the registry is an integer from 100 to 599; `None` otherwise.
    pub status: Option<u16>,
    /// Whether a request that failed with this code may succeed when tried again.
    pub retryable: bool,
    /// A label grouping entries (a SQLSTATE class, an API area).
    pub category: Option<&'static str>,
    /// The entry's documentation link: its `url` key, or the registry's template filled in.
    pub url: Option<&'static str>,
    /// Other names the entry is looked up by (old names, catalogue symbols).
    pub aliases: &'static [&'static str],
    /// Why the entry is deprecated and what to use instead; `None` when it is not.
    pub deprecated: Option<&'static str>,
}

impl<E: ErrorEnum> Entry<E> {
    /// The variant of this entry.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::BY_NAME.get("NotFound").unwrap().variant(), ErrorCode::NotFound);
    /// ```
    #[inline]
    pub fn variant(&self) -> E {
        match E::from_index(self.index) {
            Some(e) => e,
            // The generated tables give every entry its own position.
            None => unreachable!("an entry's index is the position of its variant"),
        }
    }
}

/// A code the registry used once and will never give to another entry (`[[retired]]`).
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// // The Nutcache API retires no code.
/// assert!(ErrorCode::RETIRED.is_empty());
/// let retired = errcodes::Retired { code: 306, name: Some("SwitchProxy"), note: "Unused." };
/// assert_eq!(retired.code, 306);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Retired<C: 'static> {
    /// The code.
    pub code: C,
    /// The name it had, if the registry says.
    pub name: Option<&'static str>,
    /// Why it is retired.
    pub note: &'static str,
}
