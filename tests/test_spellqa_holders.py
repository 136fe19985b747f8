"""Spellings of regional heads' holder lines checked against the press by the spellqa lane
(``holders.jsonl``, each fixed line's ``note`` naming its pages after "spelling:" or "fixed"),
on mentions written for this test (``data/spellqa_holder_cases.jsonl``): the official full
name, the short form and the initialled form the press writes give the holder's canonical, and
a line whose person or end was wrong names the right holder of the day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import holder_name, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "spellqa_holder_cases.jsonl")


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Bupati Pohuwato", dt.date(2017, 3, 1), "Syarif Mbuinga"),
        ("Bupati Pohuwato", dt.date(2022, 3, 1), "Saipul Mbuinga"),
        ("Bupati Bolaang Mongondow Selatan", dt.date(2018, 7, 21), "Herson Mayulu"),
        ("Bupati Bolaang Mongondow Selatan", dt.date(2018, 10, 1), "Iskandar Kamaru"),
        ("Wakil Bupati Kepulauan Yapen", dt.date(2019, 10, 16), "Frans Sanadi"),
        ("Bupati Pulang Pisau", dt.date(2021, 7, 16), "Pudjirustaty Narang"),
        ("Bupati Situbondo", dt.date(2020, 11, 20), "Dadang Wigiarto"),
        # the regents of Bone and Sinjai of 2018-2023, once left out for their two spellings
        ("Bupati Bone", dt.date(2020, 1, 6), "Andi Fahsar Mahdin Padjalangi"),
        ("Bupati Sinjai", dt.date(2020, 1, 6), "Andi Seto Asapa"),
        ("Bupati Seram Bagian Barat", dt.date(2021, 7, 20), "Muhammad Yasin Payapo"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the vice regent became regent on 2018-10-01; the post stayed empty to 2021
        ("Wakil Bupati Bolaang Mongondow Selatan", dt.date(2019, 6, 3)),
        # between the regent's move to the vice-governorship and his vice's swearing-in
        ("Bupati Pulang Pisau", dt.date(2021, 6, 20)),
        # the regent detained by the KPK on 2020-11-10; the Plh and Plt beside him are not recorded
        ("Bupati Labuhanbatu Utara", dt.date(2020, 12, 10)),
        # heads who died in office; the Plh or Plt after them is not recorded
        ("Bupati Situbondo", dt.date(2021, 1, 10)),
        ("Bupati Seram Bagian Barat", dt.date(2021, 10, 1)),
        ("Wakil Bupati Sidoarjo", dt.date(2020, 10, 1)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
