//! The learned tagger: a linear model over [`super::features`] with
//! first-order label transitions, decoded with Viterbi, trained as an
//! averaged structured perceptron on ANERcorp (`examples/train_tagger.rs`).
//!
//! Labels are BIO over PERS, LOC, ORG and MISC. The weights ship compiled
//! in (`data/tagger/weights.bin`, derived from ANERcorp, CC BY-SA 4.0) in a
//! compact form: 32-bit feature fingerprints, sorted and delta-coded, a
//! bit mask of the labels each feature has weights for, and those weights
//! quantised to 16 bits.

use std::ops::Add;
use std::sync::{LazyLock, OnceLock};

use super::features::{word_frequencies, KnownNames, Vocabulary};
pub use super::weight_table::Model;
use super::weight_table::MAGIC;
use crate::hashing::FastMap;

/// The labels, in the order of the weight rows.
pub const LABELS: [&str; 9] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
pub const N_LABELS: usize = LABELS.len();

const WEIGHTS: &[u8] = include_bytes!("../../data/tagger/weights.bin");
const VOCABULARY: &str = include_str!("../../data/tagger/vocabulary.txt");
const NAMES: &str = include_str!("../../data/tagger/names.txt");

/// Whether label `to` may follow label `from` (`None` at sentence start):
/// an I- label only continues a B- or I- label of the same type.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    let inside = LABELS[to].strip_prefix("I-");
    match (inside, from) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(kind), Some(from)) => LABELS[from].get(2..) == Some(kind),
    }
}

/// [`allowed`] worked out once from the label names: the labels that may
/// open a sentence, and which label may follow which.
struct LabelOrder {
    may_open: [bool; N_LABELS],
    may_follow: [[bool; N_LABELS]; N_LABELS],
}

static LABEL_ORDER: LazyLock<LabelOrder> = LazyLock::new(|| LabelOrder {
    may_open: std::array::from_fn(|label| allowed(None, label)),
    may_follow: std::array::from_fn(|from| std::array::from_fn(|to| allowed(Some(from), to))),
});

/// A weight model in the shape training and inference share: a dense row of
/// label weights per feature, and transition weights (row `N_LABELS` is the
/// start of a sentence).
pub struct Weights {
    pub features: FastMap<u32, [f32; N_LABELS]>,
    pub transitions: [[f32; N_LABELS]; N_LABELS + 1],
}

impl Weights {
    pub fn new() -> Self {
        Weights {
            features: FastMap::default(),
            transitions: [[0.0; N_LABELS]; N_LABELS + 1],
        }
    }

    /// The best label sequence for a sentence given its token features.
    pub fn decode(&self, sentence: &[Vec<u32>]) -> Vec<usize> {
        let emissions: Vec<[f32; N_LABELS]> = sentence
            .iter()
            .map(|features| {
                let mut scores = [0.0; N_LABELS];
                for row in features.iter().filter_map(|f| self.features.get(f)) {
                    for (score, w) in scores.iter_mut().zip(row) {
                        *score += w;
                    }
                }
                scores
            })
            .collect();
        viterbi(&emissions, &self.transitions)
    }

    /// The compact binary form (see the module doc), dropping weights whose
    /// magnitude is below `min_weight`.
    pub fn encode(&self, min_weight: f32) -> Vec<u8> {
        let max = self
            .features
            .values()
            .flatten()
            .chain(self.transitions.iter().flatten())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let mut kept: Vec<(u32, u16, Vec<i16>)> = Vec::new();
        for (&key, row) in &self.features {
            let mut mask = 0u16;
            let mut values = Vec::new();
            for (label, &w) in row.iter().enumerate() {
                if w.abs() >= min_weight && (w / scale).round() != 0.0 {
                    mask |= 1 << label;
                    values.push((w / scale).round() as i16);
                }
            }
            if mask != 0 {
                kept.push((key, mask, values));
            }
        }
        kept.sort_by_key(|k| k.0);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in self.transitions.iter().flatten() {
            out.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
        }
        let mut previous = 0u32;
        for (key, _, _) in &kept {
            write_varint(&mut out, key - previous);
            previous = *key;
        }
        for (_, mask, _) in &kept {
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for value in kept.iter().flat_map(|k| &k.2) {
            out.extend_from_slice(&value.to_le_bytes());
        }
        out
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights::new()
    }
}

/// Within one document, a name recognised once is a name everywhere: news
/// introduces a person or club in full once (فيليبي ماسا) and then repeats
/// the short form in contexts that say little (ماسا). `stems` are the
/// [`spread_keys`] of the tokens' folded forms without proclitics (see
/// [`super::features::stem`]), `labels` the tagger's labels for the
/// whole document; O tokens whose stem the document tags as a one-word
/// name, or as the last word of a person's name, get that name's type.
pub fn spread_within_document(stems: &[Option<u32>], labels: &mut [usize]) {
    // Keys are numbered densely from 0, so a table indexed by key holds the
    // counts, and the common case, a stem never tagged, costs no hashing.
    let keys = stems.iter().flatten().max().map_or(0, |&k| k as usize + 1);
    let mut types: Vec<Option<[u32; N_LABELS]>> = vec![None; keys];
    let mut i = 0;
    while i < labels.len() {
        if !LABELS[labels[i]].starts_with("B-") {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < labels.len() && labels[end] == labels[i] + 1 {
            end += 1;
        }
        let is_person = LABELS[labels[i]] == "B-PERS";
        if let Some(stem) = stems[end - 1].filter(|_| end == i + 1 || is_person) {
            types[stem as usize].get_or_insert([0; N_LABELS])[labels[i]] += 1;
        }
        i = end;
    }
    for (stem, label) in stems.iter().zip(labels.iter_mut()) {
        if *label != 0 {
            continue;
        }
        if let Some(counts) = stem.and_then(|stem| types[stem as usize].as_ref()) {
            let (best, _) = counts
                .iter()
                .enumerate()
                .max_by_key(|&(_, c)| c)
                .unwrap_or((0, &0));
            *label = best;
        }
    }
}

/// Shorter stems are too often particles or pieces of other words.
const MIN_SPREAD_LETTERS: usize = 3;

/// The keys [`spread_within_document`] knows `stems` by: one number per
/// stem, so that a document's stems are hashed once per word type rather
/// than per token, and none for a stem too short or too common to spread
/// to, whose name no other token would take. Folded, the preposition على
/// is the name علي, أمام (in front of) is إمام, and one of them tagged
/// alone made every other a mention of that name; جنوب, السنة or يبدو
/// tagged once took hundreds of their uses with them. Stems are without
/// the article, so it counts with it too: the last word of يوسف إسلام took
/// every الإسلام. Each stem comes with whether it is that common
/// ([`is_common_stem`]), which callers that know its frequencies already
/// need not look up again.
pub fn spread_keys<'s>(stems: impl IntoIterator<Item = (&'s str, bool)>) -> Vec<Option<u32>> {
    let stems = stems.into_iter();
    let mut numbers: FastMap<&str, u32> =
        FastMap::with_capacity_and_hasher(stems.size_hint().0, Default::default());
    stems
        .map(|(stem, is_common)| {
            (stem.chars().count() >= MIN_SPREAD_LETTERS && !is_common).then(|| {
                let next = numbers.len() as u32;
                *numbers.entry(stem).or_insert(next)
            })
        })
        .collect()
}

/// Whether a stem, or the stem with the article, is common Arabic
/// ([`super::features::WordFrequencies::is_common`]): too common for
/// [`spread_keys`] to spread a name to.
pub fn is_common_stem(stem: &str) -> bool {
    let frequencies = word_frequencies();
    frequencies.is_common(stem) || frequencies.is_common_with_article(stem)
}

/// The shipped model, decoded on first use.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::decode(WEIGHTS)
            .expect("data/tagger/weights.bin is written by examples/train_tagger.rs")
    })
}

/// The names the shipped model's training data tags.
pub fn known_names() -> &'static KnownNames {
    static NAMES_SET: OnceLock<KnownNames> = OnceLock::new();
    NAMES_SET.get_or_init(|| KnownNames::from_lines(NAMES))
}

/// The vocabulary the shipped model was trained with.
pub fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY_SET: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY_SET.get_or_init(|| Vocabulary::from_lines(VOCABULARY))
}

/// The best label sequence given each token's label scores.
pub fn viterbi(
    emissions: &[[f32; N_LABELS]],
    transitions: &[[f32; N_LABELS]; N_LABELS + 1],
) -> Vec<usize> {
    let mut labels = vec![0; emissions.len()];
    Decoder::new(transitions).decode_into(emissions, &mut labels);
    labels
}

/// What a path's score is: `f32` for training's weights, `i32` for the
/// shipped model's, whose weights are integers in units of its scale, so
/// that inference adds exactly and in the widest vector lanes there are.
pub trait Score: Copy + PartialOrd + Add<Output = Self> {
    /// The weight of a forbidden transition: a path through one scores
    /// below any other, and adding a token's scores to it cannot overflow.
    const FORBIDDEN: Self;

    /// `self` taken relative to `base`, where that keeps scores in range.
    fn relative_to(self, base: Self) -> Self;
}

impl Score for f32 {
    const FORBIDDEN: f32 = f32::NEG_INFINITY;

    /// Floats keep their range by themselves; subtracting would only
    /// change how training's sums round.
    fn relative_to(self, _: f32) -> f32 {
        self
    }
}

impl Score for i32 {
    // Scores stay within a few million of each other (see `decode_into`).
    const FORBIDDEN: i32 = i32::MIN / 4;

    fn relative_to(self, base: i32) -> i32 {
        self - base
    }
}

/// The number of entity kinds (PERS, LOC, ORG, MISC).
const KINDS: usize = (N_LABELS - 1) / 2;

/// Each kind's `B-` and `I-` label, as [`LABELS`] orders them.
const fn begin_label(kind: usize) -> usize {
    1 + 2 * kind
}

const fn inside_label(kind: usize) -> usize {
    2 + 2 * kind
}

/// One score per label, grouped the way [`allowed`] treats them: O, which
/// follows every label, the `B-` labels, which do too, and the `I-` ones,
/// which follow only their own kind. Grouped so, the `B-` and `I-` scores
/// are one vector of four each.
#[derive(Clone, Copy)]
struct Lanes<S> {
    outside: S,
    begin: [S; KINDS],
    inside: [S; KINDS],
}

impl<S: Score> Lanes<S> {
    fn from_labels(scores: &[S; N_LABELS]) -> Lanes<S> {
        Lanes {
            outside: scores[0],
            begin: std::array::from_fn(|kind| scores[begin_label(kind)]),
            inside: std::array::from_fn(|kind| scores[inside_label(kind)]),
        }
    }

    fn to_labels(self) -> [S; N_LABELS] {
        std::array::from_fn(|label| match label {
            0 => self.outside,
            _ if label % 2 == 1 => self.begin[(label - 1) / 2],
            _ => self.inside[(label - 2) / 2],
        })
    }
}

fn max<S: Score>(a: S, b: S) -> S {
    if b > a {
        b
    } else {
        a
    }
}

fn add_each<S: Score>(a: [S; KINDS], b: [S; KINDS]) -> [S; KINDS] {
    std::array::from_fn(|k| a[k] + b[k])
}

fn max_each<S: Score>(a: [S; KINDS], b: [S; KINDS]) -> [S; KINDS] {
    std::array::from_fn(|k| max(a[k], b[k]))
}

/// Viterbi over one set of transitions, sentence after sentence: the
/// transitions are arranged once, and the buffer of scores is reused.
///
/// Of the 81 transitions, 17 lead to an `I-` label, and only 8 of those
/// are allowed: each `I-` label is reached from two labels, and O and the
/// `B-` labels from all nine. The forward pass weighs only the allowed
/// ones, the `B-` labels side by side: a forbidden transition would
/// score below any allowed one (the scores stay within a few million of
/// each other), so the maxima are those of weighing all 81.
pub struct Decoder<S> {
    /// The transitions the forward pass weighs, named from and to.
    outside_to_outside: S,
    outside_to_begin: [S; KINDS],
    /// By the kind of the label they are from: `begin_to_begin[k][to]`.
    begin_to_begin: [[S; KINDS]; KINDS],
    inside_to_begin: [[S; KINDS]; KINDS],
    begin_to_outside: [S; KINDS],
    inside_to_outside: [S; KINDS],
    /// Within each kind.
    begin_to_inside: [S; KINDS],
    inside_to_inside: [S; KINDS],
    /// Every transition into each label, `steps_into[to][from]`, forbidden
    /// ones weighing [`Score::FORBIDDEN`], for tracing back: a forbidden
    /// predecessor's score is never above the best, so the choices are
    /// those of skipping it. By the label they lead to, so that tracing
    /// back reads one row.
    steps_into: [[S; N_LABELS]; N_LABELS],
    /// What opening a sentence with each label weighs.
    opening: [S; N_LABELS],
    /// The best score of a path ending in each label, for each token of the
    /// sentence but the last, read again while tracing back.
    best: Vec<[S; N_LABELS]>,
}

impl<S: Score> Decoder<S> {
    /// A decoder for `transitions`, whose row `N_LABELS` is the start of a
    /// sentence.
    pub fn new(transitions: &[[S; N_LABELS]; N_LABELS + 1]) -> Decoder<S> {
        let order = &*LABEL_ORDER;
        let weigh = |allowed: bool, w: S| if allowed { w } else { S::FORBIDDEN };
        let to_begin = |from: usize| std::array::from_fn(|to| transitions[from][begin_label(to)]);
        let within_kind = |from: fn(usize) -> usize, to: fn(usize) -> usize| {
            std::array::from_fn(|kind| transitions[from(kind)][to(kind)])
        };
        Decoder {
            outside_to_outside: transitions[0][0],
            outside_to_begin: to_begin(0),
            begin_to_begin: std::array::from_fn(|kind| to_begin(begin_label(kind))),
            inside_to_begin: std::array::from_fn(|kind| to_begin(inside_label(kind))),
            begin_to_outside: std::array::from_fn(|kind| transitions[begin_label(kind)][0]),
            inside_to_outside: std::array::from_fn(|kind| transitions[inside_label(kind)][0]),
            begin_to_inside: within_kind(begin_label, inside_label),
            inside_to_inside: within_kind(inside_label, inside_label),
            steps_into: std::array::from_fn(|to| {
                std::array::from_fn(|from| weigh(order.may_follow[from][to], transitions[from][to]))
            }),
            opening: std::array::from_fn(|to| weigh(order.may_open[to], transitions[N_LABELS][to])),
            best: Vec::new(),
        }
    }

    /// The best label sequence for `emissions`, written into `labels`, as
    /// long as `emissions`.
    ///
    /// The forward pass keeps only the best scores, a maximum the compiler
    /// vectorises; which predecessor gave each is found again while tracing
    /// back, for the one label chosen at each token. After each token,
    /// integer scores are taken relative to label O's, which may follow
    /// every label: the choices are the same, and however long the
    /// sentence, the scores stay within a few tokens' weights of each other.
    pub fn decode_into(&mut self, emissions: &[[S; N_LABELS]], labels: &mut [usize]) {
        let Some((first, rest)) = emissions.split_first() else {
            return;
        };
        self.best.clear();
        let opened: [S; N_LABELS] = std::array::from_fn(|to| self.opening[to] + first[to]);
        let mut score = Lanes::from_labels(&opened);
        for emission in rest {
            let outside = score.outside;
            score = Lanes {
                outside: outside.relative_to(outside),
                begin: score.begin.map(|s| s.relative_to(outside)),
                inside: score.inside.map(|s| s.relative_to(outside)),
            };
            self.best.push(score.to_labels());
            score = self.step(&score, &Lanes::from_labels(emission));
        }
        let score = score.to_labels();
        // The last of equally good labels, as `Iterator::max_by` chose.
        let mut label = 0;
        for (l, s) in score.iter().enumerate() {
            if *s >= score[label] {
                label = l;
            }
        }
        let last = labels.len() - 1;
        labels[last] = label;
        for (previous, at) in self.best.iter().rev().zip((0..last).rev()) {
            label = self.predecessor(previous, label);
            labels[at] = label;
        }
    }

    /// The best scores of paths ending in each label at a token, given
    /// those at the token before (`score`) and the token's `emission`.
    fn step(&self, score: &Lanes<S>, emission: &Lanes<S>) -> Lanes<S> {
        let splat = |s: S| [s; KINDS];
        let mut begin = add_each(splat(score.outside), self.outside_to_begin);
        for kind in 0..KINDS {
            let from_begin = add_each(splat(score.begin[kind]), self.begin_to_begin[kind]);
            let from_inside = add_each(splat(score.inside[kind]), self.inside_to_begin[kind]);
            begin = max_each(begin, max_each(from_begin, from_inside));
        }
        let inside = max_each(
            add_each(score.begin, self.begin_to_inside),
            add_each(score.inside, self.inside_to_inside),
        );
        let to_outside = max_each(
            add_each(score.begin, self.begin_to_outside),
            add_each(score.inside, self.inside_to_outside),
        );
        let outside = to_outside
            .into_iter()
            .fold(score.outside + self.outside_to_outside, max);
        Lanes {
            outside: outside + emission.outside,
            begin: add_each(begin, emission.begin),
            inside: add_each(inside, emission.inside),
        }
    }

    /// The label before `label` on the best path, given the best scores
    /// `previous` of the token before: the first of equally good ones, as
    /// when predecessors were weighed in increasing order, a later one
    /// winning only when strictly better.
    ///
    /// The best score is found first, with no choice to carry along, and
    /// then the first predecessor giving it, most often O, looked at first.
    fn predecessor(&self, previous: &[S; N_LABELS], label: usize) -> usize {
        let into = &self.steps_into[label];
        let candidates: [S; N_LABELS] = std::array::from_fn(|from| previous[from] + into[from]);
        let best = candidates
            .into_iter()
            .fold(S::FORBIDDEN + S::FORBIDDEN, max);
        candidates.iter().position(|&c| c == best).unwrap_or(0)
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let mut weights = Weights::new();
        weights
            .features
            .insert(7, [1.0, -2.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 3.0]);
        weights
            .features
            .insert(1 << 30, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0]);
        weights.transitions[N_LABELS][1] = 2.5;
        let decoded = Model::decode(&weights.encode(0.0)).unwrap();
        assert_eq!(decoded.feature_count(), 2);
        let mut scores = [0; N_LABELS];
        decoded.add_weights(7, &mut scores);
        assert!((scores[8] as f32 * decoded.scale() - 3.0).abs() < 1e-3);
        assert!((decoded.transitions()[N_LABELS][1] as f32 * decoded.scale() - 2.5).abs() < 1e-3);
        let mut unknown = [0; N_LABELS];
        decoded.add_weights(8, &mut unknown);
        assert_eq!(unknown, [0; N_LABELS]);
    }

    /// A sentence's total score would overflow an i32 long before its end.
    #[test]
    fn integer_scores_stay_in_range_however_long_the_sentence() {
        let b_loc = LABELS.iter().position(|&l| l == "B-LOC").unwrap();
        let mut emission = [0; N_LABELS];
        emission[b_loc] = 1_000_000;
        let emissions = vec![emission; 100_000];
        let mut labels = vec![0; emissions.len()];
        Decoder::new(model().transitions()).decode_into(&emissions, &mut labels);
        assert!(labels.iter().all(|&l| l == b_loc));
    }

    /// The forward pass weighs only what [`allowed`] allows, grouped by
    /// kind: `I-X` only after `B-X` or `I-X`, the rest after anything.
    #[test]
    fn label_groups_are_those_allowed_orders_them_by() {
        for kind in 0..KINDS {
            let (begin, inside) = (begin_label(kind), inside_label(kind));
            assert_eq!(LABELS[begin].get(2..), LABELS[inside].get(2..));
            assert!(LABELS[begin].starts_with("B-") && LABELS[inside].starts_with("I-"));
        }
        for to in 0..N_LABELS {
            let continues = (0..KINDS).find(|&kind| inside_label(kind) == to);
            assert_eq!(allowed(None, to), continues.is_none());
            for from in 0..N_LABELS {
                let expected = continues.map_or(true, |kind| {
                    from == begin_label(kind) || from == inside_label(kind)
                });
                assert_eq!(allowed(Some(from), to), expected, "{from} -> {to}");
            }
        }
    }

    /// Viterbi over all 81 transitions, keeping every back pointer.
    fn dense_viterbi(
        emissions: &[[i32; N_LABELS]],
        transitions: &[[i32; N_LABELS]; N_LABELS + 1],
    ) -> Vec<usize> {
        let weigh = |from: Option<usize>, to: usize| {
            if allowed(from, to) {
                transitions[from.unwrap_or(N_LABELS)][to]
            } else {
                i32::FORBIDDEN
            }
        };
        let mut score: Vec<i32> = (0..N_LABELS)
            .map(|to| weigh(None, to) + emissions[0][to])
            .collect();
        let mut back = Vec::new();
        for emission in &emissions[1..] {
            let mut pointers = [0; N_LABELS];
            let next: Vec<i32> = (0..N_LABELS)
                .map(|to| {
                    let mut best = i32::MIN;
                    for (from, &from_score) in score.iter().enumerate() {
                        let candidate = from_score + weigh(Some(from), to);
                        if candidate > best {
                            best = candidate;
                            pointers[to] = from;
                        }
                    }
                    best + emission[to]
                })
                .collect();
            back.push(pointers);
            score = next;
        }
        let mut label = 0;
        for (l, s) in score.iter().enumerate() {
            if *s >= score[label] {
                label = l;
            }
        }
        let mut labels = vec![label];
        for pointers in back.iter().rev() {
            label = pointers[label];
            labels.push(label);
        }
        labels.reverse();
        labels
    }

    /// Small weights, so that paths often tie: the decoder chooses among
    /// them as weighing every transition did.
    #[test]
    fn decoding_chooses_as_weighing_every_transition() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut small = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 5) as i32 - 2
        };
        for _ in 0..2000 {
            let transitions: [[i32; N_LABELS]; N_LABELS + 1] =
                std::array::from_fn(|_| std::array::from_fn(|_| small()));
            let length = 1 + (small() + 2) as usize * 3;
            let emissions: Vec<[i32; N_LABELS]> = (0..length)
                .map(|_| std::array::from_fn(|_| small()))
                .collect();
            let mut labels = vec![0; length];
            Decoder::new(&transitions).decode_into(&emissions, &mut labels);
            assert_eq!(labels, dense_viterbi(&emissions, &transitions));
        }
    }

    #[test]
    fn inside_labels_only_continue_their_type() {
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(!allowed(Some(3), 2));
        assert!(allowed(Some(4), 0));
    }
}
