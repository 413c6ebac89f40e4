fn main() {
    errcodes_build::Config::new()
        .doc_examples("errcodes")
        // `errcodes::json_schema()` serves the embedded registry's document schema.
        .schema_file(true)
        .compile("errors.toml");
}
