"""Regents, mayors and their vices of western Indonesia added by the headsw2 lane
(``holders.jsonl``, each line's ``note`` naming its pages; ``offices.jsonl`` for regencies and
cities that had no office line), on mentions and titles written for this test
(``data/headsw2_holder_cases.jsonl``): a title and a name (full, an alias, a spelling one letter
off) give the holder's full name, the role on the date and the regional government; a bare title
names the holder of the day, nobody outside the terms the pages confirm, and an unknown name after
a title is not linked to the holder."""

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

CASES = load_cases(Path(__file__).parent / "data" / "headsw2_holder_cases.jsonl")
LANE = "headsw2 lane (issue 18, regional heads of western"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 14
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder


def test_the_lane_offices_belong_to_their_regional_government() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if "(headsw2 lane" in o.get("note", "")]
    assert len(offices) >= 10
    for office in offices:
        kind = "pemkab-" if "Bupati" in office["role"] else "pemkot-"
        assert office["org"].startswith(kind), office
        assert office["role"] in office["titles"], office


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Bupati Bangka Barat Hendra Gunawan", "2022-05-05"),
        ("Bupati Belitung Agus Salim", "2020-05-05"),
        ("Wakil Bupati Bangka Andi Pratama", "2020-05-05"),
        ("Bupati Tuban Rahmat Sugiharto", "2018-05-05"),
        ("Bupati Magetan Wahyu Kuncoro", "2020-05-05"),
        ("Bupati Sarolangun Hendra Saputra", "2019-05-05"),
        ("Bupati Tulang Bawang Rudi Hartono", "2020-05-05"),
        ("Wali Kota Bekasi Budi Prasetyo", "2016-06-06"),
        ("Bupati Tapanuli Utara Rudi Sinaga", "2017-05-05"),
        ("Wali Kota Malang Andi Kurniawan", "2016-03-03"),
        ("Bupati Aceh Tengah Teuku Rizal", "2019-05-05"),
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
        ("Bupati Bangka", dt.date(2016, 6, 1), "Tarmizi Saat"),
        ("Bupati Bangka", dt.date(2019, 6, 1), "Mulkan"),
        ("Wakil Bupati Bangka Barat", dt.date(2016, 6, 1), "Markus"),
        ("Bupati Bangka Barat", dt.date(2022, 6, 1), "Sukirman"),
        ("Bupati Bangka Tengah", dt.date(2019, 6, 1), "Ibnu Saleh"),
        ("Bupati Bangka Selatan", dt.date(2016, 6, 1), "Justiar Noer"),
        ("Wakil Bupati Belitung", dt.date(2022, 6, 1), "Isyak Meirobie"),
        ("Bupati Tuban", dt.date(2016, 6, 1), "Fathul Huda"),
        ("Bupati Tuban", dt.date(2016, 6, 20), "Fathul Huda"),
        ("Wakil Bupati Tuban", dt.date(2025, 6, 1), "Joko Sarwono"),
        ("Bupati Tulungagung", dt.date(2022, 6, 1), "Maryoto Birowo"),
        ("Wakil Bupati Tulungagung", dt.date(2019, 6, 1), "Maryoto Birowo"),
        ("Bupati Magetan", dt.date(2022, 6, 1), "Suprawoto"),
        ("Bupati Magetan", dt.date(2025, 6, 1), "Nanik Endang Rusminiarti"),
        ("Bupati Kerinci", dt.date(2016, 6, 1), "Adirozal"),
        ("Bupati Merangin", dt.date(2019, 6, 1), "Al Haris"),
        ("Wali Kota Sungai Penuh", dt.date(2021, 6, 25), "Ahmadi Zubir"),
        ("Wakil Bupati Bengkulu Tengah", dt.date(2019, 6, 1), "Septi Peryadi"),
        ("Bupati Kaur", dt.date(2022, 6, 1), "Lismidianto"),
        ("Wakil Bupati Tulang Bawang", dt.date(2019, 6, 1), "Hendriwansyah"),
        ("Bupati Pesisir Barat", dt.date(2022, 6, 1), "Agus Istiqlal"),
        ("Wakil Wali Kota Padang", dt.date(2016, 6, 1), "Emzalmi"),
        ("Wakil Wali Kota Pekanbaru", dt.date(2016, 6, 1), "Ayat Cahyadi"),
        ("Wali Kota Bandar Lampung", dt.date(2016, 6, 1), "Herman HN"),
        ("Wakil Wali Kota Yogyakarta", dt.date(2016, 6, 1), "Imam Priyono"),
        ("Wakil Wali Kota Tangerang", dt.date(2016, 6, 1), "Sachrudin"),
        ("Wakil Wali Kota Bekasi", dt.date(2016, 6, 1), "Ahmad Syaikhu"),
        ("Bupati Labuhanbatu", dt.date(2016, 6, 1), "Pangonal Harahap"),
        ("Bupati Labuhanbatu", dt.date(2019, 10, 1), "Andi Suhaimi Dalimunthe"),
        ("Bupati Mandailing Natal", dt.date(2025, 6, 1), "Saipullah Nasution"),
        ("Wakil Bupati Tapanuli Utara", dt.date(2016, 6, 1), "Mauliate Simorangkir"),
        ("Wakil Wali Kota Jambi", dt.date(2016, 6, 1), "Abdullah Sani"),
        ("Wakil Wali Kota Malang", dt.date(2016, 6, 1), "Sutiaji"),
        ("Bupati Aceh Tamiang", dt.date(2019, 6, 1), "Mursil"),
        ("Bupati Pidie Jaya", dt.date(2022, 6, 1), "Aiyub Abbas"),
        ("Bupati Pidie Jaya", dt.date(2023, 12, 20), "Said Mulyadi"),
        ("Wali Kota Langsa", dt.date(2016, 6, 1), "Usman Abdullah"),
        ("Bupati Tangerang", dt.date(2016, 6, 1), "Ahmed Zaki Iskandar"),
        ("Bupati Bogor", dt.date(2016, 6, 1), "Nurhayanti"),
        ("Wali Kota Tasikmalaya", dt.date(2019, 6, 1), "Budi Budiman"),
        ("Wakil Bupati Tasikmalaya", dt.date(2016, 6, 1), "Ade Sugianto"),
        ("Bupati Tasikmalaya", dt.date(2019, 6, 1), "Ade Sugianto"),
        ("Bupati Ogan Komering Ulu Timur", dt.date(2022, 6, 1), "Lanosin Hamzah"),
        ("Wakil Wali Kota Padangsidimpuan", dt.date(2019, 6, 1), "Arwin Siregar"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Bangka: between the close of the 2013-2018 term and the swearing-in of 2018-09-27
        ("Bupati Bangka", dt.date(2018, 9, 26)),
        # Bangka Tengah: after the regent's death (2020-10-04); the acting heads are not recorded
        ("Bupati Bangka Tengah", dt.date(2020, 12, 1)),
        # Belitung: the Pj regent from 2024 is not recorded
        ("Bupati Belitung", dt.date(2024, 3, 3)),
        # Tulungagung: the regent sworn in on 2018-09-25 as a KPK detainee (suspended) and the
        # vice regent acting beside him are not recorded
        ("Bupati Tulungagung", dt.date(2019, 6, 1)),
        # Merangin: the vice regent was Plt from the regent's move to the governorship
        # (2021-07-07) to his own swearing-in as regent (2021-08-28): not recorded
        ("Bupati Merangin", dt.date(2021, 8, 1)),
        # Kaur: the vice regent acting after the regent's death (2025-01-14): not recorded
        ("Bupati Kaur", dt.date(2025, 2, 1)),
        # Pekanbaru and Yogyakarta: the Pj mayors between two terms are not recorded
        ("Wali Kota Pekanbaru", dt.date(2017, 3, 15)),
        ("Wali Kota Yogyakarta", dt.date(2017, 2, 2)),
        # Labuhanbatu: the vice regent acting beside the detained regent (2018-2019) and the
        # Pj of 2021 (between the terms) are not recorded
        ("Bupati Labuhanbatu", dt.date(2019, 1, 1)),
        ("Bupati Labuhanbatu", dt.date(2021, 5, 5)),
        # Malang: the vice mayor as Plt after the mayor's detention (2018-03-27): not recorded
        ("Wali Kota Malang", dt.date(2018, 5, 5)),
        # Pidie Jaya: the vice regent as Plt from 2023-11-04 to his swearing-in on 2023-12-18
        ("Bupati Pidie Jaya", dt.date(2023, 12, 1)),
        # Kabupaten Malang: the vice regent as Plt after the regent's detention (2018-10-16)
        ("Bupati Malang", dt.date(2019, 1, 1)),
        # Kota Tasikmalaya: after the mayor's arrest (2020-10-23) the vice mayor acted: not recorded
        ("Wali Kota Tasikmalaya", dt.date(2021, 6, 1)),
        # Kabupaten Tasikmalaya: between the two terms of 2016 (8 - 23 March 2016)
        ("Bupati Tasikmalaya", dt.date(2016, 3, 15)),
        # Magetan: before the swearing-in of 2025-05-23 (after the re-vote), a Pj
        ("Bupati Magetan", dt.date(2025, 3, 3)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
