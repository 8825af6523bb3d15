//! A cheap first test that a word is none of a few words, alone or under
//! proclitics. Most words of a text are no date word, and a few
//! fingerprints tell so for less than hashing the word or reading its
//! proclitics.

use crate::hashing::mix_u64;

/// The letters proclitics start with: و ف, ب ك ل, and the ا of ال.
pub const PROCLITIC_LETTERS: [char; 6] = ['و', 'ف', 'ب', 'ك', 'ل', 'ا'];

/// The most bytes a word's proclitics add to a stem: و + ب + ال.
pub const MOST_PROCLITIC_BYTES: usize = 8;

/// A bit set of the fingerprints of some folded words.
pub struct StemFilter {
    bits: [u64; 1 << (StemFilter::BITS - 6)],
}

impl StemFilter {
    /// Bits of a fingerprint: with some 200 words, one in eighty other
    /// stems shares a fingerprint with one of them.
    const BITS: u32 = 14;

    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut bits = [0; 1 << (Self::BITS - 6)];
        for word in words {
            let print = Self::fingerprint(word.as_bytes());
            bits[print / 64] |= 1 << (print % 64);
        }
        StemFilter { bits }
    }

    /// Whether `word`, or what is left of it after proclitics, may be one
    /// of the words. Proclitics are of two-byte letters, so every stem
    /// [`crate::text::proclitic_splits`] reads starts at an even byte
    /// within [`MOST_PROCLITIC_BYTES`]; all of those are tried.
    pub fn may_hold(&self, word: &str) -> bool {
        let admits = |at: usize| {
            let print = Self::fingerprint(&word.as_bytes()[at..]);
            self.bits[print / 64] & (1 << (print % 64)) != 0
        };
        if admits(0) {
            return true;
        }
        if !word.starts_with(PROCLITIC_LETTERS) {
            return false;
        }
        let mut at = 2;
        while at <= MOST_PROCLITIC_BYTES && at < word.len() {
            if admits(at) {
                return true;
            }
            at += 2;
        }
        false
    }

    /// A hash of a stem's byte length and of its first and last two
    /// letters (four bytes each: the whole of a one-letter stem).
    fn fingerprint(stem: &[u8]) -> usize {
        let edges = match (stem.first_chunk::<4>(), stem.last_chunk::<4>()) {
            (Some(first), Some(last)) => {
                u64::from(u32::from_le_bytes(*first)) << 32 | u64::from(u32::from_le_bytes(*last))
            }
            _ => stem
                .iter()
                .fold(0, |edges, &byte| edges << 8 | u64::from(byte)),
        };
        (mix_u64(stem.len() as u64, edges) >> (64 - Self::BITS)) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admits_its_words_under_proclitics_and_few_others() {
        let filter = StemFilter::new(["عام", "م"]);
        for word in ["عام", "العام", "وبالعام", "للعام", "م"] {
            assert!(filter.may_hold(word), "{word}");
        }
        for word in ["عاما", "معا", "مم", "قال"] {
            assert!(!filter.may_hold(word), "{word}");
        }
    }
}
