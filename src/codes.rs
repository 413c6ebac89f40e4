//! [`Codes`]: how a registry finds the variant of a code.

use crate::ErrorEnum;
use crate::RawCode;
use crate::error_enum::Raw;

/// How a registry finds the variant of a code ([`ErrorEnum::BY_CODE`]): a table indexed by the
/// code when the codes are integers close together (a load, as fast as a `match`), else a `phf`
/// map. Written by the generator; not a public API.
#[doc(hidden)]
#[derive(Debug)]
pub enum Codes<E: ErrorEnum> {
    /// `variants[code - first]` is the variant with that code, or `None`; the last slot is `None`.
    Table {
        /// The smallest code.
        first: u32,
        /// A slot for each code from `first` to the largest, then a `None` that every code
        /// outside the table reads.
        variants: &'static [Option<E>],
    },
    /// Each code's position in the registry's `entries` (a position, not the variant: rustc
    /// checks each enum value of a constant against the variants, in time that grows with both).
    Map(phf::Map<E::Code, u32>),
}

impl<E: ErrorEnum> Codes<E> {
    /// The variant whose code is `raw`.
    #[inline]
    pub fn get(&self, raw: Raw<'_>) -> Option<E> {
        match (self, raw) {
            (Codes::Table { first, variants }, Raw::Int(code)) => {
                // A code outside the table reads its last slot, `None`: one branch, not two.
                let last = variants.len().saturating_sub(1);
                let offset = code.wrapping_sub(u64::from(*first));
                let offset = usize::try_from(offset).map_or(last, |offset| offset.min(last));
                variants.get(offset).copied().flatten()
            }
            (Codes::Table { .. }, Raw::Str(_)) => None,
            (Codes::Map(map), raw) => E::REGISTRY.at(E::Code::position(map, raw)?),
        }
    }
}
