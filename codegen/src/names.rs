//! What a variant name may be, and the suggestions made when a name or a key is not right.

use heck::ToUpperCamelCase;

/// Names the generated enum gives its own associated items (public ones, and the private tables).
pub(crate) const RESERVED_NAMES: &[&str] = &[
    "ALL", "COUNT", "VARIANTS", "RETIRED", "RECORDS", "NAMES", "INDEX",
];

/// Why `name` cannot be an enum variant of the generated code, and what to write instead.
pub(crate) fn variant_name_problem(name: &str) -> Option<(String, String)> {
    // Built only for a name that has a problem: most names have none.
    let suggestion = || {
        let camel = name.to_upper_camel_case();
        if camel.is_empty() || camel == name || variant_name_problem(&camel).is_some() {
            "write an UpperCamelCase name such as `NotFound`".to_owned()
        } else {
            format!("write it in UpperCamelCase, e.g. `{camel}`")
        }
    };
    let first = name.chars().next()?;
    if first.is_ascii_digit() {
        let rest = if name.chars().all(|c| c.is_ascii_alphanumeric()) {
            name.to_owned()
        } else {
            name.to_upper_camel_case()
        };
        return Some((
            "it starts with a digit".into(),
            format!("start with a letter, e.g. `Error{rest}`"),
        ));
    }
    if let Some(bad) = name.chars().find(|c| !c.is_ascii_alphanumeric()) {
        let what = match bad {
            '-' => "it contains `-`".to_owned(),
            '_' => "it contains `_` (UpperCamelCase has none)".to_owned(),
            c if c.is_whitespace() => "it contains whitespace".to_owned(),
            c => format!(
                "it contains `{}` (only ASCII letters and digits are allowed)",
                c.escape_debug()
            ),
        };
        return Some((what, suggestion()));
    }
    if !first.is_ascii_uppercase() {
        return Some((
            "it does not start with an uppercase letter".into(),
            suggestion(),
        ));
    }
    if name == "Self" {
        return Some((
            "`Self` is a Rust keyword".into(),
            "choose another name, e.g. `SelfReference`".into(),
        ));
    }
    if RESERVED_NAMES.contains(&name) {
        return Some((
            format!("`{name}` is used by the generated enum's associated constants"),
            "choose another name".into(),
        ));
    }
    None
}

/// The closest known key, if it is close enough to be what was meant.
pub(crate) fn suggest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    let unknown = unknown.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&unknown, k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(name: &str) -> String {
        variant_name_problem(name).unwrap().1
    }

    #[test]
    fn variant_names() {
        assert!(variant_name_problem("NotFound").is_none());
        assert!(variant_name_problem("Option").is_none());
        assert!(variant_name_problem("Http2").is_none());
        assert!(variant_name_problem("EAGAIN").is_none());
        assert!(variant_name_problem("Self").is_some());
        assert!(variant_name_problem("ALL").is_some());
        assert!(variant_name_problem("4xx").unwrap().0.contains("digit"));
        assert!(
            variant_name_problem("notFound")
                .unwrap()
                .0
                .contains("uppercase")
        );
        assert!(variant_name_problem("Nöt").is_some());
    }

    #[test]
    fn names_from_other_tables_get_their_upper_camel_case_form() {
        // What people paste from gRPC, Stripe and errno tables.
        assert_eq!(
            help("NOT_FOUND"),
            "write it in UpperCamelCase, e.g. `NotFound`"
        );
        assert_eq!(
            help("not_found"),
            "write it in UpperCamelCase, e.g. `NotFound`"
        );
        assert_eq!(
            help("not-found"),
            "write it in UpperCamelCase, e.g. `NotFound`"
        );
        assert_eq!(
            help("card_declined"),
            "write it in UpperCamelCase, e.g. `CardDeclined`"
        );
        assert_eq!(
            help("notFound"),
            "write it in UpperCamelCase, e.g. `NotFound`"
        );
        assert_eq!(help("eagain"), "write it in UpperCamelCase, e.g. `Eagain`");
        assert_eq!(help("E_AGAIN"), "write it in UpperCamelCase, e.g. `EAgain`");
        assert_eq!(
            help("404Error"),
            "start with a letter, e.g. `Error404Error`"
        );
        assert_eq!(
            help("404_not_found"),
            "start with a letter, e.g. `Error404NotFound`"
        );
        // Nothing usable to suggest: the generic advice.
        assert_eq!(
            help("__"),
            "write an UpperCamelCase name such as `NotFound`"
        );
    }

    #[test]
    fn suggestions() {
        let keys = ["code", "name", "text", "description"];
        assert_eq!(suggest("descripton", &keys), Some("description"));
        assert_eq!(suggest("eror", &["registry", "error"]), Some("error"));
        assert_eq!(suggest("Code", &keys), Some("code"));
        assert_eq!(suggest("colour", &keys), None);
    }
}
