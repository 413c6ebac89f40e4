//! Finding entries in a registry: by code or name, suggestions for what was not found, and the
//! ranked word search.

use errcodes_build::{Entry, Registry};

/// How many suggestions "did you mean" offers at most.
const MAX_SUGGESTIONS: usize = 3;

/// The entry a query names: a code (`404`), else a variant name as written (`NotFound`), else a
/// name in any case (`notfound`). An exact name wins over one that differs in case only.
pub fn find<'r>(registry: &'r Registry, query: &str) -> Option<&'r Entry> {
    let query = query.trim();
    if let Some(code) = as_number(query) {
        return u32::try_from(code)
            .ok()
            .and_then(|code| registry.by_code(&code.into()));
    }
    registry.by_name(query).or_else(|| {
        registry
            .entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(query))
    })
}

/// The query as a number when it is all ASCII digits (`u64`, so that a code too large for the
/// registry is still read as a number, not a name).
fn as_number(query: &str) -> Option<u64> {
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        // Longer than u64: still a number, just not one any registry has.
        Some(query.parse().unwrap_or(u64::MAX))
    } else {
        None
    }
}

/// Lower-case letters and digits only: `Too-Many_Requests` → `toomanyrequests`.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Entries close to a query that matched nothing, best first.
///
/// For a number: the nearest codes of the same hundred or within 10 of it (`405` → 404, 403, 401;
/// `499` → 500, 429), and codes one typo away (`410` → 401). For a name: names and texts within a small edit distance once case and
/// punctuation are ignored (`NotFund`, `not_found`, `too many requests`), and codes one typo away
/// (`4o4` → 404).
pub fn suggest<'r>(registry: &'r Registry, query: &str) -> Vec<&'r Entry> {
    let query = query.trim();
    let mut scored: Vec<(u64, usize, &Entry)> = Vec::new();
    let typo = |code: u32| strsim::osa_distance(query, &code.to_string());
    if let Some(n) = as_number(query) {
        for (i, e) in registry.entries.iter().enumerate() {
            let code = e.code.as_int().unwrap_or(0);
            let distance = n.abs_diff(u64::from(code));
            let same_hundred = n / 100 == u64::from(code) / 100;
            if same_hundred || distance < 10 || typo(code) <= 1 {
                scored.push((distance, i, e));
            }
        }
    } else {
        let q = normalize(query);
        if q.is_empty() {
            return Vec::new();
        }
        // One edit per three characters, at least one: `NotFund` is close to `notfound`.
        let limit = (q.chars().count() / 3).max(1);
        let has_digit = query.bytes().any(|b| b.is_ascii_digit());
        for (i, e) in registry.entries.iter().enumerate() {
            let by_words = strsim::osa_distance(&q, &normalize(&e.name))
                .min(strsim::osa_distance(&q, &normalize(&e.text)));
            let mut best = (by_words <= limit).then_some(by_words);
            if has_digit {
                let by_code = typo(e.code.as_int().unwrap_or(0));
                if by_code <= 1 {
                    best = Some(best.map_or(by_code, |b| b.min(by_code)));
                }
            }
            if let Some(distance) = best {
                scored.push((distance as u64, i, e));
            }
        }
    }
    scored.sort_by_key(|&(distance, index, _)| (distance, index));
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, e)| e)
        .collect()
}

/// The entries that contain every word of `words` (case-insensitive, in the code, name, text or
/// description), best match first.
///
/// A word scores most in the name (most of all when it is the whole name), then in the text, then
/// in the description; a whole-word match scores more than part of a word. Ties keep table order.
pub fn search<'r>(registry: &'r Registry, words: &[String]) -> Vec<&'r Entry> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u32, usize, &Entry)> = Vec::new();
    'entries: for (i, e) in registry.entries.iter().enumerate() {
        let code = e.code.to_string();
        let name = e.name.to_lowercase();
        let text = e.text.to_lowercase();
        let description = e.description.to_lowercase();
        let mut score = 0;
        for word in &words {
            let fields = [(&code, 8), (&name, 6), (&text, 4), (&description, 1)];
            let mut word_score = 0;
            for (field, weight) in fields {
                if field == word {
                    word_score += weight * 3;
                } else if has_whole_word(field, word) {
                    word_score += weight * 2;
                } else if field.contains(word.as_str()) {
                    word_score += weight;
                }
            }
            if word_score == 0 {
                continue 'entries;
            }
            score += word_score;
        }
        hits.push((score, i, e));
    }
    hits.sort_by_key(|&(score, index, _)| (std::cmp::Reverse(score), index));
    hits.into_iter().map(|(_, _, e)| e).collect()
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
    use super::*;

    fn registry() -> Registry {
        crate::registry::embedded().expect("the embedded registry is valid")
    }

    fn codes(entries: &[&Entry]) -> Vec<u32> {
        entries.iter().filter_map(|e| e.code.as_int()).collect()
    }

    #[test]
    fn finds_by_code_and_by_name_in_any_case() {
        let r = registry();
        assert_eq!(find(&r, "404").and_then(|e| e.code.as_int()), Some(404));
        assert_eq!(
            find(&r, "NotFound").and_then(|e| e.code.as_int()),
            Some(404)
        );
        assert_eq!(
            find(&r, "notfound").and_then(|e| e.code.as_int()),
            Some(404)
        );
        assert_eq!(
            find(&r, "NOTFOUND").and_then(|e| e.code.as_int()),
            Some(404)
        );
        assert!(find(&r, "405").is_none());
        assert!(find(&r, "99999999999999999999999").is_none());
        assert!(find(&r, "").is_none());
    }

    #[test]
    fn an_exact_name_wins_over_one_in_another_case() {
        // The validator rejects names that differ in case only; a model built in code may hold them.
        let mut r = registry();
        r.entries[4].name = "Notfound".to_owned();
        assert_eq!(
            find(&r, "Notfound").and_then(|e| e.code.as_int()),
            Some(429)
        );
        assert_eq!(
            find(&r, "NotFound").and_then(|e| e.code.as_int()),
            Some(404)
        );
        // Neither exact: the first in table order.
        assert_eq!(
            find(&r, "NOTFOUND").and_then(|e| e.code.as_int()),
            Some(404)
        );
        r.entries.swap(3, 4);
        assert_eq!(
            find(&r, "NotFound").and_then(|e| e.code.as_int()),
            Some(404)
        );
        assert_eq!(
            find(&r, "Notfound").and_then(|e| e.code.as_int()),
            Some(429)
        );
        // A number is always a code, never a name.
        assert_eq!(find(&r, "0404").and_then(|e| e.code.as_int()), Some(404));
    }

    #[test]
    fn number_suggestions_are_the_nearest_codes() {
        let r = registry();
        assert_eq!(codes(&suggest(&r, "405")), [404, 403, 401]);
        assert_eq!(codes(&suggest(&r, "410")), [404, 403, 401]);
        assert_eq!(codes(&suggest(&r, "502")), [500]);
        assert_eq!(codes(&suggest(&r, "499")), [500, 429, 404]);
        assert_eq!(codes(&suggest(&r, "4000")), [400]);
        assert!(suggest(&r, "999").is_empty());
        assert!(suggest(&r, "99999999999999999999999").is_empty());
    }

    #[test]
    fn typo_suggestions() {
        let r = registry();
        assert_eq!(codes(&suggest(&r, "4o4")), [404]);
        assert_eq!(codes(&suggest(&r, "NotFund")), [404]);
        assert_eq!(codes(&suggest(&r, "not_found")), [404]);
        assert_eq!(codes(&suggest(&r, "too many requests")), [429]);
        assert_eq!(codes(&suggest(&r, "Forbiden")), [403]);
        assert!(suggest(&r, "teapot").is_empty());
        assert!(suggest(&r, "--").is_empty());
    }

    #[test]
    fn search_needs_every_word_and_ranks_names_first() {
        let r = registry();
        let words = |s: &str| vec![s.to_owned()];
        // "request" is in the name and text of 429, the name of 400, and in descriptions.
        let hits = codes(&search(&r, &words("request")));
        assert_eq!(hits[0], 429);
        assert!(hits.contains(&400) && hits.contains(&404));
        assert_eq!(codes(&search(&r, &words("RATE limit"))), [429]);
        assert_eq!(codes(&search(&r, &words("authorization"))), [401]);
        assert!(search(&r, &words("teapot")).is_empty());
        assert!(search(&r, &[]).is_empty());
    }

    #[test]
    fn whole_words() {
        assert!(has_whole_word("the api key.", "key"));
        assert!(!has_whole_word("the keys", "key"));
        assert!(has_whole_word("key", "key"));
    }
}
