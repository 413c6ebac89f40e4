//! The rules are one set, whether the registry comes from a file or is built in code: a model built
//! by hand gets the same problems as the file it mirrors, each naming its entry instead of a
//! location in text no one wrote.

use errcodes_build::{CodeType, Entry, Registry, Severity, check_source};

fn entry(code: u32, name: &str) -> Entry {
    Entry {
        code: code.into(),
        name: name.into(),
        text: format!("Text {code}"),
        description: "Description.".into(),
        ..Entry::default()
    }
}

fn registry(entries: Vec<Entry>) -> Registry {
    Registry {
        name: "Hand API".into(),
        description: String::new(),
        code_type: CodeType::U16,
        entries,
        ..Registry::default()
    }
}

/// The messages of a report, without locations.
fn messages(report: &errcodes_build::Report) -> Vec<(Severity, String)> {
    report
        .diagnostics()
        .iter()
        .map(|d| (d.severity, d.message.clone()))
        .collect()
}

#[test]
fn a_model_built_in_code_gets_the_problems_of_the_file_it_mirrors() {
    let model = registry(vec![
        entry(404, "NotFound"),
        entry(410, "Gone"),
        entry(404, "Gone"),
        entry(70_000, "TooBig"),
        entry(1, "not_found"),
        entry(2, "Notfound"),
        Entry {
            text: " Padded ".into(),
            description: "  ".into(),
            ..entry(3, "Padded")
        },
    ]);
    let from_code = model.validate().unwrap_err();
    let from_file = check_source("mirror.toml", &errcodes_export::to_toml(&model)).report;
    let in_file = |m: &String| m.replace("entry ", "[[error]] #");
    let mut want: Vec<_> = messages(&from_code)
        .into_iter()
        .map(|(s, m)| (s, in_file(&m)))
        .collect();
    // The file's messages also say at which line the first of a duplicate is.
    let without_line = |m: String| match m.split_once(" at line ") {
        Some((head, tail)) => {
            head.to_owned() + tail.trim_start_matches(|c: char| c.is_ascii_digit())
        }
        None => m,
    };
    let mut got: Vec<_> = messages(&from_file)
        .into_iter()
        .map(|(s, m)| (s, without_line(m)))
        .collect();
    assert!(
        messages(&from_file)
            .iter()
            .any(|(_, m)| m.contains(" at line "))
    );
    want.sort();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(from_code.error_count(), 5, "{from_code}");
}

#[test]
fn problems_of_a_model_name_the_entry_and_no_location() {
    let model = registry(vec![
        entry(1, "One"),
        entry(1, "Two"),
        entry(2, "NOT_FOUND"),
    ]);
    let text = model.validate().unwrap_err().to_string();
    assert_eq!(
        text,
        "registry `Hand API`: error: `NOT_FOUND` in entry 3 (2 NOT_FOUND) is not a valid variant name: \
         it contains `_` (UpperCamelCase has none)\n\
         \x20= help: write it in UpperCamelCase, e.g. `NotFound`\n\
         registry `Hand API`: error: duplicate code 1 in entry 2 (1 Two): entry 1 (1 One) has it already\n\
         \x20= help: each code appears once; remove or renumber one of the entries\n\
         error: registry `Hand API` is not a valid registry: 2 errors\n"
    );
}

#[test]
fn an_empty_model_is_invalid_and_warnings_alone_are_not() {
    let text = registry(Vec::new()).validate().unwrap_err().to_string();
    assert!(
        text.starts_with("registry `Hand API`: error: the registry has no entries\n"),
        "{text}"
    );
    let mut warned = registry(vec![entry(1, "One")]);
    warned.entries[0].text = "Two\nlines".into();
    assert!(warned.validate().is_ok());
}

#[test]
fn names_equal_but_for_case_warn_whatever_their_length() {
    let long = "Name".repeat(12);
    let names = [
        format!("X{long}"),
        format!("X{}", long.to_uppercase()),
        format!("X{}", long.to_lowercase()),
    ];
    let mut source = String::from("[registry]\nname = 'A'\n");
    for (code, name) in names.iter().enumerate() {
        source.push_str(&format!(
            "[[error]]\ncode = {code}\nname = '{name}'\ntext = 'T'\ndescription = 'D.'\n"
        ));
    }
    let checked = check_source("e.toml", &source);
    assert!(checked.registry.is_some(), "warnings only");
    let report = checked.report.to_string();
    // Each warning names the entry seen last with that name, and its line.
    for (i, name) in names.iter().enumerate().skip(1) {
        let (other, line) = (&names[i - 1], 5 * i);
        assert!(
            report.contains(&format!(
                "name `{name}` in [[error]] #{} ({i} {name}) differs only in case from `{other}` \
                 ([[error]] #{i} ({} {other}) at line {line})",
                i + 1,
                i - 1
            )),
            "{report}"
        );
    }
}

#[test]
fn the_catalog_rules_hold_for_a_model_too() {
    use errcodes_build::Retired;
    let mut model = registry(vec![
        Entry {
            aliases: vec!["ONE".into(), "One".into(), "Two".into()],
            status: Some(42),
            url: Some("docs.example.com/one".into()),
            ..entry(1, "One")
        },
        Entry {
            code: "TWO".into(),
            deprecated: Some(String::new()),
            ..entry(2, "Two")
        },
    ]);
    model.version = Some("one".into());
    model.url = Some("https://docs.example.com/{id}".into());
    model.retired = vec![
        Retired {
            code: 1.into(),
            name: Some("one".into()),
            note: "Gone.".into(),
        },
        Retired {
            code: 1.into(),
            name: None,
            note: " ".into(),
        },
    ];
    let report = model.validate().unwrap_err();
    let messages: Vec<String> = report
        .diagnostics()
        .iter()
        .map(|d| d.message.clone())
        .collect();
    let want = [
        "`version` \"one\" in the registry is not a semantic version",
        "`url` in the registry is not a link template: it has the placeholder `{id}`",
        "alias `One` in entry 1 (1 One) is its own name",
        "alias `Two` in entry 1 (1 One) is the name of entry 2 (TWO Two) (ignoring case)",
        "`status` 42 in entry 1 (1 One) is not an HTTP status (100 to 599)",
        "`url` in entry 1 (1 One) is not an absolute http(s) link",
        "`code` \"TWO\" in entry 2 (TWO Two) is a string, but the codes of this registry are integers (u16)",
        "`deprecated` in entry 2 (TWO Two) is empty",
        "retired code 1 in retired entry 1 (1 one) is used by entry 1 (1 One)",
        "`one` in retired entry 1 (1 one) is not a valid variant name",
        // Retired twice: that, and not a second time that an entry uses it.
        "duplicate code 1 in retired entry 2 (code 1): retired entry 1 (1 one) has it already",
        "`note` in retired entry 2 (code 1) is empty",
    ];
    for w in want {
        assert_eq!(
            messages.iter().filter(|m| m.starts_with(w)).count(),
            1,
            "{w}\n{report}"
        );
    }
    assert_eq!(messages.len(), want.len(), "{report}");
    // No location: nothing points into text no one wrote.
    assert!(report.diagnostics().iter().all(|d| d.span.is_none()));
}

/// An API may publish its names in another case (gRPC's `UNAVAILABLE` for `Unavailable`): an
/// alias that differs from its own entry's name in case only is accepted and looked up like any
/// alias; the name itself as an alias, or another entry's name in any case, is still an error.
#[test]
fn an_alias_may_be_its_own_name_in_another_case() {
    let mut ok = registry(vec![entry(14, "Unavailable"), entry(5, "NotFound")]);
    ok.entries[0].aliases = vec!["UNAVAILABLE".into(), "unavailable".into()];
    ok.entries[1].aliases = vec!["NOT_FOUND".into(), "NOTFOUND".into()];
    assert!(ok.validate().is_ok(), "{:?}", ok.validate().err());
    assert_eq!(
        ok.by_name_or_alias("UNAVAILABLE").unwrap().name,
        "Unavailable"
    );
    assert_eq!(ok.by_name_or_alias("NOTFOUND").unwrap().name, "NotFound");

    let mut bad = ok.clone();
    bad.entries[1].aliases = vec!["NotFound".into(), "UNAVAILABLE".into()];
    let report = bad.validate().unwrap_err();
    assert_eq!(
        messages(&report),
        [
            (
                Severity::Error,
                "alias `NotFound` in entry 2 (5 NotFound) is its own name".to_owned()
            ),
            (
                Severity::Error,
                "alias `UNAVAILABLE` in entry 2 (5 NotFound) is the name of entry 1 \
                 (14 Unavailable) (ignoring case)"
                    .to_owned()
            ),
        ]
    );

    // Two names equal but for case (a warning): an alias spelt like them names both, so it is
    // an error on either entry.
    let source = "[registry]\nname = 'A'\n\
        [[error]]\ncode = 1\nname = 'Eio'\ntext = 'T'\ndescription = 'D.'\naliases = ['EIO_']\n\
        [[error]]\ncode = 2\nname = 'EIO'\ntext = 'T'\ndescription = 'D.'\naliases = ['eio']\n";
    let checked = check_source("e.toml", source);
    assert!(checked.registry.is_none());
    let got = messages(&checked.report);
    assert_eq!(got.len(), 2, "{}", checked.report);
    assert_eq!(got[0].0, Severity::Warning);
    assert_eq!(
        got[1].1,
        "alias `eio` in [[error]] #2 (2 EIO) is the name of [[error]] #1 (1 Eio) (ignoring case) \
         at line 5"
    );
}

/// Every symbol of `google/rpc/code.proto` is a name or an alias of `registries/grpc.toml`,
/// exactly as the proto spells it, and the file is valid without a warning.
#[test]
fn grpc_lists_every_proto_symbol() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../registries/grpc.toml");
    let checked = errcodes_build::check_path(&path);
    assert!(
        checked.report.diagnostics().is_empty(),
        "{}",
        checked.report
    );
    let grpc = checked.registry.expect("valid");
    let symbols = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    for (code, symbol) in symbols.iter().enumerate() {
        let entry = grpc
            .by_name_or_alias(symbol)
            .unwrap_or_else(|| panic!("{symbol}"));
        assert_eq!(
            entry.code,
            errcodes_build::Code::Int(code as u32),
            "{symbol}"
        );
    }
}
