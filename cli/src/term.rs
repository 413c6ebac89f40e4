//! The terminal: whether to colour, how wide to wrap, and writing output and messages safely.

use std::io::{self, Write as _};

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};

use crate::args::ColorWhen;

/// Bold: headings, the first line of an entry.
pub const BOLD: Style = Style::new().effects(Effects::BOLD);
/// Dimmed: secondary text (an entry's name, a link's target).
pub const DIM: Style = Style::new().effects(Effects::DIMMED);
/// Yellow and bold: what a reader must not miss (an entry's deprecation).
pub const WARN: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
const HELP: Style = AnsiColor::Cyan.on_default().effects(Effects::BOLD);
const NOTE: Style = AnsiColor::Green.on_default().effects(Effects::BOLD);

/// Where output goes, and whether it is coloured.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    /// Colour on standard output.
    pub out_color: bool,
    /// Colour on standard error.
    pub err_color: bool,
}

impl Term {
    /// Decides colour for both streams: `auto` colours a terminal unless NO_COLOR is set (and a
    /// pipe when CLICOLOR_FORCE is); `always` and `never` decide alone.
    pub fn new(when: ColorWhen) -> Self {
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
    pub fn out(&self, text: &str) -> io::Result<()> {
        let mut out = AutoStream::new(io::stdout().lock(), ColorChoice::global());
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Writes `text` to standard error; a failure to write there is ignored.
    pub fn err(&self, text: &str) {
        let mut err = AutoStream::new(io::stderr().lock(), ColorChoice::global());
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    /// `error: message` on standard error.
    pub fn error(&self, message: &str) {
        self.labelled("error", ERROR, message);
    }

    /// `help: message` on standard error.
    pub fn help(&self, message: &str) {
        self.labelled("help", HELP, message);
    }

    /// `note: message` on standard error.
    pub fn note(&self, message: &str) {
        self.labelled("note", NOTE, message);
    }

    /// `label: message` on standard error, the label in `style`.
    fn labelled(&self, label: &str, style: Style, message: &str) {
        let label = paint(label, style, self.err_color);
        self.err(&format!("{label}: {}\n", clean(message)));
    }
}

/// `s` in `style` when `color`.
pub fn paint(s: &str, style: Style, color: bool) -> String {
    if color {
        format!("{style}{s}{style:#}")
    } else {
        s.to_owned()
    }
}

/// The width to wrap at: the terminal's, at most 100 columns for readability; 80 when standard
/// output is not a terminal.
pub fn width() -> usize {
    match terminal_size::terminal_size_of(io::stdout()) {
        Some((terminal_size::Width(w), _)) => usize::from(w).clamp(20, 100),
        None => 80,
    }
}

/// `s` safe to print on a terminal: a tab becomes a space, every other control character (escape,
/// bell, carriage return …) except the line feed becomes `�`, so a registry's text cannot move
/// the cursor or restyle the terminal.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_neutralised() {
        assert_eq!(
            clean("a\tb\u{1b}[31m\u{7}\r\u{9b}c\n"),
            "a b\u{fffd}[31m\u{fffd}\u{fffd}\u{fffd}c\n"
        );
    }

    #[test]
    fn paint_only_with_color() {
        assert_eq!(paint("x", BOLD, false), "x");
        assert_eq!(paint("x", BOLD, true), "\u{1b}[1mx\u{1b}[0m");
    }
}
