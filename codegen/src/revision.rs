//! [`Revision`]: a valid registry with where each of its parts is in the file it was read from.

use core::ops::Range;
use std::path::Path;

use crate::diagnostic::Report;
use crate::model::Registry;
use crate::source_map::{SourceMap, TableSpans};
use crate::{check, check_bytes, check_path};

/// A valid registry and, when it was read from a file, where its parts are: what a tool that
/// points into the file (`errcodes-export`'s `diff`) reads.
///
/// # Example
/// ```
/// use errcodes_build::Revision;
/// let rev = Revision::from_source("errors.toml", "[registry]\nname = 'A'\n\
///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
/// assert_eq!(rev.registry().entries[0].name, "One");
/// assert_eq!(rev.origin(), "errors.toml");
/// assert!(Revision::from_source("errors.toml", "[registry]\n").is_err());
/// # Ok::<(), errcodes_build::Report>(())
/// ```
#[derive(Debug, Clone)]
pub struct Revision {
    origin: String,
    registry: Registry,
    /// The source and its spans; `None` for a registry built in code.
    located: Option<Located>,
}

#[derive(Debug, Clone)]
struct Located {
    source: String,
    map: SourceMap,
    /// The byte offset at which each line starts.
    line_starts: Vec<usize>,
}

impl Revision {
    /// Reads and validates registry source text; `origin` is the path shown in messages (`-`
    /// or `<stdin>` for standard input, as the caller likes).
    ///
    /// # Errors
    /// The [`Report`] of every problem when the text is not a valid registry (warnings alone
    /// are not an error).
    pub fn from_source(origin: &str, source: &str) -> Result<Revision, Report> {
        match check::read(origin, source) {
            (Some(parsed), _) => Ok(Revision {
                origin: origin.to_owned(),
                registry: parsed.registry,
                located: Some(Located {
                    source: source.to_owned(),
                    map: parsed.map,
                    line_starts: line_starts(source),
                }),
            }),
            (None, report) => Err(report),
        }
    }

    /// Reads and validates registry bytes, which must be UTF-8 (what standard input gives).
    ///
    /// # Errors
    /// As [`Revision::from_source`], and a located error when the bytes are not UTF-8.
    ///
    /// # Example
    /// ```
    /// let err = errcodes_build::Revision::from_bytes("-", b"[registry]\nname = '\xff'\n")
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("-:2:9: error: the file is not valid UTF-8"));
    /// ```
    pub fn from_bytes(origin: &str, bytes: &[u8]) -> Result<Revision, Report> {
        match std::str::from_utf8(bytes) {
            Ok(source) => Revision::from_source(origin, source),
            Err(_) => Err(check_bytes(origin, bytes).report),
        }
    }

    /// Reads and validates the registry at `path`.
    ///
    /// # Errors
    /// As [`Revision::from_bytes`], and an error when the file cannot be read.
    ///
    /// # Example
    /// ```
    /// let err = errcodes_build::Revision::from_path("no/such/errors.toml").unwrap_err();
    /// assert!(err.to_string().contains("cannot read no/such/errors.toml"));
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Revision, Report> {
        let path = path.as_ref();
        match std::fs::read(path) {
            Ok(bytes) => Revision::from_bytes(&path.display().to_string(), &bytes),
            Err(_) => Err(check_path(path).report),
        }
    }

    /// A registry built in code, named `origin` in messages; its changes have no line and
    /// column. It is taken as it is: check it with [`Registry::validate`] first.
    ///
    /// # Example
    /// ```
    /// use errcodes_build::{Registry, Revision};
    /// let rev = Revision::from_registry("v1", Registry { name: "A".into(), ..Registry::default() });
    /// assert_eq!(rev.registry().name, "A");
    /// ```
    pub fn from_registry(origin: impl Into<String>, registry: Registry) -> Revision {
        Revision {
            origin: origin.into(),
            registry,
            located: None,
        }
    }

    /// The registry.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The path or name messages give it.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, span: Option<Range<usize>>) -> Option<(usize, usize)> {
        let (located, offset) = (self.located.as_ref()?, span?.start);
        let line = located.line_starts.partition_point(|&s| s <= offset);
        let start = located.line_starts[line - 1];
        let text = located
            .source
            .get(start..offset.min(located.source.len()))?;
        Some((line, text.chars().count() + 1))
    }

    /// Where the value of `key` of entry `index` is, else the entry's `code`, else the entry.
    pub fn entry_at(&self, index: usize, key: &str) -> Option<Range<usize>> {
        key_or_code(self.located.as_ref()?.map.entries.get(index)?, key)
    }

    /// Where alias `item` of entry `index` is, else the entry's `aliases`.
    pub fn alias_at(&self, index: usize, item: usize) -> Option<Range<usize>> {
        let spans = self.located.as_ref()?.map.entries.get(index)?;
        spans
            .items
            .get(item)
            .cloned()
            .or_else(|| self.entry_at(index, "aliases"))
    }

    /// Where the value of `key` of retired code `index` is, else the retired code's `code`.
    pub fn retired_at(&self, index: usize, key: &str) -> Option<Range<usize>> {
        key_or_code(self.located.as_ref()?.map.retired.get(index)?, key)
    }

    /// Where the value of `[registry] key` is, else the `[registry]` header.
    pub fn registry_at(&self, key: &str) -> Option<Range<usize>> {
        let spans = &self.located.as_ref()?.map.registry;
        spans.get(key).or(Some(spans.table.clone()))
    }
}

fn key_or_code(spans: &TableSpans, key: &str) -> Option<Range<usize>> {
    (spans.get(key).or_else(|| spans.get("code"))).or(Some(spans.table.clone()))
}

fn line_starts(source: &str) -> Vec<usize> {
    core::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}
