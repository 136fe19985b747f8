"""Where a name after a post ends, for persons the knowledge base does not hold: sentences
written for these tests (``tests/data/name_bounds3_cases.jsonl``), all extracted in one batch.

- ``clause``: a capitalised preposition of capacity or an apposition's conjunction
  ("Selaku", "Sebagai", "Yakni": ``clause_words.txt``) after the name ends it;
- ``none``: such a word or verb right after the post opens no name;
- ``comma``: a name set off by a comma that the recogniser runs on into the next clause ends
  before a capitalised function word or a headline's verb ("Ketika", "Didampingi");
- ``place``: a region's or a district's kind, a village's or a street's head and the place's
  name after the holder's name are no words of the name ("Nama Nama Kota Makassar");
- ``keep``: a place word that is a name word stays in the name when no place's name follows;
- ``mark``: a corps mark written as a name word ("Tek") is the name's last word after name
  words;
- ``article``: the Arabic article written apart is "Al"/"El" in the canonical, in capitals or
  in lower case ("AL MAHDI", "el Haq"); "bin" stays;
- ``capsdeg``: in a name in capitals a word of a known person's name is a name word, not the
  degree its letters spell ("SEHAT MANIK"); a degree after it still ends it;
- ``verb``: a bare verb of police, court and inspection headlines ("Ungkap", "Tangkap",
  "Periksa", "Segel": ``headline_verbs.txt``) after the name ends it.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_bounds3_cases.jsonl"


def test_name_bounds3_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "clause",
        "none",
        "comma",
        "place",
        "keep",
        "mark",
        "article",
        "capsdeg",
        "verb",
    }
