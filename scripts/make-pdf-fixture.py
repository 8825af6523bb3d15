#!/usr/bin/env python3
"""Writes tests/fixtures/004-article.pdf from seed 004: Arabic set in Noto Naskh Arabic, shaped by
HarfBuzz, so that the PDF carries real text (with a ToUnicode map) for pdf.js to extract.
Needs `pip install fpdf2 uharfbuzz` and Debian's fonts-noto-core. Its output is committed."""
import datetime
import pathlib
from fpdf import FPDF

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared/seeds/004_12a0ae8c2fa6360b.txt"
FONT = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))  # reruns give the same bytes
pdf.add_font("Naskh", fname=FONT)
pdf.set_font("Naskh", size=13)
pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
pdf.add_page()
for line in SEED.read_text(encoding="utf-8").splitlines():
    if line.strip():
        pdf.multi_cell(0, 9, line.strip(), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(ROOT / "tests/fixtures/004-article.pdf"))
