"""A known person's short name of initials or Muhammad and one word ("M. Nasir", "Muhammad
Nasir") after a title: sentences written for these tests
(``tests/data/initialled_alias_cases.jsonl``), all extracted in one batch.

- ``other``: after the title of an organisation its known bearer never served, the short
  name is another person's, as written;
- ``holder``: after the title of an office the bearer held, it stays the bearer.

``person`` is the expected PERSON's canonical, ``org`` its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "initialled_alias_cases.jsonl"


def test_initialled_alias_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {"other", "holder"}
