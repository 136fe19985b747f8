"""Police and military officials at every level as the press writes them: sentences written
for these tests (``tests/data/armed_cases.jsonl``), one or more per rule, each naming its rule.
Every PERSON in a row's sentence is listed with the organisation the guidelines give it (the
top-level institution: any TNI unit -> Tentara Nasional Indonesia, any Polri unit ->
Kepolisian Negara Republik Indonesia; ranks stay out of the name); ``role`` and ``canonical``
(a holder's name as the knowledge base stores it) are checked when a row gives them. The
negative rows have no person, or a person of another organisation or none: a scout troop's
"Komandan", a title and rank with no name, a unit with no person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "armed_cases.jsonl"


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[Record]:
    return extract_cases(extractor, load_cases(CASES))


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(load_cases(CASES))), ids=lambda c: str(c)[:60]
)
def test_armed_case(records: list[Record], index: int, case: dict[str, Any]) -> None:
    people = [e for e in records[index].entities if e.label == "PERSON"]
    assert [(p.text, p.org) for p in people] == [(e["person"], e["org"]) for e in case["people"]]
    for person, expected in zip(people, case["people"], strict=True):
        if "role" in expected:
            assert person.role == expected["role"]
        if "canonical" in expected:  # a misspelt holder's name resolves to the holder
            assert person.canonical == expected["canonical"]


def test_every_case_names_its_rule() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 60
    for case in cases:
        assert case["rule"] and case["family"] and case["text"] and case["published"]
    assert sum(case["family"] == "negative" for case in cases) >= 5
