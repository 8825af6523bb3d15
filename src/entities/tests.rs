//! Table-driven tests of extraction on short texts.

use super::*;

fn found(text: &str) -> Vec<(EntityType, String, Vec<String>)> {
    extract(&Tokens::new(text))
        .into_iter()
        .map(|e| (e.kind, e.key, e.mentions.into_iter().map(|m| m.text).collect()))
        .collect()
}

#[test]
fn smoke() {
    println!("{:?}", found("وقال الرئيس الروسي فلاديمير بوتين إن موسكو تدعم طهران، وأضاف بوتين أن للولايات المتحدة دورا."));
}
