//! ARCHITECTURE.md matches the code: every file or folder it names (in backticks, ending in `.rs`,
//! `.toml`, `.md` or `/`) is there, at the root of the workspace or in one of the source folders
//! it describes.

use std::path::Path;

/// Where a name in ARCHITECTURE.md may be relative to: the root, then each crate's sources.
const FOLDERS: [&str; 7] = [
    "",
    "codegen/src",
    "codegen/src/rust",
    "src",
    "export/src",
    "cli/src",
    "cli/src/cmd",
];

/// The names in backticks that look like paths.
fn named_paths(text: &str) -> Vec<&str> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.contains(' ') && !s.contains("::") && !s.contains('{'))
        .filter(|s| {
            [".rs", ".toml", ".md", "/"]
                .iter()
                .any(|end| s.ends_with(end))
        })
        .collect()
}

#[test]
fn every_path_architecture_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let paths = named_paths(&text);
    assert!(paths.len() > 30, "{paths:?}");
    let missing: Vec<&str> = paths
        .into_iter()
        .filter(|p| {
            let p = p.trim_start_matches('/');
            !FOLDERS.iter().any(|f| root.join(f).join(p).exists())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that are not there: {missing:?}"
    );
}
