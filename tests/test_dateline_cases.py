"""The dateline of every outlet and portal in ``tests/data/dateline_cases.jsonl``.

The table holds datelines in the forms of national and regional outlets, agencies and
government portals (forms as those outlets write them; the sentences are the table's
own), each with the place and date expected, or no place when the outlet alone opens
the text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.dates import find_dateline
from pmk_extract.outlets import is_outlet

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "dateline_cases.jsonl").read_text().splitlines()
    if line.strip()
]


def test_the_table_covers_many_outlets() -> None:
    outlets = {case["outlet"] for case in CASES}
    assert len([c for c in CASES if c["place"]]) >= 60
    assert len(outlets) >= 30
    assert {case["kind"] for case in CASES} >= {"national", "regional", "agency", "portal"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['outlet']}:{c['text'][23:50]}" for c in CASES])
def test_dateline_case(case: dict[str, Any]) -> None:
    text = case["text"]
    line = find_dateline(text, dt.date.fromisoformat(case["published"]))
    if case["place"] is None:
        assert line is None or line.place is None
        return
    assert line is not None
    assert line.place == case["place"]
    assert line.place_start is not None and text[line.place_start : line.place_end] == line.place
    assert not is_outlet(line.place)
    assert (line.date.value if line.date else None) == case["date"]
