"""A village's or a district's post written in lower case (``components/title_case.py``), on
mentions written for this test (``data/area_post_cases.jsonl``): the post is followed by its
area's name and then the holder's name ("kata lurah Sukaresmi Nama Nama", "kades X Nama Nama",
"lurah X I Ketut Nama"), read as with the post in title case, so the area's name is no part of
the person's. Negative rows: a name opening with "Andi" or a name of two words right after the
post has no area before it, and stays whole with no role.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "area_post_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_area_then_name(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "role" in c]
    assert len(rows) >= 4
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.role, person.org) if person else None
        assert got == (case["person"], case["role"], case["org"]), (case["mention"], got)


def test_no_area_before_a_name(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_role")]
    assert len(rows) >= 2
    for case, record in rows:
        person = longest_person(record, case["mention"])
        assert person is not None and person.canonical == case["person"], case["mention"]
        assert person.role is None, case["mention"]
