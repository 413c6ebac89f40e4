fn main() {
    errcodes_build::compile("errors.toml");
    errcodes_build::Config::new()
        .enum_name("StorageError")
        .out_file("storage.rs")
        .compile("storage.toml");
    errcodes_build::Config::new()
        .enum_name("MixedError")
        .out_file("mixed.rs")
        .compile("mixed.toml");
}
