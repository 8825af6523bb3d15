//! Byte offsets to UTF-16 code units, for the edges (JavaScript and the
//! command line), from one pass over the text.

use crate::Analysis;

impl Analysis {
    /// Rewrites every offset, from bytes into `text` to UTF-16 code units,
    /// so that JavaScript's `text.slice(start, end)` gives each item's text.
    pub fn into_utf16_offsets(mut self, text: &str) -> Analysis {
        let index = Utf16Index::new(text);
        let convert = |byte: &mut usize| *byte = index.position(*byte);
        for figure in &mut self.figures {
            convert(&mut figure.start);
            convert(&mut figure.end);
        }
        let mentions = self.entities.iter_mut().flat_map(|e| &mut e.mentions);
        let adjectives = self.nationalities.iter_mut().flat_map(|n| &mut n.mentions);
        for mention in mentions.chain(adjectives) {
            convert(&mut mention.start);
            convert(&mut mention.end);
        }
        self
    }
}

/// The UTF-16 position of any byte offset into a text: the units before
/// each block of [`Utf16Index::BLOCK`] bytes, counted in one pass, plus
/// those of the block up to the offset. Offsets come in any order (an
/// entity's mentions, then the next entity's), and this spares sorting
/// them.
struct Utf16Index<'a> {
    bytes: &'a [u8],
    /// The units before each block, and after the last one at its end.
    before_block: Vec<u32>,
}

impl<'a> Utf16Index<'a> {
    const BLOCK: usize = 128;

    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut units = 0;
        for block in bytes.chunks(Self::BLOCK) {
            before_block.push(units);
            // A text has at most MAX_TEXT_BYTES, under 2^31, units.
            units += utf16_units(block) as u32;
        }
        before_block.push(units);
        Utf16Index {
            bytes,
            before_block,
        }
    }

    /// The UTF-16 position of byte `offset` (clamped to the text's end).
    fn position(&self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len());
        let block = offset / Self::BLOCK;
        self.before_block[block] as usize + utf16_units(&self.bytes[block * Self::BLOCK..offset])
    }
}

/// The UTF-16 code units of whole UTF-8 characters: one for each byte
/// that starts a character, and one more for each character of four
/// bytes, which UTF-16 writes as a surrogate pair.
fn utf16_units(bytes: &[u8]) -> usize {
    // Summed in byte lanes, a chunk at a time: at most two units a byte
    // keep a chunk's sum within a u8, and byte lanes are the widest the
    // compiler packs into one vector register. Summing into usize lanes
    // widened every byte to eight.
    const CHUNK: usize = u8::MAX as usize / 2;
    bytes
        .chunks(CHUNK)
        .map(|chunk| {
            let units = chunk.iter().fold(0u8, |sum, &b| {
                sum + u8::from(b & 0xC0 != 0x80) + u8::from(b >= 0xF0)
            });
            usize::from(units)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Figure, FigureKind};

    #[test]
    fn converts_offsets_past_astral_and_arabic_characters() {
        // 𝟘 takes 4 bytes and 2 UTF-16 units; Arabic letters 2 bytes and 1 unit.
        let text = "𝟘 عام 2001";
        let start = text.find("2001").unwrap();
        let analysis = Analysis {
            figures: vec![Figure::new(FigureKind::Date, text, start, text.len())],
            ..Analysis::default()
        };
        let converted = analysis.into_utf16_offsets(text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let figure = &converted.figures[0];
        assert_eq!(
            String::from_utf16(&utf16[figure.start..figure.end]).unwrap(),
            "2001"
        );
        assert_eq!(figure.end, utf16.len());
    }

    #[test]
    fn counts_units_across_chunks() {
        for text in [
            "𝟘".repeat(300),
            "عام".repeat(100),
            "a𝟘ب".repeat(77),
            String::new(),
        ] {
            assert_eq!(utf16_units(text.as_bytes()), text.encode_utf16().count());
        }
    }

    #[test]
    fn finds_the_position_of_every_offset_around_blocks() {
        let text = "𝟘 عام 2001، ".repeat(40);
        let index = Utf16Index::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                index.position(offset),
                text[..offset].encode_utf16().count()
            );
        }
    }

    #[test]
    fn converts_nationality_mentions() {
        let text = "𝟘 وقال مسؤول روسي";
        let converted = crate::analyze(text, &Default::default())
            .unwrap()
            .into_utf16_offsets(text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mention = &converted.nationalities[0].mentions[0];
        assert_eq!(
            String::from_utf16(&utf16[mention.start..mention.end]).unwrap(),
            "روسي"
        );
    }
}
