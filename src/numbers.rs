//! Cardinal numbers as Arabic news writes them, in digits or in words.
//!
//! * Digits in the ASCII, Arabic-Indic and Persian scripts (folded to ASCII
//!   by the tokeniser), with decimal and thousands separators told apart:
//!   `٫` is always decimal and `٬` always a group; a separator that repeats
//!   (`1.200.000`, `1,200,000`) groups thousands; of two different ones
//!   (`1,200.5`) the last is decimal; a lone `,` before exactly three
//!   digits groups, and a lone `.` is decimal (`45.033 مليون`), also
//!   before digits written without their zero (`.77`, `٫٧٧`).
//! * Number words with their case and gender endings, compounds joined by
//!   و (`خمسة وعشرون`, `مئتان وخمسون ألفا`), teens (`ثلاثة عشر`), hundreds
//!   (`مئة`, `مائتي`, `ثلاثمائة`, `ثلاث مئة`), scales in the singular, dual
//!   and plural up to the trillion (`ألفين`, `آلاف`, `ملياري`, `تريليون`),
//!   digits with a scale (`2.4 مليون`, `3 مليارات و500 مليون`), fractions
//!   (`نصف مليون`, `ثلاثة أرباع`, `ثلثي`, `ونصف`), thousands joined to a
//!   larger scale they share (`ألفين ومئتي مليون`, 2.2 billion), and the
//!   proclitics و ف ب ك ل on the first word (`لعشرين`, `بعشرة`).
//! * The Egyptian spoken forms quotes use (`حداشر`, `تلتمية`).
//!
//! [`read_numeral`] is the one entry point, shared by the figures and the
//! dates grammars.

use std::sync::OnceLock;

use crate::lexicon::{folded_map, FoldedMap};
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};

/// A number read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Numeral {
    pub value: f64,
    /// Byte offset where the number starts, after any proclitic.
    pub start: usize,
    /// Index of the token after the number.
    pub end: usize,
    /// Whether it starts with digits (`55 مليار`) rather than a word.
    pub digits: bool,
    /// The largest scale word in it (`1e9` for `55 مليار`), 1 when none.
    pub scale: f64,
    /// A bare integer of four digits that could be a year (`2013`).
    pub year_like: bool,
}

/// Reads the number starting at token `i`, if there is one.
pub(crate) fn read_numeral(tokens: &Tokens, i: usize) -> Option<Numeral> {
    read(tokens, i, Part::Whole)
}

/// Reads a number in words whose every word carries the article, as the
/// adjective of a definite noun: `الثلاثة` in `الأيام الثلاثة`, `الأربع
/// والعشرين` in `الساعات الأربع والعشرين`. [`read_numeral`] leaves these
/// alone (`الخمسة` alone is "the five"): only the reader that has seen the
/// noun before takes them. Teens are the exception (`الخمسة عشر`): see
/// [`definite_teen`].
pub(crate) fn read_definite_numeral(tokens: &Tokens, i: usize) -> Option<Numeral> {
    read(tokens, i, Part::Definite)
}

/// Which part of a number is read: the whole number, the decimals in
/// words after its فاصلة, or a whole number with the article; the last two
/// take no scale word and no decimals of their own.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Whole,
    Decimals,
    Definite,
}

fn read(tokens: &Tokens, i: usize, part: Part) -> Option<Numeral> {
    if let Some(after_sign) = minus_sign(tokens, i) {
        let numeral = read(tokens, after_sign, part)?;
        return Some(Numeral {
            value: -numeral.value,
            start: tokens.start(i),
            year_like: false,
            ..numeral
        });
    }
    let definite = part == Part::Definite;
    let (first, start, mut next) = first_element(tokens, i, definite)?;
    let mut sum = Sum::default();
    sum.add(first, Joint::First)?;
    // A number has one decimal part: reading a chain of فاصلة again at
    // every link made the cost grow exponentially with its length.
    let mut may_take_decimals = part == Part::Whole;
    // The number before its last word joined by و, while that word is a
    // unit, ten or hundred: `مليونين وثلاثة ملايين` is two numbers, and
    // when the scale after وثلاثة cannot continue the first, the first
    // ends before it.
    let mut before_joined: Option<(Sum, usize)> = None;
    // The number before a واحد that followed a spoken hundred directly:
    // `مية واحد` is "a hundred people", and only a ten joined after it
    // (`متين واحد وعشرين`) makes the واحد part of the number.
    let mut before_spoken_one: Option<(Sum, usize)> = None;
    loop {
        // Each step may be undone: `مليون و200` ends at مليون unless a
        // smaller scale follows the 200.
        let saved = (sum, next);
        if let Some((decimals, after)) = may_take_decimals
            .then(|| decimals_in_words(tokens, next, &sum))
            .flatten()
        {
            sum.current += decimals;
            next = after;
            may_take_decimals = false;
            continue;
        }
        let Some((element, mut joint, after)) = next_element(tokens, next, definite) else {
            break;
        };
        // خمسمية خمسة و عشرين، متين تلاتة وستين: speech drops the و
        // between a spoken hundred and the units or tens after it, which
        // are smaller than its place, so no list of two numbers. Written
        // hundreds keep it: `مائة خمسون` is no 150.
        let units_after_spoken_hundred = joint == Joint::Direct
            && matches!(sum.last, Some(Element::Word(Word::Hundred(_))))
            && is_spoken_hundred(tokens.folded(next - 1))
            && matches!(element, Element::Word(Word::Unit(v) | Word::Ten(v)) if v >= 1.0);
        if units_after_spoken_hundred {
            joint = Joint::And;
        }
        // ونص القانون is "and the text of the law", no half.
        if joint == Joint::And
            && tokens.folded(after - 1).ends_with(SPOKEN_HALF)
            && tokens.folded(after).starts_with("ال")
        {
            break;
        }
        let is_scale = matches!(element, Element::Word(Word::Scale(..)));
        if part != Part::Whole && is_scale || sum.add(element, joint).is_none() {
            if is_scale && joint == Joint::Direct {
                if let Some(before) = before_joined {
                    (sum, next) = before;
                }
            }
            break;
        }
        before_spoken_one = (units_after_spoken_hundred
            && element == Element::Word(Word::Unit(1.0)))
        .then_some(saved);
        before_joined = (joint == Joint::And
            && matches!(
                element,
                Element::Word(Word::Unit(_) | Word::Ten(_) | Word::Hundred(_) | Word::TeenOne)
            ))
        .then_some(saved);
        next = after;
        if matches!(element, Element::Digits { .. }) && !sum.digits_complete_it(tokens, next) {
            (sum, next) = saved;
            break;
        }
    }
    // مئة وأحد without its عشر is a hundred, then "one of" (مئة وأحد
    // المشاركين): the number ends before the و.
    if sum.last == Some(Element::Word(Word::TeenOne)) {
        if let Some(before) = before_joined {
            (sum, next) = before;
        }
    }
    if let Some(before) = before_spoken_one {
        (sum, next) = before;
    }
    // متين alone is the adjective "solid" (`أساس متين`), نص alone the
    // noun "text" (`نص القرار`): numbers only with the rest of a number
    // after them (`متين وعشرة`, `نص مليون`), or نص before a unit, which
    // the amounts read (`نص لتر`).
    let lone_word = |spoken: &str| next == i + 1 && tokens.folded(i).ends_with(spoken);
    if lone_word(SPOKEN_TWO_HUNDRED) || lone_word(SPOKEN_HALF) {
        return None;
    }
    // مليار ونصف المليار، مليار ونصف مليار: the scale said again, with or
    // without the article, after the half it divides.
    if sum.ended && sum.last_scale > 0.0 {
        let folded = tokens.folded(next);
        let repeated = lexicon().get(folded.strip_prefix("ال").unwrap_or(folded));
        if matches!(repeated, Some(Word::Scale(scale, Count::One)) if *scale == sum.last_scale) {
            next += 1;
        }
    }
    // After فاصلة a lone واحد is the digit one: واحد فاصلة واحد is 1.1.
    let value = if part == Part::Decimals && sum.last == Some(Element::Word(Word::Unit(1.0))) {
        Some(1.0)
    } else {
        sum.value()
    };
    // Hundreds of digits parse to infinity, and a scale can take a huge number there.
    let value = value.filter(|v| v.is_finite())?;
    // 32.2 × 10⁶ is 32200000.000000004 in binary: a scaled decimal is the
    // whole number it is written as (and a count of 32.2 مليون نسمة).
    let value = if sum.largest_scale > 1.0 {
        whole_if_close(value)
    } else {
        value
    };
    Some(Numeral {
        value,
        start,
        end: next,
        digits: matches!(first, Element::Digits { .. }),
        scale: sum.largest_scale.max(1.0),
        year_like: matches!(
            first,
            Element::Digits {
                year_like: true,
                ..
            }
        ) && next == i + 1,
    })
}

/// `value` as the whole number it is within the rounding of binary
/// fractions, else as is.
fn whole_if_close(value: f64) -> f64 {
    let whole = value.round();
    if (value - whole).abs() <= 1e-9 * value.abs() {
        whole
    } else {
        value
    }
}

/// Every number word, folded: the words that can start a number.
pub(crate) fn words() -> impl Iterator<Item = String> {
    lexicon()
        .keys()
        .cloned()
        .chain(MINUS_WORDS.iter().map(|w| w.to_string()))
}

/// Words for minus before a number: سالب 5، ناقص 3.
const MINUS_WORDS: [&str; 2] = ["سالب", "ناقص"];

/// The token after a minus sign at `i`: a `-` glued to the digits after
/// it but not to what comes before (so that `20-30` stays a range), or
/// سالب and ناقص.
fn minus_sign(tokens: &Tokens, i: usize) -> Option<usize> {
    let sign = match tokens.kind(i)? {
        TokenKind::Punct => {
            tokens.folded(i) == "-"
                && !tokens.glued_to_previous(i)
                && tokens.glued_to_previous(i + 1)
        }
        TokenKind::Word => MINUS_WORDS.contains(&tokens.folded(i)),
        _ => false,
    };
    (sign
        && matches!(
            tokens.kind(i + 1),
            Some(TokenKind::Number | TokenKind::Word)
        ))
    .then_some(i + 1)
}

/// Decimals written in words after the whole part: `ثلاثة فاصلة خمسة`
/// (3.5), `2 فاصلة 25` (2.25). Returns the decimals and the next token.
fn decimals_in_words(tokens: &Tokens, j: usize, sum: &Sum) -> Option<(f64, usize)> {
    if tokens.folded(j) != "فاصله" || !sum.pending || sum.last_scale > 0.0 {
        return None;
    }
    let decimals = read(tokens, j + 1, Part::Decimals)
        .filter(|n| n.scale == 1.0 && n.value >= 0.0 && n.value.fract() == 0.0)?;
    // The decimals as written: خمسة is .5, خمسة وعشرون .25, 05 is .05.
    let places = if decimals.digits {
        tokens.folded(j + 1).len()
    } else {
        decimals.value.to_string().len()
    };
    Some((decimals.value / 10f64.powi(places as i32), decimals.end))
}

/// What one number word contributes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    /// 1 to 10, in any gender and case: ثلاث، ثلاثة، ثلاثي.
    Unit(f64),
    /// أحد، إحدى: one, only as the first word of a teen.
    TeenOne,
    Ten(f64),
    Hundred(f64),
    /// ألف، مليون … with the grammatical number of the scale word.
    Scale(f64, Count),
    /// نصف، ربع، ثلث.
    Fraction(f64),
    /// أرباع، أخماس: the plural of a fraction after a unit (ثلاثة أرباع).
    FractionPlural(f64),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Count {
    One,
    Two,
    Many,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Element {
    Digits { value: f64, year_like: bool },
    Word(Word),
}

/// How an element is attached to the one before it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Joint {
    First,
    /// Directly, with no conjunction: ثلاثة عشر، خمسة آلاف، 55 مليار.
    Direct,
    /// With the conjunction و: خمسة وعشرون، مليار و200 مليون.
    And,
}

/// The number read so far: a finished part (`total`, everything up to the
/// last scale) and the part still to be scaled (`current`).
#[derive(Clone, Copy, Debug, Default)]
struct Sum {
    total: f64,
    current: f64,
    last: Option<Element>,
    /// The last scale applied, which a later scale must be smaller than
    /// (`ثلاثة ملايين وخمسمائة ألف`) unless it multiplies (`ألف مليار`).
    last_scale: f64,
    largest_scale: f64,
    /// Whether `current` holds anything, even a zero.
    pending: bool,
    /// Whether the last element was a lone teen-one (أحد) still waiting for عشر.
    ended: bool,
}

impl Sum {
    /// Adds `element`, or returns `None` when it cannot continue the number.
    fn add(&mut self, element: Element, joint: Joint) -> Option<()> {
        if self.ended {
            return None;
        }
        let last = self.last;
        let last_word = match last {
            Some(Element::Word(w)) => Some(w),
            _ => None,
        };
        match element {
            Element::Digits { value, .. } => {
                // Digits start a number or follow a scale with و.
                if !(joint == Joint::First
                    || joint == Joint::And && matches!(last_word, Some(Word::Scale(..))))
                {
                    return None;
                }
                self.current = value;
                self.pending = true;
            }
            Element::Word(word) => {
                let recorded = self.add_word(word, joint, last, last_word)?;
                self.last = Some(Element::Word(recorded));
                return Some(());
            }
        }
        self.last = Some(element);
        Some(())
    }

    /// Adds a number word; returns the word to remember as the last one.
    fn add_word(
        &mut self,
        word: Word,
        joint: Joint,
        last: Option<Element>,
        last_word: Option<Word>,
    ) -> Option<Word> {
        let after_scale = matches!(last_word, Some(Word::Scale(..)));
        let after_unit = |range: std::ops::RangeInclusive<f64>| match last_word {
            Some(Word::Unit(v)) => range.contains(&v),
            Some(Word::TeenOne) => range.contains(&1.0),
            _ => false,
        };
        match (word, joint) {
            (
                Word::Unit(_) | Word::Ten(_) | Word::Hundred(_) | Word::TeenOne | Word::Fraction(_),
                Joint::First,
            ) => {
                self.current = self.value_of_first(word);
                self.pending = true;
            }
            // ثلاثة عشر، أحد عشر، اثنتا عشرة.
            // عشر closes the teen, which then behaves as a ten (ثلاثة عشر ألفا).
            (Word::Unit(v), Joint::Direct) if v == 10.0 && after_unit(1.0..=9.0) => {
                self.current += 10.0;
                return Some(Word::Ten(10.0));
            }
            // ثلاث مئة، خمس مائة.
            (Word::Hundred(h), Joint::Direct) if h == 100.0 && after_unit(3.0..=9.0) => {
                self.current *= 100.0;
            }
            // خمسة وعشرون؛ مئة وخمسون؛ مليون وثلاثمائة ألف.
            (Word::Unit(v), Joint::And)
                if after_scale || matches!(last_word, Some(Word::Hundred(_))) =>
            {
                self.current += v;
                self.pending = true;
            }
            (Word::Ten(v), Joint::And)
                if after_scale
                    || matches!(last_word, Some(Word::Hundred(_)))
                    // Not a teen in one word: خمسة وحداشر is no number.
                    || after_unit(1.0..=9.0) && v % 10.0 == 0.0 =>
            {
                self.current += v;
                self.pending = true;
            }
            (Word::Hundred(v), Joint::And) if after_scale => {
                self.current += v;
                self.pending = true;
            }
            // مئة وأحد عشر، مليون وإحدى عشرة: the eleven's first word, kept
            // only if its عشر follows (see `read_numeral`).
            (Word::TeenOne, Joint::And)
                if after_scale || matches!(last_word, Some(Word::Hundred(_))) =>
            {
                self.current += 1.0;
                self.pending = true;
            }
            // ونصف، وربع: a fraction of the last scale, or of one.
            (Word::Fraction(f), Joint::And) if last.is_some() => {
                if self.pending {
                    self.current += f;
                } else {
                    self.total += f * self.last_scale.max(1.0);
                }
                self.ended = true;
            }
            // ثلاثة أرباع.
            (Word::FractionPlural(f), Joint::Direct) if after_unit(2.0..=10.0) => {
                self.current *= f;
            }
            (Word::Scale(scale, count), joint) => {
                self.add_scale(scale, count, joint, last, last_word)?
            }
            _ => return None,
        }
        Some(word)
    }

    fn value_of_first(&self, word: Word) -> f64 {
        match word {
            Word::Unit(v) | Word::Ten(v) | Word::Hundred(v) | Word::Fraction(v) => v,
            Word::TeenOne => 1.0,
            _ => 0.0,
        }
    }

    fn add_scale(
        &mut self,
        scale: f64,
        count: Count,
        joint: Joint,
        last: Option<Element>,
        last_word: Option<Word>,
    ) -> Option<()> {
        match (joint, count) {
            // مليون، ألفان، ملياري at the start.
            (Joint::First, Count::One) => self.total = scale,
            (Joint::First, Count::Two) => self.total = 2.0 * scale,
            // آلاف alone is no number: عشرات الآلاف، آلاف المتظاهرين.
            (Joint::First, Count::Many) => return None,
            // ألف مليار: a scale that multiplies the one before it.
            (Joint::Direct, Count::One)
                if !self.pending && matches!(last_word, Some(Word::Scale(..))) =>
            {
                if scale <= self.last_scale {
                    return None;
                }
                self.total *= scale;
            }
            // ألفان ومئتا مليون، ألفين وخمسمائة مليار: thousands joined to
            // hundreds or tens in words, all counting the larger scale
            // after them (2200 million). Digits are left out: `39 ألفا
            // و623` is how casualty counts write units after thousands.
            (Joint::Direct, Count::One)
                if self.last_scale == 1e3
                    && scale > 1e3
                    && matches!(last_word, Some(Word::Hundred(_) | Word::Ten(_))) =>
            {
                self.total = (self.total + self.current) * scale;
                self.current = 0.0;
                self.pending = false;
            }
            (Joint::Direct, _) if self.pending => {
                // The plural scale follows 3 to 10 in words; digits take any.
                let fits = match (count, last) {
                    (Count::Many, Some(Element::Word(Word::Unit(v)))) => (3.0..=10.0).contains(&v),
                    (Count::Many, Some(Element::Word(Word::FractionPlural(_)))) => true,
                    (Count::Many, Some(Element::Digits { .. })) => true,
                    (Count::Many, _) => false,
                    (Count::Two, _) => false,
                    (Count::One, _) => true,
                };
                if !fits || (self.last_scale > 0.0 && scale >= self.last_scale) {
                    return None;
                }
                self.total += self.current * scale;
                self.current = 0.0;
                self.pending = false;
            }
            // مليار وألفان is too rare to be worth the ambiguity.
            _ => return None,
        }
        self.last_scale = scale;
        self.largest_scale = self.largest_scale.max(scale);
        Some(())
    }

    /// Whether digits read after و are part of this number: followed by a
    /// smaller scale (`مليار و200 مليون`), or the units after thousands
    /// that casualty counts write (`39 ألفا و623`). `مليون و200` alone is
    /// too often two figures.
    fn digits_complete_it(&self, tokens: &Tokens, next: usize) -> bool {
        let scaled = matches!(lexicon().get(tokens.folded(next)), Some(Word::Scale(scale, _)) if *scale < self.last_scale);
        let units_of_thousands =
            self.last_scale == 1e3 && self.current < 1e3 && self.current.fract() == 0.0;
        scaled || units_of_thousands
    }

    fn value(&self) -> Option<f64> {
        match self.last {
            // A lone أحد is "someone", a lone واحد an adjective: no figure;
            // with decimals (واحد فاصلة خمسة) واحد is a number.
            Some(Element::Word(Word::TeenOne)) => None,
            Some(Element::Word(Word::Unit(v))) if v == 1.0 && self.total + self.current == 1.0 => {
                None
            }
            _ => Some(self.total + self.current),
        }
    }
}

/// The first element of a number at token `i`: digits, or a number word
/// that may carry proclitics; when `definite`, a number word with the
/// article and no other proclitic. Returns it with its start byte and the
/// next token index.
fn first_element(tokens: &Tokens, i: usize, definite: bool) -> Option<(Element, usize, usize)> {
    if definite {
        let word = without_article(tokens.folded(i))?;
        return Some((Element::Word(word), tokens.start(i), i + 1));
    }
    match tokens.kind(i)? {
        TokenKind::Number => {
            let (value, year_like, next) = read_digits(tokens, i)?;
            Some((Element::Digits { value, year_like }, tokens.start(i), next))
        }
        TokenKind::Punct if starts_decimals(tokens, i) => {
            let digits = tokens.folded(i + 1);
            let value: f64 = format!("0.{digits}").parse().ok()?;
            Some((
                Element::Digits {
                    value,
                    year_like: false,
                },
                tokens.start(i),
                i + 2,
            ))
        }
        TokenKind::Word => {
            let (letters, word) =
                word_with_proclitics(tokens.folded(i)).or_else(|| definite_teen(tokens, i))?;
            Some((
                Element::Word(word),
                tokens.offset_after_letters(i, letters),
                i + 1,
            ))
        }
        _ => None,
    }
}

/// A number word, possibly after the proclitics و ف ب ك ل (not the article:
/// `الخمسة` is "the five", not a figure). Two-letter stems take only و or
/// ف, so that لست ("I am not") is not ل + ست.
fn word_with_proclitics(folded: &str) -> Option<(usize, Word)> {
    proclitic_splits(folded).find_map(
        |Split {
             prefix_letters: letters,
             article,
             preposition,
             stem,
             ..
         }| {
            // The spoken مية takes no preposition: كمية is "quantity", not
            // ك + 100.
            let spoken_hundred = matches!(stem, "ميه" | "مايه") && preposition.is_some();
            if article
                || spoken_hundred
                || (letters > 0
                    && stem.chars().count() <= 2
                    && !matches!(folded.chars().next(), Some('و' | 'ف')))
                || letters > 2
            {
                return None;
            }
            lexicon().get(stem).map(|word| (letters, *word))
        },
    )
}

/// The first word of a teen with the article (`الخمسة عشر`, `الإحدى
/// عشرة`, `للاثني عشر شهرا`): "the fifteen", a cardinal, which the
/// ordinal `الخامس عشر` is not. Unlike `الخمسة` alone it is read as a
/// number, since its عشر left to itself would be read as ten. Returns the
/// letters before the article, which stays in the span (the ل of لل is
/// both), and the word.
///
/// The teen's twelve is اثنا/اثني, never الاثنين (Monday) or the dual
/// اثنان; its eleven agrees with its ten (`الأحد عشر`, `الإحدى عشرة`),
/// and `يوم الأحد عشرة أشخاص` is Sunday and ten.
fn definite_teen(tokens: &Tokens, i: usize) -> Option<(usize, Word)> {
    let ten = tokens.folded(i + 1);
    if !matches!(ten, "عشر" | "عشره") || !tokens.same_line_as_previous(i + 1) {
        return None;
    }
    proclitic_splits(tokens.folded(i))
        .filter(|split| split.article)
        .find_map(|split| {
            let word = *lexicon().get(split.stem)?;
            let fits = match word {
                Word::Unit(v) => (2.0..=9.0).contains(&v) && !split.stem.ends_with('ن'),
                Word::TeenOne => {
                    (split.stem.ends_with('ي') == (ten == "عشره"))
                        && !(i > 0 && matches!(tokens.folded(i - 1), "يوم" | "اليوم"))
                }
                _ => false,
            };
            fits.then_some((split.letters_before_article(), word))
        })
}

/// A number word with the article and no other proclitic: `الثلاثة`.
fn without_article(folded: &str) -> Option<Word> {
    folded
        .strip_prefix("ال")
        .and_then(|stem| lexicon().get(stem))
        .copied()
}

/// The element after a number so far: a word attached directly, or one
/// joined by و (glued, `وعشرون`, or apart, `و 200`). In a `definite`
/// number the joined word carries the article too (`والعشرين`).
fn next_element(tokens: &Tokens, j: usize, definite: bool) -> Option<(Element, Joint, usize)> {
    let joined = |word: &str| {
        if definite {
            without_article(word)
        } else {
            lexicon().get(word).copied()
        }
    };
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    match tokens.kind(j)? {
        TokenKind::Word => {
            let folded = tokens.folded(j);
            // وأحد folds to واحد, which as one word never continues a
            // number: here it is و and the eleven's أحد (ألفين وأحد عشر).
            if let Some(word) = lexicon().get(folded).filter(|_| folded != "واحد") {
                return Some((Element::Word(*word), Joint::Direct, j + 1));
            }
            if folded == "و" {
                return match tokens.kind(j + 1)? {
                    TokenKind::Number => {
                        let (value, _, next) = read_digits(tokens, j + 1)?;
                        Some((
                            Element::Digits {
                                value,
                                year_like: false,
                            },
                            Joint::And,
                            next,
                        ))
                    }
                    TokenKind::Word => {
                        joined(tokens.folded(j + 1)).map(|w| (Element::Word(w), Joint::And, j + 2))
                    }
                    _ => None,
                };
            }
            let stem = folded.strip_prefix('و')?;
            joined(stem).map(|word| (Element::Word(word), Joint::And, j + 1))
        }
        _ => None,
    }
}

/// Whether the separator at token `i` is the decimal point of a number
/// written without its zero (`.77`, `٫٧٧`): glued to the digits after it
/// and to nothing before it, so that the full stop of `في 2022. 77 شخصا`
/// or `عام 2022.` is not one, nor the point inside `3.5`. The digits after
/// it must end the number: `.1.200` is no decimal.
pub(crate) fn starts_decimals(tokens: &Tokens, i: usize) -> bool {
    matches!(tokens.folded(i), "." | "٫")
        && tokens.kind(i) == Some(TokenKind::Punct)
        && !tokens.glued_to_previous(i)
        && tokens.kind(i + 1) == Some(TokenKind::Number)
        && tokens.glued_to_previous(i + 1)
        && read_digits(tokens, i + 1).is_some_and(|(_, _, next)| next == i + 2)
}

/// Reads a run of digits at token `i` with its separators: the value,
/// whether it could be a year, and the next token index.
pub(crate) fn read_digits(tokens: &Tokens, i: usize) -> Option<(f64, bool, usize)> {
    if tokens.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    if let Some(value) = ra_decimal(tokens, i) {
        return Some((value, false, i + 3));
    }
    // Groups after the first: (separator, digits), at most a few.
    let mut groups: [(char, &str); 6] = [(' ', ""); 6];
    let mut count = 0;
    let mut next = i + 1;
    while count < groups.len()
        && tokens.glued_to_previous(next)
        && tokens.kind(next) == Some(TokenKind::Punct)
        && tokens.glued_to_previous(next + 1)
        && tokens.kind(next + 1) == Some(TokenKind::Number)
    {
        let separator = match tokens.folded(next) {
            "." => '.',
            "," => ',',
            "٫" => '٫',
            "٬" => '٬',
            _ => break,
        };
        groups[count] = (separator, tokens.folded(next + 1));
        count += 1;
        next += 2;
    }
    let groups = &groups[..count];
    let decimal_separator = decimal_separator(groups);
    let mut literal = String::with_capacity(24);
    literal.push_str(tokens.folded(i));
    let mut used = 0;
    for (k, &(separator, digits)) in groups.iter().enumerate() {
        if Some(separator) == decimal_separator && k == groups.len() - 1 {
            literal.push('.');
        } else if digits.len() != 3 {
            // A malformed group ends the number before its separator.
            break;
        }
        literal.push_str(digits);
        used = k + 1;
    }
    let next = i + 1 + 2 * used;
    let value: f64 = literal.parse().ok().filter(|v: &f64| v.is_finite())?;
    let year_like = used == 0 && tokens.folded(i).len() == 4 && (1800.0..=2100.0).contains(&value);
    Some((value, year_like, next))
}

/// A decimal written in the Gulf press's way, with ر between its parts in
/// the order of the letters (`4ر12 درهم` is 12.4, `25ر0 بالمئة` 0.25,
/// `108ر1 مليار` 1.108): the decimals come first, the whole part after.
fn ra_decimal(tokens: &Tokens, i: usize) -> Option<f64> {
    let glued = |k: usize| tokens.glued_to_previous(k);
    if tokens.folded(i + 1) != "ر"
        || tokens.kind(i + 1) != Some(TokenKind::Word)
        || tokens.kind(i + 2) != Some(TokenKind::Number)
        || !glued(i + 1)
        || !glued(i + 2)
        // The whole part is one run of digits: 4ر12.5 is no number.
        || glued(i + 3) && matches!(tokens.kind(i + 3), Some(TokenKind::Number | TokenKind::Punct | TokenKind::Word))
            && !matches!(tokens.folded(i + 3), "%" | "٪")
    {
        return None;
    }
    let literal = format!("{}.{}", tokens.folded(i + 2), tokens.folded(i));
    literal.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Which separator, if any, marks the decimals in `groups`.
fn decimal_separator(groups: &[(char, &str)]) -> Option<char> {
    let (last, digits) = *groups.last()?;
    if last == '٫' {
        return Some(last);
    }
    if last == '٬' || groups.len() > 1 && groups.iter().all(|&(s, _)| s == last) {
        return None;
    }
    if groups.len() > 1 {
        // Two different separators: the last one is decimal.
        return Some(last);
    }
    match last {
        ',' if digits.len() == 3 => None,
        _ => Some(last),
    }
}

fn lexicon() -> &'static FoldedMap<Word> {
    static LEXICON: OnceLock<FoldedMap<Word>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut entries: Vec<(&'static str, Word)> = Vec::new();
        for &(value, forms) in UNITS {
            entries.extend(forms.iter().map(|&f| (f, Word::Unit(value))));
        }
        entries.extend(["أحد", "إحدى", "احدى"].map(|f| (f, Word::TeenOne)));
        for &(value, forms) in TENS {
            entries.extend(forms.iter().map(|&f| (f, Word::Ten(value))));
        }
        for &(value, forms) in HUNDREDS {
            entries.extend(forms.iter().map(|&f| (f, Word::Hundred(value))));
        }
        for &(value, one, two, many) in SCALES {
            entries.extend(one.iter().map(|&f| (f, Word::Scale(value, Count::One))));
            entries.extend(two.iter().map(|&f| (f, Word::Scale(value, Count::Two))));
            entries.extend(many.iter().map(|&f| (f, Word::Scale(value, Count::Many))));
        }
        for &(value, one, many) in FRACTIONS {
            entries.extend(one.iter().map(|&f| (f, Word::Fraction(value))));
            entries.extend(many.iter().map(|&f| (f, Word::FractionPlural(value))));
        }
        entries.extend(EGYPTIAN.iter().copied());
        folded_map(entries)
    })
}

/// The spoken 200, folded, which is also the adjective "solid" (`اقتصاد
/// متين`): read only with more of a number after it.
const SPOKEN_TWO_HUNDRED: &str = "متين";

/// The spoken half, folded (نصف in writing), which is also the noun
/// "text": see [`read`].
pub(crate) const SPOKEN_HALF: &str = "نص";

/// Whether a folded hundred is spoken, not written: مية and its compounds
/// (تلتمية، خمسمية), and متين. Written hundreds are مئة and مائة.
fn is_spoken_hundred(folded: &str) -> bool {
    folded.ends_with("ميه") || folded.ends_with("مايه") || folded.ends_with(SPOKEN_TWO_HUNDRED)
}

/// Egyptian spoken forms, as quoted speech and social media write them:
/// teens in one word (حداشر، اتناشر), which count as tens (`اربعتاشر ألف`),
/// hundreds in -مية (تلتمية) and متين (200), which a number must follow
/// (see [`SPOKEN_TWO_HUNDRED`]), and نص, the half (`تلاتة ونص`).
const EGYPTIAN: &[(&str, Word)] = &[
    ("متين", Word::Hundred(200.0)),
    ("نص", Word::Fraction(0.5)),
    ("اتنين", Word::Unit(2.0)),
    ("إتنين", Word::Unit(2.0)),
    ("تلاتة", Word::Unit(3.0)),
    ("تلات", Word::Unit(3.0)),
    ("تمانية", Word::Unit(8.0)),
    ("تمنية", Word::Unit(8.0)),
    ("حداشر", Word::Ten(11.0)),
    ("احداشر", Word::Ten(11.0)),
    ("اتناشر", Word::Ten(12.0)),
    ("إتناشر", Word::Ten(12.0)),
    ("تلتاشر", Word::Ten(13.0)),
    ("تلاتاشر", Word::Ten(13.0)),
    ("اربعتاشر", Word::Ten(14.0)),
    ("أربعتاشر", Word::Ten(14.0)),
    ("خمستاشر", Word::Ten(15.0)),
    ("ستاشر", Word::Ten(16.0)),
    ("سبعتاشر", Word::Ten(17.0)),
    ("تمنتاشر", Word::Ten(18.0)),
    ("تسعتاشر", Word::Ten(19.0)),
    ("تلاتين", Word::Ten(30.0)),
    ("تمانين", Word::Ten(80.0)),
    ("تلتمية", Word::Hundred(300.0)),
    ("تلاتمية", Word::Hundred(300.0)),
    ("ربعمية", Word::Hundred(400.0)),
    ("اربعمية", Word::Hundred(400.0)),
    ("خمسمية", Word::Hundred(500.0)),
    ("ستمية", Word::Hundred(600.0)),
    ("سبعمية", Word::Hundred(700.0)),
    ("تمنمية", Word::Hundred(800.0)),
    ("تسعمية", Word::Hundred(900.0)),
];

/// 0 to 10 in both genders and all cases (ثمانٍ، ثماني، ثمانية).
const UNITS: &[(f64, &[&str])] = &[
    (0.0, &["صفر"]),
    (1.0, &["واحد", "واحدة", "واحدا"]),
    (
        2.0,
        &[
            "اثنان",
            "اثنين",
            "اثنتان",
            "اثنتين",
            "اثنا",
            "اثنتا",
            "اثني",
            "اثنتي",
            "إثنان",
            "إثنين",
            "إثنتين",
            "ثنتين",
        ],
    ),
    (3.0, &["ثلاث", "ثلاثة"]),
    (4.0, &["أربع", "أربعة"]),
    (5.0, &["خمس", "خمسة"]),
    (6.0, &["ست", "ستة"]),
    (7.0, &["سبع", "سبعة"]),
    (8.0, &["ثمان", "ثماني", "ثمانية"]),
    (9.0, &["تسع", "تسعة"]),
    (10.0, &["عشر", "عشرة"]),
];

pub(crate) const TENS: &[(f64, &[&str])] = &[
    (20.0, &["عشرون", "عشرين"]),
    (30.0, &["ثلاثون", "ثلاثين"]),
    (40.0, &["أربعون", "أربعين"]),
    (50.0, &["خمسون", "خمسين"]),
    (60.0, &["ستون", "ستين"]),
    (70.0, &["سبعون", "سبعين"]),
    (80.0, &["ثمانون", "ثمانين"]),
    (90.0, &["تسعون", "تسعين"]),
];

/// Hundreds, with both spellings مئة and مائة and the glued compounds.
const HUNDREDS: &[(f64, &[&str])] = &[
    (100.0, &["مئة", "مائة", "مئه", "مائه", "مية", "ماية"]),
    (
        200.0,
        &[
            "مئتان",
            "مئتين",
            "مئتا",
            "مئتي",
            "مائتان",
            "مائتين",
            "مائتا",
            "مائتي",
        ],
    ),
    (300.0, &["ثلاثمئة", "ثلاثمائة", "ثلثمائة"]),
    (400.0, &["أربعمئة", "أربعمائة"]),
    (500.0, &["خمسمئة", "خمسمائة"]),
    (600.0, &["ستمئة", "ستمائة"]),
    (700.0, &["سبعمئة", "سبعمائة"]),
    (800.0, &["ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة"]),
    (900.0, &["تسعمئة", "تسعمائة"]),
];

/// Scales: the singular (with its accusative), the dual, the plural.
type ScaleForms = (
    f64,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);
const SCALES: &[ScaleForms] = &[
    (
        1e3,
        &["ألف", "ألفا"],
        &["ألفان", "ألفين", "ألفي"],
        &["آلاف", "ألوف"],
    ),
    (
        1e6,
        &["مليون", "مليونا"],
        &["مليونان", "مليونين", "مليوني"],
        &["ملايين"],
    ),
    (
        1e9,
        &["مليار", "مليارا", "بليون", "بليونا"],
        &["ملياران", "مليارين", "ملياري", "بليونين", "بليوني"],
        // ملايير: the Maghrebi plural (3 ملايير سنتيم).
        &["مليارات", "بلايين", "ملايير"],
    ),
    (
        1e12,
        &["تريليون", "تريليونا", "ترليون", "ترليونا"],
        &["تريليونان", "تريليونين", "تريليوني", "ترليونين", "ترليوني"],
        &["تريليونات", "ترليونات"],
    ),
];

/// Fractions in the singular and plural (ثلاثة أرباع).
const FRACTIONS: &[(f64, &[&str], &[&str])] = &[
    (0.5, &["نصف"], &[]),
    (1.0 / 3.0, &["ثلث"], &["أثلاث"]),
    // The dual of a third in its three cases: two thirds.
    (2.0 / 3.0, &["ثلثا", "ثلثي", "ثلثان", "ثلثين"], &[]),
    (0.25, &["ربع"], &["أرباع"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, String)> {
        let tokens = Tokens::new(text);
        let numeral = read_numeral(&tokens, 0)?;
        let end = tokens.end(numeral.end - 1);
        Some((numeral.value, text[numeral.start..end].to_string()))
    }

    /// Found by fuzzing: each link of such a chain was read again from
    /// every link before it, in time exponential in the chain's length,
    /// which 200 links would never finish.
    #[test]
    fn a_chain_of_decimal_points_has_one_decimal_part() {
        let text = "9 فاصلة ".repeat(200) + "9";
        assert_eq!(read(&text), Some((9.9, "9 فاصلة 9".to_string())));
    }

    #[test]
    fn reads_numbers_in_digits_and_words() {
        let cases: &[(&str, f64, &str)] = &[
            ("1.200.000 دولار", 1_200_000.0, "1.200.000"),
            ("1,200,000 دولار", 1_200_000.0, "1,200,000"),
            ("45.033 مليون طن", 45_033_000.0, "45.033 مليون"),
            ("2,5 مليون", 2_500_000.0, "2,5 مليون"),
            ("1,500 شخص", 1500.0, "1,500"),
            ("١٢٫٥ مليار", 12.5e9, "١٢٫٥ مليار"),
            ("٣٬٥٠٠ طن", 3500.0, "٣٬٥٠٠"),
            ("1,234.5", 1234.5, "1,234.5"),
            ("2013.", 2013.0, "2013"),
            ("55 مليار متر", 5.5e10, "55 مليار"),
            ("3 مليارات و500 مليون دولار", 3.5e9, "3 مليارات و500 مليون"),
            ("مليار و200 شخص", 1e9, "مليار"),
            ("39 ألفا و623 شخصا", 39_623.0, "39 ألفا و623"),
            ("خمسة وعشرون", 25.0, "خمسة وعشرون"),
            ("مئتان وخمسون ألفا", 250_000.0, "مئتان وخمسون ألفا"),
            ("ثلاثمائة", 300.0, "ثلاثمائة"),
            ("ثلاث مئة ألف", 300_000.0, "ثلاث مئة ألف"),
            ("مائتي", 200.0, "مائتي"),
            ("ثلاثة عشر", 13.0, "ثلاثة عشر"),
            ("إحدى عشرة", 11.0, "إحدى عشرة"),
            ("مائة و أحد عشر", 111.0, "مائة و أحد عشر"),
            ("خمسمائة وإحدى عشرة سنة", 511.0, "خمسمائة وإحدى عشرة"),
            ("ستمائة و أحد عشر مليوناً", 611e6, "ستمائة و أحد عشر مليوناً"),
            ("ألفين وأحد عشر", 2011.0, "ألفين وأحد عشر"),
            ("مئة وأحد المشاركين", 100.0, "مئة"),
            ("اثنا عشر ألفا", 12_000.0, "اثنا عشر ألفا"),
            ("ملياري متر", 2e9, "ملياري"),
            ("ألفين", 2000.0, "ألفين"),
            ("عشرة آلاف", 10_000.0, "عشرة آلاف"),
            (
                "ثلاثة ملايين وخمسمائة ألف",
                3_500_000.0,
                "ثلاثة ملايين وخمسمائة ألف",
            ),
            ("ألف مليار", 1e12, "ألف مليار"),
            ("تريليون", 1e12, "تريليون"),
            ("نصف مليون", 500_000.0, "نصف مليون"),
            ("مليون ونصف", 1_500_000.0, "مليون ونصف"),
            ("مليار ونصف المليار دولار", 1.5e9, "مليار ونصف المليار"),
            ("مليونين ونصف المليون", 2.5e6, "مليونين ونصف المليون"),
            ("مليون ونصف الألف", 1_500_000.0, "مليون ونصف"),
            ("مليار ونصف مليار دينار", 1.5e9, "مليار ونصف مليار"),
            ("مليون ونصف ألف", 1_500_000.0, "مليون ونصف"),
            ("ألفين ومئتي مليون دولار", 2.2e9, "ألفين ومئتي مليون"),
            ("ألفان وخمسمائة مليار", 2.5e12, "ألفان وخمسمائة مليار"),
            ("ثلاثة آلاف وخمسين مليون", 3.05e9, "ثلاثة آلاف وخمسين مليون"),
            ("ثلثي السكان", 2.0 / 3.0, "ثلثي"),
            ("ثلثا", 2.0 / 3.0, "ثلثا"),
            ("ثلاثة ونصف", 3.5, "ثلاثة ونصف"),
            ("ثلاثة أرباع", 0.75, "ثلاثة أرباع"),
            ("لعشرين عاما", 20.0, "عشرين"),
            ("بعشرة", 10.0, "عشرة"),
            ("وثلاثة", 3.0, "ثلاثة"),
            ("ثمانيةَ عشرَ", 18.0, "ثمانيةَ عشرَ"),
            ("واحد وعشرون", 21.0, "واحد وعشرون"),
            ("ثلاثة فاصلة خمسة مليون", 3.5e6, "ثلاثة فاصلة خمسة مليون"),
            ("2 فاصلة 25", 2.25, "2 فاصلة 25"),
            ("صفر", 0.0, "صفر"),
            ("واحد فاصلة واحد", 1.1, "واحد فاصلة واحد"),
            ("واحد فاصلة خمسة", 1.5, "واحد فاصلة خمسة"),
            (".77", 0.77, ".77"),
            ("٫٧٥ نقطة", 0.75, "٫٧٥"),
            ("الخمسة عشر", 15.0, "الخمسة عشر"),
            ("الإحدى عشرة", 11.0, "الإحدى عشرة"),
            ("للاثني عشر شهرا", 12.0, "للاثني عشر"),
            (" -5 درجات", -5.0, "-5"),
            ("سالب عشرة", -10.0, "سالب عشرة"),
        ];
        for &(text, value, span) in cases {
            let got = read(text);
            assert_eq!(got, Some((value, span.to_string())), "{text}");
        }
    }

    #[test]
    fn reads_definite_numbers_only_when_asked() {
        for (text, value, end) in [
            ("الثلاثة الماضية", 3.0, 1),
            ("الأربع والعشرين الماضية", 24.0, 2),
            ("الأربع و العشرين", 24.0, 3),
        ] {
            let tokens = Tokens::new(text);
            let numeral = read_definite_numeral(&tokens, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((numeral.value, numeral.end), (value, end), "{text}");
            assert_eq!(read_numeral(&tokens, 0), None, "{text}");
        }
        for text in ["ثلاثة", "والثلاثة", "الثلاثة مليون", "الأخيرة"]
        {
            let tokens = Tokens::new(text);
            let read = read_definite_numeral(&tokens, 0).filter(|n| n.end == tokens.len());
            assert_eq!(read, None, "{text}");
        }
    }

    #[test]
    fn leaves_words_that_are_not_numbers() {
        for text in [
            "استراتيجية",
            "مؤلف",
            "أحد المسؤولين",
            "لست أدري",
            "الخمسة",
            "الاثنين عشرة",
            "الأحد عشرة",
            "آلاف المتظاهرين",
            "واحد",
            "عشرات",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn tells_years_from_amounts() {
        let tokens = Tokens::new("2013 و2,013");
        assert!(read_numeral(&tokens, 0).unwrap().year_like);
        assert!(!read_numeral(&tokens, 2).unwrap().year_like);
    }
}
