"""Writes data/wordfreq/ar.txt: how common each Arabic word is in general text,
from the `wordfreq` package's large Arabic list (Speer 2022; data CC BY-SA 4.0).

The entity tagger reads it as a feature of every word: a word it never saw in
training that is common Arabic is seldom a name, and a transliterated foreign
name is seldom a common word, nor found with the article ال.

Words are folded as khabar folds them (common.fold), the frequencies of the
spellings that fold together summed. Each line is a frequency bucket (twice
the Zipf value, floored: Zipf is log10 of occurrences per billion words),
a tab, and the words of that bucket separated by spaces. Words below
MIN_ZIPF are left out: the tagger reads their absence as a bucket of its own.

    pip install wordfreq==3.1.1
    python3 scripts/data/wordfreq_ar.py
"""
import math
import re

import wordfreq

from common import REPO, fold

MIN_ZIPF = 2.5
OUTPUT = REPO / "data" / "wordfreq" / "ar.txt"
_ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")


def main() -> None:
    frequencies: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("ar", "large").items():
        word = fold(word)
        if _ARABIC_WORD.match(word):
            frequencies[word] = frequencies.get(word, 0.0) + frequency
    buckets: dict[int, list[str]] = {}
    for word, frequency in frequencies.items():
        zipf = 9 + math.log10(frequency)
        if zipf >= MIN_ZIPF:
            buckets.setdefault(math.floor(2 * zipf), []).append(word)
    lines = [f"{b}\t{' '.join(sorted(words))}\n" for b, words in sorted(buckets.items(), reverse=True)]
    OUTPUT.write_text("".join(lines), encoding="utf-8")
    print(f"{OUTPUT.relative_to(REPO)}: {sum(map(len, buckets.values()))} words in {len(lines)} buckets")


if __name__ == "__main__":
    main()
