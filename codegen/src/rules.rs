//! The rules a registry follows beyond the shape of its file, checked on the model: codes of the
//! registry's type, unique codes and names, usable names and aliases, HTTP statuses, links, no
//! empty text. A registry read from a file has its spans beside it, so every problem points into
//! the file; one built in code has none, so every problem names its entry instead.

use core::ops::Range;
use std::collections::HashMap;

use crate::keys::{KEYS, Key, Kind as KeyKind, Value};
use std::collections::hash_map::Entry as Slot;
use std::hash::Hash;

use unicase::Ascii;

use crate::diagnostic::{Diagnostic, line_column};
use crate::forms::{
    link_problem, lookup_name_problem, string_code_problem, template_problem, what_key_holds,
};
use crate::model::{Code, CodeType, Registry};
use crate::names::{RESERVED_NAMES, variant_name_problem};
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
    for index in 0..registry.retired.len() {
        rules.retired(index);
    }
    rules.unique_codes();
    rules.unique_names();
    rules.diagnostics
}

/// A `status` that is no HTTP status (also used by the reader, for a number too large to hold).
pub(crate) fn not_a_status(
    span: impl Into<Option<Range<usize>>>,
    status: i128,
    place: Place<'_>,
) -> Diagnostic {
    Diagnostic::error(
        span,
        format!("`status` {status} in {place} is not an HTTP status (100 to 599)"),
    )
    .with_help(
        "write the HTTP status the API answers with, such as `status = 404`, or remove `status`",
    )
}

/// Every name and alias, compared ignoring ASCII case → where it is (an entry's name, or alias
/// `i` of an entry, or a retired code's name).
type Lookup<'r> = HashMap<Ascii<&'r str>, (Part, Option<usize>)>;

/// For a name that another entry's name equals ignoring case (which [`Lookup`] holds the last
/// of): an entry it no longer holds.
type Twins<'r> = HashMap<Ascii<&'r str>, Part>;

/// A part of the registry a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Registry,
    Entry(usize),
    Retired(usize),
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
            Part::Retired(i) => map.retired.get(i),
        }
    }

    /// Where the value of `key` in `part` is: `Some(None)` for a registry built in code, `None`
    /// when the file's value is absent or could not be read (the reader has reported what was
    /// wrong; the rule is skipped, so nothing is reported twice).
    fn at(&self, part: Part, key: &str) -> Option<Option<Range<usize>>> {
        match self.file {
            None => Some(None),
            Some(_) => self.spans(part)?.get(key).map(Some),
        }
    }

    /// Where alias `i` of entry `index` is, as [`at`](Self::at) says it.
    fn alias_at(&self, index: usize, i: usize) -> Option<Option<Range<usize>>> {
        self.at(Part::Entry(index), "aliases")?;
        // Read from a file, the aliases have a span each (else `aliases` has none).
        Some(
            self.spans(Part::Entry(index))
                .and_then(|s| s.items.get(i).cloned()),
        )
    }

    /// How messages name `part`.
    fn place(&self, part: Part) -> Place<'r> {
        let (r, in_file) = (self.registry, self.file.is_some());
        let (kind, index, code, name) = match part {
            Part::Registry => return Place::Registry { in_file },
            Part::Entry(i) => (
                Kind::Error,
                i,
                &r.entries[i].code,
                Some(&*r.entries[i].name),
            ),
            Part::Retired(i) => (
                Kind::Retired,
                i,
                &r.retired[i].code,
                r.retired[i].name.as_deref(),
            ),
        };
        Place::Table {
            kind,
            index,
            code: Some(Shown::Code(code)).filter(|_| self.at(part, "code").is_some()),
            name: name.filter(|_| self.at(part, "name").is_some()),
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
        let (registry, part) = (self.registry, Part::Registry);
        self.non_empty(part, "name", &registry.name);
        self.whitespace(part, "name", &registry.name);
        if let (Some(version), Some(span)) = (&registry.version, self.at(part, "version"))
            && let Err(e) = semver::Version::parse(version)
        {
            self.push(
                Diagnostic::error(
                    span,
                    format!(
                        "`version` \"{version}\" in {} is not a semantic version: {e}",
                        self.place(part)
                    ),
                )
                .with_help("write MAJOR.MINOR.PATCH, e.g. `version = \"1.2.0\"`"),
            );
        }
        if let (Some(url), Some(span)) = (&registry.url, self.at(part, "url"))
            && let Some(why) = template_problem(url)
        {
            self.push(
                Diagnostic::error(span, format!("`url` in {} is not a link template: {why}", self.place(part)))
                    .with_help("write an absolute link in which `{code}` and `{name}` are filled per entry, e.g. `url = \"https://docs.example.com/errors#{code}\"`"),
            );
        }
        if registry.entries.is_empty() {
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
        if self.non_empty(part, "name", &e.name) {
            self.variant_name(part, &e.name);
        }
        if self.non_empty(part, "text", &e.text) {
            self.whitespace(part, "text", &e.text);
        }
        self.non_empty(part, "description", &e.description);
        self.code(part, &e.code);
        for key in KEYS {
            self.key(registry, index, key);
        }
    }

    /// The rule of an optional key's kind, on entry `index`'s value.
    fn key(&mut self, registry: &Registry, index: usize, key: &Key) {
        let part = Part::Entry(index);
        let e = &registry.entries[index];
        let (Some(value), Some(span)) = ((key.own)(e), self.at(part, key.name)) else {
            return;
        };
        match (key.kind, value) {
            (KeyKind::Status, Value::Status(status)) if !(100..=599).contains(&status) => {
                self.push(not_a_status(span, status.into(), self.place(part)));
            }
            (KeyKind::Text, Value::Text(text)) => {
                self.non_empty(part, key.name, &text);
            }
            (KeyKind::Link, Value::Text(url)) => {
                if let Some(why) = link_problem(&url) {
                    let name = key.name;
                    self.push(
                        Diagnostic::error(span, format!("`{name}` in {} is not an absolute http(s) link: {why}", self.place(part)))
                            .with_help(format!("write the entry's documentation link, e.g. `{name} = \"https://docs.example.com/errors/not-found\"`")),
                    );
                }
            }
            (KeyKind::OneOf(words), Value::Text(word)) if !words.contains(&&*word) => {
                let name = key.name;
                self.push(
                    Diagnostic::error(
                        span,
                        format!(
                            "`{name}` in {} is `{word}`, not one of {}",
                            self.place(part),
                            words.join(", ")
                        ),
                    )
                    .with_help(format!(
                        "write one of them, e.g. `{name} = \"{}\"`",
                        words[0]
                    )),
                );
            }
            (KeyKind::Names, _) => {
                for (i, alias) in e.aliases.iter().enumerate() {
                    if let Some(span) = self.alias_at(index, i) {
                        self.alias(part, alias, span);
                    }
                }
            }
            _ => {}
        }
    }

    fn retired(&mut self, index: usize) {
        let part = Part::Retired(index);
        let registry = self.registry;
        let r = &registry.retired[index];
        self.code(part, &r.code);
        if let Some(name) = &r.name
            && self.non_empty(part, "name", name)
        {
            self.variant_name(part, name);
        }
        self.non_empty(part, "note", &r.note);
    }

    /// Reports `name` (of `part`) when it cannot be a variant name.
    fn variant_name(&mut self, part: Part, name: &str) {
        if let Some(span) = self.at(part, "name")
            && let Some((why, help)) = variant_name_problem(name)
        {
            let place = self.place(part);
            self.push(
                Diagnostic::error(
                    span,
                    format!("`{name}` in {place} is not a valid variant name: {why}"),
                )
                .with_help(help),
            );
        }
    }

    /// Reports an alias that cannot be looked up, or that would shadow an associated item.
    fn alias(&mut self, part: Part, alias: &str, span: Option<Range<usize>>) {
        let place = self.place(part);
        if let Some(why) = lookup_name_problem(alias) {
            self.push(
                Diagnostic::error(
                    span,
                    format!("alias {alias:?} in {place} cannot be looked up: {why}"),
                )
                .with_help(
                    "write the other name as it is looked up, e.g. `aliases = [\"NOT_FOUND\"]`",
                ),
            );
        } else if RESERVED_NAMES.contains(&alias) || alias == "Self" {
            self.push(
                Diagnostic::error(span, format!("alias `{alias}` in {place} is a name the generated enum uses"))
                    .with_help("an alias that is a variant name becomes an associated constant; remove this one"),
            );
        }
    }

    /// Reports a code that is not of the registry's type, or does not fit it.
    fn code(&mut self, part: Part, code: &Code) {
        let Some(span) = self.at(part, "code") else {
            return;
        };
        let (code_type, place) = (self.registry.code_type, self.place(part));
        let (message, help) = match (code, code_type) {
            (Code::Str(s), CodeType::U16 | CodeType::U32) => (
                format!("`code` \"{s}\" in {place} is a string, but the codes of this registry are integers ({code_type})"),
                match s.trim().parse::<u64>() {
                    Ok(n) => format!("remove the quotes: `code = {n}`"),
                    Err(_) => "set `code_type = \"str\"` in [registry] for string codes".to_owned(),
                },
            ),
            (Code::Int(n), CodeType::Str) => (
                format!("`code` {n} in {place} is an integer, but the codes of this registry are strings"),
                format!("quote it: `code = \"{n}\"`"),
            ),
            (Code::Str(s), CodeType::Str) => match string_code_problem(s) {
                Some(why) => (
                    format!("`code` {s:?} in {place} is not a usable string code: {why}"),
                    "write printable ASCII without spaces, at most 64 bytes, e.g. `code = \"BLOB_UNKNOWN\"`".to_owned(),
                ),
                None => return,
            },
            (Code::Int(n), _) => match code_type.max() {
                Some(max) if u64::from(*n) > max => (
                    format!("`code` {n} in {place} does not fit in {code_type}"),
                    "set `code_type = \"u32\"` in [registry] for codes above 65535".to_owned(),
                ),
                _ => return,
            },
        };
        self.push(Diagnostic::error(span, message).with_help(help));
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
            Diagnostic::error(span, format!("`{key}` in {place} is empty")).with_help(format!(
                "give `{key}` a value: {}",
                what_key_holds(key, part == Part::Registry)
            )),
        );
        false
    }

    /// Warns about a one-line value (a name or a text) with stray spaces or several lines: a text
    /// is often pasted from a web page. Descriptions may well end in a newline, so they are not
    /// looked at.
    fn whitespace(&mut self, part: Part, key: &str, value: &str) {
        let Some(span) = self.at(part, key) else {
            return;
        };
        let label = || self.place(part).to_string();
        if value.trim() != value {
            self.push(
                Diagnostic::warning(span, format!("`{key}` has leading or trailing whitespace"))
                    .with_label(label())
                    .with_help("it is kept verbatim; remove the spaces unless they are meant"),
            );
        } else if key == "text" && value.contains(['\n', '\r']) {
            self.push(
                Diagnostic::warning(span, "`text` spans several lines")
                    .with_label(label())
                    .with_help("a text is a one-line summary (like a reason phrase); put the rest in `description`"),
            );
        }
    }

    fn unique_codes(&mut self) {
        let registry = self.registry;
        let mut seen = HashMap::with_capacity(registry.entries.len());
        for (index, e) in registry.entries.iter().enumerate() {
            if self.at(Part::Entry(index), "code").is_some() {
                let help = "each code appears once; remove or renumber one of the entries";
                self.unique(&mut seen, &e.code, Part::Entry(index), "code", help);
            }
        }
        let mut retired = HashMap::with_capacity(registry.retired.len());
        for (index, r) in registry.retired.iter().enumerate() {
            let part = Part::Retired(index);
            if self.at(part, "code").is_none() {
                continue;
            }
            let help = "each code is retired once; remove one of the [[retired]] tables";
            if !self.unique(&mut retired, &r.code, part, "code", help) {
                continue;
            }
            if let Some(&live) = seen.get(&r.code) {
                let code = &r.code;
                self.clash(
                    (part, "code"),
                    (live, "code"),
                    |place, live, line| format!("retired code {code} in {place} is used by {live}{line}"),
                    "a retired code is never given to an entry again: give the entry another code, or take the code out of [[retired]]",
                );
            }
        }
    }

    fn unique_names(&mut self) {
        let registry = self.registry;
        let entries = &registry.entries;
        let mut seen = HashMap::with_capacity(entries.len());
        let mut lookup: Lookup<'r> = HashMap::with_capacity(entries.len());
        let mut twins: Twins<'r> = HashMap::with_capacity(0);
        for (index, e) in entries.iter().enumerate() {
            let part = Part::Entry(index);
            // An empty or unusable name is reported as such, not compared.
            if self.at(part, "name").is_none()
                || e.name.trim().is_empty()
                || variant_name_problem(&e.name).is_some()
            {
                continue;
            }
            let help = "each variant name appears once; rename one of the entries";
            if !self.unique(&mut seen, e.name.as_str(), part, "name", help) {
                continue;
            }
            if let Some((other, _)) = lookup.insert(Ascii::new(&e.name), (part, None)) {
                self.same_but_case(index, other);
                twins.insert(Ascii::new(&e.name), other);
            }
        }
        for (index, e) in entries.iter().enumerate() {
            for (i, alias) in e.aliases.iter().enumerate() {
                if self.alias_at(index, i).is_some() && lookup_name_problem(alias).is_none() {
                    self.alias_clash(&mut lookup, &twins, (index, i), alias);
                }
            }
        }
        for (index, r) in registry.retired.iter().enumerate() {
            if let Some(name) = &r.name
                && self.at(Part::Retired(index), "name").is_some()
                && variant_name_problem(name).is_none()
            {
                self.retired_name(&mut lookup, index, name);
            }
        }
    }

    /// Records the name of retired code `index`, reporting it when it equals (ignoring case) a
    /// name or alias of an entry, or the name of another retired code.
    fn retired_name(&mut self, lookup: &mut Lookup<'r>, index: usize, name: &'r str) {
        let part = Part::Retired(index);
        let Some(&(other, alias)) = lookup.get(&Ascii::new(name)) else {
            lookup.insert(Ascii::new(name), (part, None));
            return;
        };
        let help = match other {
            Part::Retired(_) => "each retired name appears once; remove or rename one",
            _ => "the name of a retired code is not given to a live entry; remove or rename one",
        };
        let other_key = if alias.is_some() { "aliases" } else { "name" };
        self.clash(
            (part, "name"),
            (other, other_key),
            |place, other, line| {
                format!("name `{name}` in {place} is taken (ignoring case) by {other}{line}")
            },
            help,
        );
    }

    /// Records alias `i` of entry `index`, reporting it when it equals (ignoring case) a name or
    /// an alias seen before. An alias that differs from its own entry's name in case only is
    /// accepted: it names that entry and no other, and APIs publish names in another case (gRPC's
    /// `UNAVAILABLE` for `Unavailable`), which an exact lookup finds only through the alias.
    fn alias_clash(
        &mut self,
        lookup: &mut Lookup<'r>,
        twins: &Twins<'r>,
        (index, i): (usize, usize),
        alias: &'r str,
    ) {
        let part = Part::Entry(index);
        let Some(&(mut other, other_alias)) = lookup.get(&Ascii::new(alias)) else {
            lookup.insert(Ascii::new(alias), (part, Some(i)));
            return;
        };
        if other == part && other_alias.is_none() && alias != self.registry.entries[index].name {
            // Its own name in another case: accepted, unless another entry's name is spelt so too.
            match twins.get(&Ascii::new(alias)) {
                Some(&twin) => other = twin,
                None => return,
            }
        }
        let own_name = other == part && other_alias.is_none();
        let span = self.alias_at(index, i).flatten();
        let place = self.place(part);
        let (what, first_span) = match (other == part, other_alias) {
            // The same spelling: an alias that adds nothing.
            (true, None) => ("its own name".to_owned(), None),
            (true, Some(_)) => ("another of its aliases".to_owned(), None),
            (false, None) => (
                format!("the name of {}", self.place(other)),
                self.at(other, "name").flatten(),
            ),
            (false, Some(j)) => {
                let Part::Entry(o) = other else { return };
                (
                    format!("an alias of {}", self.place(other)),
                    self.alias_at(o, j).flatten(),
                )
            }
        };
        let case = if own_name { "" } else { " (ignoring case)" };
        let help = if own_name {
            "the name is looked up already; remove the alias"
        } else {
            "a name or alias looks up one entry; remove or rename the alias"
        };
        let mut d = Diagnostic::error(
            span,
            format!(
                "alias `{alias}` in {place} is {what}{case}{}",
                self.at_line(&first_span)
            ),
        )
        .with_help(help);
        if let Some(first_span) = first_span {
            d = d.with_related(first_span, "the same name");
        }
        self.push(d);
    }

    /// Warns about the name of entry `index` equal to that of `other` but for case: legal in Rust,
    /// but not in the case-insensitive command line, nor in languages whose generators normalise
    /// case.
    fn same_but_case(&mut self, index: usize, other: Part) {
        let (part, Part::Entry(o)) = (Part::Entry(index), other) else {
            return;
        };
        let (name, other_name) = (
            &self.registry.entries[index].name,
            &self.registry.entries[o].name,
        );
        let span = self.at(part, "name").flatten();
        let first = self.at(other, "name").flatten();
        let message = format!(
            "name `{name}` in {} differs only in case from `{other_name}` ({}{})",
            self.place(part),
            self.place(other),
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

    /// Records `value` (of `key`) as seen in `part`; when an earlier part has it, reports the
    /// duplicate and returns false.
    fn unique<K: Hash + Eq + core::fmt::Display>(
        &mut self,
        seen: &mut HashMap<K, Part>,
        value: K,
        part: Part,
        key: &str,
        help: &str,
    ) -> bool {
        // The message is written only for a duplicate: most values are not.
        let (first, what) = match seen.entry(value) {
            Slot::Occupied(first) => match key {
                "code" => (*first.get(), format!("code {}", first.key())),
                _ => (*first.get(), format!("{key} `{}`", first.key())),
            },
            Slot::Vacant(slot) => {
                slot.insert(part);
                return true;
            }
        };
        self.clash(
            (part, key),
            (first, key),
            |place, first, line| {
                format!("duplicate {what} in {place}: {first}{line} has it already")
            },
            help,
        );
        false
    }

    /// Reports `key` of `part` as clashing with `other_key` of `other` (where it was first); the
    /// message is made of the two places and ` at line N` of the first.
    fn clash(
        &mut self,
        (part, key): (Part, &str),
        (other, other_key): (Part, &str),
        message: impl FnOnce(Place<'r>, Place<'r>, String) -> String,
        help: &str,
    ) {
        let span = self.at(part, key).flatten();
        let first = self.at(other, other_key).flatten();
        let message = message(self.place(part), self.place(other), self.at_line(&first));
        let mut d = Diagnostic::error(span, message).with_help(help);
        if let Some(first) = first {
            d = d
                .with_label("used again here")
                .with_related(first, "first used here");
        }
        self.push(d);
    }
}
