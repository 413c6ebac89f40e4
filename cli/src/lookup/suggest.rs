//! "Did you mean": the entries close to a query that named nothing.

use errcodes_build::{Entry, Registry};

use super::{as_number, entry_keys};

/// How many suggestions "did you mean" offers at most.
const MAX_SUGGESTIONS: usize = 3;

/// Entries close to a query that matched nothing, best first.
///
/// For a number in a registry of integer codes: the nearest codes of the same hundred or within
/// 10 of it (`405` → 404, 403, 401; `499` → 500, 429), and codes one typo away (`410` → 401).
/// Otherwise: names, aliases, texts and string codes within a small edit distance once case and
/// punctuation are ignored (`NotFund`, `not_found`, `too many requests`, `EWOULDBLOK`,
/// `BLOB_UNKNWN`), and codes one typo away (`4o4` → 404, `42P0l` → 42P01).
pub fn suggest<'r>(registry: &'r Registry, query: &str) -> Vec<&'r Entry> {
    let query = query.trim();
    let number = as_number(query).filter(|_| registry.code_type.is_int());
    let q = normalize(query);
    if q.is_empty() {
        return Vec::new();
    }
    // One edit per three characters, at least one: `NotFund` is close to `notfound`.
    let limit = (q.chars().count() / 3).max(1);
    let has_digit = query.bytes().any(|b| b.is_ascii_digit());
    let mut scored: Vec<(u64, &Entry)> = Vec::new();
    let lower = query.to_ascii_lowercase();
    for e in &registry.entries {
        // How many typos apart the query and the code are, ignoring ASCII case.
        let typo = strsim::osa_distance(&lower, &e.code.to_string().to_ascii_lowercase());
        let distance = if let Some(n) = number {
            let code = u64::from(e.code.as_int().unwrap_or(0));
            let same_hundred = n / 100 == code / 100;
            (same_hundred || n.abs_diff(code) < 10 || typo <= 1).then(|| n.abs_diff(code))
        } else {
            let by_words = (entry_keys(e).chain([e.text.as_str()]))
                .map(|w| strsim::osa_distance(&q, &normalize(w)))
                .filter(|&d| d <= limit);
            let by_code = (has_digit && typo <= 1).then_some(typo);
            by_words.chain(by_code).min().map(|d| d as u64)
        };
        scored.extend(distance.map(|d| (d, e)));
    }
    // A stable sort: ties keep table order.
    scored.sort_by_key(|&(distance, _)| distance);
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, e)| e)
        .collect()
}

/// Lower-case letters and digits only: `Too-Many_Requests` → `toomanyrequests`.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{catalog, codes, nutcache};
    use super::*;

    fn suggested(registry: &Registry, query: &str) -> Vec<String> {
        codes(&suggest(registry, query))
    }

    #[test]
    fn number_suggestions_are_the_nearest_codes() {
        let r = nutcache();
        assert_eq!(suggested(&r, "405"), ["404", "403", "401"]);
        assert_eq!(suggested(&r, "410"), ["404", "403", "401"]);
        assert_eq!(suggested(&r, "502"), ["500"]);
        assert_eq!(suggested(&r, "499"), ["500", "429", "404"]);
        assert_eq!(suggested(&r, "4000"), ["400"]);
        assert!(suggest(&r, "999").is_empty());
        assert!(suggest(&r, "99999999999999999999999").is_empty());
    }

    #[test]
    fn typo_suggestions() {
        let r = nutcache();
        assert_eq!(suggested(&r, "4o4"), ["404"]);
        assert_eq!(suggested(&r, "NotFund"), ["404"]);
        assert_eq!(suggested(&r, "not_found"), ["404"]);
        assert_eq!(suggested(&r, "too many requests"), ["429"]);
        assert_eq!(suggested(&r, "Forbiden"), ["403"]);
        assert!(suggest(&r, "teapot").is_empty());
        assert!(suggest(&r, "--").is_empty());
    }

    #[test]
    fn aliases_and_string_codes_are_suggested() {
        let errno = catalog("errno.toml");
        let eagain = codes(&[errno.by_name_or_alias("EAGAIN").unwrap()]);
        assert_eq!(suggested(&errno, "EWOULDBLOK")[..1], eagain[..]);
        let http = catalog("iana-http.toml");
        assert_eq!(suggested(&http, "PayloadTooLarg")[..1], ["413"]);
        let sql = catalog("sqlstate.toml");
        assert_eq!(suggested(&sql, "undefined_tabel")[..1], ["42P01"]);
        assert_eq!(suggested(&sql, "42P0l")[..1], ["42P01"]);
        let oci = catalog("oci-distribution.toml");
        assert_eq!(suggested(&oci, "BLOB_UNKNWN")[..1], ["BLOB_UNKNOWN"]);
    }
}
