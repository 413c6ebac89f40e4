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
