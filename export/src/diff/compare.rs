//! Classifying the changes between two registries, entries matched by code.

use core::ops::Range;
use std::collections::{HashMap, HashSet};

use super::{Change, Kind, Revision, Side};
use errcodes_build::keys::{ALIASES, DEPRECATED, KEYS, Key, Kind as KeyKind, STATUS, URL};
use errcodes_build::{Code, Entry, Registry};

/// The optional keys whose changes have kinds and messages of their own (a status that follows
/// the code, a link from the template, a name to look up, a deprecation); every other key's
/// changes are [`Kind::ValueAdded`] and [`Kind::ValueChanged`].
const OWN_KINDS: [&str; 4] = [STATUS.name, URL.name, ALIASES.name, DEPRECATED.name];

/// The changes from `old` to `new`, in the order [`super::diff`] documents.
pub(super) fn changes(old: &Revision, new: &Revision) -> Vec<Change> {
    let mut cx = Compare {
        old: Indexed::new(old),
        new: Indexed::new(new),
        out: Vec::new(),
    };
    cx.registry();
    let recoded = cx.recoded();
    for oi in 0..old.registry().entries.len() {
        let partner = recoded.get(&oi).copied();
        let name_moved = cx.moves(oi, partner);
        let o = &old.registry().entries[oi];
        match (cx.new.codes.get(&o.code), partner) {
            (Some(&ni), _) => cx.changed(oi, ni, name_moved),
            (None, Some(ni)) => {
                cx.code_changed(oi, ni);
                cx.changed(oi, ni, false);
            }
            (None, None) => cx.removed(oi),
        }
    }
    let partners: HashSet<usize> = recoded.into_values().collect();
    for ni in 0..new.registry().entries.len() {
        if !cx.old.codes.contains_key(&new.registry().entries[ni].code) && !partners.contains(&ni) {
            cx.added(ni);
        }
    }
    cx.retired();
    cx.out
}

/// A revision with its entries found by code and by name or alias, its retired codes by code.
struct Indexed<'a> {
    rev: &'a Revision,
    codes: HashMap<&'a Code, usize>,
    /// Each name and alias: the entry, and which alias (`None` for the entry's name).
    names: HashMap<&'a str, (usize, Option<usize>)>,
    retired: HashMap<&'a Code, usize>,
}

impl<'a> Indexed<'a> {
    fn new(rev: &'a Revision) -> Self {
        let registry = &rev.registry();
        let mut names = HashMap::new();
        for (i, e) in registry.entries.iter().enumerate() {
            names.insert(e.name.as_str(), (i, None));
            for (j, alias) in e.aliases.iter().enumerate() {
                names.insert(alias.as_str(), (i, Some(j)));
            }
        }
        Indexed {
            rev,
            codes: (registry.entries.iter().enumerate())
                .map(|(i, e)| (&e.code, i))
                .collect(),
            names,
            retired: (registry.retired.iter().enumerate())
                .map(|(i, r)| (&r.code, i))
                .collect(),
        }
    }

    fn registry(&self) -> &'a Registry {
        self.rev.registry()
    }

    fn entry(&self, index: usize) -> &'a Entry {
        &self.rev.registry().entries[index]
    }

    /// [`Registry::status`] of entry `index`.
    fn status(&self, index: usize) -> Option<u16> {
        self.registry().status(self.entry(index))
    }
}

struct Compare<'a> {
    old: Indexed<'a>,
    new: Indexed<'a>,
    out: Vec<Change>,
}

/// `code 404 (NotFound)`.
fn who(e: &Entry) -> String {
    format!("code {} ({})", show(&e.code.to_string()), show(&e.name))
}

/// Text as one line of a message: control characters escaped (`\n`, `\u{7}`).
fn show(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A code as TOML writes it (`404`, `"BLOB_UNKNOWN"`).
fn toml_code(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Str(s) => serde_json::to_string(s).unwrap_or_default(),
    }
}

impl<'a> Compare<'a> {
    fn push(
        &mut self,
        kind: Kind,
        code: Option<&Code>,
        (side, span): (Side, Option<Range<usize>>),
        message: String,
    ) {
        let rev = match side {
            Side::Old => self.old.rev,
            Side::New => self.new.rev,
        };
        self.out.push(Change {
            kind,
            code: code.cloned(),
            message,
            side,
            position: rev.position(span),
        });
    }

    /// The changes of `[registry]`.
    fn registry(&mut self) {
        let (old, new) = (self.old.registry(), self.new.registry());
        let at = |key| (Side::New, self.new.rev.registry_at(key));
        if old.name != new.name {
            let message = format!(
                "[registry]: name changed from `{}` to `{}`",
                show(&old.name),
                show(&new.name)
            );
            self.push(Kind::RegistryNameChanged, None, at("name"), message);
        }
        if old.description != new.description {
            let message = "[registry]: description changed".to_owned();
            self.push(
                Kind::RegistryDescriptionChanged,
                None,
                at("description"),
                message,
            );
        }
        if old.code_type != new.code_type {
            let message = format!(
                "[registry]: code type changed from {} to {}: every code's Rust type changes",
                old.code_type, new.code_type
            );
            self.push(Kind::CodeTypeChanged, None, at("code_type"), message);
        }
        match (old.non_exhaustive, new.non_exhaustive) {
            (true, false) => self.push(
                Kind::NonExhaustiveRemoved,
                None,
                at("non_exhaustive"),
                "[registry]: `non_exhaustive` removed: the enum is exhaustive now, and clients \
                 were told to expect codes the table does not list"
                    .to_owned(),
            ),
            (false, true) => self.push(
                Kind::NonExhaustiveAdded,
                None,
                at("non_exhaustive"),
                "[registry]: `non_exhaustive` added: the enum is `#[non_exhaustive]` now, so a \
                 `match` on it without a wildcard arm in another crate no longer compiles"
                    .to_owned(),
            ),
            _ => {}
        }
        let links = (old.url.clone(), new.url.clone());
        let why = ": the link, and the problem `type`, of every entry without a `url` change";
        let subject = ("[registry]: link template".to_owned(), None);
        self.optional(
            subject,
            at("url"),
            links,
            (Kind::LinkAdded, Kind::LinkChanged, why),
        );
    }

    /// The entries that kept their name and changed their code, old index → new index: the old
    /// code is gone from NEW, and the new one is neither an entry's nor retired in OLD. Each is
    /// one change ([`Kind::CodeChanged`]), not a name moved, a code removed and one added.
    fn recoded(&self) -> HashMap<usize, usize> {
        let mut pairs = HashMap::new();
        for (oi, o) in self.old.registry().entries.iter().enumerate() {
            if self.new.codes.contains_key(&o.code) {
                continue;
            }
            let Some(&(ni, None)) = self.new.names.get(o.name.as_str()) else {
                continue;
            };
            let code = &self.new.entry(ni).code;
            if !self.old.codes.contains_key(code) && !self.old.retired.contains_key(code) {
                pairs.insert(oi, ni);
            }
        }
        pairs
    }

    /// Reports each name or alias of old entry `oi` that names another code in the new
    /// registry (but for `partner`, the entry it became with another code); returns whether the
    /// entry's name does.
    fn moves(&mut self, oi: usize, partner: Option<usize>) -> bool {
        let o = self.old.entry(oi);
        let names = core::iter::once(&o.name).chain(&o.aliases);
        let mut name_moved = false;
        for (k, name) in names.enumerate() {
            let Some(&(ni, item)) = self.new.names.get(name.as_str()) else {
                continue;
            };
            let n = self.new.entry(ni);
            if n.code == o.code || partner == Some(ni) {
                continue;
            }
            name_moved |= k == 0;
            let span = match item {
                None => self.new.rev.entry_at(ni, "name"),
                Some(j) => self.new.rev.alias_at(ni, j),
            };
            let message = format!(
                "`{}` moved from code {} to {}: looking it up gives another code now",
                show(name),
                show(&o.code.to_string()),
                who(n)
            );
            self.push(Kind::NameMoved, Some(&n.code), (Side::New, span), message);
        }
        name_moved
    }

    /// Old entry `oi` is new entry `ni`, with another code.
    fn code_changed(&mut self, oi: usize, ni: usize) {
        let (o, n) = (self.old.entry(oi), self.new.entry(ni));
        let (was, now) = (show(&o.code.to_string()), show(&n.code.to_string()));
        let status = if self.status_follows_code(oi, ni) {
            ", and with it its HTTP status"
        } else {
            ""
        };
        let reuse = if self.new.retired.contains_key(&o.code) {
            format!("{was} is retired")
        } else {
            format!(
                "{was} is not retired, so it could be given to another entry; add a \
                 `[[retired]]` table with `code = {}` to keep it from being reused",
                toml_code(&o.code)
            )
        };
        let message = format!(
            "code {was} ({}) changed to {now}{status}: the variant stays, but the wire carries \
             {now} now, which clients built against the old table do not know; {reuse}",
            show(&n.name)
        );
        let at = (Side::New, self.new.rev.entry_at(ni, "code"));
        self.push(Kind::CodeChanged, Some(&n.code), at, message);
    }

    /// Whether the HTTP status of old entry `oi` and new entry `ni` is their code, on both sides:
    /// a change of code changes it, and [`Compare::code_changed`] says so.
    fn status_follows_code(&self, oi: usize, ni: usize) -> bool {
        let (o, n) = (self.old.entry(oi), self.new.entry(ni));
        o.status.is_none()
            && n.status.is_none()
            && self.old.status(oi).is_some()
            && self.new.status(ni).is_some()
    }

    /// Old entry `oi` has no entry of its code in the new registry.
    fn removed(&mut self, oi: usize) {
        let o = self.old.entry(oi);
        let message = if self.new.retired.contains_key(&o.code) {
            format!("{} removed and retired: its variant is gone", who(o))
        } else {
            format!(
                "{} removed: its variant is gone, and the code is not retired, so it could be \
                 given to another entry; add a `[[retired]]` table with `code = {}` to keep it \
                 from being reused",
                who(o),
                toml_code(&o.code)
            )
        };
        let at = (Side::Old, self.old.rev.entry_at(oi, "code"));
        self.push(Kind::Removed, Some(&o.code), at, message);
    }

    /// New entry `ni` has a code no old entry has.
    fn added(&mut self, ni: usize) {
        let n = self.new.entry(ni);
        let at = (Side::New, self.new.rev.entry_at(ni, "code"));
        if let Some(&ri) = self.old.retired.get(&n.code) {
            let message = format!(
                "{} reuses a retired code (\"{}\"): clients may take it for the code it was; \
                 give the entry a new code",
                who(n),
                show(&self.old.registry().retired[ri].note)
            );
            self.push(Kind::RetiredReused, Some(&n.code), at, message);
        } else if self.old.registry().non_exhaustive {
            let message = format!("{} added", who(n));
            self.push(Kind::Added, Some(&n.code), at, message);
        } else {
            let message = format!(
                "{} added to an exhaustive enum: a `match` on it without a wildcard arm no \
                 longer compiles (`non_exhaustive = true` in [registry] makes later additions \
                 compatible)",
                who(n)
            );
            self.push(Kind::AddedToExhaustive, Some(&n.code), at, message);
        }
    }

    /// The changes of an entry whose code both registries have.
    fn changed(&mut self, oi: usize, ni: usize, name_moved: bool) {
        let (o, n) = (self.old.entry(oi), self.new.entry(ni));
        self.names(oi, ni, name_moved);
        let at = |key| (Side::New, self.new.rev.entry_at(ni, key));
        let (old_status, new_status) = (self.old.status(oi), self.new.status(ni));
        // A status that is the code changes with it, which the code's change says.
        let follows_code = o.code != n.code && self.status_follows_code(oi, ni);
        if old_status != new_status && !follows_code {
            let status = |s: Option<u16>| s.map_or_else(|| "none".to_owned(), |s| s.to_string());
            let mut message = format!(
                "{}: status changed from {} to {}",
                who(n),
                status(old_status),
                status(new_status)
            );
            if let (None, None, Some(was)) = (o.status, n.status, old_status) {
                message.push_str(&format!(
                    ": it was the code, which is the status only while every code is from 100 \
                     to 599; write `status = {was}` to keep it"
                ));
            }
            self.push(Kind::StatusChanged, Some(&n.code), at("status"), message);
        }
        for key in KEYS
            .into_iter()
            .filter(|key| !OWN_KINDS.contains(&key.name))
        {
            self.value(key, oi, ni);
        }
        // Links that both come from the template change with it, reported once in [registry].
        if o.url.is_some() || n.url.is_some() {
            let links = (self.old.registry().url(o), self.new.registry().url(n));
            let why = ": it is the `type` of the entry's problem details";
            let subject = (format!("{}: link", who(n)), Some(&n.code));
            self.optional(
                subject,
                at("url"),
                links,
                (Kind::LinkAdded, Kind::LinkChanged, why),
            );
        }
        self.deprecation(o, n, at("deprecated"));
        if o.text != n.text {
            let message = format!(
                "{}: text changed from `{}` to `{}`",
                who(n),
                show(&o.text),
                show(&n.text)
            );
            self.push(Kind::TextChanged, Some(&n.code), at("text"), message);
        }
        if o.description != n.description {
            let message = format!("{}: description changed", who(n));
            self.push(
                Kind::DescriptionChanged,
                Some(&n.code),
                at("description"),
                message,
            );
        }
    }

    /// The name and aliases of an entry whose code both registries have.
    fn names(&mut self, oi: usize, ni: usize, name_moved: bool) {
        let (o, n) = (self.old.entry(oi), self.new.entry(ni));
        if o.name != n.name && !name_moved {
            let at = (Side::New, self.new.rev.entry_at(ni, "name"));
            let renamed = format!(
                "code {} renamed from `{}` to `{}`",
                show(&n.code.to_string()),
                show(&o.name),
                show(&n.name)
            );
            if n.aliases.contains(&o.name) {
                let message = format!(
                    "{renamed}: the variant `{old}` is gone, so importing it fails and, after a \
                     glob import, a `{old} =>` arm binds every value; `{old}`, kept as an alias, \
                     still parses, and the code on the wire is unchanged",
                    old = show(&o.name)
                );
                self.push(Kind::RenamedWithAlias, Some(&n.code), at, message);
            } else {
                let message = format!(
                    "{renamed}: the variant and the name `{}` are gone; `aliases = [{}]` would \
                     keep the name parsing (the variant is gone all the same)",
                    show(&o.name),
                    serde_json::to_string(&o.name).unwrap_or_default()
                );
                self.push(Kind::Renamed, Some(&n.code), at, message);
            }
        }
        for (j, alias) in o.aliases.iter().enumerate() {
            if !self.new.names.contains_key(alias.as_str()) {
                let at = (Side::Old, self.old.rev.alias_at(oi, j));
                let message = format!(
                    "{}: alias `{}` removed: looking it up fails now",
                    who(o),
                    show(alias)
                );
                self.push(Kind::AliasRemoved, Some(&o.code), at, message);
            }
        }
        for (j, alias) in n.aliases.iter().enumerate() {
            if !self.old.names.contains_key(alias.as_str()) {
                let at = (Side::New, self.new.rev.alias_at(ni, j));
                let message = format!("{}: alias `{}` added", who(n), show(alias));
                self.push(Kind::AliasAdded, Some(&n.code), at, message);
            }
        }
    }

    /// The change of `key`'s value between old entry `oi` and new entry `ni`, if any: a value
    /// given is compatible, a value changed or taken away breaking (clients may act on it).
    fn value(&mut self, key: &Key, oi: usize, ni: usize) {
        let (o, n) = (self.old.entry(oi), self.new.entry(ni));
        let (old, new) = ((key.own)(o), (key.own)(n));
        let at = (Side::New, self.new.rev.entry_at(ni, key.name));
        let (who, label) = (who(n), key.label);
        if key.kind == KeyKind::Flag {
            let message = match (old, new) {
                (None, Some(_)) => format!("{who} is now {label}"),
                (Some(_), None) => format!("{who} is no longer {label}"),
                _ => return,
            };
            self.push(Kind::ValueChanged, Some(&n.code), at, message);
        } else {
            let values = (old.map(|v| v.to_text()), new.map(|v| v.to_text()));
            let subject = (format!("{who}: {label}"), Some(&n.code));
            let kinds = (Kind::ValueAdded, Kind::ValueChanged, "");
            self.optional(subject, at, values, kinds);
        }
    }

    /// An optional value given (`added`), changed or taken away (`changed`): `subject` says whose
    /// and of which code, `why` follows the message of a change or a removal.
    fn optional(
        &mut self,
        (subject, code): (String, Option<&Code>),
        at: (Side, Option<Range<usize>>),
        (old, new): (Option<String>, Option<String>),
        (added, changed, why): (Kind, Kind, &str),
    ) {
        let (kind, message) = match (old, new) {
            (None, Some(new)) => (added, format!("{subject} `{}` added", show(&new))),
            (Some(old), None) => (changed, format!("{subject} `{}` removed{why}", show(&old))),
            (Some(old), Some(new)) if old != new => (
                changed,
                format!(
                    "{subject} changed from `{}` to `{}`{why}",
                    show(&old),
                    show(&new)
                ),
            ),
            _ => return,
        };
        self.push(kind, code, at, message);
    }

    fn deprecation(&mut self, o: &Entry, n: &Entry, at: (Side, Option<Range<usize>>)) {
        let (kind, message) = match (&o.deprecated, &n.deprecated) {
            (None, Some(note)) => (
                Kind::Deprecated,
                format!("{} deprecated: {}", who(n), show(note)),
            ),
            (Some(_), None) => (
                Kind::Undeprecated,
                format!("{} is no longer deprecated", who(n)),
            ),
            (Some(old), Some(new)) if old != new => (
                Kind::DeprecationNoteChanged,
                format!("{}: deprecation note changed to: {}", who(n), show(new)),
            ),
            _ => return,
        };
        self.push(kind, Some(&n.code), at, message);
    }

    /// The changes of `[[retired]]`.
    fn retired(&mut self) {
        for (ri, r) in self.new.registry().retired.iter().enumerate() {
            let at = |key| (Side::New, self.new.rev.retired_at(ri, key));
            let code = show(&r.code.to_string());
            let Some(&oi) = self.old.retired.get(&r.code) else {
                // A code removed and retired at once is reported as removed.
                if !self.old.codes.contains_key(&r.code) {
                    let message = format!("code {code} retired: {}", show(&r.note));
                    self.push(Kind::Retired, Some(&r.code), at("code"), message);
                }
                continue;
            };
            let was = &self.old.registry().retired[oi];
            if was.note != r.note {
                let message = format!("retired code {code}: note changed to: {}", show(&r.note));
                self.push(Kind::RetiredNoteChanged, Some(&r.code), at("note"), message);
            }
            if was.name != r.name {
                let name = |n: &Option<String>| n.as_deref().map_or("none".to_owned(), show);
                let message = format!(
                    "retired code {code}: name changed from {} to {}",
                    name(&was.name),
                    name(&r.name)
                );
                self.push(Kind::RetiredNameChanged, Some(&r.code), at("name"), message);
            }
        }
        for (ri, r) in self.old.registry().retired.iter().enumerate() {
            // A retired code given to an entry is reported as reused.
            if !self.new.retired.contains_key(&r.code) && !self.new.codes.contains_key(&r.code) {
                let message = format!(
                    "retired code {} is no longer retired: it could be given to another entry",
                    show(&r.code.to_string())
                );
                let at = (Side::Old, self.old.rev.retired_at(ri, "code"));
                self.push(Kind::Unretired, Some(&r.code), at, message);
            }
        }
    }
}
