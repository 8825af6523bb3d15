//! Clock times: `14:15`, `الساعة 10`, `الساعة الثالثة عصرا`, `العاشرة
//! والنصف صباحا`, `8:30 مساء`, `منتصف الليل`, the wires' `الساعة 0940` and
//! `30ر8 بتوقيت مكة المكرمة` (see [`wire`]), with the time zone that
//! may follow (`بتوقيت غرينتش`, `بتوقيت مكة المكرمة`, `GMT`).
//!
//! The value is `HH:MM` on the 24-hour clock, with the zone's UTC offset
//! when it has a fixed one (`14:15Z`, `15:00+03:00`). A word hour without
//! a part of the day (`الساعة الثالثة`) keeps its 12-hour reading. Two
//! times after `من` or `بين` are one span, `start/end` (`من السابعة مساء
//! حتى السادسة صباحا` is `19:00/06:00`).

use super::absolute::{after_glued_article, counts_something};
use super::intervals::connector;
use super::lexicon::Period;
use super::{Mention, Said, Scan};
use crate::numbers::read_numeral;

/// A clock time as read, before its zone.
struct Clock {
    /// On the 12- or 24-hour clock, as written.
    hour: u32,
    minute: u32,
    second: Option<u32>,
    /// Minutes added by a fraction (`والنصف`), negative after `إلا`.
    minutes_added: i64,
    period: Option<Period>,
    /// Whether it is surely a time: after `الساعة`, in digits with a
    /// colon, or with its part of the day.
    sure: bool,
    /// The token after it.
    next: usize,
}

impl Clock {
    /// `HH:MM` or `HH:MM:SS` on the 24-hour clock, placed in `period`.
    /// The period places the time said, not the hour before `إلا`: `الثانية
    /// عشرة إلا ربعا قبل الظهر` is 11:45 in the morning, not a quarter to
    /// midnight.
    fn value(&self, period: Option<Period>) -> String {
        let total = i64::from(self.hour * 60 + self.minute) + self.minutes_added;
        let (hour, minute) = (total.div_euclid(60).rem_euclid(24), total.rem_euclid(60));
        let hour = period.map_or(hour as u32, |p| on_the_24_hour_clock(hour as u32, p));
        let seconds = self.second.map(|s| format!(":{s:02}")).unwrap_or_default();
        format!("{hour:02}:{minute:02}{seconds}")
    }
}

/// Reads a clock time at token `i`, or a span of two after `من` or `بين`.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    if let Some(mention) = span(scan, i) {
        return Some(mention);
    }
    if ends_a_score(scan, i) {
        return None;
    }
    let clock = clock(scan, i, false).filter(|c| c.sure)?;
    let (zone, end) = zone(scan, clock.next).unwrap_or(("", clock.next));
    Some(Mention {
        first: i,
        end,
        said: Said::Time(format!("{}{zone}", clock.value(clock.period))),
    })
}

/// Whether token `i` is the second number of a score (`بنتيجة 2-1 مساء
/// الجمعة`): a number after a dash glued to another, which is no hour
/// (a span of hours is read from its `من` or `بين`).
fn ends_a_score(scan: &Scan, i: usize) -> bool {
    let tokens = scan.tokens;
    i >= 2
        && scan.is_punct(i - 1, '-')
        && tokens.glued_to_previous(i - 1)
        && tokens.glued_to_previous(i)
        && scan.integer(i - 2, 2).is_some()
}

/// Reads two clock times as one span, `start/end`: `من الساعة 3 الى
/// الساعة 4 بعد العصر`, `من السابعة مساء حتى السادسة صباحا`. The part of
/// the day and the zone written only after the end are the start's too,
/// unless that would put the start after the end (`من 11 حتى 2 بعد
/// الظهر`). Two bare numbers are no span of hours: one end must be sure.
fn span(scan: &Scan, i: usize) -> Option<Mention> {
    let between = match scan.folded(i) {
        "من" => false,
        "بين" => true,
        _ => return None,
    };
    let first = clock(scan, i + 1, false)?;
    // بين التاسعة صباحا والثانية بعد الظهر: و glued to the second hour.
    let at = connector(scan, first.next, between)?;
    let last = clock(scan, at, at == first.next)?;
    if !(first.sure || last.sure) {
        return None;
    }
    let (to, shared) = (last.value(last.period), first.value(last.period));
    let from = match first.period {
        None if last.period.is_some() && shared <= to => shared,
        _ => first.value(first.period),
    };
    let (zone, end) = zone(scan, last.next).unwrap_or(("", last.next));
    Some(Mention {
        first: i,
        end,
        said: Said::Time(format!("{from}{zone}/{to}{zone}")),
    })
}

/// Reads a clock time at token `i`: digits, `منتصف الليل`, an hour in
/// digits or words after `الساعة`, with what is added to it and its part
/// of the day. `joined` says the و of a span's second end is glued to it.
fn clock(scan: &Scan, i: usize, joined: bool) -> Option<Clock> {
    let after_noun = scan.is(i, "الساعه");
    // الساعة الـ11 ليلا: the article the press writes before digits.
    let at = if after_noun {
        after_glued_article(scan, i + 1)
    } else {
        i
    };
    let (hour, minute, second, next, digital) =
        if let Some((hour, minute, second, next)) = digital(scan, at) {
            (hour, minute, second, next, true)
        } else if let Some((hour, minute, next)) = wire(scan, at, after_noun) {
            (hour, minute, None, next, true)
        } else if let Some((hour, next)) = midnight_or_noon(scan, at) {
            (hour, 0, None, next, true)
        } else if let Some(hour) = scan.integer(at, 2).filter(|&h| h <= 24) {
            (hour, 0, None, at + 1, false)
        } else {
            let (hour, next) = hour_word(scan, at, joined)
                .or_else(|| after_noun.then(|| spoken_hour(scan, at)).flatten())?;
            (hour, 0, None, next, false)
        };
    let (minutes_added, next) = fraction(scan, next).unwrap_or((0, next));
    let (period, next) = match scan.entry(next).and_then(|e| e.period) {
        Some(period) => (Some(period), next + 1),
        // الحادية عشرة من صباح يوم الخميس
        None if scan.is(next, "من") && scan.entry(next + 1).is_some_and(|e| e.period.is_some()) => {
            (scan.entry(next + 1).and_then(|e| e.period), next + 2)
        }
        None => match period_phrase(scan, next) {
            Some((period, end)) => (Some(period), end),
            None => (None, next),
        },
    };
    Some(Clock {
        hour,
        minute,
        second,
        minutes_added,
        period,
        sure: after_noun || digital || period.is_some(),
        next,
    })
}

/// Reads a time as the wires write it, at token `i`: four digits after
/// `الساعة` or before a zone (`الساعة 0940 بتوقيت جرينتش`, `1430 بتوقيت
/// غرينتش`), and the Gulf agencies' minutes before the hour, joined by ر as
/// their decimals are, before a zone (`30ر8 بتوقيت مكة المكرمة` is 8:30).
/// Alone, four digits are a year or an amount and `30ر8` is 8.3.
fn wire(scan: &Scan, i: usize, after_noun: bool) -> Option<(u32, u32, usize)> {
    let tokens = scan.tokens;
    let clock = |hour: u32, minute: u32| hour <= 23 && minute <= 59;
    let digits = scan.folded(i);
    if digits.len() == 4 && (after_noun || zone(scan, i + 1).is_some()) {
        let value = scan.integer(i, 4)?;
        let (hour, minute) = (value / 100, value % 100);
        return clock(hour, minute).then_some((hour, minute, i + 1));
    }
    let minute = scan.integer(i, 2).filter(|_| digits.len() == 2)?;
    let joined =
        scan.is(i + 1, "ر") && tokens.glued_to_previous(i + 1) && tokens.glued_to_previous(i + 2);
    let hour = scan.integer(i + 2, 2).filter(|_| joined)?;
    (clock(hour, minute) && zone(scan, i + 3).is_some()).then_some((hour, minute, i + 3))
}

/// Reads `14:15` or `14:15:30` at token `i`: an hour of at most two digits
/// and minutes of exactly two, so that scores (`2:1`) are left alone.
fn digital(scan: &Scan, i: usize) -> Option<(u32, u32, Option<u32>, usize)> {
    let tokens = scan.tokens;
    let glued_colon = |k: usize| {
        scan.is_punct(k, ':') && tokens.glued_to_previous(k) && tokens.glued_to_previous(k + 1)
    };
    if i > 0 && tokens.glued_to_previous(i) && scan.is_punct(i - 1, ':') {
        return None;
    }
    let hour = scan.integer(i, 2).filter(|&h| h <= 24)?;
    let two_digits = |k: usize| {
        (scan.folded(k).len() == 2)
            .then(|| scan.integer(k, 2))
            .flatten()
            .filter(|&m| m <= 59)
    };
    if !glued_colon(i + 1) {
        return None;
    }
    let minute = two_digits(i + 2)?;
    if !glued_colon(i + 3) {
        return Some((hour, minute, None, i + 3));
    }
    // A third part must be seconds; anything else is no time (1:20:300).
    let second = two_digits(i + 4)?;
    Some((hour, minute, Some(second), i + 5))
}

/// The words that name the part of the day by a prayer or by the day
/// itself, and the token after them: `بعد الظهر`, `قبل الظهر`, `بعد
/// العصر`, `قبل المغرب`, `هذا الصباح`, `هذه الليلة`, `منتصف الليل`,
/// `العشاء`.
fn period_phrase(scan: &Scan, i: usize) -> Option<(Period, usize)> {
    // الساعة 8 العشاء: by the night prayer, as بعد العصر is.
    if scan.is(i, "العشاء") {
        return Some((Period::Evening, i + 1));
    }
    let period = match (scan.folded(i), scan.folded(i + 1)) {
        ("قبل", "الظهر") => Period::Morning,
        ("بعد", "الظهر" | "العصر") => Period::Afternoon,
        ("قبل" | "بعد", "المغرب") => Period::Evening,
        ("هذا", "الصباح") => Period::Morning,
        ("هذا", "المساء") => Period::Evening,
        ("هذه", "الليله") => Period::Night,
        // الساعة 12 منتصف الليل، الثانية عشرة منتصف النهار.
        ("منتصف", "الليل") => Period::Night,
        ("منتصف", "النهار") => Period::Noon,
        _ => return None,
    };
    Some((period, i + 2))
}

/// `منتصف الليل` (00:00) and `منتصف النهار` (12:00).
fn midnight_or_noon(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    if !scan.is(i, "منتصف") {
        return None;
    }
    match scan.folded(i + 1) {
        "الليل" => Some((0, i + 2)),
        "النهار" => Some((12, i + 2)),
        _ => None,
    }
}

/// Reads an hour in words (`الثالثة`, `الحادية عشرة`, `الثانية عشرة`),
/// with the و of a span's second end when `joined` (`والثانية`).
fn hour_word(scan: &Scan, i: usize, joined: bool) -> Option<(u32, usize)> {
    let hour = scan
        .lexeme(i)
        .filter(|l| l.article && (joined || !l.conjunction) && l.preposition.is_none())?
        .entry
        .hour?;
    let teen = matches!(scan.folded(i + 1), "عشره" | "عشر");
    match (hour, teen) {
        (1 | 2, true) => Some((u32::from(hour) + 10, i + 2)),
        (11, true) => Some((11, i + 2)),
        (11, false) => None,
        _ => Some((u32::from(hour), i + 1)),
    }
}

/// Reads an hour said as a cardinal after `الساعة`, as the dialects and
/// quotes say it (`الساعة ثلاثة الصبح`, `الساعة خمسة إلا ثلث`, `الساعة
/// اتناشر`): the word alone, for the number reader also takes in what is
/// added to it (`ثلاثة وثلث`, `ثلاثة وثمانية عشرة دقيقة`), which
/// [`fraction`] reads.
fn spoken_hour(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    let whole = read_numeral(scan.tokens, i).filter(|n| !n.digits && n.scale == 1.0)?;
    let added = if whole.end > i + 1 {
        read_numeral(scan.tokens, i + 1)
            .filter(|n| n.end == whole.end)?
            .value
    } else {
        0.0
    };
    let hour = whole.value - added;
    // على مدار الساعة ثلاثة أيام: around the clock, then a count.
    let counts = counts_something(scan, whole.end);
    (!counts && hour.fract().abs() < 1e-9 && (1.0..=12.0).contains(&hour.round()))
        .then_some((hour.round() as u32, i + 1))
}

/// Reads what is added to the hour: `والنصف`, `والربع`, `والثلث`, `إلا
/// ربعا`, `و10 دقائق`, `وثلاث وعشرون دقيقة`. Returns minutes, negative
/// for `إلا`.
fn fraction(scan: &Scan, i: usize) -> Option<(i64, usize)> {
    let part = |word: &str| match word {
        "نصف" | "النصف" => Some(30),
        "ربع" | "ربعا" | "الربع" => Some(15),
        "ثلث" | "ثلثا" | "الثلث" => Some(20),
        _ => None,
    };
    let word = scan.folded(i);
    if let Some(minutes) = word.strip_prefix('و').and_then(part) {
        return Some((minutes, i + 1));
    }
    if word == "الا" {
        return part(scan.folded(i + 1)).map(|minutes| (-minutes, i + 2));
    }
    // و 18 دقيقة, و18 دقيقة, وثمانية عشر دقيقة: the number read with its
    // proclitic و, and the minutes named after it.
    let at = if word == "و" { i + 1 } else { i };
    if !word.starts_with('و') {
        return None;
    }
    let minutes = read_numeral(scan.tokens, at)
        .filter(|n| n.scale == 1.0 && n.value.fract() == 0.0 && (1.0..60.0).contains(&n.value))
        .filter(|n| matches!(scan.folded(n.end), "دقيقه" | "دقائق"))?;
    Some((minutes.value as i64, minutes.end + 1))
}

fn on_the_24_hour_clock(hour: u32, period: Period) -> u32 {
    if hour > 12 {
        return hour;
    }
    match period {
        Period::Dawn | Period::Morning => hour % 12,
        // الواحدة ظهرا is 13:00, الثانية عشرة ظهرا noon.
        Period::Noon if hour < 6 => hour + 12,
        Period::Noon => hour,
        Period::Afternoon | Period::Evening => hour % 12 + 12,
        // الثانية ليلا is 02:00, العاشرة ليلا 22:00.
        Period::Night if (6..12).contains(&hour) => hour + 12,
        Period::Night => hour % 12,
    }
}

/// Time zones news names after a time, with their UTC offset when it is
/// fixed all year; zones with summer time keep no offset.
const ZONES: &[(&str, &str)] = &[
    ("غرينتش", "Z"),
    ("جرينتش", "Z"),
    ("غرينيتش", "Z"),
    ("جرينيتش", "Z"),
    ("غرينيش", "Z"),
    ("مكه", "+03:00"),
    ("الرياض", "+03:00"),
    ("السعوديه", "+03:00"),
    ("الكويت", "+03:00"),
    ("الدوحه", "+03:00"),
    ("قطر", "+03:00"),
    ("بغداد", "+03:00"),
    ("المنامه", "+03:00"),
    ("صنعاء", "+03:00"),
    ("موسكو", "+03:00"),
    ("انقره", "+03:00"),
    ("اسطنبول", "+03:00"),
    ("الامارات", "+04:00"),
    ("ابوظبي", "+04:00"),
    ("دبي", "+04:00"),
    ("مسقط", "+04:00"),
    ("طهران", "+03:30"),
    ("الجزائر", "+01:00"),
    ("تونس", "+01:00"),
    ("الخرطوم", "+02:00"),
    ("طرابلس", "+02:00"),
    ("القاهره", ""),
    ("بيروت", ""),
    ("دمشق", ""),
    ("عمان", ""),
    ("القدس", ""),
    ("الرباط", ""),
    ("المغرب", ""),
    ("المحلي", ""),
    ("gmt", "Z"),
    ("utc", "Z"),
];

/// Reads a time zone at token `i`: its offset and the token after it.
fn zone(scan: &Scan, i: usize) -> Option<(&'static str, usize)> {
    match scan.folded(i) {
        "بتوقيت" | "بالتوقيت" | "توقيت" => {
            let name = scan.folded(i + 1);
            if name == "ابو" && scan.is(i + 2, "ظبي") {
                return Some(("+04:00", i + 3));
            }
            let (_, offset) = ZONES.iter().find(|(zone, _)| *zone == name)?;
            let end = if scan.is(i + 2, "المكرمه") {
                i + 3
            } else {
                i + 2
            };
            Some((offset, end))
        }
        "gmt" | "utc" => Some(("Z", i + 1)),
        "(" if matches!(scan.folded(i + 1), "gmt" | "utc") && scan.is_punct(i + 2, ')') => {
            Some(("Z", i + 3))
        }
        // ت.غ or ت غ: توقيت غرينتش.
        "ت" if scan.is(i + 1, "غ") => Some(("Z", i + 2)),
        "ت" if scan.is_punct(i + 1, '.') && scan.is(i + 2, "غ") => Some(("Z", i + 3)),
        _ => None,
    }
}
