//! The model written back as `errors.toml` text (by the `toml` crate, so every string is escaped
//! as TOML wants it).

use toml::{Table, Value};

use crate::model::{CodeType, Registry};

impl Registry {
    /// The registry as `errors.toml` text, which reads back as the same registry. Optional keys are
    /// written only when they differ from their defaults.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::Registry;
    /// let source = "[registry]\nname = 'A'\n\n[[error]]\ncode = 1\nname = 'One'\n\
    ///               text = 'One'\ndescription = 'First \"quoted\".'\n";
    /// let registry = Registry::from_source("e.toml", source).unwrap();
    /// let written = registry.to_toml();
    /// assert!(written.starts_with("[registry]\nname = \"A\"\n"), "{written}");
    /// assert!(written.contains("[[error]]\ncode = 1\nname = \"One\"\n"), "{written}");
    /// assert_eq!(Registry::from_source("again", &written).unwrap(), registry);
    /// ```
    pub fn to_toml(&self) -> String {
        let mut header = Table::new();
        header.insert("name".into(), self.name.as_str().into());
        if !self.description.is_empty() {
            header.insert("description".into(), self.description.as_str().into());
        }
        if self.code_type != CodeType::default() {
            header.insert("code_type".into(), self.code_type.as_str().into());
        }
        let entries = self.entries.iter().map(|e| {
            let mut t = Table::new();
            t.insert("code".into(), Value::Integer(i64::from(e.code)));
            t.insert("name".into(), e.name.as_str().into());
            t.insert("text".into(), e.text.as_str().into());
            t.insert("description".into(), e.description.as_str().into());
            Value::Table(t)
        });
        let mut doc = Table::new();
        doc.insert("registry".into(), Value::Table(header));
        doc.insert("error".into(), Value::Array(entries.collect()));
        doc.to_string()
    }
}
