//! Durations and terms: a number of years, months, weeks, days, hours,
//! minutes or seconds (`20 عاماً`, `لعشرين عاما`, `ثلاثة أشهر`, `عامين`,
//! `ساعة ونصف`, `ربع ساعة`), centuries as years (`نصف قرن` is 50
//! years), and decades as years where the context says time (`منذ عقدين`
//! is 20 years; `وقع عقدين` is no duration). The unit is the period's name
//! in the contract.

use std::sync::OnceLock;

use crate::lexicon::PhraseTable;
use crate::numbers::read_numeral;
use crate::text::{proclitic_splits, Tokens};
use crate::FigureKind;

use super::amount::{scaled_unit_table, unit_table, UnitForms, UnitWord};
use super::GrammaticalNumber;

/// Reads a duration word at token `j`, whose folded form or stem is `first`.
pub(super) fn read(tokens: &Tokens, j: usize, first: &str) -> Option<(UnitWord, usize)> {
    table()
        .longest(tokens, j, first)
        .or_else(|| centuries().longest(tokens, j, first))
        .or_else(|| {
            decades()
                .longest(tokens, j, first)
                .filter(|&(unit, next)| decade_in_time(tokens, j, first, unit.number, next))
        })
}

/// Whether a duration may start with the folded word `first`.
pub(super) fn starts_unit(first: &str) -> bool {
    [table(), centuries(), decades()]
        .iter()
        .any(|units| units.starts_with(first))
}

/// Duration words that stand alone: duals (`عامين`) and singulars, which
/// take ونصف or واحد.
pub(super) fn standalone_words() -> impl Iterator<Item = String> {
    let standalone = |unit: &UnitWord| unit.number != GrammaticalNumber::Plural;
    table()
        .first_words(standalone)
        .chain(centuries().first_words(standalone))
        .chain(decades().first_words(standalone))
}

fn table() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| unit_table(FigureKind::Duration, DURATIONS))
}

/// The century, counted in years (`ربع قرن`, `نصف قرن`, `قرنين`). The
/// decade is left out: عقد and عقود are as often contracts.
fn centuries() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        scaled_unit_table(
            FigureKind::Duration,
            &[("year", &["قرن", "قرنا"], &["قرنين", "قرنان"], &["قرون"])],
            100.0,
        )
    })
}

/// The decade, counted in years (`عقدين`, `ثلاثة عقود`, `نصف عقد`), read
/// only where the context says time: عقد is as often a contract (`وقع
/// عقدا`, `عقد العمل`) or the verb and verbal noun of holding (`عقد
/// اجتماعا`, `بعد عقد القمة`). See [`decade_in_time`].
fn decades() -> &'static PhraseTable<UnitWord> {
    static TABLE: OnceLock<PhraseTable<UnitWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        scaled_unit_table(
            FigureKind::Duration,
            &[("year", &["عقد", "عقدا"], &["عقدين", "عقدان"], &["عقود"])],
            10.0,
        )
    })
}

/// Words right before a decade, or before its number, that make it a
/// length of time (folded, without و، ب، ل): `منذ عقدين`, `خلال ثلاثة
/// عقود`, `لمدة عقد`, `على مدى عقدين`, `نحو عقد`, `أكثر من عقد`, `ما
/// يقرب من عقدين`, `طوال عقود`.
const TIME_CUES: &[&str] = &[
    "منذ",
    "خلال",
    "قبل",
    "بعد",
    "مده",
    "مدي",
    "مدار",
    "طوال",
    "طيله",
    "نحو",
    "قرابه",
    "زهاء",
    "حوالي",
    "اكثر",
    "اقل",
    "ازيد",
    "يقرب",
    "يقارب",
    "يزيد",
    "يناهز",
    "مرور",
    "غضون",
];

/// Verbs of time passing or lasting, whose subject may come between them
/// and the decade (`مضى عقدان على`, `استمرت الحرب عقدين`).
const LASTING_VERBS: &[&str] = &[
    "مضي",
    "مضت",
    "مر",
    "مرت",
    "يمر",
    "تمر",
    "دام",
    "دامت",
    "استمر",
    "استمرت",
    "امتد",
    "امتدت",
];

/// Words before a decade, within five tokens, that make it a contract:
/// signing, awarding, renewing, ending or trading one.
const CONTRACT_CUES: &[&str] = &[
    "وقع",
    "وقعت",
    "وقعا",
    "وقعوا",
    "يوقع",
    "توقع",
    "توقيع",
    "ابرم",
    "ابرمت",
    "يبرم",
    "تبرم",
    "ابرام",
    "منح",
    "منحت",
    "ترسيه",
    "فاز",
    "فازت",
    "تجديد",
    "جدد",
    "جددت",
    "فسخ",
    "الغاء",
    "بيع",
    "شراء",
    "صفقه",
    "صفقات",
];

/// Words right after a decade that make it a contract: its party, value,
/// object or kind (`عقدين مع`, `ثلاثة عقود بقيمة`, `عقود لتوريد`, `عقود
/// جديدة`, `عقد عمل`).
const CONTRACT_AFTER: &[&str] = &[
    "مع",
    "بقيمه",
    "قيمتها",
    "قيمته",
    "قيمتهما",
    "لتوريد",
    "لشراء",
    "لبناء",
    "لتنفيذ",
    "لتطوير",
    "لانشاء",
    "لتشغيل",
    "لتزويد",
    "توريد",
    "جديده",
    "جديدين",
    "جديدا",
    "اخري",
    "اخرين",
    "عمل",
    "ايجار",
    "تامين",
    "امتياز",
    "شراكه",
    "نفطيه",
    "استثماريه",
    "اجله",
    "تسليح",
    "مقاولات",
    "احتراف",
    "رعايه",
    "تدريب",
    "بين",
    "مبرمه",
    "موقعه",
];

/// Words right after a decade written with no number that leave it a
/// length: the end of the clause, `من الزمن`, `على سقوط`, `ونصف`, or a
/// word that qualifies a length (`تقريبا`, `كاملا`, `مضت`). Any other
/// word after a bare `عقد` is what is held (`بعد عقد الاجتماع`, `قبل
/// عقد قمة`).
const AFTER_BARE: &[&str] = &[
    "من",
    "علي",
    "ونصف",
    "و",
    "تقريبا",
    "كامل",
    "كاملا",
    "كاملين",
    "كاملان",
    "كامله",
    "مضي",
    "مضت",
    "مضيا",
    "او",
    "حتي",
    "الي",
];

/// Whether the decade word at token `j` (its stem `first`, of grammatical
/// `number`, followed by token `next`) is a length of time. Definite forms
/// are read only before an adjective that counts them from the day of
/// writing (`العقدين الماضيين`, `العقود الثلاثة الماضية`), which says time.
/// Otherwise it needs a number before it (`ثلاثة عقود`, `3 عقود`, `نصف
/// عقد`) or a word of time before it (`منذ عقدين`, `لأكثر من عقد`), and
/// no word of a contract around it (`وقع ثلاثة عقود`, `عقدين مع شركة`).
/// Without a number, only the end of the clause or a word that keeps a
/// length may follow (`منذ عقد من الزمن`, but not `قبل عقد الاجتماع`).
fn decade_in_time(
    tokens: &Tokens,
    j: usize,
    first: &str,
    number: GrammaticalNumber,
    next: usize,
) -> bool {
    let definite = proclitic_splits(tokens.folded(j)).any(|s| s.article && s.stem == first);
    if definite {
        return true;
    }
    let time_cue = |k: usize| {
        super::indefinite_stems(tokens.folded(k)).any(|(_, stem)| TIME_CUES.contains(&stem))
    };
    // The number before it, if any: where the words before start.
    let numeral = (j.saturating_sub(4)..j).find_map(|k| {
        read_numeral(tokens, k)
            .filter(|n| n.end == j)
            .map(|n| (k, n.value))
    });
    // Time is counted in a few decades (سبعة عقود, عشرة عقود); more are
    // contracts (نحو 30 عقدا، أكثر من 100 عقد).
    if numeral.is_some_and(|(_, value)| value > 10.0) {
        return false;
    }
    let numeral_start = numeral.map(|(k, _)| k);
    let mut before = numeral_start.unwrap_or(j);
    // أكثر من، ما يزيد على، على مدى: skip the little words between.
    for _ in 0..2 {
        if before > 0 && matches!(tokens.folded(before - 1), "من" | "علي" | "ما") {
            before -= 1;
        }
    }
    let lasting = |k: usize| {
        super::indefinite_stems(tokens.folded(k)).any(|(_, stem)| LASTING_VERBS.contains(&stem))
    };
    let cued = before > 0
        && tokens.same_line_as_previous(before)
        && (time_cue(before - 1)
            || (before.saturating_sub(3)..before)
                .rev()
                .take_while(|&k| !tokens.ends_sentence(k))
                .any(lasting));
    if numeral_start.is_none() && !cued {
        return false;
    }
    // وقع الزلزال قبل عقدين: a word of time between a verb and the decade
    // makes the verb another phrase's; the contract is looked for after it.
    let from = if cued { before } else { j.saturating_sub(5) };
    if about_a_contract(tokens, from, j, next) {
        return false;
    }
    // A bare عقد after a cue, which may be the verbal noun of holding:
    // what follows must keep it a length.
    let after = tokens.folded(next);
    numeral_start.is_some()
        || number != GrammaticalNumber::Singular
        || !tokens.same_line_as_previous(next)
        || next >= tokens.len()
        || tokens.kind(next) == Some(crate::text::TokenKind::Punct)
        || AFTER_BARE.contains(&after)
}

/// Whether a decade word at token `j`, followed by token `next`, is about a
/// contract: a word of signing or trading one from token `from` on, in its
/// sentence, or its party, value or kind right after.
pub(crate) fn about_a_contract(tokens: &Tokens, from: usize, j: usize, next: usize) -> bool {
    let stem = |k: usize| -> bool {
        super::indefinite_stems(tokens.folded(k)).any(|(_, stem)| CONTRACT_CUES.contains(&stem))
    };
    let before = (from..j)
        .rev()
        .take_while(|&k| !tokens.ends_sentence(k))
        .any(stem);
    before || CONTRACT_AFTER.contains(&tokens.folded(next))
}

/// Whether a singular duration word at token `j` stands alone, one of its
/// unit: the decade after a word of time, which its reader has seen
/// (`منذ عقد`), and the century right after one (`منذ قرن`, `خلال قرن من
/// الزمن`), where قرن is no horn (`قرن الثور`); no other unit does.
pub(super) fn stands_alone(tokens: &Tokens, j: usize, unit: &UnitWord) -> bool {
    let century = unit.factor == 100.0
        && j > 0
        && tokens.same_line_as_previous(j)
        && super::indefinite_stems(tokens.folded(j - 1)).any(|(_, stem)| TIME_CUES.contains(&stem));
    unit.kind == FigureKind::Duration && (unit.factor == 10.0 || century)
}

const DURATIONS: &[UnitForms] = &[
    (
        "year",
        &["عام", "عاما", "سنة"],
        &["عامين", "عامان", "سنتين", "سنتان"],
        &["أعوام", "سنوات", "سنين"],
    ),
    (
        "month",
        &["شهر", "شهرا"],
        &["شهرين", "شهران"],
        &["أشهر", "شهور"],
    ),
    (
        "week",
        &["أسبوع", "أسبوعا"],
        &["أسبوعين", "أسبوعان"],
        &["أسابيع"],
    ),
    ("day", &["يوم", "يوما"], &["يومين", "يومان"], &["أيام"]),
    ("hour", &["ساعة"], &["ساعتين", "ساعتان"], &["ساعات"]),
    ("minute", &["دقيقة"], &["دقيقتين", "دقيقتان"], &["دقائق"]),
    (
        "second",
        &["ثانية"],
        &["ثانيتين", "ثانيتان"],
        &["ثوان", "ثواني"],
    ),
];
