//! One analysis and one tokenising pass, for counting instructions with
//! callgrind, which the machine's load does not change (the README's "Where
//! the time goes" was measured with it):
//!
//! ```sh
//! cargo build --release --example profile
//! valgrind --tool=callgrind --toggle-collect='profile::main' \
//!     target/release/examples/profile [FILE] [BYTES] [CALLS]
//! ```
//!
//! FILE (default: the seed articles, `../shared/seeds/*.txt`) is repeated
//! and cut to about BYTES (default 2 000 000; 0 reads it once), then
//! analysed CALLS times (default 1): two calls less one give the cost of a
//! call without the lazy tables' start-up.

use std::hint::black_box;
use std::path::Path;

use khabar::{analyze, count_tokens, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next().filter(|a| a != "-") {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => seed_articles(),
    };
    let bytes: usize = args.next().map_or(2_000_000, |n| n.parse().expect("BYTES"));
    let calls: usize = args.next().map_or(1, |n| n.parse().expect("CALLS"));
    let text = repeat_to(&text, bytes);
    let options = Options {
        max_bytes: usize::MAX,
        ..Options::default()
    };
    for _ in 0..calls {
        black_box(analyze(&text, &options).expect("analysis"));
    }
    println!(
        "{} bytes, {} tokens",
        text.len(),
        black_box(count_tokens(&text))
    );
}

/// The seed articles, each followed by a blank line, in name order.
fn seed_articles() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("seed entry").path())
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seeds are UTF-8") + "\n\n")
        .collect()
}

/// `text` repeated and cut, on a character boundary, to about `bytes`; the
/// text once if `bytes` is 0 or no more than its length.
fn repeat_to(text: &str, bytes: usize) -> String {
    if bytes <= text.len() {
        return text.to_string();
    }
    let mut repeated = text.repeat(bytes / text.len() + 1);
    let mut cut = bytes;
    while !repeated.is_char_boundary(cut) {
        cut -= 1;
    }
    repeated.truncate(cut);
    repeated
}
