use super::lookup::{Dense, MAX_VARIANT_TABLE};
use super::*;
use crate::model::{CodeType, Entry};

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
fn dense_tables_only_for_large_dense_registries() {
    // Small: matches, whatever the density.
    assert!(Dense::of(&registry(0..63)).is_none());
    assert!(Dense::of(&registry([])).is_none());
    // Large and at most four slots per entry: a table from the smallest code.
    assert!(Dense::of(&registry((0..64).map(|i| 1000 + 4 * i))).is_some());
    assert!(Dense::of(&registry((0..64).rev().map(|i| u32::MAX - i))).is_some());
    // Sparser than that: no table indexed by the code.
    assert!(Dense::of(&registry((0..64).map(|i| 5 * i))).is_none());
}

#[test]
fn dense_tables_place_every_code_at_its_offset() {
    let code = generated(&[7, 5, 9].into_iter().chain(10..71).collect::<Vec<_>>());
    // No table of variants: rustc's const evaluation of one is quadratic in its length.
    assert!(!code.contains("Option<ErrorCode>; "));
    // Positions in table order: 5 is second, 6 missing, 7 first, 8 missing, 9 third.
    assert!(
        code.contains(
            "static INDEX: [u32; 66] = [\n            1, u32::MAX, 0, u32::MAX, 2, 3, 4,"
        ),
        "{code}"
    );
    assert!(code.contains("match code.checked_sub(5) {"));
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
fn large_registries_hold_no_variant_in_a_table() {
    // rustc checks each enum value of a `static` by walking the variants from the first: only
    // registries up to MAX_VARIANT_TABLE entries get a table of variants (quick to look up).
    let big = MAX_VARIANT_TABLE + 1;
    for codes in [
        (0..big as u32).collect(),
        (0..big as u32).map(|i| 7 * i).collect::<Vec<_>>(),
    ] {
        let code = generated(&codes);
        assert!(!code.contains("[ErrorCode;"), "a table of variants");
        assert!(!code.contains("Option<ErrorCode>;"), "a table of variants");
        // The entries are records of bytes, the maps hold positions.
        assert!(!code.contains("Entry {"), "entries as struct literals");
        assert_eq!(code.matches("static RECORDS:").count(), 1);
    }
    let small = generated(&(0..300).collect::<Vec<_>>());
    assert!(small.contains("static VARIANTS: [ErrorCode; 300] = [\n            ErrorCode::E0,\n"));
    assert!(small.contains("::core::option::Option::Some(Self::VARIANT_TABLE[index])"));
}

#[test]
fn from_index_names_every_variant_once_in_chunks_of_256() {
    let n = MAX_VARIANT_TABLE + 300;
    let codes: Vec<u32> = (0..n as u32).collect();
    let code = generated(&codes);
    assert!(code.contains("        match index / 256 {\n"));
    let chunks = n.div_ceil(256);
    for chunk in 0..chunks {
        assert!(code.contains(&format!("const fn from_index_{chunk}(index: usize)")));
    }
    assert!(!code.contains(&format!("from_index_{chunks}(")));
    for i in [0, 255, 256, n - 1] {
        let arm = format!("            {i} => ErrorCode::E{i},\n");
        assert_eq!(code.matches(&arm).count(), 1, "{arm}");
    }
    // By the enum's name: rustc resolves `Self::X` by searching the variants one by one.
    assert!(!code.contains("Some(Self::E"));
}

#[test]
fn sparse_large_registries_search_their_codes_in_order() {
    let codes: Vec<u32> = (0..64).rev().map(|i| 5 * i).collect();
    let code = generated(&codes);
    assert!(
        code.contains("static CODES: [u32; 64] = [\n            0, 5, 10,"),
        "{code}"
    );
    // Code 0 is the last entry, 5 the one before.
    assert!(code.contains("static POSITIONS: [u32; 64] = [\n            63, 62, 61,"));
    assert!(code.contains("__private::sorted_position(Self::SORTED_CODES"));
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
    assert!(code.contains("::my_errcodes::__error_enum!(ApiError: u32, false);"));
    assert!(!code.contains("::errcodes::"));
    assert!(!code.contains("ErrorCode"));
}

/// A sink that keeps each part it is given apart, and fails once it holds `fail_after` parts.
#[derive(Debug)]
struct Parts {
    parts: Vec<String>,
    fail_after: usize,
}

impl Sink for Parts {
    fn put(&mut self, part: &str) -> std::io::Result<()> {
        if self.parts.len() == self.fail_after {
            return Err(std::io::Error::other("disk full"));
        }
        self.parts.push(part.to_owned());
        Ok(())
    }
}

#[test]
fn the_source_is_written_in_order_in_parts_and_a_failed_write_is_returned() {
    let registry = registry((1..=3000).map(|i| i * 3));
    let whole = generate(&registry, &Config::new(), "r.toml");
    let sink = Parts {
        parts: Vec::new(),
        fail_after: usize::MAX,
    };
    let sink = write_source(&registry, &Config::new(), "r.toml", sink).unwrap();
    // The header and enum, the table's start, then its end and the rest: nothing lost, in order.
    assert_eq!(sink.parts.len(), 3);
    assert!(sink.parts[0].starts_with("// @generated by errcodes-build"));
    assert!(
        sink.parts[0].trim_end().ends_with('}'),
        "the enum ends the first part"
    );
    assert!(sink.parts[1].contains("const RECORDS"));
    assert!(sink.parts[2].contains("pub const BY_CODE"));
    assert_eq!(sink.parts.concat(), whole);
    // A write that fails, first or last, is the error of the whole write.
    for fail_after in [0, 1, 2] {
        let sink = Parts {
            parts: Vec::new(),
            fail_after,
        };
        let e = write_source(&registry, &Config::new(), "r.toml", sink).unwrap_err();
        assert_eq!(e.to_string(), "disk full");
    }
}

#[test]
fn each_entry_s_strings_are_one_line_of_the_records() {
    let mut registry = registry([1, 2, 3]);
    // A shared value (stored once, on the line of the first entry that has it) and an entry that
    // adds no string of its own but its text and description.
    registry.entries[0].category = Some("Class A".into());
    registry.entries[1].category = Some("Class A".into());
    registry.entries[2].url = Some("https://example.invalid/3".into());
    let source = generate(&registry, &Config::new(), "r.toml");
    let start = source
        .find("strings: ::core::concat!(\n")
        .expect("the strings")
        + 26;
    let end = start + source[start..].find("\n            ),").expect("their end");
    let lines: Vec<&str> = source[start..end].lines().map(str::trim).collect();
    assert_eq!(
        lines,
        [
            r#""T", "D", "Class A","#,
            r#""T", "D","#,
            r#""T", "D", "https://example.invalid/3","#,
        ]
    );
}
