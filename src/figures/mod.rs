//! Every figure of a text that is not a date or a time: numbers,
//! quantities, money, percentages, durations, counts, ordinals, multiples,
//! ranges, bounds, approximations and model designations.
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
mod multiple;
mod ordinal;
mod percent;
mod quantity;
mod ranges;
mod subject;

pub(crate) use duration::about_a_contract;
pub(crate) use ordinal::{read_rank, Rank};

use std::sync::OnceLock;

use crate::lexicon::FoldedMap;
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};
use crate::{Figure, FigureKind, Value};

/// Finds the figures in `tokens`.
pub fn extract(tokens: &Tokens) -> Vec<Figure> {
    let starts: Vec<TypeStarts> = (0..tokens.word_type_count() as u32)
        .map(|t| type_starts(tokens, tokens.first_of_type(t)))
        .collect();
    let types = tokens.word_types();
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = if starts[types[i] as usize].start_at(tokens, i) {
            model::read(tokens, i)
                .or_else(|| ranges::read(tokens, i))
                .or_else(|| ordinal::read(tokens, i))
                .or_else(|| {
                    // جرعتين على الأقل: a dual takes the qualifiers after it.
                    count::read_without_numeral(tokens, i).map(|(mut figure, next)| {
                        let next = ranges::with_suffix(tokens, &mut figure, next);
                        (figure, next)
                    })
                })
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
    join_compound_durations(tokens.text(), &mut figures);
    figures
}

/// How many of the next smaller unit make one of a duration's unit.
const SMALLER_UNITS: [(&str, &str, f64); 5] = [
    ("year", "month", 12.0),
    ("week", "day", 7.0),
    ("day", "hour", 24.0),
    ("hour", "minute", 60.0),
    ("minute", "second", 60.0),
];

/// Joins a duration and one of the next smaller unit after و into one, in
/// that smaller unit: `ساعتين وخمس وأربعين دقيقة` is 165 minutes, `سنة
/// وثلاثة أشهر` 15 months.
fn join_compound_durations(text: &str, figures: &mut Vec<Figure>) {
    let number = |figure: &Figure| match figure.value {
        Some(Value::Number(n)) if figure.kind == FigureKind::Duration => Some(n),
        _ => None,
    };
    let mut joined: Vec<Figure> = Vec::with_capacity(figures.len());
    for figure in figures.drain(..) {
        let compound = joined.last_mut().and_then(|whole| {
            let (larger, smaller) = (number(whole)?, number(&figure)?);
            let &(_, unit, factor) = SMALLER_UNITS
                .iter()
                .find(|&&(big, small, _)| whole.unit == Some(big) && figure.unit == Some(small))?;
            (text[whole.end..figure.start].trim() == "و").then_some((
                whole,
                larger * factor + smaller,
                unit,
            ))
        });
        match compound {
            Some((whole, value, unit)) => {
                whole.value = Some(Value::Number(value));
                whole.unit = Some(unit);
                whole.end = figure.end;
                whole.text = text[whole.start..whole.end].to_string();
                whole.approx |= figure.approx;
            }
            None => joined.push(figure),
        }
    }
    *figures = joined;
}

/// Whether token `k` ends a sentence, as [`Tokens::ends_sentence`] says,
/// and is not the point inside a number (`48.5`).
pub(super) fn ends_sentence(tokens: &Tokens, k: usize) -> bool {
    let in_number = tokens.glued_to_previous(k) && tokens.glued_to_previous(k + 1);
    tokens.ends_sentence(k) && !in_number
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
/// words of a text start none, and hashed look-ups under every reading of
/// the word tell so once per type.
enum TypeStarts<'a> {
    Always,
    /// When a qualifier starting with one of these stems (the word's, under
    /// a reading of its proclitics) goes on in the text, before واحد, or
    /// when the word is a dual that counts what it names.
    InContext {
        qualifier_stems: Vec<&'a str>,
        counted_dual: bool,
    },
    BeforeOne,
    /// A full stop or decimal separator, when it is the point of a number
    /// written without its zero (`.77`): most full stops end a sentence.
    DecimalPoint,
    Never,
}

impl TypeStarts<'_> {
    /// Whether a figure may start at token `i`, of this type: a cheap test
    /// run before the readers.
    fn start_at(&self, tokens: &Tokens, i: usize) -> bool {
        match self {
            TypeStarts::Always => true,
            TypeStarts::InContext {
                qualifier_stems,
                counted_dual,
            } => {
                qualifier_stems
                    .iter()
                    .any(|stem| ranges::qualifier_at(tokens, i, stem))
                    || amount::is_one(tokens.folded(i + 1))
                    // Names end like duals (إيران، بوتين), and only the
                    // reader of duals tells them from one.
                    || *counted_dual && count::read_without_numeral(tokens, i).is_some()
            }
            TypeStarts::BeforeOne => amount::is_one(tokens.folded(i + 1)),
            TypeStarts::DecimalPoint => crate::numbers::starts_decimals(tokens, i),
            TypeStarts::Never => false,
        }
    }
}

/// What [`TypeStarts::start_at`] needs to know of the tokens of the type
/// of token `i`, found from the word alone.
fn type_starts<'a>(tokens: &'a Tokens, i: usize) -> TypeStarts<'a> {
    match tokens.kind(i) {
        Some(TokenKind::Number | TokenKind::Latin) => TypeStarts::Always,
        Some(TokenKind::Punct) => {
            let punct = tokens.folded(i);
            if punct == "-" || money::is_symbol_start(punct) || percent::is_sign(punct) {
                TypeStarts::Always
            } else if matches!(punct, "." | "٫") {
                TypeStarts::DecimalPoint
            } else {
                TypeStarts::Never
            }
        }
        Some(TokenKind::Word) => {
            let word = tokens.folded(i);
            let mut qualifier_stems = Vec::new();
            for Split { stem, .. } in proclitic_splits(word) {
                match starters().get(stem) {
                    Some(Starter::Word) => return TypeStarts::Always,
                    Some(Starter::Qualifier) => qualifier_stems.push(stem),
                    None => {}
                }
            }
            let counted_dual = count::may_be_counted_dual(word);
            if qualifier_stems.is_empty() && !counted_dual {
                TypeStarts::BeforeOne
            } else {
                TypeStarts::InContext {
                    qualifier_stems,
                    counted_dual,
                }
            }
        }
        None => TypeStarts::Never,
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
        assert!((0..tokens.len()).all(|i| !type_starts(&tokens, i).start_at(&tokens, i)));
    }
}
