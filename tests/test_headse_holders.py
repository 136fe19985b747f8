"""Regents, mayors, their vices and acting heads of Sulawesi, Maluku, Papua, Nusa Tenggara and
Kalimantan Selatan of 2011-2025 added by the headse lane (``holders.jsonl``, each line's ``note``
naming its pages), on mentions and titles written for this test
(``data/headse_holder_cases.jsonl``): a title and a name (full, an alias, one letter off, a single
name) give the holder's full name, the role on the date and the regional government; a bare title
names the holder of the day, and nobody outside the terms the pages confirm; a name that is not
the day's holder takes no post.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if "headse lane" in h.get("note", "")]
    assert len(lines) >= 25
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
