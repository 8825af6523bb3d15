//! Mentions into entities: every mention of one entity in a document is
//! gathered under one canonical name and one key that is the same in every
//! document.
//!
//! * A gazetteer entry is its own identity: its key and canonical name.
//! * A person the gazetteers do not know is identified by the skeletons of
//!   their first and family names (the first and last words; a word with
//!   the article as written, for Arab names are told apart by their long
//!   vowels: الحسن، الحسين), and lends
//!   the family name's, so that `فيليبي ماسا` and a later `ماسا`, or
//!   `بيزشكيان` and `بيزيشكيان`, are one person, and `كرم جابر` and `فيجاي
//!   غيباري` two; a lone family
//!   name joins a fuller name with that last word, known or not, and so
//!   does one that is also a first name (`شكري` after `سامح شكري`) when
//!   the fuller name comes first in the text.
//!   A regnal ordinal is no family name: `محمد الخامس` is identified by
//!   the name before it and the ordinal whole, so that `محمد خميس`, whose
//!   skeleton is the same, is someone else.
//! * Other unknown names are identified by the skeleton of the whole name.
//!
//! Keys of unknown entities are the type and the skeleton of the canonical
//! name (`per:~فلب ماس`; `per:~محمد الخامس` for a regnal name), so they
//! too agree across documents.

use super::keys::skeleton;
use super::lexicon::{lexicon, phrase_key};
use super::Candidate;
use crate::hashing::FastMap;
use crate::text::{fold, fold_char, Tokens};
use crate::{Entity, EntityType, Mention};

pub(super) fn entities(tokens: &Tokens, candidates: Vec<Candidate>) -> Vec<Entity> {
    let lexicon = lexicon();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_identity: FastMap<Identity, usize> = FastMap::default();
    let mut entry_families = FastMap::default();
    let mut ids = Identities::default();
    // A mention's group depends only on its kind, entry and folded form,
    // and news repeats its names: the forms and their identities (skeletons
    // and keys) are built once per form.
    let mut word_sequences = WordSequences::new(tokens);
    // Known entities and full names first, so that short forms find them;
    // then in the order of the text, which is the candidates' order. Both
    // counts fit in 31 bits (texts are at most 2 GiB), so one integer holds
    // the whole key, and since each key is unique an unstable sort is exact.
    let order_key = |k: usize, c: &Candidate| {
        let shorter = (u32::MAX >> 1) as u64 - (c.end - c.first) as u64;
        (c.entry.is_none() as u64) << 63 | shorter << 32 | k as u64
    };
    // The forms, numbered in the order of the text, where reading the
    // tokens costs least. All the mentions of one form share its length
    // and entry, so the first in the text comes first in that order too.
    let mut form_numbers: FastMap<FormKey, u32> = FastMap::default();
    let mut forms: Vec<(FormKey, usize)> = Vec::new();
    let form_of_candidate: Vec<u32> = candidates
        .iter()
        .enumerate()
        .map(|(k, candidate)| {
            let form = FormKey::of(tokens, candidate, &mut word_sequences);
            *form_numbers.entry(form).or_insert_with(|| {
                forms.push((form, k));
                forms.len() as u32 - 1
            })
        })
        .collect();
    let mut order: Vec<u64> = forms
        .iter()
        .map(|&(_, k)| order_key(k, &candidates[k]))
        .collect();
    order.sort_unstable();
    let mut group_of_form = vec![0; forms.len()];
    // The fuller name's group a lone first name may stand for, by form.
    let mut family_of_form: Vec<Option<usize>> = vec![None; forms.len()];
    for k in order.into_iter().map(|key| key as u32 as usize) {
        let candidate = &candidates[k];
        let (form, _) = forms[form_of_candidate[k] as usize];
        let folded = mention_form(tokens, candidate, form.dropped);
        identities(candidate, &folded, &mut entry_families, &mut ids);
        let found = ids
            .met_by
            .iter()
            .find_map(|id| by_identity.get(id).copied());
        let group = found.unwrap_or_else(|| {
            groups.push(Group {
                kind: candidate.kind,
                entry: candidate.entry,
                role: None,
                mentions: Vec::new(),
            });
            groups.len() - 1
        });
        // Fuller names come first in this order, so the family's is known.
        family_of_form[form_of_candidate[k] as usize] =
            family_of_lone_first_name(candidate, &folded, &mut ids.text)
                .and_then(|id| by_identity.get(&id).copied())
                .filter(|&family| family != group);
        for &id in ids.met_by.iter().chain(&ids.shorter) {
            by_identity.entry(id).or_insert(group);
        }
        group_of_form[form_of_candidate[k] as usize] = group;
    }
    // Each mention of a lone first name stands for the fuller name when
    // that person was named shortly before it, in full or so shortened.
    let mut last_named: Vec<Option<usize>> = vec![None; groups.len()];
    let group_of_candidate: Vec<usize> = candidates
        .iter()
        .zip(&form_of_candidate)
        .map(|(candidate, &form)| {
            let group = family_of_form[form as usize]
                .filter(|&family| {
                    last_named[family].is_some_and(|start| {
                        candidate.start.saturating_sub(start) <= SHORTENED_NAME_REACH
                    })
                })
                .unwrap_or(group_of_form[form as usize]);
            last_named[group] = Some(candidate.start);
            group
        })
        .collect();
    // Each group's role is that of its first mention in the order above
    // that has one.
    let mut role_of_group: Vec<Option<(u64, usize)>> = vec![None; groups.len()];
    for (k, candidate) in candidates.iter().enumerate() {
        if candidate.role.is_some() {
            let group = group_of_candidate[k];
            let key = order_key(k, candidate);
            let role = &mut role_of_group[group];
            if role.map_or(true, |(first, _)| key < first) {
                *role = Some((key, k));
            }
        }
    }
    for (group, role) in groups.iter_mut().zip(role_of_group) {
        group.role = role.and_then(|(_, k)| candidates[k].role.map(|r| r.text(tokens.text())));
    }
    let mut mention_counts = vec![0; groups.len()];
    for &group in &group_of_candidate {
        mention_counts[group] += 1;
    }
    for (group, count) in groups.iter_mut().zip(mention_counts) {
        group.mentions.reserve_exact(count);
    }
    // In the order of the text, so that each group's mentions come sorted.
    for (candidate, group) in candidates.iter().zip(group_of_candidate) {
        let end = tokens.end(candidate.end - 1);
        groups[group].mentions.push(Mention {
            text: tokens.text()[candidate.start..end].to_string(),
            start: candidate.start,
            end,
        });
    }
    // A lone first name's own group is empty where each of its mentions
    // stands for a fuller name.
    let mut entities: Vec<Entity> = groups
        .into_iter()
        .filter(|group| !group.mentions.is_empty())
        .map(|mut group| {
            // Candidates come sorted by their first token, which two may
            // share (a first name taken into the name after it).
            group.mentions.sort_by_key(|m| m.start);
            let (canonical, key, role) = match group.entry {
                Some(entry) => {
                    let entry = &lexicon.entries[entry];
                    (
                        entry.canonical.clone(),
                        entry.key.clone(),
                        group.role.or_else(|| entry.role.clone()),
                    )
                }
                None => {
                    let canonical = fullest(&group.mentions);
                    let folded = fold(&canonical);
                    let regnal = (group.kind == EntityType::Person)
                        .then(|| regnal_name(&folded.split(' ').collect::<Vec<_>>()))
                        .flatten();
                    let name = regnal.unwrap_or_else(|| skeleton(&folded));
                    let key = format!("{}:~{name}", type_prefix(group.kind));
                    (canonical, key, group.role)
                }
            };
            Entity {
                kind: group.kind,
                canonical,
                key,
                role,
                mentions: group.mentions,
            }
        })
        .collect();
    // Sorting the starts, not the entities, moves each entity once.
    entities.sort_by_cached_key(|e| e.mentions[0].start);
    entities
}

struct Group {
    kind: EntityType,
    entry: Option<usize>,
    role: Option<String>,
    mentions: Vec<Mention>,
}

/// What a mention's folded form (see [`mention_form`]) is made of, read
/// off its tokens: comparing these, rather than the form itself, spares
/// building and hashing a string for each of a name's many mentions.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct FormKey {
    kind: EntityType,
    entry: Option<usize>,
    /// The folded letters of the proclitics the mention starts after.
    dropped: usize,
    /// The mention's tokens, numbered by [`WordSequences`].
    words: u32,
}

/// Numbers the sequences of word types that mentions are made of, each
/// type with whether its token is glued to the one before: a sequence is
/// numbered by the number of the sequence one word shorter and its last
/// word, so that a mention's number costs a small look-up per word and
/// no list is built for it.
struct WordSequences {
    /// By word type, the number of the sequence of that word alone, 0
    /// until one is met: most mentions are one word, and an array
    /// numbers it without hashing.
    alone: Vec<u32>,
    /// By the number of a sequence and the word that follows it, the
    /// number of the longer sequence.
    longer: FastMap<(u32, u32, bool), u32>,
    count: u32,
}

impl WordSequences {
    fn new(tokens: &Tokens) -> WordSequences {
        WordSequences {
            alone: vec![0; tokens.word_type_count()],
            longer: FastMap::default(),
            count: 0,
        }
    }

    /// The number of the sequence of tokens `first..end`, one at least.
    fn number(&mut self, tokens: &Tokens, first: usize, end: usize) -> u32 {
        let types = tokens.word_types();
        let count = &mut self.count;
        let mut new_number = || {
            *count += 1;
            *count
        };
        let alone = &mut self.alone[types[first] as usize];
        if *alone == 0 {
            *alone = new_number();
        }
        let mut sequence = *alone;
        for (i, &word_type) in (first + 1..end).zip(&types[first + 1..end]) {
            let word = (sequence, word_type, tokens.glued_to_previous(i));
            sequence = *self.longer.entry(word).or_insert_with(&mut new_number);
        }
        sequence
    }
}

impl FormKey {
    fn of(tokens: &Tokens, candidate: &Candidate, sequences: &mut WordSequences) -> FormKey {
        let first = candidate.first;
        // Folding maps each letter to one or none.
        let dropped = tokens.text()[tokens.start(first)..candidate.start]
            .chars()
            .filter(|&c| fold_char(c).is_some())
            .count();
        FormKey {
            kind: candidate.kind,
            entry: candidate.entry,
            dropped,
            words: sequences.number(tokens, first, candidate.end),
        }
    }
}

/// The folded form of a mention without its proclitics: its first
/// token's folded form without its first `dropped` letters, those of the
/// proclitics the mention starts after, then the rest.
fn mention_form(tokens: &Tokens, candidate: &Candidate, dropped: usize) -> String {
    let first = candidate.first;
    let folded = tokens.folded(first);
    let from = folded
        .char_indices()
        .nth(dropped)
        .map_or(folded.len(), |(at, _)| at);
    let mut form = folded[from..].to_string();
    let rest = phrase_key(tokens, first + 1..candidate.end);
    if !rest.is_empty() {
        form.push(' ');
        form.push_str(&rest);
    }
    form
}

/// The identities under which a mention meets others of the same entity
/// (`met_by`), and those under which only shorter mentions find it
/// (`shorter`).
#[derive(Default)]
struct Identities {
    met_by: Vec<Identity>,
    shorter: Vec<Identity>,
    /// The buffer each identity's text is written in.
    text: IdentityText,
}

/// An identity (`per:محمد غبر`, `per-family:غبر`), by a 64-bit hash of
/// its text: each mention's were formatted, allocated and hashed as
/// strings, a fifth of merging in varied news. Two texts share a hash
/// about once in 10^19 comparisons; the ids of a document are thousands.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Identity(u64);

/// A buffer in which an identity's text is put together from its parts
/// and hashed: parts, not the text, vary in where they split it, so the
/// hash is of the text whole.
#[derive(Default)]
struct IdentityText(String);

impl IdentityText {
    fn id(&mut self, parts: &[&str]) -> Identity {
        self.id_written(|text| parts.iter().for_each(|part| text.push_str(part)))
    }

    /// The identity of the text `write` puts in the buffer.
    fn id_written(&mut self, write: impl FnOnce(&mut String)) -> Identity {
        self.0.clear();
        write(&mut self.0);
        Identity(crate::hashing::finish(crate::hashing::mix_bytes(
            0,
            self.0.as_bytes(),
        )))
    }
}

/// A mention's [`Identities`], written into `ids`: its gazetteer key; for a person, the
/// skeleton of the family name, which a lone family name meets; a fuller
/// name with a first name the lexicon knows meets others by that first
/// name and the family name, so that two people of one family (محمد بن
/// سلمان، عبد العزيز بن سلمان) stay two. A first name alone meets only
/// itself. Other names meet by the skeleton of the whole name. A
/// gazetteer entry meets others by its key, and only lends the rest to
/// names the gazetteers do not know. `entry_families` keeps the family
/// identity each gazetteer person met lends, if it lends one: the
/// skeleton of its family name, or the word itself where that skeleton is
/// too short; none from a house's name.
fn identities(
    candidate: &Candidate,
    folded: &str,
    entry_families: &mut FastMap<usize, Option<Identity>>,
    ids: &mut Identities,
) {
    let lexicon = lexicon();
    ids.met_by.clear();
    ids.shorter.clear();
    let text = &mut ids.text;
    if let Some(entry) = candidate.entry {
        ids.met_by.push(text.id(&[&lexicon.entries[entry].key]));
    }
    let lineage = (candidate.kind == EntityType::Person)
        .then(|| lineage(folded))
        .flatten();
    match (candidate.kind, lineage) {
        // A name that runs past the father's shares its last word with
        // many when it is a house's (حمدان بن محمد بن راشد آل مكتوم، حشر بن
        // مكتوم آل مكتوم): it meets others by the person, the father and
        // that word, and lends the word alone only when it is no house's
        // (علي بن موسى الرضا, then الرضا).
        (EntityType::Person, Some(lineage)) => {
            let last_word = folded.rsplit(' ').next().unwrap_or(folded);
            let last = name_word_identity(last_word);
            ids.met_by
                .push(text.id(&["per-lineage:", &skeleton(lineage), " ", &last]));
            if !is_house_name(folded)
                && (candidate.entry.is_none() || lends_family_skeleton(&skeleton(last_word)))
            {
                ids.shorter.push(text.id(&["per-family:", &last]));
            }
        }
        (EntityType::Person, None) => {
            let words: Vec<&str> = folded.split(' ').collect();
            let family = family_name(&words);
            let family_skeleton = skeleton(&family);
            let family_word = name_word_identity(&family);
            // A known person lends a family name of one or two consonants
            // only as written (see [`lends_family_skeleton`]).
            // The family name as written, for a lone first name to meet
            // (see [`family_of_lone_first_name`]).
            if words.len() > 1 {
                ids.shorter.push(text.id(&["per-family-name:", &family]));
            }
            let lends_family = candidate.entry.is_none() || lends_family_skeleton(&family_skeleton);
            let family_id = text.id(&["per-family:", &family_word]);
            let regnal = regnal_name(&words);
            match known_first_name(&words) {
                // محمد الخامس: an ordinal is no family name, and its skeleton
                // is also خميس's; the name meets the same ordinal after the
                // same name only.
                _ if regnal.is_some() => ids
                    .met_by
                    .extend(regnal.map(|name| text.id(&["per-regnal:", &name]))),
                // A first name alone (محمد، عبد الله) is nobody's family name.
                _ if lexicon.is_listed_first_name(folded) => ids
                    .met_by
                    .push(text.id(&["per-first:", &name_word_identity(folded)])),
                Some(first) => {
                    let rest = &words[first.split(' ').count()..];
                    let first = skeleton(&first);
                    ids.met_by
                        .push(text.id(&["per:", &first, " ", &family_word]));
                    ids.met_by.push(without_article_id(text, &first, rest));
                    if lends_family {
                        ids.shorter.push(family_id);
                    }
                }
                // A family name of one or two consonants (مون، لي، بوش)
                // is too many people's: two full names meet only whole.
                None if words.len() > 1 && family_skeleton.chars().count() < 3 => {
                    ids.met_by.push(text.id(&["per:", &skeleton(folded)]));
                    if lends_family {
                        ids.shorter.push(family_id);
                    }
                }
                // Two full names that share a family name but not a first
                // name are two people (فيجاي غيباري، كرم جابر: both غبر), for
                // a text may be many stories; a lone family name still
                // meets either. The first word is read also without a
                // conjunction or a preposition the mention kept (ومحمد
                // عبدالواحد), and a name opened by a kinship word (بن لادن،
                // أبو الغيط) is a shortened one, met by its family name.
                None if words.len() > 1
                    && !std::iter::once(words[0])
                        .chain(without_proclitic(words[0]))
                        .any(|word| KINSHIP_WORDS.contains(&word)) =>
                {
                    let first = words[0];
                    for given in std::iter::once(first).chain(without_proclitic(first)) {
                        let given = name_word_identity(given);
                        ids.met_by
                            .push(text.id(&["per:", &given, " ", &family_word]));
                        ids.met_by
                            .push(without_article_id(text, &given, &words[1..]));
                    }
                    if lends_family {
                        ids.shorter.push(family_id);
                    }
                }
                None => {
                    ids.met_by.push(family_id);
                    if !lends_family_skeleton(&family_skeleton) {
                        ids.met_by.push(text.id(&["per-family-word:", &family]));
                    }
                }
            }
            // رود فان نيستلروي is also فان نيستلروي, محمود أحمدي نجاد also
            // أحمدي نجاد: a name lends its tails that open with a word no
            // first name (محمد حسين is not عبدالرحيم محمد حسين).
            let inner_words = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
            for &word in inner_words {
                if !lexicon.is_listed_first_name(word) {
                    ids.shorter.push(text.id(&[
                        "per:",
                        &name_word_identity(word),
                        " ",
                        &family_word,
                    ]));
                }
            }
            if let Some(entry) = candidate.entry {
                let lent = entry_families.entry(entry).or_insert_with(|| {
                    let canonical = fold(&lexicon.entries[entry].canonical);
                    let words: Vec<&str> = canonical.split(' ').collect();
                    let family = family_name(&words);
                    (!is_house_name(&canonical) && regnal_name(&words).is_none()).then(|| {
                        if lends_family_skeleton(&skeleton(&family)) {
                            text.id(&["per-family:", &name_word_identity(&family)])
                        } else {
                            text.id(&["per-family-word:", &family])
                        }
                    })
                });
                ids.shorter.extend(*lent);
            }
        }
        (kind, _) => ids
            .met_by
            .push(text.id(&[type_prefix(kind), ":~", &skeleton(folded)])),
    }
    // Two entities the gazetteers tell apart stay apart, however alike
    // their names (غزة and الجيزة are both جز; الملك سلمان and محمد بن
    // سلمان share سلمان): an entry meets others by its key alone, and
    // lends its other identities to the names the gazetteers do not know.
    if candidate.entry.is_some() {
        ids.shorter.extend(ids.met_by.drain(1..));
    }
}

/// The identity under which a person's name meets the same name with or
/// without the article on the words after its first name (`أحمد التوفيق`
/// and `أحمد توفيق`, `آية الله الطبسي` and `آية الله طبسي`): the first
/// name's identity and the `rest` of the words without the article, as
/// written, for their long vowels tell names apart (`أحمد الحسين` is not
/// `أحمد حسن`), and all of them (`علي الصالح` is not `علي عبد الله صالح`).
fn without_article_id(text: &mut IdentityText, first: &str, rest: &[&str]) -> Identity {
    text.id_written(|text| {
        text.push_str("per-bare:");
        text.push_str(first);
        for word in rest {
            text.push(' ');
            text.push_str(word.strip_prefix("ال").unwrap_or(word));
        }
    })
}

/// A folded first word without the conjunction or preposition a mention
/// may keep (`ومحمد`, `لأبي`), if a word of three letters or more is left.
fn without_proclitic(word: &str) -> Option<&str> {
    word.strip_prefix(['و', 'ل'])
        .filter(|rest| rest.chars().nth(2).is_some())
}

/// Folded words of kinship that open a name shortened to a father's or a
/// son's name (`بن لادن`, `أبو الغيط`, `أم كلثوم`).
const KINSHIP_WORDS: [&str; 7] = ["بن", "ابن", "ابو", "ابي", "ابا", "ام", "بو"];

/// How far, in bytes, a lone first name looks back for the person it
/// stands for, named last in full or so shortened: a few paragraphs of a
/// news story (about 350 words), for the texts read may be many stories
/// one after another.
const SHORTENED_NAME_REACH: usize = 4000;

/// The family identity a lone word the gazetteers list as a first name
/// would meet when it stands for a family name, the family name as
/// written (a skeleton is too many names': سعود and السعدي): `شكري` after
/// `سامح شكري`, `صلاح` after `محمد صلاح`. A first name alone meets only itself (see
/// [`identities`]), for it is as often someone else's; each of its
/// mentions joins a fuller name only when that person was named shortly
/// before it ([`SHORTENED_NAME_REACH`]), as a news story names a person in
/// full before it shortens them.
fn family_of_lone_first_name(
    candidate: &Candidate,
    folded: &str,
    text: &mut IdentityText,
) -> Option<Identity> {
    // With the article (الأمين، الحسن) a lone word is as often a noun or
    // a title the tagger took for a name (الأمين العام); the commonest
    // first names (محمد، علي، حسن) are as often someone named by them alone.
    if candidate.kind != EntityType::Person
        || candidate.entry.is_some()
        || folded.contains(' ')
        || folded.starts_with("ال")
        || !lexicon().is_listed_first_name(folded)
        || super::features::word_frequencies().is_common(folded)
    {
        return None;
    }
    Some(text.id(&["per-family-name:", folded]))
}

/// Whether a known person's family name is long enough to lend its
/// skeleton to the lone family names of the text: one of one or two
/// consonants (بر of نبيه بري) is also باريرا's and برأيه's, and بري alone
/// is as often هجوم بري, so it is lent only as the word itself (بري, then
/// his).
fn lends_family_skeleton(skeleton: &str) -> bool {
    skeleton.chars().count() >= 3
}

/// The person and father a folded name opens with (حمدان بن محمد, and
/// two words for a father's name that needs them: محمد بن عبد الرحمن),
/// when the name runs on past the father's (بن راشد آل مكتوم).
fn lineage(folded: &str) -> Option<&str> {
    let mut words = folded
        .split(' ')
        .skip(1)
        .skip_while(|word| !matches!(*word, "بن" | "ابن" | "بنت"));
    words.next()?;
    if matches!(words.next()?, "عبد" | "ابو" | "ابي" | "بو") {
        words.next()?;
    }
    // Words are slices of `folded`: the father's name ends a space before
    // the next word starts.
    let rest = words.next()?;
    Some(&folded[..rest.as_ptr() as usize - folded.as_ptr() as usize - 1])
}

/// Whether a folded name ends with a house's (آل مكتوم، آل ثاني).
fn is_house_name(folded: &str) -> bool {
    folded.contains(" ال ")
}

/// The family name a person's folded name ends with: its last word, or
/// its last two where the last is only the second half of a compound (نصر
/// الله، محيي الدين) or the one before opens one (أبو الغيط، عبد الله، and
/// بو as the Levant and the Maghreb write أبو: بو حبيب، بو صعب).
fn family_name(words: &[&str]) -> String {
    match words {
        [.., before, last]
            if matches!(*last, "الله" | "الدين")
                || matches!(*before, "عبد" | "ابو" | "ابي" | "بو") =>
        {
            format!("{before} {last}")
        }
        [.., last] => last.to_string(),
        [] => String::new(),
    }
}

/// How a word of a person's name, or a family name of two, meets the
/// same in other names: by its skeleton, which joins the spellings of a
/// transliterated name (بيزشكيان، بزشكيان), or as written when it opens
/// with the article. Arab names with the article have one spelling and
/// are told apart by their long vowels (الحسن، الحسين، الحسيني), and the
/// article itself tells a family's name from a first name (the tail الأحمد
/// الصباح of مشعل الأحمد الجابر الصباح is not أحمد … الصباح).
fn name_word_identity(folded: &str) -> String {
    if folded.starts_with("ال") {
        folded.to_string()
    } else {
        skeleton(folded)
    }
}

/// The identity of a person's folded name that ends with a regnal
/// ordinal (محمد الخامس، ألفونسو الثالث عشر): the skeleton of the name
/// before it, as one word (عبدالله الثاني is عبد الله الثاني), then the
/// ordinal whole.
fn regnal_name(words: &[&str]) -> Option<String> {
    const ORDINALS: [&str; 11] = [
        "الاول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
        "الحادي",
    ];
    let ordinal_words = match words {
        [.., before, "عشر"] if ORDINALS.contains(before) => 2,
        [.., last] if ORDINALS.contains(last) => 1,
        _ => return None,
    };
    let (name, ordinal) = words.split_at(words.len() - ordinal_words);
    let name = skeleton(&family_name(name)).replace(' ', "");
    (!name.is_empty()).then(|| format!("{name} {}", ordinal.join(" ")))
}

/// The first name a person's folded name opens with, one word or two
/// (عبد الرحمن), when the lexicon lists it and a family name follows.
fn known_first_name(words: &[&str]) -> Option<String> {
    let lexicon = lexicon();
    (1..=2)
        .filter(|&n| n < words.len())
        .map(|n| words[..n].join(" "))
        .find(|first| lexicon.is_listed_first_name(first))
}

/// The mention with the most words, the most frequent among those.
fn fullest(mentions: &[Mention]) -> String {
    // Most names the gazetteers do not know are named once: counting
    // their one mention would cost a table.
    if let [only] = mentions {
        return only.text.clone();
    }
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for mention in mentions {
        *counts.entry(mention.text.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(text, count)| {
            (
                text.split_whitespace().count(),
                count,
                std::cmp::Reverse(text),
            )
        })
        .map(|(text, _)| text.to_string())
        .unwrap_or_default()
}

fn type_prefix(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "per",
        EntityType::Location => "loc",
        EntityType::Organization => "org",
        EntityType::Misc => "misc",
    }
}
