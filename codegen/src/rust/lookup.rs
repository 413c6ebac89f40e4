//! The bodies of the lookups by code: `index` (a variant's position in the table) and
//! `from_code`. Not through `BY_CODE`: no hashing. A `match`, which LLVM turns into range checks,
//! bit tests and jump tables; or, for large registries with dense codes, a table indexed by the
//! code (BENCHMARKS.md has the measurements).

use core::fmt::Write as _;

use super::Ctx;
use super::literal::push_int;
use crate::model::{CodeType, Registry};

/// The `impl` block of `index` and `from_code`. A string registry's variants are their positions,
/// and its `from_code` is a lookup of its `CODE_HASH` (the runtime writes it).
pub(crate) fn make_lookups(w: &mut String, cx: &Ctx<'_>) {
    let _ = writeln!(w, "#[allow(dead_code, deprecated)]\nimpl {} {{", cx.e);
    if cx.registry.code_type == CodeType::Str {
        w.push_str(
            "    /// The position of this code in the table (and in [`Self::ALL`]).\n    \
             #[inline]\n    pub const fn index(self) -> usize {\n        self as usize\n    }\n",
        );
    } else {
        match Dense::of(cx.registry) {
            Some(dense) => dense.make_lookups(w, cx),
            None => make_matches(w, cx),
        }
    }
    w.push_str("}\n\n");
}

/// `index` and `from_code` as `match`es.
fn make_matches(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { t, registry, .. } = *cx;
    w.push_str(
        "    /// The position of this code in the table (and in [`Self::ALL`]).\n    \
         #[inline]\n    pub const fn index(self) -> usize {\n        match self {\n",
    );
    for (i, entry) in registry.entries.iter().enumerate() {
        let _ = writeln!(w, "            Self::{} => {i},", entry.name);
    }
    let _ = writeln!(
        w,
        "        }}\n    }}\n\n    \
         /// The variant with this code, or `None` when the registry has none (O(1), no allocation).\n    \
         #[inline]\n    pub const fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
         match code {{"
    );
    for entry in &registry.entries {
        let _ = writeln!(
            w,
            "            {} => ::core::option::Option::Some(Self::{}),",
            entry.code.as_int().unwrap_or(0),
            entry.name
        );
    }
    w.push_str("            _ => ::core::option::Option::None,\n        }\n    }\n");
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

    /// `index` and `from_code` through `INDEX`.
    fn make_lookups(self, w: &mut String, cx: &Ctx<'_>) {
        let Ctx { t, .. } = *cx;
        let (min, span) = (self.min, self.span);
        self.make_index(w, cx);
        let _ = writeln!(
            w,
            "    /// The position of this code in the table (and in [`Self::ALL`]).\n    \
             #[inline]\n    pub const fn index(self) -> usize {{\n        \
             Self::INDEX[(self as {t} - {min}) as usize] as usize\n    }}\n\n    \
             /// The variant with this code, or `None` when the registry has none (O(1), no \
             allocation).\n    \
             #[inline]\n    pub const fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
             match code.checked_sub({min}) {{\n            \
             ::core::option::Option::Some(offset) if (offset as usize) < {span} => {{\n                \
             let index = Self::INDEX[offset as usize] as usize;\n                \
             if index < Self::ALL.len() {{\n                    \
             ::core::option::Option::Some(Self::ALL[index])\n                \
             }} else {{\n                    ::core::option::Option::None\n                }}\n            \
             }}\n            _ => ::core::option::Option::None,\n        }}\n    }}"
        );
    }

    /// `INDEX`: the position in the table of the code `min + offset`, or the code type's `MAX`.
    /// Holding positions rather than variants, it costs rustc nothing to evaluate; a table of
    /// variants costs as much as `ALL` again.
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
