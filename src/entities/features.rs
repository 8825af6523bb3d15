//! The features the learned tagger sees for each token, shared by training
//! (`examples/train_tagger.rs`) and inference so the two cannot drift.
//!
//! Each feature is a template name plus a string, hashed to 32 bits. The
//! stored model keeps the 32-bit hash of every feature it learned as a
//! fingerprint, so an unknown feature only collides with a known one about
//! once in 2^32 / (number of features) ≈ 40 000 lookups.

use std::ops::Range;

use crate::text::{proclitic_splits, TokenKind, Tokens};

use super::hashing::{self, FastMap, FastSet};
use super::lexicon::{lexicon, Source};
use crate::EntityType;

/// The words seen often enough in training for the tagger to know them; any
/// other word is *rare*, which is what names mostly are. Training marks the
/// words it saw only once as rare, so the model learns what an unknown word
/// will look like.
pub struct Vocabulary(FastSet<String>);

/// Words seen fewer times than this in training are rare.
pub const MIN_KNOWN_COUNT: usize = 2;

impl Vocabulary {
    /// One folded word a line.
    pub fn from_lines(lines: &str) -> Vocabulary {
        Vocabulary(
            lines
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.0.contains(folded)
    }
}

/// The features of every token of a document, one list per token, given
/// the token ranges of its sentences. Besides each token's sentence, the
/// features look at the other places the document uses the same word: news
/// gives a name its telling context once (الرئيس ماكرون) and then repeats it
/// bare.
pub fn document_features(
    tokens: &Tokens,
    sentences: &[Range<usize>],
    vocabulary: &Vocabulary,
) -> Vec<Vec<u32>> {
    let stems: Vec<&str> = (0..tokens.len()).map(|i| stem(tokens.folded(i))).collect();
    let mut occurrences: FastMap<&str, Vec<usize>> = FastMap::default();
    for i in sentences.iter().flat_map(|s| s.clone()) {
        let stem = stems[i];
        if tokens.kind(i) == Some(TokenKind::Word) && stem.chars().count() >= MIN_CONTEXT_LETTERS {
            occurrences.entry(stem).or_default().push(i);
        }
    }
    let forms = TokenForms {
        word: (0..tokens.len())
            .map(|i| hash_str(tokens.folded(i)))
            .collect(),
        stem_hash: stems.iter().map(|stem| hash_str(stem)).collect(),
        stem: stems,
    };
    let mut out = vec![Vec::new(); tokens.len()];
    for sentence in sentences {
        let gazetteer = gazetteer_tags(tokens, sentence.clone());
        for i in sentence.clone() {
            let mut features = Features(Vec::with_capacity(64));
            token_features(
                tokens,
                &forms,
                sentence.clone(),
                i,
                &gazetteer,
                vocabulary,
                &mut features,
            );
            if let Some(others) = occurrences.get(forms.stem[i]) {
                for &j in others
                    .iter()
                    .filter(|&&j| j != i)
                    .take(MAX_OTHER_OCCURRENCES)
                {
                    let before = if j > 0 {
                        forms.word[j - 1]
                    } else {
                        *SENTENCE_START
                    };
                    let after = forms.word.get(j + 1).copied().unwrap_or(*SENTENCE_END);
                    features.add_hashed("doc-w-1", &[before]);
                    features.add_hashed("doc-w+1", &[after]);
                }
            }
            out[i] = features.0;
        }
    }
    out
}

/// Words shorter than this are too often particles to carry context across
/// a document.
const MIN_CONTEXT_LETTERS: usize = 3;
/// Enough other occurrences to find the telling one, few enough to keep
/// frequent words cheap.
const MAX_OTHER_OCCURRENCES: usize = 6;

struct Features(Vec<u32>);

/// Every token's stem and the hashes of its folded form and stem, computed
/// once per document: word features then cost a few multiplications each
/// instead of a pass over the word's bytes.
struct TokenForms<'a> {
    stem: Vec<&'a str>,
    word: Vec<u64>,
    stem_hash: Vec<u64>,
}

fn hash_str(s: &str) -> u64 {
    hashing::mix_bytes(FEATURE_SEED, s.as_bytes())
}

static SENTENCE_START: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| hash_str("<s>"));
static SENTENCE_END: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| hash_str("</s>"));

const FEATURE_SEED: u64 = 0x243f_6a88_85a3_08d3;

impl Features {
    fn add(&mut self, template: &str, value: &str) {
        self.add_parts(template, &[value]);
    }

    /// Adds the feature `template` = `parts`, hashed without building the
    /// string.
    /// Adds the feature `template` = parts given by their [`hash_str`].
    fn add_hashed(&mut self, template: &str, parts: &[u64]) {
        let mut h = hashing::mix_bytes(FEATURE_SEED, template.as_bytes());
        for &part in parts {
            h = hashing::mix_u64(h, part);
        }
        self.0.push(hashing::finish(h) as u32);
    }

    fn add_parts(&mut self, template: &str, parts: &[&str]) {
        let mut h = hashing::mix_bytes(FEATURE_SEED, template.as_bytes());
        for part in parts {
            h = hashing::mix_bytes(h, part.as_bytes());
        }
        // The low 32 bits of the finalised hash are the fingerprint.
        self.0.push(hashing::finish(h) as u32);
    }
}

/// What the gazetteers say about a token: part of a known phrase (and
/// where in it), a nationality adjective, a common first name, the end of
/// a title. Lists mined from ANERcorp are left out: they would leak the
/// held-out sentences into the development scores.
#[derive(Default)]
struct GazetteerTag {
    phrase: Option<&'static str>,
    nisba: bool,
    first_name: bool,
    after_title: bool,
}

fn gazetteer_tags(tokens: &Tokens, range: Range<usize>) -> Vec<GazetteerTag> {
    let lexicon = lexicon();
    let mut tags: Vec<GazetteerTag> = range.clone().map(|_| GazetteerTag::default()).collect();
    let mut i = range.start;
    while i < range.end {
        let known = lexicon
            .match_at(tokens, i)
            .filter(|m| m.end <= range.end && lexicon.entries[m.entry].source != Source::Corpus);
        match known {
            Some(m) => {
                let entry = &lexicon.entries[m.entry];
                for j in m.first..m.end {
                    tags[j - range.start].phrase =
                        Some(phrase_tag(entry.kind, entry.source, j == m.first));
                }
                i = m.end;
            }
            None => i += 1,
        }
    }
    for i in range.clone() {
        let tag = &mut tags[i - range.start];
        tag.nisba = lexicon.nisba_at(tokens, i).is_some();
        tag.first_name = lexicon.is_common_first_name(tokens, i);
        tag.after_title = i > range.start && lexicon.title_ending_at(tokens, i).is_some();
    }
    tags
}

fn phrase_tag(kind: EntityType, source: Source, first: bool) -> &'static str {
    use EntityType::*;
    match (kind, source, first) {
        (Person, _, true) => "B-per",
        (Person, _, false) => "I-per",
        (Location, Source::City, true) => "B-city",
        (Location, Source::City, false) => "I-city",
        (Location, _, true) => "B-loc",
        (Location, _, false) => "I-loc",
        (Organization, _, true) => "B-org",
        (Organization, _, false) => "I-org",
        (Misc, _, true) => "B-misc",
        (Misc, _, false) => "I-misc",
    }
}

/// The word with its longest proclitic reading removed (وبالعراق → عراق).
pub fn stem(word: &str) -> &str {
    proclitic_splits(word)
        .max_by_key(|s| s.prefix_letters)
        .map_or(word, |s| s.stem)
}

fn shape(tokens: &Tokens, i: usize) -> &'static str {
    match tokens.kind(i) {
        Some(TokenKind::Word) => match tokens.folded(i).chars().count() {
            1 => "w1",
            2 => "w2",
            3 => "w3",
            4 => "w4",
            5 | 6 => "w5",
            _ => "w7",
        },
        Some(TokenKind::Number) => "num",
        Some(TokenKind::Latin) => "lat",
        Some(TokenKind::Punct) => "punct",
        None => "none",
    }
}

fn token_features(
    tokens: &Tokens,
    forms: &TokenForms,
    range: Range<usize>,
    i: usize,
    gazetteer: &[GazetteerTag],
    vocabulary: &Vocabulary,
    out: &mut Features,
) {
    let word_at = |offset: isize| -> &str {
        let j = i as isize + offset;
        if j < range.start as isize {
            "<s>"
        } else if j >= range.end as isize {
            "</s>"
        } else {
            tokens.folded(j as usize)
        }
    };
    let word = word_at(0);
    let hash_at = |hashes: &[u64], offset: isize| -> u64 {
        let j = i as isize + offset;
        if j < range.start as isize {
            *SENTENCE_START
        } else if j >= range.end as isize {
            *SENTENCE_END
        } else {
            hashes[j as usize]
        }
    };
    let word_h = |offset: isize| hash_at(&forms.word, offset);
    let stem_h = |offset: isize| hash_at(&forms.stem_hash, offset);
    out.add("bias", "");
    out.add_hashed("w", &[word_h(0)]);
    out.add("shape", shape(tokens, i));
    let is_rare = |offset: isize| {
        let j = i as isize + offset;
        j >= range.start as isize
            && j < range.end as isize
            && tokens.kind(j as usize) == Some(TokenKind::Word)
            && !vocabulary.contains(word_at(offset))
    };
    for (position, offset) in [("0", 0), ("-1", -1), ("+1", 1)] {
        if is_rare(offset) {
            out.add("rare", position);
        }
    }
    if is_rare(0) {
        out.add_hashed("rare|w-1", &[word_h(-1)]);
    }
    let word_stem = forms.stem[i];
    out.add_hashed("stem", &[stem_h(0)]);
    for split in proclitic_splits(word).skip(1) {
        out.add("split", split.stem);
    }
    let boundaries: Vec<usize> = word_stem
        .char_indices()
        .map(|(at, _)| at)
        .chain([word_stem.len()])
        .collect();
    let letters = boundaries.len() - 1;
    for n in 1..=4.min(letters) {
        out.add("pre", &word_stem[..boundaries[n]]);
        out.add("suf", &word_stem[boundaries[letters - n]..]);
    }
    for (name, offset) in [("w-2", -2), ("w-1", -1), ("w+1", 1), ("w+2", 2)] {
        out.add_hashed(name, &[word_h(offset)]);
    }
    for (name, offset) in [("stem-2", -2), ("stem-1", -1), ("stem+1", 1), ("stem+2", 2)] {
        out.add_hashed(name, &[stem_h(offset)]);
    }
    out.add_hashed("w-1|w+1", &[word_h(-1), word_h(1)]);
    out.add_hashed("stem|stem+1", &[stem_h(0), stem_h(1)]);
    out.add_hashed("w-1|w", &[word_h(-1), word_h(0)]);
    out.add_hashed("w|w+1", &[word_h(0), word_h(1)]);
    out.add_hashed("stem-1|stem", &[stem_h(-1), stem_h(0)]);
    let tag_at = |offset: isize| {
        let j = (i - range.start) as isize + offset;
        usize::try_from(j).ok().and_then(|j| gazetteer.get(j))
    };
    for (position, offset) in [("0", 0), ("-1", -1), ("+1", 1)] {
        let Some(tag) = tag_at(offset) else { continue };
        if let Some(phrase) = tag.phrase {
            out.add_parts("gaz", &[position, phrase]);
        }
        if tag.nisba {
            out.add("nisba", position);
        }
        if tag.first_name {
            out.add("first-name", position);
        }
    }
    if let Some(phrase) = gazetteer[i - range.start].phrase {
        out.add_hashed("gaz|w", &[hash_str(phrase), word_h(0)]);
    }
    if gazetteer[i - range.start].after_title {
        out.add("after-title", "");
    }
    if tag_at(-1).is_some_and(|t| t.after_title) {
        out.add("after-title-1", "");
    }
}
