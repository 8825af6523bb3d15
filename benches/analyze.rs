//! `cargo bench`: native analysis throughput against the floor of one plain
//! tokenising pass, on the seed articles repeated to the sizes given.
//!
//! Prints one row per size; times are the best of several runs, so that
//! the figures say what the code costs rather than what the machine was
//! doing meanwhile.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use khabar::{analyze, count_tokens, Options};

const SIZES: [(&str, usize); 4] = [
    ("1 KB", 1 << 10),
    ("100 KB", 100 << 10),
    ("10 MB", 10 << 20),
    ("50 MB", 50 << 20),
];

fn main() {
    let seeds = seed_text();
    println!(
        "{:<8} {:>14} {:>14} {:>8} {:>12}",
        "size", "analyze MB/s", "tokenize MB/s", "ratio", "ms/MB"
    );
    for (label, size) in SIZES {
        let text = repeat_to(&seeds, size);
        let options = Options::default();
        let analyze_time = best_of(&text, |t| {
            black_box(analyze(t, &options).expect("bench text is analysable"));
        });
        let tokenize_time = best_of(&text, |t| {
            black_box(count_tokens(t));
        });
        let mb = text.len() as f64 / (1 << 20) as f64;
        let analyze_rate = mb / analyze_time.as_secs_f64();
        let tokenize_rate = mb / tokenize_time.as_secs_f64();
        println!(
            "{label:<8} {analyze_rate:>14.1} {tokenize_rate:>14.1} {:>7.1}x {:>12.2}",
            tokenize_rate / analyze_rate,
            analyze_time.as_secs_f64() * 1e3 / mb
        );
    }
}

/// The five seed articles, from `../shared/seeds` beside the repository.
fn seed_text() -> String {
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

/// `seeds` repeated and cut, on a character boundary, to about `size` bytes.
fn repeat_to(seeds: &str, size: usize) -> String {
    let mut text = seeds.repeat(size / seeds.len() + 1);
    let mut cut = size;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// The shortest of several timed runs, with more runs for smaller texts.
fn best_of(text: &str, run: impl Fn(&str)) -> Duration {
    let runs = (64 << 20) / text.len().max(1);
    (0..runs.clamp(3, 2000))
        .map(|_| {
            let start = Instant::now();
            run(text);
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}
