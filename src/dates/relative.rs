//! Dates counted from the day of writing or from the date last mentioned:
//! `اليوم`, `أمس`, `أمس الأول` and `أول أمس` (the day before yesterday),
//! `غدا`, `بعد غد`, the dialects' `امبارح`, `النهارده` and `بكرة` (see
//! [`bukra_is_tomorrow`]), with a part of the day before them (`مساء أمس`,
//! `صباح اليوم`), `الليلة` (tonight) and `الليلة الماضية` (last night),
//! `يوم الجمعة`, `الجمعة المقبل`, `الشهر الماضي`,
//! `العام التالي`, `هذا العام`, `الأسبوع المقبل`, `الشهر نفسه`.

use super::absolute::is_day_noun;
use super::lexicon::{DayPart, Direction, Tail, Unit};
use super::{Anchor, Mention, Occurrence, Said, Scan, Spec};
use crate::figures::read_rank;
use crate::numbers::read_numeral;

/// Reads a relative date at token `i`.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    let (spec, end, weekday) = days_from_reference(scan, i)
        .or_else(|| term(scan, i).map(|(spec, end)| (spec, end, None)))
        .or_else(|| {
            shifted_unit(scan, i).map(|(unit, by, anchor, end)| {
                (
                    Spec::Shift {
                        unit,
                        by,
                        anchor,
                        day: None,
                    },
                    end,
                    None,
                )
            })
        })
        .or_else(|| offset(scan, i).map(|(spec, end)| (spec, end, None)))
        .or_else(|| {
            weekday(scan, i)
                .filter(|_| !between_two(scan, i))
                .or_else(|| weekday_of_a_week(scan, i))
                .map(|(spec, end)| (spec, end, None))
        })?;
    Some(Mention {
        first: i,
        end,
        said: Said::Date { spec, weekday },
    })
}

fn shift_days(by: i32) -> Spec {
    Spec::Shift {
        unit: Unit::Day,
        by,
        anchor: Anchor::Reference,
        day: None,
    }
}

/// Reads `[يوم] أمس`, `أمس الأول`, `أول [من] أمس`, `غدا`, `بعد غد`,
/// `اليوم`, each with the weekday that may follow (`أمس الجمعة`), and
/// with the part of the day that may head it (`مساء أمس`, `صباح اليوم`,
/// `ليلة أمس`, `صباح غد`, `بعد ظهر اليوم`), which is in the span; and
/// `الليلة`, tonight, or last night with `الماضية` (see [`night`]).
fn days_from_reference(scan: &Scan, i: usize) -> Option<(Spec, usize, Option<u8>)> {
    if let Some((spec, end)) = night(scan, i) {
        return Some((spec, end, None));
    }
    let headed = heads_a_day(scan, i);
    let at = if headed { i + 1 } else { i };
    let start = if is_day_noun(scan, at) {
        at + 1
    } else {
        after_the_day_that(scan, at).unwrap_or(at)
    };
    let (by, end) = if scan.is(start, "اول") {
        let yesterday = if scan.is(start + 1, "من") {
            start + 2
        } else {
            start + 1
        };
        scan.entry(yesterday)?
            .days_from_reference
            .filter(|&d| d == -1)?;
        (-2, yesterday + 1)
    } else if scan.is(start, "بعد")
        && matches!(
            scan.folded(start + 1),
            "غد" | "الغد" | "غدا" | "بكره" | "بكرا"
        )
    {
        (2, start + 2)
    } else if matches!(scan.folded(start), "قبل" | "القبل")
        && scan
            .lexeme(start + 1)
            .is_some_and(|l| !l.conjunction && l.entry.days_from_reference == Some(-1))
    {
        // قبل أمس، قبل امبارح، اليوم القبل البارحة: the day before
        // yesterday, as أول أمس is.
        (-2, start + 2)
    } else if start > i && matches!(scan.folded(start), "غد" | "الغد") {
        // غد alone is the future in general; يوم غد and صباح الغد are
        // tomorrow.
        (1, start + 1)
    } else if let Some(days) = scan.entry(start).and_then(|e| e.days_from_reference) {
        // صباح بكرة, يوم بكرة: after a day part or يوم it is the day.
        let bukra = BUKRA.iter().any(|w| scan.folded(start).ends_with(w));
        if start == i && bukra && !bukra_is_tomorrow(scan, start) {
            return None;
        }
        (days, start + 1)
    } else if start == at && is_today(scan, start) {
        (0, start + 1)
    } else {
        return None;
    };
    // أمس الأول is the day before yesterday, not a date "first".
    let (by, end) = match scan.lexeme(end) {
        Some(l) if by == -1 && l.article && l.entry.tail == Some(Tail::First) => (-2, end + 1),
        _ => (i32::from(by), end),
    };
    match following_weekday(scan, end) {
        Some(weekday) => Some((shift_days(by), end + 1, Some(weekday))),
        None => Some((shift_days(by), end, None)),
    }
}

/// The token after `اليوم` and the relative that makes the day it names
/// one counted from today, at token `i`: `اليوم الذي بعد الغد`, the
/// dialects' `اليوم اللي قبل امبارح` (and `الي`, as it is also written), and
/// the spoken `اليوم القبل البارحة`. Not after `من`, where `الي` is `إلى`
/// (`من اليوم إلى بعد غد` is a span from today).
fn after_the_day_that(scan: &Scan, i: usize) -> Option<usize> {
    if !scan.is(i, "اليوم") || i > 0 && without_conjunction(scan, i - 1) == "من" {
        return None;
    }
    match scan.folded(i + 1) {
        "الذي" | "اللي" | "الي" if matches!(scan.folded(i + 2), "قبل" | "بعد") => {
            Some(i + 2)
        }
        "القبل" => Some(i + 1),
        _ => None,
    }
}

/// `بكرة` and the Levant's `بكرا`, tomorrow in the dialects, folded.
const BUKRA: &[&str] = &["بكره", "بكرا"];

/// The parts of the day the dialects say after a day, which make it one:
/// `بكرة الصبح`, `التلات بالليل`.
const SPOKEN_DAY_PARTS: &[&str] = &["الصبح", "الصباح", "بالليل", "العصر", "الظهر", "المغرب"];

/// Words after `بكرة` that make it tomorrow besides a spoken part of the
/// day: an adverb of one, an hour (`بكرة الساعة 9`), `إن شاء الله`.
const AFTER_TOMORROW: &[&str] = &["صباحا", "ليلا", "مساء", "بدري", "الساعه", "ان", "انشاء"];

/// Words before `بكرة` that make it tomorrow: من، لحد، لغاية، حتى
/// (`من بكرة`, `لحد بكرة`). The nouns of what is set for a day
/// (`الامتحان بكرة`, `الماتش بكرة`) are too many to list: the end of the
/// clause after it says time for them.
const BEFORE_TOMORROW: &[&str] = &["من", "لحد", "لغايه", "حتي"];

/// Whether `بكرة` at token `i` is tomorrow, not ب + `كرة` (`لعب بكرة
/// القدم`, with a ball) nor a reel (`بكرة خيط`), nor `عن بكرة أبيهم` (all
/// of them): only where its place says time: after من، لحد، حتى or with
/// ل glued to it (`لبكرة`), before a part of the day, a weekday, a verb
/// the dialects make future with ه، ح or رح (`بكرة هيكون`, `بكرة رح
/// نشوف`), or the end of the clause. A noun or an adjective after it is
/// what the ball or reel is of or like.
fn bukra_is_tomorrow(scan: &Scan, i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .map_or("", |k| without_conjunction(scan, k));
    let next = scan.folded(i + 1);
    let dialect_future = spoken_future(next) || next == "راح";
    let clause_ends = i + 1 >= scan.tokens.len()
        || scan.tokens.kind(i + 1) == Some(crate::text::TokenKind::Punct);
    BEFORE_TOMORROW.contains(&before)
        || scan.lexeme(i).is_some_and(|l| l.preposition == Some('ل'))
        || AFTER_TOMORROW.contains(&next)
        || SPOKEN_DAY_PARTS.contains(&next)
        || following_weekday(scan, i + 1).is_some()
        || dialect_future
        || clause_ends
}

/// Whether a folded word makes the dialects' future: `رح` (the Levant:
/// `رح يبدأ`), or a verb in the imperfect with Egypt's ه or the Levant's
/// and Egypt's ح before its prefix (`هتبدأ`, `هيكون`, `حيبدأ`, `هنشوف`),
/// not the nouns and names so spelt (`هيئة`, `هناك`, `حيفا`).
fn spoken_future(word: &str) -> bool {
    word == "رح"
        || word.chars().count() >= 4
            && ["هي", "هت", "هن", "حي", "حت", "حن"]
                .iter()
                .any(|prefix| word.starts_with(prefix))
            && !NOT_SPOKEN_FUTURE_VERBS.contains(&word)
}

/// Words that start like a spoken future verb but are not verbs.
const NOT_SPOKEN_FUTURE_VERBS: &[&str] = &[
    "هيئه",
    "هيئات",
    "هيئته",
    "هناك",
    "هنيه",
    "هيكل",
    "هيكله",
    "هيثم",
    "هيمنه",
    "هيلاري",
    "هيومن",
    "هيدروجين",
    "هنديه",
    "هنود",
    "هتاف",
    "هتافات",
    "حيفا",
    "حيدر",
    "حياه",
    "حياته",
    "حيوان",
    "حيوانات",
    "حيوي",
    "حيويه",
    "حينما",
    "حينها",
    "حينئذ",
    "حيازه",
    "حتما",
    "حتميه",
    "حنان",
    "حنين",
    "حتي",
    "حيال",
    "هنالك",
    "حينذاك",
    "هيبه",
    "هنغاريا",
];

/// Whether token `i` is a part of the day in construct with a day after
/// it (`مساء أمس`): no article, no preposition glued to it, and, for
/// those that are also a verb (`فجر`, `ظهر`, `عصر`: blew up, appeared,
/// squeezed), no و glued to it either (`وظهر اليوم في مؤتمر`, and he
/// appeared today), unless a word before it places it in time (`بعد ظهر
/// اليوم`). Right before a day word they are the part of the day: the
/// verb takes its subject or object first (`فجر انتحاري نفسه أمس`), and
/// in news copy `قصفت فجر أمس`, `نفذت فجر امس`, `ورعايته ظهر أمس` are the
/// dawn and the noon.
fn heads_a_day(scan: &Scan, i: usize) -> bool {
    let Some(lexeme) = scan.lexeme(i) else {
        return false;
    };
    if lexeme.article || lexeme.preposition.is_some() {
        return false;
    }
    match lexeme.entry.day_part {
        Some(DayPart::Night | DayPart::Plain) => true,
        Some(DayPart::Placed) => {
            !lexeme.conjunction
                || i > 0
                    && matches!(
                        without_conjunction(scan, i - 1),
                        "بعد" | "قبل" | "في" | "عند" | "منذ" | "حتي" | "مع" | "وقت"
                    )
        }
        None => false,
    }
}

/// Whether token `i` is a part of the day that may head a day after it
/// in construct: `مساء الخميس`, `صباح يوم الأحد`, `ليلة السبت`, `فجر
/// السابع من أكتوبر`; the caller reads the day. فجر، ظهر and عصر need no
/// word that places them before a weekday or a date with its day, which
/// does: a verb (فجّر، ظهر) or the noun of an era does not take one.
pub fn is_day_part(scan: &Scan, i: usize) -> bool {
    scan.lexeme(i)
        .is_some_and(|l| l.entry.day_part.is_some() && !l.article && l.preposition.is_none())
}

/// Reads a night named by the two weekdays it falls between: `ليل
/// السبت-الأحد`, `ليلة الجمعة إلى السبت`, `ليل الخميس الجمعة الماضي`. It is
/// the interval of the two days, placed as two weekdays that share a
/// direction are (`من السبت إلى الأحد`); the second must be the day after
/// the first, or the words name two days and no night between them
/// (`ليل الاثنين إلى الأربعاء` is a night and a day). Only a night: a
/// morning is of one day. Without a second weekday after it, `ليلة` and
/// one weekday is the eve of the day (see [`eve`]).
pub fn night_between(scan: &Scan, i: usize) -> Option<Mention> {
    if !matches!(without_conjunction(scan, i), "ليل" | "ليله") {
        return None;
    }
    let Some(first) = following_weekday(scan, i + 1) else {
        return eve(scan, i);
    };
    let at = if scan.is_punct(i + 2, '-') || matches!(scan.folded(i + 2), "الي" | "حتي") {
        i + 3
    } else {
        i + 2
    };
    let Some((
        Spec::Weekday {
            weekday,
            occurrence,
        },
        end,
    )) = weekday(scan, at).filter(
        |(spec, _)| matches!(spec, Spec::Weekday { weekday, .. } if *weekday == first % 7 + 1),
    )
    else {
        return eve(scan, i);
    };
    Some(super::intervals::weekday_span(
        i..end,
        (first, occurrence),
        (weekday, occurrence),
    ))
}

/// Reads `ليلة` before a weekday alone (`ليلة الثلاثاء`, `ليلة يوم
/// الجمعة`, `ليلة الخميس المقبل`) as the eve of that day: the night that
/// ends on its morning, the interval of the day before and the day, as
/// `ليل الاثنين-الثلاثاء` is. `ليلة` in construct with a day names its eve
/// (`ليلة العيد`, `ليلة رأس السنة` is 31 December), and the Arab day starts
/// at sunset: `ليلة الجمعة` is Thursday night. Copy that means the night
/// after the day also means its small hours, which the interval holds when
/// they fall before the day's morning; a day named by its date (`ليلة 29
/// أيار`) is that day, and `ليل الثلاثاء`, the night-time of a day, is
/// the day, as `مساء الثلاثاء` is.
fn eve(scan: &Scan, i: usize) -> Option<Mention> {
    if !is_eve(scan, i) {
        return None;
    }
    if let Some(span) = super::intervals::from_an_eve(scan, i, i, false) {
        return Some(span);
    }
    let (
        Spec::Weekday {
            weekday,
            occurrence,
        },
        end,
    ) = weekday(scan, i + 1)?
    else {
        return None;
    };
    // ليلة الجمعة 5 أبريل: the day is the date, read with its weekday.
    if scan.tokens.kind(end) == Some(crate::text::TokenKind::Number) {
        return None;
    }
    let before = (weekday + 5) % 7 + 1;
    // The eve is placed by its day: the night before the last Tuesday on
    // or before the reference starts on the last Monday before it, a
    // night past in copy of Tuesday morning, and the night before the
    // coming Sunday, written on a Saturday, is tonight.
    Some(super::intervals::weekday_span(
        i..end,
        (before, Occurrence::Eve),
        (weekday, occurrence),
    ))
}

/// Whether token `i` is `ليلة` in construct, which names the eve of the
/// day after it: `ليلة الجمعة` is Thursday night.
pub(super) fn is_eve(scan: &Scan, i: usize) -> bool {
    without_conjunction(scan, i) == "ليله" && is_day_part(scan, i)
}

/// Words before `الليلة` that make it a night other than tonight: `تلك
/// الليلة`, `نفس الليلة`, `منتصف الليلة`, `كل ليلة`.
const OTHER_NIGHT_BEFORE: &[&str] = &["تلك", "ذات", "نفس", "منتصف", "اول", "اخر", "كل"];

/// Words before a bare `الليلة` that make it a night told of rather than
/// tonight (`في الليلة`, `طوال الليلة`, and the past of spending it,
/// `قضى الليلة`, whose night is no more tonight than last night); with
/// `الماضية` it is last night after them too (`في الليلة الماضية`).
const TOLD_NIGHT_BEFORE: &[&str] = &[
    "في",
    "خلال",
    "طوال",
    "طيله",
    "اثناء",
    "قضي",
    "قضت",
    "قضوا",
    "امضي",
    "امضت",
    "امضوا",
    "بات",
    "باتت",
    "باتوا",
];

/// Reads `الليلة` and `هذه الليلة` (tonight: the reference's day),
/// `الليلة الماضية` and `الليلة البارحة` (last night: the day before),
/// `الليلة قبل الماضية`, and `الليلة السابقة`, `التالية`, `نفسها`
/// counted from the date last mentioned. Not a night named by what follows
/// it (`الليلة الأولى`, `الليلة الختامية`, `الليلة التي`: a feminine
/// adjective or a relative), one placed by what comes before (`تلك
/// الليلة`, `طوال الليلة`), nor `ليلة` without its article (`ليلة
/// القدر`, `ألف ليلة وليلة`, `بين ليلة وضحاها`).
///
/// A bare `الليلة` after a verb in the past (`شنت إسرائيل الليلة غارات`)
/// stays the reference's day. Copy filed in the morning means the night
/// just ended, filed at night the night under way; the verb's tense is
/// the same in both, and nothing else in the sentence tells them apart.
/// Either night has its small hours on the reference's day, where raids
/// and arrests told of this way mostly fall; the day before would be
/// right only for the hours before midnight of a morning's copy.
fn night(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let this = scan.is(i, "هذه");
    let at = if this { i + 1 } else { i };
    let lexeme = scan.lexeme(at)?;
    if lexeme.entry.day_part != Some(DayPart::Night)
        || !lexeme.article
        || lexeme.preposition.is_some()
        || (this && lexeme.conjunction)
    {
        return None;
    }
    let before = if this {
        i.checked_sub(1)
    } else {
        at.checked_sub(1)
    };
    let before = before.map_or("", |k| without_conjunction(scan, k));
    if OTHER_NIGHT_BEFORE.contains(&before) {
        return None;
    }
    let day = |by: i32, anchor: Anchor, end: usize| {
        let spec = Spec::Shift {
            unit: Unit::Day,
            by,
            anchor,
            day: None,
        };
        Some((spec, end))
    };
    if this {
        return day(0, Anchor::Reference, at + 1);
    }
    if scan.is(at + 1, "قبل") && direction(scan, at + 2) == Some(Direction::Last) {
        return day(-2, Anchor::Reference, at + 3);
    }
    if let Some(direction) = direction(scan, at + 1) {
        let (by, anchor) = match direction {
            Direction::Last => (-1, Anchor::Reference),
            // The night to come: tonight.
            Direction::Next | Direction::This => (0, Anchor::Reference),
            Direction::Following => (1, Anchor::Previous),
            Direction::Preceding => (-1, Anchor::Previous),
            Direction::Same => (0, Anchor::Previous),
        };
        return day(by, anchor, at + 2);
    }
    if scan
        .lexeme(at + 1)
        .is_some_and(|l| l.article && !l.conjunction && l.entry.days_from_reference == Some(-1))
    {
        return day(-1, Anchor::Reference, at + 2);
    }
    // A feminine adjective (الأولى، الختامية، الكبرى) or التي names the
    // night; another definite word after it is the clause's subject
    // (يلتقي الليلة المنتخبان).
    let next = scan.folded(at + 1);
    let named = next.starts_with("ال") && (next.ends_with('ه') || next.ends_with('ي'));
    let quote = |k: usize| scan.is_punct(k, '"') || scan.is_punct(k, '«') || scan.is_punct(k, '»');
    let title = at >= 1 && quote(at + 1) && (quote(at - 1) || at >= 2 && quote(at - 2));
    if named || title || TOLD_NIGHT_BEFORE.contains(&before) {
        return None;
    }
    day(0, Anchor::Reference, at + 1)
}

/// A unit word of an offset, folded: the unit it is counted in, how many
/// of those one of it makes (a week is seven days, a decade ten years, a
/// century a hundred), and its count when the word gives it (the singular
/// one, the dual two); plurals and the accusative singular take a number
/// before them.
const OFFSET_UNITS: &[(&str, Unit, i32, Option<i32>)] = &[
    ("يوم", Unit::Day, 1, Some(1)),
    ("يومين", Unit::Day, 1, Some(2)),
    ("ايام", Unit::Day, 1, None),
    ("يوما", Unit::Day, 1, None),
    ("اسبوع", Unit::Day, 7, Some(1)),
    ("اسبوعين", Unit::Day, 7, Some(2)),
    ("اسابيع", Unit::Day, 7, None),
    ("اسبوعا", Unit::Day, 7, None),
    ("شهر", Unit::Month, 1, Some(1)),
    ("شهرين", Unit::Month, 1, Some(2)),
    ("اشهر", Unit::Month, 1, None),
    ("شهور", Unit::Month, 1, None),
    ("شهرا", Unit::Month, 1, None),
    ("عام", Unit::Year, 1, Some(1)),
    ("عامين", Unit::Year, 1, Some(2)),
    ("سنه", Unit::Year, 1, Some(1)),
    ("سنتين", Unit::Year, 1, Some(2)),
    ("اعوام", Unit::Year, 1, None),
    ("سنوات", Unit::Year, 1, None),
    ("سنين", Unit::Year, 1, None),
    ("عاما", Unit::Year, 1, None),
    ("عقد", Unit::Year, 10, Some(1)),
    ("عقدين", Unit::Year, 10, Some(2)),
    ("عقود", Unit::Year, 10, None),
    ("قرن", Unit::Year, 100, Some(1)),
    ("قرنين", Unit::Year, 100, Some(2)),
    ("قرون", Unit::Year, 100, None),
];

/// Reads an offset from the reference with its unit: `قبل أسبوع`, `قبل
/// ثلاثة أيام`, `قبل 20 عاما`, `قبل عقدين` (that many units before it), and
/// `بعد أسبوع` when the clause speaks of the future (after it), and a
/// quarter or half of a century (`قبل ربع قرن` is `قبل 25 عاما`). The date is
/// the unit that far away, at the unit's grain, as `الشهر الماضي` is: `قبل
/// شهرين` is a month, `قبل عامين` a year. Weeks are counted in days, as
/// Duckling does: `قبل أسبوع` is the day seven days back, for the press
/// uses it of a day (`قال قبل أسبوع`), not of a calendar week. Decades and
/// centuries are counted in years, at the grain year: `قبل عقدين` says
/// what `قبل 20 عاما` says, twenty years back, and not a decade of the
/// calendar (the grain decade is `التسعينيات`, 199X), which twenty years
/// back from 2024 is not. `من الزمن` or `من الآن` after the unit counts
/// from nothing else (`قبل عقد من الزمن`).
///
/// Not read, and left to the duration they contain: `منذ 20 عاما` (a
/// length, how long something has lasted); `قبل أسبوع من الانتخابات` and
/// `بعد عامين على الاتفاق` (counted from another event); `بعد أسبوع` in a
/// past narrative (counted from the events told, not from the reference);
/// approximations (`قبل نحو عامين`), which would need a range; and a
/// decade word where it may be a contract or the holding of something, as
/// the duration reader tells them: a word of a contract around it (`قبل
/// عقدين مع شركة`), more than ten of them, or a bare `عقد` before anything
/// but the end of the clause (`قبل عقد اجتماع`).
fn offset(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    // وقبل أسبوع: the conjunction joins the clause, and stays outside
    // the span (the lexicon gives قبل and بعد, year cues, its letters).
    let sign = match without_conjunction(scan, i) {
        "قبل" => -1,
        "بعد" if speaks_of_the_future(scan, i) => 1,
        _ => return None,
    };
    let unit_word = |k: usize| {
        OFFSET_UNITS
            .iter()
            .find(|(w, _, _, _)| scan.is(k, w))
            .map(|&(_, unit, size, count)| (unit, size, count))
    };
    let share_of_a_century = match scan.folded(i + 1) {
        "ربع" => Some(25),
        "نصف" => Some(50),
        _ => None,
    };
    let (unit, size, count, at) = match (unit_word(i + 1), share_of_a_century) {
        (Some((unit, size, Some(count))), _) => (unit, size, count, i + 1),
        (Some((_, _, None)), _) => return None,
        // قبل ربع قرن، قبل نصف قرن: that share of a century, in years.
        (None, Some(years)) => match unit_word(i + 2)? {
            (Unit::Year, 100, Some(1)) => (Unit::Year, 1, years, i + 2),
            _ => return None,
        },
        (None, None) => {
            let number = read_numeral(scan.tokens, i + 1)?;
            let (unit, size, count) = unit_word(number.end)?;
            // ثلاثة أيام, 20 عاما, 11 شهرا: a whole count of at least three
            // (the singular and dual carry one and two), and no dual; time
            // is counted in a few decades or centuries, more decades are
            // contracts.
            let most = if size >= 10 { 10.0 } else { 5000.0 };
            if count == Some(2)
                || number.value.fract() != 0.0
                || !(3.0..=most).contains(&number.value)
            {
                return None;
            }
            (unit, size, number.value as i32, number.end)
        }
    };
    let end = at + 1;
    // قبل عام 2003, قبل شهر رمضان, قبل يوم الانتخابات: the noun names what
    // follows (إلى، إلا, folded الي، الا, are no noun); قبل أسبوع من
    // الانتخابات counts from another event, قبل عقد من الزمن from nothing.
    let next = scan.folded(end);
    let names_what_follows = scan.tokens.kind(end) == Some(crate::text::TokenKind::Number)
        || (next.starts_with("ال") && !matches!(next, "الي" | "الا"))
        || scan
            .entry(end)
            .is_some_and(|e| e.month.is_some() || e.weekday.is_some());
    let of_time = next == "من" && matches!(scan.folded(end + 1), "الزمن" | "الزمان" | "الان");
    let counts_from_another = !of_time && matches!(next, "من" | "علي" | "ونصف" | "ونيف" | "تقريبا");
    if names_what_follows || counts_from_another {
        return None;
    }
    if size == 10 {
        let clause_ends = end >= scan.tokens.len()
            || scan.tokens.kind(end) == Some(crate::text::TokenKind::Punct)
            || of_time;
        let held = count == 1 && at == i + 1 && !clause_ends;
        if held || crate::figures::about_a_contract(scan.tokens, i, at, end) {
            return None;
        }
    }
    Some((
        Spec::Shift {
            unit,
            by: sign * size * count,
            anchor: Anchor::Reference,
            day: None,
        },
        end,
    ))
}

/// `اليوم` as today: not a day named by what follows (`اليوم الوطني`,
/// `اليوم الأول`) or by the date last mentioned (`اليوم نفسه`, read as
/// `العام نفسه` is; `ذلك اليوم`), nor the end of a title in quotes
/// (`"روسيا اليوم"`).
fn is_today(scan: &Scan, i: usize) -> bool {
    let Some(lexeme) = scan.lexeme(i) else {
        return false;
    };
    if lexeme.entry.unit != Some(Unit::Day) || !lexeme.article || lexeme.preposition == Some('ل') {
        return false;
    }
    let next = scan.folded(i + 1);
    // إلى and إلا, folded الي and الا, name nothing.
    let named = next.starts_with("ال")
        && !matches!(next, "الي" | "الا")
        && following_weekday(scan, i + 1).is_none();
    let that_day = direction(scan, i + 1) == Some(Direction::Same)
        || i > 0 && matches!(without_conjunction(scan, i - 1), "ذلك" | "ذاك");
    let title = i >= 2 && scan.is_punct(i + 1, '"') && scan.is_punct(i - 2, '"');
    !named && !that_day && !title
}

fn following_weekday(scan: &Scan, i: usize) -> Option<u8> {
    scan.lexeme(i)
        .filter(|l| l.article && !l.conjunction && l.preposition.is_none())?
        .entry
        .weekday
}

/// Reads a calendar unit with what places it, at token `i`: `العام
/// الماضي`, `الشهر الجاري`, `العام قبل الماضي`, `العام التالي`, `هذا
/// العام`, `نفس الشهر`. Returns the unit, how many units from which
/// anchor, and the token after.
pub fn shifted_unit(scan: &Scan, i: usize) -> Option<(Unit, i32, Anchor, usize)> {
    let unit_at = |k: usize| {
        scan.lexeme(k)
            .filter(|l| l.article)
            .and_then(|l| l.entry.unit)
    };
    if matches!(scan.folded(i), "هذا" | "هذه") {
        return unit_at(i + 1).map(|unit| (unit, 0, Anchor::Reference, i + 2));
    }
    if scan.is(i, "نفس") {
        return unit_at(i + 1).map(|unit| (unit, 0, Anchor::Previous, i + 2));
    }
    let unit = unit_at(i)?;
    if let Some((by, end)) = one_further(scan, i + 1) {
        return Some((unit, by, Anchor::Reference, end));
    }
    let (by, anchor, end) = counted(scan, i + 1)?;
    Some((unit, by, anchor, end))
}

/// Reads `قبل الماضي` and `بعد المقبل` at token `i`, after a unit or a
/// weekday, with the `ما` the press may put before them (`العام ما قبل
/// الماضي`): the one before the last, or after the next. Returns -2 or 2
/// and the token after.
fn one_further(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    let at = if scan.is(i, "ما") { i + 1 } else { i };
    let (by, wanted) = match scan.folded(at) {
        "قبل" => (-2, Direction::Last),
        "بعد" => (2, Direction::Next),
        _ => return None,
    };
    (direction(scan, at + 1) == Some(wanted)).then_some((by, at + 2))
}

/// The adjectives that make a year a fiscal or school one, which runs
/// across two calendar years: `العام المالي`، `السنة الدراسية`.
const TERM_ADJECTIVES: &[&str] = &["المالي", "الماليه", "الدراسي", "الدراسيه"];

/// Reads a fiscal or school year with what places it, at token `i`:
/// `العام المالي الماضي`، `السنة الدراسية المقبلة`، `العام المالي السابق
/// عليه`. Unlike `العام الماضي` it is no calendar year, and is counted from
/// the fiscal or school year the text names (`2024/2025`).
fn term(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let year_noun = scan
        .lexeme(i)
        .is_some_and(|l| l.article && l.entry.unit == Some(Unit::Year));
    if !year_noun || !TERM_ADJECTIVES.contains(&scan.folded(i + 1)) {
        return None;
    }
    let (by, anchor, end) = counted(scan, i + 2)?;
    // العام المالي الجاري 2024/2025: the years that follow are the date.
    if scan.integer(end, 4).is_some() {
        return None;
    }
    Some((Spec::Term { by, anchor }, end))
}

/// How many units from which anchor the direction word at token `i` counts
/// (`الماضي`, `التالي`, the dialects' `اللي فات` and `ده`), and the token
/// after it: after `السابق` and
/// `التالي`, after the pronoun of the date they count from too (`العام
/// السابق عليه`، `اليوم التالي له`).
fn counted(scan: &Scan, i: usize) -> Option<(i32, Anchor, usize)> {
    // The dialects: `الأسبوع اللي فات` (last), `الشهر اللي جاي` (next),
    // `الشهر ده` (Egypt: this).
    match spoken_direction(scan, i) {
        Some(Direction::Last) => return Some((-1, Anchor::Reference, i + 2)),
        Some(_) => return Some((1, Anchor::Reference, i + 2)),
        None if matches!(scan.folded(i), "ده" | "دي") => {
            return Some((0, Anchor::Reference, i + 1))
        }
        None => {}
    }
    let (by, anchor) = match direction(scan, i)? {
        Direction::Last => (-1, Anchor::Reference),
        Direction::Next => (1, Anchor::Reference),
        Direction::This => (0, Anchor::Reference),
        Direction::Following => (1, Anchor::Previous),
        Direction::Preceding => (-1, Anchor::Previous),
        Direction::Same => (0, Anchor::Previous),
    };
    let pronoun = anchor == Anchor::Previous
        && by != 0
        && matches!(scan.folded(i + 1), "عليه" | "عليها" | "له" | "لها");
    Some((by, anchor, i + 1 + usize::from(pronoun)))
}

/// A year or month (`unit`) counted from an anchor at token `i`, as
/// [`shifted_unit`] reads it (`العام الماضي`, `هذا الشهر`), or `العام` or
/// `الشهر` alone, the reference's, with nothing after that names another
/// (`العام الدراسي`): by how many, from what, and the token after.
pub fn unit_from_anchor(scan: &Scan, i: usize, unit: Unit) -> Option<(i32, Anchor, usize)> {
    if let Some((shifted, by, anchor, end)) = shifted_unit(scan, i) {
        if shifted == unit {
            return Some((by, anchor, end));
        }
    }
    let bare = matches!(unit, Unit::Year | Unit::Month)
        && scan
            .lexeme(i)
            .filter(|l| l.article && l.preposition.is_none() && !l.conjunction)
            .and_then(|l| l.entry.unit)
            == Some(unit)
        && !scan.folded(i + 1).starts_with("ال");
    bare.then_some((0, Anchor::Reference, i + 1))
}

/// The dialects' relative clause of direction at tokens `i` and `i + 1`:
/// `اللي فات` (that passed: last) and `اللي جاي` (that comes: next).
fn spoken_direction(scan: &Scan, i: usize) -> Option<Direction> {
    // الخميس اللي جاي فيه الوفد: the day on which someone comes, a clause
    // with its pronoun, and no direction.
    if !scan.is(i, "اللي") || matches!(scan.folded(i + 2), "فيه" | "فيها") {
        return None;
    }
    match scan.folded(i + 1) {
        "فات" | "فاتت" => Some(Direction::Last),
        "جاي" | "جايه" => Some(Direction::Next),
        _ => None,
    }
}

/// The folded word at token `i` without a و glued before it.
pub(super) fn without_conjunction<'s>(scan: &'s Scan, i: usize) -> &'s str {
    let word = scan.folded(i);
    word.strip_prefix('و').unwrap_or(word)
}

/// The direction word at token `i`, in agreement with a definite noun:
/// `الماضي`, or `نفسه` which takes no article.
fn direction(scan: &Scan, i: usize) -> Option<Direction> {
    let lexeme = scan
        .lexeme(i)
        .filter(|l| !l.conjunction && l.preposition.is_none())?;
    let direction = lexeme.entry.direction?;
    (lexeme.article || direction == Direction::Same).then_some(direction)
}

/// Reads a weekday with no date: `يوم الجمعة`, `الجمعة`, `الخميس
/// الماضي`, `السبت المقبل`, `الأحد من الأسبوع المقبل`. Without a direction word it is the last such
/// day, unless the clause speaks of the future.
pub(super) fn weekday(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let day_noun = is_day_noun(scan, i);
    let at = if day_noun { i + 1 } else { i };
    let lexeme = scan
        .lexeme(at)
        .filter(|l| l.article && l.preposition.is_none())?;
    // الحد الأدنى، الحد من، التلات سنين: a dialect's weekday that is
    // also a common word is one only after يوم, before a direction or
    // before a spoken part of the day (`التلات الصبح`).
    let weekday = lexeme.entry.weekday.or_else(|| {
        let weekday = lexeme.entry.colloquial_weekday?;
        let named = (day_noun && !scan.is(at + 1, "من"))
            || SPOKEN_DAY_PARTS.contains(&scan.folded(at + 1))
            || matches!(
                direction(scan, at + 1).or_else(|| spoken_direction(scan, at + 1)),
                Some(Direction::Next | Direction::Last)
            );
        named.then_some(weekday)
    })?;
    // صلاة الجمعة is the prayer; الأحد عشر is eleven; كلا الاثنين is both.
    let not_a_day = (at > 0 && matches!(scan.folded(at - 1), "صلاه" | "خطبه" | "كلا"))
        || scan.folded(at + 1).starts_with("عشر");
    if !day_noun && not_a_day {
        return None;
    }
    // الجمعة الأخيرة من رمضان is a day of that month, read as one where the
    // month is named (see `parts::read_day_of_month`), never the last Friday.
    let ranked = matches!(scan.folded(at + 1), "الاخير" | "الاخيره")
        || read_rank(scan.tokens, at + 1).is_some_and(|r| r.definite && r.end == at + 2);
    if ranked && (scan.is(at + 2, "من") || scan.is(at + 2, "في")) {
        return None;
    }
    // يومي السبت والأحد الماضيين: the direction after the second of two
    // days is the first's too, whose span ends before the second.
    let coordinated = scan
        .lexeme(at + 1)
        .is_some_and(|l| l.conjunction && l.article && l.entry.weekday.is_some());
    let (qualifier, qualified_end) = if coordinated {
        (at + 2, at + 1)
    } else {
        (at + 1, at + 2)
    };
    let spoken = spoken_direction(scan, at + 1).filter(|_| !coordinated);
    let (occurrence, end) = match (one_further(scan, at + 1), direction(scan, qualifier)) {
        // الثلاثاء قبل الماضي، الجمعة بعد المقبلة.
        (Some((by, end)), _) if by < 0 => (Occurrence::BeforeLast, end),
        (Some((_, end)), _) => (Occurrence::AfterNext, end),
        _ if scan.is(at + 1, "من") => match shifted_unit(scan, at + 2) {
            Some((Unit::Week, by, Anchor::Reference, end)) => (Occurrence::InWeek(by), end),
            _ => (Occurrence::Latest, at + 1),
        },
        (_, Some(Direction::Next)) => (Occurrence::Next, qualified_end),
        // يوم الثلاثاء السابق: the one before, as الماضي.
        (_, Some(Direction::Last | Direction::Preceding)) => (Occurrence::Previous, qualified_end),
        // الاتنين اللي فات، الخميس اللي جاي.
        _ if spoken == Some(Direction::Last) => (Occurrence::Previous, at + 3),
        _ if spoken.is_some() => (Occurrence::Next, at + 3),
        _ if speaks_of_the_future(scan, i) => (Occurrence::Next, at + 1),
        _ => (Occurrence::Latest, at + 1),
    };
    Some((
        Spec::Weekday {
            weekday,
            occurrence,
        },
        end,
    ))
}

/// Reads a weekday without its article in construct with a week counted
/// from the reference, at token `i`: `ثلاثاء الأسبوع الماضي`, `جمعة
/// الأسبوع المقبل`, `خميس هذا الأسبوع`: that day of that week. Not `اثنين`
/// or `أحد`, which are also two and one (`قتل اثنين الأسبوع الماضي`).
fn weekday_of_a_week(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let lexeme = scan
        .lexeme(i)
        .filter(|l| !l.article && l.preposition.is_none())?;
    let weekday = lexeme.entry.weekday.filter(|&day| day != 1 && day != 7)?;
    match shifted_unit(scan, i + 1)? {
        (Unit::Week, by, Anchor::Reference, end) => Some((
            Spec::Weekday {
                weekday,
                occurrence: Occurrence::InWeek(by),
            },
            end,
        )),
        _ => None,
    }
}

/// Whether a weekday at token `i` comes right after `بين` with no second
/// end: `الاثنين` is then the two (العلاقات بين الاثنين، الفرق بين
/// الاثنين), for a single day is between nothing. With its second end
/// (`بين الاثنين والخميس`) the interval reader has read it already, and
/// after `يوم` (`بين يوم الاثنين`) it is the day.
fn between_two(scan: &Scan, i: usize) -> bool {
    i > 0 && !is_day_noun(scan, i) && matches!(scan.folded(i - 1), "بين" | "وبين" | "فبين")
}

/// Words before a date, within its sentence, that place it in the future.
const FUTURE_MARKERS: &[&str] = &[
    "سوف",
    "المقرر",
    "المتوقع",
    "المنتظر",
    "المزمع",
    "يعتزم",
    "تعتزم",
    "مقرر",
    "مرتقب",
    "المرتقب",
];

/// Words that start like a future verb (س + ي، ت، ن) but are not verbs.
const NOT_FUTURE_VERBS: &[&str] = &[
    "سياسه",
    "سياسي",
    "سياسيه",
    "سياسات",
    "سياسيين",
    "سيارات",
    "سياره",
    "سيارته",
    "سيطره",
    "سيناريو",
    "سيده",
    "سيدات",
    "سياده",
    "سيناء",
    "سيول",
    "سيئول",
    "سيرغي",
    "سيناتور",
    "سيدني",
    "سيبراني",
    "سيبرانيه",
    "سيرته",
    "سيمفونيه",
    "ستين",
    "ستالين",
    "ستوكهولم",
    "ستوديو",
    "سنوات",
    "سنويا",
    "سنويه",
    "سنغافوره",
    "سنغال",
    "سنتيمتر",
];

/// Whether the clause before token `i` speaks of the future: `سوف`, `من
/// المقرر`, a verb with the future prefix (`سيزور`, `ستعقد`), a plan
/// set with `على أن` and a verb in the imperfect (`على أن تبدأ المرحلة
/// الثانية الأحد`), not `على أن` before a noun (`أكد على أن الحكومة`); or,
/// among the three words before it, the dialects' future (`هتبدأ التلات
/// الصبح`, `رح يبدأ يوم الأحد`): near, for its prefixes also start nouns.
pub(super) fn speaks_of_the_future(scan: &Scan, i: usize) -> bool {
    (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !scan.tokens.ends_sentence(k))
        .any(|k| {
            let word = without_conjunction(scan, k);
            FUTURE_MARKERS.contains(&word)
                || (i - k <= 3 && spoken_future(word))
                || (word.chars().count() >= 5
                    && ["سي", "ست", "سن"].iter().any(|p| word.starts_with(p))
                    && !NOT_FUTURE_VERBS.contains(&word))
                || (word == "علي" && scan.is(k + 1, "ان") && k + 2 < i && imperfect(scan, k + 2))
        })
}

/// Whether token `i` may be a verb in the imperfect: a word of three
/// letters or more with its prefix ي، ت or ن (`يبدأ`, `تنطلق`, `نعود`).
fn imperfect(scan: &Scan, i: usize) -> bool {
    let word = scan.folded(i);
    scan.tokens.kind(i) == Some(crate::text::TokenKind::Word)
        && word.chars().count() >= 3
        && word.starts_with(['ي', 'ت', 'ن'])
}
