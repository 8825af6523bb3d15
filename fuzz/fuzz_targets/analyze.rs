//! Any UTF-8 text: no panic, and every promise of `khabar::invariants`,
//! offsets converted to UTF-16 included.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let analysis = khabar::analyze(text, &khabar::Options::default())
        .expect("fuzz inputs are under the size limit");
    if let Err(broken) = khabar::invariants::check(text, &analysis)
        .and_then(|()| khabar::invariants::check_utf16_offsets(text, &analysis))
    {
        panic!("{broken}");
    }
});
