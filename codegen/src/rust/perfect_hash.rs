//! The perfect hashes of the generated code (`NAME_HASH`, and a string registry's `CODE_HASH`):
//! `errcodes::__private::PerfectHash` statics, their tables integer arrays (the cheapest thing
//! for rustc to compile), built by [`crate::perfect_hash::build`].

use core::fmt::Write as _;

use super::Ctx;
use super::doc::doc;
use super::literal::{push_int, push_lit};
use crate::perfect_hash::build;

/// Below this many keys, a key is looked up by a `match` on it, as fast as a hand-written one (a
/// perfect hash is 3x its time at 6 keys); from this many on, by a perfect hash, whose time does
/// not grow with the keys (a `match` on 1,000 strings is 8x slower: BENCHMARKS.md).
const MIN_HASHED_KEYS: usize = 64;

/// What a key lookup of the generated code looks up: `fn {find}(key: &str) -> Option<usize>`,
/// the key's index in `keys`, by a `match` or by the perfect hash `{hash}` whose keys `key_at`
/// (an expression of `i`) gives.
pub(crate) struct KeyLookup<'k> {
    /// The function's name, e.g. `find_name`.
    pub find: &'static str,
    /// The name of the perfect hash's const, e.g. `NAME_HASH`.
    pub hash: &'static str,
    /// What the keys are, for the docs.
    pub what: &'static str,
    /// The keys, in the order of their indexes.
    pub keys: &'k [&'k str],
    /// The bytes of the key at index `i`, as a Rust expression.
    pub key_at: &'k str,
}

/// The lookup of `lookup.keys`: a `match` on the key for few keys, else a perfect hash and the
/// function that reads it.
pub(crate) fn make_key_lookup(w: &mut String, cx: &Ctx<'_>, lookup: &KeyLookup<'_>) {
    let KeyLookup {
        find,
        hash,
        what,
        keys,
        key_at,
    } = *lookup;
    let head = format!(
        "    /// The index of `key` among {what}, or `None`.\n    #[inline]\n    \
         fn {find}(key: &str) -> ::core::option::Option<usize> {{\n"
    );
    if keys.len() < MIN_HASHED_KEYS {
        w.push_str(&head);
        w.push_str("        match key {\n");
        for (i, key) in keys.iter().enumerate() {
            w.push_str("            ");
            push_lit(w, key);
            w.push_str(" => ::core::option::Option::Some(");
            push_int(w, i as u64);
            w.push_str("),\n");
        }
        w.push_str("            _ => ::core::option::Option::None,\n        }\n    }\n\n");
        return;
    }
    make_perfect_hash(w, cx, hash, &format!("The perfect hash of {what}."), keys);
    w.push_str(&head);
    let n = keys.len();
    let _ = writeln!(
        w,
        "        Self::{hash}.find(key, {n}, |i| {key_at})\n    }}\n"
    );
}

/// `    const {name}: &'static {r}::__private::PerfectHash = …;`: the perfect hash of `keys`, whose
/// lookup (`find(key, count, key_at)`) gives a key's index in `keys`.
fn make_perfect_hash(w: &mut String, cx: &Ctx<'_>, name: &str, what: &str, keys: &[&str]) {
    let r = cx.r;
    let params = build(keys);
    doc(w, "    ", what);
    let _ = write!(
        w,
        "    const {name}: &'static {r}::__private::PerfectHash = {{\n        #[rustfmt::skip]\n        \
         static HASH: {r}::__private::PerfectHash = {r}::__private::PerfectHash {{\n            \
         seed: {:#018x},\n            pilots: &[",
        params.seed
    );
    push_ints(w, params.pilots.iter().map(|&p| u64::from(p)));
    w.push_str("],\n            slots: &[");
    push_ints(w, params.slots.iter().map(|&s| u64::from(s)));
    w.push_str("],\n        };\n        &HASH\n    };\n\n");
}

/// The integers of a table, 16 to a line, each line indented under the field that holds them.
fn push_ints(w: &mut String, values: impl ExactSizeIterator<Item = u64>) {
    if values.len() == 0 {
        return;
    }
    for (i, v) in values.enumerate() {
        w.push_str(if i % 16 == 0 {
            "\n                "
        } else {
            " "
        });
        push_int(w, v);
        w.push(',');
    }
    w.push_str("\n            ");
}
