"""Members of the national election bodies, deputy chairs of the MPR and DPD and Komnas HAM
members (``anggota-kpu``, ``anggota-bawaslu``, ``waket-mpr``, ``waket-dpd``,
``komisioner-komnas-ham`` in ``offices.jsonl``, multi-seat): the members on a date, the day
before and after a period, a short name after the title taking the member's full name, and a
regional member's title ("Anggota KPU Kota X") left to the title pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from pmk_extract import Extractor
from pmk_extract.people import default_people

KPU = "Komisi Pemilihan Umum"
BAWASLU = "Badan Pengawas Pemilihan Umum"
MPR = "Majelis Permusyawaratan Rakyat"


def _members(office: str, day: dt.date) -> set[str]:
    return {h.name for h in default_people().holders_on(office, day)}


@pytest.mark.parametrize(
    ("office", "day", "size", "member", "absent"),
    [
        ("anggota-kpu", dt.date(2018, 6, 1), 7, "Wahyu Setiawan", "Idham Holik"),
        ("anggota-kpu", dt.date(2021, 3, 1), 7, "I Dewa Kade Wiarsa Raka Sandi", "Wahyu Setiawan"),
        ("anggota-kpu", dt.date(2022, 4, 11), 7, "Arief Budiman", "August Mellaz"),
        ("anggota-kpu", dt.date(2022, 4, 12), 7, "August Mellaz", "Arief Budiman"),
        ("anggota-kpu", dt.date(2024, 8, 1), 6, "Mochammad Afifuddin", "Hasyim Asy'ari"),
        ("anggota-kpu", dt.date(2024, 11, 5), 7, "Iffa Rosita", "Hasyim Asy'ari"),
        ("anggota-bawaslu", dt.date(2019, 4, 17), 5, "Fritz Edward Siregar", "Puadi"),
        ("anggota-bawaslu", dt.date(2022, 4, 12), 5, "Lolly Suhenty", "Abhan"),
        ("waket-mpr", dt.date(2024, 10, 3), 8, "Rusdi Kirana", "Ahmad Muzani"),
        # 2019-2024: nine seats, Zulkifli Hasan's passed to Yandri Susanto in June 2022
        ("waket-mpr", dt.date(2023, 1, 1), 9, "Yandri Susanto", "Zulkifli Hasan"),
        # the DPD's three deputy chairs of 2019-2024 (the 2024 set is not recorded)
        ("waket-dpd", dt.date(2021, 5, 1), 3, "Mahyudin", "La Nyalla Mahmud Mattalitti"),
        ("komisioner-komnas-ham", dt.date(2023, 6, 1), 9, "Uli Parulian Sihombing", "Abhan"),
    ],
)
def test_members_on_a_date(office: str, day: dt.date, size: int, member: str, absent: str) -> None:
    members = _members(office, day)
    assert len(members) == size
    assert member in members
    assert absent not in members


def test_no_member_before_the_first_recorded_period() -> None:
    # the KPU's 2012-2017 board is recorded too (commissions2 lane): the day before the
    # 2017-2022 members' swearing-in holds the old board, none of the new members
    assert _members("anggota-kpu", dt.date(2017, 4, 10)).isdisjoint(
        {"Viryan Azis", "Ilham Saputra"}
    )
    # the MPR's 2019-2024 deputy chairs end with that membership (2024-09-30); the 2024-2029
    # deputies were sworn in on 2024-10-03
    assert _members("waket-mpr", dt.date(2024, 10, 2)) == set()
    # the DPD's 2024-2029 deputies were sworn in on 2024-10-02, the day after the 2019-2024
    # deputies' last (statebodies lane); before the 2014-2019 deputies' election, none
    assert _members("waket-dpd", dt.date(2024, 10, 2)) == {
        "Gusti Kanjeng Ratu Hemas",
        "Yorrys Raweyai",
        "Tamsil Linrung",
    }
    assert _members("waket-dpd", dt.date(2014, 10, 1)) == set()


@pytest.mark.parametrize(
    ("text", "day", "canonical", "org"),
    [
        ("Anggota KPU Idham mengatakan tahapan berjalan.", "2023-05-10", "Idham Holik", KPU),
        (
            "Anggota Bawaslu RI Herwyn Malonda hadir di Manado.",
            "2023-01-05",
            "Herwyn Jefler Hielsa Malonda",
            BAWASLU,
        ),
        (
            "Komisioner Komnas HAM Saurlin Siagian hadir di Medan.",
            "2023-06-01",
            "Saurlin P. Siagian",
            "Komisi Nasional Hak Asasi Manusia",
        ),
        (
            "Anggota KPU Raka Sandi meninjau gudang logistik.",
            "2021-03-01",
            "I Dewa Kade Wiarsa Raka Sandi",
            KPU,
        ),
        (
            "Wakil Ketua MPR Ibas meninjau lokasi banjir.",
            "2025-03-10",
            "Edhie Baskoro Yudhoyono",
            MPR,
        ),
        # a name that is no member's keeps the title's role and organisation, as written
        ("Anggota KPU Budi Santoso mengatakan hal itu.", "2023-05-10", "Budi Santoso", KPU),
        # a regional member: the title pattern's role, not the national office
        ("Anggota KPU Kota Bandung Suharti mengatakan hal itu.", "2023-05-10", "Suharti", KPU),
    ],
)
def test_a_titled_member(
    extractor: Extractor, text: str, day: str, canonical: str, org: str
) -> None:
    people = [e for e in extractor.extract(text, published=day).entities if e.label == "PERSON"]
    assert [(p.canonical, p.org) for p in people] == [(canonical, org)]
    if "Kota Bandung" in text:
        assert people[0].role == "Anggota Komisi Pemilihan Umum Kota Bandung"
