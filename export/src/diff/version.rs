//! What the changes need of `[registry] version`, and whether the bump gives it (as
//! cargo-semver-checks and Cargo's caret requirements read versions).

use core::fmt;

use semver::Version;

use super::{Class, Diff};

/// A version bump: how far two versions are apart, or how far they must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bump {
    /// The same `MAJOR.MINOR.PATCH` (maybe another pre-release or build).
    None,
    /// `PATCH` differs.
    Patch,
    /// `MINOR` differs.
    Minor,
    /// `MAJOR` differs.
    Major,
}

impl Bump {
    /// `none`, `patch`, `minor` or `major`, as printed.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes_export::diff::Bump::Major.as_str(), "major");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The bump from `old` to `new`, by the first of `MAJOR.MINOR.PATCH` that differs.
    fn between(old: &Version, new: &Version) -> Bump {
        if old.major != new.major {
            Bump::Major
        } else if old.minor != new.minor {
            Bump::Minor
        } else if old.patch != new.patch {
            Bump::Patch
        } else {
            Bump::None
        }
    }

    /// The bump that breaks compatibility from `old`: major from 1.0, minor for `0.y` and patch
    /// for `0.0.z` (where every release is breaking, as for Cargo).
    fn breaking_from(old: &Version) -> Bump {
        match (old.major, old.minor) {
            (0, 0) => Bump::Patch,
            (0, _) => Bump::Minor,
            _ => Bump::Major,
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a diff means for the registry's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// No breaking change, and the bump is at least what the changes need (or not both files
    /// have a version).
    Compatible,
    /// Breaking changes, and the bump between the two versions covers them.
    Covered,
    /// Changes the bump does not cover: a bump smaller than they need (a major one for a
    /// breaking change, a minor one for an addition after 1.0, …), or breaking changes and not
    /// both files have a version.
    NotCovered,
    /// The version goes backwards: an error whatever changed.
    Backwards,
}

impl Verdict {
    /// `compatible`, `covered`, `not-covered` or `backwards` (the JSON `verdict`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes_export::diff::Verdict::NotCovered.as_str(), "not-covered");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Compatible => "compatible",
            Verdict::Covered => "covered",
            Verdict::NotCovered => "not-covered",
            Verdict::Backwards => "backwards",
        }
    }
}

/// A `version` as semver (the rules have checked it; one that does not parse counts as none).
fn parse(version: Option<&str>) -> Option<Version> {
    Version::parse(version?).ok()
}

impl Diff {
    fn versions(&self) -> Option<(Version, Version)> {
        Some((parse(self.old_version())?, parse(self.new_version())?))
    }

    /// The smallest bump the changes need, as Cargo's SemVer guide has it: breaking ones a major
    /// bump (a minor one for `0.y`, a patch one for `0.0.z`, from the old version; a major one
    /// when it has none), compatible ones (new public items: an added code, alias, …) a minor
    /// bump (a patch one before 1.0), cosmetic ones a patch bump.
    ///
    /// # Example
    /// ```
    /// # use errcodes_export::diff::{Bump, Revision, diff};
    /// let old = Revision::from_source("old.toml", "[registry]\nname = 'A'\nversion = '0.3.1'\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
    /// let new = Revision::from_source("new.toml", "[registry]\nname = 'A'\nversion = '0.4.0'\n\
    ///     [[error]]\ncode = 2\nname = 'Two'\ntext = 'Two'\ndescription = 'Second.'\n")?;
    /// let d = diff(&old, &new);
    /// assert_eq!((d.required_bump(), d.actual_bump()), (Bump::Minor, Some(Bump::Minor)));
    /// assert_eq!(d.verdict(), errcodes_export::diff::Verdict::Covered);
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn required_bump(&self) -> Bump {
        let old = parse(self.old_version());
        let before_1 = old.as_ref().is_some_and(|v| v.major == 0);
        if self.count(Class::Breaking) > 0 {
            old.as_ref().map_or(Bump::Major, Bump::breaking_from)
        } else if self.count(Class::Compatible) > 0 {
            if before_1 { Bump::Patch } else { Bump::Minor }
        } else if self.changes.is_empty() {
            Bump::None
        } else {
            Bump::Patch
        }
    }

    /// The bump from the old version to the new one, when both files have a version (`None`
    /// as well when it goes backwards).
    pub fn actual_bump(&self) -> Option<Bump> {
        let (old, new) = self.versions()?;
        (new >= old).then(|| Bump::between(&old, &new))
    }

    /// What the diff means for the version; see [`Verdict`]: the bump covers the changes when it
    /// is at least [`Diff::required_bump`] (`1.4.2` → `2.0.0` for a breaking change, `0.3.1` →
    /// `0.4.0` before 1.0; `1.2.0` → `1.3.0` for an added code), or nothing is breaking and there
    /// are no two versions to compare.
    ///
    /// # Example
    /// ```
    /// # use errcodes_export::diff::{Bump, Revision, Verdict, diff};
    /// let old = Revision::from_source("old.toml", "[registry]\nname = 'A'\nversion = '1.2.0'\n\
    ///     non_exhaustive = true\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
    /// let new = Revision::from_source("new.toml", "[registry]\nname = 'A'\nversion = '1.2.1'\n\
    ///     non_exhaustive = true\n\
    ///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n\
    ///     [[error]]\ncode = 2\nname = 'Two'\ntext = 'Two'\ndescription = 'Second.'\n")?;
    /// let d = diff(&old, &new);
    /// assert_eq!((d.required_bump(), d.actual_bump()), (Bump::Minor, Some(Bump::Patch)));
    /// assert_eq!((d.verdict(), d.exit_code()), (Verdict::NotCovered, 1));
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn verdict(&self) -> Verdict {
        let versions = self.versions();
        if versions.as_ref().is_some_and(|(old, new)| new < old) {
            return Verdict::Backwards;
        }
        let breaking = self.count(Class::Breaking) > 0;
        let enough = match versions {
            Some((old, new)) => Bump::between(&old, &new) >= self.required_bump(),
            // No two versions to compare: only a breaking change is an error then.
            None => !breaking,
        };
        match (enough, breaking) {
            (false, _) => Verdict::NotCovered,
            (true, true) => Verdict::Covered,
            (true, false) => Verdict::Compatible,
        }
    }

    /// The exit status of `errcodes diff`: 0 when the bump covers the changes (or nothing is
    /// breaking and there are no two versions to compare), 1 when it does not or the version goes
    /// backwards (1 as well when a file is invalid, which the caller sees before there is a diff;
    /// 2, a usage error, is the command line's own).
    pub fn exit_code(&self) -> i32 {
        match self.verdict() {
            Verdict::Compatible | Verdict::Covered => 0,
            Verdict::NotCovered | Verdict::Backwards => 1,
        }
    }
}
