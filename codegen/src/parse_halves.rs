//! Parsing a large `errors.toml` on two threads. The `toml` crate reads a document on one
//! thread, and on a registry of 100,000 entries that is a third of a build script's time. The
//! document is cut in two at an `[[error]]` header near its middle, each half is parsed on a
//! thread of its own, and the second half's tables are appended to the first's, their spans moved
//! to where they are in the whole.
//!
//! The halves mean what the whole means, or the whole is parsed instead:
//! - the cut is at the start of a line reading `[[error]]`. That line is a header of the whole
//!   document if the first half parses without error: had the cut fallen inside a multi-line
//!   string, an array or an inline table, the first half would end inside it, which is an error;
//! - each top-level key of the second half (a header's table, since the half begins with one) is
//!   new to the first half, or an array of tables in both (`[[error]]`, `[[retired]]`): the
//!   second's entries then follow the first's, as in the whole. Any other case (a table continued,
//!   an inline array extended: an error in the whole) is left to the whole;
//! - a half that does not parse leaves the whole to be parsed, so every diagnostic is the one
//!   the whole document gives, at its place in it.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, Error};

/// Documents shorter than this are parsed on one thread: the second costs more than it saves.
const HALVES_FROM: usize = 1 << 20;

/// The header the document is cut before.
const CUT: &str = "\n[[error]]";

/// What `DeTable::parse_recoverable` gives for `source`, parsed in halves when it is large.
pub(crate) fn parse_recoverable(source: &str) -> (Spanned<DeTable<'_>>, Vec<Error>) {
    parse_recoverable_from(source, HALVES_FROM)
}

/// [`parse_recoverable`], in halves from `halves_from` bytes on.
fn parse_recoverable_from(source: &str, halves_from: usize) -> (Spanned<DeTable<'_>>, Vec<Error>) {
    if source.len() >= halves_from
        && let Some(doc) = parse_halves(source)
    {
        return (doc, Vec::new());
    }
    DeTable::parse_recoverable(source)
}

/// `source` parsed in two halves, or `None` when it cannot be cut or the halves do not mean what
/// the whole does (see the module's docs).
fn parse_halves(source: &str) -> Option<Spanned<DeTable<'_>>> {
    let at = cut(source)?;
    let (head, tail) = source.split_at(at);
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| DeTable::parse(tail).ok());
        let first = DeTable::parse(head).ok();
        // A panic on the thread is a bug of the parser, not of the input: pass it on.
        let second = second
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (first, second)
    });
    let first = first?;
    // The document's own span is what the whole's would be (the parser gives it none).
    let doc_span = first.span();
    let mut doc = first.into_inner();
    for (key, value) in second?.into_inner() {
        let name: &str = key.get_ref();
        let Some(kept) = doc.get_key_value(name).map(|(k, _)| k.span()) else {
            let key = Spanned::new(shift(key.span(), at), key.into_inner());
            doc.insert(key, shift_value(value, at));
            continue;
        };
        let existing = doc.get_mut(name)?;
        let span = existing.span();
        let (DeValue::Array(old), DeValue::Array(new)) =
            (existing.get_mut(), shift_value(value, at).into_inner())
        else {
            return None;
        };
        if !is_header(source, kept) {
            return None;
        }
        let items = core::mem::replace(old, DeArray::new())
            .into_iter()
            .chain(new)
            .collect();
        *existing = Spanned::new(span, DeValue::Array(items));
    }
    Some(Spanned::new(doc_span, doc))
}

/// Where to cut `source`: the start of the first `[[error]]` line from its middle on.
fn cut(source: &str) -> Option<usize> {
    let middle = source.len() / 2;
    let mut from = source.get(middle..).map(|_| middle)?;
    loop {
        let found = from + source[from..].find(CUT)?;
        let end = found + CUT.len();
        if matches!(source.as_bytes().get(end), Some(b'\n' | b'\r')) {
            return Some(found + 1);
        }
        from = end;
    }
}

/// Whether the key at `key` is the key of a table header (`[[error]]`, `[ "error" ]`): what
/// follows it is `]`, where a key given a value is followed by `=`.
fn is_header(source: &str, key: Range<usize>) -> bool {
    source[key.end..]
        .trim_start_matches(['"', '\''])
        .trim_start()
        .starts_with(']')
}

fn shift(span: Range<usize>, by: usize) -> Range<usize> {
    span.start + by..span.end + by
}

/// `value` with every span in it moved `by` bytes on.
fn shift_value(value: Spanned<DeValue<'_>>, by: usize) -> Spanned<DeValue<'_>> {
    let span = shift(value.span(), by);
    let value = match value.into_inner() {
        DeValue::Table(table) => DeValue::Table(
            table
                .into_iter()
                .map(|(k, v)| {
                    let k = Spanned::new(shift(k.span(), by), k.into_inner());
                    (k, shift_value(v, by))
                })
                .collect(),
        ),
        DeValue::Array(array) => DeValue::Array(
            array
                .into_iter()
                .map(|v| shift_value(v, by))
                .collect::<DeArray<'_>>(),
        ),
        other => other,
    };
    Spanned::new(span, value)
}

#[cfg(test)]
mod tests;
