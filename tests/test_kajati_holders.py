"""Heads of the high prosecutor offices (Kajati), the Kejaksaan Agung's spokesperson
(Kapuspenkum) and Jaksa Agung Muda terms added by the kajati lane (``offices.jsonl`` and
``holders.jsonl`` lines; each line's ``note`` names its pages), on mentions and titles written for
this test (``data/kajati_holder_cases.jsonl``): a title and a name (short, a spelling off) give the
holder's full name, the role and the Kejaksaan Agung; a bare title names the holder of the day
and nobody outside the days the pages confirm; an unknown name, or another province's holder,
after a title held that day is not linked to the holder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import (
    extract_cases,
    gazetteer_lines,
    holder_name,
    judge_cases,
    load_cases,
    mention_outcome,
)
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "kajati_holder_cases.jsonl")
LANE = "kajati lane (issue 18"
# the fused form the Medan press writes for the Kajati of Sumatera Utara
KAJATI_TITLES = ("Kajati ", "Kepala Kejati ", "Kepala Kejaksaan Tinggi ", "Kajatisu")


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(LANE)]
    assert len(lines) >= 25
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["start"] is not None and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"], holder


def test_a_kajati_office_per_province_as_the_pattern_names_it() -> None:
    provinces = {
        r["canonical"] for r in gazetteer_lines("regions.jsonl") if r["kind"] == "province"
    }
    offices = [
        o
        for o in gazetteer_lines("offices.jsonl")
        if o.get("note", "").startswith(LANE) and o["id"].startswith("kajati-")
    ]
    assert len(offices) == 34
    for office in offices:
        province = office["role"].removeprefix("Kepala Kejaksaan Tinggi ")
        assert province in provinces, office
        assert office["org"] == "kejagung", office
        assert all(t.startswith(KAJATI_TITLES) for t in office["titles"]), office
        assert f"Kajati {province}" in office["titles"], office


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("text", "org_span", "canonical"),
    [
        (
            "Kepala Kejati Jateng Suarnawan meninjau lokasi.",
            "Kejati Jateng",
            "Kejaksaan Tinggi Jawa Tengah",
        ),
        ("Kepala Kejati Bali Sumedana hadir.", "Kejati Bali", "Kejaksaan Tinggi Bali"),
    ],
)
def test_the_kejati_stays_the_pattern_s_organisation(
    extractor: Extractor, text: str, org_span: str, canonical: str
) -> None:
    record = extractor.extract(text, published="2024-05-02")
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs.get(org_span) == canonical
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Kejaksaan Agung"]


@pytest.mark.parametrize(
    ("mention", "day", "holder"),
    [
        ("Kajati Jatim Andi Saputra", "2023-08-01", "Mia Amiati"),
        ("Kajati Bali Hendra Wijaya", "2024-05-01", "I Ketut Sumedana"),
        ("Kajati Sumut Idris", "2024-06-01", "Idianto"),
        ("Kapuspenkum Kejagung Budi Hartono", "2025-06-01", "Harli Siregar"),
        # another province's Kajati after the title of a province held that day
        ("Kajati Jabar Mia Amiati", "2024-10-01", "Katarina Endang Sarwestri"),
        ("Kajati Bali Katarina", "2024-10-01", "I Ketut Sumedana"),
        ("Kajati Banten Akmal Abbas", "2023-11-26", "Didik Farkhan Alisyahdi"),
    ],
)
def test_an_unknown_or_other_name_after_the_title_is_not_the_holder(
    extractor: Extractor, mention: str, day: str, holder: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert all(p.canonical != holder and p.matched != "fuzzy" for p in people)
    assert all(p.role is None or not p.role.startswith("Kepala Kejaksaan Tinggi") for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kajati Jatim", "2023-08-01", "Mia Amiati"),
        ("Kapuspenkum Kejagung", "2024-01-10", "I Ketut Sumedana"),
        ("Kajati Bali", "2024-02-05", "Narendra Jatna"),
        ("Kajati Bali", "2024-02-06", "I Ketut Sumedana"),
        ("Kepala Kejaksaan Tinggi Sumatera Utara", "2025-07-22", "Harli Siregar"),
        ("Kapuspenkum", "2025-07-13", "Harli Siregar"),
        ("Jambin", "2022-06-01", "Bambang Sugeng Rukmono"),
        ("Kepala Kejati Jabar", "2024-12-01", "Katarina Endang Sarwestri"),
        ("Kajati Sulsel", "2025-01-02", "Agus Salim"),
        ("Kajati Riau", "2024-01-02", "Akmal Abbas"),
        ("Kajati Riau", "2025-06-01", "Akmal Abbas"),
        ("Kajati Sultra", "2025-01-21", "Hendro Dewanto"),
        ("Kajati Banten", "2022-06-01", "Leonard Eben Ezer Simanjuntak"),
        ("Kajati Jatim", "2019-06-01", "Sunarta"),
        ("Kajati Sulsel", "2018-12-01", "Tarmizi"),
        ("Kajati Sumut", "2025-06-01", "Idianto"),
        ("Kajati Kepri", "2025-06-01", "Teguh Subroto"),
        ("Kajati DKI", "2024-11-01", "Patris Yusrian Jaya"),
        ("Kajati Sumbar", "2025-06-01", "Yuni Daru Winarsih"),
        ("Kajati Sumbar", "2024-06-01", "Asnawi"),
        ("Kajati DKI", "2016-06-01", "Sudung Situmorang"),
        ("Kajati DKI", "2017-06-01", "Tony T. Spontana"),
        ("Kajati Jateng", "2025-01-02", "Ponco Hartanto"),
        ("Kajati Kaltara", "2025-06-01", "Amiek Mulandari"),
    ],
)
def test_a_bare_title_names_the_holder_of_the_day(title: str, day: str, holder: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Kajati Jatim", "2025-01-10"),
        ("Kapuspenkum Kejagung", "2025-08-01"),
        ("Kajati Sumut", "2025-07-10"),
        ("Kajati Jabar", "2023-01-01"),
        ("Jambin", "2025-06-01"),
    ],
)
def test_nobody_outside_the_confirmed_terms(title: str, day: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) is None
