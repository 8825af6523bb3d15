//! People, places and organisations, merged across spellings.
//!
//! Three finders propose mentions, and [`merge`] turns them into entities:
//! * the gazetteers ([`lexicon`]) know places, organisations and people in
//!   the news with stable keys, found with or without proclitics;
//! * [`institutions`] reads the bodies no list has from the shape of their
//!   names (وزارة الصحة الفلسطينية), which the tagger's corpus leaves untagged;
//! * the learned [`tagger`] finds names no list has, using context.
//!
//! Where both claim text, the gazetteer decides the entity and the tagger
//! may only widen a person's name (مسعود + a known بيزيشكيان). Titles before
//! a person give the role (الرئيس الروسي). Nationality adjectives (الروسي)
//! are never places: [`extract_all`] reports them apart, keyed by their
//! place, unless they lie inside an entity's mention (الحرس الثوري الإيراني).

pub mod features;
mod institutions;
mod keys;
mod labelling;
mod lexicon;
pub(crate) use lexicon::lexicon as gazetteer;
mod merge;
pub mod tagger;
mod weight_table;

use std::ops::Range;

use crate::hashing::{FastMap, FastSet};
use crate::text::{TokenKind, Tokens};
use crate::{Entity, EntityType, Mention, Nationality};

use crate::per_type::PerWordType;
use features::DocumentWords;

use lexicon::{lexicon, ContextKind, NamePart, Source};

/// One stretch of text naming an entity, before merging.
#[derive(Clone, Debug)]
struct Candidate {
    kind: EntityType,
    /// Token range.
    first: usize,
    end: usize,
    /// Byte offset where the mention starts, after proclitics.
    start: usize,
    entry: Option<usize>,
    role: Option<Role>,
}

/// The title before a person (see [`role_before`]), kept as where it
/// stands in the text: most people are named many times, and only the
/// role each entity reports is written out.
#[derive(Clone, Copy, Debug)]
struct Role {
    /// Byte range of the title, without proclitics.
    start: usize,
    end: usize,
    /// Whether the title's word opens with لل, ل before the article,
    /// which the role writes back (للرئيس السوري → الرئيس السوري).
    after_lam: bool,
}

impl Role {
    /// The role as reported.
    fn text(&self, text: &str) -> String {
        let role = &text[self.start..self.end];
        match role.strip_prefix("لل") {
            Some(rest) if self.after_lam => format!("ال{rest}"),
            _ => role.to_string(),
        }
    }
}

/// What the finders ask of the first words of names, found once per word
/// type (see [`crate::per_type`]).
struct WordFacts<'a> {
    /// See [`is_first_name`].
    first_name: PerWordType<'a, bool>,
    /// See [`leading_clitics`].
    leading_clitics: PerWordType<'a, usize>,
    /// See [`HeadWord`].
    head_word: PerWordType<'a, HeadWord>,
    club_cue: PerWordType<'a, ClubCue>,
    /// See [`has_accusative_shape`].
    accusative_shape: PerWordType<'a, bool>,
    /// See [`is_verb_beside_a_name`].
    verb_beside_a_name: PerWordType<'a, bool>,
    /// See [`has_rare_family_letters`].
    rare_family_letters: PerWordType<'a, bool>,
}

impl<'a> WordFacts<'a> {
    fn new(tokens: &'a Tokens<'a>) -> Self {
        WordFacts {
            first_name: PerWordType::new(tokens, is_first_name),
            leading_clitics: PerWordType::new(tokens, leading_clitics),
            head_word: PerWordType::new(tokens, HeadWord::of),
            club_cue: PerWordType::new(tokens, ClubCue::of),
            accusative_shape: PerWordType::new(tokens, has_accusative_shape),
            verb_beside_a_name: PerWordType::new(tokens, is_verb_beside_a_name),
            rare_family_letters: PerWordType::new(tokens, has_rare_family_letters),
        }
    }
}

/// Sentences longer than this are tagged in pieces, to bound Viterbi's work
/// on text without punctuation.
const MAX_SENTENCE_TOKENS: usize = 120;

/// Finds the entities named in `tokens`.
pub fn extract(tokens: &Tokens) -> Vec<Entity> {
    extract_all(tokens).entities
}

/// What [`extract_all`] finds: the entities, and the nationality adjectives
/// outside their mentions.
pub struct Found {
    pub entities: Vec<Entity>,
    pub nationalities: Vec<Nationality>,
}

/// Finds the entities named in `tokens` and the nationality adjectives
/// used outside their mentions.
pub fn extract_all(tokens: &Tokens) -> Found {
    let sentences = sentences_with_words(tokens);
    let words = features::DocumentWords::new(
        tokens,
        &sentences,
        tagger::vocabulary(),
        tagger::known_names(),
    );
    let labels = tag(&words, &sentences);
    let facts = WordFacts::new(tokens);
    let mut candidates = gazetteer_candidates(&words, &facts, &labels);
    institutions::add_institutions(&words, &labels, &mut candidates);
    add_tagger_candidates(&words, &facts, &labels, &mut candidates);
    add_names_the_tagger_left_out(&words, &facts, &labels, &mut candidates);
    read_companies_named_after_people(tokens, &facts, &mut candidates);
    let mut facility_heads = Vec::new();
    for candidate in candidates.iter_mut() {
        if let Some(facility) = facility_named_after(tokens, &facts, candidate) {
            if facility.kind == EntityType::Misc {
                facility_heads.push(facility.first);
            }
            *candidate = facility;
        }
    }
    // The head the tagger read as a name of its own (كوبري) is the facility's.
    candidates.retain(|c| {
        c.kind != EntityType::Person || c.end != c.first + 1 || !facility_heads.contains(&c.first)
    });
    name_places_after_days(&words, &facts, &mut candidates);
    split_people_joined_by_and(tokens, &mut candidates);
    candidates.sort_by_key(|c| c.first);
    let dateline_agencies = read_dateline_agencies(tokens, &mut candidates);
    read_agencies_cited_as_sources(tokens, &dateline_agencies, &mut candidates);
    join_first_names_to_the_names_after(tokens, &mut candidates);
    extend_name_chains(tokens, &mut candidates);
    join_names_after_a_fathers_name(tokens, &facts, &mut candidates);
    read_regnal_names(tokens, &mut candidates);
    read_family_names_met_before(tokens, &facts, &mut candidates);
    // A title never reaches back over the person before (وزيرة الاقتصاد
    // نادية فتاح العلوي إن الحكومة برئاسة عزيز أخنوش).
    let mut person_before_ends = 0;
    for candidate in candidates.iter_mut() {
        if candidate.kind != EntityType::Person {
            continue;
        }
        candidate.role = role_before(&words, &facts, person_before_ends, candidate.first);
        if candidate.role.is_some_and(|role| {
            first_name_closes_role(&words, &facts, &role, candidate, person_before_ends)
        }) {
            candidate.first -= 1;
            candidate.start = tokens.start(candidate.first);
            candidate.role = role_before(&words, &facts, person_before_ends, candidate.first);
        }
        person_before_ends = candidate.end;
    }
    take_in_clergy_family_names(&words, &facts, &mut candidates);
    let names_words = words_of_fuller_names(tokens, &candidates);
    let mut person_ends = vec![false; tokens.len() + 1];
    for candidate in candidates.iter().filter(|c| c.kind == EntityType::Person) {
        person_ends[candidate.end] = true;
    }
    let known_last_words = last_words_of_known_names(tokens, &candidates);
    let ordinary: Vec<bool> = candidates
        .iter()
        .map(|c| {
            is_word_read_as_name(&words, c, &candidates, &names_words, &person_ends)
                || is_common_noun_read_as_name(&words, c, &names_words, &known_last_words)
        })
        .collect();
    let mut ordinary = ordinary.into_iter();
    candidates.retain(|_| !ordinary.next().unwrap_or(false));
    let nationalities = nationalities(&words, &candidates);
    let entities = merge::entities(tokens, candidates);
    Found {
        entities,
        nationalities,
    }
}

/// Splits a person the tagger read over two names joined by و (`إبراهيم
/// دياز وعز الدين أوناحي`, `كريم حداد وسمير خوري`): at a word inside it
/// that is the conjunction and a listed first name, after two words of the
/// first name at least and with a word of the second after it. A name
/// that itself opens with و (`وليد`) is no conjunction.
fn split_people_joined_by_and(tokens: &Tokens, candidates: &mut Vec<Candidate>) {
    let lexicon = lexicon();
    // A first name of two words is looked up in this buffer.
    let mut two_words = String::new();
    let mut opens_second_name = |j: usize, end: usize| {
        let word = tokens.folded(j);
        let Some(stem) = word.strip_prefix('و') else {
            return false;
        };
        let mut is_two_word_name = || {
            two_words.clear();
            two_words.push_str(stem);
            two_words.push(' ');
            two_words.push_str(tokens.folded(j + 1));
            lexicon.is_listed_first_name(&two_words)
        };
        !tokens.glued_to_previous(j)
            && !lexicon.knows_word(word)
            && (j + 1 < end && lexicon.is_listed_first_name(stem)
                || j + 2 < end && is_two_word_name())
    };
    let mut split = Vec::new();
    for candidate in candidates.iter_mut() {
        if candidate.kind != EntityType::Person || candidate.entry.is_some() {
            continue;
        }
        let Some(second) =
            (candidate.first + 2..candidate.end).find(|&j| opens_second_name(j, candidate.end))
        else {
            continue;
        };
        split.push(Candidate {
            first: second,
            start: tokens.offset_after_letters(second, 1),
            role: None,
            ..candidate.clone()
        });
        candidate.end = second;
    }
    candidates.extend(split);
}

/// Folded words of direction and nearness that put the place after them
/// (جنوب الخليل، قرب الخليل): there a city's name is the city's.
const PLACE_DIRECTIONS: [&str; 12] = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "قرب",
    "ريف",
    "اطراف",
];

/// Reads as the person a city's name of one word that is the family name
/// of a person the document named before (`سامر الخليل`, then `وأضاف
/// الخليل`), a family name with the article or after a first name, unless
/// its context makes it a place: a dateline, after a
/// preposition of place or the head of a place (`في الخليل`، `بالخليل`،
/// `مدينة الخليل`), or after a direction (`جنوب الخليل`, see
/// [`PLACE_DIRECTIONS`]).
fn read_family_names_met_before(tokens: &Tokens, facts: &WordFacts, candidates: &mut [Candidate]) {
    let mut families: FastSet<&str> = FastSet::default();
    for candidate in candidates.iter_mut() {
        if candidate.kind == EntityType::Person && candidate.end - candidate.first >= 2 {
            // Not the second word of a family name of two (أبو غزة), nor a
            // father's name (إسماعيل بن الخليل).
            let family = tokens.folded(candidate.end - 1);
            if !NAME_JOINERS.contains(&tokens.folded(candidate.end - 2))
                && (family.starts_with("ال") || facts.first_name.at(candidate.first))
            {
                families.insert(family);
            }
            continue;
        }
        let city = |entry: usize| lexicon().entries[entry].is_city();
        let named_before = || families.contains(&tokens.folded(candidate.first));
        let in_place_context = || {
            let before = candidate
                .first
                .checked_sub(1)
                .filter(|&j| !tokens.ends_sentence(j));
            in_place_context(tokens, candidate.first..candidate.end, 0)
                || before.is_some_and(|j| {
                    facts.head_word.at(j).place
                        || crate::text::proclitic_splits(tokens.folded(j))
                            .any(|split| !split.article && PLACE_DIRECTIONS.contains(&split.stem))
                })
        };
        if candidate.kind == EntityType::Location
            && candidate.end == candidate.first + 1
            && candidate.start == tokens.start(candidate.first)
            && candidate.entry.is_some_and(city)
            && named_before()
            && !in_place_context()
        {
            candidate.kind = EntityType::Person;
            candidate.entry = None;
        }
    }
}

/// Reads as a company a person the tagger read right after the head of
/// one ([`COMPANY_HEADS`], in construct: `شركة طلعت مصطفى`), and so every
/// person the document names with the same words alone (`ارتفع سهم طلعت
/// مصطفى`): a person whose name runs on (`هشام طلعت مصطفى`) stays one, and
/// so does a family name alone (`شركة ديمورا`, then `ويسعى ديمورا`), as
/// often the founder's.
fn read_companies_named_after_people(
    tokens: &Tokens,
    facts: &WordFacts,
    candidates: &mut [Candidate],
) {
    let unknown_person = |c: &Candidate| {
        c.kind == EntityType::Person && c.entry.is_none() && c.start == tokens.start(c.first)
    };
    let mut companies: FastSet<String> = FastSet::default();
    for candidate in candidates.iter_mut() {
        let after_head = candidate.first > 0
            && !tokens.ends_sentence(candidate.first - 1)
            && facts.head_word.at(candidate.first - 1).company;
        if after_head && unknown_person(candidate) {
            candidate.kind = EntityType::Organization;
            if candidate.end - candidate.first >= 2 {
                companies.insert(lexicon::phrase_key(tokens, candidate.first..candidate.end));
            }
        }
    }
    if companies.is_empty() {
        return;
    }
    for candidate in candidates.iter_mut() {
        if unknown_person(candidate)
            && companies.contains(&lexicon::phrase_key(tokens, candidate.first..candidate.end))
        {
            candidate.kind = EntityType::Organization;
        }
    }
}

/// Joins a person the tagger read as a listed first name alone to the
/// unknown person it read right after it, in the same clause, when that
/// one opens with a name the lexicon knows as written, without proclitics
/// (`الباحث اياد` + `جمال الدين`): Arab names chain the father's first
/// name after the given one, and a name alone is no subject before
/// another name. Not a first name that is also a verb after a particle
/// (`عندما هاجر محمد`), nor over و (`السيد عبدالرحمن وعباس بابكر`: the
/// names mined from ANERcorp keep a few such words) or a preposition
/// (`عدنان للخور`).
fn join_first_names_to_the_names_after(tokens: &Tokens, candidates: &mut Vec<Candidate>) {
    let joins = |this: &Candidate, next: &Candidate| {
        this.kind == EntityType::Person
            && next.kind == EntityType::Person
            && this.entry.is_none()
            && next.entry.is_none()
            && this.end == this.first + 1
            && next.first == this.end
            && next.start == tokens.start(next.first)
            && !tokens.ends_sentence(this.first)
            && is_listed_first_name_alone(tokens, this.first)
            && lexicon().knows_word(tokens.folded(next.first))
            && !tokens.folded(next.first).starts_with('و')
            && !follows_particle_before_verbs(tokens, this.first)
    };
    // Built anew rather than by removing joined ones in place, which
    // would shift the rest at each join.
    let mut joined: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates.drain(..) {
        match joined.last_mut() {
            Some(last) if joins(last, &candidate) => last.end = candidate.end,
            _ => joined.push(candidate),
        }
    }
    *candidates = joined;
}

/// Reads the name after a dateline's place as its news agency, an
/// organisation (`بغداد - الأناضول`، `أنقرة (الأناضول) -`), where the
/// gazetteers or the tagger read a place or an organisation: a place at
/// the start of a line or sentence, a dash or an opening bracket, then a
/// name that closes the line or comes before a closing bracket, a dash or
/// a colon. The agency the gazetteers know under `وكالة` and that name is
/// that one (الأناضول is وكالة الأناضول, not Anatolia); another place they
/// know is a second place (`مقديشو - نيروبي -`) or the first one's country
/// (`ساو باولو (البرازيل) -`). A person there is the reporter's byline
/// (`بيروت - محمد شقير`) and stays one. A tatweel written alone serves
/// for the dash (`مدريد ـ رويترز ـ قال`). Returns the agencies the
/// gazetteers know that it read.
fn read_dateline_agencies(tokens: &Tokens, candidates: &mut [Candidate]) -> Vec<usize> {
    let lexicon = lexicon();
    let mut read = Vec::new();
    for k in 1..candidates.len() {
        let (place, agency) = (&candidates[k - 1], &candidates[k]);
        let after_dash_or_bracket = !tokens.ends_sentence(place.end - 1)
            && (tokens.is_punct(place.end, '-') || tokens.is_punct(place.end, '('))
            && !tokens.ends_sentence(place.end)
            && agency.first == place.end + 1;
        let opens_dateline = place.kind == EntityType::Location
            && (place.first == 0 || tokens.ends_sentence(place.first - 1))
            && (after_dash_or_bracket
                || agency.first == place.end && tatweel_dash_after(tokens, place.end - 1))
            && agency.start == tokens.start(agency.first);
        let closes_dateline = || {
            agency.end == tokens.len()
                || tokens.ends_sentence(agency.end - 1)
                || [")", "-", ":"]
                    .iter()
                    .any(|&c| tokens.folded(agency.end) == c)
                || tatweel_dash_after(tokens, agency.end - 1)
        };
        if !opens_dateline
            || !matches!(agency.kind, EntityType::Location | EntityType::Organization)
            || !closes_dateline()
        {
            continue;
        }
        let known = agency
            .entry
            .filter(|&entry| lexicon.entries[entry].kind == EntityType::Organization)
            .or_else(|| {
                lexicon.agency_named(&lexicon::phrase_key(tokens, agency.first..agency.end))
            });
        // A place the gazetteers know is the dateline's second place or
        // country (`مقديشو - نيروبي -`، `ساو باولو (البرازيل) -`).
        if known.is_none() && agency.entry.is_some() {
            continue;
        }
        let agency = &mut candidates[k];
        agency.kind = EntityType::Organization;
        agency.entry = known;
        read.extend(known);
    }
    read
}

/// Folded words after which a news agency is the source quoted: its
/// correspondent (`مراسل الأناضول`) or a statement made to it (`في تصريح
/// للأناضول`، `في حديث خاص للأناضول`).
const WORDS_BEFORE_A_SOURCE: [&str; 8] = [
    "مراسل",
    "مراسله",
    "تصريح",
    "تصريحات",
    "حديث",
    "مقابله",
    "خاص",
    "خاصه",
];

/// Reads as a news agency the gazetteers know under `وكالة` (see
/// [`read_dateline_agencies`]) a place or organisation the tagger read
/// with its name, where the text cites it: where its dateline named it
/// (`أنقرة - الأناضول`, then `وأفادت الأناضول`), or after ل before what it
/// was told (`قال مسؤول للأناضول إن`، `للأناضول:`), or after a word of
/// [`WORDS_BEFORE_A_SOURCE`] (`في تصريح للأناضول`، `مراسل الأناضول`).
/// Elsewhere the name stays the place (`وسط الأناضول`، `شرق الأناضول`).
fn read_agencies_cited_as_sources(
    tokens: &Tokens,
    dateline_agencies: &[usize],
    candidates: &mut [Candidate],
) {
    let lexicon = lexicon();
    let mut name = String::new();
    for candidate in candidates.iter_mut() {
        if candidate.entry.is_some()
            || !matches!(
                candidate.kind,
                EntityType::Location | EntityType::Organization
            )
        {
            continue;
        }
        let first = candidate.first;
        let told = || {
            matches!(tokens.folded(candidate.end), "ان" | "بان")
                || tokens.is_punct(candidate.end, ':')
        };
        let after_source_word = first > 0
            && !tokens.ends_sentence(first - 1)
            && crate::text::proclitic_splits(tokens.folded(first - 1))
                .any(|split| !split.article && WORDS_BEFORE_A_SOURCE.contains(&split.stem));
        if dateline_agencies.is_empty() && !after_source_word && !told() {
            continue;
        }
        let agency = crate::text::proclitic_splits(tokens.folded(first)).find_map(|split| {
            name.clear();
            if split.article {
                name.push_str("ال");
            }
            name.push_str(split.stem);
            let rest = lexicon::phrase_key(tokens, first + 1..candidate.end);
            if !rest.is_empty() {
                name.push(' ');
                name.push_str(&rest);
            }
            let agency = lexicon.agency_named(&name)?;
            let after_lam = split.preposition == Some('ل');
            (dateline_agencies.contains(&agency) || after_source_word || after_lam && told())
                .then_some(agency)
        });
        if let Some(agency) = agency {
            candidate.kind = EntityType::Organization;
            candidate.entry = Some(agency);
        }
    }
}

/// The nationality adjectives of the document, one item per place in the
/// order of their first mention, leaving out those inside a candidate's
/// tokens: there the nisba is part of a name (الحرس الثوري الإيراني، محمد
/// المصري). Word types were marked as nisbas once when the words were
/// read, so this looks at a flag per token and reads only the nisbas.
fn nationalities(words: &DocumentWords, candidates: &[Candidate]) -> Vec<Nationality> {
    let tokens = words.tokens();
    let readings = PerWordType::new(tokens, |tokens, i| {
        lexicon().nisba_reading(tokens.folded(i))
    });
    let lexicon = lexicon();
    // Candidates sorted by first token may still nest (a tagger span that
    // widened a gazetteer person), so track the furthest end so far.
    let mut next = 0;
    let mut covered_until = 0;
    let mut out: Vec<Nationality> = Vec::new();
    let mut by_place: FastMap<usize, usize> = FastMap::default();
    for i in tokens_where(tokens, |i| words.is_nisba(i)) {
        while next < candidates.len() && candidates[next].first <= i {
            covered_until = covered_until.max(candidates[next].end);
            next += 1;
        }
        if i < covered_until {
            continue;
        }
        let Some((place, clitic_letters)) = readings.at(i) else {
            continue;
        };
        let start = tokens.offset_after_letters(i, clitic_letters);
        let end = tokens.end(i);
        if start >= end {
            continue;
        }
        let mention = Mention {
            text: tokens.text()[start..end].to_string(),
            start,
            end,
        };
        let item = *by_place.entry(place).or_insert_with(|| {
            let entry = &lexicon.entries[place];
            out.push(Nationality {
                canonical: lexicon.nisba_name(place).to_string(),
                key: entry.key.clone(),
                place: entry.canonical.clone(),
                mentions: Vec::new(),
            });
            out.len() - 1
        });
        out[item].mentions.push(mention);
    }
    out
}

/// The tokens of the word types of which `fact` holds, in text order:
/// told once per type, in a table small enough to scan the whole text
/// with, where asking at every token cost a look-up each.
fn tokens_where<'t>(
    tokens: &'t Tokens,
    fact: impl Fn(usize) -> bool,
) -> impl Iterator<Item = usize> + 't {
    let of_type: Vec<bool> = (0..tokens.word_type_count() as u32)
        .map(|t| fact(tokens.first_of_type(t)))
        .collect();
    tokens
        .word_types()
        .iter()
        .enumerate()
        .filter(move |&(_, &t)| of_type[t as usize])
        .map(|(i, _)| i)
}

/// Whether token `i` is a word too common in Arabic to widen a known
/// name with (أن، يبدو، قال): one met once in ten thousand words or more
/// that is neither a listed first name nor a word that joins a name's
/// parts (بن، عبد، أبو، آل).
fn is_common_word(tokens: &Tokens, i: usize) -> bool {
    let folded = tokens.folded(i);
    features::word_frequencies().is_common(folded)
        && !lexicon().is_listed_first_name(folded)
        && !NAME_JOINERS.contains(&folded)
}

/// Whether token `i` is a noun or adjective with the article as common
/// as the everyday ones ([`ADJECTIVE_BUCKET`]: اليمين، الدستورية), and no
/// listed name nor a joiner (آل).
fn is_common_definite_noun(tokens: &Tokens, i: usize) -> bool {
    let folded = tokens.folded(i);
    folded.starts_with("ال")
        && !NAME_JOINERS.contains(&folded)
        && !lexicon().knows_word(folded)
        && features::word_frequencies().bucket(folded) >= ADJECTIVE_BUCKET
}

/// Folded words that join a name's parts (بن، عبد، أبو، أبا، بو، آل): a
/// name goes on after them.
const NAME_JOINERS: [&str; 9] = ["بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ابا", "بو", "ال"];

/// Folded words that link a person's name to the next of its chain: بن،
/// ابن، بنت (son and daughter of), آل (of the house of) and أبو, أبي
/// (father of).
const CHAIN_LINKS: [&str; 6] = ["بن", "ابن", "بنت", "ال", "ابو", "ابي"];

/// Folded names of ruling houses written without آل that are also common
/// words, which the tagger leaves out of the name before them: الصباح
/// ("the morning") of Kuwait. Right after a name it is never the morning,
/// which news writes صباح اليوم or صباحا.
const HOUSES_WITHOUT_AL: [&str; 1] = ["الصباح"];

/// Runs every person's name to the end of its chain of ancestors and
/// house (الملك سلمان بن عبدالعزيز آل سعود، الشيخ محمد بن زايد آل نهيان،
/// علي بن أبي طالب), where a gazetteer or the tagger stopped short: after
/// each link of [`CHAIN_LINKS`], written alone in the same clause, comes a
/// name, two words when the first only opens one (بن عبد العزيز، بن أبي
/// طالب). After آل any word is the house's name (آل ثاني "second"); after
/// بن and بنت any but a common word (محمد بن سلمان، not بنت الذي);
/// after ابن، أبو and أبي, which are also "son" and "father" (ابن عمه،
/// ابن الخامسة "aged five"), only a name the lexicon knows. A house written without آل that is also a common word
/// ([`HOUSES_WITHOUT_AL`]) closes the chain too (الشيخ مشعل الأحمد الجابر
/// الصباح). The chain stops where another candidate starts.
fn extend_name_chains(tokens: &Tokens, candidates: &mut [Candidate]) {
    let word = |i: usize| {
        i < tokens.len() && tokens.kind(i) == Some(TokenKind::Word) && !tokens.ends_sentence(i - 1)
    };
    for k in 0..candidates.len() {
        if candidates[k].kind != EntityType::Person {
            continue;
        }
        let next_start = candidates.get(k + 1).map_or(tokens.len(), |c| c.first);
        let mut end = candidates[k].end;
        while word(end) && word(end + 1) && CHAIN_LINKS.contains(&tokens.folded(end)) {
            let name = end + 1;
            let named = match tokens.folded(end) {
                "ال" => true,
                "بن" | "بنت" => !is_common_word(tokens, name),
                _ => lexicon().knows_word(tokens.folded(name)),
            };
            if !named {
                break;
            }
            let two_words = NAME_JOINERS.contains(&tokens.folded(name));
            let chain_end = if two_words { name + 2 } else { name + 1 };
            if chain_end > next_start || two_words && !word(name + 1) {
                break;
            }
            end = chain_end;
        }
        if word(end) && end < next_start && HOUSES_WITHOUT_AL.contains(&tokens.folded(end)) {
            end += 1;
        }
        candidates[k].end = end;
    }
}

/// Runs a person's name on where it goes on as Gulf names do, the
/// father's name with the article after the given name, then other
/// forebears and the house (الشيخ فهد اليوسف سعود الصباح، طلال الخالد
/// الأحمد الصباح), which the tagger reads as two people or stops short of.
/// After a name of two words or more ending in ال and a listed first name
/// (اليوسف، الخالد), it takes in
/// * more such words, up to a house written without آل
///   ([`HOUSES_WITHOUT_AL`]: الأحمد الصباح);
/// * or the unknown person right after it, in the same clause and with
///   nothing between, neither و (فهد اليوسف وسعود الصباح are two) nor a
///   comma, whose name opens with a first name and ends in a house, with
///   or without آل (سعود الصباح). Two people named one after the other, as
///   subject and object (استقبل بشار الأسد محمد جواد ظريف), are two.
///
/// A person the tagger reads in one word joins such a name that opens
/// right after it (صباح + الخالد الحمد الصباح). A family name with the article (سمير الحربي) is
/// no first name and ends no such name.
fn join_names_after_a_fathers_name(
    tokens: &Tokens,
    facts: &WordFacts,
    candidates: &mut Vec<Candidate>,
) {
    let lexicon = lexicon();
    let word = |i: usize| i < tokens.len() && tokens.kind(i) == Some(TokenKind::Word);
    let fathers_name = |i: usize| {
        word(i)
            && tokens
                .folded(i)
                .strip_prefix("ال")
                .is_some_and(|name| lexicon.is_listed_first_name(name))
    };
    let house = |i: usize| word(i) && HOUSES_WITHOUT_AL.contains(&tokens.folded(i));
    let ends_in_house = |c: &Candidate| {
        house(c.end - 1) || c.end - c.first >= 3 && tokens.folded(c.end - 2) == "ال"
    };
    let mut k = 0;
    while k < candidates.len() {
        let this = &candidates[k];
        let next_first = candidates.get(k + 1).map_or(tokens.len(), |c| c.first);
        let unknown_person = this.kind == EntityType::Person && this.entry.is_none();
        let runs_on = unknown_person
            && this.end - this.first >= 2
            && !NAME_JOINERS.contains(&tokens.folded(this.end - 2))
            && fathers_name(this.end - 1);
        // A given name alone before the rest (الشيخ صباح الخالد الحمد
        // الصباح), where the tagger cut after it: صباح is no listed first
        // name, for it is also "morning".
        let given_name_before_fathers = |next: &Candidate| {
            unknown_person
                && this.end == this.first + 1
                && next.kind == EntityType::Person
                && next.entry.is_none()
                && next.first == this.end
                && next.end - next.first >= 2
                && fathers_name(next.first)
                && ends_in_house(next)
        };
        if candidates.get(k + 1).is_some_and(given_name_before_fathers) {
            candidates[k].end = candidates[k + 1].end;
            candidates.remove(k + 1);
            continue;
        }
        if !runs_on {
            k += 1;
            continue;
        }
        let mut end = this.end;
        while end < next_first && fathers_name(end) && !tokens.ends_sentence(end - 1) {
            end += 1;
        }
        if end < next_first && house(end) && !tokens.ends_sentence(end - 1) {
            candidates[k].end = end + 1;
            k += 1;
            continue;
        }
        let joins = candidates.get(k + 1).is_some_and(|next| {
            next.kind == EntityType::Person
                && next.entry.is_none()
                && next.first == this.end
                && next.start == tokens.start(next.first)
                && !tokens.ends_sentence(this.end - 1)
                && !NAME_JOINERS.contains(&tokens.folded(next.first))
                && !tokens.folded(next.first).starts_with('و')
                && facts.first_name.at(next.first)
                && ends_in_house(next)
        });
        if joins {
            candidates[k].end = candidates[k + 1].end;
            candidates.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Folded titles of the reigning and of popes, without the article, that
/// a regnal ordinal may follow the name of.
const REGNAL_TITLES: [&str; 10] = [
    "ملك",
    "ملكه",
    "بابا",
    "سلطان",
    "امير",
    "اميره",
    "امبراطور",
    "امبراطوره",
    "قيصر",
    "شاه",
];

/// Whether token `i` is one of [`REGNAL_TITLES`] with the article and
/// any proclitics. Most words end in none of the titles: the splits are
/// read only for those that do.
fn is_regnal_title(tokens: &Tokens, i: usize) -> bool {
    let folded = tokens.folded(i);
    tokens.kind(i) == Some(TokenKind::Word)
        && REGNAL_TITLES.iter().any(|title| folded.ends_with(title))
        && crate::text::proclitic_splits(folded)
            .any(|split| split.article && REGNAL_TITLES.contains(&split.stem))
}

/// Reads a regnal name whole after its title: the name, one word or two,
/// and the ordinal after it, masculine or feminine (`الملك تشارلز
/// الثالث`، `الملكة إليزابيث الثانية`، `البابا تواضروس الثاني`، `البابا
/// يوحنا بولس الثاني`، `البابا بنديكت السادس عشر`), where the tagger
/// stopped before the ordinal or read the title as the name. The ordinal
/// is part of the name, and so no figure; the title stays the role. Not
/// after another title (`الملك الثاني`), nor over a definite or common
/// word (`الأمير إن الثاني`), nor where a known name already runs over the
/// ordinal (`الملك عبد الله الثاني`).
fn read_regnal_names(tokens: &Tokens, candidates: &mut Vec<Candidate>) {
    // The article is written with a bare alef: إليزابيث is a name. A
    // first name that is also a particle (إن) is none here.
    let name_word = |i: usize| {
        tokens.kind(i) == Some(TokenKind::Word)
            && !tokens.ends_sentence(i - 1)
            && !tokens.raw(i).starts_with("ال")
            && !is_common_word(tokens, i)
            && !FIRST_NAMES_ALSO_PARTICLES.contains(&tokens.folded(i))
    };
    let ordinal_end = |i: usize| {
        crate::figures::read_rank(tokens, i)
            .filter(|rank| {
                rank.definite
                    && rank.start == tokens.start(i)
                    && rank.value < 20.0
                    && !tokens.ends_sentence(i - 1)
            })
            .map(|rank| rank.end)
    };
    // Candidates a regnal name replaces go, and the names come in, after
    // the pass: removing and inserting as it went cost a shift of every
    // candidate after, for each name. The names run left to right, so no
    // name's candidates are looked at again by a later one.
    let mut gone = vec![false; candidates.len()];
    let mut names = Vec::new();
    let last_title = tokens.len().saturating_sub(2);
    // Told once per word type, so that a token costs the pass an index
    // rather than ten comparisons of its ending.
    for at in tokens_where(tokens, |i| is_regnal_title(tokens, i)).take_while(|&at| at < last_title)
    {
        let first = at + 1;
        let Some(end) = (1..=2)
            .map(|words| first + words)
            .take_while(|&name_end| name_word(name_end - 1))
            .find_map(ordinal_end)
        else {
            continue;
        };
        // The title read as a person's name goes, whatever else stays.
        let at_title = candidates.partition_point(|c| c.first < at);
        if let Some(k) = (at_title..candidates.len())
            .take_while(|&k| candidates[k].first == at)
            .find(|&k| {
                !gone[k] && candidates[k].kind == EntityType::Person && candidates[k].end == first
            })
        {
            gone[k] = true;
        }
        // The candidates touching the name or the ordinal: the name cut
        // before its ordinal.
        let from = candidates.partition_point(|c| c.end <= first);
        let to = from
            + candidates[from..]
                .iter()
                .take_while(|c| c.first < end)
                .count();
        let touching = || (from..to).filter(|&k| !gone[k]).map(|k| &candidates[k]);
        let whole = touching().any(|c| c.first <= first && c.end >= end);
        let other =
            touching().any(|c| c.kind != EntityType::Person || c.first < first || c.end > end);
        if whole || other {
            continue;
        }
        let entry = touching().find_map(|c| c.entry);
        gone[from..to].fill(true);
        names.push(Candidate {
            kind: EntityType::Person,
            first,
            end,
            start: tokens.start(first),
            entry,
            role: None,
        });
    }
    if names.is_empty() && !gone.contains(&true) {
        return;
    }
    let mut k = 0;
    candidates.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    candidates.extend(names);
    candidates.sort_by_key(|c| c.first);
}

/// The tagger's label for every token, document-wide consistency applied.
fn tag(words: &DocumentWords, sentences: &[Range<usize>]) -> Vec<usize> {
    let mut labels = labelling::label(words, sentences, tagger::model());
    let type_stems = tagger::spread_keys(
        (0..words.type_count() as u32).map(|t| (words.type_stem(t), words.stem_is_common(t))),
    );
    let stems: Vec<Option<u32>> = (0..labels.len())
        .map(|i| type_stems[words.type_of(i) as usize])
        .collect();
    tagger::spread_within_document(&stems, &mut labels);
    labels
}

/// Whether each word type is used in the name of a person the document
/// names with more than one word or with a title: a word it uses in such
/// a name is a name there too (توفيق الحكيم، then الحكيم alone).
fn words_of_fuller_names(tokens: &Tokens, candidates: &[Candidate]) -> Vec<bool> {
    let mut in_fuller_name = vec![false; tokens.word_type_count()];
    let fuller = candidates
        .iter()
        .filter(|c| c.kind == EntityType::Person && (c.end - c.first > 1 || c.role.is_some()));
    for candidate in fuller {
        for &word_type in &tokens.word_types()[candidate.first..candidate.end] {
            in_fuller_name[word_type as usize] = true;
        }
    }
    in_fuller_name
}

/// Whether each word type ends a name the gazetteers find in the
/// document: the name's own word, which the document may repeat alone where
/// the gazetteer's context is not met (النادي الأهلي, then الأهلي).
fn last_words_of_known_names(tokens: &Tokens, candidates: &[Candidate]) -> Vec<bool> {
    let mut ends_known_name = vec![false; tokens.word_type_count()];
    for candidate in candidates.iter().filter(|c| c.entry.is_some()) {
        ends_known_name[tokens.word_types()[candidate.end - 1] as usize] = true;
    }
    ends_known_name
}

/// Whether a one-word name that the tagger alone reads is a common noun
/// with the article, which the tagger's labels, spread over a document,
/// make a name wherever it stands (القطاع in القطاع السياحي، النادي،
/// الدورة، المنظمة): written with the article, as common as an everyday
/// noun ([`ADJECTIVE_BUCKET`]), and about as common without it, as nouns
/// are (قطاع، نادي) and names with the article are not (اليمن, seldom
/// يمن; القدس, seldom قدس). A gazetteer's entry (الهلال the club, by its
/// context), a word of a fuller person's name in the document
/// (`names_words`, see [`words_of_fuller_names`]: توفيق الحكيم, then
/// الحكيم) and the last word of a name the gazetteers find in it
/// (`known_last_words`, see [`last_words_of_known_names`]: النادي الأهلي,
/// then الأهلي) stay names, as does one before a nationality, which names
/// a body of that country (النصر العماني، الهلال السوداني). Without the
/// article a common noun may be a name as it stands (فتح).
fn is_common_noun_read_as_name(
    words: &DocumentWords,
    candidate: &Candidate,
    names_words: &[bool],
    known_last_words: &[bool],
) -> bool {
    let tokens = words.tokens();
    let i = candidate.first;
    if candidate.entry.is_some()
        || candidate.end != i + 1
        || candidate.role.is_some()
        || names_words[tokens.word_types()[i] as usize]
        || known_last_words[tokens.word_types()[i] as usize]
        || i + 1 < tokens.len() && words.is_nisba(i + 1)
    {
        return false;
    }
    let folded = tokens.folded(i);
    let stem = words.type_stem(words.type_of(i));
    // ل before the article drops its ا: للقطاع.
    let definite = folded
        .strip_suffix(stem)
        .is_some_and(|clitics| clitics.ends_with("ال") || clitics.ends_with("لل"));
    let (alone, with_article) = words.stem_buckets(i);
    definite && with_article >= ADJECTIVE_BUCKET && alone + 1 >= with_article
}

/// Whether a one-word person that the tagger alone reads is an ordinary
/// word that is also a name (صادق "ratified", يزن "weighs", رضا in فرضًا,
/// بشري "human"): with no title before it and no fuller name in the
/// document that uses the word, where
/// * it carries nunation (فرضًا): news writes no tanween on a name;
/// * it opens a clause before a name, a number or a definite word, as the
///   verb of a verbal sentence does before its subject or object (صادق
///   مجلس النواب على …، ويزن 227 غراما، غنى العديد);
/// * it opens a clause with the shape of a verb in the perfect (see
///   [`has_perfect_verb_shape`]: ارتفعت أسهم …، انخفض …); a dateline's dash
///   opens one too (نواكشوط (الأخبار) - صادق البرلمان);
/// * it follows a common definite noun, whose predicate or adjective it is
///   (الخطأ بشري).
///
/// A name in a list of names (بوش وبلير) or before a verb, a colon or a
/// preposition (أنان يستعد، رايس:، المالكي بلندن) stays a name.
fn is_word_read_as_name(
    words: &DocumentWords,
    candidate: &Candidate,
    candidates: &[Candidate],
    names_words: &[bool],
    person_ends: &[bool],
) -> bool {
    let tokens = words.tokens();
    let i = candidate.first;
    if candidate.kind != EntityType::Person
        || candidate.entry.is_some()
        || candidate.end != i + 1
        || candidate.role.is_some()
        || names_words[tokens.word_types()[i] as usize]
    {
        return false;
    }
    let person_at = |j: usize| {
        let at = candidates.partition_point(|c| c.first < j);
        candidates[at..]
            .iter()
            .take_while(|c| c.first == j)
            .any(|c| c.kind == EntityType::Person)
    };
    let name_at = |j: usize| {
        let at = candidates.partition_point(|c| c.first < j);
        candidates.get(at).is_some_and(|c| c.first == j)
    };
    let comma = |j: usize| tokens.is_punct(j, '،') || tokens.is_punct(j, ',');
    let person_ends_at = |j: usize| person_ends[j];
    let listed =
        person_ends_at(i) || i > 0 && comma(i - 1) && person_ends_at(i - 1) || person_at(i + 1);
    if listed {
        return false;
    }
    let nunation = tokens
        .raw(i)
        .chars()
        .any(|c| matches!(c, '\u{64b}'..='\u{64d}'));
    let conjunction = candidate.start > tokens.start(i)
        && matches!(tokens.folded(i).chars().next(), Some('و' | 'ف'));
    // A dateline's dash before token `i`, a few words into a line
    // (`نواكشوط (الأخبار) -`), not one inside a name (ميشال أليو - ماري).
    // A tatweel for a dash leaves no token: the line then starts a few
    // words before `i` itself.
    let after_dateline = |i: usize| {
        let dash = if tokens.is_punct(i - 1, '-') {
            i - 1
        } else if tatweel_dash_after(tokens, i - 1) {
            i
        } else {
            return false;
        };
        (dash.saturating_sub(MAX_DATELINE_TOKENS)..dash)
            .any(|j| j == 0 || tokens.ends_sentence(j - 1))
    };
    let opens_clause =
        i == 0 || tokens.ends_sentence(i - 1) || comma(i - 1) || after_dateline(i) || conjunction;
    let stem = if conjunction {
        &tokens.folded(i)[2..]
    } else {
        tokens.folded(i)
    };
    let next = i + 1;
    // A noun with the article: not الي (إلى), آل or الله, nor a time
    // word, which may follow a name (وخالد اليوم متزوج).
    let definite = |j: usize| {
        tokens.kind(j) == Some(TokenKind::Word)
            && tokens.folded(j).starts_with("ال")
            && tokens.folded(j).chars().count() > 4
            && !matches!(tokens.folded(j), "الله" | "اليوم" | "الان")
            && !words.is_nisba(j)
    };
    let verb_first = opens_clause
        && (name_at(next) || tokens.kind(next) == Some(TokenKind::Number) || definite(next));
    // An Arabic word without a preposition of its own: a name after a
    // definite noun is its owner (الطفل الثاني لأينشتاين، قبل الإسلام
    // جوناثان).
    let qualifies = i > 0
        && !opens_clause
        && candidate.start == tokens.start(i)
        && features::word_frequencies().bucket(tokens.folded(i)) >= ADJECTIVE_BUCKET
        && definite(i - 1)
        && !name_at(i - 1)
        && features::word_frequencies().is_common(tokens.folded(i - 1));
    nunation || verb_first || opens_clause && has_perfect_verb_shape(stem) || qualifies
}

/// Whether a folded word without proclitics is shaped as a verb in the
/// perfect and is no name: an Arabic word (wordfreq lists it) without the
/// article (العنكبوت, a nickname) that no list of names has, either in ت,
/// the ending of the perfect's feminine (ارتفعت، أكدت، تراجعت), or of the
/// derived stems no name has: انفعل (انخفض، انسحب), افتعل (ارتفع، اجتمع)
/// and استفعل (استقبل). Names in ت (طلعت، مدحت، مارغريت) are listed.
fn has_perfect_verb_shape(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    let feminine = letters.len() >= 4 && letters.ends_with(&['ت']);
    let derived = matches!(
        letters.as_slice(),
        ['ا', 'ن', _, _, _] | ['ا', 'س', 'ت', _, _, _] | ['ا', _, 'ت', _, _]
    );
    (feminine || derived)
        && !word.starts_with("ال")
        && features::word_frequencies().bucket(word) > 0
        && !lexicon().knows_word(word)
}

/// Whether token `i` is a verb in the perfect (أكد، وأوضح، التقى: see
/// [`inflects_as_verb`]), which the tagger may take into a person's name
/// beside it. Words the lexicon knows as names (صالح، حافظ، تامر, also
/// verbs) and the words that join a name's parts are names.
fn is_verb_beside_a_name(tokens: &Tokens, i: usize) -> bool {
    let lexicon = lexicon();
    tokens.kind(i) == Some(TokenKind::Word)
        && !lexicon.knows_word(tokens.folded(i))
        && !NAME_JOINERS.contains(&tokens.folded(i))
        && {
            // Each reading of it, with or without a conjunction: وبن is
            // و + بن, not the verb in وبنت، وبنوا.
            let mut readings = crate::text::proclitic_splits(tokens.folded(i))
                .filter(|split| split.preposition.is_none() && !split.article);
            let mut verb = false;
            readings.all(|split| {
                verb |= inflects_as_verb(split.stem);
                !lexicon.knows_word(split.stem) && !NAME_JOINERS.contains(&split.stem)
            }) && verb
        }
}

/// Folded particles that a verb in the perfect follows (كما طالب، ثم
/// أكد، وقد أوضح، عندما التقى), with or without و or ف.
const PARTICLES_BEFORE_VERBS: [&str; 11] = [
    "كما",
    "ثم",
    "قد",
    "لقد",
    "حيث",
    "عندما",
    "بعدما",
    "حين",
    "حينما",
    "اذ",
    "بينما",
];

/// Whether token `i`, read as a verb, opens a clause: first in its
/// sentence, after punctuation or one of [`PARTICLES_BEFORE_VERBS`], or
/// with و or ف after a word the tagger reads as no name (not راشد وخلف).
fn verb_may_stand_at(tokens: &Tokens, labels: &[usize], i: usize) -> bool {
    if i == 0 || tokens.ends_sentence(i - 1) || tokens.kind(i - 1) == Some(TokenKind::Punct) {
        return true;
    }
    follows_particle_before_verbs(tokens, i)
        || tokens.folded(i).starts_with(['و', 'ف']) && labels[i - 1] == 0
}

/// Whether token `i` follows one of [`PARTICLES_BEFORE_VERBS`], in the
/// same clause.
fn follows_particle_before_verbs(tokens: &Tokens, i: usize) -> bool {
    i > 0
        && !tokens.ends_sentence(i - 1)
        && crate::text::proclitic_splits(tokens.folded(i - 1)).any(|split| {
            split.preposition.is_none()
                && !split.article
                && PARTICLES_BEFORE_VERBS.contains(&split.stem)
        })
}

/// Whether a folded word without proclitics is a verb: in the imperfect,
/// an Arabic word in ي or ت, with or without the future's س, whose stem
/// takes ي، ت and ن all (ستشهد: يشهد، تشهد، نشهد; not تونج, a name, for
/// نونج is no word), or in the
/// perfect, an Arabic word (wordfreq lists it) whose feminine in ت and
/// plural in وا are Arabic words too (أكد: أكدت، أكدوا; قال: قالت،
/// قالوا), as no name's are (يزن، تامر are listed names). A final ا or ى is the weak root's, which those forms drop:
/// ا after two letters (دعا: دعت، دعوا), for a longer word in ا is a noun
/// in tanween or a name (ألفا); ى where the word opens with ا (أفعل، افتعل،
/// استفعل: التقى: التقت، التقوا), for a word of the shape فعلي is a name
/// or a nisba (شكري، حلمي: شكرت and شكروا are the verb شكر's).
fn inflects_as_verb(word: &str) -> bool {
    let frequencies = features::word_frequencies();
    let present = word
        .strip_prefix('س')
        .filter(|rest| rest.starts_with(['ي', 'ت']))
        .unwrap_or(word);
    if let Some(stem) = present.strip_prefix(['ي', 'ت']) {
        if stem.chars().count() >= 3
            && frequencies.bucket_joined("ي", stem) > 0
            && frequencies.bucket_joined("ت", stem) > 0
            && frequencies.bucket_joined("ن", stem) > 0
        {
            return true;
        }
    }
    let letters = word.chars().count();
    let base = match (word.strip_suffix('ي'), word.strip_suffix('ا')) {
        (Some(base), _) if word.starts_with('ا') && letters >= 4 => base,
        (_, Some(base)) if letters == 3 => base,
        _ => word,
    };
    letters >= 3
        && frequencies.bucket(word) > 0
        && frequencies.bucket_joined(base, "ت") > 0
        && frequencies.bucket_joined(base, "وا") > 0
}

/// Whether token `i` is an indefinite noun or adjective in the accusative,
/// and so no name, which takes no tanween: written with the fathatan
/// (كبيراً), or shaped as such ([`has_accusative_shape`]) beside another
/// such word in the same clause, as a noun and its adjective agree
/// (مجلسا وزاريا، مرسوما سلطانيا، جهدا كبيرا). Alone, a name in ا may
/// have that shape too (دينا، ماسا، أسمرا).
fn is_indefinite_accusative(tokens: &Tokens, facts: &WordFacts, i: usize) -> bool {
    let fathatan = |j: usize| written_with(tokens, j, '\u{64b}');
    let shaped = |j: usize| j < tokens.len() && (fathatan(j) || facts.accusative_shape.at(j));
    tokens.kind(i) == Some(TokenKind::Word)
        && (fathatan(i)
            || facts.accusative_shape.at(i)
                && (i > 0 && !tokens.ends_sentence(i - 1) && shaped(i - 1)
                    || !tokens.ends_sentence(i) && shaped(i + 1)))
}

/// Whether token `j` is written with `mark`, a diacritic that folding
/// drops. Its UTF-8 bytes are sought as they are, which in UTF-8 find
/// only that character: `str::contains` set up a substring search for
/// each word, 7.6M instructions on the seeds at 2 MB.
fn written_with(tokens: &Tokens, j: usize, mark: char) -> bool {
    let mut bytes = [0; 4];
    let mark = mark.encode_utf8(&mut bytes).as_bytes();
    tokens
        .raw(j)
        .as_bytes()
        .windows(mark.len())
        .any(|window| window == mark)
}

/// Whether token `i` is shaped as a word in tanween written as a bare ا
/// (مرسوما، وزاريا): without the article, unknown to the lexicon as a
/// whole, and the word before its ا a noun or adjective (common with the
/// article too: المرسوم، الوزاري) commoner than the word and than the name
/// any proclitic split leaves (وزاريا is وزاري with tanween, not و +
/// زاريا, a city of Nigeria; وسوريا is و + سوريا, for سوريا is commoner
/// than وسوري). Names in ا are commoner than the word without it (رضا،
/// ماريا), known (روسيا، لينا), or what is left without it takes no
/// article (طابا، جاوا، بيزا).
fn has_accusative_shape(tokens: &Tokens, i: usize) -> bool {
    if tokens.kind(i) != Some(TokenKind::Word) {
        return false;
    }
    let word = tokens.folded(i);
    let Some(base) = word.strip_suffix('ا') else {
        return false;
    };
    let frequencies = features::word_frequencies();
    let bucket = frequencies.bucket(base);
    base.chars().count() >= 3
        && !word.starts_with("ال")
        && bucket > frequencies.bucket(word)
        && frequencies.with_article(base) >= NOUN_WITH_ARTICLE_BUCKET
        && !lexicon().knows_word(word)
        && crate::text::proclitic_splits(word).all(|split| frequencies.bucket(split.stem) < bucket)
}

/// The wordfreq bucket from which a word with the article is a noun or an
/// adjective in its own right (الوزاري، المرسوم), not a name's stem (الليفي).
const NOUN_WITH_ARTICLE_BUCKET: u8 = 6;

/// Folded head nouns of a place named after them (ميناء الفاو، شبه جزيرة
/// الفاو، قضاء الفاو، مدينة الصدر): what follows is the place's name, even
/// where it is also an organisation's (الفاو is also the FAO).
const PLACE_HEADS: [&str; 9] = [
    "ميناء",
    "مدينه",
    "بلده",
    "قضاء",
    "ناحيه",
    "جزيره",
    "قريه",
    "مخيم",
    "محافظه",
];

/// Whether a person span of the tagger from `first` to `end` opens with
/// the adjective of the title before it (البطريرك الماروني بشارة الراعي،
/// الزعيم الدرزي وليد جنبلاط): a definite word that ends the title's
/// qualifier, before a listed first name; a name opens with its first
/// name, and a family name with the article follows it (الصادق المهدي,
/// whose المهدي is no first name, stays whole).
fn opens_with_title_adjective(
    words: &DocumentWords,
    facts: &WordFacts,
    first: usize,
    end: usize,
) -> bool {
    let tokens = words.tokens();
    end - first >= 2
        && first > 0
        && tokens.folded(first).starts_with("ال")
        && !tokens.ends_sentence(first - 1)
        && (facts.first_name.at(first + 1) || is_church_honorific(tokens, first + 1))
        && !facts.first_name.at(first)
        && words.may_end_title(first - 1)
        && words.title_ending_at(first).is_some()
}

/// Whether token `i` is مار, the Syriac churches' "saint" or "lord",
/// which opens a saint's name (مار مارون) and follows a patriarch's or a
/// bishop's title before his name (`البطريرك الماروني مار بشارة بطرس
/// الراعي`): part of the title, not of the name. Only before a listed
/// first name: a name that is مار alone is no honorific.
fn is_church_honorific(tokens: &Tokens, i: usize) -> bool {
    tokens.folded(i) == "مار"
        && !tokens.ends_sentence(i)
        && lexicon().is_common_first_name(tokens.folded(i + 1))
}

/// The most tokens a dateline's place and agency take before its dash
/// (`الرياض (واس) -`, `نواكشوط (الأخبار) -`).
const MAX_DATELINE_TOKENS: usize = 4;

/// Words that head a place or building named after a person (مطار الملك
/// خالد الدولي، مستشفى رفيق الحريري، شارع جمال عبد الناصر، مدينة الشيخ
/// زايد) or a date (كوبري 6 أكتوبر، محور 26 يوليو), folded.
const FACILITY_HEADS: [&str; 21] = [
    "مطار",
    "كوبري",
    "ميدان",
    "محور",
    "نفق",
    "مدينه",
    "ميناء",
    "ملعب",
    "استاد",
    "ستاد",
    "مستشفي",
    "شارع",
    "ساحه",
    "جسر",
    "سد",
    "مسجد",
    "جامع",
    "قاعده",
    "مدرسه",
    "قصر",
    "برج",
];
/// Honorifics that may stand between such a word and the name.
const HONORIFICS: [&str; 7] = [
    "الملك",
    "الامير",
    "الشيخ",
    "الامام",
    "الشهيد",
    "السلطان",
    "الرئيس",
];
/// Adjectives that close such a name (مطار بيروت الدولي، مستشفى الملك فيصل التخصصي).
const FACILITY_ADJECTIVES: [&str; 2] = ["الدولي", "التخصصي"];

/// What a word may be in the name of a facility named after a person.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FacilityWord {
    /// One of [`FACILITY_HEADS`] after as many proclitic letters, without
    /// the article.
    Head {
        clitic_letters: usize,
    },
    /// One of [`HONORIFICS`].
    Honorific,
    Neither,
}

/// Folded head nouns of a company, which ANERcorp and khabar read as
/// describing the name after them (شركة فورد is فورد): a person's name
/// there is the company's (شركة طلعت مصطفى، مجموعة بن لادن).
const COMPANY_HEADS: [&str; 2] = ["شركه", "مجموعه"];

/// What a word heads, or is between a head and a name: all are asked of
/// every word type (see [`name_places_after_days`]), and one pass over
/// its proclitic readings answers them.
#[derive(Clone, Copy)]
struct HeadWord {
    /// Whether the word is one of [`PLACE_HEADS`] without the article,
    /// after any proclitics (وفي ميناء، بمدينة).
    place: bool,
    /// Whether it is one of [`COMPANY_HEADS`] so (ولشركة).
    company: bool,
    facility: FacilityWord,
}

impl HeadWord {
    fn of(tokens: &Tokens, i: usize) -> HeadWord {
        let word = tokens.folded(i);
        let is_word = tokens.kind(i) == Some(TokenKind::Word);
        let mut head = HeadWord {
            place: false,
            company: false,
            facility: if HONORIFICS.contains(&word) {
                FacilityWord::Honorific
            } else {
                FacilityWord::Neither
            },
        };
        for split in crate::text::proclitic_splits(word).filter(|split| !split.article) {
            head.place |= is_word && PLACE_HEADS.contains(&split.stem);
            head.company |= is_word && COMPANY_HEADS.contains(&split.stem);
            if head.facility == FacilityWord::Neither && FACILITY_HEADS.contains(&split.stem) {
                head.facility = FacilityWord::Head {
                    clitic_letters: split.letters_before_article(),
                };
            }
        }
        head
    }
}

/// Names the places and facilities named after a day and month (`مدينة
/// العاشر من رمضان`، `شارع 26 يوليو`، `مستشفى العاشر من رمضان`), which
/// the dates leave unread after such a head (see
/// `dates::absolute::names_a_place`) and the tagger reads in part (the day
/// alone) or not at all: after the head of a place ([`PLACE_HEADS`]) the
/// name alone is the place, after the head of a facility
/// ([`FACILITY_HEADS`]) the head and the name are a miscellaneous name, as
/// `كوبري 6 أكتوبر` is; so the day is no figure of its own. A candidate
/// inside the name gives way unless the gazetteers know it (the city `6
/// أكتوبر` in `مدينة 6 أكتوبر`); one reaching out of it stays. A day and
/// month after no such head (`في 26 يوليو`) is a date.
fn name_places_after_days(
    words: &DocumentWords,
    facts: &WordFacts,
    candidates: &mut Vec<Candidate>,
) {
    let tokens = words.tokens();
    // By token, the candidate over it, built at the first name found:
    // most texts name no place so.
    let mut candidate_at: Option<Vec<Option<usize>>> = None;
    let heads_a_name = |i: usize| {
        let head = facts.head_word.at(i);
        head.place || matches!(head.facility, FacilityWord::Head { .. })
    };
    let last_head = tokens.len().saturating_sub(1);
    for head in tokens_where(tokens, heads_a_name).take_while(|&head| head < last_head) {
        let HeadWord {
            place, facility, ..
        } = facts.head_word.at(head);
        if tokens.ends_sentence(head) {
            continue;
        }
        let Some(end) = institutions::day_and_month_after(words, head + 1) else {
            continue;
        };
        let facility_clitics = match facility {
            FacilityWord::Head { clitic_letters } if !place => Some(clitic_letters),
            _ => None,
        };
        let named = named_after_head(tokens, head, end, facility_clitics);
        let candidate_at = candidate_at.get_or_insert_with(|| {
            let mut at = vec![None; tokens.len()];
            for (k, candidate) in candidates.iter().enumerate() {
                at[candidate.first..candidate.end].fill(Some(k));
            }
            at
        });
        let mut overlapping = candidate_at[named.first..named.end]
            .iter()
            .flatten()
            .copied();
        let overlapped = overlapping.next();
        if overlapping.any(|k| Some(k) != overlapped) {
            continue;
        }
        let replaced = match overlapped {
            None => None,
            Some(k)
                if candidates[k].entry.is_none()
                    && candidates[k].first >= named.first
                    && candidates[k].end <= named.end =>
            {
                Some(k)
            }
            Some(_) => continue,
        };
        let k = replaced.unwrap_or(candidates.len());
        candidate_at[named.first..named.end].fill(Some(k));
        match replaced {
            Some(k) => candidates[k] = named,
            None => candidates.push(named),
        }
    }
}

/// The facility a person candidate names, when a word of
/// [`FACILITY_HEADS`] (with its proclitics, not the article) comes right
/// before it or before an honorific before it: the person is only its
/// namesake, and ANERcorp tags the whole as a miscellaneous name. After
/// the head of a place ([`PLACE_HEADS`]) it is the place's name, without
/// the head, as a known city's is: `الشيخ زايد` in مدينة الشيخ زايد.
fn facility_named_after(
    tokens: &Tokens,
    facts: &WordFacts,
    candidate: &Candidate,
) -> Option<Candidate> {
    // A known place whose name is a date (6 أكتوبر، 10 رمضان) after the
    // head of a building or a road is that facility's namesake too:
    // كوبري 6 أكتوبر is a bridge, not the city. After the head of a place
    // (مدينة 6 أكتوبر) it stays the known city.
    let date_named = candidate.kind == EntityType::Location
        && tokens.kind(candidate.first) == Some(TokenKind::Number)
        && candidate
            .first
            .checked_sub(1)
            .is_some_and(|head| !facts.head_word.at(head).place);
    // A known place that a facility's adjective closes is its namesake
    // too: استاد القاهرة الدولي، مطار بيروت الدولي is the stadium, the
    // airport, for the adjective agrees with the head, not the city.
    let place_named = candidate.kind == EntityType::Location
        && candidate.start == tokens.start(candidate.first)
        && !tokens.ends_sentence(candidate.end - 1)
        && FACILITY_ADJECTIVES.contains(&tokens.folded(candidate.end));
    if candidate.kind != EntityType::Person && !date_named && !place_named {
        return None;
    }
    let (head, clitic_letters) = (1..=2)
        .filter_map(|back| candidate.first.checked_sub(back))
        .filter(|&h| {
            (h + 1..candidate.first)
                .all(|j| facts.head_word.at(j).facility == FacilityWord::Honorific)
        })
        .find_map(|h| match facts.head_word.at(h).facility {
            FacilityWord::Head { clitic_letters } => Some((h, clitic_letters)),
            _ => None,
        })?;
    // After the head of a place (ميناء، مدينة) the adjective is no
    // facility's.
    if place_named && !date_named && facts.head_word.at(head).place {
        return None;
    }
    let mut end = candidate.end;
    if FACILITY_ADJECTIVES.contains(&tokens.folded(end)) {
        end += 1;
    }
    let facility_clitics = (!facts.head_word.at(head).place).then_some(clitic_letters);
    Some(named_after_head(tokens, head, end, facility_clitics))
}

/// The name that the head at `head` gives to the words after it up to
/// `end`: after the head of a place the words alone are the place; after
/// the head of a facility (`facility_clitics`, its proclitic letters) the
/// head and the words are a miscellaneous name, without the proclitics.
fn named_after_head(
    tokens: &Tokens,
    head: usize,
    end: usize,
    facility_clitics: Option<usize>,
) -> Candidate {
    match facility_clitics {
        Some(clitic_letters) => Candidate {
            kind: EntityType::Misc,
            first: head,
            end,
            start: tokens.offset_after_letters(head, clitic_letters),
            entry: None,
            role: None,
        },
        None => Candidate {
            kind: EntityType::Location,
            first: head + 1,
            end,
            start: tokens.start(head + 1),
            entry: None,
            role: None,
        },
    }
}

/// Token ranges of the sentences that contain Arabic words, cut at
/// sentence ends and at most [`MAX_SENTENCE_TOKENS`] long.
fn sentences_with_words(tokens: &Tokens) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut has_word = false;
    for i in 0..tokens.len() {
        has_word |= tokens.kind(i) == Some(TokenKind::Word);
        if tokens.ends_sentence(i) || i + 1 == tokens.len() || i + 1 - start >= MAX_SENTENCE_TOKENS
        {
            if has_word {
                out.push(start..i + 1);
            }
            start = i + 1;
            has_word = false;
        }
    }
    out
}

fn label_type(label: usize) -> Option<EntityType> {
    match tagger::LABELS[label].get(2..)? {
        "PERS" => Some(EntityType::Person),
        "LOC" => Some(EntityType::Location),
        "ORG" => Some(EntityType::Organization),
        _ => Some(EntityType::Misc),
    }
}

/// Gazetteer phrases, longest first, left to right. Phrases mined from
/// ANERcorp count only where the tagger also sees a name; a known person's
/// name takes in a first name written before it.
fn gazetteer_candidates(
    words: &DocumentWords,
    facts: &WordFacts,
    labels: &[usize],
) -> Vec<Candidate> {
    let lexicon = lexicon();
    let tokens = words.tokens();
    let mut out = Vec::new();
    let mut free_from = 0;
    // The kind and end of the last name taken, for a name that needs its
    // context to be one: in a list of names of its kind it is (الشارقة ورأس
    // الخيمة ومسقط والكويت; الأهلي والزمالك).
    let mut last_taken: Option<(EntityType, usize)> = None;
    // The keys taken so far: a name that needs its context is that
    // entity's again where the tagger reads a name of its kind (النادي
    // الأهلي … وقال إن الأهلي سيتعاقد).
    let mut keys_taken: FastSet<&str> = FastSet::default();
    // The entries taken so far, whose keys are in `keys_taken`: an entry
    // number hashes cheaper than its key, and names recur.
    let mut entries_taken: FastSet<usize> = FastSet::default();
    let mut phrases = words.phrases_in(0..tokens.len()).peekable();
    while let Some(found) = phrases.next() {
        let entry = &lexicon.entries[found.entry];
        // A proclitic is no clitic on a word in tanween (وزاريا, not و +
        // زاريا).
        if found.first < free_from
            || found.clitic_letters > 0
                && (facts.accusative_shape.at(found.first)
                    || is_commoner_than_its_stem(tokens, found.first, found.clitic_letters))
        {
            continue;
        }
        let next_of_kind = phrases.peek().filter(|next| {
            let next_entry = &lexicon.entries[next.entry];
            next_entry.kind == entry.kind && !next_entry.needs_context()
        });
        let listed = last_taken
            .is_some_and(|(kind, end)| kind == entry.kind && in_list(tokens, end, &found))
            || next_of_kind.is_some_and(|next| in_list(tokens, found.end, next));
        // A city's name where only a club's would stand is the club (فاز
        // العين على الهلال، مدرب نابولي): the one named after the city where
        // the gazetteers know it (العين الإماراتي), else no known one.
        let club = entry.source == Source::City && in_club_context(words, facts, &found);
        let untagged = (found.first..found.end).all(|j| labels[j] == 0);
        if untagged
            && (entry.source == Source::Corpus
                || !listed
                    && !club
                    && is_common_word_city(tokens, &found)
                    && !is_dateline(tokens, &found))
        {
            continue;
        }
        if !listed
            && is_common_word_city(tokens, &found)
            && is_noun_before_its_adjective(tokens, found.first, found.clitic_letters)
        {
            continue;
        }
        if let Some(context) = &entry.context {
            let next = tokens.folded(found.end);
            let named_again = keys_taken.contains(entry.key.as_str())
                && (found.first..found.end).all(|j| label_type(labels[j]) == Some(entry.kind));
            let in_context = listed
                || named_again
                || match context.kind {
                    ContextKind::Place => {
                        in_place_context(tokens, found.first..found.end, found.clitic_letters)
                    }
                    ContextKind::Club => in_club_context(words, facts, &found),
                };
            if context
                .not_before
                .iter()
                .any(|word| next.starts_with(word.as_str()))
                || !in_context
            {
                continue;
            }
        }
        // A known person after بن or بنت is an ancestor in another's name
        // (الشيخ خالد بن محمد بن زايد), whose chain the tagger reads.
        if entry.kind == EntityType::Person
            && found.first > 0
            && found.clitic_letters == 0
            && !tokens.ends_sentence(found.first - 1)
            && matches!(tokens.folded(found.first - 1), "بن" | "ابن" | "بنت")
        {
            continue;
        }
        // An organisation's name of one word after the head of a place,
        // in construct, is the place's (ميناء الفاو is no FAO).
        let place_named_so = entry.kind == EntityType::Organization
            && found.end == found.first + 1
            && found.clitic_letters == 0
            && found.first > 0
            && !tokens.ends_sentence(found.first - 1)
            && facts.head_word.at(found.first - 1).place;
        let found_entry = city_of_homograph(tokens, &found).unwrap_or(found.entry);
        last_taken = Some((entry.kind, found.end));
        if !place_named_so && entries_taken.insert(found_entry) {
            keys_taken.insert(&lexicon.entries[found_entry].key);
        }
        let mut first = found.first;
        let mut clitic_letters = found.clitic_letters;
        if entry.kind == EntityType::Person
            && found.end == found.first + 1
            && first > 0
            && facts.first_name.at(first - 1)
        {
            first -= 1;
            clitic_letters = facts.leading_clitics.at(first);
        }
        out.push(Candidate {
            kind: if club {
                EntityType::Organization
            } else if place_named_so {
                EntityType::Location
            } else {
                entry.kind
            },
            first,
            end: found.end,
            start: tokens.offset_after_letters(first, clitic_letters),
            entry: if club {
                lexicon.club_named_after(found.entry)
            } else if place_named_so {
                None
            } else {
                Some(found_entry)
            }
            .filter(|&entry| !another_countrys_club(tokens, entry, found.end)),
            role: None,
        });
        free_from = found.end;
    }
    out
}

/// The wordfreq bucket from which a city's one-word name is also an
/// everyday word (سار "walked", تلا "recited", خالص "sincere", بحري
/// "naval", الخبر "the news", مشهد "scene"), or a place named so often
/// that the tagger knows it anyway.
const COMMON_CITY_BUCKET: u8 = 7;

/// Whether a phrase is a city of one word that is also a common word
/// ([`COMMON_CITY_BUCKET`]): it counts only where the tagger sees a name,
/// as the names mined from ANERcorp do, in a list of places (زار حمص
/// ودرعا والرقة) or as a dateline (`العين - وام`). The big cities the news names
/// most (دمشق، بيروت) are that common too, and the tagger reads them.
fn is_common_word_city(tokens: &Tokens, found: &lexicon::PhraseMatch) -> bool {
    found.end == found.first + 1
        && lexicon().entries[found.entry].source == Source::City
        && features::word_frequencies()
            .bucket(&tokens.folded(found.first)[2 * found.clitic_letters..])
            >= COMMON_CITY_BUCKET
}

/// Whether the word at token `i`, after its first `clitic_letters`
/// proclitic letters, is a common noun without the article that an
/// indefinite adjective follows: a word common in Arabic with the article
/// too ([`COMMON_NOUN_BUCKET`]: المشهد، القوم، البركة), which a place's
/// name is not (الموسكو), before an adjective. A place's name would take
/// none but as its predicate (إن موسكو منفتحة); the noun takes one as its
/// attribute (وفي مشهد آخر "in another scene", مشهد مؤثر), not the city
/// (في مدينة مشهد، إلى مشهد وتستغرق الرحلة، في مشهد كان).
fn is_noun_before_its_adjective(tokens: &Tokens, i: usize, clitic_letters: usize) -> bool {
    let stem = &tokens.folded(i)[2 * clitic_letters..];
    let frequencies = features::word_frequencies();
    // The adjective first: it rules out most words by their shape alone.
    !stem.starts_with("ال")
        && is_indefinite_adjective(tokens, i + 1)
        && frequencies.bucket(stem) >= COMMON_CITY_BUCKET
        && frequencies.with_article(stem) >= COMMON_NOUN_BUCKET
}

/// The wordfreq bucket from which a word with the article is a common
/// noun rather than a name (المشهد "the scene", not الموسكو).
const COMMON_NOUN_BUCKET: u8 = 8;

/// Folded indefinite adjectives that follow a noun too often to leave to
/// their shape: آخر "another", جديد "new", كبير "big" …
const INDEFINITE_ADJECTIVES: [&str; 14] = [
    "اخر",
    "اخري",
    "اخرين",
    "جديد",
    "جديده",
    "جديدين",
    "كبير",
    "كبيره",
    "صغير",
    "صغيره",
    "واحد",
    "واحده",
    "مماثل",
    "مماثله",
];

/// Folded words shaped as adjectives that stand after a place's name as
/// words of their own: times of day (وصل إلى مشهد مساء الجمعة) and
/// directions (مشهد شمالي شرق إيران).
const NOT_ADJECTIVES: [&str; 7] = ["مساء", "مطلع", "منتصف", "شمالي", "جنوبي", "شرقي", "غربي"];

/// Whether token `i` is, in the same clause, an indefinite adjective of
/// the noun before it: one of [`INDEFINITE_ADJECTIVES`], or an Arabic word
/// (wordfreq lists it) shaped as a participle (م and three to five letters
/// more: مؤثر، مروع، مشابه) or as a nisba (ي or ية after three letters or
/// more: سياسي، إنسانية), without the article, neither a name nor an
/// adverb (مجددا).
fn is_indefinite_adjective(tokens: &Tokens, i: usize) -> bool {
    if i >= tokens.len() || tokens.kind(i) != Some(TokenKind::Word) || tokens.ends_sentence(i - 1) {
        return false;
    }
    let word = tokens.folded(i);
    if INDEFINITE_ADJECTIVES.contains(&word) {
        return true;
    }
    let letters = word.chars().count();
    let participle = word.starts_with('م') && (4..=6).contains(&letters);
    // Three letters before the feminine يه: not عليه "on him".
    let nisba = letters >= 4 && word.ends_with('ي') || letters >= 5 && word.ends_with("يه");
    (participle || nisba)
        && !word.starts_with("ال")
        && !word.ends_with('ا')
        && !NOT_ADJECTIVES.contains(&word)
        && features::word_frequencies().bucket(word) > 0
        && !lexicon().knows_word(word)
}

/// Whether a phrase follows a name ending at token `end` as the next of a
/// list: joined by و (`ومسقط`) or after a comma.
fn in_list(tokens: &Tokens, end: usize, next: &lexicon::PhraseMatch) -> bool {
    let joined = next.clitic_letters > 0 && tokens.folded(next.first).starts_with('و');
    next.first == end && joined
        || next.first == end + 1 && (tokens.is_punct(end, '،') || tokens.is_punct(end, ','))
}

/// The city a country's name stands for where it is a homograph (see
/// [`lexicon::Lexicon::homograph_city`]) and its context says so: written
/// with the shadda that only the city's name has (عمّان), as a dateline
/// (`عمان -`, `عمان (بترا)`: Oman's are Muscat's), or beside an adjective
/// of the city's country (`العاصمة الأردنية عمان`, `مطار عمان الأردني`), or where it opens its sentence as the place of
/// the news, `(و)في عمان،`, and the sentence names one of the city's
/// country (`وفي عمان، قال رئيس الوزراء الأردني`; not `وقع سلطان عمان`).
fn city_of_homograph(tokens: &Tokens, found: &lexicon::PhraseMatch) -> Option<usize> {
    let lexicon = lexicon();
    let (city, city_country) = lexicon.homograph_city(found.entry)?;
    let of_city_country = |i: usize| lexicon.nisba(tokens.folded(i)) == Some(city_country);
    let shadda = written_with(tokens, found.first, '\u{651}');
    let dateline = is_dateline(tokens, found);
    let beside = of_city_country(found.end) || found.first > 0 && of_city_country(found.first - 1);
    let place_of_the_news = || {
        const REACH: usize = 16;
        let opens_sentence = found.first >= 1
            && matches!(tokens.folded(found.first - 1), "في" | "وفي")
            && (found.first == 1 || tokens.ends_sentence(found.first - 2));
        opens_sentence
            && tokens.is_punct(found.end, '،')
            && (found.end + 1..(found.end + REACH).min(tokens.len()))
                .take_while(|&i| !tokens.ends_sentence(i - 1))
                .any(|i| tokens.kind(i) == Some(TokenKind::Word) && of_city_country(i))
    };
    (shadda || dateline || beside || place_of_the_news()).then_some(city)
}

/// Whether a phrase opens a line or sentence before a dash or a bracket,
/// as a dateline's place does (`عمان -`, `العين (وام)`).
fn is_dateline(tokens: &Tokens, found: &lexicon::PhraseMatch) -> bool {
    let opens = found.first == 0 || tokens.ends_sentence(found.first - 1);
    opens
        && (["-", "("].contains(&tokens.folded(found.end))
            || tatweel_dash_after(tokens, found.end - 1))
}

/// Whether a tatweel written alone between spaces follows token `i` in
/// its line, as some papers write a dateline's dash (`مدريد ـ رويترز ـ
/// قال`، `بغداد ـ الأناضول`): the tokeniser keeps no token of a tatweel
/// alone, so only the text between the tokens shows it.
fn tatweel_dash_after(tokens: &Tokens, i: usize) -> bool {
    if i >= tokens.len() || tokens.ends_sentence(i) {
        return false;
    }
    let gap_end = if i + 1 < tokens.len() {
        tokens.start(i + 1)
    } else {
        tokens.text().len()
    };
    let gap = &tokens.text()[tokens.end(i)..gap_end];
    let dash = gap.trim_matches(|c: char| c.is_whitespace() && c != '\n');
    gap.starts_with(char::is_whitespace)
        && gap.ends_with(char::is_whitespace)
        && !dash.is_empty()
        && dash.chars().all(|c| c == '\u{640}')
}

/// The ISO 3166 code of the country whose city or organisation a
/// gazetteer name opening at token `i` names, for a currency several
/// countries share to take its country from (`وفي الرباط ... 13 درهما` is
/// MAD, `أدنوك ... 5 مليارات درهم` AED). A city counts where only a place
/// would stand (`وفي الرباط`, `إلى دبي`, `الرباط -`; see
/// [`in_place_context`]) or by a name of two words or more (`الدار
/// البيضاء`, `أبو ظبي`): many a city's name of one word is also a common
/// one (العين "the eye", الخبر "the news", مشهد "a scene"), and so is
/// the word after ب or ل (`للخبر`), which are left out. An organisation
/// counts by its key in `organizations`, with its country. Countries
/// themselves the money reader finds by their names and adjectives.
pub(crate) fn home_country_at(
    tokens: &Tokens,
    i: usize,
    organizations: &[(&str, &'static str)],
) -> Option<&'static str> {
    let lexicon = lexicon();
    if tokens.kind(i) != Some(TokenKind::Word)
        || !lexicon.word_marks(tokens.folded(i)).may_start_phrase()
    {
        return None;
    }
    let start = lexicon.phrase_start(tokens, i);
    let found = lexicon.match_from(tokens, i, &start, &mut String::new())?;
    let entry = &lexicon.entries[found.entry];
    if entry.kind == EntityType::Organization {
        return organizations
            .iter()
            .find(|(key, _)| *key == entry.key)
            .map(|&(_, country)| country);
    }
    let country = lexicon.city_country(found.entry)?;
    let next = tokens.folded(found.end);
    let common_word_next = entry.context.as_ref().is_some_and(|context| {
        context
            .not_before
            .iter()
            .any(|word| next.starts_with(word.as_str()))
    });
    let placed = found.end > found.first + 1
        || found.clitic_letters == 0 && in_place_context(tokens, found.first..found.end, 0);
    (placed && !common_word_next).then_some(country)
}

/// Whether the folded word at token `i` is commoner as written than what
/// its first `clitic_letters` proclitic letters leave: then they are none,
/// and the word is what it says (بلاد "land", not ب + لاد, a name of
/// Lod), where a name after a proclitic is commoner alone (بمصر، والعراق).
fn is_commoner_than_its_stem(tokens: &Tokens, i: usize, clitic_letters: usize) -> bool {
    let word = tokens.folded(i);
    let frequencies = features::word_frequencies();
    // Proclitic letters are two bytes each.
    frequencies.bucket(word) > frequencies.bucket(&word[2 * clitic_letters..])
}

/// Whether a gazetteer place whose name is also a common word (مسقط, as
/// in مسقط رأسه) stands where only a place would: as a dateline (opening a
/// sentence or line before a dash, a bracket or a comma: `مسقط -`, `مسقط
/// (رويترز)`), after في، إلى، من، حتى or the prepositions ب and ل (`بمسقط`),
/// or after العاصمة, with or without a nationality (`العاصمة العمانية
/// مسقط`). In a list of other places it is one too (see [`in_list`]).
/// Either way, never before a word of the entry's `not_before`, which
/// makes it the common word (`مسقط رأسه`, also after a comma: `سنورس ،
/// مسقط رأس اللاعب`).
fn in_place_context(tokens: &Tokens, name: Range<usize>, clitic_letters: usize) -> bool {
    let next = tokens.folded(name.end);
    let first = name.start;
    // The proclitic letters are two bytes each: ب or ل among them is a
    // preposition (وبمسقط).
    let clitics = &tokens.folded(first)[..2 * clitic_letters];
    if clitics.ends_with('ب') || clitics.ends_with('ل') {
        return true;
    }
    let opens = first == 0 || tokens.ends_sentence(first - 1);
    // Dashes are folded to `-`.
    if opens && (["-", "(", "،", ","].contains(&next) || tatweel_dash_after(tokens, name.end - 1))
    {
        return true;
    }
    if first == 0 || clitic_letters > 0 {
        return false;
    }
    let before = tokens.folded(first - 1);
    let place_word = |word: &str| matches!(word, "في" | "الي" | "من" | "حتي" | "العاصمه");
    // وفي، ومن، فإلى: a conjunction may open the word (but في is no ف + ي).
    place_word(before)
        || ["و", "ف"]
            .iter()
            .any(|c| before.strip_prefix(c).is_some_and(place_word))
        || first >= 2
            && lexicon().nisba(tokens.folded(first - 1)).is_some()
            && tokens.folded(first - 2) == "العاصمه"
}

/// Whether a club's name that needs its context is followed by the
/// nationality of another club than the one it is known as: النصر
/// العماني is not النصر السعودي, nor الأهلي الليبي الأهلي المصري. It is a
/// club still, but no known one. `entry` is the entry read for a name
/// ending at token `end`.
fn another_countrys_club(tokens: &Tokens, entry: usize, end: usize) -> bool {
    let lexicon = lexicon();
    let entry = &lexicon.entries[entry];
    if !entry
        .context
        .as_ref()
        .is_some_and(|c| c.kind == ContextKind::Club)
    {
        return false;
    }
    let Some(country) = lexicon.nisba(tokens.folded(end)) else {
        return false;
    };
    let canonical = crate::text::fold(&entry.canonical);
    let known_country = canonical
        .rsplit(' ')
        .next()
        .and_then(|last| lexicon.nisba(last));
    known_country != Some(country)
}

/// Folded words after which a club whose name is also a common word is
/// the club: the club, its team and people, a match and its outcome, the
/// verbs of winning and meeting (فاز، تغلب، واجه، سيلاقي …).
const CLUB_CONTEXT_WORDS: [&str; 43] = [
    "نادي",
    "فريق",
    "فريقي",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مدرب",
    "مدربو",
    "حارس",
    "مهاجم",
    "مدافع",
    "جماهير",
    "جمهور",
    "مشجعو",
    "مشجعي",
    "مرمي",
    "شباك",
    "مباراه",
    "مواجهه",
    "فوز",
    "تعادل",
    "خساره",
    "هزيمه",
    "فاز",
    "يفوز",
    "تغلب",
    "يتغلب",
    "هزم",
    "يهزم",
    "خسر",
    "يخسر",
    "واجه",
    "يواجه",
    "سيواجه",
    "التقي",
    "يلتقي",
    "سيلتقي",
    "لاقي",
    "يلاقي",
    "سيلاقي",
    "استضاف",
    "يستضيف",
    "سيستضيف",
];

/// Whether a club whose name is also a common word (النصر "victory",
/// الوحدة "unity", الاتحاد "the union") stands where only a club would:
/// after a word of [`CLUB_CONTEXT_WORDS`], with or without و, ف or a
/// preposition (ولاعب، لفريق، بفوز), after أمام or ضد in a sentence about a
/// match, or before a score, a nationality between (`النصر 2-1`, `النصر
/// العماني 2 / 1`). `حقق النصر`, `لقاء الاتحاد مع الحكومة` and `الوحدة
/// الوطنية` stay words.
fn in_club_context(words: &DocumentWords, facts: &WordFacts, found: &lexicon::PhraseMatch) -> bool {
    let tokens = words.tokens();
    let first = found.first;
    let after_game_word = first > 0
        && match facts.club_cue.at(first - 1) {
            ClubCue::GameWord => true,
            ClubCue::Against => sentence_of_a_match(tokens, first),
            ClubCue::Neither => false,
        };
    let mut score = found.end;
    if score < tokens.len() && words.is_nisba(score) {
        score += 1;
    }
    // Scores are written in digits, nil also in words (4 - صفر).
    let number = |i: usize| tokens.kind(i) == Some(TokenKind::Number) || tokens.folded(i) == "صفر";
    let score_follows =
        number(score) && ["-", "/", ":"].contains(&tokens.folded(score + 1)) && number(score + 2);
    after_game_word || score_follows
}

/// What a word before a club's name whose name is also a common word
/// says of it (see [`in_club_context`]).
#[derive(Clone, Copy)]
enum ClubCue {
    /// A word of [`CLUB_CONTEXT_WORDS`]: the name is the club's.
    GameWord,
    /// أمام or ضد: the club's in a sentence about a match.
    Against,
    Neither,
}

impl ClubCue {
    fn of(tokens: &Tokens, i: usize) -> ClubCue {
        let is = |words: &[&str]| {
            tokens.kind(i) == Some(TokenKind::Word)
                && crate::text::proclitic_splits(tokens.folded(i))
                    .any(|split| !split.article && words.contains(&split.stem))
        };
        if is(&CLUB_CONTEXT_WORDS) {
            ClubCue::GameWord
        } else if is(&["امام", "ضد"]) {
            ClubCue::Against
        } else {
            ClubCue::Neither
        }
    }
}

/// Folded nouns that make a sentence one about a match, as the words of
/// [`CLUB_CONTEXT_WORDS`] do: أمام and ضد before a club's name are the
/// game's only there (تعادل أمام النصر في الدوري, not العقبات أمام الوحدة).
const MATCH_NOUNS: [&str; 13] = [
    "مباراه",
    "مباريات",
    "دوري",
    "كاس",
    "بطوله",
    "شوط",
    "ملعب",
    "هدف",
    "هدفين",
    "اهداف",
    "لقب",
    "ديربي",
    "منتخب",
];

/// Whether the sentence around token `i` names a match or its parts
/// ([`MATCH_NOUNS`], [`CLUB_CONTEXT_WORDS`]: خسر النصر أمام الاتحاد), with
/// or without the article and proclitics. As for
/// tagging, a sentence reaches at most [`MAX_SENTENCE_TOKENS`] tokens each
/// way, which bounds the work on text without punctuation.
fn sentence_of_a_match(tokens: &Tokens, i: usize) -> bool {
    let earliest = i.saturating_sub(MAX_SENTENCE_TOKENS);
    let latest = (i + MAX_SENTENCE_TOKENS).min(tokens.len());
    let start = (earliest..i)
        .rev()
        .find(|&j| tokens.ends_sentence(j))
        .map_or(earliest, |j| j + 1);
    let end = (i..latest)
        .find(|&j| tokens.ends_sentence(j))
        .map_or(latest, |j| j + 1);
    (start..end).any(|j| {
        tokens.kind(j) == Some(TokenKind::Word)
            && crate::text::proclitic_splits(tokens.folded(j)).any(|split| {
                MATCH_NOUNS.contains(&split.stem) || CLUB_CONTEXT_WORDS.contains(&split.stem)
            })
    })
}

/// Listed first names whose folded form is also a particle: آن (Anne) is
/// أن and إن, and made every «أن بوتين» (and «وكان بوتين», و + ك + ان)
/// Putin's full name.
const FIRST_NAMES_ALSO_PARTICLES: [&str; 1] = ["ان"];

fn is_first_name(tokens: &Tokens, i: usize) -> bool {
    let lexicon = lexicon();
    tokens.kind(i) == Some(TokenKind::Word)
        && !crate::text::proclitic_splits(tokens.folded(i))
            .any(|split| FIRST_NAMES_ALSO_PARTICLES.contains(&split.stem))
        && (lexicon.is_common_first_name(tokens.folded(i))
            || lexicon.name_part_at(tokens, i) == Some(NamePart::First))
}

/// Tagger spans that no gazetteer phrase overlaps, except person spans that
/// contain a gazetteer person, which they widen, or a city, which they
/// take the place of, and organisation spans that contain an institution
/// read from its shape, which they widen. A lone nationality word (الروسي،
/// الروس) is dropped, whatever the tagger calls it, and so is a
/// miscellaneous name of one word.
fn add_tagger_candidates(
    words: &DocumentWords,
    facts: &WordFacts,
    labels: &[usize],
    candidates: &mut Vec<Candidate>,
) {
    let tokens = words.tokens();
    let gazetteer_count = candidates.len();
    let start_after_clitics =
        |first: usize| tokens.offset_after_letters(first, facts.leading_clitics.at(first));
    // The kind of name each label begins, read once rather than at
    // every token.
    let begins: Vec<Option<EntityType>> = (0..tagger::LABELS.len())
        .map(|label| label_type(label).filter(|_| tagger::LABELS[label].starts_with("B-")))
        .collect();
    let mut after = 0;
    let mut i = 0;
    while i < labels.len() {
        let Some(kind) = begins[labels[i]] else {
            i += 1;
            continue;
        };
        let mut first = i;
        let mut end = i + 1;
        while end < labels.len() && labels[end] == labels[i] + 1 {
            end += 1;
        }
        if kind == EntityType::Person && opens_with_title_adjective(words, facts, first, end) {
            first += 1;
        }
        if kind == EntityType::Person && is_church_honorific(tokens, first) {
            first += 1;
            if first == end {
                i = end;
                continue;
            }
        }
        if kind == EntityType::Person
            && end - first <= MAX_NAME_WORDS_LEFT_OUT
            && (first..end).all(|j| facts.first_name.at(j))
        {
            end = after_the_rest_of_a_name(words, facts, labels, end);
        }
        // A name never ends on a word that joins its parts: the tagger
        // stops before a family name that is a common word (إلياس بو صعب),
        // though not before a particle (حلم أبي الذي).
        if kind == EntityType::Person
            && NAME_JOINERS.contains(&tokens.folded(end - 1))
            && tokens.kind(end) == Some(TokenKind::Word)
            && !tokens.ends_sentence(end - 1)
            && !is_common_word(tokens, end)
        {
            end += 1;
        }
        i = end;
        // Nor does it open or close with a verb or an indefinite
        // accusative (محمد بن سلمان أوضح أن، هيثم بن طارق مرسوما
        // سلطانيا، كما طالب أنان). A verb closing it takes a complement
        // after it, in the same clause and neither opened by و or ف nor a
        // name: a name's last word that is also a verb (عمران خان.) has
        // none, nor is the word after a joiner a verb (علي بن أبي طالب),
        // nor one before a name (ولد in عبد الرحمان ولد محمد). A verb opening it
        // opens a clause (see [`verb_may_stand_at`]) before a name's first
        // word or a known name: طالب الدوسري، بقيادة خلف سالم and راشد وخلف
        // سالم are names.
        let mut span_end = end;
        if kind == EntityType::Person {
            let opens_a_name =
                |j: usize| facts.first_name.at(j) || lexicon().knows_word(tokens.folded(j));
            let complement_follows = |j: usize| {
                tokens.kind(j + 1) == Some(TokenKind::Word)
                    && !tokens.ends_sentence(j)
                    && !tokens.folded(j + 1).starts_with(['و', 'ف'])
                    && !facts.first_name.at(j + 1)
            };
            // Nor with a noun's dual in construct before its complement
            // (سجل محمد شريف هدفي الأهلي, the two goals of al-Ahly).
            let dual_in_construct = |j: usize| {
                !facts.first_name.at(j)
                    && !tokens.ends_sentence(j)
                    && tokens.folded(j + 1).starts_with("ال")
                    && crate::figures::is_dual_in_construct(tokens.folded(j))
            };
            // Nor with the first word of a title that goes on after it
            // (حمد بن عيسى آل خليفة ولي العهد).
            let opens_title = |j: usize| {
                !tokens.ends_sentence(j)
                    && lexicon().opens_long_title(tokens, j, |k| words.may_end_title(k))
            };
            while span_end - first >= 2
                && !NAME_JOINERS.contains(&tokens.folded(span_end - 2))
                && (is_indefinite_accusative(tokens, facts, span_end - 1)
                    || dual_in_construct(span_end - 1)
                    || opens_title(span_end - 1)
                    || facts.verb_beside_a_name.at(span_end - 1)
                        && complement_follows(span_end - 1))
            {
                span_end -= 1;
            }
            while first < span_end
                && (is_indefinite_accusative(tokens, facts, first)
                    || facts.verb_beside_a_name.at(first)
                        && first + 1 < span_end
                        && opens_a_name(first + 1)
                        && verb_may_stand_at(tokens, labels, first))
            {
                first += 1;
            }
            // A verb alone is no name (وأنهما تشاورا، تصريحات أدلى بها),
            // nor a title's first word (الأمين of الأمين العام).
            if first == span_end
                || span_end == first + 1
                    && (facts.verb_beside_a_name.at(first) || opens_title(first))
            {
                continue;
            }
        }
        // Gazetteer and institution candidates come sorted and disjoint,
        // and stay so as spans widen them: the overlapping ones follow the
        // last that ends at or before `first`, which only moves on.
        while after < gazetteer_count && candidates[after].end <= first {
            after += 1;
        }
        let overlapping = candidates[after..gazetteer_count]
            .iter()
            .take_while(|c| c.first < span_end)
            .count();
        // Built only where kept: most spans overlap a known name.
        let tagged = || Candidate {
            kind,
            first,
            end: span_end,
            start: start_after_clitics(first),
            entry: None,
            role: None,
        };
        if overlapping == 1 {
            let known = &mut candidates[after];
            let widens =
                kind == EntityType::Person && first <= known.first && span_end >= known.end;
            if widens && known.kind == EntityType::Person {
                // Only over words that may be part of a name: the tagger
                // also takes in a particle or verb beside a name it knows
                // (أن بوتين، خامنئي يبدو).
                let mut wide = first..span_end;
                while wide.start < known.first && is_common_word(tokens, wide.start) {
                    wide.start += 1;
                }
                // Nor after a known name over a common noun with the
                // article, its object (أدى الرئيس قيس سعيد اليمين).
                while wide.end > known.end
                    && (is_common_word(tokens, wide.end - 1)
                        || is_common_definite_noun(tokens, wide.end - 1))
                {
                    wide.end -= 1;
                }
                if wide.start < known.first {
                    known.start = start_after_clitics(wide.start);
                }
                known.first = wide.start;
                known.end = wide.end;
            } else if widens
                && span_end - first > known.end - known.first
                && (is_city(known) || is_family_name_of_city(tokens, facts, known, first))
            {
                // A city's name is also a person's (آموس هوكشتاين).
                *known = tagged();
            } else if kind == EntityType::Organization
                && known.kind == EntityType::Organization
                && known.entry.is_none()
                && first <= known.first
                && span_end >= known.end
                && span_end - first > known.end - known.first
            {
                // An institution read from its shape, whose name goes on
                // where the tagger sees it (البنك الآسيوي للتنمية).
                *known = tagged();
            }
            continue;
        }
        // One word alone, a nationality is no name, nor a word in tanween
        // (مجلسا وزاريا); and the tagger's other names of one word are
        // wrong more often than right (أحد، طريق، البيت; the currencies
        // ANERcorp tags, دولار).
        let one_word = span_end == first + 1;
        if overlapping > 1
            || one_word
                && (words.is_nisba(first)
                    || kind == EntityType::Misc
                    || is_indefinite_accusative(tokens, facts, first))
        {
            continue;
        }
        // A rank alone (الخامس، السادس) is a regnal name's end, whose
        // name the tagger left out, or no name at all.
        let lone_rank = || {
            one_word && crate::figures::read_rank(tokens, first).is_some_and(|r| r.end == first + 1)
        };
        if kind == EntityType::Person
            && (names_a_model(tokens, first, span_end)
                || lone_rank()
                || (first..span_end).any(|j| {
                    has_possessive_suffix(tokens.raw(j))
                        && features::word_frequencies().bucket(tokens.folded(j)) > 0
                }))
        {
            continue;
        }
        // A word the tagger calls a place right before a known one, in
        // one phrase (no proclitic, punctuation or line between: not
        // صفد وحيفا، شارلوت بالولايات المتحدة), is the area it heads (ريف
        // حمص، بحيرة تشاد), not a place of its own.
        let heads_known_place = || {
            span_end < tokens.len()
                && tokens.text()[tokens.end(first)..tokens.start(span_end)]
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}')
                && candidates[after..gazetteer_count]
                    .iter()
                    .take_while(|c| c.first <= span_end)
                    .any(|c| {
                        c.first == span_end
                            && c.start == tokens.start(span_end)
                            && c.kind == EntityType::Location
                    })
        };
        if one_word
            && kind == EntityType::Location
            && (heads_known_place()
                || is_noun_before_its_adjective(tokens, first, facts.leading_clitics.at(first)))
        {
            continue;
        }
        if (first..span_end).all(|j| tokens.kind(j) == Some(TokenKind::Punct)) {
            continue;
        }
        candidates.push(tagged());
    }
}

/// The most words a person's name runs on after the first names the
/// tagger read alone, and the most first names it reads alone so: a
/// longer chain (أبي زكريا يحيى بن أبي يحيى) is whole, and a definite
/// word after it is an epithet (الشهيد).
const MAX_NAME_WORDS_LEFT_OUT: usize = 2;

/// Where a person's name ends that the tagger read as first names alone
/// (`زياد` of `زياد علي فاضل`, `بشارة بطرس` of `بشارة بطرس الراعي`) and
/// that ends before token `end`: Arab names chain the father's and the
/// grandfather's first names before the family's, so the name runs on
/// over the listed first names that follow it and a known family name
/// (`فاضل`) or a rare one (`حسين الشحات`, see [`is_rare_family_word`]),
/// or ends on a family name shaped as an adjective (`الراعي`,
/// see [`is_family_adjective`]). Only over words the tagger left
/// unlabelled, in the sentence, without proclitics or the article (but
/// the adjective's), and neither على (`علي` folded) nor a verb: `التقى
/// زياد على هامش القمة`, `قال زياد علي إن`, whose last word may be the
/// object's, stay as read when no family name closes them.
fn after_the_rest_of_a_name(
    words: &DocumentWords,
    facts: &WordFacts,
    labels: &[usize],
    end: usize,
) -> usize {
    let tokens = words.tokens();
    let lexicon = lexicon();
    let free = |j: usize| {
        j < labels.len()
            && labels[j] == 0
            && tokens.kind(j) == Some(TokenKind::Word)
            && !tokens.ends_sentence(j - 1)
            && facts.leading_clitics.at(j) == 0
            && !facts.verb_beside_a_name.at(j)
            && !tokens.raw(j).ends_with('ى')
    };
    let mut next = end;
    while next < end + MAX_NAME_WORDS_LEFT_OUT && free(next) {
        if is_family_adjective(words, labels, next)
            || is_rare_family_word(words, facts, next)
                && !PREPOSITIONS_AFTER_AN_OBJECT.contains(&tokens.folded(next - 1))
            || !tokens.folded(next).starts_with("ال")
                && lexicon.name_part_at(tokens, next) == Some(NamePart::Family)
        {
            return next + 1;
        }
        if !facts.first_name.at(next) || tokens.folded(next).starts_with("ال") {
            break;
        }
        next += 1;
    }
    if free(next) && is_family_adjective(words, labels, next) {
        return next + 1;
    }
    end
}

/// Whether token `i` is a family name shaped as a definite adjective,
/// which the tagger leaves out of the name after a first name (فراس
/// الأبيض، سمير الأحمر، علي الكبير، بشارة الراعي): without proclitics, no
/// nisba (محمد المصري is read already; الروسي is a nationality), no title
/// word, not labelled by the tagger, in the same sentence, and of the
/// shapes أفعل (الأبيض، الأسمر) or فعيل and فاعل of a weak root (الكبير،
/// الراعي): four letters after the article, the first an alef or the
/// third a ي.
fn is_family_adjective(words: &DocumentWords, labels: &[usize], i: usize) -> bool {
    let tokens = words.tokens();
    let Some(stem) = tokens.folded(i).strip_prefix("ال") else {
        return false;
    };
    let mut letters = stem.chars();
    let first_five: [Option<char>; 5] = std::array::from_fn(|_| letters.next());
    let shaped = match first_five {
        [Some(first), _, Some(third), Some(fourth), None] => {
            first == 'ا' || third == 'ي' || fourth == 'ي'
        }
        _ => false,
    };
    shaped
        && i < labels.len()
        && labels[i] == 0
        && !tokens.ends_sentence(i - 1)
        && tokens.kind(i) == Some(TokenKind::Word)
        && !words.is_nisba(i)
        && !words.may_end_title(i)
        && features::word_frequencies().bucket(tokens.folded(i)) < VERY_COMMON_BUCKET
}

/// The wordfreq bucket below which a word with the article is rare enough
/// to be a family name after a first name (الشحات "the beggar" is 5): the
/// objects and adjectives that follow a name are commoner (التعادل 8,
/// المصلين 8).
const RARE_FAMILY_BUCKET: u8 = 7;

/// Whether token `i`, after a first name, is a family name for its rarity
/// alone: an Arabic word that the list of the commonest hundred thousand
/// lacks, and no inflection of one it has (بوزوق، القباج; not وكتابها،
/// باتصالين، حبوبهم: see [`inflects_a_known_word`]), or a rare one with the
/// article (الشحات). A first name's object or the word that qualifies it is
/// an everyday word (أحرز حسين التعادل، استقبل محمد ضيوفه). Neither a verb
/// (يستقبلها), a nationality, a title's word nor a word in tanween, and not
/// opened by و.
fn is_rare_family_word(words: &DocumentWords, facts: &WordFacts, i: usize) -> bool {
    facts.rare_family_letters.at(i)
        && facts.leading_clitics.at(i) == 0
        && !facts.verb_beside_a_name.at(i)
        && !words.is_nisba(i)
        && !words.may_end_title(i)
        && !is_indefinite_accusative(words.tokens(), facts, i)
}

/// The tests of [`is_rare_family_word`] that read token `i`'s letters
/// alone, once per word type: the frequency list's look-ups behind them
/// cost more than all the others.
fn has_rare_family_letters(tokens: &Tokens, i: usize) -> bool {
    let folded = tokens.folded(i);
    let bucket = features::word_frequencies().bucket(folded);
    let unknown = bucket == 0 && !folded.starts_with('و') && !inflects_a_known_word(folded);
    let rare_with_article = folded.starts_with("ال") && bucket > 0 && bucket < RARE_FAMILY_BUCKET;
    tokens.kind(i) == Some(TokenKind::Word)
        && (unknown || rare_with_article)
        && !inflects_as_verb(folded)
}

/// Folded endings of plurals, duals and possessive pronouns, which the
/// word-frequency list has for its commonest words only (اتصالين، حبوبهم،
/// متأخراتها). Not ه, which folding also makes of ة (شحاتة), nor ي and ا,
/// which end many names.
const INFLECTION_ENDINGS: [&str; 10] =
    ["ين", "ان", "ات", "ون", "هما", "هم", "هن", "ها", "كم", "اته"];

/// Whether a folded word the frequency list lacks is, after a proclitic
/// or before an ending of [`INFLECTION_ENDINGS`], a word it has (باتصالين:
/// اتصال).
fn inflects_a_known_word(folded: &str) -> bool {
    let frequencies = features::word_frequencies();
    crate::text::proclitic_splits(folded).any(|split| {
        frequencies.bucket(split.stem) > 0
            || INFLECTION_ENDINGS.iter().any(|ending| {
                split.stem.strip_suffix(ending).is_some_and(|stem| {
                    stem.chars().nth(2).is_some()
                        && (frequencies.bucket(stem) > 0
                            || frequencies.bucket_joined(stem, "ه") > 0)
                })
            })
    })
}

/// Adds the people the tagger left out whose names speak for themselves,
/// in the same sentence and where no other finder read a name:
/// * right after a title and its qualifiers (see [`closes_a_title`]), a
///   listed first name before a rare family name (see
///   [`is_rare_family_word`]), or a rare word as the first name before a
///   rare family name with the article or a city's name without a
///   proclitic, which is then the family's (`وزيرة التضامن الاجتماعي
///   نيفين القباج`، `وزير الاقتصاد السوري سامر الخليل`);
/// * right after a verb that opens a clause (see [`verb_may_stand_at`]), as
///   its subject, a listed first name before a rare family name (`وأوضح
///   يسري بوزوق أن`).
///
/// Not a place after a first name without a title (`زار محمد الخليل`), an
/// object after a title (`أجرى الوزير اتصالا تليفونيا`), nor words after a
/// title that a word no qualifier parts from (`قال الرئيس إن …`).
fn add_names_the_tagger_left_out(
    words: &DocumentWords,
    facts: &WordFacts,
    labels: &[usize],
    candidates: &mut Vec<Candidate>,
) {
    let tokens = words.tokens();
    let mut read: Vec<Option<usize>> = vec![None; tokens.len() + 1];
    for (k, candidate) in candidates.iter().enumerate() {
        for slot in &mut read[candidate.first..candidate.end] {
            *slot = Some(k);
        }
    }
    let mut taken_cities = Vec::new();
    for first in 1..tokens.len().saturating_sub(1) {
        let family = first + 1;
        // Most words are neither read nor rare: told by their type first,
        // before any test of the word at `first`.
        if read[family].is_none() && !facts.rare_family_letters.at(family) {
            continue;
        }
        if read[first].is_some()
            || tokens.kind(first) != Some(TokenKind::Word)
            || tokens.ends_sentence(first)
            || tokens.raw(first).ends_with('ى')
        {
            continue;
        }
        let city_without_proclitic = read[family].is_some_and(|k| {
            let city = &candidates[k];
            city.first == family
                && city.end == family + 1
                && city.start == tokens.start(family)
                && city
                    .entry
                    .is_some_and(|entry| lexicon().entries[entry].is_city())
        });
        let rare_family = read[family].is_none() && is_rare_family_word(words, facts, family);
        if !city_without_proclitic && !rare_family {
            continue;
        }
        let listed_first = rare_family && facts.first_name.at(first);
        let rare_first = || {
            (city_without_proclitic || tokens.folded(family).starts_with("ال"))
                && facts.leading_clitics.at(first) == 0
                && !tokens.folded(first).starts_with(['و', 'ف'])
                && crate::text::proclitic_splits(tokens.folded(first)).all(|split| !split.article)
                && features::word_frequencies().bucket(tokens.folded(first)) < RARE_WORD_BUCKET
                && !facts.verb_beside_a_name.at(first)
                && !inflects_as_verb(tokens.folded(first))
                && !words.is_nisba(first)
                && !is_indefinite_accusative(tokens, facts, first)
        };
        // علي is also على, which follows many verbs (يعتمد علي المعونات).
        let after_a_verb = || {
            !PREPOSITIONS_AFTER_AN_OBJECT.contains(&tokens.folded(first))
                && !tokens.ends_sentence(first - 1)
                && facts.verb_beside_a_name.at(first - 1)
                && verb_may_stand_at(tokens, labels, first - 1)
        };
        let named = if listed_first {
            closes_a_title(words, first) || after_a_verb()
        } else {
            rare_first() && closes_a_title(words, first)
        };
        if !named {
            continue;
        }
        if city_without_proclitic {
            taken_cities.extend(read[family]);
        }
        read[first] = Some(candidates.len());
        read[family] = Some(candidates.len());
        candidates.push(Candidate {
            kind: EntityType::Person,
            first,
            end: family + 1,
            start: tokens.offset_after_letters(first, facts.leading_clitics.at(first)),
            entry: None,
            role: None,
        });
    }
    if !taken_cities.is_empty() {
        let mut k = 0;
        candidates.retain(|_| {
            k += 1;
            !taken_cities.contains(&(k - 1))
        });
    }
}

/// Whether a title and its qualifiers end right before token `i`: a title
/// of the lexicon ends within a few words before it, and every word
/// between is one that qualifies a title, definite or a name the
/// gazetteers know that is no everyday word (وزير الاقتصاد السوري،
/// وزيرة التضامن الاجتماعي، وزير خارجية إيران), in the same sentence.
fn closes_a_title(words: &DocumentWords, i: usize) -> bool {
    const MAX_QUALIFIERS: usize = 5;
    let tokens = words.tokens();
    let lexicon = lexicon();
    for j in (i.saturating_sub(MAX_QUALIFIERS + 1)..i).rev() {
        if tokens.kind(j) != Some(TokenKind::Word) || tokens.ends_sentence(j) {
            return false;
        }
        if words.may_end_title(j) && words.title_ending_at(j + 1).is_some() {
            return true;
        }
        let folded = tokens.folded(j);
        let qualifies = crate::text::proclitic_splits(folded).any(|split| split.article)
            || lexicon.knows_word(folded) && !features::word_frequencies().is_common(folded);
        if !qualifies {
            return false;
        }
    }
    false
}

/// The wordfreq bucket from which a one-word name after a definite noun
/// is as likely its adjective (الخطأ بشري).
const ADJECTIVE_BUCKET: u8 = 8;

/// The wordfreq bucket from which an adjective is too common to be a
/// family name after a first name: الجديد (ليوناردو الجديد), الأخرى.
const VERY_COMMON_BUCKET: u8 = 11;

/// Folded words that name a model of a device or car, not a person: برو
/// ماكس of آيفون 16 برو ماكس, ألترا, بلس.
const MODEL_WORDS: [&str; 10] = [
    "برو",
    "ماكس",
    "الترا",
    "بلس",
    "ميني",
    "لايت",
    "فولد",
    "فليب",
    "نوت",
    "بلاس",
];

/// Whether a person span of the tagger is a model's name: it has a word of
/// [`MODEL_WORDS`] and follows a number (آيفون 16 برو ماكس، ميت 60 برو),
/// or is made of such words only (النسخة الأكبر "برو ماكس"). ماكس alone
/// may be a first name (ماكس فيرستابن).
fn names_a_model(tokens: &Tokens, first: usize, end: usize) -> bool {
    let model_word = |j: usize| MODEL_WORDS.contains(&tokens.folded(j));
    let after_number = first > 0 && tokens.kind(first - 1) == Some(TokenKind::Number);
    (first..end).any(model_word) && after_number || end - first > 1 && (first..end).all(model_word)
}

/// Whether a word as written ends in ت and a possessive pronoun (ولايته،
/// حكومتها، زيارتهم): a noun in ة that something owns, never a name when
/// it is an Arabic word (wordfreq lists it; ريناته, Renate, is not). On
/// the unfolded text, where شحاتة keeps its ة.
fn has_possessive_suffix(raw: &str) -> bool {
    // Read from the end, without building the word.
    let letters_backwards = raw
        .chars()
        .rev()
        .filter(|c| !matches!(c, '\u{64b}'..='\u{652}' | '\u{640}'));
    ["ته", "تها", "تهم", "تهما", "تهن", "تنا", "تكم"]
        .iter()
        .any(|suffix| {
            let mut letters = letters_backwards.clone();
            suffix.chars().rev().all(|c| letters.next() == Some(c)) && letters.take(2).count() == 2
        })
}

/// Whether a candidate is a city of the gazetteers, the least sure of
/// their entries: many are people's names too.
fn is_city(candidate: &Candidate) -> bool {
    candidate
        .entry
        .is_some_and(|entry| lexicon().entries[entry].source == Source::City)
}

/// Whether a known city (not a listed city alone: one hand-checked too)
/// follows a listed first name that opens a tagger's person span starting
/// at `first`, with no proclitic of its own: Arab family names may be a
/// city's (Lebanon's finance minister يوسف الخليل), and a place does not
/// follow a first name without a preposition.
fn is_family_name_of_city(
    tokens: &Tokens,
    facts: &WordFacts,
    known: &Candidate,
    first: usize,
) -> bool {
    let lexicon = lexicon();
    known.first > first
        && known.start == tokens.start(known.first)
        && known
            .entry
            .is_some_and(|entry| lexicon.entries[entry].is_city())
        && facts.first_name.at(known.first - 1)
}

/// How many proclitic letters (و ف ب ك ل) open token `i` as the first word
/// of a name. Names may themselves begin with those letters (وليد، فرنسا،
/// بوتين), so a clitic is split off only when the whole word is not a known
/// name and what remains is one or begins with the article (والصين،
/// بالعراق، للولايات); never to leave a particle (بان كي مون is no ب + آن).
fn leading_clitics(tokens: &Tokens, i: usize) -> usize {
    let lexicon = lexicon();
    let word = tokens.folded(i);
    if lexicon.knows_word(word) || has_accusative_shape(tokens, i) {
        // كريم is a name, not ك + ريم; وزاريا an adjective, not و + زاريا.
        return 0;
    }
    crate::text::proclitic_splits(word)
        .filter(|split| split.conjunction.is_some() || split.preposition.is_some())
        .filter(|split| {
            split.article
                || lexicon.knows_word(split.stem)
                    && !FIRST_NAMES_ALSO_PARTICLES.contains(&split.stem)
        })
        .map(|split| split.letters_before_article())
        .max()
        .unwrap_or(0)
}

/// Folded titles of the clergy, whose bearers the news names by first
/// and family name (`المطران إلياس عودة`، `البطريرك بشارة الراعي`); not
/// البابا, whom it names by one (`ألقى البابا فرنسيس كلمة`).
const CLERGY_TITLES: [&str; 4] = ["البطريرك", "المطران", "الكاردينال", "القس"];

/// Whether a person candidate is a first name alone: a listed one, or
/// one of the theophoric names of two words that end in الله (`عطا الله`,
/// `فتح الله`, `جاب الله`), too many to list.
fn is_first_name_alone(tokens: &Tokens, facts: &WordFacts, person: &Candidate) -> bool {
    match person.end - person.first {
        1 => facts.first_name.at(person.first),
        2 => {
            tokens.folded(person.first + 1) == "الله"
                && !tokens.folded(person.first).starts_with("ال")
        }
        _ => false,
    }
}

/// Folded prepositions that follow an object without the article
/// (`صلاة في`، `زيارة إلى`).
const PREPOSITIONS_AFTER_AN_OBJECT: [&str; 10] = [
    "في", "الي", "علي", "من", "عن", "مع", "امام", "خلال", "لدي", "حول",
];

/// Takes into a clergyman's name the family name the tagger left out
/// because it is also a common noun (`المطران إلياس عودة`, عودة "return";
/// `القس سامر عازر`): after a first name alone behind a clergy title, an
/// indefinite word can neither qualify the name, which is definite, nor
/// head an object unless a definite word completes it (`التقى المطران
/// إلياس رئيس الحكومة`). So a word without article or proclitic, neither
/// a common word (the commonest objects: `ألقى المطران إلياس كلمة`), a
/// verb, a nationality nor an accusative (`التقى المطران إلياس وفدا`),
/// and followed by neither a definite word nor a preposition (`أقام
/// المطران إلياس صلاة في الكنيسة`), is the family name.
fn take_in_clergy_family_names(
    words: &DocumentWords,
    facts: &WordFacts,
    candidates: &mut [Candidate],
) {
    let tokens = words.tokens();
    let text = tokens.text();
    for k in 0..candidates.len() {
        let person = &candidates[k];
        let family = person.end;
        // Folding the title allocates: it is asked last, of the few
        // people the cheaper tests leave.
        let by_clergy = || {
            person.role.is_some_and(|role| {
                let title = text[role.start..role.end].split(' ').next().unwrap_or("");
                CLERGY_TITLES.contains(&crate::text::fold(title).as_str())
            })
        };
        let free = candidates
            .get(k + 1)
            .map_or(true, |next| next.first > family);
        let takes = person.role.is_some()
            && free
            && person.kind == EntityType::Person
            && is_first_name_alone(tokens, facts, person)
            && tokens.kind(family) == Some(TokenKind::Word)
            && !tokens.ends_sentence(family - 1)
            && facts.leading_clitics.at(family) == 0
            && !tokens.folded(family).starts_with("ال")
            && !tokens.folded(family).starts_with('و')
            && !facts.verb_beside_a_name.at(family)
            && !words.is_nisba(family)
            && !is_common_word(tokens, family)
            && !is_indefinite_accusative(tokens, facts, family)
            && !(tokens.kind(family + 1) == Some(TokenKind::Word)
                && !tokens.ends_sentence(family)
                && (tokens.folded(family + 1).starts_with("ال")
                    || PREPOSITIONS_AFTER_AN_OBJECT.contains(&tokens.folded(family + 1))))
            && by_clergy();
        if takes {
            candidates[k].end += 1;
        }
    }
}

/// Whether the last word of a person's role is the first name the
/// tagger left out (`وزير النقل رزاق محيبس السعداوي`: the minister is
/// `رزاق محيبس السعداوي`; `وزير الخارجية السوري أسعد الشيباني`): a
/// title's qualifiers are definite (النقل), nationalities or names the
/// gazetteers know (وزير خارجية إيران), so a listed first name, or an
/// unknown and rare word ([`RARE_WORD_BUCKET`]), with neither article nor
/// proclitic after them opens the name, when the name the tagger read
/// does not open with a first name of its own (رئيس بلدية كفركلا حسن شيت
/// keeps the village in the role).
fn first_name_closes_role(
    words: &DocumentWords,
    facts: &WordFacts,
    role: &Role,
    person: &Candidate,
    earliest: usize,
) -> bool {
    let tokens = words.tokens();
    let (Some(word), Some(before)) = (person.first.checked_sub(1), person.first.checked_sub(2))
    else {
        return false;
    };
    // The qualifier before the word is closed: definite or a known name
    // (قائد ماندينكا ساندياتا كيتا, رئيس بلدية كفركلا: the word completes
    // the title in construct).
    let closed = crate::text::proclitic_splits(tokens.folded(before)).any(|split| split.article)
        || lexicon().knows_word(tokens.folded(before));
    word > earliest
        && closed
        && role.start < tokens.start(word)
        && person.entry.is_none()
        && person.start == tokens.start(person.first)
        && !facts.first_name.at(person.first)
        && tokens.kind(word) == Some(TokenKind::Word)
        && !tokens.ends_sentence(word)
        && facts.leading_clitics.at(word) == 0
        && !tokens.raw(word).starts_with("ال")
        && !tokens.folded(word).starts_with(['و', 'ف'])
        && !words.is_nisba(word)
        && (is_listed_first_name_alone(tokens, word)
            || !lexicon().knows_word(tokens.folded(word))
                && features::word_frequencies().bucket(tokens.folded(word)) < RARE_WORD_BUCKET)
        && !is_indefinite_accusative(tokens, facts, word)
}

/// Whether token `i` is a first name of the hand-written list as written,
/// without proclitics, and no particle (see [`FIRST_NAMES_ALSO_PARTICLES`]).
fn is_listed_first_name_alone(tokens: &Tokens, i: usize) -> bool {
    let folded = tokens.folded(i);
    lexicon().is_listed_first_name(folded) && !FIRST_NAMES_ALSO_PARTICLES.contains(&folded)
}

/// The word-frequency bucket (see [`features::word_frequencies`]) below
/// which a word no list knows may be a first name after a title: the
/// nouns that head a title's qualifier are commoner (بلدية 9, رزاق 5).
const RARE_WORD_BUCKET: u8 = 8;

/// The title just before token `first` and from token `earliest` on (a
/// comma may stand between), with
/// what qualifies it, as written but without proclitics: `الرئيس الروسي`,
/// `وزير الخارجية الروسي`, `السفير الإيراني لدى روسيا`, and `الرئيس
/// السوري` for `للرئيس السوري`.
fn role_before(
    words: &DocumentWords,
    facts: &WordFacts,
    earliest: usize,
    first: usize,
) -> Option<Role> {
    let lexicon = lexicon();
    let tokens = words.tokens();
    let mut end = first;
    if end > 0 && (tokens.is_punct(end - 1, '،') || tokens.is_punct(end - 1, ',')) {
        end -= 1;
    }
    // A title opens at most this many words before the name: a title, an
    // institution of up to five words, a nationality.
    const MAX_ROLE_TOKENS: usize = 8;
    let earliest = end.saturating_sub(MAX_ROLE_TOKENS).max(earliest);
    // The titles ending before the tokens up to `end`, the last first,
    // each with its length: the longest title ending there. Each start
    // adds the one ending at its own token.
    let mut titles = [(0, 0); MAX_ROLE_TOKENS];
    let mut title_count = 0;
    for start in (earliest..end).rev() {
        if tokens.kind(start) != Some(TokenKind::Word) {
            return None;
        }
        let title_end = start + 1;
        if words.may_end_title(start) {
            if let Some(len) = words.title_ending_at(title_end) {
                titles[title_count] = (title_end, len);
                title_count += 1;
            }
        }
        // The title opening at `start` that runs furthest.
        let opening_here = titles[..title_count]
            .iter()
            .find(|&&(title_end, len)| title_end - len == start);
        if let Some(&(title_end, len)) = opening_here {
            let clitics = facts
                .leading_clitics
                .at(start)
                .max(lexicon.title_clitic_letters(tokens, title_end, len));
            return Some(Role {
                start: tokens.offset_after_letters(start, clitics),
                end: tokens.end(end - 1),
                after_lam: tokens.folded(start).starts_with("لل"),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests;
