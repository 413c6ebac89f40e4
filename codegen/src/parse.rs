//! Reading the shape of `errors.toml` into the model: its tables, their keys and the types of
//! their values, with where each came from. What a registry must be beyond its shape (unique
//! codes, usable names, …) is checked on the model, by `rules.rs`.

use core::fmt;
use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::forms::what_key_holds;
use crate::keys::{Given, KEYS, Kind as KeyKind};
use crate::model::{Code, CodeType, Entry, Registry, Retired};
use crate::names::suggest;
use crate::source_map::{Kind, Place, Shown, SourceMap, TableSpans};

const TOP_KEYS: &[&str] = &["registry", "error", "retired"];
const REGISTRY_KEYS: &[&str] = &[
    "name",
    "description",
    "code_type",
    "version",
    "url",
    "non_exhaustive",
];
/// The keys every `[[error]]` has; the optional ones are `keys::KEYS`.
const ERROR_REQUIRED: &[&str] = &["code", "name", "text", "description"];
const RETIRED_KEYS: &[&str] = &["code", "name", "note"];

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
            &"at the top level",
            "remove it: the file has a `[registry]` table, `[[error]]` tables and `[[retired]]` tables",
        );
        let mut map = SourceMap::default();
        let mut registry = Registry::default();
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
            Some(value) => self.tables(value, "error").map(|items| {
                registry.entries.reserve_exact(items.len());
                map.entries.reserve_exact(items.len());
                for (index, (table, span)) in items.into_iter().enumerate() {
                    let (entry, spans) = self.entry(table, span, index);
                    registry.entries.push(entry);
                    map.entries.push(spans);
                }
                value.span()
            }),
            None => {
                let at = doc.iter().find(|(k, _)| k.get_ref() == "registry");
                Some(at.map_or(first, |(k, _)| k.span()))
            }
        };
        if let Some(value) = doc.get("retired")
            && let Some(items) = self.tables(value, "retired")
        {
            for (index, (table, span)) in items.into_iter().enumerate() {
                let (retired, spans) = self.retired(table, span, index);
                registry.retired.push(retired);
                map.retired.push(spans);
            }
        }
        Parsed { registry, map }
    }

    /// The tables of an array of tables (`[[error]]`, `[[retired]]`) with their spans; `None`
    /// when `value` is something else (reported here).
    fn tables<'t, 'i>(
        &mut self,
        value: &'t Value<'i>,
        key: &str,
    ) -> Option<Vec<(&'t DeTable<'i>, Range<usize>)>> {
        let tables = match value.get_ref() {
            DeValue::Array(items) => (items.iter())
                .map(|item| Some((item.get_ref().as_table()?, item.span())))
                .collect(),
            _ => None,
        };
        if tables.is_none() {
            self.error(
                Diagnostic::error(
                    value.span(),
                    format!(
                        "`{key}` must be an array of tables, found {}",
                        type_name(value.get_ref())
                    ),
                )
                .with_help(format!(
                    "write each one as a `[[{key}]]` table (double brackets)"
                )),
            );
        }
        tables
    }

    /// Reports every key of `toml` that is not in `known`. A key close to a known key that is
    /// required (in `required`) and absent is taken as that key misspelt: returned, so that the
    /// missing key is not reported a second time.
    fn unknown_keys(
        &mut self,
        toml: &DeTable<'_>,
        known: &[&'static str],
        required: &[&'static str],
        place: &dyn fmt::Display,
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
            &"in [registry]",
            "remove it: [registry] describes the API",
        );
        let header = span.start..span.start + "[registry]".len().min(span.end - span.start);
        let mut t = Table {
            toml,
            place: Place::Registry { in_file: true },
            spans: TableSpans::new(header),
            misspelt,
        };
        registry.name = self.string(&mut t, "name", true).unwrap_or_default();
        registry.description = self
            .string(&mut t, "description", false)
            .unwrap_or_default();
        if let Some(v) = self.value(&mut t, "code_type", false) {
            let help = "use `code_type = \"u16\"` (the default), `\"u32\"` for codes above 65535 \
                        or `\"str\"` for string codes";
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
        registry.version = self.string(&mut t, "version", false);
        registry.url = self.string(&mut t, "url", false);
        registry.non_exhaustive = self.boolean(&mut t, "non_exhaustive").unwrap_or(false);
        t.spans
    }

    /// A table of `kind` at `index` as messages name it, by the code and name it has.
    fn place<'t>(toml: &'t DeTable<'_>, kind: Kind, index: usize) -> Place<'t> {
        let code = toml.get("code").and_then(|c| match c.get_ref() {
            DeValue::Integer(int) => Some(Shown::Written(int.as_str())),
            DeValue::String(s) => Some(Shown::Written(s)),
            _ => None,
        });
        Place::Table {
            kind,
            index,
            code,
            name: toml.get("name").and_then(|n| n.get_ref().as_str()),
            in_file: true,
        }
    }

    /// Starts reading a table of `kind`: reports its unknown keys.
    fn open<'t, 'i>(
        &mut self,
        toml: &'t DeTable<'i>,
        span: Range<usize>,
        (kind, index): (Kind, usize),
        (known, required): (&[&'static str], &[&'static str]),
    ) -> Table<'t, 'i> {
        let place = Self::place(toml, kind, index);
        let otherwise = match kind {
            Kind::Error => "remove it: an entry describes one code",
            Kind::Retired => "remove it: a retired code has a code, a note and maybe a name",
        };
        let misspelt = self.unknown_keys(
            toml,
            known,
            required,
            &format_args!("in {place}"),
            otherwise,
        );
        Table {
            toml,
            place,
            spans: TableSpans::new(first_key(toml).unwrap_or(span)),
            misspelt,
        }
    }

    fn entry(
        &mut self,
        toml: &DeTable<'_>,
        span: Range<usize>,
        index: usize,
    ) -> (Entry, TableSpans) {
        let known: Vec<&'static str> = (ERROR_REQUIRED.iter().copied())
            .chain(KEYS.iter().map(|key| key.name))
            .collect();
        let mut t = self.open(toml, span, (Kind::Error, index), (&known, ERROR_REQUIRED));
        let code = self.code(&mut t);
        let mut s = |key| self.string(&mut t, key, true).unwrap_or_default();
        let (name, text, description) = (s("name"), s("text"), s("description"));
        let mut entry = Entry {
            code: code.unwrap_or_default(),
            name,
            text,
            description,
            ..Entry::default()
        };
        for key in KEYS {
            let given = match key.kind {
                KeyKind::Status => self.status(&mut t, key.name).map(Given::Status),
                KeyKind::Flag => self.boolean(&mut t, key.name).map(Given::Flag),
                KeyKind::Text | KeyKind::Link | KeyKind::OneOf(_) => {
                    self.string(&mut t, key.name, false).map(Given::Text)
                }
                KeyKind::Names => self.strings(&mut t, key.name).map(Given::Names),
            };
            if let Some(given) = given {
                (key.set)(&mut entry, given);
            }
        }
        (entry, t.spans)
    }

    fn retired(
        &mut self,
        toml: &DeTable<'_>,
        span: Range<usize>,
        index: usize,
    ) -> (Retired, TableSpans) {
        let required = &["code", "note"];
        let mut t = self.open(toml, span, (Kind::Retired, index), (RETIRED_KEYS, required));
        let code = self.code(&mut t);
        let name = self.string(&mut t, "name", false);
        let note = self.string(&mut t, "note", true).unwrap_or_default();
        let retired = Retired {
            code: code.unwrap_or_default(),
            name,
            note,
        };
        (retired, t.spans)
    }

    /// The value of `key`, reporting it missing when it is `required`.
    fn value<'t, 'i>(
        &mut self,
        t: &mut Table<'t, 'i>,
        key: &'static str,
        required: bool,
    ) -> Option<&'t Value<'i>> {
        let value = t.toml.get(key);
        if value.is_none() && required && !t.misspelt.contains(&key) {
            let place = t.place;
            let what = what_key_holds(key, matches!(place, Place::Registry { .. }));
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

    /// The value of `key` as `read` takes it (`None` from `read`: the wrong type, reported as not
    /// `expected`), recorded in the table's spans when it is read.
    fn typed<T>(
        &mut self,
        t: &mut Table<'_, '_>,
        (key, required): (&'static str, bool),
        (expected, help): (&str, String),
        read: impl FnOnce(&DeValue<'_>) -> Option<T>,
    ) -> Option<T> {
        let value = self.value(t, key, required)?;
        let read = read(value.get_ref());
        match read {
            Some(_) => t.spans.insert(key, value.span()),
            None => self.wrong_type(value, key, t.place, expected, value.get_ref(), help),
        }
        read
    }

    /// A string value.
    fn string(
        &mut self,
        t: &mut Table<'_, '_>,
        key: &'static str,
        required: bool,
    ) -> Option<String> {
        let help = format!("quote it: `{key} = \"…\"`");
        self.typed(t, (key, required), ("a string", help), |v| {
            v.as_str().map(str::to_owned)
        })
    }

    /// A boolean value.
    fn boolean(&mut self, t: &mut Table<'_, '_>, key: &'static str) -> Option<bool> {
        let help = format!("write `{key} = true` or `{key} = false`");
        self.typed(t, (key, false), ("a boolean", help), |v| match v {
            DeValue::Boolean(b) => Some(*b),
            _ => None,
        })
    }

    /// An array of strings, recorded in the table's spans when it is one, with the span of each
    /// string (for messages about one alias).
    fn strings(&mut self, t: &mut Table<'_, '_>, key: &'static str) -> Option<Vec<String>> {
        let value = self.value(t, key, false)?;
        let help = format!("list them as strings: `{key} = [\"OldName\"]`");
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(
                value,
                key,
                t.place,
                "an array of strings",
                value.get_ref(),
                help,
            );
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut item_spans = Vec::with_capacity(items.len());
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => {
                    out.push(s.to_string());
                    item_spans.push(item.span());
                }
                other => {
                    let (place, found) = (t.place, type_name(other));
                    let message =
                        format!("`{key}` in {place} must hold strings only, found {found}");
                    self.error(Diagnostic::error(item.span(), message).with_help(help.clone()));
                }
            }
        }
        if item_spans.len() < items.len() {
            return None;
        }
        t.spans.insert(key, value.span());
        t.spans.items = item_spans;
        Some(out)
    }

    /// An HTTP status (`status`): an integer (whether it is an HTTP status is a rule, reported
    /// here only when it is too far out to be held).
    fn status(&mut self, t: &mut Table<'_, '_>, key: &'static str) -> Option<u16> {
        let value = self.value(t, key, false)?;
        let help = "write an HTTP status from 100 to 599, such as `status = 404`";
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(value, key, t.place, "an integer", value.get_ref(), help);
            return None;
        };
        let n = i128::from_str_radix(int.as_str(), int.radix()).unwrap_or(i128::MAX);
        match u16::try_from(n) {
            Ok(status) => {
                t.spans.insert(key, value.span());
                Some(status)
            }
            Err(_) => {
                self.error(crate::rules::not_a_status(value.span(), n, t.place));
                None
            }
        }
    }

    /// The code of an entry or a retired code: an integer from 0 to `u32::MAX`, or a string
    /// (whether it is of the registry's code type is a rule).
    fn code(&mut self, t: &mut Table<'_, '_>) -> Option<Code> {
        let value = self.value(t, "code", true)?;
        let (span, place) = (value.span(), t.place);
        let int = match value.get_ref() {
            DeValue::Integer(int) => int,
            DeValue::String(s) => {
                t.spans.insert("code", span);
                return Some(Code::Str(s.to_string()));
            }
            other => {
                let help =
                    "write a whole number such as `code = 404`, or a string in a `str` registry";
                self.wrong_type(value, "code", place, "an integer or a string", other, help);
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
            self.error(
                Diagnostic::error(span, format!("`code` {n} in {place} does not fit in u32"))
                    .with_help(format!("integer codes are at most {}", u32::MAX)),
            );
            return None;
        };
        t.spans.insert("code", span);
        Some(Code::Int(code))
    }
}
