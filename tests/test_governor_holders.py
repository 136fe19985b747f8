"""Governors, vice-governors and acting governors (``holders.jsonl``, offices
``gubernur-*`` and ``wagub-*``), on a table of mentions written for these tests
(``data/governor_holder_cases.jsonl``): a title and a name as the press writes it (full,
short, with initials, a spelling one letter off) give the holder's full name, the role on
the date (an acting term names its post: "Gubernur Papua Soedarmo" in 2018 is the Penjabat)
and the provincial government; a name after the title outside the holder's term is not
made the holder of that day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, gazetteer_lines, load_cases, longest_person
from pmk_extract import Extractor, Record
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people

CASES = load_cases(Path(__file__).parent / "data" / "governor_holder_cases.jsonl")
PROVINCIAL = ("gubernur-", "wagub-")


def _title(mention: str, written: str) -> str:
    return mention.removesuffix(written).strip()


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[Record]:
    return extract_cases(extractor, CASES)


def test_the_table_covers_what_it_claims() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c.get("matched") == "fuzzy") >= 3
    assert sum(1 for c in CASES if c["canonical"] is None) >= 4
    acting = [
        c for c in CASES if c["canonical"] and c["role"].startswith(("Penjabat", "Pelaksana"))
    ]
    assert len(acting) >= 10
    assert sum(1 for c in CASES if c["canonical"] and c["role"].startswith("Wakil")) >= 10


@pytest.mark.parametrize("index", [i for i, c in enumerate(CASES) if c["canonical"]])
def test_a_titled_name_resolves_to_the_holder(records: list[Record], index: int) -> None:
    case = CASES[index]
    person = longest_person(records[index], case["mention"])
    assert person is not None, case["mention"]
    assert (person.canonical, person.role, person.org) == (
        case["canonical"],
        case["role"],
        case["org"],
    )
    if "matched" in case:
        assert person.matched == case["matched"]


@pytest.mark.parametrize("index", [i for i, c in enumerate(CASES) if not c["canonical"]])
def test_a_name_outside_the_term_is_not_the_holder(records: list[Record], index: int) -> None:
    case: dict[str, Any] = CASES[index]
    person = longest_person(records[index], case["mention"])
    written = case["mention"].split()[-1] if person is None else person.text
    names = {written} if person is None else {written, person.canonical}
    assert person is None or person.matched != "fuzzy"
    day = dt.date.fromisoformat(case["published"])
    found = resolve_title(_title(case["mention"], written), day)
    # the title names someone else that day: the written name is not turned into them
    assert found is not None and found[0] not in names


def _terms() -> list[dict[str, Any]]:
    offices = default_people().offices
    return [
        h
        for h in gazetteer_lines("holders.jsonl")
        if h["office"].startswith(PROVINCIAL)
        and (offices[h["office"]].org or "").startswith("pemprov-")
    ]


def test_every_provincial_head_term_added_for_issue_18_names_its_source() -> None:
    terms = _terms()
    unsourced = {t["name"] for t in terms if "source: " not in t.get("note", "")}
    assert len(terms) >= 260
    # the lines without a page are the oldest (README: general knowledge, to be checked);
    # every line added since names its page
    assert len(unsourced) <= 25, sorted(unsourced)
