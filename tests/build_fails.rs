//! A real `cargo build` of a crate whose registry is invalid fails, and cargo's output carries the
//! located problems (not a panic): what a user sees when they make a mistake in errors.toml.

use std::path::Path;
use std::process::Command;

#[test]
fn cargo_build_of_a_bad_registry_fails_with_located_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Outside the workspace's members, but under target/ so repeated runs reuse the build.
    let work = root.join("target/errcodes-tests/bad-registry-crate");
    let src = work.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let root_str = root.display().to_string().replace('\\', "/");
    std::fs::write(
        work.join("Cargo.toml"),
        format!(
            r#"[package]
name = "bad-registry-user"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
errcodes = {{ path = "{root_str}", default-features = false }}

[build-dependencies]
errcodes-build = {{ path = "{root_str}/codegen" }}

[workspace]
"#
        ),
    )
    .unwrap();
    std::fs::write(
        work.join("build.rs"),
        "fn main() {\n    errcodes_build::compile(\"errors.toml\");\n}\n",
    )
    .unwrap();
    std::fs::write(
        src.join("lib.rs"),
        "include!(concat!(env!(\"OUT_DIR\"), \"/errors.rs\"));\n",
    )
    .unwrap();
    // The same dependency versions as the workspace, so the build needs nothing new.
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock")).unwrap();
    let bad = std::fs::read_to_string(root.join("tests/bad/duplicates.toml")).unwrap();
    std::fs::write(work.join("errors.toml"), &bad).unwrap();

    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--quiet", "--manifest-path"])
        .arg(work.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!output.status.success(), "the build must fail:\n{out}");
    let expected: Vec<&str> = bad
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .collect();
    assert_eq!(expected.len(), 2);
    for e in expected {
        // Both as cargo's own error line and in the full report with the source line and caret.
        assert!(
            out.contains(&format!("error: bad-registry-user@0.0.0: errors.toml:{e}")),
            "{e}\n{out}"
        );
        assert!(out.contains(&format!("errors.toml:{e}\n")), "{e}\n{out}");
    }
    assert!(out.contains("^^^ used again here"), "{out}");
    assert!(out.contains("= help: each code appears once"), "{out}");
    assert!(!out.contains("panicked"), "no panic: {out}");
}
