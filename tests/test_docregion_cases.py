"""Regional posts whose region the document gives, in written forms news uses: short news
texts written for this test (``tests/data/docregion_cases.jsonl``), each naming one official.

Families: ``bracketed_government`` (a regional government written with its short form in
brackets between its level and its region, "Pemerintah Kabupaten (Pemkab) X", is the body
that gives a bare post its region: ``components/bracketed_governments.py``),
``dateline_level`` (a dateline a regency and a city share, "MADIUN", gives a post of one
level its region of that level, the city for "Wakil Wali Kota", the regency for "Wakil
Bupati"; a kind word written in the dateline, "KOTA MADIUN", decides), ``body_over_place``
(an office named with no region after one regency's or city's government takes that
government's region, another region named as a place, where aid is sent or an event held,
aside), ``head_region`` (a sub-unit's head written with its field and no office, after a
regional head's title written with its region, "Bupati X Nama meninjau ... Kepala Bidang
Tanaman Pangan, Nama", is of that region's government), ``level_written`` (a post whose
body is written with its level and no region, "Wakil Ketua DPRD Kabupaten Nama", "Kepala
BPBD Kabupaten Nama", takes the document's region of that level, the level word no part of
the name), ``joined_field`` (a sub-unit's field of words joined by "dan" before a comma and
the name, "Kepala Bidang Perlindungan dan Jaminan Sosial, Nama", or a field whose "dan" a
field's noun follows with no "Bidang", "Kepala Seksi Pencegahan dan Kesiapsiagaan, Nama", is
the post's field),
``degree_after_name`` (degrees
after the name set off by a comma, "Nama, SE, M.Si", end the name; the words before the
comma are the name, not the post's field) and ``negative`` (a
name a regency and a city share after "Daerah", two governments, a level the region does not
have, no region, a shared dateline for a post of either level or with another city named, a
province's government with another regency named as the place, two heads of two regions,
a level written that is not the document's region's): no organisation.

Each text must give exactly its official, with the expected organisation or none (and the
officials of ``also``, the head named before).
"""

from __future__ import annotations

from pathlib import Path

from helpers import case_text, extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "docregion_cases.jsonl"


def test_document_region_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = {(p.canonical, p.org) for p in record.entities if p.label == "PERSON"}
        want = {(case["person"], case["org"]), *(tuple(other) for other in case.get("also", []))}
        if found != want:
            wrong.append(f"{case_text(case)}: {sorted(found, key=str)}")
    assert not wrong, "\n".join(wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "bracketed_government",
        "dateline_level",
        "body_over_place",
        "head_region",
        "level_written",
        "joined_field",
        "degree_after_name",
        "negative",
    }
