"""Boards of the financial authorities and heads of national agencies as news write them: a
table of mentions written for these tests (``tests/data/agency_holder_cases.jsonl``: the
mention, the published date, the person as written, the holder's full name where the
knowledge base links one, the role and the organisation). A name misspelt by a letter or two
after a title takes the holder of that office on that date; outside the holder's term it
stays as written. A bare title resolves to the holder on the date, and to nobody outside the
sourced terms or when several people hold the post on that date (Deputi Gubernur BI, the
deputy chairs of the DPR: ``People.holder``), while a name after such a title is matched
against all of them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from helpers import expected_person, holder_name, load_cases, mention_people
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title

CASES = Path(__file__).parent / "data" / "agency_holder_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def test_the_table_covers_each_family_and_misspellings() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert {c["family"] for c in cases} >= {"bi", "ojk", "bpjs", "agency", "state", "outside_term"}
    misspelt = [c for c in cases if c.get("canonical", c["person"]) != c["person"]]
    assert len(misspelt) >= 5


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['mention']} {c['published']}")
def test_a_titled_mention_gets_person_role_and_org(
    extractor: Extractor, case: dict[str, Any]
) -> None:
    assert mention_people(extractor, case) == [expected_person(case)]


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("DGS BI", dt.date(2015, 6, 1), "Mirza Adityaswara"),
        ("Deputi Gubernur Senior Bank Indonesia", dt.date(2021, 1, 4), "Destry Damayanti"),
        ("Wakil Ketua Dewan Komisioner OJK", dt.date(2019, 5, 2), "Nurhaida"),
        ("Wakil Ketua DK OJK", dt.date(2024, 6, 1), "Mirza Adityaswara"),
        ("Kepala Eksekutif Pengawas Perbankan OJK", dt.date(2020, 6, 1), "Heru Kristiyana"),
        ("Kepala Eksekutif Pengawas Perbankan OJK", dt.date(2022, 7, 20), "Dian Ediana Rae"),
        ("Kepala Eksekutif Pengawas Pasar Modal OJK", dt.date(2023, 6, 1), "Inarno Djajadi"),
        ("Kepala Eksekutif Pengawas IKNB OJK", dt.date(2022, 7, 19), "Riswinandi"),
        ("Kepala Eksekutif Pengawas PPDP OJK", dt.date(2024, 1, 2), "Ogi Prastomiyono"),
        ("Dirut BPJS Kesehatan", dt.date(2019, 1, 2), "Fachmi Idris"),
        ("Dirut BPJS Kesehatan", dt.date(2021, 2, 22), "Ali Ghufron Mukti"),
        ("Direktur Utama BPJS Ketenagakerjaan", dt.date(2023, 6, 1), "Anggoro Eko Cahyo"),
        ("Kepala Perpusnas", dt.date(2019, 1, 2), "Muhammad Syarif Bando"),
        # a multi-seat office with one holder on the date
        ("Wamenkeu", dt.date(2021, 3, 1), "Suahasil Nazara"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # between two sourced terms, before the first, after a resignation
        ("DGS BI", dt.date(2019, 8, 1)),
        ("Kepala Eksekutif Pengawas Perbankan OJK", dt.date(2016, 6, 1)),
        ("Wakil Ketua DK OJK", dt.date(2026, 3, 1)),
        ("Dirut BPJS Kesehatan", dt.date(2016, 6, 1)),
        ("Dirut BPJS Ketenagakerjaan", dt.date(2025, 6, 1)),
        ("Kepala Perpusnas", dt.date(2016, 5, 1)),
        # several Deputi Gubernur at once (no holder lines): the title names nobody
        ("Deputi Gubernur BI", dt.date(2021, 1, 4)),
        # several holders of a multi-seat office on the date: the title names none of them
        ("Wakil Ketua DPR", dt.date(2022, 1, 4)),
        ("Wamenkeu", dt.date(2025, 3, 1)),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None
