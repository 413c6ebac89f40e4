//! `errcodes CODE|NAME` and `errcodes explain CODE|NAME`: one entry, or what is close to the query.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::Registry;
use errcodes_build::export::{entry_data, to_pretty};

use crate::term::{self, Term};
use crate::{lookup, view};

/// `errcodes explain`'s arguments.
#[derive(Debug, Args)]
pub struct Explain {
    /// A code (`404`) or a name (`NotFound`, any case).
    #[arg(value_name = "CODE|NAME")]
    pub query: String,
    /// How the entry is shown.
    #[command(flatten)]
    pub entry: EntryOptions,
}

/// How one entry is shown (options of `errcodes CODE|NAME` and of `explain`).
#[derive(Debug, Args)]
pub struct EntryOptions {
    /// Output format [default: text].
    #[arg(long, value_enum)]
    pub format: Option<EntryFormat>,

    /// Wrap the description at N columns (default: the terminal's width up to 100, or 80 when
    /// the output is not a terminal).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
}

impl EntryOptions {
    /// Whether any option was given.
    pub fn is_set(&self) -> bool {
        self.format.is_some() || self.width.is_some()
    }
}

/// The formats of one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntryFormat {
    /// Readable text, the description wrapped.
    Text,
    /// The entry object `{code, name, text, description}`.
    Json,
}

impl Explain {
    /// Shows the entry the query names; exit status 1, with suggestions, when there is none.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let Some(entry) = lookup::find(registry, &self.query) else {
            not_found(registry, &self.query, term);
            return Ok(ExitCode::FAILURE);
        };
        let text = match self.entry.format.unwrap_or(EntryFormat::Text) {
            EntryFormat::Json => to_pretty(&entry_data(registry, entry)),
            EntryFormat::Text => {
                let width = self.entry.width.map_or_else(term::width, usize::from);
                view::entry_text(entry, width, term.out_color)
            }
        };
        term.out(&text)?;
        Ok(ExitCode::SUCCESS)
    }
}

/// The message for a query that names no entry, with suggestions when some are close.
fn not_found(registry: &Registry, query: &str, term: &Term) {
    let what = if query.bytes().all(|b| b.is_ascii_digit()) && !query.is_empty() {
        format!("{query} is not a code of the {}", registry.name)
    } else {
        format!("`{query}` is not a code or name of the {}", registry.name)
    };
    term.error(&what);
    let suggestions: Vec<String> = lookup::suggest(registry, query)
        .iter()
        .map(|e| format!("{} {} ({})", e.code, e.name, e.text))
        .collect();
    match suggestions.as_slice() {
        [] => term.help("`errcodes list` shows every code, `errcodes search WORDS` finds one"),
        [one] => term.help(&format!("did you mean {one}?")),
        many => term.help(&format!(
            "did you mean one of these?\n      {}",
            many.join("\n      ")
        )),
    }
}
