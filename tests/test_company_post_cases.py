"""A state company's posts as the press writes them, on mentions written for this test
(``data/company_post_cases.jsonl``): "Vice President" written out (no misspelt "Presiden"),
a field in English whose words a comma, "&" or "and" join ("Communication, Relations & CSR"),
the company's name closed by its legal form ("PT PLN (Persero)", "PT KAI Persero", "Tbk") with
the name right after it, a unit's number with the name right after it ("Daop 2 Nama"), and a
region of several provinces written by its short form ("Regional Sumbagsel", "UIW Kaltimra",
"Pertamina Patra Niaga Jatimbalinus Nama": ``lexicons/company_regions.tsv``), also after the
subholding's name ("Subholding Commercial & Trading Regional X"). Negative rows:
the same posts before no state company keep no organisation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "company_post_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_company_posts(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 14
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_no_company_post(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c.get("no_org")]
    assert len(rows) >= 2
    for case, record in rows:
        person = longest_person(record, case["mention"])
        assert person is not None and person.canonical == case["person"], case["mention"]
        assert person.org is None, (case["mention"], person.org)
