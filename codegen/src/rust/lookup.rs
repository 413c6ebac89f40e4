//! `from_code`: for integer codes of a registry of up to `MAX_MATCH` entries a `match`, which LLVM
//! turns into range checks, jump tables and a search as fast as a hand-written one; otherwise the
//! table's `phf` map (BENCHMARKS.md has the measurements).

use core::fmt::Write as _;

use super::Ctx;
use crate::model::CodeType;

/// Up to this many integer codes, `from_code` is a `match`; above, LLVM's time on the `match`
/// grows past what a lookup gains from it.
pub(crate) const MAX_MATCH: usize = 4096;

/// The `impl` block of `from_code`.
pub(crate) fn make_from_code(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    let (param, t) = match registry.code_type {
        CodeType::Str => ("code: &str", "str"),
        _ => ("code: ", cx.t),
    };
    let param = if t == "str" {
        param.to_owned()
    } else {
        format!("{param}{t}")
    };
    let _ = writeln!(
        w,
        "#[allow(dead_code, deprecated)]\nimpl {e} {{\n    \
         /// The variant with this code, or `None` when the registry has none (no allocation).\n    \
         #[inline]"
    );
    if registry.code_type == CodeType::Str || registry.entries.len() > MAX_MATCH {
        let raw = if registry.code_type == CodeType::Str {
            "Str(code)"
        } else {
            "Int(::core::convert::From::from(code))"
        };
        let _ = writeln!(
            w,
            "    pub fn from_code({param}) -> ::core::option::Option<Self> {{\n        \
             <Self as {r}::ErrorEnum>::REGISTRY.find({r}::__private::Raw::{raw})\n    }}\n}}\n",
            r = cx.r
        );
        return;
    }
    let _ = writeln!(
        w,
        "    pub const fn from_code({param}) -> ::core::option::Option<Self> {{\n        \
         ::core::option::Option::Some(match code {{"
    );
    for entry in &registry.entries {
        let _ = writeln!(w, "            {} => {e}::{},", entry.code, entry.name);
    }
    w.push_str("            _ => return ::core::option::Option::None,\n        })\n    }\n}\n\n");
}
