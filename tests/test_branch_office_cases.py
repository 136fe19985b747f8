"""Heads of a provincial office's branch over a numbered area ("KCD Pendidikan Wilayah XI",
"Kantor Cabang Dinas", "Cabang Dinas Kehutanan Wilayah III"): sentences written for these
tests (``tests/data/branch_office_cases.jsonl``), all extracted in one batch.

- ``branch without its office``: the branch is no top-level institution
  (``lexicons/technical_units.txt``), so its head has no organisation, never the branch's
  raw name;
- ``branch with its office``: the provincial office written after it gives the province's
  government.

``person`` is the expected PERSON's canonical, ``org`` its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "branch_office_cases.jsonl"


def test_branch_office_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "branch without its office",
        "branch with its office",
    }
