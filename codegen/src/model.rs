//! The parsed, validated registry: the one model every output is generated from.

use core::fmt;
use core::str::FromStr;

/// A whole error-code registry, as read from an `errors.toml` and validated.
///
/// Every output (the Rust enum and maps, the JSON Schema, the Markdown table, the command line) is
/// made from this model, so nothing restates the table by hand.
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source(
///     "errors.toml",
///     r#"
/// [registry]
/// name = "Example API"
///
/// [[error]]
/// code = 404
/// name = "NotFound"
/// text = "Not Found"
/// description = "No such resource."
/// "#,
/// )
/// .unwrap();
/// assert_eq!(registry.name, "Example API");
/// assert_eq!(registry.entries[0].name, "NotFound");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// `[registry] name`: the API the codes belong to, e.g. `Nutcache API`.
    pub name: String,
    /// `[registry] description`: Markdown, kept verbatim (empty when absent).
    pub description: String,
    /// `[registry] code_type`: the integer type codes are stored in (`u16` unless set).
    pub code_type: CodeType,
    /// The `[[error]]` entries, in table order.
    pub entries: Vec<Entry>,
}

/// One `[[error]]` entry of a registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The numeric code (unique within the registry, fits the registry's [`CodeType`]).
    pub code: u32,
    /// The Rust variant name: an UpperCamelCase identifier, unique within the registry.
    pub name: String,
    /// The short text, e.g. `Too Many Requests` (may repeat across entries).
    pub text: String,
    /// The long description, Markdown, verbatim.
    pub description: String,
}

/// The unsigned integer type a registry's codes are stored in.
///
/// `u16` covers HTTP statuses and most API tables; `u32` is for catalogues with larger codes.
///
/// # Example
/// ```
/// use errcodes_build::CodeType;
/// assert_eq!("u32".parse::<CodeType>(), Ok(CodeType::U32));
/// assert_eq!(CodeType::U16.max(), 65_535);
/// assert_eq!(CodeType::default().to_string(), "u16");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodeType {
    /// `u16`, the default: codes 0 to 65,535.
    #[default]
    U16,
    /// `u32`: codes 0 to 4,294,967,295.
    U32,
}

impl CodeType {
    /// Every code type, in the order they are documented.
    pub const ALL: [CodeType; 2] = [CodeType::U16, CodeType::U32];

    /// The Rust spelling of the type (`u16`, `u32`).
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeType::U16 => "u16",
            CodeType::U32 => "u32",
        }
    }

    /// The largest code the type holds.
    pub const fn max(self) -> u64 {
        match self {
            CodeType::U16 => u16::MAX as u64,
            CodeType::U32 => u32::MAX as u64,
        }
    }
}

impl fmt::Display for CodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`CodeType`] from a string that is neither `u16` nor `u32`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCodeType(pub String);

impl fmt::Display for UnknownCodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown code type `{}`: expected `u16` or `u32`", self.0)
    }
}

impl std::error::Error for UnknownCodeType {}

impl FromStr for CodeType {
    type Err = UnknownCodeType;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CodeType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| UnknownCodeType(s.to_owned()))
    }
}

impl Registry {
    /// The entry with this code, if any (a linear scan: the model is for generators and tools,
    /// the generated code has the O(1) maps).
    ///
    /// # Example
    /// ```
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
    /// assert_eq!(registry.by_code(1).unwrap().name, "One");
    /// assert!(registry.by_code(2).is_none());
    /// ```
    pub fn by_code(&self, code: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    /// The entry with this variant name (exact, case-sensitive), if any.
    ///
    /// # Example
    /// ```
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
    /// assert_eq!(registry.by_name("One").unwrap().code, 1);
    /// assert!(registry.by_name("one").is_none());
    /// ```
    pub fn by_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The HTTP status of `entry`: the code itself when every code of the registry is an HTTP
    /// status (100–599), else none.
    pub fn status(&self, entry: &Entry) -> Option<u16> {
        let is_status = |c: u32| (100..=599).contains(&c);
        if self.entries.iter().all(|e| is_status(e.code)) {
            u16::try_from(entry.code).ok()
        } else {
            None
        }
    }
}
