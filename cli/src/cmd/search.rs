//! `errcodes search WORDS`: the entries that mention every word, best first.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::Registry;

use crate::term::{self, Form, Term};
use crate::{lookup, registry, view};

/// `errcodes search`'s arguments.
#[derive(Debug, Args)]
pub struct Search {
    /// The words to look for.
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Table)]
    pub format: SearchFormat,
}

/// The formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// Aligned columns: code, name, text (and category, when the registry uses categories).
    Table,
    /// The array of matching entry objects, best first.
    Json,
}

impl Search {
    /// Writes the matching entries; exit status 1 when there are none.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let hits = lookup::search(registry, &self.words);
        if hits.is_empty() {
            let words: Vec<String> = self.words.iter().map(|w| format!("`{w}`")).collect();
            term.error(&format!(
                "no entry of the {} mentions {}",
                registry.name,
                words.join(" and ")
            ));
            return Ok(ExitCode::FAILURE);
        }
        let (form, text) = match self.format {
            SearchFormat::Table => (
                Form::Text,
                view::entry_table(registry, &hits, term::columns(), term.out_color),
            ),
            SearchFormat::Json => (
                Form::Json,
                registry::entries_json(registry, hits.iter().copied()),
            ),
        };
        term.out(form, &text)?;
        Ok(ExitCode::SUCCESS)
    }
}
