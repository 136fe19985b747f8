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

from helpers import extract_cases, load_cases, official_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "ctxposts_cases.jsonl"


def test_one_word_name_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in official_misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"office", "assistant", "own_body", "district", "lower", "negative"}
