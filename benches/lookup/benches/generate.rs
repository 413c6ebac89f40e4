//! What a build script pays: `errcodes-build` reading (parse and validate) and generating
//! registries of 1,000 to 100,000 entries, against parsing the same TOML into a plain
//! `toml::Table` (the least any build-time tool does with it). See `BENCHMARKS.md`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes_build::{Config, Registry};

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

fn generate(c: &mut Criterion) {
    // `build_script/N`: integer codes, no optional key; `build_script_keys/N`: the same codes with
    // every optional key; `build_script_str/N`: string codes with every optional key.
    type Synth = fn(usize) -> Registry;
    let kinds: [(&str, Synth); 3] = [
        ("build_script", synth::registry),
        ("build_script_keys", |n| {
            synth::with_keys(synth::registry(n))
        }),
        ("build_script_str", synth::str_registry),
    ];
    for (group, make) in kinds {
        for n in [1000usize, 10_000, 100_000] {
            bench_one(c, group, n, make);
        }
    }
}

fn bench_one(c: &mut Criterion, group: &str, n: usize, make: fn(usize) -> Registry) {
    {
        let registry = make(n);
        let source = registry.to_toml();
        let mut g = c.benchmark_group(format!("{group}/{n}"));
        g.sample_size(10);
        g.bench_function("toml::Table parse (baseline)", |b| {
            b.iter(|| black_box(source.parse::<toml::Table>().unwrap()))
        });
        g.bench_function("errcodes-build read (parse + validate)", |b| {
            b.iter(|| black_box(Registry::from_source("errors.toml", black_box(&source)).unwrap()))
        });
        // What `errcodes_build::compile` does in a build script: read, validate, generate, write
        // `errors.rs` and `errors.md`.
        let dir =
            std::env::temp_dir().join(format!("errcodes-bench-{}-{group}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("errors.toml"), &source).unwrap();
        g.bench_function("errcodes-build compile_to (read + generate + write)", |b| {
            b.iter(|| {
                black_box(
                    Config::new()
                        .compile_to(dir.join("errors.toml"), &dir)
                        .unwrap(),
                )
            })
        });
        std::fs::remove_dir_all(&dir).unwrap();
        g.finish();
    }
}

criterion_group!(benches, generate);
criterion_main!(benches);
