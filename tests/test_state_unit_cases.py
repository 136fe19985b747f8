"""Members and officials of the state's institutions and the presidency's offices as the
press writes them: sentences and names written for this test
(``tests/data/state_unit_cases.jsonl``), one or more rows per rule (``rule``), negatives
among them (``person`` null: no person in the mention).

A row's mention is put in a neutral sentence; the PERSON found in it must carry the expected
name and organisation, and a negative row must give no PERSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "state_unit_cases.jsonl"


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    person = longest_person(record, case["mention"])
    if case["person"] is None:
        return person is None, None
    if person is None or person.canonical != case["person"]:
        return False, None
    wrong = person.org if person.org is not None and person.org != case["org"] else None
    return person.org == case["org"], wrong


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), _outcome)


def test_table_is_well_formed() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 10
    assert any(c["person"] is None for c in cases)
    for case in cases:
        assert case["rule"] and case["variant"] and case["published"] and case["mention"]


def test_every_row_right(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(case["rule"], case["mention"]) for case, ok, _ in outcomes if not ok]
    assert misses == []
