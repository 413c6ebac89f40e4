//! `errcodes schema`: the JSON Schema of the registry document `errcodes export` writes.

use std::io;
use std::process::ExitCode;

use clap::Args;
use errcodes_build::Registry;
use errcodes_export::json::{json_schema, to_pretty};

use crate::term::{Form, Term};

/// `errcodes schema`'s arguments (none).
#[derive(Debug, Args)]
pub struct Schema {}

impl Schema {
    /// Writes the schema.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        term.out(Form::Json, &to_pretty(&json_schema(registry, "ErrorCode")))?;
        Ok(ExitCode::SUCCESS)
    }
}
