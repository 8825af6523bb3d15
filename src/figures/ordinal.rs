//! Ordinals: `الأول`/`الأولى` … `العاشر`, `الحادي عشر` … `التاسع عشر`,
//! `العشرون`, `الحادي والعشرون`, the bare forms (`أول زيارة`, `ثالث أكبر`)
//! digits after the article (`الـ19`), and bare digits after an event that
//! recurs (`الذكرى 53`, `الدورة 24`). The value is the rank.
//! `الأحد عشر`, `الاثنا عشر` are cardinals with the article ("the eleven"),
//! read as numbers, not ranks, though Duckling's corpus has them as ordinals.
//!
//! Month names that are ordinals in form are left to the dates grammar
//! (`تشرين الأول`, `كانون الثاني`, `ربيع الأول`, `جمادى الآخرة`), as are
//! `أول أمس` and `ثاني أكسيد`.

use std::sync::OnceLock;

use crate::lexicon::{folded_map, FoldedMap};
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};
use crate::{Figure, FigureKind, Value};

/// Reads the ordinal at token `i`.
pub(super) fn read(tokens: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let (start, value, next) =
        read_digits_after_article(tokens, i).or_else(|| read_words(tokens, i))?;
    Some(rank_figure(tokens, start, value, next))
}

/// Reads the rank at token `i` of an event that recurs, a bare number
/// after its noun (see [`SERIES_NOUNS`]), before the amounts read the
/// number as one.
pub(super) fn read_series_rank(tokens: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let (start, value, next) = read_rank_after_series_noun(tokens, i)?;
    Some(rank_figure(tokens, start, value, next))
}

/// The ordinal figure of `value` from byte `start` to token `next`.
fn rank_figure(tokens: &Tokens, start: usize, value: f64, next: usize) -> (Figure, usize) {
    let mut figure = Figure::new(
        FigureKind::Ordinal,
        tokens.text(),
        start,
        tokens.end(next - 1),
    );
    figure.value = Some(Value::Number(value));
    (figure, next)
}

/// A rank written as an ordinal word, as other grammars read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rank {
    pub value: f64,
    /// Byte offset where it starts: after any و، ب، ل, at its article.
    pub start: usize,
    /// The token after it.
    pub end: usize,
    /// Whether it has the article (الخامس، للخامس), not a bare form (خامس).
    pub definite: bool,
    /// Whether its first word is feminine (الخامسة، الحادية عشرة).
    pub feminine: bool,
}

/// Reads an ordinal in words at token `i`: the reader of this grammar,
/// for the dates grammar's days (`الخامس من سبتمبر`, `الحادي والعشرين
/// من يوليو`).
pub(crate) fn read_rank(tokens: &Tokens, i: usize) -> Option<Rank> {
    let (start, value, end) = read_words(tokens, i)?;
    let first = &tokens.text()[start..tokens.end(i)];
    let folded = crate::text::fold(first);
    Some(Rank {
        value,
        start,
        end,
        // لل leaves the span at its second ل: للخامس → لخامس.
        definite: folded.starts_with('ل') || folded.starts_with("ال"),
        feminine: folded.ends_with('ه') || folded.ends_with("اولي"),
    })
}

/// Every word an ordinal can start with, without its article.
pub(super) fn first_words() -> impl Iterator<Item = String> {
    lexicon().keys().cloned()
}

/// Nouns of an event that recurs, with the article, after which a bare
/// number is its rank: `الذكرى 53 لثورة الملك والشعب` (the 53rd
/// anniversary), `الدورة 24 من المهرجان`, `النسخة 15 من البطولة`.
const SERIES_NOUNS: [&str; 3] = ["ذكري", "دوره", "نسخه"];

/// The largest rank read after a [`SERIES_NOUNS`] noun: a larger number
/// there is rather a year (`الدورة 2024`).
const MAX_SERIES_RANK: f64 = 300.0;

/// A bare whole number at token `i` after a noun of [`SERIES_NOUNS`] on
/// its line: its rank. Not an amount (`الذكرى 50 عاما`, `النسخة 3
/// ملايين`), which the amounts read.
fn read_rank_after_series_noun(tokens: &Tokens, i: usize) -> Option<(usize, f64, usize)> {
    if i == 0 || tokens.kind(i) != Some(TokenKind::Number) || !tokens.same_line_as_previous(i) {
        return None;
    }
    let after_series = proclitic_splits(tokens.folded(i - 1))
        .any(|split| split.article && SERIES_NOUNS.contains(&split.stem));
    if !after_series {
        return None;
    }
    let amount = super::amount::read(tokens, i)?;
    let rank = amount.kind == FigureKind::Number
        && amount.end == i + 1
        && amount.value.fract() == 0.0
        && (1.0..=MAX_SERIES_RANK).contains(&amount.value);
    rank.then_some((tokens.start(i), amount.value, i + 1))
}

/// `الـ19`, `ال19`: the article written before digits. Digits with a
/// scale or a unit after the article are an amount (`الـ500 مليون دولار`,
/// `الـ20 عاما`), read from the digits on.
fn read_digits_after_article(tokens: &Tokens, i: usize) -> Option<(usize, f64, usize)> {
    if tokens.folded(i) != "ال" || tokens.kind(i + 1) != Some(TokenKind::Number) {
        return None;
    }
    let tatweel = tokens.raw(i).ends_with('\u{0640}');
    if !(tokens.glued_to_previous(i + 1) || tatweel && tokens.same_line_as_previous(i + 1)) {
        return None;
    }
    let amount = super::amount::read(tokens, i + 1)?;
    let bare = amount.kind == FigureKind::Number && amount.end == i + 2;
    bare.then_some((tokens.start(i), amount.value, i + 2))
}

fn read_words(tokens: &Tokens, i: usize) -> Option<(usize, f64, usize)> {
    if is_month_or_idiom(tokens, i) {
        return None;
    }
    let (letters, ordinal) = proclitic_splits(tokens.folded(i)).find_map(
        |Split {
             prefix_letters: letters,
             article,
             stem,
             ..
         }| {
            let ordinal = *lexicon().get(stem)?;
            // Without the article only the masculine bare forms and أولى are
            // ordinals, and feminine ones after an indefinite feminine noun
            // (جولة ثالثة، مرة ثانية): alone ثانية is also "a second", رابعة a name.
            let fits = if article {
                true
            } else {
                letters == 0 && (ordinal.bare || follows_feminine_noun(tokens, i))
            };
            fits.then_some((
                letters - article_letters(tokens.folded(i), letters, article),
                ordinal,
            ))
        },
    )?;
    let start = tokens.offset_after_letters(i, letters);
    let mut value = ordinal.value;
    let mut next = i + 1;
    if ordinal.value < 10.0 {
        // الحادي عشر، الثالثة عشرة؛ الحادي والعشرون, الخامس و العشرون.
        let tens = |word: &str| {
            word.strip_prefix("ال")
                .and_then(|stem| lexicon().get(stem))
                .filter(|o| o.value >= 20.0 && o.value < 100.0)
                .map(|o| o.value)
        };
        match tokens.folded(next) {
            "عشر" | "عشره" => {
                value += 10.0;
                next += 1;
            }
            "و" if tokens.same_line_as_previous(next + 1) => {
                if let Some(tens) = tens(tokens.folded(next + 1)) {
                    value += tens;
                    next += 2;
                }
            }
            word => {
                if let Some(tens) = word.strip_prefix('و').and_then(tens) {
                    value += tens;
                    next += 1;
                }
            }
        }
    }
    if ordinal.teen_only && value < 11.0 {
        return None;
    }
    Some((start, value, next))
}

/// Whether token `i` follows an indefinite feminine noun on the same line.
fn follows_feminine_noun(tokens: &Tokens, i: usize) -> bool {
    i > 0 && tokens.kind(i - 1) == Some(TokenKind::Word) && tokens.same_line_as_previous(i) && {
        let before = tokens.folded(i - 1);
        before.ends_with('ه') && !before.starts_with("ال")
    }
}

/// How many of the first `letters` letters of `word` are the article,
/// which belongs to the ordinal's span: two for ال, one for the ل of لل.
fn article_letters(word: &str, letters: usize, article: bool) -> usize {
    match (article, word.chars().nth(letters.saturating_sub(2))) {
        (false, _) => 0,
        (true, Some('ا')) => 2,
        (true, _) => 1,
    }
}

/// Ordinal forms that are part of a month name, a clock time or an idiom.
fn is_month_or_idiom(tokens: &Tokens, i: usize) -> bool {
    let before = if i > 0 { tokens.folded(i - 1) } else { "" };
    let after = tokens.folded(i + 1);
    matches!(before, "تشرين" | "كانون" | "ربيع" | "جمادي" | "الساعه")
        || matches!(
            after,
            "امس" | "اكسيد" | "صباحا" | "مساء" | "عصرا" | "ظهرا" | "فجرا" | "ليلا"
        )
        || after == "من" && tokens.folded(i + 2) == "امس"
}

#[derive(Clone, Copy, Debug)]
struct Ordinal {
    value: f64,
    /// Whether it is an ordinal without the article too (أول، ثالث).
    bare: bool,
    /// حادي, واحد: only in الحادي عشر and الحادي (الواحد) والعشرون.
    teen_only: bool,
}

/// Ordinal words keyed without their article.
fn lexicon() -> &'static FoldedMap<Ordinal> {
    static LEXICON: OnceLock<FoldedMap<Ordinal>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut entries = Vec::new();
        for &(value, masculine, feminine) in UNITS {
            let bare = Ordinal {
                value,
                bare: true,
                teen_only: false,
            };
            entries.push((masculine, bare));
            entries.push((
                feminine,
                Ordinal {
                    bare: value == 1.0,
                    ..bare
                },
            ));
        }
        // ثانٍ, the indefinite masculine, written without its yaa (مؤتمر
        // ثان), a spelling some copy keeps with the article (الثان عشر).
        entries.push((
            "ثان",
            Ordinal {
                value: 2.0,
                bare: true,
                teen_only: false,
            },
        ));
        // الواحد والعشرون: the cardinal one, as news also writes it.
        for word in ["حادي", "حادية", "واحد", "واحدة"] {
            entries.push((
                word,
                Ordinal {
                    value: 1.0,
                    bare: false,
                    teen_only: true,
                },
            ));
        }
        // With the article, the cardinal tens and the hundred are ordinals: العشرون، الخمسين؛ المئة.
        const HUNDRED: (f64, &[&str]) = (100.0, &["مئة", "مائة"]);
        let tens_and_hundred = crate::numbers::TENS.iter().chain([&HUNDRED]);
        for &(value, forms) in tens_and_hundred {
            entries.extend(forms.iter().map(|&w| {
                (
                    w,
                    Ordinal {
                        value,
                        bare: false,
                        teen_only: false,
                    },
                )
            }));
        }
        folded_map(entries)
    })
}

/// The ordinals 1 to 10, masculine and feminine.
const UNITS: &[(f64, &str, &str)] = &[
    (1.0, "أول", "أولى"),
    (2.0, "ثاني", "ثانية"),
    (3.0, "ثالث", "ثالثة"),
    (4.0, "رابع", "رابعة"),
    (5.0, "خامس", "خامسة"),
    (6.0, "سادس", "سادسة"),
    (7.0, "سابع", "سابعة"),
    (8.0, "ثامن", "ثامنة"),
    (9.0, "تاسع", "تاسعة"),
    (10.0, "عاشر", "عاشرة"),
];
