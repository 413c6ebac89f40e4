use errcodes::ErrorEnum as _; // `ErrorCode::REGISTRY`: the table, for generic code and its name
use errcodes::problem::Problem;

/// Feature "http": a client turns a response status into the documented error.
pub fn explain(status: errcodes::http::StatusCode) -> String {
    match ErrorCode::from_status(status) {
        Some(e) => format!("{e}: {}", e.description()),
        None => format!("{status}: not an error of the {}", ErrorCode::REGISTRY.name),
    }
}

/// Feature "problem": a handler answers with RFC 9457 problem details ("axum": as a response).
pub async fn project() -> Result<String, Problem<ErrorCode>> {
    Err(ErrorCode::iter().next().unwrap().problem().with_instance("/projects/42"))
}
