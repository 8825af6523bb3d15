"""Facebook Duckling's Arabic test corpora, as data files khabar's test
`tests/external_duckling.rs` reads.

Duckling keeps its examples in Haskell modules (`Duckling/<Dimension>/AR/
Corpus.hs`): a list of `examples (<expected value>) ["surface", ...]`. This
reads those modules as text (no Haskell needed) and writes one TSV per
dimension under tests/external/duckling/, one surface string a line:

    surface<TAB>field=value<TAB>field=value...

Values are kept as Duckling states them (its unit, currency and grain names,
lower-cased); mapping them to khabar's conventions is the test's business.
Times are written as ISO local date-times relative to Duckling's test
reference time, 2013-02-12T04:30:00 (a Tuesday).

Usage: python3 scripts/data/duckling_corpus.py [DUCKLING_CRATE_DIR]
The default is the duckling 0.4.0 crate in the local cargo registry.
"""
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "external" / "duckling"
DEFAULT_CRATE = (
    pathlib.Path.home()
    / ".cargo/registry/src/index.crates.io-1949cf8c6b5b557f/duckling-0.4.0"
)

# Output file -> module path under tests/haskell_upstream/Duckling.
DIMENSIONS = {
    "numeral": "Numeral/AR",
    "numeral_eg": "Numeral/AR/EG",
    "ordinal": "Ordinal/AR",
    "quantity": "Quantity/AR",
    "volume": "Volume/AR",
    "temperature": "Temperature/AR",
    "amount_of_money": "AmountOfMoney/AR",
    "duration": "Duration/AR",
    "time": "Time/AR",
    "phone_number": "PhoneNumber/AR",
}

NUM = r"\(?\s*-?[\d.e]+\s*\)?"
TUPLE = r"\(([^()]*)\)"


def number(text):
    """A Haskell numeric literal, possibly parenthesised and negative."""
    value = float(text.strip().strip("()").strip())
    return f"{value:g}" if abs(value) < 1e15 else repr(value)


def moment(text):
    """(y, m, d, h, mi, s) -> 2013-02-12T04:30:00."""
    y, mo, d, h, mi, s = (int(p) for p in text.split(","))
    return f"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}"


def fields(head):
    """The expected value of one `examples (...)` head, as key=value fields."""
    head = " ".join(head.split())
    rules = [
        (rf"^NumeralValue ({NUM})$", lambda m: [f"value={number(m[1])}"]),
        (rf"^OrdinalData ({NUM})$", lambda m: [f"value={number(m[1])}"]),
        (
            rf"^DurationData ({NUM}) (\w+)$",
            lambda m: [f"value={number(m[1])}", f"grain={m[2].lower()}"],
        ),
        (
            rf'^simple (\w+) ({NUM})(?: (?:Nothing|\(Just "([^"]*)"\)))?$',
            lambda m: [f"value={number(m[2])}", f"unit={m[1].lower()}"]
            + ([f"product={m[3]}"] if m[3] else []),
        ),
        (
            rf"^between (\w+) \(({NUM}), ({NUM})\)$",
            lambda m: [f"min={number(m[2])}", f"max={number(m[3])}", f"unit={m[1].lower()}"],
        ),
        (
            rf"^under (\w+) ({NUM})$",
            lambda m: [f"max={number(m[2])}", f"unit={m[1].lower()}"],
        ),
        (
            rf"^above (\w+) ({NUM})$",
            lambda m: [f"min={number(m[2])}", f"unit={m[1].lower()}"],
        ),
        (
            rf"^datetime {TUPLE} (\w+)$",
            lambda m: [f"value={moment(m[1])}", f"grain={m[2].lower()}"],
        ),
        (
            rf'^datetimeHoliday {TUPLE} (\w+) "([^"]*)"$',
            lambda m: [f"value={moment(m[1])}", f"grain={m[2].lower()}", f"holiday={m[3]}"],
        ),
        (
            rf"^datetimeInterval \({TUPLE}, {TUPLE}\) (\w+)$",
            lambda m: [f"from={moment(m[1])}", f"to={moment(m[2])}", f"grain={m[3].lower()}"],
        ),
        (
            rf'^datetimeIntervalHoliday \({TUPLE}, {TUPLE}\) (\w+) "([^"]*)"$',
            lambda m: [
                f"from={moment(m[1])}",
                f"to={moment(m[2])}",
                f"grain={m[3].lower()}",
                f"holiday={m[4]}",
            ],
        ),
        (r'^PhoneNumberValue "([^"]*)"$', lambda m: [f"value={m[1]}"]),
    ]
    for pattern, build in rules:
        match = re.match(pattern, head)
        if match:
            return build(match)
    raise ValueError(f"unknown example head: {head}")


def haskell_string(body):
    """The text of a Haskell string literal's body: \\1638 is U+0666."""

    def escape(m):
        e = m[1]
        if e.isdigit():
            return chr(int(e))
        return {"n": "\n", "t": "\t", "&": "", '"': '"', "\\": "\\"}[e]

    return re.sub(r"\\(\d+|[nt&\"\\])", escape, body)


def examples(source):
    """Yield (fields, [surface strings]) for every `examples` group."""
    body = source.split("allExamples =", 1)[1]
    # The head may hold nested parentheses: find the list that follows it.
    pos = 0
    while True:
        start = body.find("examples", pos)
        if start < 0:
            return
        open_paren = body.index("(", start)
        depth, i = 0, open_paren
        while True:
            depth += {"(": 1, ")": -1}.get(body[i], 0)
            if depth == 0:
                break
            i += 1
        head = body[open_paren + 1 : i]
        open_list = body.index("[", i)
        close_list = body.index("]", open_list)
        strings = [
            haskell_string(s)
            for s in re.findall(r'"((?:[^"\\]|\\.)*)"', body[open_list + 1 : close_list])
        ]
        yield fields(head), strings
        pos = close_list


def main():
    crate = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CRATE
    upstream = crate / "tests" / "haskell_upstream" / "Duckling"
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(crate / "LICENSE", OUT / "LICENSE")
    for name, module in DIMENSIONS.items():
        path = upstream / module / "Corpus.hs"
        lines = [
            f"# Duckling {module}/Corpus.hs (duckling crate {crate.name.split('-')[-1]}),",
            "# BSD licence: see LICENSE. Generated by scripts/data/duckling_corpus.py;",
            "# do not edit by hand.",
        ]
        count = 0
        for expected, strings in examples(path.read_text(encoding="utf-8")):
            for surface in strings:
                if "\t" in surface or "\n" in surface:
                    raise ValueError(f"{module}: surface with a tab or newline: {surface!r}")
                lines.append("\t".join([surface] + expected))
                count += 1
        (OUT / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {count} examples")


if __name__ == "__main__":
    main()
