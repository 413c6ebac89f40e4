use core::fmt::Write as _;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{cut, parse_halves, parse_recoverable};

/// Every key and value of `value` with its span, one per line: what the reader sees of a document.
fn layout(value: &Spanned<DeValue<'_>>, path: &str, out: &mut String) {
    let span = value.span();
    match value.get_ref() {
        DeValue::Table(table) => {
            let _ = writeln!(out, "{path} {span:?} table");
            for (k, v) in table {
                let _ = writeln!(out, "{path}.{} {:?} key", k.get_ref(), k.span());
                layout(v, &format!("{path}.{}", k.get_ref()), out);
            }
        }
        DeValue::Array(array) => {
            let _ = writeln!(out, "{path} {span:?} array of {}", array.len());
            for (i, v) in array.iter().enumerate() {
                layout(v, &format!("{path}[{i}]"), out);
            }
        }
        other => {
            let _ = writeln!(out, "{path} {span:?} {other:?}");
        }
    }
}

fn layout_of(doc: &Spanned<DeTable<'_>>) -> String {
    let mut out = String::new();
    let span = doc.span();
    let value = Spanned::new(span, DeValue::Table(doc.get_ref().clone()));
    layout(&value, "", &mut out);
    out
}

/// Fails at the first line where two layouts differ (a whole layout is too long to show).
#[track_caller]
fn assert_same(got: &str, want: &str, case: &str) {
    let first = got.lines().zip(want.lines()).position(|(g, w)| g != w);
    if let Some(i) = first {
        let (g, w) = (got.lines().nth(i), want.lines().nth(i));
        panic!("{case}: line {i} differs:\n got: {g:?}\nwant: {w:?}");
    }
    assert_eq!(
        got.lines().count(),
        want.lines().count(),
        "{case}: line counts"
    );
}

/// A registry of `n` entries, with `before` and `after` put before the first entry and after the
/// last.
fn registry(n: usize, before: &str, after: &str) -> String {
    let mut s = format!("[registry]\nname = \"A\"\n{before}\n");
    for i in 0..n {
        let _ = write!(
            s,
            "[[error]]\ncode = {i}\nname = \"E{i}\"\ntext = 'T'\ndescription = \"\"\"\nD {i}\n\"\"\"\naliases = [\"A{i}\", \"B{i}\"]\n\n"
        );
    }
    s.push_str(after);
    s
}

/// The halves give exactly what the whole gives: every key, value and span.
#[track_caller]
fn same_as_whole(source: &str) {
    let whole = DeTable::parse(source).expect("the test document is valid TOML");
    let halves = parse_halves(source).expect("the document is cut in halves");
    assert_same(&layout_of(&halves), &layout_of(&whole), "halves");
}

#[test]
fn halves_give_what_the_whole_gives() {
    same_as_whole(&registry(40, "", ""));
    // Retired codes after the entries: only in the second half, then in both.
    same_as_whole(&registry(
        40,
        "",
        "[[retired]]\ncode = 900\nname = 'Gone'\n",
    ));
    same_as_whole(&registry(
        40,
        "[[retired]]\ncode = 901\nname = 'Old'\n",
        "[[retired]]\ncode = 900\nname = 'Gone'\n",
    ));
    // Sub-tables of an entry stay with it.
    let mut s = registry(20, "", "");
    s.push_str(
        &registry(20, "", "").replace("[registry]\nname = \"A\"\n", "[error.extra]\nx = 1\n"),
    );
    same_as_whole(&s);
    // Windows line ends.
    same_as_whole(&registry(40, "", "").replace('\n', "\r\n"));
}

#[test]
fn the_cut_is_at_a_header_line_from_the_middle_on() {
    let s = registry(40, "", "");
    let at = cut(&s).unwrap();
    assert!(at >= s.len() / 2);
    assert!(s[at..].starts_with("[[error]]\n"));
    assert_eq!(&s[at - 1..at], "\n");
    // `[[error]]x` or `[[error]].sub` is not the header looked for.
    assert_eq!(cut(&format!("{}\n[[error]]x", "#".repeat(10))), None);
    assert_eq!(cut("[[error]]\ncode = 1\n"), None);
}

/// A document the halves would read differently from the whole (or read where the whole is an
/// error) is parsed whole: same values, or same errors.
#[test]
fn what_the_halves_would_misread_is_left_to_the_whole() {
    let entries = registry(40, "", "");
    let cases = [
        // The cut line inside a multi-line string: the first half does not parse.
        format!(
            "[registry]\nname = 'A'\nx = \'\'\'\n{}\'\'\'\n",
            registry(40, "", "").replace("[registry]\nname = \"A\"\n", "")
        ),
        // `error` an inline array in the first half, extended by headers in the second: an error of
        // the whole.
        format!(
            "error = [{{ code = 1 }}]\n{}",
            registry(40, "", "").replace("[registry]\nname = \"A\"\n", "")
        ),
        // A table of the first half continued in the second (valid: the halves cannot merge it).
        format!("{}[registry.more]\nx = 1\n", &entries),
        // The same table defined in both halves: an error of the whole.
        format!("{}[registry]\nname = 'B'\n", &entries),
        // A syntax error in the second half: the whole's error, at its place in the whole.
        format!("{}code = = 1\n", &entries),
    ];
    for (i, source) in cases.iter().enumerate() {
        assert!(cut(source).is_some(), "case {i} has a cut");
        assert!(
            parse_halves(source).is_none(),
            "case {i} is not read in halves"
        );
        let (whole, whole_errors) = DeTable::parse_recoverable(source);
        let (doc, errors) = super::parse_recoverable_from(source, 0);
        assert_same(&layout_of(&doc), &layout_of(&whole), &format!("case {i}"));
        let spans = |e: &[toml::de::Error]| {
            e.iter()
                .map(|e| (e.span(), e.message().to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&errors), spans(&whole_errors), "case {i}");
    }
}

/// Small documents are parsed whole; large ones in halves, with the same result.
#[test]
fn large_documents_are_read_in_halves() {
    let small = registry(10, "", "");
    assert!(small.len() < super::HALVES_FROM);
    let large = registry(super::HALVES_FROM / 60, "", "");
    assert!(large.len() >= super::HALVES_FROM);
    for source in [&small, &large] {
        let (doc, errors) = parse_recoverable(source);
        assert!(errors.is_empty());
        assert_same(
            &layout_of(&doc),
            &layout_of(&DeTable::parse(source).unwrap()),
            "large",
        );
    }
}
