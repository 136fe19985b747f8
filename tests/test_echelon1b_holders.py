"""Ministries' echelon-I officials added by the echelon1b lane (``offices.jsonl``: the
secretaries-general and inspectors-general of the ministries of its half; ``holders.jsonl``:
terms of secretaries-general, directors-general and agency heads, each line's ``note`` naming
its pages), on mentions and titles written for this test
(``data/echelon1b_holder_cases.jsonl``): a title and a name (full, short, an alias, a spelling
one letter off) give the holder's full name, the role and the ministry; a bare title names the
holder of the day and nobody outside the terms the pages confirm; an unknown name after a
title is not linked to the holder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import extract_cases, gazetteer_lines, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title

CASES = load_cases(Path(__file__).parent / "data" / "echelon1b_holder_cases.jsonl")
LANE = "echelon1b lane (issue 18, ministries' echelon-I officials)"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 30
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is not None and holder["start"] <= holder["end"], holder


def test_the_lane_offices_take_the_ministry_and_its_written_forms() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    assert len(offices) >= 25
    heads = {
        "Sekretaris Jenderal": "Sekjen ",
        "Inspektur Jenderal": "Irjen ",
        "Sekretaris Kementerian": "Sesmen ",
    }
    for office in offices:
        short = heads[office["role"]]
        assert office["org"], office
        assert any(t.startswith(office["role"] + " Kementerian ") for t in office["titles"])
        assert any(t.startswith(short) for t in office["titles"]), office


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Sekjen ESDM Hendra Wijaya", "2019-06-03"),
        ("Dirjen Migas Agus Prasetyo", "2018-10-01"),
        ("Dirjen Perkebunan Hendro Susilo", "2023-03-01"),
        ("Dirjen PKH Bambang Wijaya", "2025-02-03"),
        ("Sekjen Kementan Rudi Setiawan", "2016-10-03"),
        ("Sekjen KKP Dedi Kurniawan", "2019-06-03"),
        ("Irjen Kemenhub Heru Santoso", "2018-06-04"),
        ("Dirjen Perumahan Agus Salim", "2023-02-06"),
        ("Sekjen KLHK Hendra Gunawan", "2018-03-05"),
        ("Dirjen Gakkum KLHK Andi Wijaya", "2021-03-01"),
        ("Dirjen Perikanan Tangkap Joko Susilo", "2022-09-05"),
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
        ("Sekjen ESDM", "2019-06-03", "Ego Syahrial"),
        ("Dirjen Migas", "2016-06-01", "I Gusti Nyoman Wiratmaja Puja"),
        ("Dirjen Migas", "2018-10-01", "Djoko Siswanto"),
        ("Dirjen Migas", "2020-05-04", "Ego Syahrial"),
        ("Dirjen Perkebunan", "2023-03-01", "Andi Nur Alam Syah"),
        ("Dirjen PSP", "2024-08-10", "Andi Nur Alam Syah"),
        ("Dirjen PKH", "2016-02-01", "Muladno Basar"),
        ("Kepala BPPSDMP", "2016-02-01", "Pending Dadih Permana"),
        ("Sekjen Kementan", "2016-10-03", "Hari Priyono"),
        ("Sekjen KKP", "2016-06-01", "Sjarief Widjaja"),
        ("Irjen Kemenhub", "2019-06-03", "Cris Kuntadi"),
        ("Sekjen Kemhan", "2022-06-01", "Donny Ermawan Taufanto"),
        ("Dirjen Perumahan", "2022-06-01", "Iwan Suprijanto"),
        ("Dirjen Hortikultura", "2019-06-03", "Suwandi"),
        ("Sekjen KLHK", "2016-06-01", "Bambang Hendroyono"),
        ("Dirjen Gakkum KLHK", "2022-06-01", "Rasio Ridho Sani"),
        ("Sekjen Kementerian ATR/BPN", "2019-06-03", "Himawan Arief Sugoto"),
        ("Dirjen SDA", "2022-06-01", "Jarot Widyoko"),
        ("Dirjen Perikanan Tangkap", "2022-06-01", "Muhammad Zaini Hanafi"),
        ("Sekjen Kemhan", "2019-06-03", "Agus Setiadji"),
        ("Sekjen PUPR", "2016-06-01", "Taufik Widjojono"),
        ("Dirjen Bina Marga", "2016-06-01", "Hediyanto W. Husaini"),
        ("Dirjen SDA", "2016-06-01", "Mudjiadi"),
        ("Sekjen PUPR", "2019-06-03", "Anita Firmanti Eko Susetyowati"),
        ("Dirjen Cipta Karya", "2019-06-03", "Danis H. Sumadilaga"),
        ("Dirjen PHL", "2022-06-01", "Agus Justianto"),
        ("Sekjen Kementan", "2022-06-01", "Kasdi Subagyono"),
        ("Dirjen Hubud", "2022-06-01", "Novie Riyanto Rahardjo"),
        ("Dirjen Hubud", "2016-06-01", "Suprasetyo"),
        ("Dirjen Ketenagalistrikan", "2016-06-01", "Jarman"),
        ("Dirjen Perikanan Tangkap", "2025-06-02", "Lotharia Latif"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(title: str, day: str, holder: str) -> None:
    found = resolve_title(title, dt.date.fromisoformat(day))
    assert found is not None and found[0] == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # between Ego Syahrial's move to the secretariat and Djoko Siswanto's oath
        ("Dirjen Migas", "2018-01-15"),
        # after Achmad Muchtasyar's deactivation of 2025-02-10, before Laode Sulaeman's oath
        ("Dirjen Migas", "2025-05-05"),
        # the day before the 2024 Kementan intake: no page dates the PSP head of that day
        ("Dirjen PSP", "2024-08-08"),
        # between Antam Novambar's acting days of February 2020 and the pages of November
        ("Sekjen KKP", "2020-06-01"),
        # the Kementerian Kehutanan's inspectorate before the one dated page
        ("Irjen Kemenhut", "2025-06-02"),
        # PUPR's 2016 intake: the retiring Sekjen's last day is the eve of the
        # swearing-in of 21 September; the 22nd is the first stored day of his successor
        ("Sekjen PUPR", "2016-09-21"),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: str) -> None:
    assert resolve_title(title, dt.date.fromisoformat(day)) is None


def test_the_acting_head_ends_the_day_before_the_definitive_oath() -> None:
    # Bay Mokhamad Hasani acted from 24 August 2017 until Agus H. Purnomo's oath of
    # 3 November 2017 (test_echelon_holder_terms had the eve as a vacancy)
    eve = resolve_title("Dirjen Hubla", dt.date(2017, 11, 2))
    assert eve is not None and eve[:2] == (
        "Bay Mokhamad Hasani",
        "Pelaksana Tugas Direktur Jenderal Perhubungan Laut",
    )
    oath = resolve_title("Dirjen Hubla", dt.date(2017, 11, 3))
    assert oath is not None and oath[0] == "Agus H. Purnomo"
