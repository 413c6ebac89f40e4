//! The generated code as a file: it reads like one a person wrote (rustfmt leaves it as it is),
//! several registries share a module, and a binary that includes one runs.

use std::path::Path;
use std::process::Command;

use errcodes_foreign_test::together::{MixedError, StorageError};

#[test]
fn generated_files_pass_rustfmt_check() {
    let out_dir = Path::new(env!("OUT_DIR"));
    for file in ["errors.rs", "storage.rs", "mixed.rs"] {
        let path = out_dir.join(file);
        let output = Command::new("rustfmt")
            .args(["--edition", "2024", "--check"])
            .arg(&path)
            .output()
            .expect("rustfmt runs (rustup component add rustfmt)");
        assert!(
            output.status.success(),
            "rustfmt --check {}:\n{}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

#[test]
fn two_registries_in_one_module_keep_their_own_tables() {
    assert_eq!(
        StorageError::from_code(70_000),
        Some(StorageError::DiskFull)
    );
    assert_eq!(StorageError::BY_CODE.len(), StorageError::COUNT);
    assert_eq!(MixedError::BY_CODE.len(), MixedError::COUNT);
    for e in MixedError::iter() {
        assert_eq!(MixedError::from_code(e.code()), Some(e));
        assert_eq!(MixedError::from_name(e.name()), Some(e));
        assert_eq!(MixedError::BY_NAME.get(e.name()), Some(e.entry()));
    }
    for e in StorageError::iter() {
        assert_eq!(StorageError::from_name(e.name()), Some(e));
        assert_eq!(StorageError::BY_CODE.get(&e.code()), Some(e.entry()));
    }
}

#[test]
fn a_binary_that_includes_a_registry_runs() {
    let output = Command::new(env!("CARGO_BIN_EXE_lookup"))
        .args(["70000", "12"])
        .output()
        .expect("the binary runs");
    assert!(output.status.success());
    let expected = format!(
        "{}\n12: unknown\n",
        errcodes_foreign_test::storage::StorageError::DiskFull
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
}

#[test]
fn readme_holds_the_compiled_snippet_verbatim() {
    let readme = include_str!("../../../README.md");
    let snippet = include_str!("../src/readme_snippet.rs");
    assert!(
        readme.contains(&format!("```rust,ignore\n{snippet}```")),
        "README.md's HTTP snippet differs from tests/foreign/src/readme_snippet.rs"
    );
}

#[cfg(all(feature = "http", feature = "problem"))]
#[test]
fn the_readme_snippet_works_for_another_registry() {
    use errcodes::http::StatusCode;
    use errcodes_foreign_test::readme::{ErrorCode, explain, project};
    use std::future::Future;
    use std::task::{Context, Poll, Waker};

    assert_eq!(
        explain(StatusCode::NOT_FOUND),
        "404 Not Found: not an error of the Acme \"Rocket\" API"
    );
    let mut future = std::pin::pin!(project());
    let Poll::Ready(Err(problem)) = future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    else {
        panic!("project() answers at once, with a problem");
    };
    assert_eq!(problem.code(), ErrorCode::from_index(0).unwrap());
    assert_eq!(problem.instance(), Some("/projects/42"));
}
