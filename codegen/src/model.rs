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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    /// `[registry] name`: the API the codes belong to, e.g. `Nutcache API`.
    pub name: String,
    /// `[registry] description`: Markdown, kept verbatim (empty when absent).
    pub description: String,
    /// `[registry] code_type`: what codes are (`u16` unless set).
    pub code_type: CodeType,
    /// `[registry] version`: the registry's own version, semver (e.g. `1.1.0`).
    pub version: Option<String>,
    /// `[registry] url`: the documentation link of every entry, a template whose placeholders
    /// `{code}` and `{name}` are filled per entry (see [`Registry::url`]).
    pub url: Option<String>,
    /// `[registry] non_exhaustive`: whether the API may send codes the table does not list yet
    /// (default `false`).
    pub non_exhaustive: bool,
    /// The `[[error]]` entries, in table order.
    pub entries: Vec<Entry>,
    /// The `[[retired]]` codes: used once, never to be given to another entry.
    pub retired: Vec<Retired>,
}

/// One `[[error]]` entry of a registry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The code (unique within the registry, of the registry's [`CodeType`]).
    pub code: Code,
    /// The Rust variant name: an UpperCamelCase identifier, unique within the registry.
    pub name: String,
    /// The short text, e.g. `Too Many Requests` (may repeat across entries).
    pub text: String,
    /// The long description, Markdown, verbatim.
    pub description: String,
    /// `status`: the HTTP status of this entry (100–599), as written; see [`Registry::status`]
    /// for the status an entry has when this is not set.
    pub status: Option<u16>,
    /// `retryable`: whether a request that failed with this code may succeed when sent again
    /// (default `false`).
    pub retryable: bool,
    /// `category`: a free label grouping entries (a SQLSTATE class, an API area).
    pub category: Option<String>,
    /// `url`: this entry's documentation link, instead of the registry's template.
    pub url: Option<String>,
    /// `aliases`: other names the entry is looked up by (old names, catalogue symbols).
    pub aliases: Vec<String>,
    /// `deprecated`: why the entry is deprecated and what to use instead; still served.
    pub deprecated: Option<String>,
}

/// One `[[retired]]` code: used once, and never to be given to another entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retired {
    /// The code (of the registry's [`CodeType`], used by no entry).
    pub code: Code,
    /// The name its entry had, if it is worth keeping.
    pub name: Option<String>,
    /// Why it was retired, e.g. `Unused since RFC 7231.`.
    pub note: String,
}

/// An entry's code: an integer, or a string in a registry whose `code_type` is `str`.
///
/// Its [`Display`](fmt::Display) is the integer in decimal or the string as is.
///
/// # Example
/// ```
/// use errcodes_build::Code;
/// assert_eq!(Code::Int(404).to_string(), "404");
/// assert_eq!(Code::from("42P01").to_string(), "42P01");
/// assert_eq!(Code::from(404).as_int(), Some(404));
/// assert_eq!(Code::from("42P01").as_str(), Some("42P01"));
/// assert_eq!(Code::from("42P01").as_int(), None);
/// assert!(Code::Int(404) == 404 && 404 == Code::Int(404) && Code::from("42P01") == "42P01");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// An integer code (`u16` and `u32` registries).
    Int(u32),
    /// A string code (`str` registries): printable ASCII, no spaces, at most 64 bytes.
    Str(String),
}

impl Code {
    /// The integer, for an integer code.
    pub fn as_int(&self) -> Option<u32> {
        match self {
            Code::Int(n) => Some(*n),
            Code::Str(_) => None,
        }
    }

    /// The string, for a string code.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Code::Int(_) => None,
            Code::Str(s) => Some(s),
        }
    }
}

impl Default for Code {
    /// `0`, a placeholder for a model being built.
    fn default() -> Self {
        Code::Int(0)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(n) => write!(f, "{n}"),
            Code::Str(s) => f.write_str(s),
        }
    }
}

/// An integer code equals that integer: `entry.code == 404`.
impl PartialEq<u32> for Code {
    fn eq(&self, other: &u32) -> bool {
        self.as_int() == Some(*other)
    }
}

impl PartialEq<Code> for u32 {
    fn eq(&self, other: &Code) -> bool {
        other == self
    }
}

/// A string code equals that string: `entry.code == "42P01"`.
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl From<u32> for Code {
    fn from(n: u32) -> Self {
        Code::Int(n)
    }
}

impl From<&str> for Code {
    fn from(s: &str) -> Self {
        Code::Str(s.to_owned())
    }
}

/// What a registry's codes are: unsigned integers of a width, or strings.
///
/// `u16` covers HTTP statuses and most API tables; `u32` is for catalogues with larger codes;
/// `str` for codes such as `42P01`, `E0308` or `BLOB_UNKNOWN`.
///
/// # Example
/// ```
/// use errcodes_build::CodeType;
/// assert_eq!("u32".parse::<CodeType>(), Ok(CodeType::U32));
/// assert_eq!("str".parse::<CodeType>(), Ok(CodeType::Str));
/// assert_eq!(CodeType::U16.max(), Some(65_535));
/// assert_eq!(CodeType::Str.max(), None);
/// assert_eq!(CodeType::default().to_string(), "u16");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodeType {
    /// `u16`, the default: codes 0 to 65,535.
    #[default]
    U16,
    /// `u32`: codes 0 to 4,294,967,295.
    U32,
    /// `str`: string codes.
    Str,
}

impl CodeType {
    /// Every code type, in the order they are documented.
    pub const ALL: [CodeType; 3] = [CodeType::U16, CodeType::U32, CodeType::Str];

    /// The spelling in `errors.toml` (`u16`, `u32`, `str`), which is also the Rust type's.
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeType::U16 => "u16",
            CodeType::U32 => "u32",
            CodeType::Str => "str",
        }
    }

    /// The largest code an integer type holds; `None` for `str`.
    pub const fn max(self) -> Option<u64> {
        match self {
            CodeType::U16 => Some(u16::MAX as u64),
            CodeType::U32 => Some(u32::MAX as u64),
            CodeType::Str => None,
        }
    }

    /// Whether codes are integers (`u16`, `u32`).
    pub const fn is_int(self) -> bool {
        !matches!(self, CodeType::Str)
    }
}

impl fmt::Display for CodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`CodeType`] from a string that is not `u16`, `u32` or `str`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCodeType(pub String);

impl fmt::Display for UnknownCodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown code type `{}`: expected `u16`, `u32` or `str`",
            self.0
        )
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
    /// The HTTP status of `entry`: its `status` when set; else the code itself when every code of
    /// the registry is an integer from 100 to 599 (a table of HTTP statuses); else none (errno's
    /// 104 is no HTTP status).
    ///
    /// # Example
    /// ```
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='None.'\n\
    /// #    [[error]]\ncode=499\nname='Closed'\ntext='Closed'\ndescription='Gone.'\nstatus=400\n").unwrap();
    /// assert_eq!(registry.status(&registry.entries[0]), Some(404));
    /// assert_eq!(registry.status(&registry.entries[1]), Some(400));
    /// ```
    pub fn status(&self, entry: &Entry) -> Option<u16> {
        let is_status = |e: &Entry| e.code.as_int().is_some_and(|c| (100..=599).contains(&c));
        entry.status.or_else(|| {
            let code = u16::try_from(entry.code.as_int()?).ok()?;
            self.entries.iter().all(is_status).then_some(code)
        })
    }

    /// The documentation link of `entry`: its `url` when set; else the registry's template with
    /// `{code}` and `{name}` filled (each percent-encoded but for letters, digits and `-._~`);
    /// else none.
    ///
    /// # Example
    /// ```
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\nurl='https://docs.example.com/errors#{code}-{name}'\n\
    /// #    [[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='None.'\n").unwrap();
    /// let e = registry.by_name("NotFound").unwrap();
    /// assert_eq!(registry.url(e).as_deref(), Some("https://docs.example.com/errors#404-NotFound"));
    /// ```
    pub fn url(&self, entry: &Entry) -> Option<String> {
        if let Some(url) = &entry.url {
            return Some(url.clone());
        }
        let template = self.url.as_deref()?;
        let code = entry.code.to_string();
        Some(
            template
                .replace("{code}", &percent_encode(&code))
                .replace("{name}", &percent_encode(&entry.name)),
        )
    }

    /// The entry with this code, if any (a linear scan: the model is for generators and tools,
    /// the generated code has the O(1) maps).
    ///
    /// # Example
    /// ```
    /// use errcodes_build::Code;
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
    /// assert_eq!(registry.by_code(&Code::Int(1)).unwrap().name, "One");
    /// assert!(registry.by_code(&Code::Int(2)).is_none());
    /// ```
    pub fn by_code(&self, code: &Code) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == *code)
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

    /// The entry with this variant name, else the entry with this alias (both exact).
    ///
    /// # Example
    /// ```
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=11\nname='Eagain'\ntext='Try again'\n\
    /// #    description='Again.'\naliases=['EWOULDBLOCK']\n").unwrap();
    /// assert_eq!(registry.by_name_or_alias("EWOULDBLOCK").unwrap().name, "Eagain");
    /// assert_eq!(registry.by_name_or_alias("Eagain").unwrap().name, "Eagain");
    /// assert!(registry.by_name_or_alias("ewouldblock").is_none());
    /// ```
    pub fn by_name_or_alias(&self, name: &str) -> Option<&Entry> {
        self.by_name(name).or_else(|| {
            self.entries
                .iter()
                .find(|e| e.aliases.iter().any(|a| a == name))
        })
    }

    /// The retired code `code`, if it is one.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::Code;
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n\
    /// #    [[retired]]\ncode=2\nnote='Never sent since 1.0.'\n").unwrap();
    /// assert_eq!(registry.is_retired(&Code::Int(2)).unwrap().note, "Never sent since 1.0.");
    /// assert!(registry.is_retired(&Code::Int(1)).is_none());
    /// ```
    pub fn is_retired(&self, code: &Code) -> Option<&Retired> {
        self.retired.iter().find(|r| r.code == *code)
    }
}

/// `s` with every byte but ASCII letters, digits and `-._~` written as `%XX` (RFC 3986's
/// unreserved characters stay), so a filled-in template stays one valid link.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
