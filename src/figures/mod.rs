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
    let starts: Vec<TypeStarts> = (0..tokens.word_type_count() as u32)
        .map(|t| type_starts(tokens, tokens.first_of_type(t)))
        .collect();
    let types = tokens.word_types();
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let could_start = match starts[types[i] as usize] {
            TypeStarts::Always => true,
            TypeStarts::InContext => could_start_a_figure(tokens, i),
            TypeStarts::BeforeOne => amount::is_one(tokens.folded(i + 1)),
            TypeStarts::Never => false,
        };
        let found = if could_start {
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

/// Whether the tokens of a word type start a figure whatever their
/// context, only in some, only before واحد (`وحدة واحدة`), or never: most
/// words of a text start none, and a hashed look-up per reading of the
/// word tells so once per type.
#[derive(Clone, Copy)]
enum TypeStarts {
    Always,
    InContext,
    BeforeOne,
    Never,
}

/// What [`could_start_a_figure`] says of the tokens of the type of token
/// `i`, found from the word alone.
fn type_starts(tokens: &Tokens, i: usize) -> TypeStarts {
    match tokens.kind(i) {
        Some(TokenKind::Number | TokenKind::Latin) => TypeStarts::Always,
        Some(TokenKind::Punct) if could_start_a_figure(tokens, i) => TypeStarts::Always,
        Some(TokenKind::Word) => {
            let word = tokens.folded(i);
            let mut starters = word_and_stems(word).filter_map(|stem| starters().get(stem));
            if starters.clone().any(|&s| s == Starter::Word) {
                TypeStarts::Always
            } else if starters.next().is_some() || count::may_be_counted_dual(word) {
                TypeStarts::InContext
            } else {
                TypeStarts::BeforeOne
            }
        }
        _ => TypeStarts::Never,
    }
}

/// A folded word, then the stems of its other proclitic readings.
fn word_and_stems(word: &str) -> impl Iterator<Item = &str> + Clone {
    proclitic_splits(word).map(|Split { stem, .. }| stem)
}

/// Whether a figure may start at token `i`: a cheap test run before the
/// readers on the tokens whose type starts a figure only in context.
fn could_start_a_figure(tokens: &Tokens, i: usize) -> bool {
    match tokens.kind(i) {
        Some(TokenKind::Number | TokenKind::Latin) => true,
        Some(TokenKind::Punct) => {
            tokens.folded(i) == "-" || money::is_symbol_start(tokens.folded(i))
        }
        Some(TokenKind::Word) => {
            let word = tokens.folded(i);
            word_and_stems(word).any(|stem| match starters().get(stem) {
                Some(Starter::Word) => true,
                Some(Starter::Qualifier) => ranges::qualifier_at(tokens, i, stem),
                None => false,
            }) || amount::is_one(tokens.folded(i + 1))
                // Names end like duals (إيران، بوتين), and only the reader
                // of duals tells them from one.
                || count::may_be_dual(word) && count::read_without_numeral(tokens, i).is_some()
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
