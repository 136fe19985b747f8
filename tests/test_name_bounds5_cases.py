"""Where a name after a post ends, for persons the knowledge base does not hold: sentences
written for these tests (``tests/data/name_bounds5_cases.jsonl``), all extracted in one batch.

- ``gelar``: a Minangkabau customary title written after the name ("Dt.", "Dt", "Datuak":
  ``customary_titles.txt``), after degrees too, closes the name, and the title's own words
  ("Bandaro Kayo") name no person;
- ``gelarnone``: the title's words written without a bearer's name are no person either;
- ``degreecase``: a degree field the rule writes in capitals, written with only its first
  capital ("S.Stp", "S.Ip., M.Ip", "S.Ik"), closes the name and is no person;
- ``degreekeep``: such letters with a name word right after them are the name's initials;
- ``daypart``: a day of the week and a part of the day of the date lexicon ("Minggu dini
  hari") after the name are the time of the statement;
- ``daeng``: the Makassar and Bugis daeng name written with the abbreviation "Dg." after the
  given name ("Nama Dg. Tompo": ``name_abbreviations.txt``) is part of the name, no second
  person.

``person`` is the only PERSON's expected canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_bounds5_cases.jsonl"


def test_name_bounds5_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "gelar",
        "gelarnone",
        "degreecase",
        "degreekeep",
        "daypart",
        "daeng",
    }
