//! [`Iter`], the iterator over a registry's variants (strum's `IntoEnumIterator::iter`).

use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::Range;

use crate::ErrorEnum;

/// An iterator over the variants of a registry, in table order: what `E::iter()` returns.
///
/// # Example
/// ```
/// use errcodes::{ErrorCode, IntoEnumIterator};
///
/// let mut codes = ErrorCode::iter();
/// assert_eq!(codes.len(), 6);
/// assert_eq!(codes.next(), Some(ErrorCode::BadRequest));
/// assert_eq!(codes.next_back(), Some(ErrorCode::InternalServerError));
/// ```
#[derive(Debug, Clone)]
pub struct Iter<E> {
    /// The positions not yet yielded, from the front and the back.
    range: Range<usize>,
    registry: PhantomData<fn() -> E>,
}

impl<E: ErrorEnum> Iter<E> {
    /// An iterator over every variant of `E`.
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, Iter};
    ///
    /// assert_eq!(Iter::<ErrorCode>::new().count(), ErrorCode::COUNT);
    /// ```
    pub fn new() -> Self {
        Iter {
            range: 0..E::REGISTRY.entries.len(),
            registry: PhantomData,
        }
    }

    /// The variant at `position`, which the range keeps within the table.
    fn at(position: usize) -> E {
        E::REGISTRY.entries[position].variant
    }
}

impl<E: ErrorEnum> Default for Iter<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E: ErrorEnum> Iterator for Iter<E> {
    type Item = E;

    #[inline]
    fn next(&mut self) -> Option<E> {
        self.range.next().map(Self::at)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<E> {
        self.range.nth(n).map(Self::at)
    }
}

impl<E: ErrorEnum> DoubleEndedIterator for Iter<E> {
    #[inline]
    fn next_back(&mut self) -> Option<E> {
        self.range.next_back().map(Self::at)
    }
}

impl<E: ErrorEnum> ExactSizeIterator for Iter<E> {}

impl<E: ErrorEnum> FusedIterator for Iter<E> {}
