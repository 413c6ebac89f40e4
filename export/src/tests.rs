//! Helpers for the crate's unit tests.

use errcodes_build::Registry;

/// The embedded registry and the five catalogs of `registries/`, with their paths.
pub(crate) fn catalogs() -> Vec<(String, Registry)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths = vec![root.join("errors.toml")];
    for name in ["grpc", "iana-http", "sqlstate", "oci-distribution", "errno"] {
        paths.push(root.join(format!("registries/{name}.toml")));
    }
    paths
        .into_iter()
        .map(|p| {
            let registry = Registry::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
            (p.display().to_string(), registry)
        })
        .collect()
}
