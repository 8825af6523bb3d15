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

pub(crate) use count::is_dual_in_construct;
pub(crate) use duration::about_a_contract;
pub(crate) use ordinal::{read_rank, Rank};

use std::sync::OnceLock;

use crate::lexicon::FoldedMap;
use crate::per_type::PerWordType;
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};
use crate::{Figure, FigureKind, Value};

/// Finds the figures in `tokens`.
pub fn extract(tokens: &Tokens) -> Vec<Figure> {
    let starts = StartTable::new(tokens);
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = match starts.start_at(tokens, i) {
            Start::Nothing => None,
            start => model::read(tokens, i)
                .or_else(|| ordinal::read_series_rank(tokens, i))
                .or_else(|| ranges::read(tokens, i))
                .or_else(|| ordinal::read(tokens, i))
                .or_else(|| {
                    let counted = match start {
                        Start::CountedDual(figure, next) => Some((*figure, next)),
                        _ => count::read_without_numeral(tokens, i),
                    };
                    // جرعتين على الأقل: a dual takes the qualifiers after it.
                    counted.map(|(mut figure, next)| {
                        let next = ranges::with_suffix(tokens, &mut figure, next);
                        (figure, next)
                    })
                }),
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
    carry_units_to_bare_numbers(tokens.text(), &mut figures);
    figures
}

/// Gives a bare number the kind, unit, rate and subject of the amount
/// before it that it is compared with: `ارتفعت الصادرات إلى 152.9 مليار
/// دولار من 168 مليارا` (168 billion dollars), `12 مليار دولار مقابل 9
/// مليارات`, `5 ملايين جنيه بعد أن كان 3 ملايين`, `نمو 3.5% مقارنة بـ2.8`,
/// `بأغلبية 171 صوتا مقابل 56` (56 votes). Only after a word that
/// compares two values of one measure (see [`compares_values`]), in the
/// same sentence, with no other figure between but a year (`152.9 مليار
/// دولار بنهاية يونيو 2024 من 168 مليارا`); never to a year (`من 2010`),
/// and after a percentage or a count never with من, which there takes a
/// share (`5% من 3 آلاف`, `واحد من حوالي مائتين`).
fn carry_units_to_bare_numbers(text: &str, figures: &mut [Figure]) {
    let bare_value = |figure: &Figure| match figure.value {
        Some(Value::Number(value))
            if figure.kind == FigureKind::Number && figure.unit.is_none() =>
        {
            Some(value)
        }
        _ => None,
    };
    let is_year = |figure: &Figure| {
        bare_value(figure).is_some_and(|value| {
            value.fract() == 0.0
                && (1900.0..=2100.0).contains(&value)
                && figure.text.chars().all(|c| c.is_ascii_digit())
        })
    };
    let mut measured: Option<usize> = None;
    for at in 0..figures.len() {
        if is_year(&figures[at]) {
            continue;
        }
        let Some(m) = measured.replace(at) else {
            continue;
        };
        // A number followed at once by another figure is a piece of it,
        // cut off by a stray comma or point (`51 , 6 مليار جنيه`).
        let cut_off = figures.get(at + 1).is_some_and(|next| {
            !text[figures[at].end..next.start]
                .chars()
                .any(char::is_alphanumeric)
        });
        let (before, after) = figures.split_at_mut(at);
        let (source, bare) = (&before[m], &mut after[0]);
        let carried = match source.kind {
            FigureKind::Money | FigureKind::Count => true,
            FigureKind::Quantity | FigureKind::Percent => source.unit.is_some(),
            _ => false,
        };
        if !carried || bare_value(bare).is_none() {
            continue;
        }
        let gap = &text[source.end..bare.start];
        let opening = &text[..source.start];
        let takes_a_share = matches!(source.kind, FigureKind::Percent | FigureKind::Count);
        if !cut_off && compares_values(gap, opening, takes_a_share) {
            bare.kind = source.kind;
            bare.unit = source.unit;
            bare.per = source.per;
            bare.subject = source.subject.clone();
        }
    }
}

/// How many words may stand between an amount and the word that compares
/// it with another (`152.9 مليار دولار العام الماضي مقابل`).
const WORDS_BEFORE_COMPARISON: usize = 4;

/// Whether the words between two figures, `gap`, end in a word that
/// compares the second with the first (من، مقابل، مقارنة بـ، بعد أن
/// كان …) within one sentence. After من the second is the first's start
/// (`إلى 152.9 مليار دولار من 168 مليارا`) and after إلى its end when من
/// opened the first (`من 100 مليون دولار إلى 150 مليونا`); a percentage
/// or a count, `share_after_from`, takes none of them.
fn compares_values(gap: &str, opening: &str, share_after_from: bool) -> bool {
    if gap.contains(['.', '؟', '?', '!', '؛', ';', '\n', ':']) {
        return false;
    }
    let folded = crate::text::fold(gap);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let ends = |link: &[&str]| {
        words.ends_with(link) && words.len() - link.len() <= WORDS_BEFORE_COMPARISON
    };
    // Only the last word before the first amount: folding all the text
    // before it, for every pair, made a long text quadratic.
    let from_before = || {
        opening
            .split_whitespace()
            .rev()
            .map(crate::text::fold)
            .find(|w| !w.is_empty())
            .is_some_and(|w| w == "من")
    };
    ends(&["مقابل"])
        || ends(&["مقارنه", "ب"])
        || ends(&["مقارنه", "مع"])
        || ends(&["بالمقارنه", "مع"])
        || ends(&["بدلا", "من"])
        || ends(&["كان"])
        || ends(&["كانت"])
        || !share_after_from && (ends(&["من"]) || ends(&["الي"]) && from_before())
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
/// context, only in some, only before واحد or the like (`وحدة واحدة`), or never: most
/// words of a text start none, and hashed look-ups under every reading of
/// the word tell so once per type.
enum TypeStarts<'a> {
    Always,
    /// When a qualifier starting with one of these stems (the word's, under
    /// a reading of its proclitics) goes on in the text to an amount, before
    /// a word that completes one (see [`StartTable::completes_an_amount`]),
    /// or when the word is a dual that counts what it names.
    InContext {
        qualifier_stems: Vec<&'a str>,
        /// Whether one of those qualifiers is the word alone: the others
        /// need their second word next.
        qualifier_alone: bool,
        counted_dual: Option<count::CountedDual>,
    },
    /// Before a word that completes an amount written without a number:
    /// واحد, اثنان or a fraction (`وحدة واحدة`, `متهمين اثنين`, `جنيه ونصف`).
    BeforeCompletion,
    /// A full stop or decimal separator, when it is the point of a number
    /// written without its zero (`.77`): most full stops end a sentence.
    DecimalPoint,
    Never,
}

/// What [`StartTable::start_at`] finds at a token.
enum Start {
    Nothing,
    /// The readers may find a figure.
    Maybe,
    /// Only a counted dual, which the test had to read whole (`جرعتين`):
    /// the figure and the token after it, kept for the reader of counts.
    /// Boxed: a start is asked of every token, and seldom this one.
    CountedDual(Box<Figure>, usize),
}

/// What each word type of a text can start, learnt once per type, so that
/// the pass over the tokens asks arrays indexed by type, not the lexicons.
struct StartTable<'a> {
    types: &'a [u32],
    of_type: Vec<TypeStarts<'a>>,
    /// How the type may complete an amount begun before it: asked of the
    /// token after most words, and found from the word by a few string
    /// comparisons, so found for every type at once rather than behind a
    /// lazy look-up at every token.
    completion: Vec<Completion>,
    // The rest are asked of a few tokens only (those after a qualifier's
    // first word or a currency), so they are found on first use: in varied
    // news, finding them for every type cost more than they save.
    /// Whether the type is the second word of a qualifier.
    is_second_of_qualifier: PerWordType<'a, bool>,
    /// Whether the type may begin a unit read without a number, which a
    /// word that starts no figure by itself may yet do before واحد.
    may_start_unit_alone: PerWordType<'a, bool>,
}

impl<'a> StartTable<'a> {
    fn new(tokens: &'a Tokens) -> Self {
        let firsts = || (0..tokens.word_type_count() as u32).map(|t| tokens.first_of_type(t));
        StartTable {
            types: tokens.word_types(),
            of_type: firsts().map(|i| type_starts(tokens, i)).collect(),
            completion: firsts().map(|i| Completion::of(tokens.folded(i))).collect(),
            is_second_of_qualifier: PerWordType::new(tokens, |tokens, i| {
                ranges::is_second_word(tokens.folded(i))
            }),
            may_start_unit_alone: PerWordType::new(tokens, |tokens, i| {
                tokens.kind(i) == Some(TokenKind::Word)
                    && amount::may_start_unit_alone(tokens.folded(i))
            }),
        }
    }

    /// Whether a figure may start at token `i`: a cheap test run before the
    /// readers.
    fn start_at(&self, tokens: &Tokens, i: usize) -> Start {
        let maybe = |may: bool| if may { Start::Maybe } else { Start::Nothing };
        match &self.of_type[self.types[i] as usize] {
            TypeStarts::Always => Start::Maybe,
            TypeStarts::InContext {
                qualifier_stems,
                qualifier_alone,
                counted_dual,
            } => {
                // A qualifier starts a figure only with an amount after it:
                // من and بين are among the commonest words.
                let may_qualify = *qualifier_alone || self.is_second_of_qualifier(i + 1);
                if self.completes_an_amount(i)
                    || may_qualify
                        && qualifier_stems.iter().any(|stem| {
                            ranges::qualifier_end(tokens, i, stem)
                                .is_some_and(|next| self.may_start_amount(tokens, next))
                        })
                {
                    return Start::Maybe;
                }
                // Names end like duals (إيران، بوتين), and only the reader
                // of duals tells them from one.
                let counted = counted_dual
                    .filter(|dual| dual.met_at(tokens, i))
                    .and_then(|_| count::read_without_numeral(tokens, i));
                match counted {
                    Some((figure, next)) => Start::CountedDual(Box::new(figure), next),
                    None => Start::Nothing,
                }
            }
            TypeStarts::BeforeCompletion => maybe(self.completes_an_amount(i)),
            TypeStarts::DecimalPoint => maybe(crate::numbers::starts_decimals(tokens, i)),
            TypeStarts::Never => Start::Nothing,
        }
    }

    /// Whether an amount may start at token `i`: at a word that starts
    /// figures only in context, the amount readers read none but a unit
    /// alone.
    fn may_start_amount(&self, tokens: &Tokens, i: usize) -> bool {
        let Some(&t) = self.types.get(i) else {
            return false;
        };
        match self.of_type[t as usize] {
            TypeStarts::Always => true,
            TypeStarts::DecimalPoint => crate::numbers::starts_decimals(tokens, i),
            _ => self.may_start_unit_alone.at(i),
        }
    }

    /// Whether token `i` is the second word of a qualifier; false past the end.
    fn is_second_of_qualifier(&self, i: usize) -> bool {
        i < self.types.len() && self.is_second_of_qualifier.at(i)
    }

    /// Whether the words after token `i` complete an amount it begins
    /// without a number: واحد, اثنان or a glued fraction (`يوم واحد`,
    /// `جنيه ونصف`), or a fraction after a separate و or إلا (`ساعة إلا
    /// ربعا`).
    fn completes_an_amount(&self, i: usize) -> bool {
        let completion = |k: usize| self.types.get(k).map(|&t| self.completion[t as usize]);
        completion(i + 1).is_some_and(|after| {
            after.completes
                || after.joins_a_fraction
                    && completion(i + 2).is_some_and(|fraction| fraction.is_fraction)
        })
    }
}

/// What a word type may do after a word that begins an amount without a
/// number (see [`StartTable::completes_an_amount`]).
#[derive(Clone, Copy)]
struct Completion {
    /// A form of واحد or اثنان, which a noun before it counts, or a
    /// fraction glued to و, which a unit before it takes.
    completes: bool,
    /// A fraction, which a unit before it takes after a separate و or إلا
    /// (`ساعة إلا ربعا`).
    is_fraction: bool,
    /// و or إلا, before such a fraction.
    joins_a_fraction: bool,
}

impl Completion {
    /// What the folded `word` may do after a word that begins an amount.
    fn of(word: &str) -> Completion {
        Completion {
            completes: amount::completes_an_amount(word),
            is_fraction: amount::fraction_word(word).is_some(),
            joins_a_fraction: matches!(word, "و" | "الا"),
        }
    }
}

/// What [`StartTable::start_at`] needs to know of the tokens of the type
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
            let counted_dual = count::counted_dual(word);
            if qualifier_stems.is_empty() && counted_dual.is_none() {
                TypeStarts::BeforeCompletion
            } else {
                TypeStarts::InContext {
                    qualifier_alone: qualifier_stems
                        .iter()
                        .any(|stem| ranges::is_qualifier_alone(stem)),
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
    fn a_qualifier_takes_a_unit_alone() {
        // جنيه starts no figure by itself, but after من it is the amount.
        let figures = extract(&Tokens::new("إلى أكثر من جنيه واحد للكيلو."));
        assert_eq!(figures[0].text, "أكثر من جنيه واحد للكيلو");
        assert_eq!(figures[0].bound, Some(crate::Bound::Gt));
    }

    #[test]
    fn a_line_without_a_full_stop_ends_at_its_last_word() {
        // A headline: the place that gives the dirham its country ends it.
        let text = "ارتفاع سعر الكيلو إلى 13 درهما في الرباط\nوقال التاجر إن الطلب زاد";
        let figures = extract(&Tokens::new(text));
        assert_eq!(figures[0].text, "13 درهما");
        assert_eq!(figures[0].unit, Some("MAD"));
    }

    #[test]
    fn skips_words_that_start_nothing() {
        let tokens = Tokens::new("استراتيجية مؤلف ذهاب");
        let starts = StartTable::new(&tokens);
        assert!((0..tokens.len()).all(|i| matches!(starts.start_at(&tokens, i), Start::Nothing)));
    }
}
