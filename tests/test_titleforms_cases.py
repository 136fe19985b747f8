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
from typing import Any

from helpers import extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "titleforms_cases.jsonl"


def _misses(case: dict[str, Any], record: Record) -> list[str]:
    """The officials of ``case`` the record gets wrong, as readable lines."""
    persons = [e for e in record.entities if e.label == "PERSON"]
    out = []
    for want in case["officials"]:
        got = [p for p in persons if p.canonical == want["person"]]
        if want.get("absent"):
            right = not got
        elif want["org"] is None:
            right = all(p.org is None for p in got)
        else:
            right = bool(got) and all(
                p.org == want["org"] and p.role == want.get("role", p.role) for p in got
            )
        if not right:
            out.append(
                f"{case['family']}/{case['variant']}: {want} got {[(p.role, p.org) for p in got]}"
            )
    return out


def test_title_form_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in _misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"amp", "nobidang", "nocomma", "jendral", "overlap", "cabinet", "negative"}
