fn main() {
    errcodes_build::Config::new()
        .doc_examples("errcodes")
        // The crate's front page shows the table (`#![doc = include_str!(…/errors.md)]`).
        .markdown_file(true)
        // `errcodes::json_schema()` (feature `schemars`) serves the embedded registry's document
        // schema; without the feature, neither the file nor serde_json is built.
        .schema_file(std::env::var_os("CARGO_FEATURE_SCHEMARS").is_some())
        .compile("errors.toml");
}
