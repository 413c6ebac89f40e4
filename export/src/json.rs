//! The exports for other languages: a registry's JSON Schema (2020-12) and its data as JSON, made
//! from the model. The committed `schema/` files, `errcodes schema`/`export` and the runtime's
//! `JsonSchema` impls (through the generated code) all come from here.

use serde_json::{Map, Value, json};

use errcodes_build::keys::{KEYS, Key, Kind, Value as KeyValue};
use errcodes_build::{Code, Entry, Registry};

/// A code as JSON: a number or a string.
fn code_json(code: &Code) -> Value {
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

/// A value of a key as JSON.
fn value_json(value: &KeyValue<'_>) -> Value {
    match value {
        KeyValue::Status(s) => json!(s),
        KeyValue::Flag => json!(true),
        KeyValue::Text(t) => json!(t),
        KeyValue::Names(names) => json!(names),
    }
}

/// The JSON Schema dialect of [`json_schema`].
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema name of an entry: `ErrorInfo` for the enum `ErrorCode`, `ApiErrorInfo` for
/// `ApiError`.
///
/// # Example
/// ```
/// assert_eq!(errcodes_export::json::entry_schema_name("ErrorCode"), "ErrorInfo");
/// assert_eq!(errcodes_export::json::entry_schema_name("ApiError"), "ApiErrorInfo");
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
/// use errcodes_export::json::document_title;
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
/// alone when the description repeats it. The runtime's `JsonSchema` impls join
/// them the same way (`src/schemars_impls.rs`).
fn text_and_description(text: &str, description: &str) -> String {
    if description.trim() == text.trim() {
        text.to_owned()
    } else if text.ends_with(['.', '!', '?', ':', ';', '\u{2026}']) {
        format!("{text} {description}")
    } else {
        format!("{text}: {description}")
    }
}

/// The schema of a code: a `oneOf` with one `{"type": "integer", "const": …}` branch per code
/// (`"type": "string"` for string codes), titled with its variant name and described by its text
/// and description, so generators emit a named, documented union or enum. A deprecated entry's
/// branch is marked `"deprecated": true` and its description ends with a `Deprecated: NOTE`
/// paragraph; no description holds a JSDoc tag, since quicktype joins the descriptions of every
/// branch into the doc comment of the whole type (an `@deprecated` line there would mark every
/// code).
///
/// Beside the `oneOf`, for the generators that read enums and not `oneOf`s of `const`s
/// (openapi-generator, openapi-typescript-codegen): `enum`, the codes in table order, and
/// `x-enum-varnames`, the variant names in the same order. No `tsEnumNames`:
/// json-schema-to-typescript would intersect the enum it makes of it with the union of the
/// `oneOf`, leaving a type no code is assignable to. Ajv's strict mode needs the vendor keyword
/// declared (`ajv.addVocabulary(["x-enum-varnames"])`).
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let schema = errcodes_export::json::code_schema(&registry, "ErrorCode");
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
/// let schema = errcodes_export::json::entry_schema(&registry, "ErrorCode", "#/$defs/ErrorCode");
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

/// The `$id` of the registry's schema: a URN made from its name
/// (`urn:errcodes:nutcache-api:errors.schema.json`).
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='Nutcache API'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// assert_eq!(errcodes_export::json::schema_id(&registry), "urn:errcodes:nutcache-api:errors.schema.json");
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
/// let schema = errcodes_export::json::json_schema(&registry, "ErrorCode");
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["title"], "Nutcache API errors");
/// assert_eq!(schema["properties"]["errors"]["items"]["$ref"], "#/$defs/ErrorInfo");
/// ```
pub fn json_schema(registry: &Registry, enum_name: &str) -> Value {
    let mut schema;
    let entry_name = entry_schema_name(enum_name);
    let code_ref = format!("#/$defs/{enum_name}");
    let mut defs = Map::new();
    defs.insert(enum_name.to_owned(), code_schema(registry, enum_name));
    defs.insert(
        entry_name.clone(),
        entry_schema(registry, enum_name, &code_ref),
    );
    schema = json!({
        "$schema": SCHEMA_DIALECT,
        "$id": schema_id(registry),
        "title": document_title(&registry.name),
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
    });
    add_header_schemas(&mut schema, registry);
    schema
}

/// The schemas of the document's optional members: `version`, and the `retired` codes.
fn add_header_schemas(schema: &mut Value, registry: &Registry) {
    let properties = &mut schema["properties"];
    if registry.version.is_some() {
        properties["version"] =
            json!({ "type": "string", "description": "The registry's version (semver)." });
    }
    if !registry.retired.is_empty() {
        let code_type = if registry.code_type == errcodes_build::CodeType::Str {
            "string"
        } else {
            "integer"
        };
        properties["retired"] = json!({
            "type": "array",
            "description": "Codes used once and never to be given to another entry.",
            "items": {
                "type": "object",
                "properties": {
                    "code": { "type": code_type },
                    "name": { "type": "string" },
                    "note": { "type": "string" },
                },
                "required": ["code", "note"],
                "additionalProperties": false,
            },
        });
    }
}

/// The registry document: `{"name", "description", "errors": [{"code", "name", "text",
/// "description"}…]}`, valid against [`json_schema`].
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\n").unwrap();
/// let data = errcodes_export::json::json_data(&registry);
/// assert_eq!(data["name"], "A");
/// assert_eq!(data["errors"][0]["text"], "One");
/// ```
pub fn json_data(registry: &Registry) -> Value {
    let errors: Vec<Value> = (registry.entries.iter())
        .map(|e| entry_data(registry, e))
        .collect();
    let mut data = json!({
        "name": registry.name,
        "description": registry.description,
        "errors": errors,
    });
    if let Some(version) = &registry.version {
        data["version"] = json!(version);
    }
    if !registry.retired.is_empty() {
        let retired: Vec<Value> = registry
            .retired
            .iter()
            .map(|r| {
                let mut item = json!({ "code": code_json(&r.code), "note": r.note });
                if let Some(name) = &r.name {
                    item["name"] = json!(name);
                }
                item
            })
            .collect();
        data["retired"] = json!(retired);
    }
    data
}

/// One entry as the JSON object `{"code", "name", "text", "description"}` and each optional key
/// the entry has: `status` (when the registry writes statuses), `retryable` (when true),
/// `category`, `url` (the template filled), `aliases`, `deprecated`. The same object the runtime's
/// serde `Serialize` of `errcodes::Entry` writes.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=1\nname='One'\ntext='One'\ndescription='First.'\nretryable=true\n").unwrap();
/// let entry = errcodes_export::json::entry_data(&registry, &registry.entries[0]);
/// assert_eq!(entry["code"], 1);
/// assert_eq!(entry["retryable"], true);
/// assert!(entry.get("status").is_none());
/// ```
pub fn entry_data(registry: &Registry, entry: &Entry) -> Value {
    let mut data = json!({
        "code": code_json(&entry.code),
        "name": entry.name,
        "text": entry.text,
        "description": entry.description,
    });
    for key in KEYS.into_iter().filter(|key| registry.uses(key)) {
        if let Some(value) = (key.value)(registry, entry) {
            data[key.name] = value_json(&value);
        }
    }
    data
}

/// Pretty JSON text with a final newline, the form of the committed exports under `schema/`.
///
/// # Example
/// ```
/// let text = errcodes_export::json::to_pretty(&serde_json::json!({"a": 1}));
/// assert_eq!(text, "{\n  \"a\": 1\n}\n");
/// ```
pub fn to_pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Registry {
        Registry::from_source(
            "e.toml",
            "[registry]\nname='A'\ncode_type='str'\n\
             [[error]]\ncode='OLD'\nname='Old'\ntext='Old'\ndescription='Gone.'\ndeprecated='Use `New`.'\n\
             [[error]]\ncode='NEW'\nname='New'\ntext='New'\ndescription='Here.'\n",
        )
        .unwrap()
    }

    /// quicktype joins every branch's description into the doc comment of the whole type: a
    /// JSDoc tag in one of them would mark every code deprecated.
    #[test]
    fn no_description_holds_a_jsdoc_tag() {
        let schema = code_schema(&registry(), "ErrorCode");
        for branch in schema["oneOf"].as_array().unwrap() {
            let description = branch["description"].as_str().unwrap();
            assert!(!description.contains("@deprecated"), "{description}");
        }
        assert_eq!(
            schema["oneOf"][0]["description"],
            "Old: Gone.\n\nDeprecated: Use `New`."
        );
        assert_eq!(schema["oneOf"][0]["deprecated"], true);
        assert!(schema["oneOf"][1].get("deprecated").is_none());
    }

    #[test]
    fn the_codes_are_an_enum_with_their_names_too() {
        let schema = code_schema(&registry(), "ErrorCode");
        assert_eq!(schema["enum"], json!(["OLD", "NEW"]));
        assert_eq!(schema["x-enum-varnames"], json!(["Old", "New"]));
        assert!(schema.get("tsEnumNames").is_none() && schema.get("type").is_none());
    }
}
