"""Name bounds found on mined regional pages (``tests/data/dotted_name_cases.jsonl``,
sentences written for this test).

- a name word abbreviated with a dot (``lexicons/name_abbreviations.txt``: "Moh.", "Abd.",
  "Muh.") is one name with the words after it, where the recogniser stops at the dot or
  starts after it ("Moh. Sarifuddin", "Sekda, Abd. Halim,");
- a number right after a title's place is a year or an edition, no name ("Turnamen Bupati
  X Tahun 2023");
- a name of two words opening a sentence, then a post with its organisation and no comma
  between, is the post's holder ("Nama Nama Kepala Dinas X mengatakan ..."); inside a
  sentence the post is not read so;
- a bracket glued to the end of a word in lower case opens a bracket of its own: the
  party's short form after a name is no part of it ("Nama Nama(PKB)").

Each text must give exactly the expected PERSON with the expected organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "dotted_name_cases.jsonl"


def test_every_text_gives_the_expected_person(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, load_cases(CASES)) == []
