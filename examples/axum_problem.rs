//! An axum server that answers errors as RFC 9457 problem details (`application/problem+json`),
//! each made from a documented code of the registry.
//!
//! ```sh
//! cargo run --example axum_problem --features axum            # listens on 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/projects/42                   # 404, problem+json
//! curl -i http://127.0.0.1:3000/projects/abc                  # 400, with an occurrence detail
//! ```
//!
//! `tests/axum_problem.rs` serves [`app`] on a loopback port and queries it with an HTTP client.

use axum::Router;
use axum::extract::Path;
use axum::http::header::RETRY_AFTER;
use axum::response::IntoResponse;
use axum::routing::get;
use errcodes::ErrorCode;
use errcodes::problem::Problem;

/// The application: `/projects/{id}` (only project 1 exists), `/export` (rate-limited) and a
/// fallback that answers every other path with the registry's 404.
pub fn app() -> Router {
    Router::new()
        .route("/projects/{id}", get(project))
        .route("/export", get(export))
        .fallback(not_found)
}

/// A project by ID; any other ID is a documented error.
async fn project(Path(id): Path<String>) -> Result<String, Problem<ErrorCode>> {
    let instance = format!("/projects/{id}");
    match id.parse::<u64>() {
        Ok(1) => Ok("Project 1\n".to_owned()),
        // The code's description is the detail, as documented for 404.
        Ok(_) => Err(ErrorCode::NotFound.problem().with_instance(instance)),
        // An occurrence-specific detail replaces the description.
        Err(_) => Err(ErrorCode::BadRequest
            .problem()
            .with_detail(format!("`{id}` is not a project ID: IDs are integers."))
            .with_instance(instance)),
    }
}

/// Always rate-limited: a problem with an extension member, and a `Retry-After` header beside it.
async fn export() -> impl IntoResponse {
    let problem = ErrorCode::TooManyRequests
        .problem()
        .with_type("https://example.com/probs/rate-limit")
        .with_extension("retry_after", 30);
    match problem {
        Ok(problem) => ([(RETRY_AFTER, "30")], problem).into_response(),
        // Not reached: `retry_after` is not a name RFC 9457 reserves.
        Err(e) => ErrorCode::InternalServerError
            .problem()
            .with_detail(e.to_string())
            .into_response(),
    }
}

async fn not_found() -> Problem<ErrorCode> {
    ErrorCode::NotFound.problem()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}
