"""A village head's post, the village's name, then the holder's name: sentences written for
these tests (``tests/data/village_comma_cases.jsonl``), all extracted in one batch.

- ``initial after comma``: a name opening with an initial after the comma ("M. Ridwan",
  glued "M.Ridwan") closes the village's name of common words before it;
- ``district name closes``: a village's last word that is also a district's name ("Karang
  Anyar") stays the village's when the holder's name follows after a comma; a district
  written with its kind after the holder's name lends nothing;
- ``name opener after post``: a word that opens a person's name ("Andi", "Teuku") right
  after the post is the holder's, never a village's name;
- ``village section``: the head of a section of a village's government, its field and the
  village ("Kasi Pemerintahan Desa X, Nama", "Kaur Keuangan Desa X") is of the village's
  government, a district's section ("Kasi Pemerintahan Kecamatan X") of the regency's.

``person`` is the expected PERSON's canonical (an initial glued to the name is compared
with its space: "M.Ridwan" as "M. Ridwan"), ``org`` its organisation.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "village_comma_cases.jsonl"


def _spaced(name: str | None) -> str | None:
    return None if name is None else re.sub(r"^([A-Z])\.(?=\w)", r"\1. ", name)


def test_village_comma_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [(_spaced(p.canonical), p.org) for p in record.entities if p.label == "PERSON"]
        if found != [(case["person"], case["org"])]:
            wrong.append((case["text"], found))
    assert wrong == []
    assert {case["class"] for case in cases} == {
        "initial after comma",
        "district name closes",
        "name opener after post",
        "village section",
    }
