//! Checking a registry: read from a file (shape by `parse.rs`, then the rules of `rules.rs` with
//! the file's spans) or built in code (the same rules, naming entries instead of locations).

use std::path::Path;

use crate::diagnostic::{Diagnostic, Report};
use crate::model::Registry;
use crate::parse::Parsed;
use crate::{parse, rules};

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
        check_path(path).into_result()
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
        check_source(origin, source).into_result()
    }

    /// Checks a registry built in code (rather than read from a file) against the same rules as a
    /// file: unique codes and names, valid variant names, codes that fit, no empty text. There is
    /// no file to point into, so each problem names its entry (`entry 2 (1 Two)`, counting from 1
    /// in [`Registry::entries`]).
    ///
    /// # Errors
    /// A [`Report`] of every error (warnings alone are not an error).
    ///
    /// # Example
    /// ```
    /// use errcodes_build::{Entry, Registry};
    /// let entry = |code: u32, name: &str| Entry {
    ///     code: code.into(),
    ///     name: name.into(),
    ///     text: "Text".into(),
    ///     description: "Description.".into(),
    ///     ..Entry::default()
    /// };
    /// let mut registry = Registry {
    ///     name: "A".into(),
    ///     entries: vec![entry(1, "One"), entry(1, "Two")],
    ///     ..Registry::default()
    /// };
    /// let report = registry.validate().unwrap_err().to_string();
    /// assert!(report.starts_with(
    ///     "registry `A`: error: duplicate code 1 in entry 2 (1 Two): entry 1 (1 One) has it already\n"
    /// ), "{report}");
    /// registry.entries[1].code = 2.into();
    /// assert!(registry.validate().is_ok());
    /// ```
    pub fn validate(&self) -> Result<(), Report> {
        let report = Report::new(
            format!("registry `{}`", self.name),
            "",
            rules::check(self, None),
        );
        if report.has_errors() {
            Err(report)
        } else {
            Ok(())
        }
    }
}

impl Checked {
    fn into_result(self) -> Result<Registry, Report> {
        self.registry.ok_or(self.report)
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
        Err(e) => {
            let d = Diagnostic::error(None, format!("cannot read {origin}: {e}")).with_help(
                "check the path; it is resolved against the current directory (in a build script, the package root)",
            );
            Checked {
                registry: None,
                report: Report::new(origin, "", vec![d]),
            }
        }
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
            let d = Diagnostic::error(start..start + 1, "the file is not valid UTF-8")
                .with_label("not UTF-8")
                .with_help("save the file as UTF-8");
            Checked {
                registry: None,
                report: Report::new(origin, shown, vec![d]),
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
    let (parsed, report) = read(origin, source);
    Checked {
        registry: parsed.map(|p| p.registry),
        report,
    }
}

/// Reads and checks `source`: the registry with its spans when it has no error, and the report.
pub(crate) fn read(origin: &str, source: &str) -> (Option<Parsed>, Report) {
    let mut diagnostics = Vec::new();
    let parsed = parse::parse(source, &mut diagnostics);
    if let Some(parsed) = &parsed {
        diagnostics.extend(rules::check(&parsed.registry, Some((&parsed.map, source))));
    }
    let report = Report::new(origin, source, diagnostics);
    (parsed.filter(|_| !report.has_errors()), report)
}
