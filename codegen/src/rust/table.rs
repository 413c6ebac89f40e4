//! The table: the enum's `ErrorEnum` impl, whose `REGISTRY` holds the registry's name and
//! description, one row per entry (every value of the entry, as `errors.toml` gives it), the
//! retired codes, and the `phf` maps of codes and of names and aliases to positions in the rows.
//! The table is a `static` inside the const's block, so any number of registries live side by side
//! in one module, and it is evaluated once, where the registry is compiled.

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc};
use super::literal::lit;
use crate::model::{Code, Entry, Registry};

/// `impl ErrorEnum for E`: the table, and each variant's position in it.
pub(crate) fn make_table(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, r, registry, .. } = *cx;
    let t = cx.code_type();
    // The rows write `Some(…)` and `None` for the optional values: import the ones they use.
    let options = match (uses(registry, true), uses(registry, false)) {
        (true, true) => "use ::core::option::Option::{None, Some};\n        ",
        (true, false) => "use ::core::option::Option::Some;\n        ",
        (false, true) => "use ::core::option::Option::None;\n        ",
        (false, false) => "",
    };
    let _ = writeln!(
        w,
        "{ALLOW}\nimpl {r}::ErrorEnum for {e} {{\n    type Code = {t};\n\n    \
         const REGISTRY: &'static {r}::Registry<Self> = {{\n        \
         {options}use {r}::Entry;\n\n        \
         static REGISTRY: {r}::Registry<{e}> = {r}::Registry {{"
    );
    let _ = writeln!(w, "            name: {},", lit(&registry.name));
    let _ = writeln!(
        w,
        "            description: {},",
        lit(&registry.description)
    );
    let _ = writeln!(w, "            enum_name: {},", lit(e));
    let writes_status = registry.entries.iter().any(|x| x.status.is_some());
    let _ = writeln!(w, "            writes_status: {writes_status},");
    w.push_str("            entries: &[\n");
    for entry in &registry.entries {
        make_row(w, cx, entry);
    }
    w.push_str("            ],\n            retired: &[");
    if !registry.retired.is_empty() {
        w.push('\n');
    }
    for retired in &registry.retired {
        let _ = writeln!(
            w,
            "                {r}::Retired {{ code: {}, name: {}, note: {} }},",
            code_literal(&retired.code),
            option(retired.name.as_deref()),
            lit(&retired.note)
        );
    }
    if !registry.retired.is_empty() {
        w.push_str("            ");
    }
    w.push_str("],\n");
    make_maps(w, cx);
    make_schemas(w, cx);
    w.push_str("        };\n        &REGISTRY\n    };\n\n");
    make_by_code(w, cx);
    w.push_str("    #[inline]\n    fn index(self) -> usize {\n        self as usize\n    }\n}\n\n");
}

/// Whether a row or a retired code writes `Some(…)` (`some`), or `None` (not `some`).
fn uses(registry: &Registry, some: bool) -> bool {
    registry.entries.iter().any(|x| {
        [
            registry.status(x).is_some(),
            x.category.is_some(),
            registry.url(x).is_some(),
            x.deprecated.is_some(),
        ]
        .contains(&some)
    }) || registry.retired.iter().any(|r| r.name.is_some() == some)
}

/// One entry's row: every value it has, in the order of `errors.toml`'s keys, then the values
/// derived from them (the plain-text description).
fn make_row(w: &mut String, cx: &Ctx<'_>, entry: &Entry) {
    let registry: &Registry = cx.registry;
    let status = match registry.status(entry) {
        Some(status) => format!("Some({status})"),
        None => "None".to_owned(),
    };
    let aliases: Vec<String> = entry.aliases.iter().map(|a| lit(a)).collect();
    let _ = writeln!(
        w,
        "                Entry {{\n                    variant: {e}::{name},\n                    \
         code: {code},\n                    name: {name_lit},\n                    text: {text},\n                    \
         description: {description},\n                    status: {status},\n                    \
         retryable: {retryable},\n                    category: {category},\n                    \
         url: {url},\n                    aliases: &[{aliases}],\n                    \
         deprecated: {deprecated},\n                    description_text: {plain},\n                }},",
        e = cx.e,
        name = entry.name,
        code = code_literal(&entry.code),
        name_lit = lit(&entry.name),
        text = lit(&entry.text),
        description = lit(&entry.description),
        retryable = entry.retryable,
        category = option(entry.category.as_deref()),
        url = option(registry.url(entry).as_deref()),
        aliases = aliases.join(", "),
        deprecated = option(entry.deprecated.as_deref()),
        plain = lit(&crate::plain_text(&entry.description)),
    );
}

/// `by_name`: a `phf` map (built now by `phf_codegen`) from each name and alias to its entry's
/// position. The maps hold positions, not variants: rustc checks each enum value of a constant
/// against the enum's variants, in time that grows with both.
fn make_maps(w: &mut String, cx: &Ctx<'_>) {
    let phf = format!("{}::__private::phf", cx.r);
    let mut by_name = phf_codegen::Map::new();
    by_name.phf_path(&phf);
    for (i, x) in cx.registry.entries.iter().enumerate() {
        by_name.entry(x.name.as_str(), i.to_string());
        for alias in &x.aliases {
            by_name.entry(alias.as_str(), i.to_string());
        }
    }
    let by_name = by_name.build().to_string().replace('\n', "\n            ");
    let _ = writeln!(w, "            by_name: {by_name},");
}

/// `BY_CODE`, how a code finds its variant: integer codes close together (`TABLE_SPAN`) are a
/// table indexed by the code, other codes a `phf` map.
fn make_by_code(w: &mut String, cx: &Ctx<'_>) {
    let codes = format!("{}::__private::Codes", cx.r);
    let by_code = match code_table(cx, &codes) {
        Some(table) => table,
        None => format!("{codes}::Map({})", code_map(cx)),
    };
    let by_code = by_code.replace('\n', "\n    ");
    let _ = writeln!(w, "    const BY_CODE: {codes}<Self> = {by_code};\n");
}

/// A table of integer codes is written when it has at most this many slots per entry (beyond
/// `TABLE_FREE` slots, which any registry may use): a slot is the size of the enum (two bytes up to
/// 65,535 entries), where a `phf` map spends about ten bytes on each entry.
pub(crate) const TABLE_SPAN: u64 = 8;

/// The slots a table of codes may use whatever the number of entries.
pub(crate) const TABLE_FREE: u64 = 256;

/// `Codes::Table` (`codes_path` is the path of `Codes`): a slot for every code from the smallest
/// to the largest, the variant or `None`, and a last `None` that codes outside the table read;
/// `None` when the codes are strings or too far apart.
fn code_table(cx: &Ctx<'_>, codes_path: &str) -> Option<String> {
    let codes: Vec<u32> = (cx.registry.entries.iter())
        .map(|x| x.code.as_int())
        .collect::<Option<_>>()?;
    let (first, last) = (*codes.iter().min()?, *codes.iter().max()?);
    let span = u64::from(last - first) + 1;
    if span > TABLE_SPAN * codes.len() as u64 + TABLE_FREE {
        return None;
    }
    let mut slots = vec![None; usize::try_from(span).ok()?];
    for (x, code) in cx.registry.entries.iter().zip(&codes) {
        slots[(code - first) as usize] = Some(x.name.as_str());
    }
    let mut table = format!(
        "{{\n    use ::core::option::Option::{{None, Some}};\n    {codes_path}::Table {{\n        \
         first: {first},\n        variants: &["
    );
    let mut holes = 0;
    for (slot, code) in slots.iter().zip(first..) {
        match slot {
            Some(name) => {
                let _ = write!(table, "\n            Some({}::{name}), // {code}", cx.e);
                holes = 0;
            }
            None if holes % 8 == 0 => {
                table.push_str("\n            None,");
                holes += 1;
            }
            None => {
                table.push_str(" None,");
                holes += 1;
            }
        }
    }
    table.push_str("\n            None, // past the last code\n        ],\n    }\n}");
    Some(table)
}

/// A `phf` map from each code to its entry's position. The keys have the code type: `phf`
/// hashes a `u16` and a `u32` differently.
fn code_map(cx: &Ctx<'_>) -> String {
    fn build<K: phf_shared::PhfHash + phf_shared::FmtConst + Eq + std::hash::Hash>(
        path: &str,
        keys: impl Iterator<Item = K>,
    ) -> String {
        let mut map = phf_codegen::Map::new();
        map.phf_path(path);
        for (i, key) in keys.enumerate() {
            map.entry(key, i.to_string());
        }
        map.build().to_string()
    }
    let path = format!("{}::__private::phf", cx.r);
    let entries = cx.registry.entries.iter();
    let int = |x: &Entry| x.code.as_int().unwrap_or_default();
    match cx.t {
        "str" => build(&path, entries.map(|x| x.code.as_str().unwrap_or_default())),
        "u16" => build(&path, entries.map(|x| int(x) as u16)),
        _ => build(&path, entries.map(int)),
    }
}

/// `schemas`: the JSON Schemas of the codes and of the entries (`crate::schema`), as one JSON
/// text `{"code": …, "entry": …}`, for the runtime's `JsonSchema` impls (the entry's `code` is
/// filled in there with a reference to the code's schema).
fn make_schemas(w: &mut String, cx: &Ctx<'_>) {
    let schemas = serde_json::json!({
        "code": crate::schema::code_schema(cx.registry, cx.e),
        "entry": crate::schema::entry_schema(cx.registry, cx.e, "#"),
    });
    let _ = writeln!(w, "            schemas: {},", lit(&schemas.to_string()));
}

/// An alias that is a valid variant name (an old name, say) is also an associated constant,
/// deprecated, so code written against the old name keeps compiling, with a warning. An alias
/// that is the entry's name in another case (gRPC's `UNAVAILABLE`) is the spelling of a catalogue,
/// never an old name: it is looked up, not a constant.
pub(crate) fn make_alias_consts(w: &mut String, cx: &Ctx<'_>) {
    let aliases: Vec<(&str, &str)> = (cx.registry.entries.iter())
        .flat_map(|x| x.aliases.iter().map(move |a| (a.as_str(), x.name.as_str())))
        .filter(|(alias, name)| {
            crate::names::variant_name_problem(alias).is_none() && !alias.eq_ignore_ascii_case(name)
        })
        .collect();
    if aliases.is_empty() {
        return;
    }
    let _ = writeln!(w, "#[allow(dead_code)]\nimpl {} {{", cx.e);
    for (alias, name) in aliases {
        doc(w, "    ", &format!("The old name of [`Self::{name}`]."));
        let note = lit(&format!("renamed to `{name}`"));
        let _ = writeln!(
            w,
            "    #[deprecated(note = {note})]\n    #[allow(non_upper_case_globals)]\n    \
             pub const {alias}: Self = {}::{name};\n",
            cx.e
        );
    }
    w.pop();
    w.push_str("}\n\n");
}

/// `#[deprecated(note = "…")]` at `indent`.
pub(crate) fn deprecated(w: &mut String, indent: &str, note: &str) {
    let _ = writeln!(w, "{indent}#[deprecated(note = {})]", lit(note));
}

/// A registry code as a Rust literal: an integer, or a string literal.
fn code_literal(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => lit(s),
    }
}

/// `Some("…")` or `None`.
fn option(value: Option<&str>) -> String {
    match value {
        Some(v) => format!("Some({})", lit(v)),
        None => "None".to_owned(),
    }
}
