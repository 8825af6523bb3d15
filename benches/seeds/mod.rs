//! The text the bench and `examples/profile.rs` measure: the seed articles
//! (`../shared/seeds/*.txt`), repeated to a size.

use std::path::Path;

/// The seed articles, each followed by a blank line, in name order.
pub fn seed_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seeds are UTF-8") + "\n\n")
        .collect()
}

/// `text` repeated and cut, on a character boundary, to about `size` bytes.
pub fn repeat_to(text: &str, size: usize) -> String {
    let mut repeated = text.repeat(size / text.len() + 1);
    let mut cut = size;
    while !repeated.is_char_boundary(cut) {
        cut -= 1;
    }
    repeated.truncate(cut);
    repeated
}
