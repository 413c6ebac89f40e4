//! The perfect hashes of the generated code (`NAME_HASH`, and a string registry's `CODE_HASH`):
//! `errcodes::__private::PerfectHash` statics, their tables integer arrays (the cheapest thing
//! for rustc to compile), built by [`crate::perfect_hash::build`].

use core::fmt::Write as _;

use super::Ctx;
use super::doc::doc;
use super::literal::push_int;
use crate::perfect_hash::build;

/// `    const {name}: &'static {r}::__private::PerfectHash = …;`: the perfect hash of `keys`, whose
/// lookup (`find(key, keys)`) gives a key's index in `keys`.
pub(crate) fn make_perfect_hash(
    w: &mut String,
    cx: &Ctx<'_>,
    name: &str,
    what: &str,
    keys: &[&str],
) {
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
