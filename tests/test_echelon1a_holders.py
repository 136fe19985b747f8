"""Ministries' echelon-I officials added by the echelon1a lane (``offices.jsonl`` lines for
secretaries-general and inspectors-general, ``holders.jsonl`` terms; each line's ``note`` names
its pages), on mentions and titles written for this test (``data/echelon1a_holder_cases.jsonl``):
a title and a name (full, short, a spelling one letter off) give the holder's full name, the
role on the date (an acting term's role with its prefix) and the ministry; a bare title names the
holder of the day and nobody outside the terms the pages confirm; an unknown name after a title
is not linked to the holder."""

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

CASES = load_cases(Path(__file__).parent / "data" / "echelon1a_holder_cases.jsonl")
LANE = "echelon1a lane (issue 18, ministries' echelon-I officials)"
# each lane office's role, and the forms its titles open with
ROLES = {
    "Sekretaris Jenderal": ("Sekretaris Jenderal", "Sekjen"),
    "Inspektur Jenderal": ("Inspektur Jenderal", "Irjen"),
    "Sekretaris Kementerian": ("Sekretaris Kementerian", "Sekretaris Kemen", "Sesmen", "Seskemen"),
}


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(LANE)]
    assert len(lines) >= 30
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["start"] is not None and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"], holder


def test_the_lane_offices_are_a_ministry_s_secretariat_or_inspectorate() -> None:
    ministries = {
        o["id"]
        for o in gazetteer_lines("organizations.jsonl")
        if o["kind"] in ("ministry", "coordinating_ministry")
    }
    offices = [o for o in gazetteer_lines("offices.jsonl") if o.get("note", "").startswith(LANE)]
    assert len(offices) >= 7
    for office in offices:
        assert office["org"] in ministries, office
        assert office["role"] in ROLES, office
        assert all(t.startswith(ROLES[office["role"]]) for t in office["titles"]), office


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Sekjen Kemendagri Budi Hartono", "2021-05-05"),
        ("Dirjen Keuda Kemendagri Dedi Kurniawan", "2023-05-05"),
        ("Dirjen Otda Kemendagri Andi Saputra", "2017-05-05"),
        ("Irjen Kemendagri Hendra Wijaya", "2024-05-05"),
        ("Sekjen Kemnaker Bambang Hermawan", "2022-05-05"),
        ("Sekjen Kemensos Agus Salim", "2017-05-05"),
        ("Sesmenpora Andi Saputra", "2019-05-05"),
    ],
)
def test_an_unknown_name_after_the_title_is_not_the_holder(
    extractor: Extractor, mention: str, day: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    # kept as written (or not read as a person): never the holder of the day
    assert all(p.canonical == p.text and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Sekjen Kemendagri", "2021-06-01", "Muhammad Hudori"),
        ("Sekjen Kemendagri", "2021-10-26", "Suhajar Diantoro"),
        ("Sekjen Kemendagri", "2025-06-02", "Tomsi Tohir"),
        ("Irjen Kemendagri", "2024-06-03", "Tomsi Tohir"),
        ("Dirjen Polpum", "2016-06-01", "Soedarmo"),
        ("Dirjen Polpum", "2022-06-01", "Bahtiar Baharuddin"),
        ("Dirjen Otda", "2018-06-01", "Soni Sumarsono"),
        ("Dirjen Otda", "2019-06-03", "Akmal Malik"),
        ("Dirjen Keuda", "2024-06-03", "Agus Fatoni"),
        ("Sekjen Kemensos", "2017-12-28", "Harry Z. Soeratin"),
        ("Sekjen Kemensos", "2017-12-29", "Hartono Laras"),
        ("Sekjen Kemnaker", "2022-06-01", "Anwar Sanusi"),
        ("Sekjen Kemenkeu", "2025-06-02", "Heru Pambudi"),
        ("Dirjen Perimbangan Keuangan", "2019-06-03", "Astera Primanto Bhakti"),
        ("Sesmenpora", "2021-10-31", "Gatot Sulistiantoro Dewa Broto"),
        ("Sekjen Kemenkumham", "2022-06-01", "Andap Budhi Revianto"),
        ("Sekjen Kemenkes", "2021-08-08", "Oscar Primadi"),
        ("Sekjen Kemenkes", "2021-08-09", "Kunta Wibawa Dasa Nugraha"),
    ],
)
def test_a_bare_title_names_the_holder_of_the_day(title: str, day: str, holder: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Sekjen Kemendagri", "2021-10-25"),
        ("Sekjen Kemendagri", "2020-03-22"),
        ("Irjen Kemendagri", "2023-11-30"),
        ("Dirjen Polpum", "2019-10-02"),
        ("Dirjen Keuda", "2022-03-09"),
        ("Sekjen Kemnaker", "2020-08-27"),
        ("Sekjen Kemensos", "2018-12-29"),
        ("Dirjen Perimbangan Keuangan", "2018-06-25"),
        ("Sesmenpora", "2021-11-01"),
        ("Sekjen Kemenkumham", "2021-03-09"),
    ],
)
def test_nobody_outside_the_confirmed_terms(title: str, day: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) is None
