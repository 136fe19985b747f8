"""A regional post written without its region in a text that names a province's head or
body and one regency's or city's inside it (the governor's visit): the regency's or city's
when the dateline places the story there. Short news texts written for this test
(``tests/data/storyregion_cases.jsonl``), each naming one official and the heads before it.

Families: ``dateline_story`` (the dateline names the regency or city: "GARUT - Gubernur X
... Bupati Garut ... Sekda Nama"), ``dateline_district`` (the dateline names one of its
districts: "ANDOOLO", "KALASAN"; a sub-unit's head too) and ``negative`` (a dateline of
the province's seat or of another regency, a regency of another province, no dateline, a
second regency's body named: no organisation).
"""

from __future__ import annotations

from pathlib import Path

from helpers import case_text, extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "storyregion_cases.jsonl"


def test_story_region_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = {(p.canonical, p.org) for p in record.entities if p.label == "PERSON"}
        want = {(case["person"], case["org"]), *(tuple(other) for other in case.get("also", []))}
        if found != want:
            wrong.append(f"{case_text(case)}: {sorted(found, key=str)}")
    assert not wrong, "\n".join(wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"dateline_story", "dateline_district", "negative"}
