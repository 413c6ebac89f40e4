//! What a link, a link template, a string code and a lookup name may look like: each check says
//! why a value is not right, or nothing.

/// What `key` holds, with an example: the help of a message that it is missing or empty.
/// `in_registry`: the key of `[registry]` rather than of an entry.
pub(crate) fn what_key_holds(key: &str, in_registry: bool) -> &'static str {
    match (key, in_registry) {
        ("name", true) => "the API's name, e.g. `name = \"Example API\"`",
        ("name", false) => "the Rust variant name, e.g. `name = \"NotFound\"`",
        ("code", _) => "the code, e.g. `code = 404` (or a string in a `str` registry)",
        ("text", _) => "the short text, e.g. `text = \"Not Found\"`",
        ("category", _) => "a label grouping entries, e.g. `category = \"Blob\"`, or remove it",
        ("deprecated", _) => "what to use instead, e.g. `deprecated = \"Use Gone instead.\"`",
        ("note", _) => "why it was retired, e.g. `note = \"Unused since 1.0.\"`",
        _ => {
            "the long explanation (Markdown), e.g. `description = \"The resource does not exist.\"`"
        }
    }
}

/// The longest string code, in bytes.
const MAX_CODE_LEN: usize = 64;

/// Why `link` is not an absolute `http(s)` URL, if it is not. Checked by hand rather than with a
/// URL parser (whose dependencies would weigh on every build script): a scheme, a host, and no
/// character that RFC 3986 leaves out of URLs.
pub(crate) fn link_problem(link: &str) -> Option<String> {
    let Some(rest) = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
    else {
        return Some("it does not start with `https://` or `http://`".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Some("it has no host".into());
    }
    let bad = link.chars().find(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
    })?;
    Some(match bad {
        c if c.is_whitespace() => "it contains whitespace".into(),
        c if c.is_control() => "it contains a control character".into(),
        c => format!("it contains `{c}`, which a URL writes percent-encoded"),
    })
}

/// Why the link template `template` is not right, if it is not: a placeholder other than
/// `{code}` and `{name}`, a brace that does not pair, or (filled in) not a link.
pub(crate) fn template_problem(template: &str) -> Option<String> {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        filled.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Some("it has a `}` without a `{` before it".into());
        }
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['{', '}'])
            .filter(|&i| after[i..].starts_with('}'))
        else {
            return Some("it has a `{` without a `}` after it".into());
        };
        let name = &after[..close];
        if name != "code" && name != "name" {
            return Some(format!(
                "it has the placeholder `{{{name}}}`; only `{{code}}` and `{{name}}` are filled"
            ));
        }
        filled.push('x');
        rest = &after[close + 1..];
    }
    filled.push_str(rest);
    link_problem(&filled)
}

/// Why `code` cannot be a string code, if it cannot: printable ASCII without spaces, 1 to
/// [`MAX_CODE_LEN`] bytes.
pub(crate) fn string_code_problem(code: &str) -> Option<String> {
    if code.is_empty() {
        return Some("it is empty".into());
    }
    if let Some(c) = code.chars().find(|c| !c.is_ascii_graphic()) {
        return Some(match c {
            ' ' => "it contains a space".into(),
            c if c.is_control() => "it contains a control character".into(),
            c if c.is_whitespace() => "it contains whitespace".into(),
            c => format!("it contains `{c}`, which is not ASCII"),
        });
    }
    if code.len() > MAX_CODE_LEN {
        return Some(format!(
            "it is {} bytes long, more than {MAX_CODE_LEN}",
            code.len()
        ));
    }
    None
}

/// Why `name` cannot be looked up as an alias, if it cannot: empty, or with whitespace or control
/// characters (which no one types, or which a command line splits on).
pub(crate) fn lookup_name_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        Some("it is empty")
    } else if name.chars().any(char::is_whitespace) {
        Some("it contains whitespace")
    } else if name.chars().any(char::is_control) {
        Some("it contains a control character")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(link_problem("https://docs.example.com/errors#404"), None);
        assert_eq!(link_problem("http://example.com"), None);
        for (link, why) in [
            ("docs.example.com/errors", "does not start with"),
            ("ftp://example.com", "does not start with"),
            ("/errors/404", "does not start with"),
            ("https:///path", "no host"),
            ("https://", "no host"),
            ("https://example.com/a b", "whitespace"),
            ("https://example.com/\u{7}", "control"),
            ("https://example.com/{code}", "`{`"),
        ] {
            let got = link_problem(link).unwrap_or_default();
            assert!(got.contains(why), "{link}: {got}");
        }
    }

    #[test]
    fn templates() {
        assert_eq!(template_problem("https://e.com/errors#{code}"), None);
        assert_eq!(template_problem("https://e.com/{name}/{code}"), None);
        assert_eq!(template_problem("https://e.com/errors"), None);
        for (template, why) in [
            ("https://e.com/{id}", "`{id}`"),
            ("https://e.com/{}", "`{}`"),
            ("https://e.com/{code", "without a `}`"),
            ("https://e.com/{{code}}", "without a `}`"),
            ("https://e.com/code}", "without a `{`"),
            ("e.com/{code}", "does not start with"),
            ("https://e.com/{code} x", "whitespace"),
        ] {
            let got = template_problem(template).unwrap_or_default();
            assert!(got.contains(why), "{template}: {got}");
        }
    }

    #[test]
    fn string_codes() {
        for ok in [
            "42P01",
            "E0308",
            "card_declined",
            "BLOB_UNKNOWN",
            "a.b-c/d",
            "x",
        ] {
            assert_eq!(string_code_problem(ok), None, "{ok}");
        }
        assert_eq!(string_code_problem(&"X".repeat(64)), None);
        for (code, why) in [
            ("", "empty"),
            ("card declined", "space"),
            ("tab\there", "control"),
            ("caf\u{e9}", "not ASCII"),
            ("nb\u{a0}sp", "whitespace"),
        ] {
            let got = string_code_problem(code).unwrap_or_default();
            assert!(got.contains(why), "{code:?}: {got}");
        }
        assert!(
            string_code_problem(&"X".repeat(65))
                .unwrap()
                .contains("65 bytes")
        );
    }

    #[test]
    fn lookup_names() {
        assert_eq!(lookup_name_problem("EWOULDBLOCK"), None);
        assert_eq!(lookup_name_problem("undefined_table"), None);
        assert_eq!(lookup_name_problem(""), Some("it is empty"));
        assert_eq!(
            lookup_name_problem("two words"),
            Some("it contains whitespace")
        );
        assert_eq!(
            lookup_name_problem("nul\0"),
            Some("it contains a control character")
        );
    }
}
