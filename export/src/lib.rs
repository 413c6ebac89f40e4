//! # errcodes-export
//!
//! The views of an [`errcodes`](https://docs.rs/errcodes) registry other than its Rust source, for
//! the tools that publish or compare a registry (the `errcodes` command is one): its JSON Schema
//! and data ([`json`]), Markdown ([`markdown_table`], [`markdown_page`]), a self-contained HTML
//! error index ([`html`]), an OpenAPI 3.1 document ([`openapi`]), the registry written back as
//! `errors.toml` ([`to_toml`]), and [`diff`], the changes between two versions of a registry with
//! the version bump Cargo's SemVer rules ask of them; and for other languages, a module to import
//! ([`typescript::module`], [`python::module`]) as well as the schema. Each is made from the model that
//! `errcodes-build` reads and checks ([`errcodes_build::Registry`]); a build script needs only
//! `errcodes-build`, and compiles none of this.
//!
//! ```
//! let registry = errcodes_build::Registry::from_source(
//!     "errors.toml",
//!     "[registry]\nname = 'Example API'\n\
//!      [[error]]\ncode = 404\nname = 'NotFound'\ntext = 'Not Found'\ndescription = 'None.'\n",
//! )?;
//! let schema = errcodes_export::json::json_schema(&registry, "ErrorCode");
//! assert_eq!(schema["$defs"]["ErrorCode"]["oneOf"][0]["const"], 404);
//! assert!(errcodes_export::markdown_table(&registry).contains("| 404  | Not Found | None.       |"));
//! # Ok::<(), errcodes_build::Report>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diff;
pub mod html;
pub mod json;
mod literal;
mod markdown;
pub mod openapi;
pub mod python;
#[cfg(test)]
mod tests;
mod toml;
pub mod typescript;

pub use markdown::{markdown_page, markdown_table};
pub use toml::to_toml;
