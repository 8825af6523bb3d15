"""Countries, territories and world regions with their Arabic names from CLDR
(through babel), keyed by ISO 3166 code (`loc:RU`) or UN M.49 region code
(`loc:m49-145`), and the nationality adjectives (nisba) derived from them.

Writes data/gazetteer/countries.tsv and data/gazetteer/nationalities.tsv.
Aliases that CLDR lacks (أمريكا، بيلاروسيا، روسيا البيضاء...) live in curated.tsv.
"""
import re

import babel
import babel.core
import pycountry
from babel import Locale

from common import is_arabic_name, strip_diacritics, write_tsv

# CLDR codes that are not places: the world, test locales, "unknown region",
# and groupings that the curated list treats as organisations.
NOT_PLACES = {"001", "XA", "XB", "ZZ", "UN", "EU", "EZ", "QO"}

# Nationality adjectives that do not follow from the country name by rule.
NISBA_EXCEPTIONS = {
    # Broken plurals name the people too (الروس، الأمريكان) and are no places.
    "RU": ["روسي", "روس"],
    "US": ["أمريكي", "أميركي", "أمريكان", "أميركان"],
    "GB": ["بريطاني"],
    "AE": ["إماراتي"],
    "SA": ["سعودي"],
    "PS": ["فلسطيني"],
    "KP": [],  # كوري شمالي is two words; the tagger handles it
    "KR": [],
    "NL": ["هولندي"],
    "CZ": ["تشيكي"],
    "CD": ["كونغولي"],
    "CG": ["كونغولي"],
    "MA": ["مغربي"],
    "DZ": ["جزائري"],
    "YE": ["يمني"],
    "BY": ["بيلاروسي"],
    "CN": ["صيني"],
    "IN": ["هندي"],
    "JP": ["ياباني"],
    "GR": ["يوناني"],
    "IL": ["إسرائيلي"],
    "AZ": ["أذربيجاني", "أذري"],
    "AF": ["أفغاني", "أفغان"],
    "TR": ["تركي", "أتراك"],
    "DE": ["ألماني", "ألمان"],
    "BH": ["بحريني"],
    "DK": ["دنماركي"],
    "HU": ["مجري", "هنغاري"],
    "KG": ["قرغيزي", "قيرغيزي"],
    "CH": ["سويسري"],
    "SE": ["سويدي"],
    "NO": ["نرويجي"],
    "OM": ["عماني"],
}

REGION_NISBAS = {"142": ["آسيوي"], "002": ["أفريقي", "إفريقي"], "150": ["أوروبي"], "019": [], "029": ["كاريبي"]}


def nisba_of(name: str):
    """Derive the masculine nisba of a one-word country name: روسيا → روسي,
    كندا → كندي, إيران → إيراني, العراق → عراقي. Longer names give none."""
    if " " in name or "-" in name:
        return None
    base = name[2:] if name.startswith("ال") else name
    if base.endswith("يا"):
        return base[:-1]
    if base.endswith("ا"):
        return base[:-1] + "ي"
    if base.endswith(("ة", "ي", "و")):
        return None  # e.g. تشيلي is its own nisba; no safe rule for these
    return base + "ي"


def main():
    arabic = Locale("ar")
    iso_codes = {c.alpha_2 for c in pycountry.countries}
    places, nisbas = [], []
    for code, name in arabic.territories.items():
        if code in NOT_PLACES:
            continue
        # "ميانمار (بورما)" names the same country twice; "الكونغو - كينشاسا"
        # is CLDR's disambiguation, not how news writes it.
        name = strip_diacritics(name)
        names = [n.strip() for n in re.split(r"[()]", name) if n.strip()]
        names = [n for n in names if is_arabic_name(n) and " - " not in n]
        if not names:
            continue
        key = f"loc:{code}" if code in iso_codes or code.isalpha() else f"loc:m49-{code}"
        places.append((key, names[0], "|".join(names[1:])))
        if code in REGION_NISBAS:
            derived = REGION_NISBAS[code]
        elif code.isdigit():
            continue  # region names are compounds (غرب آسيا): no rule applies
        else:
            derived = NISBA_EXCEPTIONS.get(code, [nisba_of(names[0])])
        nisbas.extend((strip_diacritics(n), key) for n in derived if n)
    header = f"key\tcanonical\taliases (|-separated). CLDR {babel.core.get_cldr_version()} via babel {babel.__version__}; Unicode licence"
    write_tsv("countries.tsv", header, places)
    write_tsv("nationalities.tsv", "nisba (masculine singular)\tkey of the place. Derived from CLDR names by rule plus exceptions", nisbas)


if __name__ == "__main__":
    main()
