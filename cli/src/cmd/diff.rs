//! `errcodes diff OLD NEW`: what changed between two versions of a registry, each change classed
//! breaking, compatible or cosmetic, and whether the version bump covers it.

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use errcodes_export::json::to_pretty;

use crate::registry::{STDIN, read};
use crate::term::{Form, Term};

/// `errcodes diff`'s arguments.
#[derive(Debug, Args)]
pub struct Diff {
    /// The old errors.toml (`-` reads it from standard input, e.g. from `git show`).
    pub old: PathBuf,
    /// The new errors.toml (`-` reads it from standard input).
    pub new: PathBuf,
    /// How to write the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

/// The forms of `errcodes diff`'s output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One located line per change (`FILE:LINE:COLUMN: breaking: …`), then the verdict.
    Text,
    /// A JSON document: the changes, the versions, the bump needed and the verdict.
    Json,
}

impl Diff {
    /// Compares the two files. Exit status 0 when nothing is breaking or the version bump covers
    /// it, 1 when a breaking change is not covered, a version goes backwards, or a file is invalid
    /// or unreadable; 2 when both files are `-`.
    pub fn run(&self, term: &Term) -> io::Result<ExitCode> {
        if self.old == Path::new(STDIN) && self.new == Path::new(STDIN) {
            term.error("only one of OLD and NEW can be read from standard input (`-`)");
            return Ok(ExitCode::from(2));
        }
        let (old, new) = match (read(&self.old), read(&self.new)) {
            (Ok(old), Ok(new)) => (old, new),
            (Err(e), _) | (_, Err(e)) => {
                term.error(&e);
                return Ok(ExitCode::FAILURE);
            }
        };
        let origin = |path: &Path| path.display().to_string();
        let (old_origin, new_origin) = (origin(&self.old), origin(&self.new));
        let diff = match errcodes_export::diff::diff_bytes((&old_origin, &old), (&new_origin, &new))
        {
            Ok(diff) => diff,
            Err(reports) => {
                for report in reports {
                    term.err(&report.render(term.err_color));
                }
                return Ok(ExitCode::FAILURE);
            }
        };
        match self.format {
            DiffFormat::Text => term.out(Form::Text, &diff.to_string())?,
            DiffFormat::Json => term.out(Form::Json, &to_pretty(&diff.to_json()))?,
        }
        Ok(ExitCode::from(u8::try_from(diff.exit_code()).unwrap_or(1)))
    }
}
