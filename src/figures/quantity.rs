//! Quantities: a number with a unit of volume, mass, length, area, energy,
//! power, speed or temperature (`55 مليار متر مكعب`, `10 آلاف طن`,
//! `1200 ميغاواط`, `40 درجة مئوية`), and the rates that follow amounts
//! (`سنويا`, `في اليوم`: `برميل يوميا` is barrels per day).
//!
//! Units are reported as SI-like codes (`m3`, `t`, `km2`, `MW`, `°C`) and
//! the few customary ones news uses as is (`barrel`, `feddan`, `dunam`,
//! `quintal`, and `point` for an index or a score: `45 نقطة`);
//! a degree sign with no scale (`45°`) is `°`, and an earthquake's
//! magnitude is `richter` (`زلزال بقوة 6.2 درجات على مقياس ريختر`).

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::text::{proclitic_splits, Tokens};
use crate::FigureKind;

use super::amount::{unit_entries, UnitForms, UnitWord};
use super::GrammaticalNumber;

/// Reads a unit at token `j`, whose folded form or stem is `first`. After
/// a year (`عام 2013م`, `( 633 هـ = 1235 م )`), a lone م is the era, not
/// metres; a bare كيلو is a kilometre after a word of distance (`على
/// بعد 15 كيلو`), a square kilometre after a word of area (`مساحتها 1064
/// كيلو`), elsewhere a kilogram (`3 كيلو من الطماطم`); and after a word
/// of area a length is its square, as news gives a flat's or a town's
/// area (`شقة مساحتها 120 مترا`, `بمساحة 20 كيلومترا`).
pub(super) fn read(
    tokens: &Tokens,
    j: usize,
    first: &str,
    after_year: bool,
) -> Option<(UnitWord, usize)> {
    let found = units().longest(tokens, j, first);
    let (unit, next) = match found {
        Some((unit, _)) if unit.code != Some("°") => found,
        // A degree sign with no scale, like درجة, is Celsius in a sentence
        // of heat, and a magnitude on the Richter scale or beside a quake.
        _ => read_degree_of_heat(tokens, j, first)
            .or_else(|| read_magnitude(tokens, j, first))
            .or(found),
    }?;
    // After a year قدم is rather the verb: `في 2010 قدم الوزير استقالته`.
    if after_year && next == j + 1 && (first.chars().count() == 1 || first == "قدم")
        || next == j + 1 && first == "م" && is_year_before_era(tokens, j)
    {
        return None;
    }
    let measured = |code: &'static str| {
        let unit = UnitWord {
            code: Some(code),
            ..unit
        };
        Some((unit, next))
    };
    let bare_kilo = next == j + 1 && first == "كيلو";
    if bare_kilo || matches!(unit.code, Some("km" | "m")) {
        match (space_cue(tokens, j), unit.code) {
            (Some(SpaceCue::Distance), _) if bare_kilo => return measured("km"),
            (Some(SpaceCue::Area), _) if bare_kilo => return measured("km2"),
            (Some(SpaceCue::Area), Some("km")) => return measured("km2"),
            (Some(SpaceCue::Area), Some("m")) => return measured("m2"),
            _ => {}
        }
    }
    if unit.code == Some("point") && names_places(tokens, next) {
        return None;
    }
    Some((unit, next))
}

/// How many tokens before a lone م the words of a span of years are read
/// back (`بين عامي 960 و 1279 م`, `( 633 هـ = 1235 م )`).
const YEAR_SPAN_TOKENS: usize = 6;

/// Whether the number before a lone م at token `j` is a year of the Common
/// Era, which م marks as هـ marks a Hijri one: a whole number of three or
/// four digits read back, over the numbers and signs of a span or an
/// equivalence of years, to a Hijri year or `الموافق` (`( 633 هـ = 1235 م
/// )`, `751 هجرية ( 1350م )`, `الموافق 1351م`), to a year before Christ
/// (`( 206 ق . م - 220 م )`, `بين سنتي 300 ق.م. و300 م`), to a word for a
/// year (`بين عامي 960 و 1279 م`, `السنة ( 1645 م )`), to a bracket that
/// holds nothing else, as a text dates an event in passing (`يستدعي
/// البرلمان من جديد ( 1640 م )`, `( 1640 - 1648م )`), or after a span of
/// years rising (`أسرة مينغ 1368 - 1644م`, `( الفترة : 1629-1640 م )`).
/// Elsewhere م is metres (`سباق 1500 م`, `ارتفاعه 1500 م`): after a word
/// of distance or height, and in brackets that restate an amount just
/// before them (`5000 قدم ( 1524 م )`).
fn is_year_before_era(tokens: &Tokens, j: usize) -> bool {
    let whole_year = |k: usize| {
        crate::numbers::read_numeral(tokens, k)
            .filter(|n| n.digits && n.end == k + 1 && n.value.fract() == 0.0)
            .filter(|n| (100.0..=2100.0).contains(&n.value))
            .map(|n| n.value)
    };
    let Some(mut year) = j.checked_sub(1).and_then(whole_year) else {
        return false;
    };
    let mut span_rises = false;
    let no_word_of_space = |k: usize| space_cue(tokens, k).is_none();
    for k in (j.saturating_sub(1 + YEAR_SPAN_TOKENS)..j - 1).rev() {
        if !tokens.same_line_as_previous(k + 1) {
            return false;
        }
        let word = tokens.folded(k);
        if let Some(value) = whole_year(k) {
            span_rises |= value < year && tokens.folded(k + 1) == "-";
            year = value;
            continue;
        }
        match word {
            "-" | "=" | "/" | "و" | ":" => continue,
            // The letters of ق.م, before Christ, read from its end.
            "." | "م" => continue,
            "ق" => return true,
            "(" if span_rises
                || tokens.folded(j + 1) == ")"
                    && !restates_an_amount(tokens, k)
                    && no_word_of_space(k) =>
            {
                return true
            }
            "(" => continue,
            _ => {}
        }
        // هـ, the Hijri era's sign, is one letter once folded.
        return word == "ه"
            || proclitic_splits(word).any(|split| {
                matches!(
                    split.stem,
                    "عام" | "عامي" | "سنه" | "سنتي" | "هجريه" | "هجري" | "موافق"
                )
            })
            || span_rises && no_word_of_space(k + 1);
    }
    false
}

/// Whether the bracket at token `open` restates an amount just before it
/// (`5000 قدم ( 1524 م )`): a number or the end of a unit.
fn restates_an_amount(tokens: &Tokens, open: usize) -> bool {
    (open.saturating_sub(2)..open).any(|k| {
        tokens.kind(k) == Some(crate::text::TokenKind::Number)
            || units()
                .longest(tokens, k, tokens.folded(k))
                .is_some_and(|(_, next)| next == open)
    })
}

/// How many tokens before a unit a word of distance or area is looked
/// for: past the number and its qualifiers (`تبعد عن الحدود اكثر من 70
/// كيلو`).
const SPACE_WINDOW: usize = 8;

/// What a word shortly before a unit says it measures.
#[derive(Clone, Copy, PartialEq)]
enum SpaceCue {
    Distance,
    Area,
}

/// The nearest word of distance or area before token `j` in its sentence.
/// Of distance: `على بعد`, `تبعد`, `يبعد`, `مسافة` (`لمسافة`, `بمسافة`),
/// `طول` (`بطول`, `طوله`), `عرضه` (not `عرض`, also an offer: `عرض 3 كيلو
/// بعشرة دراهم`), `يقطع` (`يقطعون 3 كيلو`), and of a height or a depth,
/// `ارتفاع`, `عمق`. Of area: `مساحة` (`بمساحة`, `المساحة`, `مساحتها`).
fn space_cue(tokens: &Tokens, j: usize) -> Option<SpaceCue> {
    (j.saturating_sub(SPACE_WINDOW)..j)
        .rev()
        .take_while(|&k| !super::ends_sentence(tokens, k))
        .find_map(|k| {
            let word = tokens.folded(k);
            if word == "بعد" && k > 0 && tokens.folded(k - 1) == "علي" {
                return Some(SpaceCue::Distance);
            }
            proclitic_splits(word).find_map(|split| match split.stem {
                "مساحه" | "مساحته" | "مساحتها" => Some(SpaceCue::Area),
                _ if split.article => None,
                "تبعد" | "يبعد" | "مسافه" | "طول" | "طوله" | "طولها" | "عرضه" | "عرضها"
                | "يقطع" | "يقطعون" | "تقطع" | "ارتفاع" | "ارتفاعه" | "ارتفاعها" | "عمق"
                | "عمقه" | "عمقها" => Some(SpaceCue::Distance),
                _ => None,
            })
        })
}

/// The metric prefixes Arabic writes joined to their unit or apart from
/// it: `كيلومتر` and `كيلو متر`, `كيلوغرامات` and `كيلو غرامات`,
/// `ميغاواط` and `ميغا واط`, `مليلتر` and `ملي لتر`.
const METRIC_PREFIXES: [&str; 12] = [
    "كيلو", "ميغا", "ميجا", "غيغا", "جيجا", "جيغا", "تيرا", "نانو", "سنتي", "ملي", "مللي", "ميلي",
];

/// A form of a unit with its metric prefix written apart, if it has one
/// joined: `كيلومترا مربعا` → `كيلو مترا مربعا`.
fn with_prefix_apart(form: &str) -> Option<String> {
    METRIC_PREFIXES.iter().find_map(|prefix| {
        let unit = form.strip_prefix(prefix)?;
        (!unit.is_empty() && !unit.starts_with(' ')).then(|| format!("{prefix} {unit}"))
    })
}

/// Whether the word at `next`, after نقاط or نقطة, makes them places or
/// things, which are counted (`خمس نقاط تفتيش`, `ثلاث نقاط عسكرية`,
/// `نقطتين ثمينتين`), not points of an index or a score (`45 نقطة
/// ليغلق`). An accusative in -ا after them is no adjective of theirs but
/// of the clause (`بفارق 17 نقطة مؤكدا تفوقه`, `ثلاث نقاط مثلها`).
fn names_places(tokens: &Tokens, next: usize) -> bool {
    use super::count::{is_adjective, is_construct_complement, is_dual_adjective};
    let word = tokens.folded(next);
    tokens.same_line_as_previous(next)
        && tokens.kind(next) == Some(crate::text::TokenKind::Word)
        && (is_construct_complement(word)
            || is_adjective(word) && !word.ends_with('ا')
            || is_dual_adjective(word))
}

/// How many tokens before a bare degree a word of heat is looked for.
const HEAT_WINDOW: usize = 16;

/// A degree without its scale (`45 درجة`, `3 درجات`, `45°`) at token `j`,
/// whose folded form or stem is `first`: Celsius when a word of heat comes
/// shortly before it in the sentence (`بلغت درجة الحرارة 45 درجة`,
/// `الصغرى 3 درجات`, `الطقس حار ويصل إلى 42 درجة`, `أصيب بحمى بلغت 40
/// درجة`), unless the scale is named after it (`رياح بقوة 6 درجات على
/// مقياس بوفورت`, `على مقياس ريختر`) or a word of an angle comes between
/// (`ارتفعت الحرارة، وانحرف الجسم بزاوية 90 درجة`). Without one it is as
/// often a magnitude (`زلزال بقوة 6 درجات`), a mark (`حصل على 95 درجة`) or
/// an angle, and is left alone.
fn read_degree_of_heat(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    let number = degree_number(first)?;
    if names_a_scale(tokens, j + 1) || names_a_scale(tokens, j + 2) {
        return None;
    }
    let nearest_cue = (j.saturating_sub(HEAT_WINDOW)..j)
        .rev()
        .take_while(|&k| !super::ends_sentence(tokens, k))
        .find_map(|k| degree_cue(tokens.folded(k)))?;
    let unit = UnitWord {
        kind: FigureKind::Quantity,
        code: Some("°C"),
        number,
        factor: 1.0,
    };
    (nearest_cue == DegreeCue::Heat).then_some((unit, j + 1))
}

/// What a word before a bare degree says it measures.
#[derive(Clone, Copy, PartialEq)]
enum DegreeCue {
    Heat,
    Angle,
}

/// Whether a folded word, with or without proclitics, speaks of heat
/// (`الحرارة`, `حرارته`, `الصغرى`, `العظمى`, the weather: `الطقس`, `الجو`,
/// a fever: `بحمى`) or of an angle or a turn (`بزاوية`, `انحراف`, `بميل`,
/// `دوران`, `استدار`): the nearer one before a degree decides whether it
/// is a temperature. `الجو` is the air only with the article (`جو`
/// alone is no word of news), and a fever's `حمى` only as a noun after
/// the article or ب (`حمى` alone is also the verb "protected").
fn degree_cue(word: &str) -> Option<DegreeCue> {
    proclitic_splits(word).find_map(|split| {
        let stem = split.stem;
        let heat = matches!(stem, "حراره" | "صغري" | "عظمي" | "طقس")
            // حرارته، حرارتها: the heat of one named before.
            || stem.starts_with("حرارت")
            || split.article && stem == "جو"
            || (split.article || split.preposition.is_some()) && stem == "حمي";
        let angle = matches!(
            stem,
            "زاويه"
                | "زوايا"
                | "انحراف"
                | "ميل"
                | "ميلان"
                | "دوران"
                | "استدار"
                | "استداره"
                | "انعطاف"
                | "التفاف"
        );
        if heat {
            Some(DegreeCue::Heat)
        } else {
            angle.then_some(DegreeCue::Angle)
        }
    })
}

/// How many tokens before a bare degree, within its paragraph, a word
/// for an earthquake is looked for: the magnitude is often given in the
/// sentence after the quake's (`ضرب زلزال ... وبلغت قوته 5.4 درجة`).
const QUAKE_WINDOW: usize = 32;

/// An earthquake's magnitude at token `j`, whose folded form or stem is
/// `first`: the Richter scale named (`بقوة 6.2 على مقياس ريختر`, `5.8
/// ريختر`, `6 درجات بمقياس ريختر`, in the span), or a degree without a
/// scale after a word for a quake shortly before it in the paragraph
/// (`زلزال ... بلغت قوته 5.4 درجة`, `هزة أرضية بقوة 4 درجات`). Not the
/// force of a wind, which has a scale of its own (`رياح بقوة 7 درجات`).
fn read_magnitude(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    let (number, scale_at) = match degree_number(first) {
        Some(number) => (number, j + 1),
        None => (GrammaticalNumber::Singular, j),
    };
    let end = match richter_scale_end(tokens, scale_at) {
        Some(end) => end,
        None if scale_at > j && after_a_quake(tokens, j) => scale_at,
        None => return None,
    };
    let unit = UnitWord {
        kind: FigureKind::Quantity,
        code: Some("richter"),
        number,
        factor: 1.0,
    };
    Some((unit, end))
}

/// Whether token `k` is the word for a scale, on the line of the word
/// before it, with or without proclitics (`مقياس`, `بمقياس`, `سلم`).
fn names_a_scale(tokens: &Tokens, k: usize) -> bool {
    tokens.same_line_as_previous(k)
        && proclitic_splits(tokens.folded(k))
            .any(|split| !split.article && matches!(split.stem, "مقياس" | "سلم"))
}

/// The token after the name of the Richter scale at token `k`: `ريختر`,
/// `مقياس ريختر`, `بمقياس ريختر`, `على مقياس ريختر`, `حسب سلم ريختر`.
fn richter_scale_end(tokens: &Tokens, k: usize) -> Option<usize> {
    let on_line = |k: usize| tokens.same_line_as_previous(k);
    let richter = |k: usize| on_line(k) && matches!(tokens.folded(k), "ريختر" | "ريشتر");
    let scale = |k: usize| names_a_scale(tokens, k);
    let by = |k: usize| on_line(k) && matches!(tokens.folded(k), "علي" | "حسب" | "بحسب" | "وفق");
    if richter(k) {
        Some(k + 1)
    } else if scale(k) && richter(k + 1) {
        Some(k + 2)
    } else if by(k) && scale(k + 1) && richter(k + 2) {
        Some(k + 3)
    } else {
        None
    }
}

/// Words for an earthquake, folded: زلزال (and its accusative), هزة,
/// their duals and plurals.
const QUAKE_WORDS: &[&str] = &[
    "زلزال",
    "زلزالا",
    "زلزالين",
    "زلزالان",
    "زلازل",
    "هزه",
    "هزتين",
    "هزتان",
    "هزات",
];

/// Whether a word for an earthquake ([`QUAKE_WORDS`]) comes within
/// [`QUAKE_WINDOW`] tokens before token `j`, in its paragraph.
fn after_a_quake(tokens: &Tokens, j: usize) -> bool {
    (j.saturating_sub(QUAKE_WINDOW)..j)
        .rev()
        .take_while(|&k| tokens.same_line_as_previous(k + 1))
        .any(|k| proclitic_splits(tokens.folded(k)).any(|split| QUAKE_WORDS.contains(&split.stem)))
}

/// The grammatical number of a form of درجة or the degree sign.
fn degree_number(first: &str) -> Option<GrammaticalNumber> {
    match first {
        "درجه" | "°" => Some(GrammaticalNumber::Singular),
        "درجتين" | "درجتان" => Some(GrammaticalNumber::Dual),
        "درجات" => Some(GrammaticalNumber::Plural),
        _ => None,
    }
}

/// Whether a unit of measure may start with the folded word `first`.
pub(super) fn starts_unit(first: &str) -> bool {
    units().starts_with(first) || degree_number(first).is_some()
}

/// Reads a rate at token `j`: the period an amount is counted per.
pub(super) fn read_rate(tokens: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    if !tokens.same_line_as_previous(j) {
        return None;
    }
    let (per, next) = rates().longest(tokens, j, tokens.folded(j))?;
    // في العام الماضي names a time, not a rate.
    let modified = tokens.folded(next - 1).starts_with("ال")
        && tokens.same_line_as_previous(next)
        && tokens.folded(next).starts_with("ال");
    (!modified).then_some((per, next))
}

/// Unit words that stand alone: the duals (`طنين`, `برميلين`), and the
/// singulars, which take ونصف or واحد (`لتر ونصف`, `طن واحد`).
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    units().first_words(|unit| unit.number != GrammaticalNumber::Plural)
}

fn units() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries = unit_entries(FigureKind::Quantity, UNITS, 1.0);
        let apart: Vec<(String, UnitWord)> = entries
            .iter()
            .filter_map(|(form, unit)| Some((with_prefix_apart(form)?, *unit)))
            .collect();
        entries.extend(apart);
        PhraseTable::new(entries)
    })
}

fn rates() -> &'static PhraseTable<&'static str> {
    static TABLE: OnceLock<PhraseTable<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        PhraseTable::new(
            RATES
                .iter()
                .flat_map(|&(per, forms)| forms.iter().map(move |f| (f.to_string(), per))),
        )
    })
}

const UNITS: &[UnitForms] = &[
    // Volume.
    (
        "m3",
        &["متر مكعب", "مترا مكعبا", "م3", "م³", "م مكعب"],
        &["متران مكعبان", "مترين مكعبين"],
        &["أمتار مكعبة", "مترات مكعبة"],
    ),
    (
        "ft3",
        &["قدم مكعب", "قدما مكعبا"],
        &["قدمين مكعبين"],
        &["أقدام مكعبة"],
    ),
    (
        "l",
        &["لتر", "لترا", "ليتر", "ليترا"],
        &["لترين", "ليترين", "لتران", "ليتران"],
        &["لترات", "ليترات"],
    ),
    (
        "ml",
        &["مليلتر", "ملليلتر", "ميليلتر", "مليليتر", "مل"],
        &[],
        &["مليلترات", "ملليلترات"],
    ),
    (
        "hl",
        &["هكتولتر", "هكتوليتر", "هكتو لتر", "هكتو ليتر"],
        &[],
        &["هكتولترات", "هكتوليترات"],
    ),
    (
        "gal",
        &["غالون", "جالون", "غالونا", "جالونا"],
        &["غالونين", "جالونين"],
        &["غالونات", "جالونات"],
    ),
    (
        "barrel",
        &["برميل", "برميلا", "برميل نفط"],
        &["برميلين", "برميلان"],
        &["براميل"],
    ),
    // Mass.
    (
        "t",
        &["طن", "طنا", "طن متري", "طنا متريا"],
        &["طنين", "طنان"],
        &["أطنان", "أطنان مترية"],
    ),
    (
        "kg",
        &[
            "كيلوغرام",
            "كيلوغراما",
            "كيلوجرام",
            "كيلوجراما",
            "كغ",
            "كلغ",
            "كجم",
            "كغم",
            "كيلو",
        ],
        &["كيلوغرامين", "كيلوجرامين"],
        &["كيلوغرامات", "كيلوجرامات"],
    ),
    (
        "g",
        &["غرام", "غراما", "جرام", "جراما", "غ", "جم", "غم"],
        &["غرامين", "جرامين"],
        &["غرامات", "جرامات"],
    ),
    (
        "mg",
        &[
            "مليغرام",
            "ملليغرام",
            "ميليغرام",
            "مليجرام",
            "ملليجرام",
            "ملغ",
            "ملج",
            "ملغم",
        ],
        &[],
        &["مليغرامات", "ملليغرامات", "مليجرامات", "ملليجرامات"],
    ),
    // The quintal of a hundred kilograms, in which Maghrebi news weighs
    // harvests (10 ملايين قنطار من القمح).
    ("quintal", &["قنطار", "قنطارا"], &["قنطارين"], &["قناطير"]),
    (
        "oz",
        &["أونصة", "أوقية", "أونس"],
        &["أونصتين", "أونصتان", "أوقيتين", "أوقيتان"],
        &["أونصات", "أوقيات"],
    ),
    // Area.
    (
        "km2",
        &[
            "كيلومتر مربع",
            "كيلومترا مربعا",
            "كم2",
            "كم²",
            "كلم2",
            "كلم²",
            "كم مربع",
            "كلم مربع",
        ],
        &["كيلومترين مربعين"],
        &["كيلومترات مربعة"],
    ),
    (
        "m2",
        &["متر مربع", "مترا مربعا", "م2", "م²"],
        &["مترين مربعين", "متران مربعان"],
        &["أمتار مربعة"],
    ),
    (
        "mi2",
        &["ميل مربع", "ميلا مربعا"],
        &["ميلين مربعين"],
        &["أميال مربعة"],
    ),
    (
        "ha",
        &["هكتار", "هكتارا", "هكتارًا"],
        &["هكتارين"],
        &["هكتارات"],
    ),
    (
        "feddan",
        &["فدان", "فدانا"],
        &["فدانين"],
        &["أفدنة", "فدادين"],
    ),
    (
        "dunam",
        &["دونم", "دونما"],
        &["دونمين"],
        &["دونمات", "دونومات"],
    ),
    // Speed, before length: كيلومتر في الساعة is one unit.
    (
        "km/h",
        &[
            "كيلومتر في الساعة",
            "كيلومترا في الساعة",
            "كم في الساعة",
            "كلم في الساعة",
            "كم/ساعة",
            "كم/س",
            "كلم/ساعة",
            "كلم/س",
            "كيلومتر/ساعة",
        ],
        &[],
        &["كيلومترات في الساعة"],
    ),
    (
        "m/s",
        &[
            "متر في الثانية",
            "مترا في الثانية",
            "متر/ثانية",
            "متر/ث",
            "م/ث",
        ],
        &[],
        &["أمتار في الثانية"],
    ),
    ("kn", &["عقدة بحرية"], &[], &["عقد بحرية"]),
    // Length.
    (
        "km",
        &["كيلومتر", "كيلومترا", "كم", "كلم"],
        &["كيلومتران", "كيلومترين"],
        &["كيلومترات"],
    ),
    (
        "m",
        &["متر", "مترا", "م"],
        &["متران", "مترين"],
        &["أمتار", "مترات"],
    ),
    (
        "cm",
        &["سنتيمتر", "سنتيمترا", "سنتمتر", "سنتمترا", "سم"],
        &["سنتيمترين"],
        &["سنتيمترات", "سنتمترات"],
    ),
    (
        "mm",
        &["مليمتر", "مليمترا", "ملليمتر", "مم", "ملم"],
        &[],
        &["مليمترات"],
    ),
    (
        "nmi",
        &["ميل بحري", "ميلا بحريا"],
        &["ميلين بحريين"],
        &["أميال بحرية"],
    ),
    ("mi", &["ميل", "ميلا"], &["ميلين"], &["أميال"]),
    // Feet, of an altitude (`على ارتفاع 30 ألف قدم`), and inches, of a
    // screen (`شاشة 6.7 بوصة`). Their duals are left out: `على قدمين` is
    // on two feet.
    ("ft", &["قدم", "قدما"], &[], &["أقدام"]),
    ("in", &["بوصة", "إنش", "إنشا"], &[], &["بوصات", "إنشات"]),
    // Energy and power, the compound units first.
    (
        "kWh",
        &[
            "كيلوواط ساعة",
            "كيلووات ساعة",
            "كيلوواط/ساعة",
            "كيلووات/ساعة",
            "كيلوواط في الساعة",
        ],
        &[],
        &[],
    ),
    (
        "MWh",
        &[
            "ميغاواط ساعة",
            "ميجاوات ساعة",
            "ميغاوات ساعة",
            "ميجاواط ساعة",
        ],
        &[],
        &[],
    ),
    (
        "GWh",
        &["غيغاواط ساعة", "جيجاوات ساعة", "جيغاواط ساعة"],
        &[],
        &[],
    ),
    ("TWh", &["تيراواط ساعة", "تيراوات ساعة"], &[], &[]),
    ("kW", &["كيلوواط", "كيلووات"], &[], &[]),
    (
        "MW",
        &["ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط", "ميغاواطا"],
        &[],
        &["ميغاواطات"],
    ),
    (
        "GW",
        &["غيغاواط", "جيجاوات", "جيغاواط", "غيغاوات", "جيجاواط"],
        &[],
        &[],
    ),
    // Data, its rate (with a rate word: ميغابت في الثانية), frequency, a
    // battery's charge and a camera's pixels, as technology news gives them.
    ("MB", &["ميغابايت", "ميجابايت"], &[], &[]),
    ("GB", &["غيغابايت", "جيجابايت"], &[], &[]),
    ("TB", &["تيرابايت"], &[], &[]),
    ("Mbit", &["ميغابت", "ميجابت"], &[], &[]),
    ("Gbit", &["غيغابت", "جيجابت"], &[], &[]),
    ("MHz", &["ميغاهرتز", "ميجاهرتز"], &[], &[]),
    ("GHz", &["غيغاهرتز", "جيجاهرتز"], &[], &[]),
    (
        "mAh",
        &["ملي أمبير", "ميلي أمبير", "مللي أمبير", "ملي أمبير ساعة"],
        &[],
        &[],
    ),
    ("nm", &["نانومتر", "نانومترا"], &[], &[]),
    ("MP", &["ميغابكسل", "ميجابكسل"], &[], &[]),
    // Points of an index or a score: `45 نقطة`, `12105 نقاط`.
    ("point", &["نقطة", "نقطه"], &["نقطتين", "نقطتان"], &["نقاط"]),
    // Temperature.
    (
        "°C",
        &[
            "درجة مئوية",
            "درجة سيليزيوس",
            "درجة سلسيوس",
            "درجة سلزيوس",
            "° سلزيوس",
            "° مئوية",
            "سلزيوس",
            "°م",
            "°C",
            "درجة تحت الصفر",
            "درجة مئوية تحت الصفر",
            // الصغرى 2 تحت الصفر: weather copy leaves out the degree.
            "تحت الصفر",
        ],
        &["درجتين مئويتين", "درجتان مئويتان", "درجتين تحت الصفر"],
        &["درجات مئوية", "درجات تحت الصفر", "درجات مئوية تحت الصفر"],
    ),
    (
        "°F",
        &["درجة فهرنهايت", "° فهرنهايت", "°F", "فهرنهايت"],
        &[],
        &["درجات فهرنهايت"],
    ),
    // The sign alone names no scale: mostly heat, at times an angle or a
    // latitude.
    ("°", &["°"], &[], &[]),
];

const RATES: &[(&str, &[&str])] = &[
    (
        "year",
        &[
            "سنويا",
            "في السنة",
            "في العام",
            "بالسنة",
            "كل عام",
            "كل سنة",
            "/سنة",
            "/عام",
        ],
    ),
    ("month", &["شهريا", "في الشهر", "بالشهر", "كل شهر", "/شهر"]),
    ("week", &["أسبوعيا", "في الأسبوع", "بالأسبوع", "كل أسبوع"]),
    ("day", &["يوميا", "في اليوم", "باليوم", "كل يوم", "/يوم"]),
    ("hour", &["في الساعة", "بالساعة", "كل ساعة", "/ساعة"]),
    ("minute", &["في الدقيقة", "بالدقيقة"]),
    ("second", &["في الثانية", "بالثانية"]),
];
