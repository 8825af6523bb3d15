//! A table of words with a byte each (a frequency bucket, or presence for
//! a set), keyed by their hashes alone. The tagger looks every word type
//! of a document up in its word lists, some several times (a word, its
//! stem, its stem with ال): a map of strings read a slot and then the
//! stored word to compare, two cache misses, and a word built from parts
//! had to be allocated first. Here a slot holds a word's 64-bit hash with
//! its byte in the low bits, one read answers, and a word made of a prefix
//! and the rest is joined on the stack, not allocated, to be hashed.
//!
//! A word not in the table is mistaken for one only if the top 55 bits of
//! their hashes agree: about once in 10^16 lookups. The shipped word
//! frequencies are checked to read every listed word's bucket back.

use crate::hashing;

pub struct WordTable {
    /// At most half full; 0 marks a free slot.
    slots: Vec<u64>,
    len: usize,
}

/// The bits of a slot that hold a word's byte.
const VALUE_BITS: u64 = 0xFF;

const SEED: u64 = 0x7f4a_7c15_9e37_79b9;

impl Default for WordTable {
    fn default() -> Self {
        WordTable::with_capacity(0)
    }
}

impl WordTable {
    /// An empty table with room for `words` words.
    pub fn with_capacity(words: usize) -> WordTable {
        WordTable {
            slots: vec![0; (2 * words).next_power_of_two().max(2)],
            len: 0,
        }
    }

    /// An empty table sized for the words of the lists of `bytes` bytes
    /// it is to hold, without counting them: for a word in every 16 bytes.
    /// The shipped lists have one in 12 or 13, which asks for the same
    /// power of two of slots, and a list of more grows the table. Counting
    /// the 98 000 words of the word frequencies cost a tenth of inserting
    /// them.
    pub fn for_lists_of(bytes: usize) -> WordTable {
        WordTable::with_capacity(bytes / 16)
    }

    /// Adds each word of `list`, the words separated by `separator` bytes,
    /// which the table does not hold yet, without looking for it first:
    /// for lists that name each word once. A word
    /// is hashed as its end is searched for, eight bytes at a time: found
    /// first and hashed after, the 98 000 listed words were read twice.
    pub fn insert_new_words(&mut self, list: &str, separator: u8, value: u8) {
        const ONES: u64 = u64::from_le_bytes([1; 8]);
        const TOPS: u64 = ONES << 7;
        let bytes = list.as_bytes();
        let pattern = ONES * u64::from(separator);
        let (mut start, mut at, mut hash) = (0, 0, SEED);
        while start < bytes.len() {
            // Past the end, the list reads as separators.
            let chunk = match bytes.get(at..at + 8) {
                Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
                None => {
                    let mut padded = [separator; 8];
                    padded[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                    u64::from_le_bytes(padded)
                }
            };
            let x = chunk ^ pattern;
            // The top bit of each zero byte of `x`, the bytes equal to
            // `separator`; above the first, a byte may be marked wrongly,
            // never below it.
            let zeros = x.wrapping_sub(ONES) & !x & TOPS;
            if zeros == 0 {
                hash = hashing::mix_u64(hash, chunk);
                at += 8;
                continue;
            }
            let before = zeros.trailing_zeros() as usize / 8;
            if before > 0 {
                // The word's last bytes, zero-padded, as `mix_chunks` reads them.
                hash = hashing::mix_u64(hash, chunk & (u64::MAX >> (64 - 8 * before)));
            }
            let end = at + before;
            if end > start {
                self.insert_hash(finish_word_hash(hash, end - start), value);
            }
            (start, at, hash) = (end + 1, end + 1, SEED);
        }
    }

    /// Adds the word of `hash` as [`WordTable::insert_new_words`] does.
    fn insert_hash(&mut self, hash: u64, value: u8) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = (hash >> 32) as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = hash & !VALUE_BITS | u64::from(value);
        self.len += 1;
    }

    /// Sets the bits `bits` in `word`'s byte, 0 if it had none: the word
    /// hashed and its slot found once, not once to read and once to write.
    pub fn add_bits(&mut self, word: &str, bits: u8) {
        let hash = word_hash(b"", word);
        let mut at = self.slot_of(hash);
        if self.slots[at] == 0 {
            if 2 * (self.len + 1) > self.slots.len() {
                self.grow();
                at = self.slot_of(hash);
            }
            self.len += 1;
        }
        let value = (self.slots[at] & VALUE_BITS) as u8 | bits;
        self.slots[at] = hash & !VALUE_BITS | u64::from(value);
    }

    /// Makes room for `words` more words at once, rather than by doubling
    /// the slots again and again as they come.
    pub fn reserve(&mut self, words: usize) {
        let wanted = (2 * (self.len + words)).next_power_of_two();
        if wanted > self.slots.len() {
            self.resize(wanted);
        }
    }

    /// Doubles the slots.
    fn grow(&mut self) {
        self.resize(2 * self.slots.len());
    }

    /// Moves the words into `slot_count` slots, a power of two. A slot
    /// keeps its word's hash but for the bits of the value, which do not
    /// choose the slot.
    fn resize(&mut self, slot_count: usize) {
        let old = std::mem::replace(&mut self.slots, vec![0; slot_count]);
        for slot in old.into_iter().filter(|&slot| slot != 0) {
            let at = self.slot_of(slot);
            self.slots[at] = slot;
        }
    }

    /// The byte of `word`, 0 if it is not in the table.
    pub fn get(&self, word: &str) -> u8 {
        self.get_joined("", word)
    }

    /// The byte of the word `prefix` + `rest`, 0 if it is not in the table.
    pub fn get_joined(&self, prefix: &str, rest: &str) -> u8 {
        (self.slots[self.slot_of(word_hash(prefix.as_bytes(), rest))] & VALUE_BITS) as u8
    }

    /// The slot of the word of `hash`, or the free slot where it would go.
    fn slot_of(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = (hash >> 32) as usize & mask;
        while self.slots[at] != 0 && self.slots[at] & !VALUE_BITS != hash & !VALUE_BITS {
            at = (at + 1) & mask;
        }
        at
    }
}

/// The hash of the word `prefix` + `rest`, as of the word written out:
/// joined on the stack unless it is unusually long.
fn word_hash(prefix: &[u8], rest: &str) -> u64 {
    let rest = rest.as_bytes();
    let mut joined = [0u8; 64];
    let len = prefix.len() + rest.len();
    let hash = if prefix.is_empty() {
        hashing::mix_chunks(SEED, rest)
    } else if len <= joined.len() {
        joined[..prefix.len()].copy_from_slice(prefix);
        joined[prefix.len()..len].copy_from_slice(rest);
        hashing::mix_chunks(SEED, &joined[..len])
    } else {
        hashing::mix_chunks(SEED, &[prefix, rest].concat())
    };
    finish_word_hash(hash, len)
}

/// A word's hash from its bytes mixed by [`hashing::mix_chunks`] and its
/// length, mixed last so that a list's words are hashed as they are read.
/// Never 0 above [`VALUE_BITS`], which would read as a free slot.
fn finish_word_hash(hash: u64, len: usize) -> u64 {
    hashing::finish(hashing::mix_u64(hash, len as u64)) | (VALUE_BITS + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_map_would() {
        let mut table = WordTable::default();
        for (word, bits) in [("في", 15), ("الكتاب", 3), ("كتاب", 3), ("كتاب", 4)] {
            table.add_bits(word, bits);
        }
        assert_eq!(table.get("في"), 15);
        assert_eq!(table.get("كتاب"), 7, "the bits of every addition");
        assert_eq!(table.get_joined("ال", "كتاب"), 3);
        assert_eq!(table.get_joined("", "الكتاب"), 3);
        assert_eq!(table.get("كتب"), 0);
        assert_eq!(table.get_joined("ال", "في"), 0);
        assert_eq!(table.get(""), 0);
        let numbered: Vec<String> = (0..1000).map(|n| format!("كلمة{n}")).collect();
        for (n, word) in numbered.iter().enumerate() {
            table.add_bits(word, (n % 250) as u8 + 1);
        }
        for (n, word) in numbered.iter().enumerate() {
            assert_eq!(table.get(word), (n % 250) as u8 + 1, "{word}");
        }
        assert_eq!(table.get("كتاب"), 7);
    }

    #[test]
    fn inserts_each_word_of_a_list() {
        // Words of every length around the eight bytes read at a time,
        // separated by one or more separators, with and without one at the
        // end of the list.
        let words: Vec<String> = (0..20)
            .map(|n| "ك".repeat(n / 2) + &"x".repeat(n % 2))
            .collect();
        for (separator, end) in [(" ", ""), ("  ", " "), (" ", " ")] {
            let list = words.join(separator) + end;
            let mut table = WordTable::with_capacity(words.len());
            table.insert_new_words(&list, b' ', 7);
            for word in &words[1..] {
                assert_eq!(table.get(word), 7, "{word:?} in {list:?}");
            }
            assert_eq!(table.len, words.len() - 1, "{list:?}");
            assert_eq!([table.get(""), table.get("كككككككككككك")], [0, 0]);
        }
    }

    /// However a word is cut between prefix and rest, it hashes the same.
    #[test]
    fn hashes_a_word_whatever_its_cut() {
        let word = "والمستشفيات".repeat(4);
        for (at, _) in word.char_indices() {
            assert_eq!(
                word_hash(&word.as_bytes()[..at], &word[at..]),
                word_hash(b"", &word)
            );
        }
    }
}
