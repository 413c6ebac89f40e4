//! Golden files: the Rust source the generator writes for the embedded registry and for gRPC's,
//! committed under `tests/golden/`, so that a change of the generator shows in review as a diff
//! of the code it writes (as prost-build's `_expected_*.rs` fixtures do).
//!
//! After an intended change: `ERRCODES_BLESS=1 cargo test -p errcodes-build --test golden`, then
//! review and commit the files.

use std::path::Path;

use errcodes_build::{Config, Registry};

/// Generates `registry` (a path from the workspace root) with `config` and compares the source
/// with `tests/golden/{golden}`, or writes it there when `ERRCODES_BLESS` is set.
fn check(registry: &str, config: &Config, golden: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let model = Registry::from_path(root.join(registry)).unwrap_or_else(|r| panic!("{r}"));
    let source = config
        .generate(&model, registry)
        .expect("the configuration is valid");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(golden);
    if std::env::var_os("ERRCODES_BLESS").is_some() {
        std::fs::write(&path, &source).expect("the golden file is written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        source == expected,
        "the source generated from {registry} differs from {}: review the change, then run \
         `ERRCODES_BLESS=1 cargo test -p errcodes-build --test golden` and commit the file",
        path.display()
    );
}

#[test]
fn the_embedded_registry() {
    // As errcodes' own build script configures it.
    check(
        "errors.toml",
        Config::new().doc_examples("errcodes"),
        "errors.rs",
    );
}

#[test]
fn grpc() {
    // As tests/foreign compiles it.
    check(
        "registries/grpc.toml",
        Config::new().enum_name("GrpcCode"),
        "grpc.rs",
    );
}
