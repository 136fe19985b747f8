"""Quote attribution on short cases written for it: tests/data/attribution_cases.jsonl.

Each case is a few sentences in the forms of Indonesian news (a quote, its cue, page
furniture around it) with the speaker expected, or null where no rule may name one: a
wrong speaker is worse than none.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "attribution_cases.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_the_table_covers_the_forms() -> None:
    assert len(CASES) >= 30
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert sum(case["speaker"] is None for case in CASES) >= 5  # null is an answer too


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_attribution_case(extractor: Extractor, case: dict[str, Any]) -> None:
    text = case["text"]
    record = extractor.extract(text, case["published"])
    quotes = [q for q in record.quotes if text[q.start :].startswith(case["quote"])]
    assert len(quotes) == 1, case["form"]
    quote = quotes[0]
    assert quote.speaker == case["speaker"], case["form"]
    for field in ("role", "org"):
        if field in case:
            assert getattr(quote, f"speaker_{field}") == case[field], case["form"]


def test_a_name_after_a_cue_is_tagged_person(extractor: Extractor) -> None:
    case = next(c for c in CASES if c["id"] == "age-apposition")
    record = extractor.extract(case["text"], case["published"])
    people = [(e.text, e.canonical) for e in record.entities if e.label == "PERSON"]
    assert ("Wartini", "Wartini") in people


def test_a_short_name_takes_the_name_introduced_before(extractor: Extractor) -> None:
    case = next(c for c in CASES if c["id"] == "short-after-untagged")
    record = extractor.extract(case["text"], case["published"])
    cue_name = next(e for e in record.entities if e.text == "Hendra")
    assert cue_name.label == "PERSON" and cue_name.canonical == "Hendra Saputra"


def test_a_number_in_brackets_is_an_age_only_after_a_name(extractor: Extractor) -> None:
    text = (
        "Sesuai Pasal 27 Ayat (3) undang-undang itu, Kelas VII (32) dan Kelas VIII (30) "
        "mengikuti ujian susulan. Darsono (56), warga Desa Brangsong, ikut mengantar cucunya."
    )
    record = extractor.extract(text, "2023-03-04")
    assert [e.text for e in record.entities if e.label == "PERSON"] == ["Darsono"]
