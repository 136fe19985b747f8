"""Ministries' echelon-I officials added by the echelon1a lane (``offices.jsonl`` lines for
secretaries-general and inspectors-general, ``holders.jsonl`` terms; each line's ``note`` names
its pages), on mentions and titles written for this test (``data/echelon1a_holder_cases.jsonl``):
a title and a name (full, short, a spelling one letter off) give the holder's full name, the
role on the date (an acting term's role with its prefix) and the ministry; a bare title names the
holder of the day and nobody outside the terms the pages confirm; an unknown name after a title
is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines

LANE = "echelon1a lane (issue 18, ministries' echelon-I officials)"
# each lane office's role, and the forms its titles open with
ROLES = {
    "Sekretaris Jenderal": ("Sekretaris Jenderal", "Sekjen"),
    "Inspektur Jenderal": ("Inspektur Jenderal", "Irjen"),
    "Sekretaris Kementerian": ("Sekretaris Kementerian", "Sekretaris Kemen", "Sesmen", "Seskemen"),
}


def test_the_lane_offices_are_a_ministry_s_secretariat_or_inspectorate() -> None:
    ministries = {
        o["id"]
        for o in gazetteer_lines("organizations.jsonl")
        if o["kind"] in ("ministry", "coordinating_ministry")
    }
    offices = [o for o in gazetteer_lines("offices.jsonl") if o.get("note", "").startswith(LANE)]
    assert len(offices) >= 7
    for office in offices:
        assert office["org"] in ministries, office
        assert office["role"] in ROLES, office
        assert all(t.startswith(ROLES[office["role"]]) for t in office["titles"]), office
