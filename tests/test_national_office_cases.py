"""Officials of national bodies' regional offices and of appointment lists, as national news
writes them: sentences written for these tests (``tests/data/national_office_cases.jsonl``),
each naming its rule. ``people``: a PERSON written so, with its organisation (and role, when
given); ``orgs``: an ORG span and its canonical; ``not_people``: spans that are no PERSON;
``not_org``: a person who must not get that organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "national_office_cases.jsonl"


def _misses(case: dict[str, Any], people: dict[str, Any], orgs: dict[str, str]) -> list[str]:
    misses = []
    for name, want in case.get("people", {}).items():
        got = people.get(name)
        if got is None or got.org != want["org"] or got.role != want.get("role", got.role):
            misses.append(f"{name}: {got and (got.role, got.org)}")
    misses += [f"PERSON {span}" for span in case.get("not_people", ()) if span in people]
    for span, canonical in case.get("orgs", {}).items():
        if orgs.get(span) != canonical:
            misses.append(f"ORG {span}: {orgs.get(span)}")
    for name, org in case.get("not_org", {}).items():
        if name in people and people[name].org == org:
            misses.append(f"{name}: {org}")
    return misses


def test_national_office_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = []
    for case, record in zip(cases, records, strict=True):
        people = {e.text: e for e in record.entities if e.label == "PERSON"}
        orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
        misses += [f"{case['rule']}: {m}" for m in _misses(case, people, orgs)]
    assert misses == []


def test_cases_name_their_rule() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 10
    assert all(c["rule"] and c["text"] and c["published"] for c in cases)
