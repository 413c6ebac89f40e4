//! Where the parts of a registry read from a file are, and the names messages give those parts.
//!
//! The model compares by content only; the spans live beside it, here, so that the rules can
//! point into the file when there is one and name the entry when there is not.

use core::fmt;
use core::ops::Range;

use crate::model::Code;

/// The byte ranges, in the source, of the tables and values a registry was read from.
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceMap {
    /// The `[registry]` table.
    pub registry: TableSpans,
    /// One per `[[error]]` table, in the order of `Registry::entries`.
    pub entries: Vec<TableSpans>,
    /// One per `[[retired]]` table, in the order of `Registry::retired`.
    pub retired: Vec<TableSpans>,
    /// Where to point when the registry has no entries; `None` when `error` is there but is not
    /// an array of tables (the reader has reported that already).
    pub no_entries_at: Option<Range<usize>>,
}

/// Where one table and the values read from it are.
#[derive(Debug, Clone, Default)]
pub(crate) struct TableSpans {
    /// Where to point at the table as a whole (its header or first key).
    pub table: Range<usize>,
    /// The value of each key that was read into the model; a key that is absent, or whose value
    /// had the wrong type, is not here (the reader has reported it, so the rules skip it).
    keys: Vec<(&'static str, Range<usize>)>,
    /// Where each string of the table's array (`aliases`) is, when it was read.
    pub items: Vec<Range<usize>>,
}

impl TableSpans {
    /// The spans of a table at `table`, no key read yet.
    pub fn new(table: Range<usize>) -> Self {
        TableSpans {
            table,
            keys: Vec::new(),
            items: Vec::new(),
        }
    }

    /// Records where the value of `key` is.
    pub fn insert(&mut self, key: &'static str, span: Range<usize>) {
        self.keys.push((key, span));
    }

    /// Where the value of `key` is, if it was read.
    pub fn get(&self, key: &str) -> Option<Range<usize>> {
        self.keys
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, s)| s.clone())
    }
}

/// Which kind of table a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An `[[error]]` entry.
    Error,
    /// A `[[retired]]` code.
    Retired,
}

/// A part of a registry as messages name it: `[registry]` or `[[error]] #3 (404 NotFound)` in a
/// file; `the registry`, `entry 3 (404 NotFound)` or `retired entry 1 (code 306)` for a registry
/// built in code. Written out only when a message needs it.
#[derive(Clone, Copy)]
pub(crate) enum Place<'a> {
    /// The `[registry]` table.
    Registry {
        /// Whether the registry was read from a file.
        in_file: bool,
    },
    /// An `[[error]]` or `[[retired]]` table.
    Table {
        /// Which kind.
        kind: Kind,
        /// Its position among the tables of its kind, from 0.
        index: usize,
        /// The code, when it has one (as written, in a file).
        code: Option<Shown<'a>>,
        /// The name, when it has one.
        name: Option<&'a str>,
        /// Whether the registry was read from a file.
        in_file: bool,
    },
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Place::Table {
            kind,
            index,
            code,
            name,
            in_file,
        } = *self
        else {
            let in_file = matches!(self, Place::Registry { in_file: true });
            return f.write_str(if in_file {
                "[registry]"
            } else {
                "the registry"
            });
        };
        match (kind, in_file) {
            (Kind::Error, true) => write!(f, "[[error]] #{}", index + 1)?,
            (Kind::Retired, true) => write!(f, "[[retired]] #{}", index + 1)?,
            (Kind::Error, false) => write!(f, "entry {}", index + 1)?,
            (Kind::Retired, false) => write!(f, "retired entry {}", index + 1)?,
        }
        // A message is one line: a control character in a code or name is shown escaped.
        let code = code
            .map(|c| printable(&c.to_string()))
            .filter(|c| !c.is_empty());
        let name = name.map(printable);
        match (code, name) {
            (Some(code), Some(name)) => write!(f, " ({code} {name})"),
            (Some(code), None) => write!(f, " (code {code})"),
            (None, Some(name)) => write!(f, " ({name})"),
            (None, None) => Ok(()),
        }
    }
}

/// A code as a message shows it: as written in the file, or from the model.
#[derive(Clone, Copy)]
pub(crate) enum Shown<'a> {
    /// The text of the file (an integer in any radix, or a string's content).
    Written(&'a str),
    /// A code of the model.
    Code(&'a Code),
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shown::Written(s) => f.write_str(s),
            Shown::Code(code) => write!(f, "{code}"),
        }
    }
}

/// `text` with its control characters escaped (`\u{7}`), everything else as is.
fn printable(text: &str) -> String {
    let shown = |c: char| {
        if c.is_control() {
            c.escape_default().to_string()
        } else {
            c.to_string()
        }
    };
    text.chars().map(shown).collect()
}
