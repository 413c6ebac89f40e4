//! The registry every subcommand works on: the embedded one, or another `errors.toml` read (from a
//! file or standard input) and validated at run time.

use std::io::{self, Read as _};
use std::path::Path;

use errcodes_build::{Checked, Diagnostic, Entry, Registry, Report};
use errcodes_export::json::{entry_data, to_pretty};

/// The path that stands for standard input: `errcodes check -`, `errcodes diff - NEW`,
/// `--registry -`; messages locate its problems in `-`.
pub const STDIN: &str = "-";

/// The embedded registry (the one `errcodes` was compiled with), as the model: read from the
/// `errors.toml` compiled into `errcodes`, so the installed binary needs no file beside it.
///
/// # Errors
/// Never in practice: `errcodes`' build validated the same text; a report if it did not.
pub fn embedded() -> Result<Registry, Report> {
    Registry::from_source("errors.toml (embedded)", errcodes::ERRORS_TOML)
}

/// Reads and checks the registry at `path`, or on standard input when `path` is `-`: the model
/// when it is valid, and the report (warnings too) either way.
pub fn check(path: &Path) -> Checked {
    if path != Path::new(STDIN) {
        return errcodes_build::check_path(path);
    }
    match read(path) {
        Ok(bytes) => errcodes_build::check_bytes(STDIN, &bytes),
        Err(message) => Checked {
            registry: None,
            report: Report::new(STDIN, "", vec![Diagnostic::error(None, message)]),
        },
    }
}

/// The bytes of `path`, or of standard input for `-`; an error that names the file.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    if path == Path::new(STDIN) {
        let mut bytes = Vec::new();
        return io::stdin()
            .read_to_end(&mut bytes)
            .map(|_| bytes)
            .map_err(|e| format!("cannot read standard input: {e}"));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The registry at `path` (standard input for `-`), validated, or the embedded one when there is
/// no path; the report of every problem when it is invalid.
pub fn open(path: Option<&Path>) -> Result<Registry, Report> {
    let Some(path) = path else {
        return embedded();
    };
    let checked = check(path);
    checked.registry.ok_or(checked.report)
}

/// The categories of the registry's entries, each once, in table order (none when the registry
/// does not use `category`).
pub fn categories(registry: &Registry) -> Vec<&str> {
    let mut categories: Vec<&str> = Vec::new();
    for category in registry
        .entries
        .iter()
        .filter_map(|e| e.category.as_deref())
    {
        if !categories.contains(&category) {
            categories.push(category);
        }
    }
    categories
}

/// Entries as a pretty JSON array of entry objects (what `list` and `search` write).
pub fn entries_json<'r>(registry: &Registry, entries: impl Iterator<Item = &'r Entry>) -> String {
    to_pretty(&serde_json::Value::Array(
        entries.map(|e| entry_data(registry, e)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use errcodes::ErrorCode;
    use errcodes_build::keys;

    #[test]
    fn embedded_model_is_the_compiled_table() {
        let registry = embedded().expect("the embedded registry is valid");
        // The same model the repository's errors.toml parses to.
        let source = Registry::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml"))
            .expect("the repository's registry is valid");
        assert_eq!(registry, source);
        // And the compiled enum holds that table.
        assert_eq!(registry.entries.len(), ErrorCode::COUNT);
        for (entry, e) in registry.entries.iter().zip(ErrorCode::iter()) {
            assert_eq!(entry.code.as_int(), Some(u32::from(e.code())));
            assert_eq!(
                (entry.name.as_str(), entry.text.as_str()),
                (e.name(), e.text())
            );
            assert_eq!(entry.description, e.description());
            assert_eq!(registry.status(entry), e.status());
        }
    }

    #[test]
    fn which_keys_a_registry_uses() {
        let nutcache = embedded().expect("the embedded registry is valid");
        assert!(!nutcache.uses(&keys::STATUS) && !nutcache.uses(&keys::RETRYABLE));
        assert!(categories(&nutcache).is_empty());
        let grpc = crate::lookup::fixtures::catalog("grpc.toml");
        assert!(grpc.uses(&keys::STATUS) && grpc.uses(&keys::RETRYABLE));
        let oci = crate::lookup::fixtures::catalog("oci-distribution.toml");
        assert_eq!(
            categories(&oci),
            ["Blob", "Manifest", "Repository", "Auth", "General"]
        );
    }
}
