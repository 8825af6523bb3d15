"""Organisation names and person-name parts mined from ANERcorp's training
file (CC BY-SA 4.0), for the rule layer: a known first name followed by a
word is a person (كاظم جلالي), a known organisation name is one wherever it
appears. The learned tagger does not read these lists, so that its
development scores on held-out ANERcorp sentences stay honest.

Writes data/gazetteer/anercorp_orgs.tsv and data/gazetteer/anercorp_names.tsv.
"""
import collections

from common import ANERCORP, is_arabic_name, write_tsv

PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك")
MIN_COUNT = 2


def spans():
    """Yield (type, [words]) for every entity span in the file."""
    current = None
    for line in ANERCORP.read_text(encoding="utf-8").splitlines() + [""]:
        word, _, tag = line.rpartition(" ")
        if tag.startswith("I-") and current and current[0] == tag[2:]:
            current[1].append(word)
            continue
        if current:
            yield current
        current = (tag[2:], [word]) if tag.startswith("B-") else None


def word_counts():
    """How often each token is tagged O, and how often it occurs at all: a
    name part or a one-word organisation that is more often an ordinary
    word is left out, and a one-word organisation must be one in most of
    its uses, not just more often than it is a plain word. الله, tagged
    ORG alone three times, is a person's name part over sixty times (عبد
    الله); قطر and روما are places, نيسان a month, more often than they
    are the state's or the club's name."""
    plain, every = collections.Counter(), collections.Counter()
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.rpartition(" ")
        every[word] += 1
        if tag == "O":
            plain[word] += 1
    return plain, every


# The share of a word's uses in which a one-word organisation must be one.
MIN_ORG_SHARE = 2 / 3


def strip_clitic(word, known):
    """Drop a leading و/ف/ب/ل/ك (or لل for ل+ال) when what remains is known."""
    for clitic in PROCLITICS:
        rest = word[len(clitic):]
        if word.startswith(clitic) and len(rest) >= 2:
            candidate = "ال" + rest if clitic == "لل" or clitic.endswith("ال") else rest
            if candidate in known:
                return candidate
    return word


def main():
    found = list(spans())
    orgs, first_names, family_names = collections.Counter(), collections.Counter(), collections.Counter()
    for kind, words in found:
        if kind == "ORG":
            orgs[" ".join(words)] += 1
        elif kind == "PERS" and len(words) >= 2:
            first_names[words[0]] += 1
            family_names[words[-1]] += 1
    plain_orgs = set(orgs)
    merged = collections.Counter()
    for name, count in orgs.items():
        first, *rest = name.split(" ")
        merged[" ".join([strip_clitic(first, {n.split(" ")[0] for n in plain_orgs})] + rest)] += count
    plain, every = word_counts()

    def keep(name, count):
        return count >= MIN_COUNT and is_arabic_name(name) and plain[name] < count

    # A word inside a longer organisation's name (حزب الليكود) is used as
    # one there too.
    in_longer_org = collections.Counter(
        word for kind, words in found if kind == "ORG" and len(words) > 1 for word in words
    )

    def keep_org(name, count):
        if " " in name:
            return keep(name, count)
        uses = every[name] - in_longer_org[name]
        return keep(name, count) and orgs[name] > MIN_ORG_SHARE * uses

    rows = [(name,) for name, count in merged.items() if keep_org(name, count)]
    write_tsv("anercorp_orgs.tsv", "organisation name. Mined from ANERcorp (CAMeL Lab train split); CC BY-SA 4.0", rows)
    names = [(w, "first") for w, c in first_names.items() if keep(w, c)]
    names += [(w, "family") for w, c in family_names.items() if keep(w, c)]
    write_tsv("anercorp_names.tsv", "name part\tfirst|family. Mined from ANERcorp (CAMeL Lab train split); CC BY-SA 4.0", names)


if __name__ == "__main__":
    main()
