//! Places the dates read on the calendar and writes their figures.
//!
//! Relative dates count from the reference date: the one the caller gives,
//! or else a dateline near the top of the document (`13 سبتمبر 2024` on a
//! line of its own, or opening a wire story). Anaphoric ones (`العام
//! التالي`, `الشهر نفسه`) count from the date last mentioned. A month
//! without a year is placed as TIMEX does: `يوليو الماضي` the last July
//! before the reference, `أغسطس المقبل` the next August after it, `منذ
//! مارس` the last March begun by it, and a bare `19 يوليو` the occurrence
//! nearest it. What neither places stays `X`.

use super::calendar::{
    add_days, add_months, day_number, days_in_month, iso_monday, iso_week, weekday,
};
use super::lexicon::{Calendar, Direction, Unit};
use super::parts::{Days, Part};
use super::{
    absolute, hijri, holidays, Anchor, Date, Dated, Mention, MonthRef, Occurrence, Said, Scan,
    Spec, Year,
};
use crate::text::proclitic_splits;
use crate::{Figure, FigureKind, Reference, ReferenceSource, Value};

/// The month schools open in the Gulf: the first month of the first year
/// of a school year.
const SCHOOL_YEAR_OPENS: u8 = 8;

/// How many words before a date its sentence may tell of exams (see
/// [`tells_of_exams`]).
const EXAMS_REACH: usize = 12;

/// The words for exams, under their proclitics (`امتحانات الدور الثاني`,
/// `لاختبارات`).
const EXAM_STEMS: &[&str] = &["امتحان", "امتحانات", "اختبار", "اختبارات"];

/// Whether the sentence before token `first`, within [`EXAMS_REACH`]
/// words, tells of exams.
fn tells_of_exams(scan: &Scan, first: usize) -> bool {
    (first.saturating_sub(EXAMS_REACH)..first)
        .rev()
        .take_while(|&k| !scan.tokens.ends_sentence(k))
        .any(|k| proclitic_splits(scan.folded(k)).any(|s| EXAM_STEMS.contains(&s.stem)))
}

/// How far after a school year named, in bytes, a day or month without a
/// year is taken to be of it: a few paragraphs, the part of a story about
/// the term.
const SCHOOL_YEAR_REACH: usize = 2000;

/// The first day of the day or week a date written names: a day with its
/// date (`12 مايو`, `فجر 7 أكتوبر`, not a weekday alone or `أمس`), some
/// days of a month (`الأسبوع الأول من يونيو`), or a week counted
/// (`الأسبوع المقبل`: from the Sunday before its ISO Monday).
fn first_day_written(spec: Spec, placed: Placed) -> Option<Date> {
    let days_written = matches!(
        spec,
        Spec::Gregorian { day: Some(_), .. }
            | Spec::Hijri { day: Some(_), .. }
            | Spec::MonthDays { .. }
    );
    match placed {
        Placed::Calendar(fields, Grain::Day) | Placed::Between(fields, _, Grain::Day)
            if days_written =>
        {
            fields.date()
        }
        Placed::Span(first, _, Grain::Day) if days_written => Some(first),
        Placed::Week {
            year: Some(year),
            week: Some(week),
            weekday: None,
        } => Some(add_days(iso_monday(year, week), -1)),
        _ => None,
    }
}

/// How far into a document a dateline is looked for, in bytes: past the
/// headline and the standfirst.
pub(crate) const DATELINE_REACH: usize = 1500;

/// The figure of `mention`, with its span and text but no value yet: the
/// reader writes it while the mention's tokens are at hand (in cache), for
/// its value is placed only once every date of the text is read.
pub fn unplaced(scan: &Scan, mention: &Mention) -> Figure {
    let tokens = scan.tokens;
    let (start, end) = (scan.start_of(mention.first), tokens.end(mention.end - 1));
    let kind = if matches!(mention.said, Said::Time(_)) {
        FigureKind::Time
    } else {
        FigureKind::Date
    };
    Figure::new(kind, tokens.text(), start, end)
}

/// Writes the values of the figures of `mentions`, [`unplaced`] until
/// now, resolving them against `given` or a dateline.
pub fn figures(
    scan: &Scan,
    mentions: &[Mention],
    unplaced: Vec<Figure>,
    given: Option<Date>,
) -> Dated {
    let reference = match given {
        Some(date) => Some((date, ReferenceSource::Option)),
        None => dateline(scan, mentions).map(|date| (date, ReferenceSource::Dateline)),
    };
    let mut placer = Placer {
        reference: reference.map(|(date, _)| date),
        last: Fields::default(),
        last_term: None,
        current_term: None,
        school_year: None,
        of_exams: false,
        dated_week: None,
    };
    let figures = mentions
        .iter()
        .zip(listed_years(scan, mentions))
        .zip(unplaced)
        .map(
            |((mention, listed), figure)| match (listed, &mention.said) {
                (Some(spec), &Said::Date { weekday, .. }) => placer.figure(
                    scan,
                    &Mention {
                        said: Said::Date { spec, weekday },
                        ..mention.clone()
                    },
                    figure,
                ),
                _ => placer.figure(scan, mention, figure),
            },
        )
        .collect();
    Dated {
        figures,
        reference: reference.map(|(date, source)| Reference {
            date: iso(date),
            source,
        }),
    }
}

/// The dates of a list that give no year take the year of the date after
/// them, to which و joins them: `في 3 مارس و15 أبريل 2023` and `يومي 18
/// و19 أبريل 2023` are both of 2023, as a year written once at the end of
/// an interval is its start's too; the year before when the month is later
/// (`في 20 ديسمبر و5 يناير 2024`), for a list goes forward in time. By
/// mention, the date it then says, or `None` where the list changes nothing.
fn listed_years(scan: &Scan, mentions: &[Mention]) -> Vec<Option<Spec>> {
    let mut listed = vec![None; mentions.len()];
    for k in (1..mentions.len()).rev() {
        let (mention, next) = (&mentions[k - 1], &mentions[k]);
        let joined = (next.first == mention.end && scan.folded(next.first).starts_with('و'))
            || (next.first == mention.end + 1 && scan.is(mention.end, "و"));
        let next_spec = match (listed[k], &next.said) {
            (Some(spec), _) | (None, &Said::Date { spec, .. }) => spec,
            _ => continue,
        };
        let (Said::Date { spec, .. }, true) = (&mention.said, joined) else {
            continue;
        };
        if let (
            Some((calendar, Year::Unknown, Some(month), day)),
            Some((next_calendar, Year::Given(year), Some(next_month), _)),
        ) = (spec.parts(), next_spec.parts())
        {
            if calendar == next_calendar {
                let year = year - i32::from(month > next_month);
                listed[k - 1] = Some(Spec::written(calendar, Year::Given(year), Some(month), day));
            }
        }
    }
    listed
}

/// How many non-empty lines from the top a dateline may be on.
pub(crate) const DATELINE_LINES: usize = 5;

/// The first full date near the top that stands as a dateline: on a short
/// line of its own (`13 سبتمبر 2024`, `الساعة : 14:15 - 13 سبتمبر 2024`),
/// or after no more than a place name at the start of a line (`بيروت - 13
/// سبتمبر 2024 (رويترز) -`), not inside a sentence. A short line that ends
/// as a sentence does is no dateline (`ويبدأ الدوام يوم الأحد 25 أغسطس
/// 2024.`): the date it gives is that of an event, not of the writing. A
/// date given as today's (`اليوم الثلاثاء 14 ربيع الأول 1446هـ`) is the
/// day of writing wherever the sentence puts it.
fn dateline(scan: &Scan, mentions: &[Mention]) -> Option<Date> {
    let text = scan.tokens.text();
    mentions
        .iter()
        .take_while(|m| scan.tokens.start(m.first) < DATELINE_REACH)
        .find_map(|mention| {
            let Said::Date { spec, .. } = mention.said else {
                return None;
            };
            let date = full_date(spec)?;
            let start = scan.tokens.start(mention.first);
            let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
            if text[..line_start]
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count()
                >= DATELINE_LINES
            {
                return None;
            }
            let line_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
            let line = text[line_start..line_end].trim_end();
            let short_line = line.chars().count() <= 80 && !line.ends_with(['.', '؟', '!']);
            let words_before = text[line_start..start].split_whitespace().count();
            let today = absolute::is_today(scan, mention.first);
            (short_line || words_before <= 3 || today).then_some(date)
        })
}

fn full_date(spec: Spec) -> Option<Date> {
    match spec {
        Spec::Gregorian {
            year: Year::Given(year),
            month: Some(month),
            day: Some(day),
        } => Some(Date { year, month, day }),
        Spec::Hijri {
            year: Year::Given(year),
            month: Some(month),
            day: Some(day),
        } => Some(hijri::to_gregorian(hijri::HijriDate { year, month, day })),
        _ => None,
    }
}

pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// Year, month and day, each known or not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Fields {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
}

/// Some days of `month`, as an interval of days. 2000 is a leap year:
/// without a year, February may end on its 29th, as a day without a year
/// may be one.
fn days_of_month(year: Option<i32>, month: u8, days: Days) -> Placed {
    let day = |day: Option<u8>| Fields {
        year,
        month: Some(month),
        day,
    };
    // The length of February in an unknown year: a leap year keeps
    // `نهاية فبراير` on its last day whichever year it is.
    let length = days_in_month(year.unwrap_or(2000), month);
    let weekday_of = |day| year.map(|year| weekday(Date { year, month, day }));
    match days.span(length, weekday_of) {
        Some((first, last)) if first == last => Placed::Calendar(day(Some(first)), Grain::Day),
        Some((first, last)) => Placed::Between(day(Some(first)), day(Some(last)), Grain::Day),
        // A day that cannot be told: the month, as the text names it.
        None => Placed::Calendar(day(None), Grain::Month),
    }
}

impl Fields {
    fn of(date: Date) -> Fields {
        Fields {
            year: Some(date.year),
            month: Some(date.month),
            day: Some(date.day),
        }
    }

    fn date(self) -> Option<Date> {
        Some(Date {
            year: self.year?,
            month: self.month?,
            day: self.day?,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Quarter,
    Half,
}

impl Grain {
    fn name(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
            Grain::Quarter => "quarter",
            Grain::Half => "half",
        }
    }

    /// The finest grain the fields given reach.
    fn of(month: Option<u8>, day: Option<u8>) -> Grain {
        match (month, day) {
            (_, Some(_)) => Grain::Day,
            (Some(_), None) => Grain::Month,
            (None, None) => Grain::Year,
        }
    }
}

/// A date placed on the Gregorian calendar, as far as it can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placed {
    Calendar(Fields, Grain),
    /// An ISO week (الأسبوع الماضي), or a weekday not placed (XXXX-WXX-5).
    Week {
        year: Option<i32>,
        week: Option<u8>,
        weekday: Option<u8>,
    },
    Decade(i32),
    Century(i32),
    /// A quarter or half of a year, placed or not.
    Part(Option<i32>, Part),
    /// The Gregorian days of a Hijri month or year.
    Span(Date, Date, Grain),
    /// The first and last days or months, at that grain, of a stretch
    /// within one year, placed or not: a third of a month or a year.
    Between(Fields, Fields, Grain),
}

impl Placed {
    fn value(self) -> String {
        match self {
            Placed::Calendar(fields, grain) => {
                let mut value = fields
                    .year
                    .map_or("XXXX".to_string(), |y| format!("{y:04}"));
                if grain != Grain::Year {
                    value.push_str(
                        &fields
                            .month
                            .map_or("-XX".to_string(), |m| format!("-{m:02}")),
                    );
                }
                if grain == Grain::Day {
                    value.push_str(&fields.day.map_or("-XX".to_string(), |d| format!("-{d:02}")));
                }
                value
            }
            Placed::Week {
                year,
                week,
                weekday,
            } => {
                let mut value = format!(
                    "{}-W{}",
                    year.map_or("XXXX".to_string(), |y| format!("{y:04}")),
                    week.map_or("XX".to_string(), |w| format!("{w:02}"))
                );
                if let Some(weekday) = weekday {
                    value.push_str(&format!("-{weekday}"));
                }
                value
            }
            Placed::Decade(year) => format!("{}X", year / 10),
            Placed::Century(year) => format!("{:02}XX", year / 100),
            Placed::Part(year, part) => {
                let year = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                match part {
                    Part::Quarter(n) => format!("{year}-Q{n}"),
                    Part::Half(n) => format!("{year}-H{n}"),
                }
            }
            Placed::Span(first, last, _) => format!("{}/{}", iso(first), iso(last)),
            Placed::Between(..) => {
                let (first, last) = self.bounds();
                format!("{first}/{last}")
            }
        }
    }

    fn grain(self) -> Grain {
        match self {
            Placed::Calendar(_, grain)
            | Placed::Span(_, _, grain)
            | Placed::Between(_, _, grain) => grain,
            Placed::Week {
                weekday: Some(_), ..
            } => Grain::Day,
            Placed::Week { .. } => Grain::Week,
            Placed::Decade(_) => Grain::Decade,
            Placed::Century(_) => Grain::Century,
            Placed::Part(_, Part::Quarter(_)) => Grain::Quarter,
            Placed::Part(_, Part::Half(_)) => Grain::Half,
        }
    }

    /// The first and last ISO strings, for intervals.
    fn bounds(self) -> (String, String) {
        match self {
            Placed::Span(first, last, _) => (iso(first), iso(last)),
            Placed::Between(first, last, grain) => (
                Placed::Calendar(first, grain).value(),
                Placed::Calendar(last, grain).value(),
            ),
            other => (other.value(), other.value()),
        }
    }
}

/// Places dates in document order, remembering the last one.
struct Placer {
    reference: Option<Date>,
    last: Fields,
    /// Whether the date last mentioned is a fiscal or school year
    /// (`2024/2025`, `العام المالي الماضي`), and its first year if known: a
    /// year counted from it (`العام السابق عليه`) is one too.
    last_term: Option<Option<i32>>,
    /// The first year of the fiscal or school year the text calls the
    /// current one (`العام المالي الجاري 2024/2025`), which `العام المالي
    /// الماضي` counts from.
    current_term: Option<i32>,
    /// The first year of the school year the text last named (`العام
    /// الدراسي 2023/2024`), and the byte where it was named: a day or month
    /// without a year after it is of that school year (see
    /// [`Placer::year`]), until the text writes another year or moves on
    /// (see [`Placer::forget_school_year`]).
    school_year: Option<(i32, usize)>,
    /// Whether the sentence of the date being placed, after a school year
    /// named, tells of exams: then its August is the year's end, the
    /// second round of exams in the Gulf as in Egypt, not its opening.
    of_exams: bool,
    /// The first day of the day or week the last date written names (`يوم
    /// الأحد 12 مايو`, `الأسبوع الأول من يونيو`, `الأسبوع المقبل`: from its
    /// Sunday, where weeks start in the Gulf and Egypt), and the byte
    /// where its mention ends: a span of weekdays right after it is in
    /// that week (see [`Placer::week_dated_before`]).
    dated_week: Option<(Date, usize)>,
}

impl Placer {
    /// Places the date of `mention` and writes it into its `figure`.
    fn figure(&mut self, scan: &Scan, mention: &Mention, mut figure: Figure) -> Figure {
        self.forget_school_year(scan, mention);
        self.of_exams = self.school_year.is_some() && tells_of_exams(scan, mention.first);
        let (value, grain, hijri_form) = match mention.said {
            Said::Time(ref value) => (value.clone(), None, None),
            Said::Date {
                spec,
                weekday: written,
            } => {
                let spec = written.map_or(spec, |wanted| self.weekday_year(spec, wanted));
                let (placed, hijri_form) = self.place(spec);
                // With no reference date, اليوم الجمعة is still a Friday.
                let placed = match (placed, written) {
                    (Placed::Calendar(fields, Grain::Day), Some(written))
                        if fields == Fields::default() =>
                    {
                        Placed::Week {
                            year: None,
                            week: None,
                            weekday: Some(written),
                        }
                    }
                    (placed, _) => placed,
                };
                let disagrees = match (placed, written) {
                    (Placed::Calendar(fields, Grain::Day), Some(written)) => {
                        fields.date().is_some_and(|date| weekday(date) != written)
                    }
                    _ => false,
                };
                if disagrees {
                    figure.warning = Some("weekday_mismatch");
                }
                self.dated_week = first_day_written(spec, placed)
                    .map(|day| (day, scan.tokens.end(mention.end - 1)));
                (placed.value(), Some(placed.grain()), hijri_form)
            }
            Said::Interval {
                from,
                to,
                weekdays: [from_weekday, to_weekday],
            } => {
                let by_weekday = |spec: Spec, written: Option<u8>| {
                    written.map_or(spec, |wanted| self.weekday_year(spec, wanted))
                };
                let (from, to) = self.share_month_year(from, to);
                let (from, to) =
                    self.share_year(by_weekday(from, from_weekday), by_weekday(to, to_weekday));
                let dated = self.week_dated_before(scan, mention);
                let ((from, from_hijri), (to, to_hijri)) = match self.weekdays(from, to, dated) {
                    Some((from, to)) => ((from, None), (to, None)),
                    None => (self.place(from), self.place(to)),
                };
                let hijri_form = from_hijri.zip(to_hijri).map(|(a, b)| format!("{a}/{b}"));
                self.note_term(scan, mention, from, to);
                (
                    format!("{}/{}", from.bounds().0, to.bounds().1),
                    Some(to.grain()),
                    hijri_form,
                )
            }
        };
        figure.value = Some(Value::Text(value));
        figure.grain = grain.map(Grain::name);
        if hijri_form.is_some() {
            figure.calendar = Some("hijri");
            figure.hijri = hijri_form;
        }
        figure
    }

    /// Remembers two consecutive years placed as an interval (`2024/2025`)
    /// as a fiscal or school year, and as the current one after `الجاري` or
    /// `الحالي` (`العام المالي الجاري 2024/2025`).
    fn note_term(&mut self, scan: &Scan, mention: &Mention, from: Placed, to: Placed) {
        let (
            Placed::Calendar(
                Fields {
                    year: Some(first), ..
                },
                Grain::Year,
            ),
            Placed::Calendar(
                Fields {
                    year: Some(last), ..
                },
                Grain::Year,
            ),
        ) = (from, to)
        else {
            return;
        };
        if last != first + 1 {
            return;
        }
        self.last_term = Some(Some(first));
        // العام الدراسي 2023/2024، العام 2024-2025 الدراسي.
        let school = (mention.first.saturating_sub(3)..mention.first)
            .chain([mention.end])
            .any(|k| matches!(scan.folded(k), "الدراسي" | "الدراسيه"));
        if school {
            self.school_year = Some((first, scan.tokens.start(mention.first)));
        }
        let current = mention.first > 0
            && scan
                .entry(mention.first - 1)
                .is_some_and(|e| e.direction == Some(Direction::This));
        if current {
            self.current_term = Some(first);
        }
    }

    /// Gives the thirds of two months that make an interval without a
    /// year (`بين منتصف أبريل ونهاية مايو`) the year placed for the end's
    /// month, the start's a year earlier when its month comes later (`من
    /// منتصف نوفمبر إلى نهاية فبراير`): placed each on its own, the span
    /// could run backwards.
    fn share_month_year(&self, from: Spec, to: Spec) -> (Spec, Spec) {
        let unknown = |spec: Spec| match spec {
            Spec::MonthDays {
                month:
                    MonthRef::Written {
                        year: Year::Unknown,
                        month,
                    },
                days,
            } => Some((month, days)),
            _ => None,
        };
        let (Some((from_month, from_days)), Some((to_month, to_days))) =
            (unknown(from), unknown(to))
        else {
            return (from, to);
        };
        let reference = self.reference_fields(Calendar::Gregorian);
        let Some(year) = self.year(
            Year::Unknown,
            Calendar::Gregorian,
            Some(to_month),
            None,
            reference,
        ) else {
            return (from, to);
        };
        let month_days = |year: i32, month: u8, days: Days| Spec::MonthDays {
            month: MonthRef::Written {
                year: Year::Given(year),
                month,
            },
            days,
        };
        let crosses = i32::from(from_month > to_month);
        (
            month_days(year - crosses, from_month, from_days),
            month_days(year, to_month, to_days),
        )
    }

    /// Gives the end of an interval that has no year of its own one: the
    /// start borrows the year placed for the end when that gives none
    /// either (`من 1 إلى 5 أغسطس`) or places it against the reference
    /// (`من أبريل إلى يونيو الماضيين`), so that both ends are in one year
    /// even where each alone would be in another, and the year before when
    /// its month is later (`من 20 ديسمبر إلى 5 يناير`), for the interval
    /// crosses the new year. An end with no year after a start that has one
    /// takes the start's, the year after when its month is earlier (`من 28
    /// ديسمبر 2024 حتى 11 يناير` ends in 2025).
    fn share_year(&self, from: Spec, to: Spec) -> (Spec, Spec) {
        let (
            Some((calendar, from_year, from_month, from_day)),
            Some((to_calendar, to_year, to_month, to_day)),
        ) = (from.parts(), to.parts())
        else {
            return (from, to);
        };
        if calendar != to_calendar {
            return (from, to);
        }
        let crosses = i32::from(matches!((from_month, to_month), (Some(a), Some(b)) if a > b));
        let reference = self.reference_fields(calendar);
        match (from_year, to_year) {
            (
                Year::Unknown,
                Year::Unknown
                | Year::Before
                | Year::After
                | Year::Since
                | Year::Shift {
                    anchor: Anchor::Reference,
                    ..
                },
            ) => match self.year(to_year, calendar, to_month, to_day, reference) {
                Some(year) => (
                    Spec::written(calendar, Year::Given(year - crosses), from_month, from_day),
                    to,
                ),
                None => (from, to),
            },
            (Year::Unknown | Year::Every, _) => (from, to),
            (_, Year::Unknown) => {
                match self.year(from_year, calendar, from_month, from_day, reference) {
                    Some(year) => (
                        from,
                        Spec::written(calendar, Year::Given(year + crosses), to_month, to_day),
                    ),
                    None => (from, to),
                }
            }
            _ => (from, to),
        }
    }

    /// The year of a day and month written without one beside their
    /// weekday (`الخميس 15 أغسطس`): of the reference's year and the years
    /// on either side, the one nearest the reference in which that day is
    /// that weekday, for the weekday is written to place the day. Further
    /// off it is more likely a slip than a date years away, and the
    /// nearest occurrence stands, flagged.
    fn weekday_year(&self, spec: Spec, wanted: u8) -> Spec {
        let (Some(reference), Some((calendar, Year::Unknown, Some(month), Some(day)))) =
            (self.reference, spec.parts())
        else {
            return spec;
        };
        let Some(around) = self.reference_fields(calendar).and_then(|r| r.year) else {
            return spec;
        };
        let gregorian = |year: i32| match calendar {
            Calendar::Gregorian => {
                super::calendar::is_valid(year, month, day).then_some(Date { year, month, day })
            }
            Calendar::Hijri => {
                let date = hijri::HijriDate { year, month, day };
                hijri::is_valid(date).then(|| hijri::to_gregorian(date))
            }
        };
        (around - 1..=around + 1)
            .filter_map(|year| gregorian(year).map(|date| (year, date)))
            .filter(|&(_, date)| weekday(date) == wanted)
            .min_by_key(|&(_, date)| (day_number(date) - day_number(reference)).abs())
            .map_or(spec, |(year, _)| {
                Spec::written(calendar, Year::Given(year), Some(month), Some(day))
            })
    }

    /// Places two weekdays that share their occurrence as one span.
    /// Before the reference (من السبت إلى الاثنين الماضيين) or in a named
    /// week, the span ends on that end day and starts on the start day
    /// before; otherwise it starts where the start day alone would be and
    /// ends on the end day after, so that the span of a week not named
    /// holds or follows the day of writing. An eve's night ends on the day
    /// after its first, placed by the end's occurrence wherever that falls,
    /// and the span runs on to the end. A span of no named week after a
    /// date that names one (`dated`) is the first of those days that ends
    /// on or after its first day. `None` for other ends, which are placed
    /// each alone.
    fn weekdays(&mut self, from: Spec, to: Spec, dated: Option<Date>) -> Option<(Placed, Placed)> {
        let [(first, occurrence), (last, last_occurrence)] = Spec::weekday_pair(from, to)?;
        if occurrence != last_occurrence && occurrence != Occurrence::Eve {
            return None;
        }
        let gap = i64::from((last + 7 - first) % 7);
        let mut day = |spec: Spec| match self.place(spec).0 {
            Placed::Calendar(fields, _) => fields.date(),
            _ => None,
        };
        let (start, end) = match (occurrence, dated) {
            (Occurrence::Previous | Occurrence::BeforeLast | Occurrence::InWeek(_), _) => {
                let end = day(to)?;
                (add_days(end, -gap), end)
            }
            // The night ends on the day after the eve's first, placed as
            // the end is: `ليلة الجمعة` alone, or `ليلة الجمعة حتى صباح
            // الأحد`, whose Sunday is the one after that Friday.
            (Occurrence::Eve, _) => {
                let night_ends = day(Spec::Weekday {
                    weekday: first % 7 + 1,
                    occurrence: last_occurrence,
                })?;
                (add_days(night_ends, -1), add_days(night_ends, gap - 1))
            }
            (Occurrence::Latest | Occurrence::Next, Some(dated)) => {
                let back = (i64::from(weekday(dated)) - i64::from(first)).rem_euclid(7);
                let weeks_on = i64::from(back > gap);
                let start = add_days(dated, 7 * weeks_on - back);
                (start, add_days(start, gap))
            }
            (Occurrence::Latest | Occurrence::Next | Occurrence::AfterNext, _) => {
                let start = day(from)?;
                (start, add_days(start, gap))
            }
        };
        let placed = |date: Date| Placed::Calendar(Fields::of(date), Grain::Day);
        Some((placed(start), placed(end)))
    }

    /// The reference date's fields in `calendar`.
    fn reference_fields(&self, calendar: Calendar) -> Option<Fields> {
        self.reference.map(|date| match calendar {
            Calendar::Gregorian => Fields::of(date),
            Calendar::Hijri => {
                let h = hijri::from_gregorian(date);
                Fields {
                    year: Some(h.year),
                    month: Some(h.month),
                    day: Some(h.day),
                }
            }
        })
    }

    /// Places a spec, with its Hijri form (`1445-09-01`) for Hijri dates.
    fn place(&mut self, spec: Spec) -> (Placed, Option<String>) {
        let mut hijri_form = None;
        let placed = match spec {
            Spec::Gregorian { year, month, day } => {
                let reference = self.reference_fields(Calendar::Gregorian);
                let year = self.year(year, Calendar::Gregorian, month, day, reference);
                Placed::Calendar(Fields { year, month, day }, Grain::of(month, day))
            }
            Spec::Hijri { year, month, day } => {
                let reference = self.reference_fields(Calendar::Hijri);
                let year = self.year(year, Calendar::Hijri, month, day, reference);
                hijri_form = Some(
                    Placed::Calendar(Fields { year, month, day }, Grain::of(month, day)).value(),
                );
                match (year, month, day) {
                    (Some(year), Some(month), Some(day)) => Placed::Calendar(
                        Fields::of(hijri::to_gregorian(hijri::HijriDate { year, month, day })),
                        Grain::Day,
                    ),
                    (Some(year), month, None) => {
                        let (first, last) = hijri::gregorian_span(year, month);
                        Placed::Span(first, last, Grain::of(month, None))
                    }
                    _ => Placed::Calendar(Fields::default(), Grain::of(month, day)),
                }
            }
            // العام السابق عليه after 2024/2025: the fiscal or school year
            // before it.
            Spec::Shift {
                unit: Unit::Year,
                by,
                anchor: Anchor::Previous,
                day: None,
            } if self.last_term.is_some() => self.term(by, Anchor::Previous),
            Spec::Shift {
                unit,
                by,
                anchor,
                day,
            } => self.shift(unit, by, anchor, day),
            Spec::Term { by, anchor } => self.term(by, anchor),
            Spec::Easter {
                year,
                church,
                days_after,
            } => {
                let on =
                    |year: i32| add_days(holidays::easter(year, church), i64::from(days_after));
                let year = match (year, self.reference) {
                    (Year::Given(year), _) => Some(year),
                    // The feast nearest the reference, the last before it,
                    // or the next after it, as a day written without its
                    // year.
                    (Year::Unknown, Some(today)) => (today.year - 1..=today.year + 1)
                        .min_by_key(|&year| (day_number(on(year)) - day_number(today)).abs()),
                    (Year::Before, Some(today)) => {
                        Some(today.year - i32::from(on(today.year) >= today))
                    }
                    (Year::After, Some(today)) => {
                        Some(today.year + i32::from(on(today.year) <= today))
                    }
                    _ => None,
                };
                Placed::Calendar(year.map(on).map(Fields::of).unwrap_or_default(), Grain::Day)
            }
            Spec::Weekday {
                weekday: wanted,
                occurrence,
            } => match self.reference {
                Some(reference) => {
                    let today = i64::from(weekday(reference));
                    let wanted = i64::from(wanted);
                    let days = match occurrence {
                        // An eve's first day is placed from its day, in
                        // `weekdays`; alone it would be the latest.
                        Occurrence::Latest | Occurrence::Eve => -(today - wanted).rem_euclid(7),
                        Occurrence::Previous => -((today - wanted - 1).rem_euclid(7) + 1),
                        Occurrence::BeforeLast => -((today - wanted - 1).rem_euclid(7) + 8),
                        Occurrence::Next => (wanted - today - 1).rem_euclid(7) + 1,
                        Occurrence::AfterNext => (wanted - today - 1).rem_euclid(7) + 8,
                        Occurrence::InWeek(by) => wanted - today + 7 * i64::from(by),
                    };
                    Placed::Calendar(Fields::of(add_days(reference, days)), Grain::Day)
                }
                None => Placed::Week {
                    year: None,
                    week: None,
                    weekday: Some(wanted),
                },
            },
            Spec::Decade { year } => Placed::Decade(year),
            Spec::Century { year } => Placed::Century(year),
            Spec::Part { year, part } => {
                let reference = self.reference_fields(Calendar::Gregorian);
                let year = self.year(year, Calendar::Gregorian, None, None, reference);
                Placed::Part(year, part)
            }
            Spec::MonthDays {
                month: MonthRef::Written { year, month },
                days,
            } => {
                let reference = self.reference_fields(Calendar::Gregorian);
                let year = self.year(year, Calendar::Gregorian, Some(month), None, reference);
                days_of_month(year, month, days)
            }
            // The days of a Hijri month, which has 29 or 30: its last third
            // ends on its last, and is of 30 while the year is unknown.
            Spec::MonthDays {
                month: MonthRef::Hijri { year, month },
                days,
            } => {
                let reference = self.reference_fields(Calendar::Hijri);
                let year = self.year(year, Calendar::Hijri, Some(month), None, reference);
                let length = year.map_or(30, |year| hijri::days_in_month(year, month));
                let weekday_of = |day| {
                    year.map(|year| {
                        weekday(hijri::to_gregorian(hijri::HijriDate { year, month, day }))
                    })
                };
                // A day that cannot be told: the whole month.
                let (first, last) = days.span(length, weekday_of).unwrap_or((1, length));
                let day = |day: u8| Fields {
                    year,
                    month: Some(month),
                    day: Some(day),
                };
                let one_day = first == last;
                hijri_form = Some(if one_day {
                    Placed::Calendar(day(first), Grain::Day).value()
                } else {
                    Placed::Between(day(first), day(last), Grain::Day).value()
                });
                match year {
                    Some(year) => {
                        let gregorian =
                            |day: u8| hijri::to_gregorian(hijri::HijriDate { year, month, day });
                        if one_day {
                            Placed::Calendar(Fields::of(gregorian(first)), Grain::Day)
                        } else {
                            Placed::Span(gregorian(first), gregorian(last), Grain::Day)
                        }
                    }
                    None if one_day => Placed::Calendar(Fields::default(), Grain::Day),
                    None => Placed::Between(Fields::default(), Fields::default(), Grain::Day),
                }
            }
            Spec::MonthDays {
                month: MonthRef::Shifted { by, anchor },
                days,
            } => match self.shift(Unit::Month, by, anchor, None) {
                Placed::Calendar(
                    Fields {
                        year,
                        month: Some(month),
                        ..
                    },
                    _,
                ) => days_of_month(year, month, days),
                // No month to count from: the month, unknown, as alone.
                placed => placed,
            },
            Spec::WeekDays { days, occurrence } => match self.reference {
                Some(reference) => {
                    let monday = add_days(reference, 1 - i64::from(weekday(reference)));
                    let (first, last) = days.days_from_monday();
                    let span = |weeks: i64| {
                        (
                            add_days(monday, 7 * weeks + first),
                            add_days(monday, 7 * weeks + last),
                        )
                    };
                    let weeks = match occurrence {
                        Occurrence::InWeek(by) => i64::from(by),
                        Occurrence::Latest | Occurrence::Previous | Occurrence::Eve => {
                            -i64::from(span(0).0 > reference)
                        }
                        Occurrence::BeforeLast => -1 - i64::from(span(0).0 > reference),
                        Occurrence::Next => i64::from(span(0).1 < reference),
                        Occurrence::AfterNext => 1 + i64::from(span(0).1 < reference),
                    };
                    let (start, end) = span(weeks);
                    Placed::Between(Fields::of(start), Fields::of(end), Grain::Day)
                }
                None => Placed::Week {
                    year: None,
                    week: None,
                    weekday: None,
                },
            },
            Spec::YearThird { year, third } => {
                let reference = self.reference_fields(Calendar::Gregorian);
                let year = self.year(year, Calendar::Gregorian, None, None, reference);
                let (first, last) = third.months();
                let month = |month: u8| Fields {
                    year,
                    month: Some(month),
                    day: None,
                };
                Placed::Between(month(first), month(last), Grain::Month)
            }
        };
        self.last_term = None;
        match placed {
            Placed::Between(first, last, Grain::Year) => {
                self.last_term = Some(first.year);
                if first.year.is_some() {
                    self.last = last;
                }
            }
            Placed::Calendar(fields, _) | Placed::Between(fields, _, Grain::Day)
                if fields.year.is_some() || fields.month.is_some() =>
            {
                self.last = fields
            }
            // A Hijri year or month is a span of days, but names no day
            // to count the next from (عام 1450هـ ... اليوم التالي).
            Placed::Span(first, _, grain) => {
                self.last = Fields {
                    year: Some(first.year),
                    month: (grain != Grain::Year).then_some(first.month),
                    day: (grain == Grain::Day).then_some(first.day),
                }
            }
            // A part of a year names no month of its own to count from.
            Placed::Part(Some(year), _)
            | Placed::Between(
                Fields {
                    year: Some(year), ..
                },
                _,
                Grain::Month,
            ) => {
                self.last = Fields {
                    year: Some(year),
                    ..Fields::default()
                }
            }
            _ => {}
        }
        (placed, hijri_form)
    }

    /// The year of a month and day in `calendar`, placed against
    /// `reference` (its fields in that calendar). A year the text does not
    /// give is one in which the day exists: 29 فبراير only in leap years.
    fn year(
        &self,
        year: Year,
        calendar: Calendar,
        month: Option<u8>,
        day: Option<u8>,
        reference: Option<Fields>,
    ) -> Option<i32> {
        let reference_year = reference.and_then(|r| r.year);
        // Month and day as one number, to compare with the reference.
        let position = |month: Option<u8>, day: Option<u8>| {
            u16::from(month.unwrap_or(0)) * 32 + u16::from(day.unwrap_or(0))
        };
        let written = position(month, day);
        let today = reference.map(|r| position(r.month, day.and(r.day)));
        let exists = |year: i32| match (month, day) {
            (Some(month), Some(day)) => match calendar {
                Calendar::Gregorian => super::calendar::is_valid(year, month, day),
                Calendar::Hijri => hijri::is_valid(hijri::HijriDate { year, month, day }),
            },
            _ => true,
        };
        // The first year from `start`, going by `step`, in which the day exists.
        let from = |start: i32, step: i32| (0..8).map(|k| start + k * step).find(|&y| exists(y));
        match year {
            Year::Given(year) => Some(year),
            // After a school year named, a month of it (the press writes
            // the year of a term's days once, in its name).
            Year::Unknown
                if calendar == Calendar::Gregorian
                    && self.school_year_of(month).is_some_and(&exists) =>
            {
                self.school_year_of(month)
            }
            // The occurrence nearest the reference; of two as near, the
            // one in the reference's own year.
            Year::Unknown => {
                let (year, today) = (reference_year?, i32::from(today?));
                let distance = |y: i32| ((y - year) * 12 * 32 + i32::from(written) - today).abs();
                (0..=4)
                    .flat_map(|k| [year - k, year + k])
                    .filter(|&y| exists(y))
                    .min_by_key(|&y| distance(y))
            }
            Year::Since => from(reference_year? - i32::from(written > today?), -1),
            Year::Shift {
                by,
                anchor: Anchor::Reference,
            } => reference_year.map(|y| y + by),
            Year::Shift {
                by,
                anchor: Anchor::Previous,
            } => self.last.year.or(reference_year).map(|y| y + by),
            Year::Before => from(reference_year? - i32::from(written >= today?), -1),
            Year::After => from(reference_year? + i32::from(written <= today?), 1),
            Year::Every => None,
        }
    }

    /// The year of `month` in the school year the text last named: its
    /// first year from August, when schools open in the Gulf (Egypt's and
    /// the Maghreb's in September), its second before, and in August too
    /// for exams, which end a school year (Egypt's second round and the
    /// Gulf's are held then).
    fn school_year_of(&self, month: Option<u8>) -> Option<i32> {
        let (first, _) = self.school_year?;
        let month = month?;
        let of_the_end = month < SCHOOL_YEAR_OPENS || month == SCHOOL_YEAR_OPENS && self.of_exams;
        Some(first + i32::from(of_the_end))
    }

    /// Forgets the school year named before `mention` where the text has
    /// moved on from it: `mention` is further from it than
    /// [`SCHOOL_YEAR_REACH`], or writes a Gregorian year that is neither
    /// of its two.
    fn forget_school_year(&mut self, scan: &Scan, mention: &Mention) {
        let Some((first, named_at)) = self.school_year else {
            return;
        };
        let other_year = |spec: Spec| {
            matches!(spec.parts(), Some((Calendar::Gregorian, Year::Given(year), ..))
                if year != first && year != first + 1)
        };
        let writes_another = match mention.said {
            Said::Date { spec, .. } => other_year(spec),
            Said::Interval { from, to, .. } => other_year(from) || other_year(to),
            Said::Time(_) => false,
        };
        if writes_another || scan.tokens.start(mention.first) > named_at + SCHOOL_YEAR_REACH {
            self.school_year = None;
        }
    }

    /// The first day of the week the date before `mention` names (see
    /// [`Placer::dated_week`]), where `mention` is a span of weekdays
    /// that names no week of its own (no `المقبلين`) and starts in the
    /// same line or the next: a span further on is told of for itself.
    fn week_dated_before(&self, scan: &Scan, mention: &Mention) -> Option<Date> {
        let (day, dated_end) = self.dated_week?;
        let tokens = scan.tokens;
        let start = tokens.start(mention.first);
        let named = (mention.first..mention.end)
            .any(|k| scan.entry(k).is_some_and(|e| e.direction.is_some()));
        // The lines between the two, those that are neither the date's
        // nor the span's, are blank.
        let mut lines = tokens.text().get(dated_end..start)?.split('\n');
        lines.next();
        lines.next_back();
        let next_line = lines.all(|line| line.trim().is_empty());
        (!named && next_line).then_some(day)
    }

    /// A fiscal or school year `by` such years from the current one or the
    /// one last mentioned, as its two calendar years; unknown when the text
    /// names none, for where a fiscal year starts differs by country.
    fn term(&self, by: i32, anchor: Anchor) -> Placed {
        let base = match anchor {
            Anchor::Reference => self.current_term,
            Anchor::Previous => self.last_term.flatten(),
        };
        let year = |year: Option<i32>| Fields {
            year,
            ..Fields::default()
        };
        let first = base.map(|y| y + by);
        Placed::Between(year(first), year(first.map(|y| y + 1)), Grain::Year)
    }

    fn shift(&self, unit: Unit, by: i32, anchor: Anchor, day: Option<u8>) -> Placed {
        let reference = self.reference.map(Fields::of).unwrap_or_default();
        let enough = |fields: &Fields| match unit {
            Unit::Day | Unit::Week => fields.date().is_some(),
            Unit::Month => fields.month.is_some(),
            Unit::Year => fields.year.is_some(),
        };
        let base = match anchor {
            Anchor::Previous if enough(&self.last) => self.last,
            _ => reference,
        };
        match unit {
            Unit::Day => Placed::Calendar(
                base.date()
                    .map(|d| Fields::of(add_days(d, i64::from(by))))
                    .unwrap_or_default(),
                Grain::Day,
            ),
            Unit::Week => match base.date() {
                Some(date) => {
                    let (year, week) = iso_week(add_days(date, 7 * i64::from(by)));
                    Placed::Week {
                        year: Some(year),
                        week: Some(week),
                        weekday: None,
                    }
                }
                None => Placed::Week {
                    year: None,
                    week: None,
                    weekday: None,
                },
            },
            Unit::Month => {
                let (year, month) = match (base.year, base.month) {
                    (Some(year), Some(month)) => {
                        let (year, month) = add_months(year, month, by);
                        (Some(year), Some(month))
                    }
                    (None, Some(month)) => (None, Some(add_months(0, month, by).1)),
                    _ => (None, None),
                };
                Placed::Calendar(
                    Fields { year, month, day },
                    if day.is_some() {
                        Grain::Day
                    } else {
                        Grain::Month
                    },
                )
            }
            Unit::Year => Placed::Calendar(
                Fields {
                    year: base.year.map(|y| y + by),
                    month: None,
                    day: None,
                },
                Grain::Year,
            ),
        }
    }
}
