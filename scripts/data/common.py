"""Helpers shared by the gazetteer generation scripts: paths, script checks, TSV output."""
import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parents[2]
GAZETTEER_DIR = REPO / "data" / "gazetteer"
ANERCORP = REPO.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"

# Letters of the Arabic alphabet as written in Arabic (with hamza forms and
# taa marbuta), plus space, hyphen and diacritics that may decorate a name.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")

# Letters used by Persian, Urdu, Pashto, Kurdish... but not by Arabic. A name
# carrying one of them is not the Arabic spelling (e.g. کابل vs كابل).
_NON_ARABIC_LETTERS = set("کیپچژگےٹڈڑںھۀۓەۆۇۈۋېۍګښځڅډړږڼ")


def is_arabic_name(name: str) -> bool:
    """True when `name` is written only with letters of the Arabic alphabet."""
    return bool(_ARABIC_NAME.match(name)) and not (set(name) & _NON_ARABIC_LETTERS)


def strip_diacritics(name: str) -> str:
    """Drop harakat and tatweel, which CLDR and GeoNames use inconsistently."""
    return re.sub(r"[\u064B-\u0652\u0670\u0640]", "", name).strip()


def fold(word: str) -> str:
    """The folding khabar's tokenizer applies (src/text.rs), for comparing
    spellings: hamza-alef forms to ا, ى to ي, ة to ه, no diacritics."""
    word = strip_diacritics(word)
    return word.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}))


def write_tsv(filename: str, header: str, rows) -> None:
    """Write sorted, de-duplicated rows under data/gazetteer/ with a `#` header line."""
    lines = sorted({"\t".join(row) for row in rows})
    path = GAZETTEER_DIR / filename
    path.write_text("# " + header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(lines)} rows")
