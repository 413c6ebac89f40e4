//! The exports for other languages: the committed `schema/errors.schema.json` and
//! `schema/errors.json` are what the generator makes now, the schema is a valid JSON Schema 2020-12
//! of the shape code generators need, the data is valid against it and bad data is not, and the
//! Markdown export reproduces the seed documentation table.
//!
//! `ERRCODES_BLESS=1 cargo test --all-features --test schema` rewrites the two committed files
//! instead of failing when they differ (the same bytes `errcodes schema` and
//! `errcodes export --format json` print).
#![cfg(feature = "schemars")]

use std::io::Write;
use std::path::{Path, PathBuf};

use errcodes::{Entry, ErrorCode, ErrorEnum};
use errcodes_build::Registry;
use errcodes_export::json::{SCHEMA_DIALECT, json_data, json_schema, to_pretty};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The registry model of `errors.toml`.
fn model() -> Registry {
    Registry::from_path(root().join("errors.toml")).expect("errors.toml is valid")
}

/// The schema the generator makes now, as committed (`errcodes schema`).
fn schema_now() -> Value {
    json_schema(&model(), "ErrorCode")
}

/// The data the generator makes now, as committed (`errcodes export --format json`).
fn data_now() -> Value {
    json_data(&model())
}

/// Compares a committed export with what the generator makes now; with `ERRCODES_BLESS=1`,
/// rewrites it instead.
fn check_committed(relative: &str, now: &str) {
    let path: PathBuf = root().join(relative);
    if std::env::var_os("ERRCODES_BLESS").is_some_and(|v| v == "1") {
        // Whole or not at all: other tests read the file meanwhile.
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, now)
            .and_then(|()| std::fs::rename(&temporary, &path))
            .unwrap_or_else(|e| panic!("cannot write {relative}: {e}"));
        // Straight to stderr, past the test harness's capture: a rewrite must never pass unseen.
        let _ = writeln!(std::io::stderr(), "ERRCODES_BLESS=1: wrote {relative}");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {relative}: {e}; regenerate it (see schema/README.md)")
    });
    if committed != now {
        let line = committed
            .lines()
            .zip(now.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(now.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{relative} differs from what the generator makes now (first at line {line}).\n\
             Regenerate it: cargo run -p errcodes-cli -- schema > schema/errors.schema.json && \
             cargo run -p errcodes-cli -- export --format json > schema/errors.json\n\
             (or: ERRCODES_BLESS=1 cargo test --all-features --test schema)"
        );
    }
}

#[test]
fn committed_schema_is_current() {
    check_committed("schema/errors.schema.json", &to_pretty(&schema_now()));
}

#[test]
fn committed_data_is_current() {
    check_committed("schema/errors.json", &to_pretty(&data_now()));
}

fn committed(relative: &str) -> Value {
    let text = std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{relative} is not JSON: {e}"))
}

#[test]
fn run_time_schema_is_the_exported_one() {
    let schema = errcodes::json_schema().to_value();
    assert_eq!(schema, schema_now());
    assert_eq!(schema["$schema"], SCHEMA_DIALECT);
    assert_eq!(
        schema["$id"],
        "urn:errcodes:nutcache-api:errors.schema.json"
    );
    assert_eq!(schema["title"], "Nutcache API errors");
    assert_eq!(schema["description"], ErrorCode::REGISTRY.description);
}

/// schemars, asked for the types themselves, produces the same definitions as the export.
#[test]
fn schemars_derives_the_same_definitions() {
    let exported = schema_now();
    let code = schemars::schema_for!(ErrorCode).to_value();
    for (key, value) in exported["$defs"]["ErrorCode"].as_object().unwrap() {
        assert_eq!(&code[key], value, "`{key}` of schema_for!(ErrorCode)");
    }
    let info = schemars::schema_for!(Entry<ErrorCode>).to_value();
    assert_eq!(info["$defs"]["ErrorCode"], exported["$defs"]["ErrorCode"]);
    assert_eq!(
        info["properties"]["code"],
        json!({"$ref": "#/$defs/ErrorCode"})
    );
    for (key, value) in exported["$defs"]["ErrorInfo"].as_object().unwrap() {
        assert_eq!(
            &info[key], value,
            "`{key}` of schema_for!(Entry<ErrorCode>)"
        );
    }
}

// ---- the shape generators need (issue 4, part 2) ----

#[test]
fn error_code_is_a_titled_one_of_integer_consts() {
    let schema = schema_now();
    let code = &schema["$defs"]["ErrorCode"];
    let keys: Vec<&str> = code
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // No `type` beside the `oneOf`; the same codes as an `enum`, with their names in
    // `x-enum-varnames`, for the generators that read enums (openapi-generator), and no
    // `tsEnumNames` (json-schema-to-typescript would make `ErrorCode` a type no code fits).
    assert_eq!(
        keys,
        ["description", "enum", "oneOf", "title", "x-enum-varnames"]
    );
    assert_eq!(code["title"], "ErrorCode");
    let codes: Vec<u16> = ErrorCode::iter().map(|e| e.code()).collect();
    let names: Vec<&str> = ErrorCode::iter().map(|e| e.name()).collect();
    assert_eq!(code["enum"], json!(codes));
    assert_eq!(code["x-enum-varnames"], json!(names));
    let branches = code["oneOf"].as_array().unwrap();
    assert_eq!(branches.len(), ErrorCode::COUNT);
    for (branch, e) in branches.iter().zip(ErrorCode::iter()) {
        let keys: Vec<&str> = branch
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["const", "description", "title", "type"],
            "branch of {e:?}"
        );
        assert_eq!(branch["type"], "integer");
        assert_eq!(branch["const"], e.code());
        assert_eq!(branch["title"], e.name());
        let description = branch["description"].as_str().unwrap();
        assert!(
            description.contains(e.text()),
            "{e:?}'s text in {description:?}"
        );
        assert!(description.contains(e.description()), "{e:?}'s description");
    }
}

#[test]
fn entry_code_is_a_reference_to_error_code() {
    let schema = schema_now();
    let info = &schema["$defs"]["ErrorInfo"];
    assert_eq!(info["type"], "object");
    assert_eq!(
        info["properties"]["code"],
        json!({"$ref": "#/$defs/ErrorCode"})
    );
    for field in ["name", "text", "description"] {
        assert_eq!(info["properties"][field]["type"], "string", "{field}");
    }
    assert_eq!(
        info["required"],
        json!(["code", "name", "text", "description"])
    );
    assert_eq!(info["additionalProperties"], false);
    assert_eq!(
        schema["properties"]["errors"]["items"],
        json!({"$ref": "#/$defs/ErrorInfo"})
    );
}

/// Every keyword of every subschema is a JSON Schema 2020-12 keyword that Ajv's strict mode knows,
/// but for the one vendor keyword `x-enum-varnames` (which a strict Ajv is told of with
/// `addVocabulary`); no `format` (Ajv rejects unknown formats such as `uint16`).
#[test]
fn schema_uses_only_standard_keywords() {
    const KEYWORDS: &[&str] = &[
        "$schema",
        "$id",
        "$defs",
        "$ref",
        "title",
        "description",
        "type",
        "const",
        "enum",
        "x-enum-varnames",
        "oneOf",
        "properties",
        "required",
        "additionalProperties",
        "items",
    ];
    fn walk(schema: &Value, at: &str) {
        let object = schema
            .as_object()
            .unwrap_or_else(|| panic!("{at}: not a schema object"));
        for (key, value) in object {
            assert!(KEYWORDS.contains(&key.as_str()), "{at}: keyword `{key}`");
            match key.as_str() {
                "$defs" | "properties" => {
                    for (name, sub) in value.as_object().unwrap() {
                        walk(sub, &format!("{at}/{key}/{name}"));
                    }
                }
                "oneOf" => {
                    for (i, sub) in value.as_array().unwrap().iter().enumerate() {
                        walk(sub, &format!("{at}/{key}/{i}"));
                    }
                }
                "items" => walk(value, &format!("{at}/items")),
                _ => {}
            }
        }
    }
    walk(&schema_now(), "#");
}

// ---- validity against real validators (issue 4, part 3) ----

#[test]
fn schema_is_valid_against_the_2020_12_metaschema() {
    let schema = committed("schema/errors.schema.json");
    if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("schema/errors.schema.json: {e} at {}", e.instance_path());
    }
    // The metaschema check is not vacuous: a broken copy fails it.
    let mut broken = schema.clone();
    broken["$defs"]["ErrorCode"]["oneOf"][0]["type"] = json!("int");
    assert!(!jsonschema::draft202012::meta::is_valid(&broken));
    let mut broken = schema;
    broken["$defs"]["ErrorInfo"]["required"] = json!("code");
    assert!(!jsonschema::draft202012::meta::is_valid(&broken));
}

fn validator() -> jsonschema::Validator {
    let schema = committed("schema/errors.schema.json");
    jsonschema::draft202012::new(&schema).expect("the committed schema compiles")
}

#[test]
fn data_is_valid_against_the_schema() {
    let validator = validator();
    let data = committed("schema/errors.json");
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema/errors.json: {errors:#?}");
    // Each entry on its own, against the entry definition reached through the schema.
    for entry in data["errors"].as_array().unwrap() {
        assert!(validator.is_valid(&json!({"name": "", "description": "", "errors": [entry]})));
    }
}

/// The data holds the registry: header, and every entry in table order, as serde writes it.
#[test]
fn data_is_the_registry() {
    let data = committed("schema/errors.json");
    assert_eq!(data["name"], ErrorCode::REGISTRY.name);
    assert_eq!(data["description"], ErrorCode::REGISTRY.description);
    let entries = data["errors"].as_array().unwrap();
    assert_eq!(entries.len(), ErrorCode::COUNT);
    for (entry, e) in entries.iter().zip(ErrorCode::iter()) {
        assert_eq!(entry, &serde_json::to_value(e.entry()).unwrap(), "{e:?}");
        assert_eq!(entry["code"], e.code());
        assert_eq!(entry["name"], e.name());
        assert_eq!(entry["text"], e.text());
        assert_eq!(entry["description"], e.description());
    }
}

/// Asserts that `data` is rejected, with an error at `path` (a JSON pointer into the data).
fn assert_rejected(validator: &jsonschema::Validator, data: &Value, path: &str, what: &str) {
    let paths: Vec<String> = validator
        .iter_errors(data)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert!(!paths.is_empty(), "{what}: accepted");
    assert!(
        paths.iter().any(|p| p == path),
        "{what}: errors at {paths:?}, none at {path}"
    );
}

#[test]
fn bad_data_is_rejected() {
    let validator = validator();
    let good = committed("schema/errors.json");
    let mut cases: Vec<(&str, &str, Value)> = Vec::new();
    let mut edit = |what, path, f: &dyn Fn(&mut Value)| {
        let mut data = good.clone();
        f(&mut data);
        cases.push((what, path, data));
    };
    edit("an unknown code", "/errors/3/code", &|d| {
        d["errors"][3]["code"] = json!(418)
    });
    edit("a code out of u16 range", "/errors/0/code", &|d| {
        d["errors"][0]["code"] = json!(65936)
    });
    edit("a code as a string", "/errors/3/code", &|d| {
        d["errors"][3]["code"] = json!("404")
    });
    edit("a fractional code", "/errors/3/code", &|d| {
        d["errors"][3]["code"] = json!(404.5)
    });
    edit("a missing text", "/errors/1", &|d| {
        d["errors"][1].as_object_mut().unwrap().remove("text");
    });
    edit("a missing code", "/errors/2", &|d| {
        d["errors"][2].as_object_mut().unwrap().remove("code");
    });
    edit("a text of the wrong type", "/errors/4/text", &|d| {
        d["errors"][4]["text"] = json!(429)
    });
    edit("a null description", "/errors/5/description", &|d| {
        d["errors"][5]["description"] = Value::Null
    });
    edit("an unknown field in an entry", "/errors/0", &|d| {
        d["errors"][0]["http"] = json!(true)
    });
    edit("a missing header field", "", &|d| {
        d.as_object_mut().unwrap().remove("name");
    });
    edit("errors not an array", "/errors", &|d| {
        d["errors"] = json!({"400": "BadRequest"})
    });
    for (what, path, data) in &cases {
        assert_rejected(&validator, data, path, what);
    }
}

// ---- the Markdown export (issue 4, part 5) ----

/// The registry as `errcodes export --format markdown` prints it.
fn markdown_now() -> String {
    let registry = errcodes_build::Registry::from_path(root().join("errors.toml"))
        .unwrap_or_else(|e| panic!("errors.toml: {e}"));
    errcodes_export::markdown_page(&registry)
}

/// The table of a Markdown page: its lines from the header row on.
fn table_of(page: &str) -> String {
    let start = page.find("| Code").expect("a `| Code | …` header row");
    page[start..].to_owned()
}

/// The page with trailing blanks dropped from each line (the seed has one after its introduction).
fn without_trailing_blanks(page: &str) -> String {
    page.lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect()
}

fn assert_reproduces_seed(seed: &str, source: &str) {
    let page = markdown_now();
    assert_eq!(
        table_of(&page),
        table_of(seed),
        "the exported table differs from {source}'s, byte for byte"
    );
    assert_eq!(
        without_trailing_blanks(&page),
        without_trailing_blanks(seed),
        "the exported page differs from {source}"
    );
}

#[test]
fn markdown_export_reproduces_the_seed_table() {
    assert_reproduces_seed(
        include_str!("data/seed-errors.md"),
        "tests/data/seed-errors.md",
    );
}

/// The seed page itself sits beside a CI clone (`../shared/seed/errors.md`), not in every clone:
/// compared when there, and said loudly when not.
#[test]
fn markdown_export_reproduces_the_shared_seed_when_present() {
    let path = root().join("../shared/seed/errors.md");
    match std::fs::read_to_string(&path) {
        Ok(seed) => {
            assert_eq!(
                seed,
                include_str!("data/seed-errors.md"),
                "tests/data/seed-errors.md is no longer a copy of {}",
                path.display()
            );
            assert_reproduces_seed(&seed, "../shared/seed/errors.md");
        }
        Err(e) => {
            // Straight to stderr, past the harness's capture, so the missing check is seen.
            let _ = writeln!(
                std::io::stderr(),
                "NOTE: {} not read ({e}): compared with the committed copy \
                 tests/data/seed-errors.md only",
                path.display()
            );
        }
    }
}

// ---- titles and descriptions of a large real catalog (issue 22) ----

/// A registry named `name` with one entry of `text` and `description`.
fn one_entry(name: &str, text: &str, description: &str) -> Registry {
    let source = format!(
        "[registry]\nname = {name:?}\n[[error]]\ncode = 5\nname = \"AccessDenied\"\n\
         text = {text:?}\ndescription = {description:?}\n"
    );
    Registry::from_source("one.toml", &source).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn titles_say_errors_once() {
    for (name, title) in [
        ("Win32 system error codes", "Win32 system error codes"),
        ("Storage errors", "Storage errors"),
        ("Legacy ERROR", "Legacy ERROR"),
        ("IANA HTTP Status Codes", "IANA HTTP Status Codes"),
        ("Nutcache API", "Nutcache API errors"),
        ("Terror", "Terror errors"),
    ] {
        let registry = one_entry(name, "Access is denied.", "Access is denied.");
        assert_eq!(
            json_schema(&registry, "ErrorCode")["title"],
            title,
            "{name}"
        );
        let openapi = errcodes_export::openapi::document(&registry, "ErrorCode");
        assert_eq!(openapi["info"]["title"], title, "{name}");
    }
}

#[test]
fn code_descriptions_join_text_and_description_without_a_stray_colon() {
    for (text, description, joined) in [
        ("Not Found", "No such thing.", "Not Found: No such thing."),
        (
            "Access is denied.",
            "The caller lacks the right.",
            "Access is denied. The caller lacks the right.",
        ),
        ("Really?", "Yes.", "Really? Yes."),
        (
            "Access is denied.",
            "Access is denied.",
            "Access is denied.",
        ),
    ] {
        let registry = one_entry("Win32 system error codes", text, description);
        let schema = json_schema(&registry, "ErrorCode");
        let branch = &schema["$defs"]["ErrorCode"]["oneOf"][0];
        assert_eq!(branch["description"], joined, "{text:?} + {description:?}");
        let openapi = errcodes_export::openapi::document(&registry, "ErrorCode");
        let branch = &openapi["components"]["schemas"]["ErrorCode"]["oneOf"][0];
        assert_eq!(branch["description"], joined, "{text:?} + {description:?}");
    }
}
