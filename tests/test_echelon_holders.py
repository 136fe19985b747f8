"""Echelon-I officials of the ministries (``ministry_unit`` bodies in ``organizations.jsonl``,
their heads' offices and holders): on sentences written for these tests, a bare title
resolves to the holder on the date, a title and a short name take the holder's full name,
a unit written with its ministry is one organisation, and no holder is given outside the
windows the pages confirm.

The tables of titles on their days (and of names in sentences) are rows of
``data/echelon_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title


def test_no_holder_outside_the_confirmed_windows() -> None:
    # the pages confirm Dody Edward's start at Ditjen PEN (2019) but no later day
    assert resolve_title("Dirjen PEN", dt.date(2020, 6, 1)) is None
    # the day before the hand-over: still the predecessor
    before = resolve_title("Dirjen Pajak", dt.date(2025, 5, 22))
    assert before is not None and before[0] == "Suryo Utomo"


def test_title_and_short_name_take_the_full_name(extractor: Extractor) -> None:
    text = (
        "Dirjen PPI Kemendag Djatmiko memimpin delegasi dalam perundingan dagang di Jakarta. "
        "“Kami ingin perundingan ini selesai tahun ini,” kata Djatmiko."
    )
    record = extractor.extract(text, published="2023-03-08")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert {p.canonical for p in people} == {"Djatmiko Bris Witjaksono"}
    assert people[0].role == "Direktur Jenderal Perundingan Perdagangan Internasional"
    assert people[0].org == "Kementerian Perdagangan"
    assert [q.speaker for q in record.quotes] == ["Djatmiko Bris Witjaksono"]


def test_a_shared_single_name_is_linked_only_after_its_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Dirjen Bea Cukai Askolani meninjau Pelabuhan Tanjung Priok.", published="2022-08-01"
    )
    assert [(e.canonical, e.org) for e in titled.entities if e.label == "PERSON"] == [
        ("Askolani", "Kementerian Keuangan")
    ]
    bare = extractor.extract("Askolani, warga Bekasi, datang ke pasar.", published="2022-08-01")
    assert all(e.role is None for e in bare.entities if e.label == "PERSON")


def test_a_unit_and_its_ministry_are_one_organisation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Ditjen Pajak Kemenkeu dan Ditjen PKTN Kemendag menandatangani nota kesepahaman.",
        published="2022-02-10",
    )
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs == {
        "Ditjen Pajak Kemenkeu": "Direktorat Jenderal Pajak Kementerian Keuangan",
        "Ditjen PKTN Kemendag": (
            "Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga Kementerian Perdagangan"
        ),
    }


def test_a_directorate_general_of_home_affairs(extractor: Extractor) -> None:
    record = extractor.extract(
        "Dirjen Dukcapil Kemendagri Teguh meminta dinas di daerah mempercepat perekaman KTP-el.",
        published="2023-08-14",
    )
    people = [(e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [
        (
            "Teguh",
            "Teguh Setyabudi",
            "Direktur Jenderal Kependudukan dan Pencatatan Sipil",
            "Kementerian Dalam Negeri",
        )
    ]


def test_no_holder_beyond_the_pages(extractor: Extractor) -> None:
    # the acting head who followed Semuel Abrijani Pangerapan is not recorded
    assert resolve_title("Dirjen Aptika", dt.date(2024, 7, 10)) is None
    # the Komdigi rename ends the Kominfo directorate-general and its holder
    assert resolve_title("Dirjen IKP", dt.date(2024, 11, 4)) is None
    record = extractor.extract(
        "Dirjen Aptika Kominfo Semuel meminta platform digital mendaftar.", published="2021-03-01"
    )
    people = [(e.text, e.canonical, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [
        ("Semuel", "Semuel Abrijani Pangerapan", "Kementerian Komunikasi dan Informatika")
    ]
