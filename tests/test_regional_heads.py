"""Mayors and vice mayors of provincial capitals, and regents of the capitals that are
regencies and of the three most populous regencies (``holders.jsonl``), on sentences written
for these tests: a bare title gives the holder on the date (an acting one with the acting
post), a gap where no holder is verified stays unresolved, a title and a name as the press
writes it (short form, nickname, other spelling, one letter off) take the holder's full name
and the regional government, a former holder is not named after the term, and a longer
region name after the same words ("Bupati Bandung Barat", "Wali Kota Padang Panjang") is
another office."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import holder_name
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people


@pytest.mark.parametrize(
    ("title", "day", "holder", "role"),
    [
        ("Wali Kota Pekanbaru", dt.date(2025, 6, 1), "Agung Nugroho", "Wali Kota Pekanbaru"),
        (
            "Walikota Banda Aceh",
            dt.date(2025, 3, 1),
            "Illiza Sa'aduddin Djamal",
            "Wali Kota Banda Aceh",
        ),
        (
            "Wali Kota Bengkulu",
            dt.date(2018, 5, 2),
            "Budiman Ismaun",
            "Penjabat Wali Kota Bengkulu",
        ),
        ("Wali Kota Bengkulu", dt.date(2020, 7, 1), "Helmi Hasan", "Wali Kota Bengkulu"),
        (
            "Wali Kota Yogyakarta",
            dt.date(2024, 8, 1),
            "Sugeng Purwanto",
            "Penjabat Wali Kota Yogyakarta",
        ),
        ("Wali Kota Yogyakarta", dt.date(2025, 3, 1), "Hasto Wardoyo", "Wali Kota Yogyakarta"),
        ("Wali Kota Pangkalpinang", dt.date(2025, 11, 1), "Saparudin", "Wali Kota Pangkalpinang"),
        (
            "Wakil Wali Kota Samarinda",
            dt.date(2022, 9, 1),
            "Rusmadi Wongso",
            "Wakil Wali Kota Samarinda",
        ),
        (
            "Wakil Wali Kota Palu",
            dt.date(2025, 6, 1),
            "Imelda Liliana Muhidin",
            "Wakil Wali Kota Palu",
        ),
        ("Bupati Bogor", dt.date(2020, 3, 1), "Ade Yasin", "Bupati Bogor"),
        ("Bupati Bogor", dt.date(2024, 5, 1), "Asmawa Tosepu", "Penjabat Bupati Bogor"),
        ("Bupati Bogor", dt.date(2024, 11, 1), "Bachril Bakri", "Penjabat Bupati Bogor"),
        ("Bupati Bogor", dt.date(2025, 5, 1), "Rudy Susmanto", "Bupati Bogor"),
        ("Bupati Bandung", dt.date(2022, 1, 10), "Dadang Supriatna", "Bupati Bandung"),
        ("Wakil Bupati Bandung", dt.date(2025, 4, 1), "Ali Syakieb", "Wakil Bupati Bandung"),
        ("Bupati Tangerang", dt.date(2020, 6, 1), "Ahmed Zaki Iskandar", "Bupati Tangerang"),
        (
            "Bupati Tangerang",
            dt.date(2024, 2, 1),
            "Andi Ony Prihartono",
            "Penjabat Bupati Tangerang",
        ),
        ("Bupati Manokwari", dt.date(2025, 6, 1), "Hermus Indou", "Bupati Manokwari"),
        ("Bupati Merauke", dt.date(2025, 6, 1), "Yoseph Bladib Gebze", "Bupati Merauke"),
        (
            "Wakil Wali Kota Medan",
            dt.date(2025, 6, 1),
            "Zakiyuddin Harahap",
            "Wakil Wali Kota Medan",
        ),
        ("Wali Kota Sorong", dt.date(2023, 12, 1), "Septinus Lobat", "Penjabat Wali Kota Sorong"),
        ("Wali Kota Tidore", dt.date(2025, 6, 1), "Muhammad Sinen", "Wali Kota Tidore Kepulauan"),
    ],
)
def test_bare_title_gives_the_holder_on_the_date(
    title: str, day: dt.date, holder: str, role: str
) -> None:
    found = resolve_title(title, day)
    assert found is not None and found[:2] == (holder, role)


def test_no_holder_in_an_unverified_gap() -> None:
    # Banjarbaru's Pj mayor before 2025-06-21 is not verified: the title stays unresolved
    assert resolve_title("Wali Kota Banjarbaru", dt.date(2025, 4, 1)) is None
    found = resolve_title("Wali Kota Banjarbaru", dt.date(2025, 7, 1))
    assert found is not None and found[2] == "Pemerintah Kota Banjarbaru"


def test_the_suspended_regents_plt_period_is_a_gap() -> None:
    # Ade Yasin was arrested in April 2022 and the vice regent acted beside her suspended
    # term until he became regent in September 2023: no holder is named in between
    assert resolve_title("Bupati Bogor", dt.date(2022, 10, 1)) is None
    assert holder_name("Bupati Bogor", dt.date(2023, 10, 1)) == "Iwan Setiawan"


def test_every_capital_mayor_office_belongs_to_its_city() -> None:
    people = default_people()
    mayors = [
        o for o in people.offices.values() if o.id.startswith(("walikota-", "wakil-walikota-"))
    ]
    assert len(mayors) >= 49
    for office in mayors:
        city = office.role.removeprefix("Wakil ").removeprefix("Wali Kota ")
        assert office.org is not None and office.org.startswith("pemkot-"), office.id
        assert f"Wali Kota {city}" in " ".join(office.titles), office.id


@pytest.mark.parametrize(
    ("text", "published", "written", "canonical", "role", "org"),
    [
        # the full name after the title
        (
            "Wali Kota Kendari Siska Karina Imran meninjau saluran drainase di Kecamatan Kadia.",
            "2025-05-12",
            "Siska Karina Imran",
            "Siska Karina Imran",
            "Wali Kota Kendari",
            "Pemerintah Kota Kendari",
        ),
        # a short form the press uses takes the full name
        (
            "Wali Kota Ambon Bodewin Wattimena menerima kunjungan rombongan DPRD.",
            "2025-08-04",
            "Bodewin Wattimena",
            "Bodewin Melkias Wattimena",
            "Wali Kota Ambon",
            "Pemerintah Kota Ambon",
        ),
        (
            "Walikota Pontianak Edi Kamtono membuka pasar murah di halaman kantor camat.",
            "2021-04-05",
            "Edi Kamtono",
            "Edi Rusdi Kamtono",
            "Wali Kota Pontianak",
            "Pemerintah Kota Pontianak",
        ),
        # the other spelling of a first name
        (
            "Wali Kota Bengkulu Deddy Wahyudi memimpin apel pagi.",
            "2025-09-01",
            "Deddy Wahyudi",
            "Dedy Wahyudi",
            "Wali Kota Bengkulu",
            "Pemerintah Kota Bengkulu",
        ),
        # the plain title before a Pj mayor names the acting post
        (
            "Wali Kota Bengkulu Arif Gunadi meninjau pasar tradisional.",
            "2024-03-11",
            "Arif Gunadi",
            "Arif Gunadi",
            "Penjabat Wali Kota Bengkulu",
            "Pemerintah Kota Bengkulu",
        ),
        # a name many people share, after its title
        (
            "Wali Kota Jambi Maulana melepas peserta pawai budaya.",
            "2025-08-17",
            "Maulana",
            "Maulana",
            "Wali Kota Jambi",
            "Pemerintah Kota Jambi",
        ),
        # a vice mayor written with another spelling of her name
        (
            "Wakil Wali Kota Ambon Elly Toisutta menghadiri ibadah syukur itu.",
            "2025-04-20",
            "Elly Toisutta",
            "Ely Toisuta",
            "Wakil Wali Kota Ambon",
            "Pemerintah Kota Ambon",
        ),
        # a nickname the press uses
        (
            "Wakil Bupati Bogor Jaro Ade meninjau jalan yang amblas di Cigudeg.",
            "2025-05-02",
            "Jaro Ade",
            "Ade Ruhandi",
            "Wakil Bupati Bogor",
            "Pemerintah Kabupaten Bogor",
        ),
        # a short form of the full name, and the plain title before a Pj regent
        (
            "Bupati Tangerang Andi Ony meninjau posko banjir di Teluknaga.",
            "2024-03-04",
            "Andi Ony",
            "Andi Ony Prihartono",
            "Penjabat Bupati Tangerang",
            "Pemerintah Kabupaten Tangerang",
        ),
        # the other spelling of a regent's name
        (
            "Bupati Jayawijaya Athenius Murib meninjau pasar di Wamena.",
            "2025-07-01",
            "Athenius Murib",
            "Atenius Murip",
            "Bupati Jayawijaya",
            "Pemerintah Kabupaten Jayawijaya",
        ),
    ],
)
def test_titled_heads_resolve_to_the_holder_and_the_region(
    extractor: Extractor,
    text: str,
    published: str,
    written: str,
    canonical: str,
    role: str,
    org: str,
) -> None:
    record = extractor.extract(text, published=published)
    people = [(e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [(written, canonical, role, org)]


def test_a_name_one_letter_off_after_the_title_is_the_holder(extractor: Extractor) -> None:
    record = extractor.extract(
        "Wali Kota Palangka Raya Fairid Naparim meresmikan taman kota.", published="2025-04-02"
    )
    person = next(e for e in record.entities if e.label == "PERSON")
    assert (person.canonical, person.role, person.matched) == (
        "Fairid Naparin",
        "Wali Kota Palangka Raya",
        "fuzzy",
    )


def test_a_former_mayor_is_not_the_mayor_after_the_term(extractor: Extractor) -> None:
    # Helmi Hasan's last term as mayor ended in 2023 (governor from 2025): the bare title has
    # another holder, and his name alone takes the office he held on the date
    assert holder_name("Wali Kota Bengkulu", dt.date(2025, 6, 1)) == "Dedy Wahyudi"
    roles = {}
    for published in ("2021-06-01", "2025-06-01"):
        record = extractor.extract(
            "Helmi Hasan meninjau banjir di Kelurahan Rawa Makmur.", published=published
        )
        roles[published] = [(e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert roles == {
        "2021-06-01": [("Helmi Hasan", "Wali Kota Bengkulu")],
        "2025-06-01": [("Helmi Hasan", "Gubernur Bengkulu")],
    }


def test_a_shared_name_without_its_title_is_not_linked(extractor: Extractor) -> None:
    record = extractor.extract(
        "Sudirman (52), nelayan di Kendari, mengaku hasil tangkapannya menurun.",
        published="2025-05-01",
    )
    assert all(e.role != "Wakil Wali Kota Kendari" for e in record.entities)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (Bandung Barat has holder lines: the 2025 regent's name, as a name that is not the
        # holder's on the date is not given the office)
        (
            "Bupati Bandung Barat Jeje Ritchie Ismail membuka pameran.",
            "Jeje Ritchie Ismail",
            "Bupati Bandung Barat",
        ),
        ("Bupati Mamuju Tengah Arsal Aras meninjau sawah.", "Arsal Aras", "Bupati Mamuju Tengah"),
        # an office listed before ("Wali Kota Padang") is not the head of Padang Panjang
        (
            "Wali Kota Padang Panjang Hendri Arnis membuka pameran.",
            "Hendri Arnis",
            "Wali Kota Padang Panjang",
        ),
    ],
)
def test_a_longer_regency_name_is_another_office(
    extractor: Extractor, text: str, name: str, role: str
) -> None:
    record = extractor.extract(text, published="2025-06-01")
    people = [(e.text, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [(name, role)]
