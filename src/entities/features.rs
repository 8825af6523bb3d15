//! The features the learned tagger sees for each token, shared by training
//! (`examples/train_tagger.rs`) and inference so the two cannot drift.
//!
//! Each feature is a template name plus a string, hashed to 32 bits. The
//! stored model keeps the 32-bit hash of every feature it learned as a
//! fingerprint, so an unknown feature only collides with a known one about
//! once in 2^32 / (number of features) ≈ 40 000 lookups.

use std::ops::Range;

use crate::text::{proclitic_splits, TokenKind, Tokens};

use super::lexicon::{lexicon, PhraseMatch, PhraseStart, Source, WordMarks};
use crate::hashing::{self, FastMap, FastSet};
use crate::word_table::WordTable;
use crate::EntityType;

/// A [`Template`] hashed at compile time.
macro_rules! template {
    ($name:literal) => {
        const { Template::new($name) }
    };
}

/// The words seen often enough in training for the tagger to know them; any
/// other word is *rare*, which is what names mostly are. Training marks the
/// words it saw only once as rare, so the model learns what an unknown word
/// will look like.
pub struct Vocabulary(WordTable);

/// Words seen fewer times than this in training are rare.
pub const MIN_KNOWN_COUNT: usize = 2;

impl Vocabulary {
    /// One folded word a line, each listed once (training writes a set).
    pub fn from_lines(lines: &str) -> Vocabulary {
        let mut table = WordTable::for_lists_of(lines.len());
        table.insert_new_words(lines, b'\n', 1);
        Vocabulary(table)
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.0.get(folded) != 0
    }
}

/// The names the training data tags, as sequences of stems with the type
/// they were tagged with most often. A name tagged elsewhere is strong
/// evidence, but only as strong as training can learn it to be: training
/// reads, for each part of the corpus, the names mined from the other parts
/// (a jackknife), so the weight reflects how often a name seen elsewhere is
/// tagged again.
#[derive(Default)]
pub struct KnownNames {
    /// The index of each name's type in [`NAME_TYPES`].
    types: FastMap<u64, u8>,
    /// The hashes of the stems names start with: most words start none,
    /// which one lookup per word type tells.
    first_stems: FastSet<u64>,
    /// The hashes of the stems names go on with: after a word that may
    /// start a name, most words go on none.
    later_stems: FastSet<u64>,
    /// The most tokens of any name.
    longest: usize,
}

/// Longer names are too rare to repeat.
const MAX_KNOWN_NAME_TOKENS: usize = 4;

/// The types of [`KnownNames`].
const NAME_TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

impl KnownNames {
    /// One name a line: its type (PERS, LOC, ORG or MISC), a tab, and its
    /// stems separated by spaces.
    pub fn from_lines(lines: &str) -> KnownNames {
        // Sized at once for a name a line, rather than rehashed as they grow.
        let count = lines.bytes().filter(|&b| b == b'\n').count();
        let mut names = KnownNames {
            types: FastMap::with_capacity_and_hasher(count, Default::default()),
            first_stems: FastSet::with_capacity_and_hasher(count, Default::default()),
            later_stems: FastSet::with_capacity_and_hasher(count, Default::default()),
            longest: 0,
        };
        for (kind, stems) in lines.lines().filter_map(|line| line.split_once('\t')) {
            let Some(kind) = NAME_TYPES.iter().position(|k| *k == kind) else {
                continue;
            };
            let mut hashes = [0; MAX_KNOWN_NAME_TOKENS];
            let mut len = 0;
            for stem in stems.split(' ') {
                if let Some(hash) = hashes.get_mut(len) {
                    *hash = hash_str(stem);
                }
                len += 1;
            }
            if len <= MAX_KNOWN_NAME_TOKENS {
                let hashes = &hashes[..len];
                names.longest = names.longest.max(len);
                names.first_stems.insert(hashes[0]);
                names.later_stems.extend(hashes[1..].iter().copied());
                names
                    .types
                    .insert(name_key(hashes.iter().copied()), kind as u8);
            }
        }
        names
    }

    /// The index in [`NAME_TYPES`] of the type of the name of these stems.
    fn get(&self, stem_hashes: impl Iterator<Item = u64>) -> Option<u8> {
        self.types.get(&name_key(stem_hashes)).copied()
    }
}

fn name_key(stem_hashes: impl Iterator<Item = u64>) -> u64 {
    stem_hashes.fold(FEATURE_SEED, hashing::mix_u64)
}

/// How common words are in general Arabic text: the Zipf buckets of
/// `data/wordfreq/ar.txt` (from wordfreq, CC BY-SA 4.0), written by
/// `scripts/data/wordfreq_ar.py`. A word the tagger never saw in training
/// that is common Arabic is seldom a name; a transliterated name is seldom
/// common, nor written with the article.
pub struct WordFrequencies(WordTable);

const WORD_FREQUENCIES: &str = include_str!("../../data/wordfreq/ar.txt");

/// The bucket (twice the Zipf value) of a word met once in ten thousand.
const COMMON_BUCKET: u8 = 10;

/// Bucket names for features, 0 for a word not in the list.
const FREQUENCY_NAMES: [&str; 20] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19",
];

impl WordFrequencies {
    /// Lines of a bucket (twice the Zipf value), a tab, and its words
    /// separated by spaces, each word listed once (the test below reads
    /// every word's bucket back).
    pub fn from_lines(lines: &'static str) -> WordFrequencies {
        let mut table = WordTable::for_lists_of(lines.len());
        for (bucket, words) in lines.lines().filter_map(|l| l.split_once('\t')) {
            let Ok(bucket) = bucket.parse::<u8>() else {
                continue;
            };
            let bucket = bucket.min(FREQUENCY_NAMES.len() as u8 - 1);
            table.insert_new_words(words, b' ', bucket);
        }
        WordFrequencies(table)
    }

    /// The bucket of a folded word, 0 when it is not in the list.
    pub fn bucket(&self, folded: &str) -> u8 {
        self.0.get(folded)
    }

    /// The bucket of ال + `stem`.
    pub fn with_article(&self, stem: &str) -> u8 {
        self.0.get_joined("ال", stem)
    }

    /// The bucket of the word `start` + `end` (أكد + ت), looked up without
    /// building it.
    pub fn bucket_joined(&self, start: &str, end: &str) -> u8 {
        self.0.get_joined(start, end)
    }

    /// Whether a folded word is met once in ten thousand words of Arabic or
    /// more: too common to take a name's label from elsewhere in the text,
    /// or to widen a known name with.
    pub fn is_common(&self, folded: &str) -> bool {
        self.bucket(folded) >= COMMON_BUCKET
    }

    /// Whether ال + `stem` is [`WordFrequencies::is_common`].
    pub fn is_common_with_article(&self, stem: &str) -> bool {
        self.with_article(stem) >= COMMON_BUCKET
    }
}

/// The compiled-in word frequencies.
pub fn word_frequencies() -> &'static WordFrequencies {
    static FREQUENCIES: std::sync::OnceLock<WordFrequencies> = std::sync::OnceLock::new();
    FREQUENCIES.get_or_init(|| WordFrequencies::from_lines(WORD_FREQUENCIES))
}

/// Words shorter than this are too often particles to carry context across
/// a document.
const MIN_CONTEXT_LETTERS: usize = 3;
/// Enough other occurrences to find the telling one, few enough to keep
/// frequent words cheap.
pub const MAX_OTHER_OCCURRENCES: usize = 6;

/// What the features need to know of one word type (a folded form of one
/// token kind), worked out once per document however often it occurs.
pub struct WordType<'t> {
    folded: &'t str,
    stem: &'t str,
    word_hash: u64,
    stem_hash: u64,
    rare: bool,
    nisba: bool,
    first_name: bool,
    /// What the word may be in the gazetteer's phrases and titles.
    marks: WordMarks,
    /// How common the word, its stem and its stem with the article are in
    /// general Arabic text ([`WordFrequencies`]).
    frequency: u8,
    stem_frequency: u8,
    article_frequency: u8,
    /// Whether a [`KnownNames`] name may start with this word.
    may_start_name: bool,
    /// The type of the [`KnownNames`] name this word is alone, if any.
    name_alone: Option<u8>,
    /// Whether a [`KnownNames`] name may go on with this word.
    may_continue_name: bool,
    shape: Shape,
    /// The document stem whose other occurrences lend this word their
    /// context, for words long enough to carry one.
    shared_stem: Option<u32>,
}

/// A document's tokens as word types, with where each stem first occurs.
/// Besides each token's sentence, the features look at the other places
/// the document uses the same word: news gives a name its telling context
/// once (الرئيس ماكرون) and then repeats it bare.
pub struct DocumentWords<'t> {
    tokens: &'t Tokens<'t>,
    names: &'t KnownNames,
    token_types: &'t [u32],
    /// By [`Tokens::word_types`].
    types: Vec<WordType<'t>>,
    /// The first occurrences of each shared stem in the sentences, one more
    /// than a token may look at, so that each of them still sees
    /// [`MAX_OTHER_OCCURRENCES`] others.
    stem_occurrences: Vec<Vec<u32>>,
    /// By shared stem, its [`MAX_OTHER_OCCURRENCES`]th occurrence
    /// (`u32::MAX` for a stem with fewer): the tokens after it see the
    /// first six. Kept apart so that a token's test reads one number.
    last_of_first_six: Vec<u32>,
    /// The gazetteer phrase starting at each token that starts one, in
    /// token order: found once for the tagger's features and the
    /// gazetteer's mentions.
    phrases: Vec<StoredPhrase>,
}

/// A [`PhraseMatch`] in half the memory: a long text keeps one for every
/// few dozen tokens.
#[derive(Clone, Copy)]
struct StoredPhrase {
    first: u32,
    end: u32,
    entry: u32,
    clitic_letters: u32,
}

/// What a word type's features say of it but its letters: its shape, its
/// marks and how common it is. Word types far outnumber these, so
/// inference weighs each once per document.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Traits {
    shape: Shape,
    rare: bool,
    nisba: bool,
    first_name: bool,
    frequency: u8,
    stem_frequency: u8,
    article_frequency: u8,
}

impl Traits {
    /// The [`DocumentWords::own_features`] that these traits give.
    pub fn own_features(self, emit: &mut impl FnMut(u32)) {
        emit(feature(template!("bias"), ""));
        emit(feature(template!("shape"), self.shape.name()));
        if self.rare {
            emit(feature(template!("rare"), "0"));
        }
        if self.nisba {
            emit(feature(template!("nisba"), "0"));
        }
        if self.first_name {
            emit(feature(template!("first-name"), "0"));
        }
        if self.shape.is_word() {
            let (f, s, a) = (
                self.frequency as u64,
                self.stem_frequency as u64,
                self.article_frequency as u64,
            );
            emit(hashed_feature(template!("wf"), &[f]));
            emit(hashed_feature(template!("wf-stem"), &[s]));
            emit(hashed_feature(template!("wf-al"), &[a]));
            emit(hashed_feature(template!("wf-stem|al"), &[s, a]));
            emit(hashed_feature(template!("wf|rare"), &[f, self.rare as u64]));
        }
    }

    /// The [`DocumentWords::neighbour_features`] that these traits give.
    pub fn neighbour_features(self, neighbour: &Neighbour, emit: &mut impl FnMut(u32)) {
        let Some(position) = neighbour.position else {
            return;
        };
        if self.rare {
            emit(feature(template!("rare"), position));
        }
        if self.nisba {
            emit(feature(template!("nisba"), position));
        }
        if self.first_name {
            emit(feature(template!("first-name"), position));
        }
        if self.shape.is_word() {
            emit(parts_feature(
                template!("wf-n"),
                &[position, FREQUENCY_NAMES[self.frequency as usize]],
            ));
        }
    }
}

/// A place near the tagged token whose word it sees, with the names of
/// the features that word gives it.
pub struct Neighbour {
    pub offset: isize,
    word: Template,
    stem: Template,
    /// Rare-word and gazetteer marks are seen one word away only.
    position: Option<&'static str>,
}

/// Every neighbour a token sees, in the order scores are cached in.
pub const NEIGHBOURS: [Neighbour; 4] = [
    Neighbour {
        offset: -2,
        word: Template::new("w-2"),
        stem: Template::new("stem-2"),
        position: None,
    },
    Neighbour {
        offset: -1,
        word: Template::new("w-1"),
        stem: Template::new("stem-1"),
        position: Some("-1"),
    },
    Neighbour {
        offset: 1,
        word: Template::new("w+1"),
        stem: Template::new("stem+1"),
        position: Some("+1"),
    },
    Neighbour {
        offset: 2,
        word: Template::new("w+2"),
        stem: Template::new("stem+2"),
        position: None,
    },
];

impl<'t> DocumentWords<'t> {
    /// Interns every token of `tokens` and indexes the stems of the words
    /// of `sentences`, the token ranges the tagger labels.
    pub fn new(
        tokens: &'t Tokens<'t>,
        sentences: &[Range<usize>],
        vocabulary: &Vocabulary,
        names: &'t KnownNames,
    ) -> DocumentWords<'t> {
        let lexicon = lexicon();
        let frequencies = word_frequencies();
        let token_types = tokens.word_types();
        let mut stem_ids: FastMap<&str, u32> = FastMap::default();
        let types: Vec<WordType> = (0..tokens.word_type_count() as u32)
            .map(|t| {
                let first = tokens.first_of_type(t);
                let (folded, kind) = (tokens.folded(first), tokens.kind(first));
                let stem = stem(folded);
                let is_word = kind == Some(TokenKind::Word);
                let shared_stem =
                    (is_word && stem.chars().count() >= MIN_CONTEXT_LETTERS).then(|| {
                        let next = stem_ids.len() as u32;
                        *stem_ids.entry(stem).or_insert(next)
                    });
                let word_hash = hash_str(folded);
                // Most words have no proclitics: their stem is the word,
                // whose hash and frequency are not worked out twice.
                let is_own_stem = stem.len() == folded.len();
                let stem_hash = if is_own_stem {
                    word_hash
                } else {
                    hash_str(stem)
                };
                let frequency = frequencies.bucket(folded);
                let marks = lexicon.word_marks(folded);
                let may_start_name = names.first_stems.contains(&stem_hash);
                WordType {
                    folded,
                    stem,
                    word_hash,
                    stem_hash,
                    may_start_name,
                    name_alone: may_start_name
                        .then(|| names.get(std::iter::once(stem_hash)))
                        .flatten(),
                    may_continue_name: names.later_stems.contains(&stem_hash),
                    rare: is_word && !vocabulary.contains(folded),
                    nisba: lexicon.is_nisba_given(folded, marks),
                    first_name: lexicon.is_common_first_name_given(folded, marks),
                    marks,
                    frequency,
                    stem_frequency: if is_own_stem {
                        frequency
                    } else {
                        frequencies.bucket(stem)
                    },
                    article_frequency: frequencies.with_article(stem),
                    shape: Shape::of(kind, folded),
                    shared_stem,
                }
            })
            .collect();
        let mut stem_occurrences = vec![Vec::new(); stem_ids.len()];
        for i in sentences.iter().flat_map(|s| s.clone()) {
            if let Some(stem) = types[token_types[i] as usize].shared_stem {
                let occurrences = &mut stem_occurrences[stem as usize];
                if occurrences.len() <= MAX_OTHER_OCCURRENCES {
                    occurrences.push(i as u32);
                }
            }
        }
        let last_of_first_six = stem_occurrences
            .iter()
            .map(|occurrences| {
                occurrences
                    .get(MAX_OTHER_OCCURRENCES - 1)
                    .copied()
                    .unwrap_or(u32::MAX)
            })
            .collect();
        let phrase_starts: Vec<PhraseStart> = (0..types.len() as u32)
            .map(|t| {
                if types[t as usize].marks.may_start_phrase() {
                    lexicon.phrase_start(tokens, tokens.first_of_type(t))
                } else {
                    PhraseStart::default()
                }
            })
            .collect();
        let mut phrase = String::new();
        let phrases = (0..tokens.len())
            .filter_map(|i| {
                let start = &phrase_starts[token_types[i] as usize];
                // Most words start none: passing them over here, not in a
                // call each, saved two fifths of the matching.
                if start.starts_none() {
                    return None;
                }
                lexicon.match_from(tokens, i, start, &mut phrase)
            })
            .map(|m| StoredPhrase {
                first: m.first as u32,
                end: m.end as u32,
                entry: m.entry as u32,
                clitic_letters: m.clitic_letters as u32,
            })
            .collect();
        DocumentWords {
            tokens,
            names,
            token_types,
            types,
            stem_occurrences,
            last_of_first_six,
            phrases,
        }
    }

    pub fn tokens(&self) -> &'t Tokens<'t> {
        self.tokens
    }

    /// The number of word types.
    pub fn type_count(&self) -> usize {
        self.types.len()
    }

    /// The word type of token `i`.
    pub fn type_of(&self, i: usize) -> u32 {
        self.token_types[i]
    }

    /// Whether word type `t`'s stem is common Arabic, with or without the
    /// article (see [`super::tagger::is_common_stem`]), known already.
    pub fn stem_is_common(&self, t: u32) -> bool {
        let word = &self.types[t as usize];
        word.stem_frequency >= COMMON_BUCKET || word.article_frequency >= COMMON_BUCKET
    }

    /// How common token `i`'s stem (see [`stem`]) is in general Arabic,
    /// alone and with the article ([`WordFrequencies`]), known already.
    pub fn stem_buckets(&self, i: usize) -> (u8, u8) {
        let word = self.word(i);
        (word.stem_frequency, word.article_frequency)
    }

    /// Word type `t`'s folded form without proclitics (see [`stem`]).
    pub fn type_stem(&self, t: u32) -> &'t str {
        self.types[t as usize].stem
    }

    /// The number of stems whose occurrences are shared.
    pub fn shared_stem_count(&self) -> usize {
        self.stem_occurrences.len()
    }

    /// The stem whose occurrences token `i` sees, and whether it sees the
    /// first six, as all but the first few occurrences do; those see all
    /// the [`DocumentWords::first_occurrences`] but their own. Token `i`
    /// must lie in one of the sentences the occurrences were gathered from.
    pub fn shared_stem(&self, i: usize) -> Option<(u32, bool)> {
        let stem = self.word(i).shared_stem?;
        // Occurrences are gathered in token order, `i` among them.
        let sees_the_common_set = i as u32 > self.last_of_first_six[stem as usize];
        Some((stem, sees_the_common_set))
    }

    /// The longest gazetteer phrase starting at each token of `range` that
    /// starts one (see
    /// [`super::lexicon::Lexicon::match_from`]), in token
    /// order.
    pub fn phrases_in(&self, range: Range<usize>) -> impl Iterator<Item = PhraseMatch> + '_ {
        self.phrases_from(self.first_phrase_from(range.start), range)
    }

    /// [`DocumentWords::phrases_in`] for ranges read in token order, as the
    /// tagger reads sentences: `cursor` keeps where the last range's phrases
    /// began, from which the next range's are reached by stepping forward
    /// rather than by searching the whole document's.
    pub fn phrases_in_order(
        &self,
        range: Range<usize>,
        cursor: &mut usize,
    ) -> impl Iterator<Item = PhraseMatch> + '_ {
        let starts_before = |at: usize| (self.phrases[at].first as usize) < range.start;
        if *cursor > self.phrases.len() || *cursor > 0 && !starts_before(*cursor - 1) {
            *cursor = self.first_phrase_from(range.start);
        }
        while *cursor < self.phrases.len() && starts_before(*cursor) {
            *cursor += 1;
        }
        self.phrases_from(*cursor, range)
    }

    /// The index of the first phrase starting at token `token` or after.
    fn first_phrase_from(&self, token: usize) -> usize {
        self.phrases.partition_point(|m| (m.first as usize) < token)
    }

    fn phrases_from(
        &self,
        from: usize,
        range: Range<usize>,
    ) -> impl Iterator<Item = PhraseMatch> + '_ {
        self.phrases[from..]
            .iter()
            .take_while(move |m| (m.first as usize) < range.end)
            .map(|m| PhraseMatch {
                entry: m.entry as usize,
                first: m.first as usize,
                end: m.end as usize,
                clitic_letters: m.clitic_letters as usize,
            })
    }

    /// Whether token `i` may end a title (see
    /// [`super::lexicon::Lexicon::may_end_title`]).
    pub fn may_end_title(&self, i: usize) -> bool {
        self.word(i).marks.may_end_title()
    }

    /// The number of tokens of the longest title ending at token `end - 1`
    /// (see [`super::lexicon::Lexicon::title_ending_at_possible_end`]),
    /// whose word must pass [`DocumentWords::may_end_title`].
    pub fn title_ending_at(&self, end: usize) -> Option<usize> {
        lexicon().title_ending_at_possible_end(self.tokens, end, |i| self.word(i).marks)
    }

    /// Whether token `i` is a nationality adjective (see
    /// [`super::lexicon::Lexicon::nisba`]), known once per word type.
    pub fn is_nisba(&self, i: usize) -> bool {
        self.word(i).nisba
    }

    fn word(&self, i: usize) -> &WordType<'t> {
        &self.types[self.token_types[i] as usize]
    }

    /// Every feature of token `i` in `sentence`: the sum of the parts below,
    /// which inference scores separately so that it can cache them.
    pub fn token_features(
        &self,
        sentence: Range<usize>,
        i: usize,
        gazetteer: &SentenceGazetteer,
        emit: &mut impl FnMut(u32),
    ) {
        self.own_features(self.type_of(i), emit);
        for neighbour in &NEIGHBOURS {
            match neighbour_index(&sentence, i, neighbour) {
                Some(j) => self.neighbour_features(self.type_of(j), neighbour, emit),
                None => boundary_features(neighbour, emit),
            }
        }
        self.context_features(sentence, i, gazetteer, emit);
        if let Some((stem, _)) = self.shared_stem(i) {
            self.occurrence_features(stem, Some(i), emit);
        }
    }

    /// The features a word type gives the token it is, wherever it stands.
    pub fn own_features(&self, word_type: u32, emit: &mut impl FnMut(u32)) {
        self.own_word_features(word_type, emit);
        self.traits(word_type).own_features(emit);
    }

    /// The [`DocumentWords::own_features`] that name the word's letters.
    pub fn own_word_features(&self, word_type: u32, emit: &mut impl FnMut(u32)) {
        let word = &self.types[word_type as usize];
        emit(hashed_feature(template!("w"), &[word.word_hash]));
        emit(hashed_feature(template!("stem"), &[word.stem_hash]));
        for split in proclitic_splits(word.folded).skip(1) {
            emit(feature(template!("split"), split.stem));
        }
        // The stem's first and last one to four letters.
        let stem = word.stem;
        let prefix_ends = stem.char_indices().skip(1).map(|(at, _)| at);
        let suffix_starts = stem.char_indices().rev().map(|(at, _)| at);
        for (end, start) in prefix_ends.chain([stem.len()]).zip(suffix_starts).take(4) {
            emit(feature(template!("pre"), &stem[..end]));
            emit(feature(template!("suf"), &stem[start..]));
        }
    }

    /// The features a word type gives the token `neighbour.offset` places
    /// away from it, within one sentence.
    pub fn neighbour_features(
        &self,
        word_type: u32,
        neighbour: &Neighbour,
        emit: &mut impl FnMut(u32),
    ) {
        self.neighbour_word_features(word_type, neighbour, emit);
        self.traits(word_type).neighbour_features(neighbour, emit);
    }

    /// The [`DocumentWords::neighbour_features`] that name the word's letters.
    pub fn neighbour_word_features(
        &self,
        word_type: u32,
        neighbour: &Neighbour,
        emit: &mut impl FnMut(u32),
    ) {
        let word = &self.types[word_type as usize];
        emit(hashed_feature(neighbour.word, &[word.word_hash]));
        emit(hashed_feature(neighbour.stem, &[word.stem_hash]));
    }

    /// What word type `word_type`'s features say of it but its letters.
    pub fn traits(&self, word_type: u32) -> Traits {
        let word = &self.types[word_type as usize];
        Traits {
            shape: word.shape,
            rare: word.rare,
            nisba: word.nisba,
            first_name: word.first_name,
            frequency: word.frequency,
            stem_frequency: word.stem_frequency,
            article_frequency: word.article_frequency,
        }
    }

    /// The features that depend on more than one word of the sentence:
    /// those of the word pairs around token `i` ([`DocumentWords::pair_features`],
    /// [`DocumentWords::skip_features`]), of its shape trigram and of the
    /// sentence's gazetteer phrases.
    pub fn context_features(
        &self,
        sentence: Range<usize>,
        i: usize,
        gazetteer: &SentenceGazetteer,
        emit: &mut impl FnMut(u32),
    ) {
        let side = |offset| self.type_at(&sentence, i, offset);
        let (before, word, after) = (side(-1), self.type_of(i), side(1));
        self.pair_features(before, Some(word), &mut |_| {}, emit);
        self.pair_features(Some(word), after, emit, &mut |_| {});
        self.skip_features(before, after, emit);
        let shapes = [before, Some(word), after].map(|t| self.shape_of(t));
        emit(shape_trigram_feature(shapes));
        self.gazetteer_features(sentence, i, gazetteer, emit);
    }

    /// The word type of the token `offset` places from token `i`, or `None`
    /// past the edge of `sentence`.
    pub fn type_at(&self, sentence: &Range<usize>, i: usize, offset: isize) -> Option<u32> {
        let j = i.checked_add_signed(offset)?;
        sentence.contains(&j).then(|| self.type_of(j))
    }

    /// The features of two adjacent tokens of word types `left` and
    /// `right` (`None` past the sentence's edge) that depend on both: those
    /// they give the left token (`to_left`) and the right one (`to_right`).
    /// Inference caches them by the pair.
    pub fn pair_features(
        &self,
        left: Option<u32>,
        right: Option<u32>,
        to_left: &mut impl FnMut(u32),
        to_right: &mut impl FnMut(u32),
    ) {
        let (left_word, left_stem) = self.hashes(left, SENTENCE_START);
        let (right_word, right_stem) = self.hashes(right, SENTENCE_END);
        if left.is_some() {
            to_left(hashed_feature(
                template!("stem|stem+1"),
                &[left_stem, right_stem],
            ));
            to_left(hashed_feature(template!("w|w+1"), &[left_word, right_word]));
        }
        if let Some(right) = right {
            if self.types[right as usize].rare {
                to_right(hashed_feature(template!("rare|w-1"), &[left_word]));
            }
            to_right(hashed_feature(template!("w-1|w"), &[left_word, right_word]));
            to_right(hashed_feature(
                template!("stem-1|stem"),
                &[left_stem, right_stem],
            ));
        }
    }

    /// The feature of the words on either side of a token, of word types
    /// `before` and `after` (`None` past the sentence's edge).
    pub fn skip_features(
        &self,
        before: Option<u32>,
        after: Option<u32>,
        emit: &mut impl FnMut(u32),
    ) {
        let (before, _) = self.hashes(before, SENTENCE_START);
        let (after, _) = self.hashes(after, SENTENCE_END);
        emit(hashed_feature(template!("w-1|w+1"), &[before, after]));
    }

    /// The word and stem hashes of word type `word`, or `edge` for both
    /// past the sentence's edge.
    fn hashes(&self, word: Option<u32>, edge: u64) -> (u64, u64) {
        word.map_or((edge, edge), |t| {
            let word = &self.types[t as usize];
            (word.word_hash, word.stem_hash)
        })
    }

    /// The [`Shape`] of word type `word`, [`Shape::Edge`] past the
    /// sentence's edge.
    pub fn shape_of(&self, word: Option<u32>) -> Shape {
        word.map_or(Shape::Edge, |t| self.types[t as usize].shape)
    }

    /// The features of the gazetteer phrases and known names at and around
    /// token `i` of `sentence`, and of a title before it.
    pub fn gazetteer_features(
        &self,
        sentence: Range<usize>,
        i: usize,
        gazetteer: &SentenceGazetteer,
        emit: &mut impl FnMut(u32),
    ) {
        let codes = gazetteer.codes_around(i - sentence.start);
        // Most tokens have no tag near them, which one test tells.
        if codes == [GazetteerCode::NONE; 3] {
            return;
        }
        let fixed = |index: usize| FIXED_GAZETTEER_FEATURES[index];
        for (position, code) in codes.iter().enumerate() {
            if let Some(index) = code.phrase_feature(position) {
                emit(fixed(index));
            }
        }
        if let Some(feature) = self.phrase_word_feature(i, codes[0]) {
            emit(feature);
        }
        for (position, code) in codes.iter().enumerate() {
            if let Some(index) = code.known_feature(position) {
                emit(fixed(index));
            }
        }
        for (position, code) in codes.iter().enumerate() {
            if let Some(index) = code.title_feature(position) {
                emit(fixed(index));
            }
        }
    }

    /// The `gaz|w` feature of token `i`, whose own gazetteer code is
    /// `code`: its phrase tag with its word, if it is in a phrase. The one
    /// gazetteer feature [`GazetteerCode::fixed_features`] leaves out.
    pub fn phrase_word_feature(&self, i: usize, code: GazetteerCode) -> Option<u32> {
        let tag = code.phrase_tag()?;
        Some(hashed_feature(
            template!("gaz|w"),
            &[PHRASE_TAG_HASHES[tag], self.word(i).word_hash],
        ))
    }

    /// The contexts of the first other occurrences of `stem` in the
    /// document, those of the token `except` left out.
    pub fn occurrence_features(
        &self,
        stem: u32,
        except: Option<usize>,
        emit: &mut impl FnMut(u32),
    ) {
        let occurrences = &self.stem_occurrences[stem as usize];
        for &j in occurrences
            .iter()
            .filter(|&&j| Some(j as usize) != except)
            .take(MAX_OTHER_OCCURRENCES)
        {
            self.occurrence_context_features(j as usize, emit);
        }
    }

    /// The first occurrences of `stem` that [`DocumentWords::occurrence_features`]
    /// chooses from: one more than it shows a token, so that one of them
    /// sees all the others.
    pub fn first_occurrences(&self, stem: u32) -> &[u32] {
        &self.stem_occurrences[stem as usize]
    }

    /// The context occurrence `j` of a stem shows the others: its neighbours
    /// in the document.
    pub fn occurrence_context_features(&self, j: usize, emit: &mut impl FnMut(u32)) {
        for (side, word) in self.document_neighbours(j).into_iter().enumerate() {
            emit(self.context_feature(side, word));
        }
    }

    /// The word types of the tokens before and after token `j` in the
    /// document, `None` past its ends: the context an occurrence shows.
    pub fn document_neighbours(&self, j: usize) -> [Option<u32>; 2] {
        let before = j.checked_sub(1).map(|b| self.type_of(b));
        let after = (j + 1 < self.tokens.len()).then(|| self.type_of(j + 1));
        [before, after]
    }

    /// The feature an occurrence's context gives of its word of type
    /// `word` (`None` past the document's ends), the word before it (`side`
    /// 0) or after it (1), as [`DocumentWords::document_neighbours`] orders
    /// them.
    pub fn context_feature(&self, side: usize, word: Option<u32>) -> u32 {
        let (template, edge) = [
            (template!("doc-w-1"), SENTENCE_START),
            (template!("doc-w+1"), SENTENCE_END),
        ][side];
        let (hash, _) = self.hashes(word, edge);
        hashed_feature(template, &[hash])
    }
}

/// The token `neighbour` is of token `i`, if it is in the sentence.
pub fn neighbour_index(sentence: &Range<usize>, i: usize, neighbour: &Neighbour) -> Option<usize> {
    i.checked_add_signed(neighbour.offset)
        .filter(|j| sentence.contains(j))
}

/// The features a token sees where `neighbour` falls outside its sentence.
pub fn boundary_features(neighbour: &Neighbour, emit: &mut impl FnMut(u32)) {
    let edge = if neighbour.offset < 0 {
        SENTENCE_START
    } else {
        SENTENCE_END
    };
    emit(hashed_feature(neighbour.word, &[edge]));
    emit(hashed_feature(neighbour.stem, &[edge]));
}

/// The features of every token of a document, one list per token, given
/// the token ranges of its sentences: what training learns from.
pub fn document_features(
    tokens: &Tokens,
    sentences: &[Range<usize>],
    vocabulary: &Vocabulary,
    names: &KnownNames,
) -> Vec<Vec<u32>> {
    let words = DocumentWords::new(tokens, sentences, vocabulary, names);
    let mut gazetteer = SentenceGazetteer::default();
    let mut out = vec![Vec::new(); tokens.len()];
    for sentence in sentences {
        gazetteer.read(&words, sentence.clone());
        for i in sentence.clone() {
            words.token_features(sentence.clone(), i, &gazetteer, &mut |f| out[i].push(f));
        }
    }
    out
}

const fn hash_str(s: &str) -> u64 {
    hashing::mix_bytes(FEATURE_SEED, s.as_bytes())
}

const SENTENCE_START: u64 = hash_str("<s>");
const SENTENCE_END: u64 = hash_str("</s>");

const FEATURE_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// A feature template's name, hashed: the start of every feature's hash.
#[derive(Clone, Copy)]
struct Template(u64);

impl Template {
    const fn new(name: &str) -> Template {
        Template(hash_str(name))
    }
}

/// The fingerprint of the feature `template` = `value`.
const fn feature(template: Template, value: &str) -> u32 {
    parts_feature(template, &[value])
}

/// The fingerprint of the feature `template` = parts given by their
/// [`hash_str`], hashed without building the string.
fn hashed_feature(template: Template, parts: &[u64]) -> u32 {
    let mut h = template.0;
    for &part in parts {
        h = hashing::mix_u64(h, part);
    }
    hashing::finish(h) as u32
}

/// The fingerprint of the feature `template` = `parts`, one after the
/// other. A `const fn`, so that the features whose parts are all fixed
/// names are hashed at compile time.
const fn parts_feature(template: Template, parts: &[&str]) -> u32 {
    let mut h = template.0;
    let mut at = 0;
    while at < parts.len() {
        h = hashing::mix_bytes(h, parts[at].as_bytes());
        at += 1;
    }
    // The low 32 bits of the finalised hash are the fingerprint.
    hashing::finish(h) as u32
}

/// The places a token sees gazetteer tags at: its own, and those of the
/// tokens just before and after it; with the names the features give them.
const GAZETTEER_POSITIONS: [(&str, isize); 3] = [("0", 0), ("-1", -1), ("+1", 1)];

/// The tags a gazetteer phrase gives its tokens: the phrase's kind, cities
/// apart from other places, and whether the token opens (`B-`) or continues
/// it (`I-`). [`SentenceGazetteer`] keeps their indices, so that their
/// features are hashed at compile time.
const PHRASE_TAGS: [&str; 10] = [
    "B-per", "I-per", "B-city", "I-city", "B-loc", "I-loc", "B-org", "I-org", "B-misc", "I-misc",
];

/// What the gazetteers say of one token, in a byte: the index of its
/// phrase tag in [`PHRASE_TAGS`] plus one (0 for none), then, in units of
/// [`PHRASE_CODES`], its known name's place and type plus one (0 for
/// none), then whether it follows a title. A token's gazetteer features
/// are those of the codes at and around it, so inference weighs each code
/// once per place it is seen from ([`GazetteerCode::fixed_features`]).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct GazetteerCode(u8);

/// The phrase parts of [`GazetteerCode`]s, none and each of [`PHRASE_TAGS`].
const PHRASE_CODES: usize = PHRASE_TAGS.len() + 1;
/// The known-name parts: none, and a name of each of [`NAME_TYPES`] opened
/// or continued.
const KNOWN_CODES: usize = 2 * NAME_TYPES.len() + 1;
const AFTER_TITLE_CODE: usize = PHRASE_CODES * KNOWN_CODES;

impl GazetteerCode {
    /// A token with no gazetteer tag.
    pub const NONE: GazetteerCode = GazetteerCode(0);
    /// How many codes there are.
    pub const COUNT: usize = 2 * AFTER_TITLE_CODE;

    /// The code's number, below [`GazetteerCode::COUNT`].
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The index of the token's phrase tag in [`PHRASE_TAGS`].
    fn phrase_tag(self) -> Option<usize> {
        (self.index() % PHRASE_CODES).checked_sub(1)
    }

    /// The index in [`FIXED_GAZETTEER_FEATURES`] of the `gaz` feature a
    /// token sees at [`GAZETTEER_POSITIONS`]`[position]` of this code.
    fn phrase_feature(self, position: usize) -> Option<usize> {
        Some(phrase_feature(position, self.phrase_tag()?))
    }

    /// The index of the `known` feature, as [`GazetteerCode::phrase_feature`].
    fn known_feature(self, position: usize) -> Option<usize> {
        let known = (self.index() / PHRASE_CODES % KNOWN_CODES).checked_sub(1)?;
        let (place, kind) = (known / NAME_TYPES.len(), known % NAME_TYPES.len());
        Some(known_feature(position, place, kind))
    }

    /// The index of the `after-title` feature a token sees of this code
    /// at its own place, or of `after-title-1` at the place before it.
    fn title_feature(self, position: usize) -> Option<usize> {
        if self.index() < AFTER_TITLE_CODE {
            return None;
        }
        match GAZETTEER_POSITIONS[position].1 {
            0 => Some(AFTER_TITLE),
            -1 => Some(AFTER_TITLE_1),
            _ => None,
        }
    }

    /// The indices in [`FIXED_GAZETTEER_FEATURES`] of the features a token
    /// sees of this code at [`GAZETTEER_POSITIONS`]`[position]`: all of its
    /// gazetteer features but `gaz|w` ([`DocumentWords::phrase_word_feature`]).
    pub fn fixed_features(self, position: usize) -> impl Iterator<Item = usize> {
        [
            self.phrase_feature(position),
            self.known_feature(position),
            self.title_feature(position),
        ]
        .into_iter()
        .flatten()
    }
}

/// The index in [`FIXED_GAZETTEER_FEATURES`] of the `gaz` feature of a
/// token that sees tag `tag` of [`PHRASE_TAGS`] at
/// [`GAZETTEER_POSITIONS`]`[position]`.
const fn phrase_feature(position: usize, tag: usize) -> usize {
    position * PHRASE_TAGS.len() + tag
}

/// The index in [`FIXED_GAZETTEER_FEATURES`] of the `known` feature of a
/// token that sees, at [`GAZETTEER_POSITIONS`]`[position]`, a name of
/// type `kind` of [`NAME_TYPES`] opened (`place` 0) or continued (1).
const fn known_feature(position: usize, place: usize, kind: usize) -> usize {
    GAZETTEER_POSITIONS.len() * PHRASE_TAGS.len() + (position * 2 + place) * NAME_TYPES.len() + kind
}

const AFTER_TITLE: usize = known_feature(GAZETTEER_POSITIONS.len(), 0, 0);
const AFTER_TITLE_1: usize = AFTER_TITLE + 1;

/// The gazetteer features whose parts are all fixed names (every one but
/// `gaz|w`), hashed at compile time: the `gaz` features by position and
/// tag, the `known` ones by position, place in the name and type, then
/// `after-title` and `after-title-1`. Inference weighs each once per
/// document rather than looking its weights up at every token.
pub const FIXED_GAZETTEER_FEATURES: [u32; AFTER_TITLE_1 + 1] = {
    let mut features = [0; AFTER_TITLE_1 + 1];
    let mut position = 0;
    while position < GAZETTEER_POSITIONS.len() {
        let name = GAZETTEER_POSITIONS[position].0;
        let mut tag = 0;
        while tag < PHRASE_TAGS.len() {
            features[phrase_feature(position, tag)] =
                parts_feature(template!("gaz"), &[name, PHRASE_TAGS[tag]]);
            tag += 1;
        }
        let mut place = 0;
        while place < 2 {
            let mut kind = 0;
            while kind < NAME_TYPES.len() {
                features[known_feature(position, place, kind)] = parts_feature(
                    template!("known"),
                    &[name, ["B", "I"][place], NAME_TYPES[kind]],
                );
                kind += 1;
            }
            place += 1;
        }
        position += 1;
    }
    features[AFTER_TITLE] = feature(template!("after-title"), "");
    features[AFTER_TITLE_1] = feature(template!("after-title-1"), "");
    features
};

/// The [`hash_str`] of each of [`PHRASE_TAGS`].
const PHRASE_TAG_HASHES: [u64; PHRASE_TAGS.len()] = {
    let mut hashes = [0; PHRASE_TAGS.len()];
    let mut tag = 0;
    while tag < PHRASE_TAGS.len() {
        hashes[tag] = hash_str(PHRASE_TAGS[tag]);
        tag += 1;
    }
    hashes
};

/// What the gazetteers say about the tokens of one sentence that depends
/// on more than one word: part of a known phrase (and where in it), part
/// of a name the tagger's training data tags ([`KnownNames`]), or just
/// after a title, as one [`GazetteerCode`] per token. The gazetteer lists
/// mined from ANERcorp are left out: they would leak the held-out
/// sentences into the development scores; and so are names that are also
/// common words (مسقط، النصر), which count only in their context, after
/// tagging. The buffer is reused from sentence to sentence.
#[derive(Default)]
pub struct SentenceGazetteer {
    /// Where the phrases of the sentence read last begin among the
    /// document's (see [`DocumentWords::phrases_in_order`]).
    phrase_cursor: usize,
    /// The code of each token, between two [`GazetteerCode::NONE`] for the
    /// places past the sentence's edges: token `here` sees those of
    /// `codes[here..here + 3]`.
    codes: Vec<GazetteerCode>,
}

impl SentenceGazetteer {
    pub fn read(&mut self, words: &DocumentWords, range: Range<usize>) {
        let lexicon = lexicon();
        self.codes.clear();
        self.codes.resize(range.len() + 2, GazetteerCode::NONE);
        let codes = &mut self.codes[1..=range.len()];
        // Longest first, left to right: a phrase starting inside one taken
        // is not read.
        let mut free_from = range.start;
        for m in words.phrases_in_order(range.clone(), &mut self.phrase_cursor) {
            let entry = &lexicon.entries[m.entry];
            if m.first < free_from
                || m.end > range.end
                || entry.source == Source::Corpus
                || entry.needs_context()
            {
                continue;
            }
            for j in m.first..m.end {
                let tag = phrase_tag(entry.kind, entry.source, j == m.first);
                codes[j - range.start].0 += tag + 1;
            }
            free_from = m.end;
        }
        read_known_names(words, range.clone(), codes);
        for i in range.start + 1..range.end {
            if words.may_end_title(i - 1) && words.title_ending_at(i).is_some() {
                codes[i - range.start].0 += AFTER_TITLE_CODE as u8;
            }
        }
    }

    /// The codes token `here` of the sentence sees, in the order of
    /// [`GAZETTEER_POSITIONS`]: its own, the one before and the one after.
    pub fn codes_around(&self, here: usize) -> [GazetteerCode; 3] {
        let near = &self.codes[here..here + 3];
        [near[1], near[0], near[2]]
    }
}

/// Adds to the `codes` of the tokens of `range` those of the known names
/// among them, longest first, left to right.
fn read_known_names(words: &DocumentWords, range: Range<usize>, codes: &mut [GazetteerCode]) {
    let names = words.names;
    let mut i = range.start;
    while i < range.end {
        let longest = if words.word(i).may_start_name {
            let going_on = (i + 1..range.end)
                .take(names.longest - 1)
                .take_while(|&j| words.word(j).may_continue_name);
            1 + going_on.count()
        } else {
            0
        };
        // A name of one word is looked up once per word type, not at each
        // token of the type.
        let found = (2..=longest)
            .rev()
            .find_map(|len| {
                let stems = (i..i + len).map(|j| words.word(j).stem_hash);
                names.get(stems).map(|kind| (len, kind))
            })
            .or_else(|| words.word(i).name_alone.map(|kind| (1, kind)));
        let Some((len, kind)) = found else {
            i += 1;
            continue;
        };
        for j in i..i + len {
            let place = usize::from(j != i);
            let known = 1 + place * NAME_TYPES.len() + kind as usize;
            codes[j - range.start].0 += (known * PHRASE_CODES) as u8;
        }
        i += len;
    }
}

/// The index in [`PHRASE_TAGS`] of the tag of a token of a phrase of
/// `kind` from `source`, which opens it if `first`.
fn phrase_tag(kind: EntityType, source: Source, first: bool) -> u8 {
    use EntityType::*;
    let opening = match (kind, source) {
        (Person, _) => 0,
        (Location, Source::City) => 2,
        (Location, _) => 4,
        (Organization, _) => 6,
        (Misc, _) => 8,
    };
    opening + u8::from(!first)
}

/// The word with its longest proclitic reading removed (وبالعراق → عراق).
pub fn stem(word: &str) -> &str {
    proclitic_splits(word)
        .max_by_key(|s| s.prefix_letters)
        .map_or(word, |s| s.stem)
}

/// What a token looks like, for the tagger: its kind and, for Arabic
/// words, about how long it is. A small number, so that inference can
/// index its caches by shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    Letters1,
    Letters2,
    Letters3,
    Letters4,
    Letters5Or6,
    Letters7OrMore,
    Number,
    Latin,
    Punct,
    None,
    /// Past the sentence's edge.
    Edge,
}

impl Shape {
    /// How many shapes there are.
    pub const COUNT: usize = Shape::Edge as usize + 1;

    /// Whether the shape is that of an Arabic word.
    fn is_word(self) -> bool {
        self <= Shape::Letters7OrMore
    }

    fn of(kind: Option<TokenKind>, folded: &str) -> Shape {
        match kind {
            Some(TokenKind::Word) => match folded.chars().count() {
                1 => Shape::Letters1,
                2 => Shape::Letters2,
                3 => Shape::Letters3,
                4 => Shape::Letters4,
                5 | 6 => Shape::Letters5Or6,
                _ => Shape::Letters7OrMore,
            },
            Some(TokenKind::Number) => Shape::Number,
            Some(TokenKind::Latin) => Shape::Latin,
            Some(TokenKind::Punct) => Shape::Punct,
            None => Shape::None,
        }
    }

    /// The name the features use.
    fn name(self) -> &'static str {
        match self {
            Shape::Letters1 => "w1",
            Shape::Letters2 => "w2",
            Shape::Letters3 => "w3",
            Shape::Letters4 => "w4",
            Shape::Letters5Or6 => "w5",
            Shape::Letters7OrMore => "w7",
            Shape::Number => "num",
            Shape::Latin => "lat",
            Shape::Punct => "punct",
            Shape::None => "none",
            Shape::Edge => "edge",
        }
    }
}

/// The feature of the shapes of a token and of its neighbours.
pub fn shape_trigram_feature(shapes: [Shape; 3]) -> u32 {
    parts_feature(template!("shape-1|shape|shape+1"), &shapes.map(Shape::name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No two listed words of different buckets share a hash (see
    /// `word_table`), and no word is listed with two buckets.
    #[test]
    fn every_listed_word_reads_its_own_bucket() {
        let mut listed: FastMap<&str, u8> = FastMap::default();
        for (bucket, words) in WORD_FREQUENCIES.lines().filter_map(|l| l.split_once('\t')) {
            let bucket = bucket
                .parse::<u8>()
                .unwrap()
                .min(FREQUENCY_NAMES.len() as u8 - 1);
            listed.extend(words.split_ascii_whitespace().map(|word| (word, bucket)));
        }
        let shipped = word_frequencies();
        for (word, bucket) in listed {
            assert_eq!(shipped.bucket(word), bucket, "{word}");
            if let Some(stem) = word.strip_prefix("ال") {
                assert_eq!(shipped.with_article(stem), bucket, "{word}");
            }
        }
    }
}
