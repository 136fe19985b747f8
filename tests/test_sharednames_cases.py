"""A bare name a regency and a city share, under a dateline naming the regency's seat or a
town of it (``tests/data/sharednames_cases.jsonl``, sentences written for this test;
``components/namesakes.py``, pattern 3).

- a dateline naming the regency's seat town written unlike any district ("UNGARAN",
  "CARUBAN", "AROSUKA", "OELAMASI", "PELABUHANRATU": ``gazetteers/regency_seats.tsv``) or a
  town the gazetteer places in the regency ("CIKARANG", "SENTUL": ``gazetteers/places.jsonl``)
  makes a later bare "Kepala Dinas X Semarang" the regency's;
- a regency's kind word written before the name and left out of the entity, as all-capital
  datelines write it ("KAB SUKABUMI -"), names the regency; "KOTA SUKABUMI" the city;
- the shared name itself as the dateline ("SEMARANG"), the city named in the text before the
  post, or another regency's seat ("SANGATTA") leaves the gazetteer's city.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "sharednames_cases.jsonl")


def test_a_seat_or_town_dateline_settles_a_bare_shared_name(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, CASES) == []
