fn main() {
    errcodes_build::compile("errors.toml");
    // The same registry again with doctest examples on every item: the registry description comes
    // before the enum's example, so a code block left open by the description would swallow it.
    errcodes_build::Config::new()
        .out_file("with_examples.rs")
        .doc_examples("errcodes_markdown_hazards::with_examples")
        .compile("errors.toml");
}
