//! The table: the registry's name and description, `RETIRED`, the names (and aliases), the
//! codes, their perfect hashes, the entries and the `phf` maps, as associated consts of the enum.
//! Each large table is a `static` inside its const's block, so any number of registries live side
//! by side in one module, and each table is evaluated once, where the registry is compiled (a
//! `const` array would be evaluated again by every crate that reads it). No table holds a variant:
//! rustc checks every enum value in a `static` by walking the enum's variants from the first, so
//! such a table costs time quadratic in its length. Entries hold their code and position instead.

use core::fmt::Write as _;

use super::Ctx;
use super::doc::{ALLOW, doc, doc_markdown};
use super::literal::{lit, push_int, push_lit};
use super::perfect_hash::make_perfect_hash;
use super::phf_map::write_phf_map;
use crate::model::{Code, CodeType, Entry};

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
    make_retired(w, cx);
    make_names(w, cx);
    if registry.code_type == CodeType::Str {
        make_codes(w, cx);
    }
    make_description_texts(w, cx);
    make_entries(w, cx);
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

/// A table of one string per entry, in table order, as a private const.
fn make_strings<'e>(
    w: &mut String,
    cx: &Ctx<'e>,
    name: &str,
    what: &str,
    value: impl Fn(&'e Entry) -> std::borrow::Cow<'e, str>,
) {
    doc(w, "    ", what);
    let _ = writeln!(
        w,
        "    #[rustfmt::skip]\n    const {name}: &'static [&'static str] = &["
    );
    for entry in &cx.registry.entries {
        w.push_str("        ");
        push_lit(w, &value(entry));
        w.push_str(",\n");
    }
    w.push_str("    ];\n\n");
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
    make_perfect_hash(
        w,
        cx,
        "NAME_HASH",
        "The perfect hash of `NAME_KEYS`: `from_name`'s lookup.",
        &keys,
    );
}

/// `CODES`: a string registry's codes in table order, and `CODE_HASH`, their perfect hash.
fn make_codes(w: &mut String, cx: &Ctx<'_>) {
    make_strings(w, cx, "CODES", "The codes, in table order.", |e| {
        e.code.to_string().into()
    });
    // The same strings as `CODES`.
    let codes: Vec<String> = cx
        .registry
        .entries
        .iter()
        .map(|e| e.code.to_string())
        .collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    make_perfect_hash(
        w,
        cx,
        "CODE_HASH",
        "The perfect hash of `CODES`: `from_code`'s lookup.",
        &codes,
    );
}

/// `DESCRIPTION_TEXTS`: the descriptions as plain text, in table order (a problem's `detail`).
fn make_description_texts(w: &mut String, cx: &Ctx<'_>) {
    let what = "The descriptions as plain text, in table order.";
    make_strings(w, cx, "DESCRIPTION_TEXTS", what, |e| {
        crate::plain_text(&e.description).into()
    });
}

/// How many entries one `static` of `ENTRIES` holds. rustc type-checks each `static` as one
/// body, in time that grows faster than its length: 20,000 entries in one took 17 s, in chunks of
/// this size 5 s.
pub(crate) const CHUNK: usize = 256;

/// `ENTRIES`: what the table says of each code, in table order, in statics of `CHUNK` entries.
/// The values that repeat (statuses, categories, no value) are consts of the block, named once.
fn make_entries(w: &mut String, cx: &Ctx<'_>) {
    let Ctx { e, r, registry, .. } = *cx;
    doc(
        w,
        "    ",
        "How many entries each chunk of `ENTRIES` holds (the last may hold fewer).",
    );
    let _ = writeln!(w, "    const ENTRY_CHUNK: usize = {CHUNK};\n");
    doc(
        w,
        "    ",
        "The entries, in table order, by chunks of `ENTRY_CHUNK`.",
    );
    let _ = writeln!(
        w,
        "    const ENTRIES: &'static [&'static [{r}::Entry<Self>]] = {{"
    );
    let shared = Shared::of(cx);
    shared.make_consts(w);
    let chunks = registry.entries.len().div_ceil(CHUNK);
    for (chunk, entries) in registry.entries.chunks(CHUNK).enumerate() {
        let _ = writeln!(
            w,
            "        #[rustfmt::skip]\n        static CHUNK_{chunk}: [{r}::Entry<{e}>; {}] = [",
            entries.len()
        );
        for (i, entry) in entries.iter().enumerate() {
            make_entry(w, cx, &shared, chunk * CHUNK + i, entry);
        }
        w.push_str("        ];\n");
    }
    let _ = writeln!(
        w,
        "        #[rustfmt::skip]\n        static CHUNKS: [&[{r}::Entry<{e}>]; {chunks}] = ["
    );
    for chunk in 0..chunks {
        let _ = writeln!(w, "            &CHUNK_{chunk},");
    }
    w.push_str("        ];\n        &CHUNKS\n    };\n\n");
}

/// The optional values many entries share, written once as consts of `ENTRIES`' block: `None`,
/// each status and each category. A `Some(…)` is a call that rustc type-checks anew each time;
/// a const is checked once.
struct Shared<'a> {
    statuses: Vec<u16>,
    categories: Vec<&'a str>,
}

impl<'a> Shared<'a> {
    fn of(cx: &Ctx<'a>) -> Shared<'a> {
        let mut statuses: Vec<u16> = cx
            .registry
            .entries
            .iter()
            .filter_map(|x| status(cx, x))
            .collect();
        statuses.sort_unstable();
        statuses.dedup();
        let mut categories: Vec<&str> = cx
            .registry
            .entries
            .iter()
            .filter_map(|x| x.category.as_deref())
            .collect();
        categories.sort_unstable();
        categories.dedup();
        Shared {
            statuses,
            categories,
        }
    }

    fn make_consts(&self, w: &mut String) {
        w.push_str(
            "        const NONE: ::core::option::Option<&str> = ::core::option::Option::None;\n        \
             const NO_STATUS: ::core::option::Option<u16> = ::core::option::Option::None;\n",
        );
        for status in &self.statuses {
            let _ = writeln!(
                w,
                "        const STATUS_{status}: ::core::option::Option<u16> = ::core::option::Option::Some({status});"
            );
        }
        for (i, category) in self.categories.iter().enumerate() {
            let _ = write!(
                w,
                "        const CATEGORY_{i}: ::core::option::Option<&str> = ::core::option::Option::Some("
            );
            push_lit(w, category);
            w.push_str(");\n");
        }
    }
}

/// The entry's HTTP status: its `status`, or its code when every code is an HTTP status.
/// (`Registry::status`, with the registry-wide rule decided once.)
fn status(cx: &Ctx<'_>, entry: &Entry) -> Option<u16> {
    (entry.status).or_else(|| entry.implied_status(cx.implied_status))
}

/// One entry's struct literal, at position `index`.
fn make_entry(w: &mut String, cx: &Ctx<'_>, shared: &Shared<'_>, index: usize, entry: &Entry) {
    let Ctx { r, registry, .. } = *cx;
    let field = "\n                ";
    let _ = write!(w, "            {r}::Entry {{{field}code: ");
    push_code(w, &entry.code);
    let _ = write!(w, ",{field}index: ");
    push_int(w, index as u64);
    let _ = write!(w, ",{field}name: ");
    push_lit(w, &entry.name);
    let _ = write!(w, ",{field}text: ");
    push_lit(w, &entry.text);
    let _ = write!(w, ",{field}description: ");
    push_lit(w, &entry.description);
    let _ = write!(w, ",{field}status: ");
    match status(cx, entry) {
        Some(s) => {
            let _ = write!(w, "STATUS_{s}");
        }
        None => w.push_str("NO_STATUS"),
    }
    let _ = write!(
        w,
        ",{field}retryable: {},{field}category: ",
        entry.retryable
    );
    match (entry.category.as_deref()).and_then(|c| shared.categories.binary_search(&c).ok()) {
        Some(i) => {
            let _ = write!(w, "CATEGORY_{i}");
        }
        None => w.push_str("NONE"),
    }
    let _ = write!(w, ",{field}url: ");
    push_option_lit(w, registry.url(entry).as_deref());
    if entry.aliases.is_empty() {
        // One shared empty slice: an `&[]` per entry is a constant of its own, and rustc's
        // type checking of 10,000 of them took seconds.
        let _ = write!(w, ",{field}aliases: {r}::__private::NO_ALIASES");
    } else {
        let _ = write!(w, ",{field}aliases: &[");
        for (i, alias) in entry.aliases.iter().enumerate() {
            if i > 0 {
                w.push_str(", ");
            }
            push_lit(w, alias);
        }
        w.push(']');
    }
    let _ = write!(w, ",{field}deprecated: ");
    push_option_lit(w, entry.deprecated.as_deref());
    w.push_str(",\n            },\n");
}

/// `Some("…")` in full paths, the string an escaped literal, or `NONE` (`ENTRIES`' const).
fn push_option_lit(w: &mut String, value: Option<&str>) {
    match value {
        Some(v) => {
            w.push_str("::core::option::Option::Some(");
            push_lit(w, v);
            w.push(')');
        }
        None => w.push_str("NONE"),
    }
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
