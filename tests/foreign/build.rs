fn main() {
    errcodes_build::compile("errors.toml");
    errcodes_build::Config::new()
        .enum_name("StorageError")
        .out_file("storage.rs")
        .compile("storage.toml");
}
