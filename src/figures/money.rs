//! Money: an amount with a currency, reported with its ISO 4217 code.
//!
//! Currencies come by name after the amount, in every number and with
//! their adjective (`500 مليون دولار`, `دينارين كويتيين`, `جنيه إسترليني`),
//! by symbol or code before or after it (`$500`, `US$ 5`, `€20`, `300 USD`),
//! and prices may name what they are per (`80 دولارا للبرميل`). The
//! lexicon is `data/lexicon/currencies.tsv`, generated from CLDR by
//! `scripts/data/currencies.py`.

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::text::{TokenKind, Tokens};
use crate::FigureKind;

use super::amount::UnitWord;
use super::GrammaticalNumber;

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
    let (currency, next) = currencies().longest(tokens, j, first)?;
    if currency.is_code && !is_capitalised_code(tokens, j) {
        return None;
    }
    let unit = UnitWord {
        kind: FigureKind::Money,
        code: currency.code,
        number: currency.number,
    };
    Some((unit, next))
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

/// Reads what a price is per: `للبرميل`, `للطن`, `لكل برميل`.
pub(super) fn read_price_per(tokens: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    per_units().longest(tokens, j, tokens.folded(j))
}

/// Currency words that stand alone: the duals (`دولارين`).
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    currencies().first_words(|currency| currency.number == GrammaticalNumber::Dual)
}

fn is_capitalised_code(tokens: &Tokens, i: usize) -> bool {
    let raw = tokens.raw(i);
    raw.len() == 3 && raw.bytes().all(|b| b.is_ascii_uppercase())
}

fn currencies() -> &'static PhraseTable<Currency> {
    static TABLE: OnceLock<PhraseTable<Currency>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let rows = CURRENCIES.lines().filter(|line| !line.starts_with('#')).filter_map(|line| {
            let mut fields = line.split('\t');
            let (form, code, number, kind) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
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
            Some((form.to_string(), currency))
        });
        PhraseTable::new(rows)
    })
}

fn per_units() -> &'static PhraseTable<&'static str> {
    static TABLE: OnceLock<PhraseTable<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(PER_UNIT.iter().flat_map(|&(per, forms)| forms.iter().map(move |f| (f.to_string(), per)))))
}

/// What prices are quoted per, with the codes of the quantity units.
const PER_UNIT: &[(&str, &[&str])] = &[
    ("barrel", &["للبرميل", "لكل برميل", "للبرميل الواحد"]),
    ("t", &["للطن", "لكل طن", "للطن الواحد"]),
    ("oz", &["للأونصة", "للأوقية", "للأونصة الواحدة", "لكل أونصة"]),
    ("l", &["للتر", "لليتر", "لكل لتر"]),
    ("kg", &["للكيلوغرام", "للكيلوجرام", "للكيلو", "لكل كيلوغرام"]),
    ("g", &["للغرام", "للجرام"]),
    ("m3", &["للمتر المكعب", "لكل متر مكعب"]),
    ("kWh", &["للكيلوواط ساعة", "للكيلووات ساعة"]),
    ("share", &["للسهم", "للسهم الواحد"]),
];
