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

        let mut table = None;
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
                        match it {
                            syn::ImplItem::Const(c) => {
                                attrs.extend(c.attrs.iter());
                                if c.ident == "REGISTRY" {
                                    table = Some(nested_static(&c.expr));
                                }
                            }
                            syn::ImplItem::Fn(f) => attrs.extend(f.attrs.iter()),
                            _ => {}
                        }
                    }
                }
                Item::Macro(_) => {}
                other => panic!("unexpected item: {}", quote_item(other)),
            }
        }

        // Every attribute is one the generator writes; a doc attribute is a plain string.
        for attr in &attrs {
            let path = attr.path().segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::");
            prop_assert!(
                ["doc", "derive", "allow", "inline", "non_exhaustive"].contains(&path.as_str()),
                "unexpected attribute {path}"
            );
            if path == "doc" {
                let syn::Meta::NameValue(nv) = &attr.meta else { panic!("doc is name = value") };
                let _ = str_lit(&nv.value);
            }
        }

        // The table holds each string verbatim, one row per entry in order.
        let table = table.expect("the REGISTRY const");
        prop_assert_eq!(str_lit(field(table, "name")), registry.name.clone());
        prop_assert_eq!(str_lit(field(table, "description")), registry.description.clone());
        let Expr::Reference(rows) = field(table, "entries") else { panic!("entries is a reference") };
        let Expr::Array(rows) = &*rows.expr else { panic!("entries is an array") };
        prop_assert_eq!(rows.elems.len(), registry.entries.len());
        for (row, entry) in rows.elems.iter().zip(&registry.entries) {
            prop_assert_eq!(str_lit(field(row, "name")), entry.name.clone());
            prop_assert_eq!(str_lit(field(row, "text")), entry.text.clone());
            prop_assert_eq!(str_lit(field(row, "description")), entry.description.clone());
        }
    }
}

/// The value of field `name` of a struct literal.
fn field<'e>(expr: &'e Expr, name: &str) -> &'e Expr {
    let Expr::Struct(s) = expr else {
        panic!("a struct literal")
    };
    &s.fields
        .iter()
        .find(|f| matches!(&f.member, syn::Member::Named(n) if n == name))
        .unwrap_or_else(|| panic!("no field {name}"))
        .expr
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
