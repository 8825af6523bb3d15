//! The subject of a quantity or an amount of money: what the clause says
//! it measures.
//!
//! A light heuristic over the nouns near the figure, within its clause:
//! 1. after it, `من` and a definite noun: `10 ملايين برميل من النفط الخام`;
//! 2. before it, a noun that heads a measure (`إمدادات`, `صادرات`,
//!    `إنتاج`, `ميزانية`, `استثمارات` …) and the definite noun it governs:
//!    `إمدادات الغاز … 55 مليار متر مكعب` → `الغاز`;
//! 3. before it, a commodity named on its own: `النفط`, `القمح`; not
//!    before a length, which measures a thing's extent, not the stuff it
//!    is made of (`كابل من الصلب يبلغ طوله خمسة آلاف قدم`).

use std::sync::OnceLock;

use crate::lexicon::{folded_map, FoldedMap};
use crate::text::{proclitic_splits, Split, TokenKind, Tokens};

/// How far back from the figure the clause is searched, in tokens.
const LOOK_BACK: usize = 14;

/// The subject of the figure over tokens `first..end`, in the unit of
/// code `unit`, if its clause names one.
pub(super) fn find(
    tokens: &Tokens,
    first: usize,
    end: usize,
    unit: Option<&str>,
) -> Option<String> {
    after(tokens, end).or_else(|| before(tokens, first, !is_length(unit)))
}

/// Whether a unit's code is one of length.
fn is_length(unit: Option<&str>) -> bool {
    matches!(
        unit,
        Some("km" | "m" | "cm" | "mm" | "nm" | "mi" | "nmi" | "ft" | "in")
    )
}

/// `… من النفط الخام`, `… من المساعدات`: a commodity or a measure after
/// من, not a place (`35 مليار دولار من الإمارات`).
fn after(tokens: &Tokens, end: usize) -> Option<String> {
    if tokens.folded(end) != "من" || !tokens.same_line_as_previous(end) {
        return None;
    }
    let noun = tokens.folded(end + 1).strip_prefix("ال")?;
    lexicon()
        .contains_key(noun)
        .then(|| definite_phrase(tokens, end + 1))
        .flatten()
}

/// The nearest measure head before token `first` within the clause, or
/// failing one the nearest commodity, where `commodities` may be the subject.
fn before(tokens: &Tokens, first: usize, commodities: bool) -> Option<String> {
    let mut commodity = None;
    for k in (first.saturating_sub(LOOK_BACK)..first).rev() {
        if ends_clause(tokens, k) {
            break;
        }
        if tokens.kind(k) != Some(TokenKind::Word) {
            continue;
        }
        for Split {
            article,
            stem,
            prefix_letters,
            ..
        } in proclitic_splits(tokens.folded(k))
        {
            match lexicon().get(stem) {
                Some(Role::Head) if !article => {
                    if let Some(phrase) = definite_phrase(tokens, k + 1) {
                        return Some(phrase);
                    }
                }
                Some(Role::Commodity) if commodities && article && commodity.is_none() => {
                    commodity = Some((k, prefix_letters))
                }
                _ => {}
            }
        }
    }
    commodity.map(|(k, prefix_letters)| definite_stem(tokens, k, prefix_letters))
}

/// A clause ends at a sentence end or a comma, semicolon or colon.
fn ends_clause(tokens: &Tokens, k: usize) -> bool {
    tokens.ends_sentence(k)
        || tokens.kind(k) == Some(TokenKind::Punct)
            && matches!(tokens.folded(k), "،" | "," | "؛" | ";" | ":")
}

/// A definite noun at token `j` and the definite adjective after it:
/// `النفط الخام`, `الغاز الروسي`.
fn definite_phrase(tokens: &Tokens, j: usize) -> Option<String> {
    let is_definite = |k: usize| {
        let word = tokens.folded(k);
        tokens.kind(k) == Some(TokenKind::Word)
            && word.starts_with("ال")
            && !ARTICLE_LOOKALIKES.contains(&word)
            && tokens.same_line_as_previous(k)
    };
    if !is_definite(j) || names_a_period(tokens.folded(j)) {
        return None;
    }
    let mut phrase = clean(tokens.raw(j));
    if is_definite(j + 1) && is_adjective(tokens.folded(j + 1)) {
        phrase.push(' ');
        phrase.push_str(&clean(tokens.raw(j + 1)));
    }
    Some(phrase)
}

/// Whether a definite noun names the period a measure is of, not what it
/// measures: `مبيعات الربع الثالث ... 85.8 مليار دولار` are sales, not
/// quarters; `ميزانية العام المقبل`, `إنتاج الشهر الماضي`.
fn names_a_period(word: &str) -> bool {
    matches!(
        word,
        "الربع"
            | "النصف"
            | "العام"
            | "السنه"
            | "الشهر"
            | "الاسبوع"
            | "اليوم"
            | "الفتره"
            | "الموسم"
    )
}

/// Function words that begin, folded, like the article: إلى، إلا، الآن، التي.
const ARTICLE_LOOKALIKES: &[&str] = &[
    "الي",
    "الا",
    "الان",
    "التي",
    "الذي",
    "الذين",
    "اللتي",
    "اللاتي",
    "اللواتي",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
];

/// Definite adjectives: nisba (`الروسي`, `الطبيعية`) and a few others.
fn is_adjective(word: &str) -> bool {
    word.ends_with('ي')
        || word.ends_with("يه")
        || matches!(word, "الخام" | "المسال" | "المكرر" | "الصافي" | "الاجمالي")
}

/// The noun of token `k`, whose first `prefix_letters` letters are its
/// proclitics and article, with the article alone: `وللنفط` → `النفط`, and
/// `للنفط`, whose ل fuses with the article's, → `النفط` too.
fn definite_stem(tokens: &Tokens, k: usize, prefix_letters: usize) -> String {
    let stem: String = clean(tokens.raw(k)).chars().skip(prefix_letters).collect();
    format!("ال{stem}")
}

/// The letters of a word as written, without marks or tatweel.
fn clean(raw: &str) -> String {
    raw.chars()
        .filter(|&c| crate::text::fold_char(c).is_some())
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// A noun that heads a measure of what it governs: إمدادات الغاز.
    Head,
    /// A commodity counted on its own: النفط.
    Commodity,
}

fn lexicon() -> &'static FoldedMap<Role> {
    static LEXICON: OnceLock<FoldedMap<Role>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        folded_map(
            HEADS
                .iter()
                .map(|&w| (w, Role::Head))
                .chain(COMMODITIES.iter().map(|&w| (w, Role::Commodity))),
        )
    })
}

const HEADS: &[&str] = &[
    "إمدادات",
    "إمداد",
    "صادرات",
    "واردات",
    "إنتاج",
    "احتياطي",
    "احتياطيات",
    "مخزون",
    "مخزونات",
    "استهلاك",
    "شحنات",
    "كميات",
    "كمية",
    "ضخ",
    "تدفقات",
    "مبيعات",
    "ميزانية",
    "موازنة",
    "استثمارات",
    "إيرادات",
    "عائدات",
    "ديون",
    "دين",
    "عجز",
    "فائض",
    "أرباح",
    "خسائر",
    "تكلفة",
    "كلفة",
    "تكاليف",
    "مساعدات",
    "تمويل",
    "قيمة",
    "أسعار",
    "سعر",
    "رسوم",
    "حجم",
    "قدرة",
    "طاقة",
    "سعة",
    "مساحة",
    "إنفاق",
    "نفقات",
    "رواتب",
    "دعم",
    "قرض",
    "منحة",
    "صفقة",
    "عقد",
    "تحويلات",
    "ودائع",
    "أصول",
    "رأسمال",
    "ناتج",
    "تجارة",
    "تبادل",
];

const COMMODITIES: &[&str] = &[
    "غاز",
    "نفط",
    "خام",
    "قمح",
    "ذهب",
    "فضة",
    "كهرباء",
    "مياه",
    "أرز",
    "سكر",
    "حديد",
    "صلب",
    "يورانيوم",
    "فوسفات",
    "ديزل",
    "بنزين",
    "وقود",
    "ذرة",
    "شعير",
    "نحاس",
    "ألومنيوم",
    "أسمدة",
    "حبوب",
    "لحوم",
    "فحم",
    "إسمنت",
    "أسمنت",
    "قطن",
    "بن",
    "شاي",
    "زيت",
    "زيوت",
    "دقيق",
    "طحين",
    "مازوت",
    "كيروسين",
    "مخدرات",
    "هيروين",
    "كوكايين",
    "ذخيرة",
    "أسلحة",
    "أموال",
    "سلع",
    "بضائع",
    "مواد",
    "أدوية",
    "خام",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_subject_in_the_clause() {
        // (text, tokens from the number to the token after the figure, subject)
        let cases = [
            (
                "إمدادات الغاز إلى إيران قد تصل في نهاية الأمر إلى 55 مليار",
                2,
                "الغاز",
            ),
            ("تنتج 10 ملايين برميل من النفط الخام يوميا", 3, "النفط الخام"),
            ("ارتفعت أسعار القمح لتبلغ 300 دولار", 2, "القمح"),
            ("وصدّرت مصر من القطن 50 ألف طن", 3, "القطن"),
            ("تنتج الدول المصدرة للنفط 30 مليون برميل", 3, "النفط"),
            ("وبالنسبة للقمح بلغ الإنتاج 300 ألف طن", 3, "القمح"),
            ("وارتفعت أسعار الذهب إلى 2300 دولار", 2, "الذهب"),
        ];
        for (text, length, subject) in cases {
            let tokens = Tokens::new(text);
            let number = (0..tokens.len())
                .find(|&i| tokens.kind(i) == Some(TokenKind::Number))
                .unwrap();
            assert_eq!(
                find(&tokens, number, number + length, None).as_deref(),
                Some(subject),
                "{text}"
            );
        }
    }

    #[test]
    fn stops_at_the_clause() {
        let tokens = Tokens::new("صادرات الغاز تراجعت. ووصلت إلى 55 مليار");
        assert_eq!(find(&tokens, 6, 8, None), None);
    }

    #[test]
    fn gives_no_commodity_to_a_length() {
        let text = "ويشد كلا منهما كابل من الصلب يبلغ طوله خمسة آلاف قدم";
        let tokens = Tokens::new(text);
        let number = tokens.len() - 3;
        assert_eq!(find(&tokens, number, number + 3, Some("ft")), None);
        assert_eq!(
            find(&tokens, number, number + 3, Some("t")).as_deref(),
            Some("الصلب")
        );
    }
}
