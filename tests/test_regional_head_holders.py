"""Mayors, vice mayors, regents and vice regents outside the provincial capitals
(``holders.jsonl``, the offices whose ``note`` names a province and "regional head"), on a
table of mentions written for these tests (``data/regional_head_holder_cases.jsonl``): a title
and a name as the press writes it (full, short, nickname, a spelling one letter off) give the
holder's full name, the role on the date (an acting term names its post) and the regional
government; a name after the title outside the holder's term is not linked to anyone.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import gazetteer_lines, load_cases
from pmk_extract import Extractor
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people

CASES = load_cases(Path(__file__).parent / "data" / "regional_head_holder_cases.jsonl")


def test_the_table_covers_what_it_claims() -> None:
    assert len(CASES) >= 30
    assert sum(1 for c in CASES if c.get("matched") == "fuzzy") >= 3
    assert sum(1 for c in CASES if c["canonical"] is None) >= 3


def _block() -> list[dict[str, Any]]:
    return [o for o in gazetteer_lines("offices.jsonl") if "regional head" in o.get("note", "")]


def test_every_office_belongs_to_a_region_of_its_province() -> None:
    parents = {
        (e.kind, e.canonical): e.parent
        for e in default_kb().entries
        if e.label == "LOC" and e.kind in ("city", "regency")
    }
    offices = _block()
    assert len(offices) >= 50
    for office in offices:
        province = office["note"].split(";")[0]
        city = office["role"].startswith(("Wali Kota ", "Wakil Wali Kota "))
        if city:
            region = ("city", office["role"].split(" Kota ", 1)[1])
        else:
            region = ("regency", "Kabupaten " + office["role"].split("Bupati ", 1)[1])
        assert parents.get(region) == province, office["id"]
        slug = office["id"].removeprefix("wakil-").split("-", 1)[1]
        assert office["org"] == ("pemkot-" if city else "pemkab-") + slug, office["id"]
        assert office["role"] in office["titles"], office["id"]


def test_every_term_of_the_block_names_its_source() -> None:
    ids = {o["id"] for o in _block()}
    terms = [h for h in default_people().holders if h.office in ids]
    assert len(terms) >= 70
    notes = {
        (obj["office"], obj["name"], obj["start"]): obj.get("note", "")
        for obj in gazetteer_lines("holders.jsonl")
    }
    for term in terms:
        start = term.start.isoformat() if term.start else None
        assert "source: " in notes[(term.office, term.name, start)], (term.office, term.name)


@pytest.mark.parametrize(
    ("text", "published", "written", "region"),
    [
        # a regency's head: the place in the title is the regency, though the bare name is
        # the city of the same name
        ("Bupati Malang Sanusi meninjau jalan rusak.", "2020-01-20", "Malang", "Kabupaten Malang"),
        ("Wakil Bupati Kediri Dewi Mariya Ulfa hadir.", "2025-05-01", "Kediri", "Kabupaten Kediri"),
        ("Bupati Bogor Rudy Susmanto hadir.", "2025-05-01", "Bogor", "Kabupaten Bogor"),
        # a city's head: the city
        ("Wali Kota Malang Sutiaji meninjau jalan.", "2020-01-20", "Kota Malang", "Malang"),
        # no head's title: the bare name keeps the city
        ("Gubernur Jawa Barat hadir di Bekasi.", "2025-05-01", "Bekasi", "Bekasi"),
    ],
)
def test_the_place_in_a_head_title_is_the_governed_region(
    extractor: Extractor, text: str, published: str, written: str, region: str
) -> None:
    record = extractor.extract(text, published=published)
    places = {e.text: e.canonical for e in record.entities if e.label == "LOC"}
    assert places.get(written) == region
