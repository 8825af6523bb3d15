//! Whatever the input, an analysis keeps the promises of
//! `khabar::invariants` and does not panic, and so does each parser run on
//! its own (numbers, dates, figures: the fuzz targets' entry points).
//! Hostile inputs (long digit runs, one word repeated, mixed scripts,
//! control characters) go through. The same inputs at 1 MB, and a single
//! 10 MB line, run against the release wasm in tests/node/limits.test.mjs:
//! debug-mode Rust is too slow for them. `npm run bench` shows that the
//! cost per MB stays flat.

use khabar::{analyze, invariants, Analysis, Options};

fn check(text: &str) -> Analysis {
    let parsers = [
        ("numbers", invariants::check_numbers(text)),
        ("dates", invariants::check_dates(text, Some("2024-02-29"))),
        (
            "dates without a reference",
            invariants::check_dates(text, None),
        ),
        ("figures", invariants::check_figure_grammar(text)),
    ];
    for (parser, result) in parsers {
        if let Err(broken) = result {
            panic!("{parser}: {broken}");
        }
    }
    let analysis =
        analyze(text, &Options::default()).expect("input under the size limit is analysed");
    if let Err(broken) = invariants::check(text, &analysis)
        .and_then(|()| invariants::check_utf16_offsets(text, &analysis))
    {
        panic!("{broken}");
    }
    analysis
}

#[test]
fn seeds_keep_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    for entry in std::fs::read_dir(dir).expect("../shared/seeds is beside the repository") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            check(&std::fs::read_to_string(path).unwrap());
        }
    }
}

#[test]
fn hostile_inputs_keep_the_invariants() {
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t ".into(),
        "9".repeat(1 << 16),
        "١٢٣,٤٥٦.".repeat(1 << 12),
        "مليار ".repeat(1 << 13),
        "استراتيجية".repeat(1 << 12),
        "يوليو ".repeat(1 << 13),
        format!("{} {}", "ـ".repeat(1000), "\u{064B}".repeat(1000)),
        "1e308 10^400 99999999999999999999999999999999999999 مليار مليار مليار تريليون".into(),
        "١.٢.٣.٤.٥.٦.٧.٨.٩-٠/١٩/٢٠٢٢:١٤:١٥٪".into(),
        "Moscow موسكو 莫斯科 Москва 🇷🇺 𝟘𝟙 \u{202E}عكس\u{202C} \u{0000}\u{0007}".into(),
        "وبـ ـ لل ال و ف ب ك ل".into(),
    ];
    for case in &cases {
        check(case);
    }
}
