//! Must-find lists of whole articles, checked the same way for the seed
//! articles (`../shared/seeds/expected.json`) and for the articles written
//! for the tests (`tests/articles/expected.json`).
//!
//! A list is JSON with `figures` and `entities` (see the seeds' `about`),
//! and may add `absent`: texts that must not be reported as the figure or
//! the entity mention they name, errors once made and fixed.
//!
//! * A figure matches when a reported figure of the same kind covers its
//!   `text` (or, with [`Span::Exact`], is exactly that text) and agrees
//!   with every other field given: numbers to a relative 1e-9, a `subject`
//!   by containing it, a `month` by the month of the reported date value.
//! * An entity matches when each of its forms is reported, in its
//!   document, as a mention of an entity of an allowed type, a leading
//!   proclitic (و ف ب ك ل, or لل for ل + ال) kept or dropped, and all those
//!   entities share one key across the documents.

// Each test crate that includes this module uses part of it.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use khabar::{analyze, Analysis, EntityType, Figure, Options};
use serde_json::Value as Json;

/// The seed articles, beside the repository.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// The articles written for the tests.
pub fn articles_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/articles")
}

/// Fails listing every failure, if there is one.
pub fn assert_none(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Fails unless some figures were checked and all were found.
pub fn assert_all_found(what: &str, (failures, checked): (Vec<String>, usize)) {
    assert!(checked > 0, "no {what} to check");
    assert_none(&format!("of {checked} {what} missed"), &failures);
}

/// The must-find list of the articles in `dir`.
pub fn expected(dir: &Path) -> Json {
    let path = dir.join("expected.json");
    let Ok(json) = std::fs::read_to_string(&path) else {
        panic!("{} is missing", path.display());
    };
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// How a reported figure's span must meet the expected text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// It covers the text: the seeds' lists name the core of a figure.
    Covering,
    /// It is the text.
    Exact,
}

/// Each document of `dir` analysed once, as the page would: without a
/// reference date.
pub struct Analyses {
    dir: PathBuf,
    by_doc: BTreeMap<String, (String, Analysis)>,
}

impl Analyses {
    pub fn new(dir: &Path) -> Analyses {
        Analyses {
            dir: dir.to_path_buf(),
            by_doc: BTreeMap::new(),
        }
    }

    pub fn of(&mut self, doc: &str) -> &(String, Analysis) {
        let dir = &self.dir;
        self.by_doc.entry(doc.to_string()).or_insert_with(|| {
            let text =
                std::fs::read_to_string(dir.join(doc)).unwrap_or_else(|e| panic!("{doc}: {e}"));
            let analysis = analyze(&text, &Options::default()).expect("analysable");
            (text, analysis)
        })
    }
}

/// The expected figures of the kinds `wanted` selects that are not found,
/// described, and how many were checked.
pub fn missed_figures(
    dir: &Path,
    expected: &Json,
    wanted: impl Fn(&str) -> bool,
    span: Span,
) -> (Vec<String>, usize) {
    let mut analyses = Analyses::new(dir);
    let mut failures = Vec::new();
    let mut checked = 0;
    for want in expected["figures"].as_array().expect("a figures array") {
        let kind = want["kind"].as_str().expect("a kind");
        if !wanted(kind) {
            continue;
        }
        checked += 1;
        let doc = want["doc"].as_str().expect("a doc name");
        let (text, analysis) = analyses.of(doc);
        let figures = &analysis.figures;
        if !figures
            .iter()
            .any(|got| figure_matches(got, want, text, span))
        {
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
    (failures, checked)
}

fn figure_matches(got: &Figure, want: &Json, text: &str, span: Span) -> bool {
    let wanted_text = want["text"].as_str().unwrap_or_default();
    let placed = match span {
        Span::Exact => got.text == wanted_text,
        Span::Covering => text
            .match_indices(wanted_text)
            .any(|(at, s)| got.start <= at && at + s.len() <= got.end),
    };
    if got.kind.as_str() != want["kind"].as_str().unwrap_or_default() || !placed {
        return false;
    }
    let got_json = serde_json::to_value(got).unwrap();
    want.as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "doc" | "text" | "kind"))
        .all(|(field, value)| match (field.as_str(), value) {
            ("subject", Json::String(s)) => got_json["subject"]
                .as_str()
                .is_some_and(|r| r.contains(s.as_str())),
            ("month", Json::Number(n)) => {
                got_json["value"]
                    .as_str()
                    .and_then(|v| v.get(5..7))
                    .and_then(|m| m.parse::<u64>().ok())
                    == n.as_u64()
            }
            (field, Json::Number(n)) => got_json[field]
                .as_f64()
                .is_some_and(|r| (r - n.as_f64().unwrap()).abs() <= 1e-9 * r.abs().max(1.0)),
            (field, Json::Bool(b)) => got_json[field].as_bool().unwrap_or(false) == *b,
            (field, value) => &got_json[field] == value,
        })
}

pub fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Location => "location",
        EntityType::Organization => "organization",
        EntityType::Misc => "misc",
    }
}

/// The forms a reported mention may take for an expected one: as written,
/// or without one leading proclitic (و ف ب ك ل), لل standing for ل + ال.
fn accepted_forms(expected: &str) -> Vec<String> {
    let mut forms = vec![expected.to_string()];
    for clitic in ["و", "ف", "ب", "ك", "ل"] {
        if let Some(rest) = expected.strip_prefix(clitic) {
            forms.push(rest.to_string());
        }
    }
    if let Some(rest) = expected.strip_prefix("لل") {
        forms.push(format!("ال{rest}"));
    }
    forms
}

/// The expected entities not found, or found under several keys.
pub fn missed_entities(dir: &Path, expected: &Json) -> Vec<String> {
    let mut analyses = Analyses::new(dir);
    let mut failures = Vec::new();
    for entity in expected["entities"].as_array().expect("an entities array") {
        let canonical = entity["canonical"].as_str().unwrap();
        let allowed: Vec<&str> = entity["type"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let mut keys = BTreeSet::new();
        for (doc, forms) in entity["mentions"].as_object().unwrap() {
            let (_, analysis) = analyses.of(doc);
            for form in forms
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
            {
                let accepted = accepted_forms(form);
                let owner = analysis
                    .entities
                    .iter()
                    .filter(|e| allowed.contains(&type_name(e.kind)))
                    .find(|e| e.mentions.iter().any(|m| accepted.contains(&m.text)));
                match owner {
                    Some(e) => {
                        keys.insert(e.key.clone());
                    }
                    None => failures.push(format!("{canonical}: {form:?} not found in {doc}")),
                }
            }
        }
        if keys.len() > 1 {
            failures.push(format!("{canonical}: several keys {keys:?}"));
        }
    }
    failures
}

/// The `absent` items that are reported: `{"doc", "text", "as"}`, where
/// `as` is a figure kind or an entity type that no figure or mention of
/// exactly that text may have.
pub fn reported_absents(dir: &Path, expected: &Json) -> Vec<String> {
    let mut analyses = Analyses::new(dir);
    let Some(absent) = expected["absent"].as_array() else {
        return Vec::new();
    };
    absent
        .iter()
        .filter_map(|item| {
            let doc = item["doc"].as_str().expect("a doc name");
            let text = item["text"].as_str().expect("a text");
            let kind = item["as"].as_str().expect("a kind or type");
            let (_, analysis) = analyses.of(doc);
            let as_figure = analysis
                .figures
                .iter()
                .any(|f| f.text == text && f.kind.as_str() == kind);
            let as_mention = analysis
                .entities
                .iter()
                .filter(|e| type_name(e.kind) == kind)
                .any(|e| e.mentions.iter().any(|m| m.text == text));
            (as_figure || as_mention).then(|| format!("{doc}: {text:?} is reported as {kind}"))
        })
        .collect()
}
