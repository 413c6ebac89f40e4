//! The exports for other languages: a registry's JSON Schema (2020-12) and its data as JSON, made
//! from the model. The committed `schema/` files, `errcodes schema`/`export` and the runtime's
//! `JsonSchema` impls (through the generated code) all come from here.

use serde_json::{Map, Value, json};

use crate::{Entry, Registry};

/// The JSON Schema dialect of [`json_schema`].
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema name of an entry: `ErrorInfo` for the enum `ErrorCode`, `ApiErrorInfo` for
/// `ApiError`.
///
/// # Example
/// ```
/// assert_eq!(errcodes_build::export::entry_schema_name("ErrorCode"), "ErrorInfo");
/// assert_eq!(errcodes_build::export::entry_schema_name("ApiError"), "ApiErrorInfo");
/// ```
pub fn entry_schema_name(enum_name: &str) -> String {
    format!(
        "{}Info",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    )
}

/// The schema of a code: a `oneOf` with one `{"type": "integer", "const": …}` branch per code,
/// titled with its variant name and described by its text and description, so generators emit a
/// named, documented union or enum. No `type` beside the `oneOf`, no `enum`, no vendor keywords:
/// json-schema-to-typescript, datamodel-code-generator and Ajv's strict mode all take it as is.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_build::export::code_schema(&registry, "ErrorCode");
/// assert_eq!(schema["title"], "ErrorCode");
/// assert_eq!(schema["oneOf"][0]["const"], 1);
/// assert_eq!(schema["oneOf"][0]["title"], "One");
/// ```
pub fn code_schema(registry: &Registry, enum_name: &str) -> Value {
    let branches: Vec<Value> = registry
        .entries
        .iter()
        .map(|e| {
            json!({
                "type": "integer",
                "const": e.code,
                "title": e.name,
                "description": format!("{}: {}", e.text, e.description),
            })
        })
        .collect();
    json!({
        "title": enum_name,
        "description": format!("An error code of the {}.", registry.name),
        "oneOf": branches,
    })
}

/// The schema of an entry `{code, name, text, description}`, its `code` a reference to the code
/// schema at `code_ref` (e.g. `#/$defs/ErrorCode`).
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_build::export::entry_schema(&registry, "ErrorCode", "#/$defs/ErrorCode");
/// assert_eq!(schema["title"], "ErrorInfo");
/// assert_eq!(schema["properties"]["code"]["$ref"], "#/$defs/ErrorCode");
/// assert_eq!(schema["required"].as_array().unwrap().len(), 4);
/// ```
pub fn entry_schema(registry: &Registry, enum_name: &str, code_ref: &str) -> Value {
    json!({
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
    })
}

/// The `$id` of the registry's schema: a URN made from its name
/// (`urn:errcodes:nutcache-api:errors.schema.json`).
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='Nutcache API'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// assert_eq!(errcodes_build::export::schema_id(&registry), "urn:errcodes:nutcache-api:errors.schema.json");
/// ```
pub fn schema_id(registry: &Registry) -> String {
    let mut slug = String::new();
    for c in registry.name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "registry" } else { slug };
    format!("urn:errcodes:{slug}:errors.schema.json")
}

/// The JSON Schema (2020-12) of the registry document [`json_data`]:
/// `{name, description, errors: [entry…]}`, with the code and entry schemas under `$defs`.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='Nutcache API'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_build::export::json_schema(&registry, "ErrorCode");
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["title"], "Nutcache API errors");
/// assert_eq!(schema["properties"]["errors"]["items"]["$ref"], "#/$defs/ErrorInfo");
/// ```
pub fn json_schema(registry: &Registry, enum_name: &str) -> Value {
    let entry_name = entry_schema_name(enum_name);
    let code_ref = format!("#/$defs/{enum_name}");
    let mut defs = Map::new();
    defs.insert(enum_name.to_owned(), code_schema(registry, enum_name));
    defs.insert(
        entry_name.clone(),
        entry_schema(registry, enum_name, &code_ref),
    );
    json!({
        "$schema": SCHEMA_DIALECT,
        "$id": schema_id(registry),
        "title": format!("{} errors", registry.name),
        "description": if registry.description.is_empty() {
            format!("The error codes of the {}.", registry.name)
        } else {
            registry.description.clone()
        },
        "type": "object",
        "properties": {
            "name": { "type": "string", "description": "The registry's name." },
            "description": {
                "type": "string",
                "description": "How the API reports errors (Markdown)."
            },
            "errors": {
                "type": "array",
                "description": "Every entry, in table order.",
                "items": { "$ref": format!("#/$defs/{entry_name}") },
            },
        },
        "required": ["name", "description", "errors"],
        "additionalProperties": false,
        "$defs": defs,
    })
}

/// The registry document: `{"name", "description", "errors": [{"code", "name", "text",
/// "description"}…]}`, valid against [`json_schema`].
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let data = errcodes_build::export::json_data(&registry);
/// assert_eq!(data["name"], "A");
/// assert_eq!(data["errors"][0]["text"], "One");
/// ```
pub fn json_data(registry: &Registry) -> Value {
    let errors: Vec<Value> = registry.entries.iter().map(entry_data).collect();
    json!({
        "name": registry.name,
        "description": registry.description,
        "errors": errors,
    })
}

/// One entry as the JSON object `{"code", "name", "text", "description"}` (the same object the
/// runtime's serde `Serialize` of `errcodes::Entry` writes).
pub fn entry_data(entry: &Entry) -> Value {
    json!({
        "code": entry.code,
        "name": entry.name,
        "text": entry.text,
        "description": entry.description,
    })
}

/// Pretty JSON text with a final newline, the form of the committed exports under `schema/`.
///
/// # Example
/// ```
/// let text = errcodes_build::export::to_pretty(&serde_json::json!({"a": 1}));
/// assert_eq!(text, "{\n  \"a\": 1\n}\n");
/// ```
pub fn to_pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
