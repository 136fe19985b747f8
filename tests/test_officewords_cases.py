"""Words after a title that continue the office's name or state its standing ("Cabang
Kendal", "Perwakilan Jawa Tengah", "Sementara", "Pengganti"): sentences written for these
tests (``tests/data/officewords_cases.jsonl``), all extracted in one batch.

- ``office``: the name after a branch or regional office's word and its place is the holder's;
- ``standing``: the name after a word of the office's standing (also in lower case, and
  after the holder's rank) is the holder's;
- ``none``: such a word with no name after it is no person.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "officewords_cases.jsonl"


def test_office_word_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {"office", "standing", "none"}
