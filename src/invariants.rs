//! The promises every analysis keeps, checked by the tests and the fuzzers:
//! spans on character boundaries with start < end ≤ length, each item's
//! text equal to the slice it names, every number finite.

use crate::{Analysis, Value};

/// Checks `analysis` (with byte offsets) against the `text` it came from.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let spans = analysis
        .figures
        .iter()
        .map(|f| (f.start, f.end, f.text.as_str()))
        .chain(
            analysis
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end, m.text.as_str()))),
        );
    for (start, end, item) in spans {
        if !(start < end && end <= text.len()) {
            return Err(format!("span {start}..{end} out of 0..{}", text.len()));
        }
        if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
            return Err(format!("span {start}..{end} splits a character"));
        }
        if text[start..end] != *item {
            return Err(format!(
                "span {start}..{end} is {:?}, not {item:?}",
                &text[start..end]
            ));
        }
    }
    for figure in &analysis.figures {
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
