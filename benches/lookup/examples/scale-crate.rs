//! Writes a stand-alone crate, laid out as a user's, for build-time and compile-cost measurements
//! (see `BENCHMARKS.md`):
//!
//! ```text
//! cargo run -p errcodes-bench --example scale-crate -- ENTRIES DIR [--keys | --str] [--dep errcodes|errcodes-no-default|http]
//! ```
//!
//! With `ENTRIES` > 0 the crate has an `errors.toml` of that many generated entries (integer
//! codes; with `--keys` every optional key on the entries as well, with `--str` string codes and
//! every optional key: see `synth.rs`) and compiles it with `errcodes-build` in its `build.rs`,
//! depending on `errcodes` with `default-features = false` (what a crate that only looks codes up
//! needs), its build script optimised (`[profile.release.build-override] opt-level = 3`, as
//! README advises). With `ENTRIES` = 0 it has no registry of its own and only uses its
//! dependency: `errcodes` (default features), `errcodes-no-default` (`errcodes` without them) or
//! `http`, for the compile cost users pay. The crate is its own workspace, with a copy of this
//! workspace's `Cargo.lock` so that it builds offline with the same versions.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

/// What kind of registry the crate compiles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `synth::registry`: integer codes, no optional key.
    Plain,
    /// `synth::with_keys(synth::registry(..))`: integer codes, every optional key.
    Keys,
    /// `synth::str_registry`: string codes, every optional key.
    Str,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage =
        "usage: scale-crate ENTRIES DIR [--keys | --str] [--dep errcodes|errcodes-no-default|http]";
    let (Some(entries), Some(dir)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let Ok(entries) = entries.parse::<usize>() else {
        eprintln!("error: ENTRIES must be a number, not `{entries}`\n{usage}");
        return ExitCode::from(2);
    };
    let mut dep = "errcodes";
    let mut kind = Kind::Plain;
    let mut rest = args[2..].iter().map(String::as_str);
    while let Some(arg) = rest.next() {
        match arg {
            "--keys" => kind = Kind::Keys,
            "--str" => kind = Kind::Str,
            "--dep" => match rest.next() {
                Some(d @ ("errcodes" | "errcodes-no-default" | "http")) => dep = d,
                _ => {
                    eprintln!("error: --dep takes errcodes, errcodes-no-default or http\n{usage}");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!("error: unexpected argument `{other}`\n{usage}");
                return ExitCode::from(2);
            }
        }
    }
    match write_crate(entries, Path::new(dir), dep, kind) {
        Ok(()) => {
            println!("{dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write the crate in {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_crate(entries: usize, dir: &Path, dep: &str, kind: Kind) -> std::io::Result<()> {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()?;
    let root_s = root.display().to_string();
    std::fs::create_dir_all(dir.join("src"))?;
    let name = if entries > 0 {
        match kind {
            Kind::Plain => format!("scale-{entries}"),
            Kind::Keys => format!("scale-keys-{entries}"),
            Kind::Str => format!("scale-str-{entries}"),
        }
    } else {
        format!("cost-{dep}")
    };
    let mut manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         # A workspace of its own, outside errcodes'.\n[workspace]\n\n[dependencies]\n"
    );
    let lib;
    if entries > 0 {
        manifest += &format!(
            "errcodes = {{ path = {root_s:?}, default-features = false }}\n\n\
             [build-dependencies]\nerrcodes-build = {{ path = {:?} }}\n\n\
             # As README advises for large registries: build scripts are unoptimised by default.\n\
             [profile.release.build-override]\nopt-level = 3\n",
            root.join("codegen").display().to_string()
        );
        let registry = match kind {
            Kind::Plain => synth::registry(entries),
            Kind::Keys => synth::with_keys(synth::registry(entries)),
            Kind::Str => synth::str_registry(entries),
        };
        std::fs::write(dir.join("errors.toml"), registry.to_toml())?;
        std::fs::write(
            dir.join("build.rs"),
            "fn main() {\n    errcodes_build::compile(\"errors.toml\");\n}\n",
        )?;
        lib = "include!(concat!(env!(\"OUT_DIR\"), \"/errors.rs\"));\n".to_owned();
    } else {
        let _ = std::fs::remove_file(dir.join("build.rs"));
        let _ = std::fs::remove_file(dir.join("errors.toml"));
        match dep {
            "http" => {
                manifest += "http = \"1\"\n";
                lib = "pub fn reason(code: u16) -> Option<&'static str> {\n    \
                       http::StatusCode::from_u16(code).ok()?.canonical_reason()\n}\n"
                    .to_owned();
            }
            _ => {
                let features = if dep == "errcodes" {
                    ""
                } else {
                    ", default-features = false"
                };
                manifest += &format!("errcodes = {{ path = {root_s:?}{features} }}\n");
                lib = "pub fn reason(code: u16) -> Option<&'static str> {\n    \
                       Some(errcodes::ErrorCode::from_code(code)?.text())\n}\n"
                    .to_owned();
            }
        }
    }
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src/lib.rs"), lib)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    Ok(())
}
