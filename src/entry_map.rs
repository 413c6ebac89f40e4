//! [`EntryMap`]: a static perfect-hash map from codes or names to a registry's entries.

use core::fmt;
use core::marker::PhantomData;

use phf::{PhfEq, PhfHash};

use crate::{Entry, ErrorEnum};

/// A static perfect-hash map to a registry's entries: the type of `E::BY_CODE` (keys are codes)
/// and `E::BY_NAME` (keys are variant names and aliases).
///
/// Inside, a [`phf::Map`] from each key to its entry's position in the table: a table of integers
/// costs rustc next to nothing to compile, where one row of references per key cost it most of the
/// build of a large registry.
///
/// # Example
/// ```
/// use errcodes::{EntryMap, ErrorCode};
///
/// let by_code: &EntryMap<u16, ErrorCode> = ErrorCode::BY_CODE;
/// assert_eq!(by_code.get(&404).unwrap().name, "NotFound");
/// assert_eq!(by_code.get(&418), None);
/// assert_eq!(ErrorCode::BY_NAME.get("NotFound").map(|e| e.code), Some(404));
/// assert_eq!(by_code.len(), 6);
/// ```
pub struct EntryMap<K: 'static, E> {
    positions: phf::Map<K, u32>,
    registry: PhantomData<fn() -> E>,
}

impl<K, E: ErrorEnum> EntryMap<K, E> {
    /// The map over `positions` (each key to its entry's position in `E`'s table). For the
    /// generated code.
    #[doc(hidden)]
    pub const fn new(positions: phf::Map<K, u32>) -> Self {
        EntryMap {
            positions,
            registry: PhantomData,
        }
    }

    /// The entry of `key`, if the map has it (one hash, no allocation).
    #[inline]
    pub fn get<T>(&self, key: &T) -> Option<Entry<E>>
    where
        T: Eq + PhfHash + ?Sized,
        K: PhfEq<T>,
    {
        E::from_index(self.position(key)?).map(E::entry)
    }

    /// The position in the table of `key`'s entry (its variant's `index()`), if the map has it.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::BY_NAME.position("NotFound"), Some(ErrorCode::NotFound.index()));
    /// ```
    #[inline]
    pub fn position<T>(&self, key: &T) -> Option<usize>
    where
        T: Eq + PhfHash + ?Sized,
        K: PhfEq<T>,
    {
        self.positions.get(key).map(|&position| position as usize)
    }

    /// Whether the map has `key`.
    #[inline]
    pub fn contains_key<T>(&self, key: &T) -> bool
    where
        T: Eq + PhfHash + ?Sized,
        K: PhfEq<T>,
    {
        self.positions.contains_key(key)
    }

    /// How many keys the map has.
    #[inline]
    pub const fn len(&self) -> usize {
        self.positions.len()
    }

    /// Whether the map has no key.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Every key with its entry, in the map's (unspecified) order.
    ///
    /// # Example
    /// ```
    /// use errcodes::ErrorCode;
    ///
    /// assert!(ErrorCode::BY_CODE.entries().all(|(&code, entry)| entry.code == code));
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = (&K, Entry<E>)> + '_ {
        (self.positions.entries())
            .filter_map(|(key, &position)| Some((key, E::from_index(position as usize)?.entry())))
    }

    /// Every key, in the map's order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.positions.keys()
    }

    /// Every entry, in the map's order (an entry with aliases once per key, in `BY_NAME`).
    pub fn values(&self) -> impl Iterator<Item = Entry<E>> + '_ {
        (self.positions.values())
            .filter_map(|&position| Some(E::from_index(position as usize)?.entry()))
    }
}

impl<K: fmt::Debug, E: ErrorEnum> fmt::Debug for EntryMap<K, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.positions
                    .entries()
                    .map(|(key, &position)| (key, E::from_index(position as usize).map(E::name))),
            )
            .finish()
    }
}
