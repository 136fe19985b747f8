"""National bodies' vertical offices named after a place the gazetteer knows, on mentions
written for this test (``data/natunit_cases.jsonl``): a place whose name opens with the last
words of the office's head (``components/command_bodies.py``: "Balai Taman Nasional" + the
park "Taman Nasional Ujung Kulon", "Balai Besar Wilayah Sungai" + the river "Sungai Brantas"),
and a customs office named after a place that is no region ("Bea Cukai Madura": an island;
``command_units.tsv`` kind place_known) as well as after a city ("Bea Cukai Cilegon"), and
port authorities by their names in PM 36/2012 ("Kantor Kesyahbandaran dan Otoritas Pelabuhan
Kelas II X", "Kantor Otoritas Pelabuhan Utama X"), and a ministry's name with its acronym in
title case ("Kementerian Hukum dan Ham"). The
office's head belongs to its ministry on the published date. A field written in lower case
after its lower-case opener ("Juru Bicara bidang penindakan KPK":
``title_parts.lower_field_end``) reaches the body after it; a relative clause there ("bidang
yang menangani") is no field. Negative rows keep no organisation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "natunit_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_office_named_over_its_head(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 14
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_place_alone_no_office(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_org")]
    assert len(rows) >= 2
    for case, record in rows:
        person = longest_person(record, case["mention"])
        assert person is not None and person.canonical == case["person"], case["mention"]
        assert person.org is None, (case["mention"], person.org)
