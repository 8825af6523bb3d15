//! Government bodies and other institutions that no list names, read from
//! the shape Arabic gives their names: an indefinite head noun (وزارة،
//! هيئة، مجلس …, `data/gazetteer/institutions.tsv`) in construct with a
//! definite noun, which one coordinated definite noun and adjectives of
//! rank or nationality may follow: وزارة الصحة الفلسطينية، وزارة التربية
//! والتعليم، هيئة الأركان العامة. ANERcorp leaves these untagged, so the
//! learned tagger does not find them; news readers count them among the
//! organisations, as the seeds' وزارة الدفاع الأمريكية.

use std::sync::OnceLock;

use super::features::DocumentWords;
use super::lexicon::dropped_clitic_letters;
use super::Candidate;
use crate::hashing::FastMap;
use crate::text::{fold, proclitic_splits, TokenKind};
use crate::EntityType;

const INSTITUTIONS: &str = include_str!("../../data/gazetteer/institutions.tsv");

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Head,
    /// A head that may join two nouns: وزارة التربية والتعليم.
    CoordinatingHead,
    Adjective,
}

/// The folded words of `institutions.tsv` by their role.
fn institution_words() -> &'static FastMap<String, Role> {
    static WORDS: OnceLock<FastMap<String, Role>> = OnceLock::new();
    WORDS.get_or_init(|| {
        INSTITUTIONS
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(word, role)| {
                let role = match role {
                    "head" => Role::Head,
                    "head+and" => Role::CoordinatingHead,
                    _ => Role::Adjective,
                };
                (fold(word), role)
            })
            .collect()
    })
}

/// Folded: والذي after a ministry's name opens a clause, not a second
/// portfolio.
const RELATIVE_PRONOUNS: [&str; 9] = [
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// The most adjectives after the noun(s): a rank and a nationality
/// (المجلس الأعلى … ; هيئة الأركان العامة الإيرانية).
const MAX_ADJECTIVES: usize = 2;

/// What each word type may be in an institution's name.
#[derive(Clone, Copy, Default)]
struct TypeRole {
    /// The proclitic letters before a head noun (لوزارة), if it is one.
    head_after: Option<u8>,
    /// Whether the head may join two nouns.
    coordinating: bool,
    /// Definite, without a conjunction: الصحة.
    definite: bool,
    /// The article after و: والتعليم.
    coordinated: bool,
    adjective: bool,
    nisba: bool,
}

/// The institutions named in the document outside `known`, the gazetteer
/// candidates, sorted and disjoint: those are merged in, the result still
/// sorted and disjoint.
pub(super) fn add_institutions(words: &DocumentWords, known: &mut Vec<Candidate>) {
    let tokens = words.tokens();
    let lexicon = institution_words();
    let roles: Vec<TypeRole> = (0..tokens.word_type_count() as u32)
        .map(|t| {
            let i = tokens.first_of_type(t);
            if tokens.kind(i) != Some(TokenKind::Word) {
                return TypeRole::default();
            }
            let folded = tokens.folded(i);
            // After ل, a head that starts with ل may have lost the article
            // between (للجنة is also ل + اللجنة, not a construct).
            let head = proclitic_splits(folded)
                .filter(|split| {
                    let after_la = split.preposition == Some('ل') && split.stem.starts_with('ل');
                    !split.article && !after_la
                })
                .find_map(|split| match lexicon.get(split.stem) {
                    Some(&role) if role != Role::Adjective => Some((split, role)),
                    _ => None,
                });
            let definite = folded.starts_with("ال");
            let nisba = definite && words.is_nisba(i);
            TypeRole {
                head_after: head.map(|(split, _)| dropped_clitic_letters(&split) as u8),
                coordinating: head.is_some_and(|(_, role)| role == Role::CoordinatingHead),
                definite,
                coordinated: folded.strip_prefix('و').is_some_and(|rest| {
                    rest.starts_with("ال") && !RELATIVE_PRONOUNS.contains(&rest)
                }),
                adjective: nisba || definite && lexicon.get(folded) == Some(&Role::Adjective),
                nisba,
            }
        })
        .collect();
    let role = |i: usize| roles[words.type_of(i) as usize];
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(clitics) = role(i).head_after else {
            i += 1;
            continue;
        };
        let complement = i + 1;
        // The noun, which names the field: الخارجية, not الروسية.
        if complement >= tokens.len()
            || !role(complement).definite
            || role(complement).nisba
            || tokens.ends_sentence(i)
        {
            i += 1;
            continue;
        }
        let mut end = complement + 1;
        let open = |j: usize| j < tokens.len() && !tokens.ends_sentence(j - 1);
        if role(i).coordinating && open(end) && role(end).coordinated {
            end += 1;
        }
        let mut adjectives = 0;
        while adjectives < MAX_ADJECTIVES && open(end) && role(end).adjective {
            end += 1;
            adjectives += 1;
        }
        found.push(Candidate {
            kind: EntityType::Organization,
            first: i,
            end,
            start: tokens.offset_after_letters(i, clitics.into()),
            entry: None,
            role: None,
        });
        i = end;
    }
    if found.is_empty() {
        return;
    }
    let mut merged = Vec::with_capacity(known.len() + found.len());
    let mut known_left = std::mem::take(known).into_iter().peekable();
    for institution in found {
        while let Some(k) = known_left.next_if(|k| k.first < institution.end) {
            merged.push(k);
        }
        // The known candidates left all start after the institution.
        if merged.last().map_or(0, |k| k.end) <= institution.first {
            merged.push(institution);
        }
    }
    merged.extend(known_left);
    *known = merged;
}
