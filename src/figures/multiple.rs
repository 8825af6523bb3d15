//! Multiples: how many times a figure is another (`ثلاثة أضعاف`, `عشرين
//! ضعفا`, `ضعفي ما كان عليه`), reported as numbers with the unit `×`.
//!
//! The singular ضعف is also weakness (`ضعف الاقتصاد`), so it counts only
//! after a number (`100 ضعف`); the dual stands alone for two times
//! (`ضعفين`, `ضعفي`).

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::text::Tokens;
use crate::FigureKind;

use super::amount::{unit_table, UnitForms, UnitWord};
use super::GrammaticalNumber;

/// Reads a word of multiples at token `j`, whose folded form or stem is `first`.
pub(super) fn read(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    table().longest(tokens, j, first)
}

/// The words of multiples that stand alone: the duals.
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    table().first_words(|unit| unit.number == GrammaticalNumber::Dual)
}

fn table() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| unit_table(FigureKind::Number, MULTIPLES))
}

const MULTIPLES: &[UnitForms] = &[(
    "×",
    &["ضعف", "ضعفا"],
    &["ضعفين", "ضعفي", "ضعفان"],
    &["أضعاف"],
)];
