//! khabar (خبر): every figure and every entity in Arabic news, normalised.
//!
//! [`analyze`] reads one text and returns its [`Figure`]s (numbers,
//! quantities, money, percentages, durations, counts, ordinals, models,
//! dates and times) and its [`Entity`]s (people, places, organisations),
//! with byte offsets into the text. The WebAssembly binding and the command
//! line convert them to UTF-16 offsets with [`Analysis::into_utf16_offsets`],
//! which is what JavaScript's `String.prototype.slice` expects.
//!
//! ```
//! let analysis = khabar::analyze("تصل إلى 55 مليار متر مكعب سنويا", &Default::default()).unwrap();
//! let figure = &analysis.figures[0];
//! assert_eq!(figure.unit, Some("m3"));
//! ```

mod dates;
pub mod entities;
mod error;
mod figures;
mod hashing;
#[doc(hidden)]
pub mod invariants;
mod lexicon;
mod model;
mod numbers;
mod offsets;
#[cfg(any(target_arch = "wasm32", test))]
mod packed;
mod per_type;
pub mod text;
mod word_table;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorCode};
pub use model::{
    Analysis, Bound, Entity, EntityType, Figure, FigureKind, Mention, Nationality, Reference,
    ReferenceSource, Value,
};

/// How to analyse a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The date relative dates (أمس، العام الماضي) are resolved against, as
    /// `YYYY-MM-DD`. Without it, a dateline found in the text is used.
    pub reference_date: Option<String>,
    /// Texts longer than this many bytes are refused with
    /// [`ErrorCode::TooLarge`] rather than analysed.
    pub max_bytes: usize,
}

/// The default size limit: generous enough for a 50 MB dump of articles,
/// small enough that a browser tab survives it.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

impl Default for Options {
    fn default() -> Self {
        Options {
            reference_date: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Finds every figure and entity in `text`.
///
/// Offsets in the result are byte offsets into `text`.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    // The tokeniser's own limit bounds any configured one, so that a text
    // over it is refused here rather than a panic in `Tokens::new`.
    let max_bytes = options.max_bytes.min(text::MAX_TEXT_BYTES);
    if text.len() > max_bytes {
        return Err(Error::too_large(text.len(), max_bytes));
    }
    let reference_date = match &options.reference_date {
        Some(date) => Some(dates::parse_iso_date(date).ok_or_else(|| {
            Error::options(format!("reference_date {date:?} is not a YYYY-MM-DD date"))
        })?),
        None => None,
    };
    let tokens = text::Tokens::new(text);
    let mut figures = figures::extract(&tokens);
    let dated = dates::extract(&tokens, reference_date);
    figures.extend(dated.figures);
    let figures = keep_outermost(figures);
    let entities::Found {
        mut entities,
        mut nationalities,
    } = entities::extract_all(&tokens);
    drop_names_of_units(&mut entities, &figures);
    drop_names_inside_dates(&mut entities, &figures);
    let figures = drop_numbers_inside_names(figures, &entities);
    drop_currency_nationalities(&mut nationalities, &figures);
    Ok(Analysis {
        figures,
        entities,
        nationalities,
        reference: dated.reference,
    })
}

/// Removes mentions that lie inside an amount of money, and `misc` ones
/// inside a quantity: there they are its unit (دولار in 700 مليون دولار,
/// دج in 650 دج, هونغ كونغ in دولار هونغ كونغ), which the figure already
/// reports, not a named thing. ANERcorp tags currencies as MISC, so the
/// tagger proposes them.
fn drop_names_of_units(entities: &mut Vec<Entity>, figures: &[Figure]) {
    let in_money = inside_figures(figures, &[FigureKind::Money]);
    let in_quantity = inside_figures(figures, &[FigureKind::Quantity]);
    for entity in entities.iter_mut() {
        let misc = entity.kind == EntityType::Misc;
        entity
            .mentions
            .retain(|m| !(in_money(m) || misc && in_quantity(m)));
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// Removes mentions inside a date or on its very span: `6 أكتوبر` is a
/// city in Egypt, but in `الأحد 6 أكتوبر/تشرين الأول 2024` or `في 6
/// أكتوبر` a day; `نيسان` is no carmaker in `أبريل / نيسان`, nor `الخميس` a
/// person. The date reader decides, for it sees the word before: after the
/// head of a place (`مدينة 6 أكتوبر`، `جامعة 6 أكتوبر`، `كوبري 6 أكتوبر`) it
/// reads no date, and the name stands (see `dates::absolute::names_a_place`).
fn drop_names_inside_dates(entities: &mut Vec<Entity>, figures: &[Figure]) {
    let dates: Vec<(usize, usize)> = figures
        .iter()
        .filter(|f| f.kind == FigureKind::Date)
        .map(|f| (f.start, f.end))
        .collect();
    if dates.is_empty() {
        return;
    }
    let inside = within(dates);
    for entity in entities.iter_mut() {
        entity.mentions.retain(|m| !inside(m.start, m.end));
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// Removes bare numbers and ordinals inside an entity's mention: there
/// they are part of its name (مجموعة العشرين، الملك عبد الله الثاني،
/// صاروخ لونغ مارش 2 إف), not a figure of the text.
fn drop_numbers_inside_names(figures: Vec<Figure>, entities: &[Entity]) -> Vec<Figure> {
    // Numbers are few beside mentions: each mention finds those inside it
    // among the numbers sorted by start, rather than all the mentions
    // being sorted for each number to search (the largest sort of an
    // analysis).
    let mut numbers: Vec<(usize, usize, usize)> = figures
        .iter()
        .enumerate()
        .filter(|(_, f)| matches!(f.kind, FigureKind::Number | FigureKind::Ordinal))
        .map(|(k, f)| (f.start, f.end, k))
        .collect();
    numbers.sort_unstable();
    let mut named = vec![false; figures.len()];
    for mention in entities.iter().flat_map(|e| &e.mentions) {
        let from = numbers.partition_point(|&(start, _, _)| start < mention.start);
        for &(_, end, k) in numbers[from..]
            .iter()
            .take_while(|&&(start, _, _)| start < mention.end)
        {
            named[k] |= end <= mention.end;
        }
    }
    figures
        .into_iter()
        .zip(named)
        .filter_map(|(figure, named)| (!named).then_some(figure))
        .collect()
}

/// Removes nationality mentions inside an amount of money: there they name
/// the currency (ريال سعودي، الدولار الأمريكي), which the figure's unit
/// already reports (`SAR`, `USD`).
fn drop_currency_nationalities(nationalities: &mut Vec<Nationality>, figures: &[Figure]) {
    let inside = inside_figures(figures, &[FigureKind::Money]);
    for nationality in nationalities.iter_mut() {
        nationality.mentions.retain(|m| !inside(m));
    }
    nationalities.retain(|n| !n.mentions.is_empty());
    // Still in the order of their first mention, now that some lost theirs.
    nationalities.sort_by_key(|n| n.mentions[0].start);
}

/// Whether a mention lies inside a figure of one of `kinds`.
fn inside_figures(figures: &[Figure], kinds: &[FigureKind]) -> impl Fn(&Mention) -> bool {
    let inside = within(
        figures
            .iter()
            .filter(|f| kinds.contains(&f.kind))
            .map(|f| (f.start, f.end))
            .collect(),
    );
    move |m: &Mention| inside(m.start, m.end)
}

/// Whether a span `start..end` lies inside one of `spans`, which may nest
/// (a first name taken into the name after it). Sorted by start, the span
/// that may hold it is among those starting at or before it, and the
/// furthest end among them is what it must not pass.
fn within(mut spans: Vec<(usize, usize)>) -> impl Fn(usize, usize) -> bool {
    spans.sort_unstable();
    let mut reach = 0;
    let furthest_ends: Vec<usize> = spans
        .iter()
        .map(|&(_, end)| {
            reach = reach.max(end);
            reach
        })
        .collect();
    move |start, end| {
        let before = spans.partition_point(|&(from, _)| from <= start);
        before
            .checked_sub(1)
            .is_some_and(|last| end <= furthest_ends[last])
    }
}

/// Tokenises `text` and returns the number of tokens: the floor that the
/// benchmarks compare a whole analysis against.
pub fn count_tokens(text: &str) -> usize {
    text::Tokens::new(text).len()
}

/// Where grammars of different kinds claim overlapping text, keeps the
/// longest claim; of two claims on the same span, keeps the more specific
/// kind (a date over a bare number).
fn keep_outermost(mut figures: Vec<Figure>) -> Vec<Figure> {
    figures.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then((a.kind == FigureKind::Number).cmp(&(b.kind == FigureKind::Number)))
    });
    // In place: a second vector of every figure cost as much as the sort.
    figures.dedup_by(|figure, last| {
        let overlaps = figure.start < last.end;
        if overlaps && figure.end - figure.start > last.end - last.start {
            std::mem::swap(figure, last);
        }
        overlaps
    });
    figures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_currency_inside_an_amount_is_no_entity() {
        let text = "واستوردت مصر 12 شحنة بقيمة 700 مليون دولار، وصرف الصندوق 820 مليون دولار.";
        let analysis = analyze(text, &Options::default()).unwrap();
        assert!(analysis.figures.iter().any(|f| f.kind == FigureKind::Money));
        let names: Vec<&str> = analysis
            .entities
            .iter()
            .map(|e| e.canonical.as_str())
            .collect();
        assert!(!names.contains(&"دولار"), "{names:?}");
        assert!(names.contains(&"مصر"), "{names:?}");
    }

    #[test]
    fn numbers_in_names_are_no_figures() {
        let text = "استقبل الملك عبد الله الثاني قادة مجموعة العشرين، وقتل 3 جنود.";
        let analysis = analyze(text, &Options::default()).unwrap();
        let figures: Vec<&str> = analysis.figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(figures, ["3 جنود"], "{:?}", analysis.entities);
        // A day and month after the head of a road, a building or a place
        // is its name; without one it is a date.
        let text = "وقع الحادث في شارع 26 يوليو، ونقل المصاب إلى مستشفى العاشر من رمضان \
                    في مدينة العاشر من رمضان، ثم عاد في 26 يوليو.";
        let analysis = analyze(text, &Options::default()).unwrap();
        let figures: Vec<&str> = analysis.figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(figures, ["26 يوليو"], "{:?}", analysis.entities);
    }

    #[test]
    fn a_name_inside_a_longer_date_is_its_day_or_month() {
        let mentions = |text: &str| -> Vec<String> {
            let analysis = analyze(text, &Options::default()).unwrap();
            analysis
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
                .collect()
        };
        let dated = "جرت الانتخابات يوم الأحد 6 أكتوبر/تشرين الأول 2024 في تونس.";
        assert_eq!(mentions(dated), ["تونس"]);
        let city = "افتتح الوزير مصنعا في مدينة 6 أكتوبر.";
        assert!(
            mentions(city).iter().any(|m| m == "6 أكتوبر"),
            "{:?}",
            mentions(city)
        );
        // Without such a head, the date reader's reading stands alone.
        let bare = "وانتقل المصنع إلى 6 أكتوبر العام الماضي، ويقام الحفل يوم 6 أكتوبر.";
        assert!(
            !mentions(bare).iter().any(|m| m == "6 أكتوبر"),
            "{:?}",
            mentions(bare)
        );
    }

    #[test]
    fn a_nationality_naming_a_currency_is_no_nationality() {
        let text = "ودفعت 500 ريال سعودي، وقال مسؤول سعودي إن المبلغ يكفي.";
        let analysis = analyze(text, &Options::default()).unwrap();
        assert!(analysis.figures.iter().any(|f| f.unit == Some("SAR")));
        let mentions: Vec<&str> = analysis
            .nationalities
            .iter()
            .flat_map(|n| n.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert_eq!(mentions, ["سعودي"]);
        assert_eq!(analysis.nationalities[0].key, "loc:SA");
        let mention = &analysis.nationalities[0].mentions[0];
        assert!(mention.start > text.find("مسؤول").unwrap());
    }

    #[test]
    fn refuses_texts_over_the_limit() {
        let options = Options {
            max_bytes: 4,
            ..Options::default()
        };
        let error = analyze("أكثر من أربعة", &options).unwrap_err();
        assert_eq!(error.code(), ErrorCode::TooLarge);
    }

    #[test]
    fn refuses_a_malformed_reference_date() {
        let options = Options {
            reference_date: Some("yesterday".into()),
            ..Options::default()
        };
        assert_eq!(
            analyze("", &options).unwrap_err().code(),
            ErrorCode::Options
        );
    }

    #[test]
    fn analyses_empty_text() {
        let analysis = analyze("", &Options::default()).unwrap();
        assert!(analysis.figures.is_empty() && analysis.entities.is_empty());
    }
}
