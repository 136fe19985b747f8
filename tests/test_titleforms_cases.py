"""A known office's title as the press varies it (``name_variants.title_variants``): short news
texts written for this test (``tests/data/titleforms_cases.jsonl``), each with the officials it
names.

Families: ``amp`` ("&" written for "dan" in the title: "Direktur Sayuran & Tanaman Obat Nama"),
``nobidang`` (the field word "Bidang" left out: "Deputi Pemberdayaan Pemuda Nama"), ``nocomma``
(the commas of the title's list of fields left out: "Direktur Jenderal Pendidikan Tinggi Riset
dan Teknologi, Nama"), ``jendral`` ("Jendral" written for "Jenderal": "Direktur Jendral
Perhubungan Laut Nama"), ``overlap`` (a title closed by "RI" or "Republik Indonesia" whose last
word opens another office's title: "Sekretaris Militer Presiden RI Nama", not "Presiden RI"),
each on a day the knowledge base records no holder of the office; ``cabinet`` (a minister's
title followed by the cabinet's name, "Menteri X Kabinet Indonesia Bersatu II, Nama": the
cabinet is no person); and ``negative`` (an unknown name after a varied title held that day
takes no post; the holder's name takes the office; "&" between two bodies makes no title).

An expected null organisation means no PERSON of that name gets one (a wrong organisation is
worse than none); ``absent`` means no PERSON of that canonical at all.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, official_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "titleforms_cases.jsonl"


def test_title_form_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in official_misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"amp", "nobidang", "nocomma", "jendral", "overlap", "cabinet", "negative"}
