//! What the benchmarks stand on (not timings): the synthetic registries are valid tables at every
//! size the harness builds, both generators (errcodes-build and the peer's) accept them, and on
//! every registry the benchmarks measure, errcodes, its baselines and the peer's code give the
//! same answer for every key, hits and misses: each comparison is of equal work.

use std::collections::HashMap;

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

#[path = "../peer.rs"]
#[allow(dead_code)]
mod peer;

/// Keys tried per lookup: half of them misses.
const KEYS: usize = 2000;

#[test]
fn synthetic_registries_are_valid_at_every_size_the_harness_builds() {
    let dir = std::env::temp_dir().join(format!("errcodes-bench-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for kind in [synth::Kind::Int, synth::Kind::Str] {
        for n in [1, 300, 3000, 10_000] {
            let registry = synth::registry(kind, n);
            assert_eq!(
                registry,
                synth::registry(kind, n),
                "the same for the same size"
            );
            assert_eq!(registry.entries.len(), n);
            let toml = registry.to_toml();
            let path = dir.join(format!("{}-{n}.toml", kind.as_str()));
            std::fs::write(&path, &toml).unwrap();
            if let Err(report) = errcodes_build::Registry::from_path(&path) {
                panic!(
                    "{} {n}: errcodes-build rejects it:\n{report}",
                    kind.as_str()
                );
            }
            if let Err(e) = peer::generate(&toml) {
                panic!("{} {n}: the peer rejects it: {e}", kind.as_str());
            }
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
    // Every optional key and retired codes, on the harness's smallest registries already.
    for kind in [synth::Kind::Int, synth::Kind::Str] {
        let r = synth::registry(kind, 300);
        let some = |f: fn(&synth::Entry) -> bool| r.entries.iter().filter(|e| f(e)).count();
        assert!(some(|e| e.retryable) > 50);
        assert!(some(|e| e.url.is_some()) > 20);
        assert!(some(|e| !e.aliases.is_empty()) > 50);
        assert!(some(|e| e.aliases.len() > 1) > 20);
        assert!(some(|e| e.deprecated.is_some()) > 10);
        assert!(r.retired.len() > 3);
        let toml = r.to_toml();
        for key in [
            "status = ",
            "category = ",
            "url = ",
            "version = ",
            "[[retired]]",
        ] {
            assert!(toml.contains(key), "{key}");
        }
    }
}

#[test]
fn toml_strings_are_escaped() {
    assert_eq!(synth::toml_str(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    assert_eq!(synth::toml_str("line\nnext\u{1}"), r#""line\nnext\u0001""#);
    let doc = format!("k = {}", synth::toml_str("`q` \"x\" \\ \t é"));
    let table: toml::Table = doc.parse().unwrap();
    assert_eq!(table["k"].as_str(), Some("`q` \"x\" \\ \t é"));
}

/// Every entry and `KEYS` keys of an integer-code registry: `from_code(c).map(text)` is the
/// baseline's `match_text(c)`, `from_name(k)` finds what the baseline's `HashMap` finds, and the
/// peer's code (`$peer`) answers the same.
macro_rules! agree_int {
    ($test:ident, $m:ident $(, $peer:ident)?) => {
        #[test]
        #[allow(deprecated)]
        fn $test() {
            use errcodes_bench::$m::{baseline, ErrorCode};
            let codes: Vec<u32> = ErrorCode::iter().map(|e| u32::from(e.code())).collect();
            assert_eq!(codes.len(), ErrorCode::COUNT);
            let max = u64::from(baseline::Code::MAX);
            let mut hits = 0;
            for k in synth::code_keys(&codes, max, KEYS, 1) {
                let k = baseline::Code::try_from(k).unwrap();
                let text = ErrorCode::from_code(k).map(|e| e.text());
                hits += usize::from(text.is_some());
                assert_eq!(text, baseline::match_text(k), "code {k}");
                $(
                    let theirs = errcodes_bench::$m::$peer::ErrorCode::from_code(k);
                    assert_eq!(theirs.map(|e| e.text()), text, "peer, code {k}");
                )?
            }
            assert_eq!(hits, KEYS / 2, "half of the keys are codes of the registry");
            $( peer_entries!(ErrorCode, errcodes_bench::$m::$peer::ErrorCode); )?
            names_agree!($m $(, $peer)?);
        }
    };
}

/// The same for a string-code registry.
macro_rules! agree_str {
    ($test:ident, $m:ident $(, $peer:ident)?) => {
        #[test]
        #[allow(deprecated)]
        fn $test() {
            use errcodes_bench::$m::{baseline, ErrorCode};
            let codes: Vec<&str> = ErrorCode::iter().map(|e| e.code()).collect();
            assert_eq!(codes.len(), ErrorCode::COUNT);
            let mut hits = 0;
            for k in synth::str_code_keys(&codes, KEYS, 3) {
                let text = ErrorCode::from_code(&k).map(|e| e.text());
                hits += usize::from(text.is_some());
                assert_eq!(text, baseline::match_text(&k), "code {k}");
                $(
                    let theirs = errcodes_bench::$m::$peer::ErrorCode::from_code(&k);
                    assert_eq!(theirs.map(|e| e.text()), text, "peer, code {k}");
                )?
            }
            assert_eq!(hits, KEYS / 2, "half of the keys are codes of the registry");
            $( peer_entries!(ErrorCode, errcodes_bench::$m::$peer::ErrorCode); )?
            names_agree!($m $(, $peer)?);
        }
    };
}

/// The peer's enum has the entries of errcodes' in the same order, with the same values.
macro_rules! peer_entries {
    ($ours:ty, $theirs:ty) => {
        assert_eq!(<$theirs>::COUNT, <$ours>::COUNT);
        for (e, p) in <$ours>::iter().zip(<$theirs>::iter()) {
            assert_eq!(
                (e.code(), e.name(), e.text(), e.description()),
                (p.code(), p.name(), p.text(), p.description())
            );
        }
    };
}

/// `from_name` on every name and alias and on as many misses: errcodes finds the entry the
/// baseline's `HashMap` finds (and the peer the same).
macro_rules! names_agree {
    ($m:ident $(, $peer:ident)?) => {{
        use errcodes_bench::$m::{baseline, ErrorCode};
        let entries: Vec<ErrorCode> = ErrorCode::iter().collect();
        let map: HashMap<&str, usize> = baseline::NAMES.iter().copied().collect();
        let names: Vec<&str> = baseline::NAMES.iter().map(|&(k, _)| k).collect();
        let mut hits = 0;
        for k in names.iter().map(|k| k.to_string()).chain(synth::name_keys(&names, KEYS, 2)) {
            let found = ErrorCode::from_name(&k);
            hits += usize::from(found.is_some());
            assert_eq!(found, map.get(k.as_str()).map(|&i| entries[i]), "name {k}");
            $(
                let theirs = errcodes_bench::$m::$peer::ErrorCode::from_name(&k);
                assert_eq!(theirs.map(|e| e.name()), found.map(|e| e.name()), "peer, name {k}");
            )?
        }
        assert_eq!(hits, names.len() + KEYS / 2, "every name and alias, and half of the keys");
    }};
}

agree_int!(the_seed_agrees_with_its_baselines, seed);
agree_int!(
    int_262_agrees_with_its_baselines_and_the_peer,
    int_262,
    peer
);
agree_int!(int_3000_agrees_with_its_baselines, int_3000);
agree_str!(
    sqlstate_agrees_with_its_baselines_and_the_peer,
    str_262,
    peer
);
agree_str!(str_3000_agrees_with_its_baselines, str_3000);
