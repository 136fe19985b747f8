"""Police and military central posts (``data/armsposts_cases.jsonl``, mentions written for this
test): a unit's name closed by its number or Roman numeral and then a name of two words
("Kadensus 88 Nama Nama", "Pangkoarmada II Nama Nama") keeps the name whole; a seat or an
epithet before a rank or before a longer name stays the unit's; Polri's divisions are read
from their short forms fused or apart ("Kadivkum", "Kadiv Hubinter", "Kadivtik"), while a
division written out ("Kepala Divisi Hukum") may be any body's and gives no organisation; the
TNI's central bodies whose short form no other body has are read without "TNI" ("Kabais").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import assert_longest_people, extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "armsposts_cases.jsonl")
KINDS = ("number_name", "seat_kept", "division", "written_out", "tni_body")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


@pytest.mark.parametrize("kind", KINDS)
def test_armsposts_kind(kind: str, records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c["kind"] == kind]
    assert len(rows) >= 2
    assert_longest_people(rows)
