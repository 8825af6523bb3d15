//! Money: an amount with a currency, reported with its ISO 4217 code.
//!
//! Currencies come by name after the amount, in every number and with
//! their adjective (`500 مليون دولار`, `دينارين كويتيين`, `جنيه إسترليني`),
//! by symbol or code before or after it (`$500`, `US$ 5`, `€20`, `300 USD`),
//! prices may name what they are per (`80 دولارا للبرميل`), and cents
//! count in dollars (`90 سنتا`, `20 دولارا و43 سنتا`). The
//! lexicon is `data/lexicon/currencies.tsv`, generated from CLDR by
//! `scripts/data/currencies.py`.

use std::sync::OnceLock;

use crate::hashing::FastMap;
use crate::lexicon::{rows, FoldedMap, PhraseTable};
use crate::numbers::read_numeral;
use crate::text::{fold, proclitic_splits, Split, TokenKind, Tokens, NISBA_ENDINGS};
use crate::FigureKind;

use super::amount::UnitWord;
use super::{quantity, GrammaticalNumber};

const CURRENCIES: &str = include_str!("../../data/lexicon/currencies.tsv");

/// One currency form: its code (none for a noun several countries share)
/// and whether it is an ISO code, which must be written in capitals.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Currency {
    code: Option<&'static str>,
    number: GrammaticalNumber,
    is_code: bool,
    is_symbol: bool,
}

/// Reads a currency name, symbol or code after an amount, at token `j`
/// whose folded form or stem is `first`.
pub(super) fn read_after(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    let Some((currency, next)) = currencies().longest(tokens, j, first) else {
        return read_ouguiya(tokens, j, first);
    };
    if currency.is_code && !is_capitalised_code(tokens, j) {
        return None;
    }
    let code = match currency.code {
        Some(code) => Some(code),
        None if !currency.is_code && !currency.is_symbol => {
            code_from_context(tokens, j, qualified_currencies().get(first)?)
        }
        None => None,
    };
    let unit = UnitWord {
        kind: FigureKind::Money,
        code,
        number: currency.number,
        factor: 1.0,
    };
    Some((unit, next))
}

/// Reads أوقية, the ounce, at token `j` whose folded form is `first`, as
/// the ouguiya of Mauritania where the text says Mauritania as it says a
/// shared currency's country (`نواكشوط - ... 5 مليارات أوقية`, `موازنة
/// موريتانيا ... 100 مليار أوقية`), and no precious metal in the sentence
/// makes it the troy ounce (`إنتاج موريتانيا من الذهب 300 ألف أوقية`).
/// Elsewhere it is the ounce, which the quantities read.
fn read_ouguiya(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    let number = ouguiya_number(first)?;
    let code = code_from_context(tokens, j, qualified_currencies().get("اوقيه")?)?;
    if beside_precious_metal(tokens, j) {
        return None;
    }
    let unit = UnitWord {
        kind: FigureKind::Money,
        code: Some(code),
        number,
        factor: 1.0,
    };
    Some((unit, j + 1))
}

/// Whether the sentence of token `j` names gold, silver or another metal
/// weighed in troy ounces and told in karats (see
/// [`names_a_precious_metal`]).
pub(super) fn beside_precious_metal(tokens: &Tokens, j: usize) -> bool {
    sentence_around(tokens, j).any(|k| names_a_precious_metal(tokens.folded(k)))
}

/// The tokens of the sentence of token `j`, within [`CONTEXT_AHEAD`] of it.
fn sentence_around<'a>(tokens: &'a Tokens, j: usize) -> impl Iterator<Item = usize> + 'a {
    let before = (j.saturating_sub(CONTEXT_AHEAD)..j)
        .rev()
        .take_while(move |&k| !super::ends_sentence(tokens, k));
    let after = (j + 1..tokens.len().min(j + 1 + CONTEXT_AHEAD))
        .take_while(move |&k| !ends_before(tokens, k));
    before.chain(after)
}

/// Whether the sentence ends before token `k`, read forward: the token
/// that ends a sentence is in it, and so is the last word of a line with
/// no full stop, as a headline's (`ارتفاع سعر الكيلو إلى 13 درهما في
/// الرباط`).
fn ends_before(tokens: &Tokens, k: usize) -> bool {
    k > 0 && super::ends_sentence(tokens, k - 1)
}

/// Whether a folded word names gold, silver or another metal weighed in
/// troy ounces, or their mines, with or without proclitics.
fn names_a_precious_metal(word: &str) -> bool {
    proclitic_splits(word).any(|split| {
        matches!(
            split.stem,
            "ذهب" | "فضه" | "بلاتين" | "بلاديوم" | "معدن" | "معادن" | "منجم" | "مناجم"
        )
    })
}

/// Reads the cent at token `j`, whose folded form is `first`: a
/// hundredth of the dollar (`90 سنتا`, `عشرة سنتات`, `10¢`), which is the
/// cent news writes of. Its duals are left out, as سنتين and سنتان are
/// two years (سنة); and after a year سنت is the verb "enacted" (`في 2010
/// سنت الحكومة قانونا`).
pub(super) fn read_cents(j: usize, first: &str, after_year: bool) -> Option<(UnitWord, usize)> {
    let number = match first {
        "سنت" | "سنتا" | "سينت" | "سينتا" | "¢" => GrammaticalNumber::Singular,
        "سنتات" | "سينتات" => GrammaticalNumber::Plural,
        _ => return None,
    };
    let unit = UnitWord {
        kind: FigureKind::Money,
        code: Some("USD"),
        number,
        factor: 0.01,
    };
    (!after_year).then_some((unit, j + 1))
}

/// The cents after an amount of money, joined by و (`20 دولارا و43 سنتا`,
/// `ثلاثة دولارات وخمسون سنتا`): their worth in the currency, and the
/// token after them.
pub(super) fn cents_after(tokens: &Tokens, j: usize) -> Option<(f64, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let (k, glued) = match tokens.folded(j) {
        "و" => (j + 1, false),
        word if word.starts_with('و') => (j, true),
        _ => return None,
    };
    let numeral = read_numeral(tokens, k)
        .filter(|n| !glued || n.start > tokens.start(j))
        .filter(|n| n.value > 0.0 && n.value < 100.0 && n.value.fract() == 0.0)?;
    let cents_at = numeral.end;
    let (unit, next) = read_cents(cents_at, tokens.folded(cents_at), false)?;
    tokens
        .same_line_as_previous(cents_at)
        .then_some((numeral.value * unit.factor, next))
}

/// How many tokens back a bare currency noun looks for its country: a
/// paragraph or two, and a bound on the work for each amount.
const CONTEXT_TOKENS: usize = 200;

/// How many tokens forward, within its sentence, a bare currency noun
/// looks for its country when none comes before it (`28.5 ريال للسهم في
/// السوق السعودية`).
const CONTEXT_AHEAD: usize = 40;

/// How many tokens forward a bare currency noun looks for its country's
/// name or adjective: the few words that finish its own clause (`28.5
/// ريال للسهم في السوق السعودية`, `500 ريال للحصول على التأشيرة
/// السعودية`). Further on, the sentence has moved to another matter:
/// `تباع النسخة منه بأربعين ريالا عن طريق مؤسسة الجريسي للنشر والتوزيع
/// ويتطابق مع ... التقويم القطري`, of the Saudi calendar, is no price in
/// riyals of Qatar.
const COUNTRY_AHEAD: usize = 8;

/// The code among `family`, the currencies of a noun several countries
/// share (ليرة, ريال, دينار), of the noun at token `j`, from the same noun
/// named with its country's adjective shortly before: `تراجعت الليرة
/// التركية إلى 32.4 ليرة` → TRY, `500 ريال سعودي ... و200 ريال` → SAR.
/// The nearest such name of the noun's currencies wins; failing that, the
/// nearest adjective or name of one of their countries earlier in the
/// paragraph, in any gender and number (`نمو الاقتصاد المغربي ... 2.5
/// مليار درهم`, `عجز الميزان التجاري للمغرب 285 مليار درهم` → MAD), or of
/// one of their cities or firms (`دبي - ... وفي الرباط بلغ سعر الكيلو 13
/// درهما` → MAD, `أعلنت أدنوك ... 5 مليارات درهم` → AED; see
/// [`crate::entities::home_country_at`] and [`HOME_COUNTRIES`]);
/// failing that, the currency named later in the sentence, or a country
/// within [`COUNTRY_AHEAD`] tokens; failing that, the place of the
/// article's dateline (`الرباط -` → MAD, `الرياض (واس) -` → SAR, `صنعاء -`
/// → YER), which says where the story is better than a country named in
/// another paragraph (`الرياض - ... أمير دولة قطر` before `5.5 مليارات
/// ريال`); failing that, one in the paragraphs before. With none, the
/// currency stays unknown.
fn code_from_context(tokens: &Tokens, j: usize, family: &Family) -> Option<&'static str> {
    let context = || (j.saturating_sub(CONTEXT_TOKENS)..j).rev();
    let in_paragraph = |&k: &usize| tokens.same_line_as_previous(k + 1);
    let paragraph = || context().take_while(in_paragraph);
    let paragraphs_before = || context().skip_while(in_paragraph);
    let country_at = |k: usize| {
        country_adjective_at(tokens, k, family)
            .or_else(|| country_named_at(tokens, k, family))
            .or_else(|| {
                let country = crate::entities::home_country_at(tokens, k, HOME_COUNTRIES)?;
                family.code_of(country)
            })
    };
    let in_family = |code: &&'static str| family.members.iter().any(|(_, c)| c == code);
    context()
        .filter_map(|k| currency_named_at(tokens, k))
        .find(in_family)
        .or_else(|| paragraph().find_map(country_at))
        .or_else(|| {
            (j + 1..tokens.len().min(j + 1 + CONTEXT_AHEAD))
                .take_while(|&k| !ends_before(tokens, k))
                .find_map(|k| {
                    currency_named_at(tokens, k)
                        .filter(in_family)
                        .or_else(|| (k <= j + COUNTRY_AHEAD).then(|| country_at(k)).flatten())
                })
        })
        .or_else(|| family.code_of(dateline_country(tokens)?))
        .or_else(|| paragraphs_before().find_map(country_at))
}

/// The country of the place a dateline names: one to three words opening
/// one of the first lines of the text, before a dash, a bracket, a colon
/// or the date (`الرباط - `, `الرياض (واس) -`, `أبو ظبي: `), as the
/// dates module finds its dateline near the top.
fn dateline_country(tokens: &Tokens) -> Option<&'static str> {
    use crate::dates::{DATELINE_LINES, DATELINE_REACH};
    let gazetteer = crate::entities::gazetteer();
    (0..tokens.len())
        .take_while(|&i| tokens.start(i) < DATELINE_REACH)
        .filter(|&i| i == 0 || !tokens.same_line_as_previous(i))
        .take(DATELINE_LINES)
        .find_map(|first| {
            let words = (first..tokens.len().min(first + 3))
                .take_while(|&k| {
                    tokens.kind(k) == Some(TokenKind::Word)
                        && (k == first || tokens.same_line_as_previous(k))
                })
                .count();
            (1..=words).rev().find_map(|len| {
                let after = first + len;
                let closes = tokens.same_line_as_previous(after)
                    && (matches!(tokens.folded(after), "-" | "(" | ":")
                        || tokens.kind(after) == Some(TokenKind::Number));
                closes.then(|| gazetteer.dateline_country(tokens, first..after))?
            })
        })
}

/// The code of the currency of `family` whose country is named at token
/// `k` (`المغرب`, `للمغرب`, `وتونس`).
fn country_named_at(tokens: &Tokens, k: usize, family: &Family) -> Option<&'static str> {
    let (bare, definite) = countries();
    word_readings(tokens, k).find_map(|split| {
        let country = if split.article {
            definite.get(split.stem)
        } else {
            bare.get(split.stem)
        }?;
        family.code_of(country)
    })
}

/// The readings of token `k` with and without proclitics, none if it is
/// no word.
fn word_readings<'t>(tokens: &'t Tokens, k: usize) -> impl Iterator<Item = Split<'t>> {
    (tokens.kind(k) == Some(TokenKind::Word))
        .then(|| proclitic_splits(tokens.folded(k)))
        .into_iter()
        .flatten()
}

/// The countries named in one word, by their folded names: those written
/// without the article (`لبنان`), and those written with it by the stem
/// after it (`مغرب` for `المغرب`).
fn countries() -> &'static (FoldedMap<String>, FoldedMap<String>) {
    static TABLE: OnceLock<(FoldedMap<String>, FoldedMap<String>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (mut bare, mut definite) = (FoldedMap::default(), FoldedMap::default());
        for (name, code) in crate::entities::gazetteer().one_word_countries() {
            match name.strip_prefix("ال") {
                Some(stem) => definite.insert(stem.to_string(), code.to_string()),
                None => bare.insert(name.to_string(), code.to_string()),
            };
        }
        (bare, definite)
    })
}

/// The code of the currency of `family` whose country's adjective is the
/// word at token `k` (`المغربية`, `والإماراتيين`).
fn country_adjective_at(tokens: &Tokens, k: usize, family: &Family) -> Option<&'static str> {
    // A reading's stem ends the word: one that is a base and an ending
    // leaves the base's last letter before the ending.
    let word = tokens.folded(k);
    let may_be_adjective = NISBA_ENDINGS.iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(ends_like_an_adjective)
    });
    if !may_be_adjective {
        return None;
    }
    word_readings(tokens, k).find_map(|split| {
        NISBA_ENDINGS
            .iter()
            .filter_map(|ending| split.stem.strip_suffix(ending))
            .find_map(|base| family.by_base.get(base).copied())
    })
}

/// The code of a shared currency noun named with its adjective at token
/// `k`, with or without the article and proclitics (`الليرة التركية`,
/// `بالريال السعودي`, `ريال سعودي`).
fn currency_named_at(tokens: &Tokens, k: usize) -> Option<&'static str> {
    if tokens.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let qualified = qualified_currencies();
    let adjective = tokens.folded(k + 1);
    if !ends_like_an_adjective(adjective) {
        return None;
    }
    proclitic_splits(tokens.folded(k)).find_map(|split| {
        let adjectives = &qualified.get(split.stem)?.members;
        let adjective = if split.article {
            adjective.strip_prefix("ال")?
        } else {
            adjective
        };
        adjectives
            .iter()
            .find(|(a, _)| a == adjective)
            .map(|&(_, code)| code)
    })
}

/// Whether a folded word ends in a letter that the adjectives of shared
/// currencies, or their bases (see [`Family::by_base`]), end in: a few
/// (ي, ه), so that most words are told to be none by their last letter,
/// before their proclitics are read and each reading is looked up.
fn ends_like_an_adjective(word: &str) -> bool {
    static LAST_LETTERS: OnceLock<Vec<char>> = OnceLock::new();
    let last_letters = LAST_LETTERS.get_or_init(|| {
        let mut letters: Vec<char> = qualified_currencies()
            .values()
            .flat_map(|family| family.by_base.keys())
            .filter_map(|base| base.chars().next_back())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        letters
    });
    word.chars()
        .next_back()
        .is_some_and(|last| last_letters.contains(&last))
}

/// The currencies of a noun several countries share (ليرة, ريال, دينار).
#[derive(Default)]
struct Family {
    /// Each country's adjective, folded, and its currency's code, in the
    /// lexicon's order: ليرة → (تركيه, TRY), ….
    members: Vec<(String, &'static str)>,
    /// By the base of an adjective, the code of the first member it names:
    /// the adjective, or a feminine's without its ه (موريتانية names
    /// الموريتاني). It is sought under each ending of each reading of
    /// every word of a paragraph, where scanning the members cost a sixth
    /// of finding a currency's country.
    by_base: FastMap<String, &'static str>,
}

impl Family {
    /// The code of the member that is the currency of the country of ISO
    /// 3166 code `country`.
    fn code_of(&self, country: &str) -> Option<&'static str> {
        self.members
            .iter()
            .map(|&(_, code)| code)
            .find(|code| code.get(..2) == Some(country))
    }
}

/// Firms of the gazetteer (`data/gazetteer/curated.tsv`) whose names do
/// not say their country, by key, with the ISO 3166 code of the country
/// where each has its seat, as the firm itself states it: a shared
/// currency named in a paragraph on one of them is most likely that
/// country's (`أرباح أرامكو ... 100 مليار ريال` → SAR). Firms whose
/// names carry their country's name or adjective (`الخطوط الجوية
/// القطرية`, `بنك مصر`) need no row, and news agencies none either: they
/// report on every country.
const HOME_COUNTRIES: &[(&str, &str)] = &[
    ("org:aramco", "SA"),
    ("org:sabic", "SA"),
    ("org:pif", "SA"),
    ("org:acwa-power", "SA"),
    ("org:adnoc", "AE"),
    ("org:mubadala", "AE"),
    ("org:emaar", "AE"),
    ("org:dp-world", "AE"),
    ("org:emirates-airline", "AE"),
    ("org:emirates-nbd", "AE"),
    ("org:dfm", "AE"),
    ("org:adx", "AE"),
    ("org:sonatrach", "DZ"),
    ("org:casablanca-se", "MA"),
];

/// The nouns of currencies shared by several countries, each with its
/// [`Family`].
fn qualified_currencies() -> &'static FoldedMap<Family> {
    static TABLE: OnceLock<FoldedMap<Family>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The ouguiya is no shared noun, but shares its noun with the ounce.
        let shared: Vec<&str> = currency_rows()
            .filter(|(form, currency)| currency.code.is_none() && !form.contains(' '))
            .map(|(form, _)| form)
            .chain(["أوقية"])
            .collect();
        let mut table: FoldedMap<Family> = FoldedMap::default();
        for (form, currency) in currency_rows() {
            let (Some((noun, adjective)), Some(code)) = (form.split_once(' '), currency.code)
            else {
                continue;
            };
            if shared.contains(&noun) && !adjective.contains(' ') {
                let family = table.entry(fold(noun)).or_default();
                let adjective = fold(adjective);
                family.by_base.entry(adjective.clone()).or_insert(code);
                if let Some(masculine) = adjective.strip_suffix('ه') {
                    family.by_base.entry(masculine.to_string()).or_insert(code);
                }
                family.members.push((adjective, code));
            }
        }
        table
    })
}

/// Reads a symbol or code written before an amount (`$`, `US$`, `€`,
/// `USD`): its code and the token after it.
pub(super) fn read_before(tokens: &Tokens, i: usize) -> Option<(Option<&'static str>, usize)> {
    if !matches!(tokens.kind(i), Some(TokenKind::Punct | TokenKind::Latin)) {
        return None;
    }
    let (currency, next) = currencies().longest(tokens, i, tokens.folded(i))?;
    let written_so = currency.is_symbol || currency.is_code && is_capitalised_code(tokens, i);
    (written_so && tokens.same_line_as_previous(next)).then_some((currency.code, next))
}

/// Whether a punctuation token can start a currency symbol.
pub(super) fn is_symbol_start(folded: &str) -> bool {
    currencies().starts_with(folded)
}

/// Reads what a price is per: a quantity unit after لكل or after ل with
/// the article (`للبرميل`, `للطن`, `لكل ميغاواط ساعة`), or a share.
pub(super) fn read_price_per(tokens: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let word = tokens.folded(j);
    let (per, next) = if word == "لكل" {
        let (unit, next) = quantity::read(tokens, j + 1, tokens.folded(j + 1), false)?;
        (unit.code?, next)
    } else {
        let stem = word.strip_prefix("لل")?;
        match DEFINITE_PER_UNITS
            .iter()
            .find(|&&(first, second, _)| first == stem && tokens.folded(j + 1) == second)
        {
            Some(&(_, _, code)) => (code, j + 2),
            None if stem == "سهم" => ("share", j + 1),
            None => {
                let (unit, next) = quantity::read(tokens, j, stem, false)?;
                (unit.code?, next)
            }
        }
    };
    // للبرميل الواحد.
    let next = next + usize::from(matches!(tokens.folded(next), "الواحد" | "الواحده"));
    Some((per, next))
}

/// The currency an exchange rate at token `i` prices, named before it:
/// `سعر صرف الدولار 15 ألف ليرة`, `سعر الدولار عند 47 جنيها`, `الدولار
/// يساوي 3.75 ريال` all give a price per USD. The currency is definite,
/// as a noun with its adjective (`صرف الليرة التركية`) or alone (`صرف
/// اليورو`), and stands after سعر or صرف or before يساوي or يعادل: a
/// currency named anywhere else (`ارتفع الدولار 3 جنيهات`) is no rate's.
pub(super) fn exchanged_currency(tokens: &Tokens, i: usize) -> Option<&'static str> {
    let mut k = i.checked_sub(1)?;
    if matches!(tokens.folded(k), "الي" | "عند") {
        k = k.checked_sub(1)?;
    }
    let equals = matches!(tokens.folded(k), "يساوي" | "يعادل" | "تساوي" | "تعادل");
    if equals {
        k = k.checked_sub(1)?;
    }
    // The currency ends at k: one word, or a noun and its adjective.
    let (code, first) = [Some(k), k.checked_sub(1)]
        .into_iter()
        .flatten()
        .find_map(|at| {
            definite_currency_at(tokens, at)
                .filter(|&(_, next)| next == k + 1)
                .map(|(code, _)| (code, at))
        })?;
    let priced = equals || first > 0 && matches!(tokens.folded(first - 1), "سعر" | "صرف");
    priced.then_some(code)
}

/// The currency priced by the nearest price named earlier in the sentence
/// of an amount at token `i`, when that price is of a currency: `سعر صرف
/// الدولار في البنوك المصرية اليوم 48.5 جنيه للشراء`, `سعر صرف الدولار
/// أمام الجنيه ... وسجل 48.5 جنيه للشراء و48.6 جنيه للبيع` give a price
/// per USD. A nearer price of anything else (`سعر الخبز`, `أسعار السلع`)
/// is the amount's.
pub(super) fn currency_priced_earlier(tokens: &Tokens, i: usize) -> Option<&'static str> {
    let price = (i.saturating_sub(CONTEXT_AHEAD)..i)
        .rev()
        .take_while(|&k| !super::ends_sentence(tokens, k))
        .find(|&k| {
            tokens.kind(k) == Some(TokenKind::Word)
                && proclitic_splits(tokens.folded(k))
                    .any(|split| matches!(split.stem, "سعر" | "اسعار"))
        })?;
    let currency = price + 1 + usize::from(tokens.folded(price + 1) == "صرف");
    definite_currency_at(tokens, currency).map(|(code, _)| code)
}

/// The currency an exchange rate prices, named after it at token `j`
/// with ل or مقابل (`15 ألف ليرة للدولار`, `14500 ليرة مقابل الدولار
/// الواحد`): its code and the token after it.
pub(super) fn read_exchanged_after(tokens: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let word = tokens.folded(j);
    let at = if word == "مقابل" { j + 1 } else { j };
    if at == j && !word.starts_with("لل") {
        return None;
    }
    let (code, next) = definite_currency_at(tokens, at)?;
    Some((code, next + usize::from(tokens.folded(next) == "الواحد")))
}

/// The code of a currency named with the article at token `k` (`الدولار`,
/// `للدولار`, `الليرة التركية`), and the token after it.
fn definite_currency_at(tokens: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    if tokens.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    if let Some(code) = currency_named_at(tokens, k) {
        return Some((code, k + 2));
    }
    proclitic_splits(tokens.folded(k))
        .filter(|split| split.article)
        .find_map(|split| {
            let (currency, next) = currencies().longest(tokens, k, split.stem)?;
            (next == k + 1).then_some((currency.code?, next))
        })
}

/// Compound units whose second word takes the article too after لل:
/// `للمتر المكعب`.
const DEFINITE_PER_UNITS: [(&str, &str, &str); 3] = [
    ("متر", "المكعب", "m3"),
    ("متر", "المربع", "m2"),
    ("كيلومتر", "المربع", "km2"),
];

/// Currency words that stand alone: the duals (`دولارين`).
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    currencies().first_words(|currency| currency.number == GrammaticalNumber::Dual)
}

/// Whether a currency may start with the folded word `first`.
pub(super) fn starts_unit(first: &str) -> bool {
    currencies().starts_with(first) || ouguiya_number(first).is_some()
}

/// The grammatical number of a form of أوقية.
fn ouguiya_number(first: &str) -> Option<GrammaticalNumber> {
    match first {
        "اوقيه" => Some(GrammaticalNumber::Singular),
        "اوقيتين" | "اوقيتان" => Some(GrammaticalNumber::Dual),
        "اوقيات" => Some(GrammaticalNumber::Plural),
        _ => None,
    }
}

fn is_capitalised_code(tokens: &Tokens, i: usize) -> bool {
    let raw = tokens.raw(i);
    raw.len() == 3 && raw.bytes().all(|b| b.is_ascii_uppercase())
}

fn currencies() -> &'static PhraseTable<Currency> {
    static TABLE: OnceLock<PhraseTable<Currency>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(currency_rows()))
}

/// The rows of the currency lexicon: each form as written, and its currency.
fn currency_rows() -> impl Iterator<Item = (&'static str, Currency)> {
    rows(CURRENCIES).filter_map(|row| {
        let (form, code, number, kind) = (*row.get(0)?, *row.get(1)?, *row.get(2)?, *row.get(3)?);
        let number = match number {
            "2" => GrammaticalNumber::Dual,
            "n" => GrammaticalNumber::Plural,
            _ => GrammaticalNumber::Singular,
        };
        let currency = Currency {
            code: (!code.is_empty()).then_some(code),
            number,
            is_code: kind == "code",
            is_symbol: kind == "symbol",
        };
        Some((form, currency))
    })
}
