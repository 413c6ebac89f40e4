//! The axum example served on a loopback port and queried with a real HTTP client (hyper-util's):
//! statuses, content types and bodies are what RFC 9457 and the registry say; the client example
//! turns each response back into the documented error. Bounded in time; stops by itself.

use std::time::Duration;

use errcodes::ErrorCode;
use errcodes::http::header::{CONTENT_TYPE, RETRY_AFTER};
use errcodes::http::{HeaderMap, StatusCode};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{Value, json};

#[path = "../examples/axum_problem.rs"]
#[allow(dead_code)]
mod server;

#[path = "../examples/http_client.rs"]
#[allow(dead_code)]
mod client;

/// What came back for one request.
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.body))
    }

    fn content_type(&self) -> &str {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn into_response(self) -> errcodes::http::Response<String> {
        let mut response = errcodes::http::Response::new(self.body);
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers;
        response
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_axum_example_serves_problem_details_over_http() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, server::app())
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    let http = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let get = |path: &str| {
        let http = http.clone();
        let uri = format!("http://{addr}{path}");
        async move {
            let response = http.get(uri.parse().unwrap()).await.unwrap();
            let (parts, body) = response.into_parts();
            let body = body.collect().await.unwrap().to_bytes();
            Reply {
                status: parts.status,
                headers: parts.headers,
                body: String::from_utf8(body.to_vec()).unwrap(),
            }
        }
    };

    let checks = async {
        // Success is not a problem.
        let ok = get("/projects/1").await;
        assert_eq!(ok.status, StatusCode::OK);
        assert_eq!(ok.body, "Project 1\n");
        assert_eq!(
            client::check(ok.into_response()),
            Ok("Project 1\n".to_owned())
        );

        // 404: the registry's text and description, verbatim, and the instance.
        let missing = get("/projects/42").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.content_type(), "application/problem+json");
        assert_eq!(
            missing.json(),
            json!({
                "type": "about:blank",
                "title": ErrorCode::NotFound.text(),
                "status": 404,
                "detail": ErrorCode::NotFound.entry().description_text,
                "code": 404,
                "instance": "/projects/42",
            })
        );
        assert_eq!(missing.json()["title"], "Requested Resource not Found");
        assert_eq!(
            client::check(missing.into_response()),
            Err(client::ApiError::Documented {
                code: ErrorCode::NotFound,
                detail: Some(ErrorCode::NotFound.description().to_owned()),
                instance: Some("/projects/42".to_owned()),
            })
        );

        // 400 with an occurrence-specific detail.
        let bad = get("/projects/abc").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert_eq!(bad.content_type(), "application/problem+json");
        let body = bad.json();
        assert_eq!(body["title"], "Client or Validation Error");
        assert_eq!(body["status"], 400);
        assert_eq!(
            body["detail"],
            "`abc` is not a project ID: IDs are integers."
        );
        let err = client::check(bad.into_response()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "400 Client or Validation Error: `abc` is not a project ID: IDs are integers. (/projects/abc)"
        );

        // 429: a type URI, an extension member and a header beside the problem.
        let limited = get("/export").await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(limited.content_type(), "application/problem+json");
        assert_eq!(limited.headers[RETRY_AFTER], "30");
        let body = limited.json();
        assert_eq!(body["type"], "https://example.com/probs/rate-limit");
        assert_eq!(body["title"], "Too Many Requests");
        assert_eq!(body["retry_after"], 30);
        assert_eq!(body["code"], 429);
        assert_eq!(body.as_object().unwrap().len(), 6, "{body}");

        // Any other path: the fallback's 404, without an instance.
        let nowhere = get("/no/such/path").await;
        assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
        assert_eq!(nowhere.content_type(), "application/problem+json");
        assert_eq!(nowhere.json().get("instance"), None);
        assert_eq!(
            ErrorCode::from_status(nowhere.status),
            Some(ErrorCode::NotFound)
        );
    };
    tokio::time::timeout(Duration::from_secs(20), checks)
        .await
        .expect("the requests finished within 20 s");

    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server stopped within 10 s")
        .unwrap()
        .unwrap();
}
