"""Heads of national agencies and chairs of state commissions as news write them, second
table (``tests/data/agency_holder_cases2.jsonl``: mentions written for this test, the
published date, the expected person's full name, role and organisation). Families: agency
heads of bodies with no holder before this table (BKPM 2014-2016, BNP2TKI, Lemhannas, whose
head is titled Gubernur, Bekraf, LIPI, LAPAN, BPPT), chairs of the Ombudsman, the Komisi
Yudisial and Komnas HAM, the deputy chairs of the KPK (a multi-seat office: a name it does not
list is dropped), bodies whose heads the press titles otherwise ("Kepala BP Batam", "CEO
Danantara"), state enterprises' heads written "Dirut", and the ways the press shortens or
misspells names after the title ("Andi Widjayanto", "Amzulian Rivai", "Thomas Jamaluddin",
"Atnike Sigiro", "Lili Pantauli Siregar").

All rows go through one batch extraction. A bare title resolves to the holder on the date,
and to nobody between sourced terms (an acting head in between is not recorded)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import holder_name, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title

CASES = Path(__file__).parent / "data" / "agency_holder_cases2.jsonl"
# 21 of 35 on main before the holder lines of this table (f933621); 35 of 35 after them;
# 36 of 41 with the BP Batam, CEO Danantara and Komisi ASN rows (4 wrong organisations), 41 of 41
# after their lines; 44 of 47 with the KPK deputy rows (the multi-seat title dropped the names of
# deputies it did not list), 47 of 47 after them; 47 of 52 with the rows of state enterprises' heads
# written "Dirut" (lexicons/abbreviations.tsv had no Dirut), 52 of 52 with it; 54 of 56 with two
# ESDM directors-general (a short name and an initial left as written), 56 of 56 with their lines;
# 58 of 60 with the BNPT and Bakamla heads of 2014-2016, 60 of 60 with their lines; 61 of 62 with
# two BKKBN rows (a misspelt name outside the head's confirmed window), 62 of 62 with it widened
MIN_SCORE = 62 / 62


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_the_table_covers_each_family() -> None:
    cases = load_cases(CASES)
    families = Counter(c["family"] for c in cases)
    assert families["agency"] >= 15 and families["state"] >= 10 and families["misspelt"] >= 4
    assert families["soe"] >= 5 and families["echelon"] >= 4
    assert {c["published"][:4] for c in cases} >= {str(y) for y in range(2014, 2026)}


def test_agency_holder_score(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    right = sum(ok for _, ok, _ in outcomes)
    assert right / len(outcomes) >= MIN_SCORE
    # a wrong organisation is worse than none
    assert [(c["mention"], org) for c, _, org in outcomes if org is not None] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Gubernur Lemhannas", dt.date(2019, 1, 2), "Agus Widjojo"),
        ("Gubernur Lembaga Ketahanan Nasional", dt.date(2022, 2, 21), "Andi Widjajanto"),
        ("Gubernur Lemhannas", dt.date(2025, 1, 6), "Tubagus Ace Hasan Syadzily"),
        ("Kepala BKPM", dt.date(2016, 7, 26), "Franky Sibarani"),
        ("Kepala BKPM", dt.date(2016, 7, 27), "Thomas Trikasih Lembong"),
        ("Kepala Bekraf", dt.date(2017, 5, 1), "Triawan Munaf"),
        ("Kepala LAPAN", dt.date(2015, 1, 5), "Thomas Djamaluddin"),
        ("Ketua KY", dt.date(2022, 1, 3), "Mukti Fajar Nur Dewata"),
        ("Ketua KY", dt.date(2023, 7, 1), "Amzulian Rifai"),
        ("Ketua Ombudsman", dt.date(2018, 3, 1), "Amzulian Rifai"),
        ("Ketua Komnas HAM", dt.date(2020, 6, 1), "Ahmad Taufan Damanik"),
        ("Ketua Komnas HAM", dt.date(2022, 11, 14), "Atnike Nova Sigiro"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the acting governor of Lemhannas between two sworn ones is not recorded
        ("Gubernur Lemhannas", dt.date(2023, 12, 1)),
        ("Gubernur Lemhannas", dt.date(2022, 2, 1)),
        # the Komisi Yudisial between its members' oath and the chair's election
        ("Ketua KY", dt.date(2021, 1, 4)),
        # the body had ceased to exist
        ("Kepala LAPAN", dt.date(2022, 3, 1)),
        ("Kepala Bekraf", dt.date(2020, 3, 1)),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None
