//! The corpus of `tests/diff/<case>/`: for each pair `old.toml`, `new.toml`, the text of
//! `errcodes_export::diff` is `expected.txt` and its JSON `expected.json` (which holds the exit
//! status). `ERRCODES_BLESS=1 cargo test -p errcodes-build --test diff` rewrites them instead of
//! failing when they differ; review the rewrite with `git diff`.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use errcodes_export::diff::{Class, Kind, Revision, Verdict, diff};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff")
}

/// Every case directory, sorted.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/diff exists")
        .map(|e| e.expect("readable directory").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() > 30, "the corpus is there");
    cases
}

/// A side of a case, named as the expected lines name it (`old.toml`, `new.toml`).
fn revision(case: &Path, file: &str) -> Revision {
    let source = std::fs::read_to_string(case.join(file)).expect("readable case file");
    Revision::from_source(file, &source)
        .unwrap_or_else(|report| panic!("{}/{file} is invalid:\n{report}", case.display()))
}

fn bless() -> bool {
    std::env::var_os("ERRCODES_BLESS").is_some_and(|v| v == "1")
}

/// Compares `case/file` with `now`, or rewrites it under `ERRCODES_BLESS=1`; returns a
/// description of the difference.
fn compare(case: &Path, file: &str, now: &str) -> Option<String> {
    let path = case.join(file);
    let name = format!("{}/{file}", case.file_name().unwrap().to_string_lossy());
    if bless() {
        std::fs::write(&path, now).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
        let _ = writeln!(std::io::stderr(), "ERRCODES_BLESS=1: wrote {name}");
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != now).then(|| format!("{name}:\n--- expected\n{expected}--- now\n{now}"))
}

#[test]
fn every_case_gives_its_expected_lines_and_json() {
    let failures: Vec<String> = cases()
        .iter()
        .flat_map(|case| {
            let d = diff(&revision(case, "old.toml"), &revision(case, "new.toml"));
            let json = serde_json::to_string_pretty(&d.to_json()).unwrap() + "\n";
            [
                compare(case, "expected.txt", &d.to_string()),
                compare(case, "expected.json", &json),
            ]
        })
        .flatten()
        .collect();
    assert!(
        failures.is_empty(),
        "{}\n(ERRCODES_BLESS=1 cargo test -p errcodes-build --test diff rewrites them)",
        failures.join("\n")
    );
}

#[test]
fn a_file_against_itself_reports_nothing() {
    for case in cases() {
        for file in ["old.toml", "new.toml"] {
            let rev = revision(&case, file);
            let d = diff(&rev, &rev);
            assert!(d.changes().is_empty(), "{}/{file}: {d}", case.display());
            assert_eq!(d.to_string(), "");
            assert_eq!((d.verdict(), d.exit_code()), (Verdict::Compatible, 0));
        }
    }
}

/// Each case is named after the kind it shows: every kind has its case, and that case shows it.
#[test]
fn every_kind_has_a_case() {
    let names: HashSet<String> = cases()
        .iter()
        .map(|c| c.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for kind in Kind::ALL {
        assert!(names.contains(kind.as_str()), "no case tests/diff/{kind}");
        let case = corpus().join(kind.as_str());
        let d = diff(&revision(&case, "old.toml"), &revision(&case, "new.toml"));
        assert!(
            d.changes().iter().any(|c| c.kind == *kind),
            "tests/diff/{kind} does not show it:\n{d}"
        );
    }
}

/// The exit status follows the rule: 1 exactly when the bump is smaller than the changes need
/// (whatever their class), when a breaking change has no two versions to judge it by, or when the
/// version goes backwards.
#[test]
fn exit_status_follows_the_changes_and_the_bump() {
    for case in cases() {
        let d = diff(&revision(&case, "old.toml"), &revision(&case, "new.toml"));
        let breaking = d.count(Class::Breaking) > 0;
        let expected = match d.actual_bump() {
            _ if d.verdict() == Verdict::Backwards => 1,
            Some(bump) => i32::from(bump < d.required_bump()),
            None if breaking => 1,
            None => 0,
        };
        assert_eq!(d.exit_code(), expected, "{}:\n{d}", case.display());
    }
}

#[test]
fn invalid_files_are_reported_not_diffed() {
    let report = Revision::from_source("new.toml", "[registry]\nname = 'A'\n").unwrap_err();
    assert!(report.has_errors());
    assert!(Revision::from_bytes("-", b"\xff").is_err());
}

/// Every registry of the corpus against every other: nothing panics, and a diff reports no
/// change only when the two models are the same but for their version, the order of their tables
/// and how an entry's status is given (so no field of the model goes uncompared).
#[test]
fn no_change_only_between_equal_models() {
    let revisions: Vec<Revision> = cases()
        .iter()
        .flat_map(|case| [revision(case, "old.toml"), revision(case, "new.toml")])
        .collect();
    let normal = |rev: &Revision| {
        let mut r = rev.registry().clone();
        r.version = None;
        // The status an entry has is what counts, written or implied by its code.
        let statuses: Vec<_> = r.entries.iter().map(|e| r.status(e)).collect();
        for (e, status) in r.entries.iter_mut().zip(statuses) {
            e.status = status;
        }
        r.entries.sort_by(|a, b| a.code.cmp(&b.code));
        r.retired.sort_by(|a, b| a.code.cmp(&b.code));
        r
    };
    for old in &revisions {
        for new in &revisions {
            let d = diff(old, new);
            assert_eq!(
                d.changes().is_empty(),
                normal(old) == normal(new),
                "{:?} → {:?}:\n{d}",
                old.registry(),
                new.registry()
            );
            assert!(d.to_string().lines().count() <= d.changes().len() + 1);
        }
    }
}

/// Registries built in code have no positions: the lines name them by origin alone.
#[test]
fn registries_built_in_code_are_named_not_located() {
    use errcodes_build::{Entry, Registry};
    let entry = |code: u32, name: &str| Entry {
        code: code.into(),
        name: name.into(),
        text: "Text".into(),
        description: "Description.".into(),
        ..Entry::default()
    };
    let old = Registry {
        name: "A".into(),
        version: Some("1.0.0".into()),
        entries: vec![entry(1, "One"), entry(2, "Two")],
        ..Registry::default()
    };
    let new = Registry {
        version: Some("2.0.0".into()),
        entries: vec![entry(1, "One")],
        ..old.clone()
    };
    let d = diff(
        &Revision::from_registry("v1", old),
        &Revision::from_registry("v2", new),
    );
    assert_eq!(d.changes()[0].position, None);
    assert_eq!(
        d.to_string(),
        "v1: breaking: code 2 (Two) removed: its variant is gone, and the code is not retired, so \
         it could be given to another entry; add a `[[retired]]` table with `code = 2` to keep it \
         from being reused\n\
         v2: summary: 1 breaking change, 0 compatible, 0 cosmetic; version 1.0.0 → 2.0.0 (major) \
         covers it\n"
    );
    assert_eq!(d.to_json()["changes"][0]["line"], serde_json::Value::Null);
}

/// A code that changes value under the same name is one change: no name moved, no code removed
/// or added. Its status is reported apart when the entry writes it; a retired old code is said
/// to be retired, not reported again.
#[test]
fn a_code_changed_under_its_name_is_one_change() {
    let entry = |code: u32, extra: &str| {
        format!(
            "[[error]]\ncode = {code}\nname = 'Locked'\ntext = 'Locked'\ndescription = 'D.'\n{extra}"
        )
    };
    let old = Revision::from_source(
        "old.toml",
        &format!("[registry]\nname = 'A'\n{}", entry(1423, "status = 423\n")),
    )
    .unwrap();
    let new = Revision::from_source(
        "new.toml",
        &format!(
            "[registry]\nname = 'A'\n{}[[retired]]\ncode = 1423\nnote = 'Now 1433.'\n",
            entry(1433, "status = 433\n")
        ),
    )
    .unwrap();
    let d = diff(&old, &new);
    let kinds: Vec<Kind> = d.changes().iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [Kind::CodeChanged, Kind::StatusChanged], "{d}");
    assert_eq!(
        d.changes()[0].message,
        "code 1423 (Locked) changed to 1433: the variant stays, but the wire carries 1433 now, \
         which clients built against the old table do not know; 1423 is retired"
    );
    // A new code that OLD retired is a reuse, reported as such.
    let reused = Revision::from_source(
        "new.toml",
        &format!("[registry]\nname = 'A'\n{}", entry(1433, "status = 423\n")),
    )
    .unwrap();
    let retired_in_old = Revision::from_source(
        "old.toml",
        &format!(
            "[registry]\nname = 'A'\n{}[[retired]]\ncode = 1433\nnote = 'Gone.'\n",
            entry(1423, "status = 423\n")
        ),
    )
    .unwrap();
    let d = diff(&retired_in_old, &reused);
    assert!(
        d.changes().iter().all(|c| c.kind != Kind::CodeChanged),
        "{d}"
    );
    assert!(
        d.changes().iter().any(|c| c.kind == Kind::RetiredReused),
        "{d}"
    );
}
