//! The little HTML that Markdown descriptions carry (`<a href="…">`, `<br>`, `<code>` …): split
//! into tags and text, tag attributes read with HTML's quoting rules, entities decoded.
//!
//! This is not an HTML parser; it reads what `pulldown-cmark` hands over as `Html`/`InlineHtml`
//! events, which CommonMark has already delimited, well enough to turn it into text.

/// A piece of HTML source.
#[derive(Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text between tags (entities not yet decoded).
    Text(&'a str),
    /// A start or end tag.
    Tag(HtmlTag),
    /// A comment, doctype, processing instruction or CDATA section: no text.
    Comment,
}

/// A start tag (`<a href="x">`, `<br/>`) or an end tag (`</a>`).
#[derive(Debug, PartialEq, Eq)]
pub struct HtmlTag {
    /// The tag name, lower-cased.
    pub name: String,
    /// `</name>`.
    pub closing: bool,
    /// The attributes in order: name lower-cased, value raw (entities not decoded); an attribute
    /// without a value has an empty one.
    pub attrs: Vec<(String, String)>,
}

impl HtmlTag {
    /// The raw value of the first attribute called `name` (lower-case).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Splits `source` into text, tags and comments. A `<` that does not start a well-formed tag is
/// text.
pub fn tokens(source: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    let bytes = source.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<'
            && let Some((token, len)) = markup(&source[i..])
        {
            if text_start < i {
                out.push(Token::Text(&source[text_start..i]));
            }
            out.push(token);
            i += len;
            text_start = i;
        } else {
            i += 1;
        }
    }
    if text_start < source.len() {
        out.push(Token::Text(&source[text_start..]));
    }
    out
}

/// The markup starting at `s` (which starts with `<`) and its length in bytes.
fn markup(s: &str) -> Option<(Token<'static>, usize)> {
    for (open, close) in [
        ("<!--", "-->"),
        ("<![CDATA[", "]]>"),
        ("<?", "?>"),
        ("<!", ">"),
    ] {
        if let Some(body) = s.strip_prefix(open) {
            let end = body.find(close)? + open.len() + close.len();
            return Some((Token::Comment, end));
        }
    }
    let (closing, rest, mut pos) = match s[1..].strip_prefix('/') {
        Some(rest) => (true, rest, 2),
        None => (false, &s[1..], 1),
    };
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    if name_len == 0 || !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = rest[..name_len].to_ascii_lowercase();
    pos += name_len;
    let mut attrs = Vec::new();
    loop {
        let tail = &s[pos..];
        let trimmed = tail.trim_start_matches(|c: char| c.is_ascii_whitespace());
        pos += tail.len() - trimmed.len();
        if trimmed.starts_with("/>") {
            return Some((
                Token::Tag(HtmlTag {
                    name,
                    closing,
                    attrs,
                }),
                pos + 2,
            ));
        }
        if trimmed.starts_with('>') {
            return Some((
                Token::Tag(HtmlTag {
                    name,
                    closing,
                    attrs,
                }),
                pos + 1,
            ));
        }
        // An attribute name: anything up to whitespace, `=`, `>` or `/`.
        let attr_len = trimmed
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/' | '<'))
            .unwrap_or(trimmed.len());
        if attr_len == 0 {
            // A stray `/`, `<` or the end of the input: not a tag we can read.
            return None;
        }
        let attr = trimmed[..attr_len].to_ascii_lowercase();
        pos += attr_len;
        let tail = &s[pos..];
        let trimmed = tail.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if !trimmed.starts_with('=') {
            attrs.push((attr, String::new()));
            continue;
        }
        pos += tail.len() - trimmed.len() + 1;
        let tail = &s[pos..];
        let value_start = tail.trim_start_matches(|c: char| c.is_ascii_whitespace());
        pos += tail.len() - value_start.len();
        let (value, len) = match value_start.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let end = value_start[1..].find(q)?;
                (&value_start[1..1 + end], end + 2)
            }
            Some(_) => {
                let end = value_start
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(value_start.len());
                (&value_start[..end], end)
            }
            None => return None,
        };
        attrs.push((attr, value.to_owned()));
        pos += len;
    }
}

/// Decodes HTML character references: the common named ones and every numeric one (`&#64;`,
/// `&#x40;`). Unknown or malformed references are kept as they are.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest[1..].find(';').filter(|&n| n <= 32).and_then(|n| {
            let name = &rest[1..1 + n];
            let c = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                code.map(|c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
            } else {
                named_entity(name)
            };
            c.map(|c| (c, n + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "euro" => '€',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> HtmlTag {
        match tokens(s).into_iter().next() {
            Some(Token::Tag(t)) => t,
            other => panic!("not a tag: {other:?}"),
        }
    }

    #[test]
    fn attributes_in_every_quoting() {
        let t = tag(r#"<A Href = "mailto:x@y.z" title='a "b"' data-x=plain disabled>"#);
        assert_eq!(t.name, "a");
        assert!(!t.closing);
        assert_eq!(t.attr("href"), Some("mailto:x@y.z"));
        assert_eq!(t.attr("title"), Some("a \"b\""));
        assert_eq!(t.attr("data-x"), Some("plain"));
        assert_eq!(t.attr("disabled"), Some(""));
        assert_eq!(t.attr("src"), None);
    }

    #[test]
    fn a_quoted_greater_than_does_not_end_the_tag() {
        let t = tag(r#"<a href="x?a>b" class=c>"#);
        assert_eq!(t.attr("href"), Some("x?a>b"));
        assert_eq!(t.attr("class"), Some("c"));
    }

    #[test]
    fn closing_and_self_closing() {
        assert!(tag("</a >").closing);
        assert_eq!(tag("<br/>").name, "br");
        assert_eq!(tag("<br />").name, "br");
    }

    #[test]
    fn text_tags_and_comments() {
        let t = tokens("a <b>c</b> <!-- x --> 1 < 2 <3");
        assert_eq!(t.len(), 7);
        assert_eq!(t[0], Token::Text("a "));
        assert_eq!(t[2], Token::Text("c"));
        assert_eq!(t[4], Token::Text(" "));
        assert_eq!(t[5], Token::Comment);
        assert_eq!(t[6], Token::Text(" 1 < 2 <3"));
    }

    #[test]
    fn unterminated_tag_is_text() {
        assert_eq!(tokens("<a href=\"x"), vec![Token::Text("<a href=\"x")]);
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&amp;b &lt;&#64;&#x41;&gt; &bogus; & &;"),
            "a&b <@A> &bogus; & &;"
        );
    }
}
