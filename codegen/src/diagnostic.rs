//! Located problems in a registry file, and how they are shown (the layout of rustc's).

use core::fmt;
use core::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Legal but suspicious: reported, does not stop code generation.
    Warning,
    /// The registry is invalid: nothing is generated.
    Error,
}

/// `error` or `warning`, as printed.
impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem found in a registry: where it is, what it is, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, one line, e.g. ``duplicate code 404``.
    pub message: String,
    /// The byte range of the offending key or value in the source (`None` when the problem is
    /// the file as a whole, e.g. it cannot be read).
    pub span: Option<Range<usize>>,
    /// A short label shown under the span, e.g. which entry it belongs to.
    pub label: Option<String>,
    /// Another place that explains this one (e.g. where a duplicate was first defined).
    pub related: Option<(Range<usize>, String)>,
    /// What to do, shown as `help: …`.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span: span.into(),
            label: None,
            related: None,
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    /// Adds the label shown under the span.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds the `help:` line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a related place with its label.
    pub fn with_related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related = Some((span, label.into()));
        self
    }
}

/// A 1-based line and column (in characters) of a byte offset in a source.
///
/// # Example
/// ```
/// assert_eq!(errcodes_build::line_column("a\nbé c", 5), (2, 3));
/// assert_eq!(errcodes_build::line_column("abc", 0), (1, 1));
/// ```
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Everything found wrong (or suspicious) in one registry file.
///
/// Its [`Display`](fmt::Display) is the full report, one block per problem, each starting with
/// `PATH:LINE:COLUMN: error: MESSAGE` followed by the source line with a caret under the span
/// and, where a fix is known, a `help:` line. Problems are sorted by position.
///
/// # Example
/// ```
/// let report = errcodes_build::Registry::from_source("errors.toml", "[registry]\nname = 'A'\n")
///     .unwrap_err();
/// assert!(report.has_errors());
/// assert!(report.to_string().starts_with("errors.toml:1:2: error: the registry has no entries"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    origin: String,
    source: String,
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// A report on `source`, read from `origin` (a path as shown to the user).
    pub fn new(
        origin: impl Into<String>,
        source: impl Into<String>,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Self {
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or((0, 0), |s| (s.start, s.end)));
        Report {
            origin: origin.into(),
            source: source.into(),
            diagnostics,
        }
    }

    /// The path or name the source was read from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The source text the spans point into.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// All problems, sorted by position.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Whether any problem is an error (as opposed to only warnings).
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// How many errors there are.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// The `PATH:LINE:COLUMN` of a diagnostic (`PATH` alone when it has no span).
    pub fn location(&self, diagnostic: &Diagnostic) -> String {
        match &diagnostic.span {
            Some(span) => {
                let (line, column) = line_column(&self.source, span.start);
                format!("{}:{line}:{column}", self.origin)
            }
            None => self.origin.clone(),
        }
    }

    /// One problem on one line, for a build script's `cargo::error=` / `cargo::warning=` (cargo
    /// shows one line per directive): `PATH:LINE:COLUMN: MESSAGE | LINE | SOURCE LINE | help: HELP`,
    /// the source line being the one the problem is on (shortened when long), and the help when
    /// there is one. Line breaks and other control characters become spaces.
    ///
    /// # Example
    /// ```
    /// let report = errcodes_build::Registry::from_source("errors.toml",
    ///     "[registry]\nname = 'A'\n[[error]]\ncode = 1\nname = 'one'\ntext = 'One'\ndescription = 'First.'\n")
    ///     .unwrap_err();
    /// assert_eq!(
    ///     report.one_line(&report.diagnostics()[0]),
    ///     "errors.toml:5:8: `one` in [[error]] #1 (1 one) is not a valid variant name: it does not \
    ///      start with an uppercase letter | 5 | name = 'one' | help: write it in UpperCamelCase, \
    ///      e.g. `One`"
    /// );
    /// ```
    pub fn one_line(&self, diagnostic: &Diagnostic) -> String {
        /// Characters of the source line shown at most.
        const MAX: usize = 100;
        let mut out = format!("{}: {}", self.location(diagnostic), diagnostic.message);
        if let Some(span) = &diagnostic.span
            && !self.source.is_empty()
        {
            let (line, _) = line_column(&self.source, span.start);
            let text = self.source.lines().nth(line - 1).unwrap_or("").trim_end();
            let mut shown: String = text.chars().take(MAX).collect();
            if shown.len() < text.len() {
                shown.push('…');
            }
            out.push_str(&format!(" | {line} | {shown}"));
        }
        if let Some(help) = &diagnostic.help {
            out.push_str(&format!(" | help: {help}"));
        }
        // One line for cargo, and nothing a terminal would act on.
        out.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    }

    /// The report as text; with `color`, ANSI-styled like rustc's output on a terminal.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&format!(
                "{}: {}: {}\n",
                self.location(d),
                d.severity,
                d.message
            ));
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let mut group = Group::with_level(level);
            if let Some(span) = &d.span {
                let span = clamp(&self.source, span.clone());
                let mut snippet = Snippet::source(self.source.as_str()).annotation(
                    AnnotationKind::Primary
                        .span(span)
                        .label(d.label.as_deref().unwrap_or("")),
                );
                if let Some((related, label)) = &d.related {
                    snippet = snippet.annotation(
                        AnnotationKind::Context
                            .span(clamp(&self.source, related.clone()))
                            .label(label.as_str()),
                    );
                }
                group = group.element(snippet);
            }
            if let Some(help) = &d.help {
                group = group.element(Level::HELP.message(help.as_str()));
            }
            if !group.is_empty() {
                out.push_str(&renderer.render(&[group]));
                out.push('\n');
            }
        }
        let errors = self.error_count();
        let warnings = self.diagnostics.len() - errors;
        if errors > 0 {
            out.push_str(&format!(
                "error: {} is not a valid registry: {errors} error{}{}\n",
                self.origin,
                plural(errors),
                if warnings > 0 {
                    format!(", {warnings} warning{}", plural(warnings))
                } else {
                    String::new()
                }
            ));
        }
        out
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A span inside the source and on character boundaries, so rendering never panics.
fn clamp(source: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Report {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_is_one_line_and_short() {
        let source = format!("a = 1\nb = \"{}\"\n", "x".repeat(300));
        let d = Diagnostic::error(6..7, "bad\nthing\u{1b}[31m").with_help("fix\rit");
        let report = Report::new("f.toml", source, vec![d.clone()]);
        let line = report.one_line(&d);
        assert!(!line.contains(|c: char| c.is_control()), "{line:?}");
        assert!(
            line.starts_with("f.toml:2:1: bad thing [31m | 2 | b = \"xxx"),
            "{line}"
        );
        assert!(line.ends_with("xxx… | help: fix it"), "{line}");
        assert!(line.chars().count() < 160, "{line}");
        // Without a source (a registry built in code): the message and the help only.
        let report = Report::new("registry `A`", "", vec![Diagnostic::error(None, "m")]);
        assert_eq!(report.one_line(&report.diagnostics()[0]), "registry `A`: m");
    }
}
