//! Every word the date and time grammars start from, in one hashed table
//! looked up once per word type.
//!
//! Nine words in ten are none of them, and a fingerprint of the word under
//! its proclitics tells so before any lookup. The same fingerprint tells
//! which words may be one of the few outside the table that readers also
//! start from (من، الساعة، عيد).
//!
//! Entries are written as news writes them and folded when the table is
//! built, so `أبريل` also finds `ابريل` and `إبريل`. Nouns are entered
//! without their article: the lookup splits proclitics (و ف ب ك ل, ال,
//! لل) and reports which it found, and each grammar decides what it
//! accepts (a weekday needs its article, a month refuses a preposition, so
//! that `باب` is no August).

use std::sync::OnceLock;

use super::parts::Third;
use super::stems::{StemFilter, MOST_PROCLITIC_BYTES};
use super::{holidays, months, parts};
use crate::lexicon::FoldedMap;
use crate::text::{fold, proclitic_splits, TokenKind, Tokens, PROCLITIC_LETTERS};

/// How much evidence a month name needs before it is read as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Also a name or a common word (ماي: Theresa May; رجب: Recep
    /// Erdoğan): only beside a day, a year, a paired name, `شهر` or
    /// `الماضي`-like word.
    Rare,
    /// Also a verb or a noun, but not after a temporal preposition
    /// (مارس: he practised; آب: father): also after `في`, `منذ`, …
    Weak,
    /// Only ever a month.
    Strong,
}

/// The calendar a month name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// A one-word month name, or the first word of a two-word one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthWord {
    Single {
        month: u8,
        calendar: Calendar,
        strength: Strength,
        /// A Levantine and Iraqi name (تموز، آب), which Reuters writes
        /// beside the Egyptian one with only a space: `يوليو تموز`.
        levantine: bool,
    },
    /// كانون، تشرين، ربيع، جمادى، ذو: the month depends on the next word.
    Head(Head),
}

/// The first word of a two-word month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    Kanun,
    Tishrin,
    Rabi,
    Jumada,
    Dhu,
}

/// The second word of a two-word month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tail {
    First,
    Second,
    Last,
    Qaada,
    Hijja,
}

/// A calendar unit noun: عام، شهر، أسبوع، يوم.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Where a relative word points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// الماضي، المنصرم، الفائت: the one before the reference.
    Last,
    /// المقبل، القادم: the one after the reference.
    Next,
    /// الحالي، الجاري: the reference's own.
    This,
    /// التالي، اللاحق: the one after the date last mentioned.
    Following,
    /// السابق: the one before the date last mentioned.
    Preceding,
    /// نفسه، ذاته: the date last mentioned.
    Same,
}

/// A part of the day, which places a clock hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// What one folded word can be, in each grammar that reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub month: Option<MonthWord>,
    pub tail: Option<Tail>,
    /// ISO weekday, 1 for Monday … 7 for Sunday (with the article).
    pub weekday: Option<u8>,
    /// The ISO weekday of a dialect's word that is a weekday only where
    /// `يوم` or a direction says so (`الحد`).
    pub colloquial_weekday: Option<u8>,
    /// Days from the reference: أمس -1, غدا +1 (اليوم is the unit يوم with
    /// its article).
    pub days_from_reference: Option<i8>,
    pub unit: Option<Unit>,
    /// عامي، العامين: the dual that introduces two years.
    pub dual_year_noun: bool,
    pub direction: Option<Direction>,
    /// The tens digit of a decade: التسعينيات → 9.
    pub decade: Option<u8>,
    /// قرن, which with its article and a rank names a century (القرن
    /// العشرين).
    pub century: bool,
    /// A preposition or noun after which a bare number in 1900–2100 is a
    /// year: في 2013، منذ 2011، مطلع 2020 (the words of [`THIRDS`] too).
    pub year_cue: bool,
    /// م، ميلادي، هـ، هجري after a year.
    pub era: Option<Calendar>,
    /// A clock hour in words (الثالثة), with its article.
    pub hour: Option<u8>,
    pub period: Option<Period>,
    /// مطلع، منتصف، أواخر: the part of a month or year it names.
    pub third: Option<Third>,
    /// صباح، مساء، ليلة: a part of the day that heads a day in construct
    /// (`مساء أمس`, `صباح اليوم`, `ليلة أمس`).
    pub day_part: Option<DayPart>,
}

/// A noun for a part of the day, which a day word follows in construct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    /// ليلة, whose definite form alone is tonight (`الليلة`).
    Night,
    /// ليل، صباح، صبيحة، مساء، ظهيرة.
    Plain,
    /// فجر، ظهر، عصر, which are also a verb (exploded, appeared) or a
    /// noun (an era): a part of the day right before a day word, but with
    /// و glued to it only after a word that places it (`وظهر اليوم` is
    /// and he appeared today).
    Placed,
}

/// A word found in the table, and the proclitics it was found under.
#[derive(Clone, Copy, Debug)]
pub struct Lexeme {
    pub entry: &'static Entry,
    pub conjunction: bool,
    pub preposition: Option<char>,
    pub article: bool,
    /// Letters of proclitics outside the date's own span (و، ب، لل…).
    pub clitic_letters: usize,
}

use Calendar::{Gregorian, Hijri};
use Strength::{Rare, Strong, Weak};

const GREGORIAN_MONTHS: &[(&str, u8, Strength)] = &[
    // Egypt, the Gulf, most of the Arab press.
    ("يناير", 1, Strong),
    ("فبراير", 2, Strong),
    ("فبرایر", 2, Strong),
    ("مارس", 3, Weak),
    ("أبريل", 4, Strong),
    ("ابريل", 4, Strong),
    ("إبريل", 4, Strong),
    ("مايو", 5, Strong),
    ("يونيو", 6, Strong),
    ("يونيه", 6, Strong),
    ("يوليو", 7, Strong),
    ("يوليه", 7, Strong),
    ("أغسطس", 8, Strong),
    ("أغسطوس", 8, Strong),
    ("سبتمبر", 9, Strong),
    ("سيبتمبر", 9, Strong),
    ("أكتوبر", 10, Strong),
    ("أوكتوبر", 10, Strong),
    ("نوفمبر", 11, Strong),
    ("نوڤمبر", 11, Strong),
    ("ديسمبر", 12, Strong),
    // Morocco.
    ("يوليوز", 7, Strong),
    ("غشت", 8, Strong),
    ("شتنبر", 9, Strong),
    ("نونبر", 11, Strong),
    ("دجنبر", 12, Strong),
    // Algeria and Tunisia, from French.
    ("جانفي", 1, Strong),
    ("فيفري", 2, Strong),
    ("أفريل", 4, Strong),
    ("ماي", 5, Rare),
    ("جوان", 6, Weak),
    ("جويلية", 7, Strong),
    ("جويليه", 7, Strong),
    ("أوت", 8, Weak),
];

/// The Levant and Iraq (the two-word names are heads and tails).
const LEVANTINE_MONTHS: &[(&str, u8, Strength)] = &[
    ("شباط", 2, Strong),
    ("آذار", 3, Strong),
    ("نيسان", 4, Weak),
    ("أيار", 5, Strong),
    ("حزيران", 6, Strong),
    ("تموز", 7, Strong),
    ("آب", 8, Weak),
    ("أيلول", 9, Strong),
];

/// Hijri months are also given names (رمضان، رجب، شعبان) or common words
/// (صفر: zero; محرم: forbidden), so each one needs evidence.
const HIJRI_MONTHS: &[(&str, u8, Strength)] = &[
    ("محرم", 1, Rare),
    ("صفر", 2, Rare),
    ("رجب", 7, Rare),
    ("شعبان", 8, Rare),
    ("رمضان", 9, Weak),
    ("شوال", 10, Weak),
];

/// Whether a folded word names a month in one word, in any calendar
/// (أكتوبر، تموز، رمضان): the names of bodies that are a day and month
/// (جامعة السادس من أكتوبر) are read outside the dates.
pub(crate) fn is_month_name(folded: &str) -> bool {
    static MONTHS: OnceLock<crate::hashing::FastSet<String>> = OnceLock::new();
    MONTHS
        .get_or_init(|| {
            [GREGORIAN_MONTHS, LEVANTINE_MONTHS, HIJRI_MONTHS]
                .iter()
                .flat_map(|months| months.iter().map(|&(name, ..)| fold(name)))
                .collect()
        })
        .contains(folded)
}

const HEADS: &[(&str, Head)] = &[
    ("كانون", Head::Kanun),
    ("تشرين", Head::Tishrin),
    ("ربيع", Head::Rabi),
    ("جمادى", Head::Jumada),
    ("جماد", Head::Jumada),
    ("ذو", Head::Dhu),
    ("ذي", Head::Dhu),
    ("ذا", Head::Dhu),
];

const TAILS: &[(&str, Tail)] = &[
    ("أول", Tail::First),
    ("أولى", Tail::First),
    ("ثاني", Tail::Second),
    ("ثانية", Tail::Second),
    ("آخر", Tail::Last),
    ("آخرة", Tail::Last),
    ("قعدة", Tail::Qaada),
    ("حجة", Tail::Hijja),
];

const WEEKDAYS: &[(&str, u8)] = &[
    ("اثنين", 1),
    ("ثلاثاء", 2),
    ("أربعاء", 3),
    ("خميس", 4),
    ("جمعة", 5),
    ("سبت", 6),
    ("أحد", 7),
    // Egypt's and the Levant's spoken forms.
    ("اتنين", 1),
    ("تلاتاء", 2),
];

/// The dialects' weekdays that are also common words, `التلات` (the three)
/// and `الحد` (the limit, `الحد من`): a weekday only after `يوم` or before
/// a direction (`يوم الحد`, `التلات الجاي`), see `relative::weekday`.
const COLLOQUIAL_WEEKDAYS: &[(&str, u8)] = &[("تلات", 2), ("حد", 7)];

/// The parts of the day that head a day in construct: `مساء أمس`, `فجر
/// اليوم`, `صباح غد`, `ليلة أمس`. Only the construct forms: the adverbs
/// (`مساء` also is one, `صباحا`, `ليلا`) take no day after them.
const DAY_PARTS: &[(&str, DayPart)] = &[
    ("ليلة", DayPart::Night),
    ("ليل", DayPart::Plain),
    ("صباح", DayPart::Plain),
    ("صبيحة", DayPart::Plain),
    ("مساء", DayPart::Plain),
    ("ظهيرة", DayPart::Plain),
    ("فجر", DayPart::Placed),
    ("ظهر", DayPart::Placed),
    ("عصر", DayPart::Placed),
];

/// The days named by their distance from today: `أمس`, `البارحة`, `غدا`,
/// and the dialects' `امبارح` (Egypt), `مبارح` (the Levant), `النهارده`
/// (Egypt: today), `باجر` (the Gulf and Iraq: tomorrow) and `بكرة`, `بكرا`
/// (tomorrow, which is also ب + `كرة`: read only where its place says
/// time, see `relative::days_from_reference`).
const DAYS_FROM_REFERENCE: &[(&str, i8)] = &[
    ("أمس", -1),
    ("بارحة", -1),
    ("غدا", 1),
    ("امبارح", -1),
    ("مبارح", -1),
    ("نهاردة", 0),
    ("انهاردة", 0),
    ("باجر", 1),
    ("بكرة", 1),
    ("بكرا", 1),
];

const UNITS: &[(&str, Unit)] = &[
    ("يوم", Unit::Day),
    ("أسبوع", Unit::Week),
    ("شهر", Unit::Month),
    ("عام", Unit::Year),
    ("سنة", Unit::Year),
];

const DUAL_YEAR_NOUNS: &[&str] = &["عامي", "عامين", "سنتي", "سنتين"];

const DIRECTIONS: &[(&str, Direction)] = &[
    ("ماضي", Direction::Last),
    ("ماضية", Direction::Last),
    ("منصرم", Direction::Last),
    ("منصرمة", Direction::Last),
    ("فائت", Direction::Last),
    ("فائتة", Direction::Last),
    ("مقبل", Direction::Next),
    ("مقبلة", Direction::Next),
    ("قادم", Direction::Next),
    ("قادمة", Direction::Next),
    // The duals, for two weekdays: بين الاثنين والأربعاء المقبلين.
    ("مقبلين", Direction::Next),
    ("قادمين", Direction::Next),
    ("ماضيين", Direction::Last),
    ("منصرمين", Direction::Last),
    // The dialects' coming one: `الأسبوع الجاي`, `السنة الجاية`, and
    // the Gulf's `الياي`, where ج is said ي.
    ("جاي", Direction::Next),
    ("جاية", Direction::Next),
    ("ياي", Direction::Next),
    ("ياية", Direction::Next),
    ("حالي", Direction::This),
    ("حالية", Direction::This),
    ("جاري", Direction::This),
    ("جارية", Direction::This),
    ("تالي", Direction::Following),
    ("تالية", Direction::Following),
    ("لاحق", Direction::Following),
    ("لاحقة", Direction::Following),
    ("سابق", Direction::Preceding),
    ("سابقة", Direction::Preceding),
    ("نفسه", Direction::Same),
    ("نفسها", Direction::Same),
    ("ذاته", Direction::Same),
    ("ذاتها", Direction::Same),
];

const DECADES: &[(&str, u8)] = &[
    ("عشرينيات", 2),
    ("عشرينات", 2),
    ("ثلاثينيات", 3),
    ("ثلاثينات", 3),
    ("أربعينيات", 4),
    ("أربعينات", 4),
    ("خمسينيات", 5),
    ("خمسينات", 5),
    ("ستينيات", 6),
    ("ستينات", 6),
    ("سبعينيات", 7),
    ("سبعينات", 7),
    ("ثمانينيات", 8),
    ("ثمانينات", 8),
    ("تسعينيات", 9),
    ("تسعينات", 9),
];

const YEAR_CUES: &[&str] = &[
    "في",
    "منذ",
    "قبل",
    "بعد",
    "حتى",
    "حلول",
    "خلال",
    "ربيع",
    "صيف",
    "خريف",
    "شتاء",
    "موازنة",
    "ميزانية",
    "انتخابات",
    "أحداث",
    "حرب",
    "ثورة",
    "المالي",
    "المالية",
    "الدراسي",
    "الدراسية",
];

/// The words for a part of a month or year, which are also year cues.
const THIRDS: &[(&str, Third)] = &[
    ("مطلع", Third::Early),
    ("بداية", Third::Early),
    ("بدايات", Third::Early),
    ("أوائل", Third::Early),
    ("أواسط", Third::Middle),
    ("منتصف", Third::Middle),
    ("أواخر", Third::Late),
    ("نهاية", Third::Late),
    ("نهايات", Third::Late),
];

const ERAS: &[(&str, Calendar)] = &[
    ("م", Gregorian),
    ("ميلادي", Gregorian),
    ("ميلادية", Gregorian),
    ("ميلاد", Gregorian),
    ("هـ", Hijri),
    ("هجري", Hijri),
    ("هجرية", Hijri),
    ("هجرة", Hijri),
];

/// Clock hours as the feminine ordinals that name them (الساعة الثالثة);
/// الحادية and الثانية take عشرة after them for 11 and 12.
const HOURS: &[(&str, u8)] = &[
    ("واحدة", 1),
    ("ثانية", 2),
    ("ثالثة", 3),
    ("رابعة", 4),
    ("خامسة", 5),
    ("سادسة", 6),
    ("سابعة", 7),
    ("ثامنة", 8),
    ("تاسعة", 9),
    ("عاشرة", 10),
    ("حادية", 11),
];

const PERIODS: &[(&str, Period)] = &[
    ("فجرا", Period::Dawn),
    ("فجر", Period::Dawn),
    ("صباحا", Period::Morning),
    ("صباح", Period::Morning),
    ("صبح", Period::Morning),
    ("ظهرا", Period::Noon),
    ("ظهر", Period::Noon),
    ("عصرا", Period::Afternoon),
    ("عصر", Period::Afternoon),
    ("مساء", Period::Evening),
    ("مساءا", Period::Evening),
    ("ليلا", Period::Night),
];

type Table = FoldedMap<Entry>;

/// One reading of a word, as the tables below give it.
#[derive(Clone, Copy)]
enum Role {
    Month(MonthWord),
    Tail(Tail),
    Weekday(u8),
    ColloquialWeekday(u8),
    DaysFromReference(i8),
    Unit(Unit),
    DualYearNoun,
    Direction(Direction),
    Decade(u8),
    Century,
    YearCue,
    Era(Calendar),
    Hour(u8),
    Period(Period),
    Third(Third),
    DayPart(DayPart),
}

/// Adds one reading of `word` to the table. Kept out of line: inlined
/// into the loops over the tables, it made the build of the table the
/// largest function of the wasm.
#[inline(never)]
fn add(table: &mut Table, word: &str, role: Role) {
    let entry = table.entry(fold(word)).or_default();
    match role {
        Role::Month(month) => entry.month = Some(month),
        Role::Tail(tail) => entry.tail = Some(tail),
        Role::Weekday(weekday) => entry.weekday = Some(weekday),
        Role::ColloquialWeekday(weekday) => entry.colloquial_weekday = Some(weekday),
        Role::DaysFromReference(days) => entry.days_from_reference = Some(days),
        Role::Unit(unit) => entry.unit = Some(unit),
        Role::DualYearNoun => entry.dual_year_noun = true,
        Role::Direction(direction) => entry.direction = Some(direction),
        Role::Decade(tens) => entry.decade = Some(tens),
        Role::Century => entry.century = true,
        Role::YearCue => entry.year_cue = true,
        Role::Era(era) => entry.era = Some(era),
        Role::Hour(hour) => entry.hour = Some(hour),
        Role::Period(period) => entry.period = Some(period),
        Role::Third(third) => entry.third = Some(third),
        Role::DayPart(part) => entry.day_part = Some(part),
    }
}

/// The words, outside the table, that readers start from: intervals (من،
/// منذ، بين، ما بين), times (الساعة، منتصف), days (الـ19), and relative
/// dates (أول أمس، بعد غد، هذا العام، نفس العام).
pub const STARTERS: &[&str] = &[
    "من",
    "منذ",
    "بين",
    "ما",
    "الساعه",
    "منتصف",
    "ال",
    "اول",
    "بعد",
    "قبل",
    "هذا",
    "هذه",
    "نفس",
];

/// The table, with what tells cheaply that a word is not in it.
struct Lexicon {
    table: Table,
    /// The byte length of the longest word, in the table or outside it.
    longest: usize,
    /// The fingerprints of the table's words and of the words outside it
    /// that readers start from.
    stems: StemFilter,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut table = Table::default();
        let t = &mut table;
        let months = [
            (GREGORIAN_MONTHS, Gregorian, false),
            (LEVANTINE_MONTHS, Gregorian, true),
            (HIJRI_MONTHS, Hijri, false),
        ];
        for (names, calendar, levantine) in months {
            for &(word, month, strength) in names {
                add(
                    t,
                    word,
                    Role::Month(MonthWord::Single {
                        month,
                        calendar,
                        strength,
                        levantine,
                    }),
                );
            }
        }
        for &(word, head) in HEADS {
            add(t, word, Role::Month(MonthWord::Head(head)));
        }
        for &(word, tail) in TAILS {
            add(t, word, Role::Tail(tail));
        }
        for &(word, weekday) in WEEKDAYS {
            add(t, word, Role::Weekday(weekday));
        }
        for &(word, weekday) in COLLOQUIAL_WEEKDAYS {
            add(t, word, Role::ColloquialWeekday(weekday));
        }
        for &(word, days) in DAYS_FROM_REFERENCE {
            add(t, word, Role::DaysFromReference(days));
        }
        for &(word, unit) in UNITS {
            add(t, word, Role::Unit(unit));
        }
        for &word in DUAL_YEAR_NOUNS {
            add(t, word, Role::DualYearNoun);
        }
        for &(word, direction) in DIRECTIONS {
            add(t, word, Role::Direction(direction));
        }
        for &(word, tens) in DECADES {
            add(t, word, Role::Decade(tens));
        }
        add(t, "قرن", Role::Century);
        for &word in YEAR_CUES {
            add(t, word, Role::YearCue);
        }
        for &(word, era) in ERAS {
            add(t, word, Role::Era(era));
        }
        for &(word, hour) in HOURS {
            add(t, word, Role::Hour(hour));
        }
        for &(word, period) in PERIODS {
            add(t, word, Role::Period(period));
        }
        for &(word, part) in DAY_PARTS {
            add(t, word, Role::DayPart(part));
        }
        for &(word, third) in THIRDS {
            add(t, word, Role::Third(third));
            add(t, word, Role::YearCue);
        }
        let outside = STARTERS
            .iter()
            .copied()
            .chain(holidays::first_stems())
            .chain(parts::NOUNS.iter().map(|&(noun, _)| noun))
            .chain([parts::TEN_DAYS]);
        let words: Vec<(&str, u8)> = table
            .keys()
            .map(|word| (word.as_str(), TABLE_WORD))
            .chain(outside.map(|word| (word, OUTSIDE_WORD)))
            .collect();
        let longest = words.iter().map(|(word, _)| word.len()).max().unwrap_or(0);
        let stems = StemFilter::new(words);
        Lexicon {
            table,
            longest,
            stems,
        }
    })
}

/// The lexemes of a text's tokens, found once per word type. Few types
/// are date words, so each keeps only the place of its lexeme in a list of
/// those found: four bytes a type rather than a whole lexeme.
pub struct Lexemes<'a> {
    token_types: &'a [u32],
    /// For each word type, 0 or one more than the place of its lexeme in
    /// `found`.
    at: Vec<u32>,
    found: Vec<Lexeme>,
    /// For each word type, its [`MAY_START_OUTSIDE`] and [`NAMES_A_MONTH`]
    /// bits.
    flags: Vec<u8>,
}

/// Whether a word type's fingerprint admits it as one of the [`STARTERS`]
/// or the stem of a holiday's or part's first word.
const MAY_START_OUTSIDE: u8 = 1;
/// Whether a word type's lexeme may be read as a month, or is the noun
/// شهر: what a day in words looks ahead for at every word, so kept apart
/// from the lexeme.
const NAMES_A_MONTH: u8 = 2;

impl Lexemes<'_> {
    /// The lexeme of token `i`, if it has one.
    pub fn get(&self, i: usize) -> Option<&Lexeme> {
        let at = self.at[*self.token_types.get(i)? as usize] as usize;
        at.checked_sub(1).map(|k| &self.found[k])
    }

    /// Whether token `i` may be a word outside the table that readers
    /// start from; if not, it surely is none.
    pub fn may_start_outside(&self, i: usize) -> bool {
        self.flag(i, MAY_START_OUTSIDE)
    }

    /// Whether token `i`'s lexeme is a year cue and nothing else (في،
    /// منذ، حرب): the year after it is read from the year.
    pub fn only_year_cue(&self, i: usize) -> bool {
        self.flag(i, ONLY_YEAR_CUE)
    }

    /// Whether no reader starts from token `i`'s lexeme: a year cue that
    /// is no starter (في، خلال، حرب), or a month word that names no month
    /// where it stands (`الذي`, the article and ذي, as frequent as a month
    /// name is rare).
    pub fn starts_nothing(&self, i: usize) -> bool {
        self.flag(i, STARTS_NOTHING)
    }

    /// Whether token `i` may be read as a month name, or is the noun شهر.
    pub fn names_a_month(&self, i: usize) -> bool {
        self.flag(i, NAMES_A_MONTH)
    }

    fn flag(&self, i: usize, flag: u8) -> bool {
        self.token_types
            .get(i)
            .is_some_and(|&t| self.flags[t as usize] & flag != 0)
    }
}

/// Whether a word type's lexeme is a year cue and nothing else: the
/// commonest words of the table (في alone was a quarter of the words
/// readers were tried from on news text).
const ONLY_YEAR_CUE: u8 = 4;
/// [`Lexemes::starts_nothing`].
const STARTS_NOTHING: u8 = 8;

/// The bit of the table's words in the fingerprints of [`Lexicon::stems`].
const TABLE_WORD: u8 = 1;
/// The bit of the words outside the table that readers start from.
const OUTSIDE_WORD: u8 = 2;

/// Looks every word type up once: its fingerprints first, then the
/// unsplit form, then each reading with proclitics.
pub fn lexemes<'a>(tokens: &'a Tokens) -> Lexemes<'a> {
    let lexicon = lexicon();
    let mut found = Vec::new();
    let types = tokens.word_type_count() as u32;
    let mut flags = Vec::with_capacity(types as usize);
    let at = (0..types)
        .map(|t| {
            let i = tokens.first_of_type(t);
            let word = tokens.folded(i);
            let lists = if tokens.kind(i) == Some(TokenKind::Word)
                && word.len() <= lexicon.longest + MOST_PROCLITIC_BYTES
            {
                lexicon.stems.lists_that_may_hold(word)
            } else {
                0
            };
            let lexeme = (lists & TABLE_WORD != 0)
                .then(|| lexeme(&lexicon.table, word))
                .flatten();
            // Only a word that may be read as a month: `الذي`, which
            // heads none, is as frequent as a month name is rare.
            let month = lexeme
                .is_some_and(|l| months::may_name_one(&l) || l.entry.unit == Some(Unit::Month));
            let only = |entry: Entry| lexeme.is_some_and(|l| *l.entry == entry);
            let only_cue = only(Entry {
                year_cue: true,
                ..Entry::default()
            });
            // A cue that is also a starter (منذ، قبل، بعد), with proclitics
            // or not (وقبل يومين), still starts; خلال, which ends like
            // the starter ال, does not.
            let starter = lexeme.is_some_and(|l| {
                let stem = word
                    .char_indices()
                    .nth(l.clitic_letters)
                    .map_or("", |(at, _)| &word[at..]);
                STARTERS.contains(&stem)
            });
            let month_word = lexeme.and_then(|l| l.entry.month).is_some_and(|month| {
                only(Entry {
                    month: Some(month),
                    ..Entry::default()
                })
            });
            let starts_nothing = only_cue && !starter || month_word && !month;
            flags.push(
                if lists & OUTSIDE_WORD != 0 {
                    MAY_START_OUTSIDE
                } else {
                    0
                } | if month { NAMES_A_MONTH } else { 0 }
                    | if only_cue { ONLY_YEAR_CUE } else { 0 }
                    | if starts_nothing { STARTS_NOTHING } else { 0 },
            );
            match lexeme {
                Some(lexeme) => {
                    found.push(lexeme);
                    found.len() as u32
                }
                None => 0,
            }
        })
        .collect();
    Lexemes {
        token_types: tokens.word_types(),
        at,
        found,
        flags,
    }
}

/// The table entry of a word or of its stem after proclitics.
fn lexeme(table: &'static Table, word: &str) -> Option<Lexeme> {
    if let Some(entry) = table.get(word) {
        return Some(Lexeme {
            entry,
            conjunction: false,
            preposition: None,
            article: false,
            clitic_letters: 0,
        });
    }
    if !word.starts_with(PROCLITIC_LETTERS) {
        return None;
    }
    proclitic_splits(word).skip(1).find_map(|split| {
        let entry = table.get(split.stem)?;
        Some(Lexeme {
            entry,
            conjunction: split.conjunction.is_some(),
            preposition: split.preposition,
            article: split.article,
            clitic_letters: split.letters_before_article(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexeme_of(word: &str) -> Option<Lexeme> {
        lexemes(&Tokens::new(word)).get(0).copied()
    }

    #[test]
    fn finds_words_under_their_proclitics() {
        let cases: &[(&str, bool, Option<char>, bool, usize)] = &[
            ("يوليو", false, None, false, 0),
            ("ويوليو", true, None, false, 1),
            ("العام", false, None, true, 0),
            ("للعام", false, Some('ل'), true, 0),
            ("وللعام", true, Some('ل'), true, 1),
            ("لعام", false, Some('ل'), false, 1),
            ("وبالعام", true, Some('ب'), true, 2),
            ("الجمعة", false, None, true, 0),
            ("أمس", false, None, false, 0),
        ];
        for &(word, conjunction, preposition, article, clitic_letters) in cases {
            let found = lexeme_of(word).unwrap_or_else(|| panic!("{word} not found"));
            assert_eq!(
                (
                    found.conjunction,
                    found.preposition,
                    found.article,
                    found.clitic_letters
                ),
                (conjunction, preposition, article, clitic_letters),
                "{word}"
            );
        }
    }

    #[test]
    fn leaves_other_words_alone() {
        for word in ["ذهاب", "استراتيجية", "جمعية", "يومية"] {
            assert!(lexeme_of(word).is_none(), "{word}");
        }
    }

    #[test]
    fn a_word_keeps_all_its_readings() {
        let second = lexeme_of("الثانية").unwrap().entry;
        assert_eq!((second.tail, second.hour), (Some(Tail::Second), Some(2)));
    }
}
