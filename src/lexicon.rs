//! Hashed lexicons keyed by folded text, shared by the grammars.
//!
//! Entries are written in ordinary Arabic script in the source and folded
//! once, on first use, with the tokeniser itself, so that a lexicon entry
//! and a word of the text fold the same way. Multi-word entries
//! (`متر مكعب`, `في المائة`, `كم/ساعة`) live in a [`PhraseTable`], which
//! matches the longest entry starting at a token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::{TokenBuffers, Tokens};

/// The hasher of the lexicons: the multiply-and-rotate mix of the entity
/// tables, eight bytes at a time. Lexicon keys are short and not
/// attacker-chosen, and the default SipHash would cost more than the rest
/// of a look-up.
#[derive(Default, Clone, Copy)]
pub(crate) struct LexiconHasher(u64);

impl Hasher for LexiconHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = crate::hashing::mix_bytes(self.0, bytes);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from folded words to values.
pub(crate) type FoldedMap<V> = HashMap<String, V, BuildHasherDefault<LexiconHasher>>;

/// The folded tokens of a lexicon entry, `كم/ساعة` → `كم`, `/`, `ساعه`,
/// tokenised in `buffers`.
pub(crate) fn folded_words(entry: &str, buffers: &mut TokenBuffers) -> Vec<String> {
    buffers.tokenise(entry, |tokens| {
        (0..tokens.len())
            .map(|i| tokens.folded(i).to_string())
            .collect()
    })
}

/// Data rows of a TSV file: non-empty lines not starting with `#`, split on tabs.
pub(crate) fn rows(tsv: &'static str) -> impl Iterator<Item = Row> {
    tsv.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(Row::split)
}

/// The most fields a lexicon row has (`curated.tsv`'s seven).
const MAX_FIELDS: usize = 7;

/// The fields of a TSV row, held in place: a vector for each of the
/// gazetteers' thousands of rows cost 3M instructions at start-up.
#[derive(Clone, Copy)]
pub(crate) struct Row {
    fields: [&'static str; MAX_FIELDS],
    len: usize,
}

impl Row {
    fn split(line: &'static str) -> Row {
        let mut row = Row {
            fields: [""; MAX_FIELDS],
            len: 0,
        };
        // Split at the tabs found byte by byte: a search for each of the
        // thousands of rows' few fields cost more than reading them.
        let mut start = 0;
        loop {
            let end = line.as_bytes()[start..]
                .iter()
                .position(|&b| b == b'\t')
                .map_or(line.len(), |at| start + at);
            assert!(
                row.len < MAX_FIELDS,
                "a lexicon row of more than {MAX_FIELDS} fields: {line}"
            );
            row.fields[row.len] = &line[start..end];
            row.len += 1;
            if end == line.len() {
                return row;
            }
            start = end + 1;
        }
    }

    pub(crate) fn get(&self, n: usize) -> Option<&&'static str> {
        self.fields[..self.len].get(n)
    }
}

impl std::ops::Index<usize> for Row {
    type Output = &'static str;

    fn index(&self, n: usize) -> &&'static str {
        &self.fields[..self.len][n]
    }
}

/// Builds a map of single folded words; a later entry for the same word
/// does not replace an earlier one, so tables list the preferred reading
/// first.
pub(crate) fn folded_map<V: Copy>(
    entries: impl IntoIterator<Item = (&'static str, V)>,
) -> FoldedMap<V> {
    let mut map = FoldedMap::default();
    for (word, value) in entries {
        map.entry(crate::text::fold(word)).or_insert(value);
    }
    map
}

/// Multi-word entries indexed by their first folded word, longest first.
pub(crate) struct PhraseTable<V> {
    by_first_word: FoldedMap<Vec<(Vec<String>, V)>>,
}

impl<V: Copy> PhraseTable<V> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (impl AsRef<str>, V)>) -> Self {
        let mut by_first_word: FoldedMap<Vec<(Vec<String>, V)>> = FoldedMap::default();
        let mut buffers = TokenBuffers::default();
        for (entry, value) in entries {
            let mut words = folded_words(entry.as_ref(), &mut buffers);
            if words.is_empty() {
                continue;
            }
            let first = words.remove(0);
            let list = by_first_word.entry(first).or_default();
            if !list.iter().any(|(rest, _)| *rest == words) {
                list.push((words, value));
            }
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        PhraseTable { by_first_word }
    }

    /// The longest entry whose first word is `first` (token `i`'s folded
    /// form, or its stem after proclitics) and whose other words follow
    /// token `i`: its value and the index of the token after it.
    pub(crate) fn longest(&self, tokens: &Tokens, i: usize, first: &str) -> Option<(V, usize)> {
        let candidates = self.by_first_word.get(first)?;
        candidates.iter().find_map(|(rest, value)| {
            let matches = rest
                .iter()
                .enumerate()
                .all(|(k, word)| tokens.folded(i + 1 + k) == word);
            matches.then_some((*value, i + 1 + rest.len()))
        })
    }

    /// Whether some entry starts with the folded word `first`.
    pub(crate) fn starts_with(&self, first: &str) -> bool {
        self.by_first_word.contains_key(first)
    }

    /// Whether some entry is the folded word `first` alone.
    pub(crate) fn has_one_word_entry(&self, first: &str) -> bool {
        self.by_first_word
            .get(first)
            .is_some_and(|list| list.iter().any(|(rest, _)| rest.is_empty()))
    }

    /// The second words of the entries of more than one word.
    pub(crate) fn second_words(&self) -> impl Iterator<Item = &str> {
        self.by_first_word
            .values()
            .flatten()
            .filter_map(|(rest, _)| rest.first().map(String::as_str))
    }

    /// The first words of the entries whose value passes `keep`.
    pub(crate) fn first_words<'a>(
        &'a self,
        keep: impl Fn(&V) -> bool + 'a,
    ) -> impl Iterator<Item = String> + 'a {
        self.by_first_word
            .iter()
            .filter(move |(_, list)| list.iter().any(|(_, value)| keep(value)))
            .map(|(word, _)| word.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_tables_prefer_the_longest_entry() {
        let table = PhraseTable::new([
            ("متر".to_string(), "m"),
            ("متر مكعب".to_string(), "m3"),
            ("كم/ساعة".to_string(), "km/h"),
        ]);
        let tokens = Tokens::new("55 مترًا مكعبًا، متر مكعب و90 كم/ساعة");
        assert_eq!(table.longest(&tokens, 1, "مترا"), None);
        assert_eq!(table.longest(&tokens, 4, tokens.folded(4)), Some(("m3", 6)));
        assert_eq!(
            table.longest(&tokens, 8, tokens.folded(8)),
            Some(("km/h", 11))
        );
    }

    #[test]
    fn folded_maps_keep_the_first_reading() {
        let map = folded_map([("مئة", 1), ("مئه", 2), ("إلى", 3)]);
        assert_eq!(map.get("مئه"), Some(&1));
        assert_eq!(map.get("الي"), Some(&3));
    }
}
