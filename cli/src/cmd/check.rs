//! `errcodes check [PATH]`: validate an errors.toml and print the report, warnings too.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::registry::STDIN;
use crate::term::{BOLD, Form, Term, clean, paint};

/// `errcodes check`'s arguments.
#[derive(Debug, Args)]
pub struct Check {
    /// The errors.toml to check (`-` reads it from standard input) [default: the --registry or
    /// ERRCODES_REGISTRY file].
    pub path: Option<PathBuf>,
}

impl Check {
    /// Checks the file and prints the report on standard output; exit status 1 when the registry
    /// is invalid (or there is no file to check, which the command line rules out).
    pub fn run(&self, registry: Option<&Path>, term: &Term) -> io::Result<ExitCode> {
        let Some(path) = self.path.as_deref().or(registry) else {
            term.error("no errors.toml to check");
            return Ok(ExitCode::from(2));
        };
        let checked = crate::registry::check(path);
        let mut out = checked.report.render(term.out_color);
        let Some(registry) = &checked.registry else {
            term.out(Form::Text, &out)?;
            return Ok(ExitCode::FAILURE);
        };
        let n = registry.entries.len();
        let entries = format!("{n} {}", if n == 1 { "entry" } else { "entries" });
        let warnings = match checked.report.diagnostics().len() {
            0 => String::new(),
            1 => ", 1 warning".to_owned(),
            n => format!(", {n} warnings"),
        };
        let file = if path == Path::new(STDIN) {
            "standard input".to_owned()
        } else {
            clean(&path.display().to_string())
        };
        let _ = writeln!(
            out,
            "{}: {} is a valid registry: {}, {entries}{warnings}",
            paint("ok", BOLD, term.out_color),
            file,
            clean(&registry.name),
        );
        term.out(Form::Text, &out)?;
        Ok(ExitCode::SUCCESS)
    }
}
