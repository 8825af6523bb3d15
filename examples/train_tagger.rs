//! Trains khabar's entity tagger on ANERcorp and writes
//! `data/tagger/weights.bin`:
//!
//! ```sh
//! cargo run --release --example train_tagger
//! ```
//!
//! `-- --folds 5` instead prints 5-fold cross-validation scores, and
//! `-- --held-out-model` writes the model of the first four fifths (at
//! [`EPOCHS`]) in place of the shipped one, to score the whole pipeline on
//! the held-out fifth; put the shipped files back after.
//!
//! The last fifth of the sentences is held out first: the tagger is trained
//! on the rest, scored on it after every epoch (CoNLL exact span match,
//! micro-F1 over PERS, LOC and ORG), and the shipped model is then trained
//! on all sentences for [`EPOCHS`] epochs, the count that scored best in
//! 5-fold cross-validation; the held-out part does not choose it. Training
//! is an averaged structured perceptron with passive-aggressive steps over
//! the same features inference uses.

use std::collections::HashMap;
use std::ops::Range;

use khabar::entities::features::{
    document_features, stem, KnownNames, Vocabulary, MIN_KNOWN_COUNT,
};
use khabar::entities::tagger::{
    allowed, is_common_stem, spread_keys, spread_within_document, Weights, LABELS, N_LABELS,
};
use khabar::text::{TokenKind, Tokens};

const CORPUS: &str = "../shared/data/anercorp/ANERCorp_CamelLab_train.txt";
const WEIGHTS_OUTPUT: &str = "data/tagger/weights.bin";
const VOCABULARY_OUTPUT: &str = "data/tagger/vocabulary.txt";
const NAMES_OUTPUT: &str = "data/tagger/names.txt";
/// The training documents are featurised in this many parts, each reading
/// the names mined from the others.
const JACKKNIFE_PARTS: usize = 10;
const DEV_FRACTION: f64 = 0.2;
const MAX_EPOCHS: usize = 12;
/// The epochs the shipped model trains for: the best pooled micro-F1 of
/// `--folds 5`, fixed from that run so that the held-out score, printed for
/// every epoch, is not also what picks the model.
const EPOCHS: usize = 7;
/// Features seen fewer times than this in training are not learned: they
/// would mostly memorise single sentences, and they cost space.
const MIN_FEATURE_COUNT: usize = 2;
/// Weights smaller than this fraction of the largest are dropped from the
/// shipped file (0.05 of the perceptron's largest weight, 30.7, before the
/// passive-aggressive steps changed the scale of the weights).
const MIN_SHIPPED_WEIGHT: f32 = 1.0 / 600.0;
/// The largest passive-aggressive step (PA-I's C). At 0.1 or more no step
/// reaches it (1 and 0.1 train the same model); capping the steps at 0.01
/// scored best in 5-fold cross-validation (pooled micro-F1 76.1 at epoch 7
/// against 75.8 with 1, 75.6 with 0.02, 75.7 with 0.005) and lifts every
/// epoch's held-out score (74.2 to 75.0 at epoch 7).
const MAX_STEP: f32 = 0.01;
/// ANERcorp keeps its sentences in article order but marks no article
/// boundaries; runs of this many sentences stand in for documents.
const SENTENCES_PER_DOCUMENT: usize = 15;

/// A run of sentences re-tokenised as one text, with gold labels per token.
struct Document {
    text: String,
    sentences: Vec<Range<usize>>,
    labels: Vec<usize>,
}

/// One sentence ready for training: features and labels per token.
#[derive(Clone)]
struct Sentence {
    document: usize,
    features: Vec<Vec<u32>>,
    stems: Vec<String>,
    labels: Vec<usize>,
    /// The words of the sentence and each token's byte span, for `--errors`.
    text: String,
    spans: Vec<Range<usize>>,
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let corpus = std::fs::read_to_string(format!("{root}/{CORPUS}"))
        .expect("ANERcorp training file beside the repository");
    let sentences = read_sentences(&corpus);
    let documents: Vec<Document> = sentences
        .chunks(SENTENCES_PER_DOCUMENT)
        .map(project)
        .collect();
    let folds: usize = argument("--folds").map_or(0, |n| n.parse().expect("--folds N"));
    if folds > 1 {
        cross_validate(&documents, folds);
        return;
    }
    let dev_start = documents.len() - (documents.len() as f64 * DEV_FRACTION).round() as usize;
    let (train_documents, dev_documents) = documents.split_at(dev_start);
    let train_documents: Vec<&Document> = train_documents.iter().collect();
    let train_vocabulary = vocabulary_of(train_documents.iter().copied());
    let train_names = names_of(train_documents.iter().copied());
    let vocabulary = Vocabulary::from_lines(&train_vocabulary);
    let train = jackknifed(&train_documents, &vocabulary);
    let names = KnownNames::from_lines(&train_names);
    let dev = featurize(dev_documents.iter(), &vocabulary, &names);
    println!(
        "{} sentences: {} for training, the last {} held out",
        train.len() + dev.len(),
        train.len(),
        dev.len()
    );
    let mut best = (0.0, 0);
    let mut shipped = String::new();
    let mut trainer = Trainer::new(&train);
    for epoch in 1..=MAX_EPOCHS {
        trainer.epoch(&train, epoch);
        let scores = evaluate(&trainer.averaged(), &dev);
        println!("epoch {epoch:2}: {}", scores.summary());
        if scores.micro_f1() > best.0 {
            best = (scores.micro_f1(), epoch);
        }
        if epoch == EPOCHS {
            shipped = scores.summary();
            if argument_given("--held-out-model") {
                // The model of the first four fifths, for scoring the whole
                // pipeline (gazetteers, institutions, tagger) on the last.
                write_model(&trainer.averaged(), &train_vocabulary, &train_names);
                println!("{}", scores.summary());
                return;
            }
        }
    }
    println!("held out at the shipped epoch count, {EPOCHS}: {shipped}");
    println!(
        "(best held-out micro-F1 {:.2} at epoch {}, for information only)",
        100.0 * best.0,
        best.1
    );
    if let Some(path) = argument("--errors") {
        write_errors(&path, &trainer.averaged(), &dev);
    }

    let vocabulary_lines = vocabulary_of(&documents);
    let names_lines = names_of(&documents);
    let all = jackknifed(
        &documents.iter().collect::<Vec<_>>(),
        &Vocabulary::from_lines(&vocabulary_lines),
    );
    let mut trainer = Trainer::new(&all);
    for epoch in 1..=EPOCHS {
        trainer.epoch(&all, epoch);
    }
    write_model(&trainer.averaged(), &vocabulary_lines, &names_lines);
}

/// Writes the three files of a model into `data/tagger`.
fn write_model(weights: &Weights, vocabulary_lines: &str, names_lines: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let largest = weights
        .features
        .values()
        .flatten()
        .chain(weights.transitions.iter().flatten())
        .fold(0f32, |m, w| m.max(w.abs()));
    let bytes = weights.encode(largest * MIN_SHIPPED_WEIGHT);
    std::fs::write(format!("{root}/{WEIGHTS_OUTPUT}"), &bytes).expect("write weights");
    std::fs::write(format!("{root}/{VOCABULARY_OUTPUT}"), vocabulary_lines)
        .expect("write vocabulary");
    std::fs::write(format!("{root}/{NAMES_OUTPUT}"), names_lines).expect("write names");
    println!(
        "wrote {WEIGHTS_OUTPUT}: {} bytes, {VOCABULARY_OUTPUT}: {} words",
        bytes.len(),
        vocabulary_lines.lines().count()
    );
}

fn argument(name: &str) -> Option<String> {
    std::env::args().skip_while(|a| a != name).nth(1)
}

fn argument_given(name: &str) -> bool {
    std::env::args().any(|a| a == name)
}

/// `--folds N`: contiguous N-fold cross-validation over the documents,
/// scores pooled over the folds at each epoch count. Writes no model.
fn cross_validate(documents: &[Document], folds: usize) {
    let mut pooled: Vec<Scores> = (0..MAX_EPOCHS).map(|_| Scores::default()).collect();
    for fold in 0..folds {
        let range = fold * documents.len() / folds..(fold + 1) * documents.len() / folds;
        let (before, rest) = documents.split_at(range.start);
        let (held_out, after) = rest.split_at(range.len());
        let train_documents: Vec<&Document> = before.iter().chain(after).collect();
        let vocabulary = Vocabulary::from_lines(&vocabulary_of(train_documents.iter().copied()));
        let train = jackknifed(&train_documents, &vocabulary);
        let names = KnownNames::from_lines(&names_of(train_documents.iter().copied()));
        let dev = featurize(held_out.iter(), &vocabulary, &names);
        let mut trainer = Trainer::new(&train);
        for (epoch, pooled) in pooled.iter_mut().enumerate() {
            trainer.epoch(&train, epoch + 1);
            pooled.add(&evaluate(&trainer.averaged(), &dev));
        }
        println!("fold {} done", fold + 1);
    }
    for (epoch, scores) in pooled.iter().enumerate() {
        println!("epoch {:2}: {}", epoch + 1, scores.summary());
    }
}

/// The folded words seen at least [`MIN_KNOWN_COUNT`] times, one a line.
fn vocabulary_of<'a>(documents: impl IntoIterator<Item = &'a Document>) -> String {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for document in documents {
        let tokens = Tokens::new(&document.text);
        for i in (0..tokens.len()).filter(|&i| tokens.kind(i) == Some(TokenKind::Word)) {
            *counts.entry(tokens.folded(i).to_string()).or_default() += 1;
        }
    }
    let mut words: Vec<String> = counts
        .into_iter()
        .filter(|&(_, c)| c >= MIN_KNOWN_COUNT)
        .map(|(w, _)| w)
        .collect();
    words.sort();
    words.into_iter().map(|w| w + "\n").collect()
}

/// Every name tagged in `documents`, one a line as [`KnownNames`] reads
/// them, with the type it was tagged with most often.
fn names_of<'a>(documents: impl IntoIterator<Item = &'a Document>) -> String {
    let mut counts: HashMap<String, HashMap<&'static str, usize>> = HashMap::new();
    for document in documents {
        let tokens = Tokens::new(&document.text);
        for (first, end, kind) in spans(&document.labels) {
            let stems: Vec<&str> = (first..end).map(|i| stem(tokens.folded(i))).collect();
            *counts
                .entry(stems.join(" "))
                .or_default()
                .entry(kind)
                .or_default() += 1;
        }
    }
    let mut lines: Vec<String> = counts
        .into_iter()
        .map(|(name, kinds)| {
            let (kind, _) = kinds
                .into_iter()
                .max_by_key(|&(kind, count)| (count, kind))
                .expect("a name has a type");
            format!("{kind}\t{name}\n")
        })
        .collect();
    lines.sort();
    lines.concat()
}

/// Features for training documents, each part reading the names mined from
/// the other parts, as inference will read names mined from training.
fn jackknifed(documents: &[&Document], vocabulary: &Vocabulary) -> Vec<Sentence> {
    let parts = JACKKNIFE_PARTS.min(documents.len()).max(1);
    let part_of = |d: usize| d * parts / documents.len();
    let mut out = Vec::new();
    for part in 0..parts {
        let others = documents
            .iter()
            .enumerate()
            .filter(|&(d, _)| part_of(d) != part)
            .map(|(_, doc)| *doc);
        let names = KnownNames::from_lines(&names_of(others));
        for (d, document) in documents
            .iter()
            .enumerate()
            .filter(|&(d, _)| part_of(d) == part)
        {
            out.extend(featurize_one(d, document, vocabulary, &names));
        }
    }
    out
}

fn featurize<'a>(
    documents: impl Iterator<Item = &'a Document>,
    vocabulary: &Vocabulary,
    names: &KnownNames,
) -> Vec<Sentence> {
    documents
        .enumerate()
        .flat_map(|(d, doc)| featurize_one(d, doc, vocabulary, names))
        .collect()
}

fn featurize_one(
    index: usize,
    document: &Document,
    vocabulary: &Vocabulary,
    names: &KnownNames,
) -> Vec<Sentence> {
    let tokens = Tokens::new(&document.text);
    let features = document_features(&tokens, &document.sentences, vocabulary, names);
    document
        .sentences
        .iter()
        .map(|range| {
            let first_byte = tokens.start(range.start);
            Sentence {
                document: index,
                features: features[range.clone()].to_vec(),
                stems: range
                    .clone()
                    .map(|i| stem(tokens.folded(i)).to_string())
                    .collect(),
                labels: document.labels[range.clone()].to_vec(),
                text: document.text[first_byte..tokens.end(range.end - 1)].to_string(),
                spans: range
                    .clone()
                    .map(|i| tokens.start(i) - first_byte..tokens.end(i) - first_byte)
                    .collect(),
            }
        })
        .collect()
}

/// Sentences as (word, tag) pairs; ANERcorp calls persons PERS.
fn read_sentences(corpus: &str) -> Vec<Vec<(&str, &str)>> {
    let mut sentences = vec![Vec::new()];
    for line in corpus.lines() {
        match line.rsplit_once(' ') {
            Some((word, tag)) if !word.is_empty() => {
                sentences.last_mut().unwrap().push((word, tag))
            }
            _ => sentences.push(Vec::new()),
        }
    }
    sentences.retain(|s| !s.is_empty());
    sentences
}

/// Re-tokenises a run of sentences, one a line, with khabar's tokenizer,
/// which splits off the punctuation ANERcorp leaves attached (`(د`,
/// `بوش،`), and carries each gold span over to the tokens of its words,
/// punctuation at its edges left out.
fn project(sentences: &[Vec<(&str, &str)>]) -> Document {
    let mut text = String::new();
    let mut word_spans = Vec::new();
    let mut sentence_bytes = Vec::new();
    for sentence in sentences {
        let start = text.len();
        for (word, _) in sentence {
            if text.len() > start {
                text.push(' ');
            }
            word_spans.push(text.len()..text.len() + word.len());
            text.push_str(word);
        }
        sentence_bytes.push(start..text.len());
        text.push('\n');
    }
    let words: Vec<(&str, &str)> = sentences.iter().flatten().copied().collect();
    let tokens = Tokens::new(&text);
    let mut labels = vec![0; tokens.len()];
    let mut w = 0;
    while w < words.len() {
        let Some(kind) = words[w]
            .1
            .strip_prefix("B-")
            .or(words[w].1.strip_prefix("I-"))
        else {
            w += 1;
            continue;
        };
        let mut end = w + 1;
        while end < words.len()
            && words[end].1.strip_prefix("I-") == Some(kind)
            && !is_sentence_start(&sentence_bytes, &word_spans[end])
        {
            end += 1;
        }
        let bytes = word_spans[w].start..word_spans[end - 1].end;
        let inside: Vec<usize> = (0..tokens.len())
            .filter(|&i| bytes.contains(&tokens.start(i)))
            .collect();
        let is_word = |i: &&usize| tokens.kind(**i) != Some(TokenKind::Punct);
        if let (Some(&first), Some(&last)) = (
            inside.iter().find(is_word),
            inside.iter().rev().find(is_word),
        ) {
            let begin = LABELS
                .iter()
                .position(|l| *l == format!("B-{kind}"))
                .unwrap();
            labels[first] = begin;
            for label in &mut labels[first + 1..=last] {
                *label = begin + 1;
            }
        }
        w = end;
    }
    let sentences = sentence_bytes
        .iter()
        .map(|bytes| {
            let inside: Vec<usize> = (0..tokens.len())
                .filter(|&i| bytes.contains(&tokens.start(i)))
                .collect();
            inside[0]..inside[inside.len() - 1] + 1
        })
        .collect();
    Document {
        text,
        sentences,
        labels,
    }
}

fn is_sentence_start(sentence_bytes: &[Range<usize>], word: &Range<usize>) -> bool {
    sentence_bytes.iter().any(|s| s.start == word.start)
}

/// An averaged structured perceptron (Collins 2002) whose updates take
/// passive-aggressive steps, averaged with the usual trick: alongside each weight, the sum of its updates weighted by
/// the step at which they were made.
struct Trainer {
    index: HashMap<u32, usize>,
    weights: Vec<[f32; N_LABELS]>,
    update_sums: Vec<[f32; N_LABELS]>,
    transitions: [[f32; N_LABELS]; N_LABELS + 1],
    transition_sums: [[f32; N_LABELS]; N_LABELS + 1],
    step: f32,
}

impl Trainer {
    fn new(sentences: &[Sentence]) -> Self {
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for feature in sentences.iter().flat_map(|s| s.features.iter().flatten()) {
            *counts.entry(*feature).or_default() += 1;
        }
        let mut kept: Vec<u32> = counts
            .into_iter()
            .filter(|&(_, c)| c >= MIN_FEATURE_COUNT)
            .map(|(f, _)| f)
            .collect();
        kept.sort_unstable();
        let index: HashMap<u32, usize> = kept.iter().enumerate().map(|(i, &f)| (f, i)).collect();
        Trainer {
            weights: vec![[0.0; N_LABELS]; index.len()],
            update_sums: vec![[0.0; N_LABELS]; index.len()],
            index,
            transitions: [[0.0; N_LABELS]; N_LABELS + 1],
            transition_sums: [[0.0; N_LABELS]; N_LABELS + 1],
            step: 1.0,
        }
    }

    fn averaged(&self) -> Weights {
        let average = |w: f32, sum: f32| w - sum / self.step;
        let mut weights = Weights::new();
        for (row, (w, s)) in weights
            .transitions
            .iter_mut()
            .zip(self.transitions.iter().zip(&self.transition_sums))
        {
            for (out, (&w, &s)) in row.iter_mut().zip(w.iter().zip(s)) {
                *out = average(w, s);
            }
        }
        weights.features = self
            .index
            .iter()
            .map(|(&f, &i)| {
                let mut row = [0.0; N_LABELS];
                for (label, out) in row.iter_mut().enumerate() {
                    *out = average(self.weights[i][label], self.update_sums[i][label]);
                }
                (f, row)
            })
            .collect();
        weights
    }

    fn epoch(&mut self, sentences: &[Sentence], epoch: usize) {
        // A fixed shuffle per epoch keeps training reproducible.
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ epoch as u64;
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &s in &order {
            let sentence = &sentences[s];
            let predicted = self.current_decode(sentence);
            if predicted != sentence.labels {
                let step = self.passive_aggressive_step(sentence, &predicted);
                self.update(sentence, &sentence.labels, step);
                self.update(sentence, &predicted, -step);
            }
            self.step += 1.0;
        }
    }

    fn current_decode(&self, sentence: &Sentence) -> Vec<usize> {
        // Decoding through a full Weights copy per sentence would be slow;
        // score with the dense rows directly and reuse the shared Viterbi.
        let mut weights = Weights::new();
        weights.transitions = self.transitions;
        for feature in sentence.features.iter().flatten() {
            if let Some(&i) = self.index.get(feature) {
                weights.features.insert(*feature, self.weights[i]);
            }
        }
        weights.decode(&sentence.features)
    }

    /// The PA-I step (Crammer et al. 2006): the smallest update that puts
    /// the gold labels ahead of `predicted` by the square root of the
    /// number of tokens they differ on, at most [`MAX_STEP`]. Unlike the
    /// perceptron's fixed step, it moves less for a sentence already nearly
    /// right and for one with many features.
    fn passive_aggressive_step(&self, sentence: &Sentence, predicted: &[usize]) -> f32 {
        // The difference of the two labellings' feature vectors, keyed by
        // (feature row, label); transitions by (usize::MAX - from, to).
        let mut delta: HashMap<(usize, usize), f32> = HashMap::new();
        let mut margin = 0.0;
        for (labels, sign) in [(&sentence.labels[..], 1.0f32), (predicted, -1.0)] {
            let mut previous = N_LABELS;
            for (features, &label) in sentence.features.iter().zip(labels) {
                for feature in features {
                    if let Some(&i) = self.index.get(feature) {
                        *delta.entry((i, label)).or_default() += sign;
                        margin += sign * self.weights[i][label];
                    }
                }
                *delta.entry((usize::MAX - previous, label)).or_default() += sign;
                margin += sign * self.transitions[previous][label];
                previous = label;
            }
        }
        let norm: f32 = delta.values().map(|d| d * d).sum();
        let loss = sentence
            .labels
            .iter()
            .zip(predicted)
            .filter(|(a, b)| a != b)
            .count() as f32;
        if norm == 0.0 {
            return 0.0;
        }
        ((loss.sqrt() - margin) / norm).clamp(0.0, MAX_STEP)
    }

    fn update(&mut self, sentence: &Sentence, labels: &[usize], sign: f32) {
        let mut previous = N_LABELS;
        for (features, &label) in sentence.features.iter().zip(labels) {
            debug_assert!(allowed((previous < N_LABELS).then_some(previous), label) || sign > 0.0);
            for feature in features {
                if let Some(&i) = self.index.get(feature) {
                    self.weights[i][label] += sign;
                    self.update_sums[i][label] += sign * self.step;
                }
            }
            self.transitions[previous][label] += sign;
            self.transition_sums[previous][label] += sign * self.step;
            previous = label;
        }
    }
}

/// Exact-match span scores per type.
#[derive(Default)]
struct Scores {
    /// (true positives, predicted, gold) per type.
    counts: HashMap<&'static str, (usize, usize, usize)>,
}

const SCORED: [&str; 3] = ["PERS", "LOC", "ORG"];

impl Scores {
    fn add(&mut self, other: &Scores) {
        for (kind, c) in &other.counts {
            let mine = self.counts.entry(kind).or_default();
            *mine = (mine.0 + c.0, mine.1 + c.1, mine.2 + c.2);
        }
    }

    fn prf(&self, kinds: &[&str]) -> (f64, f64, f64) {
        let (tp, predicted, gold) = kinds
            .iter()
            .filter_map(|k| self.counts.get(k))
            .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        let p = tp as f64 / predicted.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    }

    fn micro_f1(&self) -> f64 {
        self.prf(&SCORED).2
    }

    fn summary(&self) -> String {
        let (p, r, f) = self.prf(&SCORED);
        let mut out = format!(
            "micro P {:.1} R {:.1} F1 {:.2}",
            100.0 * p,
            100.0 * r,
            100.0 * f
        );
        for kind in SCORED.iter().chain(&["MISC"]) {
            let (p, r, f) = self.prf(&[kind]);
            out += &format!(
                " | {kind} P {:.1} R {:.1} F1 {:.1}",
                100.0 * p,
                100.0 * r,
                100.0 * f
            );
        }
        out
    }
}

fn spans(labels: &[usize]) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        match LABELS[labels[i]].strip_prefix("B-") {
            Some(kind) => {
                let mut end = i + 1;
                while end < labels.len() && LABELS[labels[end]].strip_prefix("I-") == Some(kind) {
                    end += 1;
                }
                out.push((i, end, kind));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// `--errors FILE`: every held-out span the tagger missed or invented, one a
/// line, for reading what to improve.
fn write_errors(path: &str, weights: &Weights, sentences: &[Sentence]) {
    let mut out = String::new();
    for (sentence, predicted) in sentences.iter().zip(predict(weights, sentences)) {
        let (predicted, gold) = (spans(&predicted), spans(&sentence.labels));
        let show = |s: &(usize, usize, &str)| {
            format!(
                "{} {}",
                s.2,
                &sentence.text[sentence.spans[s.0].start..sentence.spans[s.1 - 1].end]
            )
        };
        for span in gold.iter().filter(|s| !predicted.contains(s)) {
            out += &format!("missed\t{}\t{}\n", show(span), sentence.text);
        }
        for span in predicted.iter().filter(|s| !gold.contains(s)) {
            out += &format!("invented\t{}\t{}\n", show(span), sentence.text);
        }
    }
    std::fs::write(path, out).expect("write errors");
}

/// The tagger's labels for each sentence, with document-wide consistency
/// applied as [`khabar`] applies it.
fn predict(weights: &Weights, sentences: &[Sentence]) -> Vec<Vec<usize>> {
    let mut predictions: Vec<Vec<usize>> = sentences
        .iter()
        .map(|s| weights.decode(&s.features))
        .collect();
    let mut start = 0;
    while start < sentences.len() {
        let end = start
            + sentences[start..]
                .iter()
                .take_while(|s| s.document == sentences[start].document)
                .count();
        let stems = spread_keys(
            sentences[start..end]
                .iter()
                .flat_map(|s| s.stems.iter().map(String::as_str))
                .map(|stem| (stem, is_common_stem(stem))),
        );
        let mut labels: Vec<usize> = predictions[start..end].iter().flatten().copied().collect();
        spread_within_document(&stems, &mut labels);
        let mut labels = labels.into_iter();
        for sentence in &mut predictions[start..end] {
            sentence
                .iter_mut()
                .for_each(|l| *l = labels.next().unwrap_or(0));
        }
        start = end;
    }
    predictions
}

fn evaluate(weights: &Weights, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for (sentence, predicted) in sentences.iter().zip(&predict(weights, sentences)) {
        let predicted = spans(predicted);
        let gold = spans(&sentence.labels);
        for span in &predicted {
            let c = scores.counts.entry(span.2).or_default();
            c.1 += 1;
            c.0 += gold.contains(span) as usize;
        }
        for span in &gold {
            scores.counts.entry(span.2).or_default().2 += 1;
        }
    }
    scores
}
