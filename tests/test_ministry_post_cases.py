"""Officials of ministries' and agencies' internal posts as the press writes them: sentences
written for these tests (``tests/data/ministry_post_cases.jsonl``), one or more per rule;
each row names its rule. Staff posts of a minister or the President, secretaries and
coordinators of units, units named alone, regional offices of agencies, deputy ministers
and echelon-I heads by the names the press uses, and negatives: a unit with no person, a
staff post with no name, another name under a title whose holder is known. ``person`` null:
no PERSON in the mention; ``org`` is the top-level institution (null for the President's
staff); ``canonical``, ``role`` and ``orgs`` (an ORG span and its canonical) are checked
when given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "ministry_post_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_ministry_post_case(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    if case["person"] is None:
        assert people == []
    else:
        assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
        if "role" in case:
            assert people[0].role == case["role"]
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    for span, canonical in case.get("orgs", {}).items():
        assert orgs.get(span) == canonical, orgs


def test_table_covers_the_families() -> None:
    cases = _cases()
    assert len(cases) >= 60
    assert all(c["rule"] and c["family"] and c["mention"] and c["published"] for c in cases)
    families = {c["family"] for c in cases}
    expected = {"staff", "unit-post", "vertical-office", "deputy-minister", "echelon-holder"}
    assert expected <= families
    assert sum(c["person"] is None for c in cases) >= 5  # negatives: no person
