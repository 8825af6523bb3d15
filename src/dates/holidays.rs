//! Holidays named as dates. The Islamic ones: `عيد الفطر` (1 Shawwal),
//! `عيد الأضحى` (10 Dhu al-Hijja), `يوم عرفة`, `وقفة عرفات` or the Gulf's
//! `يوم الوقفة` (9 Dhu al-Hijja), `أيام التشريق` (the three days after
//! the sacrifice, 11 to 13 Dhu al-Hijja, as one span), `رأس السنة الهجرية` (1 Muharram), `المولد النبوي` (12 Rabi
//! al-Awwal), `ليلة القدر` (27 Ramadan, as the states keep it), `عيد
//! الغدير` (18 Dhu al-Hijja), and `أول
//! أيام عيد الفطر` … `رابع أيام عيد الأضحى`. The fixed Gregorian ones: `رأس السنة الميلادية` (1
//! January), `عيد العمال` (1 May), `عيد الأم` (21 March, as the Arab East
//! and the Gulf keep it) and `عيد الميلاد` (25 December; 7 January in a
//! text of the Coptic or another Orthodox church, which keep it by the
//! Julian calendar: `عيد الميلاد المجيد` that Egypt's Copts keep). A
//! country's national or independence day where the country is named
//! after it (`اليوم الوطني السعودي` 23 September, `العيد الوطني الـ63
//! لدولة الكويت` 25 February, `عيد استقلال لبنان` 22 November), and the
//! days whose name says the country (`عيد العرش` in Morocco, `عيد
//! الاتحاد` in the Emirates). The world days the United Nations keep, by
//! what they are of (`اليوم العالمي للمرأة` 8 March, `اليوم الدولي لحرية
//! الصحافة` 3 May).
//!
//! A holiday is its day, read as a date of its calendar would be: with a
//! year (`عيد الفطر 1445`, `1445هـ`, and for an Islamic one a Gregorian
//! one, `عيد الأضحى عام 2024`: the holiday's first occurrence in that
//! Gregorian year), with `الماضي`/`المقبل`, or with none (the occurrence
//! nearest the reference; without a reference, `XXXX-XX-XX`, with `hijri`
//! `XXXX-10-01` for an Islamic one).
//! A holiday's eve, `ليلة` or `عشية` before its name, is the day before
//! it (`ليلة رأس السنة` 31 December, `عشية عيد الميلاد` 24 December,
//! `ليلة عيد الفطر` the last day of Ramadan), and `ليلة العيد` that of the
//! Eid last named before it.
//!
//! A country's day named with a pronoun for it (`احتفلت الكويت بعيدها
//! الوطني`) is the day of the one country its sentence or the one before
//! names, and `اليوم الوطني للمملكة` that of the one kingdom the text
//! names; a country's day with no country after it is that of the country
//! named right before it (`احتفلت الكويت بالعيد الوطني`, `احتفلت المملكة
//! بعيد الاستقلال`). `عيد` alone, `عيد ميلاد` (a birthday), `عيد الميلاد الخمسين`,
//! and `العيد الوطني` or `عيد الاستقلال` with no country after them or
//! before them (whose day is each country's own) are not read.

use super::absolute::year_after;
use super::calendar::{add_days, days_in_month};
use super::hijri;
use super::lexicon::Calendar;
use super::parts::{Days, Place};
use super::{Date, Mention, MonthRef, Said, Scan, Spec, Year};
use crate::figures::read_rank;
use crate::text::proclitic_splits;

/// The day a holiday falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Day {
    /// A Hijri month and day.
    Hijri(u8, u8),
    /// Days of a Hijri month, the first to the last: `أيام التشريق`.
    HijriDays { month: u8, first: u8, last: u8 },
    /// A Gregorian month and day.
    Gregorian(u8, u8),
    /// Christmas: 25 December, or 7 January where the text is of a church
    /// that keeps the Julian calendar.
    Christmas,
    /// Easter, by the computus of the text's church.
    Easter,
    /// Sham el-Nessim, the Monday after Easter as Egypt's Copts keep it.
    ShamElNessim,
    /// A country's day, on the date of the country named after it.
    Country(Observance),
    /// A country's day named with a pronoun for the country (`بعيدها
    /// الوطني`, `عيد استقلاله`): the one country its sentence or the one
    /// before names.
    OwnCountry(Observance),
    /// A world day, on the date of what it is named of after it.
    World,
}

/// The days each country keeps on a date of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Observance {
    /// `اليوم الوطني`, `العيد الوطني`.
    National,
    /// `عيد الاستقلال`, `يوم الاستقلال`.
    Independence,
}

/// A country whose national or independence day news names, by its ISO
/// 3166 code, and the month and day of each day it keeps. The gazetteer
/// tells the country from its names and its adjective (`اليوم الوطني
/// السعودي`, `العيد الوطني لدولة الكويت`, `عيد استقلال لبنان`). A day the
/// country does not keep under that name is none: Lebanon has no `العيد
/// الوطني` apart from its independence.
struct Country {
    code: &'static str,
    national: Option<(u8, u8)>,
    independence: Option<(u8, u8)>,
}

impl Country {
    /// The month and day it keeps `observance` on, if it keeps it.
    fn day(&self, observance: Observance) -> Option<(u8, u8)> {
        match observance {
            Observance::National => self.national,
            Observance::Independence => self.independence,
        }
    }
}

const fn country(
    code: &'static str,
    national: Option<(u8, u8)>,
    independence: Option<(u8, u8)>,
) -> Country {
    Country {
        code,
        national,
        independence,
    }
}

/// The Arab countries, and the foreign ones whose day the Arab press
/// reports. Oman moved its national day to 20 November in 2020; Jordan's
/// national day is its independence; Yemen's is its unity, 22 May.
const COUNTRIES: &[Country] = &[
    country("SA", Some((9, 23)), None),
    country("KW", Some((2, 25)), None),
    country("AE", Some((12, 2)), None),
    country("QA", Some((12, 18)), None),
    country("BH", Some((12, 16)), None),
    country("OM", Some((11, 20)), None),
    country("IQ", Some((10, 3)), None),
    country("JO", Some((5, 25)), Some((5, 25))),
    country("LB", None, Some((11, 22))),
    country("SY", Some((4, 17)), Some((4, 17))),
    country("PS", None, Some((11, 15))),
    country("EG", Some((7, 23)), None),
    country("DZ", None, Some((7, 5))),
    country("TN", None, Some((3, 20))),
    country("MA", None, Some((11, 18))),
    country("LY", None, Some((12, 24))),
    country("SD", None, Some((1, 1))),
    country("MR", Some((11, 28)), Some((11, 28))),
    country("YE", Some((5, 22)), Some((11, 30))),
    country("US", Some((7, 4)), Some((7, 4))),
    country("FR", Some((7, 14)), None),
    country("CN", Some((10, 1)), None),
    country("TR", Some((10, 29)), None),
];

/// The world days of the United Nations and its agencies that the press
/// marks, by the folded words of what each is of, after `اليوم العالمي`
/// or `اليوم الدولي` and ل (`اليوم العالمي للمرأة`, `اليوم الدولي لحرية
/// الصحافة`), and their month and day.
const WORLD_DAYS: &[(&[&str], (u8, u8))] = &[
    (&["المراه"], (3, 8)),
    (&["المياه"], (3, 22)),
    (&["الصحه"], (4, 7)),
    (&["الكتاب"], (4, 23)),
    (&["حريه", "الصحافه"], (5, 3)),
    (&["البيئه"], (6, 5)),
    (&["اللاجئين"], (6, 20)),
    (&["الشباب"], (8, 12)),
    (&["السلام"], (9, 21)),
    (&["السياحه"], (9, 27)),
    (&["المعلم"], (10, 5)),
    (&["الغذاء"], (10, 16)),
    (&["الطفل"], (11, 20)),
    (&["التضامن", "مع", "الشعب", "الفلسطيني"], (11, 29)),
    (&["مكافحه", "الايدز"], (12, 1)),
    (&["الايدز"], (12, 1)),
    (&["الاشخاص", "ذوي", "الاعاقه"], (12, 3)),
    (&["حقوق", "الانسان"], (12, 10)),
    (&["اللغه", "العربيه"], (12, 18)),
];

/// The nouns of a state's title between ل and its name: `لدولة الكويت`,
/// `لسلطنة عمان`, `للمملكة الأردنية الهاشمية` (whose adjectives name it
/// too), `للجمهورية اللبنانية`.
const STATE_TITLES: &[&str] = &["دوله", "سلطنه", "مملكه", "جمهوريه"];

/// The folded words of each holiday's name, and its day.
const HOLIDAYS: &[(&[&str], Day)] = &[
    (&["عيد", "الفطر"], Day::Hijri(10, 1)),
    (&["عيد", "الاضحي"], Day::Hijri(12, 10)),
    // The day of Arafat, the pilgrims' standing on the eve of al-Adha.
    (&["يوم", "عرفه"], Day::Hijri(12, 9)),
    (&["يوم", "عرفات"], Day::Hijri(12, 9)),
    (&["وقفه", "عرفه"], Day::Hijri(12, 9)),
    (&["وقفه", "عرفات"], Day::Hijri(12, 9)),
    // The Gulf's name for it: the day of the standing.
    (&["يوم", "الوقفه"], Day::Hijri(12, 9)),
    (&["راس", "السنه", "الهجريه"], Day::Hijri(1, 1)),
    (&["المولد", "النبوي"], Day::Hijri(3, 12)),
    // Eid al-Ghadir, which Shia Muslims keep on 18 Dhu al-Hijja.
    (&["عيد", "الغدير"], Day::Hijri(12, 18)),
    // The days of Tashreeq, the three after the day of sacrifice.
    (
        &["ايام", "التشريق"],
        Day::HijriDays {
            month: 12,
            first: 11,
            last: 13,
        },
    ),
    (&["راس", "السنه", "الميلاديه"], Day::Gregorian(1, 1)),
    (&["عيد", "العمال"], Day::Gregorian(5, 1)),
    (&["عيد", "الميلاد"], Day::Christmas),
    (&["عيد", "الفصح"], Day::Easter),
    (&["عيد", "القيامه"], Day::Easter),
    (&["شم", "النسيم"], Day::ShamElNessim),
    // Mother's Day is 21 March in the Arab East and the Gulf.
    (&["عيد", "الام"], Day::Gregorian(3, 21)),
    (&["يوم", "الام"], Day::Gregorian(3, 21)),
    // The Moroccan throne day and the Emirates' union day, which name
    // their country.
    (&["عيد", "العرش"], Day::Gregorian(7, 30)),
    (&["عيد", "الاتحاد"], Day::Gregorian(12, 2)),
    (&["اليوم", "العالمي"], Day::World),
    (&["اليوم", "الدولي"], Day::World),
    (&["اليوم", "الوطني"], Day::Country(Observance::National)),
    (&["العيد", "الوطني"], Day::Country(Observance::National)),
    (&["عيد", "الاستقلال"], Day::Country(Observance::Independence)),
    (&["يوم", "الاستقلال"], Day::Country(Observance::Independence)),
    (&["عيد", "استقلال"], Day::Country(Observance::Independence)),
    (&["عيدها", "الوطني"], Day::OwnCountry(Observance::National)),
    (&["عيده", "الوطني"], Day::OwnCountry(Observance::National)),
    (&["يومها", "الوطني"], Day::OwnCountry(Observance::National)),
    (&["يومه", "الوطني"], Day::OwnCountry(Observance::National)),
    (
        &["عيد", "استقلالها"],
        Day::OwnCountry(Observance::Independence),
    ),
    (
        &["عيد", "استقلاله"],
        Day::OwnCountry(Observance::Independence),
    ),
    (
        &["يوم", "استقلالها"],
        Day::OwnCountry(Observance::Independence),
    ),
    (
        &["يوم", "استقلاله"],
        Day::OwnCountry(Observance::Independence),
    ),
    // Laylat al-Qadr is sought on the odd nights of Ramadan's last ten,
    // and kept on the 27th: the night the states mark, and the press.
    (&["ليله", "القدر"], Day::Hijri(9, 27)),
    // رأس السنة alone is the Gregorian one; another calendar's is named
    // after it (`رأس السنة الصينية`), and is no date (see `read`).
    (&["راس", "السنه"], Day::Gregorian(1, 1)),
];

/// The words before a holiday that name its eve, the night before its
/// day (`ليلة رأس السنة`, `عشية عيد الميلاد`): the day before it.
const EVES: &[&str] = &["ليله", "عشيه"];

/// The epithets a holiday's name may take, which are in its span: `عيد
/// الميلاد المجيد`, `عيد العمال العالمي`, `عيد الفطر المبارك`, `رأس السنة
/// الجديدة`.
const EPITHETS: &[&str] = &["المجيد", "العالمي", "المبارك", "السعيد", "الجديده"];

/// The stems of words that say a text is of a church that keeps Christmas
/// on 7 January: the Copts (`الأقباط`, `القبطية`), the Orthodox, and the
/// Coptic pope's name and see (`تواضروس`, `الكرازة المرقسية`).
const JULIAN_CHURCH_STEMS: &[&str] = &["قبط", "اقباط", "ارثوذكس", "تواضروس", "المرقسيه"];

/// The stems of words that say a text is of Christians or a church
/// (`المسيحيين`, `الكنيسة`, `الكنائس`, `قداس`, `القداديس`, `الكاتدرائية`,
/// `البطريرك`, `الفاتيكان`, `بابا نويل`), where `عيد الميلاد` is Christmas
/// and not a birthday (`حفل عيد الميلاد` of a man's wife).
const CHRISTIAN_STEMS: &[&str] = &[
    "مسيح",
    "كنيس",
    "كنائس",
    "قداس",
    "قداد",
    "كاتدرائي",
    "بطريرك",
    "الفاتيكان",
    "نويل",
];

/// The first words of `أول أيام` … `رابع أيام`.
const STARTERS: &[&str] = &["اول", "ثاني", "ثالث", "رابع"];

/// What is left of a holiday's first word under its proclitics (`وبعيد`,
/// `للمولد`): what [`Scan::may_start`] tests first.
pub fn first_stems() -> impl Iterator<Item = &'static str> {
    let names = HOLIDAYS.iter().map(|(words, _)| words[0]);
    STARTERS
        .iter()
        .chain(EVES)
        .copied()
        .chain(names.map(|word| word.strip_prefix("ال").unwrap_or(word)))
}

/// Whether a holiday may start at token `i`, for [`Scan::may_start`]: its
/// last letters are those of a first word.
pub fn may_start(scan: &Scan, i: usize) -> bool {
    let folded = scan.folded(i);
    [
        "عيد",
        "يوم",
        "عيدها",
        "عيده",
        "يومها",
        "يومه",
        "راس",
        "شم",
        "المولد",
        "لمولد",
        "اول",
        "ثاني",
        "ثالث",
        "رابع",
        "ليله",
        "عشيه",
        "وقفه",
        "ايام",
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
        .chain(EVES)
        .chain(HOLIDAYS.iter().map(|(words, _)| &words[0]))
        .find_map(|w| with_proclitics(scan, i, w))
}

/// `أول أيام` … `رابع أيام` before an Eid: how many days after its first.
fn day_of_feast(scan: &Scan, i: usize) -> Option<(u8, usize)> {
    // أيام first: it is one comparison, the ordinal four proclitic splits.
    if !scan.is(i + 1, "ايام") {
        return None;
    }
    let word = |w| with_proclitics(scan, i, w).is_some();
    let nth = match () {
        _ if word("اول") => 0,
        _ if word("ثاني") => 1,
        _ if word("ثالث") => 2,
        _ if word("رابع") => 3,
        _ => return None,
    };
    Some((nth, i + 2))
}

/// Reads a holiday at token `i`, or its eve (`ليلة رأس السنة`, `عشية عيد
/// الميلاد`, `ليلة عيد الفطر`): the day before it. The eve of Easter is
/// not read, nor that of a Hijri holiday with a direction (`ليلة عيد الفطر
/// المقبل`), which would place the month before on its own.
pub fn read(scan: &Scan, i: usize) -> Option<Mention> {
    // Most tokens the date readers try are no holiday's first word, and
    // telling so by its last letters spares the proclitic readings below.
    if !scan.may_start_a_holiday(i) {
        return None;
    }
    read_holiday(scan, i).or_else(|| eve(scan, i))
}

/// Reads the eve of a holiday at token `i`: `ليلة` or `عشية` before its
/// name, without proclitics of its own.
fn eve(scan: &Scan, i: usize) -> Option<Mention> {
    if !EVES
        .iter()
        .any(|eve| with_proclitics(scan, i, eve).is_some())
        || !scan.may_start_a_holiday(i + 1)
    {
        return None;
    }
    let holiday = read_holiday(scan, i + 1)
        .filter(|_| clitic_letters(scan, i + 1) == Some(0))
        .or_else(|| feast_named_before(scan, i + 1))?;
    let Said::Date { spec, weekday } = holiday.said else {
        return None;
    };
    let spec = match spec {
        Spec::Gregorian {
            year,
            month: Some(month),
            day: Some(day),
        } => {
            let (year, month, day) = match (month, day) {
                (1, 1) => {
                    let year = match year {
                        Year::Given(year) => Year::Given(year - 1),
                        other => other,
                    };
                    (year, 12, 31)
                }
                // No holiday falls on 1 March: the month before has no
                // leap day to tell.
                (month, 1) => (year, month - 1, days_in_month(2001, month - 1)),
                (month, day) => (year, month, day - 1),
            };
            Spec::written(Calendar::Gregorian, year, Some(month), Some(day))
        }
        Spec::Hijri {
            year,
            month,
            day: Some(day),
        } if day > 1 => Spec::written(Calendar::Hijri, year, month, Some(day - 1)),
        // The eve of the first of a Hijri month is the last day of the
        // month before, the 29th or the 30th.
        Spec::Hijri {
            year: year @ (Year::Given(_) | Year::Unknown),
            month: Some(month),
            day: Some(1),
        } => {
            let (year, month) = match (year, month) {
                (Year::Given(year), 1) => (Year::Given(year - 1), 12),
                (year, 1) => (year, 12),
                (year, month) => (year, month - 1),
            };
            Spec::MonthDays {
                month: MonthRef::Hijri { year, month },
                days: Days::Day {
                    weekday: None,
                    place: Place::Last,
                },
            }
        }
        Spec::Easter {
            year,
            church,
            days_after,
        } if days_after > 0 => Spec::Easter {
            year,
            church,
            days_after: days_after - 1,
        },
        _ => return None,
    };
    Some(Mention {
        first: i,
        said: Said::Date { spec, weekday },
        ..holiday
    })
}

/// How many tokens before `العيد` the feast it stands for is sought:
/// about a paragraph.
const FEAST_REACH: usize = 150;

/// Reads `العيد` at token `at` as the Eid last named within
/// [`FEAST_REACH`] before it (`عيد الفطر`, `عيد الأضحى المقبل`), whose eve
/// `ليلة العيد` is. Where none is named it is none: the nearest Eid
/// after the reference would be wrong for the copy that looks back on one,
/// and `العيد` may be another feast (Christmas, a national day).
fn feast_named_before(scan: &Scan, at: usize) -> Option<Mention> {
    // العيد الوطني with no country is no Eid.
    if !scan.is(at, "العيد") || scan.is(at + 1, "الوطني") {
        return None;
    }
    let holiday = (at.saturating_sub(FEAST_REACH)..at)
        .rev()
        .filter(|&k| scan.is(k + 1, "الفطر") || scan.is(k + 1, "الاضحي"))
        .find_map(|k| read_holiday(scan, k))?;
    Some(Mention {
        first: at,
        end: at + 1,
        ..holiday
    })
}

/// Reads a holiday's name at token `i`, whose last letters
/// [`may_start`] one.
fn read_holiday(scan: &Scan, i: usize) -> Option<Mention> {
    let (offset, at) = day_of_feast(scan, i).unwrap_or((0, i));
    // The words after the first are compared first: splitting the first
    // into its proclitics for each of the holidays cost ten times more.
    // The second word is looked up once, not once a holiday.
    let second = scan.folded(at + 1);
    let (words, day) = HOLIDAYS.iter().find(|(words, _)| {
        let rest = (words.len() < 2 || words[1] == second)
            && words
                .iter()
                .enumerate()
                .skip(2)
                .all(|(k, w)| scan.is(at + k, w));
        rest && if at > i {
            scan.is(at, words[0])
        } else {
            with_proclitics(scan, at, words[0]).is_some()
        }
    })?;
    let eid = words[0] == "عيد";
    if at > i && !eid {
        return None;
    }
    let name_end = at + words.len();
    let name_end = name_end + usize::from(EPITHETS.contains(&scan.folded(name_end)));
    let (spec, end) = match *day {
        Day::Gregorian(month, day) if words[1] == "الاتحاد" => {
            // عيد الاتحاد الأوروبي is no Emirati day: after it only the
            // Emirates, an anniversary or a year.
            let end = match country_after(scan, name_end) {
                Some((country, end)) if country.code == "AE" => end,
                Some(_) => return None,
                None => {
                    let end = anniversary_end(scan, name_end);
                    if scan.folded(end).starts_with("ال") && scan.lexeme(end).is_none() {
                        return None;
                    }
                    end
                }
            };
            day_with_year(scan, end, Calendar::Gregorian, month, day + offset)?
        }
        Day::Hijri(month, day) => {
            day_with_year(scan, name_end, Calendar::Hijri, month, day + offset)?
        }
        Day::HijriDays { month, first, last } => {
            let (from, _) = day_with_year(scan, name_end, Calendar::Hijri, month, first)?;
            let (to, end) = day_with_year(scan, name_end, Calendar::Hijri, month, last)?;
            return Some(Mention::interval(i, end, from, to));
        }
        Day::Gregorian(month, day) => {
            // رأس السنة الصينية، الأمازيغية، العبرية: another calendar's.
            let another = words.len() == 2
                && words[0] == "راس"
                && scan.folded(name_end).starts_with("ال")
                && scan.lexeme(name_end).is_none();
            if another {
                return None;
            }
            day_with_year(scan, name_end, Calendar::Gregorian, month, day + offset)?
        }
        Day::Christmas => {
            // عيد الميلاد الخمسين، عيد الميلاد 80: a birthday.
            let numbered =
                scan.integer(name_end, 3).is_some() || read_rank(scan.tokens, name_end).is_some();
            if numbered {
                return None;
            }
            let named = church_named_after(scan, name_end).or_else(|| church(scan, i));
            let (month, day) = match named {
                Some(Church::Julian) => (1, 7),
                Some(Church::Gregorian) => (12, 25),
                // عيد الميلاد المجيد is Christmas wherever it is written,
                // and so is it with a year (`عيد الميلاد 2020`): a birthday
                // is of a person, and counted, not of a year.
                None if name_end > at + words.len()
                    || matches!(
                        year_after(scan, name_end, Calendar::Gregorian).0,
                        Year::Given(_)
                    ) =>
                {
                    (12, 25)
                }
                None => return None,
            };
            day_with_year(scan, name_end, Calendar::Gregorian, month, day + offset)?
        }
        Day::Easter => {
            let church = church_named_after(scan, name_end)
                .or_else(|| church(scan, i))
                .unwrap_or(Church::Gregorian);
            easter_day(scan, name_end, church, offset)?
        }
        Day::ShamElNessim => easter_day(scan, name_end, Church::Julian, offset + 1)?,
        Day::World => {
            // للمرأة، لحرية الصحافة: what the day is of, after ل.
            if !proclitic_splits(scan.folded(name_end)).any(|s| s.preposition == Some('ل')) {
                return None;
            }
            let ((month, day), end) = WORLD_DAYS
                .iter()
                .find_map(|(name, date)| Some((*date, name_at(scan, name_end, name)?)))?;
            day_with_year(scan, end, Calendar::Gregorian, month, day)?
        }
        Day::Country(observance) => {
            let (country, end) = country_after(scan, name_end)
                .or_else(|| Some((country_before(scan, i)?, anniversary_end(scan, name_end))))?;
            let (month, day) = country.day(observance)?;
            day_with_year(scan, end, Calendar::Gregorian, month, day + offset)?
        }
        Day::OwnCountry(observance) => {
            let end = anniversary_end(scan, name_end);
            let end = end + usize::from(EPITHETS.contains(&scan.folded(end)));
            let (month, day) = country_referred_to(scan, i)?.day(observance)?;
            day_with_year(scan, end, Calendar::Gregorian, month, day + offset)?
        }
    };
    Some(Mention {
        first: i,
        end,
        said: Said::Date {
            spec,
            weekday: None,
        },
    })
}

/// The token after the rank of an anniversary at token `at` (`اليوم
/// الوطني الـ94`, `العيد الوطني الثالث والخمسين`), or `at` when there is
/// none.
fn anniversary_end(scan: &Scan, at: usize) -> usize {
    if scan.is(at, "ال") && scan.integer(at + 1, 3).is_some() {
        return at + 2;
    }
    match read_rank(scan.tokens, at) {
        Some(rank) if rank.definite => rank.end,
        _ => at,
    }
}

/// The country named after a country's day at token `at`, past the rank
/// of the anniversary and an epithet (`العيد الوطني الـ54 المجيد لسلطنة
/// عمان`), and the token its name starts at, where the day's span ends:
/// the country tells the date, as a church tells Christmas's, and its
/// name is the place's, which no date may hide (`لبنان` in `عيد استقلال
/// لبنان`).
fn country_after(scan: &Scan, at: usize) -> Option<(&'static Country, usize)> {
    let at = anniversary_end(scan, at);
    let at = at + usize::from(EPITHETS.contains(&scan.folded(at)));
    Some((country_at(scan, at)?, at))
}

/// The country named right before a country's day at token `i` that
/// carries ب, as the one who keeps it or is wished well on it: `احتفلت
/// الكويت بالعيد الوطني`, `هنأ نظيره الأردني بعيد الاستقلال`, and
/// `احتفلت المملكة بعيد الاستقلال`, the one kingdom the text names. Not
/// `تحتفل البلاد بعيد الاستقلال`, which names none.
fn country_before(scan: &Scan, i: usize) -> Option<&'static Country> {
    let celebrated = proclitic_splits(scan.folded(i)).any(|s| s.preposition == Some('ب'));
    let before = i.checked_sub(1).filter(|_| celebrated)?;
    let gazetteer = crate::entities::gazetteer();
    let named = |k: usize| gazetteer.country_at(scan.tokens, k).map(|(code, _)| code);
    let kingdom = || {
        proclitic_splits(scan.folded(before))
            .any(|s| s.preposition.is_none() && s.article && s.stem == "مملكه")
            .then(|| one_kingdom(scan))
            .flatten()
    };
    let code = nisba_country(scan, before)
        .or_else(|| named(before))
        .or_else(kingdom)?;
    COUNTRIES.iter().find(|country| country.code == code)
}

/// The country whose adjective with the article token `k` is (`السعودي`,
/// `الأردنية`).
fn nisba_country(scan: &Scan, k: usize) -> Option<&'static str> {
    let gazetteer = crate::entities::gazetteer();
    let word = scan.folded(k);
    let place = word.starts_with("ال").then(|| gazetteer.nisba(word))??;
    gazetteer.country_code(place)
}

/// The one kingdom the whole text names, sought once per text.
fn one_kingdom(scan: &Scan) -> Option<&'static str> {
    *scan.only_kingdom.get_or_init(|| {
        let whole_text = 0..scan.tokens.len();
        only_country_in(scan, whole_text, |code| KINGDOMS.contains(&code)).ok()
    })
}

/// The country named at token `at`: by its adjective with the article
/// (`السعودي`), or by its name in construct or after ل, itself or after a
/// state's title (`عيد استقلال لبنان`, `للسعودية`, `لدولة الكويت`,
/// `للمملكة العربية السعودية`, `للجمهورية اللبنانية`).
fn country_at(scan: &Scan, at: usize) -> Option<&'static Country> {
    let gazetteer = crate::entities::gazetteer();
    let by_adjective = |k: usize| nisba_country(scan, k);
    // Only ل may be glued to the name: `ولبنان` is another country.
    let named = |k: usize| {
        let (code, clitic_letters) = gazetteer.country_at(scan.tokens, k)?;
        (clitic_letters == 0 || (clitic_letters == 1 && scan.folded(k).starts_with('ل')))
            .then_some(code)
    };
    let titled = || {
        proclitic_splits(scan.folded(at))
            .any(|s| s.preposition == Some('ل') && STATE_TITLES.contains(&s.stem))
    };
    // اليوم الوطني للمملكة: the one kingdom the text names.
    let the_kingdom = || {
        let kingdom = proclitic_splits(scan.folded(at))
            .any(|s| s.preposition == Some('ل') && s.article && s.stem == "مملكه");
        kingdom.then(|| one_kingdom(scan)).flatten()
    };
    let code = by_adjective(at)
        .or_else(|| named(at))
        .or_else(|| {
            titled()
                .then(|| named(at + 1).or_else(|| by_adjective(at + 1)))
                .flatten()
        })
        .or_else(the_kingdom)?;
    COUNTRIES.iter().find(|country| country.code == code)
}

/// The kingdoms, whose press calls its own `المملكة`, by ISO 3166 code.
const KINGDOMS: &[&str] = &[
    "SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK",
];

/// How many tokens back a pronoun for a country is sought: its sentence
/// and the one before, within a paragraph.
const REFERRED_REACH: usize = 80;

/// The country that a pronoun at token `i` stands for (`احتفلت الكويت
/// بعيدها الوطني`): the one country named in its sentence up to it, or,
/// where that names none, in the sentence before, if nothing else there or
/// since could be the pronoun's: no other country's adjective (`زار
/// الرئيس الفرنسي الكويت.`) nor another country's city (`ثم توجه إلى
/// دبي.`). None where they name more than one.
fn country_referred_to(scan: &Scan, i: usize) -> Option<&'static Country> {
    let reach = i.saturating_sub(REFERRED_REACH);
    let mut sentence_starts = (reach..i)
        .rev()
        .filter(|&k| scan.tokens.ends_sentence(k))
        .map(|k| k + 1)
        .chain(std::iter::once(reach));
    let own = sentence_starts.next().unwrap_or(reach);
    let before = sentence_starts.next().unwrap_or(reach);
    let code = match only_country_in(scan, own..i, |_| true) {
        Ok(code) => code,
        Err(Named::None) => {
            let code = only_country_in(scan, before..own, |_| true).ok()?;
            let gazetteer = crate::entities::gazetteer();
            let another = |k: usize| {
                let nisba = gazetteer.nisba(scan.folded(k));
                let of_place = nisba.and_then(|place| gazetteer.country_code(place));
                let of_city = || gazetteer.dateline_country(scan.tokens, k..k + 1);
                of_place.or_else(of_city).is_some_and(|other| other != code)
            };
            if (before..i).any(another) {
                return None;
            }
            code
        }
        Err(Named::Several) => return None,
    };
    COUNTRIES.iter().find(|country| country.code == code)
}

/// Why tokens name no one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Named {
    None,
    Several,
}

/// The code of the one country that tokens `range` name by name among
/// those `fits` admits, if they name exactly one, or why not.
fn only_country_in(
    scan: &Scan,
    range: std::ops::Range<usize>,
    fits: impl Fn(&str) -> bool,
) -> Result<&'static str, Named> {
    let gazetteer = crate::entities::gazetteer();
    let mut named = range
        .filter_map(|k| gazetteer.country_at(scan.tokens, k).map(|(code, _)| code))
        .filter(|code| fits(code));
    let first = named.next().ok_or(Named::None)?;
    if named.all(|code| code == first) {
        Ok(first)
    } else {
        Err(Named::Several)
    }
}

/// The token after the words of `name` at token `at`, if they are there:
/// its first alone or after ل (`لبنان`, `للسعودية`, `لحرية الصحافة`,
/// `للغة العربية`), the others as they are.
fn name_at(scan: &Scan, at: usize, name: &[&str]) -> Option<usize> {
    let (first, rest) = name.split_first()?;
    let word = scan.folded(at);
    // للغة، للاجئين: ل before a noun whose article is before ل writes
    // one ل less.
    let article_merged = first
        .strip_prefix("ال")
        .is_some_and(|stem| stem.starts_with('ل') && word.strip_prefix('ل') == Some(stem));
    let first_fits = article_merged
        || proclitic_splits(word).any(|s| {
            s.conjunction.is_none()
                && matches!(s.preposition, None | Some('ل'))
                && match first.strip_prefix("ال") {
                    Some(stem) => s.article && s.stem == stem,
                    None => !s.article && s.stem == *first,
                }
        });
    let rest_fits = rest
        .iter()
        .enumerate()
        .all(|(n, word)| scan.is(at + 1 + n, word));
    (first_fits && rest_fits).then_some(at + name.len())
}

/// A holiday's day of `month` in `calendar` with the year after its name
/// at token `at`, and the token after them. An Islamic holiday may take a
/// Gregorian year (`عيد الأضحى 2024`): the Hijri year of its day in it.
fn day_with_year(
    scan: &Scan,
    at: usize,
    calendar: Calendar,
    month: u8,
    day: u8,
) -> Option<(Spec, usize)> {
    let (year, end) = match year_after(scan, at, calendar) {
        (year @ (Year::Given(_) | Year::Before | Year::After), end) => (year, end),
        _ if calendar == Calendar::Hijri => match year_after(scan, at, Calendar::Gregorian) {
            (Year::Given(gregorian), end) => {
                (Year::Given(hijri::year_in(gregorian, month, day)), end)
            }
            _ => (Year::Unknown, at),
        },
        _ => (Year::Unknown, at),
    };
    // عيد الأضحى 10 ذي الحجة 1445هـ، عيد الميلاد 25 ديسمبر: the written
    // date that follows is the date, and is read on its own.
    if year == Year::Unknown && scan.integer(at, 2).is_some() {
        return None;
    }
    Some((Spec::written(calendar, year, Some(month), Some(day)), end))
}

/// The calendar by which a church keeps Christmas and reckons Easter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Church {
    Julian,
    Gregorian,
}

/// How many tokens after a feast's name the church it is named for may
/// come: `عيد الفصح لدى الطوائف الأرثوذكسية`, `عيد الفصح الغربي`.
const NAMED_CHURCH_REACH: usize = 4;

/// The stems of words that say a feast is the Western one: the Catholics,
/// the Protestants, the Evangelicals.
const GREGORIAN_CHURCH_STEMS: &[&str] = &["كاثوليك", "بروتستانت", "انجيلي"];

/// The church the word at token `k` names: the Orthodox (`الأرثوذكسية`,
/// `الأقباط`, the calendar `الشرقي`) or a Western one (`الكاثوليك`, the
/// calendar `الغربي`; not `الغربية` of `الضفة الغربية`).
fn church_named(scan: &Scan, k: usize) -> Option<Church> {
    let word = scan.folded(k);
    let has = |stems: &[&str]| stems.iter().any(|stem| word.contains(stem));
    if has(JULIAN_CHURCH_STEMS) || word == "الشرقي" {
        Some(Church::Julian)
    } else if has(GREGORIAN_CHURCH_STEMS) || word == "الغربي" {
        Some(Church::Gregorian)
    } else {
        None
    }
}

/// The church a feast is named for in the words right after its name at
/// token `at` (`عيد الفصح لدى الطوائف الأرثوذكسية`, `عيد الفصح الغربي`). It
/// outweighs the churches the text names elsewhere, as when it gives both
/// Easters.
fn church_named_after(scan: &Scan, at: usize) -> Option<Church> {
    (at..at + NAMED_CHURCH_REACH).find_map(|k| church_named(scan, k))
}

/// Easter, or a day `days_after` it, with the year after its name at token
/// `at`, and the token after them.
fn easter_day(scan: &Scan, at: usize, church: Church, days_after: u8) -> Option<(Spec, usize)> {
    let (year, end) = match year_after(scan, at, Calendar::Gregorian) {
        (year @ (Year::Given(_) | Year::Before | Year::After), end) => (year, end),
        _ => (Year::Unknown, at),
    };
    // عيد الفصح 31 مارس: the written date is the date.
    if year == Year::Unknown && scan.integer(at, 2).is_some() {
        return None;
    }
    let spec = Spec::Easter {
        year,
        church,
        days_after,
    };
    Some((spec, end))
}

/// Easter Sunday of Gregorian `year` as `church` reckons it, on the
/// Gregorian calendar: the anonymous Gregorian computus, or Meeus's Julian
/// one moved by the days the Julian calendar lags that year.
pub fn easter(year: i32, church: Church) -> Date {
    let (month, day) = match church {
        Church::Gregorian => {
            let (a, b, c) = (year % 19, year / 100, year % 100);
            let (d, e) = (b / 4, b % 4);
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let n = h + l - 7 * m + 114;
            (n / 31, n % 31 + 1)
        }
        Church::Julian => {
            let d = (19 * (year % 19) + 15) % 30;
            let e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
            let n = d + e + 114;
            (n / 31, n % 31 + 1)
        }
    };
    let date = Date {
        year,
        month: month as u8,
        day: day as u8,
    };
    match church {
        Church::Gregorian => date,
        Church::Julian => add_days(date, i64::from(year / 100 - year / 400 - 2)),
    }
}

/// How many tokens on either side of `عيد الميلاد` are searched for the
/// words that name a church: about a paragraph, for a long document or a
/// feed of many holds texts of all kinds.
const CHURCH_REACH: usize = 60;

/// The church the text around token `i` is of, by the words it names: the
/// one the nearest word that names a church names (`احتفلت الطوائف التي
/// تتبع التقويم الغربي بعيد الفصح`, though the Orthodox are named after),
/// else a Western one where it names Christians or a church; `None` where
/// it names neither.
fn church(scan: &Scan, i: usize) -> Option<Church> {
    let tokens = scan.tokens.len();
    let nearest = (1..=CHURCH_REACH)
        .flat_map(|d| [i.checked_sub(d), Some(i + d).filter(|&k| k < tokens)])
        .flatten()
        .find_map(|k| church_named(scan, k));
    nearest.or_else(|| {
        (i.saturating_sub(CHURCH_REACH)..(i + CHURCH_REACH).min(tokens))
            .any(|k| {
                let word = scan.folded(k);
                CHRISTIAN_STEMS.iter().any(|stem| word.contains(stem))
            })
            .then_some(Church::Gregorian)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reckons_easter_by_each_church() {
        // Western and Orthodox Easter, as the churches publish them.
        let cases = [
            (2000, Church::Gregorian, (4, 23)),
            (2019, Church::Gregorian, (4, 21)),
            (2024, Church::Gregorian, (3, 31)),
            (2025, Church::Gregorian, (4, 20)),
            (2038, Church::Gregorian, (4, 25)),
            (2019, Church::Julian, (4, 28)),
            (2023, Church::Julian, (4, 16)),
            (2024, Church::Julian, (5, 5)),
            (2025, Church::Julian, (4, 20)),
            (2100, Church::Julian, (5, 2)),
        ];
        for (year, church, (month, day)) in cases {
            assert_eq!(
                easter(year, church),
                Date { year, month, day },
                "{year} {church:?}"
            );
        }
    }
}
