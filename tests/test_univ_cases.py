"""Universities named by their short forms (univ lane, issue 18).

Rectors, deans, professors and polytechnics' directors are named with their institution's short
form ("Rektor UMS Nama", "Dekan Fakultas Hukum Unmul, Nama", "Guru Besar UIN Suska Nama"): the
university is the organisation (``data/univ_cases.jsonl``), under the name it had on the text's
day (a renamed university keeps its short form). A short form that several universities or a
common word share ("UM", "UMB", "Unisma", "Umrah") is no alias: the post keeps no organisation.
Every university line of the lane names its source, and each of its short forms is read after
"Rektor" as that university.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor
from pmk_extract.kb import default_kb
from pmk_extract.resources import models_dir

CASES = load_cases(Path(__file__).parent / "data" / "univ_cases.jsonl")

# short forms left out of the gazetteer: shared by several universities, or a word
LEFT_OUT = (
    "UM",
    "UMB",
    "UMP",
    "UT",
    "USD",
    "UTM",
    "Umrah",
    "UPN",
    "ISI",
    "Unisma",
    "PNK",
    "Unismuh",
    "Trisakti",
    "Atma Jaya",
    "IAIN",
    "Petra",
)


def lane_lines() -> list[dict[str, Any]]:
    path = models_dir() / "gazetteers" / "organizations.jsonl"
    with path.open(encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    return [line for line in lines if str(line.get("note", "")).startswith("univ lane")]


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, mention_outcome)


def test_the_table_covers_the_families() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["rector with the short form"] >= 5
    assert forms["dean of a faculty"] >= 3
    assert forms["professor with the short form"] >= 2
    assert forms["the name on the day"] >= 2
    assert forms["shared short form"] >= 3
    assert forms["director of a polytechnic"] >= 2


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c["mention"], org) for c, ok, org in outcomes if not ok]
    assert not misses


def test_lane_lines_name_their_source() -> None:
    lines = lane_lines()
    assert len(lines) >= 125
    for line in lines:
        assert "source: " in line["note"], line["id"]
        assert line["kind"] == "other"


def test_left_out_short_forms_name_no_body() -> None:
    kb = default_kb()
    for form in LEFT_OUT:
        assert kb.lookup(form) is None, form


def test_each_short_form_after_rektor_is_its_university(extractor: Extractor) -> None:
    """Every alias of every current lane line, after "Rektor", before a name."""
    rows = [
        (alias, line["canonical"])
        for line in lane_lines()
        if line["valid_to"] is None
        for alias in line["aliases"]
    ]
    items = [
        {
            "id": str(i),
            "text": f"Rektor {alias} Hendra Gunawan membuka acara itu.",
            "published": "2025-12-01",
        }
        for i, (alias, _) in enumerate(rows)
    ]
    wrong = []
    for (alias, canonical), record in zip(rows, extractor.extract_many(items), strict=True):
        orgs = [e.org for e in record.entities if e.label == "PERSON"]
        if orgs != [canonical]:
            wrong.append((alias, orgs))
    assert not wrong
