//! Exports for other languages: the JSON Schema of a registry and its data as JSON
//! (feature `schemars`).
//!
//! Both are made from a [`Table`]: the plain data of a registry, taken from a generated enum
//! ([`Table::of`]) or from a table read at run time (the `errcodes` command line builds one from
//! `errcodes-build`'s model for `--registry PATH`). One builder, so every registry exports the
//! same way.
//!
//! ```
//! use errcodes::ErrorCode;
//! use errcodes::export::Table;
//!
//! let table = Table::of::<ErrorCode>();
//! let schema = table.json_schema();
//! assert_eq!(schema.as_value()["$defs"]["ErrorCode"]["oneOf"][3]["title"], "NotFound");
//! let data = table.json_data();
//! assert_eq!(data["errors"][3]["code"], 404);
//! ```

use schemars::{Schema, json_schema};
use serde_json::{Map, Value, json};

use crate::ErrorEnum;

/// The JSON Schema dialect of [`Table::json_schema`].
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// A registry as plain data, ready to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// The name of the generated enum (`ErrorCode` by default): the schema's name for a code.
    pub enum_name: &'a str,
    /// The registry's name, e.g. `Nutcache API`.
    pub name: &'a str,
    /// The registry's description, Markdown (may be empty).
    pub description: &'a str,
    /// The entries, in table order.
    pub entries: Vec<ExportEntry<'a>>,
}

/// One entry of a [`Table`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportEntry<'a> {
    /// The numeric code.
    pub code: u32,
    /// The variant name.
    pub name: &'a str,
    /// The short text.
    pub text: &'a str,
    /// The long description, Markdown.
    pub description: &'a str,
}

impl Table<'static> {
    /// The table of a generated registry.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let table = Table::of::<ErrorCode>();
    /// assert_eq!(table.enum_name, "ErrorCode");
    /// assert_eq!(table.name, "Nutcache API");
    /// assert_eq!(table.entries.len(), ErrorCode::ALL.len());
    /// assert_eq!(table.entries[0].code, 400);
    /// ```
    pub fn of<E: ErrorEnum>() -> Self {
        Table {
            enum_name: E::ENUM_NAME,
            name: E::REGISTRY_NAME,
            description: E::REGISTRY_DESCRIPTION,
            entries: E::ALL
                .iter()
                .map(|e| {
                    let info = e.info();
                    ExportEntry {
                        code: e.code(),
                        name: info.name,
                        text: info.text,
                        description: info.description,
                    }
                })
                .collect(),
        }
    }
}

impl Table<'_> {
    /// The schema name of an entry: `Entry` for `ErrorCode`, `ApiErrorInfo` for `ApiError`.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let mut table = Table::of::<ErrorCode>();
    /// assert_eq!(table.info_name(), "ErrorInfo");
    /// table.enum_name = "ApiError";
    /// assert_eq!(table.info_name(), "ApiErrorInfo");
    /// ```
    pub fn info_name(&self) -> String {
        info_name(self.enum_name)
    }

    /// The schema of a code: a `oneOf` with one `{"type": "integer", "const": …}` branch per code,
    /// titled with its variant name and described by its text and description, so generators emit a
    /// named, documented union or enum. No `type` beside the `oneOf`, no `enum`, no vendor keywords:
    /// json-schema-to-typescript, datamodel-code-generator and Ajv's strict mode all take it as is.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let schema = Table::of::<ErrorCode>().code_schema().to_value();
    /// assert_eq!(schema["title"], "ErrorCode");
    /// assert_eq!(schema["oneOf"][0]["const"], 400);
    /// assert_eq!(schema["oneOf"][0]["title"], "BadRequest");
    /// assert!(schema.get("type").is_none());
    /// ```
    pub fn code_schema(&self) -> Schema {
        let branches: Vec<Value> = self
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
        json_schema!({
            "title": self.enum_name,
            "description": format!("An error code of the {}.", self.name),
            "oneOf": branches,
        })
    }

    /// The schema of an entry `{code, name, text, description}`, its `code` a reference to the code
    /// schema at `code_ref` (e.g. `#/$defs/ErrorCode`).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let schema = Table::of::<ErrorCode>().info_schema("#/$defs/ErrorCode").to_value();
    /// assert_eq!(schema["properties"]["code"]["$ref"], "#/$defs/ErrorCode");
    /// assert_eq!(schema["required"].as_array().unwrap().len(), 4);
    /// ```
    pub fn info_schema(&self, code_ref: &str) -> Schema {
        json_schema!({
            "title": self.info_name(),
            "description": format!(
                "An entry of the {}: a code with its name, text and description.",
                self.name
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
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// assert_eq!(Table::of::<ErrorCode>().schema_id(), "urn:errcodes:nutcache-api:errors.schema.json");
    /// ```
    pub fn schema_id(&self) -> String {
        let mut slug = String::new();
        for c in self.name.chars() {
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

    /// The JSON Schema (2020-12) of the registry document [`json_data`](Table::json_data):
    /// `{name, description, errors: [entry…]}`, with the code and entry schemas under `$defs`.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let schema = Table::of::<ErrorCode>().json_schema().to_value();
    /// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    /// assert_eq!(schema["title"], "Nutcache API errors");
    /// assert_eq!(schema["properties"]["errors"]["items"]["$ref"], "#/$defs/ErrorInfo");
    /// ```
    pub fn json_schema(&self) -> Schema {
        let code_ref = format!("#/$defs/{}", self.enum_name);
        let info_ref = format!("#/$defs/{}", self.info_name());
        let mut defs = Map::new();
        defs.insert(self.enum_name.to_owned(), self.code_schema().to_value());
        defs.insert(self.info_name(), self.info_schema(&code_ref).to_value());
        json_schema!({
            "$schema": SCHEMA_DIALECT,
            "$id": self.schema_id(),
            "title": format!("{} errors", self.name),
            "description": if self.description.is_empty() {
                format!("The error codes of the {}.", self.name)
            } else {
                self.description.to_owned()
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
                    "items": { "$ref": info_ref },
                },
            },
            "required": ["name", "description", "errors"],
            "additionalProperties": false,
            "$defs": defs,
        })
    }

    /// The registry document: `{"name", "description", "errors": [{"code", "name", "text",
    /// "description"}…]}`, valid against [`json_schema`](Table::json_schema).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let data = Table::of::<ErrorCode>().json_data();
    /// assert_eq!(data["name"], "Nutcache API");
    /// assert_eq!(data["errors"][4]["text"], "Too Many Requests");
    /// ```
    pub fn json_data(&self) -> Value {
        let errors: Vec<Value> = self.entries.iter().map(ExportEntry::json).collect();
        json!({
            "name": self.name,
            "description": self.description,
            "errors": errors,
        })
    }
}

impl ExportEntry<'_> {
    /// The entry as the JSON object `{"code", "name", "text", "description"}` (the same object the
    /// serde `Serialize` of [`Entry`](crate::Entry) writes).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, export::Table};
    ///
    /// let table = Table::of::<ErrorCode>();
    /// assert_eq!(table.entries[0].json()["name"], "BadRequest");
    /// ```
    pub fn json(&self) -> Value {
        json!({
            "code": self.code,
            "name": self.name,
            "text": self.text,
            "description": self.description,
        })
    }
}

/// `ErrorCode` → `Entry`, `ApiError` → `ApiErrorInfo`.
pub(crate) fn info_name(enum_name: &str) -> String {
    format!(
        "{}Info",
        enum_name.strip_suffix("Code").unwrap_or(enum_name)
    )
}

/// Pretty JSON text with a final newline, the form of the committed exports under `schema/`.
///
/// # Example
/// ```
/// let text = errcodes::export::to_pretty(&serde_json::json!({"a": 1}));
/// assert_eq!(text, "{\n  \"a\": 1\n}\n");
/// ```
pub fn to_pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
