//! The exports for other languages: a registry's JSON Schema (2020-12) and its data as JSON, made
//! from the model. The committed `schema/` files, `errcodes schema`/`export` and the runtime's
//! `JsonSchema` impls (through the generated code) all come from here.

use serde_json::{Map, Value, json};

use errcodes_build::keys::{KEYS, Value as KeyValue};
use errcodes_build::schema::code_json;
pub use errcodes_build::schema::{code_schema, document_title, entry_schema, entry_schema_name};
use errcodes_build::{Entry, Registry};

/// The JSON Schema dialect of [`json_schema`].
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The `$id` of the registry's schema: a URN made from its name
/// (`urn:errcodes:nutcache-api:errors.schema.json`).
fn schema_id(registry: &Registry) -> String {
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
    let entry_name = entry_schema_name(enum_name);
    let code_ref = format!("#/$defs/{enum_name}");
    let mut defs = Map::new();
    defs.insert(enum_name.to_owned(), code_schema(registry, enum_name));
    defs.insert(
        entry_name.clone(),
        entry_schema(registry, enum_name, &code_ref),
    );
    let mut schema = json!({
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
    // The document's optional members: `version`, and the `retired` codes.
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
    schema
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
        data[key.name] = match (key.value)(registry, entry) {
            None => continue,
            Some(KeyValue::Status(s)) => json!(s),
            Some(KeyValue::Flag) => json!(true),
            Some(KeyValue::Text(t)) => json!(t),
            Some(KeyValue::Names(names)) => json!(names),
        };
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
