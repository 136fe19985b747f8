"""Acting regents and mayors (Penjabat) of the 2022-2024 waves added by the pjheads lane
(``holders.jsonl``, each line's ``note`` naming its pages), on mentions written for this test
(``data/pjheads_holder_cases.jsonl``): "Pj/Penjabat Bupati X Nama" (full, short, an alias, a
spelling one letter off) and the plain title within the term give the holder's full name, the
acting role and the regional government; a bare title names the Pj of the day and nobody in the
gaps the pages leave (a Plh between terms); "Pj Bupati Nama" without its region gives no
organisation unless the name is the holder of the day, and an unknown name after the title is
never the holder.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from helpers import (
    gazetteer_lines,
)

LANE = "pjheads lane (issue 18, acting regional heads"


def test_the_lane_lines_are_sourced_acting_terms() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 70
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["acting"] == "Penjabat", holder
        assert holder["office"].startswith(("bupati-", "walikota-")), holder
        assert holder["start"] >= "2022-05-01" and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"] <= "2025-12-31", holder
