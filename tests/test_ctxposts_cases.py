"""A regional post the document places: a holder's name of one word after it
(``components/mononyms.py``) and a district named before it: short news texts written for this test
(``tests/data/ctxposts_cases.jsonl``), each with the officials it names.

Families: ``office`` (a regional office's head written with its field or short form and no
region, "Kadis Kesehatan Nama", "Kasat Pol PP Nama", "Kadinsos Nama", after the one
government, place or dateline of the text), ``assistant`` (a regional secretariat's assistant
or section head by number or field, "Asisten III Nama", "Asisten Perekonomian dan
Pembangunan Nama", "Kabag Prokopim Nama"), ``own_body`` (a regional government's own body,
"Direktur RSUD Nama"), each before a name of one word; ``district`` (the text names a
district with its kind word, "Kecamatan X", "Kec. X", and no region: the district's regency
or city, ``region_mentions.district_place``); ``lower`` (the post in lower case inside a
sentence before a name of one word, "kata sekda Nama kepada", "dipantau kepala dinas
kesehatan Nama.": ``title_case.py`` reads the post, the document gives its region); and
``negative`` (no region in the text or two
governments named: no organisation; a word of the dictionary or a district's name after the
post: no person; a name going on past its first word: the whole name's; districts of two
regencies, a district's name two districts bear, a district of the city a province's government
sits in for a post of either level: no organisation).

An expected null organisation means no PERSON of that name gets one (a wrong organisation is
worse than none); ``absent`` means no PERSON of that canonical at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "ctxposts_cases.jsonl"


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


def test_one_word_name_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in _misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"office", "assistant", "own_body", "district", "lower", "negative"}
