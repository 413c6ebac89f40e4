//! Reading and validating `errors.toml`: every problem found at once, each located.

use core::fmt;
use core::ops::Range;
use std::collections::HashMap;
use std::path::Path;

use unicase::Ascii;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Report, line_column};
use crate::model::{CodeType, Entry, Registry};

const REGISTRY_KEYS: &[&str] = &["name", "description", "code_type"];
const ERROR_KEYS: &[&str] = &["code", "name", "text", "description"];
const TOP_KEYS: &[&str] = &["registry", "error"];
/// Names the generated code uses for associated items of the enum (a variant may not shadow them).
const RESERVED_NAMES: &[&str] = &["ALL", "COUNT", "VARIANTS"];

/// The result of checking a registry: the model when there is no error, and the report either way
/// (it may hold warnings for a valid registry).
#[derive(Debug, Clone)]
pub struct Checked {
    /// The validated registry, `None` when the report has errors.
    pub registry: Option<Registry>,
    /// Every problem found, errors and warnings.
    pub report: Report,
}

impl Registry {
    /// Reads and validates the registry at `path`.
    ///
    /// # Errors
    /// A [`Report`] of every problem when the file cannot be read, is not UTF-8 or is not a valid
    /// registry. Warnings alone are not an error; use [`check_path`] to see them.
    ///
    /// # Example
    /// ```no_run
    /// let registry = errcodes_build::Registry::from_path("errors.toml")?;
    /// println!("{} codes", registry.entries.len());
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Registry, Report> {
        into_result(check_path(path))
    }

    /// Validates registry source text; `origin` is the path shown in messages.
    ///
    /// # Errors
    /// A [`Report`] of every problem when the text is not a valid registry.
    ///
    /// # Example
    /// ```
    /// let err = errcodes_build::Registry::from_source("errors.toml", "[registry]\nnam = 'A'\n")
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("errors.toml:2:1: error: unknown key `nam` in [registry]"));
    /// ```
    pub fn from_source(origin: &str, source: &str) -> Result<Registry, Report> {
        into_result(check_source(origin, source))
    }
}

fn into_result(checked: Checked) -> Result<Registry, Report> {
    match checked.registry {
        Some(registry) => Ok(registry),
        None => Err(checked.report),
    }
}

/// Reads and validates the registry at `path`, returning warnings as well as errors.
///
/// # Example
/// ```no_run
/// let checked = errcodes_build::check_path("errors.toml");
/// eprint!("{}", checked.report);
/// assert!(checked.registry.is_some());
/// ```
pub fn check_path(path: impl AsRef<Path>) -> Checked {
    let path = path.as_ref();
    let origin = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => check_bytes(&origin, &bytes),
        Err(e) => Checked {
            registry: None,
            report: Report::new(
                origin.clone(),
                "",
                vec![
                    Diagnostic::error(None, format!("cannot read {origin}: {e}"))
                        .with_help("check the path; it is resolved against the current directory (in a build script, the package root)"),
                ],
            ),
        },
    }
}

/// Validates registry bytes, which must be UTF-8; `origin` is the path shown in messages.
///
/// # Example
/// ```
/// let checked = errcodes_build::check_bytes("errors.toml", b"[registry]\nname = '\xff'\n");
/// assert!(checked.registry.is_none());
/// assert!(checked.report.to_string().starts_with("errors.toml:2:9: error: the file is not valid UTF-8"));
/// ```
pub fn check_bytes(origin: &str, bytes: &[u8]) -> Checked {
    match std::str::from_utf8(bytes) {
        Ok(source) => check_source(origin, source),
        Err(e) => {
            let valid = e.valid_up_to();
            // Show the file up to the bad byte (lossily after it), so the caret lands on it.
            let shown = String::from_utf8_lossy(bytes).into_owned();
            let start = String::from_utf8_lossy(&bytes[..valid]).len();
            Checked {
                registry: None,
                report: Report::new(
                    origin,
                    shown,
                    vec![
                        Diagnostic::error(start..start + 1, "the file is not valid UTF-8")
                            .with_label("not UTF-8")
                            .with_help("save the file as UTF-8"),
                    ],
                ),
            }
        }
    }
}

/// Validates registry source text, returning warnings as well as errors.
///
/// # Example
/// ```
/// let checked = errcodes_build::check_source("errors.toml", "[registry]\nname = 'A'\n\
///     [[error]]\ncode = 1\nname = 'One'\ntext = ' One'\ndescription = 'First.'\n");
/// assert!(checked.registry.is_some());
/// assert!(checked.report.to_string().contains("warning: `text` has leading or trailing whitespace"));
/// ```
pub fn check_source(origin: &str, source: &str) -> Checked {
    let mut v = Validator {
        source,
        diagnostics: Vec::new(),
    };
    let registry = v.registry(source);
    let has_errors = v
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::Severity::Error);
    Checked {
        registry: if has_errors { None } else { registry },
        report: Report::new(origin, source, v.diagnostics),
    }
}

struct Validator<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
}

/// Where a value is, as messages name it: `[registry]`, or an `[[error]]` entry by its position
/// and, when it has them, its code and name. Written out only when a message needs it (an entry's
/// label is not built for each of a large registry's entries).
#[derive(Debug, Clone, Copy)]
enum Place<'a> {
    Registry,
    Entry {
        index: usize,
        /// The code as written (an integer of any radix).
        code: Option<&'a str>,
        name: Option<&'a str>,
    },
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Place::Registry => f.write_str("[registry]"),
            Place::Entry { index, code, name } => {
                write!(f, "[[error]] #{}", index + 1)?;
                match (code, name) {
                    (Some(code), Some(name)) => write!(f, " ({code} {name})"),
                    (Some(code), None) => write!(f, " (code {code})"),
                    (None, Some(name)) => write!(f, " ({name})"),
                    (None, None) => Ok(()),
                }
            }
        }
    }
}

/// Where an entry's code or name was first seen (its span and the entry), for duplicate reports.
type Seen<'a, K> = HashMap<K, (Range<usize>, Place<'a>)>;

/// The codes and names seen so far in a registry; the names are borrowed from the parsed file.
struct Uniques<'a> {
    codes: Seen<'a, u32>,
    names: Seen<'a, &'a str>,
    /// Name, compared ignoring ASCII case → the last name seen so.
    caseless_names: HashMap<Ascii<&'a str>, &'a str>,
}

impl<'a> Uniques<'a> {
    fn with_capacity(n: usize) -> Self {
        Uniques {
            codes: HashMap::with_capacity(n),
            names: HashMap::with_capacity(n),
            caseless_names: HashMap::with_capacity(n),
        }
    }
}

/// Records `key` as seen at `span` in the entry `place`, unless it was seen before: then returns
/// where (O(1), so a registry of any size is checked in linear time).
fn first_seen<'a, K: std::hash::Hash + Eq>(
    seen: &mut Seen<'a, K>,
    key: K,
    span: Range<usize>,
    place: Place<'a>,
) -> Option<(Range<usize>, Place<'a>)> {
    match seen.entry(key) {
        std::collections::hash_map::Entry::Occupied(first) => Some(first.get().clone()),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert((span, place));
            None
        }
    }
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

/// `string`, `integer`, … as a user would say it.
fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The closest known key, if it is close enough to be what was meant.
fn suggest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&unknown.to_lowercase(), k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

impl Validator<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn registry(&mut self, source: &str) -> Option<Registry> {
        let (doc, errors) = DeTable::parse_recoverable(source);
        if !errors.is_empty() {
            for e in errors {
                let span = e.span().unwrap_or(0..0);
                let message = e.message().trim().to_owned();
                self.error(
                    Diagnostic::error(span, format!("invalid TOML: {message}"))
                        .with_help("see https://toml.io for the syntax; strings need quotes"),
                );
            }
            return None;
        }
        let doc = doc.into_inner();
        // Where to point when something is missing from the whole file: its first table header
        // (not a leading comment), or the start of the file.
        let first_key = doc
            .iter()
            .map(|(k, _)| k.span())
            .min_by_key(|s| s.start)
            .unwrap_or(0..0);

        self.unknown_keys(
            &doc,
            TOP_KEYS,
            &"at the top level",
            "remove it: the file has only a `[registry]` table and `[[error]]` tables",
        );

        let header = match doc.get("registry") {
            Some(value) => match value.get_ref() {
                DeValue::Table(table) => self.header(table, value.span()),
                other => {
                    self.error(
                        Diagnostic::error(
                            value.span(),
                            format!("`registry` must be a table, found {}", type_name(other)),
                        )
                        .with_help("write it as a `[registry]` table with `name = \"…\"`"),
                    );
                    None
                }
            },
            None => {
                self.error(
                    Diagnostic::error(first_key.clone(), "missing `[registry]` table")
                        .with_help("start the file with `[registry]` and `name = \"Your API\"`"),
                );
                None
            }
        };
        let code_type = header.as_ref().map_or(CodeType::U16, |h| h.2);

        let mut errors = Vec::new();
        match doc.get("error") {
            Some(value) => match value.get_ref() {
                DeValue::Array(items) if items.iter().all(|i| i.get_ref().is_table()) => {
                    errors.reserve_exact(items.len());
                    let mut seen = Uniques::with_capacity(items.len());
                    for (index, item) in items.iter().enumerate() {
                        let DeValue::Table(table) = item.get_ref() else {
                            continue;
                        };
                        if let Some(entry) =
                            self.entry(table, item.span(), index, code_type, &mut seen)
                        {
                            errors.push(entry);
                        }
                    }
                    if items.is_empty() {
                        self.no_entries(value.span());
                    }
                }
                other => self.error(
                    Diagnostic::error(
                        value.span(),
                        format!(
                            "`error` must be an array of tables, found {}",
                            type_name(other)
                        ),
                    )
                    .with_help("write each entry as an `[[error]]` table (double brackets)"),
                ),
            },
            None => {
                let at = doc.iter().find(|(k, _)| k.get_ref() == "registry");
                self.no_entries(at.map_or(first_key, |(k, _)| k.span()));
            }
        }

        let (name, description, code_type) = header?;
        Some(Registry {
            name,
            description,
            code_type,
            entries: errors,
        })
    }

    fn no_entries(&mut self, span: Range<usize>) {
        self.error(
            Diagnostic::error(span, "the registry has no entries").with_help(
                "add one `[[error]]` table per code, with `code`, `name`, `text` and `description`",
            ),
        );
    }

    fn unknown_keys(
        &mut self,
        table: &Table<'_>,
        known: &[&str],
        place: &dyn fmt::Display,
        otherwise: &str,
    ) {
        for (key, _) in table.iter() {
            let key_str: &str = key.get_ref();
            if known.contains(&key_str) {
                continue;
            }
            let mut d = Diagnostic::error(key.span(), format!("unknown key `{key_str}` {place}"));
            d = match suggest(key_str, known) {
                Some(s) => d
                    .with_label(format!("did you mean `{s}`?"))
                    .with_help(format!(
                        "did you mean `{s}`? The keys here are: {}",
                        known.join(", ")
                    )),
                None => d.with_help(format!("{otherwise}; use one of: {}", known.join(", "))),
            };
            self.error(d);
        }
    }

    fn header(
        &mut self,
        table: &Table<'_>,
        span: Range<usize>,
    ) -> Option<(String, String, CodeType)> {
        self.unknown_keys(
            table,
            REGISTRY_KEYS,
            &"in [registry]",
            "remove it: [registry] describes the API",
        );
        let header_span = span.start..span.start + "[registry]".len().min(span.end - span.start);
        let name = self.required_string(
            table,
            "name",
            header_span.clone(),
            Place::Registry,
            "the API's name, e.g. `name = \"Example API\"`",
        );
        let description = match table.get("description") {
            Some(v) => self.string(v, "description", Place::Registry),
            None => Some(String::new()),
        };
        let code_type = match table.get("code_type") {
            None => Some(CodeType::U16),
            Some(v) => match v.get_ref() {
                DeValue::String(s) => match s.parse::<CodeType>() {
                    Ok(t) => Some(t),
                    Err(e) => {
                        self.error(
                            Diagnostic::error(v.span(), e.to_string())
                                .with_help("use `code_type = \"u16\"` (the default) or `\"u32\"` for codes above 65535"),
                        );
                        None
                    }
                },
                other => {
                    self.error(
                        Diagnostic::error(
                            v.span(),
                            format!(
                                "`code_type` in [registry] must be a string, found {}",
                                type_name(other)
                            ),
                        )
                        .with_help("use `code_type = \"u16\"` or `code_type = \"u32\"`"),
                    );
                    None
                }
            },
        };
        Some((name?, description?, code_type?))
    }

    /// A string value (reporting a wrong type).
    fn string(&mut self, value: &Value<'_>, key: &str, place: Place<'_>) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            other => {
                self.error(
                    Diagnostic::error(
                        value.span(),
                        format!(
                            "`{key}` in {place} must be a string, found {}",
                            type_name(other)
                        ),
                    )
                    .with_help(format!("quote it: `{key} = \"…\"`")),
                );
                None
            }
        }
    }

    /// A required, non-empty string; `missing_span` is where to point when the key is absent.
    fn required_string(
        &mut self,
        table: &Table<'_>,
        key: &str,
        missing_span: Range<usize>,
        place: Place<'_>,
        what: &str,
    ) -> Option<String> {
        let Some(value) = table.get(key) else {
            self.error(
                Diagnostic::error(missing_span, format!("missing `{key}` in {place}"))
                    .with_label(format!("this table has no `{key}`"))
                    .with_help(format!("add `{key}`: {what}")),
            );
            return None;
        };
        let s = self.string(value, key, place)?;
        if s.trim().is_empty() {
            self.error(
                Diagnostic::error(value.span(), format!("`{key}` in {place} is empty"))
                    .with_help(format!("give `{key}` a value: {what}")),
            );
            return None;
        }
        // A text is often pasted from a web page; a stray space there is a slip. Descriptions may
        // well end in a newline (multi-line strings), so they are not warned about.
        if s.trim() != s && (key == "text" || matches!(place, Place::Registry)) {
            self.diagnostics.push(
                Diagnostic::warning(
                    value.span(),
                    format!("`{key}` has leading or trailing whitespace"),
                )
                .with_label(place.to_string())
                .with_help("it is kept verbatim; remove the spaces unless they are meant"),
            );
        } else if key == "text" && s.contains(['\n', '\r']) {
            self.diagnostics.push(
                Diagnostic::warning(value.span(), "`text` spans several lines")
                    .with_label(place.to_string())
                    .with_help("a text is a one-line summary (like a reason phrase); put the rest in `description`"),
            );
        }
        Some(s)
    }

    fn entry<'a>(
        &mut self,
        table: &'a Table<'_>,
        span: Range<usize>,
        index: usize,
        code_type: CodeType,
        seen: &mut Uniques<'a>,
    ) -> Option<Entry> {
        // Name the entry by what it has, so messages say which one they are about.
        let name_str = table.get("name").and_then(|n| n.get_ref().as_str());
        let label = Place::Entry {
            index,
            code: table
                .get("code")
                .and_then(|c| c.get_ref().as_integer())
                .map(|c| c.as_str()),
            name: name_str,
        };
        self.unknown_keys(
            table,
            ERROR_KEYS,
            &format_args!("in {label}"),
            "remove it: an entry describes one code",
        );
        // An `[[error]]` table's own span covers its body; point at its first key when one is missing.
        let missing_span = table
            .iter()
            .map(|(k, _)| k.span())
            .min_by_key(|s| s.start)
            .unwrap_or(span);

        let code = match table.get("code") {
            None => {
                self.error(
                    Diagnostic::error(missing_span.clone(), format!("missing `code` in {label}"))
                        .with_label("this table has no `code`")
                        .with_help("add `code = 404` (an integer)"),
                );
                None
            }
            Some(v) => self.code(v, label, code_type),
        };
        let name = self.required_string(
            table,
            "name",
            missing_span.clone(),
            label,
            "the Rust variant name, e.g. `name = \"NotFound\"`",
        );
        let name_span = table.get("name").map_or(missing_span.clone(), |v| v.span());
        let name = name.filter(|n| self.variant_name(n, name_span, label));
        let text = self.required_string(
            table,
            "text",
            missing_span.clone(),
            label,
            "the short text, e.g. `text = \"Not Found\"`",
        );
        let description = self.required_string(table, "description", missing_span, label, "the long explanation (Markdown), e.g. `description = \"The resource does not exist.\"`");

        if let (Some(code), Some(v)) = (code, table.get("code"))
            && let Some(first) = first_seen(&mut seen.codes, code, v.span(), label)
        {
            self.duplicate(
                &format!("code {code}"),
                v.span(),
                label,
                first,
                "each code appears once; remove or renumber one of the entries",
            );
        }
        // The name as the file has it (the same text as `name`), borrowed for as long as `seen`.
        if let (Some(name), Some(v), Some(name_str)) = (&name, table.get("name"), name_str) {
            if let Some(first) = first_seen(&mut seen.names, name_str, v.span(), label) {
                self.duplicate(
                    &format!("name `{name}`"),
                    v.span(),
                    label,
                    first,
                    "each variant name appears once; rename one of the entries",
                );
            } else if let Some(other) = seen.caseless_names.insert(Ascii::new(name_str), name_str)
                && let Some((first, first_label)) = seen.names.get(other)
            {
                // Names equal but for case are legal in Rust, but not in the case-insensitive
                // command line, nor in languages whose generators normalise case.
                let line = line_column(self.source, first.start).0;
                self.diagnostics.push(
                    Diagnostic::warning(
                        v.span(),
                        format!("name `{name}` in {label} differs only in case from `{other}` ({first_label} at line {line})"),
                    )
                    .with_related(first.clone(), "the other one")
                    .with_help("lookups that ignore case, and other languages' generators, cannot tell them apart; rename one"),
                );
            }
        }
        Some(Entry {
            code: code?,
            name: name?,
            text: text?,
            description: description?,
        })
    }

    /// Reports `what` (e.g. ``code 404``) at `span` in the entry `label` as a duplicate of `first`.
    fn duplicate(
        &mut self,
        what: &str,
        span: Range<usize>,
        label: Place<'_>,
        (first, first_label): (Range<usize>, Place<'_>),
        help: &str,
    ) {
        let line = line_column(self.source, first.start).0;
        self.error(
            Diagnostic::error(
                span,
                format!("duplicate {what} in {label}: {first_label} at line {line} has it already"),
            )
            .with_label("used again here")
            .with_related(first, "first used here")
            .with_help(help),
        );
    }

    fn code(&mut self, value: &Value<'_>, label: Place<'_>, code_type: CodeType) -> Option<u32> {
        let span = value.span();
        let int = match value.get_ref() {
            DeValue::Integer(int) => int,
            DeValue::String(s) if s.trim().parse::<u64>().is_ok() => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("`code` in {label} must be an integer, found a string"),
                    )
                    .with_help(format!("remove the quotes: `code = {}`", s.trim())),
                );
                return None;
            }
            other => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!(
                            "`code` in {label} must be an integer, found {}",
                            type_name(other)
                        ),
                    )
                    .with_help("write a whole number such as `code = 404`"),
                );
                return None;
            }
        };
        let Ok(n) = i128::from_str_radix(int.as_str(), int.radix()) else {
            self.error(Diagnostic::error(
                span,
                format!("`code` in {label} is out of range"),
            ));
            return None;
        };
        if n < 0 {
            self.error(
                Diagnostic::error(span, format!("`code` in {label} is negative ({n})"))
                    .with_help("codes are unsigned: use a number from 0 upwards"),
            );
            return None;
        }
        if n > i128::from(code_type.max()) {
            let help = match code_type {
                CodeType::U16 if n <= i128::from(u32::MAX) => {
                    "set `code_type = \"u32\"` in [registry] for codes above 65535".to_owned()
                }
                _ => format!("codes must fit in {code_type} (0 to {})", code_type.max()),
            };
            self.error(
                Diagnostic::error(
                    span,
                    format!("`code` {n} in {label} does not fit in {code_type}"),
                )
                .with_help(help),
            );
            return None;
        }
        u32::try_from(n).ok()
    }

    /// Whether `name` is a usable variant name; reports why not.
    fn variant_name(&mut self, name: &str, span: Range<usize>, label: Place<'_>) -> bool {
        let problem = variant_name_problem(name);
        if let Some((why, help)) = problem {
            self.error(
                Diagnostic::error(
                    span,
                    format!("`{name}` in {label} is not a valid variant name: {why}"),
                )
                .with_help(help),
            );
            return false;
        }
        true
    }
}

/// Why `name` cannot be an enum variant of the generated code, and what to write instead.
fn variant_name_problem(name: &str) -> Option<(String, String)> {
    // Built only for a name that has a problem: most names have none.
    let suggestion = || {
        let camel = to_upper_camel(name);
        if camel.is_empty() || camel == name {
            "write an UpperCamelCase name such as `NotFound`".to_owned()
        } else {
            format!("write it in UpperCamelCase, e.g. `{camel}`")
        }
    };
    let first = name.chars().next()?;
    if first.is_ascii_digit() {
        return Some((
            "it starts with a digit".into(),
            format!("start with a letter, e.g. `Error{}`", to_upper_camel(name)),
        ));
    }
    if let Some(bad) = name.chars().find(|c| !c.is_ascii_alphanumeric()) {
        let what = match bad {
            '-' => "it contains `-`".to_owned(),
            '_' => "it contains `_` (UpperCamelCase has none)".to_owned(),
            c if c.is_whitespace() => "it contains whitespace".to_owned(),
            c => format!(
                "it contains `{}` (only ASCII letters and digits are allowed)",
                c.escape_debug()
            ),
        };
        return Some((what, suggestion()));
    }
    if !first.is_ascii_uppercase() {
        return Some((
            "it does not start with an uppercase letter".into(),
            suggestion(),
        ));
    }
    if name == "Self" {
        return Some((
            "`Self` is a Rust keyword".into(),
            "choose another name, e.g. `SelfReference`".into(),
        ));
    }
    if RESERVED_NAMES.contains(&name) {
        return Some((
            format!("`{name}` is used by the generated enum's associated constants"),
            "choose another name".into(),
        ));
    }
    None
}

/// `not-found`, `not_found`, `not found` → `NotFound`.
fn to_upper_camel(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        assert!(variant_name_problem("NotFound").is_none());
        assert!(variant_name_problem("Option").is_none());
        assert!(variant_name_problem("Http2").is_none());
        assert!(variant_name_problem("Self").is_some());
        assert!(variant_name_problem("ALL").is_some());
        assert!(
            variant_name_problem("not-found")
                .unwrap()
                .1
                .contains("`NotFound`")
        );
        assert!(variant_name_problem("4xx").unwrap().0.contains("digit"));
        assert!(
            variant_name_problem("notFound")
                .unwrap()
                .0
                .contains("uppercase")
        );
        assert!(variant_name_problem("Nöt").is_some());
    }

    #[test]
    fn caseless_names_match_whatever_their_length() {
        use std::hash::BuildHasher;
        let hasher = std::collections::hash_map::RandomState::new();
        for (a, b) in [
            ("Ab".to_owned(), "AB".to_owned()),
            ("X".repeat(31) + "ab", "X".repeat(31) + "AB"),
            ("Long".repeat(20) + "Name", "LONG".repeat(20) + "name"),
        ] {
            assert_eq!(Ascii::new(a.as_str()), Ascii::new(b.as_str()));
            assert_eq!(
                hasher.hash_one(Ascii::new(a.as_str())),
                hasher.hash_one(Ascii::new(b.as_str()))
            );
        }
        assert_ne!(Ascii::new("Ab"), Ascii::new("Ac"));
        assert_ne!(Ascii::new("Ab"), Ascii::new("Abc"));

        // Through the validator: a warning names the entry seen last with that name.
        let long = "Name".repeat(12);
        let mut src = String::from("[registry]\nname = 'A'\n");
        for (code, name) in [
            (1, long.clone()),
            (2, long.to_uppercase()),
            (3, long.to_lowercase()),
        ] {
            src.push_str(&format!(
                "[[error]]\ncode = {code}\nname = 'X{name}'\ntext = 'T'\ndescription = 'D.'\n"
            ));
        }
        let report = check_source("e.toml", &src).report.to_string();
        let upper = long.to_uppercase();
        assert!(report.contains(&format!(
            "name `X{upper}` in [[error]] #2 (2 X{upper}) differs only in case from `X{long}` ([[error]] #1"
        )), "{report}");
        let lower = long.to_lowercase();
        assert!(report.contains(&format!(
            "name `X{lower}` in [[error]] #3 (3 X{lower}) differs only in case from `X{upper}` ([[error]] #2"
        )), "{report}");
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("descripton", ERROR_KEYS), Some("description"));
        assert_eq!(suggest("eror", TOP_KEYS), Some("error"));
        assert_eq!(suggest("Code", ERROR_KEYS), Some("code"));
        assert_eq!(suggest("colour", ERROR_KEYS), None);
    }
}
