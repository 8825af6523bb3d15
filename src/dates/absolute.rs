//! Dates written out: a day, a month and a year in words or digits
//! (`الثلاثاء 19 يوليو 2022`, `الـ19 من تموز`, `الخامس من سبتمبر 2023`,
//! `الحادي والعشرين من يوليو`, `19/7/2022`,
//! `2022-07-19`, `1445/9/1هـ`), a month with its year or a relative year
//! (`فبراير 2022`, `يوليو/تموز الماضي`, `مارس من العام المقبل`), years
//! (`عام 2001`, `في 2013`, `العام 2020م`, `1445هـ`), decades
//! (`التسعينيات`, `ثمانينيات القرن الماضي`) and centuries (`القرن
//! العشرين`, `القرن التاسع عشر`, `القرن الماضي`, `القرن الـ20`).

use super::lexicon::{Calendar, Direction, Strength, Unit};
use super::relative::shifted_unit;
use super::{calendar, hijri, months, Anchor, Mention, Said, Scan, Spec, Year};
use crate::figures::{read_rank, Rank};
use crate::numbers::read_numeral;
use crate::text::{proclitic_splits, TokenKind};

/// Reads a written date at token `i`.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    if let Some(today) = today_written_out(scan, i) {
        return Some(today);
    }
    let (weekday, after_weekday) = weekday_before(scan, i);
    let (spec, end) = match read_date(scan, after_weekday, weekday.is_some()) {
        Some(found) => found,
        None if weekday.is_none() => numeric(scan, i)
            .or_else(|| year(scan, i))
            .or_else(|| decade(scan, i))
            .or_else(|| century(scan, i))?,
        // الجمعة 13/9/2024: the weekday is checked against digits too.
        None => numeric(scan, after_weekday).or_else(|| day_and_month(scan, after_weekday))?,
    };
    Some(Mention {
        first: i,
        end,
        said: Said::Date { spec, weekday },
    })
}

/// `اليوم` with its weekday and its date: `اليوم الثلاثاء 14 ربيع الأول
/// 1446هـ`, one date. Without the date, `اليوم الثلاثاء` is relative.
fn today_written_out(scan: &Scan, i: usize) -> Option<Mention> {
    if !is_today(scan, i) {
        return None;
    }
    let (weekday, after) = weekday_before(scan, i + 1);
    weekday?;
    let (spec, end) = read_date(scan, after, true).or_else(|| numeric(scan, after))?;
    Some(Mention {
        first: i,
        end,
        said: Said::Date { spec, weekday },
    })
}

/// `اليوم`, today, bare.
pub(super) fn is_today(scan: &Scan, i: usize) -> bool {
    scan.is(i, "اليوم")
}

/// Reads a day in digits listed before a date whose month it shares:
/// `18` in `يومي 18 و19 أبريل`, `3` and `5` in `في 3 و5 و7 مارس`, the
/// same month and year as the date after, which is read on its own. A
/// number with no date after it (`المادتين 3 و5`) is none.
pub fn listed_day(scan: &Scan, i: usize) -> Option<Mention> {
    let day = scan.integer(i, 2)? as u8;
    if !scan.is(i + 1, "و") {
        return None;
    }
    let next = read_date(scan, i + 2, false)
        .map(|(spec, _)| spec)
        .or_else(|| match listed_day(scan, i + 2)?.said {
            Said::Date { spec, .. } => Some(spec),
            _ => None,
        })?;
    let (calendar, year, Some(month), Some(_)) = next.parts()? else {
        return None;
    };
    day_fits(day, month, year, calendar).then_some(Mention {
        first: i,
        end: i + 1,
        said: Said::Date {
            spec: Spec::written(calendar, year, Some(month), Some(day)),
            weekday: None,
        },
    })
}

/// Whether a mention is a day and month without a year that names the
/// place before it: مدينة السادس من أكتوبر، جسر 6 أكتوبر، شارع 26 يوليو.
/// Its tokens are passed over: no figure, and no month read from them.
pub fn names_a_place(scan: &Scan, mention: &Mention) -> bool {
    matches!(
        mention.said,
        Said::Date {
            spec: Spec::Gregorian {
                year: Year::Unknown,
                day: Some(_),
                ..
            } | Spec::Hijri {
                year: Year::Unknown,
                day: Some(_),
                ..
            },
            weekday: None,
        }
    ) && after_a_place_head(scan, mention.first)
}

/// Where the year starts after a place's name that is a day and month,
/// read as one date with it: `عام 2010` in `جامعة السادس من أكتوبر عام
/// 2010`, the year the university of that name did something, not the day
/// its name is of. The caller passes over the name and reads the year on
/// its own. None for a date that names no place (`في السادس من أكتوبر عام
/// 2010`, `سقطت المدينة ليلة 29 أيار 1453`).
pub fn year_after_a_place_name(scan: &Scan, mention: &Mention) -> Option<usize> {
    let dated_day = matches!(
        mention.said,
        Said::Date {
            spec: Spec::Gregorian {
                year: Year::Given(_),
                day: Some(_),
                ..
            },
            weekday: None,
        }
    );
    // The head is in construct with the name, so without the article (not
    // سقطت المدينة ليلة 29 أيار 1453), and the name opens the mention.
    let head_in_construct = mention.first > 0
        && proclitic_splits(scan.folded(mention.first - 1))
            .any(|split| !split.article && PLACE_HEADS.contains(&split.stem));
    let opens_with_day = scan.integer(mention.first, 2).is_some()
        || crate::figures::read_rank(scan.tokens, mention.first).is_some();
    if !dated_day || !head_in_construct || !opens_with_day {
        return None;
    }
    (mention.first + 2..mention.end).find(|&j| {
        matches!(scan.folded(j), "عام" | "سنه" | "العام")
            || scan.integer(j, 4).is_some_and(|n| n > 31)
    })
}

/// Heads of places that may be named after a day (مدينة 6 أكتوبر).
const PLACE_HEADS: &[&str] = &[
    "مدينه",
    "جسر",
    "كوبري",
    "شارع",
    "ميدان",
    "جامعه",
    "حي",
    "محور",
    "نفق",
    "مدرسه",
    "مستشفي",
    "قريه",
    "ضاحيه",
    "مطار",
    "استاد",
];

/// Whether token `i` follows the head of a place that is named after a
/// day, with any proclitics.
fn after_a_place_head(scan: &Scan, i: usize) -> bool {
    i > 0 && proclitic_splits(scan.folded(i - 1)).any(|split| PLACE_HEADS.contains(&split.stem))
}

/// Reads `[يوم] الثلاثاء[،] [الموافق|المصادف|في]` before a date: the
/// weekday and the next token. The Levant and Iraq join the two with
/// `المصادف`. When no date follows, the caller reads the weekday alone.
pub(super) fn weekday_before(scan: &Scan, i: usize) -> (Option<u8>, usize) {
    let j = if is_day_noun(scan, i) { i + 1 } else { i };
    match scan.lexeme(j) {
        Some(l) if l.article && l.preposition.is_none() && l.entry.weekday.is_some() => {
            let mut after = j + 1;
            if scan.is_punct(after, '،') || scan.is_punct(after, ',') {
                after += 1;
            }
            if matches!(
                scan.folded(after),
                "الموافق" | "الموافقه" | "المصادف" | "المصادفه" | "في"
            ) {
                after += 1;
            }
            (l.entry.weekday, after)
        }
        _ => (None, i),
    }
}

/// `يوم` without article, as in `يوم الجمعة`.
pub fn is_day_noun(scan: &Scan, i: usize) -> bool {
    scan.lexeme(i)
        .is_some_and(|l| l.entry.unit == Some(Unit::Day) && !l.article && l.preposition.is_none())
}

/// Reads a date around a month name at token `i`, from its day if it has
/// one. `introduced` says a weekday came before, which makes even a
/// doubtful month name a month.
pub fn read_date(scan: &Scan, i: usize, introduced: bool) -> Option<(Spec, usize)> {
    let (day, form, mut j) = match day(scan, i) {
        Some((day, next, form)) if scan.is(next, "من") => (Some(day), Some(form), next + 1),
        Some((day, next, form)) => (Some(day), Some(form), next),
        None => (None, None, i),
    };
    if let Some(end) = day
        .filter(|_| form == Some(DayForm::Digits) && j > i && !scan.is(j - 1, "من"))
        .and_then(|_| current_month_after(scan, i, j, introduced))
    {
        return Some((
            Spec::Shift {
                unit: Unit::Month,
                by: 0,
                anchor: Anchor::Reference,
                day,
            },
            end,
        ));
    }
    if let (Some(day), true) = (day, j > i && scan.is(j - 1, "من")) {
        // 19 من الشهر الماضي
        if let Some((Unit::Month, by, anchor, end)) = shifted_unit(scan, j) {
            return Some((
                Spec::Shift {
                    unit: Unit::Month,
                    by,
                    anchor,
                    day: Some(day),
                },
                end,
            ));
        }
    }
    // شهر مارس, and the dual شهري مارس وأبريل, which names its first.
    let named = (scan
        .lexeme(j)
        .is_some_and(|l| l.entry.unit == Some(Unit::Month) && !l.article)
        || scan.is(j, "شهري"))
        && months::read(scan, j + 1).is_some();
    if named {
        j += 1;
    }
    let month = match months::read(scan, j) {
        Some(month) => month,
        // 27-29 من الشهر الثامن، الشهر التاسع سنة 2014: a month by its
        // rank only after a day of it or before its year.
        None => months::by_rank(scan, j).filter(|month| {
            day.is_some() && scan.is(j - 1, "من")
                || matches!(
                    year_after(scan, month.end, Calendar::Gregorian).0,
                    Year::Given(_)
                )
        })?,
    };
    let (year, end) = match month.calendar {
        Calendar::Gregorian => year_after(scan, month.end, Calendar::Gregorian),
        Calendar::Hijri => hijri_year_after(scan, month.end, month.month),
    };
    // Not over a temporal ب glued to the month, which no في precedes: `في
    // باب عشاقها` is in the door of.
    let cued = j > 0
        && scan.entry(j - 1).is_some_and(|e| e.year_cue)
        && !scan.lexeme(j).is_some_and(|l| l.preposition.is_some());
    let evidence = day.is_some()
        || year != Year::Unknown
        || named
        || introduced
        || match month.strength {
            Strength::Strong => true,
            Strength::Weak => cued,
            Strength::Rare => false,
        };
    // A cardinal in words before a doubtful month is more often a count
    // (خمسة مارس) than a day.
    let doubtful_day = form == Some(DayForm::Cardinal)
        && month.strength != Strength::Strong
        && year == Year::Unknown;
    if !evidence
        || doubtful_day
        || day.is_some_and(|d| !day_fits(d, month.month, year, month.calendar))
    {
        return None;
    }
    // منذ مارس: since a March that has come, not the nearest one.
    let year = if year == Year::Unknown && i > 0 && scan.is(i - 1, "منذ") {
        Year::Since
    } else {
        year
    };
    let spec = match month.calendar {
        Calendar::Gregorian => Spec::Gregorian {
            year,
            month: Some(month.month),
            day,
        },
        Calendar::Hijri => Spec::Hijri {
            year,
            month: Some(month.month),
            day,
        },
    };
    Some((spec, end))
}

/// The words before a day in digits that say it is a date: `في 15 الجاري`,
/// `يوم 15 الشهر الجاري`, `حتى الـ20 الجاري`.
const DAY_CUES: &[&str] = &[
    "في",
    "يوم",
    "حتي",
    "منذ",
    "الموافق",
    "الموافقه",
    "المصادف",
    "المصادفه",
];

/// The token after `الجاري` or `الشهر الجاري` (this month) right after a
/// day in digits at tokens `i..at`, as the Gulf's, the Levant's and
/// Egypt's press name a day of the month under way without من: `في 15
/// الجاري`, `يوم السبت 18 الشهر الجاري`. Only after a word that says the
/// number is a day (`في`, `يوم`, `حتى`, a weekday: `introduced`): `قتل 15
/// الشهر الجاري` counts the dead, and `المشروعات الـ15 الجاري تنفيذها` are
/// projects under way.
fn current_month_after(scan: &Scan, i: usize, at: usize, introduced: bool) -> Option<usize> {
    let cued = introduced
        || i.checked_sub(1).is_some_and(|k| {
            let word = scan.folded(k);
            DAY_CUES.contains(&word.strip_prefix('و').unwrap_or(word))
        });
    if !cued {
        return None;
    }
    if scan.is(at, "الجاري") {
        return Some(at + 1);
    }
    match shifted_unit(scan, at) {
        Some((Unit::Month, 0, Anchor::Reference, end)) => Some(end),
        _ => None,
    }
}

/// How a day of the month is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DayForm {
    /// `19`, `الـ19`.
    Digits,
    /// `الخامس`, `الحادي والعشرين`: the masculine ordinal with its article.
    Ordinal,
    /// `خمسة`, `ثلاثين` (Egyptian news: `ثورة ثلاثين يونيو`).
    Cardinal,
}

/// Reads a day of the month at token `i`: digits, with the article the
/// press glues to them (`الـ19`), or words read by the shared number and
/// ordinal readers. Returns the day, the token after it and its form.
fn day(scan: &Scan, i: usize) -> Option<(u8, usize, DayForm)> {
    let tokens = scan.tokens;
    let at = after_glued_article(scan, i);
    let in_range = |value: f64| (1.0..=31.0).contains(&value) && value.fract() == 0.0;
    if let Some(day) = scan.integer(at, 2) {
        return in_range(f64::from(day)).then_some((day as u8, at + 1, DayForm::Digits));
    }
    // Words are read only before a month: most tokens here are not days.
    if tokens.kind(i) != Some(TokenKind::Word) || !scan.month_ahead(i) {
        return None;
    }
    // The Maghreb's first of the month: الفاتح من جانفي، الفاتح نوفمبر,
    // and without the article before the month (فاتح يوليوز), where
    // anything else would be the name (صواريخ فاتح-110); and the Gulf's
    // غرة, the first of a Hijri month most often (غرة شوال، غرة شهر
    // رمضان), and the read month must follow it, or شهر and the month
    // (فاتح شهر ذي الحجة, as Morocco's ministry announces it).
    let first_of = matches!(scan.folded(i), "فاتح" | "غره");
    if scan.is(i, "الفاتح")
        || first_of && months::read(scan, i + 1).is_some()
        || first_of && scan.is(i + 1, "شهر") && months::read(scan, i + 2).is_some()
    {
        return Some((1, i + 1, DayForm::Ordinal));
    }
    // Of the bare ordinals only أول names a day: أول فبراير.
    let names_a_day = |rank: &Rank| rank.definite || rank.value == 1.0 && rank.end == i + 1;
    let (day, end, form) = match read_rank(tokens, i).filter(names_a_day) {
        // The days are masculine (اليوم الخامس); after a part of a month
        // the ordinal ranks the part: الأسبوع الأول من يونيو.
        Some(rank) if rank.feminine || ranks_a_part(scan, i) => return None,
        Some(rank) => (rank.value, rank.end, DayForm::Ordinal),
        None => {
            let numeral = read_numeral(tokens, i).filter(|n| !n.digits && n.scale == 1.0)?;
            (numeral.value, numeral.end, DayForm::Cardinal)
        }
    };
    // The end of a longer number is no day: والثلاثين in الثالث والثلاثين.
    let inside_a_number = i > 0
        && (read_rank(tokens, i - 1).is_some_and(|r| r.end > i)
            || read_numeral(tokens, i - 1).is_some_and(|n| n.end > i));
    (in_range(day) && !inside_a_number).then_some((day as u8, end, form))
}

/// The token after the article the press writes before digits, glued
/// (`الـ19`) or not (`الـ 19`), or `i` when there is none.
pub(super) fn after_glued_article(scan: &Scan, i: usize) -> usize {
    if scan.is(i, "ال") && scan.tokens.same_line_as_previous(i + 1) {
        i + 1
    } else {
        i
    }
}

/// Whether the word before token `i` is a part of a month that an
/// ordinal at `i` ranks: الأسبوع الأول من يونيو، النصف الثاني من مارس.
fn ranks_a_part(scan: &Scan, i: usize) -> bool {
    const PARTS: &[&str] = &["اسبوع", "نصف", "ربع", "ثلث", "شطر"];
    i > 0
        && proclitic_splits(scan.folded(i - 1))
            .any(|split| split.article && PARTS.contains(&split.stem))
}

/// Whether `day` is a day of `month` in `year`, or in some year when the
/// text gives none.
pub(super) fn day_fits(day: u8, month: u8, year: Year, calendar: Calendar) -> bool {
    match (calendar, year) {
        (Calendar::Gregorian, Year::Given(year)) => calendar::is_valid(year, month, day),
        // Without a year, February may have its 29th.
        (Calendar::Gregorian, _) => calendar::is_valid(2000, month, day),
        (Calendar::Hijri, Year::Given(year)) => {
            hijri::is_valid(hijri::HijriDate { year, month, day })
        }
        (Calendar::Hijri, _) => day <= 30,
    }
}

/// Reads what gives a month its year, at token `i`: digits (`2022`,
/// `2022م`, `1445هـ`), `عام 1967`, `من عام 2022`, `من العام الماضي`, or a relative
/// word (`الماضي`, `المقبل`).
pub(super) fn year_after(scan: &Scan, i: usize, calendar: Calendar) -> (Year, usize) {
    let range = match calendar {
        Calendar::Gregorian => 1000..=2200,
        Calendar::Hijri => 1..=1600,
    };
    if let Some((year, end)) = year_number(scan, i, range.clone(), calendar) {
        return (Year::Given(year), end);
    }
    // حزيران عام 1967
    if is_year_noun(scan, i) {
        if let Some((year, end)) = year_number(scan, i + 1, range.clone(), calendar) {
            return (Year::Given(year), end);
        }
    }
    if scan.is(i, "من") {
        if is_year_noun(scan, i + 1) {
            if let Some((year, end)) = year_number(scan, i + 2, range, calendar) {
                return (Year::Given(year), end);
            }
        }
        if let Some((Unit::Year, by, anchor, end)) = shifted_unit(scan, i + 1) {
            return (Year::Shift { by, anchor }, end);
        }
        // 23 سبتمبر من كل عام: the day of every year, in none.
        if scan.is(i + 1, "كل") && is_year_noun(scan, i + 2) {
            return (Year::Every, i + 3);
        }
    }
    match scan
        .lexeme(i)
        .filter(|l| l.article && !l.conjunction && l.preposition.is_none())
        .and_then(|l| l.entry.direction)
    {
        Some(Direction::Last) => (Year::Before, i + 1),
        Some(Direction::Next) => (Year::After, i + 1),
        Some(Direction::This) => (
            Year::Shift {
                by: 0,
                anchor: Anchor::Reference,
            },
            i + 1,
        ),
        _ => (Year::Unknown, i),
    }
}

/// Epithets of Hijri months, folded.
const HIJRI_MONTH_EPITHETS: [&str; 6] = ["المبارك", "الكريم", "المعظم", "الفضيل", "الحرام", "الاغر"];

/// Reads the year of Hijri `month` at token `i`: a Hijri year (`رمضان
/// 1440`), or a Gregorian one from 1900, which news gives a Hijri month as
/// often (`رمضان 2019`, `في رمضان عام 2019`): then the Hijri year whose
/// month falls mostly in it, its middle day, the 15th, in that year
/// (Ramadan 2019 is Ramadan 1440, 6 May to 3 June 2019). Hijri years of
/// modern news are near 1400, so the two never meet.
fn hijri_year_after(scan: &Scan, i: usize, month: u8) -> (Year, usize) {
    // The epithet a holy month takes stands before its year (رمضان المبارك
    // لعام 1445هـ، محرم الحرام 1446).
    if HIJRI_MONTH_EPITHETS
        .iter()
        .any(|epithet| scan.is(i, epithet))
    {
        if let found @ (Year::Given(_), _) = hijri_year_after(scan, i + 1, month) {
            return found;
        }
    }
    match year_after(scan, i, Calendar::Hijri) {
        (Year::Unknown, _) => match year_after(scan, i, Calendar::Gregorian) {
            (Year::Given(year), end) if year >= 1900 => {
                (Year::Given(hijri::year_in(year, month, 15)), end)
            }
            _ => (Year::Unknown, i),
        },
        found => found,
    }
}

/// Reads a year in digits at token `i` within `range`, with the era mark
/// after it when it agrees with `calendar`.
pub(super) fn year_number(
    scan: &Scan,
    i: usize,
    range: std::ops::RangeInclusive<u32>,
    calendar: Calendar,
) -> Option<(i32, usize)> {
    let year = scan.integer(i, 4).filter(|y| range.contains(y))?;
    let end = match era(scan, i + 1) {
        Some(mark) if mark == calendar => i + 2,
        Some(_) => return None,
        None if before_christ(scan, i + 1) => return None,
        // Unmarked, a number after a Hijri month is a year only if it
        // looks like one in these times (رمضان 1445, not رمضان 15 شخصا).
        None if calendar == Calendar::Hijri && year < 1300 => return None,
        None => i + 1,
    };
    Some((year as i32, end))
}

/// The era mark at token `i`: م، ميلادي، للميلاد or هـ، هجري، للهجرة.
pub(super) fn era(scan: &Scan, i: usize) -> Option<Calendar> {
    scan.lexeme(i)
        .filter(|l| !l.conjunction)
        .and_then(|l| l.entry.era)
}

/// `عام`، `العام`، `سنة`، `لعام` before a year (not the dual `عامي`).
pub(super) fn is_year_noun(scan: &Scan, i: usize) -> bool {
    scan.entry(i)
        .is_some_and(|e| e.unit == Some(Unit::Year) && !e.dual_year_noun)
}

/// Reads a date all in digits: `19/7/2022`, `19-7-2022`, `19.7.2022`,
/// `2022-07-19`, `1445/9/1هـ`.
pub fn numeric(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let tokens = scan.tokens;
    let separator = scan.folded(i + 1);
    let parts_glued = (i + 1..=i + 4).all(|k| tokens.glued_to_previous(k));
    if !parts_glued || !["/", "-", "."].contains(&separator) || scan.folded(i + 3) != separator {
        return None;
    }
    let is_digits = |k: usize| tokens.kind(k) == Some(TokenKind::Number);
    if !(is_digits(i) && is_digits(i + 2) && is_digits(i + 4)) {
        return None;
    }
    // Part of something longer (a phone number, 1/2/3/4): no date.
    let glued_before = tokens.glued_to_previous(i)
        && matches!(
            tokens.kind(i - 1),
            Some(TokenKind::Number | TokenKind::Punct)
        );
    let glued_after = tokens.glued_to_previous(i + 5) && scan.folded(i + 5) == separator;
    if glued_before || glued_after {
        return None;
    }
    let (a, b, c) = (scan.folded(i), scan.folded(i + 2), scan.folded(i + 4));
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) if b.len() <= 2 => (a, b, c),
        (1..=2, 4) if b.len() <= 2 => (c, b, a),
        _ => return None,
    };
    let (year, month, day): (i32, u8, u8) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    // Hijri when marked, or when the year can only be Hijri.
    let marked = era(scan, i + 5);
    let is_hijri =
        marked == Some(Calendar::Hijri) || (marked.is_none() && (1300..=1600).contains(&year));
    let end = if marked.is_some() { i + 6 } else { i + 5 };
    if is_hijri {
        hijri::is_valid(hijri::HijriDate { year, month, day }).then_some((
            Spec::Hijri {
                year: Year::Given(year),
                month: Some(month),
                day: Some(day),
            },
            end,
        ))
    } else {
        ((1000..=2200).contains(&year) && calendar::is_valid(year, month, day)).then_some((
            Spec::Gregorian {
                year: Year::Given(year),
                month: Some(month),
                day: Some(day),
            },
            end,
        ))
    }
}

/// Reads a day and month in digits, `21/09`, after a weekday (`يوم السبت
/// 21/09`): alone, two numbers with a slash are a fraction, a score or a
/// ratio as often as a date, but a weekday says which. The year is the
/// one the weekday falls in (see `resolve`).
fn day_and_month(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let tokens = scan.tokens;
    let glued = tokens.glued_to_previous(i + 1) && tokens.glued_to_previous(i + 2);
    if !glued || scan.folded(i + 1) != "/" {
        return None;
    }
    // 21/09/2024 is `numeric`'s, 21/09/ or 21/09/5 no date.
    if tokens.glued_to_previous(i + 3)
        && matches!(
            tokens.kind(i + 3),
            Some(TokenKind::Number | TokenKind::Punct)
        )
    {
        return None;
    }
    let day = u8::try_from(scan.integer(i, 2)?).ok()?;
    let month = u8::try_from(scan.integer(i + 2, 2)?).ok()?;
    // February 29th is a day of some year.
    calendar::is_valid(2000, month, day).then_some((
        Spec::Gregorian {
            year: Year::Unknown,
            month: Some(month),
            day: Some(day),
        },
        i + 3,
    ))
}

/// Reads a year on its own: after a year noun (`عام 2001`), marked with
/// its era (`2020م`, `1445هـ`), or in 1900–2100 after a preposition that
/// introduces years (`في 2013`, `منذ 2011`) and not counting something
/// (`في 2013 طنا`).
pub(super) fn year(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    if is_year_noun(scan, i) {
        // Years before 1000 only with their era: عام 622 ميلادية.
        let early = |&(year, end): &(i32, usize)| year >= 1000 || end == i + 3;
        return year_number(scan, i + 1, 1..=2200, Calendar::Gregorian)
            .filter(early)
            .map(|(year, end)| {
                (
                    Spec::Gregorian {
                        year: Year::Given(year),
                        month: None,
                        day: None,
                    },
                    end,
                )
            })
            .or_else(|| {
                year_number(scan, i + 1, 1..=1600, Calendar::Hijri)
                    .filter(|_| era(scan, i + 2).is_some())
                    .map(|(year, end)| (hijri_year(year), end))
            });
    }
    let value = scan.integer(i, 4)?;
    let cued = year_cued(scan, i);
    let four_digits = scan.folded(i).len() == 4;
    match era(scan, i + 1) {
        Some(Calendar::Hijri) if (1300..=1600).contains(&value) => {
            Some((hijri_year(value as i32), i + 2))
        }
        // م alone also abbreviates metres (على عمق 2000 م): it marks a
        // year only after a word that introduces years.
        Some(Calendar::Gregorian)
            if (1000..=2200).contains(&value) && four_digits && (cued || !scan.is(i + 1, "م")) =>
        {
            Some((gregorian_year(value as i32), i + 2))
        }
        Some(_) => None,
        None => (cued
            && four_digits
            && (1900..=2100).contains(&value)
            && !counts_something(scan, i + 1)
            && !before_christ(scan, i + 1))
        .then(|| (gregorian_year(value as i32), i + 1)),
    }
}

/// Whether the number at token `i` is introduced as a year: after a word
/// that introduces years (`في 2013`, the dual `عامي 2022`), after من that
/// follows a ranked part (`الأسبوع الأول من 2024`), beside a Hijri year
/// (`1445هـ / 2024م`, where م is no metre), or listed with و after such a
/// year or one after its noun (`في 2022 و2023`, `عام 2022 و2023`).
fn year_cued(scan: &Scan, i: usize) -> bool {
    let beside_hijri = i > 0
        && (era(scan, i - 1) == Some(Calendar::Hijri)
            || i > 1
                && scan.tokens.kind(i - 1) == Some(TokenKind::Punct)
                && era(scan, i - 2) == Some(Calendar::Hijri));
    let listed = i > 1
        && scan.is(i - 1, "و")
        && scan.folded(i - 2).len() == 4
        && scan
            .integer(i - 2, 4)
            .is_some_and(|year| (1900..=2100).contains(&year))
        && (year_cued(scan, i - 2) || i > 2 && is_year_noun(scan, i - 3));
    i > 0
        && scan
            .entry(i - 1)
            .is_some_and(|e| e.year_cue || e.dual_year_noun)
        || i > 2 && scan.is(i - 1, "من") && ranks_a_part(scan, i - 2)
        || beside_hijri
        || listed
}

/// `ق.م`، `ق م` or `قبل الميلاد` at token `i`: the year before is BC,
/// which these values cannot write, so it is no year at all rather than
/// the wrong one.
fn before_christ(scan: &Scan, i: usize) -> bool {
    match scan.folded(i) {
        "ق" => scan.is(i + 1, "م") || (scan.is_punct(i + 1, '.') && scan.is(i + 2, "م")),
        "قبل" => scan.is(i + 1, "الميلاد"),
        _ => false,
    }
}

fn gregorian_year(year: i32) -> Spec {
    Spec::Gregorian {
        year: Year::Given(year),
        month: None,
        day: None,
    }
}

fn hijri_year(year: i32) -> Spec {
    Spec::Hijri {
        year: Year::Given(year),
        month: None,
        day: None,
    }
}

/// Nouns that a number counts or measures: after one, `2013` is a
/// quantity, not a year.
const COUNTED: &[&str] = &[
    "طن",
    "طنا",
    "اطنان",
    "برميل",
    "برميلا",
    "متر",
    "مترا",
    "كيلومتر",
    "كيلومترا",
    "كلم",
    "كم",
    "ميل",
    "ميلا",
    "هكتار",
    "هكتارا",
    "ميغاواط",
    "دولار",
    "دولارا",
    "يورو",
    "جنيه",
    "جنيها",
    "ريال",
    "ريالا",
    "درهم",
    "درهما",
    "دينار",
    "دينارا",
    "ليره",
    "شيكل",
    "روبل",
    "شخص",
    "شخصا",
    "اشخاص",
    "قتيل",
    "قتيلا",
    "جريح",
    "جريحا",
    "حاله",
    "مره",
    "طفل",
    "طفلا",
    "جندي",
    "جنديا",
    "عنصر",
    "عنصرا",
    "مقاتل",
    "مقاتلا",
    "صاروخ",
    "صاروخا",
    "طائره",
    "منزل",
    "منزلا",
    "وحده",
    "عائله",
    "اسره",
    "مليون",
    "مليار",
    "الف",
    "نسمه",
    "موظف",
    "موظفا",
    "سجين",
    "سجينا",
    "معتقل",
    "معتقلا",
    "لاجئ",
    "لاجئا",
    "متسابق",
    "مشارك",
    "طالب",
    "عامل",
    "مريض",
    "مصاب",
    "اصابه",
    "وفاه",
    "مواطن",
    "ضحيه",
    "شركه",
    "مشروع",
    "قريه",
    "مدرسه",
    "سرير",
    "سياره",
    "شاحنه",
    "سفينه",
    "دبابه",
    "مسلح",
    "جنود",
    "زائر",
    "سائح",
    "صوت",
    "ناخب",
    "عضو",
    "نائب",
    "صفحه",
    "كتاب",
    "رساله",
    "طلب",
    "مقعد",
    "فرصه",
    "عام",
    "عاما",
    "سنه",
    "سنوات",
    "شهر",
    "شهرا",
    "يوم",
    "يوما",
    "ايام",
    "ساعه",
    "ساعات",
    "دقيقه",
    "كيلوغرام",
    "كغ",
    "لتر",
];

pub fn counts_something(scan: &Scan, i: usize) -> bool {
    scan.is_punct(i, '%') || COUNTED.contains(&scan.folded(i))
}

/// Reads a decade: `التسعينيات`, `ثمانينيات القرن الماضي`, `السبعينيات من
/// القرن العشرين`. Without a century, the 20th is meant.
fn decade(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let tens = scan.entry(i)?.decade?;
    let after = if scan.is(i + 1, "من") { i + 2 } else { i + 1 };
    let (century, end) = century_at(scan, after).unwrap_or((1900, i + 1));
    Some((
        Spec::Decade {
            year: century + 10 * i32::from(tens),
        },
        end,
    ))
}

/// Reads a century on its own: `القرن العشرين`, `في القرن الماضي`,
/// `بالقرن الـ19`. `قرن` without its article is a length (`ربع قرن`), and
/// `القرن` with no rank after it something else (`صفقة القرن`, `القرن
/// الأفريقي`).
fn century(scan: &Scan, i: usize) -> Option<(Spec, usize)> {
    let (year, end) = century_at(scan, i)?;
    Some((Spec::Century { year }, end))
}

/// Reads `القرن` and what places it at token `i`: a rank in words or
/// digits (`العشرين`, `الحادي والعشرين`, `19`, `الـ20`), with its era
/// when written (`الميلادي`), or a relative word, which counts from this
/// century as the decades do (`الماضي` is the twentieth). Returns the
/// first year of the century and the token after. A Hijri century (`القرن
/// الرابع عشر الهجري`) and one before Christ are none: these values write
/// neither.
fn century_at(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    if !scan.lexeme(i).is_some_and(|l| l.article && l.entry.century) {
        return None;
    }
    let relative = match scan
        .lexeme(i + 1)
        .filter(|l| l.article && !l.conjunction && l.preposition.is_none())
        .and_then(|l| l.entry.direction)
    {
        Some(Direction::Last) => Some(1900),
        Some(Direction::This) => Some(2000),
        Some(Direction::Next) => Some(2100),
        _ => None,
    };
    if let Some(year) = relative {
        return Some((year, i + 2));
    }
    let (rank, end) = century_rank(scan, i + 1)?;
    let year = 100 * (rank - 1);
    match era(scan, end) {
        Some(Calendar::Gregorian) => Some((year, end + 1)),
        Some(Calendar::Hijri) => None,
        None if before_christ(scan, end) => None,
        None => Some((year, end)),
    }
}

/// The rank of a century at token `i`: the masculine ordinal with its
/// article (`العشرين`, `التاسع عشر`), or digits (`19`, `الـ20`). Returns
/// it with the token after.
fn century_rank(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    let ranks = 1..=30;
    let at = after_glued_article(scan, i);
    if let Some(rank) = scan.integer(at, 2) {
        return ranks.contains(&rank).then_some((rank as i32, at + 1));
    }
    let rank = read_rank(scan.tokens, i).filter(|r| r.definite && !r.feminine)?;
    let whole = rank.value.fract() == 0.0 && ranks.contains(&(rank.value as u32));
    whole.then_some((rank.value as i32, rank.end))
}
