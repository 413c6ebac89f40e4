//! The model written back as `errors.toml` text, and validation of a model built by hand.

use core::fmt::Write as _;

use crate::diagnostic::Report;
use crate::model::{CodeType, Registry};
use crate::parse::check_source;

/// A TOML basic string for `s`: quotes, backslashes and control characters escaped.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Registry {
    /// The registry as `errors.toml` text, which reads back as the same registry.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::Registry;
    /// let source = "[registry]\nname = \"A\"\n\n[[error]]\ncode = 1\nname = \"One\"\n\
    ///               text = \"One\"\ndescription = \"First \\\"quoted\\\".\"\n";
    /// let registry = Registry::from_source("e.toml", source).unwrap();
    /// assert_eq!(registry.to_toml(), source);
    /// assert_eq!(Registry::from_source("again", &registry.to_toml()).unwrap(), registry);
    /// ```
    pub fn to_toml(&self) -> String {
        let mut out = String::with_capacity(64 + self.entries.len() * 160);
        let _ = writeln!(out, "[registry]\nname = {}", toml_string(&self.name));
        if !self.description.is_empty() {
            let _ = writeln!(out, "description = {}", toml_string(&self.description));
        }
        if self.code_type != CodeType::default() {
            let _ = writeln!(out, "code_type = {}", toml_string(self.code_type.as_str()));
        }
        for e in &self.entries {
            let _ = write!(
                out,
                "\n[[error]]\ncode = {}\nname = {}\ntext = {}\ndescription = {}\n",
                e.code,
                toml_string(&e.name),
                toml_string(&e.text),
                toml_string(&e.description)
            );
        }
        out
    }

    /// Checks a registry built in code (rather than read from a file) against the rules of the file
    /// format: unique codes and names, valid variant names, codes that fit, no empty strings.
    ///
    /// # Errors
    /// A [`Report`] whose locations point into [`Registry::to_toml`]'s text.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::{Entry, Registry};
    /// let entry = |code, name: &str| Entry {
    ///     code,
    ///     name: name.into(),
    ///     text: "Text".into(),
    ///     description: "Description.".into(),
    /// };
    /// let mut registry = Registry {
    ///     name: "A".into(),
    ///     description: String::new(),
    ///     code_type: Default::default(),
    ///     entries: vec![entry(1, "One"), entry(1, "Two")],
    /// };
    /// assert!(registry.validate().unwrap_err().to_string().contains("duplicate code 1"));
    /// registry.entries[1].code = 2;
    /// assert!(registry.validate().is_ok());
    /// ```
    pub fn validate(&self) -> Result<(), Report> {
        let checked = check_source("<registry>", &self.to_toml());
        if checked.report.has_errors() {
            Err(checked.report)
        } else {
            Ok(())
        }
    }
}
