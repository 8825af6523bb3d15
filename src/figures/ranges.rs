//! Amounts with what qualifies them: ranges (`بين 3 و5 في المئة`,
//! `من 10 إلى 15 مليون دولار`, `من عشرة لعشرين دولارا`, `20-30 كيلومترا`)
//! with `min` and `max`; bounds (`أكثر من` gt, `أقل من` and `تحت` lt, `ما يصل إلى` le, `لا يقل عن` ge,
//! `يتجاوز` gt, and after the amount `على الأقل` ge, `كحد أقصى` le);
//! approximations (`نحو`, `حوالي`, `قرابة`, `زهاء`, `ما يقارب`, `في حدود`,
//! and after the amount `تقريبا`).
//!
//! This is the entry point for every amount: with no qualifier it reads
//! the bare amount. A qualifier's words belong to the figure's span. A
//! bare year (`منذ 2013`, `بين 2013 و2015`) takes no qualifier, leaving it
//! whole to the dates grammar.

use std::sync::OnceLock;

use crate::hashing::FastSet;
use crate::lexicon::PhraseTable;
use crate::text::{proclitic_splits, Split, Tokens};
use crate::{Bound, Figure, FigureKind, Value};

use super::amount::{self, Amount};

/// Reads the amount, range, bound or approximation starting at token `i`.
pub(super) fn read(tokens: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let (qualifier, letters, j) = read_prefix(tokens, i).unwrap_or((Qualifier::None, 0, i));
    let first = amount::read(tokens, j)?;
    let is_bare_year =
        first.kind == FigureKind::Number && first.numeral.is_some_and(|n| n.year_like);
    if qualifier != Qualifier::None && is_bare_year {
        return None;
    }
    let start = if qualifier == Qualifier::None {
        first.start
    } else {
        tokens.offset_after_letters(i, letters)
    };
    let range = read_second(tokens, qualifier, &first, i);
    let (mut figure, mut next) = match range {
        Some((second, next)) => (range_figure(tokens, start, &first, &second), next),
        None => {
            if matches!(qualifier, Qualifier::Between | Qualifier::From) {
                // بين and من alone qualify nothing: read the amount by itself.
                let first = if qualifier == Qualifier::From {
                    with_the_unit_it_changes_to(tokens, first)
                } else {
                    first
                };
                return Some((amount_figure(tokens, first.start, &first), first.end));
            }
            (amount_figure(tokens, start, &first), first.end)
        }
    };
    qualifier.apply_to(&mut figure);
    if !is_bare_year {
        next = with_suffix(tokens, &mut figure, next);
    }
    Some((figure, next))
}

/// A qualifier after `figure`, which ends before token `next` (`على
/// الأقل`, `تقريبا`): marks the figure and takes the qualifier into its
/// span, returning the token after it.
pub(super) fn with_suffix(tokens: &Tokens, figure: &mut Figure, next: usize) -> usize {
    if !tokens.same_line_as_previous(next) {
        return next;
    }
    let Some((after, end)) = suffixes().longest(tokens, next, tokens.folded(next)) else {
        return next;
    };
    after.apply_to(figure);
    figure.end = tokens.end(end - 1);
    figure.text = tokens.text()[figure.start..figure.end].to_string();
    end
}

/// Every word a qualifier can start with.
pub(super) fn first_words() -> impl Iterator<Item = String> {
    prefixes().first_words(|_| true)
}

/// Whether a qualifier may be the folded word `first` alone (نحو، من).
pub(super) fn is_qualifier_alone(first: &str) -> bool {
    prefixes().has_one_word_entry(first)
}

/// Whether the folded word `word` is the second word of a qualifier
/// (حدود of في حدود).
pub(super) fn is_second_word(word: &str) -> bool {
    // Asked of every word type of a text, which in varied news runs to
    // tens of thousands: a set, not a scan of the qualifiers.
    static SECOND_WORDS: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SECOND_WORDS
        .get_or_init(|| prefixes().second_words().collect())
        .contains(word)
}

/// The token after the qualifier that starts at token `i`, whose folded
/// form, or stem after proclitics, is `first`: where its amount starts.
pub(super) fn qualifier_end(tokens: &Tokens, i: usize, first: &str) -> Option<usize> {
    prefixes().longest(tokens, i, first).map(|(_, next)| next)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qualifier {
    None,
    Approx,
    Bound(Bound),
    /// بين X و Y.
    Between,
    /// من X إلى Y.
    From,
}

impl Qualifier {
    /// Marks `figure` as approximate or bounded, as this qualifier says.
    fn apply_to(self, figure: &mut Figure) {
        match self {
            Qualifier::Approx => figure.approx = true,
            Qualifier::Bound(bound) => figure.bound = Some(bound),
            Qualifier::None | Qualifier::Between | Qualifier::From => {}
        }
    }
}

/// A qualifier before the amount, whose first word may carry proclitics
/// (`بأكثر من`, `لنحو`): the qualifier, the letters of its proclitics and
/// the token after it. Where it starts in the text is found only when an
/// amount follows: most qualifiers (من) have none.
fn read_prefix(tokens: &Tokens, i: usize) -> Option<(Qualifier, usize, usize)> {
    let word = tokens.folded(i);
    super::indefinite_stems(word).find_map(|(letters, stem)| {
        let (qualifier, next) = prefixes().longest(tokens, i, stem)?;
        // With the ل of purpose the verb tells the value a change reached
        // (ارتفعت 5% لتصل إلى 85.8 مليار), not a ceiling (قد تصل إلى).
        let reached = word.chars().take(letters).any(|c| c == 'ل')
            && (stem.starts_with("تصل") || stem.starts_with("يصل"));
        if reached {
            return None;
        }
        tokens
            .same_line_as_previous(next)
            .then_some((qualifier, letters, next))
    })
}

/// The second end of a range after `first`, if one follows: the amount
/// and the token after it.
fn read_second(
    tokens: &Tokens,
    qualifier: Qualifier,
    first: &Amount,
    i: usize,
) -> Option<(Amount, usize)> {
    let j = first.end;
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let connector = tokens.folded(j);
    // و glued to the second amount (و20، وعشرين) is read with it.
    let second_at = match (qualifier, connector) {
        (Qualifier::Between, "و") => j + 1,
        (Qualifier::Between, word) if word.starts_with('و') => j,
        (Qualifier::From, _) => second_end_after_to(tokens, j)?,
        (Qualifier::None | Qualifier::Approx | Qualifier::Bound(_), "الي" | "حتي") => j + 1,
        // بين 2-3 ملايين: the dash written for و after بين.
        (Qualifier::None | Qualifier::Approx | Qualifier::Between, "-")
            if first.numeral.is_some_and(|n| n.digits) =>
        {
            j + 1
        }
        _ => return None,
    };
    // ارتفع من 5 إلى 7%, ارتفع 5 دولارات إلى 85 دولارا: a change, not a
    // range; but without من a bare first end shares the unit of the
    // second, as a range's does (يرتفع التضخم 20 إلى 30 في المئة).
    let to = matches!(connector, "الي" | "حتي");
    let changes = qualifier == Qualifier::From
        || to && qualifier != Qualifier::Between && first.kind != FigureKind::Number;
    if changes && follows_a_change(tokens, i) {
        return None;
    }
    let second = amount::read(tokens, second_at)?;
    // زاد 90 سنتا إلى 79.10 دولار: ends in two units of one currency
    // are a change and the level it reached; and a range with no من or
    // بين runs upwards, so that رفع سعر لتر البنزين 92 إلى 12.5 جنيه is
    // none (يتراوح من 0.001 إلى 0.0001 مم is one).
    let two_units = first.kind != FigureKind::Number
        && second.kind != FigureKind::Number
        && first.factor != second.factor;
    // ارتفع مزيج برنت 0.07 دولار إلى 60.87 دولار: two amounts of money
    // joined by إلى with neither من nor بين are a change and its level
    // even when the verb is further back than a range looks.
    let money_to_money = to
        && qualifier == Qualifier::None
        && first.kind == FigureKind::Money
        && second.kind == FigureKind::Money;
    let downwards = !matches!(qualifier, Qualifier::Between | Qualifier::From)
        && first.kind == FigureKind::Number
        && first.numeral.is_some_and(|n| n.scale == 1.0)
        && second.numeral.is_some_and(|n| n.scale == 1.0)
        && first.value > second.value / second.factor;
    if two_units || downwards || money_to_money {
        return None;
    }
    let both_years = [first, &second]
        .iter()
        .all(|a| a.kind == FigureKind::Number && a.numeral.is_some_and(|n| n.year_like));
    let units_agree = first.kind == FigureKind::Number
        || second.kind == FigureKind::Number
        || first.unit == second.unit;
    // 3-1 is a score: a dash joins a range only when a unit says what it measures.
    let bare_dash =
        connector == "-" && first.kind == FigureKind::Number && second.kind == FigureKind::Number;
    if both_years || bare_dash || !units_agree || second.numeral.is_none() {
        return None;
    }
    let end = second.end;
    Some((second, end))
}

/// The start of a change written with its unit and scale only at its end
/// (`ارتفعت من 4 إلى 6 ملايين طن`, `من 5 إلى 7%`): a bare number before
/// إلى takes them, so that 4 reads as 4 million tonnes, not 4. A number
/// with a unit or a scale of its own keeps them.
fn with_the_unit_it_changes_to(tokens: &Tokens, first: Amount) -> Amount {
    let bare = first.kind == FigureKind::Number
        && first
            .numeral
            .is_some_and(|n| n.scale == 1.0 && !n.year_like);
    let to = first.end;
    if !bare || !tokens.same_line_as_previous(to) {
        return first;
    }
    let Some(end) = second_end_after_to(tokens, to).and_then(|k| amount::read(tokens, k)) else {
        return first;
    };
    if end.kind == FigureKind::Number || end.numeral.is_some_and(|n| n.year_like) {
        return first;
    }
    let scale = end.numeral.map_or(1.0, |n| n.scale);
    Amount {
        value: first.value * scale * end.factor,
        factor: end.factor,
        kind: end.kind,
        unit: end.unit,
        per: end.per,
        subject: end.subject,
        ..first
    }
}

/// Where the second end of a range from one figure starts after the word
/// for "to" at token `j`: إلى, حتى, or ل glued to it (`من عشرة لعشرين`,
/// `من 10 لـ20`).
fn second_end_after_to(tokens: &Tokens, j: usize) -> Option<usize> {
    match tokens.folded(j) {
        "الي" | "حتي" | "ل" => Some(j + 1),
        word if word.starts_with('ل') => Some(j),
        _ => None,
    }
}

/// Whether a verb or noun of change comes just before token `i`.
fn follows_a_change(tokens: &Tokens, i: usize) -> bool {
    const LOOK_BACK: usize = 4;
    (i.saturating_sub(LOOK_BACK)..i).any(|k| {
        proclitic_splits(tokens.folded(k))
            .any(|Split { stem, .. }| CHANGE_STEMS.iter().any(|s| stem.starts_with(s)))
    })
}

/// Stems of verbs and nouns that describe a move from one figure to another.
const CHANGE_STEMS: &[&str] = &[
    "ارتفع",
    "ترتفع",
    "يرتفع",
    "ارتفاع",
    "انخفض",
    "تنخفض",
    "ينخفض",
    "انخفاض",
    "تراجع",
    "يتراجع",
    "زاد",
    "يزيد",
    "تزيد",
    "زياده",
    "صعد",
    "يصعد",
    "هبط",
    "يهبط",
    "قفز",
    "يقفز",
    "رفع",
    "يرفع",
    "خفض",
    "يخفض",
    "تخفيض",
    "نما",
    "ينمو",
    "نمو",
    "تغير",
    "انتقل",
];

fn amount_figure(tokens: &Tokens, start: usize, amount: &Amount) -> Figure {
    let mut figure = Figure::new(
        amount.kind,
        tokens.text(),
        start,
        tokens.end(amount.end - 1),
    );
    figure.value = Some(Value::Number(amount.value));
    figure.unit = amount.unit;
    figure.per = amount.per;
    figure.subject = amount.subject.clone();
    figure
}

/// A range: the kind and unit of whichever end has one, the scale of the
/// second carried to a bare first (`بين 10 و20 مليار دولار`).
fn range_figure(tokens: &Tokens, start: usize, first: &Amount, second: &Amount) -> Figure {
    let (with_unit, other) = if first.kind == FigureKind::Number {
        (second, first)
    } else {
        (first, second)
    };
    let mut low = first.value;
    let high = second.value;
    let first_scale = first.numeral.map_or(1.0, |n| n.scale);
    let second_scale = second.numeral.map_or(1.0, |n| n.scale);
    // بين 10 و20 سنتا: a bare first end counts in the second's unit.
    let to_unit = if first.kind == FigureKind::Number {
        second.factor
    } else {
        1.0
    };
    if first_scale == 1.0 && second_scale > 1.0 && low * second_scale * to_unit <= high {
        low *= second_scale;
    }
    low *= to_unit;
    // بين 3 و5 درجات تحت الصفر: both ends are below zero.
    if first.kind == FigureKind::Number && amount::below_zero(tokens, second) {
        low = -low.abs();
    }
    let mut figure = Figure::new(
        with_unit.kind,
        tokens.text(),
        start,
        tokens.end(second.end - 1),
    );
    figure.min = Some(low.min(high));
    figure.max = Some(low.max(high));
    figure.unit = with_unit.unit;
    figure.per = with_unit.per.or(other.per);
    figure.subject = with_unit.subject.clone().or_else(|| other.subject.clone());
    figure
}

fn prefixes() -> &'static PhraseTable<Qualifier> {
    static TABLE: OnceLock<PhraseTable<Qualifier>> = OnceLock::new();
    TABLE.get_or_init(|| table(PREFIXES))
}

fn suffixes() -> &'static PhraseTable<Qualifier> {
    static TABLE: OnceLock<PhraseTable<Qualifier>> = OnceLock::new();
    TABLE.get_or_init(|| table(SUFFIXES))
}

fn table(entries: &[(Qualifier, &[&str])]) -> PhraseTable<Qualifier> {
    PhraseTable::new(
        entries
            .iter()
            .flat_map(|&(qualifier, forms)| forms.iter().map(move |f| (f.to_string(), qualifier))),
    )
}

const PREFIXES: &[(Qualifier, &[&str])] = &[
    (
        Qualifier::Approx,
        &[
            "نحو",
            "حوالي",
            "حوالى",
            "قرابة",
            "زهاء",
            "ما يقارب",
            "يقارب",
            "تقارب",
            "ما يقرب من",
            "يقرب من",
            "ما يناهز",
            "يناهز",
            "تناهز",
            "ناهز",
            "في حدود",
            "بحدود",
            "تقريبا",
            "ما يقدر بـ",
            "ما يقدر ب",
            "يقدر بـ",
            "تقدر بـ",
            "قدره حوالي",
        ],
    ),
    (
        Qualifier::Bound(Bound::Gt),
        &[
            "أكثر من",
            "ما يزيد على",
            "ما يزيد عن",
            "يزيد على",
            "يزيد عن",
            "تزيد على",
            "تزيد عن",
            "أزيد من",
            "يتجاوز",
            "تتجاوز",
            "تجاوز",
            "يفوق",
            "تفوق",
            "ما يفوق",
            "ما يربو على",
            "يربو على",
            "أكثر من",
            "فوق",
        ],
    ),
    (
        Qualifier::Bound(Bound::Ge),
        &[
            "لا يقل عن",
            "لا تقل عن",
            "ما لا يقل عن",
            "على الأقل",
            "ما لا يقل عن",
        ],
    ),
    (
        Qualifier::Bound(Bound::Lt),
        &[
            "أقل من",
            "ما دون",
            "دون",
            "ما يقل عن",
            "يقل عن",
            "تقل عن",
            // The mirror of فوق.
            "تحت",
        ],
    ),
    (
        Qualifier::Bound(Bound::Le),
        &[
            "ما يصل إلى",
            "ما يصل الى",
            "يصل إلى",
            "تصل إلى",
            "تصل الى",
            "يصل الى",
            "حتى",
            "لا يتجاوز",
            "لا تتجاوز",
            "لا يزيد على",
            "لا يزيد عن",
            "لا تزيد على",
            "لا تزيد عن",
            "بحد أقصى",
            "كحد أقصى",
        ],
    ),
    (Qualifier::Between, &["بين", "ما بين"]),
    (Qualifier::From, &["من"]),
];

const SUFFIXES: &[(Qualifier, &[&str])] = &[
    (Qualifier::Approx, &["تقريبا", "على وجه التقريب"]),
    (
        Qualifier::Bound(Bound::Ge),
        &[
            "على الأقل",
            "كحد أدنى",
            "بحد أدنى",
            "فأكثر",
            "أو أكثر",
            "فما فوق",
            "وما فوق",
        ],
    ),
    (
        Qualifier::Bound(Bound::Le),
        &["كحد أقصى", "بحد أقصى", "على الأكثر", "أو أقل", "فأقل"],
    ),
];
