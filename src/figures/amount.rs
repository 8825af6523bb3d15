//! An amount: a number and the word that gives it a kind — a percent sign,
//! a currency, a unit, a duration or a counted noun — with its rate.
//!
//! `55 مليار متر مكعب سنويا`, `$500`, `عشرين عاما`, `ثماني طائرات`, and the
//! amounts written with a unit alone: a dual stands for two (`عامين`,
//! `دولارين`, `عامين اثنين`), a singular followed by ونصف for one and a
//! half (`ساعة ونصف`, `جنيه ونصف`) or by إلا ربعا for three quarters
//! (`ساعة إلا ربعا`), a singular followed by واحد for one (`يوم واحد`).

use crate::numbers::{read_definite_numeral, read_numeral, Numeral};
use crate::text::{proclitic_splits, TokenKind, Tokens};
use crate::FigureKind;

use super::{count, duration, money, multiple, percent, quantity, subject, GrammaticalNumber};

/// An amount read from the text, before any range, bound or approximation.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Amount {
    /// Byte offset where it starts, after any proclitic.
    pub start: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index of the token after it.
    pub end: usize,
    pub value: f64,
    pub kind: FigureKind,
    pub unit: Option<&'static str>,
    pub per: Option<&'static str>,
    pub subject: Option<String>,
    /// The number it was read from, when written.
    pub numeral: Option<Numeral>,
    /// What one of its unit as written is worth in the unit reported: 0.01
    /// for cents, reported in dollars; 1 for most.
    pub factor: f64,
}

impl Amount {
    /// `count` of `unit` said by the unit word alone, with no numeral
    /// (`عامين`, `نص لتر`): from byte `start`, over tokens `first_token..end`.
    fn of_unit_alone(
        start: usize,
        first_token: usize,
        end: usize,
        count: f64,
        unit: UnitWord,
    ) -> Amount {
        Amount {
            start,
            first_token,
            end,
            value: count * unit.factor,
            kind: unit.kind,
            unit: unit.code,
            per: None,
            subject: None,
            numeral: None,
            factor: unit.factor,
        }
    }
}

/// A word that gives a number its kind: what it is, its code, and its
/// grammatical number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct UnitWord {
    pub kind: FigureKind,
    pub code: Option<&'static str>,
    pub number: GrammaticalNumber,
    /// What one of it is worth in the unit of `code`: 0.01 for a cent, 100
    /// for a century of years; 1 for most.
    pub factor: f64,
}

/// Reads the amount starting at token `i`.
pub(super) fn read(tokens: &Tokens, i: usize) -> Option<Amount> {
    if ends_a_name(tokens, i) {
        return None;
    }
    if let Some(amount) = read_with_currency_first(tokens, i)
        .or_else(|| read_with_percent_first(tokens, i))
        .or_else(|| read_definite_duration(tokens, i))
        .or_else(|| read_definite_dual_duration(tokens, i))
        .or_else(|| read_definite_decade(tokens, i))
        .or_else(|| read_karat(tokens, i))
    {
        return Some(amount);
    }
    let mut amount = match read_numeral(tokens, i) {
        Some(numeral) => after_numeral(tokens, i, numeral)?,
        None => read_unit_alone(tokens, i).or_else(|| read_spoken_half(tokens, i))?,
    };
    if below_zero(tokens, &amount) {
        amount.value = -amount.value.abs();
    }
    if matches!(
        amount.kind,
        FigureKind::Quantity | FigureKind::Money | FigureKind::Count
    ) {
        if let Some((per, next)) = quantity::read_rate(tokens, amount.end)
            .or_else(|| money::read_price_per(tokens, amount.end))
        {
            amount.per = Some(per);
            amount.end = next;
        }
    }
    if amount.kind == FigureKind::Money && amount.per.is_none() {
        let other_currency = |&(priced, _): &(&str, usize)| Some(priced) != amount.unit;
        if let Some((priced, next)) =
            money::read_exchanged_after(tokens, amount.end).filter(other_currency)
        {
            amount.per = Some(priced);
            amount.end = next;
        } else {
            // Millions of a currency are no rate of one: the sum in a
            // sentence about the exchange rate is not priced by it.
            let rate_sized = amount.value < 1e6;
            amount.per = money::exchanged_currency(tokens, amount.first_token)
                .or_else(|| {
                    rate_sized
                        .then(|| money::currency_priced_earlier(tokens, amount.first_token))
                        .flatten()
                })
                .filter(|&priced| Some(priced) != amount.unit);
        }
    }
    if matches!(amount.kind, FigureKind::Quantity | FigureKind::Money) {
        amount.subject = subject::find(tokens, amount.first_token, amount.end, amount.unit);
    }
    Some(amount)
}

/// Whether the amount's unit ends in تحت الصفر (`خمس درجات تحت الصفر`),
/// which gives it its sign.
pub(super) fn below_zero(tokens: &Tokens, amount: &Amount) -> bool {
    amount.unit == Some("°C") && tokens.folded(amount.end - 1) == "الصفر"
}

/// The kind-giving word at token `j`, right after a number: percent,
/// currency, unit or duration, tried in that order.
pub(super) fn read_unit(tokens: &Tokens, j: usize, after_year: bool) -> Option<(UnitWord, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let first = tokens.folded(j);
    percent::read(tokens, j, first)
        .or_else(|| money::read_after(tokens, j, first))
        .or_else(|| money::read_cents(j, first, after_year))
        .or_else(|| quantity::read(tokens, j, first, after_year))
        .or_else(|| duration::read(tokens, j, first))
        .or_else(|| multiple::read(tokens, j, first))
}

/// Whether a unit read without a number (see [`read_unit_alone`]) may
/// start at a word, `folded`: under a reading of its proclitics, a word
/// that begins a unit of any grammatical number. A singular one that does
/// not stand alone takes واحد or ونصف after it (`جنيه واحد`).
pub(super) fn may_start_unit_alone(folded: &str) -> bool {
    super::indefinite_stems(folded).any(|(_, stem)| {
        percent::starts_unit(stem)
            || money::starts_unit(stem)
            || quantity::starts_unit(stem)
            || duration::starts_unit(stem)
            || multiple::starts_unit(stem)
    })
}

/// The first words of units that can stand without a number, and of
/// the karats of gold, which come before theirs.
pub(super) fn unit_first_words() -> impl Iterator<Item = String> {
    percent::standalone_words()
        .chain(money::standalone_words())
        .chain(quantity::standalone_words())
        .chain(duration::standalone_words())
        .chain(multiple::standalone_words())
        .chain(std::iter::once(KARAT_NOUN.to_string()))
}

/// Whether the digits at token `i` end a name joined to them by a dash
/// (`كوفيد-19`, `COVID-19`): a designation, not an amount. Model
/// designations are read before this.
fn ends_a_name(tokens: &Tokens, i: usize) -> bool {
    tokens.kind(i) == Some(TokenKind::Number)
        && i >= 2
        && tokens.is_punct(i - 1, '-')
        && tokens.glued_to_previous(i)
        && tokens.glued_to_previous(i - 1)
        && matches!(tokens.kind(i - 2), Some(TokenKind::Word | TokenKind::Latin))
}

/// `الساعات الـ24`, `الأيام الـ10`, `الأيام الثلاثة الماضية`: a definite
/// plural duration with its number after it, at the number (token `i`).
/// In words the number is an adjective, and `الأيام الثلاثة` alone is
/// more often days already told of (`الأيام الثلاثة للمؤتمر`) than a
/// length: it is one only before `الماضية`, `الأخيرة` or `المقبلة`, which
/// count it from the day of writing, as `الـ3 أيام الماضية` does.
fn read_definite_duration(tokens: &Tokens, i: usize) -> Option<Amount> {
    // The number has the article (الـ24، الثلاثة): most tokens do not.
    if i == 0 || !tokens.folded(i).starts_with("ال") || !tokens.same_line_as_previous(i) {
        return None;
    }
    let noun = tokens.folded(i - 1).strip_prefix("ال")?;
    let (unit, _) = duration::read(tokens, i - 1, noun)
        .filter(|(unit, _)| unit.number == GrammaticalNumber::Plural)?;
    let numeral = if tokens.folded(i) == "ال" {
        read_numeral(tokens, i + 1)
            .filter(|n| n.digits && n.end == i + 2 && tokens.same_line_as_previous(i + 1))?
    } else {
        read_definite_numeral(tokens, i).filter(|n| counts_from_now(tokens.folded(n.end)))?
    };
    Some(Amount {
        start: tokens.start(i - 1),
        first_token: i - 1,
        end: numeral.end,
        value: numeral.value * unit.factor,
        kind: FigureKind::Duration,
        unit: unit.code,
        per: None,
        subject: None,
        numeral: Some(numeral),
        factor: unit.factor,
    })
}

/// `العامين الماضيين`, `الأسبوعين المقبلين`, `الساعتين الأخيرتين`,
/// `للعامين المقبلين`: a definite dual duration, two of its unit. As with
/// the definite plurals, only before an adjective that counts it from the
/// day of writing: `العامين` alone is more often two years already told of.
/// The preposition of لل stays in the span, which cannot start inside it.
fn read_definite_dual_duration(tokens: &Tokens, i: usize) -> Option<Amount> {
    if !tokens.same_line_as_previous(i + 1) || !counts_dual_from_now(tokens.folded(i + 1)) {
        return None;
    }
    proclitic_splits(tokens.folded(i))
        .filter(|split| split.article)
        .find_map(|split| {
            let (unit, next) = duration::read(tokens, i, split.stem)
                .filter(|&(unit, next)| unit.number == GrammaticalNumber::Dual && next == i + 1)?;
            Some(Amount::of_unit_alone(
                tokens.offset_after_letters(i, split.letters_before_article()),
                i,
                next,
                2.0,
                unit,
            ))
        })
}

/// `العقد الماضي`, `العقد الأخير`, `العقد المقبل`, `للعقد القادم`: the
/// decade before or after the day of writing, ten years, as `العامين
/// الماضيين` is two. Only before such an adjective, and not about a
/// contract (`تجديد العقد الأخير`, `العقد الأخير مع النادي`). The
/// adjective stays outside the span, as after the duals.
fn read_definite_decade(tokens: &Tokens, i: usize) -> Option<Amount> {
    let adjective = tokens.folded(i + 1);
    if !tokens.same_line_as_previous(i + 1)
        || !matches!(
            adjective,
            "الماضي" | "الاخير" | "المقبل" | "القادم" | "المنصرم" | "الفائت" | "المنقضي"
        )
    {
        return None;
    }
    let split = proclitic_splits(tokens.folded(i)).find(|s| s.article && s.stem == "عقد")?;
    if duration::about_a_contract(tokens, i.saturating_sub(5), i, i + 2) {
        return None;
    }
    Some(Amount {
        start: tokens.offset_after_letters(i, split.letters_before_article()),
        first_token: i,
        end: i + 1,
        value: 10.0,
        kind: FigureKind::Duration,
        unit: Some("year"),
        per: None,
        subject: None,
        numeral: None,
        factor: 10.0,
    })
}

/// [`counts_from_now`] for a dual: `الماضيين`, `الأخيران`, `المقبلتين`.
fn counts_dual_from_now(word: &str) -> bool {
    ["تين", "تان", "ين", "ان"]
        .iter()
        .filter_map(|ending| word.strip_suffix(ending))
        .any(|base| {
            matches!(
                base,
                "الماضي"
                    | "الاخير"
                    | "المقبل"
                    | "القادم"
                    | "المنصرم"
                    | "الفائت"
                    | "المنقضي"
            )
        })
}

/// Whether a word after a definite duration places it against the day of
/// writing: `الماضية`, `الأخيرة`, `المقبلة` and their synonyms.
fn counts_from_now(word: &str) -> bool {
    matches!(
        word,
        "الماضيه"
            | "الاخيره"
            | "المقبله"
            | "القادمه"
            | "المنصرمه"
            | "الفائته"
            | "المنقضيه"
    )
}

/// The noun the karats of gold follow (`عيار 21`).
const KARAT_NOUN: &str = "عيار";

/// The gold karats a number after عيار gives (`الذهب عيار 21`, `بعيار
/// 24 قيراطا`), in a sentence about gold: 24 at most, so that the calibre
/// of a gun (`رصاص عيار 7.62 ملم`, `مدفع عيار 155 ملم`) is left to the
/// length after it, and not the gauge of a shotgun (`بندقية عيار 12`).
fn read_karat(tokens: &Tokens, i: usize) -> Option<Amount> {
    const PURE_GOLD: f64 = 24.0;
    let split = proclitic_splits(tokens.folded(i)).find(|split| split.stem == KARAT_NOUN)?;
    if !money::beside_precious_metal(tokens, i) {
        return None;
    }
    let numeral = read_numeral(tokens, i + 1).filter(|n| {
        tokens.same_line_as_previous(i + 1)
            && n.value.fract() == 0.0
            && (1.0..=PURE_GOLD).contains(&n.value)
    })?;
    let mut end = numeral.end;
    if tokens.same_line_as_previous(end) && matches!(tokens.folded(end), "قيراط" | "قيراطا")
    {
        end += 1;
    } else if read_unit(tokens, end, false).is_some() {
        return None;
    }
    Some(Amount {
        start: tokens.offset_after_letters(i, split.letters_before_article()),
        first_token: i,
        end,
        value: numeral.value,
        kind: FigureKind::Quantity,
        unit: Some("karat"),
        per: None,
        subject: None,
        numeral: Some(numeral),
        factor: 1.0,
    })
}

/// `$500`, `US$ 5 مليارات`, `€20`, `USD 300`.
fn read_with_currency_first(tokens: &Tokens, i: usize) -> Option<Amount> {
    let (code, j) = money::read_before(tokens, i)?;
    let numeral = read_numeral(tokens, j)?;
    Some(Amount {
        start: tokens.start(i),
        first_token: i,
        end: numeral.end,
        value: numeral.value,
        kind: FigureKind::Money,
        unit: code,
        per: None,
        subject: None,
        numeral: Some(numeral),
        factor: 1.0,
    })
}

/// `%5`: the percent sign typed before its number, as text turned from
/// left to right often has it. The sign must be glued to the number and
/// not to a number before it (`5%5` is nothing sure).
fn read_with_percent_first(tokens: &Tokens, i: usize) -> Option<Amount> {
    if !percent::is_sign(tokens.folded(i))
        || tokens.kind(i) != Some(TokenKind::Punct)
        || tokens.kind(i + 1) != Some(TokenKind::Number)
        || !tokens.glued_to_previous(i + 1)
        || i > 0 && tokens.glued_to_previous(i) && tokens.kind(i - 1) == Some(TokenKind::Number)
    {
        return None;
    }
    let numeral = read_numeral(tokens, i + 1).filter(|n| n.scale == 1.0)?;
    // 5%5% or %5 مليون: not a percentage before its number.
    if matches!(tokens.kind(numeral.end), Some(TokenKind::Punct))
        && percent::is_sign(tokens.folded(numeral.end))
    {
        return None;
    }
    Some(Amount {
        start: tokens.start(i),
        first_token: i,
        end: numeral.end,
        value: numeral.value,
        kind: FigureKind::Percent,
        unit: Some("%"),
        per: None,
        subject: None,
        numeral: Some(numeral),
        factor: 1.0,
    })
}

/// The amount a number starts: with its unit or counted noun, or alone.
/// A fraction alone is a figure only as a share of a whole named after it
/// (`ثلثي السكان`, `نصف الميزانية`); see [`names_a_whole`].
fn after_numeral(tokens: &Tokens, i: usize, numeral: Numeral) -> Option<Amount> {
    let mut amount = Amount {
        start: numeral.start,
        first_token: i,
        end: numeral.end,
        value: numeral.value,
        kind: FigureKind::Number,
        unit: None,
        per: None,
        subject: None,
        numeral: Some(numeral),
        factor: 1.0,
    };
    if let Some((unit, next)) = read_unit(tokens, numeral.end, numeral.year_like) {
        amount.kind = unit.kind;
        amount.unit = unit.code;
        amount.end = next;
        // ثلاث سنوات ونصف: the half is of the unit.
        if numeral.scale == 1.0 {
            if let Some((fraction, after)) = fraction_after(tokens, amount.end, unit.code) {
                amount.value += fraction;
                amount.end = after;
            }
        }
        amount.value *= unit.factor;
        amount.factor = unit.factor;
        // 20 دولارا و43 سنتا.
        if unit.kind == FigureKind::Money && unit.factor == 1.0 {
            if let Some((cents, after)) = money::cents_after(tokens, amount.end) {
                amount.value += cents;
                amount.end = after;
            }
        }
    } else if let Some((subject, next)) = count::read_counted(tokens, numeral.end, &numeral)
        .or_else(|| count::read_partitive(tokens, numeral.end, &numeral))
    {
        amount.kind = FigureKind::Count;
        amount.subject = Some(subject);
        amount.end = next;
    }
    if amount.kind != FigureKind::Number && is_dual_construct(tokens, i, &numeral) {
        amount.value *= 2.0;
    }
    if amount.kind == FigureKind::Number
        && (names_a_text_by_number(tokens, i) || names_a_building_by_number(tokens, i))
    {
        return None;
    }
    // إيجي إكس 30 مرتفعا: a product's number, whatever follows it.
    if matches!(amount.kind, FigureKind::Number | FigureKind::Count)
        && super::model::numbers_a_product(tokens, i)
    {
        return None;
    }
    let lone_fraction = amount.kind == FigureKind::Number
        && !numeral.digits
        && numeral.end == i + 1
        && numeral.value > 0.0
        && numeral.value < 1.0
        && !names_a_whole(tokens, numeral.end);
    (!lone_fraction).then_some(amount)
}

/// Whether the number at token `i` is the identifier of a resolution, an
/// article, a clause, a law or a decree, after its noun and perhaps رقم
/// (`القرار 1701`, `القرار رقم 2254`, `المادة 50`, `البند 3`, `الفصل 19`,
/// `القانون رقم 10`), or of anything after رقم (`اللاعب رقم 10`, but not
/// after الرقم, the figure: `تجاوز الرقم 7 ملايين`): a
/// label, not a quantity, which a reader of the figures has no use for.
fn names_a_text_by_number(tokens: &Tokens, i: usize) -> bool {
    let noun_at = |k: usize| {
        tokens.kind(k) == Some(TokenKind::Word)
            && tokens.same_line_as_previous(k + 1)
            && proclitic_splits(tokens.folded(k)).any(|split| match split.stem {
                "قرار" | "ماده" | "بند" | "فقره" | "فصل" | "قانون" | "مرسوم" => {
                    true
                }
                // الرقم is the figure itself (`تجاوز الرقم 7 ملايين`).
                "رقم" => !split.article,
                _ => false,
            })
    };
    i > 0 && noun_at(i - 1)
}

/// Whether the bare number at token `i` is the name of the street, the
/// hospital or the school before it, in construct, without the article
/// (`شارع 45`, `مستشفى 57357`, `مدرسة 12`): a label, as a day and month
/// there is (`شارع 26 يوليو`). Not a number counting something after it
/// (`في كل مدرسة 30 طالبا` is a count), nor after the noun with the
/// article, which begins a clause of its own (`تضم المدرسة 1200`).
fn names_a_building_by_number(tokens: &Tokens, i: usize) -> bool {
    i > 0
        && tokens.kind(i - 1) == Some(TokenKind::Word)
        && tokens.same_line_as_previous(i)
        && proclitic_splits(tokens.folded(i - 1))
            .any(|split| !split.article && matches!(split.stem, "شارع" | "مستشفي" | "مدرسه"))
}

/// Whether the words at `j` name a whole a fraction before them takes a
/// share of: a definite noun (`ربع الإنتاج`) or a noun in construct with
/// one (`ثلثي سكان القطاع`). Not a time the fraction is part of (`نصف
/// الساعة`, `ثلث الليل`), a round of a cup (`ربع النهائي`, `نصف نهائي
/// الكأس`), a hemisphere (`نصف الكرة الأرضية`) or the world of the saying
/// (`نصف الدنيا`, also a magazine's name).
fn names_a_whole(tokens: &Tokens, j: usize) -> bool {
    const NOT_WHOLES: &[&str] = &[
        "نهائي",
        "نهائيه",
        "ساعه",
        "دقيقه",
        "يوم",
        "ليل",
        "نهار",
        "شهر",
        "اسبوع",
        "عام",
        "سنه",
        "قرن",
        "عقد",
        "وقت",
        "كره",
        "دنيا",
    ];
    let word = |k: usize| {
        (tokens.same_line_as_previous(k) && tokens.kind(k) == Some(TokenKind::Word))
            .then(|| tokens.folded(k))
    };
    let Some(noun) = word(j) else {
        return false;
    };
    let definite = |w: &str| w.starts_with("ال");
    let whole = definite(noun) || word(j + 1).is_some_and(definite);
    whole && !NOT_WHOLES.contains(&noun.strip_prefix("ال").unwrap_or(noun))
}

/// Whether a lone scale word in -ا before a unit or counted noun is the
/// dual in construct (`مليونا برميل`, `مليارا دولار`: two million, two
/// billion), which the accusative singular (`مليونًا`) never is there: that
/// one ends its phrase. ألفا is left out: it is also the name Alpha.
fn is_dual_construct(tokens: &Tokens, i: usize, numeral: &Numeral) -> bool {
    numeral.end == i + 1
        && !numeral.digits
        && numeral.scale >= 1e6
        && numeral.value == numeral.scale
        && crate::text::fold(&tokens.text()[numeral.start..tokens.end(i)]).ends_with('ا')
}

/// A unit without a number: `عامين`, `لعامين`, `ساعة ونصف`, `يوم واحد`.
fn read_unit_alone(tokens: &Tokens, i: usize) -> Option<Amount> {
    let word = tokens.folded(i);
    super::indefinite_stems(word).find_map(|(letters, stem)| {
        let (unit, next) = percent::read(tokens, i, stem)
            .or_else(|| money::read_after(tokens, i, stem))
            .or_else(|| quantity::read(tokens, i, stem, false))
            .or_else(|| duration::read(tokens, i, stem))
            .or_else(|| multiple::read(tokens, i, stem))?;
        let (value, end) = match unit.number {
            GrammaticalNumber::Dual => match fraction_after(tokens, next, unit.code) {
                Some((fraction, after)) => (2.0 + fraction, after),
                // عامين اثنين: the number repeats the dual.
                None if is_two(tokens.folded(next)) && tokens.same_line_as_previous(next) => {
                    (2.0, next + 1)
                }
                None => (2.0, next),
            },
            GrammaticalNumber::Singular => {
                match (
                    fraction_after(tokens, next, unit.code),
                    is_one(tokens.folded(next)),
                ) {
                    (Some((fraction, after)), _) => (1.0 + fraction, after),
                    (None, true) => (1.0, next + 1),
                    // منذ عقد، منذ قرن: after a word of time.
                    _ if duration::stands_alone(tokens, i, &unit) => (1.0, next),
                    // ضعف ما كان عليه: the double.
                    _ if multiple::doubles_alone(tokens, i, next, &unit) => (2.0, next),
                    _ => return None,
                }
            }
            GrammaticalNumber::Plural => return None,
        };
        Some(Amount::of_unit_alone(
            tokens.offset_after_letters(i, letters),
            i,
            end,
            value,
            unit,
        ))
    })
}

/// The spoken half before a unit in the singular, which the numbers leave
/// to the unit to vouch for (see [`crate::numbers::SPOKEN_HALF`]): `نص
/// لتر` is 0.5 l, `نص ساعة` half an hour; `نص القرار` is a text.
fn read_spoken_half(tokens: &Tokens, i: usize) -> Option<Amount> {
    let letters = proclitic_splits(tokens.folded(i))
        .find(|split| {
            split.stem == crate::numbers::SPOKEN_HALF
                && !split.article
                && split.preposition.is_none()
        })?
        .prefix_letters;
    let (unit, end) = read_unit(tokens, i + 1, false)
        .filter(|(unit, _)| unit.number == GrammaticalNumber::Singular)?;
    Some(Amount::of_unit_alone(
        tokens.offset_after_letters(i, letters),
        i,
        end,
        0.5,
        unit,
    ))
}

/// `ونصف`, `وربع`, `وثلث` after a unit of code `code`, or with و written
/// apart (`و نصف`; but not `و نصف الكمية` nor `ونصف الكمية`, half of what
/// follows), and the
/// fraction taken away after إلا (`ساعة إلا ربعا`, three quarters of an
/// hour; `ثلاث ساعات إلا ثلثا`): the fraction, negative after إلا, and
/// the token after it. The unit repeated with the article after the
/// fraction is in the span (`ساعة ونصف الساعة`, `عامين ونصف العام`).
fn fraction_after(tokens: &Tokens, j: usize, code: Option<&str>) -> Option<(f64, usize)> {
    let repeated = |k: usize| repeats_unit(tokens, k, code);
    let construct = |k: usize| {
        tokens.same_line_as_previous(k) && tokens.folded(k).starts_with("ال") && !repeated(k)
    };
    let apart = tokens.same_line_as_previous(j + 1) && !construct(j + 2);
    let (word, sign, mut after) = match tokens.folded(j) {
        "و" if apart => (tokens.folded(j + 1), 1.0, j + 2),
        "الا" if apart => (tokens.folded(j + 1), -1.0, j + 2),
        // جنيه ونص القيمة: half of what follows, as with و apart.
        glued if !construct(j + 1) => (glued.strip_prefix('و')?, 1.0, j + 1),
        _ => return None,
    };
    let fraction = sign * fraction_word(word)?;
    if repeated(after) {
        after += 1;
    }
    Some((fraction, after))
}

/// Whether token `k` is a unit of code `code` in the singular with the
/// article, on the line of the fraction before it (`الساعة` after `ساعة
/// ونصف`, `العام` after `عامين ونصف`).
fn repeats_unit(tokens: &Tokens, k: usize, code: Option<&str>) -> bool {
    let Some(stem) = tokens.folded(k).strip_prefix("ال") else {
        return false;
    };
    tokens.same_line_as_previous(k)
        && duration::read(tokens, k, stem)
            .or_else(|| money::read_after(tokens, k, stem))
            .or_else(|| quantity::read(tokens, k, stem, false))
            .is_some_and(|(unit, next)| {
                unit.code == code && unit.number == GrammaticalNumber::Singular && next == k + 1
            })
}

/// The fraction a folded word names: نصف، ربع، ثلث, also in the
/// accusative that إلا takes (`إلا ربعا`), and the spoken half نص (`لتر
/// ونص`).
pub(super) fn fraction_word(word: &str) -> Option<f64> {
    match word {
        "نصف" | "نصفا" | crate::numbers::SPOKEN_HALF => Some(0.5),
        "ربع" | "ربعا" => Some(0.25),
        "ثلث" | "ثلثا" => Some(1.0 / 3.0),
        _ => None,
    }
}

/// Whether a folded word after a noun or a unit completes an amount
/// written without a number: واحد (`يوم واحد`), اثنان (`متهمين اثنين`), or
/// a fraction glued to its و (`جنيه ونصف`).
pub(super) fn completes_an_amount(word: &str) -> bool {
    is_one(word)
        || is_two(word)
        || word
            .strip_prefix('و')
            .is_some_and(|fraction| fraction_word(fraction).is_some())
}

/// واحد after a noun: one of it.
pub(super) fn is_one(word: &str) -> bool {
    matches!(word, "واحد" | "واحده" | "واحدا")
}

/// اثنان after a dual or a plural, the number as its adjective: two of
/// it (`متهمين اثنين`, `جنديين اثنين`, `امرأتين اثنتين`).
pub(super) fn is_two(word: &str) -> bool {
    matches!(word, "اثنين" | "اثنان" | "اثنتين" | "اثنتان")
}

/// A unit's forms: its code, then its singular (with the accusative of
/// tamyiz), dual and plural forms, as written.
pub(super) type UnitForms = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Builds the lexicon of units of one kind from their forms.
pub(super) fn unit_table(
    kind: FigureKind,
    units: &[UnitForms],
) -> crate::lexicon::PhraseTable<UnitWord> {
    scaled_unit_table(kind, units, 1.0)
}

/// [`unit_table`] for units each worth `factor` of the unit of their code.
pub(super) fn scaled_unit_table(
    kind: FigureKind,
    units: &[UnitForms],
    factor: f64,
) -> crate::lexicon::PhraseTable<UnitWord> {
    crate::lexicon::PhraseTable::new(unit_entries(kind, units, factor))
}

/// Each form of `units` with what it reads as, each worth `factor` of the
/// unit of its code.
pub(super) fn unit_entries(
    kind: FigureKind,
    units: &[UnitForms],
    factor: f64,
) -> Vec<(String, UnitWord)> {
    let mut entries = Vec::new();
    for &(code, singular, dual, plural) in units {
        for (forms, number) in [
            (singular, GrammaticalNumber::Singular),
            (dual, GrammaticalNumber::Dual),
            (plural, GrammaticalNumber::Plural),
        ] {
            let unit = UnitWord {
                kind,
                code: Some(code),
                number,
                factor,
            };
            entries.extend(forms.iter().map(|form| (form.to_string(), unit)));
        }
    }
    entries
}
