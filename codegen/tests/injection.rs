//! Nothing a registry's strings hold can break or inject into the generated code: for arbitrary
//! strings, the generated Rust parses (`syn`), every literal holds the string byte for byte, and
//! the only attributes are the generator's own.

use errcodes_build::{CodeType, Config, Entry, Registry};
use proptest::prelude::*;
use syn::{Expr, Item, Lit};

/// Strings biased towards what breaks naive generators, mixed with arbitrary Unicode.
fn nasty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("\"#".to_owned()),
        Just("r#\"".to_owned()),
        Just("*/".to_owned()),
        Just("/*".to_owned()),
        Just("#[allow(unused)]".to_owned()),
        Just("}\n}\nfn evil() {".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\0".to_owned()),
        Just("\u{7}\u{1b}[31m".to_owned()),
        Just("🚀".to_owned()),
        Just("{}".to_owned()),
        Just("```\nfn main() {}\n```".to_owned()),
        Just("\u{2028}\u{feff}\u{200b}".to_owned()),
        any::<String>(),
    ];
    // Never empty or blank: the file format rejects those before generation.
    prop::collection::vec(piece, 1..6).prop_map(|parts| format!("x{}", parts.concat()))
}

fn registry() -> impl Strategy<Value = Registry> {
    (
        nasty(),
        nasty(),
        prop::collection::vec((nasty(), nasty()), 1..6),
    )
        .prop_map(|(name, description, entries)| Registry {
            name,
            description,
            code_type: CodeType::U16,
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, (text, description))| Entry {
                    code: (i as u32 * 7).into(),
                    // Valid, unique names, including ones that shadow the prelude.
                    name: ["Option", "Some", "None", "Result", "Ok"]
                        .get(i)
                        .map_or(format!("E{i}"), |n| (*n).to_owned()),
                    text,
                    description,
                    ..Entry::default()
                })
                .collect(),
            ..Registry::default()
        })
}

fn str_lit(expr: &Expr) -> String {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(s) => s.value(),
            _ => panic!("not a string literal"),
        },
        _ => panic!("not a literal"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_code_parses_and_keeps_every_string(registry in registry()) {
        let code = Config::new().generate(&registry, "origin \"#\n*/").unwrap();
        let file = syn::parse_file(&code).unwrap_or_else(|e| panic!("{e}\n{code}"));

        let mut records = None;
        let mut names = None;
        let mut registry_name = None;
        let mut attrs = Vec::new();
        for item in &file.items {
            match item {
                Item::Enum(e) => {
                    attrs.extend(e.attrs.iter());
                    for v in &e.variants {
                        attrs.extend(v.attrs.iter());
                    }
                }
                Item::Impl(i) => {
                    attrs.extend(i.attrs.iter());
                    for it in &i.items {
                        if let syn::ImplItem::Const(c) = it {
                            attrs.extend(c.attrs.iter());
                            if c.ident == "RECORDS" {
                                records = Some(nested_static(&c.expr));
                            }
                            if c.ident == "NAME_KEYS" {
                                names = Some(&c.expr);
                            }
                            if c.ident == "REGISTRY_NAME" {
                                registry_name = Some(str_lit(&c.expr));
                            }
                            if c.ident == "REGISTRY_DESCRIPTION" {
                                prop_assert_eq!(str_lit(&c.expr), registry.description.clone());
                            }
                        }
                        if let syn::ImplItem::Fn(f) = it {
                            attrs.extend(f.attrs.iter());
                        }
                    }
                }
                Item::Static(s) => attrs.extend(s.attrs.iter()),
                Item::Struct(s) => attrs.extend(s.attrs.iter()),
                Item::Const(c) => attrs.extend(c.attrs.iter()),
                Item::Macro(_) => {}
                other => panic!("unexpected item: {}", quote_item(other)),
            }
        }
        prop_assert_eq!(registry_name, Some(registry.name.clone()));

        // Every attribute is one the generator writes; a doc attribute is a plain string.
        for attr in &attrs {
            let path = attr.path().segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::");
            prop_assert!(
                ["doc", "derive", "repr", "allow", "inline", "rustfmt::skip"].contains(&path.as_str()),
                "unexpected attribute {path}"
            );
            if path == "doc" {
                let syn::Meta::NameValue(nv) = &attr.meta else { panic!("doc is name = value") };
                let _ = str_lit(&nv.value);
            }
        }

        // The table holds each string verbatim, in order: the names in `NAME_KEYS`, the texts
        // and descriptions in `RECORDS`.
        let Some(Expr::Reference(names)) = names else { panic!("NAME_KEYS is a reference") };
        let Expr::Array(names) = &*names.expr else { panic!("NAME_KEYS is an array") };
        let names: Vec<String> = names.elems.iter().map(str_lit).collect();
        let (strings, bytes) = records_of(records.expect("RECORDS"));
        prop_assert_eq!(bytes.len(), RECORD_SIZE * registry.entries.len());
        for (i, entry) in registry.entries.iter().enumerate() {
            prop_assert_eq!(&names[i], &entry.name);
            let record = &bytes[i * RECORD_SIZE..][..RECORD_SIZE];
            prop_assert_eq!(span(&strings, record, TEXT), entry.text.as_str());
            prop_assert_eq!(span(&strings, record, DESCRIPTION), entry.description.as_str());
        }
    }
}

/// Where a record's text and description spans sit, and its size (the runtime's `Records`).
const TEXT: usize = 19;
const DESCRIPTION: usize = 27;
const RECORD_SIZE: usize = 67;

/// The string whose span is at `at` in `record`.
fn span<'s>(strings: &'s str, record: &[u8], at: usize) -> &'s str {
    let word = |at: usize| u32::from_le_bytes(record[at..at + 4].try_into().unwrap()) as usize;
    &strings[word(at)..][..word(at + 4)]
}

/// The text (`concat!` of string literals) and the bytes of a `Records { strings, bytes }`.
fn records_of(expr: &Expr) -> (String, Vec<u8>) {
    let Expr::Struct(s) = expr else {
        panic!("RECORDS is a struct literal")
    };
    let field = |name: &str| {
        &s.fields
            .iter()
            .find(|f| matches!(&f.member, syn::Member::Named(n) if n == name))
            .unwrap()
            .expr
    };
    let Expr::Macro(concat) = field("strings") else {
        panic!("strings is a concat!")
    };
    let parts = concat
        .mac
        .parse_body_with(
            syn::punctuated::Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated,
        )
        .expect("string literals");
    let strings = parts.iter().map(syn::LitStr::value).collect();
    let Expr::Lit(syn::ExprLit {
        lit: Lit::ByteStr(bytes),
        ..
    }) = field("bytes")
    else {
        panic!("bytes is a byte string")
    };
    (strings, bytes.value())
}

/// The initializer of the `static` a const's block refers to (`{ static X: T = …; &X }`).
fn nested_static(expr: &Expr) -> &Expr {
    let Expr::Block(block) = expr else {
        panic!("a block")
    };
    block
        .block
        .stmts
        .iter()
        .find_map(|stmt| match stmt {
            syn::Stmt::Item(Item::Static(s)) => Some(&*s.expr),
            _ => None,
        })
        .expect("a static in the block")
}

fn quote_item(item: &Item) -> &'static str {
    match item {
        Item::Fn(_) => "fn",
        Item::Use(_) => "use",
        Item::Mod(_) => "mod",
        _ => "other",
    }
}
