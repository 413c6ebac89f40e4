//! The `errcodes` binary, checked where a snapshot is not enough: its JSON and Markdown outputs
//! equal what the library builds for the same registry, colour follows the terminal and
//! NO_COLOR, and a closed pipe ends it quietly. The outputs themselves are in `tests/cmd/`.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use errcodes_build::Registry;
use errcodes_cli::registry::embedded;
use errcodes_export::json::{entry_data, json_data, json_schema, to_pretty};
use predicates::prelude::*;
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The binary with a clean environment (no NO_COLOR, CLICOLOR, CLICOLOR_FORCE, COLUMNS or
/// ERRCODES_REGISTRY inherited from whoever runs the tests).
fn errcodes() -> Command {
    let mut cmd = Command::cargo_bin("errcodes").expect("the errcodes binary is built");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("TERM")
        .env_remove("COLUMNS")
        .env_remove("ERRCODES_REGISTRY");
    cmd
}

/// Runs `errcodes ARGS`, expects success, returns standard output.
fn stdout(args: &[&str]) -> String {
    let out = errcodes()
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("the output is JSON")
}

fn parcel() -> Registry {
    Registry::from_path(data("parcel.toml")).expect("the fixture is valid")
}

#[test]
fn schema_and_export_are_the_library_exports_of_the_embedded_registry() {
    let registry = embedded().expect("the embedded registry is valid");
    let schema = stdout(&["schema"]);
    assert_eq!(schema, to_pretty(&json_schema(&registry, "ErrorCode")));
    assert_eq!(parse(&schema), errcodes::json_schema().to_value());
    assert_eq!(
        parse(&schema)["$defs"]["ErrorCode"]["oneOf"][3]["const"],
        404
    );

    let export = stdout(&["export", "--format", "json"]);
    assert_eq!(export, to_pretty(&json_data(&registry)));
    assert_eq!(stdout(&["export"]), export, "json is the default");
    assert_eq!(parse(&export)["errors"][4]["name"], "TooManyRequests");

    let list = parse(&stdout(&["list", "--format", "json"]));
    assert_eq!(list, json_data(&registry)["errors"]);

    let entry = stdout(&["404", "--format", "json"]);
    assert_eq!(
        entry,
        to_pretty(&entry_data(&registry, &registry.entries[3]))
    );
    assert_eq!(stdout(&["explain", "notfound", "--format", "json"]), entry);
}

#[test]
fn schema_and_export_of_another_registry() {
    let registry = parcel();
    let path = data("parcel.toml");
    let path = path.to_str().unwrap();
    assert_eq!(
        stdout(&["--registry", path, "schema"]),
        to_pretty(&json_schema(&registry, "ErrorCode"))
    );
    assert_eq!(
        stdout(&["--registry", path, "export", "--format", "json"]),
        to_pretty(&json_data(&registry))
    );
    assert_eq!(
        parse(&stdout(&["list", "--format", "json", "--registry", path])),
        json_data(&registry)["errors"]
    );
    let entry = parse(&stdout(&["--registry", path, "1002", "--format", "json"]));
    assert_eq!(entry["code"], 1002);
    assert_eq!(entry["name"], "ParcelTooHeavy");
    assert_eq!(entry, entry_data(&registry, &registry.entries[1]));
    let hits = parse(&stdout(&[
        "--registry",
        path,
        "search",
        "second",
        "--format",
        "json",
    ]));
    assert_eq!(
        hits,
        Value::Array(vec![entry_data(&registry, &registry.entries[2])])
    );
}

/// The catalogs of the repository's `registries/` folder.
const CATALOGS: [&str; 5] = [
    "grpc.toml",
    "iana-http.toml",
    "sqlstate.toml",
    "oci-distribution.toml",
    "errno.toml",
];

#[test]
fn json_of_the_catalogs_carries_every_key_of_each_entry() {
    for file in CATALOGS {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../registries")
            .join(file);
        let registry = Registry::from_path(&path).expect("the catalog is valid");
        let path = path.to_str().unwrap();
        assert_eq!(
            parse(&stdout(&["--registry", path, "list", "--format", "json"])),
            json_data(&registry)["errors"],
            "{file}"
        );
        // The first entry, the last, and one with aliases, found by its code and by an alias.
        let mut entries = vec![&registry.entries[0], registry.entries.last().unwrap()];
        let aliased = registry.entries.iter().find(|e| !e.aliases.is_empty());
        entries.extend(aliased);
        for entry in entries {
            let expected = to_pretty(&entry_data(&registry, entry));
            let code = entry.code.to_string();
            let by_code = stdout(&["--registry", path, &code, "--format", "json"]);
            assert_eq!(by_code, expected, "{file} {code}");
            if let Some(alias) = entry.aliases.first() {
                let by_alias = stdout(&["--registry", path, "explain", alias, "--format", "json"]);
                assert_eq!(by_alias, expected, "{file} {alias}");
            }
        }
        // A retired code prints nothing, whatever the format.
        if let Some(retired) = registry.retired.first() {
            let code = retired.code.to_string();
            errcodes()
                .args(["--registry", path, &code, "--format", "json"])
                .assert()
                .code(1)
                .stdout("")
                .stderr(predicate::str::contains("is a retired code of the"));
        }
    }
}

#[test]
fn markdown_outputs_are_the_generator_s() {
    let embedded = Registry::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml"))
        .expect("the repository's registry is valid");
    assert_eq!(
        stdout(&["export", "--format", "markdown"]),
        errcodes_export::markdown_page(&embedded)
    );
    assert_eq!(
        stdout(&["list", "--format", "markdown"]),
        errcodes_export::markdown_table(&embedded)
    );
    let parcel = parcel();
    let path = data("parcel.toml");
    assert_eq!(
        stdout(&[
            "--registry",
            path.to_str().unwrap(),
            "export",
            "--format",
            "markdown"
        ]),
        errcodes_export::markdown_page(&parcel)
    );
}

#[test]
fn descriptions_of_401_and_500_read_as_plain_text() {
    let text = stdout(&["401"]);
    assert!(
        text.contains("the Authorization header here (#authentication)."),
        "{text}"
    );
    assert!(!text.contains("]("), "Markdown link syntax left: {text}");
    let text = stdout(&["500"]);
    assert!(
        text.contains("support@nutcache.com (mailto:support@nutcache.com) with any relevant"),
        "{text}"
    );
    assert!(
        !text.contains('<') && !text.contains("href"),
        "HTML left: {text}"
    );
    // Not a terminal: wrapped at 80 columns.
    for line in stdout(&["404"]).lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    assert!(stdout(&["404"]).lines().any(|l| l.chars().count() > 70));
}

#[test]
fn exit_codes() {
    errcodes().arg("404").assert().code(0);
    errcodes().arg("418").assert().code(1).stdout("");
    errcodes()
        .args(["search", "teapot"])
        .assert()
        .code(1)
        .stdout("");
    errcodes()
        .args(["check", data("invalid.toml").to_str().unwrap()])
        .assert()
        .code(1);
    errcodes()
        .args(["check", data("warnings.toml").to_str().unwrap()])
        .assert()
        .code(0);
    errcodes()
        .args(["--registry", data("invalid.toml").to_str().unwrap(), "404"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "is not a valid registry: 5 errors",
        ));
    errcodes().assert().code(2);
    errcodes()
        .args(["list", "--format", "yaml"])
        .assert()
        .code(2);
    errcodes().arg("--help").assert().code(0);
    errcodes()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(format!("errcodes {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn messages_go_to_stderr_and_output_to_stdout() {
    errcodes()
        .arg("4o4")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("did you mean 404 NotFound"));
    errcodes()
        .args(["check", data("invalid.toml").to_str().unwrap()])
        .assert()
        .stdout(predicate::str::contains("duplicate code 404"))
        .stderr("");
}

const ESC: &str = "\u{1b}[";

#[test]
fn colour_on_a_terminal_or_when_asked_never_with_no_color_unless_always() {
    // A pipe: no colour.
    let plain = stdout(&["401"]);
    assert!(!plain.contains(ESC));
    // Forced: styled, and the same text once the styles are removed.
    let styled = stdout(&["401", "--color", "always"]);
    assert!(styled.contains(ESC), "{styled:?}");
    assert_eq!(strip(&styled), plain);
    assert!(stdout(&["list", "--color", "always"]).contains(ESC));
    // CLICOLOR_FORCE asks for colour in a pipe; NO_COLOR wins over it.
    let forced = errcodes()
        .arg("401")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains(ESC));
    let vetoed = errcodes()
        .arg("401")
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&vetoed.stdout).contains(ESC));
    // `--color always` overrides NO_COLOR, as --help says.
    let always = errcodes()
        .args(["401", "--color", "always"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&always.stdout).contains(ESC));
    // `--color never` beats CLICOLOR_FORCE; messages and reports follow the same choice.
    let never = errcodes()
        .args(["4o4", "--color", "never"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stderr).contains(ESC));
    let report = errcodes()
        .args([
            "check",
            data("invalid.toml").to_str().unwrap(),
            "--color=always",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&report.stdout).contains(ESC));
}

/// Removes SGR escape sequences (`ESC [ … m`).
fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\u{1b}') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('m').expect("an SGR sequence ends with m");
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A registry large enough that `list` writes more than a pipe holds (64 KiB on Linux), so the
/// writer is still writing when the reader leaves.
fn big_registry() -> &'static Path {
    static PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PATH.get_or_init(write_big_registry)
}

fn write_big_registry() -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("errcodes-cli-big.toml");
    let mut toml = String::from("[registry]\nname = \"Big API\"\ncode_type = \"u32\"\n");
    for i in 0..6000 {
        toml.push_str(&format!(
            "\n[[error]]\ncode = {}\nname = \"Error{i}\"\ntext = \"Text of error number {i}\"\n\
             description = \"Description of error number {i}.\"\n",
            100_000 + i
        ));
    }
    std::fs::write(&path, toml).unwrap();
    path
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let big = big_registry();
    for args in [
        vec!["list"],
        vec!["export", "--format", "json"],
        vec!["export", "--format", "markdown"],
        vec!["search", "error"],
    ] {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("errcodes"))
            .arg("--registry")
            .arg(big)
            .args(&args)
            .env_remove("NO_COLOR")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{args:?}");
        drop(reader);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(
            stderr.is_empty(),
            "{args:?}: nothing on stderr, got {stderr:?}"
        );
        assert!(status.success(), "{args:?}: exit 0, got {status}");
    }
}

#[test]
fn head_of_a_pipe_in_a_shell() {
    let big = big_registry();
    let bin = assert_cmd::cargo::cargo_bin("errcodes");
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg(r#""$0" --registry "$1" list | head -1"#)
        .arg(&bin)
        .arg(big)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("CODE    NAME"), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
