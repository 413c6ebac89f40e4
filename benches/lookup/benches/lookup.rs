//! What a client does with errcodes, against what it would write by hand, at the sizes of
//! published catalogs (see `BENCHMARKS.md` for how to run it and the figures):
//!
//! - `from_code_text/N`, `from_code_text_str/N`: `E::from_code(c).map(|e| e.text())` against a
//!   hand-written `match` from code to `Option<&'static str>`;
//! - `from_name/N`, `from_name_str/N`: `E::from_name(k)` (names and aliases) against a
//!   `std::collections::HashMap<&str, usize>` of the same names and aliases, built once.
//!
//! N is 6 (the embedded registry), 262 (synthetic integer codes; PostgreSQL's SQLSTATE for string
//! codes) and 3,000 (synthetic). Every iteration walks the same 1,024 keys, half hits and half
//! misses, shuffled; the time of one lookup is criterion's time divided by 1,024 (its throughput
//! line gives lookups per second). Only the generated enum's public API is used: `from_code`,
//! `from_name`, `text`, `code`, `iter`.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

/// Lookups per iteration.
const LOOKUPS: usize = 1024;

/// A `from_name` group: errcodes against a `HashMap<&str, usize>` of every name and alias.
macro_rules! from_name {
    ($c:expr, $m:ident, $group:expr) => {{
        let names: Vec<&'static str> = $m::baseline::NAMES.iter().map(|&(k, _)| k).collect();
        let keys = synth::name_keys(&names, LOOKUPS, 2);
        let map: HashMap<&'static str, usize> = $m::baseline::NAMES.iter().copied().collect();
        let mut g = $c.benchmark_group($group);
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box($m::ErrorCode::from_name(black_box(k.as_str())));
                }
            })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(map.get(black_box(k.as_str())).copied());
                }
            })
        });
        g.finish();
    }};
}

/// `from_code_text/N` and `from_name/N` on an integer-code registry: module `$m` of
/// `errcodes_bench` holds its `ErrorCode` and its `baseline`.
macro_rules! bench_int {
    ($c:expr, $m:path, $size:literal) => {{
        use m::ErrorCode;
        use m::baseline::Code;
        use $m as m;
        let codes: Vec<u32> = ErrorCode::iter().map(|e| u32::from(e.code())).collect();
        let keys: Vec<Code> = synth::code_keys(&codes, u64::from(Code::MAX), LOOKUPS, 1)
            .into_iter()
            .map(|k| Code::try_from(k).expect("the keys fit the code type"))
            .collect();
        let mut g = $c.benchmark_group(concat!("from_code_text/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes", |b| {
            b.iter(|| {
                for &k in &keys {
                    black_box(ErrorCode::from_code(black_box(k)).map(|e| e.text()));
                }
            })
        });
        g.bench_function("match", |b| {
            b.iter(|| {
                for &k in &keys {
                    black_box(m::baseline::match_text(black_box(k)));
                }
            })
        });
        g.finish();
        from_name!($c, m, concat!("from_name/", $size));
    }};
}

/// `from_code_text_str/N` and `from_name_str/N` on a string-code registry.
macro_rules! bench_str {
    ($c:expr, $m:path, $size:literal) => {{
        use m::ErrorCode;
        use $m as m;
        let codes: Vec<&'static str> = ErrorCode::iter().map(|e| e.code()).collect();
        let keys = synth::str_code_keys(&codes, LOOKUPS, 3);
        let mut g = $c.benchmark_group(concat!("from_code_text_str/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(ErrorCode::from_code(black_box(k.as_str())).map(|e| e.text()));
                }
            })
        });
        g.bench_function("match", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(m::baseline::match_text(black_box(k.as_str())));
                }
            })
        });
        g.finish();
        from_name!($c, m, concat!("from_name_str/", $size));
    }};
}

fn lookups(c: &mut Criterion) {
    bench_int!(c, errcodes_bench::seed, 6);
    bench_int!(c, errcodes_bench::int_262, 262);
    bench_int!(c, errcodes_bench::int_3000, 3000);
    bench_str!(c, errcodes_bench::str_262, 262);
    bench_str!(c, errcodes_bench::str_3000, 3000);
}

criterion_group!(benches, lookups);
criterion_main!(benches);
