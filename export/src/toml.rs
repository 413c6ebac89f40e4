//! The model written back as `errors.toml` text, through `toml_writer` (the `toml` crate's own
//! writer, so every value is encoded as TOML wants it): the required keys, then the
//! optional ones in the order of `errcodes_build::keys::KEYS`.

use toml_writer::{TomlWrite, WriteTomlValue};

use errcodes_build::keys::{KEYS, Value};
use errcodes_build::{Code, CodeType, Entry, Registry, Retired};

/// Writes one table's `key = value` lines, leaving out optional keys that are not set.
struct Table<'w>(&'w mut String);

impl Table<'_> {
    /// `key = value`: the keys are the bare names of `errors.toml`, the value encoded by
    /// `toml_writer`.
    fn put(&mut self, key: &str, value: impl WriteTomlValue) -> &mut Self {
        self.0.push_str(key);
        self.0.push_str(" = ");
        // Writing to a `String` cannot fail.
        let _ = self.0.value(value);
        self.0.push('\n');
        self
    }

    fn opt(&mut self, key: &str, value: Option<impl WriteTomlValue>) -> &mut Self {
        if let Some(value) = value {
            self.put(key, value);
        }
        self
    }

    fn code(&mut self, code: &Code) -> &mut Self {
        match code {
            Code::Int(n) => self.put("code", n),
            Code::Str(s) => self.put("code", s.as_str()),
        }
    }
}

/// Starts the table `header` (`[registry]`, `[[error]]`), after a blank line unless it is the
/// first.
fn open<'w>(w: &'w mut String, header: &str) -> Table<'w> {
    if !w.is_empty() {
        w.push('\n');
    }
    w.push_str(header);
    w.push('\n');
    Table(w)
}

fn header(w: &mut String, r: &Registry) {
    open(w, "[registry]")
        .put("name", r.name.as_str())
        .opt(
            "description",
            Some(r.description.as_str()).filter(|d| !d.is_empty()),
        )
        .opt(
            "code_type",
            Some(r.code_type.as_str()).filter(|_| r.code_type != CodeType::default()),
        )
        .opt("version", r.version.as_deref())
        .opt("url", r.url.as_deref())
        .opt("non_exhaustive", Some(true).filter(|_| r.non_exhaustive));
}

fn entry(w: &mut String, e: &Entry) {
    let mut table = open(w, "[[error]]");
    table
        .code(&e.code)
        .put("name", e.name.as_str())
        .put("text", e.text.as_str())
        .put("description", e.description.as_str());
    // Each optional key the entry writes, as it wrote it.
    for key in KEYS {
        match (key.own)(e) {
            None => {}
            Some(Value::Status(status)) => _ = table.put(key.name, status),
            Some(Value::Flag) => _ = table.put(key.name, true),
            Some(Value::Text(text)) => _ = table.put(key.name, &*text),
            Some(Value::Names(names)) => _ = table.put(key.name, names),
        }
    }
}

fn retired(w: &mut String, r: &Retired) {
    open(w, "[[retired]]")
        .code(&r.code)
        .opt("name", r.name.as_deref())
        .put("note", r.note.as_str());
}

/// The registry as `errors.toml` text, which reads back as the same registry. Optional keys are
/// written only when they differ from their defaults.
///
/// # Example
/// ```
/// use errcodes_build::Registry;
/// let source = "[registry]\nname = 'A'\n\n[[error]]\ncode = 1\nname = 'One'\n\
///               text = 'One'\ndescription = 'First \"quoted\".'\nretryable = true\n";
/// let registry = Registry::from_source("e.toml", source).unwrap();
/// let written = errcodes_export::to_toml(&registry);
/// assert!(written.starts_with("[registry]\nname = \"A\"\n"), "{written}");
/// assert!(written.contains("[[error]]\ncode = 1\nname = \"One\"\n"), "{written}");
/// assert!(written.contains("retryable = true\n"), "{written}");
/// assert_eq!(Registry::from_source("again", &written).unwrap(), registry);
/// ```
pub fn to_toml(registry: &Registry) -> String {
    let mut w = String::new();
    header(&mut w, registry);
    for e in &registry.entries {
        entry(&mut w, e);
    }
    for r in &registry.retired {
        retired(&mut w, r);
    }
    w
}
