//! [`Entry`]: what a registry says about one code; [`Retired`]: a code it no longer gives.

use crate::ErrorEnum;

/// One entry of a registry: what `errors.toml` says about a code, one row of the generated table.
///
/// `e.entry()` gives it; with the `serde` feature it serialises as an object under the
/// `errors.toml` key names: `{"code", "name", "text", "description"}`, then each optional key the
/// entry has (`status` when the registry writes statuses, `retryable` when true, `category`,
/// `url`, `aliases`, `deprecated`).
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// let entry = ErrorCode::NotFound.entry();
/// assert_eq!(entry.variant, ErrorCode::NotFound);
/// assert_eq!(entry.code, 404);
/// assert_eq!(entry.name, "NotFound");
/// assert_eq!(entry.text, "Requested Resource not Found");
/// assert!(entry.description.starts_with("This code is returned"));
/// assert_eq!(entry.status, Some(404));
/// assert!(!entry.retryable);
/// assert_eq!(entry.url, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entry<E: ErrorEnum> {
    /// The variant of this entry.
    pub variant: E,
    /// The registry code, as `errors.toml` writes it: `404`, `"42P01"`.
    pub code: E::Code,
    /// The variant name, e.g. `NotFound`.
    pub name: &'static str,
    /// The short text, e.g. `Requested Resource not Found`.
    pub text: &'static str,
    /// The long description, Markdown, verbatim from the registry.
    pub description: &'static str,
    /// The description as plain text: its words without Markdown markup or HTML tags, a link
    /// written as its text and its target (an RFC 9457 problem's `detail`, a log line).
    pub description_text: &'static str,
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

/// A code the registry used once and will never give to another entry (`[[retired]]`).
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
///
/// // The Nutcache API retires no code.
/// assert!(ErrorCode::retired(306).is_none());
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
