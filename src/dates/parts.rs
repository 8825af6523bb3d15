//! Parts of a year and of a month. Quarters and halves of a year, as
//! business news writes them: `الربع الثاني من 2024`, `الربع الأخير من
//! العام الماضي`, `النصف الأول من العام المقبل`, whose values are
//! `2024-Q2` and `2025-H1`. And the rough thirds of a month the press
//! names: `أوائل مارس` and `مطلع مارس` are its first ten days, `أواسط
//! مارس` and `منتصف مارس` the next ten, `أواخر مارس` and `نهاية مارس` the
//! rest, as Duckling reads early and late March; the value is the
//! interval of those days, `2013-03-21/2013-03-31`, the month placed as
//! it is without them.
//!
//! A month counted from the reference or the date last mentioned has its
//! thirds too, by the same rule: `أواخر الشهر الماضي`, `منتصف الشهر
//! الجاري`, `نهاية الشهر` (the reference's month), `مطلع الشهر المقبل`.
//!
//! The press names the thirds of Hijri months too (`أواخر رمضان`), and
//! the ten days of one by their third: `العشر الأواخر من رمضان` is the
//! same days (see [`read_ten_days`]).
//!
//! The weeks of a month are its days seven by seven from the first:
//! `الأسبوع الأول من مارس` is `XXXX-03-01/XXXX-03-07`, `الأسبوع الأخير
//! من الشهر الجاري` its last seven days (see [`read_week`]).
//!
//! A day is also named by its place in a month: `أول ثلاثاء من نوفمبر`,
//! `الخميس الأخير من مارس 2025`, `اليوم الأخير من شهر أكتوبر`, one day
//! each, as elections, meetings and deadlines are set (see
//! [`read_day_of_month`]).
//!
//! Duckling reads `منتصف اذار` as the day 15 March. It is read here as
//! the middle days, like `أواسط`: the press writes it of events it does
//! not date to the day (a visit `منتصف الشهر المقبل`, a deadline `بحلول
//! منتصف مارس`), and a day would claim what the text does not say.
//!
//! The same words before a week name its thirds, in days, whatever day
//! the week starts on: the Arab press writes for weeks that start on
//! Sunday (the Gulf, Egypt) and on Monday (the Maghreb, Lebanon), so a
//! part is every day it may be in either. `مطلع الأسبوع المقبل` is Sunday
//! to Tuesday of that week (the Sunday before its ISO Monday), `منتصف`
//! Tuesday to Thursday, `نهاية` Thursday to Sunday (the last working day
//! and the weekend of both, Friday and Saturday or Saturday and Sunday),
//! and `عطلة نهاية الأسبوع` the weekend, Friday to Sunday. Without a word
//! that places the week (`نهاية الأسبوع` alone) it is the last such part
//! begun by the reference, as a bare weekday is the last such day, or the
//! next one not over when the clause speaks of the future (`ستنخفض بحلول
//! نهاية الأسبوع`). See [`WeekDays`].
//!
//! The same words before a year name its thirds, by the same rule: `مطلع
//! 2025` and `أوائل العام المقبل` are its first four months, `منتصف 2024`
//! the next four, `نهاية العام الجاري` and `أواخر 2023` the last four,
//! as month intervals: `2025-01/2025-04`, `2024-05/2024-08`,
//! `2023-09/2023-12`, grain month. Not quarters or halves: the text says
//! no quarter, `منتصف` falls across the halves and between the second and
//! third quarters, and `بحلول نهاية العام` promises a late month, not the
//! last quarter to the day; a third of the year, in months, says as much
//! as the words do, as a third of a month does in days. `العام` alone
//! after such a word is the reference's year, as in `الربع الثاني من
//! العام`; `العام الدراسي` and `العام المالي` are no calendar year, and
//! are no date.

use super::absolute::{is_year_noun, read_date, year, year_number};
use super::lexicon::{Calendar, Tail, Unit};
use super::relative::{shifted_unit, speaks_of_the_future, unit_from_anchor, without_conjunction};
use super::{Anchor, Mention, MonthRef, Occurrence, Said, Scan, Spec, Year};
use crate::figures::read_rank;
use crate::text::proclitic_splits;

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// 1 to 4.
    Quarter(u8),
    /// 1 or 2.
    Half(u8),
}

/// A third of a month, as the press names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Third {
    /// Days 1 to 10: أوائل، مطلع، بداية.
    Early,
    /// Days 11 to 20: أواسط، منتصف.
    Middle,
    /// Day 21 to the last: أواخر، نهاية.
    Late,
}

impl Third {
    /// The first and last day of the third in a month of `days` days.
    pub fn days(self, days: u8) -> (u8, u8) {
        match self {
            Third::Early => (1, 10),
            Third::Middle => (11, 20),
            Third::Late => (21, days),
        }
    }

    /// The first and last month of the third of a year.
    pub fn months(self) -> (u8, u8) {
        match self {
            Third::Early => (1, 4),
            Third::Middle => (5, 8),
            Third::Late => (9, 12),
        }
    }
}

/// Some days of a month the press names: a third of it, or one of its
/// weeks counted from its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Days {
    Third(Third),
    /// The `n`th seven days, 1 to 4: الأسبوع الثاني is days 8 to 14.
    Week(u8),
    /// The last seven days: الأسبوع الأخير.
    LastWeek,
    /// One day, counted from either end of the month, or of its days that
    /// fall on `weekday` (ISO, 1 for Monday): `اليوم الأخير من أكتوبر`,
    /// `أول ثلاثاء من نوفمبر`.
    Day {
        weekday: Option<u8>,
        place: Place,
    },
}

/// Where a day is counted in its month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The `n`th from the start, from 1.
    Nth(u8),
    Last,
}

impl Days {
    /// The first and last day in a month of `length` days whose days fall
    /// on the ISO weekdays `weekday_of` gives (none while its year is
    /// unknown), or none when they cannot be told: a weekday falls on days
    /// that change from year to year, and there is no fifth Monday in most
    /// months.
    pub fn span(self, length: u8, weekday_of: impl Fn(u8) -> Option<u8>) -> Option<(u8, u8)> {
        Some(match self {
            Days::Third(third) => third.days(length),
            Days::Week(n) => (7 * n - 6, 7 * n),
            Days::LastWeek => (length - 6, length),
            Days::Day {
                weekday: None,
                place: Place::Nth(n),
            } => (n, n),
            Days::Day {
                weekday: None,
                place: Place::Last,
            } => (length, length),
            Days::Day {
                weekday: Some(wanted),
                place,
            } => {
                let weekday_of = |day| weekday_of(day).map(i16::from);
                let wanted = i16::from(wanted);
                let day = match place {
                    Place::Nth(n) => {
                        let first = 1 + (wanted - weekday_of(1)?).rem_euclid(7);
                        first + 7 * (i16::from(n) - 1)
                    }
                    Place::Last => i16::from(length) - (weekday_of(length)? - wanted).rem_euclid(7),
                };
                let day = u8::try_from(day).ok()?;
                (day, day)
            }
        })
        .filter(|&(first, _)| first <= length)
    }
}

/// Some days of a week the press names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekDays {
    Third(Third),
    /// Friday to Sunday: عطلة نهاية الأسبوع.
    Weekend,
}

impl WeekDays {
    /// The first and last day, in days from the week's ISO Monday.
    pub fn days_from_monday(self) -> (i64, i64) {
        match self {
            WeekDays::Third(Third::Early) => (-1, 1),
            WeekDays::Third(Third::Middle) => (1, 3),
            WeekDays::Third(Third::Late) => (3, 6),
            WeekDays::Weekend => (4, 6),
        }
    }
}

/// Reads a third of a Gregorian month or year at token `i`: `أوائل
/// مارس`, `في أواخر شهر مارس`, `بنهاية مارس 2024`, `منتصف يوليو
/// المقبل`, `مطلع العام الجاري`, `في نهاية عام 2030`, `أواسط 2024`,
/// `أواخر الشهر الماضي`.
/// And of a week: `مطلع الأسبوع المقبل`, `منتصف هذا الأسبوع`, `نهاية
/// الأسبوع` (see [`week_of`]).
/// Without a month, year or week after it (`نهاية المطاف`, a bare
/// `أواخر`) it is none.
pub fn read_third(scan: &Scan, i: usize) -> Option<Mention> {
    let lexeme = scan.lexeme(i).filter(|l| !l.article)?;
    let (third, counted_only) = match lexeme.entry.third {
        Some(third) => (third, false),
        None => (first_or_last(scan, i, lexeme.entry.tail?)?, true),
    };
    if let Some((month, end)) = month_of(scan, i, i + 1)
        .filter(|(month, _)| !counted_only || matches!(month, MonthRef::Shifted { .. }))
    {
        let days = Days::Third(third);
        return Some(date(i, (Spec::MonthDays { month, days }, end)));
    }
    if let Some((year, end)) =
        year_at(scan, i + 1).filter(|(year, _)| !counted_only || matches!(year, Year::Shift { .. }))
    {
        return Some(date(i, (Spec::YearThird { year, third }, end)));
    }
    let (occurrence, end) = week_of(scan, i, i + 1)?;
    let weekend = third == Third::Late
        && i > 0
        && crate::text::proclitic_splits(scan.folded(i - 1))
            .any(|split| matches!(split.stem, "عطله" | "اجازه"));
    let days = if weekend {
        WeekDays::Weekend
    } else {
        WeekDays::Third(third)
    };
    Some(date(i, (Spec::WeekDays { days, occurrence }, end)))
}

/// The third that `أول` or `آخر` at token `i` names before a month, year
/// or week counted from the reference, as Egypt and the Levant say
/// `مطلع` and `نهاية`: `آخر الشهر`, `أول الشهر الجاي`, `لآخر السنة`, `آخر
/// الأسبوع`. Before a month or year named it is none: `أول فبراير` is its
/// first day, `آخر رمضان` its last days or its last day.
fn first_or_last(scan: &Scan, i: usize, tail: Tail) -> Option<Third> {
    let word = scan.folded(i);
    match tail {
        Tail::First if word.ends_with("اول") => Some(Third::Early),
        Tail::Last if word.ends_with("اخر") => Some(Third::Late),
        _ => None,
    }
}

/// Reads the week at token `j` of a part of it that starts at token `i`:
/// counted from the reference (`الأسبوع المقبل`, `هذا الأسبوع`, `الأسبوع
/// الماضي`: that week), or `الأسبوع` alone, with nothing after it that
/// names another (`الأسبوع الأول من مارس`): the last such part begun, or
/// the next one not over when the clause speaks of the future or sets a
/// deadline (`بحلول نهاية الأسبوع`).
fn week_of(scan: &Scan, i: usize, j: usize) -> Option<(Occurrence, usize)> {
    if let Some((unit, by, anchor, end)) = shifted_unit(scan, j) {
        return (unit == Unit::Week && anchor == Anchor::Reference)
            .then_some((Occurrence::InWeek(by), end));
    }
    scan.lexeme(j).filter(|l| {
        l.article && !l.conjunction && l.preposition.is_none() && l.entry.unit == Some(Unit::Week)
    })?;
    // إلى and إلا, folded الي and الا, name no other week.
    let next = scan.folded(j + 1);
    if next.starts_with("ال") && !matches!(next, "الي" | "الا") {
        return None;
    }
    // بحلول نهاية الأسبوع: a deadline, in a part not over.
    let deadline = i > 0 && without_conjunction(scan, i - 1) == "بحلول";
    let occurrence = if deadline || speaks_of_the_future(scan, i) {
        Occurrence::Next
    } else {
        Occurrence::Latest
    };
    Some((occurrence, j + 1))
}

/// Reads a week of a Gregorian month at token `i`: `الأسبوع الأول من
/// مارس`, `الأسبوع الثالث من شهر يونيو المقبل`, `الأسبوع الأخير من
/// الشهر الجاري`: its days counted from the first, seven by seven (days 1
/// to 7, 8 to 14, …; the last is the last seven), as `أوائل مارس` is its
/// first ten. Not a calendar week from Monday or Saturday, which the text
/// does not name: the press writes it of events it does not date to the
/// day. A week of a year (`الأسبوع الأول من 2024`) or of what is no month
/// (`الأسبوع الأول من الحرب`) is none.
pub fn read_week(scan: &Scan, i: usize) -> Option<Mention> {
    scan.lexeme(i)
        .filter(|l| l.article && l.entry.unit == Some(Unit::Week))?;
    let days = if scan.is(i + 1, "الاخير") {
        Days::LastWeek
    } else {
        let rank = read_rank(scan.tokens, i + 1)
            .filter(|r| r.definite && !r.feminine && r.end == i + 2)?;
        Days::Week(whole_rank(rank.value, WEEKS_FROM_THE_FIRST)?)
    };
    let (month, end) = month_of(scan, i, month_start(scan, i + 2)?)?;
    Some(date(i, (Spec::MonthDays { month, days }, end)))
}

/// Where the month of a day or week counted in it starts, after them at
/// token `after`: past `من` or `في` (`أول أسبوع من مارس`, `آخر يوم في
/// ديسمبر`), or at the noun itself where the dialects glue ب to it for
/// من (`اول اسبوع بشهر 3`, `آخر جمعة بالشهر الجاي`).
fn month_start(scan: &Scan, after: usize) -> Option<usize> {
    if scan.is(after, "من") || scan.is(after, "في") {
        return Some(after + 1);
    }
    scan.lexeme(after)
        .is_some_and(|l| {
            l.preposition == Some('ب') && !l.conjunction && l.entry.unit == Some(Unit::Month)
        })
        .then_some(after)
}

/// Reads a day of a Gregorian month named by its place in it, at token
/// `i`: a weekday counted from either end of the month (`أول ثلاثاء من
/// نوفمبر`, `ثالث أحد من شهر سبتمبر`, `آخر جمعة من الشهر الجاري`,
/// `الخميس الأخير من مارس 2025`, `يوم الاثنين الثاني من أكتوبر`), as
/// elections, holidays and meetings are set, or a day so counted (`اليوم
/// الأخير من شهر أكتوبر`, `آخر يوم في ديسمبر`, `اليوم الثالث من
/// أكتوبر`), in a Gregorian or a Hijri month (`الجمعة الأخيرة من رمضان
/// 1445`). A day of what is no month (`اليوم الأول من الحرب`) or of
/// `الشهر` alone is none.
pub fn read_day_of_month(scan: &Scan, i: usize) -> Option<Mention> {
    let (days, after) = place_then_day(scan, i).or_else(|| day_then_place(scan, i))?;
    let month_at = month_start(scan, after)?;
    let (month, end) = month_of(scan, i, month_at)?;
    // الشهر alone is as often a month the story is about, Ramadan's
    // (`الجمعة الأخيرة من الشهر الفضيل`), as the reference's.
    if matches!(month, MonthRef::Shifted { .. }) && end == month_at + 1 {
        return None;
    }
    Some(date(i, (Spec::MonthDays { month, days }, end)))
}

/// The most days of one weekday a month has.
const MOST_WEEKDAYS_IN_A_MONTH: u8 = 5;

/// How many weeks of seven days a month is counted in from its first.
const WEEKS_FROM_THE_FIRST: u8 = 4;

/// `أول ثلاثاء`, `آخر يوم`, `ثالث يوم ثلاثاء`, `أول أسبوع`: a rank without
/// its article, then the day or week, also without it, and the token
/// after them.
fn place_then_day(scan: &Scan, i: usize) -> Option<(Days, usize)> {
    let bare = |j: usize| {
        scan.lexeme(j)
            .filter(|l| !l.article && !l.conjunction && l.preposition.is_none())
            .map(|l| l.entry)
    };
    // The day comes first: a lookup rules out most tokens before the
    // rank, which splits proclitics.
    let entry = bare(i + 1)
        .filter(|e| e.weekday.is_some() || matches!(e.unit, Some(Unit::Day | Unit::Week)))?;
    let place = if proclitic_splits(scan.folded(i)).any(|split| split.stem == "اخر") {
        Place::Last
    } else {
        let rank = read_rank(scan.tokens, i).filter(|r| !r.definite && r.end == i + 1)?;
        Place::Nth(whole_rank(rank.value, MOST_WEEKDAYS_IN_A_MONTH)?)
    };
    // أول أسبوع في أغسطس، آخر أسبوع من الشهر المقبل: its days seven by
    // seven, as الأسبوع الأول من is.
    if entry.unit == Some(Unit::Week) {
        let days = match place {
            Place::Last => Days::LastWeek,
            Place::Nth(n) if n <= WEEKS_FROM_THE_FIRST => Days::Week(n),
            Place::Nth(_) => return None,
        };
        return Some((days, i + 2));
    }
    if let Some(weekday) = entry.weekday {
        return Some((
            Days::Day {
                weekday: Some(weekday),
                place,
            },
            i + 2,
        ));
    }
    match bare(i + 2).and_then(|e| e.weekday) {
        Some(weekday) => Some((
            Days::Day {
                weekday: Some(weekday),
                place,
            },
            i + 3,
        )),
        None => Some((
            Days::Day {
                weekday: None,
                place,
            },
            i + 2,
        )),
    }
}

/// `الخميس الأخير`, `يوم الاثنين الثاني`, `اليوم الثالث`: the day with its
/// article, then its rank, also with it, and the token after them.
fn day_then_place(scan: &Scan, i: usize) -> Option<(Days, usize)> {
    let plain = |j: usize| {
        scan.lexeme(j)
            .filter(|l| !l.conjunction && l.preposition.is_none())
    };
    // يوم الخميس: the weekday after the noun.
    let day_noun = plain(i).is_some_and(|l| !l.article && l.entry.unit == Some(Unit::Day));
    let first = i + usize::from(day_noun);
    let lexeme = scan.lexeme(first).filter(|l| l.article)?;
    if day_noun && (lexeme.conjunction || lexeme.preposition.is_some()) {
        return None;
    }
    let weekday = match lexeme.entry.weekday {
        Some(weekday) => Some(weekday),
        None if !day_noun && lexeme.entry.unit == Some(Unit::Day) => None,
        None => return None,
    };
    let place = if matches!(scan.folded(first + 1), "الاخير" | "الاخيره") {
        Place::Last
    } else {
        let rank =
            read_rank(scan.tokens, first + 1).filter(|r| r.definite && r.end == first + 2)?;
        // Days of a month are ranked up to 31, weekdays up to 5.
        let most = if weekday.is_some() {
            MOST_WEEKDAYS_IN_A_MONTH
        } else {
            31
        };
        Place::Nth(whole_rank(rank.value, most)?)
    };
    Some((Days::Day { weekday, place }, first + 2))
}

/// A rank from 1 to `most`, as a day's place.
fn whole_rank(value: f64, most: u8) -> Option<u8> {
    (value.fract() == 0.0 && (1.0..=f64::from(most)).contains(&value)).then_some(value as u8)
}

/// A date mention from token `first` of the spec read up to its end.
fn date(first: usize, (spec, end): (Spec, usize)) -> Mention {
    Mention {
        first,
        end,
        said: Said::Date {
            spec,
            weekday: None,
        },
    }
}

/// Reads the month at token `j`, in a part of it that starts at token
/// `i`: a month named (`مارس`, `شهر مارس المقبل`, `مارس 2024`, `رمضان`,
/// `شعبان الماضي`, `ذي الحجة 1445`), or
/// counted from an anchor (`الشهر الماضي`, `هذا الشهر`, `الشهر` alone, the
/// reference's).
fn month_of(scan: &Scan, i: usize, j: usize) -> Option<(MonthRef, usize)> {
    match read_date(scan, j, true) {
        Some((spec, end)) => {
            let (calendar, year, Some(month), None) = spec.parts()? else {
                return None;
            };
            // منذ أواخر مارس: since the last such March begun, as منذ مارس.
            let year = match year {
                Year::Unknown if i > 0 && scan.is(i - 1, "منذ") => Year::Since,
                year => year,
            };
            let month = match calendar {
                Calendar::Gregorian => MonthRef::Written { year, month },
                Calendar::Hijri => MonthRef::Hijri { year, month },
            };
            Some((month, end))
        }
        None => unit_from_anchor(scan, j, Unit::Month)
            .map(|(by, anchor, end)| (MonthRef::Shifted { by, anchor }, end)),
    }
}

/// Reads a Gregorian year at token `j`, after a part word or the `من` of
/// a quarter: `2025`, `عام 2030`, `العام الجاري`, `هذا العام`, `العام
/// نفسه`, or `العام` alone (the reference's year).
fn year_at(scan: &Scan, j: usize) -> Option<(Year, usize)> {
    if let Some((
        Spec::Gregorian {
            year, month: None, ..
        },
        end,
    )) = year(scan, j)
    {
        return Some((year, end));
    }
    unit_from_anchor(scan, j, Unit::Year).map(|(by, anchor, end)| (Year::Shift { by, anchor }, end))
}

/// The nouns of the parts of a year, and how many parts each makes.
pub const NOUNS: &[(&str, u8)] = &[("ربع", 4), ("نصف", 2)];

/// The noun of the ten days of a month named by their third: `العشر
/// الأواخر من رمضان`.
pub const TEN_DAYS: &str = "عشر";

/// Whether token `i` is `الربع`, `النصف` or `العشر` with the article, under
/// any other proclitic: where a part of a year or month starts.
pub fn starts(scan: &Scan, i: usize) -> bool {
    clitic_letters(scan, i).is_some()
}

/// The letters of the proclitics before `الربع`, `النصف` or `العشر` at
/// token `i` that stay outside the date (و، ب، في is its own token).
pub fn clitic_letters(scan: &Scan, i: usize) -> Option<usize> {
    noun(scan, i)
        .map(|(_, letters)| letters)
        .or_else(|| ten_days(scan, i))
}

/// The letters of the proclitics but the article before `العشر` at token
/// `i`, if it is that word.
fn ten_days(scan: &Scan, i: usize) -> Option<usize> {
    let word = scan.folded(i);
    if !word.ends_with(TEN_DAYS) {
        return None;
    }
    proclitic_splits(word)
        .find(|split| split.article && split.stem == TEN_DAYS)
        .map(|split| split.letters_before_article())
}

/// Reads the ten days of a month named by their third at token `i`, as
/// the press writes those of Ramadan and Dhu al-Hijja: `العشر الأواخر من
/// رمضان` (from the 21st to its last), `العشر الأوائل من ذي الحجة`,
/// `العشر الأواسط من شعبان`: the same days as `أواخر رمضان`. With no
/// month after it (`العشر الأواخر` alone) it names no date.
pub fn read_ten_days(scan: &Scan, i: usize) -> Option<Mention> {
    ten_days(scan, i)?;
    let third = match scan.folded(i + 1) {
        "الاوائل" => Third::Early,
        "الاواسط" => Third::Middle,
        "الاواخر" => Third::Late,
        _ => return None,
    };
    if !scan.is(i + 2, "من") {
        return None;
    }
    let (month, end) = month_of(scan, i, i + 3)?;
    let days = Days::Third(third);
    Some(date(i, (Spec::MonthDays { month, days }, end)))
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
            Some((parts, split.letters_before_article()))
        })
}

/// Reads a quarter or half of a year at token `i`. Without a year after
/// it (`النصف الأول من المباراة`) it is no date, nor is a part with no
/// year word at all (`تحسنت النتائج في الربع الأول`): a company reports
/// the quarter of its own fiscal year, in May the first quarter of the
/// year but in January the last of the year before, and a match or a
/// term has its halves too; nothing in the words tells which year, so
/// none is claimed. `من العام` alone is the reference's year.
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
        return year_at(scan, j + 1);
    }
    let at = if is_year_noun(scan, j) { j + 1 } else { j };
    year_number(scan, at, years, Calendar::Gregorian).map(|(year, end)| (Year::Given(year), end))
}
