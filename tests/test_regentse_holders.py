"""Regents, mayors and their vices of eastern Indonesia (Kalimantan, Sulawesi, Maluku, Papua)
added by the regentse lane (``holders.jsonl``, each line's ``note`` naming its pages), on
mentions and titles written for this test (``data/regentse_holder_cases.jsonl``): a title and a
name (full, an alias, a spelling one letter off) give the holder's full name, the role on the
date and the regional government; a bare title names the holder of the day, nobody outside the
terms the pages confirm, and an unknown name after a title is not linked to the holder."""

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

CASES = load_cases(Path(__file__).parent / "data" / "regentse_holder_cases.jsonl")
LANE = "regentse lane (issue 18, regional heads of eastern"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 65
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Wali Kota Singkawang Hendra Wijaya", "2015-05-05"),
        ("Wali Kota Tarakan Rudi Santoso", "2016-05-05"),
        ("Wakil Wali Kota Bitung Andre Lumowa", "2018-05-05"),
        ("Wali Kota Baubau La Ode Hasan", "2015-05-05"),
        ("Wali Kota Banjarbaru Ahmad Fauzi", "2017-05-05"),
        ("Bupati Sanggau Petrus Alexander", "2016-05-05"),
        ("Bupati Mimika Yosias Wenda", "2016-05-05"),
        ("Bupati Paser Ahmad Rifai", "2018-05-05"),
        ("Bupati Melawi Yohanes Sarep", "2022-05-05"),
        ("Bupati Buton Utara La Ode Karim", "2022-05-05"),
        ("Bupati Sigi Rahmat Hidayat", "2022-05-05"),
        ("Bupati Buru Selatan Maria Latuconsina", "2022-05-05"),
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
        ("Wali Kota Pontianak", dt.date(2016, 6, 1), "Sutarmidji"),
        ("Wakil Wali Kota Pontianak", dt.date(2016, 6, 1), "Edi Rusdi Kamtono"),
        ("Wali Kota Singkawang", dt.date(2016, 6, 1), "Awang Ishak"),
        ("Wakil Wali Kota Singkawang", dt.date(2016, 6, 1), "Abdul Muthalib"),
        ("Wali Kota Tarakan", dt.date(2016, 6, 1), "Sofian Raga"),
        ("Wali Kota Kotamobagu", dt.date(2016, 6, 1), "Tatong Bara"),
        ("Wakil Wali Kota Kotamobagu", dt.date(2016, 6, 1), "Jainuddin Damopolii"),
        ("Wali Kota Bitung", dt.date(2019, 6, 1), "Maximiliaan Jonas Lomban"),
        ("Wakil Wali Kota Bitung", dt.date(2016, 6, 1), "Maurits Mantiri"),
        ("Wali Kota Sorong", dt.date(2016, 6, 1), "Lamberthus Jitmau"),
        ("Wakil Wali Kota Sorong", dt.date(2016, 6, 1), "Pahima Iskandar"),
        ("Wali Kota Baubau", dt.date(2016, 6, 1), "AS Tamrin"),
        ("Wali Kota Banjarbaru", dt.date(2019, 6, 1), "Nadjmi Adhani"),
        ("Wakil Wali Kota Banjarbaru", dt.date(2016, 6, 1), "Darmawan Jaya Setiawan"),
        ("Wali Kota Samarinda", dt.date(2019, 6, 1), "Syaharie Jaang"),
        ("Wakil Wali Kota Samarinda", dt.date(2016, 6, 1), "Nusyirwan Ismail"),
        ("Bupati Kubu Raya", dt.date(2016, 6, 1), "Rusman Ali"),
        ("Wakil Bupati Kubu Raya", dt.date(2016, 6, 1), "Hermanus"),
        ("Bupati Sanggau", dt.date(2016, 6, 1), "Paolus Hadi"),
        ("Bupati Sanggau", dt.date(2022, 6, 1), "Paolus Hadi"),
        ("Wakil Bupati Sanggau", dt.date(2022, 6, 1), "Yohanes Ontot"),
        ("Bupati Sanggau", dt.date(2024, 2, 10), "Yohanes Ontot"),
        ("Bupati Mimika", dt.date(2016, 6, 1), "Eltinus Omaleng"),
        ("Wakil Bupati Mimika", dt.date(2016, 6, 1), "Yohanis Bassang"),
        ("Bupati Banjar", dt.date(2019, 6, 1), "Khalilurrahman"),
        ("Wakil Bupati Banjar", dt.date(2016, 6, 1), "Saidi Mansyur"),
        ("Bupati Minahasa", dt.date(2016, 6, 1), "Jantje Wowiling Sajow"),
        ("Wakil Bupati Minahasa", dt.date(2016, 6, 1), "Ivan Sarundajang"),
        ("Bupati Kutai Kartanegara", dt.date(2016, 6, 1), "Rita Widyasari"),
        ("Bupati Kutai Kartanegara", dt.date(2019, 6, 1), "Edi Damansyah"),
        ("Wakil Bupati Kutai Kartanegara", dt.date(2016, 6, 1), "Edi Damansyah"),
        ("Bupati Paser", dt.date(2019, 6, 1), "Yusriansyah Syarkawi"),
        ("Wakil Bupati Paser", dt.date(2016, 6, 1), "Mardikansyah"),
        ("Bupati Jayawijaya", dt.date(2016, 6, 1), "John Wempi Wetipo"),
        ("Wakil Bupati Jayawijaya", dt.date(2016, 6, 1), "Jhon Richard Banua"),
        ("Bupati Ketapang", dt.date(2022, 6, 1), "Martin Rantan"),
        ("Wakil Bupati Ketapang", dt.date(2022, 6, 1), "Farhan"),
        ("Bupati Sintang", dt.date(2022, 6, 1), "Jarot Winarno"),
        ("Bupati Kapuas Hulu", dt.date(2022, 6, 1), "Fransiskus Diaan"),
        ("Wakil Bupati Kapuas Hulu", dt.date(2022, 6, 1), "Wahyudi Hidayat"),
        ("Bupati Melawi", dt.date(2022, 6, 1), "Dadi Sunarya Usfa Yursa"),
        ("Wakil Bupati Melawi", dt.date(2022, 6, 1), "Kluisen"),
        ("Bupati Bengkayang", dt.date(2022, 6, 1), "Sebastianus Darwis"),
        ("Bupati Buton Utara", dt.date(2022, 6, 1), "Ridwan Zakaria"),
        ("Wakil Bupati Buton Utara", dt.date(2022, 6, 1), "Ahali"),
        ("Bupati Konawe Kepulauan", dt.date(2022, 6, 1), "Amrullah"),
        ("Bupati Tolitoli", dt.date(2022, 6, 1), "Amran Yahya"),
        ("Wakil Bupati Tolitoli", dt.date(2022, 6, 1), "Moh. Besar Bantilan"),
        ("Bupati Sigi", dt.date(2022, 6, 1), "Mohamad Irwan Lapatta"),
        ("Wakil Bupati Sigi", dt.date(2022, 6, 1), "Samuel Yansen Pongi"),
        ("Bupati Banggai Laut", dt.date(2022, 6, 1), "Sofyan Kaepa"),
        ("Wakil Bupati Banggai Laut", dt.date(2022, 6, 1), "Ablit"),
        ("Bupati Tojo Una-Una", dt.date(2022, 6, 1), "Mohammad Lahay"),
        ("Bupati Morowali Utara", dt.date(2022, 6, 1), "Delis Julkarson Hehi"),
        ("Wakil Bupati Morowali Utara", dt.date(2022, 6, 1), "Djira"),
        ("Bupati Seram Bagian Timur", dt.date(2022, 6, 1), "Abdul Mukti Keliobas"),
        ("Wakil Bupati Seram Bagian Timur", dt.date(2022, 6, 1), "Idris Rumalutur"),
        ("Bupati Kepulauan Aru", dt.date(2022, 6, 1), "Johan Gonga"),
        ("Wakil Bupati Kepulauan Aru", dt.date(2022, 6, 1), "Muin Sugalrey"),
        ("Bupati Buru Selatan", dt.date(2022, 6, 1), "Safitri Malik Soulisa"),
        ("Wakil Bupati Buru Selatan", dt.date(2022, 6, 1), "Gerson Eliaser Selsily"),
        ("Bupati Bone Bolango", dt.date(2022, 6, 1), "Hamim Pou"),
        ("Wakil Bupati Bone Bolango", dt.date(2022, 6, 1), "Merlan Uloli"),
        ("Wakil Bupati Waropen", dt.date(2019, 6, 1), "Hendrik Wonatorey"),
        ("Bupati Luwu", dt.date(2016, 6, 1), "Andi Mudzakkar"),
        ("Wakil Bupati Luwu", dt.date(2016, 6, 1), "Amru Saher"),
        ("Bupati Wajo", dt.date(2016, 6, 1), "Andi Burhanuddin Unru"),
        ("Bupati Sinjai", dt.date(2016, 6, 1), "Sabirin Yahya"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Samarinda: the vice mayor died on 2018-02-27; his successor's days are not recorded
        ("Wakil Wali Kota Samarinda", dt.date(2019, 6, 1)),
        # Kotamobagu: the Pjs between the close of the term (2018-09-22) and the next term
        ("Wali Kota Kotamobagu", dt.date(2018, 9, 24)),
        # Baubau: the Pj mayor of 2018 between the two terms is not recorded
        ("Wali Kota Baubau", dt.date(2018, 5, 5)),
        # Sanggau: the twelve days between the two terms of 2019 (Plh, not recorded)
        ("Bupati Sanggau", dt.date(2019, 2, 10)),
        # Kutai Kartanegara: the vice regent as Plt (2017-10-06 - 2019-02-13) is not recorded
        ("Bupati Kutai Kartanegara", dt.date(2018, 6, 1)),
        # Paser: no vice regent is recorded after the death of January 2019
        ("Wakil Bupati Paser", dt.date(2019, 6, 1)),
        # Sintang: the vice regent died in September 2021; the seat was empty into 2022
        ("Wakil Bupati Sintang", dt.date(2022, 2, 14)),
        # Ketapang: the Plh days between the two terms (17 - 25 February 2021)
        ("Bupati Ketapang", dt.date(2021, 2, 20)),
        # Tojo Una-Una and Morowali Utara: the Pj regents before the swearing-in of 2021-04-30
        ("Bupati Tojo Una-Una", dt.date(2021, 4, 1)),
        # Buru Selatan: before the swearing-in of 2021-06-22
        ("Bupati Buru Selatan", dt.date(2021, 5, 1)),
        # Sinjai: the Pj regent after the term's close on 2018-08-14 is not recorded
        ("Bupati Sinjai", dt.date(2018, 9, 1)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
