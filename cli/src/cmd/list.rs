//! `errcodes list`: every entry, or those of one category, in table order.

use std::io;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_build::{Entry, Registry};

use crate::term::{self, Form, Term};
use crate::{registry, view};

/// `errcodes list`'s arguments.
#[derive(Debug, Args)]
pub struct List {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Only the entries of this category (any case).
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
}

/// The formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns: code, name, text (and category, when the registry uses categories).
    Table,
    /// The array of entry objects.
    Json,
    /// A Markdown table: code, text, description.
    Markdown,
}

impl List {
    /// Writes every entry, or those of the category; exit status 1 when the registry has no such
    /// category.
    pub fn run(&self, registry: &Registry, term: &Term) -> io::Result<ExitCode> {
        let entries: Vec<&Entry> = match &self.category {
            None => registry.entries.iter().collect(),
            Some(category) => match in_category(registry, category) {
                Some(entries) => entries,
                None => {
                    unknown_category(registry, category, term);
                    return Ok(ExitCode::FAILURE);
                }
            },
        };
        let (form, text) = match self.format {
            ListFormat::Table => (
                Form::Text,
                view::entry_table(registry, &entries, term::columns(), term.out_color),
            ),
            ListFormat::Json => (
                Form::Json,
                registry::entries_json(registry, entries.into_iter()),
            ),
            ListFormat::Markdown => {
                let only = Registry {
                    entries: entries.into_iter().cloned().collect(),
                    ..registry.clone()
                };
                (Form::Markup, errcodes_export::markdown_table(&only))
            }
        };
        term.out(form, &text)?;
        Ok(ExitCode::SUCCESS)
    }
}

/// The entries whose category is `category` ignoring case, in table order; `None` when no entry
/// has it.
pub fn in_category<'r>(registry: &'r Registry, category: &str) -> Option<Vec<&'r Entry>> {
    let category = category.trim();
    let entries: Vec<&Entry> = registry
        .entries
        .iter()
        .filter(|e| {
            e.category
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(category))
        })
        .collect();
    (!entries.is_empty()).then_some(entries)
}

/// The message for a category no entry has, with the registry's categories.
fn unknown_category(registry: &Registry, category: &str, term: &Term) {
    let categories = registry::categories(registry);
    if categories.is_empty() {
        term.error(&format!(
            "the entries of the {} have no category (no entry sets `category`)",
            registry.name
        ));
        term.help("`errcodes list` shows every entry");
        return;
    }
    term.error(&format!(
        "no entry of the {} has the category `{category}`",
        registry.name
    ));
    let lines: String = categories.iter().map(|c| format!("\n      {c}")).collect();
    term.help(&format!("the categories are:{lines}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::fixtures::{catalog, codes, nutcache};

    #[test]
    fn a_category_in_any_case() {
        let oci = catalog("oci-distribution.toml");
        let manifest = in_category(&oci, "manifest").expect("a category");
        assert_eq!(
            codes(&manifest),
            codes(&in_category(&oci, "MANIFEST").unwrap())
        );
        assert!(codes(&manifest).contains(&"MANIFEST_UNKNOWN".to_owned()));
        assert!(
            manifest
                .iter()
                .all(|e| e.category.as_deref() == Some("Manifest"))
        );
        // Exact, not a part of one.
        assert!(in_category(&oci, "Manifes").is_none());
        assert!(in_category(&nutcache(), "Client").is_none());
    }
}
