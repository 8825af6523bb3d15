//! The learned tagger run over a document. A token's emission scores are
//! the weights of its features, and most of those depend on one word
//! only: on the token's own word, or on a neighbour's seen from one to two
//! places away. Those parts are summed once per word type and cached, as
//! is the context the document lends each stem; and the features of a
//! word's traits (its shape, its marks, how common it is), which many
//! types share, are weighed once per set of traits. Most of the rest
//! depend on a pair of adjacent word types or on three shapes: those sums
//! are kept in caches keyed by the pair (bounded) or the shapes, since
//! news repeats its word pairs and a pair has four features to look up.
//! The two words around a token give one feature, looked up at each
//! token: on varied news most such pairs are new, and caching them cost
//! more than it saved. What the gazetteers say of a token and its
//! neighbours comes as three small codes, each weighed once per document
//! and place; only a phrase's `gaz|w`, which names the word, is looked up
//! at each token in a phrase. Sums are exact integers, so the labels are
//! those of scoring every feature of [`DocumentWords::token_features`] one
//! by one.

use std::ops::Range;

use super::features::{
    boundary_features, shape_trigram_feature, DocumentWords, GazetteerCode, SentenceGazetteer,
    Shape, Traits, FIXED_GAZETTEER_FEATURES, MAX_OTHER_OCCURRENCES, NEIGHBOURS,
};
use super::tagger::{Decoder, Model, N_LABELS};
use crate::hashing::FastMap;

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
        scorer.sentence_scores(sentence, &gazetteer, &mut emissions);
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
    /// The word type standing for the places past a sentence's edges,
    /// numbered after the document's: a token sees the edge through the
    /// same tables as a word, with no test of where it stands.
    edge: u32,
    types: TypeScores,
    /// By word type, the edge's last.
    shapes_of_types: Vec<Shape>,
    /// The sentence being scored, its word types between two edges on
    /// each side: the five a token sees are five in a row.
    window: Vec<u32>,
    occurrences: Vec<Option<OccurrenceScores>>,
    contexts: ContextScores,
    /// By adjacent word types: what each gives the other, the features of
    /// the pair and of the neighbour's own word; and the left one's own
    /// scores, which each token takes from its pair with the token after.
    pairs: PairCache<PairScores>,
    /// By the shapes of a token and its neighbours.
    shapes: Vec<Option<Scores>>,
    /// By the place a token sees a [`GazetteerCode`] from (its own, the
    /// one before, the one after) and the code: the weights of the fixed
    /// features it gives, worked out at the code's first sighting.
    gazetteer_codes: Vec<Option<Scores>>,
}

/// The scores two adjacent tokens give each other, the left one's own
/// scores ([`TypeScores::own`]) counted in with what it is given.
#[derive(Clone, Copy, Default)]
struct PairScores {
    to_left: Scores,
    to_right: Scores,
}

impl<'a, 't> Scorer<'a, 't> {
    fn new(words: &'a DocumentWords<'t>, model: &'a Model) -> Self {
        let tokens = words.tokens().len();
        let edge = words.type_count() as u32;
        Scorer {
            words,
            model,
            edge,
            types: TypeScores::new(words, model),
            shapes_of_types: (0..edge)
                .map(|t| words.shape_of(Some(t)))
                .chain([Shape::Edge])
                .collect(),
            window: Vec::new(),
            occurrences: vec![None; words.shared_stem_count()],
            contexts: ContextScores::new(words.type_count()),
            pairs: PairCache::new(tokens),
            shapes: vec![None; Shape::COUNT.pow(3)],
            gazetteer_codes: vec![None; 3 * GazetteerCode::COUNT],
        }
    }

    /// The scores of the features of each token of `sentence`, whose
    /// gazetteer tags are `gazetteer`, in `emissions`, in order. The
    /// scores a pair of adjacent tokens gives both are looked up once.
    fn sentence_scores(
        &mut self,
        sentence: &Range<usize>,
        gazetteer: &SentenceGazetteer,
        emissions: &mut Vec<Scores>,
    ) {
        let mut window = std::mem::take(&mut self.window);
        window.clear();
        window.extend([self.edge; 2]);
        window.extend(sentence.clone().map(|i| self.words.type_of(i)));
        window.extend([self.edge; 2]);
        emissions.clear();
        let mut from_left = self.pair_scores(self.edge, window[2]).to_right;
        for (i, seen) in sentence.clone().zip(window.windows(5)) {
            let seen: &[u32; 5] = seen.try_into().expect("windows of five");
            let scores = self.token_scores(sentence, i, seen, &mut from_left, gazetteer);
            emissions.push(scores);
        }
        self.window = window;
    }

    /// The scores of the features of token `i` of `sentence`, whose
    /// gazetteer tags are `gazetteer` and which sees the word types `seen`
    /// from two places before it to two after, given those its pair with
    /// the token before gives it (`from_left`), which are then replaced by
    /// those its pair with the token after gives that token.
    fn token_scores(
        &mut self,
        sentence: &Range<usize>,
        i: usize,
        &[before_before, before, word, after, after_after]: &[u32; 5],
        from_left: &mut Scores,
        gazetteer: &SentenceGazetteer,
    ) -> Scores {
        let (words, model) = (self.words, self.model);
        let seen_as = &self.types.seen_as;
        let mut scores = seen_as[before_before as usize][0];
        add(
            &mut scores,
            &seen_as[after_after as usize][NEIGHBOURS.len() - 1],
        );
        add(&mut scores, from_left);
        let with_after = self.pair_scores(word, after);
        add(&mut scores, &with_after.to_left);
        *from_left = with_after.to_right;
        // The words on either side give one feature: looking it up in the
        // model costs a little more than looking it up in a cache of such
        // pairs did, and on varied news, where most pairs are new, less.
        let edge = self.edge;
        let (before_word, after_word) = (word_or_edge(before, edge), word_or_edge(after, edge));
        words.skip_features(before_word, after_word, &mut adder(model, &mut scores));
        let shapes = [before, word, after].map(|t| self.shapes_of_types[t as usize]);
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
        let codes = gazetteer.codes_around(i - sentence.start);
        if codes != [GazetteerCode::NONE; 3] {
            for (position, code) in codes.into_iter().enumerate() {
                if code == GazetteerCode::NONE {
                    continue;
                }
                let at = position * GazetteerCode::COUNT + code.index();
                add(
                    &mut scores,
                    self.gazetteer_codes[at].get_or_insert_with(|| {
                        let mut scores = [0; N_LABELS];
                        for index in code.fixed_features(position) {
                            model.add_weights(FIXED_GAZETTEER_FEATURES[index], &mut scores);
                        }
                        scores
                    }),
                );
            }
            if let Some(feature) = words.phrase_word_feature(i, codes[0]) {
                model.add_weights(feature, &mut scores);
            }
        }
        if let Some((stem, sees_the_first_six)) = words.shared_stem(i) {
            let contexts = &mut self.contexts;
            let shared = self.occurrences[stem as usize]
                .get_or_insert_with(|| OccurrenceScores::new(words, model, contexts, stem));
            if sees_the_first_six {
                add(&mut scores, &shared.first_six);
            } else {
                // One of the first occurrences sees all of them but itself.
                add(&mut scores, &shared.all);
                let own = contexts.of_occurrence(words, model, i);
                for (score, w) in scores.iter_mut().zip(own) {
                    *score -= w;
                }
            }
        }
        scores
    }
}

impl Scorer<'_, '_> {
    /// The scores adjacent tokens of word types `left` and `right` (either
    /// of which may be the edge) give each other.
    fn pair_scores(&mut self, left: u32, right: u32) -> &PairScores {
        let (pair, is_new) = self.pairs.entry(left, right);
        if is_new {
            weigh_pair(
                pair,
                self.words,
                self.model,
                &self.types,
                [left, right],
                self.edge,
            );
        }
        pair
    }
}

/// Writes into `pair` the scores adjacent tokens of word types `left` and
/// `right` (either of which may be the `edge`) give each other. Apart from
/// the lookup, which runs at every token, so that the lookup keeps its
/// few values in registers.
#[cold]
#[inline(never)]
fn weigh_pair(
    pair: &mut PairScores,
    words: &DocumentWords,
    model: &Model,
    types: &TypeScores,
    [left, right]: [u32; 2],
    edge: u32,
) {
    pair.to_left = [0; N_LABELS];
    pair.to_right = [0; N_LABELS];
    words.pair_features(
        word_or_edge(left, edge),
        word_or_edge(right, edge),
        &mut adder(model, &mut pair.to_left),
        &mut adder(model, &mut pair.to_right),
    );
    add(&mut pair.to_left, &types.seen_as[right as usize][AFTER]);
    add(&mut pair.to_right, &types.seen_as[left as usize][BEFORE]);
    // The edge, numbered after the word types, is no token: it has no
    // scores of its own.
    if let Some(own) = types.own.get(left as usize) {
        add(&mut pair.to_left, own);
    }
}

/// Word type `t`, or `None` if it is the `edge`.
fn word_or_edge(t: u32, edge: u32) -> Option<u32> {
    (t != edge).then_some(t)
}

/// A bounded cache keyed by a pair of word types, either of which may be
/// the sentence's edge. Each pair hashes to a set of two slots, and a new
/// pair takes the slot of the one stored before the other, so memory stays
/// the same however long the text, and two frequent pairs that hash alike
/// no longer keep evicting each other. A set's keys lie next to its
/// values, which a hit reads next. Values stay where they were written:
/// in WebAssembly, moving one larger than 64 bytes is a call out of the
/// module, which cost more than the lookup.
struct PairCache<V> {
    /// How far a key's hash is shifted to give its set.
    shift: u32,
    sets: Vec<PairSet<V>>,
}

#[derive(Clone, Copy)]
struct PairSet<V> {
    keys: [u64; 2],
    values: [V; 2],
    /// The slot the next new pair takes.
    older: u8,
}

/// The most entries of a [`PairCache`]: enough for the pairs a long text
/// keeps repeating (on the seeds repeated twelve times, half as many miss
/// 6 200 pairs instead of the 3 600 first meetings), few enough that the
/// cache takes about 1.3 MB.
const MAX_PAIR_CACHE: usize = 1 << 14;

/// A key no pair has: word types are numbered below `u32::MAX`.
const NO_PAIR: u64 = u64::MAX;

impl<V: Copy + Default> PairCache<V> {
    /// A cache for a document of `tokens` tokens, at most [`MAX_PAIR_CACHE`].
    fn new(tokens: usize) -> Self {
        let sets = tokens.next_power_of_two().clamp(16, MAX_PAIR_CACHE) / 2;
        let empty = PairSet {
            keys: [NO_PAIR; 2],
            values: [V::default(); 2],
            older: 0,
        };
        PairCache {
            shift: 64 - sets.trailing_zeros(),
            sets: vec![empty; sets],
        }
    }

    /// The value of the pair, and whether the pair is new to the cache: a
    /// new pair takes the slot of the older pair of its set, whose value
    /// the caller is to overwrite.
    #[inline(always)]
    fn entry(&mut self, left: u32, right: u32) -> (&mut V, bool) {
        let key = (left as u64) << 32 | right as u64;
        // The top bits of a multiplicative hash depend on every bit of the key.
        let set = &mut self.sets[(key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize];
        let (slot, is_new) = match set.keys {
            [first, _] if first == key => (0, false),
            [_, second] if second == key => (1, false),
            _ => (set.take_older(key), true),
        };
        (&mut set.values[slot], is_new)
    }
}

impl<V> PairSet<V> {
    /// Stores the pair `key` in place of the older of the two, whose slot
    /// it returns.
    #[cold]
    fn take_older(&mut self, key: u64) -> usize {
        let slot = usize::from(self.older & 1);
        self.older ^= 1;
        self.keys[slot] = key;
        slot
    }
}

/// Per word type, the scores of the features it gives the token it is and
/// those it gives each token it is a neighbour of: a text has fewer word
/// types than word pairs, which are cached by the pair.
struct TypeScores {
    own: Vec<Scores>,
    /// By [`NEIGHBOURS`]: `seen_as[t][0]` is what type `t` gives the token
    /// two places after it, as that token's `w-2`. The row after the last
    /// word type's is what a token sees where a neighbour falls outside
    /// its sentence.
    seen_as: Vec<[Scores; NEIGHBOURS.len()]>,
}

impl TypeScores {
    fn new(words: &DocumentWords, model: &Model) -> TypeScores {
        let type_count = words.type_count();
        let mut own = Vec::with_capacity(type_count);
        let mut seen_as = Vec::with_capacity(type_count + 1);
        // Varied news has about ten word types to each set of traits.
        let mut by_traits: FastMap<Traits, TraitScores> = FastMap::default();
        for word_type in 0..type_count as u32 {
            let traits = words.traits(word_type);
            let of_traits = by_traits
                .entry(traits)
                .or_insert_with(|| TraitScores::new(traits, model));
            let mut scores = of_traits.own;
            words.own_word_features(word_type, &mut adder(model, &mut scores));
            own.push(scores);
            seen_as.push(std::array::from_fn(|n| {
                let mut scores = of_traits.seen_as[n];
                let neighbour = &NEIGHBOURS[n];
                words.neighbour_word_features(word_type, neighbour, &mut adder(model, &mut scores));
                scores
            }));
        }
        seen_as.push(NEIGHBOURS.each_ref().map(|neighbour| {
            let mut scores = [0; N_LABELS];
            boundary_features(neighbour, &mut adder(model, &mut scores));
            scores
        }));
        TypeScores { own, seen_as }
    }
}

/// The scores of the features a word type's [`Traits`] give, as
/// [`TypeScores`] holds those of the whole type.
struct TraitScores {
    own: Scores,
    seen_as: [Scores; NEIGHBOURS.len()],
}

impl TraitScores {
    fn new(traits: Traits, model: &Model) -> TraitScores {
        let mut own = [0; N_LABELS];
        traits.own_features(&mut adder(model, &mut own));
        TraitScores {
            own,
            seen_as: NEIGHBOURS.each_ref().map(|neighbour| {
                let mut scores = [0; N_LABELS];
                traits.neighbour_features(neighbour, &mut adder(model, &mut scores));
                scores
            }),
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
    fn new(
        words: &DocumentWords,
        model: &Model,
        contexts: &mut ContextScores,
        stem: u32,
    ) -> OccurrenceScores {
        let occurrences = words.first_occurrences(stem);
        let mut first_six = [0; N_LABELS];
        for &j in occurrences.iter().take(MAX_OTHER_OCCURRENCES) {
            add(
                &mut first_six,
                &contexts.of_occurrence(words, model, j as usize),
            );
        }
        // All of them are the first six and the one after, if there is one:
        // their contexts are not weighed twice.
        let mut all = first_six;
        if let Some(&j) = occurrences.get(MAX_OTHER_OCCURRENCES) {
            add(&mut all, &contexts.of_occurrence(words, model, j as usize));
        }
        OccurrenceScores { first_six, all }
    }
}

/// By word type, the scores of the context it gives an occurrence of a
/// stem as the word before it and as the word after it
/// ([`DocumentWords::context_feature`]), weighed at first need: a text's
/// stems occur next to the same few words (في، من، الرئيس) again and
/// again. The row after the last word type's is the document's edge.
struct ContextScores {
    by_type: Vec<[Option<Scores>; 2]>,
}

impl ContextScores {
    fn new(type_count: usize) -> ContextScores {
        ContextScores {
            by_type: vec![[None; 2]; type_count + 1],
        }
    }

    /// The scores of the context occurrence `j` of a stem shows the others
    /// ([`DocumentWords::occurrence_context_features`]).
    fn of_occurrence(&mut self, words: &DocumentWords, model: &Model, j: usize) -> Scores {
        let edge = self.by_type.len() - 1;
        let mut scores = [0; N_LABELS];
        for (side, word) in words.document_neighbours(j).into_iter().enumerate() {
            let row = word.map_or(edge, |t| t as usize);
            let of_word = self.by_type[row][side].get_or_insert_with(|| {
                let mut scores = [0; N_LABELS];
                model.add_weights(words.context_feature(side, word), &mut scores);
                scores
            });
            add(&mut scores, of_word);
        }
        scores
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
            scorer.sentence_scores(sentence, &gazetteer, &mut cached);
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
