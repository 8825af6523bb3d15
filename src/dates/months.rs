//! Month names: one word or two (`تشرين الأول`, `ذو الحجة`), and the pairs
//! in which news names one month in two systems (`يوليو/تموز`,
//! `آب/ أغسطس`, `أغسطس - آب`, `تموز (يوليو)`).

use super::absolute::counts_something;
use super::lexicon::{Calendar, Head, Lexeme, MonthWord, Strength, Tail, Unit};
use super::Scan;
use crate::figures::read_rank;
use crate::numbers::read_numeral;

/// A month name read at some token, ending before token `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub month: u8,
    pub calendar: Calendar,
    pub strength: Strength,
    /// Whether the name is the Levantine one (تموز، كانون الثاني).
    pub levantine: bool,
    pub end: usize,
}

/// Reads a month name at token `i`, with its partner in another system.
pub fn read(scan: &Scan, i: usize) -> Option<MonthName> {
    let first = read_one(scan, i)?;
    if first.calendar != Calendar::Gregorian {
        return Some(first);
    }
    let j = first.end;
    let same_month =
        |second: &MonthName| second.month == first.month && second.calendar == Calendar::Gregorian;
    let partner = if scan.is_punct(j, '/') || scan.is_punct(j, '-') {
        read_one(scan, j + 1)
            .filter(same_month)
            .map(|second| second.end)
    } else if scan.is_punct(j, '(') {
        read_one(scan, j + 1)
            .filter(|second| same_month(second) && scan.is_punct(second.end, ')'))
            .map(|second| second.end + 1)
    } else {
        // Reuters writes the pair with only a space (`يوليو تموز`,
        // `كانون الثاني يناير`): then the two names must be of the two
        // systems, and the second takes no conjunction (`يوليو وتموز`).
        read_one(scan, j)
            .filter(|second| {
                same_month(second)
                    && second.levantine != first.levantine
                    && scan.lexeme(j).is_some_and(|l| !l.conjunction)
            })
            .map(|second| second.end)
    };
    // Only the same month in another name makes a pair: `يوليو - أغسطس` is
    // two months.
    match partner {
        Some(end) => Some(MonthName {
            strength: Strength::Strong,
            end,
            ..first
        }),
        None => Some(first),
    }
}

/// Whether [`read_one`] may read a month from a word of `lexeme`, whatever
/// follows it: a month name with no preposition but the temporal ب, and
/// with the article only a Hijri one (`الذي`, the article and ذي, heads
/// no month).
pub fn may_name_one(lexeme: &Lexeme) -> bool {
    let takes_the_article = match lexeme.entry.month {
        Some(MonthWord::Single { calendar, .. }) => calendar == Calendar::Hijri,
        Some(MonthWord::Head(_)) => false,
        None => return false,
    };
    takes_only_temporal_preposition(lexeme) && (!lexeme.article || takes_the_article)
}

/// Whether a month word has no preposition glued to it but ب, which the
/// Gulf and Egyptian press write for في (`بيناير الماضي`, `بأغسطس 2023`):
/// never ل (`أرقام التضخم ليناير` are January's) nor ك. ب vouches for no
/// doubtful name, which still needs its day, year or relative word.
fn takes_only_temporal_preposition(lexeme: &Lexeme) -> bool {
    matches!(lexeme.preposition, None | Some('ب'))
}

/// Reads one month name, of one word or two, at token `i`. Months take a
/// conjunction (ويوليو) and the temporal ب (بيوليو) but no other
/// preposition, and only Hijri months the article (المحرم).
fn read_one(scan: &Scan, i: usize) -> Option<MonthName> {
    let lexeme = scan.lexeme(i)?;
    // بشهر 10, as بشهر مارس: the preposition is the noun's.
    if lexeme.entry.unit == Some(Unit::Month) && !lexeme.article {
        return by_number(scan, i);
    }
    // باب is the door, not ب and آب, but written with آب's madda it is
    // the month (`بآب الماضي`), which still needs its year or relative word.
    if !takes_only_temporal_preposition(lexeme)
        || lexeme.preposition.is_some()
            && scan.folded(i).ends_with("باب")
            && !scan.tokens.raw(i).ends_with("آب")
    {
        return None;
    }
    match lexeme.entry.month? {
        MonthWord::Single {
            month,
            calendar,
            strength,
            levantine,
        } => (!lexeme.article || calendar == Calendar::Hijri).then_some(MonthName {
            month,
            calendar,
            strength,
            levantine,
            end: i + 1,
        }),
        MonthWord::Head(head) => {
            let tail = scan
                .lexeme(i + 1)
                .filter(|l| !lexeme.article && !l.conjunction && l.preposition.is_none())?;
            let (month, calendar) = two_word_month(head, tail.entry.tail?)?;
            Some(MonthName {
                month,
                calendar,
                strength: Strength::Strong,
                levantine: matches!(head, Head::Kanun | Head::Tishrin),
                end: i + 2,
            })
        }
    }
}

/// Reads a month named by its number after `شهر`, as the Levant, Iraq
/// and the Gulf say it (`شهر 3`, `شهر ثلاثة`, `شهر عشرة`, `15 شهر 8`),
/// at token `i`, the noun. Not a count of months: `شهر واحد` is one month,
/// and a number that counts what follows it (`شهر 12 ألف`, `شهر 3 أيام`)
/// is no month's.
fn by_number(scan: &Scan, i: usize) -> Option<MonthName> {
    let (month, end) = match scan.integer(i + 1, 2) {
        Some(month) => (month, i + 2),
        None => read_numeral(scan.tokens, i + 1)
            .filter(|n| !n.digits && n.scale == 1.0 && n.value.fract() == 0.0 && n.value != 1.0)
            .map(|n| (n.value as u32, n.end))?,
    };
    // شهر عشرة سنة 2015: a year noun before its year counts nothing.
    let year_noun_of_a_year = scan
        .entry(end)
        .is_some_and(|e| e.unit == Some(Unit::Year) && !e.dual_year_noun)
        && scan.integer(end + 1, 4).is_some();
    let counts = counts_something(scan, end) && !year_noun_of_a_year || scan.is(end, "مرات");
    ((1..=12).contains(&month) && !counts).then_some(MonthName {
        month: month as u8,
        calendar: Calendar::Gregorian,
        strength: Strength::Strong,
        levantine: false,
        end,
    })
}

/// Reads a month named by its rank at token `i`: `الشهر الثامن`, `الشهر
/// التاسع`. The caller says where it is a month of the year: the eighth
/// month of a war or of a count (`للشهر الثالث على التوالي`) is as often
/// meant.
pub fn by_rank(scan: &Scan, i: usize) -> Option<MonthName> {
    scan.lexeme(i).filter(|l| {
        l.article && l.preposition.is_none() && !l.conjunction && l.entry.unit == Some(Unit::Month)
    })?;
    let rank = read_rank(scan.tokens, i + 1).filter(|r| r.definite && !r.feminine)?;
    let whole = rank.value.fract() == 0.0 && (1.0..=12.0).contains(&rank.value);
    whole.then_some(MonthName {
        month: rank.value as u8,
        calendar: Calendar::Gregorian,
        strength: Strength::Strong,
        levantine: false,
        end: rank.end,
    })
}

fn two_word_month(head: Head, tail: Tail) -> Option<(u8, Calendar)> {
    use Calendar::{Gregorian, Hijri};
    Some(match (head, tail) {
        (Head::Kanun, Tail::Second) => (1, Gregorian),
        (Head::Kanun, Tail::First) => (12, Gregorian),
        (Head::Tishrin, Tail::First) => (10, Gregorian),
        (Head::Tishrin, Tail::Second) => (11, Gregorian),
        (Head::Rabi, Tail::First) => (3, Hijri),
        (Head::Rabi, Tail::Second | Tail::Last) => (4, Hijri),
        (Head::Jumada, Tail::First) => (5, Hijri),
        (Head::Jumada, Tail::Second | Tail::Last) => (6, Hijri),
        (Head::Dhu, Tail::Qaada) => (11, Hijri),
        (Head::Dhu, Tail::Hijja) => (12, Hijri),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokens;

    #[test]
    fn reads_month_names_and_pairs() {
        let cases: &[(&str, u8, Calendar, usize)] = &[
            ("يوليو", 7, Calendar::Gregorian, 1),
            ("ويونيه", 6, Calendar::Gregorian, 1),
            ("بيناير", 1, Calendar::Gregorian, 1),
            ("وبكانون الثاني", 1, Calendar::Gregorian, 2),
            ("كانون الثاني", 1, Calendar::Gregorian, 2),
            ("تشرين أول", 10, Calendar::Gregorian, 2),
            ("يوليو/تموز", 7, Calendar::Gregorian, 3),
            ("آب/ أغسطس", 8, Calendar::Gregorian, 3),
            ("أكتوبر/تشرين الأول", 10, Calendar::Gregorian, 4),
            ("تموز (يوليو)", 7, Calendar::Gregorian, 4),
            ("يوليو تموز", 7, Calendar::Gregorian, 2),
            ("كانون الثاني يناير", 1, Calendar::Gregorian, 3),
            ("ديسمبر كانون الأول", 12, Calendar::Gregorian, 3),
            ("يناير فبراير", 1, Calendar::Gregorian, 1),
            ("يوليو يوليه", 7, Calendar::Gregorian, 1),
            ("يوليو وتموز", 7, Calendar::Gregorian, 1),
            ("جانفي", 1, Calendar::Gregorian, 1),
            ("ربيع الأول", 3, Calendar::Hijri, 2),
            ("جمادى الآخرة", 6, Calendar::Hijri, 2),
            ("ذي القعدة", 11, Calendar::Hijri, 2),
            ("المحرم", 1, Calendar::Hijri, 1),
        ];
        for &(text, month, calendar, end) in cases {
            let tokens = Tokens::new(text);
            let scan = Scan::new(&tokens);
            let name = read(&scan, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (name.month, name.calendar, name.end),
                (month, calendar, end),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_month() {
        for text in [
            "باب",
            "وباب",
            "ربيع",
            "الربيع العربي",
            "تشرين",
            "ذو الفقار",
            "اليوليو",
            "ليناير",
        ] {
            let tokens = Tokens::new(text);
            assert_eq!(read(&Scan::new(&tokens), 0), None, "{text}");
        }
    }
}
