//! Any UTF-8 text, read as a number at every token: no panic, spans in the
//! text on character boundaries, finite values (`khabar::invariants`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(broken) = khabar::invariants::check_numbers(text) {
        panic!("{broken}");
    }
});
