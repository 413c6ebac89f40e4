//! A diff as text (one located line per change, in the style of `errcodes check`) and as JSON.

use core::fmt;

use serde_json::{Value, json};

use super::{Change, Class, Diff, Verdict};
use errcodes_build::schema::code_json;

impl Diff {
    /// `FILE:LINE:COLUMN` of `side`'s file (`FILE` alone without a position).
    fn location(&self, side: super::Side, position: Option<(usize, usize)>) -> String {
        let origin = self.origin(side);
        match position {
            Some((line, column)) => format!("{origin}:{line}:{column}"),
            None => origin.to_owned(),
        }
    }

    /// One change on one line: `FILE:LINE:COLUMN: CLASS: MESSAGE`, the file being the new one
    /// but for what was removed.
    pub fn line(&self, change: &Change) -> String {
        format!(
            "{}: {}: {}",
            self.location(change.side, change.position),
            change.class(),
            change.message
        )
    }

    /// The last line of the text output: `error:` when the exit status is 1, else `summary:`,
    /// then how many changes of each class there are and what they mean for the version: whether
    /// the bump covers them, and if not, the bump they need (located at the new file's `version`
    /// when there is one). `None` when there is nothing to say: no change and no version going
    /// backwards.
    ///
    /// # Example
    /// ```
    /// # use errcodes_export::diff::{Revision, diff};
    /// let old = Revision::from_source("old.toml", "[registry]\nname = 'A'\nversion = '1.0.0'\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
    /// let new = Revision::from_source("new.toml", "[registry]\nname = 'A'\nversion = '2.0.0'\n\
    ///     [[error]]\ncode = 2\nname = 'Two'\ntext = 'Two'\ndescription = 'Second.'\n")?;
    /// assert_eq!(
    ///     diff(&old, &new).summary().unwrap(),
    ///     "new.toml:3:11: summary: 2 breaking changes, 0 compatible, 0 cosmetic; version 1.0.0 → 2.0.0 \
    ///      (major) covers them"
    /// );
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn summary(&self) -> Option<String> {
        let verdict = self.verdict();
        if self.changes.is_empty() && verdict != Verdict::Backwards {
            return None;
        }
        let breaking = self.count(Class::Breaking);
        let counts = format!(
            "{breaking} breaking change{}, {} compatible, {} cosmetic",
            if breaking == 1 { "" } else { "s" },
            self.count(Class::Compatible),
            self.count(Class::Cosmetic),
        );
        let versions = match (self.old_version(), self.new_version()) {
            (Some(old), Some(new)) => Some(format!("version {old} → {new}")),
            _ => None,
        };
        // What the bump is judged by: the breaking changes, else all of them.
        let judged = if breaking > 0 {
            breaking
        } else {
            self.changes.len()
        };
        let them = if judged == 1 { "it" } else { "them" };
        let outcome = match (verdict, &versions) {
            (Verdict::Backwards, Some(v)) => format!("{v} goes backwards"),
            (Verdict::Compatible, Some(v)) => format!("{v} ({})", self.bump_name()),
            (Verdict::Compatible, None) => String::from("no version to check"),
            (Verdict::Covered, Some(v)) => format!("{v} ({}) covers {them}", self.bump_name()),
            (Verdict::NotCovered, Some(v)) => format!(
                "{v} ({}) does not cover {them}: a {} bump is needed",
                self.bump_name(),
                self.required_bump()
            ),
            (_, None) => format!(
                "{} not covered: {}",
                if breaking == 1 { "it is" } else { "they are" },
                self.missing_version()
            ),
        };
        let at = self.location(super::Side::New, self.new.position);
        let status = if self.exit_code() == 0 {
            "summary"
        } else {
            "error"
        };
        Some(format!("{at}: {status}: {counts}; {outcome}"))
    }

    fn bump_name(&self) -> &'static str {
        self.actual_bump().map_or("backwards", |b| match b {
            super::Bump::None => "no bump",
            b => b.as_str(),
        })
    }

    /// Why there is no pair of versions to compare.
    fn missing_version(&self) -> String {
        let without = match (self.old_version(), self.new_version()) {
            (Some(_), None) => self.new.origin.as_str(),
            (None, Some(_)) => self.old.origin.as_str(),
            _ => return "neither file has a `[registry] version`".to_owned(),
        };
        format!("{without} has no `[registry] version` to compare")
    }

    /// The diff as JSON: `{"changes": [{"class", "kind", "code", "message", "file", "line",
    /// "column"}], "old_version", "new_version", "required_bump", "actual_bump", "verdict",
    /// "exit_code"}` (`code`, `line`, `column` and the versions are `null` when there are none;
    /// `code` is a number or a string as the registry's codes are).
    ///
    /// # Example
    /// ```
    /// # use errcodes_export::diff::{Revision, diff};
    /// let old = Revision::from_source("old.toml", "[registry]\nname = 'A'\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
    /// let new = Revision::from_source("new.toml", "[registry]\nname = 'A'\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'Uno'\ndescription = 'First.'\n")?;
    /// let json = diff(&old, &new).to_json();
    /// assert_eq!(json["changes"][0]["kind"], "text-changed");
    /// assert_eq!(json["changes"][0]["code"], 1);
    /// assert_eq!(json["changes"][0]["line"], 6);
    /// assert_eq!(json["verdict"], "compatible");
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn to_json(&self) -> Value {
        let changes: Vec<Value> = self
            .changes
            .iter()
            .map(|c| {
                let (line, column) = c.position.unzip();
                json!({
                    "class": c.class().as_str(),
                    "kind": c.kind.as_str(),
                    "code": c.code.as_ref().map(code_json),
                    "message": c.message,
                    "file": self.origin(c.side),
                    "line": line,
                    "column": column,
                })
            })
            .collect();
        json!({
            "changes": changes,
            "old_version": self.old_version(),
            "new_version": self.new_version(),
            "required_bump": self.required_bump().as_str(),
            "actual_bump": self.actual_bump().map(|b| b.as_str()),
            "verdict": self.verdict().as_str(),
            "exit_code": self.exit_code(),
        })
    }
}

/// One [`Diff::line`] per change, then the [`Diff::summary`]; nothing for two registries that
/// do not differ. Each line ends with a line break.
impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            writeln!(f, "{}", self.line(change))?;
        }
        if let Some(summary) = self.summary() {
            writeln!(f, "{summary}")?;
        }
        Ok(())
    }
}
