//! The hashing behind khabar's tables (the entity tables, and through
//! `lexicon::LexiconHasher` the grammars' lexicons) and the tagger's
//! features: a multiply-and-rotate mix over eight bytes at a time. The
//! tables are khabar's own data, never keyed by an adversary's choice
//! alone, and SipHash, std's default, was the largest single cost of
//! tagging.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

pub type FastMap<K, V> = HashMap<K, V, BuildFastHasher>;
pub type FastSet<K> = HashSet<K, BuildFastHasher>;

const SEED: u64 = 0x243f_6a88_85a3_08d3;
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// Mixes `bytes` into `h` eight at a time, with their length, so that
/// consecutive parts of a key cannot run into each other. A `const fn`, so
/// that the tagger's feature templates are hashed at compile time.
pub const fn mix_bytes(h: u64, bytes: &[u8]) -> u64 {
    mix_chunks((h ^ bytes.len() as u64).wrapping_mul(MULTIPLIER), bytes)
}

/// Mixes `bytes` into `h` eight at a time, the last fewer than eight as a
/// zero-padded little-endian word, without their length: for a caller
/// that mixes the length itself, as [`crate::word_table`] does after the
/// words, whose ends it finds as it hashes them.
pub const fn mix_chunks(mut h: u64, mut bytes: &[u8]) -> u64 {
    while let Some((chunk, rest)) = bytes.split_first_chunk::<8>() {
        h = mix_u64(h, u64::from_le_bytes(*chunk));
        bytes = rest;
    }
    if !bytes.is_empty() {
        // The tail, zero-padded and read little-endian, built in a register:
        // copying it into an array made a call to memcpy of every short key.
        // Read four, two and one bytes at a time: byte by byte, the tails
        // of the tagger's and lexicons' short keys cost a loop of its own.
        let mut word = 0u64;
        let mut shift = 0;
        if let Some((chunk, rest)) = bytes.split_first_chunk::<4>() {
            word = u32::from_le_bytes(*chunk) as u64;
            shift = 32;
            bytes = rest;
        }
        if let Some((chunk, rest)) = bytes.split_first_chunk::<2>() {
            word |= (u16::from_le_bytes(*chunk) as u64) << shift;
            shift += 16;
            bytes = rest;
        }
        if let [last] = bytes {
            word |= (*last as u64) << shift;
        }
        h = mix_u64(h, word);
    }
    h
}

/// Mixes a value already hashed into `h`.
pub const fn mix_u64(h: u64, value: u64) -> u64 {
    (h.rotate_left(23) ^ value).wrapping_mul(MULTIPLIER)
}

/// Murmur3's finaliser: spreads every input bit over the output. A `const
/// fn`, so that features that are all names are hashed at compile time.
pub const fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        finish(self.0)
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix_bytes(self.0, bytes);
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(23) ^ byte as u64).wrapping_mul(MULTIPLIER);
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = (self.0.rotate_left(23) ^ value as u64).wrapping_mul(MULTIPLIER);
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = mix_u64(self.0, value);
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }
}

#[derive(Clone, Copy, Default)]
pub struct BuildFastHasher;

impl BuildHasher for BuildFastHasher {
    type Hasher = FastHasher;

    fn build_hasher(&self) -> FastHasher {
        FastHasher(SEED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tail is the zero-padded little-endian word of its bytes, however
    /// it is read.
    #[test]
    fn tails_are_read_as_padded_words() {
        let bytes: Vec<u8> = (1..=23).map(|b| b * 11).collect();
        for len in 0..=bytes.len() {
            let key = &bytes[..len];
            let mut expected = (SEED ^ len as u64).wrapping_mul(MULTIPLIER);
            for chunk in key.chunks(8) {
                let mut word = [0; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                expected = mix_u64(expected, u64::from_le_bytes(word));
            }
            assert_eq!(mix_bytes(SEED, key), expected, "{len} bytes");
        }
    }
}
