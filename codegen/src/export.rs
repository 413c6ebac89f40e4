//! The exports for other languages: a registry's JSON Schema (2020-12) and its data as JSON, made
//! from the model. The committed `schema/` files, `errcodes schema`/`export` and the runtime's
//! `JsonSchema` impls (through the generated code) all come from here.

use serde_json::{Map, Value, json};

use crate::{Code, Entry, Registry};

/// A code as JSON: a number or a string.
fn code_json(code: &Code) -> Value {
    match code {
        Code::Int(n) => json!(n),
        Code::Str(s) => json!(s),
    }
}

/// Which optional keys a registry's entries use: the exports carry a key only when the registry
/// uses it, so a registry that writes none of them exports what it always has.
#[derive(Debug, Clone, Copy, Default)]
struct Used {
    status: bool,
    retryable: bool,
    category: bool,
    url: bool,
    aliases: bool,
    deprecated: bool,
}

impl Used {
    fn of(registry: &Registry) -> Used {
        let any = |f: fn(&Entry) -> bool| registry.entries.iter().any(f);
        Used {
            status: any(|e| e.status.is_some()),
            retryable: any(|e| e.retryable),
            category: any(|e| e.category.is_some()),
            url: registry.url.is_some() || any(|e| e.url.is_some()),
            aliases: any(|e| !e.aliases.is_empty()),
            deprecated: any(|e| e.deprecated.is_some()),
        }
    }
}

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
/// let schema = errcodes_build::export::code_schema(&registry, "ErrorCode");
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
            let mut description = format!("{}: {}", e.text, e.description);
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
/// let schema = errcodes_build::export::entry_schema(&registry, "ErrorCode", "#/$defs/ErrorCode");
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
    let used = Used::of(registry);
    let properties = &mut schema["properties"];
    let optional = [
        (
            used.status,
            "status",
            json!({
                "type": "integer", "minimum": 100, "maximum": 599,
                "description": "The HTTP status of the entry."
            }),
        ),
        (
            used.retryable,
            "retryable",
            json!({
                "type": "boolean",
                "description": "Whether a request that failed with this code may succeed when tried again (absent: no)."
            }),
        ),
        (
            used.category,
            "category",
            json!({ "type": "string", "description": "A label grouping entries." }),
        ),
        (
            used.url,
            "url",
            json!({ "type": "string", "description": "The entry's documentation link." }),
        ),
        (
            used.aliases,
            "aliases",
            json!({
                "type": "array", "items": { "type": "string" },
                "description": "Other names the entry is looked up by."
            }),
        ),
        (
            used.deprecated,
            "deprecated",
            json!({
                "type": "string", "description": "Why the entry is deprecated and what to use instead."
            }),
        ),
    ];
    for (is_used, key, property) in optional {
        if is_used {
            properties[key] = property;
        }
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
        let code_type = if registry.code_type == crate::CodeType::Str {
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
/// let data = errcodes_build::export::json_data(&registry);
/// assert_eq!(data["name"], "A");
/// assert_eq!(data["errors"][0]["text"], "One");
/// ```
pub fn json_data(registry: &Registry) -> Value {
    let used = Used::of(registry);
    let errors: Vec<Value> = registry
        .entries
        .iter()
        .map(|e| entry_json(e, registry, used))
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
/// let entry = errcodes_build::export::entry_data(&registry, &registry.entries[0]);
/// assert_eq!(entry["code"], 1);
/// assert_eq!(entry["retryable"], true);
/// assert!(entry.get("status").is_none());
/// ```
pub fn entry_data(registry: &Registry, entry: &Entry) -> Value {
    entry_json(entry, registry, Used::of(registry))
}

/// [`entry_data`], with what the registry uses already known.
fn entry_json(entry: &Entry, registry: &Registry, used: Used) -> Value {
    let mut data = json!({
        "code": code_json(&entry.code),
        "name": entry.name,
        "text": entry.text,
        "description": entry.description,
    });
    let status = registry.status(entry).filter(|_| used.status);
    let optional = [
        ("status", status.map(|s| json!(s))),
        ("retryable", entry.retryable.then_some(json!(true))),
        ("category", entry.category.as_ref().map(|c| json!(c))),
        ("url", registry.url(entry).map(|u| json!(u))),
        (
            "aliases",
            (!entry.aliases.is_empty()).then(|| json!(entry.aliases)),
        ),
        ("deprecated", entry.deprecated.as_ref().map(|d| json!(d))),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            data[key] = value;
        }
    }
    data
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
