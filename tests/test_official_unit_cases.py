"""Officials of units below the top as the press writes them: sentences written for these
tests (``tests/data/official_unit_cases.jsonl``), one or more per rule of news writing; each
row names its rule. The expected person and organisation follow the guidelines (the
organisation is the top-level institution; ranks, degrees and honorifics are outside the
name); ``canonical`` (the full name a holder has in the knowledge base), ``role`` and
``orgs`` (an ORG span and its canonical) are checked when given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "official_unit_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_official_unit_case(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
    if "role" in case:
        assert people[0].role == case["role"]
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    for span, canonical in case.get("orgs", {}).items():
        assert orgs.get(span) == canonical, orgs


def test_every_case_names_its_rule() -> None:
    for case in _cases():
        assert case["rule"] and case["family"] and case["mention"] and case["published"]
