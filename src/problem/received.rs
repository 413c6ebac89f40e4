//! [`Received`]: problem details as a client reads them from a server, whose code may be one
//! the client's registry does not know yet.

use alloc::string::String;

use serde::de::Error as _;
use serde_json::{Map, Value};

use crate::{Code, ErrorEnum};

/// RFC 9457 problem details read from a response (`application/problem+json`): every member
/// kept, the registry's `code` read as a [`Code`] (known or not), extension members as they
/// came. Serialises back to the same members.
///
/// # Example
/// ```
/// use errcodes::problem::Received;
/// use errcodes::{Code, ErrorCode};
///
/// let body = r#"{"type":"about:blank","title":"I'm a teapot","status":418,"detail":"Short and stout.",
///                "code":418,"instance":"/brew","retry_after":30}"#;
/// let problem: Received<ErrorCode> = serde_json::from_str(body).unwrap();
/// assert_eq!(problem.code().and_then(Code::known), None);
/// assert_eq!(problem.code().unwrap().to_string(), "418 (unknown code of the Nutcache API)");
/// assert_eq!(problem.status(), Some(418));
/// assert_eq!(problem.extensions()["retry_after"], 30);
/// let again: serde_json::Value = serde_json::to_value(&problem).unwrap();
/// assert_eq!(again, serde_json::from_str::<serde_json::Value>(body).unwrap());
///
/// let known: Received<ErrorCode> = serde_json::from_str(r#"{"title":"x","code":404}"#).unwrap();
/// assert_eq!(known.code().and_then(Code::known), Some(ErrorCode::NotFound));
/// ```
#[derive(Debug, Clone)]
pub struct Received<E> {
    code: Option<Code<E>>,
    members: Map<String, Value>,
}

impl<E: ErrorEnum> Received<E> {
    /// The registry's code (`code`), when the problem has one.
    pub fn code(&self) -> Option<&Code<E>> {
        self.code.as_ref()
    }

    fn text(&self, member: &str) -> Option<&str> {
        self.members.get(member).and_then(Value::as_str)
    }

    /// `type` (`about:blank` when absent, as RFC 9457 §3.1.1 says).
    pub fn type_uri(&self) -> &str {
        self.text("type").unwrap_or(super::ABOUT_BLANK)
    }

    /// `title`, if present.
    pub fn title(&self) -> Option<&str> {
        self.text("title")
    }

    /// `status`, if present and a number.
    pub fn status(&self) -> Option<u16> {
        self.members
            .get("status")
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
    }

    /// `detail`, if present.
    pub fn detail(&self) -> Option<&str> {
        self.text("detail")
    }

    /// `instance`, if present.
    pub fn instance(&self) -> Option<&str> {
        self.text("instance")
    }

    /// The members that are neither RFC 9457's nor `code`.
    pub fn extensions(&self) -> Map<String, Value> {
        self.members
            .iter()
            .filter(|(name, _)| !super::STANDARD_MEMBERS.contains(&name.as_str()))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect()
    }
}

impl<E: ErrorEnum> PartialEq for Received<E> {
    fn eq(&self, other: &Self) -> bool {
        self.members == other.members
    }
}

impl<'de, E: ErrorEnum> serde::Deserialize<'de> for Received<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let members = Map::<String, Value>::deserialize(d)?;
        let code = match members.get("code") {
            None | Some(Value::Null) => None,
            Some(value) => Some(Code::<E>::deserialize(value).map_err(D::Error::custom)?),
        };
        Ok(Received { code, members })
    }
}

impl<E: ErrorEnum> serde::Serialize for Received<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.members.serialize(serializer)
    }
}
