"""Regents and vice regents of eastern Indonesia added by the headse2 lane (``holders.jsonl``,
each line's ``note`` opening "headse2 lane" and naming its pages), on mentions and titles written
for this test (``data/headse2_holder_cases.jsonl``): a title and a name (full, an alias, a short
title, one letter off) give the holder's full name, the role on the date and the regional
government; a bare title names the holder of the day, and nobody outside the terms or windows
the pages confirm; a name that is not the day's holder takes no post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import gazetteer_lines, holder_name, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "headse2_holder_cases.jsonl")


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if "headse2 lane" in h.get("note", "")]
    assert len(lines) >= 30
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Bupati Majene", dt.date(2020, 6, 1), "Fahmi Massiara"),
        ("Bupati Majene", dt.date(2021, 3, 1), "Lukman Nurman"),
        ("Wakil Bupati Majene", dt.date(2020, 6, 1), "Lukman Nurman"),
        ("Wakil Bupati Majene", dt.date(2022, 6, 1), "Arismunandar Kalma Katta"),
        ("Bupati Toraja Utara", dt.date(2019, 6, 1), "Kalatiku Paembonan"),
        ("Wakil Bupati Torut", dt.date(2016, 6, 1), "Yosia Rinto Kadang"),
        ("Wakil Bupati Toraja Utara", dt.date(2022, 6, 1), "Frederik Victor Palimbong"),
        ("Bupati Raja Ampat", dt.date(2019, 6, 1), "Abdul Faris Umlati"),
        ("Wakil Bupati Raja Ampat", dt.date(2022, 6, 1), "Orideko Iriano Burdam"),
        ("Wakil Bupati Raja Ampat", dt.date(2025, 6, 1), "Mansyur Syahdan"),
        ("Bupati Kotabaru", dt.date(2016, 6, 1), "Sayed Jafar Alaydrus"),
        ("Bupati Kotabaru", dt.date(2022, 6, 1), "Sayed Jafar Alaydrus"),
        ("Wakil Bupati Kotabaru", dt.date(2019, 6, 1), "Burhanudin"),
        ("Bupati Tabalong", dt.date(2016, 6, 1), "Anang Syakhfiani"),
        ("Wakil Bupati Tabalong", dt.date(2022, 6, 1), "Mawardi"),
        ("Wakil Bupati Pasangkayu", dt.date(2019, 6, 1), "Muhammad Saal"),
        ("Bupati Mamasa", dt.date(2022, 6, 1), "Ramlan Badawi"),
        ("Wakil Bupati Mamasa", dt.date(2025, 6, 1), "Sudirman"),
        ("Wakil Bupati Mamuju Tengah", dt.date(2016, 6, 1), "Muhammad Amin Jasa"),
        ("Bupati Mamuju Tengah", dt.date(2025, 6, 1), "Arsal Aras"),
        ("Wakil Bupati Kepulauan Sula", dt.date(2019, 6, 1), "Zulfahri Abdullah Duwila"),
        ("Bupati Kepulauan Sula", dt.date(2022, 6, 1), "Fifian Adeningsi Mus"),
        ("Bupati Barito Selatan", dt.date(2019, 6, 1), "Eddy Raya Samsuri"),
        ("Wakil Bupati Sorong", dt.date(2022, 6, 1), "Suka Harjono"),
        ("Bupati Sorong", dt.date(2025, 6, 1), "Johny Kamuru"),
        ("Wali Kota Bontang", dt.date(2016, 6, 1), "Neni Moerniaeni"),
        ("Wali Kota Bontang", dt.date(2022, 6, 1), "Basri Rase"),
        ("Wakil Wali Kota Bontang", dt.date(2019, 6, 1), "Basri Rase"),
        ("Wakil Bupati Kutai Barat", dt.date(2016, 6, 1), "Edyanto Arkan"),
        ("Bupati Kutai Barat", dt.date(2024, 1, 3), "FX Yapan"),
        ("Bupati Lombok Barat", dt.date(2022, 6, 1), "Fauzan Khalid"),
        ("Wakil Bupati Lombok Barat", dt.date(2019, 6, 1), "Sumiatun"),
        ("Bupati Polewali Mandar", dt.date(2016, 6, 1), "Andi Ibrahim Masdar"),
        ("Bupati Polewali Mandar", dt.date(2022, 6, 1), "Andi Ibrahim Masdar"),
        ("Wakil Bupati Nunukan", dt.date(2019, 6, 1), "Faridil Murad"),
        ("Wakil Bupati Nunukan", dt.date(2022, 6, 1), "Hanafiah"),
        ("Wali Kota Tarakan", dt.date(2022, 6, 1), "Khairul"),
        ("Wakil Wali Kota Singkawang", dt.date(2019, 6, 1), "Irwan"),
        ("Wakil Bupati Enrekang", dt.date(2016, 6, 1), "M. Amiruddin"),
        ("Bupati Enrekang", dt.date(2022, 6, 1), "Muslimin Bando"),
        ("Wakil Bupati Kupang", dt.date(2022, 6, 1), "Jerry Manafe"),
        ("Wakil Bupati Penajam Paser Utara", dt.date(2022, 6, 1), "Hamdam Pongrewa"),
        ("Bupati Halmahera Utara", dt.date(2016, 6, 1), "Frans Manery"),
        ("Bupati Halmahera Utara", dt.date(2022, 6, 1), "Frans Manery"),
        ("Wakil Bupati Jayawijaya", dt.date(2022, 6, 1), "Marthin Yogobi"),
        ("Wakil Bupati Alor", dt.date(2016, 6, 1), "Imran Duru"),
        ("Bupati Alor", dt.date(2022, 6, 1), "Amon Djobo"),
        ("Wakil Bupati Landak", dt.date(2019, 6, 1), "Herculanus Heriadi"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # after the regent's death in office (a Plh, then a Pjs), before his vice's swearing-in
        ("Bupati Majene", dt.date(2020, 11, 1)),
        # between the two Toraja Utara terms (2021-04-01 .. 2021-04-25)
        ("Bupati Toraja Utara", dt.date(2021, 4, 10)),
        # Raja Ampat between the two terms of its regent (a Plh; the days not given)
        ("Bupati Raja Ampat", dt.date(2021, 2, 1)),
        # the 2024 campaign: a Pjs regent of Majene (not recorded)
        ("Bupati Majene", dt.date(2024, 10, 15)),
        # Kotabaru's Pj between the 2016-2021 term and the swearing-in of 2021-04-26
        ("Bupati Kotabaru", dt.date(2021, 3, 15)),
        # Mamuju Tengah's Plh of 17-26 February 2021 (not recorded)
        ("Bupati Mamuju Tengah", dt.date(2021, 2, 22)),
        # Tabalong's vice regent resigned in 2023: no vice recorded after the plenary
        ("Wakil Bupati Tabalong", dt.date(2023, 9, 1)),
        # Sorong's Pj (2022-08-23 onwards, not recorded)
        ("Bupati Sorong", dt.date(2023, 6, 1)),
        # Bontang's Plh between the terms (2021-03-24 .. 2021-04-25)
        ("Wali Kota Bontang", dt.date(2021, 4, 5)),
        # Lombok Barat after the regent's resignation, before his vice was sworn in as regent
        ("Bupati Lombok Barat", dt.date(2023, 11, 8)),
        # Nunukan between the two terms of its regent (a Plh, 2021-06-01)
        ("Bupati Nunukan", dt.date(2021, 6, 1)),
        # Tarakan's Pj of 2024-03-01 (not recorded here)
        ("Wali Kota Tarakan", dt.date(2024, 6, 1)),
        # Penajam Paser Utara's regent in KPK custody, his vice acting (not recorded)
        ("Bupati Penajam Paser Utara", dt.date(2022, 6, 1)),
        # Halmahera Utara's Pj between the two terms
        ("Bupati Halmahera Utara", dt.date(2021, 5, 1)),
        # Alor's vice regent died on 2023-05-07; nobody recorded after him
        ("Wakil Bupati Alor", dt.date(2023, 8, 1)),
        # Landak's Pj after the 2017-2022 term (not recorded here)
        ("Bupati Landak", dt.date(2022, 6, 1)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a name that is not the regent of the day: no post, no regional government
        ("Bupati Toraja Utara Daniel Sampe meninjau pasar.", "2022-03-10"),
        ("Bupati Majene Syamsul Bahri meresmikan jembatan.", "2022-09-14"),
        # a longer name than the one-word holder's (another person): no post
        ("Wakil Bupati Majene Lukman Hakim membuka acara.", "2020-03-10"),
        ("Bupati Mamasa Yohanis Tandi meninjau sawah.", "2020-02-02"),
        # the regency's title is not the city's: Sorong's mayor of the day takes no regent post
        ("Bupati Sorong Lambert Jitmau meninjau pasar.", "2021-03-10"),
        ("Wali Kota Bontang Andi Faizal meninjau banjir.", "2022-01-10"),
        ("Bupati Kupang Jefri Riwu Kore meninjau sawah.", "2020-05-10"),
        ("Bupati Jayawijaya Yosias Wetipo meresmikan pasar.", "2021-05-10"),
    ],
)
def test_a_name_that_does_not_hold_the_titled_office_takes_no_post(
    extractor: Extractor, text: str, published: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert people, text
    assert all(p.role is None and p.org is None for p in people), [
        (p.canonical, p.role, p.org) for p in people
    ]
