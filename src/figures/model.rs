//! Model designations of weapons and aircraft, normalised to their Latin
//! form: `إس-300` and `إس – 400` → `S-300`, `S-400`; `سوخوي 35` → `Su-35`;
//! `ميغ-29` → `MiG-29`; `إف-16`, `F-16`, `F16` → `F-16`; `تي-72` → `T-72`;
//! `شاهد-136` → `Shahed-136`.
//!
//! A designation is a known prefix, a dash or a space, and digits, with
//! perhaps a Latin suffix (`F-35A`). Prefixes that are also common words
//! or single letters need the dash (`مي-17`, `بي-52`), or, in Latin, the
//! digits glued (`F16`).

use std::sync::OnceLock;

use crate::lexicon::{folded_map, FoldedMap};
use crate::text::{TokenKind, Tokens};
use crate::{Figure, FigureKind, Value};

/// Reads the model designation at token `i`.
pub(super) fn read(tokens: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let (letters, prefix) = read_prefix(tokens, i)?;
    let mut j = i + 1;
    let dashed = tokens.is_punct(j, '-') && tokens.same_line_as_previous(j);
    if dashed {
        j += 1;
    }
    if tokens.kind(j) != Some(TokenKind::Number) || !tokens.same_line_as_previous(j) {
        return None;
    }
    let digits = tokens.folded(j);
    // Single Latin letters glued to one digit are too often not models (F1).
    let glued =
        !dashed && tokens.glued_to_previous(j) && (prefix.latin.len() > 1 || digits.len() >= 2);
    let spaced_ok = !prefix.needs_dash
        && (tokens.kind(i) == Some(TokenKind::Word) || prefix.latin.len() > 1)
        && digits.len() >= 2;
    if !(dashed || glued || spaced_ok) {
        return None;
    }
    let mut value = format!("{}-{}", prefix.latin, digits);
    let mut next = j + 1;
    // A Latin suffix glued to the digits: F-35A, S-300PMU.
    if tokens.kind(next) == Some(TokenKind::Latin)
        && tokens.glued_to_previous(next)
        && tokens.raw(next).len() <= 3
    {
        value.push_str(&tokens.raw(next).to_uppercase());
        next += 1;
    }
    let mut figure = Figure::new(
        FigureKind::Model,
        tokens.text(),
        tokens.offset_after_letters(i, letters),
        tokens.end(next - 1),
    );
    figure.value = Some(Value::Text(value));
    Some((figure, next))
}

/// Every word a designation can start with.
pub(super) fn first_words() -> impl Iterator<Item = String> {
    arabic_prefixes().keys().cloned()
}

#[derive(Clone, Copy, Debug)]
struct Prefix {
    latin: &'static str,
    needs_dash: bool,
}

/// The prefix at token `i`, with the letters of a leading و to skip.
fn read_prefix(tokens: &Tokens, i: usize) -> Option<(usize, Prefix)> {
    match tokens.kind(i)? {
        TokenKind::Latin => latin_prefixes().get(tokens.folded(i)).map(|p| (0, *p)),
        TokenKind::Word => {
            let word = tokens.folded(i);
            if let Some(prefix) = arabic_prefixes().get(word) {
                return Some((0, *prefix));
            }
            // وإس-400: the conjunction glued to the prefix.
            let stem = word.strip_prefix('و')?;
            arabic_prefixes().get(stem).map(|p| (1, *p))
        }
        _ => None,
    }
}

fn arabic_prefixes() -> &'static FoldedMap<Prefix> {
    static PREFIXES: OnceLock<FoldedMap<Prefix>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        folded_map(
            ARABIC
                .iter()
                .map(|&(word, latin, needs_dash)| (word, Prefix { latin, needs_dash })),
        )
    })
}

fn latin_prefixes() -> &'static FoldedMap<Prefix> {
    static PREFIXES: OnceLock<FoldedMap<Prefix>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        folded_map(LATIN.iter().map(|&latin| {
            // Single letters need the dash or glued digits.
            let needs_dash = latin.len() == 1;
            (latin, Prefix { latin, needs_dash })
        }))
    })
}

/// Arabic spellings of designation prefixes: (word, Latin, needs a dash).
const ARABIC: &[(&str, &str, bool)] = &[
    ("إس", "S", false),
    ("اس", "S", false),
    ("سوخوي", "Su", false),
    ("سو", "Su", true),
    ("ميغ", "MiG", false),
    ("ميج", "MiG", false),
    ("إف", "F", false),
    ("اف", "F", false),
    ("تي", "T", false),
    ("شاهد", "Shahed", false),
    ("مي", "Mi", true),
    ("كا", "Ka", true),
    ("توبوليف", "Tu", false),
    ("تو", "Tu", true),
    ("إليوشن", "Il", false),
    ("إيليوشن", "Il", false),
    ("بي", "B", true),
    ("سي", "C", true),
    ("جي", "J", true),
    ("إم", "M", true),
    ("ميراج", "Mirage", false),
    ("بانتسير", "Pantsir", true),
    ("تور", "Tor", true),
    ("إسكندر", "Iskander", true),
    ("فاتح", "Fateh", true),
    ("مهاجر", "Mohajer", true),
    ("كورنيت", "Kornet", true),
];

/// Latin designation prefixes in their canonical capitalisation.
const LATIN: &[&str] = &[
    "S", "Su", "MiG", "F", "T", "Mi", "Ka", "Tu", "Il", "B", "C", "A", "J", "M", "E", "KC", "MQ",
    "RQ", "AH", "UH", "CH", "SA", "HQ", "BM", "BMP", "BTR", "ZSU", "DF", "TB", "AV", "Shahed",
    "Mirage",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_designations() {
        let cases = [
            ("إس-300", "S-300"),
            ("إس – 400", "S-400"),
            ("سوخوي 35", "Su-35"),
            ("ميغ-29", "MiG-29"),
            ("إف-16", "F-16"),
            ("F-16", "F-16"),
            ("F16", "F-16"),
            ("f-35a", "F-35A"),
            ("تي-72", "T-72"),
            ("شاهد-136", "Shahed-136"),
            ("وإس-400", "S-400"),
            ("Su-57", "Su-57"),
            ("MiG 29", "MiG-29"),
        ];
        for (text, value) in cases {
            let (figure, _) = read(&Tokens::new(text), 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(figure.value, Some(Value::Text(value.into())), "{text}");
        }
    }

    #[test]
    fn needs_the_dash_where_the_prefix_is_a_word() {
        for text in ["مي 17", "F 16", "بي 52", "شاهد 3", "COVID-19"] {
            assert!(read(&Tokens::new(text), 0).is_none(), "{text}");
        }
    }
}
