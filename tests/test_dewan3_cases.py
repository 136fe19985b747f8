"""Regional parliaments' posts and bodies as the press writes them (dewan lane, third step):
sentences and names written for this test (``tests/data/dewan3_cases.jsonl``), one family per
pattern that recurs in the press.

- acronym_case: a unit head the lexicons write as an acronym ("DPRD", "BPBD") written in title
  case or with a lower-case tail right before its place ("Ketua Dprd Kabupaten X", "Komisi I
  DPRd Jabar") is read as the lexicons write it; a short form of no unit head stays as written;
- member_party: a member's party between his post and his parliament ("Legislator Partai
  Golkar DPRD X Nama", "Anggota PKS DPRD X Nama") is his party, the post the parliament's
  member's; with no parliament after the party, the party stays the organisation.

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

CASES = Path(__file__).parent / "data" / "dewan3_cases.jsonl"
FAMILIES = {"acronym_case", "member_party"}

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
