"""Organisations of units named before a region that are no office of the region's
government: sentences written for these tests (``tests/data/unitorgs_cases.jsonl``), all
extracted in one batch.

- ``council_body``: a parliament's named or numbered body before a region ("Badan Anggaran
  Kota X", "Komisi II X") is that region's council's: its officials belong to the DPRD;
- ``regional_office``: a regional office named with "Badan" before its region stays the
  region's government's, also when a ministry bears its name and "Nasional";
- ``national_office``: "Badan X" before a region, where "Badan X Nasional" is a national
  agency or body ("Badan Narkotika Kabupaten X"), is that body's office in the region;
- ``party_board``: a party's board before a region ("DPD Demokrat Jawa Barat") is never the
  region's government's: its officers get the party when the party is known, else none;
- ``court``: a court named by a known seat alone ("Pengadilan Kendal") is a court under the
  Mahkamah Agung; other words after "Pengadilan" ("Pengadilan Rakyat") name no court.

``person`` is the expected PERSON's canonical, ``org`` its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "unitorgs_cases.jsonl"


def test_unit_organisation_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [(p.canonical, p.org) for p in record.entities if p.label == "PERSON"]
        if found != [(case["person"], case["org"])]:
            wrong.append((case["mention"], found))
    assert wrong == []
    classes = {case["class"] for case in cases}
    assert classes == {
        "council_body",
        "regional_office",
        "national_office",
        "party_board",
        "court",
    }
