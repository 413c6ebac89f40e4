//! What `errcodes` does once its command line is read: open the registry, run the command, and
//! turn the outcome into an exit status.

use std::io;
use std::path::Path;
use std::process::ExitCode;

use errcodes_build::Registry;

use crate::args::{self, ColorWhen, Command, Invocation};
use crate::cmd::schema;
use crate::registry;
use crate::term::{Form, Term};

/// The `errcodes` program: reads the command line and the environment, runs, and returns the exit
/// status (0 success, 1 unknown code or invalid registry, 2 usage error).
pub fn main() -> ExitCode {
    let invocation = match args::parse_from(std::env::args_os()) {
        Ok(invocation) => invocation,
        // Usage errors exit with 2, --help and --version with 0 (clap).
        Err(usage) => return usage_exit(&usage),
    };
    let term = Term::new(invocation.color);
    match run(invocation, &term) {
        Ok(code) => code,
        // The reader went away (`errcodes list | head -1`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            term.error(&format!("cannot write the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Prints what clap says about the command line as clap would (help and version on standard
/// output, errors on standard error, coloured on a terminal), but through [`Term`], which
/// neutralises every output: a usage error quotes the arguments. Returns clap's exit status.
fn usage_exit(usage: &clap::Error) -> ExitCode {
    let text = usage.render().ansi().to_string();
    let term = Term::new(ColorWhen::Auto);
    if usage.use_stderr() {
        term.err(&text);
    } else {
        // As clap does, a failure to write (a closed pipe) is ignored.
        let _ = term.out(Form::Text, &text);
    }
    ExitCode::from(u8::try_from(usage.exit_code()).unwrap_or(2))
}

/// Runs a command: `check` on its file, every other one on the registry.
pub fn run(invocation: Invocation, term: &Term) -> io::Result<ExitCode> {
    let path = invocation.registry.as_deref();
    match &invocation.command {
        Command::Check(check) => check.run(path, term),
        Command::Diff(diff) => diff.run(term),
        Command::Explain(explain) => serve(path, term, |r| explain.run(r, term)),
        Command::List(list) => serve(path, term, |r| list.run(r, term)),
        Command::Search(search) => serve(path, term, |r| search.run(r, term)),
        Command::Schema => serve(path, term, |r| schema::run(r, term)),
        Command::Export(export) => serve(path, term, |r| export.run(r, term)),
    }
}

/// Runs `command` on the registry at `path` (the embedded one without a path); an invalid registry
/// is reported on standard error, with exit status 1.
fn serve(
    path: Option<&Path>,
    term: &Term,
    command: impl FnOnce(&Registry) -> io::Result<ExitCode>,
) -> io::Result<ExitCode> {
    match registry::open(path) {
        Ok(registry) => command(&registry),
        Err(report) => {
            term.err(&report.render(term.err_color));
            Ok(ExitCode::FAILURE)
        }
    }
}
