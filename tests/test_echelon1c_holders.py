"""Ministries' echelon-I officials added by the echelon1c lane (``offices.jsonl``: the
ministry secretaries of PANRB and PPPA; ``holders.jsonl``: terms of directors-general,
inspectors-general and ministry secretaries of the ministries the news names most, each
line's ``note`` naming its pages), on mentions and titles written for this test
(``data/echelon1c_holder_cases.jsonl``): a title and a name (full, short, an alias, a spelling
one letter off) give the holder's full name, the role and the ministry; a bare title names the
holder of the day and nobody outside the terms the pages confirm; an unknown name after a
title is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines

LANE = "echelon1c lane (issue 18, ministries' echelon-I officials)"


def test_the_lane_offices_take_the_ministry_and_its_written_forms() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    assert len(offices) >= 2
    for office in offices:
        assert office["role"] == "Sekretaris Kementerian" and office["org"], office
        assert any(t.startswith("Sekretaris Kementerian ") for t in office["titles"]), office
        assert any(t.startswith("Sesmen ") for t in office["titles"]), office
