//! Spelling-independent forms of names, for merging variants and for the
//! stable keys of entities that no gazetteer knows.
//!
//! Transliterated names vary mostly in their long vowels (بزشكيان،
//! بيزشكيان، بيزيشكيان), in hamza seats, and in the letter chosen for a
//! foreign sound (سيرغي / سيرجي, طهران / تهران). The *skeleton* keeps the
//! consonants of each word, maps those interchangeable letters to one, and
//! drops the article (and ل with it in the لل a name opens with), so all
//! those spellings share one form.

/// The consonant skeleton of a folded name (see the module doc).
pub fn skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        // A name's first word may open with لل, ل and the article, which
        // mentions keep (للمجلس الاقتصادي): the key leaves both out. Later
        // words keep their ل (البنك الآسيوي للتنمية).
        let opens_name = out.is_empty();
        let word = word
            .strip_prefix("ال")
            .or_else(|| word.strip_prefix("لل").filter(|_| opens_name))
            .filter(|rest| rest.chars().count() >= 2)
            .unwrap_or(word);
        if !out.is_empty() {
            out.push(' ');
        }
        let mut last = None;
        for (n, c) in word.chars().enumerate() {
            let c = match c {
                // Long vowels and hamza seats carry the spelling variation;
                // only a word's first letter keeps its place (أحمد vs حمد).
                'ا' | 'و' | 'ي' | 'ء' | 'ئ' | 'ؤ' if n > 0 => continue,
                'ه' if n > 0 && n + 1 == word.chars().count() => continue,
                'ج' => 'غ',
                'ط' => 'ت',
                c => c,
            };
            if last != Some(c) {
                out.push(c);
            }
            last = Some(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn spellings_of_one_name_share_a_skeleton() {
        let groups: [&[&str]; 5] = [
            &["بزشكيان", "بيزشكيان", "بيزيشكيان"],
            &["المجلس الاقتصادي", "للمجلس الاقتصادي"],
            &["سيرغي لافروف", "سيرجي لافروف"],
            &["دميتري بيسكوف", "ديمتري بيسكوف"],
            &["طهران", "تهران"],
        ];
        for group in groups {
            let first = skeleton(&fold(group[0]));
            for name in group {
                assert_eq!(skeleton(&fold(name)), first, "{name}");
            }
        }
    }

    #[test]
    fn different_names_keep_different_skeletons() {
        let pairs = [("أحمد", "حمد"), ("بوتين", "بايدن"), ("علي", "عالي جدا")];
        for (a, b) in pairs {
            assert_ne!(skeleton(&fold(a)), skeleton(&fold(b)), "{a} / {b}");
        }
    }
}
