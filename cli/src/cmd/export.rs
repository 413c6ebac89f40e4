//! `errcodes export`: the whole registry, for other programs and for readers.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::Registry;
use errcodes_export::json::{json_data, to_pretty};

use crate::term::{Form, Term};

/// `errcodes export`'s arguments.
#[derive(Debug, Args)]
pub struct Export {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
}

/// The formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The registry document `{name, description, errors}` (see `errcodes schema`).
    Json,
    /// A Markdown page: title, description, table.
    Markdown,
    /// The error reference: one self-contained HTML page, an anchor per code.
    Html,
    /// An OpenAPI 3.1 document: the code, entry and problem schemas, a response per status.
    Openapi,
    /// A TypeScript module to import: `ErrorCode`, `ErrorCodes`, `ERRORS`, `lookup`.
    Typescript,
    /// A Python module to import: `class ErrorCode(enum.IntEnum)` (or `StrEnum`) with `lookup`.
    Python,
}

impl Export {
    /// Writes the registry in the chosen format.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let (form, text) = match self.format {
            ExportFormat::Typescript => (Form::Json, errcodes_export::typescript::module(registry)),
            ExportFormat::Python => match errcodes_export::python::module(registry) {
                Ok(module) => (Form::Json, module),
                Err(e) => {
                    term.error(&format!("no Python module for this registry: {e}"));
                    return Ok(ExitCode::FAILURE);
                }
            },
            ExportFormat::Json => (Form::Json, to_pretty(&json_data(registry))),
            ExportFormat::Markdown => (Form::Markup, errcodes_export::markdown_page(registry)),
            ExportFormat::Html => (Form::Markup, errcodes_export::html::page(registry)),
            ExportFormat::Openapi => (
                Form::Json,
                to_pretty(&errcodes_export::openapi::document(registry, "ErrorCode")),
            ),
        };
        term.out(form, &text)?;
        Ok(ExitCode::SUCCESS)
    }
}
