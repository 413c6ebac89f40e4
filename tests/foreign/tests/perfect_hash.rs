//! The perfect hash is written twice: in `errcodes-build`, which builds the tables, and in the
//! runtime, which looks keys up in them (neither crate can depend on the other). Here both are
//! checked against each other: the same hash of every input, and tables built by the one that
//! the other finds every key in.

use errcodes::__private::PerfectHash;
use errcodes_build::__private::{build, hash};

/// SplitMix64: the same inputs on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    /// A string of 0 to `max` characters, some of them not ASCII.
    fn string(&mut self, max: u64) -> String {
        let len = self.below(max + 1);
        (0..len)
            .map(|_| match self.below(16) {
                0 => 'é',
                1 => 'ß',
                2 => '🚀',
                3 => '\0',
                _ => char::from(b' ' + self.below(95) as u8),
            })
            .collect()
    }
}

fn assert_same_hash(seed: u64, bytes: &[u8]) {
    assert_eq!(
        PerfectHash::hash(seed, bytes),
        hash(seed, bytes),
        "seed {seed:#x}, {bytes:?}"
    );
}

#[test]
fn both_copies_of_the_hash_agree() {
    let mut rng = Rng(0xfeed);
    let seeds = [
        0,
        1,
        u64::MAX,
        0x243f_6a88_85a3_08d3,
        rng.next(),
        rng.next(),
    ];
    for seed in seeds {
        // Every length from 0 to 64 (each of the hash's paths and their edges), random bytes and
        // runs of one byte value.
        for len in 0..=64 {
            for _ in 0..20 {
                assert_same_hash(seed, &rng.bytes(len));
            }
            for b in [0x00, 0x20, 0x7f, 0x80, 0xff] {
                assert_same_hash(seed, &vec![b; len]);
            }
        }
        // Longer keys, and strings with non-ASCII characters.
        for _ in 0..200 {
            let len = rng.below(300) as usize;
            assert_same_hash(seed, &rng.bytes(len));
            assert_same_hash(seed, rng.string(40).as_bytes());
        }
        for s in [
            "",
            "é",
            "🚀",
            "NotFound",
            "not_found",
            "42P01",
            "Ωmega-é-🚀-long name",
        ] {
            assert_same_hash(seed, s.as_bytes());
        }
    }
    for _ in 0..10_000 {
        let len = rng.below(65) as usize;
        assert_same_hash(rng.next(), &rng.bytes(len));
    }
}

/// The builder's tables, as the generated code holds them, for the runtime.
fn runtime_tables(keys: &[&str]) -> (PerfectHash, &'static [&'static str]) {
    let params = build(keys);
    let keys: Vec<&'static str> = keys
        .iter()
        .map(|k| &*Box::leak(k.to_string().into_boxed_str()))
        .collect();
    let table = PerfectHash {
        seed: params.seed,
        pilots: Box::leak(params.pilots.into_boxed_slice()),
        slots: Box::leak(params.slots.into_boxed_slice()),
    };
    (table, Box::leak(keys.into_boxed_slice()))
}

fn assert_finds_exactly(keys: &[&str], rng: &mut Rng) {
    let (table, leaked) = runtime_tables(keys);
    for (i, key) in keys.iter().enumerate() {
        assert_eq!(
            table.find(key, leaked.len(), |i| leaked[i].as_bytes()),
            Some(i),
            "{key:?} of {}",
            keys.len()
        );
    }
    let set: std::collections::HashSet<&str> = keys.iter().copied().collect();
    for key in keys.iter().take(300) {
        let misses = [
            format!("{key}x"),
            format!("x{key}"),
            key.to_lowercase(),
            key.chars().skip(1).collect(),
            rng.string(30),
        ];
        for miss in &misses {
            if !set.contains(miss.as_str()) {
                assert_eq!(
                    table.find(miss, leaked.len(), |i| leaked[i].as_bytes()),
                    None,
                    "{miss:?}"
                );
            }
        }
    }
}

#[test]
fn the_runtime_finds_every_key_the_builder_placed() {
    let mut rng = Rng(42);
    for n in (0..=40).chain([100, 257, 1000, 20_000]) {
        let mut seen = std::collections::HashSet::new();
        let mut keys = Vec::new();
        while keys.len() < n {
            let key = rng.string(40);
            if seen.insert(key.clone()) {
                keys.push(key);
            }
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert_finds_exactly(&keys, &mut rng);
    }
    // Names and codes shaped like a registry's.
    let names: Vec<String> = (0..5000)
        .flat_map(|i| [format!("QuotaExpired{i}"), format!("quota_expired_{i}")])
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_finds_exactly(&names, &mut rng);
}

/// The generated lookups (through the perfect hashes) agree with the `phf` maps on every name,
/// alias and string code of the catalogs, and miss what the maps miss.
#[test]
fn generated_lookups_agree_with_the_phf_maps() {
    use errcodes_foreign_test::catalogs::{Errno, GrpcCode, HttpStatus, OciError, SqlState};
    use errcodes_foreign_test::storage::StorageError;

    macro_rules! names {
        ($($E:ident),*) => {$(
            let mut keys = 0;
            for e in $E::iter() {
                for key in std::iter::once(e.name()).chain(e.aliases().iter().copied()) {
                    assert_eq!($E::from_name(key), Some(e), "{key}");
                    assert_eq!(key.parse::<$E>(), Ok(e), "{key}");
                    assert_eq!($E::BY_NAME.get(key).map(|x| x.variant()), Some(e));
                    for miss in [format!("{key}x"), key.to_uppercase(), key.chars().skip(1).collect()] {
                        assert_eq!($E::from_name(&miss), $E::BY_NAME.get(&*miss).map(|x| x.variant()), "{miss}");
                    }
                    keys += 1;
                }
            }
            assert_eq!(keys, $E::BY_NAME.len(), stringify!($E));
            assert_eq!($E::from_name(""), None);
        )*};
    }
    names!(
        Errno,
        GrpcCode,
        HttpStatus,
        OciError,
        SqlState,
        StorageError
    );

    macro_rules! codes {
        ($($E:ident),*) => {$(
            for e in $E::iter() {
                let code = e.code();
                assert_eq!($E::from_code(code), Some(e), "{code}");
                for miss in [format!("{code}0"), code.to_lowercase(), code.chars().skip(1).collect()] {
                    assert_eq!($E::from_code(&miss), $E::BY_CODE.get(&*miss).map(|x| x.variant()), "{miss}");
                }
            }
            assert_eq!($E::from_code(""), None);
        )*};
    }
    codes!(OciError, SqlState);
}
