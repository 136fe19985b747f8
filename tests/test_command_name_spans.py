"""A command's name and an officer's rank are no person (``components/ner_filters.py``), on
mentions written for this test (``data/command_name_span_cases.jsonl``): in "Pangdam XIV
Hasanuddin Mayjen TNI Nama" the words after the command's number are the command's name and a
rank opens the holder's name, so the only PERSON is the holder, never "Hasanuddin Mayjen".
Negative rows: a person whose own name holds a command's name, written after a rank, keeps it.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, people_in_mention
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "command_name_span_cases.jsonl")


def test_only_the_holder_is_a_person(extractor: Extractor) -> None:
    assert len(CASES) >= 10
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        found = [e.text for e in people_in_mention(record, case["mention"])]
        assert found == case["persons"], (case["mention"], found)
