//! # errcodes-build
//!
//! The code generator behind [`errcodes`](https://docs.rs/errcodes): it reads an API's error-code
//! table from an `errors.toml`, validates it (every problem located, all at once), and compiles it
//! into a typed Rust enum with static `phf` maps. Use it from a build script, the way `prost-build`
//! and `phf_codegen` are used:
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     errcodes_build::compile("errors.toml");
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! include!(concat!(env!("OUT_DIR"), "/errors.rs"));
//! ```
//!
//! The crate then depends on `errcodes` (the runtime: `Entry`, the error types and the
//! re-exports of `phf`, `strum`, `serde` and `schemars` the generated code uses) and has
//! `errcodes-build` as a build-dependency; nothing else.
//!
//! ## The file
//! ```toml
//! [registry]
//! name = "Example API"                 # required
//! description = "How errors are sent." # optional, Markdown
//! code_type = "u16"                    # optional: "u16" (default), "u32", or "str" for string
//!                                      # codes such as "42P01" or "BLOB_UNKNOWN"
//! version = "1.2.0"                    # optional: the registry's own version, semver
//! url = "https://docs.example.com/errors#{code}"  # optional: every entry's link; {code} and
//!                                      # {name} are filled per entry
//! non_exhaustive = true                # optional (default false): the API may send codes the
//!                                      # table does not list yet
//!
//! [[error]]
//! code = 404                  # unique; an integer that fits code_type, or with code_type = "str"
//!                             # a string: printable ASCII, no spaces, at most 64 bytes
//! name = "NotFound"           # the Rust variant: UpperCamelCase, unique, not a keyword
//! text = "Not Found"          # short text; may repeat
//! description = "No such resource."  # Markdown, kept verbatim
//! status = 404                # optional: the HTTP status (100-599); by default the code itself
//!                             # when every code is an integer from 100 to 599, else none
//! retryable = true            # optional (default false): sending the request again may succeed
//! category = "Resources"      # optional: a free label grouping entries
//! url = "https://docs.example.com/not-found"  # optional: this entry's link, instead of the
//!                             # registry's template (an absolute http(s) link)
//! aliases = ["NOT_FOUND"]     # optional: other names it is looked up by (exactly, as names
//!                             # are); unique among all names and aliases ignoring case, but
//!                             # an alias may be its own entry's name in another case
//!                             # (gRPC's "UNAVAILABLE" for `Unavailable`)
//! deprecated = "Use `Gone`."  # optional: still served, marked deprecated
//!
//! [[retired]]                 # optional: a code used once, never to be given to an entry again
//! code = 306                  # of the code_type, used by no entry, retired once
//! name = "SwitchProxy"        # optional: the name it had (a variant name no entry has)
//! note = "Unused since RFC 7231."  # required: why
//! ```
//! `non_exhaustive = true` makes the enum `#[non_exhaustive]`, which binds only the crates that
//! depend on the one that includes the generated code.
//!
//! Unknown keys are errors, with a suggestion when one is close. Every problem is reported with its
//! `file:line:column` and what to do, all at once. A registry built in code is held to the same
//! rules ([`Registry::validate`]).
//!
//! ## The generated code
//! Only what the table decides, as plain Rust: the enum, its `errcodes::ErrorEnum` impl whose
//! `REGISTRY` is the table (one `Entry { … }` row per entry, the retired codes, and the `phf` map
//! of names and aliases) and whose `BY_CODE` finds a code (a table indexed by the code when the
//! integer codes lie close together, else a `phf` map), a deprecated constant per alias that is a
//! valid variant name, and one call of `errcodes::__error_enum!`, which writes everything of fixed
//! shape.
//! The registry's Markdown is made safe for rustdoc: no code block in it becomes a doctest. The
//! crate's `tests/golden/` holds the source written for two registries.
//!
//! ## The model
//! [`Registry`] is the parsed, validated table; the Rust source is made from it
//! ([`Config::generate`]), and so are the other views, which `errcodes-export` holds. Tools read a
//! registry with [`Registry::from_path`], [`check_path`] and, to point into its file,
//! [`Revision`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The examples are build scripts, whose `fn main` is the point.
#![allow(clippy::needless_doctest_main)]

mod chars;
mod check;
mod diagnostic;
mod forms;
pub mod keys;
mod model;
mod names;
mod parse;
mod plain_text;
mod revision;
mod rules;
mod rust;
mod rustdoc;
pub mod schema;
mod source_map;

use std::path::{Path, PathBuf};

pub use chars::{is_bidi_control, needs_escape};
pub use check::{Checked, check_bytes, check_path, check_source};
pub use diagnostic::{Diagnostic, Report, Severity, line_column};
pub use model::{Code, CodeType, Entry, Registry, Retired, UnknownCodeType};
pub use plain_text::plain_text;
pub use revision::Revision;

/// Compiles the registry at `path` (relative to the package root) into `$OUT_DIR/errors.rs`, with
/// the default [`Config`]. For build scripts.
///
/// It prints `cargo::rerun-if-changed` for the registry and one line per problem: a
/// `cargo::warning` per warning and, when the registry is invalid, a `cargo::error` per error
/// (`PATH:LINE:COLUMN: MESSAGE | LINE | SOURCE LINE | help: WHAT TO DO`, see
/// [`Report::one_line`]). It then returns: cargo fails the build after the build script, showing
/// each problem once, and nothing is generated. Use [`Config::try_compile`] to handle the
/// problems yourself.
///
/// # Example
/// ```no_run
/// // build.rs
/// fn main() {
///     errcodes_build::compile("errors.toml");
/// }
/// ```
pub fn compile(path: impl AsRef<Path>) {
    Config::new().compile(path);
}

/// Options for the generated code, beside the one-call [`compile`].
///
/// # Example
/// ```no_run
/// // build.rs
/// fn main() {
///     errcodes_build::Config::new()
///         .enum_name("ApiError")
///         .out_file("api_errors.rs")
///         .compile("api_errors.toml");
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    enum_name: String,
    runtime_crate: String,
    out_file: String,
    doc_examples: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enum_name: "ErrorCode".into(),
            runtime_crate: "::errcodes".into(),
            out_file: "errors.rs".into(),
            doc_examples: None,
        }
    }
}

/// Why [`Config::try_compile`] failed.
#[derive(Debug)]
pub enum Error {
    /// The registry is invalid (or could not be read); the report locates every problem.
    Invalid(Report),
    /// The configuration is unusable (e.g. the enum name is not an identifier).
    Config(String),
    /// `OUT_DIR` is not set: not running in a build script (use [`Config::compile_to`] there).
    NoOutDir,
    /// Writing the generated file failed.
    Write(PathBuf, std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(report) => write!(f, "{report}"),
            Error::Config(msg) => write!(f, "invalid errcodes-build configuration: {msg}"),
            Error::NoOutDir => f.write_str(
                "OUT_DIR is not set: call compile from a build script, or give the output directory to Config::compile_to",
            ),
            Error::Write(path, e) => write!(f, "cannot write {}: {e}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Invalid(report) => Some(report),
            Error::Write(_, e) => Some(e),
            _ => None,
        }
    }
}

/// What [`Config::try_compile`] wrote.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The validated registry.
    pub registry: Registry,
    /// The generated Rust file.
    pub rust: PathBuf,
    /// Warnings about the registry (it is valid; they may still deserve a look).
    pub warnings: Report,
}

impl Config {
    /// The defaults: enum `ErrorCode`, runtime crate `::errcodes`, output `errors.rs`.
    pub fn new() -> Self {
        Self::default()
    }

    /// The name of the generated enum (default `ErrorCode`).
    pub fn enum_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.enum_name = name.into();
        self
    }

    /// The path the generated code reaches the runtime crate by (default `::errcodes`), for a crate
    /// that renames its dependency.
    pub fn runtime_crate(&mut self, path: impl Into<String>) -> &mut Self {
        self.runtime_crate = path.into();
        self
    }

    /// The file name written in `OUT_DIR` (default `errors.rs`).
    pub fn out_file(&mut self, name: impl Into<String>) -> &mut Self {
        self.out_file = name.into();
        self
    }

    /// Adds a doctest example to the generated enum, importing it from `crate_path`
    /// (e.g. `errcodes` or `my_api::errors`). Off by default: the examples must name the public
    /// path of the generated code, which only its crate knows.
    pub fn doc_examples(&mut self, crate_path: impl Into<String>) -> &mut Self {
        self.doc_examples = Some(crate_path.into());
        self
    }

    fn check(&self) -> Result<(), Error> {
        let ident = |s: &str| {
            let mut chars = s.chars();
            (chars.next()).is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        let runtime = &self.runtime_crate;
        let problem = if !ident(&self.enum_name) || self.enum_name == "Self" {
            format!("enum name `{}` is not a Rust identifier", self.enum_name)
        } else if !runtime
            .strip_prefix("::")
            .unwrap_or(runtime)
            .split("::")
            .all(ident)
        {
            format!("runtime crate `{runtime}` is not a Rust path")
        } else if let Some(p) = self
            .doc_examples
            .as_ref()
            .filter(|p| !p.split("::").all(ident))
        {
            format!("doc example path `{p}` is not a Rust path")
        } else {
            return Ok(());
        };
        Err(Error::Config(problem))
    }

    /// The Rust source generated for `registry` (what is written to `errors.rs`). `origin` names
    /// the registry in the do-not-edit header.
    ///
    /// # Errors
    /// [`Error::Config`] for an unusable configuration, [`Error::Invalid`] when the registry (built
    /// by hand rather than read by [`Registry::from_path`]) breaks a rule of the file format.
    ///
    /// # Example
    /// ```
    /// let registry = errcodes_build::Registry::from_source("e.toml",
    ///     "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n")
    ///     .unwrap();
    /// let code = errcodes_build::Config::new().generate(&registry, "e.toml").unwrap();
    /// assert!(code.contains("pub enum ErrorCode {"));
    /// assert!(code.contains("    One,\n"));
    /// ```
    pub fn generate(&self, registry: &Registry, origin: &str) -> Result<String, Error> {
        self.check()?;
        registry.validate().map_err(Error::Invalid)?;
        Ok(rust::generate(registry, self, origin))
    }

    /// Like [`compile`](Config::compile), but returns what went wrong instead of ending the build
    /// script, and prints nothing. Writes to `OUT_DIR`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn try_compile(&self, path: impl AsRef<Path>) -> Result<Compiled, Error> {
        let out_dir = std::env::var_os("OUT_DIR").ok_or(Error::NoOutDir)?;
        self.compile_to(path, Path::new(&out_dir))
    }

    /// Compiles the registry at `path` into `out_dir` (instead of `OUT_DIR`). The source of the
    /// last build (`out_file`) is removed first, so a registry that fails leaves no stale source
    /// behind.
    ///
    /// # Errors
    /// See [`Error`].
    ///
    /// # Example
    /// ```
    /// let dir = std::env::temp_dir().join(format!("errcodes-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("errors.toml"),
    ///     "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n")
    ///     .unwrap();
    /// let compiled = errcodes_build::Config::new()
    ///     .compile_to(dir.join("errors.toml"), &dir)
    ///     .unwrap();
    /// assert!(std::fs::read_to_string(&compiled.rust).unwrap().contains("pub enum ErrorCode"));
    /// assert_eq!(compiled.registry.entries[0].name, "One");
    /// // A registry that fails leaves no source of the last build behind.
    /// std::fs::write(dir.join("errors.toml"), "[registry]\nname='A'\n[[error]]\ncode=1\n").unwrap();
    /// assert!(errcodes_build::Config::new().compile_to(dir.join("errors.toml"), &dir).is_err());
    /// assert!(!dir.join("errors.rs").exists());
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn compile_to(&self, path: impl AsRef<Path>, out_dir: &Path) -> Result<Compiled, Error> {
        self.check()?;
        let path = path.as_ref();
        let rust = out_dir.join(&self.out_file);
        // A registry that fails leaves no source of the last build behind. A file that is not
        // there is a clean build; any other problem is reported when the new one is written.
        let _ = std::fs::remove_file(&rust);
        let checked = check_path(path);
        let Some(registry) = checked.registry else {
            return Err(Error::Invalid(checked.report));
        };
        let source = rust::generate(&registry, self, &path.display().to_string());
        std::fs::write(&rust, source).map_err(|e| Error::Write(rust.clone(), e))?;
        Ok(Compiled {
            registry,
            rust,
            warnings: checked.report,
        })
    }

    /// Compiles the registry at `path` into `OUT_DIR`, for build scripts; see [`compile`].
    pub fn compile(&self, path: impl AsRef<Path>) {
        let path = path.as_ref();
        println!("cargo::rerun-if-changed={}", path.display());
        match self.try_compile(path) {
            Ok(compiled) => print_directives(&compiled.warnings),
            Err(Error::Invalid(report)) => print_directives(&report),
            Err(e) => println!("cargo::error={}", e.to_string().replace(['\n', '\r'], " ")),
        }
    }
}

/// One `cargo::error=` or `cargo::warning=` line per problem. The build script then ends normally:
/// cargo fails the build after a script that printed an error, showing each problem once.
fn print_directives(report: &Report) {
    for d in report.diagnostics() {
        println!("cargo::{}={}", d.severity, report.one_line(d));
    }
}
