//! The rules a registry follows beyond the shape of its file, checked on the model: unique codes
//! and names, usable variant names, codes that fit, no empty text. A registry read from a file has
//! its spans beside it, so every problem points into the file; one built in code has none, so
//! every problem names its entry instead.

use core::ops::Range;
use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;
use std::hash::Hash;

use unicase::Ascii;

use crate::diagnostic::{Diagnostic, line_column};
use crate::model::{CodeType, Registry};
use crate::names::variant_name_problem;
use crate::source_map::{Kind, Place, Shown, SourceMap, TableSpans};

/// Every rule `registry` breaks; `file` is the spans and the source it was read from, if any.
pub(crate) fn check(registry: &Registry, file: Option<(&SourceMap, &str)>) -> Vec<Diagnostic> {
    let mut rules = Rules {
        registry,
        file,
        diagnostics: Vec::new(),
    };
    rules.header();
    for index in 0..registry.entries.len() {
        rules.entry(index);
    }
    rules.unique_codes();
    rules.unique_names();
    rules.diagnostics
}

/// What a key holds, for the help of a message about it.
fn what(part: Part, key: &str) -> &'static str {
    match (part, key) {
        (Part::Registry, "name") => "the API's name, e.g. `name = \"Example API\"`",
        (_, "name") => "the Rust variant name, e.g. `name = \"NotFound\"`",
        (_, "text") => "the short text, e.g. `text = \"Not Found\"`",
        _ => {
            "the long explanation (Markdown), e.g. `description = \"The resource does not exist.\"`"
        }
    }
}

/// A part of the registry a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Registry,
    Entry(usize),
}

struct Rules<'r> {
    registry: &'r Registry,
    file: Option<(&'r SourceMap, &'r str)>,
    diagnostics: Vec<Diagnostic>,
}

impl<'r> Rules<'r> {
    fn spans(&self, part: Part) -> Option<&'r TableSpans> {
        let (map, _) = self.file?;
        match part {
            Part::Registry => Some(&map.registry),
            Part::Entry(i) => map.entries.get(i),
        }
    }

    /// Where the value of `key` in `part` is: `Some(None)` for a registry built in code, `None`
    /// when the file's value could not be read (the reader has reported that; the rule is
    /// skipped, so nothing is reported twice).
    fn at(&self, part: Part, key: &str) -> Option<Option<Range<usize>>> {
        match self.file {
            None => Some(None),
            Some(_) => self.spans(part)?.get(key).map(Some),
        }
    }

    /// How messages name `part`.
    fn place(&self, part: Part) -> Place<'r> {
        let in_file = self.file.is_some();
        let Part::Entry(index) = part else {
            return Place::Registry { in_file };
        };
        let e = &self.registry.entries[index];
        Place::Table {
            kind: Kind::Error,
            index,
            code: self.at(part, "code").map(|_| Shown::Int(e.code)),
            name: self.at(part, "name").map(|_| e.name.as_str()),
            in_file,
        }
    }

    /// ` at line N` for a span in the file, nothing otherwise.
    fn at_line(&self, span: &Option<Range<usize>>) -> String {
        match (self.file, span) {
            (Some((_, source)), Some(span)) => {
                format!(" at line {}", line_column(source, span.start).0)
            }
            _ => String::new(),
        }
    }

    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn header(&mut self) {
        let registry = self.registry;
        let name = &registry.name;
        self.non_empty(Part::Registry, "name", name);
        if let Some(span) = self.at(Part::Registry, "name") {
            self.whitespace(Part::Registry, "name", name, span);
        }
        if self.registry.entries.is_empty() {
            let at = match self.file {
                None => Some(None),
                Some((map, _)) => map.no_entries_at.clone().map(Some),
            };
            if let Some(span) = at {
                self.push(Diagnostic::error(span, "the registry has no entries").with_help(
                    "add one `[[error]]` table per code, with `code`, `name`, `text` and `description`",
                ));
            }
        }
    }

    fn entry(&mut self, index: usize) {
        let part = Part::Entry(index);
        let registry = self.registry;
        let e = &registry.entries[index];
        if self.non_empty(part, "name", &e.name)
            && let Some(span) = self.at(part, "name")
            && let Some((why, help)) = variant_name_problem(&e.name)
        {
            let (name, place) = (&e.name, self.place(part));
            self.push(
                Diagnostic::error(
                    span,
                    format!("`{name}` in {place} is not a valid variant name: {why}"),
                )
                .with_help(help),
            );
        }
        if self.non_empty(part, "text", &e.text)
            && let Some(span) = self.at(part, "text")
        {
            self.whitespace(part, "text", &e.text, span);
        }
        self.non_empty(part, "description", &e.description);
        let code_type = self.registry.code_type;
        if let Some(span) = self.at(part, "code")
            && u64::from(e.code) > code_type.max()
        {
            let help = match code_type {
                CodeType::U16 => {
                    "set `code_type = \"u32\"` in [registry] for codes above 65535".to_owned()
                }
                _ => format!("codes must fit in {code_type} (0 to {})", code_type.max()),
            };
            let (code, place) = (e.code, self.place(part));
            self.push(
                Diagnostic::error(
                    span,
                    format!("`code` {code} in {place} does not fit in {code_type}"),
                )
                .with_help(help),
            );
        }
    }

    /// Whether `value` (of `key` in `part`) is not blank; reports it when it is.
    fn non_empty(&mut self, part: Part, key: &str, value: &str) -> bool {
        let Some(span) = self.at(part, key) else {
            return false;
        };
        if !value.trim().is_empty() {
            return true;
        }
        let place = self.place(part);
        self.push(
            Diagnostic::error(span, format!("`{key}` in {place} is empty"))
                .with_help(format!("give `{key}` a value: {}", what(part, key))),
        );
        false
    }

    /// Warns about a one-line value (a name or a text) with stray spaces or several lines: a text
    /// is often pasted from a web page. Descriptions may well end in a newline, so they are not
    /// looked at.
    fn whitespace(&mut self, part: Part, key: &str, value: &str, span: Option<Range<usize>>) {
        let label = self.place(part).to_string();
        if value.trim() != value {
            self.push(
                Diagnostic::warning(span, format!("`{key}` has leading or trailing whitespace"))
                    .with_label(label)
                    .with_help("it is kept verbatim; remove the spaces unless they are meant"),
            );
        } else if key == "text" && value.contains(['\n', '\r']) {
            self.push(
                Diagnostic::warning(span, "`text` spans several lines")
                    .with_label(label)
                    .with_help("a text is a one-line summary (like a reason phrase); put the rest in `description`"),
            );
        }
    }

    fn unique_codes(&mut self) {
        let registry = self.registry;
        let entries = &registry.entries;
        let mut seen = HashMap::with_capacity(entries.len());
        for (index, e) in entries.iter().enumerate() {
            if self.at(Part::Entry(index), "code").is_some() {
                self.unique(
                    &mut seen,
                    e.code,
                    index,
                    "code",
                    &format!("code {}", e.code),
                );
            }
        }
    }

    fn unique_names(&mut self) {
        let registry = self.registry;
        let entries = &registry.entries;
        let mut seen = HashMap::with_capacity(entries.len());
        // Name, compared ignoring ASCII case → the entry seen last with it.
        let mut caseless: HashMap<Ascii<&str>, usize> = HashMap::with_capacity(entries.len());
        for (index, e) in entries.iter().enumerate() {
            let part = Part::Entry(index);
            // An empty or unusable name is reported as such, not compared.
            let Some(span) = self.at(part, "name") else {
                continue;
            };
            if e.name.trim().is_empty() || variant_name_problem(&e.name).is_some() {
                continue;
            }
            if !self.unique(
                &mut seen,
                e.name.as_str(),
                index,
                "name",
                &format!("name `{}`", e.name),
            ) {
                continue;
            }
            let Some(other) = caseless.insert(Ascii::new(&e.name), index) else {
                continue;
            };
            // Names equal but for case are legal in Rust, but not in the case-insensitive command
            // line, nor in languages whose generators normalise case.
            let first = self.at(Part::Entry(other), "name").flatten();
            let message = format!(
                "name `{}` in {} differs only in case from `{}` ({}{})",
                e.name,
                self.place(part),
                entries[other].name,
                self.place(Part::Entry(other)),
                self.at_line(&first),
            );
            let mut d = Diagnostic::warning(span, message).with_help(
                "lookups that ignore case, and other languages' generators, cannot tell them apart; rename one",
            );
            if let Some(first) = first {
                d = d.with_related(first, "the other one");
            }
            self.push(d);
        }
    }

    /// Records `value` (of `key`) as seen in entry `index`; when an earlier entry has it, reports
    /// the duplicate and returns false.
    fn unique<K: Hash + Eq>(
        &mut self,
        seen: &mut HashMap<K, usize>,
        value: K,
        index: usize,
        key: &str,
        what: &str,
    ) -> bool {
        let first = match seen.entry(value) {
            Slot::Occupied(first) => *first.get(),
            Slot::Vacant(slot) => {
                slot.insert(index);
                return true;
            }
        };
        let span = self.at(Part::Entry(index), key).flatten();
        let first_span = self.at(Part::Entry(first), key).flatten();
        let help = match key {
            "code" => "each code appears once; remove or renumber one of the entries",
            _ => "each variant name appears once; rename one of the entries",
        };
        let mut d = Diagnostic::error(
            span,
            format!(
                "duplicate {what} in {}: {}{} has it already",
                self.place(Part::Entry(index)),
                self.place(Part::Entry(first)),
                self.at_line(&first_span),
            ),
        )
        .with_help(help);
        if let Some(first_span) = first_span {
            d = d
                .with_label("used again here")
                .with_related(first_span, "first used here");
        }
        self.push(d);
        false
    }
}
