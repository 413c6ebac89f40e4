//! `RECORDS`: what each entry says, as one `errcodes::__private::Records`: every string of the
//! entries once, in one text (written as a `concat!` of one literal per string, so the file still
//! reads as a table), and one record of bytes per entry, in table order, one line each. Two
//! literals cost rustc next to nothing to compile, where a `static` of one struct literal per
//! entry cost it most of a large registry's build (BENCHMARKS.md).
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

/// The text of every string, each once, and where each begins in it.
#[derive(Default)]
struct Strings {
    /// The distinct strings, in the order they were first seen.
    list: Vec<String>,
    /// The start of each distinct string in the text.
    starts: HashMap<String, u32>,
    /// The text's length so far.
    len: usize,
}

impl Strings {
    /// The span of `s` in the text (start, length), adding it if it is new. The empty string is
    /// the span `(0, 0)`: what an entry without an optional value has.
    fn span(&mut self, s: &str) -> (u32, u32) {
        // A registry's strings are far below 4 GiB (rustc could not compile a literal that long).
        let len = s.len() as u32;
        if s.is_empty() {
            return (0, 0);
        }
        if let Some(&start) = self.starts.get(s) {
            return (start, len);
        }
        let start = self.len as u32;
        self.len += s.len();
        self.starts.insert(s.to_owned(), start);
        self.list.push(s.to_owned());
        (start, len)
    }
}

/// One entry's record, its strings added to `strings`.
fn record(cx: &Ctx<'_>, strings: &mut Strings, entry: &Entry, alias_start: usize) -> [u8; SIZE] {
    let mut r = [0u8; SIZE];
    let mut put = |at: usize, bytes: &[u8]| r[at..at + bytes.len()].copy_from_slice(bytes);
    let mut span = |at: usize, s: &str, put: &mut dyn FnMut(usize, &[u8])| {
        let (start, len) = strings.span(s);
        put(at, &start.to_le_bytes());
        put(at + 4, &len.to_le_bytes());
    };
    match &entry.code {
        Code::Int(n) => put(CODE, &n.to_le_bytes()),
        Code::Str(s) => span(CODE, s, &mut put),
    }
    let status = (entry.status).or_else(|| entry.implied_status(cx.implied_status));
    put(STATUS, &status.unwrap_or(0).to_le_bytes());
    put(FLAGS, &[u8::from(entry.retryable)]);
    put(ALIAS_START, &(alias_start as u32).to_le_bytes());
    put(ALIAS_COUNT, &(entry.aliases.len() as u32).to_le_bytes());
    span(TEXT, &entry.text, &mut put);
    span(DESCRIPTION, &entry.description, &mut put);
    span(
        DESCRIPTION_TEXT,
        &crate::plain_text(&entry.description),
        &mut put,
    );
    let url = cx.registry.url(entry);
    span(URL, url.as_deref().unwrap_or(""), &mut put);
    span(CATEGORY, entry.category.as_deref().unwrap_or(""), &mut put);
    span(
        DEPRECATED,
        entry.deprecated.as_deref().unwrap_or(""),
        &mut put,
    );
    r
}

/// `    const RECORDS: &'static {r}::__private::Records = …;`.
pub(crate) fn make_records(w: &mut String, cx: &Ctx<'_>) {
    let r = cx.r;
    let mut strings = Strings::default();
    let mut bytes = String::with_capacity(cx.registry.entries.len() * (SIZE * 4 + 16));
    let mut alias_start = 0;
    for entry in &cx.registry.entries {
        bytes.push_str("\\\n            ");
        for b in record(cx, &mut strings, entry, alias_start) {
            let _ = write!(bytes, "\\x{b:02x}");
        }
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
    for s in &strings.list {
        w.push_str("\n                ");
        push_lit(w, s);
        w.push(',');
    }
    w.push_str(if strings.list.is_empty() {
        "\"\"),\n"
    } else {
        "\n            ),\n"
    });
    let _ = write!(
        w,
        "            bytes: b\"{bytes}\",\n        }};\n        &RECORDS\n    }};\n\n"
    );
}
