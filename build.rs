fn main() {
    errcodes_build::Config::new()
        .doc_examples("errcodes")
        .compile("errors.toml");
}
