//! Dates and times as Arabic news writes them: Gregorian months in the
//! Egyptian and Gulf, Levantine and Maghrebi systems (and their pairs,
//! `يوليو/تموز`), Hijri dates, years, decades and centuries, relative dates, clock
//! times and intervals.
//!
//! The text is read once, left to right: at each token the readers for
//! intervals, times, written dates and relative dates are tried in that
//! order, and the first that reads something claims its tokens. Which
//! readers a token may start is told once per word type, so that most
//! tokens cost one lookup. What the readers read is a [`Spec`], a date as
//! the text gives it; [`resolve`] then places every spec on the calendar
//! against the reference date (given, or found in a dateline) and the date
//! last mentioned, and writes the figures.
//!
//! Values are TIMEX-like ISO strings, with `X` for what the text leaves
//! unknown: `2022-07-19`, `XXXX-07`, `2024-W37` (an ISO week),
//! `XXXX-WXX-5` (a Friday, not placed), `199X` (a decade), `19XX` (a
//! century: the twentieth, as the years 1900-1999), `2024-Q2` and
//! `2024-H1` (a quarter and a half of a year). Intervals and
//! Hijri months or years are ISO 8601 intervals, `start/end`:
//! `2010/2015`, `XXXX-08-01/XXXX-08-05`, `2024-03-11/2024-04-09`, and so
//! are the thirds of a month (`أواخر مارس`, `XXXX-03-21/XXXX-03-31`), its
//! weeks (`الأسبوع الأول من مارس`, `XXXX-03-01/XXXX-03-07`), and the thirds
//! of a year, in months (`أواخر 2023`, `2023-09/2023-12`), and of a week,
//! in days (`مطلع الأسبوع المقبل`, `2024-05-05/2024-05-07`).

mod absolute;
mod calendar;
mod hijri;
mod holidays;
mod intervals;
mod lexicon;
pub(crate) use lexicon::is_month_name;
mod months;
mod parts;
mod relative;
mod resolve;
mod stems;
mod times;

pub(crate) use resolve::{DATELINE_LINES, DATELINE_REACH};

use crate::figures::read_rank;
use crate::numbers::read_numeral;
use crate::text::{TokenKind, Tokens};
use crate::{Figure, Reference};
use lexicon::{Calendar, Entry, Lexeme, Lexemes, Unit};

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The dates and times of a text, and the reference date used to resolve
/// relative ones.
pub struct Dated {
    pub figures: Vec<Figure>,
    pub reference: Option<Reference>,
}

/// Parses `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    calendar::is_valid(year, month, day).then_some(Date { year, month, day })
}

/// Finds the dates and times in `tokens`.
pub fn extract(tokens: &Tokens, reference: Option<Date>) -> Dated {
    let scan = Scan::new(tokens);
    let mut mentions = Vec::new();
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !scan.may_start(i) {
            i += 1;
            continue;
        }
        let found = read_at(&scan, i).or_else(|| {
            // مساء الخميس، فجر السابع من أكتوبر: the part of the day is in
            // the span of the day it heads, as in مساء أمس.
            relative::is_day_part(&scan, i)
                .then(|| read_at(&scan, i + 1))
                .flatten()
                .filter(|mention| mention.first == i + 1 && mention.names_a_day())
                .map(|mention| Mention {
                    first: i,
                    ..mention
                })
        });
        match found {
            Some(mention) => {
                i = mention.end;
                if let Some(year) = absolute::year_after_a_place_name(&scan, &mention) {
                    i = year;
                    continue;
                }
                if !absolute::names_a_place(&scan, &mention) {
                    figures.push(resolve::unplaced(&scan, &mention));
                    mentions.push(mention);
                }
            }
            None => i += 1,
        }
    }
    resolve::figures(&scan, &mentions, figures, reference)
}

/// Reads the date or time that starts at token `i`: each reader in turn,
/// the first that reads one claims its tokens. From a word that is only
/// one of the [`lexicon::STARTERS`], or only a day in words, the readers
/// passed over read nothing: trying them was half the time of the dates.
fn read_at(scan: &Scan, i: usize) -> Option<Mention> {
    if scan.only_a_starter(i) {
        return read_from_a_starter(scan, i);
    }
    if scan.only_a_day_in_words(i) {
        return parts::read_day_of_month(scan, i).or_else(|| absolute::read(scan, i));
    }
    intervals::read(scan, i)
        .or_else(|| holidays::read(scan, i))
        .or_else(|| times::read(scan, i))
        .or_else(|| parts::read(scan, i))
        .or_else(|| parts::read_third(scan, i))
        .or_else(|| parts::read_week(scan, i))
        .or_else(|| parts::read_day_of_month(scan, i))
        .or_else(|| parts::read_ten_days(scan, i))
        .or_else(|| absolute::read(scan, i))
        .or_else(|| absolute::listed_day(scan, i))
        .or_else(|| relative::night_between(scan, i))
        .or_else(|| relative::read(scan, i))
}

/// Reads what starts at token `i`, one of the [`lexicon::STARTERS`] and
/// nothing else: only the readers that start from that word. Intervals
/// start from a preposition, times from one or from `الساعة`, relative
/// dates from a word that counts from a day or a unit (أول أمس، بعد غد،
/// هذا العام); the others would read nothing there, at most of the tokens
/// tried.
fn read_from_a_starter(scan: &Scan, i: usize) -> Option<Mention> {
    match scan.folded(i) {
        "من" | "بين" => intervals::read(scan, i).or_else(|| times::read(scan, i)),
        "منذ" | "ما" => intervals::read(scan, i),
        "الساعه" => times::read(scan, i),
        "اول" | "بعد" | "قبل" | "هذا" | "هذه" | "نفس" => relative::read(scan, i),
        _ => intervals::read(scan, i)
            .or_else(|| times::read(scan, i))
            .or_else(|| relative::read(scan, i)),
    }
}

/// Where a date is anchored when the text counts from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The reference date: أمس، الشهر الماضي.
    Reference,
    /// The date last mentioned: العام التالي، الشهر نفسه.
    Previous,
}

/// The year of a Gregorian date, as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    Given(i32),
    /// Not written: the occurrence nearest the reference, if there is one
    /// (في 19 يوليو، في مارس).
    Unknown,
    /// `by` years from an anchor: يوليو من العام الماضي.
    Shift {
        by: i32,
        anchor: Anchor,
    },
    /// The last such month before the reference: يوليو الماضي.
    Before,
    /// The next such month after the reference: يوليو المقبل.
    After,
    /// The last such month on or before the reference: منذ مارس.
    Since,
    /// Every year, which places the day or month in none: 23 سبتمبر من كل
    /// عام.
    Every,
}

/// A month as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthRef {
    /// Named: مارس، مارس الماضي، مارس 2024.
    Written { year: Year, month: u8 },
    /// A Hijri month named: رمضان، شعبان الماضي، ذي الحجة 1445.
    Hijri { year: Year, month: u8 },
    /// `by` months from an anchor: الشهر الماضي، الشهر نفسه، الشهر alone.
    Shifted { by: i32, anchor: Anchor },
}

/// A date as the text gives it, before it is placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spec {
    Gregorian {
        year: Year,
        month: Option<u8>,
        day: Option<u8>,
    },
    Hijri {
        year: Year,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// `by` units from an anchor (أمس، الأسبوع المقبل، العام التالي); `day`
    /// is a day in the month so reached (19 من الشهر الماضي).
    Shift {
        unit: Unit,
        by: i32,
        anchor: Anchor,
        day: Option<u8>,
    },
    /// A fiscal or school year, which runs across two calendar years,
    /// `by` such years from an anchor: the one the text calls the current
    /// one for the reference (العام المالي الماضي), or the one last
    /// mentioned (العام المالي السابق). Placed as `2023/2024`.
    Term { by: i32, anchor: Anchor },
    /// Easter, or a day `days_after` it (شم النسيم), as `church` reckons
    /// it.
    Easter {
        year: Year,
        church: holidays::Church,
        days_after: u8,
    },
    /// A weekday with no date.
    Weekday { weekday: u8, occurrence: Occurrence },
    /// The decade that starts in `year`: التسعينيات is 1990.
    Decade { year: i32 },
    /// The century that starts in `year`: القرن العشرين is 1900.
    Century { year: i32 },
    /// A quarter or half of a year: الربع الثاني من 2024.
    Part { year: Year, part: parts::Part },
    /// Some days of a month: a third of it (أواخر مارس، أواخر الشهر
    /// الماضي، منتصف شعبان) or a week (الأسبوع الأول من مارس).
    MonthDays { month: MonthRef, days: parts::Days },
    /// A third of a year, in months: أواخر العام الماضي، مطلع 2025.
    YearThird { year: Year, third: parts::Third },
    /// Some days of a week: a third of it (مطلع الأسبوع المقبل) or its
    /// weekend (عطلة نهاية الأسبوع), in the week the occurrence places.
    WeekDays {
        days: parts::WeekDays,
        occurrence: Occurrence,
    },
}

impl Spec {
    /// The weekday and occurrence of each end of an interval whose ends
    /// are both weekdays.
    fn weekday_pair(from: Spec, to: Spec) -> Option<[(u8, Occurrence); 2]> {
        match (from, to) {
            (
                Spec::Weekday {
                    weekday: first,
                    occurrence: first_occurrence,
                },
                Spec::Weekday {
                    weekday: last,
                    occurrence: last_occurrence,
                },
            ) => Some([(first, first_occurrence), (last, last_occurrence)]),
            _ => None,
        }
    }

    /// A date written in `calendar`.
    pub fn written(calendar: Calendar, year: Year, month: Option<u8>, day: Option<u8>) -> Spec {
        match calendar {
            Calendar::Gregorian => Spec::Gregorian { year, month, day },
            Calendar::Hijri => Spec::Hijri { year, month, day },
        }
    }

    /// The calendar, year, month and day of a date written in one.
    pub fn parts(self) -> Option<(Calendar, Year, Option<u8>, Option<u8>)> {
        match self {
            Spec::Gregorian { year, month, day } => Some((Calendar::Gregorian, year, month, day)),
            Spec::Hijri { year, month, day } => Some((Calendar::Hijri, year, month, day)),
            _ => None,
        }
    }
}

/// Which occurrence of a weekday the text means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occurrence {
    /// On or before the reference: قال يوم الجمعة.
    Latest,
    /// Before it: الجمعة الماضي.
    Previous,
    /// The week before that: الثلاثاء قبل الماضي.
    BeforeLast,
    /// After it: الجمعة المقبل، سيزور يوم الجمعة.
    Next,
    /// The week after that: الجمعة بعد المقبلة.
    AfterNext,
    /// In the week `by` weeks from the reference's: الأحد من الأسبوع
    /// الماضي is -1, الاثنين من هذا الأسبوع 0.
    InWeek(i32),
    /// The first day of an eve: the day before the one its night ends on,
    /// which is placed by the occurrence of the interval's end, wherever
    /// that falls (`ليلة الأحد المقبل` written on a Saturday is that
    /// Saturday's night, not the next one's). It is only ever the first
    /// end of a span.
    Eve,
}

/// What a stretch of text says.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// A date, with the weekday written beside it, if any.
    Date { spec: Spec, weekday: Option<u8> },
    Interval {
        from: Spec,
        to: Spec,
        /// The weekday written beside each end's date (`من الخميس 31
        /// أكتوبر حتى الأحد 10 نوفمبر`), which places a year the text
        /// leaves out, as it does beside a date alone.
        weekdays: [Option<u8>; 2],
    },
    /// A clock time, already normalised (`14:15`, `15:00+03:00`).
    Time(String),
}

/// A date or time read from tokens `first..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub first: usize,
    pub end: usize,
    pub said: Said,
}

impl Mention {
    /// The interval `from`–`to` read from tokens `first..end`, with no
    /// weekday written beside its ends.
    pub fn interval(first: usize, end: usize, from: Spec, to: Spec) -> Mention {
        Mention {
            first,
            end,
            said: Said::Interval {
                from,
                to,
                weekdays: [None; 2],
            },
        }
    }

    /// Whether it is one day: a weekday, or a date with its day
    /// (`الخميس`، `السابع من أكتوبر`), which a part of the day may head.
    fn names_a_day(&self) -> bool {
        match self.said {
            Said::Date {
                spec: Spec::Weekday { .. },
                ..
            }
            | Said::Date {
                weekday: Some(_), ..
            } => true,
            Said::Date { spec, .. } => spec.parts().is_some_and(|(_, _, _, day)| day.is_some()),
            _ => false,
        }
    }
}

/// The tokens of a text and their lexicon entries: what every reader reads.
pub struct Scan<'a, 't> {
    pub tokens: &'a Tokens<'t>,
    lexemes: Lexemes<'a>,
    /// By token, its [`MONTH_AHEAD`], [`TRIED`], [`ONLY_A_STARTER`],
    /// [`ONLY_A_DAY_IN_WORDS`] and [`NO_HOLIDAY`] bits: asked of every token, and worked out
    /// for all of them in one pass from the end.
    starts: Vec<u8>,
    /// The one kingdom the whole text names, if it names one (see
    /// `holidays`): sought at the first `اليوم الوطني للمملكة` and kept, so
    /// that a text of many costs one pass, not one each.
    only_kingdom: std::cell::OnceCell<Option<&'static str>>,
}

/// How many tokens after a day in words its month may come.
const MONTH_AHEAD_TOKENS: usize = 4;

/// [`Scan::month_ahead`].
const MONTH_AHEAD: u8 = 1;
/// Whether any reader may start at the token: see [`Scan::may_start`].
const TRIED: u8 = 2;
/// [`Scan::only_a_starter`].
const ONLY_A_STARTER: u8 = 4;
/// [`Scan::only_a_day_in_words`].
const ONLY_A_DAY_IN_WORDS: u8 = 8;
/// [`Scan::may_start_a_holiday`]: known to start none.
const NO_HOLIDAY: u8 = 16;

/// What a word type may start, whatever its context: the bits of
/// [`Scan::type_starts`]. Digits, a lexicon word (but a mere year cue) or
/// a word outside it that a reader starts from are always tried.
const ALWAYS_TRIED: u8 = 1;
/// A word, tried also before a month, as a day in words.
const A_WORD: u8 = 2;
/// One of the [`lexicon::STARTERS`] and nothing else a reader starts from.
const STARTER_ALONE: u8 = 4;
/// A word always tried that starts no holiday: told once per type, for
/// the holidays' test of a word's last letters costs more than a lookup.
const NOT_A_HOLIDAY: u8 = 8;

impl<'a, 't> Scan<'a, 't> {
    fn new(tokens: &'a Tokens<'t>) -> Self {
        let mut scan = Scan {
            tokens,
            lexemes: lexicon::lexemes(tokens),
            starts: Vec::new(),
            only_kingdom: std::cell::OnceCell::new(),
        };
        let of_type: Vec<u8> = (0..tokens.word_type_count() as u32)
            .map(|t| scan.type_starts(tokens.first_of_type(t)))
            .collect();
        let types = tokens.word_types();
        let mut next_month = usize::MAX;
        let mut starts: Vec<u8> = (0..tokens.len())
            .rev()
            .map(|i| {
                let ahead = next_month - i <= MONTH_AHEAD_TOKENS;
                if scan.lexemes.names_a_month(i) {
                    next_month = i;
                }
                let word = of_type[types[i] as usize];
                let tried = word & ALWAYS_TRIED != 0 || ahead && word & A_WORD != 0;
                let only_a_starter = word & STARTER_ALONE != 0 && !ahead;
                let only_a_day_in_words = tried && word & ALWAYS_TRIED == 0;
                (u8::from(ahead) * MONTH_AHEAD)
                    | (u8::from(tried) * TRIED)
                    | (u8::from(only_a_starter) * ONLY_A_STARTER)
                    | (u8::from(only_a_day_in_words) * ONLY_A_DAY_IN_WORDS)
                    | (u8::from(word & NOT_A_HOLIDAY != 0) * NO_HOLIDAY)
            })
            .collect();
        starts.reverse();
        scan.starts = starts;
        scan
    }

    /// What the word of token `i` may start, from the word alone: digits,
    /// a lexicon word or one of the few other words a reader starts from
    /// are always tried; another word, but one whose lexeme starts nothing,
    /// only before a month, as a day in words. Told once per word type, from its first token.
    fn type_starts(&self, i: usize) -> u8 {
        match self.tokens.kind(i) {
            Some(TokenKind::Number) => ALWAYS_TRIED,
            Some(TokenKind::Word) => {
                let lexeme = self.lexeme(i).is_some();
                let starts_nothing = self.lexemes.starts_nothing(i);
                let tried = lexeme && !starts_nothing || self.starts_outside_lexicon(i);
                // `ال` before digits (`الـ19`) is a day, which the other
                // readers read. A year cue is read from the year after it,
                // so منذ، قبل، بعد start as من does.
                let starter_alone = (!lexeme || self.lexemes.only_year_cue(i))
                    && lexicon::STARTERS.contains(&self.folded(i))
                    && !self.is(i, "ال")
                    && !holidays::may_start(self, i)
                    && !parts::starts(self, i);
                let not_a_holiday = tried && !holidays::may_start(self, i);
                // في before a month is a year cue, not a day in words.
                (u8::from(!starts_nothing) * A_WORD)
                    | (u8::from(tried) * ALWAYS_TRIED)
                    | (u8::from(starter_alone) * STARTER_ALONE)
                    | (u8::from(not_a_holiday) * NOT_A_HOLIDAY)
            }
            _ => 0,
        }
    }

    /// Whether any reader can start at token `i`: digits, a lexicon word,
    /// one of the few other words a reader starts from, or a word before a
    /// month. Most tokens are none of these, and are passed over without
    /// trying the readers.
    fn may_start(&self, i: usize) -> bool {
        self.bit(i, TRIED)
    }

    /// Whether token `i` is one of the [`lexicon::STARTERS`] and nothing
    /// else a reader starts from: no lexicon word but a year cue (منذ،
    /// قبل، بعد), no day in words before a month, no holiday or part of a
    /// month. من and بين alone are a fifth
    /// of the tokens tried, and only intervals, times and relative dates
    /// start from these words.
    fn only_a_starter(&self, i: usize) -> bool {
        self.bit(i, ONLY_A_STARTER)
    }

    /// Whether token `i` is tried only as a day in words before a month
    /// (`الخامس من سبتمبر`, `أول ثلاثاء من مارس`): a word in no lexicon
    /// that no reader starts from otherwise, which only the readers of days
    /// in words read.
    fn only_a_day_in_words(&self, i: usize) -> bool {
        self.bit(i, ONLY_A_DAY_IN_WORDS)
    }

    /// Whether a holiday may start at token `i` (see
    /// [`holidays::may_start`]): told from the word type for the words
    /// always tried, which are most of those the holidays' reader meets.
    pub fn may_start_a_holiday(&self, i: usize) -> bool {
        !self.bit(i, NO_HOLIDAY) && holidays::may_start(self, i)
    }

    fn bit(&self, i: usize, bit: u8) -> bool {
        self.starts.get(i).is_some_and(|&bits| bits & bit != 0)
    }

    /// Whether token `i` is a word outside the lexicon that a reader
    /// starts from. Its fingerprint rules out most words before they are
    /// compared or split into proclitics.
    fn starts_outside_lexicon(&self, i: usize) -> bool {
        self.lexemes.may_start_outside(i)
            && (lexicon::STARTERS.contains(&self.folded(i))
                || holidays::may_start(self, i)
                || parts::starts(self, i))
    }

    /// Whether a month name or the noun شهر comes within four tokens
    /// after `i`, as after a day in words: `الخامس من سبتمبر`, `الحادي
    /// والعشرين من يوليو`, `العاشر من الشهر المقبل`, `التاسع عشر من هذا
    /// الشهر`.
    pub fn month_ahead(&self, i: usize) -> bool {
        self.bit(i, MONTH_AHEAD)
    }

    pub fn lexeme(&self, i: usize) -> Option<&Lexeme> {
        self.lexemes.get(i)
    }

    pub fn entry(&self, i: usize) -> Option<&'static Entry> {
        self.lexeme(i).map(|l| l.entry)
    }

    pub fn folded(&self, i: usize) -> &str {
        self.tokens.folded(i)
    }

    /// Whether token `i` is the folded word `word`, with no proclitic.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.tokens.folded(i) == word
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens.is_punct(i, c)
    }

    /// The value of a digit token of at most `max_digits` digits that is a
    /// whole number of its own: not the end of `1,500` or the start of `2.5`.
    pub fn integer(&self, i: usize, max_digits: usize) -> Option<u32> {
        if self.tokens.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let digits = self.folded(i);
        if digits.len() > max_digits
            || self.joined_to_number(i, i.wrapping_sub(1), i.wrapping_sub(2))
            || self.joined_to_number(i, i + 1, i + 2)
        {
            return None;
        }
        digits.parse().ok()
    }

    /// Whether `separator`, glued between token `i` and a digit token
    /// `beyond`, makes them one number (`1,500`, `2.5`, `3٫5`).
    fn joined_to_number(&self, i: usize, separator: usize, beyond: usize) -> bool {
        let glued = |a: usize, b: usize| {
            (a < b && self.tokens.glued_to_previous(b))
                || (b < a && self.tokens.glued_to_previous(a))
        };
        [".", ",", "٫", "٬"].contains(&self.folded(separator))
            && self.tokens.kind(beyond) == Some(TokenKind::Number)
            && glued(i, separator)
            && glued(separator, beyond)
    }

    /// Where a mention starting at token `i` starts: after the proclitics
    /// that belong to the sentence (و، ب، لل), not to the date, whether
    /// the first word is in the lexicon or a day in words (وفي الخامس،
    /// والخامس من سبتمبر).
    pub fn start_of(&self, i: usize) -> usize {
        match self.lexeme(i) {
            Some(l) if l.clitic_letters > 0 => {
                self.tokens.offset_after_letters(i, l.clitic_letters)
            }
            Some(_) => self.tokens.start(i),
            None => {
                let clitics =
                    holidays::clitic_letters(self, i).or_else(|| parts::clitic_letters(self, i));
                match clitics {
                    Some(letters) => self.tokens.offset_after_letters(i, letters),
                    None if self.tokens.kind(i) == Some(TokenKind::Word) => {
                        read_rank(self.tokens, i)
                            .map(|rank| rank.start)
                            .or_else(|| read_numeral(self.tokens, i).map(|n| n.start))
                            .unwrap_or_else(|| self.tokens.start(i))
                    }
                    None => self.tokens.start(i),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        for bad in ["2023-02-29", "2024-13-01", "yesterday", "2024-07"] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn resolves_against_the_given_reference_before_any_dateline() {
        // 2025-01-17 is a Friday.
        let reference = Some(Date {
            year: 2025,
            month: 1,
            day: 17,
        });
        let cases = [
            ("13 سبتمبر 2024\nقال أمس", "أمس", "2025-01-16"),
            ("وصل اليوم الجمعة", "اليوم الجمعة", "2025-01-17"),
            ("في يوليو/تموز الماضي", "يوليو/تموز الماضي", "2024-07"),
            ("الأسبوع المقبل", "الأسبوع المقبل", "2025-W04"),
            ("سيزور باريس يوم الاثنين", "يوم الاثنين", "2025-01-20"),
            ("في رمضان المقبل", "رمضان المقبل", "2025-03-01/2025-03-29"),
            ("الشهر الماضي", "الشهر الماضي", "2024-12"),
            // A month without a year: the occurrence nearest the reference.
            ("في 19 مايو", "19 مايو", "2025-05-19"),
            ("في 19 سبتمبر", "19 سبتمبر", "2024-09-19"),
            ("في ديسمبر", "ديسمبر", "2024-12"),
            ("في مارس", "مارس", "2025-03"),
            ("منذ مارس", "مارس", "2024-03"),
            ("منذ يناير", "يناير", "2025-01"),
            ("في أغسطس المقبل", "أغسطس المقبل", "2025-08"),
            (
                "من 1 إلى 5 أغسطس",
                "من 1 إلى 5 أغسطس",
                "2024-08-01/2024-08-05",
            ),
        ];
        for (text, span, value) in cases {
            let tokens = Tokens::new(text);
            let dated = extract(&tokens, reference);
            assert_eq!(
                dated
                    .reference
                    .as_ref()
                    .map(|r| (r.date.as_str(), r.source)),
                Some(("2025-01-17", crate::ReferenceSource::Option))
            );
            let figure = dated
                .figures
                .iter()
                .find(|f| f.text == span)
                .unwrap_or_else(|| panic!("{span} in {text}"));
            assert_eq!(
                figure.value,
                Some(crate::Value::Text(value.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn takes_a_dateline_only_from_the_top_and_outside_sentences() {
        let cases = [
            ("13 سبتمبر 2024\nقال الوزير أمس", Some("2024-09-13")),
            (
                "الساعة : 14:15 - 13 سبتمبر 2024\nقال الوزير أمس",
                Some("2024-09-13"),
            ),
            (
                "بيروت - 13 سبتمبر 2024 (رويترز) - قال الوزير أمس إن الحكومة ستجتمع",
                Some("2024-09-13"),
            ),
            // A short sentence: the date of an event, not of the writing.
            (
                "بغداد / واع\nقال الوزير اليوم إن الدوام يبدأ يوم الأحد 25 أغسطس 2024.",
                None,
            ),
            (
                "الرياض\nويبدأ الدوام الرسمي في المدارس يوم الأحد 25 أغسطس 2024م.",
                None,
            ),
            ("1\n2\n3\n4\n5\n13 سبتمبر 2024\nقال الوزير أمس", None),
        ];
        for (text, reference) in cases {
            let tokens = Tokens::new(text);
            let dated = extract(&tokens, None);
            assert_eq!(
                dated.reference.as_ref().map(|r| r.date.as_str()),
                reference,
                "{text}"
            );
        }
    }

    #[test]
    fn leaves_the_year_unknown_without_a_reference() {
        for (text, value) in [
            ("في 19 يوليو", "XXXX-07-19"),
            ("منذ مارس", "XXXX-03"),
            ("يوليو/تموز الماضي", "XXXX-07"),
            ("في أغسطس المقبل", "XXXX-08"),
        ] {
            let tokens = Tokens::new(text);
            let dated = extract(&tokens, None);
            assert_eq!(dated.reference, None, "{text}");
            assert_eq!(
                dated.figures.first().and_then(|f| f.value.clone()),
                Some(crate::Value::Text(value.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn places_a_span_of_weekdays_in_the_week_dated_on_the_line_before() {
        // 2024-05-01 is a Wednesday; 12 May 2024 a Sunday.
        let reference = Some(Date {
            year: 2024,
            month: 5,
            day: 1,
        });
        let dated = "تنطلق الامتحانات يوم الأحد 12 مايو 2024.\n";
        let span = "وتستمر من الأحد إلى الخميس";
        for (between, value) in [
            ("", "2024-05-12/2024-05-16"),
            ("\n", "2024-05-12/2024-05-16"),
            // A line between: the span is told of for itself.
            ("وقال الوزير إن الطلاب مستعدون.\n", "2024-04-28/2024-05-02"),
        ] {
            let text = format!("{dated}{between}{span}");
            let tokens = Tokens::new(&text);
            let figures = extract(&tokens, reference).figures;
            assert_eq!(
                figures.last().and_then(|f| f.value.clone()),
                Some(crate::Value::Text(value.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_whole_integers_only() {
        let tokens = Tokens::new("في 2013 و1,500 و2.5");
        let scan = Scan::new(&tokens);
        let integers: Vec<Option<u32>> = (0..tokens.len()).map(|i| scan.integer(i, 4)).collect();
        assert_eq!(integers[1], Some(2013));
        assert!(integers[3..].iter().all(Option::is_none), "{integers:?}");
    }
}
