"""A regional office's technical unit (UPTD, ``lexicons/org_units.tsv``) named after its
field and its region, on mentions written for this test (``data/uptd_region_cases.jsonl``):
"Kepala UPTD PPA Kabupaten X, Nama", "Kepala UPTD Pengelolaan Pasar Kota X Nama" give the
holder the region's government; a Samsat UPTD named after a regency is the province's (the
vehicle tax is provincial). Negative row: a UPTD written with no region gives no organisation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "uptd_region_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_uptd_with_region(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 5
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_uptd_without_region(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_org")]
    assert rows
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], None), (case["mention"], got)
