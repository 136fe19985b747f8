"""Officials of state companies and their subsidiaries, a subsidiary's name written after the
holding's short name ("Pertamina Patra Niaga", "PLN IP", "KAI Commuter"): sentences written
for these tests (``tests/data/subsidiary_cases.jsonl``), all extracted in one batch.

- ``subsidiary then name``: the subsidiary's name is the organisation's, never the first
  words of the holder's name ("Patra Niaga Budi Hartono" read as a person before);
- ``holding then name``: the holding's own officials keep the holding;
- ``region by an island's part``: a company region named by an island's part ("Regional
  Jawa Bagian Tengah") is the post's, the holder's name comes after it;
- ``board of commissioners``: "Komisaris Utama", "Wakil Komisaris Utama", "Komisaris
  Independen" before a company are the company's posts;
- ``police rank, no board``: "Komisaris Polisi" stays a rank, no post;
- ``legal form with a dot``: "PT." written before a company's short name is its name's.

``person`` is the expected PERSON's canonical, ``org`` its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "subsidiary_cases.jsonl"


def test_subsidiary_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "subsidiary then name",
        "holding then name",
        "region by an island's part",
        "board of commissioners",
        "police rank, no board",
        "legal form with a dot",
    }
