//! The registries the benchmarks look codes up in, each with its baselines (see `BENCHMARKS.md`).
//!
//! [`seed`] is `errcodes`' embedded registry (6 entries). The others are compiled by this crate's
//! build script through `errcodes-build`, exactly as a user's crate compiles its own: synthetic
//! registries of 262 and 3,000 integer codes ([`int_262`], [`int_3000`]), PostgreSQL's 262
//! SQLSTATE codes (`registries/sqlstate.toml`, [`str_262`]) and 3,000 synthetic string codes
//! ([`str_3000`]). Each module holds the generated `ErrorCode` and a `baseline` module: a
//! hand-written `match` from code to text and every name and alias with its position. The
//! 262-entry registries also have a `peer` module: the same table compiled the peer's way
//! (`peer.rs`, as rust-postgres compiles SQLSTATE).
#![forbid(unsafe_code)]

/// `errcodes`' embedded registry (the Nutcache API, 6 entries) and its baselines.
pub mod seed {
    pub use errcodes::ErrorCode;

    /// Hand-written alternatives, generated from the same `errors.toml`.
    pub mod baseline {
        include!(concat!(env!("OUT_DIR"), "/base_seed.rs"));
    }
}

/// A registry the build script compiled, with its baselines (and the peer's code, when `peer`).
macro_rules! registry {
    ($name:ident, $doc:literal $(, $peer:ident)?) => {
        #[doc = $doc]
        pub mod $name {
            include!(concat!(env!("OUT_DIR"), "/", stringify!($name), ".rs"));

            /// Hand-written alternatives, generated from the same `errors.toml`.
            pub mod baseline {
                include!(concat!(env!("OUT_DIR"), "/base_", stringify!($name), ".rs"));
            }

            $(
                /// The same table compiled the peer's way (`peer.rs`).
                pub mod $peer {
                    include!(concat!(env!("OUT_DIR"), "/peer_", stringify!($name), ".rs"));
                }
            )?
        }
    };
}

registry!(
    int_262,
    "262 synthetic integer codes, every optional key.",
    peer
);
registry!(
    int_3000,
    "3,000 synthetic integer codes, every optional key."
);
registry!(
    str_262,
    "PostgreSQL's 262 SQLSTATE codes (`registries/sqlstate.toml`).",
    peer
);
registry!(
    str_3000,
    "3,000 synthetic string codes, every optional key."
);
