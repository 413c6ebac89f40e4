//! A crate including a registry whose descriptions hold every Markdown construct that rustdoc
//! could compile as a doctest or warn about (`errors.toml`). It proves that `cargo test` (doctests
//! included) and `RUSTDOCFLAGS="-D warnings" cargo doc` pass for the crate that includes the
//! generated code, whatever Markdown the registry holds.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/errors.rs"));

/// The same registry, generated with a doctest example on every item.
pub mod with_examples {
    include!(concat!(env!("OUT_DIR"), "/with_examples.rs"));
}
