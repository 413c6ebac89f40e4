//! `errcodes`: the command-line reference for an API's error codes.
//!
//! `errcodes 404` explains a code of the registry it was built with; `--registry PATH`
//! reads another `errors.toml` instead. See `errcodes --help`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod lookup;
mod registry;
mod render;

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use errcodes::export::{Table, to_pretty};
use errcodes_build::{Entry, Registry};
use serde_json::Value;
use textwrap::core::display_width;

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

/// The long description of `errcodes --help`, naming the embedded registry.
fn long_about() -> String {
    format!(
        "The error-code reference of an API at the terminal: explain a code, list, search, export, \
         validate.\n\nWithout --registry it serves the registry it was built with, the {} \
         ({} codes); --registry PATH serves any errors.toml.",
        errcodes::ErrorCode::REGISTRY_NAME,
        errcodes::ErrorCode::ALL.len()
    )
}

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "errcodes",
    version,
    about = "The error-code reference of an API at the terminal: explain a code, list, search, export.",
    long_about = long_about(),
    after_help = EXAMPLES,
    arg_required_else_help = true,
    override_usage = "errcodes [OPTIONS] <CODE|NAME>\n       errcodes [OPTIONS] <COMMAND>",
    max_term_width = 100
)]
struct Cli {
    /// Read this errors.toml (validated first) instead of the embedded registry.
    #[arg(long, global = true, value_name = "PATH")]
    registry: Option<PathBuf>,

    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    color: ColorWhen,

    /// A code (`404`) or a name (`NotFound`, any case) to explain; the same as `errcodes explain`.
    #[arg(value_name = "CODE|NAME")]
    query: Option<String>,

    #[command(flatten)]
    entry: EntryOptions,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain one entry: code, name, text and description.
    Explain {
        /// A code (`404`) or a name (`NotFound`, any case).
        #[arg(value_name = "CODE|NAME")]
        query: String,
        #[command(flatten)]
        entry: EntryOptions,
    },
    /// Every entry, in table order.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Entries that mention every word, best first.
    ///
    /// Each word is looked for, in any case, in the code, name, text and description. Exits with
    /// 1 when nothing matches.
    Search {
        /// The words to look for.
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SearchFormat::Table)]
        format: SearchFormat,
    },
    /// The JSON Schema (2020-12) of the registry document `errcodes export` writes.
    Schema,
    /// The whole registry, as a JSON document or a Markdown page.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Validate an errors.toml: every problem, located.
    ///
    /// Prints the report (errors and warnings) and exits with 1 when the registry is invalid.
    Check {
        /// The errors.toml to check.
        path: PathBuf,
    },
}

impl Command {
    /// The subcommand's name, as typed.
    fn name(&self) -> &'static str {
        match self {
            Command::Explain { .. } => "explain",
            Command::List { .. } => "list",
            Command::Search { .. } => "search",
            Command::Schema => "schema",
            Command::Export { .. } => "export",
            Command::Check { .. } => "check",
        }
    }
}

/// How one entry is shown.
#[derive(Debug, Args)]
struct EntryOptions {
    /// Output format [default: text].
    #[arg(long, value_enum)]
    format: Option<EntryFormat>,

    /// Wrap the description at N columns (default: the terminal's width up to 100, or 80 when
    /// the output is not a terminal).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EntryFormat {
    /// Readable text, the description wrapped.
    Text,
    /// The entry object `{code, name, text, description}`.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    /// Aligned columns: code, name, text.
    Table,
    /// The array of entry objects.
    Json,
    /// A Markdown table: code, text, description.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SearchFormat {
    /// Aligned columns: code, name, text.
    Table,
    /// The array of matching entry objects, best first.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    /// The registry document `{name, description, errors}` (see `errcodes schema`).
    Json,
    /// A Markdown page: title, description, table.
    Markdown,
}

/// Where output goes, and whether it is coloured.
struct Term {
    /// Colour on standard output.
    out_color: bool,
    /// Colour on standard error.
    err_color: bool,
}

const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
const HELP: Style = AnsiColor::Cyan.on_default().effects(Effects::BOLD);
const BOLD: Style = Style::new().effects(Effects::BOLD);
const DIM: Style = Style::new().effects(Effects::DIMMED);

impl Term {
    fn new(when: ColorWhen) -> Self {
        ColorChoice::write_global(match when {
            ColorWhen::Auto => ColorChoice::Auto,
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        });
        Term {
            out_color: AutoStream::choice(&io::stdout()) != ColorChoice::Never,
            err_color: AutoStream::choice(&io::stderr()) != ColorChoice::Never,
        }
    }

    /// Writes `text` to standard output. A closed pipe is an `Err` of kind `BrokenPipe`.
    fn out(&self, text: &str) -> io::Result<()> {
        let mut out = AutoStream::new(io::stdout().lock(), ColorChoice::global());
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Writes `text` to standard error; a failure to write there is ignored.
    fn err(&self, text: &str) {
        let mut err = AutoStream::new(io::stderr().lock(), ColorChoice::global());
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    /// `error: message` on standard error.
    fn error(&self, message: &str) {
        let label = paint("error", ERROR, self.err_color);
        self.err(&format!("{label}: {}\n", render::clean(message)));
    }

    /// `help: message` on standard error.
    fn help(&self, message: &str) {
        let label = paint("help", HELP, self.err_color);
        self.err(&format!("{label}: {}\n", render::clean(message)));
    }
}

/// `s` in `style` when `color`.
fn paint(s: &str, style: Style, color: bool) -> String {
    if color {
        format!("{style}{s}{style:#}")
    } else {
        s.to_owned()
    }
}

fn main() -> ExitCode {
    // Usage errors exit with 2, --help and --version with 0 (clap).
    let cli = Cli::parse();
    let term = Term::new(cli.color);
    let registry_path = cli.registry.clone();
    let command = match command(cli) {
        Ok(command) => command,
        Err(usage) => usage.exit(),
    };
    match run(command, registry_path.as_deref(), &term) {
        Ok(code) => code,
        // The reader went away (`errcodes list | head -1`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            term.error(&format!("cannot write the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// What to do: `errcodes CODE` is `errcodes explain CODE`. One thing at a time (`errcodes 404
/// list` is a usage error), and a subcommand's options after its name (`errcodes --format json
/// list` is one too).
fn command(cli: Cli) -> Result<Command, clap::Error> {
    let usage = |kind, message: String| Cli::command().error(kind, message);
    match (cli.command, cli.query) {
        (None, Some(query)) => Ok(Command::Explain {
            query,
            entry: cli.entry,
        }),
        // `arg_required_else_help` shows the help when nothing at all is given; a lone option
        // (`errcodes --format json`) lands here.
        (None, None) => Err(usage(
            ErrorKind::MissingRequiredArgument,
            "a code or a name to explain is required, or a subcommand".to_owned(),
        )),
        (Some(command), Some(query)) => Err(usage(
            ErrorKind::ArgumentConflict,
            format!(
                "a code or name (`{query}`) and the subcommand `{}` cannot be used together",
                command.name()
            ),
        )),
        (Some(command), None) if cli.entry.format.is_some() || cli.entry.width.is_some() => {
            Err(usage(
                ErrorKind::ArgumentConflict,
                format!(
                    "--format and --width here are options of `errcodes CODE|NAME`, not of `{}`; \
                     a subcommand's options follow its name (`errcodes list --format json`)",
                    command.name()
                ),
            ))
        }
        (Some(command), None) => Ok(command),
    }
}

/// Runs a command: `check` on its own PATH, every other one on the registry.
fn run(command: Command, registry_path: Option<&Path>, term: &Term) -> io::Result<ExitCode> {
    if let Command::Check { path } = &command {
        return check(path, term);
    }
    let registry = match registry_path {
        None => registry::embedded(),
        Some(path) => match registry::load(path) {
            Ok(registry) => registry,
            Err(report) => {
                term.err(&report.render(term.err_color));
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    let table = registry::table(&registry);
    match command {
        Command::Explain { query, entry } => explain(&registry, &query, &entry, term),
        Command::List { format } => {
            let text = match format {
                ListFormat::Table => {
                    entry_table(&registry.entries.iter().collect::<Vec<_>>(), term)
                }
                ListFormat::Json => entries_json(&table),
                ListFormat::Markdown => errcodes_build::markdown_table(&registry),
            };
            term.out(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Search { words, format } => {
            let hits = lookup::search(&registry, &words);
            if hits.is_empty() {
                term.error(&format!(
                    "no entry of the {} mentions {}",
                    registry.name,
                    words
                        .iter()
                        .map(|w| format!("`{w}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ));
                return Ok(ExitCode::FAILURE);
            }
            let text = match format {
                SearchFormat::Table => entry_table(&hits, term),
                SearchFormat::Json => to_pretty(&Value::Array(
                    hits.iter().map(|e| registry::entry(e).json()).collect(),
                )),
            };
            term.out(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            term.out(&to_pretty(table.json_schema().as_value()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format } => {
            let text = match format {
                ExportFormat::Json => to_pretty(&table.json_data()),
                ExportFormat::Markdown => errcodes_build::markdown_page(&registry),
            };
            term.out(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { .. } => unreachable!("`check` returned above"),
    }
}

/// `errcodes CODE|NAME`, `errcodes explain CODE|NAME`.
fn explain(
    registry: &Registry,
    query: &str,
    options: &EntryOptions,
    term: &Term,
) -> io::Result<ExitCode> {
    let Some(entry) = lookup::find(registry, query) else {
        not_found(registry, query, term);
        return Ok(ExitCode::FAILURE);
    };
    let text = match options.format.unwrap_or(EntryFormat::Text) {
        EntryFormat::Json => to_pretty(&registry::entry(entry).json()),
        EntryFormat::Text => {
            let width = options.width.map_or_else(terminal_width, usize::from);
            entry_text(entry, width, term.out_color)
        }
    };
    term.out(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The width to wrap at: the terminal's, at most 100 columns for readability; 80 when standard
/// output is not a terminal.
fn terminal_width() -> usize {
    match terminal_size::terminal_size_of(io::stdout()) {
        Some((terminal_size::Width(w), _)) => usize::from(w).clamp(20, 100),
        None => 80,
    }
}

/// One entry as text: `CODE TEXT (NAME)`, a blank line, the description as wrapped plain text.
fn entry_text(entry: &Entry, width: usize, color: bool) -> String {
    let mut out = format!(
        "{} {}\n",
        paint(
            &format!("{} {}", entry.code, render::clean(&entry.text)),
            BOLD,
            color
        ),
        paint(&format!("({})", entry.name), DIM, color),
    );
    let description = render::markdown_to_text(&entry.description, width, color);
    if !description.is_empty() {
        out.push('\n');
        out.push_str(&description);
    }
    out
}

/// Entries as aligned columns under a `CODE NAME TEXT` header.
fn entry_table(entries: &[&Entry], term: &Term) -> String {
    let rows: Vec<[String; 3]> = entries
        .iter()
        .map(|e| [e.code.to_string(), e.name.clone(), render::clean(&e.text)])
        .collect();
    let header = ["CODE", "NAME", "TEXT"];
    let mut widths = header.map(display_width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let mut out = String::new();
    let mut line = |cells: [&str; 3], style: Style| {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let _ = write!(text, "{cell}{}  ", " ".repeat(w - display_width(cell)));
            }
        }
        out.push_str(&paint(text.trim_end(), style, term.out_color));
        out.push('\n');
    };
    line(header, BOLD);
    for row in &rows {
        line([&row[0], &row[1], &row[2]], Style::new());
    }
    out
}

/// The entries array of the registry document, as pretty JSON.
fn entries_json(table: &Table<'_>) -> String {
    to_pretty(&Value::Array(
        table.entries.iter().map(|e| e.json()).collect(),
    ))
}

/// The message for a query that names no entry, with suggestions when some are close.
fn not_found(registry: &Registry, query: &str, term: &Term) {
    let what = if query.bytes().all(|b| b.is_ascii_digit()) && !query.is_empty() {
        format!("{query} is not a code of the {}", registry.name)
    } else {
        format!("`{query}` is not a code or name of the {}", registry.name)
    };
    term.error(&what);
    let suggestions = lookup::suggest(registry, query);
    let described: Vec<String> = suggestions
        .iter()
        .map(|e| format!("{} {} ({})", e.code, e.name, e.text))
        .collect();
    match described.as_slice() {
        [] => term.help("`errcodes list` shows every code, `errcodes search WORDS` finds one"),
        [one] => term.help(&format!("did you mean {one}?")),
        many => {
            let mut text = String::from("did you mean one of these?");
            for s in many {
                text.push_str("\n      ");
                text.push_str(s);
            }
            term.help(&text);
        }
    }
}

/// `errcodes check PATH`: the report on standard output, warnings too.
fn check(path: &Path, term: &Term) -> io::Result<ExitCode> {
    let checked = errcodes_build::check_path(path);
    let mut out = checked.report.render(term.out_color);
    match &checked.registry {
        Some(registry) => {
            let warnings = checked.report.diagnostics().len();
            let _ = writeln!(
                out,
                "{}: {} is a valid registry: {}, {} entr{}{}",
                paint("ok", BOLD, term.out_color),
                path.display(),
                render::clean(&registry.name),
                registry.entries.len(),
                if registry.entries.len() == 1 {
                    "y"
                } else {
                    "ies"
                },
                match warnings {
                    0 => String::new(),
                    1 => ", 1 warning".to_owned(),
                    n => format!(", {n} warnings"),
                }
            );
            term.out(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            term.out(&out)?;
            Ok(ExitCode::FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn entry_text_of_401_and_500() {
        let registry = registry::embedded();
        let text = |code: u32| entry_text(registry.by_code(&code.into()).unwrap(), 80, false);
        assert_eq!(
            text(401),
            "401 Access Denied (AccessDenied)\n\n\
             Indicates that the Authorization header is either missing or incorrect. You can\n\
             learn more about the Authorization header here (#authentication).\n"
        );
        assert_eq!(
            text(500),
            "500 Unexpected Server Error (InternalServerError)\n\n\
             This indicates an error on Nutcache's side. Please email us at\n\
             support@nutcache.com (mailto:support@nutcache.com) with any relevant\n\
             informations. We will reach out to you and fix this ASAP.\n"
        );
    }
}
