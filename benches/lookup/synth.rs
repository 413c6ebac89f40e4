//! A deterministic generator of large registries, for benchmarks and scale tests.
//!
//! Shared by the build script (which compiles the registries through `errcodes-build`), the
//! `scale-crate` example and the tests: `#[path]`-included, so it needs nothing but
//! `errcodes-build`.

use errcodes_build::{CodeType, Entry, Registry};

/// SplitMix64: a tiny, seedable, portable PRNG (the same numbers on every machine).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

const SUBJECTS: [&str; 32] = [
    "Account",
    "Archive",
    "Backup",
    "Bucket",
    "Cache",
    "Channel",
    "Cluster",
    "Column",
    "Connection",
    "Cursor",
    "Domain",
    "Field",
    "File",
    "Index",
    "Invoice",
    "Job",
    "Key",
    "Lock",
    "Member",
    "Message",
    "Node",
    "Partition",
    "Plan",
    "Project",
    "Queue",
    "Quota",
    "Replica",
    "Schema",
    "Session",
    "Snapshot",
    "Table",
    "Token",
];
const STATES: [&str; 16] = [
    "Busy",
    "Closed",
    "Corrupt",
    "Denied",
    "Detached",
    "Duplicate",
    "Expired",
    "Frozen",
    "Invalid",
    "Locked",
    "Missing",
    "Offline",
    "Overflow",
    "Readonly",
    "Stale",
    "Unknown",
];
const CAUSES: [&str; 8] = [
    "the request was retried too often",
    "another client holds it",
    "the administrator disabled it",
    "its limit was reached",
    "its owner was deleted",
    "a replica lagged behind",
    "the input was malformed",
    "the upstream service timed out",
];

/// A registry of `entries` codes, the same for the same `entries` on every run and machine.
///
/// Codes come in runs of 1 to 24 consecutive numbers separated by gaps of 0 to 24 (about half
/// of the span is used, as in real catalogues that group codes by subsystem), from 1000 up; the
/// code type is `u16` while the codes fit and `u32` beyond. Names are UpperCamelCase and unique
/// (`QuotaExpired10423`); texts repeat; descriptions are Markdown with backticks, quotes and a
/// backslash, so escaping is exercised at scale.
pub fn registry(entries: usize) -> Registry {
    let mut rng = Rng::new(0x0E44_C0DE ^ entries as u64);
    let mut errors = Vec::with_capacity(entries);
    let mut code: u32 = 1000;
    while errors.len() < entries {
        let run = 1 + rng.below(24) as usize;
        for _ in 0..run.min(entries - errors.len()) {
            let subject = SUBJECTS[rng.below(SUBJECTS.len() as u64) as usize];
            let state = STATES[rng.below(STATES.len() as u64) as usize];
            let cause = CAUSES[rng.below(CAUSES.len() as u64) as usize];
            errors.push(Entry {
                code: code.into(),
                name: format!("{subject}{state}{code}"),
                text: format!("{subject} {}", state.to_lowercase()),
                description: format!(
                    "The `{subject}` is {} because {cause}. See \"{subject} errors\" in the \
                     manual (path `docs\\{code}`).",
                    state.to_lowercase()
                ),
                ..Entry::default()
            });
            code += 1;
        }
        code += rng.below(25) as u32;
    }
    let max = errors.last().and_then(|e| e.code.as_int()).unwrap_or(0);
    Registry {
        name: format!("Synthetic {entries}-entry API"),
        description: format!("A generated registry of {entries} codes for benchmarks."),
        code_type: if max <= u32::from(u16::MAX) {
            CodeType::U16
        } else {
            CodeType::U32
        },
        entries: errors,
        ..Registry::default()
    }
}

/// `count` codes to look up, in random order: half of them drawn from `codes` (a registry's), half
/// numbers it lacks, drawn from its span and a little beyond (up to `max`, the code type's).
pub fn code_keys(codes: &[u32], max: u64, count: usize, seed: u64) -> Vec<u32> {
    let mut rng = Rng::new(seed);
    let present: std::collections::HashSet<u32> = codes.iter().copied().collect();
    let top = u64::from(codes.iter().copied().max().unwrap_or(0));
    let limit = (top + top / 8 + 1).min(max);
    let mut keys = Vec::with_capacity(count);
    while keys.len() < count {
        if keys.len() % 2 == 0 {
            keys.push(codes[rng.below(codes.len() as u64) as usize]);
        } else {
            let c = rng.below(limit + 1) as u32;
            if !present.contains(&c) {
                keys.push(c);
            }
        }
    }
    rng.shuffle(&mut keys);
    keys
}

/// `count` names to look up, in random order: half of them drawn from `names` (a registry's), half
/// names it lacks, shaped like its own (a prefix added, lower case, the last letter changed).
pub fn name_keys(names: &[&str], count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let present: std::collections::HashSet<&str> = names.iter().copied().collect();
    let mut keys = Vec::with_capacity(count);
    while keys.len() < count {
        let name = names[rng.below(names.len() as u64) as usize];
        if keys.len() % 2 == 0 {
            keys.push(name.to_owned());
        } else {
            let miss = match rng.below(3) {
                0 => format!("Un{name}"),
                1 => name.to_lowercase(),
                _ => format!("{}x", &name[..name.len() - 1]),
            };
            if !present.contains(miss.as_str()) {
                keys.push(miss);
            }
        }
    }
    rng.shuffle(&mut keys);
    keys
}
