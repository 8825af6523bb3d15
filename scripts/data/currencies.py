#!/usr/bin/env python3
"""Generates data/lexicon/currencies.tsv, the money grammar's lexicon.

Source: the Unicode CLDR data shipped in the PyPI package `babel`
(`pip install babel`): the Arabic display names and symbols of every
currency in legal tender today, and the English symbols ($, €, £ …).
CLDR gives one form per currency (`دولار أمريكي`); news writes the noun in
the singular, accusative, dual and plural (دولارا، دولارين، دولارات) and
the adjective in agreement with it (دولارات أمريكية، دينارين كويتيين), so
this script inflects both. Bare nouns that name one currency in practice
(دولار، يورو، روبل) get it; bare nouns shared by several countries (ريال،
دينار، درهم، ليرة) get no code, and the grammar reports the amount as money
of an unknown currency.

Columns: surface form, ISO 4217 code (empty when unknown), grammatical
number (1, 2 or n), and what the form is (name, symbol or code).

Run: python3 scripts/data/currencies.py > data/lexicon/currencies.tsv
"""

import datetime
import sys

import babel
from babel import Locale
from babel.numbers import get_territory_currencies

# Inflections of the currency nouns: singular (with the accusative of
# tamyiz, دولارا), dual (nominative and oblique), plurals.
NOUNS = {
    "دولار": (["دولار", "دولارا"], ["دولاران", "دولارين"], ["دولارات"]),
    # أورو: the Maghreb's spelling of the euro.
    "يورو": (["يورو", "أورو"], ["يوروان", "يوروين", "أوروان", "أوروين"], ["يوروات"]),
    "ريال": (["ريال", "ريالا"], ["ريالان", "ريالين"], ["ريالات"]),
    "دينار": (["دينار", "دينارا"], ["ديناران", "دينارين"], ["دنانير", "دينارات"]),
    "درهم": (["درهم", "درهما"], ["درهمان", "درهمين"], ["دراهم"]),
    "جنيه": (["جنيه", "جنيها"], ["جنيهان", "جنيهين"], ["جنيهات"]),
    "ليرة": (["ليرة"], ["ليرتان", "ليرتين"], ["ليرات"]),
    "روبل": (["روبل", "روبلا"], ["روبلان", "روبلين"], ["روبلات"]),
    # ينا: the accusative of tamyiz (151 ينا للدولار).
    "ين": (["ين", "ينا"], [], []),
    "يوان": (["يوان", "يوانا"], [], []),
    "فرنك": (["فرنك", "فرنكا"], ["فرنكان", "فرنكين"], ["فرنكات"]),
    "روبية": (["روبية"], ["روبيتان", "روبيتين"], ["روبيات"]),
    "شيكل": (["شيكل", "شيكلا", "شيقل", "شيقلا", "شاقل"], ["شيكلين", "شيقلين"], ["شيكلات", "شواقل"]),
    "وون": (["وون"], [], []),
    "بيزو": (["بيزو"], [], []),
    "تومان": (["تومان", "تومانا"], [], ["تومانات"]),
}

# Bare nouns and the one currency they name in practice; None where several
# countries share the noun.
BARE = {
    "دولار": "USD",
    "يورو": "EUR",
    "روبل": "RUB",
    "ين": "JPY",
    "يوان": "CNY",
    "جنيه": "EGP",
    "شيكل": "ILS",
    "روبية": "INR",
    "تومان": "IRT",
    "ريال": None,
    "دينار": None,
    "درهم": None,
    "ليرة": None,
    "فرنك": None,
}

# Names news uses that CLDR's Arabic data spells otherwise or lacks.
# IRT (the toman, ten rials) is the code Iran's markets quote in, not ISO's.
EXTRA_NAMES = {
    "ليرة لبنانية": "LBP",
    "روبية هندية": "INR",
    "دولار أميركي": "USD",
    "تومان إيراني": "IRT",
    "يوان رنمينبي": "CNY",
    "رنمينبي": "CNY",
    "جنيه استرليني": "GBP",
    "إسترليني": "GBP",
    "استرليني": "GBP",
    "ين ياباني": "JPY",
}

# Symbols written beside amounts, beyond CLDR's own (₽ and ₺ are CLDR's
# narrow symbols in Russian and Turkish; ج.م is CLDR's ج.م. without its
# last dot, as Egyptian papers also write it).
# دج: the Algerian press's dinar, without its dots (1500 دج).
EXTRA_SYMBOLS = {"$": "USD", "US$": "USD", "₽": "RUB", "₺": "TRY", "£": "GBP", "ج.م": "EGP", "دج": "DZD"}

CURRENCY_NOUNS_BY_LENGTH = sorted(NOUNS, key=len, reverse=True)


def current_currencies():
    """Codes in legal tender today in some territory."""
    today = datetime.date.today()
    codes = set()
    for territory in Locale.parse("en").territories:
        if territory.isalpha() and len(territory) == 2:
            codes.update(get_territory_currencies(territory, today, tender=True))
    return codes


def adjective_forms(adjective):
    """A nisba adjective in every agreement: أمريكي → أمريكيا، أمريكية، أمريكيين …"""
    if not adjective.endswith("ي") or " " in adjective:
        return [adjective]
    return [adjective + ending for ending in ("", "ا", "ة", "ان", "ين", "تان", "تين")]


def inflections(name):
    """(form, number) for a CLDR name `noun [adjective]`, every agreement."""
    noun, _, adjective = name.partition(" ")
    if noun not in NOUNS:
        return [(name, "1")]
    singular, dual, plural = NOUNS[noun]
    forms = []
    for number, nouns in (("1", singular), ("2", dual), ("n", plural)):
        for form in nouns:
            if not adjective:
                forms.append((form, number))
            elif adjective.endswith("ي") and " " not in adjective:
                forms.extend((f"{form} {adj}", number) for adj in adjective_forms(adjective))
            else:
                forms.append((f"{form} {adjective}", number))
    return forms


def fold(text):
    """The tokeniser's folding, enough to see which forms it confuses."""
    return text.translate(str.maketrans("أإآٱىة", "اااايه"))


def clean(text):
    """Drops the direction marks CLDR puts around Arabic symbols."""
    return "".join(c for c in text if c not in "\u200e\u200f\u061c").strip()


def main():
    arabic = Locale.parse("ar")
    english = Locale.parse("en")
    rows = {}

    def add(form, code, number, kind):
        rows.setdefault((form, kind), (code or "", number))

    for name, code in EXTRA_NAMES.items():
        for form, number in inflections(name):
            add(form, code, number, "name")
    for code in sorted(current_currencies()):
        name = arabic.currencies.get(code)
        if name:
            for form, number in inflections(name):
                add(form, code, number, "name")
        for symbols in (arabic.currency_symbols, english.currency_symbols):
            symbol = clean(symbols.get(code, ""))
            if symbol and symbol != code:
                add(symbol, code, "1", "symbol")
                # Papers leave out the last dot of the Arabic symbols
                # (20 ألف د.ج, 35 د.ك), as they do of ج.م.
                if symbol.endswith(".") and not symbol.isascii():
                    add(symbol[:-1], code, "1", "symbol")
        add(code, code, "1", "code")
    for symbol, code in EXTRA_SYMBOLS.items():
        add(symbol, code, "1", "symbol")
    for noun, code in BARE.items():
        singular, dual, plural = NOUNS[noun]
        for number, nouns in (("1", singular), ("2", dual), ("n", plural)):
            for form in nouns:
                add(form, code, number, "name")

    # Symbols that fold alike (د.أ. for JOD, د.إ. for AED) cannot be told
    # apart once folded: keep neither.
    codes_by_folded_symbol = {}
    for (form, kind), (code, _) in rows.items():
        if kind == "symbol":
            codes_by_folded_symbol.setdefault(fold(form), set()).add(code)
    rows = {key: value for key, value in rows.items() if key[1] != "symbol" or len(codes_by_folded_symbol[fold(key[0])]) == 1}

    out = sys.stdout
    out.write(f"# Generated by scripts/data/currencies.py from Unicode CLDR (babel {babel.__version__}); do not edit.\n")
    out.write("# form\tcode\tnumber\tkind\n")
    for (form, kind), (code, number) in sorted(rows.items()):
        out.write(f"{form}\t{code}\t{number}\t{kind}\n")


if __name__ == "__main__":
    main()
