//! Every figure of a text that is not a date or a time: numbers,
//! quantities, money, percentages, durations, counts, ordinals, ranges,
//! bounds, approximations and model designations.
//!
//! One pass over the tokens: at each token the readers are tried from the
//! most specific (a model designation) to the most general (a counted dual
//! noun), and the first that reads a figure moves the pass past it. Each
//! reader lives in its own module, with its corpus in `corpus/<kind>.txt`.

mod amount;
mod count;
mod duration;
mod model;
mod money;
mod ordinal;
mod percent;
mod quantity;
mod ranges;
mod subject;

pub(crate) use ordinal::{read_rank, Rank};

use std::sync::OnceLock;

use crate::lexicon::FoldedMap;
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};
use crate::Figure;

/// Finds the figures in `tokens`.
pub fn extract(tokens: &Tokens) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = if could_start_a_figure(tokens, i) {
            model::read(tokens, i)
                .or_else(|| ranges::read(tokens, i))
                .or_else(|| ordinal::read(tokens, i))
                .or_else(|| count::read_without_numeral(tokens, i))
        } else {
            None
        };
        match found {
            Some((figure, next)) => {
                figures.push(figure);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    figures
}

/// The grammatical number of a unit, currency or noun as written: a dual
/// with no numeral before it (`عامين`, `دولارين`) stands for two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GrammaticalNumber {
    Singular,
    Dual,
    Plural,
}

/// The readings of a folded word as proclitics and a stem without the
/// article (`بأكثر` → ب + أكثر, `لعامين` → ل + عامين): the letters the
/// proclitics take and the stem, the unsplit word first.
pub(crate) fn indefinite_stems(word: &str) -> impl Iterator<Item = (usize, &str)> {
    proclitic_splits(word)
        .filter(|split| !split.article)
        .map(|split| (split.prefix_letters, split.stem))
}

/// A cheap test run on every token before the readers: most words of a
/// text start no figure, and a single hashed look-up per reading of the
/// word tells so.
fn could_start_a_figure(tokens: &Tokens, i: usize) -> bool {
    match tokens.kind(i) {
        Some(TokenKind::Number | TokenKind::Latin) => true,
        Some(TokenKind::Punct) => {
            tokens.folded(i) == "-" || money::is_symbol_start(tokens.folded(i))
        }
        Some(TokenKind::Word) => {
            let word = tokens.folded(i);
            let may_have_proclitics =
                matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ك' | 'ل' | 'ا'));
            let starts = |stem: &str| match starters().get(stem) {
                Some(Starter::Word) => true,
                Some(Starter::Qualifier) => ranges::qualifier_at(tokens, i, stem),
                None => false,
            };
            starts(word)
                // Names end like duals (إيران، بوتين), and only the reader
                // of duals tells them from one.
                || count::may_be_dual(word) && count::read_without_numeral(tokens, i).is_some()
                || amount::is_one(tokens.folded(i + 1))
                || may_have_proclitics
                    && proclitic_splits(word)
                        .skip(1)
                        .any(|Split { stem, .. }| starts(stem))
        }
        None => false,
    }
}

/// How a word can begin a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Starter {
    /// By itself: a number, a unit, an ordinal, a model.
    Word,
    /// Only as the first word of a qualifier, whose other words must follow
    /// (`في حدود`): common words such as في and على are first words of
    /// qualifiers, and testing the qualifier whole spares the readers most
    /// of them.
    Qualifier,
}

/// Every word that can begin a figure, from all the readers' lexicons.
fn starters() -> &'static FoldedMap<Starter> {
    static STARTERS: OnceLock<FoldedMap<Starter>> = OnceLock::new();
    STARTERS.get_or_init(|| {
        let mut words = FoldedMap::default();
        for word in ranges::first_words() {
            words.insert(word, Starter::Qualifier);
        }
        // A word that also begins a figure by itself is a plain starter.
        for word in crate::numbers::words()
            .chain(ordinal::first_words())
            .chain(model::first_words())
            .chain(amount::unit_first_words())
            .chain(std::iter::once("ال".to_string()))
        {
            words.insert(word, Starter::Word);
        }
        words
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_seed_figures_in_context() {
        let text = "قد تصل إلى 55 مليار متر مكعب سنويا. لكن في حدود ملياري متر مكعب.";
        let figures = extract(&Tokens::new(text));
        let spans: Vec<&str> = figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            spans,
            ["تصل إلى 55 مليار متر مكعب سنويا", "في حدود ملياري متر مكعب"]
        );
    }

    #[test]
    fn skips_words_that_start_nothing() {
        let tokens = Tokens::new("استراتيجية مؤلف ذهاب");
        assert!((0..tokens.len()).all(|i| !could_start_a_figure(&tokens, i)));
    }
}
