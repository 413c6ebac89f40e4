//! The registry as an OpenAPI 3.1 document of reusable components, for an API's own OpenAPI file
//! to reference (`$ref: 'errors.openapi.json#/components/responses/Status404'`).
//!
//! [`document`] holds no paths, only components:
//! - `components.schemas`: the code schema and the entry schema of the JSON Schema export
//!   ([`export::code_schema`](crate::json::code_schema), [`export::entry_schema`](crate::json::entry_schema), their references pointing into
//!   `#/components/schemas/`), and an RFC 9457 problem details schema ([`problem_schema`]) whose
//!   `code` member is the registry's code;
//! - `components.responses`: one response per HTTP status the registry uses (`Status404`, in
//!   ascending order), served as `application/problem+json` with the problem schema, and one
//!   example per entry with that status: the problem errcodes' runtime `Problem` sends for it.
//!
//! Entries without a status (a registry whose codes are no HTTP statuses and that writes none)
//! are in the schemas but in no response. Only `serde_json` is needed: the module is always
//! compiled, unlike the HTML page (feature `reference`).

use serde_json::{Map, Value, json};

use crate::json::{code_schema, entry_schema, entry_schema_name};
use errcodes_build::{Code, Entry, Registry};

/// The OpenAPI version of [`document`].
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The media type of the responses' problem details (RFC 9457 §3).
pub const PROBLEM_MEDIA_TYPE: &str = "application/problem+json";

/// The `type` of a problem whose entry has no documentation link (RFC 9457 §4.2.1).
const ABOUT_BLANK: &str = "about:blank";

/// The schema name of the problem details of the enum `enum_name`: `ErrorProblem` for
/// `ErrorCode`, `ApiErrorProblem` for `ApiError` (named as [`export::entry_schema_name`](crate::json::entry_schema_name) names
/// entries).
///
/// # Example
/// ```
/// assert_eq!(errcodes_export::openapi::problem_schema_name("ErrorCode"), "ErrorProblem");
/// assert_eq!(errcodes_export::openapi::problem_schema_name("ApiError"), "ApiErrorProblem");
/// ```
pub fn problem_schema_name(enum_name: &str) -> String {
    format!(
        "{}Problem",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    )
}

/// The name of the response for HTTP status `status`: `Status404`.
///
/// # Example
/// ```
/// assert_eq!(errcodes_export::openapi::response_name(404), "Status404");
/// ```
pub fn response_name(status: u16) -> String {
    format!("Status{status}")
}

/// The RFC 9457 problem details schema: the five members the RFC defines, all optional, and
/// `code`, the registry's code (a reference to the code schema at `code_ref`); other members
/// (extensions) are allowed.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='None.'\n").unwrap();
/// let schema = errcodes_export::openapi::problem_schema(&registry, "#/components/schemas/ErrorCode");
/// assert_eq!(schema["properties"]["code"]["$ref"], "#/components/schemas/ErrorCode");
/// assert_eq!(schema["properties"]["status"]["type"], "integer");
/// assert_eq!(schema["additionalProperties"], true);
/// ```
pub fn problem_schema(registry: &Registry, code_ref: &str) -> Value {
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

/// The problem errcodes' runtime `Problem` sends for `entry` with `status`: `type` the entry's
/// link (or `about:blank`), `title` its text, `status`, `detail` its description as
/// [plain text](errcodes_build::plain_text), and `code`.
///
/// # Example
/// ```
/// # let registry = errcodes_build::Registry::from_source("e.toml",
/// #   "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='No *such* thing.'\n").unwrap();
/// let problem = errcodes_export::openapi::problem_example(&registry, &registry.entries[0], 404);
/// assert_eq!(problem, serde_json::json!({
///     "type": "about:blank", "title": "Not Found", "status": 404,
///     "detail": "No such thing.", "code": 404,
/// }));
/// ```
pub fn problem_example(registry: &Registry, entry: &Entry, status: u16) -> Value {
    json!({
        "type": registry.url(entry).unwrap_or_else(|| ABOUT_BLANK.to_owned()),
        "title": entry.text,
        "status": status,
        "detail": errcodes_build::plain_text(&entry.description),
        "code": match &entry.code {
            Code::Int(n) => json!(n),
            Code::Str(s) => json!(s),
        },
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
fn by_status(registry: &Registry) -> Vec<(u16, Vec<&Entry>)> {
    let mut statuses: Vec<(u16, Vec<&Entry>)> = Vec::new();
    for entry in &registry.entries {
        let Some(status) = registry.status(entry) else {
            continue;
        };
        match statuses.binary_search_by_key(&status, |(s, _)| *s) {
            Ok(i) => statuses[i].1.push(entry),
            Err(i) => statuses.insert(i, (status, vec![entry])),
        }
    }
    statuses
}

/// The registry as an OpenAPI 3.1 document: `openapi`, `info` (title [`export::document_title`](crate::json::document_title), the
/// registry's version or `0.0.0`, its description), empty `paths`, and the components described
/// in the [module docs](self). `enum_name` names the code schema (as in
/// [`export::json_schema`](crate::json::json_schema)).
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
    let problem_name = problem_schema_name(enum_name);
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
                response_name(status),
                response(registry, status, &entries, &problem_ref),
            )
        })
        .collect();
    let mut info = json!({
        "title": crate::json::document_title(&registry.name),
        "version": registry.version.as_deref().unwrap_or("0.0.0"),
    });
    if !registry.description.is_empty() {
        info["description"] = json!(registry.description);
    }
    json!({
        "openapi": OPENAPI_VERSION,
        "info": info,
        "paths": {},
        "components": { "schemas": schemas, "responses": responses },
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The embedded registry and the five catalogs of `registries/`, with their paths.
    pub(crate) fn catalogs() -> Vec<(String, Registry)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut paths = vec![root.join("errors.toml")];
        for name in ["grpc", "iana-http", "sqlstate", "oci-distribution", "errno"] {
            paths.push(root.join(format!("registries/{name}.toml")));
        }
        paths
            .into_iter()
            .map(|p| {
                let registry = Registry::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
                (p.display().to_string(), registry)
            })
            .collect()
    }

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
            let names: Vec<String> = statuses.iter().map(|s| response_name(*s)).collect();
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
                    assert_eq!(name, &response_name(status), "{path}: {variant}");
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
