//! `errcodes schema`: the JSON Schema of the registry document `errcodes export` writes.

use std::io;
use std::process::ExitCode;

use clap::Args;
use errcodes::export::to_pretty;
use errcodes_build::Registry;

use crate::registry;
use crate::term::Term;

/// `errcodes schema`'s arguments (none).
#[derive(Debug, Args)]
pub struct Schema {}

impl Schema {
    /// Writes the schema.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        term.out(&to_pretty(
            registry::table(registry).json_schema().as_value(),
        ))?;
        Ok(ExitCode::SUCCESS)
    }
}
