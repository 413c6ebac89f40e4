//! What an API client (reqwest, hyper, …) does with an error response: the status becomes the
//! documented error code, with its text and description, and a problem-details body adds what
//! the server said about this occurrence.
//!
//! ```sh
//! cargo run --example http_client --features http
//! ```
//!
//! It works on `http::Response<String>`: what hyper returns once the body is collected, and what a
//! `reqwest::Response` gives as `status()`, `headers()` and `text().await`; so it needs no HTTP
//! client itself.
//! `tests/axum_problem.rs` runs [`check`] on real responses from the axum example.

use errcodes::ErrorCode;
use errcodes::http::{Response, StatusCode, header};

/// An error response, as the client reports it.
#[derive(Debug, PartialEq)]
pub enum ApiError {
    /// A status the API documents: the code, and the server's own `detail` and `instance` when
    /// the body was problem details that had them.
    Documented {
        /// The documented code (its text and description are in the registry).
        code: ErrorCode,
        /// The server's `detail` for this occurrence, if it sent one.
        detail: Option<String>,
        /// The server's `instance`, if it sent one.
        instance: Option<String>,
    },
    /// An error status the API does not document (e.g. a proxy's 502).
    Undocumented(StatusCode),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Documented {
                code,
                detail,
                instance,
            } => {
                write!(
                    f,
                    "{code}: {}",
                    detail.as_deref().unwrap_or(code.description())
                )?;
                if let Some(instance) = instance {
                    write!(f, " ({instance})")?;
                }
                Ok(())
            }
            ApiError::Undocumented(status) => write!(f, "undocumented error status {status}"),
        }
    }
}

/// The body of a successful response, or the error the response means.
pub fn check(response: Response<String>) -> Result<String, ApiError> {
    let status = response.status();
    if !status.is_client_error() && !status.is_server_error() {
        return Ok(response.into_body());
    }
    let Some(code) = ErrorCode::from_status(status) else {
        return Err(ApiError::Undocumented(status));
    };
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/problem+json"));
    let body: serde_json::Value = if is_problem {
        serde_json::from_str(response.body()).unwrap_or_default()
    } else {
        serde_json::Value::Null
    };
    let member = |name: &str| body.get(name).and_then(|v| v.as_str()).map(str::to_owned);
    Err(ApiError::Documented {
        code,
        detail: member("detail"),
        instance: member("instance"),
    })
}

fn main() {
    let responses = [
        Response::builder()
            .status(200)
            .body("Project 1".to_owned()),
        Response::builder()
            .status(429)
            .body("slow down".to_owned()),
        Response::builder()
            .status(404)
            .header(header::CONTENT_TYPE, "application/problem+json")
            .body(r#"{"type":"about:blank","title":"Requested Resource not Found","status":404,"detail":"No project has ID 42.","instance":"/projects/42"}"#.to_owned()),
        Response::builder().status(502).body(String::new()),
    ];
    for response in responses {
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                eprintln!("bad example response: {e}");
                continue;
            }
        };
        let status = response.status();
        match check(response) {
            Ok(body) => println!("{status}: ok, {body:?}"),
            Err(e) => println!("{status}: {e}"),
        }
    }
}
