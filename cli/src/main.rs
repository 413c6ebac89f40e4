//! `errcodes`: the command-line reference for an API's error codes. See `errcodes --help`; the
//! program is the library `errcodes_cli`.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    errcodes_cli::main()
}
