"""Governors, vice-governors and acting governors (``holders.jsonl``, offices
``gubernur-*`` and ``wagub-*``), on a table of mentions written for these tests
(``data/governor_holder_cases.jsonl``): a title and a name as the press writes it (full,
short, with initials, a spelling one letter off) give the holder's full name, the role on
the date (an acting term names its post: "Gubernur Papua Soedarmo" in 2018 is the Penjabat)
and the provincial government; a name after the title outside the holder's term is not
made the holder of that day.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import gazetteer_lines, load_cases
from pmk_extract.people import default_people

CASES = load_cases(Path(__file__).parent / "data" / "governor_holder_cases.jsonl")
PROVINCIAL = ("gubernur-", "wagub-")


def test_the_table_covers_what_it_claims() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c.get("matched") == "fuzzy") >= 3
    assert sum(1 for c in CASES if c["canonical"] is None) >= 4
    acting = [
        c for c in CASES if c["canonical"] and c["role"].startswith(("Penjabat", "Pelaksana"))
    ]
    assert len(acting) >= 10
    assert sum(1 for c in CASES if c["canonical"] and c["role"].startswith("Wakil")) >= 10


def _terms() -> list[dict[str, Any]]:
    offices = default_people().offices
    return [
        h
        for h in gazetteer_lines("holders.jsonl")
        if h["office"].startswith(PROVINCIAL)
        and (offices[h["office"]].org or "").startswith("pemprov-")
    ]


def test_every_provincial_head_term_added_for_issue_18_names_its_source() -> None:
    terms = _terms()
    unsourced = {t["name"] for t in terms if "source: " not in t.get("note", "")}
    assert len(terms) >= 260
    # the lines without a page are the oldest (README: general knowledge, to be checked);
    # every line added since names its page
    assert len(unsourced) <= 25, sorted(unsourced)
