//! The enum: one variant per entry, its docs from the table, its discriminant its position.

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc, doc_markdown};
use super::literal::lit;
use crate::model::{Code, CodeType};

/// The enum, with the registry's docs and an optional example.
pub(crate) fn make_enum(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    doc_markdown(w, "", &format!("Error codes of the {}.", registry.name));
    if !registry.description.is_empty() {
        doc(w, "", "");
        doc_markdown(w, "", &registry.description);
    }
    doc(w, "", "");
    let code_kind = if registry.code_type == CodeType::Str {
        "strings (`&'static str`)"
    } else {
        &format!("`{}` integers", cx.t)
    };
    doc(
        w,
        "",
        &format!(
            "Codes are {code_kind}: see [`{e}::code`], [`{e}::from_code`], [`{e}::from_name`] and\n\
             [`{e}::entry`]."
        ),
    );
    if registry.non_exhaustive {
        doc(w, "", "");
        doc(
            w,
            "",
            "The registry may gain codes in a minor release: the enum is `#[non_exhaustive]` (which\n\
             binds other crates only: in the crate that includes this code, a `match` may still\n\
             name every variant, and a code added to the registry breaks it).",
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
         ::core::cmp::PartialOrd,\n    ::core::cmp::Ord,\n)]\n{non_exhaustive}pub enum {e} {{"
    );
    make_variants(w, cx);
    w.push_str("}\n\n");
}

/// The variants, in table order, each with its docs. No discriminant is written: each is the
/// variant's position, which `ErrorEnum::index` reads and the table's rows follow.
fn make_variants(w: &mut String, cx: &Ctx<'_>) {
    for entry in &cx.registry.entries {
        doc_markdown(w, "    ", &format!("`{}` {}", entry.code, entry.text));
        doc(w, "    ", "");
        doc_markdown(w, "    ", &entry.description);
        if let Some(note) = &entry.deprecated {
            super::table::deprecated(w, "    ", note);
        }
        let _ = writeln!(w, "    {},", entry.name);
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
             assert_eq!(code.entry().text, {text});\nassert_eq!({e}::COUNT, {n});\n```",
            display = lit(&format!("{} {}", first.code, first.text)),
            name_lit = lit(name),
            text = lit(&first.text),
            n = cx.registry.entries.len(),
        ),
    );
}
