//! The registry as Rust source: a fieldless enum, its accessors, and static `phf` maps.

use core::fmt::Write as _;

use crate::Config;
use crate::model::{Code, CodeType, Entry, Registry};

/// The integer of an integer code. String codes are not generated yet (0 stands in); this is the
/// smallest change that keeps the generator building on the model with `Code`.
fn int(code: &Code) -> u32 {
    code.as_int().unwrap_or(0)
}

/// A Rust string literal for `s`, escaped so that no content can end the literal or inject code.
pub(crate) fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_lit(&mut out, s);
    out
}

/// Appends the Rust string literal for `s` to `out`: the same text as
/// `proc_macro2::Literal::string(s).to_string()` (a test compares them), written in place.
pub(crate) fn push_lit(out: &mut String, s: &str) {
    out.push('"');
    push_escaped(out, s);
    out.push('"');
}

/// Appends `s` escaped for the inside of a Rust string literal, as `proc_macro2` escapes it: every
/// character as `char::escape_debug` has it, except `'` (kept) and NUL (`\0`, or `\x00` before a
/// digit that would make it an octal-looking escape). Printable ASCII other than `"` and `\` is
/// copied in runs, which is nearly all of a registry's text.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        // `i` is on a character boundary: everything before it was whole characters.
        let Some(ch) = s[i..].chars().next() else {
            break;
        };
        if ch == '\0' {
            let octal_next = matches!(bytes.get(i + 1), Some(b'0'..=b'7'));
            out.push_str(if octal_next { r"\x00" } else { r"\0" });
        } else {
            out.extend(ch.escape_debug());
        }
        i += ch.len_utf8();
        run = i;
    }
    out.push_str(&s[run..]);
}

/// Markdown from the registry made safe to show in rustdoc: a fenced code block would otherwise be
/// compiled as a doctest of the crate that includes the code, so every fence is marked `text`.
#[cfg(test)]
pub(crate) fn doc_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for_each_doc_line(s, |i, line, info| {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
        out.push_str(info);
    });
    out
}

/// Calls `f(i, line, info)` for each line `i` of [`doc_markdown`]`(s)`, which is `line` followed by
/// `info` (`"text"` after an opening fence, else empty), without building the string.
fn for_each_doc_line(s: &str, mut f: impl FnMut(usize, &str, &str)) {
    let mut fence: Option<(char, usize)> = None;
    for (i, line) in s.split('\n').enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        let marker = rest.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |m| rest.chars().take_while(|c| *c == m).count());
        if indent <= 3 && run >= 3 {
            let m = marker.unwrap_or('`');
            match fence {
                None => {
                    fence = Some((m, run));
                    f(i, &line[..indent + run], "text");
                    continue;
                }
                Some((fm, fr)) if fm == m && run >= fr && rest[run..].trim().is_empty() => {
                    fence = None;
                }
                Some(_) => {}
            }
        }
        f(i, line, "");
    }
}

/// The registry's Markdown is prose, not rustdoc: `[x]` is not an intra-doc link, `<x` not a broken
/// tag. Items whose docs carry registry text say so, so `RUSTDOCFLAGS=-D warnings` stays usable.
const ALLOW_DOC_LINTS: &str = "#[allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags, \
                               rustdoc::bare_urls, rustdoc::invalid_rust_codeblocks)]";

/// One `#[doc = "…"]` attribute per line of `text`, each line escaped.
fn doc_lines(out: &mut String, indent: &str, text: &str) {
    for line in text.split('\n') {
        doc_line(out, indent, "", line, "");
    }
}

/// One `#[doc = "…"]` attribute per line of `prefix` followed by `text` (`prefix` has no line
/// break).
fn doc_lines_after(out: &mut String, indent: &str, prefix: &str, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        doc_line(out, indent, if i == 0 { prefix } else { "" }, line, "");
    }
}

/// One `#[doc = "…"]` attribute per line of [`doc_markdown`]`(text)`, built in place.
fn doc_markdown_lines(out: &mut String, indent: &str, text: &str) {
    for_each_doc_line(text, |_, line, info| doc_line(out, indent, "", line, info));
}

/// `{indent}#[doc = "{a}{b}{c}"]` and a line break, the literal escaped as by [`lit`]. (Escaping
/// the pieces one by one is escaping their concatenation: the escape of a character depends on the
/// next one only for NUL before a digit, and the pieces joined here never make that pair.)
fn doc_line(out: &mut String, indent: &str, a: &str, b: &str, c: &str) {
    out.push_str(indent);
    out.push_str("#[doc = \"");
    push_escaped(out, a);
    push_escaped(out, b);
    push_escaped(out, c);
    out.push_str("\"]\n");
}

/// The generated Rust source for `registry` (what `compile` writes to `$OUT_DIR/errors.rs`).
pub(crate) fn generate(registry: &Registry, config: &Config, origin: &str) -> String {
    let e = &config.enum_name;
    let t = registry.code_type.as_str();
    let r = &config.runtime_crate;
    let n = registry.entries.len();
    // Room for all of it, so the buffer is not copied as it grows: each entry's description and
    // text appear twice (docs and table), its name about six times, plus a few hundred bytes of
    // code per entry (the maps, the tables); a few kilobytes of items besides.
    let strings: usize = registry
        .entries
        .iter()
        .map(|x| 2 * (x.description.len() + x.text.len()) + 6 * x.name.len())
        .sum();
    let mut out = String::with_capacity(16 * 1024 + strings + n * 400);
    let w = &mut out;

    let _ = writeln!(
        w,
        "// @generated by errcodes-build {} from {}. Do not edit: change the registry and rebuild.\n",
        env!("CARGO_PKG_VERSION"),
        origin.replace(['\n', '\r'], " ")
    );

    // The enum.
    doc_lines(w, "", &format!("Error codes of the {}.", registry.name));
    if !registry.description.is_empty() {
        doc_lines(w, "", "");
        doc_markdown_lines(w, "", &registry.description);
    }
    doc_lines(w, "", "");
    doc_lines(
        w,
        "",
        &format!(
            "Each variant's discriminant is its code (`{e}::X as {t}`); see [`{e}::from_code`], \
             [`{e}::from_name`] and [`{e}::info`]."
        ),
    );
    if let (Some(example), Some(first)) = (&config.doc_examples, registry.entries.first()) {
        {
            doc_lines(
                w,
                "",
                &format!(
                    "\n# Example\n```\nuse {example}::{e};\n\nlet code = {e}::{name};\n\
                     assert_eq!(code.code(), {code});\nassert_eq!(code.to_string(), {display});\n\
                     assert_eq!({e}::from_code({code}), Some(code));\n```",
                    name = first.name,
                    code = int(&first.code),
                    display = lit(&format!("{} {}", first.code, first.text)),
                ),
            );
        }
    }
    let _ = writeln!(w, "{ALLOW_DOC_LINTS}");
    let _ = writeln!(
        w,
        "#[derive(::core::clone::Clone, ::core::marker::Copy, \
         ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, \
         ::core::cmp::Ord)]"
    );
    let _ = writeln!(w, "#[repr({t})]\npub enum {e} {{");
    // A variant whose code follows the previous one's gets its discriminant implicitly: the same
    // value, but rustc's const evaluator walks the variants to read an enum value back, evaluating
    // every explicit discriminant it passes, so tables of large registries build many times faster
    // with few of them (BENCHMARKS.md, "Build cost").
    let mut previous: Option<u32> = None;
    // "`{code}` ", the start of the variant's first doc line; `number` is the code alone.
    let mut code_doc = String::new();
    for entry in &registry.entries {
        code_doc.clear();
        code_doc.push('`');
        push_int(&mut code_doc, int(&entry.code).into());
        code_doc.push_str("` ");
        let number = &code_doc[1..code_doc.len() - 2];
        doc_lines_after(w, "    ", &code_doc, &entry.text);
        doc_lines(w, "    ", "");
        doc_markdown_lines(w, "    ", &entry.description);
        w.push_str("    ");
        w.push_str(&entry.name);
        if previous.and_then(|p| p.checked_add(1)) == Some(int(&entry.code)) {
            w.push_str(", // = ");
            w.push_str(number);
            w.push('\n');
        } else {
            w.push_str(" = ");
            w.push_str(number);
            w.push_str(",\n");
        }
        previous = Some(int(&entry.code));
    }
    let _ = writeln!(w, "}}\n");

    // The table of entries, in table order.
    let _ = writeln!(w, "static ERRCODES_ENTRIES: [{r}::Entry<{e}>; {n}] = [");
    for entry in &registry.entries {
        w.push_str("    ");
        w.push_str(r);
        w.push_str("::Entry {\n        code: ");
        w.push_str(e);
        w.push_str("::");
        w.push_str(&entry.name);
        w.push_str(",\n        name: ");
        push_lit(w, &entry.name);
        w.push_str(",\n        text: ");
        push_lit(w, &entry.text);
        w.push_str(",\n        description: ");
        push_lit(w, &entry.description);
        w.push_str(",\n    },\n");
    }
    let _ = writeln!(w, "];\n");

    // The maps.
    for map in ["BY_CODE", "BY_NAME"] {
        let (key, what) = if map == "BY_CODE" {
            (t, "code")
        } else {
            ("&'static str", "variant name")
        };
        doc_lines(
            w,
            "",
            &format!(
                "Every entry of the {} by its {what}: a static perfect-hash map, built at compile time.",
                registry.name
            ),
        );
        let _ = writeln!(w, "{ALLOW_DOC_LINTS}");
        let _ = write!(
            w,
            "pub static {map}: {r}::__private::phf::Map<{key}, &'static {r}::Entry<{e}>> = "
        );
        let entries = registry.entries.iter();
        match (map, registry.code_type) {
            ("BY_CODE", CodeType::U16) => write_phf_map(w, r, entries.map(|x| int(&x.code) as u16)),
            ("BY_CODE", CodeType::U32) => write_phf_map(w, r, entries.map(|x| int(&x.code))),
            _ => write_phf_map(w, r, entries.map(|x| x.name.as_str())),
        }
        w.push_str(";\n\n");
    }

    // The variants in table order, behind `ALL`. A `static`, evaluated once where the registry is
    // compiled; a `const` array would be evaluated again by every crate that reads it, and
    // rustc's const evaluation of an array of enum values is quadratic in its length.
    let _ = writeln!(w, "static ERRCODES_ALL: [{e}; {n}] = [");
    for entry in &registry.entries {
        w.push_str("    ");
        w.push_str(e);
        w.push_str("::");
        w.push_str(&entry.name);
        w.push_str(",\n");
    }
    let _ = writeln!(w, "];\n");

    let dense = Dense::of(registry);
    if let Some(d) = dense {
        d.write_tables(w, registry, e, t);
    }

    // Inherent API.
    let ex = |body: &str| -> String {
        match &config.doc_examples {
            Some(krate) => format!("\n\n# Example\n```\nuse {krate}::{e};\n\n{body}\n```"),
            None => String::new(),
        }
    };
    let placeholder = Entry::default();
    // Examples need an entry; a registry without one (only possible through the model API) gets none.
    let examples = config.doc_examples.is_some() && !registry.entries.is_empty();
    let ex = |body: &str| if examples { ex(body) } else { String::new() };
    let first = registry.entries.first().unwrap_or(&placeholder);
    let fname = &first.name;
    let fcode = int(&first.code);
    let unused = unused_code(registry);
    let _ = writeln!(w, "{ALLOW_DOC_LINTS}\nimpl {e} {{");
    let item_doc = |w: &mut String, doc: &str| doc_lines(w, "    ", doc);

    item_doc(
        w,
        &format!(
            "Every code of the registry, in table order.{}",
            ex(&format!(
                "assert_eq!({e}::ALL.len(), {n});\nassert_eq!({e}::ALL[0], {e}::{fname});"
            ))
        ),
    );
    let _ = writeln!(w, "    pub const ALL: &'static [Self] = &ERRCODES_ALL;\n");

    item_doc(
        w,
        &format!(
            "The registry's name (`[registry] name`).{}",
            ex(&format!(
                "assert_eq!({e}::REGISTRY_NAME, {});",
                lit(&registry.name)
            ))
        ),
    );
    let _ = writeln!(
        w,
        "    pub const REGISTRY_NAME: &'static str = {};\n",
        lit(&registry.name)
    );
    item_doc(
        w,
        "The registry's description (`[registry] description`), Markdown, verbatim.",
    );
    let _ = writeln!(
        w,
        "    pub const REGISTRY_DESCRIPTION: &'static str = {};\n",
        lit(&registry.description)
    );

    item_doc(
        w,
        &format!(
            "The numeric code.{}",
            ex(&format!("assert_eq!({e}::{fname}.code(), {fcode});"))
        ),
    );
    let _ = writeln!(
        w,
        "    #[inline]\n    pub const fn code(self) -> {t} {{\n        self as {t}\n    }}\n"
    );

    item_doc(
        w,
        "The position of this code in the table (and in [`Self::ALL`]).",
    );
    match dense {
        Some(d) => {
            let _ = writeln!(
                w,
                "    #[inline]\n    pub const fn index(self) -> usize {{\n        \
                 ERRCODES_INDEX[(self as {t} - {}) as usize] as usize\n    }}\n",
                d.min
            );
        }
        None => {
            let _ = writeln!(
                w,
                "    #[inline]\n    pub const fn index(self) -> usize {{\n        match self {{"
            );
            for (i, entry) in registry.entries.iter().enumerate() {
                let _ = writeln!(w, "            Self::{} => {i},", entry.name);
            }
            let _ = writeln!(w, "        }}\n    }}\n");
        }
    }

    item_doc(
        w,
        &format!(
            "The whole entry: code, name, text and description.{}",
            ex(&format!(
                "let info = {e}::{fname}.info();\nassert_eq!(info.code, {e}::{fname});\nassert_eq!(info.text, {});",
                lit(&first.text)
            ))
        ),
    );
    let _ = writeln!(
        w,
        "    #[inline]\n    pub const fn info(self) -> &'static {r}::Entry<Self> {{\n        &ERRCODES_ENTRIES[self.index()]\n    }}\n"
    );

    for (method, what, value) in [
        (
            "name",
            "The variant name, e.g. for logs and configuration.",
            &first.name,
        ),
        (
            "text",
            "The short text, e.g. the reason phrase.",
            &first.text,
        ),
        (
            "description",
            "The long description, Markdown, verbatim from the registry.",
            &first.description,
        ),
    ] {
        item_doc(
            w,
            &format!(
                "{what}{}",
                ex(&format!(
                    "assert_eq!({e}::{fname}.{method}(), {});",
                    lit(value)
                ))
            ),
        );
        let _ = writeln!(
            w,
            "    #[inline]\n    pub const fn {method}(self) -> &'static str {{\n        self.info().{method}\n    }}\n"
        );
    }

    item_doc(
        w,
        &format!(
            "The error code with this numeric code, or `None` when the registry has none (O(1), no allocation).{}",
            ex(&format!(
                "assert_eq!({e}::from_code({fcode}), Some({e}::{fname}));\nassert_eq!({e}::from_code({unused}), None);"
            ))
        ),
    );
    // Not through `BY_CODE`: no hashing. Dense codes index a table; otherwise a `match`, which
    // LLVM turns into range checks, bit tests and jump tables (BENCHMARKS.md has the measurements).
    match dense {
        Some(d) => {
            let _ = writeln!(
                w,
                "    #[inline]\n    pub fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
                 match code.checked_sub({min}) {{\n            \
                 ::core::option::Option::Some(offset) if (offset as usize) < {span} => \
                 ERRCODES_ALL.get(ERRCODES_INDEX[offset as usize] as usize).copied(),\n            \
                 _ => ::core::option::Option::None,\n        }}\n    }}\n",
                min = d.min,
                span = d.span,
            );
        }
        None => {
            let _ = writeln!(
                w,
                "    #[inline]\n    pub fn from_code(code: {t}) -> ::core::option::Option<Self> {{\n        \
                 match code {{"
            );
            for entry in &registry.entries {
                let _ = writeln!(
                    w,
                    "            {} => ::core::option::Option::Some(Self::{}),",
                    entry.code, entry.name
                );
            }
            let _ = writeln!(
                w,
                "            _ => ::core::option::Option::None,\n        }}\n    }}\n"
            );
        }
    }
    item_doc(
        w,
        &format!(
            "The error code with this variant name (exact, case-sensitive), or `None` (O(1), no allocation).{}",
            ex(&format!(
                "assert_eq!({e}::from_name({}), Some({e}::{fname}));\nassert_eq!({e}::from_name(\"NoSuchName\"), None);",
                lit(fname)
            ))
        ),
    );
    let _ = writeln!(
        w,
        "    #[inline]\n    pub fn from_name(name: &str) -> ::core::option::Option<Self> {{\n        \
         BY_NAME.get(name).map(|info| info.code)\n    }}\n"
    );

    // The HTTP classes, by code (no feature needed).
    let wide = match registry.code_type {
        CodeType::U16 => "self.code() as u32",
        CodeType::U32 | CodeType::Str => "self.code()",
    };
    for (method, class, lo) in [
        ("is_client_error", "client-error", 400),
        ("is_server_error", "server-error", 500),
    ] {
        let inside = registry
            .entries
            .iter()
            .find(|x| (lo..lo + 100).contains(&int(&x.code)));
        let outside = registry
            .entries
            .iter()
            .find(|x| !(lo..lo + 100).contains(&int(&x.code)));
        let mut body = String::new();
        if let Some(x) = inside {
            let _ = writeln!(body, "assert!({e}::{}.{method}());", x.name);
        }
        if let Some(x) = outside {
            let _ = writeln!(body, "assert!(!{e}::{}.{method}());", x.name);
        }
        item_doc(
            w,
            &format!(
                "Whether the code is in the HTTP {class} class, {lo}–{}, whatever the registry's \
                 codes mean otherwise.{}",
                lo + 99,
                ex(body.trim_end())
            ),
        );
        let _ = writeln!(
            w,
            "    #[inline]\n    pub const fn {method}(self) -> bool {{\n        \
             {r}::__private::{method}_code({wide})\n    }}\n"
        );
    }
    let _ = writeln!(w, "}}\n");

    let _ = writeln!(
        w,
        "impl ::core::fmt::Debug for {e} {{\n    \
         fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{\n        \
         f.write_str(self.name())\n    }}\n}}\n"
    );
    strum_impls(w, registry, config);

    let _ = writeln!(w, "{r}::__impl_error_code!({e}, {t}, BY_CODE, BY_NAME);\n");

    // Feature-dependent impls: the macros expand to nothing unless the runtime crate has the
    // feature. Their inherent methods' docs are written here, where the registry is known.
    let is_status = |c: u32| (100..=599).contains(&c);
    let all = if registry.entries.iter().all(|x| is_status(int(&x.code))) {
        "all"
    } else {
        "some"
    };
    let mut body = format!("use {}::http::StatusCode;\n", r.trim_start_matches("::"));
    if let Some(x) = registry.entries.iter().find(|x| is_status(int(&x.code))) {
        let _ = writeln!(
            body,
            "let status = StatusCode::from_u16({}).unwrap();\nassert_eq!({e}::from_status(status), Some({e}::{n}));\n\
             assert_eq!(StatusCode::try_from({e}::{n}).unwrap(), status);",
            x.code,
            n = x.name
        );
    }
    if let Some(x) = registry.entries.iter().find(|x| !is_status(int(&x.code))) {
        let _ = writeln!(
            body,
            "assert!(StatusCode::try_from({e}::{}).is_err()); // {} is not an HTTP status",
            x.name, x.code
        );
    }
    if let Some(free) = (100..=599).find(|c| registry.by_code(&Code::Int(*c)).is_none()) {
        let _ = writeln!(
            body,
            "assert_eq!({e}::from_status(StatusCode::from_u16({free}).unwrap()), None);"
        );
    }
    let _ = writeln!(w, "{r}::__impl_http! {{\n    {e}: {all};");
    item_doc(
        w,
        &format!(
            "The error code whose number is this HTTP status, or `None` when the registry has none \
             (feature `http`).{}",
            ex(body.trim_end())
        ),
    );
    let _ = writeln!(w, "}}\n");

    let _ = writeln!(w, "{r}::__impl_problem! {{\n    {e};");
    item_doc(
        w,
        &format!(
            "This code as RFC 9457 problem details (feature `problem`): `title` is its text, \
             `detail` its description, `status` its code when that is an HTTP status; served as \
             `application/problem+json`.{}",
            ex(&format!(
                "let problem = {e}::{fname}.problem();\nassert_eq!(problem.code(), {e}::{fname});\n\
                 assert_eq!(problem.title(), {});\nassert_eq!(problem.detail(), {});",
                lit(&first.text),
                lit(&first.description)
            ))
        ),
    );
    let _ = writeln!(w, "}}");
    out
}

/// The lookup tables of a registry whose codes are dense: `span` slots, one per code from `min` to
/// the largest code. Generated instead of the `match`es of `from_code` and `index` when the
/// registry is large (rustc and LLVM spend seconds per 10,000 arms on each of those, and
/// `#[derive(Debug)]`'s match peaked at 3 GB; an array of constants costs next to nothing to
/// compile) and the tables stay small: at most four slots per entry.
#[derive(Debug, Clone, Copy)]
struct Dense {
    min: u32,
    span: usize,
}

impl Dense {
    /// Below this many entries the `match`es are cheap to build and read as a person would write.
    const MIN_ENTRIES: usize = 64;
    /// At most this many table slots per entry.
    const MAX_SLOTS_PER_ENTRY: usize = 4;

    fn of(registry: &Registry) -> Option<Dense> {
        let n = registry.entries.len();
        let min = registry.entries.iter().map(|e| int(&e.code)).min()?;
        let max = registry.entries.iter().map(|e| int(&e.code)).max()?;
        let span = (max - min) as usize + 1;
        (n >= Self::MIN_ENTRIES && span <= n * Self::MAX_SLOTS_PER_ENTRY)
            .then_some(Dense { min, span })
    }

    /// `ERRCODES_INDEX`: the position in the table of the code `min + offset`, or the code type's
    /// `MAX`, for `index` and (through `ALL`) `from_code`. Holding positions rather than variants,
    /// it costs rustc nothing to evaluate; a table of variants costs as much as `ALL` again.
    fn write_tables(self, w: &mut String, registry: &Registry, e: &str, t: &str) {
        let mut slots: Vec<Option<usize>> = vec![None; self.span];
        for (i, entry) in registry.entries.iter().enumerate() {
            slots[(int(&entry.code) - self.min) as usize] = Some(i);
        }
        // Positions fit the code type: a registry has at most as many entries as codes. `MAX`
        // marks a missing code; it can be a position too only when every code is used, and then
        // no slot is missing.
        let _ = writeln!(
            w,
            "/// The position in the table of the code `{min} + offset`, by offset (`{t}::MAX`: no such \
             code), for [`{e}::index`] and [`{e}::from_code`].\nstatic ERRCODES_INDEX: [{t}; {span}] = [",
            min = self.min,
            span = self.span
        );
        for chunk in slots.chunks(16) {
            w.push_str("    ");
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
        let _ = writeln!(w, "];\n");
    }
}

/// strum's `EnumCount`, `VariantNames`, `VariantArray`, `IntoEnumIterator` (with its `{Enum}Iter`
/// type), `IntoStaticStr` and `AsRefStr`, written out rather than derived: the same traits and
/// public items as `#[derive(EnumIter, EnumCount, VariantNames, VariantArray, IntoStaticStr,
/// AsRefStr)]`, built on `ALL` and `name()`, without running six derive macros over every variant
/// and its docs (which dominated the build of large registries) and without the per-variant
/// `match`es they expand to.
fn strum_impls(w: &mut String, registry: &Registry, config: &Config) {
    let e = &config.enum_name;
    let s = format!("{}::__private::strum", config.runtime_crate);
    let n = registry.entries.len();
    let it = format!("{e}Iter");
    let _ = writeln!(
        w,
        "impl {s}::EnumCount for {e} {{\n    const COUNT: usize = {n};\n}}\n"
    );
    let _ = writeln!(
        w,
        "impl {s}::VariantArray for {e} {{\n    const VARIANTS: &'static [Self] = Self::ALL;\n}}\n"
    );
    let _ = writeln!(
        w,
        "impl {s}::VariantNames for {e} {{\n    const VARIANTS: &'static [&'static str] = &["
    );
    for entry in &registry.entries {
        w.push_str("        ");
        push_lit(w, &entry.name);
        w.push_str(",\n");
    }
    let _ = writeln!(w, "    ];\n}}\n");
    let _ = writeln!(
        w,
        "impl ::core::convert::From<{e}> for &'static str {{\n    \
         fn from(code: {e}) -> &'static str {{\n        code.name()\n    }}\n}}\n\n\
         impl<'a> ::core::convert::From<&'a {e}> for &'static str {{\n    \
         fn from(code: &'a {e}) -> &'static str {{\n        code.name()\n    }}\n}}\n\n\
         impl ::core::convert::AsRef<str> for {e} {{\n    \
         fn as_ref(&self) -> &str {{\n        self.name()\n    }}\n}}\n"
    );
    let _ = writeln!(
        w,
        "#[doc = {doc}]\n\
         #[derive(::core::clone::Clone)]\n\
         pub struct {it} {{\n    inner: ::core::slice::Iter<'static, {e}>,\n}}\n\n\
         impl ::core::fmt::Debug for {it} {{\n    \
         fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{\n        \
         f.debug_struct({name}).field(\"len\", &self.inner.len()).finish()\n    }}\n}}\n\n\
         impl {s}::IntoEnumIterator for {e} {{\n    type Iterator = {it};\n\n    \
         #[inline]\n    fn iter() -> {it} {{\n        {it} {{ inner: ERRCODES_ALL.iter() }}\n    }}\n}}\n\n\
         impl ::core::iter::Iterator for {it} {{\n    type Item = {e};\n\n    \
         #[inline]\n    fn next(&mut self) -> ::core::option::Option<{e}> {{\n        \
         self.inner.next().copied()\n    }}\n\n    \
         #[inline]\n    fn size_hint(&self) -> (usize, ::core::option::Option<usize>) {{\n        \
         self.inner.size_hint()\n    }}\n\n    \
         #[inline]\n    fn nth(&mut self, n: usize) -> ::core::option::Option<{e}> {{\n        \
         self.inner.nth(n).copied()\n    }}\n}}\n\n\
         impl ::core::iter::DoubleEndedIterator for {it} {{\n    \
         #[inline]\n    fn next_back(&mut self) -> ::core::option::Option<{e}> {{\n        \
         self.inner.next_back().copied()\n    }}\n}}\n\n\
         impl ::core::iter::ExactSizeIterator for {it} {{}}\n\n\
         impl ::core::iter::FusedIterator for {it} {{}}\n",
        doc = lit(&format!("An iterator over the variants of [{e}]")),
        name = lit(&it),
    );
}

/// A key of a generated `phf::Map`, hashed by `phf` as itself and written as a Rust constant.
trait MapKey: phf_shared::PhfHash {
    /// Appends the key as `phf_shared::FmtConst` writes it.
    fn push_const(&self, w: &mut String);
}

impl MapKey for u16 {
    fn push_const(&self, w: &mut String) {
        push_int(w, u64::from(*self));
    }
}

impl MapKey for u32 {
    fn push_const(&self, w: &mut String) {
        push_int(w, u64::from(*self));
    }
}

impl MapKey for &str {
    fn push_const(&self, w: &mut String) {
        // `FmtConst` writes a string as `Debug` does; a variant name (ASCII letters and digits)
        // needs no escape.
        if self.bytes().all(|b| b.is_ascii_alphanumeric()) {
            w.push('"');
            w.push_str(self);
            w.push('"');
        } else {
            let _ = write!(w, "{self:?}");
        }
    }
}

/// Appends `n` in decimal.
fn push_int(w: &mut String, n: u64) {
    w.push_str(itoa::Buffer::new().format(n));
}

/// Appends a `phf::Map` expression from keys to `&ERRCODES_ENTRIES[i]`, hashed as the key type
/// itself (a `u16` key must be hashed as `u16`, or run-time lookups would miss): the hash state of
/// `phf_generator` (what `phf_codegen` builds), written out as `phf_codegen` writes it.
fn write_phf_map<K: MapKey>(w: &mut String, runtime: &str, keys: impl Iterator<Item = K>) {
    let keys: Vec<K> = keys.collect();
    let state = phf_generator::generate_hash(&keys);
    let _ = write!(
        w,
        "{runtime}::__private::phf::Map {{\n    key: {:?},\n    disps: &[",
        state.key
    );
    for &(d1, d2) in &state.disps {
        w.push_str("\n        (");
        push_int(w, d1.into());
        w.push_str(", ");
        push_int(w, d2.into());
        w.push_str("),");
    }
    w.push_str("\n    ],\n    entries: &[");
    for &i in &state.map {
        w.push_str("\n        (");
        keys[i].push_const(w);
        w.push_str(", &ERRCODES_ENTRIES[");
        push_int(w, i as u64);
        w.push_str("]),");
    }
    w.push_str("\n    ],\n}");
}

/// A code the registry does not use (for examples of a failed lookup).
fn unused_code(registry: &Registry) -> u32 {
    let max = registry.code_type.max().unwrap_or(0) as u32;
    (0..=max)
        .rev()
        .find(|c| registry.by_code(&Code::Int(*c)).is_none())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text() {
        assert_eq!(
            doc_markdown("a\n```\nfn x() {}\n```\nb"),
            "a\n```text\nfn x() {}\n```\nb"
        );
        assert_eq!(doc_markdown("~~~~rust\nx\n~~~~"), "~~~~text\nx\n~~~~");
        assert_eq!(doc_markdown("plain `code`"), "plain `code`");
    }

    fn registry(codes: impl IntoIterator<Item = u32>) -> Registry {
        Registry {
            name: "R".into(),
            description: String::new(),
            code_type: CodeType::U32,
            entries: codes
                .into_iter()
                .map(|code| Entry {
                    code: code.into(),
                    name: format!("E{code}"),
                    text: "T".into(),
                    description: "D".into(),
                    ..Entry::default()
                })
                .collect(),
            ..Registry::default()
        }
    }

    #[test]
    fn dense_tables_only_for_large_dense_registries() {
        // Small: matches, whatever the density.
        assert!(Dense::of(&registry(0..63)).is_none());
        assert!(Dense::of(&registry([])).is_none());
        // Large and at most four slots per entry: tables from the smallest code.
        let d = Dense::of(&registry((0..64).map(|i| 1000 + 4 * i))).unwrap();
        assert_eq!((d.min, d.span), (1000, 253));
        let d = Dense::of(&registry((0..64).rev().map(|i| u32::MAX - i))).unwrap();
        assert_eq!((d.min, d.span), (u32::MAX - 63, 64));
        // Sparser than that: matches.
        assert!(Dense::of(&registry((0..64).map(|i| 5 * i))).is_none());
    }

    #[test]
    fn dense_tables_place_every_code_at_its_offset() {
        let r = registry([7, 5, 9].into_iter().chain(10..71));
        let d = Dense::of(&r).unwrap();
        let mut out = String::new();
        d.write_tables(&mut out, &r, "E", "u32");
        // No table of variants: rustc's const evaluation of one is quadratic in its length.
        assert!(!out.contains("Option<E>"));
        // Positions in table order: 5 is second, 6 missing, 7 first, 8 missing, 9 third.
        assert!(out.contains(
            "static ERRCODES_INDEX: [u32; 66] = [\n    1, u32::MAX, 0, u32::MAX, 2, 3, 4,"
        ));
    }

    #[test]
    fn literals_escape_everything() {
        assert_eq!(lit("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(lit("\0"), r#""\0""#);
        assert_eq!(lit("\x001\08"), r#""\x001\08""#);
        assert_eq!(
            lit("it's\t\r\u{7f}\u{301}é🚀"),
            r#""it's\t\r\u{7f}\u{301}é🚀""#
        );
        assert_eq!(lit("\u{2028}\u{feff}"), r#""\u{2028}\u{feff}""#);
    }

    #[test]
    fn integers_in_decimal() {
        for n in [0, 7, 10, 65_535, u64::from(u32::MAX), u64::MAX] {
            let mut out = String::from("x");
            push_int(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }

    /// The map `phf_codegen` writes for these keys (the reference).
    fn phf_codegen_map<K>(keys: &[K]) -> String
    where
        K: core::hash::Hash + Eq + phf_shared::PhfHash + phf_shared::FmtConst + Clone,
    {
        let mut map = phf_codegen::Map::new();
        map.phf_path("::r::__private::phf");
        for (i, key) in keys.iter().enumerate() {
            map.entry(key.clone(), format!("&ERRCODES_ENTRIES[{i}]"));
        }
        map.build().to_string()
    }

    #[test]
    fn phf_maps_are_phf_codegen_maps() {
        for n in [1u32, 2, 5, 64, 1000] {
            let codes: Vec<u32> = (0..n).map(|i| i * 7 + 3).collect();
            let mut out = String::new();
            write_phf_map(&mut out, "::r", codes.iter().copied());
            assert_eq!(out, phf_codegen_map(&codes));

            let short: Vec<u16> = codes.iter().map(|&c| c as u16).collect();
            let mut out = String::new();
            write_phf_map(&mut out, "::r", short.iter().copied());
            assert_eq!(out, phf_codegen_map(&short));

            // Variant names, and strings that need escaping (which names never do).
            let names: Vec<String> = (0..n)
                .map(|i| match i % 3 {
                    0 => format!("Name{i}"),
                    1 => format!("q\"{i}\\\n\u{301}é"),
                    _ => format!("x{i}\0"),
                })
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let mut out = String::new();
            write_phf_map(&mut out, "::r", names.iter().copied());
            assert_eq!(out, phf_codegen_map(&names));
        }
    }

    /// Characters where escaping differs from copying, and arbitrary ones.
    fn escapable() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("\0".to_owned()),
            Just("\x001".to_owned()),
            Just("\x007".to_owned()),
            Just("\x008".to_owned()),
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("'".to_owned()),
            Just("\r\n\t".to_owned()),
            Just("\u{7f}\u{1b}".to_owned()),
            Just("\u{301}\u{200d}\u{2028}\u{feff}".to_owned()),
            Just("```\n".to_owned()),
            "[ -~]{0,8}",
            any::<String>(),
        ];
        prop::collection::vec(piece, 0..8).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        /// The escaper writes exactly what `proc_macro2` (the reference, which `syn` reads back in
        /// `tests/injection.rs`) writes, byte for byte.
        #[test]
        fn literals_are_proc_macro2_literals(s in escapable()) {
            proptest::prop_assert_eq!(lit(&s), proc_macro2::Literal::string(&s).to_string());
        }

        /// Doc lines built in place are the lines of `doc_markdown`, each a literal.
        #[test]
        fn doc_lines_are_escaped_doc_markdown(s in escapable()) {
            let mut built = String::new();
            doc_markdown_lines(&mut built, "  ", &s);
            let want: String = doc_markdown(&s)
                .split('\n')
                .map(|line| format!("  #[doc = {}]\n", proc_macro2::Literal::string(line)))
                .collect();
            proptest::prop_assert_eq!(built, want);
        }
    }

    fn generated(codes: &[u32]) -> String {
        let mut src = String::from("[registry]\nname = 'R'\ncode_type = 'u32'\n");
        for (i, code) in codes.iter().enumerate() {
            src.push_str(&format!(
                "[[error]]\ncode = {code}\nname = 'E{i}'\ntext = 'T'\ndescription = 'D.'\n"
            ));
        }
        let registry = Registry::from_source("r.toml", &src).unwrap();
        generate(&registry, &Config::new(), "r.toml")
    }

    #[test]
    fn from_status_code_is_total_only_when_every_code_is_100_to_599() {
        for (codes, kind) in [
            (&[100, 404, 599][..], "all"),
            (&[400, 500][..], "all"),
            (&[0, 404][..], "some"),
            (&[99][..], "some"),
            (&[404, 600][..], "some"),
            (&[70000][..], "some"),
        ] {
            let code = generated(codes);
            assert!(
                code.contains(&format!(
                    "::errcodes::__impl_http! {{\n    ErrorCode: {kind};"
                )),
                "{codes:?} should be `{kind}`"
            );
        }
    }

    #[test]
    fn classes_widen_the_code_only_when_it_is_narrower() {
        assert!(generated(&[404]).contains("is_client_error_code(self.code())"));
        let u16_registry = Registry::from_source(
            "r.toml",
            "[registry]\nname = 'R'\n[[error]]\ncode = 404\nname = 'A'\ntext = 'T'\ndescription = 'D.'\n",
        )
        .unwrap();
        let code = generate(&u16_registry, &Config::new(), "r.toml");
        assert!(code.contains("is_client_error_code(self.code() as u32)"));
        assert!(code.contains("::errcodes::__impl_problem! {\n    ErrorCode;"));
    }
}
