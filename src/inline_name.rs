//! The start of an unknown name, kept without an allocator.

/// The start of an unknown name, kept without an allocator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct InlineName {
    bytes: [u8; InlineName::CAPACITY],
    len: u8,
    pub(crate) truncated: bool,
}

impl InlineName {
    const CAPACITY: usize = 64;

    pub(crate) fn new(name: &str) -> Self {
        let mut len = name.len().min(Self::CAPACITY);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        InlineName {
            bytes,
            len: len as u8,
            truncated: len < name.len(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // The bytes are a prefix of a `&str` cut at a character boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}
