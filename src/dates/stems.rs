//! A cheap first test that a word is none of a few words, alone or under
//! proclitics. Most words of a text are no date word, and a few
//! fingerprints tell so for less than hashing the word or reading its
//! proclitics.

use crate::hashing::mix_u64;
use crate::text::PROCLITIC_LETTERS;

/// The most bytes a word's proclitics add to a stem: و + ب + ال.
pub const MOST_PROCLITIC_BYTES: usize = 8;

/// For each fingerprint, which of a few lists of folded words (one bit
/// each) hold a word of that fingerprint.
pub struct StemFilter {
    lists: Box<[u8; 1 << StemFilter::BITS]>,
}

impl StemFilter {
    /// Bits of a fingerprint: with some 200 words, one in eighty other
    /// stems shares a fingerprint with one of them.
    const BITS: u32 = 14;

    /// A filter of `words`, each given with the bit of its list.
    pub fn new<'a>(words: impl IntoIterator<Item = (&'a str, u8)>) -> Self {
        let mut lists = Box::new([0; 1 << Self::BITS]);
        for (word, list) in words {
            lists[Self::fingerprint(word.as_bytes())] |= list;
        }
        StemFilter { lists }
    }

    /// The lists that may hold `word`, or what is left of it after
    /// proclitics. Proclitics are of two-byte letters, so every stem
    /// [`crate::text::proclitic_splits`] reads starts at an even byte
    /// within [`MOST_PROCLITIC_BYTES`]; all of those are tried.
    pub fn lists_that_may_hold(&self, word: &str) -> u8 {
        let lists = |at: usize| self.lists[Self::fingerprint(&word.as_bytes()[at..])];
        let mut found = lists(0);
        if word.starts_with(PROCLITIC_LETTERS) {
            let mut at = 2;
            while at <= MOST_PROCLITIC_BYTES && at < word.len() {
                found |= lists(at);
                at += 2;
            }
        }
        found
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
        let filter = StemFilter::new([("عام", 1), ("م", 1), ("من", 2)]);
        for word in ["عام", "العام", "وبالعام", "للعام", "م"] {
            assert_eq!(filter.lists_that_may_hold(word), 1, "{word}");
        }
        assert_eq!(filter.lists_that_may_hold("من"), 2);
        for word in ["عاما", "معا", "مم", "قال"] {
            assert_eq!(filter.lists_that_may_hold(word), 0, "{word}");
        }
    }
}
