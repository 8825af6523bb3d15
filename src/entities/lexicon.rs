//! The gazetteers compiled into khabar (`data/gazetteer/*.tsv`), indexed by
//! folded phrase: known places, organisations and people with their stable
//! keys, nationality adjectives, person-name parts and titles.
//!
//! Every phrase is tokenised and folded by [`crate::text`], exactly as
//! documents are, so a lookup is a hash of the folded tokens joined by one
//! space (no space where the text glues two tokens, as in `إس-400`).

use crate::hashing::{FastMap, FastSet};
use crate::lexicon::rows;
use std::sync::OnceLock;

use crate::text::{proclitic_splits, TokenBuffers, Tokens, NISBA_ENDINGS, PROCLITIC_LETTERS};
use crate::word_table::WordTable;
use crate::EntityType;

const CURATED: &str = include_str!("../../data/gazetteer/curated.tsv");
const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.tsv");
const CITIES: &str = include_str!("../../data/gazetteer/cities.tsv");
const NATIONALITIES: &str = include_str!("../../data/gazetteer/nationalities.tsv");
const ANERCORP_ORGS: &str = include_str!("../../data/gazetteer/anercorp_orgs.tsv");
const ANERCORP_NAMES: &str = include_str!("../../data/gazetteer/anercorp_names.tsv");
const FIRST_NAMES: &str = include_str!("../../data/gazetteer/first_names.tsv");
const TITLES: &str = include_str!("../../data/gazetteer/titles.tsv");

/// Generic head words of organisation names, folded.
const DESCRIPTORS: [&str; 9] = [
    "وكاله انباء",
    "وكاله",
    "صحيفه",
    "قناه",
    "مجموعه",
    "حركه",
    "تنظيم",
    "منظمه",
    "جماعه",
];

/// Where an entry comes from, which says how far to trust a bare match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Hand-checked: matches are reported as they are.
    Curated,
    Country,
    City,
    /// Mined from ANERcorp: noisier, reported only with the tagger's support.
    Corpus,
}

/// One known entity.
#[derive(Debug)]
pub struct Entry {
    pub key: String,
    pub kind: EntityType,
    pub canonical: String,
    pub role: Option<String>,
    pub source: Source,
    /// For names that are also common words (مسقط, as in مسقط رأسه
    /// "birthplace"; النصر "victory"): what context makes them names.
    /// Such a name counts only there, and the tagger's features never see
    /// it.
    pub context: Option<NameContext>,
}

impl Entry {
    /// Whether the entry is a city, listed or hand-checked: its key is
    /// GeoNames' (`loc:g` and a number, `loc:g281133` for غزة; not
    /// `loc:golan`). Many cities' names are people's too.
    pub fn is_city(&self) -> bool {
        self.key
            .strip_prefix("loc:g")
            .is_some_and(|id| id.starts_with(|c: char| c.is_ascii_digit()))
    }
}

impl Entry {
    /// Whether the name is one only where its context says so: the
    /// curated rows with a sixth column.
    pub fn needs_context(&self) -> bool {
        self.context.is_some()
    }
}

/// Where a name that is also a common word is a name: a curated row's
/// sixth and seventh columns.
#[derive(Debug)]
pub struct NameContext {
    /// The folded beginnings of the words it never comes before as a name
    /// (رأس after مسقط).
    pub not_before: Vec<String>,
    pub kind: ContextKind,
}

/// What a name that is also a common word names, which says what context
/// makes it one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextKind {
    /// A place: a dateline, after في، إلى، من، العاصمة …
    Place,
    /// A sports club: after نادي، فريق، لاعب، فوز، أمام …, or before a
    /// score.
    Club,
}

/// Whether a name part usually opens or closes a person's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamePart {
    First,
    Family,
}

/// A gazetteer phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub entry: usize,
    /// Token range of the phrase.
    pub first: usize,
    pub end: usize,
    /// How many folded letters of the first token are proclitics (و ف ب ك ل)
    /// that the mention leaves out; the article ال stays in.
    pub clitic_letters: usize,
}

/// What a phrase's first words lead to (see [`Lexicon::phrase_steps`]).
#[derive(Clone, Copy, Default)]
struct PhraseStep {
    /// The entry of the phrase they are, if they are one.
    entry: Option<usize>,
    /// Whether longer phrases start with them.
    goes_on: bool,
}

pub struct Lexicon {
    pub entries: Vec<Entry>,
    phrases: FastMap<String, usize>,
    /// Every phrase and every proper prefix of one, by whole tokens: one
    /// look-up per word read tells a match both whether it has found a
    /// phrase and whether one can go on.
    phrase_steps: FastMap<String, PhraseStep>,
    /// The words phrases start with and titles end with (each with and
    /// without the article) and first names, marked with [`WordMarks`]
    /// bits: one cheap test, one look-up per reading, rejects almost every
    /// word before any string is built.
    word_marks: WordTable,
    max_phrase_tokens: usize,
    nisbas: FastMap<String, usize>,
    nisba_last_letters: FastSet<char>,
    /// The dictionary form of each place's nationality adjective: the first
    /// one listed that ends in ي (أمريكي rather than أمريكان).
    nisba_names: FastMap<usize, String>,
    name_parts: FastMap<String, NamePart>,
    first_names: FastMap<String, ()>,
    titles: FastMap<String, ()>,
    /// What follows the first word of each title of more than one: the
    /// words after a possible first one must be one of these, which one
    /// lookup tells before the first word's readings are worked out.
    title_tails: FastSet<String>,
    max_title_tokens: usize,
    /// The entries of [`COUNTRY_HOMOGRAPHS`]: country, city, city's country.
    country_homographs: Vec<(usize, usize, usize)>,
    /// The ISO 3166 code of each city's country, by entry.
    city_countries: FastMap<usize, &'static str>,
    /// The club named after each city that has one, by entry: the city
    /// keeps the name, and the club is read where only a club would stand.
    city_clubs: FastMap<usize, usize>,
}

/// Countries whose name is written like a city's in another country, with
/// that city and its country, by key: عمان is Oman, and Amman, Jordan's
/// capital.
const COUNTRY_HOMOGRAPHS: [(&str, &str, &str); 1] = [("loc:OM", "loc:g250441", "loc:JO")];

/// The countries of curated cities that `cities.tsv` leaves out, by key:
/// مسقط is one only in a place's context (not in مسقط رأسه), so GeoNames'
/// row is not taken.
const CURATED_CITY_COUNTRIES: [(&str, &str); 1] = [("loc:g287286", "OM")];

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// The lookup form of a phrase: its folded tokens, joined by one space
/// unless glued in the text.
pub fn phrase_key(tokens: &Tokens, range: std::ops::Range<usize>) -> String {
    let mut key = String::new();
    push_phrase_key(&mut key, tokens, range);
    key
}

/// Appends [`phrase_key`] to `out`.
fn push_phrase_key(out: &mut String, tokens: &Tokens, range: std::ops::Range<usize>) {
    let from = out.len();
    for i in range {
        if out.len() > from && !tokens.glued_to_previous(i) {
            out.push(' ');
        }
        out.push_str(tokens.folded(i));
    }
}

/// The lookup form of `phrase` and its number of tokens, tokenised in
/// `buffers`.
fn fold_phrase(phrase: &str, buffers: &mut TokenBuffers) -> (String, usize) {
    buffers.tokenise(phrase, |tokens| {
        // Folded, a phrase is about as long: one allocation, where growing
        // the key took several for each of the gazetteers' thousands of names.
        let mut key = String::with_capacity(phrase.len());
        push_phrase_key(&mut key, tokens, 0..tokens.len());
        (key, tokens.len())
    })
}

fn entity_type(name: &str) -> EntityType {
    match name {
        "person" => EntityType::Person,
        "location" => EntityType::Location,
        "organization" => EntityType::Organization,
        _ => EntityType::Misc,
    }
}

/// What the readings of a word without proclitics could be: the cheap
/// tests before a phrase, a title, a first name or a nationality adjective
/// is looked for.
#[derive(Clone, Copy)]
pub struct WordMarks(u8);

impl WordMarks {
    const PHRASE_FIRST: u8 = 1;
    const TITLE_LAST: u8 = 2;
    const FIRST_NAME: u8 = 4;
    const NISBA: u8 = 8;
    const TITLE_FIRST: u8 = 16;
    const TITLE_TAIL_FIRST: u8 = 32;

    /// The first word of a gazetteer phrase, before
    /// [`Lexicon::phrase_start`] builds any string.
    pub fn may_start_phrase(self) -> bool {
        self.0 & Self::PHRASE_FIRST != 0
    }

    /// The last word of a title, before
    /// [`Lexicon::title_ending_at_possible_end`].
    pub fn may_end_title(self) -> bool {
        self.0 & Self::TITLE_LAST != 0
    }

    /// A first name, before [`Lexicon::is_common_first_name`] reads its
    /// proclitics.
    pub fn may_be_first_name(self) -> bool {
        self.0 & Self::FIRST_NAME != 0
    }

    /// A nationality adjective, inflected, before [`Lexicon::nisba`] reads
    /// its proclitics and endings.
    pub fn may_be_nisba(self) -> bool {
        self.0 & Self::NISBA != 0
    }

    /// The first word of a title, under some reading of its proclitics.
    pub fn may_open_title(self) -> bool {
        self.0 & Self::TITLE_FIRST != 0
    }

    /// The second word of a title of more than one, as written.
    pub fn may_open_title_tail(self) -> bool {
        self.0 & Self::TITLE_TAIL_FIRST != 0
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lexicon = Lexicon {
            entries: Vec::new(),
            phrases: FastMap::default(),
            phrase_steps: FastMap::default(),
            word_marks: WordTable::default(),
            max_phrase_tokens: 1,
            nisbas: FastMap::default(),
            nisba_last_letters: "هنت".chars().collect(),
            nisba_names: FastMap::default(),
            name_parts: FastMap::default(),
            first_names: FastMap::default(),
            titles: FastMap::default(),
            title_tails: FastSet::default(),
            max_title_tokens: 1,
            country_homographs: Vec::new(),
            city_countries: FastMap::default(),
            city_clubs: FastMap::default(),
        };
        let mut by_key: FastMap<String, usize> = FastMap::default();
        let buffers = &mut TokenBuffers::default();
        // Curated rows come first so that their canonical names and their
        // reading of an ambiguous phrase win over generated data.
        for row in rows(CURATED) {
            let role = row.get(4).filter(|r| !r.is_empty()).map(|r| r.to_string());
            let names = std::iter::once(row[2]).chain(row[3].split('|'));
            let kind = entity_type(row[1]);
            let not_before = row.get(5).copied().unwrap_or_default();
            let context_kind = match row.get(6) {
                Some(&"club") => ContextKind::Club,
                Some(other) => panic!("curated.tsv: unknown context {other:?}"),
                None if not_before.is_empty() => {
                    lexicon.add(
                        &mut by_key,
                        row[0],
                        kind,
                        row[2],
                        role,
                        Source::Curated,
                        names,
                        buffers,
                    );
                    continue;
                }
                None => ContextKind::Place,
            };
            let context = NameContext {
                not_before: not_before
                    .split('|')
                    .filter(|word| !word.is_empty())
                    .map(crate::text::fold)
                    .collect(),
                kind: context_kind,
            };
            // The names that need a context are an entry of their own, so
            // that the entity's other names (الهلال السعودي) do not; it
            // shares the entity's key, and the canonical name and role of an
            // earlier row of that key.
            let (canonical, role) = match by_key.get(row[0]) {
                Some(&known) => {
                    let known = &lexicon.entries[known];
                    (known.canonical.clone(), known.role.clone())
                }
                None => (row[2].to_string(), role),
            };
            lexicon.entries.push(Entry {
                key: row[0].to_string(),
                kind,
                canonical,
                role,
                source: Source::Curated,
                context: Some(context),
            });
            lexicon.add_names(lexicon.entries.len() - 1, names, buffers);
        }
        for row in rows(COUNTRIES) {
            let names =
                std::iter::once(row[1]).chain(row.get(2).into_iter().flat_map(|a| a.split('|')));
            lexicon.add(
                &mut by_key,
                row[0],
                EntityType::Location,
                row[1],
                None,
                Source::Country,
                names,
                buffers,
            );
        }
        for row in rows(CITIES) {
            let names = std::iter::once(row[1]).chain(row[2].split('|'));
            lexicon.add(
                &mut by_key,
                row[0],
                EntityType::Location,
                row[1],
                None,
                Source::City,
                names,
                buffers,
            );
            if let Some(&entry) = by_key.get(row[0]) {
                lexicon.city_countries.insert(entry, row[3]);
            }
        }
        // Names that need a context are entries of their own, outside `by_key`.
        for (key, country) in CURATED_CITY_COUNTRIES {
            for entry in (0..lexicon.entries.len()).filter(|&e| lexicon.entries[e].key == key) {
                lexicon.city_countries.insert(entry, country);
            }
        }
        for row in rows(ANERCORP_ORGS) {
            let key = format!("org:~{}", super::keys::skeleton(&crate::text::fold(row[0])));
            lexicon.add(
                &mut by_key,
                &key,
                EntityType::Organization,
                row[0],
                None,
                Source::Corpus,
                [row[0]],
                buffers,
            );
        }
        lexicon.country_homographs = COUNTRY_HOMOGRAPHS
            .iter()
            .filter_map(|(country, city, city_country)| {
                let entry = |key: &str| by_key.get(key).copied();
                Some((entry(country)?, entry(city)?, entry(city_country)?))
            })
            .collect();
        lexicon.drop_descriptors();
        lexicon.index_phrases();
        for row in rows(NATIONALITIES) {
            if let Some(&place) = by_key.get(row[1]) {
                let nisba = fold_phrase(row[0], buffers).0;
                lexicon.nisba_last_letters.extend(nisba.chars().last());
                let mut form = nisba.clone();
                for ending in NISBA_ENDINGS {
                    form.truncate(nisba.len());
                    form.push_str(ending);
                    mark(&mut lexicon.word_marks, &form, WordMarks::NISBA);
                }
                lexicon.nisbas.entry(nisba).or_insert(place);
                let name = lexicon.nisba_names.entry(place).or_default();
                if name.is_empty() || (!name.ends_with('ي') && row[0].ends_with('ي')) {
                    *name = row[0].to_string();
                }
            }
        }
        for row in rows(ANERCORP_NAMES) {
            let part = if row[1] == "first" {
                NamePart::First
            } else {
                NamePart::Family
            };
            lexicon
                .name_parts
                .entry(fold_phrase(row[0], buffers).0)
                .or_insert(part);
        }
        for row in rows(FIRST_NAMES) {
            let name = fold_phrase(row[0], buffers).0;
            mark(&mut lexicon.word_marks, &name, WordMarks::FIRST_NAME);
            lexicon.first_names.insert(name, ());
        }
        for row in rows(TITLES) {
            let (key, len) = fold_phrase(row[0], buffers);
            lexicon.max_title_tokens = lexicon.max_title_tokens.max(len);
            let last = key.rsplit(' ').next().unwrap_or(&key);
            for word in with_and_without_article(last) {
                mark(&mut lexicon.word_marks, word, WordMarks::TITLE_LAST);
            }
            let first = key.split(' ').next().unwrap_or(&key);
            for word in with_and_without_article(first) {
                mark(&mut lexicon.word_marks, word, WordMarks::TITLE_FIRST);
            }
            if let Some((_, tail)) = key.split_once(' ') {
                let second = tail.split(' ').next().unwrap_or(tail);
                mark(&mut lexicon.word_marks, second, WordMarks::TITLE_TAIL_FIRST);
                lexicon.title_tails.insert(tail.to_string());
            }
            lexicon.titles.insert(key, ());
        }
        lexicon
    }

    #[allow(clippy::too_many_arguments)]
    fn add<'a>(
        &mut self,
        by_key: &mut FastMap<String, usize>,
        key: &str,
        kind: EntityType,
        canonical: &str,
        role: Option<String>,
        source: Source,
        names: impl IntoIterator<Item = &'a str>,
        buffers: &mut TokenBuffers,
    ) {
        let entry = *by_key.entry(key.to_string()).or_insert_with(|| {
            self.entries.push(Entry {
                key: key.to_string(),
                kind,
                canonical: canonical.to_string(),
                role,
                source,
                context: None,
            });
            self.entries.len() - 1
        });
        self.add_names(entry, names, buffers);
    }

    /// Makes `names` phrases of `entry`, unless an earlier entry has them;
    /// but a city takes its name from a club named after it (العين), and
    /// the club is kept as the city's.
    fn add_names<'a>(
        &mut self,
        entry: usize,
        names: impl IntoIterator<Item = &'a str>,
        buffers: &mut TokenBuffers,
    ) {
        for name in names.into_iter().filter(|n| !n.is_empty()) {
            let (phrase, len) = fold_phrase(name, buffers);
            self.max_phrase_tokens = self.max_phrase_tokens.max(len);
            let owner = self.phrases.entry(phrase).or_insert(entry);
            let club = &self.entries[*owner].context;
            if self.entries[entry].source == Source::City
                && club.as_ref().is_some_and(|c| c.kind == ContextKind::Club)
            {
                self.city_clubs.insert(entry, *owner);
                *owner = entry;
            }
        }
    }

    /// The club named after a city (العين الإماراتي for العين), by entry.
    pub fn club_named_after(&self, city: usize) -> Option<usize> {
        self.city_clubs.get(&city).copied()
    }

    /// Where an entry is known both with and without a generic head word
    /// (وكالة أنباء تاس / تاس، مجموعة بريكس / بريكس), keeps only the bare
    /// name as a phrase: the head word describes the name, and a mention is
    /// the name alone.
    fn drop_descriptors(&mut self) {
        let described: Vec<String> = self
            .phrases
            .iter()
            .filter(|(phrase, &entry)| {
                DESCRIPTORS.iter().any(|descriptor| {
                    phrase
                        .strip_prefix(descriptor)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|bare| self.phrases.get(bare) == Some(&entry))
                })
            })
            .map(|(phrase, _)| phrase.clone())
            .collect();
        for phrase in described {
            self.phrases.remove(&phrase);
        }
    }

    fn index_phrases(&mut self) {
        // The first words, each with and without the article.
        self.word_marks.reserve(2 * self.phrases.len());
        for phrase in self.phrases.keys() {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            for word in with_and_without_article(first) {
                mark(&mut self.word_marks, word, WordMarks::PHRASE_FIRST);
            }
            // The phrase's first words, one word short of it and fewer.
            for (space, _) in phrase.match_indices(' ') {
                let prefix = phrase[..space].to_string();
                self.phrase_steps.entry(prefix).or_default().goes_on = true;
            }
        }
        for (phrase, &entry) in &self.phrases {
            self.phrase_steps.entry(phrase.clone()).or_default().entry = Some(entry);
        }
    }

    /// The countries named in one word, folded as the gazetteer lists them
    /// (`المغرب`, `لبنان`), with their ISO 3166 codes: what money needs to
    /// tell the dinar of `تونس` from that of `العراق`.
    pub fn one_word_countries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.phrases.iter().filter_map(|(phrase, &entry)| {
            let code = self.entries[entry].key.strip_prefix("loc:")?;
            (code.len() == 2 && !phrase.contains(' ')).then_some((phrase.as_str(), code))
        })
    }

    /// The ISO 3166 code of the country of the place named by `place`, the
    /// tokens of a dateline (`الرباط -`, `الرياض (واس) -`): the country
    /// itself, or a city's country. There a country's homograph is the city
    /// (`عمان -` is Amman, in Jordan).
    pub fn dateline_country(&self, tokens: &Tokens, place: std::ops::Range<usize>) -> Option<&str> {
        let entry = *self.phrases.get(&phrase_key(tokens, place))?;
        let entry = self.homograph_city(entry).map_or(entry, |(city, _)| city);
        self.country_code(entry)
            .or_else(|| self.city_country(entry))
    }

    /// The ISO 3166 code of the country of an entry that is a city.
    pub fn city_country(&self, entry: usize) -> Option<&str> {
        self.city_countries.get(&entry).copied()
    }

    /// The ISO 3166 code of an entry that is a country (`loc:SA`), for
    /// the readers that key what they know of countries by it.
    pub fn country_code(&self, entry: usize) -> Option<&str> {
        self.entries[entry]
            .key
            .strip_prefix("loc:")
            .filter(|code| code.len() == 2)
    }

    /// The ISO 3166 code of the country whose name, of one word or more,
    /// opens at token `i` (`لبنان`, `للمملكة العربية السعودية`), and the
    /// letters of proclitics before it (the article aside), if the
    /// gazetteer's longest phrase there is a country.
    pub fn country_at(&self, tokens: &Tokens, i: usize) -> Option<(&str, usize)> {
        if !self.word_marks(tokens.folded(i)).may_start_phrase() {
            return None;
        }
        let start = self.phrase_start(tokens, i);
        let found = self.match_from(tokens, i, &start, &mut String::new())?;
        Some((self.country_code(found.entry)?, found.clitic_letters))
    }

    /// What some reading of a folded word without proclitics could be.
    pub fn word_marks(&self, folded: &str) -> WordMarks {
        WordMarks(
            clitic_free_suffixes(folded).fold(0, |marks, stem| marks | self.word_marks.get(stem)),
        )
    }

    /// What the word of token `i` is worth as the first of a gazetteer
    /// phrase (see [`PhraseStart`]), given that it passes
    /// [`WordMarks::may_start_phrase`]: callers know that of each word type
    /// already, and find this once per type.
    pub fn phrase_start<'t>(&self, tokens: &'t Tokens, i: usize) -> PhraseStart<'t> {
        let mut form = String::new();
        let readings = first_token_readings(tokens, i)
            .filter_map(|(first, clitic_letters)| {
                form.clear();
                first.push_to(&mut form);
                let step = self.phrase_steps.get(&form).copied().unwrap_or_default();
                let (alone, goes_on) = (step.entry, step.goes_on);
                (alone.is_some() || goes_on).then_some(StartReading {
                    first,
                    clitic_letters,
                    alone,
                    goes_on,
                })
            })
            .collect();
        PhraseStart { readings }
    }

    /// The longest gazetteer phrase starting at token `i`, whose word, read
    /// with or without its proclitics (`للولايات المتحدة`), starts phrases
    /// as `start`, its [`Lexicon::phrase_start`], says. `phrase` is a
    /// buffer for the words read, reused from token to token: this runs at
    /// a sixth of the words.
    pub fn match_from(
        &self,
        tokens: &Tokens,
        i: usize,
        start: &PhraseStart,
        phrase: &mut String,
    ) -> Option<PhraseMatch> {
        let mut best: Option<PhraseMatch> = None;
        let mut offer = |entry, end, clitic_letters| {
            if best.map_or(true, |b: PhraseMatch| end > b.end) {
                best = Some(PhraseMatch {
                    entry,
                    first: i,
                    end,
                    clitic_letters,
                });
            }
        };
        for reading in &start.readings {
            if let Some(entry) = reading.alone {
                offer(entry, i + 1, reading.clitic_letters);
            }
            if !reading.goes_on {
                continue;
            }
            phrase.clear();
            reading.first.push_to(phrase);
            for end in i + 2..=(i + self.max_phrase_tokens).min(tokens.len()) {
                if !tokens.glued_to_previous(end - 1) {
                    phrase.push(' ');
                }
                phrase.push_str(tokens.folded(end - 1));
                let Some(step) = self.phrase_steps.get(phrase.as_str()) else {
                    break;
                };
                if let Some(entry) = step.entry {
                    offer(entry, end, reading.clitic_letters);
                }
                if !step.goes_on {
                    break;
                }
            }
        }
        best
    }

    /// For a country whose name is also a city's elsewhere (عمان), that
    /// city's entry and its country's.
    pub fn homograph_city(&self, country: usize) -> Option<(usize, usize)> {
        self.country_homographs
            .iter()
            .find(|&&(of, ..)| of == country)
            .map(|&(_, city, city_country)| (city, city_country))
    }

    /// The place whose nationality adjective a folded word is (الروسي،
    /// إيرانية، والإيرانيين), if it is one.
    pub fn nisba(&self, folded: &str) -> Option<usize> {
        self.nisba_reading(folded).map(|(place, _)| place)
    }

    /// The place whose nationality adjective a folded word is, with the
    /// number of proclitic letters a mention of it leaves out (as for
    /// names: 1 for `والإيرانية`, none for the article).
    pub fn nisba_reading(&self, folded: &str) -> Option<(usize, usize)> {
        // Every inflected form ends in the last letter of its base or of
        // one of the NISBA_ENDINGS: a cheap test before reading clitics.
        let last = folded.chars().last();
        if !last.is_some_and(|c| self.nisba_last_letters.contains(&c)) {
            return None;
        }
        proclitic_splits(folded).find_map(|split| {
            NISBA_ENDINGS
                .iter()
                .filter_map(|ending| split.stem.strip_suffix(ending))
                .find_map(|base| self.nisbas.get(base).copied())
                .map(|place| (place, split.letters_before_article()))
        })
    }

    /// Whether a folded word, without proclitics or endings, is the base
    /// of a nationality adjective (`يمني`, `سوري`).
    pub fn is_nisba_base(&self, folded: &str) -> bool {
        self.nisbas.contains_key(folded)
    }

    /// The dictionary form (masculine singular) of the nationality
    /// adjective of `place`, an entry that [`Lexicon::nisba`] returned.
    pub fn nisba_name(&self, place: usize) -> &str {
        self.nisba_names.get(&place).map_or("", String::as_str)
    }

    /// Whether token `i`, without proclitics, is a known first or family name.
    pub fn name_part_at(&self, tokens: &Tokens, i: usize) -> Option<NamePart> {
        if !clitic_free_suffixes(tokens.folded(i)).any(|stem| self.name_parts.contains_key(stem)) {
            return None;
        }
        proclitic_splits(tokens.folded(i))
            .filter(|split| !split.article)
            .find_map(|split| self.name_parts.get(split.stem).copied())
    }

    /// Whether a folded word is a name the gazetteers know by itself: a
    /// one-word place, organisation or person, or a name part.
    pub fn knows_word(&self, folded: &str) -> bool {
        self.phrases.contains_key(folded)
            || self.name_parts.contains_key(folded)
            || self.first_names.contains_key(folded)
    }

    /// The organisation named `وكالة` and the folded words `name` (وكالة
    /// الأناضول for الأناضول), if the gazetteers know one: a dateline names
    /// its news agency without the head.
    pub fn agency_named(&self, name: &str) -> Option<usize> {
        self.phrases
            .get(format!("وكاله {name}").as_str())
            .copied()
            .filter(|&entry| self.entries[entry].kind == EntityType::Organization)
    }

    /// Whether folded words are a first name of the hand-written list as
    /// they stand (محمد، عبد الرحمن).
    pub fn is_listed_first_name(&self, folded: &str) -> bool {
        self.first_names.contains_key(folded)
    }

    /// Whether a folded word, without proclitics, is in the hand-written
    /// list of common first names (the one the tagger may see).
    pub fn is_common_first_name(&self, folded: &str) -> bool {
        self.is_common_first_name_given(folded, self.word_marks(folded))
    }

    /// Whether a folded word is a nationality adjective (see
    /// [`Lexicon::nisba`]), for a word whose marks are known.
    pub fn is_nisba_given(&self, folded: &str, marks: WordMarks) -> bool {
        marks.may_be_nisba() && self.nisba(folded).is_some()
    }

    /// [`Lexicon::is_common_first_name`], for a word whose marks are known.
    pub fn is_common_first_name_given(&self, folded: &str, marks: WordMarks) -> bool {
        marks.may_be_first_name()
            && proclitic_splits(folded)
                .any(|split| !split.article && self.first_names.contains_key(split.stem))
    }

    /// The number of tokens of a title (الرئيس، وزير الخارجية) ending at
    /// token `end - 1`, the longest one first, given that the word of that
    /// token passes [`Lexicon::may_end_title`]: callers know that of each
    /// word type already, as they know the [`WordMarks`] of each token,
    /// `marks`.
    pub fn title_ending_at_possible_end(
        &self,
        tokens: &Tokens,
        end: usize,
        marks: impl Fn(usize) -> WordMarks,
    ) -> Option<usize> {
        let mut tail = String::with_capacity(64);
        let mut phrase = String::with_capacity(64);
        (1..=self.max_title_tokens.min(end)).rev().find(|&len| {
            let start = end - len;
            // Folded words hold no space, so a title's first word is the
            // reading of token `start` that opens it, and its second the
            // word of token `start + 1`, unless the next is glued to it:
            // the marks of the two rule out most lengths before a key is
            // built.
            let second_word_is_one_token = len < 3 || !tokens.glued_to_previous(start + 2);
            marks(start).may_open_title()
                && (len == 1 || !second_word_is_one_token || marks(start + 1).may_open_title_tail())
                && self
                    .title_reading(tokens, end, len, &mut tail, &mut phrase)
                    .is_some()
        })
    }

    /// Whether a title of two words or more opens at token `start` (ولي
    /// of ولي العهد), `may_end_title` telling of each token whether it
    /// may end one.
    pub fn opens_long_title(
        &self,
        tokens: &Tokens,
        start: usize,
        may_end_title: impl Fn(usize) -> bool,
    ) -> bool {
        let (mut tail, mut phrase) = (String::new(), String::new());
        (start + 2..=(start + self.max_title_tokens).min(tokens.len())).any(|end| {
            may_end_title(end - 1)
                && self
                    .title_reading(tokens, end, end - start, &mut tail, &mut phrase)
                    .is_some()
        })
    }

    /// How many proclitic letters open the title of `len` tokens that
    /// ends at token `end - 1` (one in ووزير الخارجية), which a role leaves
    /// out as a mention does; 0 if no such title.
    pub fn title_clitic_letters(&self, tokens: &Tokens, end: usize, len: usize) -> usize {
        let (mut tail, mut phrase) = (String::new(), String::new());
        self.title_reading(tokens, end, len, &mut tail, &mut phrase)
            .unwrap_or(0)
    }

    /// The proclitic letters of the reading of token `end - len` that,
    /// with the tokens after it up to `end`, is a title, if one is:
    /// `tail` and `phrase` are buffers.
    fn title_reading(
        &self,
        tokens: &Tokens,
        end: usize,
        len: usize,
        tail: &mut String,
        phrase: &mut String,
    ) -> Option<usize> {
        let start = end - len;
        tail.clear();
        push_phrase_key(tail, tokens, start + 1..end);
        // A first word's readings cost a proclitic reading: most
        // lengths are ruled out by what follows it.
        if !tail.is_empty() && !self.title_tails.contains(tail.as_str()) {
            return None;
        }
        first_token_readings(tokens, start)
            .find(|(first, _)| {
                phrase.clear();
                first.push_to(phrase);
                if !tail.is_empty() {
                    phrase.push(' ');
                    phrase.push_str(tail);
                }
                self.titles.contains_key(phrase.as_str())
            })
            .map(|(_, clitics)| clitics)
    }
}

/// The word and what remains of it after dropping up to four leading
/// letters that proclitics and the article are made of: a superset of the
/// stems [`proclitic_splits`] reads, found without allocating, for quick
/// rejection.
fn clitic_free_suffixes(word: &str) -> impl Iterator<Item = &str> {
    // Every one of these letters is two bytes in UTF-8: they are read two
    // bytes at a time, not decoded, for this runs on every word type.
    let clitic_letters = word
        .as_bytes()
        .chunks_exact(2)
        .take(4)
        .take_while(|&letter| PROCLITIC_LETTER_BYTES.iter().any(|l| l == letter))
        .count();
    // At least one letter is left.
    let most = if word.len() > 2 * clitic_letters {
        clitic_letters
    } else {
        clitic_letters.saturating_sub(1)
    };
    (0..=most).map(move |n| &word[2 * n..])
}

/// The UTF-8 bytes of each of [`PROCLITIC_LETTERS`].
const PROCLITIC_LETTER_BYTES: [[u8; 2]; PROCLITIC_LETTERS.len()] = {
    let mut letters = [[0; 2]; PROCLITIC_LETTERS.len()];
    let mut at = 0;
    while at < letters.len() {
        let letter = PROCLITIC_LETTERS[at] as u32;
        assert!(
            0x80 <= letter && letter < 0x800,
            "a proclitic letter is two bytes"
        );
        letters[at] = [0xC0 | (letter >> 6) as u8, 0x80 | (letter & 0x3F) as u8];
        at += 1;
    }
    letters
};

/// Adds `mark` to a word's [`WordMarks`] bits.
fn mark(word_marks: &mut WordTable, word: &str, mark: u8) {
    word_marks.add_bits(word, mark);
}

/// A word as given and, if it starts with the article, without it.
fn with_and_without_article(word: &str) -> impl Iterator<Item = &str> {
    std::iter::once(word).chain(word.strip_prefix("ال"))
}

/// The folded forms token `i` may stand for as the first word of a name,
/// with the number of proclitic letters the mention leaves out: the word
/// itself, then without و ف ب ك ل, with ال kept (`بالعراق` → `العراق`;
/// `للولايات` → `الولايات`, the mention keeping `للولايات`).
fn first_token_readings<'a>(
    tokens: &'a Tokens,
    i: usize,
) -> impl Iterator<Item = (FirstForm<'a>, usize)> + 'a {
    proclitic_splits(tokens.folded(i)).filter_map(|split| {
        let clitics = split.letters_before_article();
        if split.article || split.prefix_letters == 0 || clitics > 0 {
            Some((
                FirstForm {
                    article: split.article,
                    stem: split.stem,
                },
                clitics,
            ))
        } else {
            None
        }
    })
}

/// What a word is worth as the first of a gazetteer phrase: the readings
/// of it (see [`first_token_readings`]) that are a phrase alone or that
/// longer phrases start with. It depends on the word alone, and is found
/// once per word type rather than at every token that may start a phrase.
#[derive(Default)]
pub struct PhraseStart<'a> {
    readings: Vec<StartReading<'a>>,
}

impl PhraseStart<'_> {
    /// Whether no reading of the word starts a phrase, as for most words.
    pub fn starts_none(&self) -> bool {
        self.readings.is_empty()
    }
}

struct StartReading<'a> {
    first: FirstForm<'a>,
    clitic_letters: usize,
    /// The entry of the phrase the reading is alone.
    alone: Option<usize>,
    /// Whether longer phrases start with the reading.
    goes_on: bool,
}

/// A reading of a phrase's first word, kept as its parts so that no string
/// is built until it is written into a lookup key.
struct FirstForm<'a> {
    /// Whether the article comes before `stem`: لل stands for ل + ال, the
    /// article's alef not written, so it is written back.
    article: bool,
    stem: &'a str,
}

impl FirstForm<'_> {
    fn push_to(&self, out: &mut String) {
        if self.article {
            out.push_str("ال");
        }
        out.push_str(self.stem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn matched(text: &str) -> Option<(String, String)> {
        let tokens = Tokens::new(text);
        let lexicon = lexicon();
        let possible = lexicon.word_marks(tokens.folded(0)).may_start_phrase();
        let found = possible.then(|| {
            let start = lexicon.phrase_start(&tokens, 0);
            lexicon.match_from(&tokens, 0, &start, &mut String::new())
        });
        found.flatten().map(|m| {
            let start = tokens.offset_after_letters(m.first, m.clitic_letters);
            (
                lexicon.entries[m.entry].key.clone(),
                text[start..tokens.end(m.end - 1)].to_string(),
            )
        })
    }

    #[test]
    fn finds_places_without_their_proclitics() {
        let cases = [
            ("للولايات المتحدة", "loc:US", "للولايات المتحدة"),
            ("وللكرملين", "org:kremlin", "للكرملين"),
            ("والولايات المتحدة", "loc:US", "الولايات المتحدة"),
            ("بروسيا", "loc:RU", "روسيا"),
            ("وإيران", "loc:IR", "إيران"),
            ("روسيا البيضاء", "loc:BY", "روسيا البيضاء"),
            ("بيلاروسيا", "loc:BY", "بيلاروسيا"),
            ("أميركا", "loc:US", "أميركا"),
            ("طهران", "loc:g112931", "طهران"),
        ];
        for (text, key, mention) in cases {
            assert_eq!(
                matched(text),
                Some((key.to_string(), mention.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_nationality_adjectives() {
        let lexicon = lexicon();
        for word in ["الروسي", "الروسية", "والإيرانيين", "إيراني", "الأمريكية"]
        {
            assert!(lexicon.nisba(&fold(word)).is_some(), "{word}");
        }
        assert!(lexicon.nisba(&fold("الرئيس")).is_none());
    }

    #[test]
    fn finds_titles() {
        let lexicon = lexicon();
        let title_ending_at = |text: &str, end: usize| {
            let tokens = Tokens::new(text);
            assert!(
                lexicon.word_marks(tokens.folded(end - 1)).may_end_title(),
                "{text}"
            );
            lexicon.title_ending_at_possible_end(&tokens, end, |i| {
                lexicon.word_marks(tokens.folded(i))
            })
        };
        assert_eq!(title_ending_at("قال وزير الخارجية", 2), Some(1));
        assert_eq!(title_ending_at("والمتحدث باسم", 2), Some(2));
    }
}
