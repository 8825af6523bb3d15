//! The Hijri calendar on the Umm al-Qura rules, as Saudi Arabia and the
//! Gulf press use it, converted to and from Gregorian dates.
//!
//! From 1300 to 1600 AH the months follow the official Umm al-Qura table
//! (KACST), kept here as one 12-bit mask per year: bit `m - 1` set means
//! month `m` has 30 days, clear means 29. The years are contiguous, so one
//! anchor (1 Muharram 1300 = 1882-11-12) and the masks place every day:
//! 602 bytes, where a calendar crate would add its whole data layer to the
//! wasm. The masks are those ICU4C and ICU4X ship (`islamcal.cpp`,
//! `ummalqura_data.rs`). Outside that range the arithmetical (tabular)
//! Islamic calendar is used, which is within a day or two of observation.

use super::calendar::{date_of, day_number};
use super::Date;

const FIRST_TABLE_YEAR: i32 = 1300;
const LAST_TABLE_YEAR: i32 = FIRST_TABLE_YEAR + MONTH_LENGTHS.len() as i32 - 1;

/// 1 Muharram 1300 AH.
const TABLE_EPOCH: Date = Date {
    year: 1882,
    month: 11,
    day: 12,
};

/// 1 Muharram 1 AH of the tabular calendar: Friday 16 July 622 (Julian),
/// which is 19 July 622 in the proleptic Gregorian calendar.
const TABULAR_EPOCH: Date = Date {
    year: 622,
    month: 7,
    day: 19,
};

#[rustfmt::skip]
const MONTH_LENGTHS: [u16; 301] = [
    0x555, 0x2AB, 0x937, 0x2B6, 0x576, 0x36C, 0xB55, 0xAAA, 0x956, 0x49E,
    0x95D, 0x2BA, 0x5B5, 0x3AA, 0xB4B, 0xA96, 0x52E, 0x2AD, 0x56D, 0xB5A,
    0x752, 0xF25, 0xE8A, 0xD16, 0xA56, 0xAB5, 0x6B4, 0xDA9, 0xB92, 0xB25,
    0x64B, 0xA9B, 0x35A, 0x6D9, 0x5D4, 0xDA5, 0xD4A, 0xA95, 0x536, 0x975,
    0x2F4, 0x6E9, 0x6D4, 0x6A9, 0x535, 0x25D, 0x4BD, 0x9BA, 0x3B4, 0xB69,
    0xB2A, 0xA55, 0x4AD, 0xA5D, 0x2DA, 0x6D9, 0xEAA, 0xE94, 0xD2A, 0xC56,
    0x4AE, 0xA6D, 0x56A, 0xD55, 0xD4A, 0xA93, 0x52B, 0xA5B, 0x53A, 0x6B5,
    0xEA9, 0xD52, 0xD29, 0xA55, 0x4AD, 0x56D, 0xAEA, 0x6E4, 0xED1, 0xDA2,
    0xAAA, 0x95A, 0x2DA, 0x5B9, 0xBB2, 0x764, 0x6C9, 0x555, 0x2AB, 0x4DB,
    0xABA, 0x5B4, 0xDA9, 0xD52, 0xAA5, 0x92D, 0x26D, 0x8ED, 0x2DA, 0xAD5,
    0xAA5, 0xA4B, 0x497, 0x937, 0x2B6, 0x975, 0xD69, 0xD52, 0xC95, 0x92B,
    0x25B, 0x4DB, 0x9D5, 0x5D2, 0xDA5, 0xD4A, 0xA95, 0x54D, 0xAAD, 0x3AA,
    0xBD2, 0xBC4, 0xB89, 0xA95, 0x52D, 0x5AD, 0xB6A, 0x6D4, 0xDC9, 0xD92,
    0xAA6, 0x956, 0x2AE, 0x56D, 0x36A, 0xB55, 0xAAA, 0x94D, 0x49D, 0x95D,
    0x2BA, 0x5B5, 0x5AA, 0xD55, 0xA9A, 0x92E, 0x26E, 0x55D, 0xADA, 0x6D4,
    0x6A5, 0xB27, 0xA4D, 0x4AD, 0x56D, 0xB5A, 0x754, 0xF49, 0xE92, 0xD26,
    0xA56, 0x356, 0x6B5, 0xBAA, 0xB92, 0xB25, 0x68B, 0xA9B, 0x55A, 0xADA,
    0x5B4, 0xDA9, 0xB52, 0xA9A, 0x536, 0x276, 0x575, 0xAF2, 0x6D4, 0x6A9,
    0x555, 0x2AD, 0x4BD, 0x9BA, 0x574, 0xB69, 0xB52, 0xA95, 0x52D, 0xA5D,
    0x4DA, 0xAD9, 0x6B2, 0xE95, 0xE2A, 0xC96, 0x92E, 0xAAD, 0x56A, 0xD65,
    0xD4A, 0xD15, 0x62B, 0xC5B, 0x53A, 0x6B5, 0xDB2, 0xD64, 0xD29, 0xA55,
    0x4AD, 0x96D, 0xAEA, 0x6E8, 0xED1, 0xDA4, 0xD4A, 0xA6A, 0x2DA, 0x5B9,
    0xB72, 0xB68, 0x6D1, 0x655, 0x4AB, 0x95B, 0x2BA, 0x5B5, 0xDA9, 0xD52,
    0xCA6, 0x94E, 0x46E, 0x95D, 0x4DA, 0xAD5, 0xAAA, 0xA4D, 0x49B, 0x937,
    0x4B6, 0x975, 0xD6A, 0xD52, 0xAA5, 0x94B, 0x2AB, 0x55B, 0xAD9, 0x5D2,
    0xDC5, 0xD92, 0xB25, 0x555, 0xAB5, 0x5B4, 0xBA9, 0x7A2, 0x745, 0x593,
    0xAAB, 0x4D6, 0x9D6, 0x5D2, 0xBA5, 0xB4A, 0xA95, 0x4AD, 0x15D, 0x2DD,
    0x9DA, 0x5B4, 0x5A9, 0x52D, 0x25B, 0x8B7, 0x176, 0x56D, 0xB6A, 0xACA,
    0xA96, 0x52B, 0x15B, 0x2BB, 0x5B6, 0xDAA, 0xB94, 0xD46, 0xA8D, 0x52D,
    0xA9D, 0x55A, 0x755, 0x749, 0xF13, 0xE4A, 0xA96, 0x556, 0x6B5, 0xBAA,
    0xB94,
];

/// A date in the Hijri calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

fn month_mask(year: i32) -> Option<u16> {
    (FIRST_TABLE_YEAR..=LAST_TABLE_YEAR)
        .contains(&year)
        .then(|| MONTH_LENGTHS[(year - FIRST_TABLE_YEAR) as usize])
}

/// The number of days in Hijri `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month_mask(year) {
        Some(mask) => 29 + (mask >> (month - 1) & 1) as u8,
        // Tabular: odd months have 30 days, even 29, and the last month 30
        // in the 11 leap years of each 30-year cycle.
        None if month == 12 && (14 + 11 * year).rem_euclid(30) < 11 => 30,
        None => 30 - (month + 1) % 2,
    }
}

/// The day number (days since 1970-01-01) of 1 Muharram of `year`.
fn new_year_day_number(year: i32) -> i64 {
    if month_mask(year).is_some() {
        let days_before: i64 = MONTH_LENGTHS[..(year - FIRST_TABLE_YEAR) as usize]
            .iter()
            .map(|mask| 348 + i64::from(mask.count_ones()))
            .sum();
        return day_number(TABLE_EPOCH) + days_before;
    }
    let year = i64::from(year);
    day_number(TABULAR_EPOCH) + (year - 1) * 354 + (3 + 11 * year).div_euclid(30)
}

/// Whether the Hijri date exists.
pub fn is_valid(date: HijriDate) -> bool {
    (1..=12).contains(&date.month)
        && date.day >= 1
        && date.day <= days_in_month(date.year, date.month)
}

/// The day number of a Hijri date.
fn hijri_day_number(date: HijriDate) -> i64 {
    let months_before: i64 = (1..date.month)
        .map(|m| i64::from(days_in_month(date.year, m)))
        .sum();
    new_year_day_number(date.year) + months_before + i64::from(date.day) - 1
}

/// The Gregorian date of a Hijri date.
pub fn to_gregorian(date: HijriDate) -> Date {
    date_of(hijri_day_number(date))
}

/// The Hijri date of a Gregorian date.
pub fn from_gregorian(date: Date) -> HijriDate {
    let target = day_number(date);
    // A Hijri year is 354 or 355 days: estimate, then step to the right year.
    let mut year = ((target - day_number(TABULAR_EPOCH)) * 30 / 10_631 + 1) as i32;
    while new_year_day_number(year) > target {
        year -= 1;
    }
    while new_year_day_number(year + 1) <= target {
        year += 1;
    }
    let mut day = target - new_year_day_number(year);
    let mut month = 1;
    while day >= i64::from(days_in_month(year, month)) {
        day -= i64::from(days_in_month(year, month));
        month += 1;
    }
    HijriDate {
        year,
        month,
        day: day as u8 + 1,
    }
}

/// The first and last Gregorian days of Hijri `month` (or of the whole year
/// when `month` is `None`).
pub fn gregorian_span(year: i32, month: Option<u8>) -> (Date, Date) {
    let (first, last_month) = match month {
        Some(m) => (
            HijriDate {
                year,
                month: m,
                day: 1,
            },
            m,
        ),
        None => (
            HijriDate {
                year,
                month: 1,
                day: 1,
            },
            12,
        ),
    };
    let last = HijriDate {
        year,
        month: last_month,
        day: days_in_month(year, last_month),
    };
    (to_gregorian(first), to_gregorian(last))
}

/// The Hijri year whose `month`/`day` first falls in Gregorian `year`. A
/// Hijri year is shorter than a Gregorian one, so it is the Hijri year
/// current on 1 January or the next.
pub fn year_in(year: i32, month: u8, day: u8) -> i32 {
    let first = from_gregorian(Date {
        year,
        month: 1,
        day: 1,
    })
    .year;
    if to_gregorian(HijriDate {
        year: first,
        month,
        day,
    })
    .year
        < year
    {
        first + 1
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Known Umm al-Qura dates: the starts of Ramadan, the Eids, Arafat,
    /// Hijri new years and other dates announced in the Saudi press.
    const KNOWN: [(HijriDate, Date); 28] = [
        (hijri(1356, 1, 1), gregorian(1937, 3, 14)),
        (hijri(1357, 1, 1), gregorian(1938, 3, 4)),
        (hijri(1379, 1, 1), gregorian(1959, 7, 8)),
        (hijri(1390, 9, 1), gregorian(1970, 11, 1)),
        (hijri(1400, 1, 1), gregorian(1979, 11, 21)),
        (hijri(1420, 10, 1), gregorian(2000, 1, 8)),
        (hijri(1432, 9, 1), gregorian(2011, 8, 1)),
        (hijri(1440, 1, 1), gregorian(2018, 9, 11)),
        (hijri(1441, 1, 1), gregorian(2019, 8, 31)),
        (hijri(1442, 1, 1), gregorian(2020, 8, 20)),
        (hijri(1442, 9, 1), gregorian(2021, 4, 13)),
        (hijri(1443, 1, 1), gregorian(2021, 8, 9)),
        (hijri(1443, 9, 1), gregorian(2022, 4, 2)),
        (hijri(1443, 10, 1), gregorian(2022, 5, 2)),
        (hijri(1444, 9, 1), gregorian(2023, 3, 23)),
        (hijri(1444, 10, 1), gregorian(2023, 4, 21)),
        (hijri(1444, 12, 9), gregorian(2023, 6, 27)),
        (hijri(1445, 1, 1), gregorian(2023, 7, 19)),
        (hijri(1445, 3, 12), gregorian(2023, 9, 27)),
        (hijri(1445, 9, 1), gregorian(2024, 3, 11)),
        (hijri(1445, 10, 1), gregorian(2024, 4, 10)),
        (hijri(1445, 12, 1), gregorian(2024, 6, 7)),
        (hijri(1445, 12, 10), gregorian(2024, 6, 16)),
        (hijri(1446, 1, 1), gregorian(2024, 7, 7)),
        (hijri(1446, 9, 1), gregorian(2025, 3, 1)),
        (hijri(1446, 10, 1), gregorian(2025, 3, 30)),
        (hijri(1447, 1, 1), gregorian(2025, 6, 26)),
        (hijri(1500, 1, 1), gregorian(2076, 11, 28)),
    ];

    const fn hijri(year: i32, month: u8, day: u8) -> HijriDate {
        HijriDate { year, month, day }
    }

    const fn gregorian(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn converts_known_umm_al_qura_dates_both_ways() {
        for (date, expected) in KNOWN {
            assert_eq!(to_gregorian(date), expected, "{date:?}");
            assert_eq!(from_gregorian(expected), date, "{expected:?}");
        }
    }

    #[test]
    fn the_table_ends_where_icu_says() {
        assert_eq!(
            to_gregorian(HijriDate {
                year: 1600,
                month: 12,
                day: 29
            }),
            Date {
                year: 2174,
                month: 11,
                day: 24
            }
        );
    }

    #[test]
    fn falls_back_to_the_tabular_calendar_outside_the_table() {
        assert_eq!(
            to_gregorian(HijriDate {
                year: 1,
                month: 1,
                day: 1
            }),
            TABULAR_EPOCH
        );
        let old = HijriDate {
            year: 1250,
            month: 6,
            day: 15,
        };
        assert_eq!(from_gregorian(to_gregorian(old)), old);
    }

    #[test]
    fn finds_the_hijri_year_of_a_day_in_a_gregorian_year() {
        // Ramadan 1440 began on 6 May 2019; Muharram 1441 on 31 August 2019.
        assert_eq!(year_in(2019, 9, 15), 1440);
        assert_eq!(year_in(2019, 1, 15), 1441);
        // Dhu al-Hijja 1444 fell in June 2023, Dhu al-Hijja 1445 in June 2024.
        assert_eq!(year_in(2023, 12, 10), 1444);
        assert_eq!(year_in(2024, 12, 10), 1445);
        // 1 Muharram 1440 was 11 September 2018, 1 Muharram 1441 31 August 2019.
        assert_eq!(year_in(2018, 1, 1), 1440);
    }

    #[test]
    fn spans_a_month_and_a_year() {
        let ramadan = gregorian_span(1445, Some(9));
        assert_eq!(
            ramadan,
            (
                Date {
                    year: 2024,
                    month: 3,
                    day: 11
                },
                Date {
                    year: 2024,
                    month: 4,
                    day: 9
                }
            )
        );
        let year = gregorian_span(1445, None);
        assert_eq!(
            year,
            (
                Date {
                    year: 2023,
                    month: 7,
                    day: 19
                },
                Date {
                    year: 2024,
                    month: 7,
                    day: 6
                }
            )
        );
    }
}
