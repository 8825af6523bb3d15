//! The shipped tagger weights as inference reads them: an open-addressing
//! table of the 32-bit feature fingerprints, each slot holding the dense
//! row of the 16-bit weights `weights.bin` stores for its feature (format
//! in [`super::tagger`]), so that a known feature costs one read past its
//! tag.
//!
//! Most lookups are of features the model does not know (word pairs), so
//! the slots are probed through 16-bit tags, a few bits of each
//! fingerprint: 256 KB for the shipped model, which stay in a core's cache
//! where the fingerprints themselves would not, and a miss reads nothing
//! else. The whole fingerprint is still compared on a tag match: hashing
//! features straight to slots would let unknown features collide with
//! known ones and cost F1. Next to a hash map of `f32` rows this takes
//! two thirds of the memory (3.3 MB) and decodes without hashing again.
//! Scores are summed as integers, exactly, whatever the order of the
//! features, so cached partial sums add up to the same score.

use super::tagger::N_LABELS;

pub(super) const MAGIC: &[u8; 8] = b"KHTAG\x00\x00\x01";

pub struct Model {
    /// Each slot's [`tag`], 0 marking a free slot.
    tags: Vec<u16>,
    slots: Vec<Slot>,
    feature_count: usize,
    scale: f32,
    transitions: [[i32; N_LABELS]; N_LABELS + 1],
}

#[derive(Clone, Copy, Default)]
struct Slot {
    fingerprint: u32,
    weights: [i16; N_LABELS],
}

impl Model {
    /// Reads the form written by [`super::tagger::Weights::encode`].
    pub fn decode(bytes: &[u8]) -> Option<Model> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(8)? != MAGIC {
            return None;
        }
        let count = u32::from_le_bytes(reader.take(4)?.try_into().ok()?) as usize;
        let scale = f32::from_le_bytes(reader.take(4)?.try_into().ok()?);
        let mut transitions = [[0; N_LABELS]; N_LABELS + 1];
        for w in transitions.iter_mut().flatten() {
            *w = reader.i16()?.into();
        }
        // At most two thirds full, so that a miss mostly ends within the
        // cache line of tags it starts in.
        let capacity = (count + count / 2).next_power_of_two().max(2);
        let mut tags = vec![0u16; capacity];
        let mut slots = vec![Slot::default(); capacity];
        // The file lists fingerprints, then label masks, then weights, each
        // in fingerprint order: where each feature went is kept meanwhile.
        let mut slot_of_feature = Vec::with_capacity(count);
        let mut fingerprint = 0u32;
        for _ in 0..count {
            fingerprint = fingerprint.checked_add(reader.varint()?)?;
            let mut at = fingerprint as usize & (capacity - 1);
            while tags[at] != 0 {
                at = (at + 1) & (capacity - 1);
            }
            tags[at] = tag(fingerprint);
            slots[at].fingerprint = fingerprint;
            slot_of_feature.push(at);
        }
        let masks = reader.take(2 * count)?;
        for (mask, at) in masks.chunks_exact(2).zip(slot_of_feature) {
            // Only the labels the mask names, lowest first: most features
            // weigh two or three of the nine.
            let mut mask = u16::from_le_bytes([mask[0], mask[1]]) & ((1 << N_LABELS) - 1);
            while mask != 0 {
                slots[at].weights[mask.trailing_zeros() as usize] = reader.i16()?;
                mask &= mask - 1;
            }
        }
        (reader.at == bytes.len()).then_some(Model {
            tags,
            slots,
            feature_count: count,
            scale,
            transitions,
        })
    }

    /// How many features have weights.
    pub fn feature_count(&self) -> usize {
        self.feature_count
    }

    /// What one unit of an integer score is worth.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Label transition weights in units of [`Model::scale`]; row
    /// `N_LABELS` is the start of a sentence.
    pub fn transitions(&self) -> &[[i32; N_LABELS]; N_LABELS + 1] {
        &self.transitions
    }

    /// Adds the weights of feature `fingerprint`, if it has any, to
    /// `scores`, in units of [`Model::scale`]. Inlined: a new word type
    /// or pair looks up a handful of features, and the call cost a fifth of
    /// a lookup.
    #[inline]
    pub fn add_weights(&self, fingerprint: u32, scores: &mut [i32; N_LABELS]) {
        let Some(slot) = self.slot(fingerprint) else {
            return;
        };
        for (score, &w) in scores.iter_mut().zip(&slot.weights) {
            *score += w as i32;
        }
    }

    fn slot(&self, fingerprint: u32) -> Option<&Slot> {
        let mask = self.tags.len() - 1;
        let wanted = tag(fingerprint);
        let mut at = fingerprint as usize & mask;
        loop {
            match self.tags[at] {
                0 => return None,
                t if t == wanted && self.slots[at].fingerprint == fingerprint => {
                    return Some(&self.slots[at])
                }
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// A slot's tag: the top bits of the fingerprint, which do not choose the
/// slot, never 0.
fn tag(fingerprint: u32) -> u16 {
    (fingerprint >> 16) as u16 | 1
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(slice)
    }

    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }

    fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = *self.take(1)?.first()?;
            value |= ((byte & 0x7f) as u32) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }
}
