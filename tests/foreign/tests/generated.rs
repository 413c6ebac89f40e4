//! The generated code as a file: several registries share a module, and a binary that includes
//! one runs.

use std::process::Command;

use errcodes::ErrorEnum;

use errcodes_foreign_test::together::{MixedError, StorageError};

#[test]
fn two_registries_in_one_module_keep_their_own_tables() {
    assert_eq!(
        StorageError::from_code(70_000),
        Some(StorageError::DiskFull)
    );
    for e in MixedError::iter() {
        assert_eq!(MixedError::from_code(e.code()), Some(e));
        assert_eq!(MixedError::from_name(e.name()), Some(e));
        assert_eq!(MixedError::REGISTRY.from_name(e.name()), Some(e));
    }
    for e in StorageError::iter() {
        assert_eq!(StorageError::from_name(e.name()), Some(e));
        assert_eq!(StorageError::REGISTRY.from_code(e.code()), Some(e));
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
    assert_eq!(problem.code(), ErrorCode::iter().next().unwrap());
    assert_eq!(problem.instance(), Some("/projects/42"));
}
