//! A deterministic generator of large registries, for benchmarks and scale tests.
//!
//! Shared by the build script (which compiles the registries through `errcodes-build`), the
//! `scale-crate` example and the tests: `#[path]`-included, so it needs nothing but
//! `errcodes-build`.

use errcodes_build::{Code, CodeType, Entry, Registry};

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

/// The digits of SQLSTATE-like codes: `0`–`9`, then `A`–`Z`.
const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// `n` written in `width` base-36 digits of [`DIGITS`] (`n < 36^width`).
fn base36(mut n: u32, width: usize) -> String {
    let mut digits = vec![b'0'; width];
    for d in digits.iter_mut().rev() {
        *d = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    assert_eq!(n, 0, "the number does not fit {width} base-36 digits");
    String::from_utf8(digits).expect("ASCII")
}

/// A registry of `entries` string codes (`code_type = "str"`), SQLSTATE-like, with every optional
/// key of an entry: the same for the same `entries` on every run and machine.
///
/// Codes are five characters of `0`–`9` and `A`–`Z`, a two-character class and a three-character
/// subclass (`0A000`, `42P01`): classes in order with one in two skipped at random, each holding
/// a run of codes (1 to 24 below 10,000 entries, longer beyond) whose subclasses step by 1 or 2.
/// Names are UpperCamelCase with the code in them (`QuotaExpired42P01`). Every entry has a
/// `status` and a `category` (its class); the others are on some, as [`with_keys`] says.
pub fn str_registry(entries: usize) -> Registry {
    let mut rng = Rng::new(0x5714_C0DE ^ entries as u64);
    let longest = (entries / 400).max(24) as u64;
    let mut errors = Vec::with_capacity(entries);
    let mut class: u32 = 0;
    while errors.len() < entries {
        let run = 1 + rng.below(longest) as usize;
        let mut subclass: u32 = 0;
        for _ in 0..run.min(entries - errors.len()) {
            let code = format!("{}{}", base36(class, 2), base36(subclass, 3));
            let subject = SUBJECTS[rng.below(SUBJECTS.len() as u64) as usize];
            let state = STATES[rng.below(STATES.len() as u64) as usize];
            let cause = CAUSES[rng.below(CAUSES.len() as u64) as usize];
            errors.push(Entry {
                name: format!("{subject}{state}{code}"),
                text: format!("{subject} {}", state.to_lowercase()),
                description: format!(
                    "The `{subject}` is {} because {cause}. See \"{subject} errors\" in the \
                     manual (path `docs\\{code}`).",
                    state.to_lowercase()
                ),
                category: Some(format!("Class {}", base36(class, 2))),
                code: Code::Str(code),
                ..Entry::default()
            });
            subclass += 1 + rng.below(2) as u32;
        }
        class += 1 + rng.below(2) as u32;
    }
    with_keys(Registry {
        name: format!("Synthetic {entries}-entry string-code API"),
        description: format!("A generated registry of {entries} string codes for benchmarks."),
        code_type: CodeType::Str,
        entries: errors,
        ..Registry::default()
    })
}

/// `registry` with every optional key of the catalog format: the registry gets a `version` and a
/// `url` template (`https://docs.example.com/errors#{code}`); every entry a `status` (one of eight
/// 4xx and 5xx statuses) and a `category` (unless it has one); and some entries the other keys,
/// by position: `retryable` on one in four, its own `url` on one in ten, `aliases` on one in four
/// (the name in snake case, and on one in eight also `Old` + the name, which becomes a deprecated
/// constant), `deprecated` on one in sixteen.
pub fn with_keys(mut registry: Registry) -> Registry {
    const STATUSES: [u16; 8] = [400, 401, 403, 404, 409, 429, 500, 503];
    registry.version = Some("1.0.0".into());
    registry.url = Some("https://docs.example.com/errors#{code}".into());
    for (i, e) in registry.entries.iter_mut().enumerate() {
        let status = STATUSES[i % STATUSES.len()];
        e.status = Some(status);
        e.retryable = i % 4 == 1 || status == 503;
        if e.category.is_none() {
            e.category = Some(format!("Range {}", e.code.as_int().unwrap_or(0) / 100));
        }
        if i % 10 == 3 {
            e.url = Some(format!("https://docs.example.com/errors/{}", e.name));
        }
        if i % 4 == 2 {
            e.aliases.push(snake_case(&e.name));
            if i % 8 == 2 {
                e.aliases.push(format!("Old{}", e.name));
            }
        }
        if i % 16 == 5 {
            e.deprecated = Some("Superseded by the next code of its category.".into());
        }
    }
    registry
}

/// `QuotaExpired42P01` → `quota_expired_42_p01`: an underscore before every upper-case letter and
/// every run of digits but the first character, all in lower case.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if let Some(p) = previous {
            let starts = c.is_ascii_uppercase() || (c.is_ascii_digit() && !p.is_ascii_digit());
            if starts {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
        previous = Some(c);
    }
    out
}

/// `count` string codes to look up, in random order: half of them drawn from `codes` (a
/// registry's), half codes it lacks, shaped like its own: another five-character code of its
/// classes, a code of its in lower case, or one of its codes one character shorter or longer.
pub fn str_code_keys(codes: &[&str], count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let present: std::collections::HashSet<&str> = codes.iter().copied().collect();
    let mut keys = Vec::with_capacity(count);
    while keys.len() < count {
        let code = codes[rng.below(codes.len() as u64) as usize];
        if keys.len() % 2 == 0 {
            keys.push(code.to_owned());
        } else {
            let miss = match rng.below(4) {
                0 | 1 => format!(
                    "{}{}",
                    &code[..2],
                    base36(rng.below(36 * 36 * 36) as u32, 3)
                ),
                2 => code.to_lowercase(),
                _ if rng.below(2) == 0 => code[..code.len() - 1].to_owned(),
                _ => format!("{code}{}", DIGITS[rng.below(36) as usize] as char),
            };
            if !present.contains(miss.as_str()) {
                keys.push(miss);
            }
        }
    }
    rng.shuffle(&mut keys);
    keys
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
