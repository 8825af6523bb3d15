//! Facts about a token that depend on its word alone (its word type, see
//! [`Tokens::word_types`]), worked out at the first token of the type that
//! asks and read back at the others: news repeats its names and the words
//! around them, and the proclitic readings and look-ups behind a fact cost
//! far more than reading it back.

use std::cell::Cell;

use crate::text::Tokens;

/// One fact per word type, found by `work_out` on first use.
pub(crate) struct PerWordType<'a, T: Copy> {
    tokens: &'a Tokens<'a>,
    /// The word type of each token, held here rather than asked of
    /// `tokens` (a lazily numbered cell) at every look-up.
    types: &'a [u32],
    facts: Vec<Cell<Option<T>>>,
    work_out: fn(&Tokens, usize) -> T,
}

impl<'a, T: Copy> PerWordType<'a, T> {
    /// `work_out(tokens, i)` must depend on the word type of token `i`
    /// alone.
    pub(crate) fn new(tokens: &'a Tokens<'a>, work_out: fn(&Tokens, usize) -> T) -> Self {
        PerWordType {
            tokens,
            types: tokens.word_types(),
            facts: vec![Cell::new(None); tokens.word_type_count()],
            work_out,
        }
    }

    /// The fact of token `i`'s word type.
    pub(crate) fn at(&self, i: usize) -> T {
        let fact = &self.facts[self.types[i] as usize];
        fact.get().unwrap_or_else(|| {
            let found = (self.work_out)(self.tokens, i);
            fact.set(Some(found));
            found
        })
    }
}
