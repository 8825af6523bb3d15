//! Gregorian day arithmetic: dates as day numbers and back, weekdays, ISO
//! weeks, month lengths. Day numbers count days from 1970-01-01, so that
//! adding days and comparing dates are integer operations.

use super::Date;

/// The day number of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`), 0 being 1970-01-01.
pub fn day_number(date: Date) -> i64 {
    let month = i64::from(date.month);
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(date.day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day number, the inverse of [`day_number`].
pub fn date_of(day_number: i64) -> Date {
    let z = day_number + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

/// The ISO weekday of a date: 1 for Monday … 7 for Sunday.
pub fn weekday(date: Date) -> u8 {
    // 1970-01-01 was a Thursday (4).
    ((day_number(date) + 3).rem_euclid(7) + 1) as u8
}

/// The date `days` days after `date` (before it when negative).
pub fn add_days(date: Date, days: i64) -> Date {
    date_of(day_number(date) + days)
}

/// The month `months` months after `year`-`month`, as (year, month).
pub fn add_months(year: i32, month: u8, months: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + months;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether `year`-`month`-`day` is a real date.
pub fn is_valid(year: i32, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// The ISO 8601 week of a date, as (week-numbering year, week).
pub fn iso_week(date: Date) -> (i32, u8) {
    // The week belongs to the year of its Thursday.
    let thursday = add_days(date, 4 - i64::from(weekday(date)));
    let first = day_number(Date {
        year: thursday.year,
        month: 1,
        day: 1,
    });
    let week = (day_number(thursday) - first) / 7 + 1;
    (thursday.year, week as u8)
}

/// The Monday of an ISO 8601 week: week 1 is the one with 4 January in it.
pub fn iso_monday(year: i32, week: u8) -> Date {
    let fourth = Date {
        year,
        month: 1,
        day: 4,
    };
    add_days(
        fourth,
        7 * (i64::from(week) - 1) + 1 - i64::from(weekday(fourth)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn day_numbers_round_trip() {
        for (d, n) in [
            (date(1970, 1, 1), 0),
            (date(2000, 3, 1), 11_017),
            (date(1882, 11, 12), -31_826),
            (date(2024, 2, 29), 19_782),
        ] {
            assert_eq!(day_number(d), n, "{d:?}");
            assert_eq!(date_of(n), d);
        }
    }

    #[test]
    fn knows_weekdays_and_iso_weeks() {
        let cases = [
            (date(2022, 7, 19), 2, (2022, 29)),
            (date(2024, 9, 13), 5, (2024, 37)),
            (date(2021, 1, 1), 5, (2020, 53)),
            (date(2024, 12, 30), 1, (2025, 1)),
        ];
        for (d, wd, week) in cases {
            assert_eq!(weekday(d), wd, "{d:?}");
            assert_eq!(iso_week(d), week, "{d:?}");
            assert_eq!(add_days(iso_monday(week.0, week.1), i64::from(wd) - 1), d);
        }
    }

    #[test]
    fn adds_months_across_years() {
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
        assert_eq!(add_months(2024, 5, -17), (2022, 12));
    }
}
