//! # errcodes
//!
//! An API's error-code table, typed and free at run time. The table lives in `errors.toml`; the
//! build compiles it (with [`errcodes-build`](https://docs.rs/errcodes-build)) into the
//! [`ErrorCode`] enum, one variant per code, and a static table of its entries with perfect-hash
//! maps ([`Registry`]): no parsing, no start-up cost and no allocation when a code is looked up.
//!
//! This crate embeds the **Nutcache API**'s error table (below, under *The embedded registry*), and
//! is also the runtime any other API's table is compiled against (*Another API's table*).
//!
//! ## Quick start
//! ```toml
//! [dependencies]
//! errcodes = "0.1"    # features: see the table below
//! ```
//!
//! ```
//! use errcodes::ErrorCode;
//!
//! let e = ErrorCode::from_code(404).unwrap();
//! assert_eq!(e, ErrorCode::NotFound);
//! assert_eq!(e.code(), 404);
//! assert_eq!(e.text(), "Requested Resource not Found");
//! assert_eq!(e.to_string(), "404 Requested Resource not Found");
//! assert!(e.description().contains("invalid ID/Nutcache domain"));
//! assert_eq!("TooManyRequests".parse::<ErrorCode>(), Ok(ErrorCode::TooManyRequests));
//! assert_eq!(ErrorCode::COUNT, 6);
//! ```
//!
//! The enum implements strum's traits (written out by the generator; they are re-exported here):
//!
//! ```
//! use errcodes::{EnumCount, ErrorCode, IntoEnumIterator, VariantNames};
//!
//! assert_eq!(<ErrorCode as EnumCount>::COUNT, 6);
//! assert_eq!(ErrorCode::iter().len(), ErrorCode::COUNT);
//! assert_eq!(ErrorCode::iter().next(), Some(ErrorCode::BadRequest));
//! assert_eq!(ErrorCode::VARIANTS[0], "BadRequest");
//! ```
//!
//! ## Features
#![cfg_attr(feature = "document-features", doc = document_features::document_features!())]
#![cfg_attr(
    not(feature = "document-features"),
    doc = "Each feature is described by its `##` comment in the `[features]` table of \
           `Cargo.toml` (docs built with the `document-features` feature, as on docs.rs, list \
           them here)."
)]
//!
//! `is_client_error()`/`is_server_error()` need no feature: they go by the entry's HTTP status
//! class (400–499, 500–599).
//!
//! ## HTTP
//! With `http`, a client turns a response's status into the documented error:
//!
//! ```
//! # #[cfg(feature = "http")] {
//! use errcodes::ErrorCode;
//! use errcodes::http::StatusCode;
//!
//! let status = StatusCode::TOO_MANY_REQUESTS; // e.g. `response.status()` from reqwest or hyper
//! let e = ErrorCode::from_status(status).unwrap();
//! assert_eq!(e.text(), "Too Many Requests");
//! assert!(e.description().contains("20000 API requests per day"));
//! assert!(e.is_client_error());
//! assert_eq!(StatusCode::from(ErrorCode::InternalServerError), StatusCode::INTERNAL_SERVER_ERROR);
//! # }
//! ```
//!
//! Conversions go by each entry's HTTP status (`status()`): its `status` key in `errors.toml`, or
//! else the code itself when every code of the registry is an HTTP status (100–599, RFC 9110 §15),
//! as in the Nutcache table. When every entry has a status, the enum gets
//! `From<E> for http::StatusCode`; otherwise only `TryFrom`, whose error ([`NoStatus`]) keeps the
//! variant: no entry is mapped to a status it does not have. Several entries may share a status;
//! `from_status` gives the first, `E::iter().filter(|e| e.status() == Some(400))` them all.
//!
//! With `problem`, a server answers with RFC 9457 problem details made from the code (`type` its
//! documentation link or `about:blank`, `title` its text, `detail` its description as plain text,
//! `status` its status, and `code` the registry's code), as `application/problem+json`; with
//! `axum` a `Problem` is a response. `examples/axum_problem.rs` is a server,
//! `examples/http_client.rs` the client side.
//!
//! ```
//! # #[cfg(feature = "problem")] {
//! use errcodes::ErrorCode;
//!
//! let response = ErrorCode::NotFound.problem().with_instance("/projects/42").to_response();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! # }
//! ```
//!
//! ## Codes a server adds
//! An API's table grows: a server may send a code its clients were not built with. The generated
//! enum rejects a code it does not have (that is what a server wants: it only sends what it
//! documents), so a client reads codes into [`Code<E>`](Code), which keeps an unknown code whole
//! (an integer or a string), writes it back unchanged, and still matches the known ones:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use errcodes::{Code, ErrorCode};
//!
//! #[derive(serde::Deserialize)]
//! struct Failure {
//!     code: Code<ErrorCode>,
//! }
//!
//! let failure: Failure = serde_json::from_str(r#"{"code": 418}"#).unwrap();
//! match failure.code {
//!     Code::Known(ErrorCode::TooManyRequests) => { /* back off */ }
//!     Code::Known(e) => println!("{e}: {}", e.description()),
//!     unknown => println!("{unknown}"), // 418 (unknown code of the Nutcache API)
//! }
//! # }
//! ```
//!
//! Problem details come back the same way: [`problem::Received`] reads a server's
//! `application/problem+json` with its `code` as a `Code<E>` and every extension member kept.
//!
//! Whether adding a code breaks the crates that use a registry is `[registry] non_exhaustive`'s
//! to say. With `non_exhaustive = true` the enum is `#[non_exhaustive]`: other crates match it
//! with a `_` arm, so an added code is a minor release. Without it, the enum is exhaustive (a
//! `match` can name every code), and an added code is a breaking change, a major release.
//! `#[non_exhaustive]` binds only the crates that depend on the one that includes the generated
//! code (Rust's rule): a crate that wants its own `match`es held to it compiles its registry in a
//! crate of its own and depends on it.
//! **The embedded Nutcache registry is non-exhaustive**: Nutcache may add codes, and a client of
//! its API must be ready for them. `errcodes diff OLD NEW` checks which of these a change is.
//!
//! ## `no_std`
//! Without default features the crate is `#![no_std]` and needs no allocator: the enum, its
//! `const` accessors, the lookups and the `phf` maps are all static (CI builds it, and a
//! `#![no_std]` crate compiling its own registry, for `thumbv7em-none-eabihf`).
//!
//! ```toml
//! errcodes = { version = "0.1", default-features = false }           # add "serde" if wanted
//! ```
//!
//! ## Another API's table
//! A crate with its own `errors.toml` adds `errcodes` as a dependency and `errcodes-build` as a
//! build-dependency, then:
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     errcodes_build::compile("errors.toml");
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! include!(concat!(env!("OUT_DIR"), "/errors.rs"));
//! ```
//!
//! The generated code reaches `phf`, `strum`, `serde` and `schemars` through this crate, so those
//! need no place in the crate's own `Cargo.toml`.
//!
//! ## The embedded registry
//!
#![doc = include_str!("../schema/errors.md")]
// `cargo test` links std for its harness; the tests of the no-`alloc` path still run without `alloc`.
#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The build-script example's `fn main` is the point.
#![allow(clippy::needless_doctest_main)]

// The generated code names this crate `::errcodes`, as it would from any other crate.
#[cfg(feature = "alloc")]
extern crate alloc;
extern crate self as errcodes;

#[cfg(feature = "alloc")]
mod code;
mod codes;
mod entry;
mod error_enum;
mod error_enum_impls;
mod http_impls;
mod iter;
mod lookup_error;
#[cfg(feature = "problem")]
pub mod problem;
mod problem_impls;
mod registry;
mod schemars_impls;
mod serde_impls;

#[cfg(feature = "alloc")]
pub use code::{Code, Unknown};
pub use entry::{Entry, Retired};
pub use error_enum::{ErrorEnum, RawCode};
/// The `http` crate (feature `http`), whose `StatusCode` the error codes convert to and from.
#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "http")]
pub use http_impls::NoStatus;
pub use iter::Iter;
pub use lookup_error::LookupError;
pub use registry::Registry;
pub use strum::{EnumCount, IntoEnumIterator, VariantNames};

include!(concat!(env!("OUT_DIR"), "/errors.rs"));

/// The embedded registry's `errors.toml`, verbatim: the table the enum was compiled from, for
/// tools that read it as data (the `errcodes` command line builds its model from it).
///
/// # Example
/// ```
/// assert!(errcodes::ERRORS_TOML.contains("name = \"Nutcache API\""));
/// ```
pub const ERRORS_TOML: &str = include_str!("../errors.toml");

/// The JSON Schema (2020-12) of the embedded registry's document, its codes and entries: the
/// same schema as the committed `schema/errors.schema.json` (feature `schemars`), exported by
/// errcodes-build when the crate was built.
///
/// # Example
/// ```
/// let schema = errcodes::json_schema();
/// let codes = &schema.as_value()["$defs"]["ErrorCode"]["oneOf"];
/// assert_eq!(codes.as_array().unwrap().len(), errcodes::ErrorCode::COUNT);
/// ```
#[cfg(feature = "schemars")]
pub fn json_schema() -> schemars::Schema {
    schemars_impls::parse_schema(include_str!("../schema/errors.schema.json"))
}

// The README's Rust examples are doctests too, so what a newcomer reads first is known to work.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// What the generated code uses, re-exported so a crate that compiles its own registry depends on
/// `errcodes` alone. Not a public API: its contents may change in any release.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "alloc")]
    pub use alloc::borrow::Cow;

    pub use phf;
    pub use strum;

    pub use crate::codes::Codes;
    pub use crate::error_enum::Raw;
    pub use crate::error_enum_impls::names;
    #[cfg(feature = "http")]
    pub use crate::http_impls::{from_status, to_status};
    #[cfg(feature = "http")]
    pub use http;

    #[cfg(feature = "schemars")]
    pub use crate::schemars_impls::code_schema;
    #[cfg(feature = "serde")]
    pub use crate::serde_impls::{deserialize_code, serialize_code};
    #[cfg(feature = "schemars")]
    pub use schemars;
    #[cfg(feature = "serde")]
    pub use serde;
}
