"""Heads of agencies' and ministries' units below echelon I, named without their parent body
("Deputi Bidang Meteorologi Nama", "Kapusdatinkom Nama", "Direktur PWNI Nama"): sentences
written for these tests (``tests/data/units2b_cases.jsonl``), each row naming its rule. The
office lines are the units2b lane's (``models/gazetteers/offices.jsonl``, each note naming
its pages). Negatives: a post whose field two bodies share ("Deputi Bidang Pencegahan": the
BNN, the BNPB and the KPK), a bureau every ministry has, a field cut short."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "units2b_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_units2b_case(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
    if "role" in case:
        assert people[0].role == case["role"]


def test_table_names_its_rules() -> None:
    cases = _cases()
    assert all(c["rule"] and c["family"] and c["mention"] and c["published"] for c in cases)
    assert sum(c["org"] is None for c in cases) >= 3
