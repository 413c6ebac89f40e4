//! The enum: one variant per entry, its docs from the table, its discriminant the code.

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc, doc_markdown};
use super::literal::{lit, push_int};
use crate::model::{Code, CodeType};

/// The enum, with the registry's docs and an optional example.
pub(crate) fn make_enum(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, t, registry, .. } = *cx;
    doc_markdown(w, "", &format!("Error codes of the {}.", registry.name));
    if !registry.description.is_empty() {
        doc(w, "", "");
        doc_markdown(w, "", &registry.description);
    }
    doc(w, "", "");
    let repr = if registry.code_type == CodeType::Str {
        doc(
            w,
            "",
            &format!(
                "Codes are strings: see [`{e}::code`], [`{e}::from_code`], [`{e}::from_name`] and\n\
                 [`{e}::entry`]."
            ),
        );
        "usize"
    } else {
        doc(
            w,
            "",
            &format!(
                "Each variant's discriminant is its code (`{e}::X as {t}`); see [`{e}::from_code`],\n\
                 [`{e}::from_name`] and [`{e}::entry`]."
            ),
        );
        t
    };
    if registry.non_exhaustive {
        doc(w, "", "");
        doc(
            w,
            "",
            "The registry may gain codes in a minor release: the enum is `#[non_exhaustive]`.",
        );
    }
    make_example(w, cx);
    let non_exhaustive = if registry.non_exhaustive {
        "#[non_exhaustive]\n"
    } else {
        ""
    };
    let _ = writeln!(
        w,
        "{ALLOW}\n#[derive(\n    ::core::clone::Clone,\n    ::core::marker::Copy,\n    \
         ::core::cmp::PartialEq,\n    ::core::cmp::Eq,\n    ::core::hash::Hash,\n    \
         ::core::cmp::PartialOrd,\n    ::core::cmp::Ord,\n)]\n{non_exhaustive}#[repr({repr})]\n\
         pub enum {e} {{"
    );
    make_variants(w, cx);
    w.push_str("}\n\n");
}

/// The variants. A variant whose code follows the previous one's gets its discriminant
/// implicitly: the same value, but rustc's const evaluator walks the variants to read an enum
/// value back, evaluating every explicit discriminant it passes, so tables of large registries
/// build many times faster with few of them (BENCHMARKS.md, "Build cost").
/// A string registry's variants have no explicit discriminant: each is its position.
fn make_variants(w: &mut String, cx: &Ctx<'_>) {
    let mut previous: Option<u32> = None;
    let mut number = String::new();
    for entry in &cx.registry.entries {
        doc_markdown(w, "    ", &format!("`{}` {}", entry.code, entry.text));
        doc(w, "    ", "");
        doc_markdown(w, "    ", &entry.description);
        if let Some(note) = &entry.deprecated {
            super::table::deprecated(w, "    ", note);
        }
        let Some(code) = entry.code.as_int() else {
            let _ = writeln!(w, "    {},", entry.name);
            continue;
        };
        number.clear();
        push_int(&mut number, code.into());
        let follows = previous.and_then(|p| p.checked_add(1)) == Some(code);
        let _ = if follows {
            writeln!(w, "    {}, // = {number}", entry.name)
        } else {
            writeln!(w, "    {} = {number},", entry.name)
        };
        previous = Some(code);
    }
}

/// With `Config::doc_examples`, a doctest on the enum that looks its first entry up every way.
fn make_example(w: &mut String, cx: &Ctx<'_>) {
    let (Some(krate), Some(first)) = (&cx.config.doc_examples, cx.registry.entries.first()) else {
        return;
    };
    let e = cx.e;
    let name = &first.name;
    let code = match &first.code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => lit(s),
    };
    doc(
        w,
        "",
        &format!(
            "\n# Example\n```\nuse {krate}::{e};\n\nlet code = {e}::{name};\n\
             assert_eq!(code.code(), {code});\nassert_eq!(code.to_string(), {display});\n\
             assert_eq!({e}::from_code({code}), Some(code));\n\
             assert_eq!({e}::from_name({name_lit}), Some(code));\n\
             assert_eq!(code.entry().text, {text});\nassert_eq!({e}::ALL.len(), {n});\n```",
            display = lit(&format!("{} {}", first.code, first.text)),
            name_lit = lit(name),
            text = lit(&first.text),
            n = cx.registry.entries.len(),
        ),
    );
}
