//! [`Entry`]: what a registry says about one code.

/// One entry of a registry: what `errors.toml` says about a code.
///
/// Every variant has one, in static memory: `E::entry()`, `E::BY_CODE` and `E::BY_NAME` hand out
/// `&'static` references. With the `serde` feature it serialises as the object
/// `{"code", "name", "text", "description"}`, `code` being the registry's code.
///
/// # Example
/// ```
/// use errcodes::{Entry, ErrorCode};
///
/// let entry: &Entry<ErrorCode> = ErrorCode::NotFound.entry();
/// assert_eq!(entry.code, ErrorCode::NotFound);
/// assert_eq!(entry.name, "NotFound");
/// assert_eq!(entry.text, "Requested Resource not Found");
/// assert!(entry.description.starts_with("This code is returned"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entry<E: 'static> {
    /// The code, as the enum variant (its registry code is `code.code()`).
    pub code: E,
    /// The variant name, e.g. `NotFound`.
    pub name: &'static str,
    /// The short text, e.g. `Requested Resource not Found`.
    pub text: &'static str,
    /// The long description, Markdown, verbatim from the registry.
    pub description: &'static str,
}

/// A static perfect-hash map to a registry's entries: the type of `E::BY_CODE` (keys are codes)
/// and `E::BY_NAME` (keys are variant names).
///
/// # Example
/// ```
/// use errcodes::{EntryMap, ErrorCode};
///
/// let by_code: &EntryMap<u16, ErrorCode> = ErrorCode::BY_CODE;
/// assert_eq!(by_code[&404].name, "NotFound");
/// assert_eq!(ErrorCode::BY_NAME["NotFound"].code, ErrorCode::NotFound);
/// ```
pub type EntryMap<K, E> = phf::Map<K, &'static Entry<E>>;
