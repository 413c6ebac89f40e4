//! The embedded registry against the seed documentation page it was carried over from: every row
//! round-trips through every lookup, and unknown codes and names fail as documented.

use std::collections::HashSet;

use errcodes::{ErrorCode, ErrorEnum, LookupError};

/// The seed page's table rows: (code, text, description), parsed from the Markdown itself.
fn seed_rows() -> Vec<(u16, String, String)> {
    let page = include_str!("data/seed-errors.md");
    let rows: Vec<_> = page
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            let code = cells.first()?.parse::<u16>().ok()?;
            Some((code, cells[1].to_owned(), cells[2].to_owned()))
        })
        .collect();
    assert_eq!(rows.len(), 6, "the seed table has six rows");
    rows
}

#[test]
fn every_seed_row_is_in_the_enum_verbatim() {
    let rows = seed_rows();
    assert_eq!(ErrorCode::COUNT, rows.len());
    for (i, (code, text, description)) in rows.iter().enumerate() {
        let e = ErrorCode::from_code(*code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(e.code(), *code);
        assert_eq!(e as usize, i, "the discriminant is the position");
        assert_eq!(e.text(), text, "text of {code}");
        assert_eq!(e.description(), description, "description of {code}");
        assert_eq!(
            ErrorCode::iter().nth(i).unwrap(),
            e,
            "iter is in table order"
        );
        assert_eq!(e.index(), i);
        assert_eq!(e.to_string(), format!("{code} {text}"));
    }
}

#[test]
fn every_code_round_trips_through_every_lookup() {
    for e in ErrorCode::iter() {
        let name = e.name();
        assert_eq!(ErrorCode::from_name(name), Some(e));
        assert_eq!(name.parse::<ErrorCode>(), Ok(e));
        assert_eq!(ErrorCode::try_from(e.code()), Ok(e));
        assert_eq!(u16::from(e), e.code());
        let entry = e.entry();
        assert_eq!(entry.code, e.code());
        assert_eq!(entry.variant, e);
        assert_eq!(entry.name, name);
        assert_eq!(entry.text, e.text());
        assert_eq!(entry.description, e.description());
        assert_eq!(entry.status, e.status());
        // strum's view agrees with the table.
        assert_eq!(<&'static str>::from(e), name);
        assert_eq!(e.as_ref(), name);
        // The registry, as generic code reads it, agrees with the enum's own lookups.
        let registry = <ErrorCode as ErrorEnum>::REGISTRY;
        assert_eq!(registry.entry(e), entry);
        assert_eq!(registry.from_code(e.code()), Some(e));
        assert_eq!(registry.from_name(name), Some(e));
    }
    assert!(
        ErrorCode::iter()
            .map(ErrorEnum::index)
            .eq(0..ErrorCode::COUNT)
    );
    assert_eq!(ErrorCode::iter().nth(ErrorCode::COUNT), None);
}

#[test]
fn names_are_the_chosen_variants_and_unique() {
    let names: Vec<_> = ErrorCode::iter().map(|e| e.name()).collect();
    assert_eq!(
        names,
        [
            "BadRequest",
            "AccessDenied",
            "Forbidden",
            "NotFound",
            "TooManyRequests",
            "InternalServerError"
        ]
    );
    assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len());
    // 400 and 403 share a text in the source; the names still tell them apart.
    assert_eq!(ErrorCode::BadRequest.text(), ErrorCode::Forbidden.text());
}

#[test]
fn order_and_hash_follow_the_code() {
    let mut sorted = ErrorCode::iter().collect::<Vec<_>>();
    sorted.sort();
    assert!(sorted.windows(2).all(|w| w[0].code() < w[1].code()));
    assert!(ErrorCode::BadRequest < ErrorCode::InternalServerError);
}

#[test]
fn unknown_codes_and_names_are_documented_errors() {
    for code in [0, 1, 200, 402, 405, 499, 501, u16::MAX] {
        assert_eq!(ErrorCode::from_code(code), None, "{code}");
        let err: LookupError = ErrorCode::try_from(code).unwrap_err();
        assert_eq!(err.input(), Some(code.to_string().as_str()));
        assert!(!err.is_name());
        assert_eq!(err.registry(), "Nutcache API");
        assert_eq!(
            err.to_string(),
            format!("{code} is not a code of the Nutcache API")
        );
    }
    assert_eq!(
        <ErrorCode as ErrorEnum>::REGISTRY.find(errcodes::__private::Raw::Int(70_000 + 404)),
        None,
        "no truncation to u16"
    );
    for name in [
        "",
        "notfound",
        "NOTFOUND",
        "Not Found",
        "NotFound ",
        "404",
        "Nöt\"Found",
    ] {
        assert_eq!(ErrorCode::from_name(name), None, "{name:?}");
        let err: LookupError = name.parse::<ErrorCode>().unwrap_err();
        assert_eq!(err.input(), Some(name));
        assert!(err.is_name());
        assert!(
            err.to_string()
                .contains("is not an error name of the Nutcache API")
        );
    }
    assert_eq!(
        "Nöt\"Found".parse::<ErrorCode>().unwrap_err().to_string(),
        "`Nöt\\\"Found` is not an error name of the Nutcache API"
    );
}

#[test]
fn registry_header_comes_from_the_file() {
    assert_eq!(ErrorCode::REGISTRY.name, "Nutcache API");
    let page = include_str!("data/seed-errors.md");
    assert!(page.contains(ErrorCode::REGISTRY.description));
    assert!(
        ErrorCode::REGISTRY
            .description
            .starts_with("API requests that result in errors")
    );
}

#[cfg(feature = "serde")]
mod serde_tests {
    use super::*;

    #[test]
    fn codes_are_integers_on_the_wire() {
        for e in ErrorCode::iter() {
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(json, e.code().to_string());
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), e);
        }
        let in_struct: Vec<ErrorCode> = serde_json::from_str("[404, 429]").unwrap();
        assert_eq!(in_struct, [ErrorCode::NotFound, ErrorCode::TooManyRequests]);
    }

    #[test]
    fn unknown_and_malformed_codes_are_errors_that_say_what() {
        let err = serde_json::from_str::<ErrorCode>("999")
            .unwrap_err()
            .to_string();
        assert!(err.contains("999"), "{err}");
        assert!(err.contains("an error code of the Nutcache API"), "{err}");
        let err = serde_json::from_str::<ErrorCode>("-404")
            .unwrap_err()
            .to_string();
        assert!(err.contains("-404"), "{err}");
        let err = serde_json::from_str::<ErrorCode>("70404")
            .unwrap_err()
            .to_string();
        assert!(err.contains("70404"), "{err}");
        assert!(serde_json::from_str::<ErrorCode>("\"NotFound\"").is_err());
        assert!(serde_json::from_str::<ErrorCode>("404.5").is_err());
    }

    #[test]
    fn entries_are_objects() {
        for e in ErrorCode::iter() {
            let value = serde_json::to_value(e.entry()).unwrap();
            assert_eq!(
                value,
                serde_json::json!({
                    "code": e.code(),
                    "name": e.name(),
                    "text": e.text(),
                    "description": e.description(),
                })
            );
        }
    }
}

#[cfg(feature = "schemars")]
mod schema_tests {
    use super::*;

    #[test]
    fn code_schema_is_a_titled_one_of_integer_consts() {
        let schema = serde_json::to_value(schemars::schema_for!(ErrorCode)).unwrap();
        assert_eq!(schema["title"], "ErrorCode");
        assert!(schema.get("type").is_none());
        let branches = schema["oneOf"].as_array().unwrap();
        // The same codes as an `enum` with their names, for generators that read no `oneOf`.
        let codes: Vec<u16> = ErrorCode::iter().map(|e| e.code()).collect();
        let names: Vec<&str> = ErrorCode::iter().map(|e| e.name()).collect();
        assert_eq!(schema["enum"], serde_json::json!(codes));
        assert_eq!(schema["x-enum-varnames"], serde_json::json!(names));
        assert_eq!(branches.len(), ErrorCode::COUNT);
        for (branch, e) in branches.iter().zip(ErrorCode::iter()) {
            assert_eq!(branch["type"], "integer");
            assert_eq!(branch["const"], e.code());
            assert_eq!(branch["title"], e.name());
            assert!(
                branch["description"]
                    .as_str()
                    .unwrap()
                    .contains(e.description())
            );
        }
    }

    #[test]
    fn entry_schema_refers_to_the_code() {
        let schema =
            serde_json::to_value(schemars::schema_for!(errcodes::Entry<ErrorCode>)).unwrap();
        assert_eq!(schema["title"], "ErrorInfo");
        assert_eq!(schema["properties"]["code"]["$ref"], "#/$defs/ErrorCode");
        assert_eq!(
            schema["$defs"]["ErrorCode"]["oneOf"]
                .as_array()
                .unwrap()
                .len(),
            6
        );
        assert_eq!(schema["additionalProperties"], false);
    }
}
