//! Islamic holidays named as dates: `عيد الفطر` (1 Shawwal), `عيد الأضحى`
//! (10 Dhu al-Hijja), `رأس السنة الهجرية` (1 Muharram), `المولد النبوي`
//! (12 Rabi al-Awwal), and `أول أيام عيد الفطر` … `رابع أيام عيد الأضحى`.
//!
//! A holiday is its Hijri day, read as a Hijri date would be: with a Hijri
//! year (`عيد الفطر 1445`, `1445هـ`), with a Gregorian one (`عيد الأضحى عام
//! 2024`: the holiday's first occurrence in that Gregorian year), with
//! `الماضي`/`المقبل`, or with none (the occurrence nearest the reference;
//! without a reference, `XXXX-XX-XX` with `hijri` `XXXX-10-01`).
//! `ليلة القدر` is not read: the night is sought on the odd nights of the
//! last ten of Ramadan, and no one day is its date. `عيد` alone, `عيد
//! ميلاد`, `عيد الاستقلال` are not Islamic holidays and are not read.

use super::absolute::year_after;
use super::hijri;
use super::lexicon::Calendar;
use super::{Mention, Said, Scan, Spec, Year};
use crate::text::proclitic_splits;

/// The folded words of each holiday's name, and its Hijri month and day.
const HOLIDAYS: &[(&[&str], u8, u8)] = &[
    (&["عيد", "الفطر"], 10, 1),
    (&["عيد", "الاضحي"], 12, 10),
    (&["راس", "السنه", "الهجريه"], 1, 1),
    (&["المولد", "النبوي"], 3, 12),
];

/// The first words of `أول أيام` … `رابع أيام`.
const STARTERS: &[&str] = &["اول", "ثاني", "ثالث", "رابع"];

/// What is left of a holiday's first word under its proclitics (`وبعيد`,
/// `للمولد`): what [`Scan::may_start`] tests first.
pub fn first_stems() -> impl Iterator<Item = &'static str> {
    let names = HOLIDAYS.iter().map(|(words, _, _)| words[0]);
    STARTERS
        .iter()
        .copied()
        .chain(names.map(|word| word.strip_prefix("ال").unwrap_or(word)))
}

/// Whether a holiday may start at token `i`, for [`Scan::may_start`]: its
/// last letters are those of a first word.
pub fn may_start(scan: &Scan, i: usize) -> bool {
    let folded = scan.folded(i);
    [
        "عيد",
        "راس",
        "المولد",
        "لمولد",
        "اول",
        "ثاني",
        "ثالث",
        "رابع",
    ]
    .iter()
    .any(|w| folded.ends_with(w))
}

/// How many letters of proclitics token `i` carries before `word`, if it
/// is `word` with و، ف and the prepositions ب، ل glued to it (`وبعيد
/// الفطر`, `للمولد` is ل + `المولد`).
fn with_proclitics(scan: &Scan, i: usize, word: &str) -> Option<usize> {
    let (article, stem) = match word.strip_prefix("ال") {
        Some(noun) => (true, noun),
        None => (false, word),
    };
    proclitic_splits(scan.folded(i))
        .find(|s| s.stem == stem && s.article == article && s.preposition != Some('ك'))
        .map(|s| usize::from(s.conjunction.is_some()) + usize::from(s.preposition.is_some()))
}

/// The letters of proclitics before a holiday read at token `i`, which
/// stay outside its span.
pub fn clitic_letters(scan: &Scan, i: usize) -> Option<usize> {
    read(scan, i)?;
    STARTERS
        .iter()
        .chain(HOLIDAYS.iter().map(|(words, _, _)| &words[0]))
        .find_map(|w| with_proclitics(scan, i, w))
}

/// `أول أيام` … `رابع أيام` before an Eid: how many days after its first.
fn day_of_feast(scan: &Scan, i: usize) -> Option<(u8, usize)> {
    let word = |w| with_proclitics(scan, i, w).is_some();
    let nth = match () {
        _ if word("اول") => 0,
        _ if word("ثاني") => 1,
        _ if word("ثالث") => 2,
        _ if word("رابع") => 3,
        _ => return None,
    };
    scan.is(i + 1, "ايام").then_some((nth, i + 2))
}

/// Reads an Islamic holiday at token `i`.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    // Most tokens the date readers try are no holiday's first word, and
    // telling so by its last letters spares the proclitic readings below.
    if !may_start(scan, i) {
        return None;
    }
    let (offset, at) = day_of_feast(scan, i).unwrap_or((0, i));
    let (words, month, day) = HOLIDAYS.iter().find(|(words, _, _)| {
        let first = if at > i {
            scan.is(at, words[0])
        } else {
            with_proclitics(scan, at, words[0]).is_some()
        };
        first
            && words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| scan.is(at + k, w))
    })?;
    let eid = words[0] == "عيد";
    if at > i && !eid {
        return None;
    }
    let day = day + offset;
    let name_end = at + words.len();
    let (year, end) = match year_after(scan, name_end, Calendar::Hijri) {
        (year @ (Year::Given(_) | Year::Before | Year::After), end) => (year, end),
        _ => match year_after(scan, name_end, Calendar::Gregorian) {
            (Year::Given(gregorian), end) => {
                (Year::Given(hijri::year_in(gregorian, *month, day)), end)
            }
            _ => (Year::Unknown, name_end),
        },
    };
    // عيد الأضحى 10 ذي الحجة 1445هـ: the written date that follows is the
    // date, and is read on its own.
    if year == Year::Unknown && scan.integer(name_end, 2).is_some() {
        return None;
    }
    Some(Mention {
        first: i,
        end,
        said: Said::Date {
            spec: Spec::Hijri {
                year,
                month: Some(*month),
                day: Some(day),
            },
            weekday: None,
        },
    })
}
