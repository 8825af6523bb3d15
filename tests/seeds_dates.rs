//! Every date and time figure of the seed articles' must-find list
//! (`../shared/seeds/expected.json`) is reported: a figure of the same
//! kind covers the expected text, and its value, grain and month agree.

use std::path::PathBuf;

use khabar::{analyze, Figure, Options, Value};
use serde_json::Value as Json;

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn text_value(figure: &Figure) -> Option<&str> {
    match &figure.value {
        Some(Value::Text(text)) => Some(text),
        _ => None,
    }
}

/// Why `figure` does not match `expected`, if it does not.
fn mismatch(figure: &Figure, expected: &Json) -> Option<String> {
    if let Some(value) = expected.get("value").and_then(Json::as_str) {
        if text_value(figure) != Some(value) {
            return Some(format!("value {:?}, expected {value}", figure.value));
        }
    }
    if let Some(grain) = expected.get("grain").and_then(Json::as_str) {
        if figure.grain != Some(grain) {
            return Some(format!("grain {:?}, expected {grain}", figure.grain));
        }
    }
    if let Some(month) = expected.get("month").and_then(Json::as_u64) {
        let reported = text_value(figure)
            .and_then(|v| v.get(5..7))
            .and_then(|m| m.parse::<u64>().ok());
        if reported != Some(month) {
            return Some(format!("month of {:?}, expected {month}", figure.value));
        }
    }
    None
}

#[test]
fn every_seed_date_and_time_is_found() {
    let expected: Json = serde_json::from_str(
        &std::fs::read_to_string(seeds().join("expected.json")).expect("expected.json is readable"),
    )
    .expect("expected.json is JSON");
    let mut failures = Vec::new();
    let mut checked = 0;
    for wanted in expected["figures"].as_array().expect("a figures list") {
        let kind = wanted["kind"].as_str().unwrap();
        if kind != "date" && kind != "time" {
            continue;
        }
        checked += 1;
        let doc = wanted["doc"].as_str().unwrap();
        let text = wanted["text"].as_str().unwrap();
        let article = std::fs::read_to_string(seeds().join(doc)).expect("seed is readable");
        let figures = analyze(&article, &Options::default()).unwrap().figures;
        let occurrences: Vec<usize> = article.match_indices(text).map(|(at, _)| at).collect();
        let covering: Vec<&Figure> = figures
            .iter()
            .filter(|f| {
                f.kind.as_str() == kind
                    && occurrences
                        .iter()
                        .any(|&at| f.start <= at && at + text.len() <= f.end)
            })
            .collect();
        let verdict = match covering.iter().find(|f| mismatch(f, wanted).is_none()) {
            Some(_) => continue,
            None => covering
                .first()
                .map_or("nothing covers it".to_string(), |f| {
                    mismatch(f, wanted).unwrap()
                }),
        };
        failures.push(format!("{doc}: {kind} {text:?}: {verdict}"));
    }
    assert!(checked > 0, "no date or time in expected.json");
    assert!(
        failures.is_empty(),
        "{} of {checked} seed dates and times fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
