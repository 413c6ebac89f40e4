//! `errcodes` against the alternatives a user would write by hand, on the embedded registry (6
//! entries) and on generated registries of 1,000 to 100,000 entries. See `BENCHMARKS.md` for how
//! to run it and the figures.
//!
//! Every lookup benchmark walks the same 1,024 keys (half hits, half misses, shuffled) per
//! iteration; criterion's throughput line gives lookups per second, and the time divided by 1,024
//! is the time of one lookup. The string-code registries (`s6`, `s1000`, `s10000`) are measured
//! in the groups `from_code_str/N`, and by name or alias in `from_name_alias/N`; the perfect hash
//! alone, on tables built at run time for 10,000 and 100,000 names and aliases, in
//! `perfect_hash/N`.

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::LazyLock;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

/// Lookups per iteration.
const LOOKUPS: usize = 1024;

/// One entry as the run-time alternative keeps it.
#[allow(dead_code)]
struct Entry {
    name: String,
    text: String,
    description: String,
}

/// What a `LazyLock<HashMap>` registry does on first use: parse the embedded TOML.
fn parse_toml(source: &str) -> HashMap<u32, Entry> {
    let table: toml::Table = source.parse().expect("the registry is valid TOML");
    let errors = table["error"].as_array().expect("[[error]] entries");
    errors
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().expect("a string").to_owned();
            let code = e["code"].as_integer().expect("an integer code") as u32;
            let entry = Entry {
                name: s("name"),
                text: s("text"),
                description: s("description"),
            };
            (code, entry)
        })
        .collect()
}

macro_rules! bench_registry {
    ($c:expr, $m:path, $size:literal, $($extra:ident),*) => {{
        use $m as m;
        use m::ErrorCode;
        type Code = m::baseline::Code;
        let c: &mut Criterion = $c;
        let codes: Vec<u32> = ErrorCode::iter().map(|e| u32::from(e.code())).collect();
        let names: Vec<&'static str> = ErrorCode::iter().map(|e| e.name()).collect();
        let keys: Vec<Code> = synth::code_keys(&codes, u64::from(Code::MAX), LOOKUPS, 1)
            .into_iter()
            .map(|k| Code::try_from(k).expect("keys fit the code type"))
            .collect();
        let name_keys = synth::name_keys(&names, LOOKUPS, 2);
        let by_code: HashMap<Code, ErrorCode> = ErrorCode::iter().map(|e| (e.code(), e)).collect();
        let by_name: HashMap<&'static str, ErrorCode> =
            ErrorCode::iter().map(|e| (e.name(), e)).collect();

        let mut g = c.benchmark_group(concat!("from_code/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes from_code", |b| {
            b.iter(|| for &k in &keys { black_box(ErrorCode::from_code(black_box(k))); })
        });
        g.bench_function("phf BY_CODE", |b| {
            b.iter(|| for &k in &keys { black_box(m::ErrorCode::BY_CODE.get(&black_box(k)).map(|i| i.code)); })
        });
        g.bench_function("match", |b| {
            b.iter(|| for &k in &keys { black_box(m::baseline::match_code(black_box(k))); })
        });
        g.bench_function("binary search", |b| {
            // What a user writes: the codes sorted with their variants (built once, outside the loop).
            let sorted: Vec<(Code, ErrorCode)> = m::baseline::SORTED
                .iter()
                .map(|&(c, i)| (c, ErrorCode::from_index(i as usize).expect("a position")))
                .collect();
            b.iter(|| for &k in &keys {
                let k = black_box(k);
                black_box(
                    sorted
                        .binary_search_by_key(&k, |&(c, _)| c)
                        .ok()
                        .map(|i| sorted[i].1),
                );
            })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| for &k in &keys { black_box(by_code.get(&black_box(k)).copied()); })
        });
        g.finish();

        let mut g = c.benchmark_group(concat!("from_code_text/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes from_code+text", |b| {
            b.iter(|| for &k in &keys { black_box(ErrorCode::from_code(black_box(k)).map(ErrorCode::text)); })
        });
        g.bench_function("match", |b| {
            b.iter(|| for &k in &keys { black_box(m::baseline::match_text(black_box(k))); })
        });
        $( bench_registry!(@http $extra, g, keys); )*
        g.finish();

        let mut g = c.benchmark_group(concat!("from_name/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes from_name", |b| {
            b.iter(|| for k in &name_keys { black_box(ErrorCode::from_name(black_box(k))); })
        });
        g.bench_function("phf BY_NAME", |b| {
            b.iter(|| for k in &name_keys { black_box(m::ErrorCode::BY_NAME.get(black_box(k.as_str())).map(|e| e.code)); })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| for k in &name_keys { black_box(by_name.get(black_box(k.as_str())).copied()); })
        });
        $( bench_registry!(@str $extra, g, name_keys, m); )*
        g.finish();

        // The first lookup after start: errcodes has no start-up (static tables, nothing lazy);
        // the usual alternative parses an embedded TOML into a `LazyLock<HashMap>` on first use.
        let mut g = c.benchmark_group(concat!("first_lookup/", $size));
        if $size > 1000 {
            g.sample_size(10);
        }
        let mut next = 0;
        let mut key = move || { next = (next + 1) % LOOKUPS; keys[next] };
        g.bench_function("errcodes (no state: every lookup is a first)", |b| {
            b.iter_batched(&mut key, |k| ErrorCode::from_code(k).map(ErrorCode::text), BatchSize::SmallInput)
        });
        g.bench_function("LazyLock<HashMap> from TOML, first", |b| {
            b.iter_batched(
                || (LazyLock::new(|| parse_toml(m::baseline::TOML)), key()),
                |(map, k)| {
                    let text = map.get(&u32::from(k)).map(|e| e.text.len());
                    (text, map)
                },
                BatchSize::PerIteration,
            )
        });
        let warm = LazyLock::new(|| parse_toml(m::baseline::TOML));
        LazyLock::force(&warm);
        g.bench_function("LazyLock<HashMap> from TOML, warm", |b| {
            b.iter_batched(&mut key, |k| warm.get(&u32::from(k)).map(|e| e.text.len()), BatchSize::SmallInput)
        });
        g.finish();
    }};
    (@http http, $g:ident, $keys:ident) => {
        $g.bench_function("http canonical_reason", |b| {
            b.iter(|| for &k in &$keys {
                black_box(http::StatusCode::from_u16(black_box(k)).ok().and_then(|s| s.canonical_reason()));
            })
        });
    };
    (@http $other:ident, $g:ident, $keys:ident) => {};
    (@str str, $g:ident, $keys:ident, $m:ident) => {
        $g.bench_function("match", |b| {
            b.iter(|| for k in &$keys { black_box($m::baseline::match_name(black_box(k))); })
        });
        $g.bench_function("strum FromStr", |b| {
            b.iter(|| for k in &$keys { black_box(k.parse::<$m::baseline::StrumName>().ok()); })
        });
    };
    (@str $other:ident, $g:ident, $keys:ident, $m:ident) => {};
}

/// String codes (`code_type = "str"`): `from_code(&str)` against a `match` on `&str`, a
/// `HashMap<&str, _>`, binary search on the sorted codes, and the `phf` map `BY_CODE` itself.
macro_rules! bench_str_registry {
    ($c:expr, $m:path, $size:literal) => {{
        use m::ErrorCode;
        use $m as m;
        let c: &mut Criterion = $c;
        let codes: Vec<&'static str> = ErrorCode::iter().map(|e| e.code()).collect();
        let keys = synth::str_code_keys(&codes, LOOKUPS, 3);
        let by_code: HashMap<&'static str, ErrorCode> =
            ErrorCode::iter().map(|e| (e.code(), e)).collect();

        let mut g = c.benchmark_group(concat!("from_code_str/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes from_code", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(ErrorCode::from_code(black_box(k.as_str())));
                }
            })
        });
        g.bench_function("phf BY_CODE", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(
                        ErrorCode::BY_CODE
                            .get(black_box(k.as_str()))
                            .map(|e| e.code),
                    );
                }
            })
        });
        g.bench_function("match", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(m::baseline::match_code(black_box(k.as_str())));
                }
            })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| {
                for k in &keys {
                    black_box(by_code.get(black_box(k.as_str())).copied());
                }
            })
        });
        g.bench_function("binary search", |b| {
            // What a user writes: the codes sorted with their variants (built once, outside the loop).
            let sorted: Vec<(&str, ErrorCode)> = m::baseline::SORTED
                .iter()
                .map(|&(c, i)| (c, ErrorCode::from_index(i as usize).expect("a position")))
                .collect();
            b.iter(|| {
                for k in &keys {
                    let k = black_box(k.as_str());
                    black_box(
                        sorted
                            .binary_search_by(|&(c, _)| c.cmp(k))
                            .ok()
                            .map(|i| sorted[i].1),
                    );
                }
            })
        });
        g.finish();

        // By name or alias: these registries give aliases to one entry in four.
        let all_names: Vec<&'static str> = ErrorCode::iter()
            .flat_map(|e| std::iter::once(e.name()).chain(e.aliases().iter().copied()))
            .collect();
        let name_keys = synth::name_keys(&all_names, LOOKUPS, 4);
        let by_name: HashMap<&'static str, ErrorCode> = ErrorCode::iter()
            .flat_map(|e| {
                std::iter::once(e.name())
                    .chain(e.aliases().iter().copied())
                    .map(move |k| (k, e))
            })
            .collect();
        let mut g = c.benchmark_group(concat!("from_name_alias/", $size));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("errcodes from_name", |b| {
            b.iter(|| {
                for k in &name_keys {
                    black_box(ErrorCode::from_name(black_box(k.as_str())));
                }
            })
        });
        g.bench_function("phf BY_NAME", |b| {
            b.iter(|| {
                for k in &name_keys {
                    black_box(
                        ErrorCode::BY_NAME
                            .get(black_box(k.as_str()))
                            .map(|e| e.code),
                    );
                }
            })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| {
                for k in &name_keys {
                    black_box(by_name.get(black_box(k.as_str())).copied());
                }
            })
        });
        g.finish();
    }};
}

/// The perfect hash itself at sizes whose registry crate takes too long to build for a routine
/// run: `errcodes::__private::PerfectHash::find` on tables that `errcodes-build` builds here, at
/// run time, from the names and aliases of `synth::with_keys(synth::registry(N))` (the generated
/// code holds the same tables in statics, its seed and sizes constants), against a
/// `HashMap<&str, usize>` of the same keys.
fn perfect_hash(c: &mut Criterion) {
    for n in [10_000, 100_000] {
        let registry = synth::with_keys(synth::registry(n));
        let keys: Vec<&'static str> = registry
            .entries
            .iter()
            .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
            .map(|k| &*Box::leak(k.clone().into_boxed_str()))
            .collect();
        let keys: &'static [&'static str] = Box::leak(keys.into_boxed_slice());
        let params = errcodes_build::__private::build(keys);
        let table = errcodes::__private::PerfectHash {
            seed: params.seed,
            pilots: Box::leak(params.pilots.into_boxed_slice()),
            slots: Box::leak(params.slots.into_boxed_slice()),
        };
        let lookups = synth::name_keys(keys, LOOKUPS, 5);
        let map: HashMap<&'static str, usize> =
            keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
        let mut g = c.benchmark_group(format!("perfect_hash/{n}"));
        g.throughput(Throughput::Elements(LOOKUPS as u64));
        g.bench_function("PerfectHash::find", |b| {
            b.iter(|| {
                for k in &lookups {
                    black_box(
                        table.find(black_box(k.as_str()), keys.len(), |i| keys[i].as_bytes()),
                    );
                }
            })
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| {
                for k in &lookups {
                    black_box(map.get(black_box(k.as_str())).copied());
                }
            })
        });
        // The same lookups, hits only and misses only (each half repeated to 1,024 keys).
        let (hits, misses): (Vec<&String>, Vec<&String>) =
            lookups.iter().partition(|k| map.contains_key(k.as_str()));
        for (what, half) in [("hits", hits), ("misses", misses)] {
            let half: Vec<&str> = half
                .iter()
                .cycle()
                .take(LOOKUPS)
                .map(|k| k.as_str())
                .collect();
            g.bench_function(format!("PerfectHash::find, {what} only"), |b| {
                b.iter(|| {
                    for &k in &half {
                        black_box(table.find(black_box(k), keys.len(), |i| keys[i].as_bytes()));
                    }
                })
            });
            g.bench_function(format!("HashMap, {what} only"), |b| {
                b.iter(|| {
                    for &k in &half {
                        black_box(map.get(black_box(k)).copied());
                    }
                })
            });
        }
        g.finish();
    }
}

#[cfg(errcodes_bench_str_6)]
fn s6(c: &mut Criterion) {
    bench_str_registry!(c, errcodes_bench::s6, 6);
}
#[cfg(not(errcodes_bench_str_6))]
fn s6(_: &mut Criterion) {}

#[cfg(errcodes_bench_str_1000)]
fn s1000(c: &mut Criterion) {
    bench_str_registry!(c, errcodes_bench::s1000, 1000);
}
#[cfg(not(errcodes_bench_str_1000))]
fn s1000(_: &mut Criterion) {}

#[cfg(errcodes_bench_str_10000)]
fn s10000(c: &mut Criterion) {
    bench_str_registry!(c, errcodes_bench::s10000, 10000);
}
#[cfg(not(errcodes_bench_str_10000))]
fn s10000(_: &mut Criterion) {}

fn nutcache(c: &mut Criterion) {
    bench_registry!(c, errcodes_bench::nutcache, 6, http, str);
}

#[cfg(errcodes_bench_1000)]
fn n1000(c: &mut Criterion) {
    bench_registry!(c, errcodes_bench::n1000, 1000, str);
}
#[cfg(not(errcodes_bench_1000))]
fn n1000(_: &mut Criterion) {}

#[cfg(errcodes_bench_10000)]
fn n10000(c: &mut Criterion) {
    bench_registry!(c, errcodes_bench::n10000, 10000, str);
}
#[cfg(not(errcodes_bench_10000))]
fn n10000(_: &mut Criterion) {}

#[cfg(errcodes_bench_100000)]
fn n100000(c: &mut Criterion) {
    bench_registry!(c, errcodes_bench::n100000, 100000, nostr);
}
#[cfg(not(errcodes_bench_100000))]
fn n100000(_: &mut Criterion) {}

criterion_group!(
    benches,
    nutcache,
    n1000,
    n10000,
    n100000,
    s6,
    s1000,
    s10000,
    perfect_hash
);
criterion_main!(benches);
