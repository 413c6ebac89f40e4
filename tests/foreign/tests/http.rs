//! The `http` and `problem` features on registries whose codes are not all HTTP statuses (0, 1,
//! 65535, 70000, 4000000000): conversions fail by name instead of inventing a status, and problem
//! details fall back as documented.
#![cfg(all(feature = "http", feature = "problem"))]

use errcodes::NoStatus;
use errcodes::http::StatusCode;
use errcodes::http::header::CONTENT_TYPE;
use errcodes_foreign_test::ErrorCode;
use errcodes_foreign_test::mixed::MixedError;
use errcodes_foreign_test::storage::StorageError;

#[test]
fn codes_that_are_not_statuses_do_not_convert() {
    // No code of either registry is in 100-599, so every conversion fails and names the code.
    for e in ErrorCode::iter() {
        let err = StatusCode::try_from(e).unwrap_err();
        assert_eq!(err, NoStatus(e));
    }
    for e in StorageError::iter() {
        assert_eq!(StatusCode::try_from(e).unwrap_err().0, e);
    }
    assert_eq!(
        StatusCode::try_from(StorageError::DiskFull)
            .unwrap_err()
            .to_string(),
        "DiskFull (70000) of the Storage has no HTTP status"
    );
    assert_eq!(
        StatusCode::try_from(ErrorCode::Zero)
            .unwrap_err()
            .to_string(),
        "Zero (0) of the Acme \"Rocket\" API has no HTTP status"
    );
}

#[test]
fn statuses_that_are_not_codes_are_not_found() {
    for status in [
        StatusCode::OK,
        StatusCode::NOT_FOUND,
        StatusCode::INSUFFICIENT_STORAGE,
    ] {
        assert_eq!(ErrorCode::from_status(status), None);
        assert_eq!(StorageError::from_status(status), None);
    }
    assert!(ErrorCode::iter().all(|e| e.status().is_none()));
}

#[test]
fn classes_are_by_code_and_these_codes_are_in_none() {
    for e in ErrorCode::iter() {
        assert!(!e.is_client_error() && !e.is_server_error(), "{e}");
    }
    for e in StorageError::iter() {
        assert!(!e.is_client_error() && !e.is_server_error(), "{e}");
    }
}

#[test]
fn a_problem_without_a_status_is_served_as_500_and_says_no_status() {
    let problem = StorageError::DiskFull.problem();
    assert_eq!(problem.status(), None);
    assert_eq!(problem.title(), "Disk full");
    assert_eq!(problem.detail(), "No space left.");

    let response = problem.to_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "type": "about:blank",
            "title": "Disk full",
            "detail": "No space left.",
            "code": 70000,
        })
    );
}

#[test]
fn a_problem_with_a_chosen_status_sends_and_says_it() {
    let problem = StorageError::DiskFull
        .problem()
        .with_status(StatusCode::INSUFFICIENT_STORAGE)
        .with_type("https://storage.example/probs/disk-full");
    // The code is a member of its own: an extension may not take its name.
    assert_eq!(
        problem
            .clone()
            .with_extension("code", 1)
            .unwrap_err()
            .name(),
        "code"
    );
    let response = problem.to_response();
    assert_eq!(response.status().as_u16(), 507);
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(body["status"], 507);
    assert_eq!(body["code"], 70000);
    assert_eq!(body["type"], "https://storage.example/probs/disk-full");
}

#[test]
fn escaped_registry_strings_survive_into_the_json() {
    let body = serde_json::to_value(ErrorCode::Option.problem()).unwrap();
    assert_eq!(body["title"], "Optional \"quoted\" text");
    assert_eq!(body["detail"], "Ends with a quote and hash: \"#");
    assert_eq!(body.get("status"), None);
}

#[test]
fn in_a_mixed_registry_statuses_convert_and_the_rest_fail() {
    assert_eq!(
        StatusCode::try_from(MixedError::Missing),
        Ok(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        StatusCode::try_from(MixedError::Unavailable),
        Ok(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(
        StatusCode::try_from(MixedError::Ok),
        Err(NoStatus(MixedError::Ok))
    );
    // `http` accepts 600 as a status; RFC 9110 does not, and neither does errcodes.
    assert!(StatusCode::from_u16(600).is_ok());
    assert_eq!(
        StatusCode::try_from(MixedError::Beyond),
        Err(NoStatus(MixedError::Beyond))
    );
    assert_eq!(
        MixedError::from_status(StatusCode::NOT_FOUND),
        Some(MixedError::Missing)
    );
    assert_eq!(
        MixedError::from_status(StatusCode::SERVICE_UNAVAILABLE),
        Some(MixedError::Unavailable)
    );
    assert_eq!(
        MixedError::from_status(StatusCode::from_u16(600).unwrap()),
        None
    );

    let classes: Vec<_> = MixedError::iter()
        .map(|e| (e.code(), e.is_client_error(), e.is_server_error()))
        .collect();
    assert_eq!(
        classes,
        [
            (0, false, false),
            (404, true, false),
            (503, false, true),
            (600, false, false)
        ]
    );

    assert_eq!(
        MixedError::Missing.problem().status(),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(MixedError::Beyond.problem().status(), None);
    assert_eq!(
        MixedError::Beyond.problem().to_response().status().as_u16(),
        500
    );
}
