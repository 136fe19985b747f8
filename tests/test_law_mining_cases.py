"""Officials of the police, the armed forces, the prosecution and the courts as fresh news
pages write them, one row per pattern found while reading such pages (the sentences and names
are written for this test: ``tests/data/law_mining_cases.jsonl``): a name the recogniser
labels ORG after an officer's rank, judges' posts in lower case or with the court's place
alone, a post and its body apart by "dari", a section head fused with "Ka" before a rank, a
section head of a field only the prosecution has, a name word ending in -i before a known
alias, a comma between a post's place and the officer's rank, and the second member of a
bench named after "dan", a law post fused in one word ("Kasidik"), the dotted honorific "Y.M.".

Each row is running text whose PERSON entities must be exactly ``people`` (canonical,
organisation), in text order; rows whose ``variant`` opens with "negative" hold the words of
the pattern where it names no one or another body. ``rule`` states the pattern of news
writing each row is an instance of.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import Outcome, judge_cases, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "law_mining_cases.jsonl"


def _people(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether the text's PERSON entities are the row's, and a wrong organisation given."""
    found = [[e.canonical, e.org] for e in record.entities if e.label == "PERSON"]
    wanted = {name: org for name, org in case["people"]}
    wrong = [org for name, org in found if org is not None and wanted.get(name) != org]
    return found == case["people"], wrong[0] if wrong else None


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    return judge_cases(extractor, load_cases(CASES), _people)


def test_table_covers_the_patterns() -> None:
    cases = load_cases(CASES)
    families = {c["family"] for c in cases}
    assert len(families) == 11
    assert sum(c["variant"].startswith("negative") for c in cases) >= 5
    for case in cases:
        assert case["rule"] and case["text"] and case["published"]


def test_every_row(outcomes: list[Outcome]) -> None:
    misses = [(c["family"], c["variant"]) for c, ok, _ in outcomes if not ok]
    assert misses == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    """A wrong organisation is worse than none."""
    assert [(c["text"], org) for c, _, org in outcomes if org] == []
