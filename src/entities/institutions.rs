//! Government bodies and other institutions that no list names, read from
//! the shape Arabic gives their names: an indefinite head noun (وزارة،
//! هيئة، مجلس …, `data/gazetteer/institutions.tsv`) in construct with a
//! definite noun, which one coordinated definite noun and adjectives of
//! rank or nationality may follow: وزارة الصحة الفلسطينية، وزارة التربية
//! والتعليم، هيئة الأركان العامة. ANERcorp leaves these untagged, so the
//! learned tagger does not find them; news readers count them among the
//! organisations, as the seeds' وزارة الدفاع الأمريكية.
//!
//! A head may also stand before a name, which is then part of the
//! organisation's: a known place (جامعة القاهرة، مصرف قطر المركزي) after
//! any head, and, after the heads marked `name` (حزب، مجلس، جامعة، جبهة
//! …), a name the tagger reads (حزب كاديما، جامعة الملك فهد، جبهة
//! البوليساريو). Heads that only describe the name beside them (شركة،
//! وكالة: شركة فورد is فورد) are not marked, as ANERcorp tags them; nor is
//! a known organisation taken in (منظمة أوبك stays أوبك).

use std::sync::OnceLock;

use super::features::DocumentWords;
use super::Candidate;
use crate::hashing::FastMap;
use crate::text::{fold, proclitic_splits, TokenKind};
use crate::EntityType;

const INSTITUTIONS: &str = include_str!("../../data/gazetteer/institutions.tsv");

#[derive(Clone, Copy, PartialEq, Eq)]
struct Role {
    /// Opens a name in construct with a definite noun: وزارة الصحة.
    head: bool,
    /// A head that may join two nouns: وزارة التربية والتعليم.
    coordinating: bool,
    /// Keeps a name the tagger reads after it inside the organisation's
    /// (حزب كاديما); a head only before such a name if not `head` (جبهة,
    /// which before a common noun is a front line).
    before_name: bool,
    adjective: bool,
    /// An adjective that makes a head with the article a name: البنك
    /// الدولي.
    naming: bool,
}

/// The folded words of `institutions.tsv` by their role: `head`,
/// `head+and`, `head+name`, `name`, `adjective` or `adjective+name`.
fn institution_words() -> &'static FastMap<String, Role> {
    static WORDS: OnceLock<FastMap<String, Role>> = OnceLock::new();
    WORDS.get_or_init(|| {
        INSTITUTIONS
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(word, role)| {
                let parts: Vec<&str> = role.split('+').collect();
                let adjective = parts.contains(&"adjective");
                let name = parts.contains(&"name");
                let role = Role {
                    head: parts.contains(&"head"),
                    coordinating: parts.contains(&"and"),
                    before_name: name && !adjective,
                    adjective,
                    naming: name && adjective,
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
    /// Whether the head opens a name with a definite noun, not only with
    /// a name.
    common_head: bool,
    /// Whether the head may join two nouns.
    coordinating: bool,
    /// Whether the head keeps the tagger's name after it.
    before_name: bool,
    /// The proclitic letters before a head with the article (والبنك),
    /// if it is one: with an adjective that names a body it is a name
    /// (البنك الدولي).
    definite_head_after: Option<u8>,
    /// An adjective that makes a definite head a name: الدولي، العربية.
    naming: bool,
    /// An adjective after و: والاجتماعي.
    coordinated_adjective: bool,
    /// A preposition before the article (للعيون، بالقاهرة): a word no
    /// head is in construct with.
    after_preposition: bool,
    /// Definite, without a conjunction: الصحة.
    definite: bool,
    /// The article after و: والتعليم.
    coordinated: bool,
    adjective: bool,
    nisba: bool,
}

/// The institutions named in the document, and `known`, the gazetteer
/// candidates, sorted and disjoint: those are merged in, the result still
/// sorted and disjoint. An institution overlaps no known candidate but a
/// place its name takes in (جامعة القاهرة), which it replaces. `labels`
/// are the tagger's.
pub(super) fn add_institutions(
    words: &DocumentWords,
    labels: &[usize],
    known: &mut Vec<Candidate>,
) {
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
                    Some(&role) if role.head || role.before_name => Some((split, role)),
                    _ => None,
                });
            let definite_head =
                proclitic_splits(folded)
                    .filter(|split| split.article)
                    .find(|split| {
                        lexicon
                            .get(split.stem)
                            .is_some_and(|role| role.head || role.before_name)
                    });
            let definite = folded.starts_with("ال");
            let nisba = definite && words.is_nisba(i);
            let listed_adjective = |word: &str| lexicon.get(word).filter(|r| r.adjective);
            TypeRole {
                after_preposition: proclitic_splits(folded)
                    .any(|split| split.article && split.preposition.is_some()),
                definite_head_after: definite_head
                    .map(|split| split.letters_before_article() as u8),
                naming: definite && listed_adjective(folded).is_some_and(|r| r.naming),
                coordinated_adjective: folded
                    .strip_prefix('و')
                    .is_some_and(|rest| listed_adjective(rest).is_some()),
                head_after: head.map(|(split, _)| split.letters_before_article() as u8),
                common_head: head.is_some_and(|(_, role)| role.head),
                coordinating: head.is_some_and(|(_, role)| role.coordinating),
                before_name: head.is_some_and(|(_, role)| role.before_name),
                definite,
                coordinated: folded.strip_prefix('و').is_some_and(|rest| {
                    rest.starts_with("ال") && !RELATIVE_PRONOUNS.contains(&rest)
                }),
                adjective: nisba || definite && lexicon.get(folded).is_some_and(|r| r.adjective),
                nisba,
            }
        })
        .collect();
    let role = |i: usize| roles[words.type_of(i) as usize];
    let lexicon_entries = &super::lexicon::lexicon().entries;
    // The known candidate starting at each token that starts one.
    let mut known_at = known.iter().peekable();
    let open = |j: usize| j < tokens.len() && !tokens.ends_sentence(j - 1);
    // Where the adjectives after token `end` end, `adjectives` already read.
    let after_adjectives = |mut end: usize, mut adjectives: usize| {
        while adjectives < MAX_ADJECTIVES && open(end) && role(end).adjective {
            end += 1;
            adjectives += 1;
        }
        end
    };
    let organisation = |first: usize, end: usize, clitics: u8| Candidate {
        kind: EntityType::Organization,
        first,
        end,
        start: tokens.offset_after_letters(first, clitics.into()),
        entry: None,
        role: None,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(clitics) = role(i).head_after else {
            // A definite head and an adjective that names a body:
            // البنك الدولي، الجامعة العربية، المجلس الاقتصادي والاجتماعي.
            match role(i).definite_head_after {
                Some(clitics) if open(i + 1) && role(i + 1).naming => {
                    let mut end = i + 2;
                    if open(end) && role(end).coordinated_adjective {
                        end += 1;
                    }
                    let end = after_adjectives(end, 1);
                    found.push(organisation(i, end, clitics));
                    i = end;
                }
                _ => i += 1,
            }
            continue;
        };
        let complement = i + 1;
        if complement >= tokens.len() || tokens.ends_sentence(i) {
            i += 1;
            continue;
        }
        while known_at.next_if(|k| k.first < complement).is_some() {}
        let known_here = known_at.peek().filter(|k| k.first == complement);
        // A known place in construct: جامعة القاهرة, not a known
        // organisation, which the head only describes (منظمة أوبك).
        let construct = !role(complement).after_preposition;
        let place = known_here.filter(|k| {
            construct
                && k.start == tokens.start(complement)
                && k.kind == EntityType::Location
                && k.entry
                    .is_some_and(|e| lexicon_entries[e].kind == EntityType::Location)
        });
        // A name the tagger reads, where no known one is.
        let tagged_name = || {
            let label = labels[complement];
            let opens_another = role(complement).head_after.is_some();
            (label % 2 == 1 && known_here.is_none() && !opens_another && construct).then(|| {
                complement
                    + 1
                    + labels[complement + 1..]
                        .iter()
                        .take_while(|&&l| l == label + 1)
                        .count()
            })
        };
        let name_end = match place {
            Some(place) => Some(place.end),
            None if role(i).before_name => tagged_name(),
            None => None,
        };
        let mut end;
        if let Some(name_end) = name_end.filter(|&end| (complement + 1..end).all(open)) {
            end = name_end;
        } else if role(i).common_head
            && role(complement).definite
            && !role(complement).nisba
            && known_here.is_none()
        {
            // The noun, which names the field: الخارجية, not الروسية.
            end = complement + 1;
            if role(i).coordinating && open(end) && role(end).coordinated {
                end += 1;
            }
        } else {
            i += 1;
            continue;
        }
        let end = after_adjectives(end, 0);
        found.push(organisation(i, end, clitics));
        i = end;
    }
    if found.is_empty() {
        return;
    }
    let mut merged = Vec::with_capacity(known.len() + found.len());
    let mut known_left = std::mem::take(known).into_iter().peekable();
    for institution in found {
        while let Some(k) = known_left.next_if(|k| k.first < institution.first) {
            merged.push(k);
        }
        // A place inside the institution's name is taken in; another
        // known candidate across it keeps its text.
        let inside = |k: &Candidate| {
            k.first > institution.first
                && k.end <= institution.end
                && k.kind == EntityType::Location
        };
        let crossed = merged.last().map_or(0, |k| k.end) > institution.first
            || known_left
                .peek()
                .is_some_and(|k| k.first < institution.end && !inside(k));
        if crossed {
            while let Some(k) = known_left.next_if(|k| k.first < institution.end) {
                merged.push(k);
            }
            continue;
        }
        while known_left.next_if(|k| inside(k)).is_some() {}
        merged.push(institution);
    }
    merged.extend(known_left);
    *known = merged;
}
