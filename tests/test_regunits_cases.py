"""Officials of regional government offices written by the short forms and field acronyms of
the Permendagri nomenclature that the press uses beyond the common ones (issue 18): sentences
and names written for this test (``tests/data/regunits_cases.jsonl``), one row per office x
province, regency or city x way of writing it ("Dindik", "DPUPR", "DPM-PTSP", "Dinkop UKM",
"BRIDA"/"Brida", "Dinas PU", "Dinas P3A", ...), with rows where no region is written (no
organisation) and national or non-government bodies with a region (their own organisation).

A row's mention is put in a neutral sentence; the PERSON found in it must carry the expected
name and organisation, and the expected role when the row gives one. A wrong organisation is
worse than none: no row may get an organisation other than the expected one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "regunits_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_table_covers_the_family() -> None:
    cases = load_cases(CASES)
    assert {"province", "regency", "city", "none"} <= {c["place"] for c in cases}
    assert sum(c["org"] is None for c in cases) >= 3
    assert sum(not str(c["org"]).startswith("Pemerintah ") for c in cases) >= 6


def test_every_row_right(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [case["mention"] for case, ok, _ in outcomes if not ok]
    assert misses == []


def test_no_wrong_organisation(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    wrong = [(case["mention"], org) for case, _, org in outcomes if org is not None]
    assert wrong == []


def test_named_hospital_gives_no_wrong_person(extractor: Extractor) -> None:
    """A hospital named after a person with nothing between its name and the next name
    ("RSUD Dr. Harun Wijaya Budi Lestari"): no PERSON holds the honoured name."""
    text = "Direktur RSUD Dr. Harun Wijaya Rina Lestari memberikan keterangan kepada wartawan."
    record = extractor.extract(text)
    people = [e.canonical for e in record.entities if e.label == "PERSON"]
    assert not any("Harun" in str(name) for name in people)
    hospital = [e for e in record.entities if e.label == "ORG" and e.text.startswith("RSUD")]
    assert hospital and hospital[0].text.startswith("RSUD Dr. Harun Wijaya")


def test_council_secretary_belongs_to_the_region(extractor: Extractor) -> None:
    """The council's own secretary ("Sekretaris DPRD X") heads its secretariat, a
    regional-government apparatus, like the posts inside it: the region's government."""
    mention = "Sekretaris DPRD Kota Blitar Heru Prasetyo"
    record = extractor.extract(mention + " memberikan keterangan kepada wartawan.")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Pemerintah Kota Blitar"]
