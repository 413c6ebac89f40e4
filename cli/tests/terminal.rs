//! What reaches the terminal: no output of `errcodes` carries a bidirectional control from a
//! registry (Trojan Source, CVE-2021-42574), whatever the command, format or path through the
//! program; and the rows of `list` and `search` fit the screen's width. The outputs themselves are
//! in `tests/cmd/` (`bidi.trycmd`, `columns/`).

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output};

use assert_cmd::Command;
use errcodes_build::Registry;
use errcodes_export::json::json_data;
use serde_json::Value;
use textwrap::core::display_width;

/// The bidirectional controls: embeddings and overrides, isolates, marks.
const BIDI: [char; 12] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
];

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The binary with a clean environment (no colour, registry or width inherited).
fn errcodes() -> Command {
    let mut cmd = Command::cargo_bin("errcodes").expect("the errcodes binary is built");
    cmd.env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ERRCODES_REGISTRY")
        .env_remove("COLUMNS");
    cmd
}

/// Standard output and standard error of `errcodes ARGS`, whatever the exit status.
fn run(args: &[&str]) -> (String, String) {
    let Output { stdout, stderr, .. } = errcodes().args(args).output().expect("errcodes runs");
    (
        String::from_utf8(stdout).expect("UTF-8 output"),
        String::from_utf8(stderr).expect("UTF-8 messages"),
    )
}

/// Asserts that `text`, the output of `what`, holds no bidirectional control but shows where
/// each was (neutralised, not dropped).
fn assert_neutralised(what: &str, text: &str) {
    assert!(
        !text.contains(BIDI),
        "{what}: a bidirectional control reached the terminal:\n{text}"
    );
    assert!(
        ["\u{fffd}", "\\u202e", "\\u2066", "&#x202E;", "&#x2066;"]
            .iter()
            .any(|mark| text.contains(mark)),
        "{what}: no trace of the controls:\n{text}"
    );
}

#[test]
fn no_output_carries_a_bidirectional_control() {
    let registry = data("bidi.toml");
    let registry = registry.to_str().unwrap();
    let commands: &[&[&str]] = &[
        &["1"],
        &["explain", "2"],
        &["1", "--format", "json"],
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "markdown"],
        &["search", "access"],
        &["search", "old", "--format", "json"],
        &["schema"],
        &["export"],
        &["export", "--format", "markdown"],
        &["export", "--format", "html"],
        &["export", "--format", "openapi"],
        &["check"],
        // Messages: a code that is not there, a category that is not, a search for nothing.
        &["3"],
        &["list", "--category", "none"],
        &["search", "nothing"],
    ];
    for args in commands {
        let mut all = vec!["--registry", registry];
        all.extend_from_slice(args);
        let (stdout, stderr) = run(&all);
        assert_neutralised(&format!("{args:?}"), &format!("{stdout}{stderr}"));
    }
}

#[test]
fn json_keeps_bidirectional_controls_as_escapes() {
    let path = data("bidi.toml");
    let (stdout, _) = run(&["--registry", path.to_str().unwrap(), "export"]);
    let exported: Value = serde_json::from_str(&stdout).expect("the output is JSON");
    let registry = Registry::from_path(&path).expect("the fixture is valid");
    // The same strings, the controls included, once a JSON reader decodes the escapes.
    assert_eq!(exported, json_data(&registry));
    assert!(registry.name.contains('\u{202e}'));
}

/// A document (JSON, a module, Markdown) carries every character of the registry's strings: the
/// program that reads it gets them back (DEL, which JSON writes as it is, included); only
/// terminal text is cleaned.
#[test]
fn documents_keep_every_character() {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("del.toml");
    let toml = "[registry]\nname = \"Del\"\n\n[[error]]\ncode = 1\nname = \"One\"\n\
                text = \"One\"\ndescription = \"A \\u007f and a \\u0007 here.\"\n";
    std::fs::write(&path, toml).expect("the temporary directory is writable");
    let (stdout, _) = run(&["--registry", path.to_str().unwrap(), "export"]);
    let exported: Value = serde_json::from_str(&stdout).expect("the output is JSON");
    let registry = Registry::from_path(&path).expect("the registry is valid");
    assert_eq!(
        registry.entries[0].description,
        "A \u{7f} and a \u{7} here."
    );
    assert_eq!(exported, json_data(&registry));
}

/// A registry with the controls written as they are (not as TOML escapes), so that reports
/// quote source lines holding them.
fn write_raw(name: &str, text: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let toml = format!(
        "[registry]\nname = \"Raw \u{202e}API\u{202c}\"\ncode_type = \"u32\"\n\n[[error]]\ncode = 1\n\
         name = \"One\"\ntext = \"{text}\"\ndescription = \"The \u{2066}first\u{2069}.\"\n"
    );
    std::fs::write(&path, toml).expect("the temporary directory is writable");
    path
}

#[test]
fn reports_and_diffs_quoting_bidirectional_controls_neutralise_them() {
    // A warning quotes the line: trailing whitespace after an override.
    let old = write_raw("bidi-old.toml", "One \u{202e}evil ");
    let new = write_raw("bidi-new.toml", "Two \u{2066}worse\u{2069}");
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    for args in [
        vec!["check", old],
        vec!["diff", old, new],
        vec!["diff", old, new, "--format", "json"],
    ] {
        let (stdout, stderr) = run(&args);
        assert_neutralised(&format!("{args:?}"), &format!("{stdout}{stderr}"));
    }
    // An error in a registry given on the command line is reported on standard error.
    let invalid = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bidi-invalid.toml");
    std::fs::write(
        &invalid,
        "[registry]\nname = \"A\u{202e}\"\nnam\u{202e} = 1\n",
    )
    .unwrap();
    let (_, stderr) = run(&["--registry", invalid.to_str().unwrap(), "list"]);
    assert!(stderr.contains("error"), "{stderr}");
    assert_neutralised("an invalid registry", &stderr);
}

#[test]
fn usage_errors_quoting_the_arguments_neutralise_them() {
    for args in [
        vec!["--bogus\u{202e}"],
        vec!["list", "--format", "t\u{2066}able"],
        vec!["--registry", "a\u{202e}.toml", "check", "b.toml"],
    ] {
        let out = errcodes().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with("error:"), "{args:?}: {stderr}");
        assert_neutralised(&format!("{args:?}"), &stderr);
    }
}

/// The longest row of `output`, in display columns.
fn widest(output: &str) -> usize {
    output.lines().map(display_width).max().unwrap_or(0)
}

#[test]
fn rows_fit_columns_and_stay_whole_in_a_pipe() {
    let win32 = data("win32.toml");
    let win32 = win32.to_str().unwrap();
    for args in [vec!["list"], vec!["search", "the"]] {
        let mut all = vec!["--registry", win32];
        all.extend(args);
        let fitted = errcodes()
            .args(&all)
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        let fitted = String::from_utf8(fitted.stdout).unwrap();
        assert!(widest(&fitted) <= 100, "{fitted}");
        assert!(
            fitted.lines().next().unwrap().ends_with("CATEGORY"),
            "{fitted}"
        );
        // The long text is cut; its category stays on the screen.
        assert!(
            fitted
                .lines()
                .any(|l| l.contains("computer…") && l.ends_with("Network")),
            "{fitted}"
        );
        // A pipe without COLUMNS (or with an empty one): whole rows, for grep and cut.
        let (whole, _) = run(&all);
        assert!(widest(&whole) > 150, "{whole}");
        let empty = errcodes().args(&all).env("COLUMNS", "").output().unwrap();
        assert_eq!(String::from_utf8(empty.stdout).unwrap(), whole);
    }
}

#[test]
fn rows_fit_a_terminal() {
    // util-linux `script` runs the command on a pseudo-terminal of the width `stty` sets.
    if StdCommand::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` command to make a terminal with");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("errcodes");
    let command = format!(
        "stty cols 90 rows 40; '{}' --registry '{}' list",
        bin.display(),
        data("win32.toml").display()
    );
    let out = StdCommand::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("ReqNotAccep"), "{shown}");
    assert!(widest(&shown) <= 90, "{shown}");
    assert!(widest(&shown) > 80, "{shown}");
    assert!(
        shown.lines().next().unwrap().ends_with("CATEGORY"),
        "{shown}"
    );
}
