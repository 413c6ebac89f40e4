//! Each shape of generated code works: codes close together are found in a table, codes far
//! apart in the `phf` map, and every code, name and alias round-trips.

use errcodes::ErrorEnum;
use errcodes_foreign_test::large::LargeError;

#[test]
fn a_large_sparse_registry_looks_every_code_name_and_alias_up() {
    assert_eq!(LargeError::COUNT, 4_200);
    for (i, e) in LargeError::iter().enumerate() {
        let code = 3 + 11 * i as u32;
        assert_eq!(e.code(), code);
        assert_eq!(LargeError::from_code(code), Some(e));
        assert_eq!(LargeError::from_code(code + 1), None);
        assert_eq!(LargeError::from_name(&format!("E{code}")), Some(e));
        assert_eq!(LargeError::from_name(&format!("ERROR_{code}")), Some(e));
        assert_eq!(e.entry().aliases, [format!("ERROR_{code}").as_str()]);
        assert_eq!(e.index(), i);
    }
    assert_eq!(LargeError::from_code(2), None);
    assert_eq!(LargeError::retired(2).map(|r| r.note), Some("Never sent."));
    assert_eq!(LargeError::from_code(u32::MAX), None);
    assert_eq!(
        serde_json::from_str::<LargeError>("14").unwrap(),
        LargeError::from_code(14).unwrap()
    );
}

/// Every integer a lookup can be given, in and around the codes: a table (the seed's codes, 400
/// to 500; gRPC's, 0 to 16) and a `phf` map (the large registry's) answer as a search would.
#[test]
fn every_integer_finds_the_entry_with_that_code_or_none() {
    use errcodes::ErrorCode;
    use errcodes_foreign_test::catalogs::GrpcCode;
    for c in 0..=u16::MAX {
        assert_eq!(
            ErrorCode::from_code(c),
            ErrorCode::iter().find(|e| e.code() == c)
        );
        assert_eq!(
            GrpcCode::from_code(c),
            GrpcCode::iter().find(|e| e.code() == c)
        );
    }
    for c in (0..50_000).chain([u32::MAX - 1, u32::MAX]) {
        let expected = (c % 11 == 3 && c < 3 + 11 * 4_200).then(|| (c - 3) as usize / 11);
        assert_eq!(LargeError::from_code(c).map(LargeError::index), expected);
    }
}
