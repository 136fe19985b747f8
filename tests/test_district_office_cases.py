"""Offices of a regency or city named after one of its districts (``regional_posts.
district_office``, ``lexicons/district_offices.txt``; ``tests/data/district_office_cases.jsonl``,
sentences written for this test).

- "Kepala Puskesmas <district>" with or without a comma before the name, with "Kecamatan"
  before the district or a number after it, is the health centre of that district's regency
  or city: the district's name ends the office's name and gives the government; in Jakarta,
  whose cities are administrative, the province's;
- a district's name several regencies share names none of them unless the text names one;
  a name no district has (a village's health centre) gives no organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "district_office_cases.jsonl")


def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor) -> None:
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, CASES, mention_outcome) if not ok]
    assert wrong == []


def test_a_shared_district_takes_the_regency_the_text_names(extractor: Extractor) -> None:
    text = (
        "Dinas Kesehatan Kabupaten Ciamis menggelar vaksinasi. "
        "Kepala Puskesmas Sukadana, Wayan Arsana, mengatakan stok vaksin cukup."
    )
    record = next(
        iter(extractor.extract_many([{"id": "1", "text": text, "published": "2024-03-11"}]))
    )
    people = [e for e in record.entities if e.label == "PERSON" and e.canonical == "Wayan Arsana"]
    assert [p.org for p in people] == ["Pemerintah Kabupaten Ciamis"]
