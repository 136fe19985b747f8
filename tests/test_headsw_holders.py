"""Regents, mayors, their vices and acting heads of western Indonesia added by the headsw
lane (``holders.jsonl``, each line's ``note`` naming its pages), on mentions and titles written
for this test (``data/headsw_holder_cases.jsonl``): a title and a name (full, an alias, a
spelling one letter off, a single name) give the holder's full name, the role on the date and
the regional government; a bare title names the holder of the day, nobody outside the terms the
pages confirm, and an unknown name after a title is not linked to the holder."""

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

CASES = load_cases(Path(__file__).parent / "data" / "headsw_holder_cases.jsonl")


def test_the_lane_lines_name_their_pages() -> None:
    lines = [
        h
        for h in gazetteer_lines("holders.jsonl")
        if "headsw lane (issue 18, regional heads of western" in h.get("note", "")
    ]
    assert len(lines) >= 30
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
        ("Bupati Karawang Dadan Sumarna", "2017-05-05"),
        ("Wali Kota Cirebon Yosep Handoko", "2020-02-02"),
        ("Bupati Brebes Budi Wirawan", "2020-02-02"),
        ("Wali Kota Pariaman Gunawan Umri", "2020-05-05"),
        ("Wali Kota Sawahlunto Dedi Asmara", "2020-05-05"),
        ("Wali Kota Salatiga Budi Hartono", "2020-05-05"),
        ("Bupati Magelang Heru Santosa", "2020-05-05"),
        ("Bupati Tanggamus Hendra Wijaya", "2020-05-05"),
        ("Bupati Pesisir Selatan Rahmat Hidayat", "2022-05-05"),
        ("Bupati Klungkung I Wayan Sukerta", "2020-05-05"),
        ("Bupati Bireuen Teuku Fadhil", "2021-05-05"),
        ("Bupati Dairi Rudolf Manalu", "2020-05-05"),
        ("Bupati Kulon Progo Bambang Sumadi", "2021-05-05"),
        ("Bupati Lahat Saifudin Aswari", "2020-05-05"),
        ("Bupati Sijunjung Hendri Susanto", "2022-05-05"),
        ("Bupati Lampung Utara Zainal Abidin", "2022-05-05"),
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
        ("Bupati Karawang", dt.date(2018, 3, 1), "Cellica Nurrachadiana"),
        ("Wali Kota Padang Panjang", dt.date(2022, 6, 1), "Fadly Amran"),
        ("Wali Kota Pariaman", dt.date(2016, 6, 1), "Mukhlis Rahman"),
        ("Wakil Wali Kota Payakumbuh", dt.date(2016, 6, 1), "Suwandel Muchtar"),
        ("Wali Kota Sawahlunto", dt.date(2022, 6, 1), "Deri Asta"),
        ("Wali Kota Tegal", dt.date(2022, 6, 1), "Dedy Yon Supriyono"),
        ("Wali Kota Salatiga", dt.date(2019, 6, 1), "Yuliyanto"),
        ("Wali Kota Metro", dt.date(2022, 6, 1), "Wahdi Siradjuddin"),
        ("Bupati Karanganyar", dt.date(2016, 6, 1), "Juliyatmono"),
        ("Bupati Karanganyar", dt.date(2023, 12, 1), "Rober Christanto"),
        ("Bupati Magelang", dt.date(2022, 6, 1), "Zaenal Arifin"),
        ("Bupati Pacitan", dt.date(2019, 6, 1), "Indartato"),
        ("Bupati Tanggamus", dt.date(2022, 6, 1), "Dewi Handajani"),
        ("Bupati Lampung Barat", dt.date(2019, 6, 1), "Parosil Mabsus"),
        ("Bupati Muaro Jambi", dt.date(2019, 6, 1), "Masnah Busro"),
        ("Bupati Ogan Komering Ilir", dt.date(2022, 6, 1), "Iskandar"),
        ("Bupati Ogan Komering Ilir", dt.date(2023, 12, 15), "Djakfar Shodiq"),
        ("Bupati Banyuasin", dt.date(2019, 6, 1), "Askolani"),
        ("Bupati Pesisir Selatan", dt.date(2019, 6, 1), "Hendrajoni"),
        ("Bupati Pesisir Selatan", dt.date(2022, 6, 1), "Rusma Yul Anwar"),
        ("Bupati Indragiri Hulu", dt.date(2022, 6, 1), "Rezita Meylani Yopi"),
        ("Bupati Indragiri Hilir", dt.date(2016, 6, 1), "Muhammad Wardan"),
        ("Bupati Klungkung", dt.date(2019, 6, 1), "I Nyoman Suwirta"),
        ("Bupati Bireuen", dt.date(2019, 6, 1), "Saifannur"),
        ("Bupati Bireuen", dt.date(2022, 6, 1), "Muzakkar A. Gani"),
        ("Bupati Aceh Barat", dt.date(2022, 6, 1), "Ramli MS"),
        ("Bupati Batu Bara", dt.date(2022, 6, 1), "Zahir"),
        ("Bupati Dairi", dt.date(2019, 6, 1), "Eddy Keleng Ate Berutu"),
        ("Bupati Kulon Progo", dt.date(2019, 6, 1), "Hasto Wardoyo"),
        ("Bupati Kulon Progo", dt.date(2022, 2, 1), "Sutedjo"),
        ("Bupati Belitung Timur", dt.date(2019, 6, 1), "Yuslih Ihza"),
        ("Bupati Lahat", dt.date(2022, 6, 1), "Cik Ujang"),
        ("Bupati Tanjung Jabung Timur", dt.date(2019, 6, 1), "Romi Hariyanto"),
        ("Bupati Sijunjung", dt.date(2019, 6, 1), "Yuswir Arifin"),
        ("Bupati Sijunjung", dt.date(2022, 6, 1), "Benny Dwifa Yuswir"),
        ("Bupati Lampung Utara", dt.date(2019, 6, 1), "Agung Ilmu Mangkunegara"),
        ("Bupati Lampung Utara", dt.date(2022, 6, 1), "Budi Utomo"),
        ("Bupati Karawang", dt.date(2022, 6, 1), "Cellica Nurrachadiana"),
        ("Bupati Indramayu", dt.date(2016, 6, 1), "Anna Sophanah"),
        ("Bupati Indramayu", dt.date(2022, 6, 1), "Nina Agustina"),
        ("Wakil Bupati Pangandaran", dt.date(2019, 6, 1), "Adang Hadari"),
        ("Bupati Bandung Barat", dt.date(2019, 6, 1), "Aa Umbara Sutisna"),
        ("Bupati Bandung Barat", dt.date(2023, 5, 1), "Hengky Kurniawan"),
        ("Wakil Bupati Bandung Barat", dt.date(2021, 1, 4), "Hengky Kurniawan"),
        ("Bupati Majalengka", dt.date(2018, 12, 1), "Karna Sobahi"),
        ("Wali Kota Cirebon", dt.date(2023, 12, 8), "Eti Herawati"),
        ("Bupati Cirebon", dt.date(2022, 6, 1), "Imron Rosyadi"),
        ("Bupati Tasikmalaya", dt.date(2025, 6, 10), "Cecep Nurul Yakin"),
        ("Bupati Klaten", dt.date(2019, 6, 1), "Sri Mulyani"),
        ("Bupati Purbalingga", dt.date(2022, 6, 1), "Dyah Hayuning Pratiwi"),
        ("Bupati Kebumen", dt.date(2016, 6, 1), "Mohammad Yahya Fuad"),
        ("Bupati Cilacap", dt.date(2016, 6, 1), "Tatto Suwarto Pamuji"),
        ("Bupati Brebes", dt.date(2022, 6, 1), "Idza Priyanti"),
        ("Bupati Banyumas", dt.date(2022, 6, 1), "Achmad Husein"),
        ("Bupati Bojonegoro", dt.date(2016, 6, 1), "Suyoto"),
        ("Bupati Pasuruan", dt.date(2019, 6, 1), "Irsyad Yusuf"),
        ("Wakil Bupati Jombang", dt.date(2022, 6, 1), "Sumrambah"),
        ("Bupati Bondowoso", dt.date(2019, 6, 1), "Salwa Arifin"),
        ("Bupati Sampang", dt.date(2016, 6, 1), "Fadhilah Budiono"),
        ("Bupati Deli Serdang", dt.date(2019, 6, 1), "Ashari Tambunan"),
        ("Bupati Lebak", dt.date(2022, 6, 1), "Iti Octavia Jayabaya"),
        ("Bupati Pandeglang", dt.date(2019, 6, 1), "Irna Narulita"),
        ("Bupati Buleleng", dt.date(2016, 6, 1), "I Putu Agus Suradnyana"),
        ("Wakil Bupati Gianyar", dt.date(2022, 6, 1), "Anak Agung Gede Mayun"),
        ("Bupati Lampung Tengah", dt.date(2022, 6, 1), "Musa Ahmad"),
        ("Wakil Bupati Way Kanan", dt.date(2022, 6, 1), "Ali Rahman"),
        ("Bupati Bekasi", dt.date(2016, 6, 1), "Neneng Hasanah Yasin"),
        ("Bupati Cianjur", dt.date(2022, 6, 1), "Herman Suherman"),
        ("Bupati Nganjuk", dt.date(2019, 6, 1), "Novi Rahman Hidhayat"),
        ("Bupati Grobogan", dt.date(2022, 6, 1), "Sri Sumarni"),
        ("Bupati Demak", dt.date(2022, 6, 1), "Eisti'anah"),
        ("Bupati Pekalongan", dt.date(2016, 8, 1), "Asip Kholbihi"),
        ("Bupati Kudus", dt.date(2022, 6, 1), "Hartopo"),
        ("Wakil Bupati Pidie", dt.date(2019, 6, 1), "Fadhlullah TM Daud"),
        ("Bupati Tanjung Jabung Barat", dt.date(2019, 6, 1), "Safrial"),
        ("Bupati Kepulauan Meranti", dt.date(2022, 6, 1), "Muhammad Adil"),
        ("Wali Kota Madiun", dt.date(2022, 6, 1), "Maidi"),
        ("Wali Kota Probolinggo", dt.date(2019, 6, 1), "Hadi Zainal Abidin"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the regent's resignation took effect on a day no page gives: after the confirmed window
        ("Bupati Indramayu", dt.date(2019, 6, 1)),
        # the vice regent acted beside the detained regent: not recorded
        ("Bupati Bandung Barat", dt.date(2021, 6, 1)),
        # between the close of the 2013-2018 term and the swearing-in of 2018-12-19
        ("Bupati Majalengka", dt.date(2018, 12, 15)),
        # between the inferred end of the 2016 term and the swearing-in of 2021-04-26
        ("Bupati Tanjung Jabung Timur", dt.date(2021, 4, 20)),
        # the detained regent (arrested 2019-10-06) to the vice regent's swearing-in as regent:
        # not recorded
        ("Bupati Lampung Utara", dt.date(2020, 6, 1)),
        # the 2018 regent of Kabupaten Cirebon was suspended the day he was sworn in
        ("Bupati Cirebon", dt.date(2019, 6, 1)),
        # the vice regent acted beside the regents of Klaten and Purbalingga held by the KPK
        ("Bupati Klaten", dt.date(2017, 6, 1)),
        ("Bupati Purbalingga", dt.date(2018, 12, 1)),
        # the Pj regents between the 2013 and 2018 terms in Jawa Timur: not recorded
        ("Bupati Bojonegoro", dt.date(2018, 6, 1)),
        ("Bupati Pasuruan", dt.date(2018, 8, 1)),
        # regents held by the KPK or the police, their vice regents acting beside them
        ("Bupati Bekasi", dt.date(2019, 3, 1)),
        ("Bupati Nganjuk", dt.date(2022, 6, 1)),
        # between the close of the 2016 term and the swearing-in of 2021-05-24 (a Plh)
        ("Bupati Demak", dt.date(2021, 5, 10)),
        ("Bupati Banjarnegara", dt.date(2022, 1, 10)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
