//! Durations and terms: a number of years, months, weeks, days, hours,
//! minutes or seconds (`20 عاماً`, `لعشرين عاما`, `ثلاثة أشهر`, `عامين`,
//! `ساعة ونصف`, `ربع ساعة`), and centuries as years (`نصف قرن` is 50
//! years). The unit is the period's name in the contract.

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::text::Tokens;
use crate::FigureKind;

use super::amount::{scaled_unit_table, unit_table, UnitForms, UnitWord};
use super::GrammaticalNumber;

/// Reads a duration word at token `j`, whose folded form or stem is `first`.
pub(super) fn read(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    table()
        .longest(tokens, j, first)
        .or_else(|| centuries().longest(tokens, j, first))
}

/// Duration words that stand alone: duals (`عامين`) and singulars, which
/// take ونصف or واحد.
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    let standalone = |unit: &UnitWord| unit.number != GrammaticalNumber::Plural;
    table()
        .first_words(standalone)
        .chain(centuries().first_words(standalone))
}

fn table() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| unit_table(FigureKind::Duration, DURATIONS))
}

/// The century, counted in years (`ربع قرن`, `نصف قرن`, `قرنين`). The
/// decade is left out: عقد and عقود are as often contracts.
fn centuries() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        scaled_unit_table(
            FigureKind::Duration,
            &[("year", &["قرن", "قرنا"], &["قرنين", "قرنان"], &["قرون"])],
            100.0,
        )
    })
}

const DURATIONS: &[UnitForms] = &[
    (
        "year",
        &["عام", "عاما", "سنة"],
        &["عامين", "عامان", "سنتين", "سنتان"],
        &["أعوام", "سنوات", "سنين"],
    ),
    (
        "month",
        &["شهر", "شهرا"],
        &["شهرين", "شهران"],
        &["أشهر", "شهور"],
    ),
    (
        "week",
        &["أسبوع", "أسبوعا"],
        &["أسبوعين", "أسبوعان"],
        &["أسابيع"],
    ),
    ("day", &["يوم", "يوما"], &["يومين", "يومان"], &["أيام"]),
    ("hour", &["ساعة"], &["ساعتين", "ساعتان"], &["ساعات"]),
    ("minute", &["دقيقة"], &["دقيقتين", "دقيقتان"], &["دقائق"]),
    (
        "second",
        &["ثانية"],
        &["ثانيتين", "ثانيتان"],
        &["ثوان", "ثواني"],
    ),
];
