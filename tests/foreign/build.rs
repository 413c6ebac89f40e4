fn main() {
    errcodes_build::compile("errors.toml");
    large_registry();
    errcodes_build::Config::new()
        .enum_name("StorageError")
        .out_file("storage.rs")
        .compile("storage.toml");
    errcodes_build::Config::new()
        .enum_name("MixedError")
        .out_file("mixed.rs")
        .compile("mixed.toml");
    // Two versions of one API's table: a client built against v1 reads what a v2 server sends.
    for version in ["v1", "v2"] {
        errcodes_build::Config::new()
            .out_file(format!("evolution_{version}.rs"))
            .compile(format!("evolution/{version}.toml"));
    }
    // The public catalogs under registries/, all in one module (`catalogs`).
    for (file, enum_name) in [
        ("grpc", "GrpcCode"),
        ("iana-http", "HttpStatus"),
        ("sqlstate", "SqlState"),
        ("oci-distribution", "OciError"),
        ("errno", "Errno"),
    ] {
        errcodes_build::Config::new()
            .enum_name(enum_name)
            .out_file(format!("{file}.rs"))
            .compile(format!("../../registries/{file}.toml"));
    }
}

/// A registry of codes too far apart for a table (11 apart: `from_code` is the `phf` map), shaped
/// like the Windows SDK's Win32 table: sparse `u32` codes, each with its symbol as an alias, categories, a
/// retired code. Its generated code is linted by `cargo clippy -D warnings` with the rest.
fn large_registry() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let mut toml = String::from(
        "[registry]\nname = \"Large\"\ncode_type = \"u32\"\n\n\
         [[retired]]\ncode = 2\nnote = \"Never sent.\"\n",
    );
    for i in 0..4_200u32 {
        let code = 3 + 11 * i;
        toml.push_str(&format!(
            "\n[[error]]\ncode = {code}\nname = \"E{code}\"\ntext = \"Error {code}.\"\n\
             description = \"The error numbered {code}.\"\naliases = [\"ERROR_{code}\"]\n\
             category = \"Group {}\"\nretryable = {}\n",
            i % 10,
            i % 3 == 0
        ));
    }
    let path = out.join("large.toml");
    std::fs::write(&path, toml).expect("large.toml is written");
    errcodes_build::Config::new()
        .enum_name("LargeError")
        .out_file("large.rs")
        .compile(&path);
}
