//! Every figure of the seed articles' must-find list that is not a date or
//! a time is found: `../shared/seeds/expected.json`, beside the repository.
//!
//! A figure matches when a reported figure of the same kind covers the
//! expected text and its normalised fields equal the ones given; a subject
//! matches when the reported one contains the expected one.

use std::path::PathBuf;

use khabar::{analyze, Figure, Options};
use serde_json::Value as Json;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

#[test]
fn every_seed_figure_is_found() {
    let expected_path = seeds_dir().join("expected.json");
    let Ok(expected) = std::fs::read_to_string(&expected_path) else {
        panic!(
            "{} is missing: the shared seeds must sit beside the repository",
            expected_path.display()
        );
    };
    let expected: Json = serde_json::from_str(&expected).expect("expected.json is JSON");
    let mut failures = Vec::new();
    let mut checked = 0;
    for want in expected["figures"].as_array().expect("a figures array") {
        let kind = want["kind"].as_str().unwrap_or_default();
        if kind == "date" || kind == "time" {
            continue;
        }
        checked += 1;
        let doc = want["doc"].as_str().expect("a doc name");
        let text = std::fs::read_to_string(seeds_dir().join(doc)).expect("the seed document");
        let figures = analyze(&text, &Options::default())
            .expect("analysable")
            .figures;
        if !figures.iter().any(|got| matches(got, want, &text)) {
            let near: Vec<String> = figures
                .iter()
                .filter(|f| f.kind.as_str() == kind)
                .map(|f| format!("{:?}", f.text))
                .collect();
            failures.push(format!(
                "{doc}: {want}\n    found {kind}s: {}",
                near.join(", ")
            ));
        }
    }
    assert!(checked > 0, "no figure to check in expected.json");
    assert!(
        failures.is_empty(),
        "{} of {checked} seed figures missed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Whether `got` covers an occurrence of the expected text and agrees with
/// every normalised field given.
fn matches(got: &Figure, want: &Json, text: &str) -> bool {
    let wanted_text = want["text"].as_str().unwrap_or_default();
    let covers = text
        .match_indices(wanted_text)
        .any(|(at, s)| got.start <= at && at + s.len() <= got.end);
    if got.kind.as_str() != want["kind"].as_str().unwrap_or_default() || !covers {
        return false;
    }
    let got_json = serde_json::to_value(got).unwrap();
    want.as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "doc" | "text" | "kind"))
        .all(|(field, value)| {
            let reported = &got_json[field.as_str()];
            match (field.as_str(), value) {
                ("subject", Json::String(s)) => {
                    reported.as_str().is_some_and(|r| r.contains(s.as_str()))
                }
                (_, Json::Number(n)) => reported
                    .as_f64()
                    .is_some_and(|r| (r - n.as_f64().unwrap()).abs() <= 1e-9 * r.abs().max(1.0)),
                (_, Json::Bool(b)) => reported.as_bool().unwrap_or(false) == *b,
                _ => reported == value,
            }
        })
}
