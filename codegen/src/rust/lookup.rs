//! The lookups by position and by code: `from_index` (a `match` on the position, the one place
//! that names every variant) and `from_code`, not through `BY_CODE` (no hashing): a `match` for
//! small registries, which LLVM turns into range checks, bit tests and jump tables; for large ones
//! a table indexed by the code when the codes are dense, else a binary search of the codes in
//! order (BENCHMARKS.md has the measurements).

use core::fmt::Write as _;

use super::Ctx;
use super::literal::push_int;
use crate::model::{CodeType, Registry};

/// The `impl` block of `from_index` and, for integer codes, `from_code` (a string registry's
/// `from_code` is a lookup by hash, which the runtime writes).
pub(crate) fn make_lookups(w: &mut String, cx: &Ctx<'_>) {
    let _ = writeln!(w, "#[allow(dead_code, deprecated)]\nimpl {} {{", cx.e);
    make_from_index(w, cx);
    if cx.registry.code_type != CodeType::Str {
        w.push('\n');
        match Dense::of(cx.registry) {
            Some(dense) => dense.make_lookups(w, cx),
            None if cx.registry.entries.len() < Dense::MIN_ENTRIES => make_match(w, cx),
            None => make_sorted(w, cx),
        }
    }
    w.push_str("}\n\n");
}

/// How many arms one `match` of `from_index` has at most. LLVM's time on a `match` grows faster
/// than its arms (BENCHMARKS.md): a large registry's `from_index` dispatches on `index / CHUNK` to
/// functions of `CHUNK` arms each.
const CHUNK: usize = 256;

/// Up to this many entries, `from_index` reads a table of the variants: one load, as fast as a
/// hand-written `match`. rustc checks each enum value of a `static` by walking the variants up to
/// it, so the table costs time quadratic in its length: half a second at this size, minutes at
/// 100,000. Larger registries name each variant once, in the `match`es of `from_index`.
pub(crate) const MAX_VARIANT_TABLE: usize = 16_384;

/// `from_index`: a table of the variants for registries up to `MAX_VARIANT_TABLE` entries, else
/// `match`es on the position, `CHUNK` arms each. Each arm returns the variant whose discriminant
/// is the index. Variants are named by the enum's name, not `Self`: rustc resolves `Self::X` by
/// searching the variants one by one, `Enum::X` by a hash lookup.
fn make_from_index(w: &mut String, cx: &Ctx<'_>) {
    let n = cx.registry.entries.len();
    if n <= MAX_VARIANT_TABLE {
        make_variant_table(w, cx);
        return;
    }
    w.push_str(
        "    /// The variant at this position in the table, or `None` past the last.\n    \
         #[inline]\n    pub const fn from_index(index: usize) -> ::core::option::Option<Self> {\n",
    );
    w.push_str("        match index / ");
    push_int(w, CHUNK as u64);
    w.push_str(" {\n");
    for chunk in 0..n.div_ceil(CHUNK) {
        let _ = writeln!(w, "            {chunk} => Self::from_index_{chunk}(index),");
    }
    w.push_str("            _ => ::core::option::Option::None,\n        }\n    }\n");
    for chunk in 0..n.div_ceil(CHUNK) {
        let _ = writeln!(
            w,
            "\n    #[inline(never)]\n    const fn from_index_{chunk}(index: usize) -> ::core::option::Option<Self> {{"
        );
        make_index_arms(w, cx, chunk * CHUNK..n.min((chunk + 1) * CHUNK));
        w.push_str("    }\n");
    }
}

/// `VARIANT_TABLE` and the `from_index` that reads it.
fn make_variant_table(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    let n = registry.entries.len();
    let _ = writeln!(
        w,
        "    /// The variants, in table order.\n    const VARIANT_TABLE: &'static [Self; {n}] = {{\n        \
         #[rustfmt::skip]\n        static VARIANTS: [{e}; {n}] = ["
    );
    for entry in &registry.entries {
        let _ = writeln!(w, "            {e}::{},", entry.name);
    }
    let _ = writeln!(
        w,
        "        ];\n        &VARIANTS\n    }};\n\n    \
         /// The variant at this position in the table, or `None` past the last.\n    \
         #[inline]\n    pub const fn from_index(index: usize) -> ::core::option::Option<Self> {{\n        \
         if index < {n} {{\n            ::core::option::Option::Some(Self::VARIANT_TABLE[index])\n        \
         }} else {{\n            ::core::option::Option::None\n        }}\n    }}"
    );
}

/// `Some(match index { … })` over the entries at `positions`.
fn make_index_arms(w: &mut String, cx: &Ctx<'_>, positions: core::ops::Range<usize>) {
    w.push_str("        ::core::option::Option::Some(match index {\n");
    for (i, entry) in cx.registry.entries[positions.clone()].iter().enumerate() {
        push_arm(w, cx, (positions.start + i) as u64, entry);
    }
    w.push_str(NO_ARM);
}

/// The last arm of a `Some(match … { … })` and its end.
const NO_ARM: &str = "            _ => return ::core::option::Option::None,\n        })\n";

/// `            {value} => Enum::{entry's variant},`: an arm of `from_index` or `from_code`, inside
/// a `Some(…)` (one call for the `match`, not one per arm: rustc type-checks each call anew).
fn push_arm(w: &mut String, cx: &Ctx<'_>, value: u64, entry: &crate::model::Entry) {
    w.push_str("            ");
    push_int(w, value);
    let _ = writeln!(w, " => {}::{},", cx.e, entry.name);
}

/// `from_code` of a small registry: a `match` on the code.
fn make_match(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { t, registry, .. } = *cx;
    let _ = writeln!(
        w,
        "    /// The variant with this code, or `None` when the registry has none (O(1), no allocation).\n    \
         #[inline]\n    pub const fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
         ::core::option::Option::Some(match code {{"
    );
    for entry in &registry.entries {
        push_arm(w, cx, u64::from(entry.code.as_int().unwrap_or(0)), entry);
    }
    w.push_str(NO_ARM);
    w.push_str("    }\n");
}

/// `from_code` of a large registry with sparse codes: a binary search of the codes in order,
/// `SORTED_CODES`, then the entry's position from `SORTED_POSITIONS` (two tables of integers,
/// which cost rustc next to nothing; a `match` of that many arms costs LLVM minutes).
fn make_sorted(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { t, r, registry, .. } = *cx;
    let mut sorted: Vec<(u32, usize)> = (registry.entries.iter().enumerate())
        .filter_map(|(i, x)| Some((x.code.as_int()?, i)))
        .collect();
    sorted.sort_unstable();
    let n = sorted.len();
    let _ = writeln!(
        w,
        "    /// The codes in increasing order.\n    const SORTED_CODES: &'static [u32; {n}] = {{\n        \
         #[rustfmt::skip]\n        static CODES: [u32; {n}] = ["
    );
    push_ints(w, sorted.iter().map(|&(code, _)| u64::from(code)));
    let _ = writeln!(
        w,
        "        ];\n        &CODES\n    }};\n\n    \
         /// The position in the table of each code of `SORTED_CODES`.\n    \
         const SORTED_POSITIONS: &'static [u32; {n}] = {{\n        #[rustfmt::skip]\n        \
         static POSITIONS: [u32; {n}] = ["
    );
    push_ints(w, sorted.iter().map(|&(_, i)| i as u64));
    let _ = writeln!(
        w,
        "        ];\n        &POSITIONS\n    }};\n\n    \
         /// The variant with this code, or `None` when the registry has none (a binary search, no \
         allocation).\n    \
         #[inline]\n    pub const fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
         match {r}::__private::sorted_position(Self::SORTED_CODES, Self::SORTED_POSITIONS, code as u32) {{\n            \
         ::core::option::Option::Some(index) => Self::from_index(index),\n            \
         ::core::option::Option::None => ::core::option::Option::None,\n        }}\n    }}"
    );
}

/// Integers, sixteen to a line, each line ending with a comma.
fn push_ints(w: &mut String, values: impl Iterator<Item = u64>) {
    let mut column = 0;
    for value in values {
        w.push_str(if column == 0 { "            " } else { " " });
        push_int(w, value);
        w.push(',');
        column += 1;
        if column == 16 {
            w.push('\n');
            column = 0;
        }
    }
    if column > 0 {
        w.push('\n');
    }
}

/// The lookup table of a registry whose codes are dense: `span` slots, one per code from `min` to
/// the largest code. Generated instead of the `match`es of `from_code` and `index` when the
/// registry is large (rustc and LLVM spend seconds per 10,000 arms on each of those; an array of
/// integers costs next to nothing to compile) and the table stays small: at most four slots per
/// entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dense {
    min: u32,
    span: usize,
}

impl Dense {
    /// Below this many entries the `match`es are cheap to build and read as a person would write.
    const MIN_ENTRIES: usize = 64;
    /// At most this many table slots per entry.
    const MAX_SLOTS_PER_ENTRY: usize = 4;

    pub(crate) fn of(registry: &Registry) -> Option<Dense> {
        let n = registry.entries.len();
        let codes = || registry.entries.iter().filter_map(|e| e.code.as_int());
        let min = codes().min()?;
        let max = codes().max()?;
        let span = (max - min) as usize + 1;
        (n >= Self::MIN_ENTRIES && span <= n * Self::MAX_SLOTS_PER_ENTRY)
            .then_some(Dense { min, span })
    }

    /// `from_code` through `INDEX`.
    fn make_lookups(self, w: &mut String, cx: &Ctx<'_>) {
        let Ctx { t, .. } = *cx;
        let (min, span) = (self.min, self.span);
        self.make_index(w, cx);
        let _ = writeln!(
            w,
            "    /// The variant with this code, or `None` when the registry has none (O(1), no \
             allocation).\n    \
             #[inline]\n    pub const fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
             match code.checked_sub({min}) {{\n            \
             ::core::option::Option::Some(offset) if (offset as usize) < {span} => {{\n                \
             Self::from_index(Self::INDEX[offset as usize] as usize)\n            \
             }}\n            _ => ::core::option::Option::None,\n        }}\n    }}"
        );
    }

    /// `INDEX`: the position in the table of the code `min + offset`, or the code type's `MAX`.
    /// Holding positions rather than variants, it costs rustc nothing to evaluate.
    pub(crate) fn make_index(self, w: &mut String, cx: &Ctx<'_>) {
        let Ctx { t, registry, .. } = *cx;
        let mut slots: Vec<Option<usize>> = vec![None; self.span];
        for (i, entry) in registry.entries.iter().enumerate() {
            if let Some(code) = entry.code.as_int() {
                slots[(code - self.min) as usize] = Some(i);
            }
        }
        // Positions fit the code type: a registry has at most as many entries as codes. `MAX`
        // marks a missing code; it can be a position too only when every code is used, and then
        // no slot is missing.
        let _ = writeln!(
            w,
            "    /// The position in the table of the code `{min} + offset`, by offset (`{t}::MAX`: no \
             such code).\n    const INDEX: &'static [{t}; {span}] = {{\n        #[rustfmt::skip]\n        \
             static INDEX: [{t}; {span}] = [",
            min = self.min,
            span = self.span
        );
        for chunk in slots.chunks(16) {
            w.push_str("            ");
            for (j, slot) in chunk.iter().enumerate() {
                if j > 0 {
                    w.push_str(", ");
                }
                match slot {
                    Some(i) => push_int(w, *i as u64),
                    None => {
                        w.push_str(t);
                        w.push_str("::MAX");
                    }
                }
            }
            w.push_str(",\n");
        }
        w.push_str("        ];\n        &INDEX\n    };\n\n");
    }
}
