//! Quarters and halves of a year, as business news writes them: `الربع
//! الثاني من 2024`, `الربع الأخير من العام الماضي`, `النصف الأول من العام
//! المقبل`. Their values are `2024-Q2` and `2025-H1`.

use super::absolute::{is_year_noun, year_after, year_number};
use super::lexicon::{Calendar, Unit};
use super::relative::bare_unit;
use super::{Anchor, Mention, Said, Scan, Spec, Year};
use crate::text::proclitic_splits;

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// 1 to 4.
    Quarter(u8),
    /// 1 or 2.
    Half(u8),
}

/// The nouns of the parts of a year, and how many parts each makes.
pub const NOUNS: &[(&str, u8)] = &[("ربع", 4), ("نصف", 2)];

/// Whether token `i` is `الربع` or `النصف` with the article, under any
/// other proclitic: where a part of a year starts.
pub fn starts(scan: &Scan, i: usize) -> bool {
    noun(scan, i).is_some()
}

/// The letters of the proclitics before `الربع` or `النصف` at token `i`
/// that stay outside the date (و، ب، في is its own token).
pub fn clitic_letters(scan: &Scan, i: usize) -> Option<usize> {
    noun(scan, i).map(|(_, letters)| letters)
}

/// How many parts the year has for the noun at token `i` (4 for الربع,
/// 2 for النصف), and the letters of its proclitics but the article.
fn noun(scan: &Scan, i: usize) -> Option<(u8, usize)> {
    let word = scan.folded(i);
    if !NOUNS.iter().any(|(noun, _)| word.ends_with(noun)) {
        return None;
    }
    proclitic_splits(word)
        .filter(|split| split.article)
        .find_map(|split| {
            let &(_, parts) = NOUNS.iter().find(|(noun, _)| *noun == split.stem)?;
            // As in the lexicon: the article stays inside, and so does the
            // preposition fused with it in لل.
            let fused = split.preposition == Some('ل');
            let preposition = usize::from(split.preposition.is_some() && !fused);
            Some((
                parts,
                usize::from(split.conjunction.is_some()) + preposition,
            ))
        })
}

/// Reads a quarter or half of a year at token `i`. Without a year after
/// it (`النصف الأول من المباراة`) it is no date.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    let (parts, _) = noun(scan, i)?;
    let rank = match scan.folded(i + 1) {
        "الاول" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الاخير" => parts,
        _ => return None,
    };
    if rank > parts {
        return None;
    }
    let (year, end) = year_of(scan, i + 2)?;
    let part = if parts == 4 {
        Part::Quarter(rank)
    } else {
        Part::Half(rank)
    };
    Some(Mention {
        first: i,
        end,
        said: Said::Date {
            spec: Spec::Part { year, part },
            weekday: None,
        },
    })
}

/// Reads the year a part belongs to, at token `j`: `من 2024`, `من عام
/// 2023`, `من العام الماضي`, `من هذا العام`, `من العام` (the reference's
/// year), `لعام 2024`, `2024`.
fn year_of(scan: &Scan, j: usize) -> Option<(Year, usize)> {
    let years = 1000..=2200;
    if scan.is(j, "من") {
        if let Some((year, end)) = year_number(scan, j + 1, years, Calendar::Gregorian) {
            return Some((Year::Given(year), end));
        }
        return match year_after(scan, j, Calendar::Gregorian) {
            (Year::Unknown, _) => (bare_unit(scan, j + 1) == Some(Unit::Year)).then_some((
                Year::Shift {
                    by: 0,
                    anchor: Anchor::Reference,
                },
                j + 2,
            )),
            found => Some(found),
        };
    }
    let at = if is_year_noun(scan, j) { j + 1 } else { j };
    year_number(scan, at, years, Calendar::Gregorian).map(|(year, end)| (Year::Given(year), end))
}
