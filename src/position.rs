//! The position of a code in a large registry whose codes are sparse: what its generated
//! `from_code` calls.

/// The table position of `code`: a binary search of `codes` (increasing), whose `i`-th code is
/// the entry at position `positions[i]`; `None` when `code` is not among them. `const`, like the
/// `from_code` that calls it.
///
/// # Example
/// ```
/// use errcodes::__private::sorted_position;
///
/// assert_eq!(sorted_position(&[3, 10, 70], &[2, 0, 1], 10), Some(0));
/// assert_eq!(sorted_position(&[3, 10, 70], &[2, 0, 1], 11), None);
/// ```
#[inline]
pub const fn sorted_position(codes: &[u32], positions: &[u32], code: u32) -> Option<usize> {
    let (mut low, mut high) = (0, codes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if codes[middle] < code {
            low = middle + 1;
        } else if codes[middle] > code {
            high = middle;
        } else {
            return Some(positions[middle] as usize);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::sorted_position;

    #[test]
    fn finds_every_code_and_no_other() {
        let codes: [u32; 6] = [0, 1, 5, 9, 1000, u32::MAX];
        let positions: [u32; 6] = [5, 4, 3, 2, 1, 0];
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(sorted_position(&codes, &positions, code), Some(5 - i));
        }
        for miss in [2, 4, 6, 999, 1001, u32::MAX - 1] {
            assert_eq!(sorted_position(&codes, &positions, miss), None);
        }
        assert_eq!(sorted_position(&[], &[], 0), None);
    }
}
