"""A police or military rank between a post and a name gives the person the service when the
post names no other organisation (``components/rank_service.py``), and a numbered unit before
a rank is read whole (``components/commands.py``, a section officer's post fused with a unit:
``command_posts.py``): sentences written for these tests (``tests/data/rank_service_cases.jsonl``),
each naming its rule. The negative rows give no service: a rank with no post, a rank written
alike in both services, a retired or former officer, a post in a body the knowledge base does
not know or names in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases
from pmk_extract import Extractor, Record
from pmk_extract.components.rank_spelling import RankSpelling
from pmk_extract.lexicons import lexicons, rank_services

CASES = Path(__file__).parent / "data" / "rank_service_cases.jsonl"


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[Record]:
    return extract_cases(extractor, load_cases(CASES))


@pytest.mark.parametrize(
    ("index", "case"), list(enumerate(load_cases(CASES))), ids=lambda c: str(c)[:60]
)
def test_rank_service_case(records: list[Record], index: int, case: dict[str, Any]) -> None:
    people = {e.text: e for e in records[index].entities if e.label == "PERSON"}
    if case["family"] != "negative":
        assert case["person"] in people
    person = people.get(case["person"])
    assert (person.org if person else None) == case["org"]
    if "role" in case:  # a numbered unit read whole: the post over it
        assert person is not None and person.role == case["role"]


def test_every_case_names_its_rule() -> None:
    cases = load_cases(CASES)
    for case in cases:
        assert case["rule"] and case["family"] and case["text"] and case["published"]
    assert sum(case["family"] == "negative" for case in cases) >= 5


def test_every_rank_has_its_service_in_every_case() -> None:
    services = rank_services()
    for key, want in (
        (("AKBP",), "polri"),
        (("Akbp",), "polri"),
        (("Kombes", "Pol."), "polri"),
        (("Bripka",), "polri"),
        (("LETKOL",), "tni"),
        (("Inf",), "tni"),
        (("INF",), "tni"),
        (("Laksma",), "tni"),
        (("Kelasi", "Satu"), "tni"),
        (("Marsekal", "Pertama"), "tni"),
        (("Brigjen",), "-"),
        (("Jenderal",), "-"),
        (("(", "Purn", ")"), "purn"),
    ):
        assert services[key] == want


def test_a_word_a_letter_off_a_rank_after_a_rank_opens_the_name() -> None:
    spelling = RankSpelling(lexicons(), ())
    assert spelling.rank_at(["Letkol", "Inf", "Parada", "Wirya"], 2, True) == 0
    assert spelling.rank_at(["Parada", "Wirya"], 0, False) == 1  # alone: "Prada" misspelt
    assert spelling.rank_at(["MAyjen", "TNI", "Budi"], 0, True) == 2  # a slip of case
