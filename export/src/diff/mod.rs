//! `errcodes diff OLD NEW`: the changes between two versions of a registry, each classified as
//! breaking, compatible or cosmetic, and whether the registry's `version` bump covers them, as
//! Cargo's SemVer rules judge a crate's: a breaking change needs a major bump (a minor one before
//! 1.0), a new item (an added code, an alias) a minor one (a patch one before 1.0), the rest a
//! patch one ([`Diff::required_bump`]).
//!
//! ```
//! use errcodes_export::diff::{Class, Revision, Verdict, diff};
//! let old = Revision::from_source("old.toml", "[registry]\nname = 'A'\nversion = '1.0.0'\n\
//!     [[error]]\ncode = 404\nname = 'NotFound'\ntext = 'Not Found'\ndescription = 'None.'\n")?;
//! let new = Revision::from_source("new.toml", "[registry]\nname = 'A'\nversion = '1.1.0'\n\
//!     [[error]]\ncode = 404\nname = 'Missing'\ntext = 'Not Found'\ndescription = 'None.'\n")?;
//! let diff = diff(&old, &new);
//! assert_eq!(diff.changes()[0].class(), Class::Breaking);
//! assert_eq!(
//!     diff.line(&diff.changes()[0]),
//!     "new.toml:6:8: breaking: code 404 renamed from `NotFound` to `Missing`: the variant and the \
//!      name `NotFound` are gone; `aliases = [\"NotFound\"]` would keep the name parsing (the \
//!      variant is gone all the same)"
//! );
//! assert_eq!(diff.verdict(), Verdict::NotCovered);
//! assert_eq!(diff.exit_code(), 1);
//! # Ok::<(), errcodes_build::Report>(())
//! ```

mod compare;
mod output;
mod version;

use core::fmt;

pub use errcodes_build::Revision;
use errcodes_build::{Code, Report};

pub use version::{Bump, Verdict};

/// How much a change matters to the users of a registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// Documentation only: texts, descriptions, notes.
    Cosmetic,
    /// Nothing built against the old registry breaks: additions, deprecations.
    Compatible,
    /// Code or clients built against the old registry break or change meaning.
    Breaking,
}

impl Class {
    /// `breaking`, `compatible` or `cosmetic`, as printed.
    ///
    /// # Example
    /// ```
    /// assert_eq!(errcodes_export::diff::Class::Breaking.as_str(), "breaking");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::Cosmetic => "cosmetic",
            Class::Compatible => "compatible",
            Class::Breaking => "breaking",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Defines [`Kind`] from one table: variant, printed name, class, what it is.
macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $class:ident;)*) => {
        /// What changed; each kind has one [`Class`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Kind {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, breaking ones first.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// The kind's name, kebab-case (the JSON `kind`), e.g. `removed`.
            ///
            /// # Example
            /// ```
            /// use errcodes_export::diff::{Class, Kind};
            /// assert_eq!(Kind::NameMoved.as_str(), "name-moved");
            /// assert_eq!(Kind::NameMoved.class(), Class::Breaking);
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)*
                }
            }

            /// Whether it is breaking, compatible or cosmetic.
            pub const fn class(self) -> Class {
                match self {
                    $(Kind::$variant => Class::$class,)*
                }
            }
        }
    };
}

kinds! {
    /// An entry's code is gone (and with it its variant).
    Removed = "removed", Breaking;
    /// A code retired in OLD is an entry's in NEW.
    RetiredReused = "retired-reused", Breaking;
    /// A code retired in OLD is neither retired nor used in NEW: it could be given again.
    Unretired = "unretired", Breaking;
    /// An entry's name changed and its old name is not kept as an alias.
    Renamed = "renamed", Breaking;
    /// An entry's name changed, the old name kept as an alias: the old name still parses, but
    /// its variant is gone (cargo-semver-checks' `enum_variant_missing`), so importing it fails
    /// and, after a glob import, a pattern of the old name binds every value.
    RenamedWithAlias = "renamed-with-alias", Breaking;
    /// An entry kept its name but its code changed: the variant stays, the wire carries another
    /// code.
    CodeChanged = "code-changed", Breaking;
    /// A name or alias names another code.
    NameMoved = "name-moved", Breaking;
    /// An alias is gone.
    AliasRemoved = "alias-removed", Breaking;
    /// `[registry] code_type` changed.
    CodeTypeChanged = "code-type-changed", Breaking;
    /// An entry's HTTP status (as [`Registry::status`](errcodes_build::Registry::status) gives it) changed.
    StatusChanged = "status-changed", Breaking;
    /// The value of an optional key of an entry changed or was removed (`retryable`,
    /// `category`, any key of `errcodes_build::keys::KEYS` without a kind of its own here).
    ValueChanged = "value-changed", Breaking;
    /// A link (the problem `type` of an entry) changed or was removed.
    LinkChanged = "link-changed", Breaking;
    /// `[registry] non_exhaustive` went from `true` to `false`.
    NonExhaustiveRemoved = "non-exhaustive-removed", Breaking;
    /// `[registry] non_exhaustive` went from `false` to `true`: the enum becomes
    /// `#[non_exhaustive]`, which breaks exhaustive `match`es in other crates.
    NonExhaustiveAdded = "non-exhaustive-added", Breaking;
    /// An entry was added to an exhaustive enum (OLD has `non_exhaustive = false`).
    AddedToExhaustive = "added-to-exhaustive", Breaking;
    /// An entry was added to a non-exhaustive enum.
    Added = "added", Compatible;
    /// An alias was added.
    AliasAdded = "alias-added", Compatible;
    /// An optional key of an entry was given a value (as for [`Kind::ValueChanged`]).
    ValueAdded = "value-added", Compatible;
    /// A link was added.
    LinkAdded = "link-added", Compatible;
    /// An entry was deprecated.
    Deprecated = "deprecated", Compatible;
    /// An entry is no longer deprecated.
    Undeprecated = "undeprecated", Compatible;
    /// A code no entry has was retired.
    Retired = "retired", Compatible;
    /// `[registry] name` changed.
    RegistryNameChanged = "registry-name-changed", Cosmetic;
    /// `[registry] description` changed.
    RegistryDescriptionChanged = "registry-description-changed", Cosmetic;
    /// An entry's text changed.
    TextChanged = "text-changed", Cosmetic;
    /// An entry's description changed.
    DescriptionChanged = "description-changed", Cosmetic;
    /// An entry's deprecation note changed.
    DeprecationNoteChanged = "deprecation-note-changed", Cosmetic;
    /// A retired code's note changed.
    RetiredNoteChanged = "retired-note-changed", Cosmetic;
    /// A retired code's name changed.
    RetiredNameChanged = "retired-name-changed", Cosmetic;
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which file a change is located in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The old registry: where what was removed was.
    Old,
    /// The new registry: where everything else is.
    New,
}

/// One change between two registries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// The code of the entry or retired code it is about; `None` for the `[registry]` table.
    pub code: Option<Code>,
    /// What changed, one line, e.g. ``code 404 (NotFound) removed …``.
    pub message: String,
    /// The file it is located in.
    pub side: Side,
    /// The 1-based line and column in that file; `None` for a registry built in code.
    pub position: Option<(usize, usize)>,
}

impl Change {
    /// The class of its kind.
    pub const fn class(&self) -> Class {
        self.kind.class()
    }
}

/// A registry's `version` and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Versioned {
    origin: String,
    version: Option<String>,
    position: Option<(usize, usize)>,
}

/// The changes from one registry to another, and what they mean for its version.
/// [`diff`] makes it; see the [module](self) for an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    old: Versioned,
    new: Versioned,
    changes: Vec<Change>,
}

/// The changes from `old` to `new`, entries matched by code, in this order: `[registry]`, the
/// entries of `old` (changed or removed), the entries only `new` has, retired codes. The order of
/// entries is not a change (the wire carries codes; positions are not a contract), nor is `version`, which the [`Diff`]
/// judges instead; a status is compared as [`Registry::status`](errcodes_build::Registry::status) gives it, a link as
/// [`Registry::url`](errcodes_build::Registry::url) does.
///
/// # Example
/// ```
/// use errcodes_export::diff::{Revision, diff};
/// let rev = Revision::from_source("errors.toml", "[registry]\nname = 'A'\n\
///     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
/// let same = diff(&rev, &rev);
/// assert!(same.changes().is_empty());
/// assert_eq!(same.to_string(), "");
/// assert_eq!(same.exit_code(), 0);
/// # Ok::<(), errcodes_build::Report>(())
/// ```
pub fn diff(old: &Revision, new: &Revision) -> Diff {
    let versioned = |rev: &Revision| Versioned {
        origin: rev.origin().to_owned(),
        version: rev.registry().version.clone(),
        position: rev
            .registry()
            .version
            .as_ref()
            .and_then(|_| rev.position(rev.registry_at("version"))),
    };
    Diff {
        old: versioned(old),
        new: versioned(new),
        changes: compare::changes(old, new),
    }
}

/// Reads both registries from their bytes (what a file or standard input gives) and diffs them:
/// the one call of `errcodes diff OLD NEW`. Each side is `(origin, bytes)`, the origin being the
/// path shown in messages.
///
/// # Errors
/// The report of each file that is not a valid registry (one or both): `errcodes diff` shows
/// them and exits with 1.
///
/// # Example
/// ```
/// let file = b"[registry]\nname = 'A'\n[[error]]\ncode = 1\nname = 'One'\ntext = 'One'\n\
///     description = 'First.'\n";
/// let d = errcodes_export::diff::diff_bytes(("-", file), ("errors.toml", file)).unwrap();
/// assert_eq!(d.exit_code(), 0);
/// let bad = errcodes_export::diff::diff_bytes(("-", b"[registry]\n"), ("errors.toml", file));
/// assert_eq!(bad.unwrap_err()[0].origin(), "-");
/// ```
pub fn diff_bytes(old: (&str, &[u8]), new: (&str, &[u8])) -> Result<Diff, Vec<Report>> {
    match (
        Revision::from_bytes(old.0, old.1),
        Revision::from_bytes(new.0, new.1),
    ) {
        (Ok(old), Ok(new)) => Ok(diff(&old, &new)),
        (old, new) => Err([old.err(), new.err()].into_iter().flatten().collect()),
    }
}

impl Diff {
    /// Every change, in the order [`diff`] gives.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// How many changes are of `class`.
    ///
    /// # Example
    /// ```
    /// # use errcodes_export::diff::{Class, Revision, diff};
    /// # let rev = Revision::from_source("e.toml", "[registry]\nname = 'A'\n\
    /// #     [[error]]\ncode = 1\nname = 'One'\ntext = 'One'\ndescription = 'First.'\n")?;
    /// assert_eq!(diff(&rev, &rev).count(Class::Breaking), 0);
    /// # Ok::<(), errcodes_build::Report>(())
    /// ```
    pub fn count(&self, class: Class) -> usize {
        self.changes.iter().filter(|c| c.class() == class).count()
    }

    /// The old registry's `version`, as written.
    pub fn old_version(&self) -> Option<&str> {
        self.old.version.as_deref()
    }

    /// The new registry's `version`, as written.
    pub fn new_version(&self) -> Option<&str> {
        self.new.version.as_deref()
    }

    /// The origin (path) of the file a change is located in.
    pub fn origin(&self, side: Side) -> &str {
        match side {
            Side::Old => &self.old.origin,
            Side::New => &self.new.origin,
        }
    }
}
