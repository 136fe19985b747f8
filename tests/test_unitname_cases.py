"""Officials who head named institutions whose owner follows from the kind of institution
(schools, villages and kelurahan, hospitals by type, technical offices with class or ordinal
names), written as the press writes them (``tests/data/unitname_cases.jsonl``: sentences
written for these tests, each naming its mechanism; ``person`` null: no PERSON; ``org`` null:
the phrase does not establish the organisation)."""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "unitname_cases.jsonl")


def test_unitname_cases(extractor: Extractor) -> None:
    records = extract_cases(extractor, CASES)
    misses = []
    for case, record in zip(CASES, records, strict=True):
        if case["person"] is None:
            if longest_person(record, case["mention"]) is not None:
                misses.append(case["mention"])
        elif not mention_outcome(case, record)[0]:
            misses.append(case["mention"])
    assert misses == []


def test_cases_name_their_mechanism() -> None:
    assert all(c["mechanism"] and c["mention"] and c["published"] for c in CASES)
    assert any(c["person"] is None for c in CASES)  # negatives: nameless phrases
