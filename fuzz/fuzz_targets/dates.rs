//! Any UTF-8 text through the dates grammar alone, against any reference
//! date: no panic, and every promise of `khabar::invariants`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u8, u8, &str)| {
    let (year, month, day, text) = input;
    // Mostly valid dates, some not (month 13, day 31 of February), which
    // the grammar must ignore.
    let reference = format!("{:04}-{:02}-{:02}", year % 10_000, month % 14, day % 33);
    if let Err(broken) = khabar::invariants::check_dates(text, Some(&reference)) {
        panic!("{broken}");
    }
});
