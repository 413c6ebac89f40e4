//! The table: the registry's name and description, `ALL`, the names, the entries and the `phf`
//! maps, as associated consts of the enum. Each table is a `static` inside its const's block, so
//! any number of registries live side by side in one module, and each table is evaluated once,
//! where the registry is compiled (a `const` array would be evaluated again by every crate that
//! reads it, and rustc's const evaluation of an array of enum values is quadratic in its length).

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc, doc_markdown};
use super::literal::{lit, push_lit};
use super::phf_map::write_phf_map;
use crate::model::CodeType;

/// The `impl` block of the table.
pub(crate) fn make_table(w: &mut String, cx: &Ctx<'_>) {
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
    make_all(w, cx);
    make_retired(w, cx);
    make_names(w, cx);
    make_description_texts(w, cx);
    make_entries(w, cx);
    make_maps(w, cx);
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

/// `ALL`: the variants in table order.
fn make_all(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, registry, .. } = *cx;
    let n = registry.entries.len();
    doc(w, "    ", "Every code of the registry, in table order.");
    let _ = writeln!(
        w,
        "    pub const ALL: &'static [Self] = {{\n        #[rustfmt::skip]\n        \
         static ALL: [{e}; {n}] = ["
    );
    for entry in &registry.entries {
        let _ = writeln!(w, "            {e}::{},", entry.name);
    }
    w.push_str("        ];\n        &ALL\n    };\n\n");
}

/// `RETIRED`: the codes used once and given to no entry.
fn make_retired(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { t, r, .. } = *cx;
    doc(
        w,
        "    ",
        "The codes the registry used once and gives to no entry (`[[retired]]`).",
    );
    let _ = writeln!(
        w,
        "    pub const RETIRED: &'static [{r}::Retired<{t}>] = &[];\n"
    );
}

/// `NAMES`: the variant names in table order (strum's `VariantNames`).
fn make_names(w: &mut String, cx: &Ctx<'_>) {
    doc(w, "    ", "The variant names, in table order.");
    w.push_str("    #[rustfmt::skip]\n    const NAMES: &'static [&'static str] = &[\n");
    for entry in &cx.registry.entries {
        w.push_str("        ");
        push_lit(w, &entry.name);
        w.push_str(",\n");
    }
    w.push_str("    ];\n\n");
}

/// `DESCRIPTION_TEXTS`: the descriptions as plain text, in table order (a problem's `detail`).
fn make_description_texts(w: &mut String, cx: &Ctx<'_>) {
    doc(w, "    ", "The descriptions as plain text, in table order.");
    w.push_str("    #[rustfmt::skip]\n    const DESCRIPTION_TEXTS: &'static [&'static str] = &[\n");
    for entry in &cx.registry.entries {
        w.push_str("        ");
        push_lit(w, &crate::plain_text(&entry.description));
        w.push_str(",\n");
    }
    w.push_str("    ];\n\n");
}

/// `ENTRIES`: what the table says of each code, in table order.
fn make_entries(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, r, registry, .. } = *cx;
    let n = registry.entries.len();
    doc(w, "    ", "The entries, in table order.");
    let _ = writeln!(
        w,
        "    const ENTRIES: &'static [{r}::Entry<Self>] = {{\n        \
         static ENTRIES: [{r}::Entry<{e}>; {n}] = ["
    );
    for entry in &registry.entries {
        let _ = write!(
            w,
            "            {r}::Entry {{\n                code: {e}::{},\n                name: ",
            entry.name
        );
        push_lit(w, &entry.name);
        w.push_str(",\n                text: ");
        push_lit(w, &entry.text);
        w.push_str(",\n                description: ");
        push_lit(w, &entry.description);
        let status = registry.status(entry);
        let _ = write!(
            w,
            ",\n                status: {},\n                retryable: false,\n                \
             category: ::core::option::Option::None,\n                \
             url: ::core::option::Option::None,\n                aliases: &[],\n                \
             deprecated: ::core::option::Option::None,\n            }},\n",
            status.map_or_else(
                || "::core::option::Option::None".to_owned(),
                |s| format!("::core::option::Option::Some({s})")
            ),
        );
    }
    w.push_str("        ];\n        &ENTRIES\n    };\n\n");
}

/// `BY_CODE` and `BY_NAME`: static perfect-hash maps to the entries.
fn make_maps(w: &mut String, cx: &Ctx<'_>) {
    let Ctx {
        e, t, r, registry, ..
    } = *cx;
    let value = format!("&{e}::ENTRIES[");
    for (map, key, what) in [
        ("BY_CODE", t, "code"),
        ("BY_NAME", "&'static str", "variant name"),
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
            "    pub const {map}: &'static {r}::EntryMap<{key}, {e}> = {{\n        \
             #[rustfmt::skip]\n        static MAP: {r}::EntryMap<{key}, {e}> = "
        );
        let entries = registry.entries.iter();
        let indent = "        ";
        match (map, registry.code_type) {
            ("BY_CODE", CodeType::U16) => {
                write_phf_map(w, r, &value, indent, entries.map(|x| x.code as u16))
            }
            ("BY_CODE", CodeType::U32) => {
                write_phf_map(w, r, &value, indent, entries.map(|x| x.code))
            }
            _ => write_phf_map(w, r, &value, indent, entries.map(|x| x.name.as_str())),
        }
        w.push_str(";\n        &MAP\n    };\n\n");
    }
}
