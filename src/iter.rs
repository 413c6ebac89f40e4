//! [`Iter`], the iterator over a registry's variants (strum's `IntoEnumIterator::iter`).

use core::iter::FusedIterator;
use core::slice;

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
pub struct Iter<E: 'static> {
    inner: slice::Iter<'static, E>,
}

impl<E: Copy> Iter<E> {
    /// An iterator over `all` (a registry's `ALL`).
    ///
    /// # Example
    /// ```
    /// use errcodes::{ErrorCode, Iter};
    ///
    /// assert_eq!(Iter::new(ErrorCode::ALL).count(), ErrorCode::ALL.len());
    /// ```
    pub fn new(all: &'static [E]) -> Self {
        Iter { inner: all.iter() }
    }
}

impl<E: Copy> Iterator for Iter<E> {
    type Item = E;

    #[inline]
    fn next(&mut self) -> Option<E> {
        self.inner.next().copied()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<E> {
        self.inner.nth(n).copied()
    }
}

impl<E: Copy> DoubleEndedIterator for Iter<E> {
    #[inline]
    fn next_back(&mut self) -> Option<E> {
        self.inner.next_back().copied()
    }
}

impl<E: Copy> ExactSizeIterator for Iter<E> {}

impl<E: Copy> FusedIterator for Iter<E> {}
