"""ORG spans that must end where the office's name ends: sentences and names written for this
test (``tests/data/org_span_cases.jsonl``), one row per rule and way of writing it.

A row with ``mention`` is put in a neutral sentence; the PERSON found in it must carry the
expected name and organisation. A row with ``orgs`` checks ORG spans and their canonicals in
running text. ``rule`` states the pattern of news writing each row is an instance of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import Outcome, judge_cases, load_cases, mention_outcome, wrong_organisations
from pmk_extract import Extractor
from pmk_extract.components.justice import class_end, class_name

CASES = Path(__file__).parent / "data" / "org_span_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_every_row_right(outcomes: list[Outcome]) -> None:
    missed = [case.get("mention") or case["text"] for case, ok, _ in outcomes if not ok]
    assert missed == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    """A wrong organisation is worse than none."""
    assert wrong_organisations(outcomes) == []


def test_rows_state_their_rule() -> None:
    for case in load_cases(CASES):
        assert case["rule"] and case["family"] and case["variant"] and case["published"]
        assert ("mention" in case) != ("text" in case)


@pytest.mark.parametrize(
    ("words", "end", "name"),
    [
        (["Kelas", "II", "A", "Cipinang"], 3, "Kelas IIA"),
        (["Klas", "1", "A", "Tangerang"], 3, "Kelas IA"),
        (["Kelas", "II", "-", "B", "Pati"], 4, "Kelas IIB"),
        (["Kelas", "I.A", "Khusus", "TPI", "Medan"], 4, "Kelas IA Khusus TPI"),
        (["Perempuan", "Kelas", "2A", "Semarang"], 3, "Perempuan Kelas IIA"),
        (["Kelas", "Cipinang"], 0, ""),  # a class word with no grade names no class
        (["Kelas", "V", "A"], 0, ""),  # no fifth class
    ],
)
def test_class_designation(words: list[str], end: int, name: str) -> None:
    assert class_end(words, 0) == end
    assert class_name(words[:end]) == name
