"""Regents of the provincial capitals that are regencies and of the three most populous
regencies (``holders.jsonl``), on sentences written for these tests: the bare title gives
the holder on the date (a Pj. regent with the acting post), a gap where no holder is
verified stays unresolved, and a longer regency name after the same words ("Bupati Bandung
Barat", "Bupati Mamuju Tengah") is another office."""

from __future__ import annotations

import datetime as dt

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title


@pytest.mark.parametrize(
    ("title", "day", "holder", "role"),
    [
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
def test_bare_title_gives_the_regent_on_the_date(
    title: str, day: dt.date, holder: str, role: str
) -> None:
    found = resolve_title(title, day)
    assert found is not None and found[:2] == (holder, role)


def test_the_suspended_regents_plt_period_is_a_gap() -> None:
    # Ade Yasin was arrested in April 2022 and the vice regent acted beside her suspended
    # term until he became regent in September 2023: no holder is named in between
    assert resolve_title("Bupati Bogor", dt.date(2022, 10, 1)) is None
    found = resolve_title("Bupati Bogor", dt.date(2023, 10, 1))
    assert found is not None and found[0] == "Iwan Setiawan"


@pytest.mark.parametrize(
    ("text", "published", "written", "canonical", "role", "org"),
    [
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
def test_titled_regents_resolve_to_the_holder_and_the_regency(
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


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bupati Bandung Barat Hengky Kurniawan membuka pameran.",
            "Hengky Kurniawan",
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
