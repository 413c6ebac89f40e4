//! Scale tests (not timings): the generated registries compile through `errcodes-build` and
//! behave like the embedded one; the 100,000-entry registry is generated, validated and its code
//! parsed in-process (compiling it belongs to the benchmarks, see `BENCHMARKS.md`).

use std::collections::HashSet;

use errcodes::{EnumCount, VariantNames};
use errcodes_build::{CodeType, Config, Registry};

#[path = "../synth.rs"]
#[allow(dead_code)]
mod synth;

#[test]
fn the_generator_is_deterministic_and_valid() {
    for n in [1, 6, 1000] {
        let a = synth::registry(n);
        assert_eq!(a, synth::registry(n), "same registry for the same size");
        assert_eq!(a.entries.len(), n);
        a.validate().unwrap_or_else(|r| panic!("{n} entries: {r}"));
        // What the build script compiles is what the TOML reads back as.
        assert_eq!(Registry::from_source("t.toml", &a.to_toml()).unwrap(), a);
    }
    assert_eq!(synth::registry(10_000).code_type, CodeType::U16);
}

#[test]
fn the_registries_with_every_key_are_deterministic_and_valid() {
    for n in [1, 6, 1000, 10_000] {
        let s = synth::str_registry(n);
        assert_eq!(s, synth::str_registry(n), "same registry for the same size");
        assert_eq!(s.entries.len(), n);
        assert_eq!(s.code_type, CodeType::Str);
        let keys = synth::with_keys(synth::registry(n));
        for r in [&s, &keys] {
            r.validate().unwrap_or_else(|p| panic!("{n} entries: {p}"));
            assert_eq!(Registry::from_source("t.toml", &r.to_toml()).unwrap(), *r);
        }
        for e in &s.entries {
            let code = e.code.as_str().expect("a string code");
            assert!(
                code.len() == 5
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()),
                "{code}"
            );
        }
    }
    // Every optional key is on some entries of the 1,000-entry registries.
    for r in [
        synth::str_registry(1000),
        synth::with_keys(synth::registry(1000)),
    ] {
        let some =
            |f: fn(&errcodes_build::Entry) -> bool| r.entries.iter().filter(|e| f(e)).count();
        assert_eq!(some(|e| e.status.is_some()), 1000);
        assert_eq!(some(|e| e.category.is_some()), 1000);
        assert!(some(|e| e.retryable) > 200);
        assert!(some(|e| e.url.is_some()) > 50);
        assert!(some(|e| !e.aliases.is_empty()) > 200);
        assert!(some(|e| e.aliases.len() > 1) > 100);
        assert!(some(|e| e.deprecated.is_some()) > 50);
        assert!(r.url.is_some() && r.version.is_some());
    }
    // 100,000 string codes fit the classes too (for the build-script benchmark).
    synth::str_registry(100_000)
        .validate()
        .unwrap_or_else(|p| panic!("{p}"));
}

#[test]
fn a_100k_registry_is_generated_validated_and_its_code_parses() {
    let registry = synth::registry(100_000);
    assert_eq!(registry.entries.len(), 100_000);
    assert_eq!(registry.code_type, CodeType::U32, "100,000 codes need u32");
    let source = registry.to_toml();
    let read =
        Registry::from_source("scale_100000.toml", &source).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(read, registry);
    let code = Config::new().generate(&read, "scale_100000.toml").unwrap();
    let file =
        syn::parse_file(&code).unwrap_or_else(|e| panic!("generated code does not parse: {e}"));
    // One enum with every variant in table order, without explicit discriminants (each is the
    // variant's position: rustc evaluates explicit ones pairwise and whenever it reads a value).
    let variants = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == "ErrorCode" => Some(&e.variants),
            _ => None,
        })
        .expect("the enum");
    assert_eq!(variants.len(), 100_000);
    for (v, entry) in variants.iter().zip(&registry.entries) {
        assert_eq!(v.ident, entry.name);
        assert!(v.discriminant.is_none(), "{} has a discriminant", v.ident);
    }
    // No table of variants anywhere: every enum value in a `static` costs rustc a walk of the
    // variants. The variants are named once each, in `from_index`.
    assert!(!code.contains("[ErrorCode;"));
    for entry in registry.entries.iter().step_by(997) {
        let arm = format!(" => ErrorCode::{},\n", entry.name);
        assert_eq!(code.matches(&arm).count(), 1, "{arm}");
    }
    // Nothing is initialised at run time: every item is a type, a static, a const or an impl.
    for item in &file.items {
        assert!(
            matches!(
                item,
                syn::Item::Enum(_)
                    | syn::Item::Static(_)
                    | syn::Item::Impl(_)
                    | syn::Item::Struct(_)
                    | syn::Item::Macro(_)
            ),
            "unexpected item {}",
            quote_kind(item)
        );
    }
    assert!(!code.contains("LazyLock") && !code.contains("OnceLock"));
}

fn quote_kind(item: &syn::Item) -> &'static str {
    match item {
        syn::Item::Fn(_) => "fn",
        syn::Item::Mod(_) => "mod",
        syn::Item::Use(_) => "use",
        _ => "other",
    }
}

/// Every entry of a registry this crate compiled, against the model it was generated from: codes,
/// names, texts and descriptions byte for byte, every lookup, strum's view, and misses.
macro_rules! round_trip {
    ($test:ident, $m:ident, $n:literal) => {
        #[test]
        fn $test() {
            use errcodes_bench::$m::ErrorCode;
            let model = synth::registry($n);
            assert_eq!(ErrorCode::COUNT, $n);
            assert_eq!(<ErrorCode as EnumCount>::COUNT, $n);
            assert_eq!(ErrorCode::REGISTRY_NAME, model.name);
            assert!(ErrorCode::iter().map(ErrorCode::index).eq(0..$n));
            assert!(
                ErrorCode::iter()
                    .rev()
                    .map(ErrorCode::index)
                    .eq((0..$n).rev())
            );
            assert_eq!(ErrorCode::from_index($n), None);
            assert_eq!(ErrorCode::iter().len(), $n);
            for (i, (e, entry)) in ErrorCode::iter().zip(&model.entries).enumerate() {
                assert_eq!(u32::from(e.code()), entry.code);
                assert_eq!(e.index(), i);
                assert_eq!(e.name(), entry.name);
                assert_eq!(e.text().as_bytes(), entry.text.as_bytes());
                assert_eq!(e.description().as_bytes(), entry.description.as_bytes());
                assert_eq!(ErrorCode::from_code(e.code()), Some(e));
                assert_eq!(ErrorCode::from_name(&entry.name), Some(e));
                assert_eq!(entry.name.parse::<ErrorCode>(), Ok(e));
                assert_eq!(ErrorCode::BY_CODE.get(&e.code()), Some(e.entry()));
                assert_eq!(ErrorCode::BY_NAME.get(entry.name.as_str()), Some(e.entry()));
                assert_eq!(<ErrorCode as VariantNames>::VARIANTS[i], entry.name);
                assert_eq!(<&'static str>::from(e), entry.name);
                assert_eq!(e.as_ref(), entry.name);
                assert_eq!(format!("{e:?}"), entry.name);
                assert_eq!(e.to_string(), format!("{} {}", entry.code, entry.text));
            }
            // Misses: every code from 0 to past the last one, and names that are not there.
            let codes: HashSet<u32> = model
                .entries
                .iter()
                .filter_map(|e| e.code.as_int())
                .collect();
            let last = codes.iter().copied().max().unwrap();
            for c in 0..=last + 100 {
                let found = ErrorCode::from_code(c.try_into().unwrap());
                assert_eq!(found.is_some(), codes.contains(&c), "code {c}");
                assert_eq!(
                    ErrorCode::BY_CODE.get(&c.try_into().unwrap()).is_some(),
                    codes.contains(&c)
                );
            }
            let names: Vec<&str> = model.entries.iter().map(|e| e.name.as_str()).collect();
            let known: HashSet<&str> = names.iter().copied().collect();
            let mut hits = 0;
            for key in synth::name_keys(&names, 2000, 7) {
                let hit = known.contains(key.as_str());
                hits += usize::from(hit);
                assert_eq!(ErrorCode::from_name(&key).is_some(), hit, "name {key}");
                assert_eq!(key.parse::<ErrorCode>().is_ok(), hit, "name {key}");
            }
            assert_eq!(hits, 1000, "half of the keys are names of the registry");
        }
    };
}

/// Every entry of a string-code registry this crate compiled, against the model it was generated
/// from: every key byte for byte, every lookup by code, name and alias, and misses.
macro_rules! round_trip_str {
    ($test:ident, $m:ident, $n:literal) => {
        #[test]
        #[allow(deprecated)]
        fn $test() {
            use errcodes_bench::$m::ErrorCode;
            let model = synth::str_registry($n);
            assert_eq!(ErrorCode::COUNT, $n);
            assert_eq!(<ErrorCode as EnumCount>::COUNT, $n);
            assert_eq!(ErrorCode::REGISTRY_NAME, model.name);
            assert!(ErrorCode::iter().map(ErrorCode::index).eq(0..$n));
            assert_eq!(ErrorCode::from_index($n), None);
            for (i, (e, entry)) in ErrorCode::iter().zip(&model.entries).enumerate() {
                let code = entry.code.as_str().unwrap();
                assert_eq!(e.code(), code);
                assert_eq!(e.index(), i);
                assert_eq!(e.name(), entry.name);
                assert_eq!(e.text().as_bytes(), entry.text.as_bytes());
                assert_eq!(e.description().as_bytes(), entry.description.as_bytes());
                assert_eq!(e.status(), model.status(entry));
                assert_eq!(e.status(), entry.status);
                assert_eq!(e.retryable(), entry.retryable);
                assert_eq!(e.category(), entry.category.as_deref());
                assert_eq!(e.url(), model.url(entry).as_deref());
                assert!(e.aliases().iter().eq(entry.aliases.iter()));
                assert_eq!(e.deprecated(), entry.deprecated.as_deref());
                assert_eq!(ErrorCode::from_code(code), Some(e));
                assert_eq!(errcodes_bench::$m::baseline::match_code(code), Some(e));
                assert_eq!(ErrorCode::from_name(&entry.name), Some(e));
                for alias in &entry.aliases {
                    assert_eq!(ErrorCode::from_name(alias), Some(e), "alias {alias}");
                    assert_eq!(alias.parse::<ErrorCode>(), Ok(e), "alias {alias}");
                }
                assert_eq!(entry.name.parse::<ErrorCode>(), Ok(e));
                assert_eq!(ErrorCode::BY_CODE.get(code), Some(e.entry()));
                assert_eq!(ErrorCode::BY_NAME.get(entry.name.as_str()), Some(e.entry()));
                assert_eq!(format!("{e:?}"), entry.name);
            }
            let sorted = &errcodes_bench::$m::baseline::SORTED;
            assert!(sorted.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(
                sorted
                    .iter()
                    .all(|&(c, i)| ErrorCode::from_index(i as usize).unwrap().code() == c)
            );
            // Misses: the benchmark's keys, half of them codes the registry lacks.
            let codes: Vec<&str> = model
                .entries
                .iter()
                .filter_map(|e| e.code.as_str())
                .collect();
            let known: HashSet<&str> = codes.iter().copied().collect();
            let mut hits = 0;
            for key in synth::str_code_keys(&codes, 2000, 3) {
                let hit = known.contains(key.as_str());
                hits += usize::from(hit);
                assert_eq!(ErrorCode::from_code(&key).is_some(), hit, "code {key}");
                assert_eq!(
                    ErrorCode::BY_CODE.get(key.as_str()).is_some(),
                    hit,
                    "code {key}"
                );
                assert_eq!(
                    errcodes_bench::$m::baseline::match_code(&key).is_some(),
                    hit,
                    "code {key}"
                );
            }
            assert_eq!(hits, 1000, "half of the keys are codes of the registry");
        }
    };
}

#[cfg(errcodes_bench_str_6)]
round_trip_str!(a_6_entry_string_registry_round_trips, s6, 6);
#[cfg(errcodes_bench_str_1000)]
round_trip_str!(a_1000_entry_string_registry_round_trips, s1000, 1000);
#[cfg(errcodes_bench_str_10000)]
round_trip_str!(a_10000_entry_string_registry_round_trips, s10000, 10000);

#[cfg(errcodes_bench_1000)]
round_trip!(a_1000_entry_registry_round_trips, n1000, 1000);
#[cfg(errcodes_bench_10000)]
round_trip!(a_10000_entry_registry_round_trips, n10000, 10000);
#[cfg(errcodes_bench_100000)]
round_trip!(a_100000_entry_registry_round_trips, n100000, 100000);
