//! Any bytes as an errors.toml: the validator, the report renderer and (for a valid registry) the
//! generators, the exports and the diff must not panic, a valid registry must read back from its
//! own TOML unchanged, and it has no change against itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let checked = errcodes_build::check_bytes("fuzz.toml", data);
    let _ = checked.report.render(false);
    let _ = checked.report.render(true);
    if let Some(registry) = checked.registry {
        let code = errcodes_build::Config::new()
            .generate(&registry, "fuzz.toml")
            .expect("a validated registry generates");
        assert!(code.contains("pub enum ErrorCode"));
        let _ = errcodes_export::markdown_page(&registry);
        let _ = errcodes_export::json::json_schema(&registry, "ErrorCode");
        let _ = errcodes_export::json::json_data(&registry);
        // A registry compared with itself has no change.
        let same = errcodes_export::diff::diff_bytes(("old.toml", data), ("new.toml", data))
            .expect("a valid registry diffs");
        assert!(same.changes().is_empty());
        let again = errcodes_build::Registry::from_source("again.toml", &errcodes_export::to_toml(&registry))
            .expect("to_toml reads back");
        assert_eq!(again, registry);
    }
});
