//! The registry every subcommand works on: the embedded one, rebuilt as `errcodes-build`'s model
//! from the compiled enum, or another `errors.toml` read and validated at run time.

use std::path::Path;

use errcodes::ErrorCode;
use errcodes::export::{ExportEntry, Table};
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
                code: u32::from(e.code()).into(),
                name: e.name().to_owned(),
                text: e.text().to_owned(),
                description: e.description().to_owned(),
                ..Entry::default()
            })
            .collect(),
        ..Registry::default()
    }
}

/// The registry at `path`, validated; the report of every problem when it is invalid.
pub fn load(path: &Path) -> Result<Registry, Report> {
    let checked = errcodes_build::check_path(path);
    checked.registry.ok_or(checked.report)
}

/// The export table of a registry (its enum named `ErrorCode`, as `errcodes-build` names it by
/// default).
pub fn table(registry: &Registry) -> Table<'_> {
    Table {
        enum_name: "ErrorCode",
        name: &registry.name,
        description: &registry.description,
        entries: registry.entries.iter().map(entry).collect(),
    }
}

/// The export form of one entry.
pub fn entry(e: &Entry) -> ExportEntry<'_> {
    ExportEntry {
        code: e.code.as_int().unwrap_or(0),
        name: &e.name,
        text: &e.text,
        description: &e.description,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_is_the_compiled_table() {
        let registry = embedded();
        assert_eq!(table(&registry), Table::of::<ErrorCode>());
        assert_eq!(registry.code_type, CodeType::U16);
        // The same model the repository's errors.toml parses to.
        let source = Registry::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml"))
            .expect("the repository's registry is valid");
        assert_eq!(registry, source);
    }
}
