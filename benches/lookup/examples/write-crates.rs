//! Writes the two crates the build-cost harness compares (`scripts/build_cost.py`; see
//! `BENCHMARKS.md`), each its own workspace with a copy of this workspace's `Cargo.lock`:
//!
//! ```text
//! cargo run -p errcodes-bench --example write-crates -- KIND ENTRIES DIR
//! ```
//!
//! `KIND` is `int` or `str`; both crates get the same `errors.toml`, a synthetic registry of
//! `ENTRIES` codes with every optional key and retired codes (`synth.rs`):
//!
//! - `DIR/errcodes-KIND-ENTRIES`: a user's crate. Its `build.rs` is
//!   `errcodes_build::compile("errors.toml")`, its `lib.rs` includes the result; it depends on
//!   `errcodes` without default features (what a crate that looks codes up needs).
//! - `DIR/peer-KIND-ENTRIES`: the same table compiled the peer's way. Its `build.rs` is `peer.rs`
//!   (the `toml` crate and `phf_codegen`), its `lib.rs` includes the result; it depends on `phf`.
//!
//! Both optimise their build script (`[profile.release.build-override] opt-level = 3`, as README
//! advises for large registries). Prints the two directories.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

/// The peer's build script, written as is into its crate.
const PEER_BUILD_RS: &str = include_str!("../peer.rs");

/// Both crates include what their build script wrote.
const LIB_RS: &str = "include!(concat!(env!(\"OUT_DIR\"), \"/errors.rs\"));\n";

const USAGE: &str = "usage: write-crates int|str ENTRIES DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, entries, dir] = args.as_slice() else {
        eprintln!("error: expected three arguments\n{USAGE}");
        return ExitCode::from(2);
    };
    let Some(kind) = synth::Kind::parse(kind) else {
        eprintln!("error: KIND is `int` or `str`, not `{kind}`\n{USAGE}");
        return ExitCode::from(2);
    };
    let Some(entries) = entries.parse::<usize>().ok().filter(|&n| n > 0) else {
        eprintln!("error: ENTRIES is a number above 0, not `{entries}`\n{USAGE}");
        return ExitCode::from(2);
    };
    match write_crates(kind, entries, Path::new(dir)) {
        Ok(dirs) => {
            for d in dirs {
                println!("{}", d.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write the crates in {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes both crates into `dir`; returns their directories, errcodes' first.
fn write_crates(kind: synth::Kind, entries: usize, dir: &Path) -> std::io::Result<[PathBuf; 2]> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()?;
    let toml = synth::registry(kind, entries).to_toml();
    let name = |side: &str| format!("{side}-{}-{entries}", kind.as_str());
    let errcodes_deps = format!(
        "[dependencies]\nerrcodes = {{ path = {:?}, default-features = false }}\n\n\
         [build-dependencies]\nerrcodes-build = {{ path = {:?} }}\n",
        root.display().to_string(),
        root.join("codegen").display().to_string()
    );
    let peer_deps = "[dependencies]\nphf = { version = \"0.14\", default-features = false }\n\n\
         [build-dependencies]\nphf_codegen = \"0.14\"\n\
         toml = { version = \"1.2\", default-features = false, features = [\"parse\", \"serde\", \"std\"] }\n";
    let errcodes_build_rs = "fn main() {\n    errcodes_build::compile(\"errors.toml\");\n}\n";
    let write = |side: &str, deps: &str, build_rs: &str| -> std::io::Result<PathBuf> {
        let crate_dir = dir.join(name(side));
        std::fs::create_dir_all(crate_dir.join("src"))?;
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             # A workspace of its own.\n[workspace]\n\n{deps}\n\
             [profile.release.build-override]\nopt-level = 3\n",
            name(side)
        );
        std::fs::write(crate_dir.join("Cargo.toml"), manifest)?;
        std::fs::write(crate_dir.join("build.rs"), build_rs)?;
        std::fs::write(crate_dir.join("src/lib.rs"), LIB_RS)?;
        std::fs::write(crate_dir.join("errors.toml"), &toml)?;
        std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"))?;
        Ok(crate_dir)
    };
    Ok([
        write("errcodes", &errcodes_deps, errcodes_build_rs)?,
        write("peer", peer_deps, PEER_BUILD_RS)?,
    ])
}
