//! A real `cargo build` of a crate whose registry is invalid fails, and cargo's output carries each
//! located problem once, with its source line and help (not a panic, not cargo's dump of the build
//! script's output): what a user sees when they make a mistake in errors.toml.

use std::path::Path;
use std::process::Command;

/// Builds a crate (in `target/errcodes-tests/NAME`) whose build script compiles `registry`: whether
/// the build succeeded, and cargo's output.
fn cargo_build(name: &str, registry: &str) -> (bool, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Outside the workspace's members, but under target/ so repeated runs reuse the build; the
    // crates share one target directory (cargo locks it while one builds).
    let tests = root.join("target/errcodes-tests");
    let work = tests.join(name);
    let src = work.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let root_str = root.display().to_string().replace('\\', "/");
    std::fs::write(
        work.join("Cargo.toml"),
        format!(
            r#"[package]
name = "{name}"
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
    std::fs::write(work.join("errors.toml"), registry).unwrap();

    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--manifest-path"])
        .arg(work.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", tests.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), out)
}

fn corpus(file: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("codegen/tests/bad").join(file)).unwrap()
}

#[test]
fn cargo_build_of_a_bad_registry_fails_with_each_problem_once() {
    let bad = corpus("duplicates.toml");
    let (success, out) = cargo_build("bad-registry-user", &bad);
    assert!(!success, "the build must fail:\n{out}");
    let expected: Vec<&str> = bad
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .collect();
    assert_eq!(expected.len(), 2);
    for e in expected {
        // `19:8: error: duplicate code 404 in …`: cargo's error line carries the location and the
        // message once, without a second `error:`.
        let (at, message) = e.split_once(" error: ").unwrap();
        let line = format!("error: bad-registry-user@0.0.0: errors.toml:{at} {message} | ");
        assert_eq!(out.matches(message).count(), 1, "{e} once:\n{out}");
        assert_eq!(out.matches(&line).count(), 1, "{line}\n{out}");
    }
    // With the source line it is on, and what to do.
    assert_eq!(out.matches(" | 19 | code = 404 | help: each code appears once; remove or renumber one of the entries\n").count(), 1, "{out}");
    assert_eq!(out.matches(" | 20 | name = \"Gone\" | help: each variant name appears once; rename one of the entries\n").count(), 1, "{out}");
    // Nothing else: no dump of the build script's output, no note about backtraces, no panic.
    for noise in [
        "--- stdout",
        "--- stderr",
        "CARGO_PROFILE",
        "panicked",
        "failed to run custom build command",
    ] {
        assert!(!out.contains(noise), "{noise}:\n{out}");
    }
}

#[test]
fn cargo_build_of_a_registry_with_warnings_shows_each_once_and_succeeds() {
    let registry = corpus("warnings-only.toml");
    let (success, out) = cargo_build("warned-registry-user", &registry);
    assert!(success, "warnings do not fail the build:\n{out}");
    let expected: Vec<&str> = registry
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .collect();
    assert_eq!(expected.len(), 3);
    for e in expected {
        let (at, message) = e.split_once(" warning: ").unwrap();
        let line = format!("warning: warned-registry-user@0.0.0: errors.toml:{at} {message} | ");
        assert_eq!(out.matches(message).count(), 1, "{e} once:\n{out}");
        assert_eq!(out.matches(&line).count(), 1, "{line}\n{out}");
    }
    assert!(
        out.contains(" | help: it is kept verbatim; remove the spaces unless they are meant\n"),
        "{out}"
    );
}
