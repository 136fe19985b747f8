"""Villages named by two words whose first word opens several districts' names ("Sumber",
"Marga", "Rawa": ``command_places.two_word_openers``), their head's name after them with no
comma: sentences written for these tests (``tests/data/village_opener_cases.jsonl``), all
extracted in one batch.

- ``two words``: the village's name is both words, the holder's name the rest;
- ``one word``: a village named by one word keeps one word ("Sukamaju", "Sumberagung").

``person`` is the expected PERSON's canonical, ``org`` its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "village_opener_cases.jsonl"


def test_village_opener_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {"two words", "one word"}
