//! `errcodes check [PATH]`: validate an errors.toml and print the report, warnings too.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use clap::error::ErrorKind;

use crate::args::{REGISTRY_ENV, usage_error};
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
    /// Whether `check` can go with this registry option: without a PATH it checks the registry,
    /// and a registry typed on the command line (`registry_typed`) may not name another file than
    /// PATH (one from the environment is a default that PATH overrides).
    pub fn accepts(
        &self,
        registry: Option<&Path>,
        registry_typed: bool,
    ) -> Result<(), clap::Error> {
        match (&self.path, registry) {
            (None, None) => Err(usage_error(
                Some("check"),
                ErrorKind::MissingRequiredArgument,
                format!(
                    "`check` needs a registry to check: give its PATH, or --registry PATH, \
                     or set {REGISTRY_ENV}"
                ),
            )),
            (Some(path), Some(registry)) if registry_typed && path != registry => Err(usage_error(
                Some("check"),
                ErrorKind::ArgumentConflict,
                format!(
                    "`check` was given two registries, {} (--registry) and {}; \
                         give one: `errcodes check {1}` or `errcodes --registry {0} check`",
                    registry.display(),
                    path.display()
                ),
            )),
            _ => Ok(()),
        }
    }

    /// Checks the file and prints the report on standard output; exit status 1 when the registry
    /// is invalid (or there is no file to check, which [`Check::accepts`] rules out).
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
