"""Names around a post written in lower case (``components/title_case.py``), on mentions
written for this test (``data/lower_post_name_cases.jsonl``): a Balinese name opening with "I"
after the post ("kapolsek X Ipda I Made Nama", "bupati Badung I Nyoman Nama", "kepala dinas
kesehatan Kabupaten Badung I Wayan Nama") and a name set off by "selaku" before it ("Nama
selaku kepala dinas pendidikan kabupaten X") get the post and its organisation, as with the
post in title case; a holder's name in capitals after the title in capitals ("BUPATI GARUT
RUDY GUNAWAN"), also a name many people share (a title_only holder line). Negative rows: a headline
in capitals names nobody; a commission's numeral "I" before a parliament's name is
no name; "selaku" after a day names nobody; "selaku warga X" is no post.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "lower_post_name_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_name_around_lower_post(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 7
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_no_name_no_post(records: list[tuple[dict[str, Any], Record]]) -> None:
    for case, record in records:
        if case.get("no_person"):
            people = [e.text for e in record.entities if e.label == "PERSON"]
            assert not people, (case["text"], people)
        if case.get("no_role"):
            person = longest_person(record, case["mention"])
            assert person is not None and person.canonical == case["person"], case["mention"]
            assert person.role is None and person.org is None, case["mention"]
