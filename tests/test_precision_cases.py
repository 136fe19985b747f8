"""Institution and unit words that are never a person's name: sentences written for these
tests (``tests/data/precision_cases.jsonl``), all extracted in one batch.

- ``government``: a government's word, full or short ("Pemerintah", "Pemprov", "Pemkab",
  "Pemda": ``government_forms.txt``) after a post is the post's institution, not its holder;
- ``fusedarm``: a commander's title fused with its unit's base and an arm ("Danmenarmed":
  "Dan" + "men" + "armed", ``command_arms.tsv``) is a title, no name; a name opening with
  "Dan" stays a name;
- ``titlearm``: the arm of a command title written apart ("Danyon Armed 9") is the title's,
  no person;
- ``secretariat``: a head of state's or a named office's title right after a unit word
  ("Sekretariat Wapres": ``org_units.tsv`` kind ``unit``) names the
  unit's owner: the name after it holds no Vice President's post;
- ``villagecompass``: a compass word after a village's name ("Cibodas Utara") closes the
  village's name and opens no holder's name;
- ``battalion``: a battalion's or brigade's bare number ("Danyonif 731 Nama") is followed by
  its commander's name, as such units are named after a slash only; a territorial command's
  number is followed by its seat ("Danramil 3 Cikalong Nama");
- ``bodyhead``: the first word of a body's head of ``command_units.tsv`` ("Stasiun") opens
  no person's name, in the recogniser's names nor in the slot after a post.

``person`` is the only PERSON's expected canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "precision_cases.jsonl"


def test_precision_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "government",
        "fusedarm",
        "titlearm",
        "secretariat",
        "villagecompass",
        "battalion",
        "bodyhead",
    }


LOCAL = Path(__file__).parent / "data" / "precision_local_offices.jsonl"


def test_national_head_before_region(extractor: Extractor) -> None:
    """A national body's head title followed by a province, regency or city ("Kepala BPOM
    Kendari Nama") is the head of the body's office there, never the national head; a
    regional government's office before its region keeps its own reading."""
    cases = load_cases(LOCAL)
    found = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        people = [e for e in record.entities if e.label == "PERSON"]
        found.append([(p.canonical, p.org) for p in people])
        if case["role"] is not None:
            assert [p.role for p in people] == [case["role"]]
    assert found == [[(c["person"], c["org"])] for c in cases]
