//! `errcodes CODE|NAME` and `errcodes explain CODE|NAME`: one entry, or what is close to the query.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::{Entry, Registry};
use errcodes_export::json::{entry_data, to_pretty};

use crate::lookup::{self, Found};
use crate::term::{self, Form, Term};
use crate::view;

/// `errcodes explain`'s arguments.
#[derive(Debug, Args)]
pub struct Explain {
    /// A code (`404`, or `0x194` in hexadecimal), a name (`NotFound`) or an alias, in any case.
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

    /// Wrap the description at N columns (default: COLUMNS or the terminal's width, up to 100;
    /// else 80).
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
    /// The entry object: `code`, `name`, `text`, `description` and every other key the entry
    /// has (`status`, `retryable`, `category`, `url`, `aliases`, `deprecated`).
    Json,
}

impl Explain {
    /// Shows the entry the query names. Exit status 1, with a message on standard error, when it
    /// names none: a retired code is said to be retired, with its name and note; a query that
    /// matches several entries in another case lists them; otherwise the close ones are suggested.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let entry = match lookup::resolve(registry, &self.query) {
            Found::Entry(entry) => entry,
            Found::Retired(retired) => {
                let name = (retired.name.as_ref()).map_or_else(String::new, |n| format!(" ({n})"));
                term.error(&format!(
                    "{}{name} is a retired code of the {}",
                    retired.code, registry.name
                ));
                term.note(&retired.note);
                return Ok(ExitCode::FAILURE);
            }
            Found::Ambiguous(entries) => {
                term.error(&format!(
                    "`{}` names several entries of the {} in another case",
                    self.query, registry.name
                ));
                term.help(&format!(
                    "give the code, or the name in its exact case:{}",
                    entry_lines(&entries)
                ));
                return Ok(ExitCode::FAILURE);
            }
            Found::Nothing => {
                not_found(registry, &self.query, term);
                return Ok(ExitCode::FAILURE);
            }
        };
        let (form, text) = match self.entry.format.unwrap_or(EntryFormat::Text) {
            EntryFormat::Json => (Form::Json, to_pretty(&entry_data(registry, entry))),
            EntryFormat::Text => {
                let width = self.entry.width.map_or_else(term::width, usize::from);
                let text = view::entry_text(registry, entry, width, term.out_color);
                (Form::Text, text)
            }
        };
        term.out(form, &text)?;
        Ok(ExitCode::SUCCESS)
    }
}

/// The message for a query that names no entry, with suggestions when some are close.
fn not_found(registry: &Registry, query: &str, term: &Term) {
    let what = if lookup::is_int_code(registry, query) {
        format!("{query} is not a code of the {}", registry.name)
    } else {
        format!("`{query}` is not a code or name of the {}", registry.name)
    };
    term.error(&what);
    match lookup::suggest(registry, query).as_slice() {
        [] => term.help("`errcodes list` shows every code, `errcodes search WORDS` finds one"),
        [one] => term.help(&format!("did you mean {}?", entry_line(one))),
        many => term.help(&format!("did you mean one of these?{}", entry_lines(many))),
    }
}

/// An entry in a message: `404 NotFound (Requested Resource not Found)`.
fn entry_line(entry: &Entry) -> String {
    format!("{} {} ({})", entry.code, entry.name, entry.text)
}

/// Entries in a message, one per line under the label.
fn entry_lines(entries: &[&Entry]) -> String {
    entries
        .iter()
        .map(|e| format!("\n      {}", entry_line(e)))
        .collect()
}
