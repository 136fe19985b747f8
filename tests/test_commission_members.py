"""Members of the state commissions and collegial bodies (multi-seat offices of
``offices.jsonl``: the Constitutional Court's judges, ``hakim-konstitusi``; the KPK's five
leaders, ``pimpinan-kpk``, and its supervisory board, ``anggota-dewas-kpk`` and its chair;
the Ombudsman RI's members, ``anggota-ombudsman``; the Komisi Yudisial's, ``anggota-ky``;
the Komnas HAM's of 2017-2022, ``komisioner-komnas-ham``; the LPSK's of 2019-2024,
``anggota-lpsk`` and ``waket-lpsk``; the KPAI's of 2022-2027, ``anggota-kpai``;
commissions lane of issue 18), on mentions written for this test
(``tests/data/commission_member_cases.jsonl``): a member's title and the name as written,
short or misspelt, take the member of that day's full name, the role and the body; an
unknown name keeps the role and the body but is no known person ("Komisioner KPAI Retno" in
2023 is not the foreign minister Retno Marsudi), also when its words are
common words that known names bear ("Gunawan"); a headline after the title ("Minta Maaf")
is no person. The members on a date are the whole bench or board."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, longest_person
from pmk_extract import Extractor
from pmk_extract.people import default_people

CASES = Path(__file__).parent / "data" / "commission_member_cases.jsonl"
FRAME = "{mention} memberikan keterangan kepada wartawan."


def _outcome(extractor: Extractor, case: dict[str, Any]) -> tuple[str | None, ...] | None:
    record = extractor.extract(FRAME.format(mention=case["mention"]), published=case["published"])
    person = longest_person(record, case["mention"])
    if person is None:
        return None
    return person.canonical, person.role, person.org


def _expected(case: dict[str, Any]) -> tuple[str | None, ...] | None:
    if case["person"] is None:
        return None  # a headline after the title: no person
    return case["person"], case["role"], case["org"]


def test_every_row_comes_out_right(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = [
        (c["mention"], found) for c in cases if (found := _outcome(extractor, c)) != _expected(c)
    ]
    assert wrong == []


def test_an_unknown_name_is_no_known_person() -> None:
    people = default_people()
    unknown = [c["person"] for c in load_cases(CASES) if c["form"] == "unknown"]
    assert unknown
    assert all(people.person(name) is None for name in unknown)


def _members(office: str, day: dt.date) -> set[str]:
    return {h.name for h in default_people().holders_on(office, day)}


@pytest.mark.parametrize(
    ("office", "day", "size", "member", "absent"),
    [
        ("hakim-konstitusi", dt.date(2016, 6, 1), 9, "Patrialis Akbar", "Saldi Isra"),
        # Patrialis Akbar relieved of his duties on 2017-01-27, Saldi Isra sworn in 2017-04-11
        ("hakim-konstitusi", dt.date(2017, 3, 1), 8, "Maria Farida Indrati", "Patrialis Akbar"),
        ("hakim-konstitusi", dt.date(2019, 6, 1), 9, "Enny Nurbaningsih", "Maria Farida Indrati"),
        ("hakim-konstitusi", dt.date(2022, 6, 1), 9, "Aswanto", "Muhammad Guntur Hamzah"),
        ("hakim-konstitusi", dt.date(2025, 6, 1), 9, "Arsul Sani", "Wahiduddin Adams"),
        ("hakim-konstitusi", dt.date(2026, 3, 1), 9, "Adies Kadir", "Arief Hidayat"),
        ("pimpinan-kpk", dt.date(2017, 6, 1), 5, "Saut Situmorang", "Nurul Ghufron"),
        # Lili Pintauli Siregar resigned in July 2022, Johanis Tanak chosen in September
        ("pimpinan-kpk", dt.date(2022, 8, 1), 4, "Nawawi Pomolango", "Lili Pintauli Siregar"),
        ("pimpinan-kpk", dt.date(2025, 6, 1), 5, "Setyo Budiyanto", "Alexander Marwata"),
        ("anggota-dewas-kpk", dt.date(2020, 6, 1), 5, "Artidjo Alkostar", "Indriyanto Seno Adji"),
        ("anggota-dewas-kpk", dt.date(2021, 3, 15), 4, "Albertina Ho", "Artidjo Alkostar"),
        ("anggota-dewas-kpk", dt.date(2025, 6, 1), 5, "Chisca Mirawati", "Albertina Ho"),
        ("anggota-ombudsman", dt.date(2018, 6, 1), 9, "Ahmad Suaedy", "Hery Susanto"),
        # Amzulian Rifai left for the Komisi Yudisial on 2020-12-21
        ("anggota-ombudsman", dt.date(2021, 1, 15), 8, "Laode Ida", "Amzulian Rifai"),
        ("anggota-ombudsman", dt.date(2023, 6, 1), 9, "Jemsly Hutabarat", "Ninik Rahayu"),
        ("anggota-ky", dt.date(2018, 6, 1), 7, "Sumartoyo", "Binziad Kadafi"),
        ("anggota-ky", dt.date(2022, 6, 1), 7, "Amzulian Rifai", "Farid Wajdi"),
        ("komisioner-komnas-ham", dt.date(2018, 6, 1), 7, "Hairansyah", "Anis Hidayah"),
        ("anggota-lpsk", dt.date(2021, 6, 1), 7, "Maneger Nasution", "Abdul Haris Semendawai"),
        ("waket-lpsk", dt.date(2021, 6, 1), 6, "Achmadi", "Hasto Atmojo Suroyo"),
        ("anggota-kpai", dt.date(2024, 6, 1), 9, "Kawiyan", "Retno Listyarti"),
    ],
)
def test_members_on_a_date(office: str, day: dt.date, size: int, member: str, absent: str) -> None:
    members = _members(office, day)
    assert len(members) == size
    assert member in members
    assert absent not in members
