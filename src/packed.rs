//! An analysis as three flat arrays, the form in which it crosses into
//! JavaScript; `js/unpack.js` builds the objects from them.
//!
//! Building a JS object from wasm costs a call across the boundary for the
//! object, for every field and for every string, and a text of 10 MB has
//! some 150 000 mentions: field by field (serde-wasm-bindgen) that was a
//! fifth of a call. Packed, an analysis crosses in three calls. The texts
//! of figures do not cross at all: they are slices of the JS string the
//! caller passed, which JavaScript takes itself. Those of mentions go
//! through the string table, so that the many mentions of one name share a
//! single JS string, which spares the garbage collector.
//!
//! The layout, which `js/unpack.js` reads in the same order:
//! - `strings`: every distinct string once, one after the other;
//! - `words`: the number of strings, then the UTF-16 offset of the end of
//!   each in `strings`; then the figures, entities, nationalities and
//!   reference as [`Packer`]'s methods write them. A string is written as
//!   its index, an optional field as a bit in a presence mask;
//! - `numbers`: every `f64`, in the order `words` calls for them.

use crate::hashing::FastMap;
use crate::model::{Analysis, Entity, Figure, Mention, Nationality, Reference, Value};

/// The bits of a figure's presence mask, one per optional field. The
/// numbers are the layout: `js/unpack.js` has the same.
pub mod figure_fields {
    pub const VALUE_NUMBER: u32 = 1 << 0;
    pub const VALUE_TEXT: u32 = 1 << 1;
    pub const MIN: u32 = 1 << 2;
    pub const MAX: u32 = 1 << 3;
    pub const UNIT: u32 = 1 << 4;
    pub const PER: u32 = 1 << 5;
    pub const APPROX: u32 = 1 << 6;
    pub const BOUND: u32 = 1 << 7;
    pub const SUBJECT: u32 = 1 << 8;
    pub const GRAIN: u32 = 1 << 9;
    pub const CALENDAR: u32 = 1 << 10;
    pub const HIJRI: u32 = 1 << 11;
    pub const WARNING: u32 = 1 << 12;
}

/// An analysis packed for JavaScript.
#[derive(Debug, Default, PartialEq)]
pub struct Packed {
    pub words: Vec<u32>,
    pub numbers: Vec<f64>,
    pub strings: String,
}

/// Packs an analysis whose offsets are already UTF-16 code units
/// ([`Analysis::into_utf16_offsets`]).
pub fn pack(analysis: &Analysis) -> Packed {
    let mut packer = Packer::default();
    packer.count(analysis.figures.len());
    for figure in &analysis.figures {
        packer.figure(figure);
    }
    packer.count(analysis.entities.len());
    for entity in &analysis.entities {
        packer.entity(entity);
    }
    packer.count(analysis.nationalities.len());
    for nationality in &analysis.nationalities {
        packer.nationality(nationality);
    }
    packer.reference(analysis.reference.as_ref());
    packer.finish()
}

#[derive(Default)]
struct Packer<'a> {
    /// The body of `words`, after the string table.
    body: Vec<u32>,
    numbers: Vec<f64>,
    /// Each distinct string's index: kinds, units and an entity's keys
    /// recur, and JavaScript then makes each string once.
    indices: FastMap<&'a str, u32>,
    /// The same for khabar's own names (kinds, units, grains), known by
    /// where they are and their length: most of a figure's strings, which
    /// are then neither hashed nor compared byte by byte. A name may also
    /// come as text, and is then in the table twice.
    static_indices: FastMap<(usize, usize), u32>,
    strings: String,
    /// The UTF-16 offset of each string's end in `strings`.
    ends: Vec<u32>,
}

impl<'a> Packer<'a> {
    fn count(&mut self, n: usize) {
        // An analysis has fewer items than its text has bytes, and a text
        // has under 2^31 of those (`text::MAX_TEXT_BYTES`).
        self.body.push(n as u32);
    }

    fn offset(&mut self, offset: usize) {
        self.body.push(offset as u32);
    }

    fn string(&mut self, s: &'a str) {
        let next = self.ends.len() as u32;
        let index = *self.indices.entry(s).or_insert(next);
        self.push_index(index, s);
    }

    fn static_string(&mut self, s: &'static str) {
        let next = self.ends.len() as u32;
        let index = *self
            .static_indices
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert(next);
        self.push_index(index, s);
    }

    /// Writes a string as its table `index`, adding it to the table if the
    /// index is new.
    fn push_index(&mut self, index: u32, s: &str) {
        if index == self.ends.len() as u32 {
            self.strings.push_str(s);
            let units: usize = s.chars().map(char::len_utf16).sum();
            let start = self.ends.last().copied().unwrap_or(0);
            self.ends.push(start + units as u32);
        }
        self.body.push(index);
    }

    fn figure(&mut self, figure: &'a Figure) {
        use figure_fields::*;
        self.static_string(figure.kind.as_str());
        self.offset(figure.start);
        self.offset(figure.end);
        let mask_at = self.body.len();
        self.body.push(0);
        let mut mask = 0;
        if let Some(Value::Number(n)) = figure.value {
            self.number_field(&mut mask, VALUE_NUMBER, Some(n));
        }
        self.number_field(&mut mask, MIN, figure.min);
        self.number_field(&mut mask, MAX, figure.max);
        if let Some(Value::Text(s)) = &figure.value {
            self.text_field(&mut mask, VALUE_TEXT, Some(s));
        }
        self.name_field(&mut mask, UNIT, figure.unit);
        self.name_field(&mut mask, PER, figure.per);
        self.name_field(&mut mask, BOUND, figure.bound.map(|b| b.as_str()));
        self.text_field(&mut mask, SUBJECT, figure.subject.as_deref());
        self.name_field(&mut mask, GRAIN, figure.grain);
        self.name_field(&mut mask, CALENDAR, figure.calendar);
        self.text_field(&mut mask, HIJRI, figure.hijri.as_deref());
        self.name_field(&mut mask, WARNING, figure.warning);
        if figure.approx {
            mask |= APPROX;
        }
        self.body[mask_at] = mask;
    }

    /// An optional number field: its presence `bit` in `mask`, and the number.
    fn number_field(&mut self, mask: &mut u32, bit: u32, n: Option<f64>) {
        if let Some(n) = n {
            *mask |= bit;
            self.numbers.push(n);
        }
    }

    /// An optional text field: its presence `bit` in `mask`, and the text.
    fn text_field(&mut self, mask: &mut u32, bit: u32, s: Option<&'a str>) {
        if let Some(s) = s {
            *mask |= bit;
            self.string(s);
        }
    }

    /// An optional field that is one of khabar's own names.
    fn name_field(&mut self, mask: &mut u32, bit: u32, s: Option<&'static str>) {
        if let Some(s) = s {
            *mask |= bit;
            self.static_string(s);
        }
    }

    fn entity(&mut self, entity: &'a Entity) {
        self.static_string(entity.kind.as_str());
        self.string(&entity.canonical);
        self.string(&entity.key);
        match &entity.role {
            Some(role) => {
                self.body.push(1);
                self.string(role);
            }
            None => self.body.push(0),
        }
        self.mentions(&entity.mentions);
    }

    fn nationality(&mut self, nationality: &'a Nationality) {
        self.string(&nationality.canonical);
        self.string(&nationality.key);
        self.string(&nationality.place);
        self.mentions(&nationality.mentions);
    }

    fn mentions(&mut self, mentions: &'a [Mention]) {
        self.count(mentions.len());
        for mention in mentions {
            self.string(&mention.text);
            self.offset(mention.start);
            self.offset(mention.end);
        }
    }

    fn reference(&mut self, reference: Option<&'a Reference>) {
        match reference {
            Some(reference) => {
                self.body.push(1);
                self.string(&reference.date);
                self.static_string(reference.source.as_str());
            }
            None => self.body.push(0),
        }
    }

    fn finish(self) -> Packed {
        let mut words = Vec::with_capacity(1 + self.ends.len() + self.body.len());
        words.push(self.ends.len() as u32);
        words.extend(self.ends);
        words.extend(self.body);
        Packed {
            words,
            numbers: self.numbers,
            strings: self.strings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::figure_fields::*;
    use super::*;
    use crate::model::{Bound, EntityType, FigureKind, ReferenceSource};

    #[test]
    fn an_analysis_packs_in_the_documented_order() {
        // Only offsets are packed, not the texts they name.
        let text = "0123456789abcdefghijklmnopqrstuvwxyz";
        let mut money = Figure::new(FigureKind::Money, text, 0, 10);
        money.value = Some(Value::Number(5e9));
        money.unit = Some("USD");
        money.approx = true;
        money.bound = Some(Bound::Gt);
        let mut date = Figure::new(FigureKind::Date, text, 11, 12);
        date.value = Some(Value::Text("2022-07-19".into()));
        date.min = Some(1.5);
        let analysis = Analysis {
            figures: vec![money, date],
            entities: vec![Entity {
                kind: EntityType::Location,
                canonical: "بغداد".into(),
                key: "loc:بغداد".into(),
                role: None,
                mentions: vec![Mention {
                    text: "بغداد".into(),
                    start: 23,
                    end: 28,
                }],
            }],
            nationalities: vec![],
            reference: Some(Reference {
                date: "2022-07-19".into(),
                source: ReferenceSource::Dateline,
            }),
        };
        let packed = pack(&analysis);
        // money USD gt date 2022-07-19 location بغداد loc:بغداد dateline
        let ends = [5, 8, 10, 14, 24, 32, 37, 46, 54];
        let strings = "moneyUSDgtdate2022-07-19locationبغدادloc:بغدادdateline";
        assert_eq!(packed.strings, strings);
        let mut words = vec![ends.len() as u32];
        words.extend(ends);
        words.extend([2, 0, 0, 10, VALUE_NUMBER | UNIT | APPROX | BOUND, 1, 2]);
        words.extend([3, 11, 12, MIN | VALUE_TEXT, 4]);
        words.extend([1, 5, 6, 7, 0, 1, 6, 23, 28]);
        words.extend([0]);
        words.extend([1, 4, 8]);
        assert_eq!(packed.words, words);
        assert_eq!(packed.numbers, [5e9, 1.5]);
    }
}
