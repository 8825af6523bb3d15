//! Figures written with digits and the scale, unit, duration and rate words
//! that follow them: `55 مليار متر مكعب سنويا`, `20 عامًا`, `ملياري متر مكعب`.
//!
//! A first grammar, so that the whole path carries real results; number
//! words, money, percentages, counts, ordinals, ranges and models follow.

use crate::text::{proclitic_splits, TokenKind, Tokens};
use crate::{Figure, FigureKind, Value};

/// Finds the figures in `tokens`.
pub fn extract(tokens: &Tokens) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_figure(tokens, i) {
            Some((figure, next)) => {
                figures.push(figure);
                i = next;
            }
            None => i += 1,
        }
    }
    figures
}

fn read_figure(tokens: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let (mut value, mut next) = match read_digits(tokens, i) {
        Some(found) => found,
        None => {
            // A dual scale word stands for two of it: ملياري، مليارين.
            let scale = dual_scale(tokens.folded(i))?;
            (2.0 * scale, i + 1)
        }
    };
    if tokens.kind(i) == Some(TokenKind::Number) {
        if let Some(scale) = scale(tokens.folded(next)) {
            value *= scale;
            next += 1;
        }
    }
    let mut figure_kind = FigureKind::Number;
    let mut unit = None;
    if let Some((found, kind, after)) = read_unit(tokens, next) {
        figure_kind = kind;
        unit = Some(found);
        next = after;
    }
    let mut per = None;
    if figure_kind == FigureKind::Quantity {
        if let Some(period) = rate(tokens.folded(next)) {
            per = Some(period);
            next += 1;
        }
    }
    if figure_kind == FigureKind::Number && tokens.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let mut figure = Figure::new(figure_kind, tokens.text(), tokens.start(i), tokens.end(next - 1));
    figure.value = Some(Value::Number(value));
    figure.unit = unit;
    figure.per = per;
    Some((figure, next))
}

/// Reads digits, with a decimal part after `.`, `,` or `٫` when glued.
fn read_digits(tokens: &Tokens, i: usize) -> Option<(f64, usize)> {
    if tokens.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let mut literal = tokens.folded(i).to_string();
    let mut next = i + 1;
    let decimal = tokens.glued_to_previous(i + 1)
        && [".", ",", "٫"].contains(&tokens.folded(i + 1))
        && tokens.glued_to_previous(i + 2)
        && tokens.kind(i + 2) == Some(TokenKind::Number);
    if decimal {
        literal.push('.');
        literal.push_str(tokens.folded(i + 2));
        next = i + 3;
    }
    literal.parse().ok().filter(|v: &f64| v.is_finite()).map(|v| (v, next))
}

fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "الف" | "الاف" => 1e3,
        "مليون" | "ملايين" => 1e6,
        "مليار" | "مليارات" => 1e9,
        _ => return None,
    })
}

fn dual_scale(word: &str) -> Option<f64> {
    Some(match word {
        "الفي" | "الفين" | "الفان" => 1e3,
        "مليوني" | "مليونين" | "مليونان" => 1e6,
        "ملياري" | "مليارين" | "ملياران" => 1e9,
        _ => return None,
    })
}

/// Reads a unit or duration word after a number.
fn read_unit(tokens: &Tokens, i: usize) -> Option<(&'static str, FigureKind, usize)> {
    let word = tokens.folded(i);
    if word == "متر" && tokens.folded(i + 1) == "مكعب" {
        return Some(("m3", FigureKind::Quantity, i + 2));
    }
    let (unit, kind) = match word {
        "طن" | "اطنان" => ("t", FigureKind::Quantity),
        "برميل" => ("barrel", FigureKind::Quantity),
        "عام" | "عاما" | "اعوام" | "سنه" | "سنوات" => ("year", FigureKind::Duration),
        "شهر" | "شهرا" | "اشهر" => ("month", FigureKind::Duration),
        "يوم" | "يوما" | "ايام" => ("day", FigureKind::Duration),
        _ => return None,
    };
    Some((unit, kind, i + 1))
}

fn rate(word: &str) -> Option<&'static str> {
    proclitic_splits(word).find_map(|split| match split.stem {
        "سنويا" => Some("year"),
        "يوميا" => Some("day"),
        "شهريا" => Some("month"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_quantity_with_scale_unit_and_rate() {
        let text = "قد تصل إلى 55 مليار متر مكعب سنويا.";
        let figures = extract(&Tokens::new(text));
        assert_eq!(figures.len(), 1);
        let f = &figures[0];
        assert_eq!(f.text, "55 مليار متر مكعب سنويا");
        assert_eq!(f.value, Some(Value::Number(5.5e10)));
        assert_eq!((f.unit, f.per), (Some("m3"), Some("year")));
    }

    #[test]
    fn reads_a_dual_scale() {
        let figures = extract(&Tokens::new("في حدود ملياري متر مكعب"));
        assert_eq!(figures[0].value, Some(Value::Number(2e9)));
    }
}
