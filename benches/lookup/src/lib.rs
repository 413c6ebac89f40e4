//! The registries the benchmarks look codes up in, each with its baselines (see `BENCHMARKS.md`).
//!
//! [`nutcache`] is `errcodes`' embedded registry (6 entries). The synthetic registries of 1,000,
//! 10,000 and 100,000 entries are compiled by this crate's build script through `errcodes-build`,
//! exactly as a user's crate compiles its own, when `ERRCODES_BENCH_SIZES` names them (default:
//! `1000,10000`). The string-code registries `s6`, `s1000` and `s10000` (SQLSTATE-like codes, every
//! optional key on their entries) are built when `ERRCODES_BENCH_STR_SIZES` names them (default:
//! `6,1000,10000`).
#![forbid(unsafe_code)]

/// `errcodes`' embedded registry (the Nutcache API, 6 entries) and its baselines.
pub mod nutcache {
    pub use errcodes::{BY_CODE, BY_NAME, ErrorCode};

    /// Hand-written alternatives, generated from the same `errors.toml`.
    pub mod baseline {
        use super::ErrorCode;
        include!(concat!(env!("OUT_DIR"), "/base_6.rs"));
    }
}

macro_rules! registry {
    ($name:ident, $n:literal, $doc:literal) => {
        #[doc = $doc]
        pub mod $name {
            include!(concat!(env!("OUT_DIR"), "/reg_", $n, ".rs"));

            /// Hand-written alternatives, generated from the same model.
            pub mod baseline {
                use super::ErrorCode;
                include!(concat!(env!("OUT_DIR"), "/base_", $n, ".rs"));
            }
        }
    };
}

macro_rules! str_registry {
    ($name:ident, $n:literal, $doc:literal) => {
        #[doc = $doc]
        pub mod $name {
            include!(concat!(env!("OUT_DIR"), "/reg_str_", $n, ".rs"));

            /// Hand-written alternatives, generated from the same model. (Some variants are
            /// deprecated: a user's `match` names them all the same.)
            #[allow(deprecated)]
            pub mod baseline {
                use super::ErrorCode;
                include!(concat!(env!("OUT_DIR"), "/base_str_", $n, ".rs"));
            }
        }
    };
}

#[cfg(errcodes_bench_1000)]
registry!(
    n1000,
    "1000",
    "A generated registry of 1,000 entries (u16 codes)."
);
#[cfg(errcodes_bench_10000)]
registry!(
    n10000,
    "10000",
    "A generated registry of 10,000 entries (u16 codes)."
);
#[cfg(errcodes_bench_100000)]
registry!(
    n100000,
    "100000",
    "A generated registry of 100,000 entries (u32 codes)."
);

#[cfg(errcodes_bench_str_6)]
str_registry!(
    s6,
    "6",
    "A generated registry of 6 string codes, every optional key on its entries."
);
#[cfg(errcodes_bench_str_1000)]
str_registry!(
    s1000,
    "1000",
    "A generated registry of 1,000 string codes, every optional key on its entries."
);
#[cfg(errcodes_bench_str_10000)]
str_registry!(
    s10000,
    "10000",
    "A generated registry of 10,000 string codes, every optional key on its entries."
);
