"""A national body's short form written for a region's own office (``field_offices.py``,
``gazetteer.py``; ``tests/data/regshort_cases.jsonl``, sentences written for this test).

A council's short form (a body with no regional branch of that form, "DKPP": Dewan
Kehormatan Penyelenggara Pemilu) after the head's post, which a council never has, or after
a sub-unit's title and field, and before a region with or without its kind ("Kepala DKPP
Kampar", "Kabid Prasarana DKPP Kabupaten X"), is that region's office (there a Dinas
Ketahanan Pangan dan Perikanan or the like); after "Sekretaris" only before the region's
kind. The council's own posts stay the council's ("Ketua DKPP Nama", "Ketua DKPP RI Nama").

A regional secretariat's short form that is also the Cabinet Secretariat's ("Setkab": Sekretariat
Kabupaten) before a region's name, alone or after its kind, is that region's secretariat
("Kabag Hukum Setkab Kampar Nama": ``lexicons/org_vetoes.tsv``, "@region"); before "RI" or a
name it stays the Cabinet's.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "regshort_cases.jsonl")


def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor) -> None:
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, CASES, mention_outcome) if not ok]
    assert wrong == []
