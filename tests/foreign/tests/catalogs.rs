//! The public catalogs of `registries/`, compiled into one module: every entry round-trips through
//! every lookup and carries every key its errors.toml gives it, and the retired codes are none.

use std::path::Path;

use errcodes::ErrorEnum;
use errcodes_build::Registry;
use errcodes_foreign_test::catalogs::{Errno, GrpcCode, HttpStatus, OciError, SqlState};

fn model(file: &str) -> Registry {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../registries")
        .join(file);
    Registry::from_path(&path).unwrap_or_else(|report| panic!("{report}"))
}

/// Every entry of the model is the enum's, in order, through every lookup.
fn round_trip<E>(file: &str)
where
    E: ErrorEnum + serde::Serialize + serde::de::DeserializeOwned + schemars::JsonSchema,
{
    let m = model(file);
    // The runtime's schemas are the export's, key for key.
    let code = schemars::schema_for!(E).to_value();
    let mut exported = errcodes_export::json::code_schema(&m, E::REGISTRY.enum_name);
    exported["$schema"] = code["$schema"].clone();
    assert_eq!(code, exported, "{file}: code schema");
    let entry = schemars::schema_for!(errcodes::Entry<E>).to_value();
    let code_ref = format!("#/$defs/{}", E::REGISTRY.enum_name);
    let mut exported = errcodes_export::json::entry_schema(&m, E::REGISTRY.enum_name, &code_ref);
    exported["$schema"] = entry["$schema"].clone();
    exported["$defs"] = entry["$defs"].clone();
    assert_eq!(entry, exported, "{file}: entry schema");
    let registry = E::REGISTRY;
    assert_eq!(registry.entries.len(), m.entries.len(), "{file}");
    assert_eq!(registry.name, m.name);
    for (i, (row, entry)) in registry.entries.iter().zip(&m.entries).enumerate() {
        let (e, code) = (row.variant, entry.code.to_string());
        assert_eq!(e.index(), i, "{file} {code}");
        assert_eq!(registry.entry(e), row);
        assert_eq!(row.code.to_string(), code);
        assert_eq!(registry.from_code(row.code), Some(e), "{file} {code}");
        assert_eq!(row.name, entry.name);
        assert_eq!(row.text, entry.text);
        assert_eq!(row.description, entry.description);
        assert_eq!(
            row.description_text,
            errcodes_build::plain_text(&entry.description)
        );
        assert_eq!(row.status, m.status(entry), "{file} {code}");
        assert_eq!(row.url, m.url(entry).as_deref());
        assert_eq!(row.retryable, entry.retryable);
        assert_eq!(row.category, entry.category.as_deref());
        assert_eq!(row.deprecated, entry.deprecated.as_deref());
        assert_eq!(row.aliases, entry.aliases.as_slice());
        assert_eq!(registry.from_name(&entry.name), Some(e));
        assert_eq!(entry.name.parse::<E>().ok(), Some(e));
        for alias in &entry.aliases {
            assert_eq!(registry.from_name(alias), Some(e), "{file}: alias {alias}");
            assert_eq!(alias.parse::<E>().ok(), Some(e), "{file}: alias {alias}");
        }
        // On the wire: the code, as the registry writes it.
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json, errcodes_export::json::entry_data(&m, entry)["code"]);
        assert_eq!(serde_json::from_value::<E>(json).unwrap(), e);
        assert_eq!(
            serde_json::to_value(row).unwrap(),
            errcodes_export::json::entry_data(&m, entry),
            "{file} {code}"
        );
    }
    assert_eq!(registry.retired.len(), m.retired.len());
    for (retired, r) in registry.retired.iter().zip(&m.retired) {
        assert_eq!(retired.code.to_string(), r.code.to_string());
        assert_eq!(retired.note, r.note);
        assert_eq!(retired.name, r.name.as_deref());
        assert_eq!(
            registry.from_code(retired.code),
            None,
            "{file}: retired {}",
            r.code
        );
        assert_eq!(registry.retired(retired.code), Some(retired));
    }
}

#[test]
fn grpc() {
    round_trip::<GrpcCode>("grpc.toml");
    assert_eq!(GrpcCode::from_code(14), Some(GrpcCode::Unavailable));
    assert_eq!(GrpcCode::Unavailable.status(), Some(503));
    assert!(GrpcCode::Unavailable.entry().retryable);
    assert_eq!(
        GrpcCode::from_name("DEADLINE_EXCEEDED"),
        Some(GrpcCode::DeadlineExceeded)
    );
    // Every symbol of google/rpc/code.proto, as a Google API JSON error carries it
    // (`"status": "UNAVAILABLE"`), whether it differs from the name by its underscores or in
    // case only.
    let symbols = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    for (code, symbol) in (0u16..).zip(symbols) {
        let e = GrpcCode::from_name(symbol);
        assert_eq!(e.map(|e| e.code()), Some(code), "{symbol}");
        assert_eq!(symbol.parse::<GrpcCode>().ok(), e, "{symbol}");
    }
    assert_eq!(
        GrpcCode::from_name("Unavailable"),
        Some(GrpcCode::Unavailable)
    );
    // Another case than the name's or an alias's is not a name: the lookup is exact.
    assert_eq!(GrpcCode::from_name("unavailable"), None);
    // Several codes share a status: from a status, every entry that has it.
    let bad_request: Vec<GrpcCode> = GrpcCode::iter()
        .filter(|e| e.status() == Some(400))
        .collect();
    assert!(bad_request.len() >= 3, "{bad_request:?}");
    assert!(bad_request.contains(&GrpcCode::InvalidArgument));
}

#[test]
fn iana_http() {
    round_trip::<HttpStatus>("iana-http.toml");
    assert_eq!(HttpStatus::from_code(418), None);
    assert!(HttpStatus::retired(418).is_some());
    assert_eq!(
        "PayloadTooLarge".parse::<HttpStatus>(),
        Ok(HttpStatus::ContentTooLarge)
    );
    // The old name is a deprecated constant, so code written against it still compiles.
    #[allow(deprecated)]
    let old = HttpStatus::PayloadTooLarge;
    assert_eq!(old, HttpStatus::ContentTooLarge);
}

#[test]
fn sqlstate() {
    round_trip::<SqlState>("sqlstate.toml");
    assert!(SqlState::iter().count() >= 60);
    assert_eq!(SqlState::from_code("42P01"), Some(SqlState::UndefinedTable));
    assert_eq!(SqlState::UndefinedTable.code(), "42P01");
    assert_eq!(
        SqlState::from_name("undefined_table"),
        Some(SqlState::UndefinedTable)
    );
    assert_eq!(SqlState::UndefinedTable.status(), None);
    // The one-word condition name differs from the variant's name in case only.
    assert_eq!(SqlState::from_name("warning"), Some(SqlState::Warning));
    assert_eq!(SqlState::from_code("99999"), None);
    assert_eq!(
        SqlState::try_from("99999").unwrap_err().to_string(),
        format!("99999 is not a code of the {}", SqlState::REGISTRY.name)
    );
}

#[test]
fn oci_distribution() {
    round_trip::<OciError>("oci-distribution.toml");
    assert_eq!(
        OciError::from_code("BLOB_UNKNOWN"),
        Some(OciError::BlobUnknown)
    );
    assert_eq!(OciError::BlobUnknown.status(), Some(404));
    assert_eq!(
        serde_json::to_string(&OciError::BlobUnknown).unwrap(),
        "\"BLOB_UNKNOWN\""
    );
    // A string registry's codes are strings on the wire; a number is no code of it.
    assert!(serde_json::from_str::<OciError>("404").is_err());
}

#[test]
fn errno() {
    round_trip::<Errno>("errno.toml");
    let again = Errno::from_code(11).unwrap();
    assert_eq!(Errno::from_name("EWOULDBLOCK"), Some(again));
    assert_eq!(Errno::from_name("EAGAIN"), Some(again));
    assert_eq!(again.status(), None, "errno's 11 is no HTTP status");
    assert!(Errno::retired(41).is_some());
    assert_eq!(Errno::from_code(41), None);
}
