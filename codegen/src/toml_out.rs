//! The model written back as `errors.toml` text (by the `toml` crate, so every string is escaped
//! as TOML wants it).

use toml::{Table, Value};

use crate::model::{Code, CodeType, Entry, Registry, Retired};

/// Builds a table key by key, leaving out optional keys that are not set.
struct Writer(Table);

impl Writer {
    fn new() -> Self {
        Writer(Table::new())
    }

    fn put(&mut self, key: &str, value: impl Into<Value>) -> &mut Self {
        self.0.insert(key.to_owned(), value.into());
        self
    }

    fn opt(&mut self, key: &str, value: Option<impl Into<Value>>) -> &mut Self {
        if let Some(value) = value {
            self.put(key, value);
        }
        self
    }

    fn code(&mut self, code: &Code) -> &mut Self {
        match code {
            Code::Int(n) => self.put("code", i64::from(*n)),
            Code::Str(s) => self.put("code", s.as_str()),
        }
    }

    fn done(&mut self) -> Value {
        Value::Table(std::mem::take(&mut self.0))
    }
}

fn header(r: &Registry) -> Value {
    let mut w = Writer::new();
    w.put("name", r.name.as_str());
    w.opt(
        "description",
        Some(r.description.as_str()).filter(|d| !d.is_empty()),
    );
    w.opt(
        "code_type",
        Some(r.code_type.as_str()).filter(|_| r.code_type != CodeType::default()),
    );
    w.opt("version", r.version.as_deref());
    w.opt("url", r.url.as_deref());
    w.opt("non_exhaustive", Some(true).filter(|_| r.non_exhaustive));
    w.done()
}

fn entry(e: &Entry) -> Value {
    let mut w = Writer::new();
    w.code(&e.code)
        .put("name", e.name.as_str())
        .put("text", e.text.as_str())
        .put("description", e.description.as_str())
        .opt("status", e.status.map(i64::from))
        .opt("retryable", Some(true).filter(|_| e.retryable))
        .opt("category", e.category.as_deref())
        .opt("url", e.url.as_deref());
    if !e.aliases.is_empty() {
        w.put(
            "aliases",
            e.aliases.iter().map(String::as_str).collect::<Vec<_>>(),
        );
    }
    w.opt("deprecated", e.deprecated.as_deref());
    w.done()
}

fn retired(r: &Retired) -> Value {
    let mut w = Writer::new();
    w.code(&r.code)
        .opt("name", r.name.as_deref())
        .put("note", r.note.as_str());
    w.done()
}

impl Registry {
    /// The registry as `errors.toml` text, which reads back as the same registry. Optional keys are
    /// written only when they differ from their defaults.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::Registry;
    /// let source = "[registry]\nname = 'A'\n\n[[error]]\ncode = 1\nname = 'One'\n\
    ///               text = 'One'\ndescription = 'First \"quoted\".'\nretryable = true\n";
    /// let registry = Registry::from_source("e.toml", source).unwrap();
    /// let written = registry.to_toml();
    /// assert!(written.starts_with("[registry]\nname = \"A\"\n"), "{written}");
    /// assert!(written.contains("[[error]]\ncode = 1\nname = \"One\"\n"), "{written}");
    /// assert!(written.contains("retryable = true\n"), "{written}");
    /// assert_eq!(Registry::from_source("again", &written).unwrap(), registry);
    /// ```
    pub fn to_toml(&self) -> String {
        let mut doc = Writer::new();
        doc.put("registry", header(self));
        doc.put("error", self.entries.iter().map(entry).collect::<Vec<_>>());
        if !self.retired.is_empty() {
            doc.put(
                "retired",
                self.retired.iter().map(retired).collect::<Vec<_>>(),
            );
        }
        doc.0.to_string()
    }
}
