//! The seed articles' must-find list (`../shared/seeds/expected.json`,
//! beside the repository; see [`expected`] for what matching means): every
//! figure, date and time, and every entity with one key across the five
//! documents.

mod expected;

use expected::{assert_all_found, assert_none, missed_entities, missed_figures, seeds_dir, Span};

#[test]
fn every_seed_figure_is_found() {
    let dir = seeds_dir();
    let wanted = |kind: &str| kind != "date" && kind != "time";
    assert_all_found(
        "seed figures",
        missed_figures(&dir, &expected::expected(&dir), wanted, Span::Covering),
    );
}

#[test]
fn every_seed_date_and_time_is_found() {
    let dir = seeds_dir();
    let wanted = |kind: &str| kind == "date" || kind == "time";
    assert_all_found(
        "seed dates and times",
        missed_figures(&dir, &expected::expected(&dir), wanted, Span::Covering),
    );
}

#[test]
fn seed_entities_are_found_with_one_key_each() {
    let dir = seeds_dir();
    assert_none(
        "seed entities missed",
        &missed_entities(&dir, &expected::expected(&dir)),
    );
}
