//! Any UTF-8 text through the figures grammar alone (amounts, money,
//! quantities, ranges, counts, ordinals): no panic, and every promise of
//! `khabar::invariants`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(broken) = khabar::invariants::check_figure_grammar(text) {
        panic!("{broken}");
    }
});
