//! Blocks of text with their prefixes (quote marks, list markers), built from the tags and text
//! of an HTML page in document order, then wrapped with textwrap.

use anstyle::{Effects, Style};
use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};

use crate::term::{BOLD, DIM, clean};

/// Inline code, with colour.
const CODE: Style = BOLD;
/// A link's text, with colour (its target is dimmed).
const LINK: Style = Style::new().effects(Effects::UNDERLINE);
const EMPHASIS: Style = Style::new().effects(Effects::ITALIC);
const HEADING: Style = Style::new().effects(Effects::BOLD.insert(Effects::UNDERLINE));

/// A container the following blocks are nested in.
#[derive(Debug)]
enum Container {
    Quote,
    /// A list: its id, and the next number of an ordered one.
    List(usize, Option<u64>),
    /// A list item: its marker, and whether a line has shown it yet.
    Item(String, bool),
}

/// A link being read: its target and the text seen inside it so far.
#[derive(Debug)]
struct Link {
    url: String,
    text: String,
}

/// Text being laid out: [`Layout::start`], [`Layout::end`] and [`Layout::text`] are called in
/// document order; each block is wrapped as it ends, and [`Layout::finish`] gives the text.
#[derive(Debug, Default)]
pub struct Layout {
    color: bool,
    width: usize,
    /// The blocks wrapped so far.
    out: String,
    /// The prefix of the following lines of the last block, and, for the text of a list item
    /// outside a paragraph, the outermost list it is in: the items of such a "tight" list follow
    /// each other without a blank line.
    last: Option<(String, Option<usize>)>,
    /// Inline text of the block being built (styled when `color`).
    text: String,
    containers: Vec<Container>,
    /// Active inline styles, innermost last.
    styles: Vec<Style>,
    links: Vec<Link>,
    /// Inside `<pre>`: text is kept as it is and ends as a preformatted block.
    pre: bool,
    /// Inside `<p>`.
    paragraph: bool,
    lists_seen: usize,
}

impl Layout {
    /// An empty layout wrapped to `width` columns; `color` styles text with ANSI escapes.
    pub fn new(color: bool, width: usize) -> Self {
        Layout {
            color,
            width,
            ..Layout::default()
        }
    }

    /// A start tag (named in lower case); `attribute` gives an attribute's value, empty when it
    /// is missing. Tags that do not matter to text are ignored.
    pub fn start(&mut self, name: &str, attribute: impl Fn(&str) -> String) {
        match name {
            "p" => {
                self.end_block();
                self.paragraph = true;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.end_block();
                self.styles.push(HEADING);
            }
            "div" | "hr" | "table" | "tr" => self.end_block(),
            "blockquote" => {
                self.end_block();
                self.containers.push(Container::Quote);
            }
            "ul" | "ol" => {
                self.end_block();
                self.lists_seen += 1;
                let start = (name == "ol").then(|| attribute("start").parse().unwrap_or(1));
                self.containers
                    .push(Container::List(self.lists_seen, start));
            }
            "li" => {
                // The item before may have been left open, as HTML allows.
                self.close_if(|c| matches!(c, Container::Item(..)));
                let marker = match self.containers.last_mut() {
                    Some(Container::List(_, Some(n))) => {
                        let marker = format!("{n}. ");
                        *n = n.saturating_add(1);
                        marker
                    }
                    _ => "- ".to_owned(),
                };
                self.containers.push(Container::Item(marker, false));
            }
            "pre" => {
                self.end_block();
                self.pre = true;
            }
            "br" => self.text.push('\n'),
            "a" => self.open_link(&attribute("href")),
            "img" => {
                // The alt text stands for the link text.
                self.open_link(&attribute("src"));
                self.text(&attribute("alt"));
                self.close_link();
            }
            "strong" | "b" => self.styles.push(BOLD),
            "em" | "i" => self.styles.push(EMPHASIS),
            "code" | "kbd" | "tt" => self.code(true),
            _ => {}
        }
    }

    /// An end tag (named in lower case). One that closes nothing open is ignored, as a browser
    /// does: HTML end tags need not match their start tags.
    pub fn end(&mut self, name: &str) {
        match name {
            "p" => {
                self.end_block();
                self.paragraph = false;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_style(HEADING);
                self.end_block();
            }
            "div" | "table" | "tr" => self.end_block(),
            "blockquote" => self.close_if(|c| matches!(c, Container::Quote)),
            "ul" | "ol" => {
                self.close_if(|c| matches!(c, Container::Item(..)));
                self.close_if(|c| matches!(c, Container::List(..)));
            }
            "li" => self.close_if(|c| matches!(c, Container::Item(..))),
            "pre" => self.close_pre(),
            "a" => self.close_link(),
            "strong" | "b" => self.close_style(BOLD),
            "em" | "i" => self.close_style(EMPHASIS),
            "code" | "kbd" | "tt" => self.code(false),
            _ => {}
        }
    }

    /// Appends text: as it is inside `<pre>`, else with each run of white space as one space (as
    /// HTML reads it), and none at the start of a line.
    pub fn text(&mut self, s: &str) {
        if self.pre {
            self.text.push_str(&clean(&s.replace('\t', "    ")));
            return;
        }
        let blank = |c: char| c.is_ascii_whitespace();
        let mut words = s.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
        if s.starts_with(blank) {
            words.insert(0, ' ');
        }
        if s.ends_with(blank) && !words.ends_with(' ') {
            words.push(' ');
        }
        if self.text.is_empty() || self.text.ends_with([' ', '\n']) {
            words = words.trim_start().to_owned();
        }
        for link in &mut self.links {
            link.text.push_str(&words);
        }
        let style = self.styles.iter().fold(Style::new(), |all, s| {
            all.effects(all.get_effects() | s.get_effects())
        });
        self.push(&words, style);
    }

    /// Appends `s` in `style` (when `color`), as it is but for control characters. With a style,
    /// each run of non-blank characters is styled on its own, so that wrapping between words never
    /// separates an escape sequence from its reset.
    fn push(&mut self, s: &str, style: Style) {
        let s = clean(s);
        if !self.color || style == Style::new() {
            self.text.push_str(&s);
            return;
        }
        for (i, word) in s.split(' ').enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            if !word.is_empty() {
                self.text.push_str(&format!("{style}{word}{style:#}"));
            }
        }
    }

    /// Ends `style` if it is the innermost one.
    fn close_style(&mut self, style: Style) {
        if self.styles.last() == Some(&style) {
            self.styles.pop();
        }
    }

    /// Starts or ends inline code: in backticks without colour, in bold with it. Code inside
    /// `<pre>` is the block itself.
    fn code(&mut self, open: bool) {
        if self.pre {
            return;
        }
        let was_open = open || self.styles.last() == Some(&CODE);
        if open {
            self.styles.push(CODE);
        } else {
            self.close_style(CODE);
        }
        if was_open && !self.color {
            self.text("`");
        }
    }

    fn open_link(&mut self, url: &str) {
        self.links.push(Link {
            url: url.trim().to_owned(),
            text: String::new(),
        });
        self.styles.push(LINK);
    }

    /// Ends the innermost link and writes its target after its text (`here (#authentication)`),
    /// unless it is the text already (`<https://…>`) or there is none.
    fn close_link(&mut self) {
        let Some(link) = self.links.pop() else {
            return;
        };
        self.close_style(LINK);
        let text = link.text.trim();
        if link.url.is_empty() || text == link.url {
            return;
        }
        if text.is_empty() {
            self.push(&link.url, DIM);
        } else {
            self.push(" (", Style::new());
            self.push(&link.url, DIM);
            self.push(")", Style::new());
        }
    }

    /// Ends the innermost container and its block when `is` it.
    fn close_if(&mut self, is: impl Fn(&Container) -> bool) {
        if self.containers.last().is_some_and(is) {
            self.end_block();
            self.containers.pop();
        }
    }

    /// Ends preformatted text, as a block of its own.
    fn close_pre(&mut self) {
        if self.pre {
            self.pre = false;
            self.text = self.text.trim_matches('\n').to_owned();
            self.push_block(true);
        }
    }

    /// Ends the block of inline text being built, if it has any.
    fn end_block(&mut self) {
        if self.pre {
            return;
        }
        // A link left open (`<a href=…>text` without `</a>`) ends with its block.
        while !self.links.is_empty() {
            self.close_link();
        }
        self.text = self.text.trim().to_owned();
        self.push_block(false);
    }

    /// Wraps the block being built (unless `pre`, text kept as it is, indented) under the
    /// prefixes of its containers, after a blank line (but between the items of a tight list).
    fn push_block(&mut self, pre: bool) {
        let text = std::mem::take(&mut self.text);
        if text.is_empty() {
            return;
        }
        let (mut first, mut rest) = (String::new(), String::new());
        let mut outermost_list = None;
        let mut in_item = false;
        for container in &mut self.containers {
            match container {
                Container::Quote => {
                    first.push_str("> ");
                    rest.push_str("> ");
                }
                Container::List(id, _) => {
                    outermost_list.get_or_insert(*id);
                }
                Container::Item(marker, shown) => {
                    in_item = true;
                    let pad = " ".repeat(marker.chars().count());
                    first.push_str(if *shown { &pad } else { marker });
                    rest.push_str(&pad);
                    *shown = true;
                }
            }
        }
        let tight_in = outermost_list.filter(|_| in_item && !self.paragraph && !pre);
        if let Some((last_rest, last_tight_in)) = &self.last
            && (tight_in.is_none() || tight_in != *last_tight_in)
        {
            // The blank line keeps the prefixes both blocks share (`>` inside a quote).
            let common: String = (last_rest.chars().zip(rest.chars()))
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect();
            self.out.push_str(common.trim_end());
            self.out.push('\n');
        }
        let lines: Vec<String> = if pre {
            let prefixes = std::iter::once(&first).chain(std::iter::repeat(&rest));
            (text.lines().zip(prefixes))
                .map(|(line, prefix)| format!("{prefix}    {line}"))
                .collect()
        } else {
            let options = Options::new(self.width)
                .initial_indent(&first)
                .subsequent_indent(&rest)
                .break_words(false)
                .word_separator(WordSeparator::AsciiSpace)
                // Never at a hyphen: `alpha-2`, a URL or a code stays whole.
                .word_splitter(WordSplitter::NoHyphenation)
                .wrap_algorithm(WrapAlgorithm::FirstFit);
            let lines = textwrap::wrap(&text, options);
            lines.into_iter().map(String::from).collect()
        };
        for line in lines {
            self.out.push_str(line.trim_end());
            self.out.push('\n');
        }
        self.last = Some((rest, tight_in));
    }

    /// The text laid out.
    pub fn finish(mut self) -> String {
        self.close_pre();
        self.end_block();
        self.out
    }
}
