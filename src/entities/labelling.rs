//! The learned tagger run over a document. A token's emission scores are
//! the weights of its features, and most of those depend on one word
//! only: on the token's own word, or on a neighbour's seen from one to two
//! places away. Those parts are summed once per word type and cached, as
//! is the context the document lends each stem. Most of the rest depend on
//! a pair of word types (a token and its neighbour, or the two words
//! around it) or on three shapes: those sums are kept in bounded caches
//! keyed by the pair or the shapes, since news repeats its word pairs and
//! a model lookup costs a cache miss. Per token, only the features of the
//! sentence's gazetteer phrases are looked up each time. Sums are exact
//! integers, so the labels are those of scoring every feature of
//! [`DocumentWords::token_features`] one by one.

use std::ops::Range;

use super::features::{
    boundary_features, shape_trigram_feature, DocumentWords, GazetteerFeature, SentenceGazetteer,
    Shape, FIXED_GAZETTEER_FEATURES, NEIGHBOURS,
};
use super::tagger::{Decoder, Model, N_LABELS};

type Scores = [i32; N_LABELS];

/// The tagger's label for every token of the document, 0 (O) outside
/// `sentences`.
pub fn label(words: &DocumentWords, sentences: &[Range<usize>], model: &Model) -> Vec<usize> {
    let mut scorer = Scorer::new(words, model);
    let mut gazetteer = SentenceGazetteer::default();
    let mut emissions: Vec<Scores> = Vec::new();
    let mut decoder = Decoder::new(model.transitions());
    let mut labels = vec![0; words.tokens().len()];
    for sentence in sentences {
        gazetteer.read(words, sentence.clone());
        emissions.clear();
        scorer.sentence_scores(sentence, &gazetteer, |scores| emissions.push(scores));
        decoder.decode_into(&emissions, &mut labels[sentence.clone()]);
    }
    labels
}

/// The indices of [`NEIGHBOURS`] one place before and after a token.
const BEFORE: usize = 1;
const AFTER: usize = 2;

/// Scores tokens from the caches, filled as the document is read.
struct Scorer<'a, 't> {
    words: &'a DocumentWords<'t>,
    model: &'a Model,
    types: TypeScores,
    /// What a token sees where a neighbour falls outside its sentence.
    boundary: [Scores; NEIGHBOURS.len()],
    occurrences: Vec<Option<OccurrenceScores>>,
    /// By adjacent word types: what each gives the other, the features of
    /// the pair and of the neighbour's own word.
    pairs: PairCache<PairScores>,
    /// By the word types on either side of a token: their pair's feature.
    skips: PairCache<Scores>,
    /// By the shapes of a token and its neighbours.
    shapes: Vec<Option<Scores>>,
    /// The weights of each of [`FIXED_GAZETTEER_FEATURES`].
    fixed_gazetteer: [Scores; FIXED_GAZETTEER_FEATURES.len()],
}

/// The scores two adjacent tokens give each other.
#[derive(Clone, Copy, Default)]
struct PairScores {
    to_left: Scores,
    to_right: Scores,
}

impl<'a, 't> Scorer<'a, 't> {
    fn new(words: &'a DocumentWords<'t>, model: &'a Model) -> Self {
        let tokens = words.tokens().len();
        Scorer {
            words,
            model,
            types: TypeScores::new(words, model),
            boundary: NEIGHBOURS.each_ref().map(|neighbour| {
                let mut scores = [0; N_LABELS];
                boundary_features(neighbour, &mut adder(model, &mut scores));
                scores
            }),
            occurrences: vec![None; words.shared_stem_count()],
            pairs: PairCache::new(tokens),
            skips: PairCache::new(tokens),
            shapes: vec![None; Shape::COUNT.pow(3)],
            fixed_gazetteer: FIXED_GAZETTEER_FEATURES.map(|feature| {
                let mut scores = [0; N_LABELS];
                model.add_weights(feature, &mut scores);
                scores
            }),
        }
    }

    /// The scores of the features of each token of `sentence`, whose
    /// gazetteer tags are `gazetteer`, handed to `each` in order. The
    /// scores a pair of adjacent tokens gives both are looked up once.
    fn sentence_scores(
        &mut self,
        sentence: &Range<usize>,
        gazetteer: &SentenceGazetteer,
        mut each: impl FnMut(Scores),
    ) {
        let first = self.words.type_of(sentence.start);
        let mut from_left = self.pair_scores(None, Some(first)).to_right;
        for i in sentence.clone() {
            each(self.token_scores(sentence, i, &mut from_left, gazetteer));
        }
    }

    /// The scores of the features of token `i` of `sentence`, whose
    /// gazetteer tags are `gazetteer`, given those its pair with the token
    /// before gives it (`from_left`), which are then replaced by those its
    /// pair with the token after gives that token.
    fn token_scores(
        &mut self,
        sentence: &Range<usize>,
        i: usize,
        from_left: &mut Scores,
        gazetteer: &SentenceGazetteer,
    ) -> Scores {
        let (words, model) = (self.words, self.model);
        let word = words.type_of(i);
        let before = words.type_at(sentence, i, -1);
        let after = words.type_at(sentence, i, 1);
        let mut scores = self.types.own[word as usize];
        for (n, far) in [(0, -2), (NEIGHBOURS.len() - 1, 2)] {
            let part = match words.type_at(sentence, i, far) {
                Some(t) => &self.types.seen_as[t as usize][n],
                None => &self.boundary[n],
            };
            add(&mut scores, part);
        }
        add(&mut scores, from_left);
        let with_after = self.pair_scores(Some(word), after);
        add(&mut scores, &with_after.to_left);
        *from_left = with_after.to_right;
        let skip = self.skips.get_or_insert_with(before, after, |skip| {
            *skip = [0; N_LABELS];
            words.skip_features(before, after, &mut adder(model, skip));
        });
        add(&mut scores, skip);
        let shapes = [before, Some(word), after].map(|t| words.shape_of(t));
        let at = shapes
            .iter()
            .fold(0, |at, &shape| at * Shape::COUNT + shape as usize);
        add(
            &mut scores,
            self.shapes[at].get_or_insert_with(|| {
                let mut scores = [0; N_LABELS];
                model.add_weights(shape_trigram_feature(shapes), &mut scores);
                scores
            }),
        );
        let fixed = &self.fixed_gazetteer;
        words.gazetteer_features(
            sentence.clone(),
            i,
            gazetteer,
            &mut |feature| match feature {
                GazetteerFeature::Fixed(index) => add(&mut scores, &fixed[index]),
                GazetteerFeature::Hashed(fingerprint) => {
                    model.add_weights(fingerprint, &mut scores)
                }
            },
        );
        if let Some((stem, sees_the_first_six)) = words.shared_stem(i) {
            let shared = self.occurrences[stem as usize]
                .get_or_insert_with(|| OccurrenceScores::new(words, model, stem));
            if sees_the_first_six {
                add(&mut scores, &shared.first_six);
            } else {
                // One of the first occurrences sees all of them but itself.
                add(&mut scores, &shared.all);
                let mut own = [0; N_LABELS];
                words.occurrence_context_features(i, &mut adder(model, &mut own));
                for (score, w) in scores.iter_mut().zip(own) {
                    *score -= w;
                }
            }
        }
        scores
    }
}

impl Scorer<'_, '_> {
    /// The scores adjacent tokens of word types `left` and `right` (`None`
    /// past the sentence's edge) give each other.
    fn pair_scores(&mut self, left: Option<u32>, right: Option<u32>) -> &PairScores {
        let (words, model, boundary, types) = (self.words, self.model, &self.boundary, &self.types);
        self.pairs.get_or_insert_with(left, right, |pair| {
            pair.to_left = [0; N_LABELS];
            pair.to_right = [0; N_LABELS];
            words.pair_features(
                left,
                right,
                &mut adder(model, &mut pair.to_left),
                &mut adder(model, &mut pair.to_right),
            );
            let seen = |word: Option<u32>, n: usize| match word {
                Some(t) => &types.seen_as[t as usize][n],
                None => &boundary[n],
            };
            add(&mut pair.to_left, seen(right, AFTER));
            add(&mut pair.to_right, seen(left, BEFORE));
        })
    }
}

/// A bounded cache keyed by a pair of word types, either of which may be
/// the sentence's edge. Each pair hashes to a set of two slots, and a new
/// pair takes the slot of the one stored before the other, so memory stays
/// the same however long the text, and two frequent pairs that hash alike
/// no longer keep evicting each other. Values stay where they were
/// written: in WebAssembly, moving one larger than 64 bytes is a call out
/// of the module, which cost more than the lookup.
struct PairCache<V> {
    /// How far a key's hash is shifted to give its set.
    shift: u32,
    keys: Vec<[u64; 2]>,
    values: Vec<[V; 2]>,
    /// Per set, the slot the next new pair takes.
    older: Vec<u8>,
}

/// The most entries of a [`PairCache`]: enough for the pairs a long text
/// keeps repeating (on the seeds repeated twelve times, half as many miss
/// 6 200 pairs instead of the 3 600 first meetings), few enough that the
/// pair and skip caches together take about 2 MB.
const MAX_PAIR_CACHE: usize = 1 << 14;

/// A key no pair has: both word types past the sentence's end.
const NO_PAIR: u64 = u64::MAX;

impl<V: Copy + Default> PairCache<V> {
    /// A cache for a document of `tokens` tokens, at most [`MAX_PAIR_CACHE`].
    fn new(tokens: usize) -> Self {
        let sets = tokens.next_power_of_two().clamp(16, MAX_PAIR_CACHE) / 2;
        PairCache {
            shift: 64 - sets.trailing_zeros(),
            keys: vec![[NO_PAIR; 2]; sets],
            values: vec![[V::default(); 2]; sets],
            older: vec![0; sets],
        }
    }

    /// The value of the pair, written by `fill` into a slot that holds
    /// an evicted pair's value if the pair is not cached.
    fn get_or_insert_with(
        &mut self,
        left: Option<u32>,
        right: Option<u32>,
        fill: impl FnOnce(&mut V),
    ) -> &V {
        // The sentence's start and end, apart so that no pair is NO_PAIR.
        let left = left.unwrap_or(u32::MAX - 1) as u64;
        let right = right.unwrap_or(u32::MAX) as u64;
        let key = left << 32 | right;
        // The top bits of a multiplicative hash depend on every bit of the key.
        let set = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        let (keys, values) = (&mut self.keys[set], &mut self.values[set]);
        if let Some(slot) = keys.iter().position(|&k| k == key) {
            return &values[slot];
        }
        let slot = self.older[set] as usize;
        self.older[set] ^= 1;
        keys[slot] = key;
        fill(&mut values[slot]);
        &values[slot]
    }
}

/// Per word type, the scores of the features it gives the token it is and
/// those it gives each token it is a neighbour of: a text has fewer word
/// types than word pairs, which are cached by the pair.
struct TypeScores {
    own: Vec<Scores>,
    /// By [`NEIGHBOURS`]: `seen_as[t][0]` is what type `t` gives the token
    /// two places after it, as that token's `w-2`.
    seen_as: Vec<[Scores; NEIGHBOURS.len()]>,
}

impl TypeScores {
    fn new(words: &DocumentWords, model: &Model) -> TypeScores {
        let types = 0..words.type_count() as u32;
        let score = |word_type, neighbour| {
            let mut scores = [0; N_LABELS];
            words.neighbour_features(word_type, neighbour, &mut adder(model, &mut scores));
            scores
        };
        TypeScores {
            own: types
                .clone()
                .map(|word_type| {
                    let mut scores = [0; N_LABELS];
                    words.own_features(word_type, &mut adder(model, &mut scores));
                    scores
                })
                .collect(),
            seen_as: types
                .map(|word_type| NEIGHBOURS.each_ref().map(|n| score(word_type, n)))
                .collect(),
        }
    }
}

/// The scores of the contexts of a stem's first occurrences (see
/// [`DocumentWords::occurrence_features`]): of the first six, which every
/// later occurrence sees, and of all of them, which each of them sees but
/// for its own.
#[derive(Clone)]
struct OccurrenceScores {
    first_six: Scores,
    all: Scores,
}

impl OccurrenceScores {
    fn new(words: &DocumentWords, model: &Model, stem: u32) -> OccurrenceScores {
        let mut first_six = [0; N_LABELS];
        words.occurrence_features(stem, None, &mut adder(model, &mut first_six));
        let mut all = [0; N_LABELS];
        for &j in words.first_occurrences(stem) {
            words.occurrence_context_features(j as usize, &mut adder(model, &mut all));
        }
        OccurrenceScores { first_six, all }
    }
}

fn adder<'a>(model: &'a Model, scores: &'a mut Scores) -> impl FnMut(u32) + 'a {
    move |feature| model.add_weights(feature, scores)
}

fn add(scores: &mut Scores, part: &Scores) {
    for (score, w) in scores.iter_mut().zip(part) {
        *score += w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::sentences_with_words;
    use crate::entities::tagger::{known_names, model, vocabulary};
    use crate::text::Tokens;

    /// The caches are only a faster way to add up the weights of every
    /// feature training sees.
    #[test]
    fn cached_scores_are_the_sums_of_every_feature() {
        // The name recurs more than six times, so that both ways of
        // scoring a stem's occurrences are used; titles, a nationality,
        // known places, figures and Latin letters give every feature.
        let paragraph = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا لن تتراجع. \
                         وأضاف بوتين أن الولايات المتحدة تتحمل المسؤولية عن 55 مليار دولار حسب Reuters.\n";
        let text = paragraph.repeat(4);
        let tokens = Tokens::new(&text);
        let sentences = sentences_with_words(&tokens);
        let words = DocumentWords::new(&tokens, &sentences, vocabulary(), known_names());
        let model = model();
        let mut scorer = Scorer::new(&words, model);
        let mut gazetteer = SentenceGazetteer::default();
        for sentence in &sentences {
            gazetteer.read(&words, sentence.clone());
            let mut cached = Vec::new();
            scorer.sentence_scores(sentence, &gazetteer, |scores| cached.push(scores));
            for (i, scores) in sentence.clone().zip(cached) {
                let mut every_feature = [0; N_LABELS];
                words.token_features(
                    sentence.clone(),
                    i,
                    &gazetteer,
                    &mut adder(model, &mut every_feature),
                );
                assert_eq!(scores, every_feature, "token {i}: {}", tokens.folded(i));
            }
        }
    }
}
