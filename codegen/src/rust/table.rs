//! The table: the registry's name and description, `RETIRED`, the names (and aliases), their
//! perfect hash and a string registry's codes', the entries' records and the `phf` maps, as
//! associated consts of the enum.
//! Each large table is a `static` inside its const's block, so any number of registries live side
//! by side in one module, and each table is evaluated once, where the registry is compiled (a
//! `const` array would be evaluated again by every crate that reads it). No table holds a variant:
//! rustc checks every enum value in a `static` by walking the enum's variants from the first, so
//! such a table costs time quadratic in its length. Entries hold their code and position instead.

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc, doc_markdown};
use super::literal::{lit, push_int, push_lit};
use super::perfect_hash::{KeyLookup, make_key_lookup};
use super::phf_map::write_phf_map;
use super::records::make_records;
use crate::model::{Code, CodeType};

/// The first part of the `impl` block of the table: its opening, the registry's name and
/// description, `RETIRED`, the names, the perfect hashes and the records.
pub(crate) fn make_table_start(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    let _ = writeln!(w, "{ALLOW}\nimpl {e} {{");
    doc(w, "    ", "The registry's name (`[registry] name`).");
    const_str(w, "REGISTRY_NAME", &registry.name);
    doc(
        w,
        "    ",
        "The registry's description (`[registry] description`), Markdown, verbatim.",
    );
    const_str(w, "REGISTRY_DESCRIPTION", &registry.description);
    make_retired(w, cx);
    make_names(w, cx);
    if registry.code_type == CodeType::Str {
        make_code_hash(w, cx);
    }
    make_records(w, cx);
}

/// The rest of the `impl` block of the table, after [`make_table_start`]'s: the `phf` maps and
/// the alias constants (written apart, on another thread: the maps are half the table's work).
pub(crate) fn make_table_end(w: &mut String, cx: &Ctx<'_>) {
    make_maps(w, cx);
    make_alias_consts(w, cx);
    w.pop(); // the blank line after the last item
    w.push_str("}\n\n");
}

/// `    pub const {name}: &'static str = "…";` laid out as rustfmt lays it out: the literal moves to
/// a line of its own when that makes it fit in 100 columns.
fn const_str(w: &mut String, name: &str, value: &str) {
    let literal = lit(value);
    let head = format!("    pub const {name}: &'static str =");
    let width = |s: &str| s.chars().count();
    if width(&head) + 1 + width(&literal) + 1 > 100 && 8 + width(&literal) < 100 {
        let _ = writeln!(w, "{head}\n        {literal};\n");
    } else {
        let _ = writeln!(w, "{head} {literal};\n");
    }
}

/// A registry code as a Rust literal: an integer, or a string literal.
fn code_literal(code: &Code) -> String {
    let mut w = String::new();
    push_code(&mut w, code);
    w
}

/// Appends a registry code as a Rust literal.
fn push_code(w: &mut String, code: &Code) {
    match code {
        Code::Int(n) => push_int(w, u64::from(*n)),
        Code::Str(s) => push_lit(w, s),
    }
}

/// `Some(x)` or `None` in full paths, `x` written by `f`.
fn option<T>(value: Option<T>, f: impl FnOnce(T) -> String) -> String {
    match value {
        Some(v) => format!("::core::option::Option::Some({})", f(v)),
        None => "::core::option::Option::None".to_owned(),
    }
}

/// `RETIRED`: the codes used once and given to no entry.
fn make_retired(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { r, registry, .. } = *cx;
    let t = code_type(cx);
    doc(
        w,
        "    ",
        "The codes the registry used once and gives to no entry (`[[retired]]`).",
    );
    let n = registry.retired.len();
    let _ = writeln!(
        w,
        "    pub const RETIRED: &'static [{r}::Retired<{t}>] = {{\n        #[rustfmt::skip]\n        \
         static RETIRED: [{r}::Retired<{t}>; {n}] = ["
    );
    for retired in &registry.retired {
        let _ = writeln!(
            w,
            "            {r}::Retired {{\n                code: {},\n                name: {},\n                \
             note: {},\n            }},",
            code_literal(&retired.code),
            option(retired.name.as_deref(), lit),
            lit(&retired.note)
        );
    }
    w.push_str("        ];\n        &RETIRED\n    };\n\n");
}

/// The Rust type of a code: `u16`, `u32` or `&'static str`.
fn code_type<'a>(cx: &Ctx<'a>) -> &'a str {
    if cx.registry.code_type == CodeType::Str {
        "&'static str"
    } else {
        cx.t
    }
}

/// `NAMES`, the variant names in table order (strum's `VariantNames`), as the first part of
/// `NAME_KEYS`, `from_name`'s keys: every variant name, then every alias; `ALIAS_POSITIONS`, the
/// entry of each alias; and `NAME_HASH`, their perfect hash.
fn make_names(w: &mut String, cx: &Ctx<'_>) {
    let entries = &cx.registry.entries;
    let n = entries.len();
    doc(w, "    ", "The variant names, in table order.");
    let _ = writeln!(
        w,
        "    const NAMES: &'static [&'static str] = Self::NAME_KEYS.split_at({n}).0;\n"
    );
    let aliases = || {
        entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.aliases.iter().map(move |a| (i, a.as_str())))
    };
    let keys: Vec<&str> = entries
        .iter()
        .map(|e| e.name.as_str())
        .chain(aliases().map(|(_, a)| a))
        .collect();
    doc(
        w,
        "    ",
        "The keys `from_name` looks up: the variant names in table order, then every alias.",
    );
    w.push_str("    #[rustfmt::skip]\n    const NAME_KEYS: &'static [&'static str] = &[\n");
    for key in &keys {
        w.push_str("        ");
        push_lit(w, key);
        w.push_str(",\n");
    }
    w.push_str("    ];\n\n");
    doc(
        w,
        "    ",
        "The position in the table of each alias's entry, in the order of the aliases in \
         `NAME_KEYS`.",
    );
    w.push_str("    #[rustfmt::skip]\n    const ALIAS_POSITIONS: &'static [u32] = &[");
    for (j, (i, _)) in aliases().enumerate() {
        w.push_str(if j % 16 == 0 { "\n        " } else { " " });
        push_int(w, i as u64);
        w.push(',');
    }
    w.push_str(if keys.len() > n {
        "\n    ];\n\n"
    } else {
        "];\n\n"
    });
    let lookup = KeyLookup {
        find: "find_name",
        hash: "NAME_HASH",
        what: "`NAME_KEYS` (`from_name`'s lookup)",
        keys: &keys,
        key_at: "Self::NAME_KEYS[i].as_bytes()",
    };
    make_key_lookup(w, cx, &lookup);
}

/// `find_code`: the lookup of a string registry's codes, in table order.
fn make_code_hash(w: &mut String, cx: &Ctx<'_>) {
    let codes: Vec<&str> = (cx.registry.entries.iter())
        .map(|e| e.code.as_str().unwrap_or_default())
        .collect();
    let key_at = format!(
        "Self::RECORDS.bytes_of(i, {}::__private::Records::CODE)",
        cx.r
    );
    let lookup = KeyLookup {
        find: "find_code",
        hash: "CODE_HASH",
        what: "the codes, in table order (`from_code`'s lookup)",
        keys: &codes,
        key_at: &key_at,
    };
    make_key_lookup(w, cx, &lookup);
}

/// `BY_CODE` and `BY_NAME`: static perfect-hash maps to the entries' positions, by code and by
/// name or alias (integers: a row that referred to its entry cost rustc a hundred times more).
fn make_maps(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, r, registry, .. } = *cx;
    let value = |w: &mut String, i: usize| push_int(w, i as u64);
    let indent = "        ";
    for (map, key, what) in [
        ("BY_CODE", code_type(cx), "code"),
        ("BY_NAME", "&'static str", "variant name and alias"),
    ] {
        doc_markdown(
            w,
            "    ",
            &format!(
                "Every entry of the {} by its {what}: a static perfect-hash map, built at compile time.",
                registry.name
            ),
        );
        let _ = write!(
            w,
            "    pub const {map}: &'static {r}::EntryMap<{key}, Self> = {{\n        \
             #[rustfmt::skip]\n        static MAP: {r}::EntryMap<{key}, {e}> = {r}::EntryMap::new("
        );
        let entries = registry.entries.iter().enumerate();
        match (map, registry.code_type) {
            ("BY_NAME", _) => {
                let names = entries.flat_map(|(i, x)| {
                    std::iter::once((x.name.as_str(), i))
                        .chain(x.aliases.iter().map(move |a| (a.as_str(), i)))
                });
                write_phf_map(w, r, value, indent, names);
            }
            (_, CodeType::U16) => {
                let codes = entries.map(|(i, x)| (x.code.as_int().unwrap_or(0) as u16, i));
                write_phf_map(w, r, value, indent, codes);
            }
            (_, CodeType::U32) => {
                let codes = entries.map(|(i, x)| (x.code.as_int().unwrap_or(0), i));
                write_phf_map(w, r, value, indent, codes);
            }
            (_, CodeType::Str) => {
                let codes = entries.map(|(i, x)| (x.code.as_str().unwrap_or(""), i));
                write_phf_map(w, r, value, indent, codes);
            }
        }
        w.push_str(");\n        &MAP\n    };\n\n");
    }
}

/// An alias that is a valid variant name (an old name, say) is also an associated constant,
/// deprecated, so code written against the old name keeps compiling, with a warning.
fn make_alias_consts(w: &mut String, cx: &Ctx<'_>) {
    for entry in &cx.registry.entries {
        for alias in &entry.aliases {
            if crate::names::variant_name_problem(alias).is_some() {
                continue;
            }
            let note = lit(&format!("renamed to `{}`", entry.name));
            doc(
                w,
                "    ",
                &format!("The old name of [`Self::{}`].", entry.name),
            );
            let _ = writeln!(
                w,
                "    #[deprecated(note = {note})]\n    #[allow(non_upper_case_globals)]\n    \
                 pub const {alias}: Self = {}::{};\n",
                cx.e, entry.name
            );
        }
    }
}

/// `#[deprecated(note = "…")]` at `indent`, laid out as rustfmt lays it out: the note on a line of
/// its own when the attribute does not fit in 100 columns.
pub(crate) fn deprecated(w: &mut String, indent: &str, note: &str) {
    let note = lit(note);
    if indent.len() + "#[deprecated(note = )]".len() + note.chars().count() <= 100 {
        let _ = writeln!(w, "{indent}#[deprecated(note = {note})]");
    } else {
        let _ = writeln!(
            w,
            "{indent}#[deprecated(\n{indent}    note = {note}\n{indent})]"
        );
    }
}
