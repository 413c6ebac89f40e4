//! `RECORDS`: what each entry says, as one `errcodes::__private::Records`: every string of the
//! entries once, in one text (written as a `concat!` of one literal per string, an entry's strings
//! on one line, so the file still reads as a table), and one record of bytes per entry, in table
//! order, one line each. Two literals cost rustc next to nothing to compile, where a `static` of
//! one struct literal per entry cost it most of a large registry's build (BENCHMARKS.md).
//!
//! The record layout is the runtime's (`src/records.rs` says it field by field); the two are
//! written apart because the crates cannot share code, and every test that compares a generated
//! registry with its model checks that they agree.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::Ctx;
use super::doc::doc;
use super::literal::push_lit;
use crate::model::{Code, Entry};

/// The offsets of the record's values (the runtime's `Records::CODE` … `Records::SIZE`).
const CODE: usize = 0;
const STATUS: usize = 8;
const FLAGS: usize = 10;
const ALIAS_START: usize = 11;
const ALIAS_COUNT: usize = 15;
const TEXT: usize = 19;
const DESCRIPTION: usize = 27;
const DESCRIPTION_TEXT: usize = 35;
const URL: usize = 43;
const CATEGORY: usize = 51;
const DEPRECATED: usize = 59;
const SIZE: usize = 67;

/// The text of the entries' strings, and where each is in it. Most strings are an entry's own
/// and are appended; the values entries share (a category, a deprecation note, a description that
/// is already plain text) are stored once.
#[derive(Default)]
struct Strings<'a> {
    /// The strings, one after another.
    text: String,
    /// The span of each string in `text`, in the order they were added.
    spans: Vec<(u32, u32)>,
    /// The span of each shared value.
    shared: HashMap<&'a str, (u32, u32)>,
}

impl<'a> Strings<'a> {
    /// Appends `s`, giving its span (start, length). The empty string is the span `(0, 0)`: what
    /// an entry without an optional value has.
    fn push(&mut self, s: &str) -> (u32, u32) {
        if s.is_empty() {
            return (0, 0);
        }
        // A registry's strings are far below 4 GiB (rustc could not compile a literal that long).
        let span = (self.text.len() as u32, s.len() as u32);
        self.text.push_str(s);
        self.spans.push(span);
        span
    }

    /// The span of `s`, a value many entries may share: stored the first time only.
    fn shared(&mut self, s: &'a str) -> (u32, u32) {
        if let Some(&span) = self.shared.get(s) {
            return span;
        }
        let span = self.push(s);
        self.shared.insert(s, span);
        span
    }

    /// Each string, in the order they were added.
    fn iter(&self) -> impl Iterator<Item = &str> {
        (self.spans.iter()).map(|&(start, len)| &self.text[start as usize..][..len as usize])
    }
}

/// A record being written.
struct Record([u8; SIZE]);

impl Record {
    fn put(&mut self, at: usize, bytes: &[u8]) {
        self.0[at..at + bytes.len()].copy_from_slice(bytes);
    }

    fn span(&mut self, at: usize, (start, len): (u32, u32)) {
        self.put(at, &start.to_le_bytes());
        self.put(at + 4, &len.to_le_bytes());
    }
}

/// One entry's record, its strings added to `strings`.
fn record<'a>(
    cx: &Ctx<'_>,
    strings: &mut Strings<'a>,
    entry: &'a Entry,
    alias_start: usize,
) -> [u8; SIZE] {
    let mut r = Record([0; SIZE]);
    match &entry.code {
        Code::Int(n) => r.put(CODE, &n.to_le_bytes()),
        Code::Str(s) => r.span(CODE, strings.push(s)),
    }
    let status = entry.http_status(cx.implied_status);
    r.put(STATUS, &status.unwrap_or(0).to_le_bytes());
    r.put(FLAGS, &[u8::from(entry.retryable)]);
    r.put(ALIAS_START, &(alias_start as u32).to_le_bytes());
    r.put(ALIAS_COUNT, &(entry.aliases.len() as u32).to_le_bytes());
    r.span(TEXT, strings.push(&entry.text));
    let description = strings.push(&entry.description);
    r.span(DESCRIPTION, description);
    let plain = crate::plain_text(&entry.description);
    r.span(
        DESCRIPTION_TEXT,
        if plain == entry.description {
            description
        } else {
            strings.push(&plain)
        },
    );
    r.span(
        URL,
        strings.push(cx.registry.url(entry).as_deref().unwrap_or("")),
    );
    let category = entry.category.as_deref().unwrap_or("");
    r.span(CATEGORY, strings.shared(category));
    let deprecated = entry.deprecated.as_deref().unwrap_or("");
    r.span(DEPRECATED, strings.shared(deprecated));
    r.0
}

/// Appends `bytes` as they are written inside a byte string literal, as short as they can be: a
/// printable ASCII character as itself (but `"`, `\\` and the space, which a line continuation
/// before it would swallow), zero as `\\0` (`\\x00` before a digit, which would read as an octal
/// escape), anything else `\\xNN`.
fn push_bytes(w: &mut String, bytes: &[u8]) {
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            0 if !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => w.push_str("\\0"),
            b'"' | b'\\' => {
                w.push('\\');
                w.push(char::from(b));
            }
            0x21..=0x7e => w.push(char::from(b)),
            _ => {
                let hex = b"0123456789abcdef";
                w.push_str("\\x");
                w.push(char::from(hex[usize::from(b >> 4)]));
                w.push(char::from(hex[usize::from(b & 15)]));
            }
        }
    }
}

/// `    const RECORDS: &'static {r}::__private::Records = …;`.
pub(crate) fn make_records(w: &mut String, cx: &Ctx<'_>) {
    let r = cx.r;
    let mut strings = Strings::default();
    let mut bytes = String::with_capacity(cx.registry.entries.len() * (SIZE * 4 + 16));
    let mut alias_start = 0;
    // The first string of each entry: each entry's strings are one line.
    let mut lines = Vec::with_capacity(cx.registry.entries.len());
    for entry in &cx.registry.entries {
        lines.push(strings.spans.len());
        bytes.push_str("\\\n            ");
        push_bytes(&mut bytes, &record(cx, &mut strings, entry, alias_start));
        alias_start += entry.aliases.len();
    }
    doc(
        w,
        "    ",
        "What each entry says: one record per entry, in table order, and the text of their \
         strings.",
    );
    let _ = write!(
        w,
        "    const RECORDS: &'static {r}::__private::Records = {{\n        #[rustfmt::skip]\n        \
         static RECORDS: {r}::__private::Records = {r}::__private::Records {{\n            \
         strings: ::core::concat!("
    );
    let mut lines = lines.into_iter().peekable();
    for (i, s) in strings.iter().enumerate() {
        let mut new_line = false;
        while lines.next_if(|&first| first <= i).is_some() {
            new_line = true;
        }
        w.push_str(if new_line { "\n                " } else { " " });
        push_lit(w, s);
        w.push(',');
    }
    w.push_str(if strings.spans.is_empty() {
        "\"\"),\n"
    } else {
        "\n            ),\n"
    });
    let _ = write!(
        w,
        "            bytes: b\"{bytes}\",\n        }};\n        &RECORDS\n    }};\n\n"
    );
}

#[cfg(test)]
mod tests {
    use super::push_bytes;

    /// The bytes a byte string literal holds, as rustc reads it (`syn` reads it the same way).
    fn value(literal: &str) -> Vec<u8> {
        match syn::parse_str::<syn::Lit>(literal) {
            Ok(syn::Lit::ByteStr(lit)) => lit.value(),
            _ => panic!("not a byte string: {literal}"),
        }
    }

    #[test]
    fn every_byte_is_written_as_a_byte_literal_that_holds_it() {
        let all: Vec<u8> = (0..=255u8).chain([0, b'7', 0]).collect();
        let mut w = String::from("b\"");
        push_bytes(&mut w, &all);
        w.push('"');
        assert_eq!(value(&w), all);
        // A zero before a digit is a hex escape: `\0` and a digit look like an octal escape.
        let mut w = String::new();
        push_bytes(&mut w, &[0, b'1', 0, b'x', b'"', b'\\', b'\n']);
        assert_eq!(w, "\\x001\\0x\\\"\\\\\\x0a");
    }

    #[test]
    fn a_record_that_starts_with_a_space_keeps_it_after_a_line_continuation() {
        let mut w = String::from("b\"\\\n            ");
        push_bytes(&mut w, b" a ");
        w.push('"');
        assert_eq!(value(&w), b" a ");
    }
}
