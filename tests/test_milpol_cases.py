"""Titles of the military, the police, the prosecution service and the courts as the press
writes them: sentences written for these tests (``tests/data/milpol_cases.jsonl``), each naming
its rule. Every PERSON in a row's sentence is listed with the organisation the guidelines give
it (the top-level institution); ``role`` is checked when a row gives one. The negative rows have
no person, or a person of another organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "milpol_cases.jsonl"


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[Record]:
    return extract_cases(extractor, load_cases(CASES))


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(load_cases(CASES))), ids=lambda c: str(c)[:60]
)
def test_milpol_case(records: list[Record], index: int, case: dict[str, Any]) -> None:
    people = [e for e in records[index].entities if e.label == "PERSON"]
    assert [(p.text, p.org) for p in people] == [(e["person"], e["org"]) for e in case["people"]]
    for person, expected in zip(people, case["people"], strict=True):
        if "role" in expected:
            assert person.role == expected["role"]


def test_every_case_names_its_rule() -> None:
    cases = load_cases(CASES)
    for case in cases:
        assert case["rule"] and case["family"] and case["text"] and case["published"]
    assert any(case["family"] == "negative" for case in cases)
