"""Mayors and vice mayors of provincial capitals (``holders.jsonl``), on sentences written for
these tests: a bare title gives the holder on the date (an acting one with the acting post),
a title and a name as the press writes it (short form, nickname, one letter off) take the
holder's full name and the city government, and a former holder is not named after the term."""

from __future__ import annotations

import datetime as dt

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.kb import default_people


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
    ],
)
def test_titled_mayors_resolve_to_the_holder_and_the_city(
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
    found = resolve_title("Wali Kota Bengkulu", dt.date(2025, 6, 1))
    assert found is not None and found[0] == "Dedy Wahyudi"
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
