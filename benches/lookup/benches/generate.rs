//! What a build script pays: `errcodes-build` reading (parse and validate) and generating
//! registries of 1,000 to 100,000 entries, against parsing the same TOML into a plain
//! `toml::Table` (the least any build-time tool does with it). See `BENCHMARKS.md`.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
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
        // The parts of compile_to, each in memory on the read registry: the Rust source, and the
        // Markdown table and the JSON Schema (written only when `Config` asks for them).
        let read = Registry::from_source("errors.toml", &source).unwrap();
        g.bench_function("part: Rust source (Config::generate)", |b| {
            b.iter(|| {
                black_box(
                    Config::new()
                        .generate(black_box(&read), "errors.toml")
                        .unwrap(),
                )
            })
        });
        // Inside the Rust source: the perfect hashes of the names and aliases (`NAME_HASH`) and of
        // a string registry's codes (`CODE_HASH`).
        let names: Vec<&str> = read
            .entries
            .iter()
            .map(|e| e.name.as_str())
            .chain(
                read.entries
                    .iter()
                    .flat_map(|e| e.aliases.iter().map(String::as_str)),
            )
            .collect();
        let codes: Vec<String> = read.entries.iter().map(|e| e.code.to_string()).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let str_codes = read.code_type == errcodes_build::CodeType::Str;
        g.bench_function(
            "part of the source: perfect hashes (NAME_HASH, CODE_HASH)",
            |b| {
                b.iter(|| {
                    black_box(errcodes_build::__private::build(black_box(&names)));
                    if str_codes {
                        black_box(errcodes_build::__private::build(black_box(&codes)));
                    }
                })
            },
        );
        g.bench_function("part: Markdown table (markdown_table)", |b| {
            b.iter(|| black_box(errcodes_export::markdown_table(black_box(&read))))
        });
        g.bench_function("part: JSON Schema (json_schema + to_pretty)", |b| {
            b.iter(|| {
                let schema = errcodes_export::json::json_schema(black_box(&read), "ErrorCode");
                black_box(errcodes_export::json::to_pretty(&schema))
            })
        });
        // What `errcodes_build::compile` does in a build script by default: read, validate,
        // generate, write `errors.rs`.
        let dir =
            std::env::temp_dir().join(format!("errcodes-bench-{}-{group}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("errors.toml"), &source).unwrap();
        // A build script runs once per build: before each sample (untimed) the last sample's
        // `errors.rs` is flushed to disk and removed, so no sample waits on the disk for the
        // hundred megabytes the one before it wrote.
        let settle = || {
            let previous = dir.join("errors.rs");
            if let Ok(file) = std::fs::File::open(&previous) {
                file.sync_all().unwrap();
                std::fs::remove_file(&previous).unwrap();
            }
        };
        g.bench_function("errcodes-build compile_to (read + generate + write)", |b| {
            b.iter_batched(
                settle,
                |()| {
                    black_box(
                        Config::new()
                            .compile_to(dir.join("errors.toml"), &dir)
                            .unwrap(),
                    )
                },
                BatchSize::PerIteration,
            )
        });
        std::fs::remove_dir_all(&dir).unwrap();
        g.finish();
    }
}

criterion_group!(benches, generate);
criterion_main!(benches);
