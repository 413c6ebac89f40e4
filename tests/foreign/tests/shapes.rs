//! Each shape of generated code works: a registry past the size up to which `from_code` is a
//! `match` looks its codes up in the `phf` map, and every code, name and alias round-trips.

use errcodes::ErrorEnum;
use errcodes_foreign_test::large::LargeError;

#[test]
fn a_large_sparse_registry_looks_every_code_name_and_alias_up() {
    assert_eq!(LargeError::COUNT, 4_200);
    for (i, e) in LargeError::iter().enumerate() {
        let code = 3 + 7 * i as u32;
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
        serde_json::from_str::<LargeError>("10").unwrap(),
        LargeError::from_code(10).unwrap()
    );
}
