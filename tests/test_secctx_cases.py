"""Regional heads' and secretaries' posts written without their region, the region named
before only as a place (``components/doc_regions.py``): short news texts written for this
test (``tests/data/secctx_cases.jsonl``), each naming one official.

Families: ``place`` (with no body and no dateline of the post's level, the one region the
text named as a place: of the post's level for a head, "Banjir di Kabupaten X ... Bupati
Nama"; of any level for a post of either level, "Sekda Nama", "Kepala Dinas Sosial Nama", a
province written as the regency's address aside, a dateline of a province or its seat, an
outlet's base, aside; a dateline a regency and a city share, "SEMARANG", read as the one of
the two a place names in full; a bureau's head with its field, "Kepala Biro Pemerintahan,
Nama", after one government's bodies only), ``adviser`` (a regional head's staff adviser
with the head's title and field, "Staf Ahli Bupati Bidang X, Nama": the one region of the
head's level the document establishes) and ``negative`` (two regions of the level,
another region of any level before a secretary's post, a province or a provincial capital
alone, a place that differs from the dateline's region, a bare name a regency and a city
share, a region named after the post, an adviser of another level, or with no head's title where a
ministry is named too: c6f150f gives a headless adviser the one government a text establishes):
no organisation.

Each text must give exactly its official, with the expected organisation or none.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "secctx_cases.jsonl"


def test_place_context_cases(extractor: Extractor) -> None:
    wrong = whole_text_misses(extractor, load_cases(CASES))
    assert not wrong, "\n".join(f"{text}: {found}" for text, found in wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"place", "adviser", "negative"}
