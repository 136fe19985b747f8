"""Members of the election bodies before 2017 and chairs of other state bodies
(commissions2 lane of issue 18): the KPU's seven members of 2012-2017 (``anggota-kpu``,
with Hasyim Asy'ari in Husni Kamil Manik's seat from 2016-08-29), the Bawaslu's five
(``anggota-bawaslu``), the chairs of the KPI, the Komnas Perempuan and the LPS
(``ketua-kpi``, ``ketua-komnas-perempuan``, ``ketua-lps``), on mentions written
for this test (``tests/data/commissions2_member_cases.jsonl``): a member's title and the
name as written, short or misspelt, take the member of that day's full name, the role and
the body; an unknown name keeps the role and the body but is no known person; a headline
after the title is no person. The members on a date are the whole board."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, longest_person
from pmk_extract import Extractor
from pmk_extract.people import default_people

CASES = Path(__file__).parent / "data" / "commissions2_member_cases.jsonl"
FRAME = "{mention} memberikan keterangan kepada wartawan."


def _outcome(extractor: Extractor, case: dict[str, Any]) -> tuple[str | None, ...] | None:
    record = extractor.extract(FRAME.format(mention=case["mention"]), published=case["published"])
    person = longest_person(record, case["mention"])
    if person is None:
        return None
    return person.canonical, person.role, person.org


def _expected(case: dict[str, Any]) -> tuple[str | None, ...] | None:
    if case["person"] is None:
        return None
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


@pytest.mark.parametrize(
    ("office", "day", "size", "member", "absent"),
    [
        ("anggota-kpu", dt.date(2016, 6, 1), 7, "Husni Kamil Manik", "Hasyim Asy'ari"),
        # Husni Kamil Manik died on 2016-07-07; Hasyim Asy'ari sworn in on 2016-08-29
        ("anggota-kpu", dt.date(2016, 8, 1), 6, "Juri Ardiantoro", "Husni Kamil Manik"),
        ("anggota-kpu", dt.date(2016, 10, 1), 7, "Hasyim Asy'ari", "Husni Kamil Manik"),
        ("anggota-kpu", dt.date(2017, 4, 10), 7, "Ida Budhiati", "Viryan Azis"),
        ("anggota-kpu", dt.date(2017, 4, 11), 7, "Viryan Azis", "Ida Budhiati"),
        ("anggota-bawaslu", dt.date(2016, 6, 1), 5, "Daniel Zuchron", "Rahmat Bagja"),
        ("anggota-bawaslu", dt.date(2017, 6, 1), 5, "Rahmat Bagja", "Nelson Simanjuntak"),
        ("ketua-lps", dt.date(2025, 6, 1), 1, "Purbaya Yudhi Sadewa", "Didik Madiyono"),
        # Purbaya Yudhi Sadewa became finance minister on 2025-09-08; Didik Madiyono acting
        ("ketua-lps", dt.date(2025, 9, 16), 1, "Didik Madiyono", "Purbaya Yudhi Sadewa"),
        ("ketua-kpi", dt.date(2019, 6, 1), 1, "Yuliandre Darwis", "Agung Suprio"),
        ("ketua-komnas-perempuan", dt.date(2022, 6, 1), 1, "Andy Yentriyani", "Yuliandre Darwis"),
    ],
)
def test_members_on_a_date(office: str, day: dt.date, size: int, member: str, absent: str) -> None:
    members = {h.name for h in default_people().holders_on(office, day)}
    assert len(members) == size
    assert member in members
    assert absent not in members
