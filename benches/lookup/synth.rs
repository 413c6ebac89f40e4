//! A deterministic generator of registries sized like published catalogs, written as
//! `errors.toml` text, and of the keys the benchmarks look up.
//!
//! Shared by the build script, the `write-crates` example, the benchmarks and the tests through
//! `#[path]`: it depends on nothing, so that what it makes is only the TOML any user could write.

use std::collections::HashSet;
use std::fmt::Write as _;

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

/// What the codes of a registry are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Integer codes (`u16` while they fit, else `u32`), sparse: runs of consecutive codes with
    /// gaps between them.
    Int,
    /// String codes (`code_type = "str"`), SQLSTATE-like: `42P01`.
    Str,
}

impl Kind {
    /// The kind named `int` or `str`, as the harness and the example take it.
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "int" => Some(Kind::Int),
            "str" => Some(Kind::Str),
            _ => None,
        }
    }

    /// `int` or `str`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Str => "str",
        }
    }
}

/// A code: an integer or a string, as the registry's kind says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// An integer code.
    Int(u32),
    /// A string code.
    Str(String),
}

impl Code {
    /// The code as a TOML value (an integer, or a quoted string).
    fn toml(&self) -> String {
        match self {
            Code::Int(c) => c.to_string(),
            Code::Str(s) => toml_str(s),
        }
    }
}

/// One `[[error]]` entry, every optional key of the catalog format in its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `code`.
    pub code: Code,
    /// `name`: UpperCamelCase, with the code in it (`QuotaExpired10423`).
    pub name: String,
    /// `text`: short, repeated across entries.
    pub text: String,
    /// `description`: Markdown with backticks, quotes and a backslash.
    pub description: String,
    /// `status`: one of eight 4xx and 5xx statuses.
    pub status: u16,
    /// `retryable`.
    pub retryable: bool,
    /// `category`.
    pub category: String,
    /// `url`, on some entries (the others take the registry's template).
    pub url: Option<String>,
    /// `aliases`, on some entries.
    pub aliases: Vec<String>,
    /// `deprecated`, on some entries.
    pub deprecated: Option<String>,
}

/// A generated registry: the entries and the `[[retired]]` codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// Integer or string codes.
    pub kind: Kind,
    /// The `[[error]]` entries, in table order.
    pub entries: Vec<Entry>,
    /// The `[[retired]]` codes: never an entry's.
    pub retired: Vec<Code>,
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
const STATUSES: [u16; 8] = [400, 401, 403, 404, 409, 429, 500, 503];

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

/// A registry of `entries` codes of `kind`, the same for the same arguments on every run and
/// machine.
///
/// Codes come in runs (1 to 24 entries, longer for string codes beyond 9,600) as catalogs group them by subsystem. Integer codes start
/// at 1000 with gaps of 0 to 24 between runs (about half of the span used). String codes are five
/// characters of `0`–`9` and `A`–`Z`, a two-character class and a three-character subclass
/// (`0A000`, `42P01`): a run per class, one class in two skipped, subclasses stepping by 1 or 2.
/// One run in four is followed by a retired code that no entry has.
///
/// Every entry has every optional key but three: `status` (one of eight 4xx and 5xx statuses),
/// `category` (the run's range or class) and `retryable` are on all of them; its own `url` on one
/// in ten (the others take the registry's template), `aliases` on one in four (its name in snake
/// case, and on one in eight also `Old` + its name), `deprecated` on one in sixteen.
pub fn registry(kind: Kind, entries: usize) -> Registry {
    let salt = match kind {
        Kind::Int => 0x0E44_C0DE,
        Kind::Str => 0x5714_C0DE,
    };
    let mut rng = Rng::new(salt ^ entries as u64);
    let mut out = Vec::with_capacity(entries);
    let mut retired = Vec::new();
    // The next integer code, and the string codes' class (one per run): 36 × 36 classes hold
    // 10,000 entries in runs of up to 25.
    let (mut next, mut class) = (1000u32, 0u32);
    let longest = match kind {
        Kind::Int => 24,
        Kind::Str => (entries / 400).max(24) as u64,
    };
    while out.len() < entries {
        let run = 1 + rng.below(longest) as usize;
        let mut subclass = 0u32;
        for _ in 0..run.min(entries - out.len()) {
            let (code, category) = match kind {
                Kind::Int => (Code::Int(next), format!("Range {}", next / 100)),
                Kind::Str => {
                    let code = format!("{}{}", base36(class, 2), base36(subclass, 3));
                    (Code::Str(code), format!("Class {}", base36(class, 2)))
                }
            };
            out.push(entry(&mut rng, out.len(), code, category));
            next += 1;
            subclass += 1 + rng.below(2) as u32;
        }
        // The code after the run is no entry's: retire it on one run in four.
        if rng.below(4) == 0 {
            retired.push(match kind {
                Kind::Int => Code::Int(next),
                Kind::Str => Code::Str(format!("{}{}", base36(class, 2), base36(subclass, 3))),
            });
        }
        next += 1 + rng.below(24) as u32;
        class += 1 + rng.below(2) as u32;
    }
    Registry {
        kind,
        entries: out,
        retired,
    }
}

/// Entry number `i` of a registry, with its code and category.
fn entry(rng: &mut Rng, i: usize, code: Code, category: String) -> Entry {
    let subject = SUBJECTS[rng.below(SUBJECTS.len() as u64) as usize];
    let state = STATES[rng.below(STATES.len() as u64) as usize];
    let cause = CAUSES[rng.below(CAUSES.len() as u64) as usize];
    let plain = match &code {
        Code::Int(c) => c.to_string(),
        Code::Str(s) => s.clone(),
    };
    let name = format!("{subject}{state}{plain}");
    let status = STATUSES[i % STATUSES.len()];
    let mut aliases = Vec::new();
    if i % 4 == 2 {
        aliases.push(snake_case(&name));
        if i % 8 == 2 {
            aliases.push(format!("Old{name}"));
        }
    }
    Entry {
        text: format!("{subject} {}", state.to_lowercase()),
        description: format!(
            "The `{subject}` is {} because {cause}. See \"{subject} errors\" in the manual \
             (path `docs\\{plain}`).",
            state.to_lowercase()
        ),
        status,
        retryable: i % 4 == 1 || status == 503,
        category,
        url: (i % 10 == 3).then(|| format!("https://docs.example.com/errors/{name}")),
        aliases,
        deprecated: (i % 16 == 5).then(|| "Superseded by the next code of its category.".into()),
        code,
        name,
    }
}

/// `QuotaExpired42P01` → `quota_expired_42_p01`: an underscore before every upper-case letter and
/// every run of digits but the first character, all in lower case.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if let Some(p) = previous
            && (c.is_ascii_uppercase() || (c.is_ascii_digit() && !p.is_ascii_digit()))
        {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
        previous = Some(c);
    }
    out
}

/// `s` as a TOML basic string: quoted, with `"`, `\` and control characters escaped.
pub fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Registry {
    /// The registry as an `errors.toml`: a `[registry]` table with a `version` and a `url`
    /// template, an `[[error]]` table per entry and a `[[retired]]` table per retired code.
    pub fn to_toml(&self) -> String {
        let n = self.entries.len();
        let code_type = match (self.kind, self.max_int()) {
            (Kind::Str, _) => "str",
            (Kind::Int, max) if max <= u32::from(u16::MAX) => "u16",
            (Kind::Int, _) => "u32",
        };
        let mut o = String::with_capacity(n * 400);
        let _ = writeln!(
            o,
            "[registry]\nname = \"Synthetic {n}-entry {} API\"\n\
             description = \"A generated registry of {n} codes for benchmarks.\"\n\
             code_type = \"{code_type}\"\nversion = \"1.0.0\"\n\
             url = \"https://docs.example.com/errors#{{code}}\"",
            self.kind.as_str()
        );
        for e in &self.entries {
            let _ = write!(
                o,
                "\n[[error]]\ncode = {}\nname = {}\ntext = {}\ndescription = {}\nstatus = {}\n\
                 retryable = {}\ncategory = {}\n",
                e.code.toml(),
                toml_str(&e.name),
                toml_str(&e.text),
                toml_str(&e.description),
                e.status,
                e.retryable,
                toml_str(&e.category),
            );
            if let Some(url) = &e.url {
                let _ = writeln!(o, "url = {}", toml_str(url));
            }
            if !e.aliases.is_empty() {
                let aliases: Vec<String> = e.aliases.iter().map(|a| toml_str(a)).collect();
                let _ = writeln!(o, "aliases = [{}]", aliases.join(", "));
            }
            if let Some(deprecated) = &e.deprecated {
                let _ = writeln!(o, "deprecated = {}", toml_str(deprecated));
            }
        }
        for code in &self.retired {
            let _ = write!(
                o,
                "\n[[retired]]\ncode = {}\nnote = \"Used by an earlier version of the API.\"\n",
                code.toml()
            );
        }
        o
    }

    /// The largest integer code (0 for string codes).
    fn max_int(&self) -> u32 {
        let int = |e: &Entry| match e.code {
            Code::Int(c) => c,
            Code::Str(_) => 0,
        };
        self.entries.iter().map(int).max().unwrap_or(0)
    }
}

/// `count` codes to look up, in random order: half of them drawn from `codes` (a registry's), half
/// numbers it lacks, drawn from its span and a little beyond (up to `max`, the code type's).
pub fn code_keys(codes: &[u32], max: u64, count: usize, seed: u64) -> Vec<u32> {
    let mut rng = Rng::new(seed);
    let present: HashSet<u32> = codes.iter().copied().collect();
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

/// `count` string codes to look up, in random order: half of them drawn from `codes` (a
/// registry's), half codes it lacks, shaped like its own: another five-character code of its
/// classes, a code of its in lower case, or one of its codes one character shorter or longer.
pub fn str_code_keys(codes: &[&str], count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let present: HashSet<&str> = codes.iter().copied().collect();
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

/// `count` names to look up, in random order: half of them drawn from `names` (a registry's names
/// and aliases), half names it lacks, shaped like its own (a prefix added, lower case, the last
/// letter changed).
pub fn name_keys(names: &[&str], count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let present: HashSet<&str> = names.iter().copied().collect();
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
