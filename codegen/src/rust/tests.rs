use super::lookup::Dense;
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
    // Sparser than that: matches.
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
fn discriminants_are_written_only_after_gaps() {
    let code = generated(&[3, 4, 5, 9, 10]);
    for line in [
        "    E3 = 3,\n",
        "    E4, // = 4\n",
        "    E5, // = 5\n",
        "    E9 = 9,\n",
        "    E10, // = 10\n",
    ] {
        assert!(code.contains(line), "{line:?} in\n{code}");
    }
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
