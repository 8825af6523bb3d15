//! Every entity of `../shared/seeds/expected.json`: each listed surface form
//! is reported as a mention of one entity of an allowed type in its
//! document, and all of those entities share one key across the documents.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use khabar::{analyze, Analysis, EntityType, Options};
use serde_json::Value;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn type_name(kind: EntityType) -> &'static str {
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

#[test]
fn seed_entities_are_found_with_one_key_each() {
    let dir = seeds_dir();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .unwrap();
    let mut analyses: BTreeMap<String, Analysis> = BTreeMap::new();
    let mut failures = Vec::new();
    for entity in expected["entities"].as_array().unwrap() {
        let canonical = entity["canonical"].as_str().unwrap();
        let allowed: Vec<&str> = entity["type"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let mut keys = BTreeSet::new();
        for (doc, forms) in entity["mentions"].as_object().unwrap() {
            let analysis = analyses.entry(doc.clone()).or_insert_with(|| {
                let text = std::fs::read_to_string(dir.join(doc)).expect("seed document");
                analyze(&text, &Options::default()).unwrap()
            });
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
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
