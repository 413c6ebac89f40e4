//! The registries this crate compiled through `errcodes-build` behave like `errcodes`' own: every
//! entry of the files (read independently through the model) round-trips byte for byte.

use errcodes::ErrorEnum;
use errcodes_build::Registry as Model;
use errcodes_foreign_test::ErrorCode;
use errcodes_foreign_test::storage::{self, StorageError};

fn model(file: &str) -> Model {
    Model::from_path(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn every_entry_round_trips_byte_for_byte() {
    let m = model("errors.toml");
    assert_eq!(ErrorCode::REGISTRY.name, m.name);
    assert_eq!(ErrorCode::REGISTRY.description, m.description);
    assert_eq!(ErrorCode::COUNT, m.entries.len());
    for (e, entry) in ErrorCode::iter().zip(&m.entries) {
        assert_eq!(u32::from(e.code()), entry.code);
        assert_eq!(e.name(), entry.name);
        assert_eq!(e.text().as_bytes(), entry.text.as_bytes());
        assert_eq!(e.description().as_bytes(), entry.description.as_bytes());
        assert_eq!(ErrorCode::from_code(e.code()), Some(e));
        assert_eq!(ErrorCode::from_name(&entry.name), Some(e));
        assert_eq!(entry.name.parse::<ErrorCode>(), Ok(e));
        assert_eq!(ErrorCode::REGISTRY.from_code(e.code()), Some(e));
        assert_eq!(ErrorCode::REGISTRY.from_name(&entry.name), Some(e));
        assert_eq!(e.to_string(), format!("{} {}", entry.code, entry.text));
    }
}

#[test]
fn names_that_shadow_the_prelude_are_ordinary_variants() {
    assert_eq!(ErrorCode::Option.code(), 1);
    assert_eq!(ErrorCode::Some.code(), 2);
    assert_eq!(ErrorCode::None.code(), 3);
    assert_eq!(ErrorCode::Result.code(), u16::MAX);
    assert_eq!(ErrorCode::Zero.code(), 0);
    assert_eq!(ErrorCode::from_code(4), None);
    assert_eq!(
        ErrorCode::try_from(4).unwrap_err().to_string(),
        "4 is not a code of the Acme \"Rocket\" API"
    );
    assert!(
        ErrorCode::None
            .description()
            .contains("\u{0} and a bell \u{7}")
    );
    assert!(
        ErrorCode::Result
            .description()
            .contains("CRLF\r\nand unicode line separator \u{2028} end")
    );
}

#[test]
fn a_u32_registry_with_its_own_enum_name() {
    let m = model("storage.toml");
    assert_eq!(StorageError::COUNT, m.entries.len());
    for (e, entry) in StorageError::iter().zip(&m.entries) {
        let code: u32 = e.code();
        assert_eq!(code, entry.code);
        assert_eq!(StorageError::from_code(code), Some(e));
        assert_eq!(storage::StorageError::REGISTRY.from_code(code), Some(e));
        assert_eq!(storage::StorageError::from_name(e.name()), Some(e));
        assert_eq!(e.text(), entry.text);
    }
    assert_eq!(
        StorageError::from_code(4_000_000_000),
        Some(StorageError::Corrupt)
    );
    assert_eq!(StorageError::from_code(70_001), None);
    assert_eq!(
        StorageError::REGISTRY.from_code(70_000),
        Some(StorageError::DiskFull)
    );
    assert_eq!("Busy".parse::<StorageError>(), Ok(StorageError::Busy));
}

#[test]
fn serde_goes_through_the_reexports() {
    assert_eq!(serde_json::to_string(&ErrorCode::Result).unwrap(), "65535");
    assert_eq!(
        serde_json::from_str::<StorageError>("4000000000").unwrap(),
        StorageError::Corrupt
    );
    let err = serde_json::from_str::<StorageError>("70001")
        .unwrap_err()
        .to_string();
    assert!(err.contains("70001") && err.contains("Storage"), "{err}");
    let info = serde_json::to_value(StorageError::DiskFull.entry()).unwrap();
    assert_eq!(info["code"], 70000);
    assert_eq!(info["text"], "Disk full");
}

#[test]
fn schemas_are_named_after_the_enums() {
    let schema =
        serde_json::to_value(schemars::schema_for!(errcodes::Entry<StorageError>)).unwrap();
    assert_eq!(schema["title"], "StorageErrorInfo");
    assert_eq!(schema["properties"]["code"]["$ref"], "#/$defs/StorageError");
    let consts: Vec<_> = schema["$defs"]["StorageError"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["const"].as_u64().unwrap())
        .collect();
    assert_eq!(consts, [70000, 4_000_000_000, 7]);
}
