//! Registries evolve: a client built against an old table reads a new server's codes, keeps the
//! ones it does not know whole, and writes them back byte for byte.

use errcodes::problem::Received;
use errcodes::{Code, Unknown};
use errcodes_foreign_test::catalogs::OciError;
use errcodes_foreign_test::{client_v1, server_v2};
use serde::{Deserialize, Serialize};

/// A client's response type, holding codes of its (old) registry.
#[derive(Debug, Serialize, Deserialize)]
struct Failures<C> {
    errors: Vec<C>,
    first: C,
}

#[test]
fn a_client_built_against_v1_reads_a_v2_server_s_codes() {
    // The server serialises its own (v2) codes.
    let sent = Failures {
        errors: server_v2::ErrorCode::iter().collect::<Vec<_>>(),
        first: server_v2::ErrorCode::Teapot,
    };
    let body = serde_json::to_string(&sent).unwrap();
    assert_eq!(body, r#"{"errors":[402,404,418,429],"first":418}"#);

    // The strict v1 enum cannot read it: 418 is no code of v1.
    let strict = serde_json::from_str::<Failures<client_v1::ErrorCode>>(&body);
    assert!(strict.unwrap_err().to_string().contains("418"));

    // `Code<E>` reads all of it, keeps the unknown codes, and writes the body back unchanged.
    let read: Failures<Code<client_v1::ErrorCode>> = serde_json::from_str(&body).unwrap();
    let known: Vec<_> = read.errors.iter().map(Code::known).collect();
    assert_eq!(
        known,
        [
            Some(client_v1::ErrorCode::PaymentRequired),
            Some(client_v1::ErrorCode::NotFound),
            None,
            None
        ]
    );
    assert_eq!(read.first, Code::Unknown(Unknown::Int(418)));
    assert_eq!(
        read.first.to_string(),
        "418 (unknown code of the Acme Payments API)"
    );
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
    // Ordered and hashed like the raw code: known and unknown sort among each other.
    let mut sorted = read.errors.clone();
    sorted.reverse();
    sorted.sort();
    assert_eq!(sorted, read.errors);
    assert_eq!(
        Code::from(client_v1::ErrorCode::NotFound),
        Code::Unknown(Unknown::Int(404))
    );
}

#[test]
fn string_codes_are_kept_whole_too() {
    let body = r#"["BLOB_UNKNOWN","BLOB_GONE_SOMEWHERE","DENIED"]"#;
    let read: Vec<Code<OciError>> = serde_json::from_str(body).unwrap();
    assert_eq!(read[0].known(), Some(OciError::BlobUnknown));
    assert_eq!(
        read[1],
        Code::Unknown(Unknown::Str("BLOB_GONE_SOMEWHERE".into()))
    );
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
    // A string registry's codes are strings: a number is refused, with what was expected.
    let err = serde_json::from_str::<Code<OciError>>("404").unwrap_err();
    assert!(err.to_string().contains("a string"), "{err}");
}

#[test]
fn a_problem_from_a_newer_server_is_read_with_its_unknown_code_and_extensions() {
    let sent = server_v2::ErrorCode::Teapot
        .problem()
        .with_instance("/payments/7")
        .with_extension("retry_after", 30)
        .unwrap();
    let body = serde_json::to_value(&sent).unwrap();
    assert_eq!(body["code"], 418);

    let read: Received<client_v1::ErrorCode> = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(read.code(), Some(&Code::Unknown(Unknown::Int(418))));
    assert_eq!(read.title(), Some("I'm a teapot"));
    assert_eq!(read.status(), Some(418));
    assert_eq!(read.instance(), Some("/payments/7"));
    assert_eq!(read.extensions()["retry_after"], 30);
    assert_eq!(serde_json::to_value(&read).unwrap(), body);

    let known = server_v2::ErrorCode::NotFound.problem();
    let read: Received<client_v1::ErrorCode> =
        serde_json::from_value(serde_json::to_value(&known).unwrap()).unwrap();
    assert_eq!(
        read.code().and_then(Code::known),
        Some(client_v1::ErrorCode::NotFound)
    );
}
