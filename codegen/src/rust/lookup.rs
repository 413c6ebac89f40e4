//! `from_code` and `from_name`: a `match` where it pays (integer codes of a registry of up to
//! `MAX_MATCH` entries, which LLVM turns into range checks, jump tables and a search as fast as a
//! hand-written one; up to `MAX_NAME_MATCH` names and aliases, which rustc compares by length
//! first), otherwise the table's `phf` map (BENCHMARKS.md has the measurements).

use core::fmt::Write as _;

use super::Ctx;
use crate::model::CodeType;

/// Up to this many integer codes, `from_code` is a `match`; above, LLVM's time on the `match`
/// grows past what a lookup gains from it.
pub(crate) const MAX_MATCH: usize = 1024;

/// Up to this many names and aliases, `from_name` is a `match`: a few length comparisons cost
/// less than hashing the name.
pub(crate) const MAX_NAME_MATCH: usize = 32;

/// The `impl` block of `from_code` and `from_name`.
pub(crate) fn make_lookups(w: &mut String, cx: &Ctx<'_>) {
    make_from_code(w, cx);
    make_from_name(w, cx);
    w.push_str("}\n\n");
}

/// `from_name`: a `match` on the name or alias for a few, else the `phf` map.
fn make_from_name(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    let keys: Vec<(&str, &str)> = (registry.entries.iter())
        .flat_map(|x| {
            std::iter::once((x.name.as_str(), x.name.as_str()))
                .chain(x.aliases.iter().map(|a| (a.as_str(), x.name.as_str())))
        })
        .collect();
    w.push_str(
        "\n    /// The variant with this name or alias (exact, case-sensitive), or `None` (no allocation).\n    \
         #[inline]\n    pub fn from_name(name: &str) -> ::core::option::Option<Self> {\n",
    );
    if keys.len() > MAX_NAME_MATCH {
        let _ = writeln!(
            w,
            "        <Self as {}::ErrorEnum>::REGISTRY.from_name(name)\n    }}",
            cx.r
        );
        return;
    }
    w.push_str("        ::core::option::Option::Some(match name {\n");
    for (key, name) in keys {
        let _ = writeln!(
            w,
            "            {} => {e}::{name},",
            super::literal::lit(key)
        );
    }
    w.push_str("            _ => return ::core::option::Option::None,\n        })\n    }\n");
}

/// `from_code`.
fn make_from_code(w: &mut String, cx: &Ctx<'_>) {
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
             <Self as {r}::ErrorEnum>::REGISTRY.find({r}::__private::Raw::{raw})\n    }}",
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
    w.push_str("            _ => return ::core::option::Option::None,\n        })\n    }\n");
}
