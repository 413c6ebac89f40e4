//! The embedded registry and the `http` crate: every code is a status, so the conversion is `From`.
#![cfg(feature = "http")]

use errcodes::ErrorCode;
use errcodes::http::StatusCode;

#[test]
fn every_code_is_its_status_and_back() {
    for e in ErrorCode::iter() {
        // `From`, not `TryFrom`: every code of the Nutcache registry is an HTTP status.
        let status = StatusCode::from(e);
        assert_eq!(status.as_u16(), e.code());
        assert_eq!(ErrorCode::from_status(status), Some(e));
        // The blanket `TryFrom` that `From` brings cannot fail (the point of this line).
        #[allow(clippy::unnecessary_fallible_conversions)]
        let infallible: Result<StatusCode, core::convert::Infallible> = StatusCode::try_from(e);
        assert_eq!(infallible, Ok(status));
        // The canonical reason of the status and the registry's text are different things.
        assert!(status.canonical_reason().is_some());
    }
}

#[test]
fn every_status_maps_to_its_entry_or_to_nothing() {
    for n in 100..=999 {
        let status = StatusCode::from_u16(n).unwrap();
        assert_eq!(ErrorCode::from_status(status), ErrorCode::from_code(n));
    }
}

#[test]
fn classes_follow_the_status_classes() {
    for e in ErrorCode::iter() {
        let status = StatusCode::from(e);
        assert_eq!(e.is_client_error(), status.is_client_error(), "{e}");
        assert_eq!(e.is_server_error(), status.is_server_error(), "{e}");
    }
    assert!(ErrorCode::TooManyRequests.is_client_error());
    assert!(ErrorCode::InternalServerError.is_server_error());
    // `const`: usable where a constant is needed.
    const CLASSES: [bool; 2] = [
        ErrorCode::InternalServerError.is_server_error(),
        ErrorCode::InternalServerError.is_client_error(),
    ];
    assert_eq!(CLASSES, [true, false]);
}
