"""Shared names (``tests/data/namesake_cases.jsonl``, sentences written for this test): names a
regency and a city share, written bare after a post (``components/namesakes.py``), and a known
person's one-word alias after an initial (``components/known_names.py``).

- the bare name is the regency when the text named the regency before it, by its government
  or in full, and not the city ("Pemkab X ... Sekda X Nama");
- or when the dateline's place is a district of the regency ("MARTAPURA - ... DPRD Banjar") or
  lies in the regency's province where the city's is another ("BANJARMASIN");
- the city stays where the text names the city, or the dateline lies in it;
- an initial that opens none of a known person's names, before that person's one-word alias,
  makes the name another person's ("AKP M. Basuki"); their own initial does not ("M. Tito");
- a sentence's first word that is a word of a known person's name goes on into a known one-word
  alias after it ("Budi Prasetyo mengatakan"); a sentence opener does not ("Sementara Prasetyo").
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "namesake_cases.jsonl")


def test_a_bare_shared_name_is_the_region_the_text_settles(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, CASES) == []
