//! The lookup behind `from_name` (and `FromStr`) and a string registry's `from_code`: a perfect
//! hash of the registry's keys, built by `errcodes-build` (its `src/perfect_hash.rs` says how) and
//! held by the generated code as two integer tables. A lookup hashes the key once, reads one
//! pilot and one slot, and compares one string: no allocation, no `std`.

/// A perfect hash of a registry's keys: the generated code's `NAME_HASH` and `CODE_HASH`. Not for
/// use by hand (its shape may change between versions).
#[doc(hidden)]
#[derive(Debug)]
pub struct PerfectHash {
    /// The seed of the keys' hash.
    pub seed: u64,
    /// Each bucket's pilot, by bucket.
    pub pilots: &'static [u16],
    /// The index of the key in each slot, by slot (`0` in a slot no key hashes to).
    pub slots: &'static [u32],
}

impl PerfectHash {
    /// The index of `key` among the `count` keys the tables were built from, each given (as
    /// bytes) by `key_at(index)`, or `None` when it is not one of them. O(1): one hash of `key`, two table
    /// reads and one string comparison, as quick for a miss as for a hit.
    #[inline]
    pub fn find<'k>(
        &self,
        key: &str,
        count: usize,
        key_at: impl FnOnce(usize) -> &'k [u8],
    ) -> Option<usize> {
        let h = hash(self.seed, key.as_bytes());
        let pilot = *self.pilots.get(bucket(h, self.pilots.len()))?;
        let index = *self.slots.get(slot(h, pilot, self.slots.len()))? as usize;
        if index < count && same(key_at(index), key.as_bytes()) {
            Some(index)
        } else {
            None
        }
    }

    /// The 64-bit hash of `bytes` with `seed`, as the tables were built with.
    #[inline]
    pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
        hash(seed, bytes)
    }
}

// The hash, the bucket and the slot of a key are written twice: here, where keys are looked up,
// and in `errcodes-build` (`codegen/src/perfect_hash.rs`), where the tables are built. `errcodes`
// build-depends on `errcodes-build`, so neither can use the other's. The two must agree bit for
// bit: `tests/foreign/tests/perfect_hash.rs` checks them against each other.

/// 64-bit constants of the hash (wyhash's).
const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;
/// The odd multipliers that spread a pilot over 64 bits and mix it into a key's hash.
const PILOT_MIX: u64 = 0x9e37_79b9_7f4a_7c15;
const SLOT_MIX: u64 = 0xbf58_476d_1ce4_e5b9;

/// The 128-bit product of `a` and `b`, its halves folded by xor.
#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// `h` scaled to `0..n` (Lemire's multiply-shift: the high 64 bits of `h * n`).
#[inline(always)]
fn reduce(h: u64, n: usize) -> usize {
    ((u128::from(h) * n as u128) >> 64) as usize
}

/// The little-endian `u64` of 8 bytes.
#[inline(always)]
fn word(bytes: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*bytes)
}

/// The little-endian `u32` of 4 bytes, widened.
#[inline(always)]
fn half_word(bytes: &[u8; 4]) -> u64 {
    u64::from(u32::from_le_bytes(*bytes))
}

/// The two little-endian `u64`s of 16 bytes.
#[inline(always)]
fn words(bytes: &[u8; 16]) -> (u64, u64) {
    let v = u128::from_le_bytes(*bytes);
    (v as u64, (v >> 64) as u64)
}

/// The 64-bit hash of `bytes` with `seed`: wyhash's scheme (each 16 bytes but the last folded into
/// the state by one 64x64→128-bit multiply; the last 16, or for a shorter key its first and last 8
/// or 4 bytes, read as overlapping words; the length mixed in). The same value on every platform.
#[inline]
fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut state = seed;
    let (a, b) = if let Some(last) = bytes.last_chunk::<16>() {
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<16>()
            && !tail.is_empty()
        {
            let (x, y) = words(chunk);
            state = fold(x ^ K1, y ^ state);
            rest = tail;
        }
        words(last)
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (word(first), word(last))
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (half_word(first), half_word(last))
    } else if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
        let middle = bytes.get(len / 2).copied().unwrap_or(0);
        (
            u64::from(first) << 16 | u64::from(middle) << 8 | u64::from(last),
            0,
        )
    } else {
        (0, 0)
    };
    let p = u128::from(a ^ K1) * u128::from(b ^ state);
    fold((p as u64) ^ K0 ^ len as u64, ((p >> 64) as u64) ^ K1)
}

/// The bucket of a key of hash `h`, of `buckets`.
#[inline(always)]
fn bucket(h: u64, buckets: usize) -> usize {
    reduce(h, buckets)
}

/// The slot of a key of hash `h` in a bucket of pilot `pilot`, of `slots`.
#[inline(always)]
fn slot(h: u64, pilot: u16, slots: usize) -> usize {
    reduce(
        (h ^ u64::from(pilot).wrapping_mul(PILOT_MIX)).wrapping_mul(SLOT_MIX),
        slots,
    )
}

/// Whether `a` and `b` are the same bytes: the lengths, then 8 bytes at a time (the last 8
/// overlapping the others), or for keys of 4 to 7 bytes two overlapping halves of a word, as the
/// hash read them: no call of `memcmp` for a name or a code.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if let (Some(a_last), Some(b_last)) = (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        let (mut x, mut y) = (a, b);
        while let (Some((x0, x_rest)), Some((y0, y_rest))) =
            (x.split_first_chunk::<8>(), y.split_first_chunk::<8>())
        {
            if x0 != y0 {
                return false;
            }
            (x, y) = (x_rest, y_rest);
        }
        return a_last == b_last;
    }
    if let (Some(a0), Some(a1), Some(b0), Some(b1)) = (
        a.first_chunk::<4>(),
        a.last_chunk::<4>(),
        b.first_chunk::<4>(),
        b.last_chunk::<4>(),
    ) {
        return a0 == b0 && a1 == b1;
    }
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_table_finds_nothing() {
        let empty = PerfectHash {
            seed: 0,
            pilots: &[],
            slots: &[],
        };
        assert_eq!(empty.find("", 0, |_| b""), None);
        assert_eq!(empty.find("NotFound", 0, |_| b""), None);
    }

    /// The values `errcodes-build`'s tests pin for its copy of the hash.
    #[test]
    fn the_hash_is_the_builders() {
        assert_eq!(hash(0, b""), 0x1ff5_c292_3a78_8d2c);
        assert_eq!(
            hash(0x243f_6a88_85a3_08d3, b"NotFound"),
            0x0da6_2fb9_f1e6_bbe8
        );
        let long = "0123456789abcdefghijklmnopqrstuvwxyz-\u{e9}";
        assert_eq!(hash(1, long.as_bytes()), 0xecd3_d212_0ee1_a141);
    }

    /// The tables `errcodes-build` builds for these keys (its tests pin them).
    #[test]
    fn the_builders_tables_find_their_keys() {
        static KEYS: [&str; 5] = [
            "BadRequest",
            "NotFound",
            "TooManyRequests",
            "Conflict",
            "42P01",
        ];
        let table = PerfectHash {
            seed: 0x243f_6a88_85a3_08d3,
            pilots: &[6, 0],
            slots: &[0, 4, 2, 0, 3, 1],
        };
        for (i, key) in KEYS.iter().enumerate() {
            assert_eq!(table.find(key, KEYS.len(), |i| KEYS[i].as_bytes()), Some(i));
        }
        for miss in [
            "",
            "B",
            "NotFoun",
            "NotFound ",
            "notfound",
            "42P02",
            "Conflict\0",
        ] {
            assert_eq!(
                table.find(miss, KEYS.len(), |i| KEYS[i].as_bytes()),
                None,
                "{miss:?}"
            );
        }
    }

    #[test]
    fn same_compares_every_byte() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for len in 0..=text.len() {
            let a = &text.as_bytes()[..len];
            assert!(same(a, a));
            for i in 0..len {
                let mut b = [0; 62];
                b[..len].copy_from_slice(a);
                b[i] ^= 0x20;
                assert!(!same(a, &b[..len]), "{len} {i}");
            }
            assert!(!same(a, &text.as_bytes()[..len.saturating_sub(1)]) || len == 0);
        }
    }
}
