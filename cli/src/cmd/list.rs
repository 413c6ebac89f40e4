//! `errcodes list`: every entry, in table order.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::Registry;

use crate::term::Term;
use crate::{registry, view};

/// `errcodes list`'s arguments.
#[derive(Debug, Args)]
pub struct List {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// The formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns: code, name, text.
    Table,
    /// The array of entry objects.
    Json,
    /// A Markdown table: code, text, description.
    Markdown,
}

impl List {
    /// Writes every entry.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let text = match self.format {
            ListFormat::Table => {
                let entries: Vec<_> = registry.entries.iter().collect();
                view::entry_table(registry, &entries, term.out_color)
            }
            ListFormat::Json => registry::entries_json(registry, registry.entries.iter()),
            ListFormat::Markdown => errcodes_build::markdown_table(registry),
        };
        term.out(&text)?;
        Ok(ExitCode::SUCCESS)
    }
}
