"""Officials as real news writes them: a table of mentions taken from public news pages
(``tests/data/official_mentions.jsonl``: the mention as written, the published date, the
expected person and organisation, the family and the page it comes from).

Each mention is put in a neutral sentence written for this test; the PERSON found in the
mention must carry the expected canonical name and organisation. The expected person is
the full name the mention writes, or the knowledge base's canonical when the knowledge
base holds that person; the expected organisation is the top-level institution
(guidelines). The table was collected after the rules and data were written; its first
score (0.778) led to general fixes, each tested on sentences of its own in
``test_command_units.py``; no rule names a mention of the table.

Because that table has been in a tuning loop, a second, held-out table
(``tests/data/official_mentions_heldout.jsonl``, 88 mentions from other pages, same
format) was written from pages before it was ever scored. Its floor is its first score;
no rule or data line is changed because of its misses.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor, Record

TABLE = Path(__file__).parent / "data" / "official_mentions.jsonl"
HELDOUT = Path(__file__).parent / "data" / "official_mentions_heldout.jsonl"
FRAME = "{mention} memberikan keterangan kepada wartawan."
# the target of issue 18 (0.923 measured when this test was written: 191 of 207)
MIN_SCORE = 0.92
# the held-out table's first score, measured once after the data of this commit: 71 of 88
MIN_HELDOUT_SCORE = 71 / 88


def _rows(path: Path = TABLE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _person(record: Record, mention: str) -> Any:
    """The PERSON inside the mention (the longest, when several are found)."""
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    return max(inside, key=lambda e: e.end - e.start) if inside else None


def score(extractor: Extractor, rows: list[dict[str, Any]]) -> tuple[float, Counter[str]]:
    """Share of rows whose person and organisation are both right, and misses by family."""
    items = [
        {"id": str(i), "text": FRAME.format(mention=r["mention"]), "published": r["published"]}
        for i, r in enumerate(rows)
    ]
    right = 0
    missed: Counter[str] = Counter()
    for row, record in zip(rows, extractor.extract_many(items), strict=True):
        person = _person(record, row["mention"])
        if person is not None and person.canonical == row["person"] and person.org == row["org"]:
            right += 1
        else:
            missed[row["family"]] += 1
    return right / len(rows), missed


def test_table_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    years = {r["published"][:4] for r in rows}
    assert {str(y) for y in range(2015, 2026)} <= years
    for row in rows:
        assert row["mention"] and row["person"] and row["source"]


def test_heldout_table_is_well_formed_and_new() -> None:
    rows = _rows(HELDOUT)
    assert len(rows) >= 60
    assert {str(y) for y in range(2015, 2026)} <= {r["published"][:4] for r in rows}
    for row in rows:
        assert row["mention"] and row["person"] and row["source"] and row["family"]
    assert not {r["mention"] for r in rows} & {r["mention"] for r in _rows()}


@pytest.fixture(scope="module")
def table_score(extractor: Extractor) -> tuple[float, Counter[str]]:
    return score(extractor, _rows())


def test_official_mentions_score(table_score: tuple[float, Counter[str]]) -> None:
    value, missed = table_score
    assert value >= MIN_SCORE, (value, missed.most_common())


def test_heldout_official_mentions_score(extractor: Extractor) -> None:
    value, missed = score(extractor, _rows(HELDOUT))
    assert value >= MIN_HELDOUT_SCORE, (value, missed.most_common())
