//! The registry format of the catalogs (issue 12): every key read into the model, defaults for the
//! ones left out, the helpers that derive a status and a link, and TOML written back that reads as
//! the same registry.

use errcodes_build::{Code, CodeType, Entry, Registry, Retired};
use proptest::prelude::*;

const OCI: &str = r#"
[registry]
name = "OCI Distribution"
description = "Errors of the registry API."
code_type = "str"
version = "1.1.0"
url = "https://docs.example.com/errors#{code}"
non_exhaustive = true

[[error]]
code = "BLOB_UNKNOWN"
name = "BlobUnknown"
text = "blob unknown to registry"
description = "The blob is not in the repository."
status = 404
retryable = true
category = "Blob"
aliases = ["BLOB_MISSING", "NoSuchBlob"]
deprecated = "Use `ManifestUnknown`."

[[error]]
code = "MANIFEST_UNKNOWN"
name = "ManifestUnknown"
text = "manifest unknown"
description = "The manifest is not in the repository."
url = "https://docs.example.com/manifests"

[[retired]]
code = "BLOB_GONE"
name = "BlobGone"
note = "Removed in 1.0."

[[retired]]
code = "TAG_GONE"
note = "Never sent."
"#;

fn oci() -> Registry {
    Registry::from_source("oci.toml", OCI).unwrap()
}

#[test]
fn every_key_is_read() {
    let want = Registry {
        name: "OCI Distribution".into(),
        description: "Errors of the registry API.".into(),
        code_type: CodeType::Str,
        version: Some("1.1.0".into()),
        url: Some("https://docs.example.com/errors#{code}".into()),
        non_exhaustive: true,
        entries: vec![
            Entry {
                code: "BLOB_UNKNOWN".into(),
                name: "BlobUnknown".into(),
                text: "blob unknown to registry".into(),
                description: "The blob is not in the repository.".into(),
                status: Some(404),
                retryable: true,
                category: Some("Blob".into()),
                url: None,
                aliases: vec!["BLOB_MISSING".into(), "NoSuchBlob".into()],
                deprecated: Some("Use `ManifestUnknown`.".into()),
            },
            Entry {
                code: "MANIFEST_UNKNOWN".into(),
                name: "ManifestUnknown".into(),
                text: "manifest unknown".into(),
                description: "The manifest is not in the repository.".into(),
                url: Some("https://docs.example.com/manifests".into()),
                ..Entry::default()
            },
        ],
        retired: vec![
            Retired {
                code: "BLOB_GONE".into(),
                name: Some("BlobGone".into()),
                note: "Removed in 1.0.".into(),
            },
            Retired {
                code: "TAG_GONE".into(),
                name: None,
                note: "Never sent.".into(),
            },
        ],
    };
    assert_eq!(oci(), want);
    assert!(want.validate().is_ok());
}

#[test]
fn the_registries_of_today_read_with_the_defaults() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml");
    let registry = Registry::from_path(root).unwrap();
    assert_eq!(registry.code_type, CodeType::U16);
    // errors.toml says only that Nutcache may add codes (`non_exhaustive`); the rest is defaults.
    assert_eq!(
        (&registry.version, &registry.url, registry.non_exhaustive),
        (&None, &None, true)
    );
    assert!(registry.retired.is_empty());
    for e in &registry.entries {
        assert!(matches!(e.code, Code::Int(_)));
        assert_eq!((e.status, e.retryable), (None, false));
        assert_eq!((&e.category, &e.url, &e.deprecated), (&None, &None, &None));
        assert!(e.aliases.is_empty());
        // Every code of the seed is an HTTP status, so each entry's status is its code.
        assert_eq!(registry.status(e).map(u32::from), e.code.as_int());
    }
    // Written back, the seed has no key it did not have.
    let written = errcodes_export::to_toml(&registry);
    assert!(written.contains("\nnon_exhaustive = true"));
    for key in [
        "status",
        "retryable",
        "aliases",
        "[[retired]]",
        "version",
        "url",
    ] {
        assert!(!written.contains(&format!("\n{key}")), "{key}");
    }
    assert_eq!(Registry::from_source("again", &written).unwrap(), registry);
}

#[test]
fn status_is_written_or_the_code_of_an_http_table() {
    let http = Registry::from_source(
        "h.toml",
        "[registry]\nname='H'\n[[error]]\ncode=404\nname='NotFound'\ntext='T'\ndescription='D'\n\
         [[error]]\ncode=499\nname='Closed'\ntext='T'\ndescription='D'\nstatus=400\n",
    )
    .unwrap();
    assert_eq!(http.status(&http.entries[0]), Some(404));
    assert_eq!(http.status(&http.entries[1]), Some(400));
    // errno's 104 is no HTTP status: one code outside 100-599 and no code is a status.
    let errno = Registry::from_source(
        "e.toml",
        "[registry]\nname='E'\n[[error]]\ncode=104\nname='Econnreset'\ntext='T'\ndescription='D'\n\
         [[error]]\ncode=11\nname='Eagain'\ntext='T'\ndescription='D'\nstatus=503\n",
    )
    .unwrap();
    assert_eq!(errno.status(&errno.entries[0]), None);
    assert_eq!(errno.status(&errno.entries[1]), Some(503));
    let oci = oci();
    assert_eq!(oci.status(&oci.entries[0]), Some(404));
    assert_eq!(oci.status(&oci.entries[1]), None);
}

#[test]
fn links_come_from_the_entry_or_the_filled_template() {
    let oci = oci();
    assert_eq!(
        oci.url(&oci.entries[0]).as_deref(),
        Some("https://docs.example.com/errors#BLOB_UNKNOWN")
    );
    assert_eq!(
        oci.url(&oci.entries[1]).as_deref(),
        Some("https://docs.example.com/manifests")
    );
    // A code with characters a URL does not hold as they are is percent-encoded.
    let mut odd = oci.clone();
    odd.entries[0].code = "A/B#C%".into();
    assert_eq!(
        odd.url(&odd.entries[0]).as_deref(),
        Some("https://docs.example.com/errors#A%2FB%23C%25")
    );
    odd.url = None;
    assert_eq!(odd.url(&odd.entries[0]), None);
}

#[test]
fn lookups_by_code_name_alias_and_retired_code() {
    let oci = oci();
    let blob = Code::from("BLOB_UNKNOWN");
    assert_eq!(oci.by_code(&blob).unwrap().name, "BlobUnknown");
    assert!(oci.by_code(&Code::Int(404)).is_none());
    assert_eq!(
        oci.by_name_or_alias("NoSuchBlob").unwrap().code,
        "BLOB_UNKNOWN"
    );
    assert!(oci.by_name("NoSuchBlob").is_none());
    assert!(oci.by_name_or_alias("nosuchblob").is_none());
    assert_eq!(
        oci.is_retired(&"BLOB_GONE".into()).unwrap().name.as_deref(),
        Some("BlobGone")
    );
    assert!(oci.is_retired(&blob).is_none());
    // A name wins over an alias that spells the same.
    let mut both = oci.clone();
    both.entries[1].aliases = vec!["BlobUnknown".into()];
    assert_eq!(
        both.by_name_or_alias("BlobUnknown").unwrap().code,
        "BLOB_UNKNOWN"
    );
}

#[test]
fn the_rich_registry_round_trips() {
    let oci = oci();
    let written = errcodes_export::to_toml(&oci);
    assert!(
        written.contains("aliases = [\"BLOB_MISSING\", \"NoSuchBlob\"]"),
        "{written}"
    );
    assert!(
        written.contains("[[retired]]\ncode = \"BLOB_GONE\""),
        "{written}"
    );
    assert_eq!(Registry::from_source("again", &written).unwrap(), oci);
}

/// Text that TOML must escape, and that the rules accept.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 '\"\\\\\u{e9}\u{1F600}.]{1,12}".prop_filter("not blank", |s| !s.trim().is_empty())
}

fn entry(i: usize, code: Code) -> impl Strategy<Value = Entry> {
    (
        (
            text(),
            text(),
            prop::option::of(100u16..=599),
            any::<bool>(),
        ),
        (
            prop::option::of(text()),
            prop::option::of(Just(format!("https://docs.example.com/e/{i}"))),
            prop::collection::vec(Just(()), 0..3),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            move |(
                (text, description, status, retryable),
                (category, url, aliases, deprecated),
            )| {
                Entry {
                    code: code.clone(),
                    name: format!("E{i}"),
                    text: text.trim().to_owned(),
                    description,
                    status,
                    retryable,
                    category,
                    url,
                    aliases: (0..aliases.len()).map(|j| format!("OLD_{i}_{j}")).collect(),
                    deprecated,
                }
            },
        )
}

fn registry() -> impl Strategy<Value = Registry> {
    (any::<bool>(), 1usize..5, 0usize..3, text(), any::<bool>()).prop_flat_map(
        |(strings, n, retired, description, non_exhaustive)| {
            let code = move |i: usize| {
                if strings {
                    Code::Str(format!("CODE_{i}"))
                } else {
                    Code::Int(i as u32 * 3)
                }
            };
            let entries: Vec<_> = (0..n).map(|i| entry(i, code(i))).collect();
            let retired: Vec<_> = (n..n + retired)
                .map(|i| Retired {
                    code: code(i),
                    name: (i % 2 == 0).then(|| format!("Gone{i}")),
                    note: "Retired.".into(),
                })
                .collect();
            (entries, Just(retired)).prop_map(move |(entries, retired)| Registry {
                name: "Generated".into(),
                description: description.clone(),
                code_type: if strings {
                    CodeType::Str
                } else {
                    CodeType::U16
                },
                version: Some("1.0.0-rc.1".into()),
                url: Some("https://docs.example.com/{name}/{code}".into()),
                non_exhaustive,
                entries,
                retired,
            })
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_valid_registry_round_trips(registry in registry()) {
        prop_assert!(registry.validate().is_ok(), "{}", registry.validate().unwrap_err());
        let written = errcodes_export::to_toml(&registry);
        match Registry::from_source("again.toml", &written) {
            Ok(again) => prop_assert_eq!(again, registry, "{}", written),
            Err(report) => prop_assert!(false, "{}\n{}", written, report),
        }
    }
}
