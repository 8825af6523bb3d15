//! Arabic text folding and the one tokenising pass every grammar runs over.
//!
//! The text is read once. Each token keeps its byte span in the original
//! text and a *folded* form, stored in one shared buffer, on which lexicons
//! are matched:
//!
//! * the hamza forms of alef (أ إ آ ٱ) become ا, ى becomes ي, ة becomes ه,
//!   the Persian letters ی ک become ي ك;
//! * diacritics (harakat, dagger alef, Quranic marks), tatweel and the
//!   invisible joiners and direction marks are dropped;
//! * Arabic-Indic and Persian digits become ASCII digits;
//! * Latin letters are lower-cased, dashes become `-`, ٪ becomes `%`; the
//!   Arabic separators ٫ and ٬ stay as they are, being unambiguous.
//!
//! Grammars then look words up in hashed lexicons by their folded form,
//! optionally after splitting off proclitics with [`proclitic_splits`],
//! once per word type ([`Tokens::word_types`]) rather than per token when
//! what they learn depends on the word alone.

use std::cell::OnceCell;
use std::sync::OnceLock;

use crate::hashing;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of Arabic letters, possibly with diacritics and tatweel.
    Word,
    /// A run of digits in one or several of the digit scripts.
    Number,
    /// A run of letters of other scripts (mostly Latin).
    Latin,
    /// Any other single visible character: punctuation, symbols.
    Punct,
}

/// One token: where it is in the text and where its folded form starts.
///
/// Offsets are `u32`, which keeps a token to 16 bytes (the token list is
/// the largest structure of an analysis after the text itself), and limits
/// a text to 2 GiB (its folded form may be longer than the text, when
/// lower-casing lengthens a letter). A token's folded form ends where the
/// next one's starts: every folded character belongs to a token.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: u32,
    end: u32,
    folded_start: u32,
    kind: TokenKind,
    /// Whether a line break comes between this token and the next (or the
    /// end of the text): what sentence and clause tests ask of every token.
    line_break_after: bool,
}

const _: () = assert!(std::mem::size_of::<Token>() == 16);

/// The tokens of one text, with their folded forms.
pub struct Tokens<'t> {
    text: &'t str,
    folded: String,
    tokens: Vec<Token>,
    /// Numbered on first use: counting tokens needs none.
    word_types: OnceCell<WordTypes>,
}

/// The storage of one [`Tokens`], kept to tokenise text after text in:
/// the lexicons' thousands of entries, each a few words tokenised alone,
/// cost about as much in allocating and freeing two buffers each as in
/// tokenising.
#[derive(Default)]
pub struct TokenBuffers {
    folded: String,
    tokens: Vec<Token>,
}

impl TokenBuffers {
    /// What `read` makes of the tokens of `text`, tokenised in these
    /// buffers, which are kept for the next text.
    pub fn tokenise<R>(&mut self, text: &str, read: impl FnOnce(&Tokens) -> R) -> R {
        let tokens = Tokens::in_buffers(text, std::mem::take(self));
        let result = read(&tokens);
        *self = tokens.into_buffers();
        result
    }
}

/// The word types of a text: tokens of one kind and folded form are one
/// type, numbered in the order they first occur. News repeats its words,
/// so what a reader learns of a word alone (is it in a lexicon, under
/// which proclitic reading) it keeps per type, and a token costs it an
/// index instead of hashing the word again under every reading.
struct WordTypes {
    of_token: Vec<u32>,
    /// The first token of each type.
    first_tokens: Vec<u32>,
}

impl WordTypes {
    /// Numbers the word types of `tokens` in one pass, in an
    /// open-addressing table of type numbers keyed by a hash of a token's
    /// kind and folded form, at most half full. A slot holds a type's
    /// number and the high half of its hash, so that a probe reads the
    /// folded form only of a type it is likely to be. Every token is looked
    /// up: a general hash map, hashing a tuple and comparing with wasm's
    /// byte-by-byte `memcmp`, took 7 % of an analysis in the browser.
    fn number(tokens: &Tokens) -> WordTypes {
        const EMPTY: u64 = 0;
        // Sized for the text's tokens, up to 1024 slots, which most
        // articles' types fit: a sentence need not clear 8 KB of them. The
        // table grows as types come.
        let mut bits = (2 * tokens.tokens.len())
            .next_power_of_two()
            .clamp(16, 1024)
            .trailing_zeros();
        let mut slots = vec![EMPTY; 1 << bits];
        let mut hashes: Vec<u64> = Vec::new();
        let mut first_tokens: Vec<u32> = Vec::new();
        // Each type's kind and folded bytes, kept beside its first token:
        // the folded form is read as bytes, sliced once per token, where
        // `Tokens::folded` checked char boundaries at every comparison.
        let mut forms: Vec<(TokenKind, &[u8])> = Vec::new();
        let folded = tokens.folded.as_bytes();
        let slot =
            |hash: u64, word_type: usize| hash & !u64::from(u32::MAX) | (word_type as u64 + 1);
        // The high bits of a multiplicative hash are its well-mixed ones:
        // they pick the slot, with no finaliser to pay for every token.
        let home = |hash: u64, bits: u32| (hash >> (64 - bits)) as usize;
        // A plain loop over indices: iterator adapters zipping each token
        // with the next one's start cost a third of the numbering.
        let mut of_token: Vec<u32> = Vec::with_capacity(tokens.tokens.len());
        for (i, token) in tokens.tokens.iter().enumerate() {
            let end = tokens
                .tokens
                .get(i + 1)
                .map_or(folded.len(), |next| next.folded_start as usize);
            let form = &folded[token.folded_start as usize..end];
            let hash = hashing::mix_bytes(token.kind as u64, form);
            let mask = slots.len() - 1;
            let mut at = home(hash, bits);
            let known = loop {
                let found = slots[at];
                if found == EMPTY {
                    break None;
                }
                let word_type = (found as u32 - 1) as usize;
                if found >> 32 == hash >> 32 {
                    let (kind, known) = forms[word_type];
                    if kind == token.kind && same_bytes(known, form) {
                        break Some(word_type as u32);
                    }
                }
                at = (at + 1) & mask;
            };
            if let Some(word_type) = known {
                of_token.push(word_type);
                continue;
            }
            let word_type = first_tokens.len();
            slots[at] = slot(hash, word_type);
            first_tokens.push(i as u32);
            forms.push((token.kind, form));
            hashes.push(hash);
            if 2 * first_tokens.len() > slots.len() {
                bits += 1;
                slots = vec![EMPTY; 1 << bits];
                let mask = slots.len() - 1;
                for (t, &hash) in hashes.iter().enumerate() {
                    let mut at = home(hash, bits);
                    while slots[at] != EMPTY {
                        at = (at + 1) & mask;
                    }
                    slots[at] = slot(hash, t);
                }
            }
            of_token.push(word_type as u32);
        }
        WordTypes {
            of_token,
            first_tokens,
        }
    }
}

/// Whether `a` and `b` hold the same bytes, compared eight (or four) at a
/// time: WebAssembly's `memcmp` compares one byte at a time. The last
/// word read overlaps the one before it, so no tail is left to compare a
/// byte at a time: a folded Arabic word is 6 to 16 bytes.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    let word = |bytes: &[u8], at: usize| {
        u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default())
    };
    let half = |bytes: &[u8], at: usize| {
        u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or_default())
    };
    match len {
        0..=3 => a == b,
        4..=7 => half(a, 0) == half(b, 0) && half(a, len - 4) == half(b, len - 4),
        _ => {
            let mut at = 0;
            while at + 8 < len {
                if word(a, at) != word(b, at) {
                    return false;
                }
                at += 8;
            }
            word(a, len - 8) == word(b, len - 8)
        }
    }
}

/// The endings of the inflected forms of a nationality adjective after
/// its masculine singular, folded, none for that form: الروسية، الروسيون،
/// روسيين، الروسيات، روسيتين، روسيتان.
pub const NISBA_ENDINGS: [&str; 7] = ["", "ه", "ون", "ين", "ات", "تين", "تان"];

/// The letters proclitics start with: و ف, ب ك ل, and the ا of ال. A word
/// that starts with none has no reading but itself.
pub const PROCLITIC_LETTERS: [char; 6] = ['و', 'ف', 'ب', 'ك', 'ل', 'ا'];

/// The longest text [`Tokens::new`] takes, so that offsets fit in `u32`.
pub(crate) const MAX_TEXT_BYTES: usize = (u32::MAX / 2) as usize;

impl<'t> Tokens<'t> {
    /// Tokenises `text` in one pass.
    ///
    /// # Panics
    ///
    /// If `text` is longer than 2 GiB.
    pub fn new(text: &'t str) -> Self {
        Tokens::in_buffers(
            text,
            TokenBuffers {
                folded: String::with_capacity(text.len()),
                // News text has a token every 9 or 10 bytes; a text with more
                // grows the vector, rather than every text reserving for the worst.
                tokens: Vec::with_capacity(text.len() / 8),
            },
        )
    }

    /// Tokenises `text` as [`Tokens::new`] does, in `buffers`, whatever
    /// they held dropped.
    fn in_buffers(text: &'t str, mut buffers: TokenBuffers) -> Self {
        assert!(
            text.len() <= MAX_TEXT_BYTES,
            "texts of more than 2 GiB are not tokenised"
        );
        buffers.folded.clear();
        buffers.tokens.clear();
        let mut tokenizer = Tokenizer {
            folded: buffers.folded,
            tokens: buffers.tokens,
            current: None,
        };
        let table = folding_table();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&lead) = bytes.get(at) {
            // ASCII and the Arabic block, nearly every character of an
            // Arabic text, are read from their bytes; the rest are decoded.
            let (len, folding) = match (lead, bytes.get(at + 1)) {
                (0..=0x7F, _) => (1, table[usize::from(lead)]),
                (0xD8..=0xDB, Some(&next)) => (2, table[arabic_index(lead, next)]),
                _ => {
                    let c = text[at..].chars().next().expect("at is a char boundary");
                    (c.len_utf8(), Folding::of(c))
                }
            };
            if folding.kept_letter {
                // Most of a word is letters that fold to themselves: the
                // run of them is copied at once rather than a letter at a
                // time.
                let end = kept_letters_end(bytes, at + len, table);
                tokenizer.push_letters(at as u32, &text[at..end]);
                at = end;
                continue;
            }
            tokenizer.push(at as u32, len as u32, folding.class, folding.folded);
            at += len;
        }
        tokenizer.close(text.len() as u32);
        Tokens {
            text,
            folded: tokenizer.folded,
            tokens: tokenizer.tokens,
            word_types: OnceCell::new(),
        }
    }

    /// The buffers the tokens are in, to tokenise another text in.
    fn into_buffers(self) -> TokenBuffers {
        TokenBuffers {
            folded: self.folded,
            tokens: self.tokens,
        }
    }

    /// The word type of each token (see [`WordTypes`]).
    pub fn word_types(&self) -> &[u32] {
        &self.types().of_token
    }

    /// How many word types the text has: types are `0..word_type_count()`.
    pub fn word_type_count(&self) -> usize {
        self.types().first_tokens.len()
    }

    /// The first token of word type `t`, which stands for all of them.
    pub fn first_of_type(&self, t: u32) -> usize {
        self.types().first_tokens[t as usize] as usize
    }

    fn types(&self) -> &WordTypes {
        self.word_types.get_or_init(|| WordTypes::number(self))
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The folded form of token `i`, or "" past the end.
    pub fn folded(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => {
                let end = self
                    .tokens
                    .get(i + 1)
                    .map_or(self.folded.len(), |next| next.folded_start as usize);
                &self.folded[t.folded_start as usize..end]
            }
            None => "",
        }
    }

    /// The original text of token `i`.
    pub fn raw(&self, i: usize) -> &'t str {
        &self.text[self.start(i)..self.end(i)]
    }

    /// Byte offset where token `i` starts.
    pub fn start(&self, i: usize) -> usize {
        self.tokens[i].start as usize
    }

    /// Byte offset where token `i` ends.
    pub fn end(&self, i: usize) -> usize {
        self.tokens[i].end as usize
    }

    /// Whether token `i` directly follows token `i - 1`, with no space between.
    pub fn glued_to_previous(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i - 1].end == self.tokens[i].start
    }

    /// Whether only spaces (no line break) separate token `i - 1` and token `i`.
    pub fn same_line_as_previous(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && !self.tokens[i - 1].line_break_after
    }

    /// Whether token `i` is the punctuation character `c` (after folding).
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.folded(i).starts_with(c)
    }

    /// Whether token `i` ends a sentence (., !, ?, ؟, or a line break after it).
    pub fn ends_sentence(&self, i: usize) -> bool {
        if self.kind(i) == Some(TokenKind::Punct) && matches!(self.folded(i), "." | "!" | "?" | "؟")
        {
            return true;
        }
        self.tokens.get(i).is_some_and(|t| t.line_break_after)
    }

    /// The byte offset in the original text after the first `letters`
    /// folded letters of word token `i`, so that a mention can start after
    /// its proclitics (`وبوتين` → `بوتين`).
    pub fn offset_after_letters(&self, i: usize, letters: usize) -> usize {
        let mut seen = 0;
        for (at, c) in self.raw(i).char_indices() {
            // Folding drops exactly the ignorable characters.
            if !is_ignorable(c) {
                if seen == letters {
                    return self.start(i) + at;
                }
                seen += 1;
            }
        }
        self.end(i)
    }
}

/// What folding does to a character: its class and folded form.
#[derive(Clone, Copy)]
struct Folding {
    class: Class,
    folded: Option<char>,
    /// Whether it is an Arabic letter that folds to itself.
    kept_letter: bool,
}

impl Folding {
    fn of(c: char) -> Folding {
        let (class, folded) = (classify(c), fold_char(c));
        Folding {
            class,
            folded,
            kept_letter: matches!(class, Class::Arabic) && folded == Some(c),
        }
    }
}

/// The [`Folding`] of the ASCII characters (entries 0 to 127) and of the
/// Arabic block U+0600 to U+06FF (entries 128 to 383, see
/// [`arabic_index`]): nearly every character of an Arabic text, looked up
/// rather than matched.
fn folding_table() -> &'static [Folding; 384] {
    static TABLE: OnceLock<[Folding; 384]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|k| {
            let code = if k < 0x80 { k } else { k - 0x80 + 0x0600 };
            Folding::of(char::from_u32(code as u32).expect("no surrogates below U+0700"))
        })
    })
}

/// The entry of [`folding_table`] of the character of the Arabic block
/// whose UTF-8 form is `lead` (D8 to DB, which lead the two-byte forms of
/// U+0600 to U+06FF) and `next`.
fn arabic_index(lead: u8, next: u8) -> usize {
    let code = (usize::from(lead & 0x1F) << 6) | usize::from(next & 0x3F);
    code - 0x0600 + 0x80
}

/// Where the run of Arabic letters that fold to themselves from byte `at`
/// of `bytes` ends.
fn kept_letters_end(bytes: &[u8], mut at: usize, table: &[Folding; 384]) -> usize {
    while let Some(&[lead @ 0xD8..=0xDB, next]) = bytes.get(at..at + 2) {
        if !table[arabic_index(lead, next)].kept_letter {
            break;
        }
        at += 2;
    }
    at
}

struct Tokenizer {
    folded: String,
    tokens: Vec<Token>,
    /// The token being read: its kind, where it starts in the text and in
    /// the folded form.
    current: Option<(TokenKind, u32, u32)>,
}

impl Tokenizer {
    /// Reads the character at byte `at`, `len` bytes long, of class `class`
    /// and folded form `folded`.
    fn push(&mut self, at: u32, len: u32, class: Class, folded: Option<char>) {
        let kind = match class {
            Class::Space => {
                self.close(at);
                return;
            }
            Class::LineBreak => {
                self.close(at);
                if let Some(last) = self.tokens.last_mut() {
                    last.line_break_after = true;
                }
                return;
            }
            // Marks and joiners continue whatever word they are in, and are
            // dropped from the folded form.
            Class::Ignorable => {
                if self.current.is_none() {
                    self.open(TokenKind::Word, at);
                }
                return;
            }
            Class::Arabic => TokenKind::Word,
            Class::Digit => TokenKind::Number,
            Class::Letter => TokenKind::Latin,
            Class::Punct => {
                self.close(at);
                self.open(TokenKind::Punct, at);
                self.push_folded(folded);
                self.close(at + len);
                return;
            }
        };
        match self.current {
            Some((current, _, _)) if current == kind => {}
            // A word made only of tatweel or marks so far (`ـ`) takes the kind
            // of what follows only if it is Arabic; otherwise it ends.
            _ => {
                self.close(at);
                self.open(kind, at);
            }
        }
        self.push_folded(folded);
    }

    /// Reads `letters`, Arabic letters that fold to themselves, from byte
    /// `at`: as [`Tokenizer::push`] would read them one by one.
    fn push_letters(&mut self, at: u32, letters: &str) {
        if !matches!(self.current, Some((TokenKind::Word, _, _))) {
            self.close(at);
            self.open(TokenKind::Word, at);
        }
        self.folded.push_str(letters);
    }

    fn push_folded(&mut self, folded: Option<char>) {
        if let Some(f) = folded {
            self.folded.push(f);
        }
    }

    fn open(&mut self, kind: TokenKind, at: u32) {
        self.current = Some((kind, at, self.folded.len() as u32));
    }

    fn close(&mut self, at: u32) {
        if let Some((kind, start, folded_start)) = self.current.take() {
            // A lone run of marks (a stray diacritic or tatweel) is no token.
            if self.folded.len() as u32 > folded_start || kind != TokenKind::Word {
                self.tokens.push(Token {
                    start,
                    end: at,
                    folded_start,
                    kind,
                    line_break_after: false,
                });
            } else if let Some(last) = self.tokens.last_mut() {
                // Keep the marks inside the span of the word they follow
                // (`بـ` before digits), so that spans stay contiguous.
                if last.end == start && last.kind == TokenKind::Word {
                    last.end = at;
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Class {
    Space,
    LineBreak,
    Ignorable,
    Arabic,
    Digit,
    Letter,
    Punct,
}

fn classify(c: char) -> Class {
    match c {
        '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Class::Digit,
        c if is_ignorable(c) => Class::Ignorable,
        '\u{0621}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'
        | '\u{06EF}'
        | '\u{06FA}'..='\u{06FF}' => Class::Arabic,
        '\n' => Class::LineBreak,
        c if c.is_whitespace() || c.is_control() => Class::Space,
        c if c.is_alphabetic() => Class::Letter,
        _ => Class::Punct,
    }
}

/// Diacritics, tatweel, joiners and direction marks: they continue a word
/// and folding drops them.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}'..='\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The folded form of one character, or `None` for characters folding drops.
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' | 'ی' | 'ې' | 'ۍ' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ک' | 'ڪ' => 'ك',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        c if is_ignorable(c) => return None,
        '٪' => '%',
        '‐' | '‑' | '‒' | '–' | '—' | '−' | '―' => '-',
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        // The rest of the Arabic block folds to itself: skip the case tables.
        '\u{0600}'..='\u{06FF}' => c,
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Folds a whole string (for lexicon entries, names and keys). ASCII and
/// the Arabic block are looked up in [`folding_table`], as the tokeniser
/// does: matched and pushed a character at a time, folding a name cost
/// a hundred instructions a letter.
pub fn fold(s: &str) -> String {
    let table = folding_table();
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        let (len, folded) = match (lead, bytes.get(at + 1)) {
            (0..=0x7F, _) => (1, table[usize::from(lead)].folded),
            (0xD8..=0xDB, Some(&next)) => {
                let folding = table[arabic_index(lead, next)];
                if folding.kept_letter {
                    // A run of letters that fold to themselves is copied whole.
                    let end = kept_letters_end(bytes, at + 2, table);
                    out.push_str(&s[at..end]);
                    at = end;
                    continue;
                }
                (2, folding.folded)
            }
            _ => {
                let c = s[at..].chars().next().expect("at is a char boundary");
                (c.len_utf8(), fold_char(c))
            }
        };
        out.extend(folded);
        at += len;
    }
    out
}

/// One way to read a folded Arabic word as proclitics plus a stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// و or ف.
    pub conjunction: Option<char>,
    /// ب, ك or ل.
    pub preposition: Option<char>,
    /// Whether the definite article ال (or the ل of لل) is part of the prefix.
    pub article: bool,
    /// How many letters the proclitics take.
    pub prefix_letters: usize,
    /// The rest of the word.
    pub stem: &'a str,
}

impl Split<'_> {
    /// The letters of the proclitics before a span that keeps the article
    /// (بالعام → العام): the conjunction and the preposition, except the ل
    /// that لل fuses with the article, which stays inside with it (للعام).
    pub fn letters_before_article(&self) -> usize {
        let fused = self.article && self.preposition == Some('ل');
        usize::from(self.conjunction.is_some()) + usize::from(self.preposition.is_some() && !fused)
    }
}

/// The shortest stem a split may leave: shorter remainders are too often
/// whole words (`بل`, `كل`), not clitic plus stem.
const MIN_STEM_LETTERS: usize = 2;

/// Every reading of a folded word as `[و|ف] [ب|ك|ل] [ال] stem` with a stem
/// of at least [`MIN_STEM_LETTERS`] letters, the unsplit word first; `لل`
/// reads as ل + ال. It allocates nothing, and finds which readings exist
/// from a few bytes before handing any out: it runs many times on every
/// word of a text.
pub fn proclitic_splits(word: &str) -> ProcliticSplits<'_> {
    let letter = |at| clitic_letter(word, at);
    // Bit 0 is the unsplit word; bit 1 + r is reading r, whose bits say
    // whether it takes a conjunction (4), a preposition (2) and the article
    // (1). Ascending bits are the order readings are offered in.
    let mut readings = 1u16;
    // Each clitic letter takes two bytes in UTF-8: the choices below are
    // the bytes a conjunction and a preposition take.
    let conjunction_choices: &[usize] = match letter(0) {
        Some('و' | 'ف') => &[0, 2],
        _ => &[0],
    };
    for &conjunction in conjunction_choices {
        let preposition_letter = letter(conjunction);
        for preposition in [0, 2] {
            if preposition > 0 && !matches!(preposition_letter, Some('ب' | 'ك' | 'ل')) {
                continue;
            }
            let at = conjunction + preposition;
            // conjunction × 2 is the reading's bit 4, preposition its bit 2.
            let bit = 1 + 2 * conjunction + preposition;
            if at > 0 && long_enough(&word[at..]) {
                readings |= 1 << bit;
            }
            // ل + ال is written لل: the ا of the article disappears.
            let fused = preposition > 0 && preposition_letter == Some('ل');
            let article_bytes = match (fused, letter(at), letter(at + 2)) {
                (true, Some('ل'), _) => 2,
                (false, Some('ا'), Some('ل')) => 4,
                _ => continue,
            };
            if long_enough(&word[at + article_bytes..]) {
                readings |= 1 << (bit + 1);
            }
        }
    }
    ProcliticSplits { word, readings }
}

/// Whether a stem has at least [`MIN_STEM_LETTERS`] letters.
fn long_enough(stem: &str) -> bool {
    let mut chars = stem.chars();
    (0..MIN_STEM_LETTERS).all(|_| chars.next().is_some())
}

/// The iterator [`proclitic_splits`] returns.
#[derive(Clone, Debug)]
pub struct ProcliticSplits<'a> {
    word: &'a str,
    /// The readings not yet handed out, one bit each (see
    /// [`proclitic_splits`]).
    readings: u16,
}

impl<'a> Iterator for ProcliticSplits<'a> {
    type Item = Split<'a>;

    fn next(&mut self) -> Option<Split<'a>> {
        if self.readings == 0 {
            return None;
        }
        let bit = self.readings.trailing_zeros() as usize;
        self.readings &= self.readings - 1;
        if bit == 0 {
            return Some(Split {
                conjunction: None,
                preposition: None,
                article: false,
                prefix_letters: 0,
                stem: self.word,
            });
        }
        let reading = bit - 1;
        // Every clitic letter takes two bytes in UTF-8.
        let mut at = 0;
        let mut take = |wanted: bool| {
            let letter = wanted.then(|| clitic_letter(self.word, at)).flatten();
            at += if wanted { 2 } else { 0 };
            letter
        };
        let conjunction = take(reading & 4 != 0);
        let preposition = take(reading & 2 != 0);
        let article = reading & 1 != 0;
        let article_letters = match (article, preposition) {
            (false, _) => 0,
            (true, Some('ل')) => 1,
            (true, _) => 2,
        };
        let prefix_letters = at / 2 + article_letters;
        Some(Split {
            conjunction,
            preposition,
            article,
            prefix_letters,
            stem: &self.word[2 * prefix_letters..],
        })
    }
}

/// The letter at byte `at` of `word` if it is one that proclitics are made
/// of (و ف ب ك ل ا), read from its two UTF-8 bytes.
fn clitic_letter(word: &str, at: usize) -> Option<char> {
    match word.as_bytes().get(at..at + 2)? {
        [0xD9, 0x88] => Some('و'),
        [0xD9, 0x81] => Some('ف'),
        [0xD8, 0xA8] => Some('ب'),
        [0xD9, 0x83] => Some('ك'),
        [0xD9, 0x84] => Some('ل'),
        [0xD8, 0xA7] => Some('ا'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folding a string folds each of its characters, whichever way it
    /// is read: from the table, as a run of kept letters, or decoded.
    #[test]
    fn folds_a_string_as_its_characters() {
        let mut every: String = (0..0x0800u32).filter_map(char::from_u32).collect();
        every += "وزارةُ الصحّة ـ «الأمم» ٢٠٢٤ ۱۲ ABC Ärger İ ß 𝐀 \u{FEFF}\u{200F}";
        for text in [every.as_str(), "", "a", "ـ", "إلى", "ك"] {
            let expected: String = text.chars().filter_map(fold_char).collect();
            assert_eq!(fold(text), expected, "{text:?}");
        }
    }

    /// Tokens of one kind and folded form share a type, numbered in order
    /// of first occurrence, past the table's first growth.
    #[test]
    fn numbers_word_types_by_kind_and_folded_form() {
        let mut text = String::from("أحمد احمد 12 ١٢ ، ، abc ABC ");
        for n in 0..3000 {
            text += &format!("كلمة{n} x{n} ");
        }
        text += "كلمة2999 احمد";
        let tokens = Tokens::new(&text);
        let mut seen: Vec<(Option<TokenKind>, &str)> = Vec::new();
        for (i, &word_type) in tokens.word_types().iter().enumerate() {
            let key = (tokens.kind(i), tokens.folded(i));
            let expected = seen.iter().position(|&k| k == key).unwrap_or_else(|| {
                seen.push(key);
                seen.len() - 1
            });
            assert_eq!(word_type as usize, expected, "token {i}: {key:?}");
            assert_eq!(tokens.folded(tokens.first_of_type(word_type)), key.1);
        }
        assert_eq!(tokens.word_type_count(), seen.len());
    }

    #[test]
    fn compares_bytes_of_every_length() {
        let text = b"abcdefghijklmnopqrstuvwxyz";
        for len in 0..text.len() {
            let mut other = text[..len].to_vec();
            assert!(same_bytes(&text[..len], &other));
            for at in 0..len {
                other[at] ^= 1;
                assert!(!same_bytes(&text[..len], &other), "{len} {at}");
                other[at] ^= 1;
            }
            assert!(!same_bytes(&text[..len], &text[..len + 1]));
        }
    }

    fn kinds_and_folds(text: &str) -> Vec<(TokenKind, String, String)> {
        let t = Tokens::new(text);
        (0..t.len())
            .map(|i| {
                (
                    t.kind(i).unwrap(),
                    t.raw(i).to_string(),
                    t.folded(i).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn folds_letters_marks_and_digits() {
        let cases = [
            ("أإآٱا", "ااااا"),
            ("مُسْتَشْفَى", "مستشفي"),
            ("قاعدة", "قاعده"),
            ("عامًا", "عاما"),
            ("إيـــران", "ايران"),
            ("١٩٤٥", "1945"),
            ("۱۴۰۳", "1403"),
            ("بیزشکیان", "بيزشكيان"),
            ("S–400", "s-400"),
        ];
        for (input, folded) in cases {
            assert_eq!(fold(input), folded, "{input}");
        }
    }

    #[test]
    fn splits_digits_glued_to_words() {
        use TokenKind::*;
        let got = kinds_and_folds("بـ500 بنسبة10% 2013.");
        let want = [
            (Word, "بـ", "ب"),
            (Number, "500", "500"),
            (Word, "بنسبة", "بنسبه"),
            (Number, "10", "10"),
            (Punct, "%", "%"),
            (Number, "2013", "2013"),
            (Punct, ".", "."),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0, g.1.as_str(), g.2.as_str()), w);
        }
    }

    #[test]
    fn keeps_spans_of_the_original_text() {
        let text = "قال إنّ ٥٥ مليار";
        let t = Tokens::new(text);
        assert_eq!(t.len(), 4);
        assert_eq!(t.raw(1), "إنّ");
        assert_eq!(t.folded(1), "ان");
        assert_eq!(t.raw(2), "٥٥");
        assert_eq!(t.folded(2), "55");
        assert!(!t.glued_to_previous(2));
    }

    #[test]
    fn reads_proclitics() {
        let stems: Vec<(usize, &str)> = proclitic_splits("للولايات")
            .map(|s| (s.prefix_letters, s.stem))
            .collect();
        assert!(stems.contains(&(2, "ولايات")));
        let stems: Vec<(usize, &str)> = proclitic_splits("وبوتين")
            .map(|s| (s.prefix_letters, s.stem))
            .collect();
        assert!(stems.contains(&(1, "بوتين")));
        assert!(stems.contains(&(0, "وبوتين")));
        // Stems of one letter are not offered.
        assert!(proclitic_splits("بل").all(|s| s.prefix_letters == 0));
    }

    #[test]
    fn reads_every_clitic_combination() {
        let stems: Vec<(usize, bool, &str)> = proclitic_splits("وبالف")
            .map(|s| (s.prefix_letters, s.article, s.stem))
            .collect();
        assert!(stems.contains(&(0, false, "وبالف")));
        assert!(stems.contains(&(2, false, "الف")));
        assert!(!stems.iter().any(|&(_, _, stem)| stem == "ف"));
        let stems: Vec<(usize, bool, &str)> = proclitic_splits("للبرميل")
            .map(|s| (s.prefix_letters, s.article, s.stem))
            .collect();
        assert!(stems.contains(&(2, true, "برميل")));
    }

    #[test]
    fn offsets_after_clitics_skip_marks() {
        let text = "وَبوتين";
        let t = Tokens::new(text);
        assert_eq!(&text[t.offset_after_letters(0, 1)..], "بوتين");
    }
}
