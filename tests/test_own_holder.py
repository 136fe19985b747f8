"""A former holder's whole name after the title of the office he held
(``components/holder_rules.py``, ``HolderRules.own_holder``; after a bare class title,
``components/class_holders.py``), on mentions written for this test
(``data/own_holder_cases.jsonl``) with real holder pairs of the knowledge base where a successor's
name holds the predecessor's: "Bupati Sleman Sri Purnomo" in 2022 is the former regent Sri
Purnomo, not the regent Kustini Sri Purnomo whose name merely contains his. Negative rows: the
successor's own name, or a part of it that is no other holder's, stays the holder on the date.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "own_holder_cases.jsonl")


def test_written_whole_name_is_that_holder(extractor: Extractor) -> None:
    assert len(CASES) >= 6
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.role, person.org) if person else None
        assert got == (case["person"], case["role"], case["org"]), (case["mention"], got)
