//! Whatever the input, an analysis keeps the promises of
//! `khabar::invariants` and does not panic. Hostile inputs (long digit
//! runs, one word repeated, a single huge line, mixed scripts, control
//! characters) go through; `cargo bench` shows that their cost stays linear.

use khabar::{analyze, Analysis, Options};

fn check(text: &str) -> Analysis {
    let analysis =
        analyze(text, &Options::default()).expect("input under the size limit is analysed");
    if let Err(broken) = khabar::invariants::check(text, &analysis) {
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
        "9".repeat(1 << 20),
        "١٢٣,٤٥٦.".repeat(1 << 16),
        "مليار ".repeat(1 << 17),
        "استراتيجية".repeat(1 << 16),
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

#[test]
fn a_single_ten_megabyte_line_goes_through() {
    let sentence = "وقعت روسيا عقدا بقيمة 2.4 مليار دولار لبناء مفاعلين نوويين في 19 يوليو 2022، ";
    let line = sentence.repeat((10 << 20) / sentence.len());
    let analysis = check(&line);
    assert!(!analysis.figures.is_empty());
}
