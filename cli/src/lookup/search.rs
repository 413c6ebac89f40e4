//! The word search of `errcodes search`: the entries that mention every word, best first.

use std::cmp::Reverse;

use errcodes_build::{Entry, Registry};

use super::entry_keys;

/// The entries that mention every word of `words`, best match first. Words are compared ignoring
/// case and punctuation, in the code, name, aliases, text, category and description. First comes
/// an entry whose name, alias or string code is the words joined (`file not found` names
/// `FileNotFound`); then the entries in which every word starts a word of some field; then those
/// in which some word is only inside a word (`file` in `ProfileNotFound`). Within each, the
/// `score` decides, then table order.
pub fn search<'r>(registry: &'r Registry, words: &[String]) -> Vec<&'r Entry> {
    let words: Vec<Vec<char>> = words
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .map(|w| Words::of(w).chars)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let joined = words.concat();
    let mut hits: Vec<_> = registry
        .entries
        .iter()
        .filter_map(|e| {
            let named = entry_keys(e).any(|name| Words::of(name).chars == joined);
            let score = score(e, &words);
            let (at_starts, points) = score.unwrap_or((false, 0));
            (named || score.is_some()).then_some((Reverse((named, at_starts, points)), e))
        })
        .collect();
    // Best first; a stable sort keeps table order between equals.
    hits.sort_by_key(|&(rank, _)| rank);
    hits.into_iter().map(|(_, e)| e).collect()
}

/// How `entry` matches `words`: whether every word starts a word of some field, and the sum over
/// the words of each field's weight times the word's strength there (the code weighs most, then
/// the name and aliases, the text, the category, the description); `None` when a word is missing.
fn score(entry: &Entry, words: &[Vec<char>]) -> Option<(bool, u32)> {
    let one = |s: &str| vec![Words::of(s)];
    // A field of several values (the aliases) counts its best.
    let fields: [(Vec<Words>, u32); 6] = [
        (one(&entry.code.to_string()), 8),
        (one(&entry.name), 6),
        (entry.aliases.iter().map(|a| Words::of(a)).collect(), 6),
        (one(&entry.text), 4),
        (entry.category.iter().map(|c| Words::of(c)).collect(), 2),
        (one(&entry.description), 1),
    ];
    let (mut at_starts, mut points) = (true, 0);
    for word in words {
        let strengths = fields.iter().map(|(values, weight)| {
            let best = values.iter().map(|v| v.strength(word)).max();
            (best.unwrap_or(0), *weight)
        });
        match strengths.clone().map(|(strength, _)| strength).max() {
            None | Some(0) => return None,
            Some(best) => at_starts &= best >= STARTS,
        }
        points += strengths.map(|(s, w)| s * w).sum::<u32>();
    }
    Some((at_starts, points))
}

/// The strength of a word that starts a word of a field (see [`Words::strength`]).
const STARTS: u32 = 2;

/// A field as the search reads it: its letters and digits in lower case, punctuation and spaces
/// left out, each marked when a word starts there.
#[derive(Default)]
struct Words {
    chars: Vec<char>,
    starts: Vec<bool>,
}

impl Words {
    /// The words of `s`. A word starts after a character that is neither a letter nor a digit,
    /// at a capital that follows a small letter (`FileNotFound`) or that begins a capitalised
    /// word after capitals (`HTTPServer`), and where letters and digits meet (`Win32`).
    fn of(s: &str) -> Self {
        let source: Vec<char> = s.chars().collect();
        let mut words = Words::default();
        for (i, &c) in source.iter().enumerate() {
            if !c.is_alphanumeric() {
                continue;
            }
            let before = i.checked_sub(1).map(|j| source[j]);
            let after = source.get(i + 1).copied();
            let start = match before {
                Some(b) if b.is_alphanumeric() => {
                    (b.is_lowercase() && c.is_uppercase())
                        || (b.is_uppercase()
                            && c.is_uppercase()
                            && after.is_some_and(char::is_lowercase))
                        || (b.is_numeric() != c.is_numeric())
                }
                _ => true,
            };
            for (k, lower) in c.to_lowercase().enumerate() {
                words.chars.push(lower);
                words.starts.push(start && k == 0);
            }
        }
        words
    }

    /// 4 when `word` is the whole field, 3 when it is a whole word of it (or several: `notfound`
    /// in `NotFound`), 2 ([`STARTS`]) when it starts one, 1 when it is only inside words, else 0.
    fn strength(&self, word: &[char]) -> u32 {
        if self.chars == word {
            return 4;
        }
        let mut best = 0;
        for at in (0..self.chars.len()).filter(|&at| self.starts[at]) {
            if self.chars[at..].starts_with(word) {
                let end = at + word.len();
                let whole = end == self.chars.len() || self.starts[end];
                best = best.max(if whole { 3 } else { STARTS });
            }
        }
        if best == 0 && self.chars.windows(word.len()).any(|w| w == word) {
            best = 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{catalog, codes, nutcache};
    use super::*;

    fn found(registry: &Registry, words: &str) -> Vec<String> {
        codes(&search(registry, &[words.to_owned()]))
    }

    /// A registry of Win32 system error codes, named as the Windows SDK's table is.
    fn win32() -> Registry {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/win32.toml");
        Registry::from_path(path).unwrap_or_else(|e| panic!("{path}: {e:?}"))
    }

    #[test]
    fn search_needs_every_word_and_ranks_names_first() {
        let r = nutcache();
        // "request" starts a word of TooManyRequests' name, text and description, is a word of
        // BadRequest's name and description, starts one of 404's text, is a word of 403's
        // description.
        assert_eq!(found(&r, "request"), ["429", "400", "404", "403"]);
        assert_eq!(found(&r, "RATE limit"), ["429"]);
        assert_eq!(found(&r, "authorization"), ["401"]);
        assert!(found(&r, "teapot").is_empty());
        assert!(search(&r, &[]).is_empty());
        assert!(found(&r, "--").is_empty());
    }

    #[test]
    fn the_name_that_is_the_words_joined_comes_first() {
        let r = win32();
        // 3 PathNotFound's category is File; 2016 ProfileNotFound has "file" inside "profile".
        assert_eq!(found(&r, "file not found"), ["2", "3002", "3", "2016"]);
        assert_eq!(found(&r, "FILE_NOT_FOUND"), ["2", "3002", "3", "2016"]);
        assert_eq!(
            found(&r, "error file not found"),
            ["2", "3002", "3", "2016"]
        );
        assert_eq!(found(&r, "spool file not found"), ["3002"]);
        assert_eq!(found(&r, "not found")[0], "1168");
        assert_eq!(found(&r, "nutcache"), Vec::<String>::new());
        let r = nutcache();
        assert_eq!(found(&r, "not found")[0], "404");
        assert_eq!(found(&r, "too many requests"), ["429"]);
    }

    #[test]
    fn words_that_start_words_rank_before_words_inside_words() {
        let r = win32();
        // "profile" contains "file": ProfileNotFound comes after every entry that mentions one.
        let file = found(&r, "file");
        assert_eq!(file.last().map(String::as_str), Some("2016"), "{file:?}");
        assert_eq!(file.len(), 5, "{file:?}");
        assert_eq!(found(&r, "file not found").last().unwrap(), "2016");
        assert_eq!(found(&r, "profile"), ["2016"]);
        assert_eq!(found(&r, "spool"), ["3002"]);
        // One word inside another is enough to be found, last.
        let errno = catalog("errno.toml");
        let eagain = errno.by_name_or_alias("EAGAIN").unwrap().code.to_string();
        assert_eq!(found(&errno, "wouldblock"), [eagain]);
    }

    #[test]
    fn search_looks_at_aliases_categories_and_string_codes() {
        let errno = catalog("errno.toml");
        let eagain = errno.by_name_or_alias("EAGAIN").unwrap().code.to_string();
        assert_eq!(found(&errno, "ewouldblock"), [eagain]);
        let http = catalog("iana-http.toml");
        assert_eq!(found(&http, "payload"), ["413"]);
        assert_eq!(found(&http, "informational").len(), 5);
        let oci = catalog("oci-distribution.toml");
        assert_eq!(found(&oci, "blob_unknown")[0], "BLOB_UNKNOWN");
        assert_eq!(found(&oci, "blob unknown")[0], "BLOB_UNKNOWN");
        let sql = catalog("sqlstate.toml");
        assert_eq!(found(&sql, "42P01")[0], "42P01");
    }

    #[test]
    fn words_of_names_and_text() {
        let starts = |s: &str| {
            let words = Words::of(s);
            let mut out = String::new();
            for (c, start) in words.chars.iter().zip(&words.starts) {
                if *start && !out.is_empty() {
                    out.push(' ');
                }
                out.push(*c);
            }
            out
        };
        assert_eq!(starts("SpoolFileNotFound"), "spool file not found");
        assert_eq!(starts("ERROR_FILE_NOT_FOUND"), "error file not found");
        assert_eq!(starts("HTTPServerError"), "http server error");
        assert_eq!(starts("Win32 error, code 0x5."), "win 32 error code 0 x 5");
        assert_eq!(starts("the keys"), "the keys");
        assert_eq!(starts("Ärger über"), "ärger über");
        let key = ['k', 'e', 'y'];
        assert_eq!(Words::of("Key").strength(&key), 4);
        assert_eq!(Words::of("the API key.").strength(&key), 3);
        assert_eq!(Words::of("ApiKeyMissing").strength(&key), 3);
        assert_eq!(Words::of("the keys").strength(&key), 2);
        assert_eq!(Words::of("monkey").strength(&key), 1);
        assert_eq!(Words::of("lock").strength(&key), 0);
    }
}
