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
//!
//! A head with the article and an adjective names a body when the
//! adjective is one of reach or kind (البنك الدولي), or when the field it
//! works in follows after ل (الهيئة العامة للاستثمار، الاتحاد السعودي لكرة
//! القدم), which the name then takes in.

use std::sync::OnceLock;

use super::features::DocumentWords;
use super::lexicon::Source;
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

/// Folded nouns after ل that say when, not what for: انعقد المجلس الوطني
/// للمرة الأولى.
const TIME_AFTER_LAM: [&str; 10] = [
    "مره",
    "مده",
    "عام",
    "سنه",
    "يوم",
    "اسبوع",
    "شهر",
    "فتره",
    "ساعه",
    "لحظه",
];

/// Folded nouns that give a field after ل in construct with a definite
/// noun: لكرة القدم، لحقوق الإنسان، لشؤون اللاجئين.
const FIELDS_IN_CONSTRUCT: [&str; 4] = ["كره", "حقوق", "شؤون", "شئون"];

/// The end of the field an institution's name gives after ل at token
/// `at` (للاستثمار، لكرة القدم، للطاقة الذرية), if one opens there: ل with
/// a definite noun, or with a noun in construct with a definite one, and
/// at most two adjectives after, listed, of a nationality or shaped as a
/// nisba (الزراعية، الذرية).
fn field_after(words: &DocumentWords, at: usize) -> Option<usize> {
    let tokens = words.tokens();
    let word = |i: usize| {
        i < tokens.len() && !tokens.ends_sentence(i - 1) && tokens.kind(i) == Some(TokenKind::Word)
    };
    if !word(at) {
        return None;
    }
    let after_lam = || {
        proclitic_splits(tokens.folded(at))
            .filter(|split| split.conjunction.is_none() && split.preposition == Some('ل'))
    };
    // للاستثمار is ل + الاستثمار before it is ل + لاستثمار.
    let field = after_lam()
        .find(|split| split.article)
        .or_else(|| after_lam().next())?;
    // A place after ل is where the body acts (البنك الدولي للأردن), and
    // another body one it belongs to (اللجنة التنفيذية لمنظمة التحرير).
    let gazetteer = super::lexicon::lexicon();
    let place = field.article && gazetteer.knows_word(&format!("ال{}", field.stem));
    let body = institution_words()
        .get(field.stem)
        .is_some_and(|role| role.head || role.before_name);
    if TIME_AFTER_LAM.contains(&field.stem) || place || body || gazetteer.knows_word(field.stem) {
        return None;
    }
    let definite = |i: usize| word(i) && tokens.folded(i).starts_with("ال");
    let mut end = at + 1;
    if !field.article {
        // لكرة القدم، لشؤون اللاجئين: the noun needs its complement. Other
        // nouns without the article are mostly a purpose (البنك التجاري
        // لتحقيق النجاح).
        if !FIELDS_IN_CONSTRUCT.contains(&field.stem) || !definite(end) {
            return None;
        }
        end += 1;
    }
    let adjectives = institution_words();
    let adjective = |i: usize| {
        let folded = tokens.folded(i);
        definite(i)
            && (words.is_nisba(i)
                || adjectives.get(folded).is_some_and(|role| role.adjective)
                || folded.ends_with('ي')
                || folded.ends_with("يه"))
    };
    let last = end + MAX_ADJECTIVES;
    while end < last && adjective(end) {
        end += 1;
    }
    Some(end)
}

/// Where a name that is a day and month ends, when one opens at token
/// `at` after a head: a day in words with the article, من and a month
/// (`جامعة السادس من أكتوبر`، `مستشفى العاشر من رمضان`), or in digits
/// before the month (`شارع 26 يوليو`، `جسر 14 تموز`), the name a date
/// gives the body, which the dates leave unread there. Not a day without
/// the article or a month (`جامعة الخامس من طلابها`), nor a number that
/// is no day (`شارع 45`).
pub(super) fn day_and_month_after(words: &DocumentWords, at: usize) -> Option<usize> {
    let tokens = words.tokens();
    let month = if tokens.kind(at) == Some(TokenKind::Number) {
        let day: u32 = tokens.folded(at).parse().ok()?;
        (1..=31).contains(&day).then_some(at + 1)?
    } else {
        let day = crate::figures::read_rank(tokens, at)
            .filter(|rank| rank.definite && rank.start == tokens.start(at) && rank.value <= 31.0)?;
        (tokens.folded(day.end) == "من").then_some(day.end + 1)?
    };
    (month < tokens.len()
        && (at + 1..=month).all(|j| !tokens.ends_sentence(j - 1))
        && crate::dates::is_month_name(tokens.folded(month)))
    .then_some(month + 1)
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
            // The first reading as a head without the article and the first
            // with it, and whether a preposition comes before the article,
            // in one pass over the readings: this runs for every word type.
            let mut head = None;
            let mut definite_head = None;
            let mut after_preposition = false;
            for split in proclitic_splits(folded) {
                let opens_a_name = || {
                    lexicon
                        .get(split.stem)
                        .filter(|role| role.head || role.before_name)
                };
                if split.article {
                    after_preposition |= split.preposition.is_some();
                    if definite_head.is_none() && opens_a_name().is_some() {
                        definite_head = Some(split);
                    }
                } else if head.is_none() {
                    // After ل, a head that starts with ل may have lost the
                    // article between (للجنة is also ل + اللجنة, not a
                    // construct).
                    let after_la = split.preposition == Some('ل') && split.stem.starts_with('ل');
                    if !after_la {
                        head = opens_a_name().map(|&role| (split, role));
                    }
                }
            }
            let definite = folded.starts_with("ال");
            let nisba = definite && words.is_nisba(i);
            let listed_adjective = |word: &str| lexicon.get(word).filter(|r| r.adjective);
            TypeRole {
                after_preposition,
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
            // A definite head and an adjective that names a body (البنك
            // الدولي، الجامعة العربية، المجلس الاقتصادي والاجتماعي), or any
            // adjective and the field after ل (الهيئة العامة للاستثمار،
            // المجلس الأعلى للقوات المسلحة), which the name takes in too
            // (المنظمة العربية للتنمية الزراعية).
            match role(i).definite_head_after {
                Some(clitics) if open(i + 1) && role(i + 1).adjective => {
                    let mut end = i + 2;
                    if open(end) && role(end).coordinated_adjective {
                        end += 1;
                    }
                    let end = after_adjectives(end, 1);
                    match field_after(words, end) {
                        Some(field_end) => {
                            found.push(organisation(i, field_end, clitics));
                            i = field_end;
                        }
                        None if role(i + 1).naming => {
                            found.push(organisation(i, end, clitics));
                            i = end;
                        }
                        None => i += 1,
                    }
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
        if let Some(date_end) = day_and_month_after(words, complement) {
            end = date_end;
        } else if let Some(name_end) = name_end.filter(|&end| (complement + 1..end).all(open)) {
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
        // A place inside the institution's name is taken in, and so is an
        // organisation mined from ANERcorp that only opens it (البنك
        // التجاري of البنك التجاري الدولي); another known candidate across
        // it keeps its text.
        let inside = |k: &Candidate| {
            let place = k.first > institution.first && k.kind == EntityType::Location;
            let mined_opening = k.first == institution.first
                && k.end < institution.end
                && k.entry
                    .is_some_and(|e| lexicon_entries[e].source == Source::Corpus);
            k.end <= institution.end && (place || mined_opening)
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
