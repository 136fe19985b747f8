"""Regents, mayors and their vices of Sumatra, Java, Bali and Nusa Tenggara added by the
regentsw lane (``holders.jsonl``, each line's ``note`` naming its pages), on mentions and titles
written for this test (``data/regentsw_holder_cases.jsonl``): a title and a name (full, an alias,
a spelling one letter off) give the holder's full name, the role on the date and the regional
government; a bare title names the holder of the day, nobody outside the terms the pages
confirm, and an unknown name after a title is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from helpers import (
    gazetteer_lines,
)

LANE = "regentsw lane (issue 18, regional heads of western"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 18
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
        assert holder["office"].startswith(
            ("bupati-", "wakil-bupati-", "walikota-", "wakil-walikota-")
        )
