//! The seed articles' must-find list (`../shared/seeds/expected.json`,
//! beside the repository; see [`expected`] for what matching means): every
//! figure, date and time, and every entity with one key across the five
//! documents.

mod expected;

use expected::{missed_entities, missed_figures, seeds_dir, Span};

fn assert_all_found(what: &str, (failures, checked): (Vec<String>, usize)) {
    assert!(checked > 0, "no {what} to check in expected.json");
    assert!(
        failures.is_empty(),
        "{} of {checked} seed {what} missed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_seed_figure_is_found() {
    let dir = seeds_dir();
    let wanted = |kind: &str| kind != "date" && kind != "time";
    assert_all_found(
        "figures",
        missed_figures(&dir, &expected::expected(&dir), wanted, Span::Covering),
    );
}

#[test]
fn every_seed_date_and_time_is_found() {
    let dir = seeds_dir();
    let wanted = |kind: &str| kind == "date" || kind == "time";
    assert_all_found(
        "dates and times",
        missed_figures(&dir, &expected::expected(&dir), wanted, Span::Covering),
    );
}

#[test]
fn seed_entities_are_found_with_one_key_each() {
    let dir = seeds_dir();
    let failures = missed_entities(&dir, &expected::expected(&dir));
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
