//! Every method a user calls on a generated enum works without importing a trait (no
//! `use errcodes::ErrorEnum` here): the lookups, the accessors, the retired codes.

use errcodes_foreign_test::catalogs::{GrpcCode, HttpStatus};

#[test]
fn the_enum_s_methods_need_no_trait_in_scope() {
    let e = GrpcCode::from_code(14).expect("14 is UNAVAILABLE");
    assert_eq!(GrpcCode::from_name("UNAVAILABLE"), Some(e));
    assert_eq!(e.code(), 14);
    assert_eq!(e.name(), "Unavailable");
    assert_eq!(e.text(), "Unavailable");
    assert!(!e.description().is_empty());
    assert_eq!(e.status(), Some(503));
    assert!(e.is_server_error() && !e.is_client_error());
    assert!(e.entry().retryable);
    assert_eq!(GrpcCode::iter().count(), GrpcCode::COUNT);
    assert_eq!(HttpStatus::retired(418).map(|r| r.code), Some(418));
    assert!(GrpcCode::retired(14).is_none());
}
