//! The registry as an OpenAPI 3.1 document of reusable components, for an API's own OpenAPI file
//! to reference (`$ref: 'errors.openapi.json#/components/responses/Status404'`).
//!
//! [`document`] holds no paths, only components:
//! - `components.schemas`: the code and entry schemas of the JSON Schema export, and an RFC 9457
//!   problem details schema whose `code` member is the registry's code;
//! - `components.responses`: one response per HTTP status the registry uses (`Status404`, in
//!   ascending order), served as `application/problem+json`, with one example per entry of that
//!   status: the problem errcodes' runtime `Problem` sends for it.
//!
//! Entries without a status are in the schemas but in no response.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::json::{code_schema, document_title, entry_schema, entry_schema_name};
use errcodes_build::schema::code_json;
use errcodes_build::{Entry, Registry};

/// The media type of the responses' problem details (RFC 9457 §3).
const PROBLEM_MEDIA_TYPE: &str = "application/problem+json";

/// The `type` of a problem whose entry has no documentation link (RFC 9457 §4.2.1).
const ABOUT_BLANK: &str = "about:blank";

/// The RFC 9457 problem details schema: the five members the RFC defines, all optional, and
/// `code`, a reference to the code schema at `code_ref`; extensions are allowed.
fn problem_schema(registry: &Registry, code_ref: &str) -> Value {
    json!({
        "title": "Problem details",
        "description": format!(
            "An RFC 9457 problem details object of the {}, its `code` member the error code.",
            registry.name
        ),
        "type": "object",
        "properties": {
            "type": {
                "type": "string", "format": "uri-reference", "default": ABOUT_BLANK,
                "description": "The problem type: the error's documentation link, or about:blank."
            },
            "title": { "type": "string", "description": "The error's short text." },
            "status": {
                "type": "integer", "minimum": 100, "maximum": 599,
                "description": "The HTTP status of the response."
            },
            "detail": {
                "type": "string",
                "description": "What happened: the error's description as plain text, or this occurrence's."
            },
            "instance": {
                "type": "string", "format": "uri-reference",
                "description": "A URI reference that identifies this occurrence."
            },
            "code": { "$ref": code_ref },
        },
        "additionalProperties": true,
    })
}

/// The problem errcodes' runtime `Problem` sends for `entry` with `status`.
fn problem_example(registry: &Registry, entry: &Entry, status: u16) -> Value {
    json!({
        "type": registry.url(entry).unwrap_or_else(|| ABOUT_BLANK.to_owned()),
        "title": entry.text,
        "status": status,
        "detail": errcodes_build::plain_text(&entry.description),
        "code": code_json(&entry.code),
    })
}

/// The response for `status`: its description, and the problem media type with the problem
/// schema at `problem_ref` and one example per entry (named by the entry's variant name).
fn response(registry: &Registry, status: u16, entries: &[&Entry], problem_ref: &str) -> Value {
    let mut examples = Map::new();
    for entry in entries {
        let deprecated = if entry.deprecated.is_some() {
            " (deprecated)"
        } else {
            ""
        };
        examples.insert(
            entry.name.clone(),
            json!({
                "summary": format!("{} {}: {}{deprecated}", entry.code, entry.name, entry.text),
                "value": problem_example(registry, entry, status),
            }),
        );
    }
    let codes: Vec<String> = entries.iter().map(|e| e.code.to_string()).collect();
    json!({
        "description": format!(
            "An error of the {} with HTTP status {status}, as RFC 9457 problem details (code {}).",
            registry.name,
            codes.join(", ")
        ),
        "content": {
            PROBLEM_MEDIA_TYPE: {
                "schema": { "$ref": problem_ref },
                "examples": examples,
            }
        }
    })
}

/// The HTTP statuses the registry uses, ascending, each with its entries in table order.
fn by_status(registry: &Registry) -> BTreeMap<u16, Vec<&Entry>> {
    let mut statuses: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for entry in &registry.entries {
        if let Some(status) = registry.status(entry) {
            statuses.entry(status).or_default().push(entry);
        }
    }
    statuses
}

/// The registry as an OpenAPI 3.1 document: `openapi`, `info` (the registry's title, its version
/// or `0.0.0`, its description), empty `paths`, and the components described in the
/// [module docs](self). `enum_name` names the code schema (as in
/// [`json_schema`](crate::json::json_schema)); the problem schema is named after it
/// (`ErrorProblem` for `ErrorCode`).
///
/// # Example
/// ```
/// let registry = errcodes_build::Registry::from_source("e.toml", r#"
/// [registry]
/// name = "Example API"
/// [[error]]
/// code = 404
/// name = "NotFound"
/// text = "Not Found"
/// description = "No such thing."
/// "#).unwrap();
/// let doc = errcodes_export::openapi::document(&registry, "ErrorCode");
/// assert_eq!(doc["openapi"], "3.1.0");
/// assert_eq!(doc["info"]["version"], "0.0.0");
/// assert_eq!(doc["components"]["schemas"]["ErrorInfo"]["properties"]["code"]["$ref"],
///            "#/components/schemas/ErrorCode");
/// let response = &doc["components"]["responses"]["Status404"];
/// let content = &response["content"]["application/problem+json"];
/// assert_eq!(content["schema"]["$ref"], "#/components/schemas/ErrorProblem");
/// assert_eq!(content["examples"]["NotFound"]["value"]["title"], "Not Found");
/// ```
pub fn document(registry: &Registry, enum_name: &str) -> Value {
    let code_ref = format!("#/components/schemas/{enum_name}");
    let problem_name = format!(
        "{}Problem",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    );
    let problem_ref = format!("#/components/schemas/{problem_name}");
    let mut schemas = Map::new();
    schemas.insert(enum_name.to_owned(), code_schema(registry, enum_name));
    schemas.insert(
        entry_schema_name(enum_name),
        entry_schema(registry, enum_name, &code_ref),
    );
    schemas.insert(problem_name, problem_schema(registry, &code_ref));
    let responses: Map<String, Value> = by_status(registry)
        .into_iter()
        .map(|(status, entries)| {
            (
                format!("Status{status}"),
                response(registry, status, &entries, &problem_ref),
            )
        })
        .collect();
    let mut info = json!({
        "title": document_title(&registry.name),
        "version": registry.version.as_deref().unwrap_or("0.0.0"),
    });
    if !registry.description.is_empty() {
        info["description"] = json!(registry.description);
    }
    json!({
        "openapi": "3.1.0",
        "info": info,
        "paths": {},
        "components": { "schemas": schemas, "responses": responses },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::catalogs;

    /// Every `$ref` in `value`.
    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("$ref", Value::String(target)) => out.push(target.clone()),
                        _ => refs(value, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn a_response_per_status_with_an_example_per_entry() {
        for (path, registry) in catalogs() {
            let doc = document(&registry, "ErrorCode");
            let responses = doc["components"]["responses"].as_object().unwrap();
            let mut statuses: Vec<u16> = registry
                .entries
                .iter()
                .filter_map(|e| registry.status(e))
                .collect();
            statuses.sort_unstable();
            statuses.dedup();
            let names: Vec<String> = statuses.iter().map(|s| format!("Status{s}")).collect();
            assert_eq!(
                responses.keys().cloned().collect::<Vec<_>>(),
                names,
                "{path}"
            );
            let mut examples = 0;
            for (name, response) in responses {
                let content = &response["content"][PROBLEM_MEDIA_TYPE];
                assert_eq!(
                    content["schema"]["$ref"],
                    "#/components/schemas/ErrorProblem"
                );
                assert!(
                    response["description"]
                        .as_str()
                        .is_some_and(|d| !d.is_empty())
                );
                for (variant, example) in content["examples"].as_object().unwrap() {
                    let entry = registry.by_name(variant).expect("an example per entry");
                    let status = registry.status(entry).unwrap();
                    assert_eq!(name, &format!("Status{status}"), "{path}: {variant}");
                    assert_eq!(example["value"], problem_example(&registry, entry, status));
                    examples += 1;
                }
            }
            let with_status = registry
                .entries
                .iter()
                .filter(|e| registry.status(e).is_some());
            assert_eq!(examples, with_status.count(), "{path}");
        }
    }

    #[test]
    fn document_shape_and_references() {
        for (path, registry) in catalogs() {
            let doc = document(&registry, "ErrorCode");
            assert_eq!(doc["openapi"], "3.1.0");
            assert_eq!(
                doc["info"]["version"],
                registry.version.as_deref().unwrap_or("0.0.0")
            );
            assert_eq!(doc["paths"], json!({}));
            let schemas = doc["components"]["schemas"].as_object().unwrap();
            assert_eq!(
                schemas.keys().collect::<Vec<_>>(),
                ["ErrorCode", "ErrorInfo", "ErrorProblem"]
            );
            assert_eq!(schemas["ErrorCode"], code_schema(&registry, "ErrorCode"));
            let mut targets = Vec::new();
            refs(&doc, &mut targets);
            assert!(!targets.is_empty());
            for target in targets {
                let pointer = target.strip_prefix('#').expect("a local reference");
                assert!(doc.pointer(pointer).is_some(), "{path}: {target} dangles");
            }
            assert!(!doc.to_string().contains("$defs"), "{path}");
        }
    }

    #[test]
    fn examples_are_what_the_runtime_sends() {
        let registry = Registry::from_source(
            "e.toml",
            "[registry]\nname='A'\ncode_type='str'\nurl='https://docs.example.com/e#{code}'\n\
             [[error]]\ncode='GONE'\nname='Gone'\ntext='Gone'\ndescription='It is *gone*.'\nstatus=410\n\
             [[error]]\ncode='LOST'\nname='Lost'\ntext='Lost'\ndescription='Lost.'\nstatus=410\n\
             url='https://docs.example.com/lost'\ndeprecated='Use Gone.'\n\
             [[error]]\ncode='LOCAL'\nname='Local'\ntext='Local'\ndescription='No status.'\n",
        )
        .unwrap();
        let doc = document(&registry, "ApiError");
        let response = &doc["components"]["responses"]["Status410"];
        let examples = &response["content"][PROBLEM_MEDIA_TYPE]["examples"];
        assert_eq!(
            examples["Gone"]["value"],
            json!({"type": "https://docs.example.com/e#GONE", "title": "Gone", "status": 410,
                   "detail": "It is gone.", "code": "GONE"})
        );
        assert_eq!(
            examples["Lost"]["value"]["type"],
            "https://docs.example.com/lost"
        );
        assert_eq!(examples["Lost"]["summary"], "LOST Lost: Lost (deprecated)");
        assert_eq!(doc["components"]["responses"].as_object().unwrap().len(), 1);
        assert_eq!(
            doc["components"]["schemas"]["ApiErrorProblem"]["properties"]["code"]["$ref"],
            "#/components/schemas/ApiError"
        );
    }
}
