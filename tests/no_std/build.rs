fn main() {
    // The embedded Nutcache registry (u16 codes) and the foreign test's u32 one.
    errcodes_build::compile("../../errors.toml");
    errcodes_build::Config::new()
        .enum_name("StorageError")
        .out_file("storage.rs")
        .compile("../foreign/storage.toml");
}
