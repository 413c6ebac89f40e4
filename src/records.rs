//! [`Records`]: what the entries of a generated registry say, as the generated code stores it.
//!
//! Each entry is one record of [`Records::SIZE`] bytes, and the strings of the entries are one
//! text (a value entries share, such as a category, once): a record holds its code, status, flags
//! and aliases' place, and for each string its span in the text. A registry of 100,000 entries is
//! then two literals that rustc reads at once, where a `static` of 100,000 struct literals cost it
//! tens of seconds of type and borrow checking and a gigabyte of memory (BENCHMARKS.md). An accessor reads a few bytes and
//! slices the text; `Entry` values are built from the record when asked for.
//!
//! `errcodes-build` writes the records (`codegen/src/rust/records.rs`): the layout below is written
//! twice, here and there, because the two crates cannot share code (`errcodes` build-depends on
//! `errcodes-build`). Every test that compares a generated registry with its model checks that
//! the two agree.

/// The entries of a generated registry: one record per entry and the text of their strings. Not
/// for use by hand (its shape may change between versions).
///
/// A record, little-endian, at `index * SIZE`:
///
/// | bytes | value |
/// |---|---|
/// | `CODE`, 8 | an integer code (`u32`, 4 bytes unused), or a string code's span |
/// | `STATUS`, 2 | the HTTP status, `0` for none |
/// | `FLAGS`, 1 | bit 0: retryable |
/// | `ALIAS_START`, 4 | the position of its first alias among the registry's aliases |
/// | `ALIAS_COUNT`, 4 | how many aliases the entry has |
/// | `TEXT` … `DEPRECATED`, 8 each | a string's span: its start in `strings` (`u32`), its length (`u32`) |
///
/// An optional string the entry does not have is the empty span: the registry's rules reject an
/// empty `url`, `category` or `deprecated`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Records {
    /// The strings of the entries, one after another.
    pub strings: &'static str,
    /// The records, `SIZE` bytes each, in table order.
    pub bytes: &'static [u8],
}

impl Records {
    /// The span of a string code, or an integer code.
    pub const CODE: usize = 0;
    /// The HTTP status, `u16`.
    pub const STATUS: usize = 8;
    /// The flags: bit 0 retryable.
    pub const FLAGS: usize = 10;
    /// The first alias's position among the aliases, `u32`.
    pub const ALIAS_START: usize = 11;
    /// How many aliases, `u32`.
    pub const ALIAS_COUNT: usize = 15;
    /// The span of the short text.
    pub const TEXT: usize = 19;
    /// The span of the description (Markdown).
    pub const DESCRIPTION: usize = 27;
    /// The span of the description as plain text.
    pub const DESCRIPTION_TEXT: usize = 35;
    /// The span of the documentation link.
    pub const URL: usize = 43;
    /// The span of the category.
    pub const CATEGORY: usize = 51;
    /// The span of the deprecation note.
    pub const DEPRECATED: usize = 59;
    /// The size of a record in bytes.
    pub const SIZE: usize = 67;

    /// How many records there are.
    #[inline]
    pub const fn len(&self) -> usize {
        self.bytes.len() / Self::SIZE
    }

    /// Whether there is no record.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.bytes.len() < Self::SIZE
    }

    /// The `u32` at `at` in record `index`.
    #[inline]
    const fn u32_at(&self, index: usize, at: usize) -> u32 {
        let i = index * Self::SIZE + at;
        let b = self.bytes;
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
    }

    /// The `u16` at `at` in record `index`.
    #[inline]
    const fn u16_at(&self, index: usize, at: usize) -> u16 {
        let i = index * Self::SIZE + at;
        u16::from_le_bytes([self.bytes[i], self.bytes[i + 1]])
    }

    /// Record `index`'s integer code.
    #[inline]
    pub const fn int_code(&self, index: usize) -> u32 {
        self.u32_at(index, Self::CODE)
    }

    /// The span (start, length) at `field` in record `index`.
    #[inline]
    const fn span(&self, index: usize, field: usize) -> (usize, usize) {
        let start = self.u32_at(index, field) as usize;
        (start, self.u32_at(index, field + 4) as usize)
    }

    /// The string whose span is at `field` (`CODE`, `TEXT` … `DEPRECATED`) in record `index`.
    #[inline]
    pub const fn string(&self, index: usize, field: usize) -> &'static str {
        let (start, len) = self.span(index, field);
        self.strings.split_at(start).1.split_at(len).0
    }

    /// The bytes of the string at `field` in record `index` (no check of character boundaries:
    /// for comparing a key).
    #[inline]
    pub const fn bytes_of(&self, index: usize, field: usize) -> &'static [u8] {
        let (start, len) = self.span(index, field);
        self.strings.as_bytes().split_at(start).1.split_at(len).0
    }

    /// The string at `field` in record `index`, or `None` when it is empty (the entry does not
    /// have that key).
    #[inline]
    pub const fn optional(&self, index: usize, field: usize) -> Option<&'static str> {
        let s = self.string(index, field);
        if s.is_empty() { None } else { Some(s) }
    }

    /// Record `index`'s HTTP status.
    #[inline]
    pub const fn status(&self, index: usize) -> Option<u16> {
        match self.u16_at(index, Self::STATUS) {
            0 => None,
            status => Some(status),
        }
    }

    /// Whether record `index` is retryable.
    #[inline]
    pub const fn retryable(&self, index: usize) -> bool {
        self.bytes[index * Self::SIZE + Self::FLAGS] & 1 == 1
    }

    /// Record `index`'s aliases, from `aliases`: every alias of the registry, in table order.
    #[inline]
    pub const fn aliases(
        &self,
        index: usize,
        aliases: &'static [&'static str],
    ) -> &'static [&'static str] {
        let start = self.u32_at(index, Self::ALIAS_START) as usize;
        let count = self.u32_at(index, Self::ALIAS_COUNT) as usize;
        aliases.split_at(start).1.split_at(count).0
    }
}

#[cfg(test)]
mod tests {
    use super::Records;

    const N: usize = 2 * Records::SIZE;

    /// `bytes` with `value` written at `at` in record `index`.
    const fn put(mut bytes: [u8; N], index: usize, at: usize, value: &[u8]) -> [u8; N] {
        let mut i = 0;
        while i < value.len() {
            bytes[index * Records::SIZE + at + i] = value[i];
            i += 1;
        }
        bytes
    }

    /// Two records written by hand: `1` "One" ("First.") with alias `Uno`, status 404,
    /// retryable; `2` "Two", whose alias would be the second.
    static BYTES: [u8; N] = {
        let b = put([0; N], 0, Records::CODE, &1u32.to_le_bytes());
        let b = put(b, 0, Records::STATUS, &404u16.to_le_bytes());
        let b = put(b, 0, Records::ALIAS_COUNT, &1u32.to_le_bytes());
        let b = put(b, 0, Records::FLAGS, &[1]);
        let b = put(b, 0, Records::TEXT, &[0, 0, 0, 0, 3, 0, 0, 0]);
        let b = put(b, 0, Records::DESCRIPTION, &[3, 0, 0, 0, 6, 0, 0, 0]);
        let b = put(b, 1, Records::CODE, &2u32.to_le_bytes());
        let b = put(b, 1, Records::ALIAS_START, &1u32.to_le_bytes());
        put(b, 1, Records::TEXT, &[9, 0, 0, 0, 3, 0, 0, 0])
    };

    fn records() -> Records {
        Records {
            strings: "OneFirst.Two",
            bytes: &BYTES,
        }
    }

    #[test]
    fn each_value_is_read_from_its_place() {
        let r = records();
        assert_eq!(r.len(), 2);
        assert_eq!((r.int_code(0), r.int_code(1)), (1, 2));
        assert_eq!((r.status(0), r.status(1)), (Some(404), None));
        assert_eq!((r.retryable(0), r.retryable(1)), (true, false));
        assert_eq!(r.string(0, Records::TEXT), "One");
        assert_eq!(r.string(0, Records::DESCRIPTION), "First.");
        assert_eq!(r.string(1, Records::TEXT), "Two");
        assert_eq!(r.bytes_of(0, Records::DESCRIPTION), b"First.");
        assert_eq!(r.optional(0, Records::URL), None);
        assert_eq!(r.optional(1, Records::TEXT), Some("Two"));
        let aliases: &'static [&'static str] = &["Uno", "Other"];
        assert_eq!(r.aliases(0, aliases), ["Uno"]);
        assert!(r.aliases(1, aliases).is_empty());
    }

    #[test]
    fn the_fields_tile_the_record() {
        let spans = [
            Records::TEXT,
            Records::DESCRIPTION,
            Records::DESCRIPTION_TEXT,
            Records::URL,
            Records::CATEGORY,
            Records::DEPRECATED,
        ];
        assert_eq!(Records::STATUS + 2, Records::FLAGS);
        assert_eq!(Records::FLAGS + 1, Records::ALIAS_START);
        assert_eq!(Records::ALIAS_START + 4, Records::ALIAS_COUNT);
        assert_eq!(Records::ALIAS_COUNT + 4, spans[0]);
        for pair in spans.windows(2) {
            assert_eq!(pair[0] + 8, pair[1]);
        }
        assert_eq!(Records::DEPRECATED + 8, Records::SIZE);
    }
}
