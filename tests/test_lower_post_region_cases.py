"""A post written wholly in lower case before a region's name also written in lower case
(``components/region_words.py``), on mentions written for this test
(``data/lower_post_region_cases.jsonl``): "wakil bupati garut Nama", "kepala dinas kesehatan
kabupaten sikka Nama", "Kepala dinas pertanian kota pekalongan, Nama" give the person the
region's organisation. Negative rows: no name after the region ("ditambahkan bupati lombok
barat kepada"), a day after it, a name after another word ("Wakil bupati sumenep melalui
Nama": the spokesman is not the deputy regent) and a village head's post before a regency's
name read no region.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "lower_post_region_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_lower_post_reads_the_region(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 6
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)


def test_no_region_without_a_name(records: list[tuple[dict[str, Any], Record]]) -> None:
    for case, record in records:
        if case.get("no_org"):
            orgs = [e.text for e in record.entities if e.label == "ORG"]
            assert not orgs, (case["text"], orgs)
        if "not_role" in case or "not_org" in case:
            person = longest_person(record, case["mention"])
            assert person is not None and person.canonical == case["person"], case["mention"]
            if "not_role" in case:
                assert person.role != case["not_role"], case["mention"]
            if "not_org" in case:
                assert person.org != case["not_org"], case["mention"]
