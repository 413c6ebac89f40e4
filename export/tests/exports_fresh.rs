//! The published reference and the modules of the embedded registry are committed:
//! `schema/errors.html`, `schema/openapi.json`, `schema/errors.md` (the table on errcodes' front
//! page), `schema/errors.ts` and `schema/errors.py` are what the generator makes now from
//! `errors.toml`, byte for byte.
//!
//! `ERRCODES_BLESS=1 cargo test -p errcodes-export --test exports_fresh` rewrites them instead of
//! failing (the same bytes `errcodes export --format html|openapi|typescript|python` and
//! `list --format markdown` print).

use std::io::Write;
use std::path::Path;

use errcodes_build::Registry;
use errcodes_export::json::to_pretty;

/// How to regenerate the files, said by every failure.
const REGENERATE: &str = "ERRCODES_BLESS=1 cargo test -p errcodes-export --test exports_fresh";

/// The workspace root.
fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The registry model of `errors.toml`.
fn embedded() -> Registry {
    Registry::from_path(root().join("errors.toml")).unwrap_or_else(|e| panic!("{e}"))
}

/// The 1-based number of the first line where `a` and `b` differ (they differ somewhere).
fn first_difference(a: &str, b: &str) -> usize {
    let mut lines = a.lines().zip(b.lines());
    let same = lines.position(|(x, y)| x != y);
    same.unwrap_or_else(|| a.lines().count().min(b.lines().count())) + 1
}

/// Fails when the committed `relative` is not `now`; with `ERRCODES_BLESS=1`, writes `now` there
/// (whole, through a temporary file: other tests may read it meanwhile).
fn assert_fresh(relative: &str, now: &str) {
    let path = root().join(relative);
    if std::env::var("ERRCODES_BLESS").as_deref() == Ok("1") {
        let partial = root().join(format!("{relative}.tmp"));
        if let Err(e) =
            std::fs::write(&partial, now).and_then(|()| std::fs::rename(&partial, &path))
        {
            panic!("cannot write {relative}: {e}");
        }
        // Past the harness's capture: a rewrite is always seen.
        let _ = writeln!(std::io::stderr(), "ERRCODES_BLESS=1: wrote {relative}");
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(committed) if committed == now => {}
        Ok(committed) => panic!(
            "{relative} differs from what the generator makes now (first at line {}).\n\
             Regenerate it: {REGENERATE}",
            first_difference(&committed, now)
        ),
        Err(e) => panic!("cannot read {relative}: {e}. Generate it: {REGENERATE}"),
    }
}

#[test]
fn committed_html_page_is_current() {
    assert_fresh(
        "schema/errors.html",
        &errcodes_export::html::page(&embedded()),
    );
}

#[test]
fn committed_openapi_document_is_current() {
    let document = errcodes_export::openapi::document(&embedded(), "ErrorCode");
    assert_fresh("schema/openapi.json", &to_pretty(&document));
}

#[test]
fn committed_typescript_module_is_current() {
    assert_fresh(
        "schema/errors.ts",
        &errcodes_export::typescript::module(&embedded()),
    );
}

#[test]
fn committed_python_module_is_current() {
    let module = errcodes_export::python::module(&embedded()).unwrap_or_else(|e| panic!("{e}"));
    assert_fresh("schema/errors.py", &module);
}

#[test]
fn committed_markdown_table_is_current() {
    assert_fresh(
        "schema/errors.md",
        &errcodes_export::markdown_table(&embedded()),
    );
}
