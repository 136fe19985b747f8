"""Officials of the units of ministries' and national agencies' regional offices, written as the
press writes them (``tests/data/natunit_cases.jsonl``: sentences written for these tests, each
naming its mechanism; ``org`` null: the phrase does not establish the organisation)."""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "natunit_cases.jsonl")


def test_natunit_cases(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    misses = [(case["mention"], org) for case, ok, org in outcomes if not ok]
    assert misses == []


def test_cases_name_their_mechanism() -> None:
    assert all(c["mechanism"] and c["mention"] and c["published"] for c in CASES)
    assert any(c["org"] is None for c in CASES)  # negatives: no organisation established
