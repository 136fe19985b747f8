"""Regents, mayors and their vice in Sumatra and Kalimantan before 2021 (the headsw lane's
block of ``holders.jsonl``), on titles and sentences written for these tests: a title resolves
to the holder of the day, not before the swearing-in nor after the end the pages give, and a
holder's name after the title, also misspelt, gives the holder and the regional government."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import holder_name
from pmk_extract import Extractor


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        # Sumatera Utara, sworn in on 2016-02-17
        ("Bupati Humbahas", dt.date(2018, 3, 1), "Dosmar Banjarnahor"),
        ("Wakil Bupati Labusel", dt.date(2019, 5, 2), "Kholil Jufri Harahap"),
        ("Wali Kota Binjai", dt.date(2017, 8, 10), "Muhammad Idaham"),
        ("Bupati Tobasa", dt.date(2020, 12, 1), "Darwin Siagian"),
        ("Bupati Pakpak Bharat", dt.date(2018, 11, 1), "Remigo Yolando Berutu"),
        # Sumatera Barat, sworn in on 2016-02-17
        ("Bupati Padang Pariaman", dt.date(2016, 2, 17), "Ali Mukhni"),
        ("Bupati Pasaman", dt.date(2019, 6, 1), "Yusuf Lubis"),
        ("Bupati Pasaman Barat", dt.date(2019, 6, 1), "Syahiran"),
        ("Wali Kota Solok", dt.date(2020, 1, 1), "Zul Elfian"),
        # Sumatera Selatan, sworn in on 2018-09-18
        ("Wali Kota Prabumulih", dt.date(2020, 10, 10), "Ridho Yahya"),
        ("Wakil Bupati Empat Lawang", dt.date(2023, 9, 17), "Yulius Maulana"),
        # Kalimantan Barat and Kalimantan Timur, 2016-02-17; Batam, 2016-03-14
        ("Bupati Sintang", dt.date(2018, 3, 1), "Jarot Winarno"),
        ("Wakil Bupati Melawi", dt.date(2019, 5, 2), "Dadi Sunarya Usfa Yursa"),
        ("Bupati Kutim", dt.date(2019, 6, 1), "Ismunandar"),
        ("Wali Kota Batam", dt.date(2018, 10, 10), "Muhammad Rudi"),
        # Lampung 2017-05-22, Aceh Utara 2017-07-12, Rokan Hilir 2016-06-08
        ("Bupati Tulangbawang Barat", dt.date(2018, 2, 2), "Umar Ahmad"),
        ("Bupati Aceh Utara", dt.date(2019, 4, 4), "Muhammad Thaib"),
        ("Wakil Bupati Rohil", dt.date(2020, 8, 1), "Jamiluddin"),
        # Kalimantan Tengah: the pairs of 2018-09-24, Kotawaringin Timur 2016-2021
        ("Bupati Mura", dt.date(2020, 3, 1), "Perdie M. Yoseph"),
        ("Bupati Pulang Pisau", dt.date(2019, 5, 2), "Edy Pratowo"),
        ("Bupati Kotim", dt.date(2019, 6, 27), "Supian Hadi"),
        # Kalimantan Barat 2019-2024: Kubu Raya (term's end on a page), Mempawah (swearing-in)
        ("Bupati Kubu Raya", dt.date(2020, 3, 1), "Muda Mahendrawan"),
        ("Wakil Bupati Mempawah", dt.date(2021, 3, 1), "Muhammad Pagi"),
        # Aceh Besar 2017-2022, Siak before its regent became governor, Riau's 2021 pairs
        ("Bupati Aceh Besar", dt.date(2022, 7, 10), "Mawardi Ali"),
        ("Bupati Siak", dt.date(2017, 3, 1), "Syamsuar"),
        ("Wali Kota Dumai", dt.date(2022, 3, 1), "Paisal"),
        # Pangkalpinang 2018-2023 and Bengkulu's 2021-2024 pairs
        ("Wali Kota Pangkalpinang", dt.date(2020, 5, 5), "Maulan Aklil"),
        ("Bupati Mukomuko", dt.date(2022, 8, 1), "Sapuan"),
        ("Bupati Pasaman", dt.date(2023, 1, 9), "Benny Utama"),
        # vice regents of 2021-2024 whose offices had no line
        ("Wakil Bupati Humbahas", dt.date(2022, 3, 1), "Oloan Paniaran Nababan"),
    ],
)
def test_a_title_resolves_to_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the day before the 2016 swearing-in
        ("Bupati Humbahas", dt.date(2016, 2, 16)),
        # after the regent's arrest, and after the vice regent's death
        ("Bupati Pakpak Bharat", dt.date(2019, 6, 1)),
        ("Wakil Bupati Pakpak Bharat", dt.date(2018, 6, 1)),
        # between the end of the five years and the successors' swearing-in
        ("Bupati Padang Pariaman", dt.date(2021, 2, 20)),
        # after the Asahan regent's death (2019-04-22)
        ("Bupati Asahan", dt.date(2019, 6, 1)),
        # after the Pasaman Barat regent's death, the vice regent acting for him is not recorded
        ("Bupati Pasaman Barat", dt.date(2019, 9, 1)),
        # the 2018 term of Prabumulih is not pushed back before its swearing-in
        ("Wali Kota Prabumulih", dt.date(2018, 8, 1)),
        # the regent detained by the KPK: his vice regent acted beside him, not recorded
        ("Bupati Kutai Timur", dt.date(2020, 9, 1)),
        # Pulang Pisau's regent became vice-governor on 2021-05-25
        ("Bupati Pulang Pisau", dt.date(2021, 6, 1)),
        # Siak between the regent's move to the governorship and the 2021 swearing-in
        ("Bupati Siak", dt.date(2020, 3, 1)),
        # Mesuji has an office line but no sourced holder
        ("Bupati Mesuji", dt.date(2018, 1, 10)),
    ],
)
def test_no_holder_outside_the_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None


@pytest.mark.parametrize(
    ("text", "day", "name", "canonical", "org"),
    [
        (
            "Bupati Samosir Rapidin Simbolan membuka festival danau di Pangururan.",
            "2019-09-09",
            "Rapidin Simbolan",
            "Rapidin Simbolon",
            "Pemerintah Kabupaten Samosir",
        ),
        (
            "Walikota Lubuk Linggau Prana Putra Sohe meninjau pasar pagi ini.",
            "2021-07-14",
            "Prana Putra Sohe",
            "SN Prana Putra Sohe",
            "Pemerintah Kota Lubuklinggau",
        ),
        (
            "Bupati Pasaman Barat Syahiran menghadiri rapat di Simpang Empat.",
            "2018-02-02",
            "Syahiran",
            "Syahiran",
            "Pemerintah Kabupaten Pasaman Barat",
        ),
    ],
)
def test_a_name_after_the_title_gets_the_holder_and_the_region(
    extractor: Extractor, text: str, day: str, name: str, canonical: str, org: str
) -> None:
    doc = extractor.extract(text, published=day)
    head = next(e for e in doc.entities if e.label == "PERSON" and e.text == name)
    assert head.canonical == canonical
    assert head.org == org
