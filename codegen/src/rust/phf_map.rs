//! The static `phf` maps, written from `phf_generator`'s hash state as `phf_codegen` writes them.

use core::fmt::Write as _;

use super::literal::push_int;

/// A key of a generated `phf::Map`, hashed by `phf` as itself and written as a Rust constant.
pub(crate) trait MapKey: phf_shared::PhfHash {
    /// Appends the key as `phf_shared::FmtConst` writes it.
    fn push_const(&self, w: &mut String);
}

impl MapKey for u16 {
    fn push_const(&self, w: &mut String) {
        push_int(w, u64::from(*self));
    }
}

impl MapKey for u32 {
    fn push_const(&self, w: &mut String) {
        push_int(w, u64::from(*self));
    }
}

impl MapKey for &str {
    fn push_const(&self, w: &mut String) {
        // `FmtConst` writes a string as `Debug` does; a variant name (ASCII letters and digits)
        // needs no escape.
        if self.bytes().all(|b| b.is_ascii_alphanumeric()) {
            w.push('"');
            w.push_str(self);
            w.push('"');
        } else {
            let _ = write!(w, "{self:?}");
        }
    }
}

/// Appends a `phf::Map` expression from each key to the value `value` writes for its `i` (e.g.
/// its entry's position), hashed as
/// the key type itself (a `u16` key must be hashed as `u16`, or run-time lookups would miss): the
/// hash state of `phf_generator` (what `phf_codegen` builds), written out as `phf_codegen` writes
/// it, every line after the first indented by `indent`.
pub(crate) fn write_phf_map<K: MapKey>(
    w: &mut String,
    runtime: &str,
    value: impl Fn(&mut String, usize),
    indent: &str,
    pairs: impl Iterator<Item = (K, usize)>,
) {
    let (keys, values): (Vec<K>, Vec<usize>) = pairs.unzip();
    let state = phf_generator::generate_hash(&keys);
    let _ = write!(
        w,
        "{runtime}::__private::phf::Map {{\n{indent}    key: {:?},\n{indent}    disps: &[",
        state.key
    );
    for &(d1, d2) in &state.disps {
        w.push('\n');
        w.push_str(indent);
        w.push_str("        (");
        push_int(w, d1.into());
        w.push_str(", ");
        push_int(w, d2.into());
        w.push_str("),");
    }
    let _ = write!(w, "\n{indent}    ],\n{indent}    entries: &[");
    for &i in &state.map {
        w.push('\n');
        w.push_str(indent);
        w.push_str("        (");
        keys[i].push_const(w);
        w.push_str(", ");
        value(w, values[i]);
        w.push_str("),");
    }
    let _ = write!(w, "\n{indent}    ],\n{indent}}}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map `phf_codegen` writes for these keys (the reference).
    fn phf_codegen_map<K>(keys: &[K]) -> String
    where
        K: core::hash::Hash + Eq + phf_shared::PhfHash + phf_shared::FmtConst + Clone,
    {
        let mut map = phf_codegen::Map::new();
        map.phf_path("::r::__private::phf");
        for (i, key) in keys.iter().enumerate() {
            map.entry(key.clone(), format!("&ERRCODES_ENTRIES[{i}]"));
        }
        map.build().to_string()
    }

    /// Our map for `keys` equals `phf_codegen`'s, and indented, equals it indented.
    fn assert_same_map<K>(keys: &[K])
    where
        K: MapKey + core::hash::Hash + Eq + phf_shared::FmtConst + Clone,
    {
        let mut out = String::new();
        write_phf_map(
            &mut out,
            "::r",
            |w, i| {
                w.push_str("&ERRCODES_ENTRIES[");
                push_int(w, i as u64);
                w.push(']');
            },
            "",
            keys.iter().cloned().zip(0usize..),
        );
        let reference = phf_codegen_map(keys);
        assert_eq!(out, reference);
        let mut indented = String::new();
        write_phf_map(
            &mut indented,
            "::r",
            |w, i| {
                w.push_str("&ERRCODES_ENTRIES[");
                push_int(w, i as u64);
                w.push(']');
            },
            "  ",
            keys.iter().cloned().zip(0usize..),
        );
        assert_eq!(indented, reference.replace('\n', "\n  "));
    }

    #[test]
    fn phf_maps_are_phf_codegen_maps() {
        for n in [1u32, 2, 5, 64, 1000] {
            let codes: Vec<u32> = (0..n).map(|i| i * 7 + 3).collect();
            assert_same_map(&codes);
            let short: Vec<u16> = codes.iter().map(|&c| c as u16).collect();
            assert_same_map(&short);
            // Variant names, and strings that need escaping (which names never do).
            let names: Vec<String> = (0..n)
                .map(|i| match i % 3 {
                    0 => format!("Name{i}"),
                    1 => format!("q\"{i}\\\n\u{301}é"),
                    _ => format!("x{i}\0"),
                })
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            assert_same_map(&names);
        }
    }
}
