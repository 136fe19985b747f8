"""Boards of the financial authorities and heads of national agencies as news write them: a
table of mentions written for these tests (``tests/data/agency_holder_cases.jsonl``: the
mention, the published date, the person as written, the holder's full name where the
knowledge base links one, the role and the organisation). A name misspelt by a letter or two
after a title takes the holder of that office on that date; outside the holder's term it
stays as written. A bare title resolves to the holder on the date, and to nobody outside the
sourced terms or when several people hold the post on that date (Deputi Gubernur BI, the
deputy chairs of the DPR: ``People.holder``), while a name after such a title is matched
against all of them.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import load_cases

CASES = Path(__file__).parent / "data" / "agency_holder_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    """The table's written mentions (its other rows are bare titles on days)."""
    return [case for case in load_cases(CASES) if case["kind"] == "one_person"]


def test_the_table_covers_each_family_and_misspellings() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert {c["family"] for c in cases} >= {"bi", "ojk", "bpjs", "agency", "state", "outside_term"}
    misspelt = [c for c in cases if c.get("canonical", c["person"]) != c["person"]]
    assert len(misspelt) >= 5
