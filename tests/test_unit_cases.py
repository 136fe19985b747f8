"""Officials of units below a top institution as a productive pattern family: sentences
and names written for this test (``tests/data/unit_cases.jsonl``), one row per office kind
x way of writing it. Families: ``vertical`` (national agencies' and ministries' regional
offices: BPS, OJK, Bank Indonesia, BPKP, BPK, Ombudsman, BKKBN, BP3MI, river-basin and road
offices, conservation offices, LLDikti, BPMP, language offices, port authorities, tax and
customs offices, BMKG, Basarnas, BPOM, BKN), ``echelon`` (ministries' echelon-I units named
without their ministry) and ``defunct`` (bodies that existed on the published date). The
people's names are made up except where a named real holder is meant, so the organisation
comes from the pattern, not from holder data.

A row with ``mention`` is put in a neutral sentence; the PERSON found in it must carry the
expected name and organisation (the top-level institution of the date), the expected role
when the row gives one, and the ORG spans of ``orgs`` with their canonical. A row with
``text`` checks ORG spans in running text. ``rule`` states the pattern each row is an
instance of; ``-s`` prints the score by family and the misses.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import (
    Outcome,
    family_score,
    judge_cases,
    load_cases,
    mention_outcome,
    org_spans_right,
    wrong_organisations,
)
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "unit_cases.jsonl"
# 23 of 102 on main before the rules of this family (f933621); 65 of 102 after the regional
# and vertical offices (b3eda7e); 91 of 102 with the echelon-I units of six more ministries
# (0c1f224); 99 of 111 with the forestry split's units and ministries' deputies (9 rows added,
# f70a847); 106 of 117 with numbered regional offices, KPPN/KPKNL, BPTD, BPPW (6 rows added,
# 579e745); 110 of 121 with the Kemendikdasmen's units (4 rows added, f90c401); 113 of 121
# with the river basins that name river-basin offices
MIN_SCORE = 113 / 121


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether the row came out right, and the organisation given when it is a wrong one."""
    right, wrong = mention_outcome(case, record)
    if "mention" in case and "orgs" in case:
        right = right and org_spans_right(record, case["orgs"])
    return right, wrong


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    return judge_cases(extractor, _cases(), _outcome)


def test_table_covers_the_family() -> None:
    cases = _cases()
    assert len(cases) >= 90
    families = Counter(c["family"] for c in cases)
    assert {"vertical", "echelon", "defunct"} <= set(families)
    variants = Counter(c["variant"] for c in cases if c["family"] == "vertical")
    assert len(variants) >= 15
    years = {c["published"][:4] for c in cases}
    assert {"2017", "2019", "2021", "2023", "2025"} <= years
    for case in cases:
        assert case["rule"] and case["variant"] and case["published"]
        assert ("mention" in case) != ("text" in case)
        if "mention" in case:
            assert case["person"] and case["org"]


def test_unit_score(outcomes: list[Outcome]) -> None:
    assert family_score(outcomes, "units") >= MIN_SCORE


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    """A wrong organisation is worse than none."""
    assert wrong_organisations(outcomes) == []
