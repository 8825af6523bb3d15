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
//! FILE (default, or `-`: the seed articles, `../shared/seeds/*.txt`) is
//! repeated and cut to about BYTES (default 2 000 000; no more than its
//! length reads it once), then analysed CALLS times (default 1): two calls
//! less one give the cost of a call without the lazy tables' start-up.

use std::hint::black_box;

use khabar::{analyze, count_tokens, Options};

#[path = "../benches/seeds/mod.rs"]
mod seeds;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next().filter(|a| a != "-") {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => seeds::seed_texts().concat(),
    };
    let bytes: usize = args.next().map_or(2_000_000, |n| n.parse().expect("BYTES"));
    let calls: usize = args.next().map_or(1, |n| n.parse().expect("CALLS"));
    // The text once when it is already as long: ANERcorp's news, read once.
    let text = if bytes <= text.len() {
        text
    } else {
        seeds::repeat_to(&text, bytes)
    };
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
