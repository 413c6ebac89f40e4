//! The JSON Schemas of a registry's codes and entries, made once, here: the exports
//! (`errcodes-export`) put them in the registry's documents, and the generated code carries them
//! for the runtime's `JsonSchema` impls.

use serde_json::{Value, json};

use crate::keys::{KEYS, Key, Kind};
use crate::{Code, Registry};

/// A code as JSON: a number or a string.
pub fn code_json(code: &Code) -> Value {
    match code {
        Code::Int(n) => json!(n),
        Code::Str(s) => json!(s),
    }
}

/// The JSON Schema of a value of `key`, with its meaning as description.
fn key_schema(key: &Key) -> Value {
    let mut schema = match key.kind {
        Kind::Status => json!({ "type": "integer", "minimum": 100, "maximum": 599 }),
        Kind::Flag => json!({ "type": "boolean" }),
        Kind::Text | Kind::Link => json!({ "type": "string" }),
        Kind::Names => json!({ "type": "array", "items": { "type": "string" } }),
        Kind::OneOf(words) => json!({ "type": "string", "enum": words }),
    };
    schema["description"] = json!(key.about);
    schema
}

/// The schema name of an entry: `ErrorInfo` for the enum `ErrorCode`, `ApiErrorInfo` for
/// `ApiError`.
///
/// # Example
/// ```
/// assert_eq!(errcodes_build::schema::entry_schema_name("ErrorCode"), "ErrorInfo");
/// assert_eq!(errcodes_build::schema::entry_schema_name("ApiError"), "ApiErrorInfo");
/// ```
pub fn entry_schema_name(enum_name: &str) -> String {
    format!(
        "{}Info",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    )
}

/// The title of a registry's documents (the JSON Schema, the OpenAPI document, the HTML page):
/// its name followed by ` errors`, unless the name's last word already says so: `error`,
/// `errors` or `codes`, in any case (`Win32 system error codes`, `IANA HTTP Status Codes`).
///
/// # Example
/// ```
/// use errcodes_build::schema::document_title;
///
/// assert_eq!(document_title("Nutcache API"), "Nutcache API errors");
/// assert_eq!(document_title("Win32 system error codes"), "Win32 system error codes");
/// assert_eq!(document_title("Storage Errors"), "Storage Errors");
/// assert_eq!(document_title("Terror"), "Terror errors");
/// ```
pub fn document_title(registry_name: &str) -> String {
    let last_word = registry_name
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or_default();
    if ["error", "errors", "codes"]
        .iter()
        .any(|w| last_word.eq_ignore_ascii_case(w))
    {
        registry_name.to_owned()
    } else {
        format!("{registry_name} errors")
    }
}

/// An entry's text and description as one schema description: `text: description`, or
/// `text description` when the text already ends a sentence (`Access is denied.`), or the text
/// alone when the description repeats it.
fn text_and_description(text: &str, description: &str) -> String {
    if description.trim() == text.trim() {
        text.to_owned()
    } else if text.ends_with(['.', '!', '?', ':', ';', '\u{2026}']) {
        format!("{text} {description}")
    } else {
        format!("{text}: {description}")
    }
}

/// The schema of a code: a `oneOf` with one `const` branch per code, titled with its variant name
/// and described by its text and description (a deprecated entry's branch is marked
/// `"deprecated": true` and its description ends with `Deprecated: NOTE`, not a JSDoc tag, which
/// quicktype would put on the whole type). Beside it, for the generators that read enums rather
/// than `oneOf`s: `enum`, the codes in table order, and `x-enum-varnames`, their variant names.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_build::schema::code_schema(&registry, "ErrorCode");
/// assert_eq!(schema["title"], "ErrorCode");
/// assert_eq!(schema["oneOf"][0]["const"], 1);
/// assert_eq!(schema["oneOf"][0]["title"], "One");
/// assert_eq!(schema["enum"], serde_json::json!([1]));
/// assert_eq!(schema["x-enum-varnames"], serde_json::json!(["One"]));
/// ```
pub fn code_schema(registry: &Registry, enum_name: &str) -> Value {
    let branches: Vec<Value> = registry
        .entries
        .iter()
        .map(|e| {
            let mut description = text_and_description(&e.text, &e.description);
            if let Some(note) = &e.deprecated {
                description.push_str("\n\nDeprecated: ");
                description.push_str(note);
            }
            let mut branch = json!({
                "type": if matches!(e.code, Code::Str(_)) { "string" } else { "integer" },
                "const": code_json(&e.code),
                "title": e.name,
                "description": description,
            });
            if e.deprecated.is_some() {
                branch["deprecated"] = json!(true);
            }
            branch
        })
        .collect();
    let codes: Vec<Value> = registry
        .entries
        .iter()
        .map(|e| code_json(&e.code))
        .collect();
    let names: Vec<&str> = registry.entries.iter().map(|e| e.name.as_str()).collect();
    json!({
        "title": enum_name,
        "description": format!("An error code of the {}.", registry.name),
        "oneOf": branches,
        "enum": codes,
        "x-enum-varnames": names,
    })
}

/// The schema of an entry `{code, name, text, description}`, its `code` a reference to the code
/// schema at `code_ref` (e.g. `#/$defs/ErrorCode`).
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_build::schema::entry_schema(&registry, "ErrorCode", "#/$defs/ErrorCode");
/// assert_eq!(schema["title"], "ErrorInfo");
/// assert_eq!(schema["properties"]["code"]["$ref"], "#/$defs/ErrorCode");
/// assert_eq!(schema["required"].as_array().unwrap().len(), 4);
/// ```
pub fn entry_schema(registry: &Registry, enum_name: &str, code_ref: &str) -> Value {
    let mut schema = json!({
        "title": entry_schema_name(enum_name),
        "description": format!(
            "An entry of the {}: a code with its name, text and description.",
            registry.name
        ),
        "type": "object",
        "properties": {
            "code": { "$ref": code_ref },
            "name": { "type": "string", "description": "The variant name." },
            "text": { "type": "string", "description": "The short text." },
            "description": {
                "type": "string",
                "description": "The long description (Markdown)."
            },
        },
        "required": ["code", "name", "text", "description"],
        "additionalProperties": false,
    });
    // The exports carry a key only when the registry uses it, so a registry that writes none of
    // them exports what it always has.
    for key in KEYS.into_iter().filter(|key| registry.uses(key)) {
        schema["properties"][key.name] = key_schema(key);
    }
    schema
}
