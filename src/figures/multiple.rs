//! Multiples: how many times a figure is another (`ثلاثة أضعاف`, `عشرين
//! ضعفا`, `ضعفي ما كان عليه`), reported as numbers with the unit `×`.
//!
//! The dual stands alone for two times (`ضعفين`, `ضعفي`). The singular
//! ضعف is also weakness (`ضعف الاقتصاد`, `يعاني من ضعف`), so alone it is
//! the double, two times, only where a measure is compared: before ما
//! (`ضعف ما كان عليه`, `أكثر من ضعف ما`) or after a word that gives an
//! amount (`يعادل ضعف`, `حوالي ضعف`, `أكثر من ضعف`), but not after إلى
//! or نحو alone, which lead to weakness as often (`أدى إلى ضعف الطلب`). With the
//! article it is left alone: `الضعف` is mostly weakness (`نقاط الضعف`).
//! The plural alone (`أضعاف ما كان عليه`, `أضعافا مضاعفة`) says many times
//! without saying how many: no value, so no figure.

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

/// Whether a multiple may start with the folded word `first`.
pub(super) fn starts_unit(first: &str) -> bool {
    table().starts_with(first)
}

/// The words of multiples that stand alone: the duals, and the singular
/// where [`doubles_alone`] says so.
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    table().first_words(|unit| unit.number != GrammaticalNumber::Plural)
}

/// Whether `unit`, read alone at token `i` up to token `next`, is the
/// singular ضعف comparing a measure: the double.
pub(super) fn doubles_alone(tokens: &Tokens, i: usize, next: usize, unit: &UnitWord) -> bool {
    if unit.code != Some("×") || unit.number != GrammaticalNumber::Singular {
        return false;
    }
    let before = |back: usize| {
        i.checked_sub(back)
            .filter(|&k| tokens.same_line_as_previous(k + 1))
            .map_or("", |k| tokens.folded(k))
    };
    let after_bound = before(1) == "من" && matches!(before(2), "اكثر" | "اقل");
    if before(1) == "من" && !after_bound {
        return false;
    }
    after_bound
        || matches!(tokens.folded(next), "ما" | "مما") && tokens.same_line_as_previous(next)
        || matches!(
            before(1),
            "حوالي" | "قرابه" | "زهاء" | "يعادل" | "تعادل" | "يساوي" | "تساوي"
        )
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
