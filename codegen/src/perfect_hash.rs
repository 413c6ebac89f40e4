//! The perfect hash behind `from_name` and a string registry's `from_code`, built here for the
//! generated code and read by `errcodes`' runtime (`src/perfect_hash.rs` there): PTHash's "hash and
//! displace" (Pibiri and Trani, SIGIR 2021), as PtrHash (Groot Koerkamp, 2025) lays it out.
//!
//! A lookup of `key` (the runtime's `PerfectHash::find`):
//!
//! ```text
//! h     = hash(seed, key)                    one pass over the key's bytes
//! pilot = pilots[bucket(h, pilots.len())]    the high bits of h pick the key's bucket
//! index = slots[slot(h, pilot, slots.len())] its slot holds the key's index in the keys
//! keys[index] == key                         one comparison confirms it (length first)
//! ```
//!
//! Building finds, for every bucket, the smallest pilot that sends the bucket's keys to slots no
//! other key has, largest bucket first: a bucket placed early meets a nearly empty table, and the
//! many buckets of one key, placed last, need only one free slot each. With about
//! [`KEYS_PER_BUCKET`] keys a bucket and [`SPARE_SLOTS`] slots to spare, a bucket needs a few
//! dozen tries at worst, and 100,000 keys build in milliseconds. A seed with which some bucket
//! finds no pilot (or two keys hash alike) is replaced by the next one: the same keys get the same
//! seed, pilots and slots on every machine.

/// The seeds tried, in turn, from this one (digits of pi).
const FIRST_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// The mean number of keys in a bucket: the pilots table has one `u16` for this many keys.
const KEYS_PER_BUCKET: usize = 3;

/// One spare slot for this many keys (about 3% more slots than keys): the last buckets placed
/// find a free slot in tens of tries rather than in thousands.
const SPARE_SLOTS: usize = 16;

/// What the generated code holds of a perfect hash of its keys (`errcodes::__private::PerfectHash`
/// at run time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHashParams {
    /// The seed of the keys' [`hash`].
    pub seed: u64,
    /// Each bucket's pilot, by bucket.
    pub pilots: Vec<u16>,
    /// The index of the key in each slot, by slot; `0` in a slot no key hashes to (the lookup
    /// confirms a key by comparing it, and key 0 has a slot of its own).
    pub slots: Vec<u32>,
}

impl PerfectHashParams {
    /// Where `key` would be, if it is one of the keys: what the runtime's lookup reads before it
    /// compares `key` with the key found there.
    pub fn candidate(&self, key: &str) -> Option<usize> {
        let h = hash(self.seed, key.as_bytes());
        let pilot = *self.pilots.get(bucket(h, self.pilots.len()))?;
        self.slots
            .get(slot(h, pilot, self.slots.len()))
            .map(|&i| i as usize)
    }
}

// The hash, the bucket and the slot of a key are written twice: here, where the tables are built,
// and in the runtime (`errcodes`' `src/perfect_hash.rs`), where keys are looked up. `errcodes`
// build-depends on this crate, so neither can use the other's. The two must agree bit for bit:
// `tests/foreign/tests/perfect_hash.rs` checks them against each other.

/// 64-bit constants of the hash (wyhash's).
const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;
/// The odd multipliers that spread a pilot over 64 bits and mix it into a key's hash.
const PILOT_MIX: u64 = 0x9e37_79b9_7f4a_7c15;
const SLOT_MIX: u64 = 0xbf58_476d_1ce4_e5b9;

/// The 128-bit product of `a` and `b`, its halves folded by xor.
#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// `h` scaled to `0..n` (Lemire's multiply-shift: the high 64 bits of `h * n`).
#[inline]
fn reduce(h: u64, n: usize) -> usize {
    ((u128::from(h) * n as u128) >> 64) as usize
}

/// The little-endian `u64` of 8 bytes.
#[inline]
fn word(bytes: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*bytes)
}

/// The little-endian `u32` of 4 bytes, widened.
#[inline]
fn half_word(bytes: &[u8; 4]) -> u64 {
    u64::from(u32::from_le_bytes(*bytes))
}

/// The two little-endian `u64`s of 16 bytes.
#[inline]
fn words(bytes: &[u8; 16]) -> (u64, u64) {
    let v = u128::from_le_bytes(*bytes);
    (v as u64, (v >> 64) as u64)
}

/// The 64-bit hash of `bytes` with `seed`: wyhash's scheme (each 16 bytes but the last folded into
/// the state by one 64x64→128-bit multiply; the last 16, or for a shorter key its first and last 8
/// or 4 bytes, read as overlapping words; the length mixed in), quick on the 4–40-byte strings
/// that names and codes are. The same value on every platform.
pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
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
#[inline]
pub fn bucket(h: u64, buckets: usize) -> usize {
    reduce(h, buckets)
}

/// The slot of a key of hash `h` in a bucket of pilot `pilot`, of `slots`.
#[inline]
pub fn slot(h: u64, pilot: u16, slots: usize) -> usize {
    reduce(
        (h ^ u64::from(pilot).wrapping_mul(PILOT_MIX)).wrapping_mul(SLOT_MIX),
        slots,
    )
}

/// The perfect hash of `keys`: every key's index in the slot its hash and its bucket's pilot
/// give. Never fails: a seed that does not work is replaced by the next. A key that repeats an
/// earlier one is not placed (the lookup finds the first).
pub fn build(keys: &[&str]) -> PerfectHashParams {
    let n = keys.len();
    assert!(u32::try_from(n).is_ok(), "more than u32::MAX keys");
    let buckets = n.div_ceil(KEYS_PER_BUCKET);
    let slots = n + n.div_ceil(SPARE_SLOTS);
    let mut seed = FIRST_SEED;
    loop {
        if let Some(params) = try_build(keys, seed, buckets, slots) {
            return params;
        }
        seed = next_seed(seed);
    }
}

/// The seed after `seed`: SplitMix64's step.
fn next_seed(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The perfect hash of `keys` with `seed`, or `None` when two keys hash alike or a bucket finds no
/// pilot.
fn try_build(keys: &[&str], seed: u64, buckets: usize, slots: usize) -> Option<PerfectHashParams> {
    let hashes: Vec<u64> = keys.iter().map(|k| hash(seed, k.as_bytes())).collect();
    // The keys by bucket, in order of index within each: `start[b]..start[b + 1]` of `order`.
    let mut start = vec![0u32; buckets + 1];
    for &h in &hashes {
        start[bucket(h, buckets) + 1] += 1;
    }
    for b in 0..buckets {
        start[b + 1] += start[b];
    }
    let mut next = start.clone();
    let mut order = vec![0u32; keys.len()];
    for (i, &h) in hashes.iter().enumerate() {
        let b = bucket(h, buckets);
        order[next[b] as usize] = i as u32;
        next[b] += 1;
    }
    drop(next);
    // Keys alike: the later ones leave their bucket. Distinct keys that hash alike would share a
    // slot under every pilot: another seed.
    let mut placed = vec![true; keys.len()];
    for b in 0..buckets {
        let members = &order[start[b] as usize..start[b + 1] as usize];
        for (j, &x) in members.iter().enumerate() {
            for &y in &members[..j] {
                if hashes[x as usize] == hashes[y as usize] && placed[y as usize] {
                    if keys[x as usize] != keys[y as usize] {
                        return None;
                    }
                    placed[x as usize] = false;
                }
            }
        }
    }
    // The buckets, largest first (of a size, in order).
    let size = |b: usize| (start[b + 1] - start[b]) as usize;
    let largest = (0..buckets).map(size).max().unwrap_or(0);
    let mut by_size: Vec<Vec<u32>> = vec![Vec::new(); largest + 1];
    for b in 0..buckets {
        by_size[size(b)].push(b as u32);
    }

    let mut pilots = vec![0u16; buckets];
    let mut taken = vec![false; slots];
    let mut table = vec![0u32; slots];
    let mut chosen: Vec<usize> = Vec::with_capacity(largest);
    let mut member_hashes: Vec<u64> = Vec::with_capacity(largest);
    for b in by_size.iter().rev().flatten() {
        let b = *b as usize;
        let members = &order[start[b] as usize..start[b + 1] as usize];
        member_hashes.clear();
        member_hashes.extend(
            members
                .iter()
                .filter(|&&i| placed[i as usize])
                .map(|&i| hashes[i as usize]),
        );
        let found = (0..=u16::MAX).find(|&pilot| {
            chosen.clear();
            for &h in &member_hashes {
                let s = slot(h, pilot, slots);
                if taken[s] {
                    for &c in &chosen {
                        taken[c] = false;
                    }
                    return false;
                }
                taken[s] = true;
                chosen.push(s);
            }
            true
        })?;
        pilots[b] = found;
        for (&s, &i) in chosen
            .iter()
            .zip(members.iter().filter(|&&i| placed[i as usize]))
        {
            table[s] = i;
        }
    }
    Some(PerfectHashParams {
        seed,
        pilots,
        slots: table,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key found as the runtime finds it: its candidate, confirmed.
    fn find(params: &PerfectHashParams, keys: &[&str], key: &str) -> Option<usize> {
        params.candidate(key).filter(|&i| keys.get(i) == Some(&key))
    }

    /// SplitMix64, for random keys.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = next_seed(self.0);
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        /// A key of 0 to 40 characters, ASCII mostly.
        fn key(&mut self) -> String {
            let len = self.below(41);
            (0..len)
                .map(|_| match self.below(20) {
                    0 => 'é',
                    1 => '🚀',
                    _ => char::from(b'0' + self.below(75) as u8),
                })
                .collect()
        }
    }

    fn random_keys(rng: &mut Rng, n: usize) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut keys = Vec::with_capacity(n);
        while keys.len() < n {
            let k = rng.key();
            if seen.insert(k.clone()) {
                keys.push(k);
            }
        }
        keys
    }

    /// Every key found at its index, and keys not there (their prefixes and extensions, and
    /// other random keys) not found.
    fn check(keys: &[&str]) -> PerfectHashParams {
        let params = build(keys);
        let n = keys.len();
        assert_eq!(params.pilots.len(), n.div_ceil(KEYS_PER_BUCKET));
        assert!(params.slots.len() >= n);
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(find(&params, keys, key), Some(i), "{key:?} of {n}");
        }
        let set: std::collections::HashSet<&str> = keys.iter().copied().collect();
        let mut rng = Rng(n as u64);
        for key in keys.iter().take(200) {
            for miss in [format!("{key}x"), format!("x{key}"), rng.key()] {
                if !set.contains(miss.as_str()) {
                    assert_eq!(find(&params, keys, &miss), None, "{miss:?}");
                }
            }
        }
        params
    }

    #[test]
    fn every_key_is_found_and_misses_are_not() {
        let mut rng = Rng(1);
        let mut sizes: Vec<usize> = (0..=70).collect();
        sizes.extend((0..60).map(|_| rng.below(2001) as usize));
        sizes.push(2000);
        for n in sizes {
            let keys = random_keys(&mut rng, n);
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            check(&keys);
        }
    }

    #[test]
    fn names_of_a_large_registry() {
        let keys: Vec<String> = (0..100_000)
            .map(|i| format!("QuotaExpired{}", 1000 + i))
            .collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        check(&keys);
    }

    #[test]
    fn no_keys() {
        let params = check(&[]);
        assert!(params.pilots.is_empty() && params.slots.is_empty());
        assert_eq!(params.candidate(""), None);
        assert_eq!(params.candidate("Anything"), None);
    }

    #[test]
    fn one_key_and_the_empty_key() {
        check(&["NotFound"]);
        check(&[""]);
        check(&["", "a", "ab", "abc", "abcd"]);
    }

    #[test]
    fn a_repeated_key_is_found_at_its_first_index() {
        let params = build(&["a", "b", "a", "c", "b"]);
        let keys = ["a", "b", "a", "c", "b"];
        assert_eq!(find(&params, &keys, "a"), Some(0));
        assert_eq!(find(&params, &keys, "b"), Some(1));
        assert_eq!(find(&params, &keys, "c"), Some(3));
    }

    #[test]
    fn the_same_keys_get_the_same_tables() {
        let keys: Vec<String> = (0..5000).map(|i| format!("k{i}")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let params = build(&keys);
        assert_eq!(params, build(&keys));
        // A change in the hash, the buckets or the seeds changes the tables the generated code
        // holds; this pins them (update it, on purpose, with such a change).
        let small = build(&[
            "BadRequest",
            "NotFound",
            "TooManyRequests",
            "Conflict",
            "42P01",
        ]);
        let expected = PerfectHashParams {
            seed: FIRST_SEED,
            pilots: vec![6, 0],
            slots: vec![0, 4, 2, 0, 3, 1],
        };
        assert_eq!(small, expected);
        assert_eq!(hash(0, b""), 0x1ff5_c292_3a78_8d2c);
        assert_eq!(hash(FIRST_SEED, b"NotFound"), 0x0da6_2fb9_f1e6_bbe8);
        let long = "0123456789abcdefghijklmnopqrstuvwxyz-\u{e9}";
        assert_eq!(hash(1, long.as_bytes()), 0xecd3_d212_0ee1_a141);
    }

    /// The hash reads every byte: keys that differ in one byte, or in length, hash apart.
    #[test]
    fn the_hash_depends_on_every_byte_and_the_length() {
        let mut rng = Rng(7);
        for len in 0..=64 {
            let key: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let h = hash(FIRST_SEED, &key);
            for i in 0..len {
                let mut other = key.clone();
                other[i] ^= 1 << (rng.below(8));
                assert_ne!(hash(FIRST_SEED, &other), h, "len {len}, byte {i}");
            }
            let mut longer = key.clone();
            longer.push(0);
            assert_ne!(hash(FIRST_SEED, &longer), h, "len {len}");
            assert_ne!(hash(FIRST_SEED ^ 1, &key), h, "len {len}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_keys_are_found(keys in proptest::collection::hash_set(".{0,24}", 0..200)) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            check(&keys);
        }
    }
}
