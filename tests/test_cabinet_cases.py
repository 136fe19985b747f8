"""Deputy ministers of the three cabinets, ministers after the 2025 reshuffles, the
presidential and vice-presidential offices and ministers' special staff, on a table of
mentions written for these tests (``data/cabinet_cases.jsonl``: the mention, the published
date, the holder's full name, the expected organisation and, for the presidential offices,
the role). A deputy minister is written with the fused acronym ("Wamenkeu", "WamenPUPR"),
"Wamen" + the ministry's name or short form ("Wamen Perhubungan", "Wamen ATR", "Wamen
Kominfo") or "Wakil Menteri" + either; the organisation is the ministry as named on that
date. The heads of the President's and the Vice-President's secretariats belong to the State
Secretariat; a special envoy of the President, like the President, has a role and no
organisation. A minister's title that ends in "Desa" ("Menteri Desa", "Wamen Desa") is no
village before the holder's name. A coordinating minister's field written in lower case
before a comma ("Menteri Koordinator bidang Kemaritiman, Nama") is the minister's, never a
generic "Koordinator" with a field of its own. All rows are extracted in one batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import extract_cases, holder_name, load_cases, mention_outcome
from pmk_extract import Extractor, Record
from pmk_extract.components.officials import resolve_title

CASES = load_cases(Path(__file__).parent / "data" / "cabinet_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[bool, str | None]]:
    records: list[Record] = extract_cases(extractor, CASES)
    return [mention_outcome(case, record) for case, record in zip(CASES, records, strict=True)]


def test_the_table_covers_each_cabinet_and_office_family() -> None:
    families = {c["family"] for c in CASES}
    assert families >= {"wamen_kk", "wamen_kim", "wamen_kmp", "presidential", "staff", "minister"}
    assert len(CASES) >= 80
    assert sum(1 for c in CASES if c["org"] is None) >= 2


def test_mentions_get_person_and_organisation(outcomes: list[tuple[bool, str | None]]) -> None:
    missed = [c["mention"] for c, (right, _) in zip(CASES, outcomes, strict=True) if not right]
    assert not missed


def test_no_mention_gets_a_wrong_organisation(outcomes: list[tuple[bool, str | None]]) -> None:
    wrong = [(c["mention"], org) for c, (_, org) in zip(CASES, outcomes, strict=True) if org]
    assert not wrong


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kasetwapres", dt.date(2019, 3, 1), "Mohamad Oemar"),
        ("Wakil Kepala Staf Kepresidenan", dt.date(2025, 3, 1), "Muhammad Qodari"),
        ("Ketua Wantimpres", dt.date(2021, 1, 4), "Wiranto"),
        ("Seskab", dt.date(2024, 9, 2), "Pramono Anung"),
        # one deputy at a time: Harvick Hasnul Qolbi was relieved when Sudaryono came in
        ("Wamentan", dt.date(2024, 8, 1), "Sudaryono"),
        ("Wamen Pertanian", dt.date(2022, 8, 1), "Harvick Hasnul Qolbi"),
    ],
)
def test_a_bare_title_names_the_holder_on_the_date(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # after Oemar's swearing-in as ambassador; Pramono's resignation (an acting Seskab)
        ("Kasetwapres", dt.date(2022, 1, 4)),
        ("Seskab", dt.date(2024, 10, 1)),
        # three deputy ministers of finance on the date
        ("Wamen Keuangan", dt.date(2025, 3, 1)),
    ],
)
def test_outside_the_terms_a_bare_title_names_nobody(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None
