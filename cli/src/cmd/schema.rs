//! `errcodes schema`: the JSON Schema of the registry document `errcodes export` writes. It takes
//! no arguments.

use std::io;
use std::process::ExitCode;

use errcodes_build::Registry;
use errcodes_export::json::{json_schema, to_pretty};

use crate::term::{Form, Term};

/// Writes the schema.
pub fn run(registry: &Registry, term: &Term) -> io::Result<ExitCode> {
    term.out(Form::Json, &to_pretty(&json_schema(registry, "ErrorCode")))?;
    Ok(ExitCode::SUCCESS)
}
