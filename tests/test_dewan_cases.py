"""Regional parliaments' posts written with the document's parliament (dewan lane): sentences
and names written for this test (``tests/data/dewan_cases.jsonl``), one family per pattern that
recurs in the press.

- council_word: a post before the council's word for itself, capitalised or in lower case
  ("Wakil Ketua Dewan Nama", "kata anggota dewan, Nama"), is the leader's or member's of the
  one regional parliament the story named; a name not set off may open with a dictionary
  word that is a word of a known person's name before a word of no dictionary ("Sekretaris
  Dewan Muhammad X"); "Ketua Dewan Pendidikan Nama", "ketua dewan juri Nama" stay none;
- legislator: "Legislator", "wakil rakyat", "anggota legislatif", with a party at most, is a
  member of the one regional parliament the story named; none with a national parliament or
  two regional ones in the story;
- bare_lead: "Wakil Ketua Nama" alone is a vice chair of the regional parliament only when
  the last organisation named before is that parliament itself (not a commission of it, a
  party or another body).

A row's mention is put in a neutral sentence, after the row's ``before`` text when it has
one; the PERSON in it must carry the expected name and organisation (None: no
organisation), and the role when the row gives one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import FRAME, load_cases, mention_outcome
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "dewan_cases.jsonl"
FAMILIES = {"council_word", "legislator", "bare_lead"}

Outcome = tuple[dict[str, Any], bool, str | None]


def _judge(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether the longest PERSON inside the row's mention (after its ``before`` text) has
    the expected name, organisation and (when given) role, and the organisation given when it
    is a wrong one."""
    before = case.get("before", "")
    if not before:
        return mention_outcome(case, record)
    start = len(before) + 1
    end = start + len(case["mention"])
    inside = [
        e for e in record.entities if e.label == "PERSON" and start <= e.start and e.end <= end
    ]
    if not inside:
        return False, None
    person = max(inside, key=lambda e: e.end - e.start)
    right = person.canonical == case["person"] and person.org == case["org"]
    if right and "role" in case:
        right = person.role == case["role"]
    wrong = person.org if person.org is not None and person.org != case["org"] else None
    return right, wrong


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    cases = load_cases(CASES)
    items = [
        {
            "id": str(i),
            "text": " ".join(filter(None, (c.get("before"), FRAME.format(mention=c["mention"])))),
            "published": c["published"],
        }
        for i, c in enumerate(cases)
    ]
    records = extractor.extract_many(items)
    return [(c, *_judge(c, r)) for c, r in zip(cases, records, strict=True)]


def test_table_covers_the_families() -> None:
    cases = load_cases(CASES)
    assert {c["family"] for c in cases} == FAMILIES
    for family in FAMILIES:
        rows = [c for c in cases if c["family"] == family]
        assert len(rows) >= 5 and any(c["variant"].startswith("negative") for c in rows)


def test_every_row_comes_out_right(outcomes: list[Outcome]) -> None:
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    assert [(c["mention"], org) for c, _, org in outcomes if org] == []
