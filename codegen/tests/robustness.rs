//! No input makes the validator or the report renderer panic, however malformed or large.

use errcodes_build::{Config, check_bytes};
use proptest::prelude::*;

fn check_all_the_way(bytes: &[u8]) -> bool {
    let checked = check_bytes("input.toml", bytes);
    let _ = checked.report.render(true);
    let plain = checked.report.to_string();
    if let Some(registry) = &checked.registry {
        Config::new().generate(registry, "input.toml").unwrap();
        assert!(!checked.report.has_errors());
    } else {
        assert!(
            plain.contains("error: input.toml is not a valid registry"),
            "{plain}"
        );
    }
    checked.registry.is_some()
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for input in [
        format!("a = {}{}\n", "[".repeat(200_000), "]".repeat(200_000)),
        format!("a = {}1{}\n", "{b=".repeat(100_000), "}".repeat(100_000)),
        format!("[registry]\nname = \"x\"\n{}b = 1\n", "a.".repeat(100_000)),
    ] {
        assert!(!check_all_the_way(input.as_bytes()));
    }
}

#[test]
fn large_inputs_are_fine() {
    // 20,000 entries, all valid: validated and generated in one go.
    let mut big = String::from("[registry]\nname = \"Big\"\n");
    for i in 0..20_000 {
        big.push_str(&format!(
            "[[error]]\ncode = {i}\nname = \"E{i}\"\ntext = \"Text {i}\"\ndescription = \"{}\"\n",
            "d".repeat(i % 300 + 1)
        ));
    }
    assert!(check_all_the_way(big.as_bytes()));
    // The same with every code duplicated: one located error per duplicate, no blow-up.
    let dup = big.replace("code = 1", "code = 2");
    let checked = check_bytes("input.toml", dup.as_bytes());
    assert!(checked.report.error_count() > 1000);
    // A megabyte of garbage with a stray invalid byte.
    let mut garbage = vec![b'x'; 1 << 20];
    garbage[1 << 19] = 0xff;
    assert!(!check_all_the_way(&garbage));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_all_the_way(&bytes);
    }

    #[test]
    fn mutated_valid_registries(cut in 0usize..560, insert in "[\\x00-\\x7f]{0,8}") {
        let valid = "[registry]\nname = \"A\"\ndescription = \"d\"\nversion = \"1.0.0\"\n\
                     url = \"https://e.com/{code}\"\n\n[[error]]\ncode = 400\n\
                     name = \"BadRequest\"\ntext = \"Bad\"\ndescription = \"Malformed.\"\n\
                     status = 400\nretryable = true\naliases = [\"BAD\", \"Invalid\"]\n\n\
                     [[error]]\ncode = 404\nname = \"NotFound\"\ntext = \"Missing\"\ndescription = \"Gone.\"\n\
                     category = \"c\"\ndeprecated = \"d\"\n\n[[retired]]\ncode = 410\nname = \"Gone\"\nnote = \"n\"\n";
        prop_assert!(check_bytes("valid.toml", valid.as_bytes()).registry.is_some());
        let at = cut.min(valid.len());
        let mutated = format!("{}{insert}{}", &valid[..at], &valid[at..]);
        check_all_the_way(mutated.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn mutated_string_code_registries(cut in 0usize..330, insert in "[\\x00-\\x7f]{0,8}") {
        let valid = "[registry]\nname = \"S\"\ncode_type = \"str\"\nnon_exhaustive = true\n\n\
                     [[error]]\ncode = \"42P01\"\nname = \"UndefinedTable\"\ntext = \"t\"\n\
                     description = \"d\"\naliases = [\"undefined_table\"]\n\n\
                     [[error]]\ncode = \"BLOB_UNKNOWN\"\nname = \"BlobUnknown\"\ntext = \"t\"\n\
                     description = \"d\"\nurl = \"https://e.com/b\"\n\n\
                     [[retired]]\ncode = \"GONE\"\nnote = \"n\"\n";
        prop_assert!(check_bytes("valid.toml", valid.as_bytes()).registry.is_some());
        let at = cut.min(valid.len());
        let mutated = format!("{}{insert}{}", &valid[..at], &valid[at..]);
        check_all_the_way(mutated.as_bytes());
    }
}
