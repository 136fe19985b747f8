"""Ministries' echelon-I officials added by the echelon1c lane (``offices.jsonl``: the
ministry secretaries of PANRB and PPPA; ``holders.jsonl``: terms of directors-general,
inspectors-general and ministry secretaries of the ministries the news names most, each
line's ``note`` naming its pages), on mentions and titles written for this test
(``data/echelon1c_holder_cases.jsonl``): a title and a name (full, short, an alias, a spelling
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

CASES = load_cases(Path(__file__).parent / "data" / "echelon1c_holder_cases.jsonl")
LANE = "echelon1c lane (issue 18, ministries' echelon-I officials)"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 7
    for holder in lines:
        assert "source:" in holder["note"] or "page" in holder["note"], holder
        assert holder["end"] is not None and holder["start"] <= holder["end"], holder


def test_the_lane_offices_take_the_ministry_and_its_written_forms() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    assert len(offices) >= 2
    for office in offices:
        assert office["role"] == "Sekretaris Kementerian" and office["org"], office
        assert any(t.startswith("Sekretaris Kementerian ") for t in office["titles"]), office
        assert any(t.startswith("Sesmen ") for t in office["titles"]), office


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Dirjen Pendis Ahmad Fauzi", "2017-03-06"),
        ("Dirjen Bimas Kristen Yohanes Manurung", "2019-06-03"),
        ("Dirjen Kebudayaan Budi Santoso", "2022-06-01"),
        ("Dirjen PAUD dan Dikmas Agus Hermawan", "2016-06-01"),
        ("Dirjen Yankes Kemenkes Andi Pratama", "2019-06-03"),
        ("Dirjen HAM Kemenkumham Rudi Hartono", "2022-06-01"),
        ("Dirjen IKMA Kemenperin Sri Wahyuni", "2022-06-01"),
        ("Sesmen BUMN Agus Setiawan", "2017-03-06"),
        ("Sesmen PANRB Budi Santoso", "2022-07-16"),
        ("Dirjen Bimas Islam Ahmad Syarifuddin", "2025-06-02"),
        ("Irjen Kementan Hendra Kusuma", "2022-06-01"),
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
        ("Dirjen Kebudayaan", "2022-06-01", "Hilmar Farid"),
        ("Dirjen Pendis", "2016-06-01", "Kamaruddin Amin"),
        ("Dirjen Pendis", "2019-06-03", "Kamaruddin Amin"),
        ("Dirjen Bimas Islam", "2022-06-01", "Kamaruddin Amin"),
        ("Dirjen Bimas Kristen", "2019-06-03", "Thomas Pentury"),
        ("Dirjen Bimas Buddha", "2019-06-03", "Caliadi"),
        ("Dirjen Dikdasmen", "2016-06-01", "Hamid Muhamad"),
        ("Dirjen PAUD dan Dikmas", "2016-06-01", "Harris Iskandar"),
        ("Dirjen Yankes", "2016-06-01", "Bambang Wibowo"),
        ("Dirjen Yankes", "2019-06-03", "Bambang Wibowo"),
        ("Dirjen SDPPI", "2019-06-03", "Ismail"),
        ("Dirjen PP Kemenkumham", "2019-06-03", "Widodo Ekatjahjana"),
        ("Dirjen HAM", "2022-06-01", "Mualimin Abdi"),
        ("Sesmen BUMN", "2016-06-01", "Imam Aprianto Putro"),
        ("Irjen Kemendikbud", "2020-03-09", "Muchlis Rantoni Luddin"),
        ("Dirjen PHI dan Jamsos", "2016-06-01", "Haiyani Rumondang"),
        ("Dirjen Industri Agro", "2016-06-01", "Panggah Susanto"),
        ("Dirjen IKMA", "2019-06-03", "Gati Wibawaningsih"),
        ("Dirjen IKMA", "2022-06-01", "Reni Yanita"),
        ("Dirjen IKMA", "2025-06-02", "Reni Yanita"),
        ("Dirjen PDN", "2022-06-01", "Oke Nurwan"),
        ("Dirjen Bimas Islam", "2025-06-02", "Abu Rokhmad"),
        ("Dirjen Bimas Kristen", "2025-06-02", "Jeane Marie Tulung"),
        ("Dirjen Bimas Buddha", "2025-06-02", "Supriyadi"),
        ("Dirjen KSDAE", "2021-06-01", "Wiratno"),
        ("Dirjen PHL", "2024-07-01", "Dida Mighfar Ridha"),
        ("Sesmenko Perekonomian", "2024-12-02", "Susiwijono Moegiarso"),
        ("Dirjen SDPPI", "2022-06-01", "Ismail"),
        ("Dirjen Bina Marga", "2022-06-01", "Hedy Rahadian"),
        ("Irjen Kemendagri", "2025-02-17", "Sang Made Mahendra Jaya"),
        ("Irjen Kementan", "2022-06-01", "Jan Samuel Maringka"),
        ("Irjen KKP", "2019-06-03", "Muhammad Yusuf"),
        ("Irjen Kementerian ATR/BPN", "2022-06-01", "Sunraizal"),
        ("Irjen Kemendag", "2022-04-20", "Didid Noordiatmoko"),
        ("Dirjen PPI KLHK", "2016-06-01", "Nur Masripatin"),
        ("Dirjen Linjamsos", "2019-06-03", "Harry Hikmat"),
        ("Dirjen PFM", "2019-06-03", "Andi ZA Dulung"),
        ("Dirjen Pembangunan Daerah Tertinggal", "2019-06-03", "Samsul Widodo"),
        ("Dirjen PPMD", "2019-06-03", "Taufik Madjid"),
        ("Dirjen SDID", "2016-06-01", "Ali Ghufron Mukti"),
        ("Dirjen Kelembagaan Iptek dan Dikti", "2016-06-13", "Patdono Suwignjo"),
        ("Dirjen Penguatan Riset dan Pengembangan", "2017-06-01", "Muhammad Dimyati"),
        ("Dirjen Rehsos", "2019-06-03", "Edi Suharto"),
        ("Dirjen Pemberdayaan Sosial", "2019-12-02", "Pepen Nazaruddin"),
        ("Dirjen Rehabilitasi Sosial", "2022-10-03", "Pepen Nazaruddin"),
        ("Dirjen Farmalkes", "2025-06-02", "Lucia Rizka Andalusia"),
        ("Dirjen Bimas Hindu", "2023-06-01", "I Nengah Duija"),
        ("Dirjen Bimas Katolik", "2024-06-03", "Suparman"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(title: str, day: str, holder: str) -> None:
    found = resolve_title(title, dt.date.fromisoformat(day))
    assert found is not None and found[0] == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the day of the decree that dismissed the four Dirjen Bimas of December 2021
        ("Dirjen Bimas Kristen", "2021-12-06"),
        ("Dirjen Bimas Buddha", "2021-12-06"),
        # the day the decree removing the BUMN ministry's secretary was signed
        ("Sesmen BUMN", "2019-11-18"),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: str) -> None:
    assert resolve_title(title, dt.date.fromisoformat(day)) is None
