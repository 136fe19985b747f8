"""Regions' names as careless pages write them in a title or a unit's name
(``components/region_words.py``), on mentions written for this test
(``data/region_word_cases.jsonl``): a region and its kind word in lower case ("Sekretaris
Daerah kabupaten ketapang Nama"), the kind word written "Kota." or "Propinsi" or glued
("Kab.Sinjai", "KotaSemarang"), a region's word one letter off ("Kabupaten Kephiang") give
the person the region's organisation; a unit's word one letter off ("Pengadlian Negeri X",
``org_spelling.py``) or an abbreviated name with a key's neighbour typed after a title
("Sekjen Kemendsgri Nama") its organisation. Negative rows: a dictionary word or another place one
letter off a region's name gives no region's organisation, and a common word in lower case
or a brand glued to a kind word is no place; a unit's head is not read as the unit one key
off ("Dirlantas", not "Ditlantas"), and a lone misspelt name without a title names nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "region_word_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_region_words_give_the_organisation(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 15
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)


def test_no_region_read_into_another_word(records: list[tuple[dict[str, Any], Record]]) -> None:
    for case, record in records:
        if "not_org" in case:
            person = longest_person(record, case["mention"])
            assert person is not None and person.org != case["not_org"], case["mention"]
        if case.get("no_org"):
            orgs = [e.text for e in record.entities if e.label == "ORG"]
            assert not orgs, (case["text"], orgs)
        if case.get("no_place"):
            places = [e.text for e in record.entities if e.label == "LOC" and e.text[0].islower()]
            places += [e.text for e in record.entities if e.text.startswith("Kota")]
            assert not places, (case["text"], places)
