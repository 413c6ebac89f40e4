//! Reading the shape of `errors.toml` into the model: its tables, their keys and the types of
//! their values, with where each came from. What a registry must be beyond its shape (unique
//! codes, usable names, …) is checked on the model, by `rules.rs`.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::model::{CodeType, Entry, Registry};
use crate::names::suggest;
use crate::source_map::{Kind, Place, Shown, SourceMap, TableSpans};

const TOP_KEYS: &[&str] = &["registry", "error"];
const REGISTRY_KEYS: &[&str] = &["name", "description", "code_type"];
const ERROR_KEYS: &[&str] = &["code", "name", "text", "description"];

type Value<'i> = Spanned<DeValue<'i>>;

/// A registry read from a file: the model (with defaults where a value could not be read, so
/// that the rules still see every entry) and where its parts are.
pub(crate) struct Parsed {
    pub registry: Registry,
    pub map: SourceMap,
}

/// Reads `source` into the model, pushing a diagnostic for every problem of shape. `None` when the
/// text is not TOML at all.
pub(crate) fn parse(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Parsed> {
    let (doc, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_owned();
            diagnostics.push(
                Diagnostic::error(span, format!("invalid TOML: {message}"))
                    .with_help("see https://toml.io for the syntax; strings need quotes"),
            );
        }
        return None;
    }
    Some(Reader { diagnostics }.document(doc.get_ref()))
}

/// `a string`, `an integer`, … as a user would say it.
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

/// Where the first key of `table` is (a table's own span covers its body, not its header).
fn first_key(table: &DeTable<'_>) -> Option<Range<usize>> {
    table.iter().map(|(k, _)| k.span()).min_by_key(|s| s.start)
}

struct Reader<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
}

/// A table being read: its keys, how messages name it, and the spans of what was read.
struct Table<'t, 'i> {
    toml: &'t DeTable<'i>,
    place: Place<'t>,
    spans: TableSpans,
    /// Required keys that a misspelt key stands for: reported once, as that key.
    misspelt: Vec<&'static str>,
}

impl Reader<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn document(&mut self, doc: &DeTable<'_>) -> Parsed {
        // Where to point when something is missing from the whole file: its first table header
        // (not a leading comment), or the start of the file.
        let first = first_key(doc).unwrap_or(0..0);
        self.unknown_keys(
            doc,
            TOP_KEYS,
            &[],
            "at the top level",
            "remove it: the file has only a `[registry]` table and `[[error]]` tables",
        );
        let mut map = SourceMap::default();
        let mut registry = Registry {
            name: String::new(),
            description: String::new(),
            code_type: CodeType::default(),
            entries: Vec::new(),
        };
        match doc.get("registry") {
            Some(value) => match value.get_ref() {
                DeValue::Table(table) => {
                    map.registry = self.header(table, value.span(), &mut registry);
                }
                other => self.error(
                    Diagnostic::error(
                        value.span(),
                        format!("`registry` must be a table, found {}", type_name(other)),
                    )
                    .with_help("write it as a `[registry]` table with `name = \"…\"`"),
                ),
            },
            None => self.error(
                Diagnostic::error(first.clone(), "missing `[registry]` table")
                    .with_help("start the file with `[registry]` and `name = \"Your API\"`"),
            ),
        }
        map.no_entries_at = match doc.get("error") {
            Some(value) => self.entries(value, &mut registry, &mut map.entries),
            None => {
                let at = doc.iter().find(|(k, _)| k.get_ref() == "registry");
                Some(at.map_or(first, |(k, _)| k.span()))
            }
        };
        Parsed { registry, map }
    }

    /// Reads the `[[error]]` array; returns where to point if it is empty, `None` when it is not
    /// an array of tables (reported here).
    fn entries(
        &mut self,
        value: &Value<'_>,
        registry: &mut Registry,
        spans: &mut Vec<TableSpans>,
    ) -> Option<Range<usize>> {
        let items = match value.get_ref() {
            DeValue::Array(items) if items.iter().all(|i| i.get_ref().is_table()) => items,
            other => {
                self.error(
                    Diagnostic::error(
                        value.span(),
                        format!(
                            "`error` must be an array of tables, found {}",
                            type_name(other)
                        ),
                    )
                    .with_help("write each entry as an `[[error]]` table (double brackets)"),
                );
                return None;
            }
        };
        registry.entries.reserve_exact(items.len());
        spans.reserve_exact(items.len());
        for (index, item) in items.iter().enumerate() {
            if let DeValue::Table(table) = item.get_ref() {
                let (entry, entry_spans) =
                    self.entry(table, item.span(), index, registry.code_type);
                registry.entries.push(entry);
                spans.push(entry_spans);
            }
        }
        Some(value.span())
    }

    /// Reports every key of `toml` that is not in `known`. A key close to a known key that is
    /// required (in `required`) and absent is taken as that key misspelt: returned, so that the
    /// missing key is not reported a second time.
    fn unknown_keys(
        &mut self,
        toml: &DeTable<'_>,
        known: &[&'static str],
        required: &[&'static str],
        place: &str,
        otherwise: &str,
    ) -> Vec<&'static str> {
        let mut misspelt = Vec::new();
        for (key, _) in toml.iter() {
            let key_str: &str = key.get_ref();
            if known.contains(&key_str) {
                continue;
            }
            let message = format!("unknown key `{key_str}` {place}");
            let mut d = Diagnostic::error(key.span(), &message);
            d = match suggest(key_str, known) {
                Some(s) if required.contains(&s) && toml.get(s).is_none() => {
                    misspelt.push(s);
                    d.message = format!("{message}: probably the missing `{s}`, misspelt");
                    d.with_label(format!("did you mean `{s}`?"))
                        .with_help(format!("rename it to `{s}`, which is required here"))
                }
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
        misspelt
    }

    fn header(
        &mut self,
        toml: &DeTable<'_>,
        span: Range<usize>,
        registry: &mut Registry,
    ) -> TableSpans {
        let misspelt = self.unknown_keys(
            toml,
            REGISTRY_KEYS,
            &["name"],
            "in [registry]",
            "remove it: [registry] describes the API",
        );
        let header = span.start..span.start + "[registry]".len().min(span.end - span.start);
        let mut t = Table {
            toml,
            place: Place::Registry { in_file: true },
            spans: TableSpans::new(header),
            misspelt,
        };
        let what = "the API's name, e.g. `name = \"Example API\"`";
        registry.name = self.string(&mut t, "name", Some(what)).unwrap_or_default();
        registry.description = self.string(&mut t, "description", None).unwrap_or_default();
        if let Some(v) = self.value(&mut t, "code_type", None) {
            let help = "use `code_type = \"u16\"` (the default) or `\"u32\"` for codes above 65535";
            match v.get_ref() {
                DeValue::String(s) => match s.parse::<CodeType>() {
                    Ok(code_type) => {
                        registry.code_type = code_type;
                        t.spans.insert("code_type", v.span());
                    }
                    Err(e) => {
                        self.error(Diagnostic::error(v.span(), e.to_string()).with_help(help))
                    }
                },
                other => self.wrong_type(v, "code_type", t.place, "a string", other, help),
            }
        }
        t.spans
    }

    fn entry(
        &mut self,
        toml: &DeTable<'_>,
        span: Range<usize>,
        index: usize,
        code_type: CodeType,
    ) -> (Entry, TableSpans) {
        // Name the entry by what it has, so messages say which one they are about.
        let place = Place::Table {
            kind: Kind::Error,
            index,
            code: toml
                .get("code")
                .and_then(|c| c.get_ref().as_integer())
                .map(|c| Shown::Written(c.as_str())),
            name: toml.get("name").and_then(|n| n.get_ref().as_str()),
            in_file: true,
        };
        let misspelt = self.unknown_keys(
            toml,
            ERROR_KEYS,
            &["code", "name", "text", "description"],
            &format!("in {place}"),
            "remove it: an entry describes one code",
        );
        let mut t = Table {
            toml,
            place,
            spans: TableSpans::new(first_key(toml).unwrap_or(span)),
            misspelt,
        };
        let code = self.code(&mut t, code_type);
        let mut s = |key, what| self.string(&mut t, key, Some(what)).unwrap_or_default();
        let name = s("name", "the Rust variant name, e.g. `name = \"NotFound\"`");
        let text = s("text", "the short text, e.g. `text = \"Not Found\"`");
        let description = s(
            "description",
            "the long explanation (Markdown), e.g. `description = \"The resource does not exist.\"`",
        );
        let entry = Entry {
            code: code.unwrap_or_default(),
            name,
            text,
            description,
        };
        (entry, t.spans)
    }

    /// The value of `key`, reporting it missing when it is `required` (with what to write).
    fn value<'t, 'i>(
        &mut self,
        t: &mut Table<'t, 'i>,
        key: &'static str,
        required: Option<&str>,
    ) -> Option<&'t Value<'i>> {
        let value = t.toml.get(key);
        if let (None, Some(what)) = (value, required)
            && !t.misspelt.contains(&key)
        {
            let place = t.place;
            self.error(
                Diagnostic::error(t.spans.table.clone(), format!("missing `{key}` in {place}"))
                    .with_label(format!("this table has no `{key}`"))
                    .with_help(format!("add `{key}`: {what}")),
            );
        }
        value
    }

    fn wrong_type(
        &mut self,
        value: &Value<'_>,
        key: &str,
        place: Place<'_>,
        expected: &str,
        found: &DeValue<'_>,
        help: impl Into<String>,
    ) {
        let found = type_name(found);
        self.error(
            Diagnostic::error(
                value.span(),
                format!("`{key}` in {place} must be {expected}, found {found}"),
            )
            .with_help(help),
        );
    }

    /// A string value, recorded in the table's spans when it is one.
    fn string(
        &mut self,
        t: &mut Table<'_, '_>,
        key: &'static str,
        required: Option<&str>,
    ) -> Option<String> {
        let value = self.value(t, key, required)?;
        match value.get_ref() {
            DeValue::String(s) => {
                t.spans.insert(key, value.span());
                Some(s.to_string())
            }
            other => {
                let help = format!("quote it: `{key} = \"…\"`");
                self.wrong_type(value, key, t.place, "a string", other, help);
                None
            }
        }
    }

    /// The code of an entry: an integer from 0 to `u32::MAX` (whether it fits the registry's
    /// code type is a rule).
    fn code(&mut self, t: &mut Table<'_, '_>, code_type: CodeType) -> Option<u32> {
        let value = self.value(t, "code", Some("`code = 404` (an integer)"))?;
        let (span, place) = (value.span(), t.place);
        let int = match value.get_ref() {
            DeValue::Integer(int) => int,
            DeValue::String(s) if s.trim().parse::<u64>().is_ok() => {
                let help = format!("remove the quotes: `code = {}`", s.trim());
                self.wrong_type(value, "code", place, "an integer", value.get_ref(), help);
                return None;
            }
            other => {
                let help = "write a whole number such as `code = 404`";
                self.wrong_type(value, "code", place, "an integer", other, help);
                return None;
            }
        };
        let n = i128::from_str_radix(int.as_str(), int.radix()).unwrap_or(i128::MAX);
        if n < 0 {
            self.error(
                Diagnostic::error(span, format!("`code` in {place} is negative ({n})"))
                    .with_help("codes are unsigned: use a number from 0 upwards"),
            );
            return None;
        }
        let Ok(code) = u32::try_from(n) else {
            let max = code_type.max();
            self.error(
                Diagnostic::error(
                    span,
                    format!("`code` {n} in {place} does not fit in {code_type}"),
                )
                .with_help(format!("codes must fit in {code_type} (0 to {max})")),
            );
            return None;
        };
        t.spans.insert("code", span);
        Some(code)
    }
}
