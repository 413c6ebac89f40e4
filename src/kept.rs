//! [`Kept`]: the text an error keeps of what was looked up. With an allocator all of it; without,
//! its first 64 bytes, cut at a character boundary, and a mark that it was cut.

/// What was looked up, kept for an error message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Kept {
    #[cfg(feature = "alloc")]
    text: alloc::string::String,
    #[cfg(not(feature = "alloc"))]
    bytes: [u8; Kept::CAPACITY],
    #[cfg(not(feature = "alloc"))]
    len: u8,
    #[cfg(not(feature = "alloc"))]
    truncated: bool,
}

impl Kept {
    /// Bytes kept without an allocator.
    #[cfg(not(feature = "alloc"))]
    const CAPACITY: usize = 64;

    /// `text`, kept.
    #[cfg(feature = "alloc")]
    pub(crate) fn new(text: &str) -> Self {
        Kept { text: text.into() }
    }

    /// `text`, or its first 64 bytes.
    #[cfg(not(feature = "alloc"))]
    pub(crate) fn new(text: &str) -> Self {
        let mut len = text.len().min(Self::CAPACITY);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&text.as_bytes()[..len]);
        Kept {
            bytes,
            len: len as u8,
            truncated: len < text.len(),
        }
    }

    /// An integer in decimal (20 digits at most: never cut).
    pub(crate) fn int(mut n: u64) -> Self {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Self::new(core::str::from_utf8(&digits[start..]).unwrap_or_default())
    }

    /// The text kept.
    pub(crate) fn as_str(&self) -> &str {
        #[cfg(feature = "alloc")]
        return &self.text;
        // The bytes are a prefix of a `&str` cut at a character boundary.
        #[cfg(not(feature = "alloc"))]
        return core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default();
    }

    /// Whether the text is only the start of what was looked up.
    pub(crate) fn is_truncated(&self) -> bool {
        #[cfg(feature = "alloc")]
        return false;
        #[cfg(not(feature = "alloc"))]
        return self.truncated;
    }
}

#[cfg(test)]
mod tests {
    use super::Kept;

    #[test]
    fn integers_in_decimal() {
        for n in [0, 7, 10, 404, 65_535, u64::MAX] {
            assert_eq!(Kept::int(n).as_str(), n.to_string());
            assert!(!Kept::int(n).is_truncated());
        }
    }
}
