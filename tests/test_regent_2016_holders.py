"""The regents, vice regents, mayors and vice mayors of Java whose five-year terms began with
the governors' inaugurations of 2016-02-17 (``holders.jsonl``), on mentions written for these
tests (``data/regent_2016_holder_cases.jsonl``): a title and a name as the press writes it (full,
short, a spelling one letter off) give the holder's full name, the role and the regional
government inside the term; outside it the written name is linked to nobody."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record
from pmk_extract.components.officials import resolve_title

CASES = load_cases(Path(__file__).parent / "data" / "regent_2016_holder_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[Record]:
    return extract_cases(extractor, CASES)


@pytest.mark.parametrize("index", [i for i, c in enumerate(CASES) if c["canonical"]])
def test_a_titled_name_in_the_term_resolves_to_the_holder(
    records: list[Record], index: int
) -> None:
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
    case = CASES[index]
    person = longest_person(records[index], case["mention"])
    assert person is None or (person.canonical == person.text and person.matched != "fuzzy")
    written = case["mention"].removeprefix(case["title"]).strip()
    found = resolve_title(case["title"], dt.date.fromisoformat(case["published"]))
    assert found is None or found[0] != written
