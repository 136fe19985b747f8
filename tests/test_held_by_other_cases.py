"""A known person's whole name after the title of an office they never held, whose one holder
on the date is another, takes no post: the person keeps the office the knowledge base gives
them that day, or none; a name that misspells the holder's is the holder
(``components/holder_rules.py``, ``HolderRules.held_by_other``), on mentions written for this
test (``data/held_by_other_cases.jsonl``) with real names and holders of the knowledge base.
Rows marked "kept" guard recall: the holder's own title, a holder of the office in another
term, an acting post, a post several people hold, a regent in his own term.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "held_by_other_cases.jsonl")


def test_known_name_after_another_holders_title(extractor: Extractor) -> None:
    assert len(CASES) >= 10
    misses = []
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        if got != (case["person"], case["org"]):
            misses.append((case["mention"], got))
    assert not misses, misses
