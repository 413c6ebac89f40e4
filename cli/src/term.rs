//! The terminal: whether to colour, how wide to wrap, and writing output and messages safely.
//! Everything the program prints goes through [`Term::out`] or [`Term::err`], which neutralise
//! bidirectional controls ([`Form`]); a view's text is made safe before by [`clean`].

use std::borrow::Cow;
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

    /// Writes `text` to standard output, its bidirectional controls neutralised as `form` says.
    /// Terminal text goes through anstream, which drops its styling where colour is off; a
    /// document is written as it is (anstream would drop a DEL that JSON writes unescaped).
    /// A closed pipe is an `Err` of kind `BrokenPipe`.
    pub fn out(&self, form: Form, text: &str) -> io::Result<()> {
        let text = neutralise(text, form);
        if form != Form::Text {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            return out.flush();
        }
        let mut out = AutoStream::new(io::stdout().lock(), ColorChoice::global());
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Writes `text` (terminal text) to standard error, its bidirectional controls replaced by
    /// `�`; a failure to write there is ignored.
    pub fn err(&self, text: &str) {
        let mut err = AutoStream::new(io::stderr().lock(), ColorChoice::global());
        let _ = err.write_all(neutralise(text, Form::Text).as_bytes());
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

/// The width to wrap text at: the screen's ([`columns`]), at most 100 columns for readability;
/// 80 when standard output is not a terminal and `COLUMNS` is not set.
pub fn width() -> usize {
    columns().map_or(80, |w| w.clamp(20, 100))
}

/// The width of the screen that rows are fitted to: `COLUMNS` when it is set to a number (as `ls`
/// reads it), else the terminal's when standard output is one; `None` for a pipe or a file
/// (an empty or unreadable `COLUMNS` counts as unset).
pub fn columns() -> Option<usize> {
    let env = std::env::var("COLUMNS").ok();
    env.and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .or_else(|| {
            let (terminal_size::Width(w), _) = terminal_size::terminal_size_of(io::stdout())?;
            Some(usize::from(w)).filter(|&w| w > 0)
        })
}

/// `s` safe to print on a terminal: a tab becomes a space, and every other control character but
/// the line feed, and every bidirectional control, becomes `�`: a registry's text cannot move the
/// cursor, restyle the terminal or reorder what is shown.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() || is_bidi_control(c) => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect()
}

pub use errcodes_build::is_bidi_control;

/// What an output is, which decides how its bidirectional controls are neutralised; a document
/// keeps them in its own escape, so nothing is lost for the program that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Terminal text (an entry, a table, a report): each becomes `�`.
    Text,
    /// A JSON document: each becomes its escape inside the string it is in (`\u202e`).
    Json,
    /// A Markdown or HTML document: each becomes a character reference (`&#x202E;`), which a
    /// Markdown or HTML reader decodes (but for Markdown code, which shows it as written).
    Markup,
}

/// `text` with its bidirectional controls neutralised as `form` says; borrowed when it has none.
pub fn neutralise(text: &str, form: Form) -> Cow<'_, str> {
    if !text.contains(is_bidi_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !is_bidi_control(c) {
            out.push(c);
            continue;
        }
        match form {
            Form::Text => out.push(char::REPLACEMENT_CHARACTER),
            // Outside its strings a JSON document is ASCII: every such control is in a string.
            Form::Json => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            Form::Markup => out.push_str(&format!("&#x{:X};", u32::from(c))),
        }
    }
    Cow::Owned(out)
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
    fn bidirectional_controls_are_neutralised() {
        let every = "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\u{200e}\u{200f}\u{61c}";
        assert!(every.chars().all(is_bidi_control));
        // The joiners and other format characters are no such control.
        assert!(
            !"\u{200d}\u{200b}\u{feff}a\u{5d0}"
                .chars()
                .any(is_bidi_control)
        );
        assert_eq!(clean(every), "\u{fffd}".repeat(12));
        let trojan = "access = \"user\u{202e} \u{2066}// admin\u{2069} \u{2066}\"";
        assert_eq!(
            neutralise(trojan, Form::Text),
            "access = \"user\u{fffd} \u{fffd}// admin\u{fffd} \u{fffd}\""
        );
        assert_eq!(
            neutralise("\"a\u{202e}b\u{61c}\"", Form::Json),
            "\"a\\u202eb\\u061c\""
        );
        assert_eq!(
            neutralise("a\u{202e}b\u{200f}", Form::Markup),
            "a&#x202E;b&#x200F;"
        );
        assert!(matches!(
            neutralise("plain", Form::Text),
            Cow::Borrowed("plain")
        ));
    }

    #[test]
    fn paint_only_with_color() {
        assert_eq!(paint("x", BOLD, false), "x");
        assert_eq!(paint("x", BOLD, true), "\u{1b}[1mx\u{1b}[0m");
    }
}
