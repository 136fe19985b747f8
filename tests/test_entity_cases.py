"""Entity rules on short cases written for them: tests/data/entity_cases.jsonl.

A corps mark inside a rank ("Letjen TNI", "Kombes Pol") is never an organisation; a
fixed page marker line ("SCROLL TO CONTINUE WITH CONTENT") holds no entity; a person
predicted with a place in front, right after an office ("Kepala SPPG Cisarua Rizal
Fauzi"), is split into the office's place and the person; the people named in credits
and bylines ("Editor: Name", "Name - detikNews", "(Foto: Outlet/Name)") are PERSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "entity_cases.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_the_table_has_unique_ids() -> None:
    assert len({case["id"] for case in CASES}) == len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_entity_case(extractor: Extractor, case: dict[str, Any]) -> None:
    text = case["text"]
    record = extractor.extract(text, case["published"])
    found = [(e.text, e.label, e.canonical) for e in record.entities]
    for item in case["present"]:
        if len(item) == 3:
            assert tuple(item) in found, case["form"]
        else:
            assert tuple(item) in [f[:2] for f in found], case["form"]
    for text_, label in case["absent"]:
        assert (text_, label) not in [f[:2] for f in found], case["form"]
    for text_, label, count in case.get("count", []):
        assert [f[:2] for f in found].count((text_, label)) == count, case["form"]
    if "empty_line" in case:
        start = text.index(case["empty_line"])
        end = start + len(case["empty_line"])
        assert not [e for e in record.entities if start <= e.start < end], case["form"]
