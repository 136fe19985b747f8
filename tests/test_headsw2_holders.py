"""Regents, mayors and their vices of western Indonesia added by the headsw2 lane
(``holders.jsonl``, each line's ``note`` naming its pages; ``offices.jsonl`` for regencies and
cities that had no office line), on mentions and titles written for this test
(``data/headsw2_holder_cases.jsonl``): a title and a name (full, an alias, a spelling one letter
off) give the holder's full name, the role on the date and the regional government; a bare title
names the holder of the day, nobody outside the terms the pages confirm, and an unknown name after
a title is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines


def test_the_lane_offices_belong_to_their_regional_government() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if "(headsw2 lane" in o.get("note", "")]
    assert len(offices) >= 10
    for office in offices:
        kind = "pemkab-" if "Bupati" in office["role"] else "pemkot-"
        assert office["org"].startswith(kind), office
        assert office["role"] in office["titles"], office
