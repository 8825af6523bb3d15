//! Lays out the tagger's word lists (`data/wordfreq/ar.txt`, the source of
//! truth for how common words are, and `data/tagger/vocabulary.txt`) in the
//! form `word_table::WordTable::from_list` reads: every word prefixed by
//! its length, in the lists' own order. Read as text, 100 000 words cost
//! the first analysis a scan of every byte for spaces and line ends, more
//! than hashing them; laid out, a word is found by its length byte. The
//! order is kept because it is what compresses: shuffled into a hash
//! table's order the same words would gzip to half as much again.
//!
//! The form: the number of words (u32, little-endian), then each word as
//! its length in bytes (1 to 255) and its bytes; a length of 0 is instead
//! followed by the byte of the words after it (a frequency bucket). No word
//! is listed twice.

use std::collections::HashSet;
use std::path::PathBuf;

/// The highest bucket the tagger tells apart (`FREQUENCY_NAMES` in
/// `src/entities/features.rs`, whose test reads every listed word's bucket
/// back): words above it are as common as words in it.
const TOP_BUCKET: u8 = 19;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    let frequencies = read("data/wordfreq/ar.txt");
    let mut list = ListWriter::default();
    for (bucket, words) in frequencies.lines().filter_map(|l| l.split_once('\t')) {
        let Ok(bucket) = bucket.parse::<u8>() else {
            continue;
        };
        list.set_value(bucket.min(TOP_BUCKET));
        words.split_ascii_whitespace().for_each(|word| list.push(word));
    }
    list.write(&out.join("wordfreq.list"));

    let vocabulary = read("data/tagger/vocabulary.txt");
    let mut list = ListWriter::default();
    list.set_value(1);
    vocabulary
        .lines()
        .filter(|l| !l.is_empty())
        .for_each(|word| list.push(word));
    list.write(&out.join("vocabulary.list"));
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[derive(Default)]
struct ListWriter {
    words: u32,
    bytes: Vec<u8>,
    /// Each word is listed once, which lets the reader add words without
    /// looking for them first.
    seen: HashSet<String>,
}

impl ListWriter {
    fn set_value(&mut self, value: u8) {
        self.bytes.extend([0, value]);
    }

    fn push(&mut self, word: &str) {
        let len = u8::try_from(word.len())
            .ok()
            .filter(|&len| len > 0)
            .unwrap_or_else(|| panic!("a listed word has 1 to 255 bytes: {word:?}"));
        assert!(self.seen.insert(word.to_string()), "{word:?} is listed twice");
        self.bytes.push(len);
        self.bytes.extend_from_slice(word.as_bytes());
        self.words += 1;
    }

    fn write(self, path: &std::path::Path) {
        let mut out = self.words.to_le_bytes().to_vec();
        out.extend(self.bytes);
        std::fs::write(path, out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
