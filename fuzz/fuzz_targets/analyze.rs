//! Any UTF-8 text: no panic, and every promise of `khabar::invariants`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let analysis = khabar::analyze(text, &khabar::Options::default()).expect("fuzz inputs are under the size limit");
    if let Err(broken) = khabar::invariants::check(text, &analysis) {
        panic!("{broken}");
    }
});
