//! A crate compiling its own error registries through `errcodes-build`, exactly as a user's crate
//! would: `errcodes` as its only dependency, `errcodes-build` as its only build-dependency.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/errors.rs"));

/// A second registry in the same crate, with `u32` codes and a custom enum name.
pub mod storage {
    include!(concat!(env!("OUT_DIR"), "/storage.rs"));
}

/// A third registry, some of whose codes are HTTP statuses and some not.
pub mod mixed {
    include!(concat!(env!("OUT_DIR"), "/mixed.rs"));
}

/// Two registries side by side in one module: each keeps its tables in its own enum's associated
/// items, so nothing the generated code defines collides.
pub mod together {
    include!(concat!(env!("OUT_DIR"), "/storage.rs"));
    include!(concat!(env!("OUT_DIR"), "/mixed.rs"));
}

/// A registry of 4,200 sparse `u32` codes, too far apart for a table: `from_code` is a `phf` map.
pub mod large {
    include!(concat!(env!("OUT_DIR"), "/large.rs"));
}

/// The README's snippet for another API's table (`src/readme_snippet.rs`, which README holds
/// verbatim), compiled as written beside a generated `ErrorCode`.
#[cfg(all(feature = "http", feature = "problem"))]
pub mod readme {
    include!(concat!(env!("OUT_DIR"), "/errors.rs"));
    include!("readme_snippet.rs");
}

/// The public catalogs of `registries/` (gRPC, the IANA HTTP status registry, PostgreSQL's
/// SQLSTATE, the OCI distribution error codes, Linux errno), side by side in one module.
pub mod catalogs {
    include!(concat!(env!("OUT_DIR"), "/grpc.rs"));
    include!(concat!(env!("OUT_DIR"), "/iana-http.rs"));
    include!(concat!(env!("OUT_DIR"), "/sqlstate.rs"));
    include!(concat!(env!("OUT_DIR"), "/oci-distribution.rs"));
    include!(concat!(env!("OUT_DIR"), "/errno.rs"));
}

/// Version 1 of an API's table (`evolution/v1.toml`), as a client was built against it.
pub mod client_v1 {
    include!(concat!(env!("OUT_DIR"), "/evolution_v1.rs"));
}

/// Version 1.1 of the same table (`evolution/v2.toml`), as the server now runs it.
pub mod server_v2 {
    include!(concat!(env!("OUT_DIR"), "/evolution_v2.rs"));
}
