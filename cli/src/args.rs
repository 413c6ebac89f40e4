//! The command line: clap's definition of `errcodes` (each subcommand's arguments are in
//! [`crate::cmd`]) and the rules clap cannot state (which arguments may go together).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::cmd::{check, diff, explain, export, list, search};

/// The name of the environment variable that serves like `--registry`.
pub const REGISTRY_ENV: &str = "ERRCODES_REGISTRY";

const EXAMPLES: &str = "\
Examples:
  errcodes 429                      explain a code
  errcodes notfound                 ... or a name, in any case
  errcodes 500 --format json        the entry as JSON
  errcodes search rate limit        entries that mention every word
  errcodes list --format markdown   the whole table
  errcodes check errors.toml        validate a registry
  errcodes --registry other.toml list

Exit status: 0 success (also when the reader of a pipe stops early), 1 unknown code or name,
nothing found, or invalid registry, 2 usage error.";

/// The command line as clap reads it.
#[derive(Debug, Parser)]
#[command(
    name = "errcodes",
    version,
    about = "The error-code reference of an API at the terminal: explain a code, list, search, export.",
    long_about = format!(
        "The error-code reference of an API at the terminal: explain a code, list, search, \
         export, validate.\n\nWithout --registry (or {REGISTRY_ENV}) it serves the registry it \
         was built with, the {} ({} codes); --registry PATH serves any errors.toml.",
        <errcodes::ErrorCode as errcodes::ErrorEnum>::REGISTRY.name,
        errcodes::ErrorCode::COUNT
    ),
    after_help = EXAMPLES,
    arg_required_else_help = true,
    override_usage = "errcodes [OPTIONS] <CODE|NAME>\n       errcodes [OPTIONS] <COMMAND>",
    max_term_width = 100
)]
pub struct Cli {
    /// Serve this errors.toml (validated first; `-` reads it from standard input) instead of the
    /// embedded registry; the environment variable ERRCODES_REGISTRY sets a default.
    // An empty ERRCODES_REGISTRY is read (not a usage error) and then taken as unset.
    #[arg(long, global = true, env = REGISTRY_ENV, hide_env = true, value_name = "PATH",
          value_parser = TypedValueParser::map(OsStringValueParser::new(), PathBuf::from))]
    pub registry: Option<PathBuf>,

    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set; `always` and
    /// `never` override NO_COLOR.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    /// A code (`404`, or `0x194` in hexadecimal), a name (`NotFound`) or an alias, in any case,
    /// to explain; the same as `errcodes explain`.
    #[arg(value_name = "CODE|NAME")]
    pub query: Option<String>,

    /// How the entry of `errcodes CODE|NAME` is shown.
    #[command(flatten)]
    pub entry: explain::EntryOptions,

    /// The subcommand, if one is given.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands. Each is a file of [`crate::cmd`]: its arguments and what it does.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain one entry: code, name, text, the other keys it has, and description.
    Explain(explain::Explain),
    /// Every entry, or those of one category, in table order.
    ///
    /// On a terminal, rows are cut to its width (or COLUMNS): the text column ends with `…`, the
    /// category stays on the screen. In a pipe, rows are whole unless COLUMNS is set.
    List(list::List),
    /// Entries that mention every word, best first.
    ///
    /// Each word is looked for, in any case, in the code, name, aliases, text, category and
    /// description. First comes the entry named by the words joined (`search file not found`
    /// finds FileNotFound first), then the entries where every word starts a word (`file` in
    /// SpoolFileNotFound), then those where a word is only inside one (`file` in
    /// ProfileNotFound). Rows fit a terminal as those of `list` do. Exits with 1 when nothing
    /// matches.
    Search(search::Search),
    /// The JSON Schema (2020-12) of the registry document `errcodes export` writes.
    Schema,
    /// The whole registry: JSON, Markdown, an HTML error index or an OpenAPI document.
    Export(export::Export),
    /// Validate an errors.toml: every problem, located.
    ///
    /// Prints the report (errors and warnings) and exits with 1 when the registry is invalid.
    /// `-` reads the file from standard input: `git show HEAD:errors.toml | errcodes check -`.
    Check(check::Check),
    /// Compare two versions of a registry: every change, classed breaking, compatible or cosmetic.
    ///
    /// Each change is one located line. When both files have a `version`, the bump decides, as
    /// cargo-semver-checks does: a breaking change needs a major bump (a minor one before 1.0).
    /// Exits with 1 when a breaking change is not covered, a version goes backwards, or a file is
    /// invalid. `-` reads a file from standard input:
    /// `git show v1.0:errors.toml | errcodes diff - errors.toml`.
    Diff(diff::Diff),
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set (CLICOLOR_FORCE colours a pipe too).
    Auto,
    /// Always, even in a pipe or with NO_COLOR.
    Always,
    /// Never.
    Never,
}

/// What the command line asks for, once its combinations are checked.
#[derive(Debug)]
pub struct Invocation {
    /// What to do (`errcodes CODE` is `errcodes explain CODE`).
    pub command: Command,
    /// The registry to serve (`--registry` or `ERRCODES_REGISTRY`); `None` for the embedded one.
    pub registry: Option<PathBuf>,
    /// When to colour.
    pub color: ColorWhen,
}

/// Reads a command line (`args` starts with the program's name) and the environment.
///
/// A usage error is an `Err` to `exit()` with (status 2; `--help` and `--version` exit with 0).
pub fn parse_from<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let mut cli = Cli::command();
    if args.len() <= 1 {
        // `errcodes` alone shows the help (`arg_required_else_help`), even when ERRCODES_REGISTRY
        // is set, which clap counts as an argument given.
        cli = cli.mut_arg("registry", |arg| arg.env(None::<&str>));
    }
    let matches = cli.try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    // The environment sets a default registry; a PATH given to `check` beats it, while two paths
    // on the command line are a contradiction.
    let registry_typed = matches.value_source("registry") == Some(ValueSource::CommandLine);
    let registry = cli
        .registry
        .filter(|path| registry_typed || !path.as_os_str().is_empty());
    // `errcodes CODE` is `errcodes explain CODE`. One thing at a time (`errcodes 404 list` is a
    // usage error), and a subcommand's options after its name (`errcodes --format json list`).
    let subcommand = matches.subcommand_name().unwrap_or_default();
    let conflict = |message: String| usage_error(None, ErrorKind::ArgumentConflict, message);
    let command = match (cli.command, cli.query) {
        (None, Some(query)) => Ok(Command::Explain(explain::Explain {
            query,
            entry: cli.entry,
        })),
        // `arg_required_else_help` shows the help when nothing at all is given; a lone option
        // (`errcodes --format json`) lands here.
        (None, None) => Err(usage_error(
            None,
            ErrorKind::MissingRequiredArgument,
            "a code or a name to explain is required, or a subcommand",
        )),
        (Some(_), Some(query)) => Err(conflict(format!(
            "a code or name (`{query}`) and the subcommand `{subcommand}` cannot be used together"
        ))),
        (Some(_), None) if cli.entry.is_set() => Err(conflict(format!(
            "--format and --width here are options of `errcodes CODE|NAME`, not of \
             `{subcommand}`; a subcommand's options follow its name (`errcodes list --format json`)"
        ))),
        (Some(command), None) => Ok(command),
    }?;
    // `check` without a PATH checks the registry.
    let rule = match (&command, &registry) {
        (Command::Check(check::Check { path: None }), None) => Some((
            ErrorKind::MissingRequiredArgument,
            format!(
                "`check` needs a registry to check: give its PATH, or --registry PATH, or set \
                 {REGISTRY_ENV}"
            ),
        )),
        (Command::Check(check::Check { path: Some(path) }), Some(registry))
            if registry_typed && path != registry =>
        {
            Some((
                ErrorKind::ArgumentConflict,
                format!(
                    "`check` was given two registries, {} (--registry) and {}; give one: \
                     `errcodes check {1}` or `errcodes --registry {0} check`",
                    registry.display(),
                    path.display()
                ),
            ))
        }
        (Command::Diff(_), _) if registry_typed => Some((
            ErrorKind::ArgumentConflict,
            "`diff` compares the two files it is given; --registry does not go with it".to_owned(),
        )),
        _ => None,
    };
    if let Some((kind, message)) = rule {
        return Err(usage_error(Some(subcommand), kind, message));
    }
    Ok(Invocation {
        command,
        registry,
        color: cli.color,
    })
}

/// A usage error (exit status 2) with clap's layout, showing the usage of `subcommand` (the whole
/// command's without one).
pub fn usage_error(
    subcommand: Option<&str>,
    kind: ErrorKind,
    message: impl std::fmt::Display,
) -> clap::Error {
    let mut cli = Cli::command();
    cli.build();
    match subcommand.and_then(|name| cli.find_subcommand_mut(name)) {
        Some(subcommand) => subcommand.error(kind, message),
        None => cli.error(kind, message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Invocation, clap::Error> {
        parse_from(std::iter::once("errcodes").chain(args.iter().copied()))
    }

    #[test]
    fn command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_code_alone_is_explain() {
        let invocation = parse(&["404", "--format", "json"]).unwrap();
        assert!(
            matches!(&invocation.command, Command::Explain(e) if e.query == "404" && e.entry.is_set())
        );
    }

    #[test]
    fn registry_before_or_after_the_subcommand() {
        for args in [
            ["--registry", "a.toml", "list"],
            ["list", "--registry", "a.toml"],
        ] {
            let invocation = parse(&args).unwrap();
            assert!(matches!(invocation.command, Command::List(_)));
            assert_eq!(invocation.registry, Some(PathBuf::from("a.toml")));
        }
    }

    #[test]
    fn check_takes_the_registry_or_its_path_but_not_two() {
        let check = |args: &[&str]| match parse(args).map(|i| i.command) {
            Ok(Command::Check(check)) => Ok(check.path),
            Ok(other) => panic!("not check: {other:?}"),
            Err(e) => Err(e.kind()),
        };
        assert_eq!(check(&["check", "b.toml"]), Ok(Some("b.toml".into())));
        assert_eq!(check(&["--registry", "a.toml", "check"]), Ok(None));
        assert_eq!(check(&["check", "--registry", "a.toml"]), Ok(None));
        assert_eq!(
            check(&["--registry", "a.toml", "check", "a.toml"]),
            Ok(Some("a.toml".into()))
        );
        assert_eq!(
            check(&["--registry", "a.toml", "check", "b.toml"]),
            Err(ErrorKind::ArgumentConflict)
        );
        assert_eq!(
            check(&["check", "b.toml", "--registry", "a.toml"]),
            Err(ErrorKind::ArgumentConflict)
        );
    }
}
