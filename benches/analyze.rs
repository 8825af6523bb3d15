//! `cargo bench`: khabar natively against the floor of one plain
//! tokenising pass and against the `duckling` crate's Arabic rules, on the
//! seed articles (`../shared/seeds/*.txt`) repeated to each size.
//!
//! Prints the init time, the cost per MB at 1 KB, 100 KB, 10 MB and 50 MB
//! (to show that it stays linear), the rate against the floor on varied
//! news too (ANERcorp's text, once), a 5 KB article, the peak memory of
//! analysing 10 MB, and duckling on the same text, each with its target
//! where there is one. It prints figures and never fails on a target.
//!
//! Times are the best of as many runs as fit in a short budget, at least
//! [`MIN_RUNS`] of them unless they would take over [`RUNS_CAP`] (then at
//! least one), so that the figures say what the code costs rather than
//! what the machine was doing meanwhile. With `KHABAR_BENCH_JSON=PATH` the figures
//! are also written to PATH, for `npm run bench` to set beside the wasm.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use khabar::{analyze, count_tokens, Options};

#[path = "seeds/mod.rs"]
mod seeds;
use seeds::{repeat_to, seed_texts};

const SIZES: [(&str, usize); 4] = [
    ("1 KB", 1 << 10),
    ("100 KB", 100 << 10),
    ("10 MB", 10 << 20),
    ("50 MB", 50 << 20),
];
/// The size that the other engines and the peak memory are measured at.
const MAIN_SIZE: usize = 10 << 20;
/// How long to keep repeating one measurement.
const BUDGET: Duration = Duration::from_secs(2);
/// The fewest runs a measurement takes the best of: on a shared machine
/// the best of two long runs still carries its noise.
const MIN_RUNS: usize = 5;
/// How long the fewest runs may take before one is enough.
const RUNS_CAP: Duration = Duration::from_secs(15);
/// How long duckling may read the corpus before its rate is taken.
const DUCKLING_BUDGET: Duration = Duration::from_secs(10);
const MIB: f64 = (1 << 20) as f64;
/// The child process that measures peak memory is this bench run again with
/// this argument.
const PEAK_ARG: &str = "--khabar-peak-memory";

fn main() {
    let seeds = seed_texts();
    if std::env::args().any(|a| a == PEAK_ARG) {
        return peak_memory_child(&seeds);
    }
    // First, before anything else warms the lazily built tables.
    let init = init_time();
    let corpus: String = seeds.concat();
    println!(
        "khabar natively (cargo bench): the {} seed articles repeated; best of at least {} runs and {:?}, or of those within {:?}\n",
        seeds.len(),
        MIN_RUNS,
        BUDGET,
        RUNS_CAP
    );
    println!(
        "init (first call's lazy tables, one sentence): {:.1} ms",
        init.as_secs_f64() * 1e3
    );

    println!(
        "\n{:<8} {:>14} {:>14} {:>10} {:>12}",
        "size", "analyze MiB/s", "tokenize MiB/s", "× floor", "ms per MiB"
    );
    let mut rows = Vec::new();
    for (label, size) in SIZES {
        let row = measure(label, &repeat_to(&corpus, size));
        println!(
            "{label:<8} {:>14.1} {:>14.1} {:>9.1}× {:>12.1}",
            row.analyze_mib_s,
            row.tokenize_mib_s,
            row.tokenize_mib_s / row.analyze_mib_s,
            1e3 / row.analyze_mib_s
        );
        rows.push(row);
    }
    println!("target: at most 4× the floor; ms per MiB about the same at every size (linear cost)");

    let varied = varied_news().map(|text| {
        let row = measure("ANERcorp", &text);
        println!(
            "\nvaried news, once (ANERcorp's {:.1} MiB, where the seeds repeat their words): {:.1} MiB/s, floor {:.1} MiB/s, {:.1}× the floor",
            row.bytes as f64 / MIB,
            row.analyze_mib_s,
            row.tokenize_mib_s,
            row.tokenize_mib_s / row.analyze_mib_s
        );
        row
    });

    let article = article_5k(&seeds);
    let options = Options::default();
    let article_time = best_of(|| {
        black_box(analyze(article, &options).expect("an article is analysable"));
    });
    println!(
        "\n5 KB article ({} bytes): {:.3} ms  (target for wasm: under 2 ms)",
        article.len(),
        article_time.as_secs_f64() * 1e3
    );

    let peak = peak_memory();
    match &peak {
        Ok((before, after)) => println!(
            "peak memory analysing 10 MiB: {:.0} MiB max RSS ({:.0} MiB before the analysis, with the text loaded)",
            after / MIB,
            before / MIB
        ),
        Err(why) => println!("peak memory analysing 10 MiB: not measured ({why})"),
    }

    let main_text = repeat_to(&corpus, MAIN_SIZE);
    let duckling = duckling_rate(&main_text);
    let khabar_main = rows
        .iter()
        .find(|r| r.bytes == main_text.len())
        .map_or(f64::NAN, |r| r.analyze_mib_s);
    println!(
        "\nduckling 0.4 (crates.io, dev-dependency), Arabic rules ({DUCKLING_DIMS_NAMES}), one paragraph per call, on the 10 MiB text:"
    );
    println!(
        "  {:.3} MiB/s over the first {:.2} MiB read in {:.1} s ({} items); khabar is {:.0}× faster",
        duckling.mib_s,
        duckling.bytes as f64 / MIB,
        duckling.seconds,
        duckling.items,
        khabar_main / duckling.mib_s
    );

    if let Ok(path) = std::env::var("KHABAR_BENCH_JSON") {
        let json = serde_json::json!({
            "init_ms": init.as_secs_f64() * 1e3,
            "sizes": rows.iter().map(|r| serde_json::json!({
                "label": r.label, "bytes": r.bytes,
                "analyze_mib_s": r.analyze_mib_s, "tokenize_mib_s": r.tokenize_mib_s,
            })).collect::<Vec<_>>(),
            "varied_news": varied.as_ref().map(|r| serde_json::json!({
                "bytes": r.bytes,
                "analyze_mib_s": r.analyze_mib_s, "tokenize_mib_s": r.tokenize_mib_s,
            })),
            "article_bytes": article.len(),
            "article_ms": article_time.as_secs_f64() * 1e3,
            "peak_rss_bytes": peak.as_ref().ok().map(|(_, after)| after),
            "duckling": {
                "mib_s": duckling.mib_s, "bytes": duckling.bytes,
                "seconds": duckling.seconds, "items": duckling.items,
            },
        });
        std::fs::write(&path, json.to_string())
            .unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    }
}

/// The best rates of analysing `text` and of tokenising it.
fn measure(label: &'static str, text: &str) -> Row {
    let options = Options {
        max_bytes: text.len(),
        ..Options::default()
    };
    let analyse = best_of(|| {
        black_box(analyze(text, &options).expect("bench text is analysable"));
    });
    let tokenize = best_of(|| {
        black_box(count_tokens(text));
    });
    let mb = text.len() as f64 / MIB;
    Row {
        label,
        bytes: text.len(),
        analyze_mib_s: mb / analyse.as_secs_f64(),
        tokenize_mib_s: mb / tokenize.as_secs_f64(),
    }
}

struct Row {
    label: &'static str,
    bytes: usize,
    analyze_mib_s: f64,
    tokenize_mib_s: f64,
}

/// The first call's cost over the second's, on one sentence: building the
/// lexicons, the model and the regular expressions.
fn init_time() -> Duration {
    let sentence = "وقعت روسيا عقدا بقيمة 2.4 مليار دولار في 19 يوليو 2022";
    let options = Options::default();
    let time = || {
        let start = Instant::now();
        black_box(analyze(sentence, &options).expect("a sentence is analysable"));
        start.elapsed()
    };
    let first = time();
    first.saturating_sub(time())
}

/// The news of ANERcorp (`../shared/data/anercorp`, a token and its tag
/// per line), one sentence per line, if the corpus is there: 1.2 MB in
/// which most words and word pairs are met once or a few times, unlike in
/// the seeds repeated, whose every word the tagger's caches soon hold.
fn varied_news() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/anercorp/ANERCorp_CamelLab_train.txt");
    let corpus = std::fs::read_to_string(path).ok()?;
    let mut text = String::with_capacity(corpus.len());
    for line in corpus.lines() {
        match line.rsplit_once(' ') {
            Some((token, _tag)) => {
                text.push_str(token);
                text.push(' ');
            }
            None => {
                text.pop();
                text.push('\n');
            }
        }
    }
    Some(text)
}

/// The seed article closest to 5 KB (without its blank line).
fn article_5k(seeds: &[String]) -> &str {
    seeds
        .iter()
        .map(|s| s.trim_end())
        .min_by_key(|s| s.len().abs_diff(5 << 10))
        .expect("at least one seed")
}

/// The shortest of the runs of `run` that fit in [`BUDGET`], at least
/// [`MIN_RUNS`] of them unless they pass [`RUNS_CAP`] (at least one).
fn best_of(mut run: impl FnMut()) -> Duration {
    let started = Instant::now();
    let mut best = Duration::MAX;
    for runs in 1..=2000 {
        let start = Instant::now();
        run();
        best = best.min(start.elapsed());
        let limit = if runs >= MIN_RUNS { BUDGET } else { RUNS_CAP };
        if started.elapsed() >= limit {
            break;
        }
    }
    best
}

/// Max RSS in bytes of a child process that loads 10 MiB and analyses it:
/// (before the analysis, after it). Linux only (`/proc/self/status`).
fn peak_memory() -> Result<(f64, f64), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = std::process::Command::new(exe)
        .arg(PEAK_ARG)
        .output()
        .map_err(|e| e.to_string())?;
    let out = String::from_utf8_lossy(&output.stdout);
    let mut numbers = out.split_whitespace().map(str::parse::<f64>);
    match (numbers.next(), numbers.next()) {
        (Some(Ok(before)), Some(Ok(after))) => Ok((before, after)),
        _ => Err(format!(
            "the child printed {:?}; {}",
            out.trim(),
            String::from_utf8_lossy(&output.stderr).trim()
        )),
    }
}

fn peak_memory_child(seeds: &[String]) {
    let text = repeat_to(&seeds.concat(), MAIN_SIZE);
    let before = max_rss().unwrap_or(f64::NAN);
    let options = Options {
        max_bytes: text.len(),
        ..Options::default()
    };
    black_box(analyze(&text, &options).expect("bench text is analysable"));
    println!("{before} {}", max_rss().unwrap_or(f64::NAN));
}

/// The process's peak resident set (VmHWM) in bytes.
fn max_rss() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024.0)
}

struct DucklingRate {
    mib_s: f64,
    bytes: usize,
    seconds: f64,
    items: usize,
}

const DUCKLING_DIMS: [duckling::DimensionKind; 8] = [
    duckling::DimensionKind::Numeral,
    duckling::DimensionKind::Ordinal,
    duckling::DimensionKind::AmountOfMoney,
    duckling::DimensionKind::Quantity,
    duckling::DimensionKind::Volume,
    duckling::DimensionKind::Temperature,
    duckling::DimensionKind::Duration,
    duckling::DimensionKind::Time,
];
const DUCKLING_DIMS_NAMES: &str =
    "numeral, ordinal, money, quantity, volume, temperature, duration, time";

/// duckling reads utterances, not documents: it is given one paragraph
/// (line) at a time, from the start of `text`, until [`DUCKLING_BUDGET`]
/// runs out or the text does. Its first call, which compiles its rules, is
/// not counted.
fn duckling_rate(text: &str) -> DucklingRate {
    let locale = duckling::Locale::new(duckling::Lang::AR, None);
    let context = duckling::Context {
        locale,
        ..Default::default()
    };
    let options = duckling::Options::default();
    let parse = |paragraph: &str| {
        duckling::parse(paragraph, &locale, &DUCKLING_DIMS, &context, &options).len()
    };
    black_box(parse("2.4 مليار دولار"));
    let started = Instant::now();
    let (mut bytes, mut items) = (0, 0);
    for paragraph in text.split_inclusive('\n') {
        items += parse(paragraph);
        bytes += paragraph.len();
        if started.elapsed() >= DUCKLING_BUDGET {
            break;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    DucklingRate {
        mib_s: bytes as f64 / MIB / seconds,
        bytes,
        seconds,
        items,
    }
}
