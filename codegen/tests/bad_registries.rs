//! The corpus of bad registries under `tests/bad/`: each file starts with `# expect:` lines, one per
//! diagnostic the validator must report (`LINE:COLUMN: SEVERITY: MESSAGE`), all of them, in order.

use std::path::{Path, PathBuf};

use errcodes_build::{Severity, check_path, line_column};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "the corpus is there: {files:?}");
    files
}

fn expected(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    String::from_utf8_lossy(&bytes)
        .lines()
        .map_while(|l| l.strip_prefix("# expect: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_problem_is_reported_where_it_is() {
    for path in corpus() {
        let want = expected(&path);
        assert!(
            !want.is_empty(),
            "{} has no `# expect:` lines",
            path.display()
        );
        let checked = check_path(&path);
        let report = &checked.report;
        let got: Vec<String> = report
            .diagnostics()
            .iter()
            .map(|d| {
                let span = d.span.clone().expect("every corpus problem has a place");
                let (line, column) = line_column(report.source(), span.start);
                format!("{line}:{column}: {}: {}", d.severity, d.message)
            })
            .collect();
        assert_eq!(got, want, "{}", path.display());
        let has_errors = want.iter().any(|w| w.contains(": error: "));
        assert_eq!(checked.registry.is_none(), has_errors, "{}", path.display());
    }
}

#[test]
fn the_report_reads_like_rustc() {
    for path in corpus() {
        let report = check_path(&path).report;
        let text = report.to_string();
        let lines: Vec<&str> = text.lines().collect();
        for d in report.diagnostics() {
            let header = format!("{}: {}: {}", report.location(d), d.severity, d.message);
            let at = lines
                .iter()
                .position(|l| *l == header)
                .unwrap_or_else(|| panic!("no header line {header:?} in\n{text}"));
            // The offending source line, then a caret under the span, as rustc shows them.
            let (line, column) = line_column(report.source(), d.span.clone().unwrap().start);
            let source_line = report.source().lines().nth(line - 1).unwrap();
            let shown = lines[at + 1..]
                .iter()
                .position(|l| {
                    l.starts_with(&format!("{line} | ")) || l.ends_with(&format!("{line} |"))
                })
                .map(|i| at + 1 + i)
                .unwrap_or_else(|| panic!("source line {line} not shown after {header:?}\n{text}"));
            let shown_text = lines[shown].split_once(" | ").map_or("", |(_, t)| t);
            assert_eq!(shown_text.trim_end(), source_line.trim_end());
            let caret = lines[shown + 1];
            let caret_col = caret.split_once(" |").map(|(_, rest)| rest).unwrap_or("");
            let pos = caret_col.find(['^', '-']).expect("a caret under the span");
            assert_eq!(
                caret_col[..pos].chars().count(),
                column,
                "caret column for {header:?}\n{text}"
            );
            if d.severity == Severity::Error {
                let help = d.help.as_deref().expect("every error says what to do");
                assert!(text.contains(&format!("= help: {help}")), "{text}");
            }
        }
        if report.has_errors() {
            assert!(
                text.ends_with(&format!(
                    "error: {} is not a valid registry: {} error{}\n",
                    path.display(),
                    report.error_count(),
                    if report.error_count() == 1 { "" } else { "s" }
                )) || text.contains("warning"),
                "{text}"
            );
        }
    }
}

fn report_of(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(file);
    check_path(&path).report.to_string()
}

#[test]
fn unknown_keys_suggest_the_known_one() {
    let text = report_of("unknown-keys.toml");
    // The optional `description` of [registry] is absent: a suggestion.
    assert!(text.contains("did you mean `description`?"), "{text}");
    // The required `description` of an entry is absent: the misspelt key stands for it, and the
    // missing key is not reported a second time.
    assert!(
        text.contains("probably the missing `description`, misspelt"),
        "{text}"
    );
    assert!(
        text.contains("= help: rename it to `description`, which is required here"),
        "{text}"
    );
    assert!(!text.contains("error: missing"), "{text}");
    assert!(text.contains("did you mean `error`?"), "{text}");
    assert!(
        text.contains("use one of: code, name, text, description"),
        "{text}"
    );
}

#[test]
fn names_pasted_from_other_tables_get_an_upper_camel_case_suggestion() {
    let text = report_of("bad-names.toml");
    assert!(
        text.contains("= help: write it in UpperCamelCase, e.g. `NotFound`"),
        "{text}"
    );
    assert!(
        text.contains("= help: write it in UpperCamelCase, e.g. `CardDeclined`"),
        "{text}"
    );
    assert!(!text.contains("NOTFOUND"), "{text}");
}

/// Each rule of the catalog keys (issue 12) says what to do.
#[test]
fn the_catalog_keys_are_checked_with_what_to_do() {
    for (file, helps) in [
        (
            "status.toml",
            &[
                "= help: write the HTTP status the API answers with, such as `status = 404`, or remove `status`",
            ][..],
        ),
        (
            "url-template.toml",
            &[
                "only `{code}` and `{name}` are filled",
                "= help: write an absolute link in which `{code}` and `{name}` are filled per entry",
            ],
        ),
        ("url-braces.toml", &["it has a `{` without a `}` after it"]),
        (
            "links.toml",
            &[
                "= help: write the entry's documentation link, e.g. `url = \"https://docs.example.com/errors/not-found\"`",
            ],
        ),
        (
            "aliases.toml",
            &[
                "= help: a name or alias looks up one entry; remove or rename the alias",
                "= help: the name is looked up already; remove the alias",
                "cannot be looked up: it is empty",
                "cannot be looked up: it contains whitespace",
                "is a name the generated enum uses",
            ],
        ),
        (
            "retired.toml",
            &[
                "= help: a retired code is never given to an entry again",
                "= help: each code is retired once",
                "= help: the name of a retired code is not given to a live entry",
                "= help: each retired name appears once",
                "= help: give `note` a value",
            ],
        ),
        (
            "string-codes.toml",
            &[
                "= help: quote it: `code = \"404\"`",
                "= help: write printable ASCII without spaces, at most 64 bytes",
                "it is 71 bytes long, more than 64",
                "BELL\\u{7}",
            ],
        ),
        (
            "string-code-in-int-registry.toml",
            &[
                "= help: set `code_type = \"str\"` in [registry] for string codes",
                "= help: remove the quotes: `code = 404`",
            ],
        ),
        (
            "empty-optional.toml",
            &[
                "= help: give `deprecated` a value",
                "= help: give `category` a value",
            ],
        ),
        (
            "version.toml",
            &[
                "is not a semantic version",
                "= help: write MAJOR.MINOR.PATCH, e.g. `version = \"1.2.0\"`",
            ],
        ),
        (
            "new-key-types.toml",
            &[
                "= help: write `retryable = true` or `retryable = false`",
                "= help: quote it: `note = \"…\"`",
            ],
        ),
        (
            "bad-names.toml",
            &["`RETIRED` is used by the generated enum's associated constants"],
        ),
    ] {
        let text = report_of(file);
        for help in helps {
            assert!(text.contains(help), "{file}: {help}\n{text}");
        }
        // One line per problem: no control character leaks into a message.
        assert!(!text.contains('\u{7}'), "{file}\n{text}");
    }
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let checked = check_path("tests/bad/no-such-file.toml");
    assert!(checked.registry.is_none());
    let text = checked.report.to_string();
    assert!(
        text.starts_with("tests/bad/no-such-file.toml: error: cannot read"),
        "{text}"
    );
}

#[test]
fn the_embedded_registry_is_clean() {
    let checked = check_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("../errors.toml"));
    assert!(checked.registry.is_some());
    assert!(
        checked.report.diagnostics().is_empty(),
        "{}",
        checked.report
    );
}
