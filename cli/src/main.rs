//! `errcodes`: the command-line reference for an API's error codes.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::process::ExitCode;

use errcodes::ErrorCode;

/// The entry for a code (`404`) or a variant name (`NotFound`, any case).
fn find(query: &str) -> Option<ErrorCode> {
    match query.parse::<u16>() {
        Ok(code) => ErrorCode::from_code(code),
        Err(_) => ErrorCode::ALL
            .iter()
            .copied()
            .find(|e| e.name().eq_ignore_ascii_case(query)),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [query] = args.as_slice() else {
        eprintln!("usage: errcodes CODE|NAME");
        return ExitCode::from(2);
    };
    match find(query) {
        Some(e) => {
            println!(
                "{} {} ({})\n\n{}",
                e.code(),
                e.text(),
                e.name(),
                e.description()
            );
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "error: `{query}` is not a code or name of the {}",
                ErrorCode::REGISTRY_NAME
            );
            ExitCode::from(1)
        }
    }
}
