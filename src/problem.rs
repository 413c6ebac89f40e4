//! RFC 9457 problem details for any registry (feature `problem`): the JSON object an HTTP API
//! sends as `application/problem+json` to say what went wrong.
//!
//! A [`Problem`] is made from an error code: `title` is its text, `detail` its description as
//! plain text, `status` its HTTP status (when it has one), and `type` its documentation link
//! (`url`), or `about:blank` when it has none
//! ([RFC 9457 §4.2.1](https://www.rfc-editor.org/rfc/rfc9457#section-4.2.1): the problem is then
//! just the status, as the title says). An `instance` URI, an occurrence-specific
//! `detail` and extension members can be added.
//!
//! RFC 9457 says that with `about:blank` the `title` *should* be the status's reason phrase
//! (`Not Found`); here it is the registry's text (`Requested Resource not Found`), which is what
//! the API documents. An API that wants to follow that recommendation to the letter gives its
//! problems a `type` ([`Problem::with_type`]), ideally the URL of its error documentation.
//!
//! ```
//! use errcodes::ErrorCode;
//! use errcodes::problem::{CONTENT_TYPE, Problem};
//!
//! let problem = ErrorCode::TooManyRequests
//!     .problem()
//!     .with_instance("/projects/42")
//!     .with_extension("retry_after", 30)
//!     .unwrap();
//! let json: serde_json::Value = serde_json::to_value(&problem).unwrap();
//! assert_eq!(json["type"], "about:blank");
//! assert_eq!(json["title"], "Too Many Requests");
//! assert_eq!(json["status"], 429);
//! assert!(json["detail"].as_str().unwrap().starts_with("This code appears"));
//! assert_eq!(json["instance"], "/projects/42");
//! assert_eq!(json["retry_after"], 30);
//! assert_eq!(CONTENT_TYPE, "application/problem+json");
//! ```
//!
//! With the `axum` feature a `Problem` is an `axum::response::IntoResponse`; without axum,
//! [`Problem::to_response`] builds the `http::Response` for any server (hyper, tower, …).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use http::StatusCode;
use serde::ser::SerializeMap;
use serde_json::{Map, Value};

use crate::ErrorEnum;

mod received;
pub use received::Received;

/// The media type of a problem details JSON object (RFC 9457 §3).
///
/// # Example
/// ```
/// assert_eq!(errcodes::problem::CONTENT_TYPE, "application/problem+json");
/// ```
pub const CONTENT_TYPE: &str = "application/problem+json";

/// The `type` of a problem that has no more specific one: the problem is its HTTP status.
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
/// assert_eq!(ErrorCode::NotFound.problem().type_uri(), errcodes::problem::ABOUT_BLANK);
/// ```
pub const ABOUT_BLANK: &str = "about:blank";

/// The five members RFC 9457 defines, and `code` (the registry's code, which errcodes adds);
/// an extension may not take their names.
const STANDARD_MEMBERS: [&str; 6] = ["type", "title", "status", "detail", "instance", "code"];

/// RFC 9457 problem details for an error code of any registry: serialises (serde) as the JSON
/// object `{"type", "title", "status", "detail", "code", "instance", ...extensions}`, `code` being
/// the registry's code (an extension member, so a client can tell which documented error it is;
/// [`Received`] reads it back).
///
/// `status` is present when the problem has one: the code itself when it is an HTTP status
/// (100–599), or what [`with_status`](Problem::with_status) set; a registry whose codes are not
/// statuses (e.g. `70000`) sets one per problem, and without one [`to_response`](Problem::to_response)
/// answers `500 Internal Server Error` (the body then has no `status`, which RFC 9457 allows).
///
/// # Example
/// ```
/// use errcodes::ErrorCode;
/// use errcodes::problem::Problem;
///
/// let problem = Problem::new(ErrorCode::NotFound).with_type("https://api.example.com/probs/not-found");
/// assert_eq!(problem.title(), "Requested Resource not Found");
/// assert_eq!(problem.status().map(|s| s.as_u16()), Some(404));
/// assert_eq!(problem.type_uri(), "https://api.example.com/probs/not-found");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Problem<E: ErrorEnum> {
    code: E,
    type_uri: Cow<'static, str>,
    status: Option<StatusCode>,
    detail: Option<Cow<'static, str>>,
    instance: Option<String>,
    extensions: Map<String, Value>,
}

impl<E: ErrorEnum> Problem<E> {
    /// The problem for `code`: `type` its link (or `about:blank`), `title` its text, `detail`
    /// its description as plain text, `status` its HTTP status.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    /// use errcodes::problem::Problem;
    ///
    /// let problem = Problem::new(ErrorCode::AccessDenied);
    /// assert_eq!(problem.code(), ErrorCode::AccessDenied);
    /// assert_eq!(problem.detail(), ErrorCode::AccessDenied.entry().description_text);
    /// assert_eq!(problem.instance(), None);
    /// ```
    pub fn new(code: E) -> Self {
        Problem {
            status: crate::http_impls::to_status(code).ok(),
            code,
            type_uri: Cow::Borrowed(E::REGISTRY.entry(code).url.unwrap_or(ABOUT_BLANK)),
            detail: None,
            instance: None,
            extensions: Map::new(),
        }
    }

    /// Sets `type`, a URI reference that identifies the problem type (its documentation, ideally).
    ///
    /// # Example
    /// ```
    /// let problem = errcodes::ErrorCode::BadRequest.problem().with_type("/docs/errors#400");
    /// assert_eq!(problem.type_uri(), "/docs/errors#400");
    /// ```
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.type_uri = uri.into();
        self
    }

    /// Sets the HTTP status to send, e.g. for a registry whose codes are not statuses.
    ///
    /// # Example
    /// ```
    /// use errcodes::http::StatusCode;
    ///
    /// let problem = errcodes::ErrorCode::TooManyRequests
    ///     .problem()
    ///     .with_status(StatusCode::SERVICE_UNAVAILABLE);
    /// assert_eq!(problem.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    /// ```
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// Replaces `detail` (by default the code's description) with an explanation of this
    /// occurrence.
    ///
    /// # Example
    /// ```
    /// let problem = errcodes::ErrorCode::NotFound.problem().with_detail("No project has ID 42.");
    /// assert_eq!(problem.detail(), "No project has ID 42.");
    /// ```
    pub fn with_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets `instance`, a URI reference that identifies this occurrence.
    ///
    /// # Example
    /// ```
    /// let problem = errcodes::ErrorCode::NotFound.problem().with_instance("/projects/42");
    /// assert_eq!(problem.instance(), Some("/projects/42"));
    /// ```
    pub fn with_instance(mut self, uri: impl Into<String>) -> Self {
        self.instance = Some(uri.into());
        self
    }

    /// Adds the extension member `name` (replacing one of the same name).
    ///
    /// # Errors
    /// [`ReservedMember`] when `name` is one of the members RFC 9457 defines (`type`, `title`,
    /// `status`, `detail`, `instance`): those are set by the methods of the same names.
    ///
    /// # Example
    /// ```
    /// let problem = errcodes::ErrorCode::BadRequest
    ///     .problem()
    ///     .with_extension("field", "email")
    ///     .unwrap();
    /// assert_eq!(problem.extensions()["field"], "email");
    ///
    /// let err = errcodes::ErrorCode::BadRequest.problem().with_extension("status", 200).unwrap_err();
    /// assert_eq!(err.name(), "status");
    /// ```
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl Into<Value>,
    ) -> Result<Self, ReservedMember> {
        let name = name.into();
        if STANDARD_MEMBERS.contains(&name.as_str()) {
            return Err(ReservedMember { name });
        }
        self.extensions.insert(name, value.into());
        Ok(self)
    }

    /// The error code.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    /// assert_eq!(ErrorCode::NotFound.problem().code(), ErrorCode::NotFound);
    /// ```
    pub fn code(&self) -> E {
        self.code
    }

    /// `type`: `about:blank` unless [`with_type`](Problem::with_type) set one.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::NotFound.problem().type_uri(), "about:blank");
    /// ```
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// `title`: the code's short text.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::TooManyRequests.problem().title(), "Too Many Requests");
    /// ```
    pub fn title(&self) -> &'static str {
        E::REGISTRY.entry(self.code).text
    }

    /// `status`: the status set, or else the code's HTTP status.
    ///
    /// # Example
    /// ```
    /// let status = errcodes::ErrorCode::NotFound.problem().status().unwrap();
    /// assert_eq!(status.as_u16(), 404);
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// `detail`: what [`with_detail`](Problem::with_detail) set, or the code's description as
    /// plain text, each link's target after its text so that a client can follow it.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    /// assert_eq!(ErrorCode::NotFound.problem().detail(), ErrorCode::NotFound.entry().description_text);
    /// // The description's `[here](#authentication)`:
    /// let detail = ErrorCode::AccessDenied.problem().detail().to_owned();
    /// assert!(detail.ends_with("Authorization header here (#authentication)."), "{detail}");
    /// ```
    pub fn detail(&self) -> &str {
        self.detail
            .as_deref()
            .unwrap_or_else(|| E::REGISTRY.entry(self.code).description_text)
    }

    /// `instance`, if set.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes::ErrorCode::NotFound.problem().instance(), None);
    /// ```
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The extension members, by name.
    ///
    /// # Example
    /// ```
    /// assert!(errcodes::ErrorCode::NotFound.problem().extensions().is_empty());
    /// ```
    pub fn extensions(&self) -> &Map<String, Value> {
        &self.extensions
    }

    /// The problem as an HTTP response: its status (`500 Internal Server Error` when it has none),
    /// `Content-Type: application/problem+json`, and the JSON body.
    ///
    /// # Example
    /// ```
    /// use errcodes::http::header::CONTENT_TYPE;
    ///
    /// let response = errcodes::ErrorCode::NotFound.problem().to_response();
    /// assert_eq!(response.status().as_u16(), 404);
    /// assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    /// let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    /// assert_eq!(body["status"], 404);
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self.status.unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = match serde_json::to_vec(self) {
            Ok(body) => {
                let mut response = http::Response::new(body);
                response.headers_mut().insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static(CONTENT_TYPE),
                );
                response
            }
            // A `Map<String, Value>` and strings always serialise; if that ever changed, the
            // client still gets the status, with a plain-text body.
            Err(e) => {
                let mut response =
                    http::Response::new(alloc::format!("problem details: {e}").into_bytes());
                response.headers_mut().insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("text/plain; charset=utf-8"),
                );
                response
            }
        };
        *response.status_mut() = status;
        response
    }
}

impl<E: ErrorEnum> From<E> for Problem<E> {
    fn from(code: E) -> Self {
        Problem::new(code)
    }
}

impl<E: ErrorEnum> serde::Serialize for Problem<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = 4
            + usize::from(self.status.is_some())
            + usize::from(self.instance.is_some())
            + self.extensions.len();
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("type", self.type_uri())?;
        map.serialize_entry("title", self.title())?;
        if let Some(status) = self.status {
            map.serialize_entry("status", &status.as_u16())?;
        }
        map.serialize_entry("detail", self.detail())?;
        map.serialize_entry("code", &crate::Code::Known(self.code))?;
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// The error of adding an extension member under a name RFC 9457 defines.
///
/// # Example
/// ```
/// let err = errcodes::ErrorCode::NotFound.problem().with_extension("title", "x").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "`title` is a member RFC 9457 defines, not an extension: set it with its own method"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReservedMember {
    name: String,
}

impl ReservedMember {
    /// The name that was refused.
    ///
    /// # Example
    /// ```
    /// let err = errcodes::ErrorCode::NotFound.problem().with_extension("type", "x").unwrap_err();
    /// assert_eq!(err.name(), "type");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ReservedMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is a member RFC 9457 defines, not an extension: set it with its own method",
            self.name
        )
    }
}

impl core::error::Error for ReservedMember {}

#[cfg(feature = "axum")]
impl<E: ErrorEnum> axum_core::response::IntoResponse for Problem<E> {
    /// [`Problem::to_response`], with an axum body.
    fn into_response(self) -> axum_core::response::Response {
        self.to_response().map(axum_core::body::Body::from)
    }
}
