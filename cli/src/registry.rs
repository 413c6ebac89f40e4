//! The registry every subcommand works on: the embedded one, rebuilt as `errcodes-build`'s model
//! from the compiled enum, or another `errors.toml` read and validated at run time.

use std::path::Path;

use errcodes::ErrorCode;
use errcodes_build::export::{entry_data, to_pretty};
use errcodes_build::{CodeType, Entry, Registry, Report};

/// The embedded registry (the one `errcodes` was compiled with), as the model.
///
/// It comes from the generated enum, not from a file, so the installed binary needs no
/// `errors.toml` beside it.
pub fn embedded() -> Registry {
    Registry {
        name: ErrorCode::REGISTRY_NAME.to_owned(),
        description: ErrorCode::REGISTRY_DESCRIPTION.to_owned(),
        // The enum is `#[repr]` of the registry's code type.
        code_type: if size_of::<ErrorCode>() <= size_of::<u16>() {
            CodeType::U16
        } else {
            CodeType::U32
        },
        entries: ErrorCode::ALL
            .iter()
            .map(|e| Entry {
                code: e.code().into(),
                name: e.name().to_owned(),
                text: e.text().to_owned(),
                description: e.description().to_owned(),
            })
            .collect(),
    }
}

/// The registry at `path`, validated; the report of every problem when it is invalid.
pub fn load(path: &Path) -> Result<Registry, Report> {
    let checked = errcodes_build::check_path(path);
    checked.registry.ok_or(checked.report)
}

/// The registry at `path`, or the embedded one when there is no path.
pub fn open(path: Option<&Path>) -> Result<Registry, Report> {
    path.map_or_else(|| Ok(embedded()), load)
}

/// Entries as a pretty JSON array of entry objects (what `list` and `search` write).
pub fn entries_json<'r>(entries: impl Iterator<Item = &'r Entry>) -> String {
    to_pretty(&serde_json::Value::Array(entries.map(entry_data).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_is_the_compiled_table() {
        let registry = embedded();
        assert_eq!(registry.code_type, CodeType::U16);
        // The same model the repository's errors.toml parses to.
        let source = Registry::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml"))
            .expect("the repository's registry is valid");
        assert_eq!(registry, source);
    }
}
