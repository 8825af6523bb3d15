//! Month names: one word or two (`تشرين الأول`, `ذو الحجة`), and the pairs
//! in which news names one month in two systems (`يوليو/تموز`,
//! `آب/ أغسطس`, `أغسطس - آب`, `تموز (يوليو)`).

use super::lexicon::{Calendar, Head, MonthWord, Strength, Tail};
use super::Scan;

/// A month name read at some token, ending before token `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub month: u8,
    pub calendar: Calendar,
    pub strength: Strength,
    pub end: usize,
}

/// Reads a month name at token `i`, with its partner in another system.
pub fn read(scan: &Scan, i: usize) -> Option<MonthName> {
    let first = read_one(scan, i)?;
    if first.calendar != Calendar::Gregorian {
        return Some(first);
    }
    let j = first.end;
    let partner = if scan.is_punct(j, '/') || scan.is_punct(j, '-') {
        read_one(scan, j + 1).map(|second| second.end)
    } else if scan.is_punct(j, '(') {
        read_one(scan, j + 1)
            .filter(|second| scan.is_punct(second.end, ')'))
            .map(|second| second.end + 1)
    } else {
        None
    };
    // Only the same month in another name makes a pair: `يوليو - أغسطس` is
    // two months.
    match partner {
        Some(end)
            if read_one(scan, j + 1)
                .is_some_and(|s| s.month == first.month && s.calendar == Calendar::Gregorian) =>
        {
            Some(MonthName {
                strength: Strength::Strong,
                end,
                ..first
            })
        }
        _ => Some(first),
    }
}

/// Reads one month name, of one word or two, at token `i`. Months take a
/// conjunction (ويوليو) but no preposition, and only Hijri months the
/// article (المحرم).
fn read_one(scan: &Scan, i: usize) -> Option<MonthName> {
    let lexeme = scan.lexeme(i)?;
    if lexeme.preposition.is_some() {
        return None;
    }
    match lexeme.entry.month? {
        MonthWord::Single {
            month,
            calendar,
            strength,
        } => (!lexeme.article || calendar == Calendar::Hijri).then_some(MonthName {
            month,
            calendar,
            strength,
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
                end: i + 2,
            })
        }
    }
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
            ("كانون الثاني", 1, Calendar::Gregorian, 2),
            ("تشرين أول", 10, Calendar::Gregorian, 2),
            ("يوليو/تموز", 7, Calendar::Gregorian, 3),
            ("آب/ أغسطس", 8, Calendar::Gregorian, 3),
            ("أكتوبر/تشرين الأول", 10, Calendar::Gregorian, 4),
            ("تموز (يوليو)", 7, Calendar::Gregorian, 4),
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
            "ربيع",
            "الربيع العربي",
            "تشرين",
            "ذو الفقار",
            "اليوليو",
        ] {
            let tokens = Tokens::new(text);
            assert_eq!(read(&Scan::new(&tokens), 0), None, "{text}");
        }
    }
}
