//! The learned tagger run over a document. A token's emission scores are
//! the weights of its features, and most of those depend on one word
//! only: on the token's own word, or on a neighbour's seen from one to two
//! places away. Those parts are summed once per word type and cached, as
//! is the context the document lends each stem; per token only the
//! features of word pairs and of the sentence's gazetteer phrases are
//! looked up. Sums are exact integers, so the labels are those of scoring
//! every feature of [`DocumentWords::token_features`] one by one.

use std::ops::Range;

use super::features::{
    boundary_features, neighbour_index, DocumentWords, SentenceGazetteer, NEIGHBOURS,
};
use super::tagger::{viterbi, Model, N_LABELS};

type Scores = [i32; N_LABELS];

/// The tagger's label for every token of the document, 0 (O) outside
/// `sentences`.
pub fn label(words: &DocumentWords, sentences: &[Range<usize>], model: &Model) -> Vec<usize> {
    let mut scorer = Scorer::new(words, model);
    let mut gazetteer = SentenceGazetteer::default();
    let mut emissions: Vec<[f32; N_LABELS]> = Vec::new();
    let mut labels = vec![0; words.tokens().len()];
    for sentence in sentences {
        gazetteer.read(words, sentence.clone());
        emissions.clear();
        for i in sentence.clone() {
            let scores = scorer.token_scores(sentence, i, &gazetteer);
            emissions.push(scores.map(|s| s as f32 * model.scale()));
        }
        labels[sentence.clone()].copy_from_slice(&viterbi(&emissions, model.transitions()));
    }
    labels
}

/// Scores tokens from the caches, filled as the document is read.
struct Scorer<'a, 't> {
    words: &'a DocumentWords<'t>,
    model: &'a Model,
    types: TypeScores,
    /// What a token sees where a neighbour falls outside its sentence.
    boundary: [Scores; NEIGHBOURS.len()],
    occurrences: Vec<Option<OccurrenceScores>>,
}

impl<'a, 't> Scorer<'a, 't> {
    fn new(words: &'a DocumentWords<'t>, model: &'a Model) -> Self {
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
        }
    }

    /// The scores of the features of token `i` of `sentence`, whose
    /// gazetteer tags are `gazetteer`.
    fn token_scores(
        &mut self,
        sentence: &Range<usize>,
        i: usize,
        gazetteer: &SentenceGazetteer,
    ) -> Scores {
        let (words, model) = (self.words, self.model);
        let mut scores = self.types.own[words.type_of(i) as usize];
        for (k, neighbour) in NEIGHBOURS.iter().enumerate() {
            let part = match neighbour_index(sentence, i, neighbour) {
                Some(j) => &self.types.as_neighbour[words.type_of(j) as usize][k],
                None => &self.boundary[k],
            };
            add(&mut scores, part);
        }
        words.context_features(
            sentence.clone(),
            i,
            gazetteer,
            &mut adder(model, &mut scores),
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

/// Per word type, the scores of the features it gives the token it is and
/// those it gives each of its [`NEIGHBOURS`].
struct TypeScores {
    own: Vec<Scores>,
    as_neighbour: Vec<[Scores; NEIGHBOURS.len()]>,
}

impl TypeScores {
    fn new(words: &DocumentWords, model: &Model) -> TypeScores {
        let types = 0..words.type_count() as u32;
        TypeScores {
            own: types
                .clone()
                .map(|word_type| {
                    let mut scores = [0; N_LABELS];
                    words.own_features(word_type, &mut adder(model, &mut scores));
                    scores
                })
                .collect(),
            as_neighbour: types
                .map(|word_type| {
                    NEIGHBOURS.each_ref().map(|neighbour| {
                        let mut scores = [0; N_LABELS];
                        words.neighbour_features(
                            word_type,
                            neighbour,
                            &mut adder(model, &mut scores),
                        );
                        scores
                    })
                })
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
            for i in sentence.clone() {
                let mut every_feature = [0; N_LABELS];
                words.token_features(
                    sentence.clone(),
                    i,
                    &gazetteer,
                    &mut adder(model, &mut every_feature),
                );
                assert_eq!(
                    scorer.token_scores(sentence, i, &gazetteer),
                    every_feature,
                    "token {i}: {}",
                    tokens.folded(i)
                );
            }
        }
    }
}
