//! The promises every analysis keeps, checked by the tests and the fuzzers:
//! spans on character boundaries with start < end ≤ length, each item's
//! text equal to the slice it names, every number finite; the mentions of
//! a nationality in text order, none of them inside an entity's mention.
//!
//! Besides [`check`] for a whole analysis, the `check_*` functions run one
//! parser on its own and hold its output to the same promises, so that a
//! fuzzer can aim at that parser without the crate making it public.

use crate::{Analysis, Figure, Value};

/// Checks `analysis` (with byte offsets) against the `text` it came from.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let mentions = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end, m.text.as_str())));
    check_spans(text, mentions)?;
    check_nationalities(text, analysis)?;
    check_figures(text, &analysis.figures)
}

/// The spans of `analysis` converted to UTF-16 code units name the same
/// texts in the UTF-16 form of `text`, as JavaScript's `slice` reads them.
pub fn check_utf16_offsets(text: &str, analysis: &Analysis) -> Result<(), String> {
    let converted = analysis.clone().into_utf16_offsets(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let spans = |a: &Analysis| -> Vec<(usize, usize)> {
        let figures = a.figures.iter().map(|f| (f.start, f.end));
        let mentions = a.entities.iter().flat_map(|e| &e.mentions);
        let adjectives = a.nationalities.iter().flat_map(|n| &n.mentions);
        figures
            .chain(mentions.chain(adjectives).map(|m| (m.start, m.end)))
            .collect()
    };
    for ((start, end), (from, to)) in spans(analysis).into_iter().zip(spans(&converted)) {
        let sliced = units
            .get(from..to)
            .map(String::from_utf16_lossy)
            .unwrap_or_default();
        if text.get(start..end) != Some(sliced.as_str()) {
            return Err(format!(
                "bytes {start}..{end} became UTF-16 units {from}..{to}, {sliced:?}"
            ));
        }
    }
    Ok(())
}

/// Each nationality has mentions, in text order and apart, whose spans
/// keep the promises and overlap no entity mention; no two nationalities
/// share a key.
fn check_nationalities(text: &str, analysis: &Analysis) -> Result<(), String> {
    let mut named: Vec<(usize, usize)> = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    named.sort_unstable();
    // The furthest end of the entity mentions up to each one, by start.
    let reach: Vec<usize> = named
        .iter()
        .scan(0, |furthest, &(_, end)| {
            *furthest = end.max(*furthest);
            Some(*furthest)
        })
        .collect();
    let mut keys = std::collections::HashSet::new();
    for nationality in &analysis.nationalities {
        if !keys.insert(nationality.key.as_str()) {
            return Err(format!(
                "two nationalities have the key {}",
                nationality.key
            ));
        }
        if nationality.mentions.is_empty() {
            return Err(format!(
                "the nationality {} has no mention",
                nationality.key
            ));
        }
        let spans = nationality.mentions.iter();
        check_spans(text, spans.map(|m| (m.start, m.end, m.text.as_str())))?;
        for pair in nationality.mentions.windows(2) {
            if pair[1].start < pair[0].end {
                return Err(format!(
                    "mentions of {} out of order: {}..{} then {}..{}",
                    nationality.key, pair[0].start, pair[0].end, pair[1].start, pair[1].end
                ));
            }
        }
        for m in &nationality.mentions {
            // An entity mention overlapping m starts before m ends and
            // ends after m starts.
            let before = named.partition_point(|&(start, _)| start < m.end);
            if before > 0 && reach[before - 1] > m.start {
                return Err(format!(
                    "the nationality mention {:?} at {}..{} lies in an entity's mention",
                    m.text, m.start, m.end
                ));
            }
        }
    }
    Ok(())
}

/// Reads a number at every token of `text`, as the figures and dates
/// grammars do, and checks each: its span (from its start to the end of
/// its last token) lies in the text on character boundaries, it starts no
/// earlier than the token it was read at, it consumes at least that token,
/// and its value and scale are finite.
pub fn check_numbers(text: &str) -> Result<(), String> {
    let tokens = crate::text::Tokens::new(text);
    for i in 0..tokens.len() {
        let Some(numeral) = crate::numbers::read_numeral(&tokens, i) else {
            continue;
        };
        if numeral.end <= i || numeral.end > tokens.len() {
            return Err(format!(
                "the number read at token {i} ends at token {} of {}",
                numeral.end,
                tokens.len()
            ));
        }
        if numeral.start < tokens.start(i) {
            return Err(format!(
                "the number read at token {i} starts at byte {}, before the token",
                numeral.start
            ));
        }
        let end = tokens.end(numeral.end - 1);
        check_span(text, numeral.start, end, None)?;
        if !(numeral.value.is_finite() && numeral.scale.is_finite()) {
            return Err(format!(
                "the number {:?} reads as {} (scale {})",
                &text[numeral.start..end],
                numeral.value,
                numeral.scale
            ));
        }
    }
    Ok(())
}

/// Runs the dates grammar alone on `text`, against `reference_date`
/// (`YYYY-MM-DD`, ignored when it is not a valid date), and checks the
/// dates and times it finds.
pub fn check_dates(text: &str, reference_date: Option<&str>) -> Result<(), String> {
    let reference = reference_date.and_then(crate::dates::parse_iso_date);
    let tokens = crate::text::Tokens::new(text);
    check_figures(text, &crate::dates::extract(&tokens, reference).figures)
}

/// Runs the figures grammar (amounts, quantities, money, ranges, counts,
/// ordinals…) alone on `text` and checks what it finds.
pub fn check_figure_grammar(text: &str) -> Result<(), String> {
    let tokens = crate::text::Tokens::new(text);
    check_figures(text, &crate::figures::extract(&tokens))
}

/// Checks the spans and numbers of `figures` found in `text`.
fn check_figures(text: &str, figures: &[Figure]) -> Result<(), String> {
    check_spans(
        text,
        figures.iter().map(|f| (f.start, f.end, f.text.as_str())),
    )?;
    for figure in figures {
        let value = match figure.value {
            Some(Value::Number(n)) => Some(n),
            _ => None,
        };
        if [figure.min, figure.max, value]
            .iter()
            .flatten()
            .any(|n| !n.is_finite())
        {
            let shown: String = figure.text.chars().take(40).collect();
            return Err(format!("a non-finite number in the figure {shown:?}"));
        }
    }
    Ok(())
}

fn check_spans<'a>(
    text: &str,
    spans: impl Iterator<Item = (usize, usize, &'a str)>,
) -> Result<(), String> {
    spans
        .into_iter()
        .try_for_each(|(start, end, item)| check_span(text, start, end, Some(item)))
}

/// `start..end` is a non-empty span of `text` on character boundaries, and
/// names `item` when one is given.
fn check_span(text: &str, start: usize, end: usize, item: Option<&str>) -> Result<(), String> {
    if !(start < end && end <= text.len()) {
        return Err(format!("span {start}..{end} out of 0..{}", text.len()));
    }
    if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
        return Err(format!("span {start}..{end} splits a character"));
    }
    match item {
        Some(item) if text[start..end] != *item => Err(format!(
            "span {start}..{end} is {:?}, not {item:?}",
            &text[start..end]
        )),
        _ => Ok(()),
    }
}
