//! Each example of the committed OpenAPI document is the problem the runtime sends for its entry.
#![cfg(feature = "problem")]

use errcodes::ErrorCode;

#[test]
fn openapi_examples_are_the_runtime_problems() {
    let registry =
        errcodes_build::Registry::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
    let document = errcodes_export::openapi::document(&registry, "ErrorCode");
    for code in ErrorCode::iter() {
        let status = code
            .status()
            .expect("every embedded code is an HTTP status");
        let example = &document["components"]["responses"][format!("Status{status}")]["content"]["application/problem+json"]
            ["examples"][code.name()]["value"];
        let sent = serde_json::to_value(code.problem()).unwrap();
        assert_eq!(example, &sent, "{code:?}");
    }
}
