//! Percentages: `10%`, `٥٪`, `خمسة في المئة`, `3 بالمائة`, and points:
//! `نقطة مئوية` (unit `pp`), `نقطة أساس` (unit `bp`); rates per thousand,
//! which birth and death rates are given in: `12 في الألف`, `25 بالألف`,
//! `8‰` (unit `‰`).
//!
//! The value stays as written (2.4 for 2.4%, 12 for 12‰), as the contract
//! says.

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::text::Tokens;
use crate::FigureKind;

use super::amount::{unit_table, UnitForms, UnitWord};
use super::GrammaticalNumber;

/// Reads a percent sign or phrase at token `j`, whose folded form or stem is `first`.
pub(super) fn read(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    table().longest(tokens, j, first)
}

/// Whether a folded token is the percent or per-mille sign (`%`, `٪` folded, `‰`).
pub(super) fn is_sign(folded: &str) -> bool {
    matches!(folded, "%" | "٪" | "‰")
}

/// Whether a percent phrase may start with the folded word `first`.
pub(super) fn starts_unit(first: &str) -> bool {
    table().starts_with(first)
}

/// Percent words that stand alone: the duals (`نقطتين مئويتين`).
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    table().first_words(|unit| unit.number == GrammaticalNumber::Dual)
}

fn table() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| unit_table(FigureKind::Percent, PERCENT))
}

const PERCENT: &[UnitForms] = &[
    (
        "%",
        &[
            "%",
            "في المائة",
            "في المئة",
            "في المية",
            "بالمائة",
            "بالمئة",
            "بالمية",
            "من المائة",
            "من المئة",
        ],
        &[],
        &[],
    ),
    ("‰", &["‰", "في الألف", "بالألف"], &[], &[]),
    (
        "pp",
        &["نقطة مئوية", "نقطة مئويّة"],
        &["نقطتين مئويتين", "نقطتان مئويتان"],
        &["نقاط مئوية"],
    ),
    (
        "bp",
        &["نقطة أساس"],
        &["نقطتي أساس", "نقطتين أساس"],
        &["نقاط أساس"],
    ),
];
