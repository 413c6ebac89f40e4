//! What a build script pays: `errcodes-build`'s `compile_to` (read, validate, generate, write
//! `errors.rs`) against the peer's build script (`peer.rs`: read with the `toml` crate, generate
//! with `phf_codegen`, write), on the synthetic registries of 3,000 and 10,000 entries, integer
//! and string codes, every optional key. Groups `build_script/KIND-N`. The whole build of a crate, rustc included, is the build-cost harness's
//! (`scripts/build_cost.py`); see `BENCHMARKS.md`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes_build::Config;

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

#[path = "../peer.rs"]
#[allow(dead_code)]
mod peer;

fn generate(c: &mut Criterion) {
    for kind in [synth::Kind::Int, synth::Kind::Str] {
        for n in [3000, 10_000] {
            let name = format!("{}-{n}", kind.as_str());
            let dir = std::env::temp_dir().join(format!(
                "errcodes-bench-generate-{}-{name}",
                std::process::id()
            ));
            std::fs::create_dir_all(&dir).expect("a temporary directory");
            let toml = dir.join("errors.toml");
            std::fs::write(&toml, synth::registry(kind, n).to_toml()).expect("errors.toml");
            bench_one(c, &name, &dir, &toml);
            std::fs::remove_dir_all(&dir).expect("the temporary directory removed");
        }
    }
}

fn bench_one(c: &mut Criterion, name: &str, dir: &Path, toml: &Path) {
    let mut g = c.benchmark_group(format!("build_script/{name}"));
    g.sample_size(10);
    g.bench_function("errcodes-build compile_to", |b| {
        b.iter(|| {
            black_box(
                Config::new()
                    .out_file("errcodes.rs")
                    .compile_to(toml, dir)
                    .expect("the registry compiles"),
            )
        })
    });
    // What the peer's `main` does: read the file, generate, write.
    g.bench_function("peer build.rs", |b| {
        b.iter(|| {
            let source = std::fs::read_to_string(toml).expect("errors.toml");
            let code = peer::generate(&source).expect("the peer compiles the registry");
            std::fs::write(dir.join("peer.rs"), black_box(code)).expect("peer.rs");
        })
    });
    g.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
