//! The shipped tagger weights as inference reads them: an open-addressing
//! table of the 32-bit feature fingerprints, each pointing at a dense row
//! of the 16-bit weights `weights.bin` stores (format in [`super::tagger`]).
//!
//! Next to a hash map of `f32` rows this takes a third of the memory and
//! decodes without hashing again, and a lookup touches one slot and one
//! row. The fingerprint stays in the slot: hashing features straight to
//! slots would let unknown features collide with known ones and cost F1.
//! Scores are summed as integers, exactly, whatever the order of the
//! features, so cached partial sums add up to the same score.

use super::tagger::N_LABELS;

pub(super) const MAGIC: &[u8; 8] = b"KHTAG\x00\x00\x01";

pub struct Model {
    /// The fingerprints, 0 marking a free slot: most lookups are misses,
    /// and they read nothing else.
    fingerprints: Vec<u32>,
    /// The row of each slot's feature.
    slot_rows: Vec<u32>,
    /// The row of the feature whose fingerprint is 0, if there is one.
    zero_row: Option<u32>,
    rows: Vec<[i16; N_LABELS]>,
    scale: f32,
    transitions: [[f32; N_LABELS]; N_LABELS + 1],
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
        let mut transitions = [[0.0; N_LABELS]; N_LABELS + 1];
        for w in transitions.iter_mut().flatten() {
            *w = reader.i16()? as f32 * scale;
        }
        // At most two thirds full: a miss, the usual answer, then mostly
        // ends within the cache line it starts in; and the fingerprints of
        // the shipped model (half full, 512 KB) fit in a core's cache.
        let slots = (count + count / 2).next_power_of_two().max(2);
        let mut fingerprints = vec![0u32; slots];
        let mut slot_rows = vec![0u32; slots];
        let mut zero_row = None;
        let mut fingerprint = 0u32;
        for row in 0..count as u32 {
            fingerprint = fingerprint.checked_add(reader.varint()?)?;
            if fingerprint == 0 {
                zero_row = Some(row);
                continue;
            }
            let mut at = fingerprint as usize & (slots - 1);
            while fingerprints[at] != 0 {
                at = (at + 1) & (slots - 1);
            }
            fingerprints[at] = fingerprint;
            slot_rows[at] = row;
        }
        let masks: Vec<u16> = (0..count)
            .map(|_| reader.i16().map(|m| m as u16))
            .collect::<Option<_>>()?;
        let mut rows = Vec::with_capacity(count);
        for mask in masks {
            let mut row = [0; N_LABELS];
            for (label, w) in row.iter_mut().enumerate() {
                if mask & (1 << label) != 0 {
                    *w = reader.i16()?;
                }
            }
            rows.push(row);
        }
        (reader.at == bytes.len()).then_some(Model {
            fingerprints,
            slot_rows,
            zero_row,
            rows,
            scale,
            transitions,
        })
    }

    /// How many features have weights.
    pub fn feature_count(&self) -> usize {
        self.rows.len()
    }

    /// What one unit of an integer score is worth.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Label transition weights; row `N_LABELS` is the start of a sentence.
    pub fn transitions(&self) -> &[[f32; N_LABELS]; N_LABELS + 1] {
        &self.transitions
    }

    /// Adds the weights of feature `fingerprint`, if it has any, to
    /// `scores`, in units of [`Model::scale`].
    pub fn add_weights(&self, fingerprint: u32, scores: &mut [i32; N_LABELS]) {
        let Some(row) = self.row(fingerprint) else {
            return;
        };
        for (score, &w) in scores.iter_mut().zip(&self.rows[row as usize]) {
            *score += w as i32;
        }
    }

    fn row(&self, fingerprint: u32) -> Option<u32> {
        if fingerprint == 0 {
            return self.zero_row;
        }
        let mask = self.fingerprints.len() - 1;
        let mut at = fingerprint as usize & mask;
        loop {
            match self.fingerprints[at] {
                0 => return None,
                f if f == fingerprint => return Some(self.slot_rows[at]),
                _ => at = (at + 1) & mask,
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
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
