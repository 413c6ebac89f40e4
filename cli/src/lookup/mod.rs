//! Finding entries in a registry: what a query names ([`resolve`]: a code, a name or an alias, or
//! a retired code), suggestions for what was not found ([`suggest`]), and the ranked word search
//! ([`search`]).

use errcodes_build::{Code, Entry, Registry, Retired};

mod search;
mod suggest;

pub use search::search;
pub use suggest::suggest;

#[cfg(test)]
pub(crate) use fixtures::find;

/// What a query names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'r> {
    /// One entry.
    Entry(&'r Entry),
    /// A retired code: used once, served no more.
    Retired(&'r Retired),
    /// Several entries that match only ignoring case (`abc` for the codes `ABC` and `Abc`, or for
    /// names that differ in case only, which the validator allows with a warning).
    Ambiguous(Vec<&'r Entry>),
    /// Nothing.
    Nothing,
}

/// What a query names, trying in turn:
///
/// 1. in a registry of integer codes, a query of digits is a code (`404`, `0404`), and so is
///    one in hexadecimal after `0x` (`0x5`, `0XBBA`, as Win32 codes are written), and nothing
///    else: the entry with that code, or the retired code;
/// 2. exactly as written: a string code (`42P01`, `BLOB_UNKNOWN`), else a name (`NotFound`), else
///    an alias (`EWOULDBLOCK`, `PayloadTooLarge`, `undefined_table`), else a retired code or the
///    name of one (`ImATeapot`);
/// 3. ignoring ASCII case, the same keys: the entry when one alone matches (`notfound`,
///    `blob_unknown`, `ewouldblock`), [`Found::Ambiguous`] when several do; else a retired code
///    or name, when one alone matches.
///
/// An exact match always wins over one in another case.
pub fn resolve<'r>(registry: &'r Registry, query: &str) -> Found<'r> {
    let query = query.trim();
    if let Some(n) = as_number(query).filter(|_| registry.code_type.is_int()) {
        let Ok(code) = u32::try_from(n).map(Code::Int) else {
            return Found::Nothing;
        };
        return (registry.by_code(&code).map(Found::Entry))
            .or_else(|| registry.is_retired(&code).map(Found::Retired))
            .unwrap_or(Found::Nothing);
    }
    if query.is_empty() {
        return Found::Nothing;
    }
    if let Some(entry) = registry
        .by_code(&Code::from(query))
        .or_else(|| registry.by_name_or_alias(query))
    {
        return Found::Entry(entry);
    }
    if let Some(retired) = registry
        .retired
        .iter()
        .find(|r| retired_keys(r).any(|k| k == query))
    {
        return Found::Retired(retired);
    }
    let any_case = |key: &str| key.eq_ignore_ascii_case(query);
    let entries: Vec<&Entry> = registry
        .entries
        .iter()
        .filter(|e| entry_keys(e).any(any_case))
        .collect();
    match entries.as_slice() {
        [entry] => Found::Entry(entry),
        [] => {
            let mut retired = registry
                .retired
                .iter()
                .filter(|r| retired_keys(r).any(any_case));
            match (retired.next(), retired.next()) {
                (Some(one), None) => Found::Retired(one),
                _ => Found::Nothing,
            }
        }
        _ => Found::Ambiguous(entries),
    }
}

/// What an entry is looked up by: its string code, its name, its aliases.
fn entry_keys(entry: &Entry) -> impl Iterator<Item = &str> {
    entry
        .code
        .as_str()
        .into_iter()
        .chain([entry.name.as_str()])
        .chain(entry.aliases.iter().map(String::as_str))
}

/// What a retired code is looked up by (beside an integer code): its string code, its name.
fn retired_keys(retired: &Retired) -> impl Iterator<Item = &str> {
    retired
        .code
        .as_str()
        .into_iter()
        .chain(retired.name.as_deref())
}

/// The query as a number when it is all ASCII digits, or `0x` (or `0X`) and hexadecimal digits
/// (`u64`, so that a code too large for the registry is still read as a number, not a name).
fn as_number(query: &str) -> Option<u64> {
    let (digits, radix) = match query
        .strip_prefix("0x")
        .or_else(|| query.strip_prefix("0X"))
    {
        Some(hex) => (hex, 16),
        None => (query, 10),
    };
    if !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)) {
        // Longer than u64: still a number, just not one any registry has.
        Some(u64::from_str_radix(digits, radix).unwrap_or(u64::MAX))
    } else {
        None
    }
}

/// Whether a registry reads `query` as an integer code (`404` or `0x194` in an integer registry;
/// never in a registry of string codes, where `22012` is a code like `42P01`, and `0x5` too).
pub fn is_int_code(registry: &Registry, query: &str) -> bool {
    registry.code_type.is_int() && as_number(query.trim()).is_some()
}

#[cfg(test)]
mod tests {
    use super::fixtures::{catalog, codes, nutcache};
    use super::*;

    /// The code of the entry `query` names, or what it resolves to instead.
    fn code(registry: &Registry, query: &str) -> String {
        match resolve(registry, query) {
            Found::Entry(e) => e.code.to_string(),
            Found::Retired(r) => format!("retired {}", r.code),
            Found::Ambiguous(entries) => format!("ambiguous {:?}", codes(&entries)),
            Found::Nothing => "nothing".to_owned(),
        }
    }

    #[test]
    fn finds_by_code_and_by_name_in_any_case() {
        let r = nutcache();
        for query in ["404", "0404", " 404 ", "NotFound", "notfound", "NOTFOUND"] {
            assert_eq!(code(&r, query), "404", "{query}");
        }
        assert_eq!(code(&r, "405"), "nothing");
        assert_eq!(code(&r, "99999999999999999999999"), "nothing");
        assert_eq!(code(&r, ""), "nothing");
        assert_eq!(
            find(&r, "429").map(|e| e.name.as_str()),
            Some("TooManyRequests")
        );
        assert!(find(&r, "teapot").is_none());
    }

    #[test]
    fn an_exact_name_wins_and_several_in_another_case_are_ambiguous() {
        // Names that differ in case only are valid, with a warning.
        let mut r = nutcache();
        r.entries[4].name = "Notfound".to_owned();
        assert_eq!(code(&r, "Notfound"), "429");
        assert_eq!(code(&r, "NotFound"), "404");
        assert_eq!(code(&r, "NOTFOUND"), r#"ambiguous ["404", "429"]"#);
        // A number is always a code, never a name.
        r.entries[4].name = "404".to_owned();
        assert_eq!(code(&r, "404"), "404");
    }

    #[test]
    fn string_codes_exactly_and_in_any_case() {
        let sql = catalog("sqlstate.toml");
        assert_eq!(code(&sql, "42P01"), "42P01");
        assert_eq!(code(&sql, "42p01"), "42P01");
        // Digits are a string code here, not a number.
        assert_eq!(code(&sql, "22012"), "22012");
        assert_eq!(code(&sql, "022012"), "nothing");
        let oci = catalog("oci-distribution.toml");
        assert_eq!(code(&oci, "BLOB_UNKNOWN"), "BLOB_UNKNOWN");
        assert_eq!(code(&oci, "blob_unknown"), "BLOB_UNKNOWN");
        assert_eq!(code(&oci, "BlobUnknown"), "BLOB_UNKNOWN");
        // The code `UNKNOWN` and the name `Unknown` are one entry: not ambiguous.
        assert_eq!(code(&oci, "unknown"), "UNKNOWN");
    }

    #[test]
    fn string_codes_that_differ_in_case_are_ambiguous_in_another() {
        let mut oci = catalog("oci-distribution.toml");
        oci.entries[1].code = Code::from("blob_unknown");
        assert_eq!(code(&oci, "BLOB_UNKNOWN"), "BLOB_UNKNOWN");
        assert_eq!(code(&oci, "blob_unknown"), "blob_unknown");
        assert_eq!(
            code(&oci, "Blob_Unknown"),
            r#"ambiguous ["BLOB_UNKNOWN", "blob_unknown"]"#
        );
    }

    #[test]
    fn aliases_find_their_entry() {
        let errno = catalog("errno.toml");
        assert_eq!(code(&errno, "EWOULDBLOCK"), code(&errno, "EAGAIN"));
        assert_eq!(code(&errno, "ewouldblock"), code(&errno, "EAGAIN"));
        assert_eq!(code(&errno, "11"), "11");
        let http = catalog("iana-http.toml");
        assert_eq!(code(&http, "PayloadTooLarge"), "413");
        assert_eq!(code(&http, "payloadtoolarge"), "413");
        let sql = catalog("sqlstate.toml");
        assert_eq!(code(&sql, "undefined_table"), "42P01");
        assert_eq!(code(&sql, "UNDEFINED_TABLE"), "42P01");
        assert_eq!(code(&sql, "UndefinedTable"), "42P01");
    }

    #[test]
    fn retired_codes_and_names() {
        let http = catalog("iana-http.toml");
        assert_eq!(code(&http, "418"), "retired 418");
        assert_eq!(code(&http, "ImATeapot"), "retired 418");
        assert_eq!(code(&http, "imateapot"), "retired 418");
        assert_eq!(code(&http, "306"), "retired 306");
        let sql = catalog("sqlstate.toml");
        assert_eq!(code(&sql, "72000"), "retired 72000");
        assert!(find(&http, "418").is_none());
    }

    #[test]
    fn int_codes() {
        assert!(is_int_code(&nutcache(), "404"));
        assert!(is_int_code(&nutcache(), "0x194"));
        assert!(!is_int_code(&nutcache(), "4o4"));
        assert!(!is_int_code(&nutcache(), "0x"));
        assert!(!is_int_code(&nutcache(), "0xg"));
        assert!(!is_int_code(&catalog("sqlstate.toml"), "22012"));
        assert!(!is_int_code(&catalog("sqlstate.toml"), "0x5"));
    }

    #[test]
    fn hexadecimal_integer_codes() {
        let r = nutcache();
        for query in ["0x194", "0X194", "0x0194", " 0x194 "] {
            assert_eq!(code(&r, query), "404", "{query}");
        }
        assert_eq!(code(&r, "0x195"), "nothing");
        assert_eq!(code(&r, "0xFFFFFFFFFFFFFFFFFFFF"), "nothing");
        assert_eq!(code(&r, "0x"), "nothing");
        assert_eq!(code(&r, "x194"), "nothing");
        assert_eq!(code(&r, "0x-1"), "nothing");
        let http = catalog("iana-http.toml");
        assert_eq!(code(&http, "0x1a2"), "retired 418");
        // In a registry of string codes, `0x5` is a code like any other string.
        let mut sql = catalog("sqlstate.toml");
        assert_eq!(code(&sql, "0x5"), "nothing");
        sql.entries[0].code = Code::from("0x5");
        assert_eq!(code(&sql, "0x5"), "0x5");
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use errcodes_build::{Entry, Registry};

    use super::{Found, resolve};

    /// The embedded (Nutcache) registry.
    pub fn nutcache() -> Registry {
        crate::registry::embedded().expect("the embedded registry is valid")
    }

    /// A catalog of the repository's `registries/` folder, e.g. `sqlstate.toml`.
    pub fn catalog(file: &str) -> Registry {
        let path = format!("{}/../registries/{file}", env!("CARGO_MANIFEST_DIR"));
        Registry::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e:?}"))
    }

    /// The codes of `entries`, as written.
    pub fn codes(entries: &[&Entry]) -> Vec<String> {
        entries.iter().map(|e| e.code.to_string()).collect()
    }

    /// The entry a query names, if it names one entry (see [`resolve`]).
    pub fn find<'r>(registry: &'r Registry, query: &str) -> Option<&'r Entry> {
        match resolve(registry, query) {
            Found::Entry(entry) => Some(entry),
            _ => None,
        }
    }
}
