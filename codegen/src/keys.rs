//! The optional keys of an `[[error]]` table, each described once: its name in `errors.toml` and
//! in every export, how people read it, what it means, what kind of value it holds, and how to
//! read and write it on the model. The reader, the rules, the exports (JSON Schema and data,
//! Markdown, HTML, the TOML writer), the command line and `diff` go through [`KEYS`].

use std::borrow::Cow;

use crate::model::{Entry, Registry};

/// One optional key of an entry.
#[derive(Debug)]
pub struct Key {
    /// Its name in `errors.toml`, the JSON data and the JSON Schema, e.g. `retryable`.
    pub name: &'static str,
    /// How a person reads it, in the command line's fields and the pages, e.g. `HTTP status`.
    pub label: &'static str,
    /// What it means: the JSON Schema's description of it.
    pub about: &'static str,
    /// What a value is, and so how it is read, checked and written.
    pub kind: Kind,
    /// The value the entry itself writes in `errors.toml`, `None` when it does not write the key
    /// (or writes a flag off).
    pub own: for<'a> fn(&'a Entry) -> Option<Value<'a>>,
    /// The entry's value as the outputs give it (a status implied by the code, a link filled in
    /// from the registry's template), `None` when it has none (a flag that is off has none).
    pub value: for<'a> fn(&'a Registry, &'a Entry) -> Option<Value<'a>>,
    /// Sets the value read from `errors.toml`.
    pub set: fn(&mut Entry, Given),
}

/// What a key's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTTP status, 100 to 599.
    Status,
    /// `true` or `false`; absent is `false`.
    Flag,
    /// A line of text, not blank.
    Text,
    /// An absolute http(s) link.
    Link,
    /// A list of names an entry is looked up by.
    Names,
    /// One of these words.
    OneOf(&'static [&'static str]),
}

/// A key's value on an entry, as the outputs give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    /// An HTTP status.
    Status(u16),
    /// A flag that is on.
    Flag,
    /// Text: a category, a link, a note, one of a key's words.
    Text(Cow<'a, str>),
    /// Names.
    Names(&'a [String]),
}

impl Key {
    /// The label as a heading (a table column, a page's fact): its first letter upper case.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes_build::keys::STATUS.heading(), "HTTP status");
    /// assert_eq!(errcodes_build::keys::RETRYABLE.heading(), "Retryable");
    /// ```
    pub fn heading(&self) -> String {
        let mut chars = self.label.chars();
        (chars.next().map(|c| c.to_ascii_uppercase()).into_iter())
            .chain(chars)
            .collect()
    }
}

impl Value<'_> {
    /// The value as one line of text: `404`, `yes`, the text, the names joined by `, `.
    pub fn to_text(&self) -> String {
        match self {
            Value::Status(s) => s.to_string(),
            Value::Flag => "yes".to_owned(),
            Value::Text(t) => t.to_string(),
            Value::Names(names) => names.join(", "),
        }
    }
}

/// A value read from `errors.toml`, for [`Key::set`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// An HTTP status.
    Status(u16),
    /// A flag.
    Flag(bool),
    /// Text.
    Text(String),
    /// Names.
    Names(Vec<String>),
}

impl Given {
    fn text(self) -> Option<String> {
        match self {
            Given::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// Text as a value.
fn text(t: &Option<String>) -> Option<Value<'_>> {
    t.as_deref().map(|t| Value::Text(Cow::Borrowed(t)))
}

/// `status`: the HTTP status of the entry (implied by the code when every code is one).
pub const STATUS: Key = Key {
    name: "status",
    label: "HTTP status",
    about: "The HTTP status of the entry.",
    kind: Kind::Status,
    own: |e| e.status.map(Value::Status),
    value: |r, e| r.status(e).map(Value::Status),
    set: |e, v| {
        if let Given::Status(s) = v {
            e.status = Some(s);
        }
    },
};

/// `retryable`: whether sending the request again may succeed.
pub const RETRYABLE: Key = Key {
    name: "retryable",
    label: "retryable",
    about: "Whether a request that failed with this code may succeed when tried again (absent: no).",
    kind: Kind::Flag,
    own: |e| e.retryable.then_some(Value::Flag),
    value: |_, e| e.retryable.then_some(Value::Flag),
    set: |e, v| e.retryable = v == Given::Flag(true),
};

/// `category`: a label grouping entries.
pub const CATEGORY: Key = Key {
    name: "category",
    label: "category",
    about: "A label grouping entries.",
    kind: Kind::Text,
    own: |e| text(&e.category),
    value: |_, e| text(&e.category),
    set: |e, v| e.category = v.text(),
};

/// `aliases`: other names the entry is looked up by.
pub const ALIASES: Key = Key {
    name: "aliases",
    label: "aliases",
    about: "Other names the entry is looked up by.",
    kind: Kind::Names,
    own: |e| (!e.aliases.is_empty()).then_some(Value::Names(&e.aliases)),
    value: |_, e| (!e.aliases.is_empty()).then_some(Value::Names(&e.aliases)),
    set: |e, v| {
        if let Given::Names(names) = v {
            e.aliases = names;
        }
    },
};

/// `url`: the entry's documentation link (else the registry's template, filled in).
pub const URL: Key = Key {
    name: "url",
    label: "link",
    about: "The entry's documentation link.",
    kind: Kind::Link,
    own: |e| text(&e.url),
    value: |r, e| r.url(e).map(|u| Value::Text(Cow::Owned(u))),
    set: |e, v| e.url = v.text(),
};

/// `deprecated`: why the entry is deprecated and what to use instead.
pub const DEPRECATED: Key = Key {
    name: "deprecated",
    label: "deprecated",
    about: "Why the entry is deprecated and what to use instead.",
    kind: Kind::Text,
    own: |e| text(&e.deprecated),
    value: |_, e| text(&e.deprecated),
    set: |e, v| e.deprecated = v.text(),
};

/// Every optional key, in the order the outputs show them.
pub const KEYS: [&Key; 6] = [&STATUS, &RETRYABLE, &CATEGORY, &ALIASES, &URL, &DEPRECATED];

impl Registry {
    /// Whether any entry writes `key`, or, for a link, the registry has a template (the exports
    /// carry a key only then).
    ///
    /// # Example
    /// ```
    /// use errcodes_build::keys::{RETRYABLE, STATUS};
    /// # let registry = errcodes_build::Registry::from_source("e.toml",
    /// #   "[registry]\nname='A'\n[[error]]\ncode=404\nname='NotFound'\ntext='Not Found'\ndescription='None.'\nretryable=true\n").unwrap();
    /// assert!(registry.uses(&RETRYABLE));
    /// // Its statuses are implied by the codes, not written.
    /// assert!(!registry.uses(&STATUS));
    /// ```
    pub fn uses(&self, key: &Key) -> bool {
        (key.kind == Kind::Link && self.url.is_some())
            || self.entries.iter().any(|e| (key.own)(e).is_some())
    }
}
