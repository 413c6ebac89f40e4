//! The word search of `errcodes search`: the entries that mention every word, best first.

use errcodes_build::{Entry, Registry};

/// The entries that contain every word of `words` (case-insensitive, in the code, name, aliases,
/// text, category or description), best match first.
///
/// A word scores most in the code, then in the name or an alias (most of all when it is the whole
/// name), then in the text, the category, the description; a whole-word match scores more than
/// part of a word. Ties keep table order.
pub fn search<'r>(registry: &'r Registry, words: &[String]) -> Vec<&'r Entry> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u32, usize, &Entry)> = registry
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| score(e, &words).map(|score| (score, i, e)))
        .collect();
    hits.sort_by_key(|&(score, index, _)| (std::cmp::Reverse(score), index));
    hits.into_iter().map(|(_, _, e)| e).collect()
}

/// How well `entry` matches every one of `words` (lower case); `None` when a word is missing.
fn score(entry: &Entry, words: &[String]) -> Option<u32> {
    let lower = |s: &str| s.to_lowercase();
    // Each field with its weight; a field of several values (the aliases) counts its best.
    let fields: [(Vec<String>, u32); 6] = [
        (vec![lower(&entry.code.to_string())], 8),
        (vec![lower(&entry.name)], 6),
        (entry.aliases.iter().map(|a| lower(a)).collect(), 6),
        (vec![lower(&entry.text)], 4),
        (entry.category.iter().map(|c| lower(c)).collect(), 2),
        (vec![lower(&entry.description)], 1),
    ];
    let mut score = 0;
    for word in words {
        let word_score: u32 = fields
            .iter()
            .map(|(values, weight)| {
                let best = values.iter().map(|v| strength(v, word)).max();
                weight * best.unwrap_or(0)
            })
            .sum();
        if word_score == 0 {
            return None;
        }
        score += word_score;
    }
    Some(score)
}

/// 3 when `word` is all of `field`, 2 when it is a whole word of it, 1 when part of one, else 0.
fn strength(field: &str, word: &str) -> u32 {
    if field == word {
        3
    } else if has_whole_word(field, word) {
        2
    } else if field.contains(word) {
        1
    } else {
        0
    }
}

/// Whether `word` occurs in `field` delimited by non-alphanumeric characters or the ends.
fn has_whole_word(field: &str, word: &str) -> bool {
    field.match_indices(word).any(|(at, _)| {
        let before = field[..at].chars().next_back();
        let after = field[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{catalog, codes, nutcache};
    use super::*;

    fn found(registry: &Registry, words: &str) -> Vec<String> {
        codes(&search(registry, &[words.to_owned()]))
    }

    #[test]
    fn search_needs_every_word_and_ranks_names_first() {
        let r = nutcache();
        // "request" is in the name and text of 429, the name of 400, and in descriptions.
        let hits = found(&r, "request");
        assert_eq!(hits[0], "429");
        assert!(hits.contains(&"400".to_owned()) && hits.contains(&"404".to_owned()));
        assert_eq!(found(&r, "RATE limit"), ["429"]);
        assert_eq!(found(&r, "authorization"), ["401"]);
        assert!(found(&r, "teapot").is_empty());
        assert!(search(&r, &[]).is_empty());
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
    }

    #[test]
    fn whole_words() {
        assert!(has_whole_word("the api key.", "key"));
        assert!(!has_whole_word("the keys", "key"));
        assert!(has_whole_word("key", "key"));
        assert_eq!(strength("key", "key"), 3);
        assert_eq!(strength("keys", "key"), 1);
        assert_eq!(strength("lock", "key"), 0);
    }
}
