//! Whole articles written for the tests (`tests/articles/`): news from
//! Cairo, Beirut, Baghdad, Rabat and Riyadh, a tech roundup and an economy
//! story, each figure and entity of which a reader checked. Every figure of
//! the must-find list is reported with exactly its span and values, every
//! entity with each of its forms and one key across the articles, and
//! nothing of the `absent` list is. `todo` lists what khabar still reads
//! wrong, with the right reading, and is not checked.

mod expected;

use expected::{
    articles_dir, assert_all_found, assert_none, missed_entities, missed_figures, reported_absents,
    Span,
};

#[test]
fn every_checked_figure_is_found_with_its_exact_span() {
    let dir = articles_dir();
    assert_all_found(
        "figures",
        missed_figures(&dir, &expected::expected(&dir), |_| true, Span::Exact),
    );
}

#[test]
fn every_checked_entity_is_found_with_one_key() {
    let dir = articles_dir();
    assert_none(
        "entities missed",
        &missed_entities(&dir, &expected::expected(&dir)),
    );
}

#[test]
fn nothing_absent_is_reported() {
    let dir = articles_dir();
    assert_none(
        "absent items reported",
        &reported_absents(&dir, &expected::expected(&dir)),
    );
}
