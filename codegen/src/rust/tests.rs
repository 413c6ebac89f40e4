use super::*;
use crate::model::{Code, CodeType, Entry};

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

fn generated(codes: &[u32]) -> String {
    generate(&registry(codes.iter().copied()), &Config::new(), "r.toml")
}

#[test]
fn codes_close_together_are_a_table_others_a_phf_map() {
    // 0, 7, 14: a slot for each code from 0 to 14.
    let close = generated(&[0, 7, 14]);
    assert!(close.contains(
        "::errcodes::__private::Codes::Table {\n            first: 0,\n            variants: &[\n                \
         Some(ErrorCode::E0), // 0\n                None, None, None, None, None, None,\n                \
         Some(ErrorCode::E7), // 7\n"
    ));
    // Up to `TABLE_FREE` slots, and `TABLE_SPAN` slots an entry beyond.
    let widest = super::table::TABLE_FREE + 2 * super::table::TABLE_SPAN;
    let edge = |last: u64| generated(&[0, u32::try_from(last).unwrap()]);
    assert!(edge(widest - 1).contains("Codes::Table"));
    assert!(edge(widest).contains("Codes::Map(::errcodes::__private::phf::Map {"));
    let mut strings = registry([1, 2]);
    strings.code_type = CodeType::Str;
    for (i, entry) in strings.entries.iter_mut().enumerate() {
        entry.code = Code::Str(format!("C{i}"));
    }
    let strings = generate(&strings, &Config::new(), "r.toml");
    assert!(strings.contains("Codes::Map(::errcodes::__private::phf::Map {"));
    assert!(strings.contains("(\"C1\", 1)"));
}

#[test]
fn from_status_is_total_only_when_every_code_is_100_to_599() {
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
            code.contains(&format!("::errcodes::__impl_http!(ErrorCode: {kind});")),
            "{codes:?} should be `{kind}`"
        );
    }
}

#[test]
fn variants_have_no_explicit_discriminant() {
    // The discriminant is the position: rustc compares explicit discriminants pairwise and
    // evaluates each one it passes when it reads an enum value back.
    let code = generated(&[3, 4, 5, 9, 10]);
    let start = code.find("pub enum ErrorCode {").expect("the enum");
    let body = &code[start..start + code[start..].find("\n}\n").expect("its end")];
    let variants: Vec<&str> = body
        .lines()
        .filter(|l| !l.trim_start().starts_with("///"))
        .skip(1)
        .collect();
    assert_eq!(
        variants,
        ["    E3,", "    E4,", "    E5,", "    E9,", "    E10,"],
        "{body}"
    );
}

#[test]
fn each_entry_is_one_row_of_its_values() {
    let mut registry = registry([404]);
    let entry = &mut registry.entries[0];
    entry.status = Some(410);
    entry.retryable = true;
    entry.category = Some("Client".into());
    entry.aliases = vec![
        "NOT_FOUND".into(),
        "Missing".into(),
        "E404X".into(),
        "e404".into(),
    ];
    entry.deprecated = Some("Use `Gone`.".into());
    entry.description = "See [the *docs*](https://example.com).".into();
    let code = generate(&registry, &Config::new(), "r.toml");
    let row = "                Entry {
                    variant: ErrorCode::E404,
                    code: 404,
                    name: \"E404\",
                    text: \"T\",
                    description: \"See [the *docs*](https://example.com).\",
                    status: Some(410),
                    retryable: true,
                    category: Some(\"Client\"),
                    url: None,
                    aliases: &[\"NOT_FOUND\", \"Missing\", \"E404X\", \"e404\"],
                    deprecated: Some(\"Use `Gone`.\"),
                    description_text: \"See the docs (https://example.com).\",
                },
";
    assert!(code.contains(row), "{code}");
    // An alias that is a variant name is a deprecated constant; the others (not a variant name,
    // or the name in another case) are looked up only.
    assert!(code.contains("pub const Missing: Self = ErrorCode::E404;"));
    assert!(code.contains("pub const E404X: Self = ErrorCode::E404;"));
    assert!(!code.contains("pub const NOT_FOUND"));
    assert!(!code.contains("pub const e404"));
}

#[test]
fn the_runtime_path_and_enum_name_are_the_configured_ones() {
    let code = generate(
        &registry([1, 2]),
        Config::new()
            .enum_name("ApiError")
            .runtime_crate("::my_errcodes"),
        "r.toml",
    );
    assert!(code.contains("pub enum ApiError {"));
    assert!(code.contains("::my_errcodes::__error_enum!(ApiError: u32);"));
    assert!(!code.contains("::errcodes::"));
    assert!(!code.contains("ErrorCode"));
}
