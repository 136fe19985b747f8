"""Posts of a state company's units (``components/company_units.py``), on mentions written for
this test (``data/company_unit_cases.jsonl``): a company's post (Manager, General Manager,
Senior Manager, Area Manager, Kepala) before a state company, its unit (UP3, UID, ULP, Daop,
MOR, Kantor Wilayah), the unit's number and place, then the holder's name: the holder belongs
to the company. Negative rows (no company as the organisation): a unit's place the recogniser
does not tag and no comma (where the name begins is not written), a subsidiary named after
its parent ("PLN Icon Plus"), and a manager's post before a club.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "company_unit_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_company_unit_posts(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 7
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_no_company_post(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_role")]
    assert len(rows) >= 3
    for case, record in rows:
        # the name's bounds there are the recogniser's; no company is the holder's organisation
        person = longest_person(record, case["mention"])
        assert person is not None and case["person"] in person.canonical, case["mention"]
        assert person.org is None, (case["mention"], person.org)


def test_company_post_word_as_a_given_name(records: list[tuple[dict[str, Any], Record]]) -> None:
    """A company's post read only before a state company: the same word opening a name after
    another body's post ("Manager" is also a given name) stays in the name."""
    rows = [(c, r) for c, r in records if c.get("given_name")]
    assert len(rows) >= 2
    for case, record in rows:
        person = longest_person(record, case["mention"])
        assert person is not None and person.canonical == case["person"], case["mention"]
