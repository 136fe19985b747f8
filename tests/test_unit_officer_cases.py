"""A body's public-relations unit written right before a person's name is that person's post
(``titles.tsv``: "Humas"; ``components/generic_titles.py``, ``unit_post``), on mentions
written for this test (``data/unit_officer_cases.jsonl``): the officer belongs to the body's
organisation (a ministry for a vertical office, the region's government for a regional
office); the unit inside a fused title ("Kabag Humas", "Karo Humas") stays that title's field.
Negative row: the unit of a company the knowledge base does not know names no organisation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "unit_officer_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_unit_officer(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 7
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]
        assert person.role.startswith(case.get("role_starts", "")), (case["mention"], person.role)


def test_unknown_company_unit(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_org")]
    assert len(rows) >= 1
    for case, record in rows:
        person = longest_person(record, case["mention"])
        assert person is not None and person.canonical == case["person"], case["mention"]
        assert person.org is None, (case["mention"], person.org)
