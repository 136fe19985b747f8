"""A title's field and the names around it in lists of officials
(``tests/data/field_list_cases.jsonl``, sentences written for this test).

- a field written as a short form (``lexicons/abbreviations.tsv``: "Kesra", "Perindag",
  "Dikdas") right after a title or after "dan" closing a field belongs to the title, never
  to the name after it ("Asisten Pemerintahan dan Kesra Nama"); a title's or an office's
  short form ("Sekda") is no field;
- in what follows a title, a comma then a word no dictionary holds (a person's name) ends
  the field: the text lists people, each with their own post ("Kabid X, Nama, Ketua Tim Y
  Dinas Sosial, Nama Lain"), while a comma then dictionary words goes on with a list of
  fields ("Kepala Bidang Pencegahan, Kedaruratan dan Logistik BPBD X");
- a section head written before a regional parliament ("Kabag Persidangan DPRD X",
  "Kasubag Protokol DPRD Provinsi X") heads a section of the parliament's secretariat, an
  apparatus of the region's government (as the secretary): the organisation is that
  government; a commission's chair is a member, of the parliament.

Each text must give exactly the expected PERSON entities, with their roles and
organisations.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "field_list_cases.jsonl"


def test_every_text_gives_the_expected_people(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [[e.canonical, e.role, e.org] for e in record.entities if e.label == "PERSON"]
        if found != case["people"]:
            wrong.append((case["text"], found))
    assert wrong == []
