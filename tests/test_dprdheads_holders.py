"""Chairs of regional parliaments added by the dprdheads lane (``holders.jsonl``: terms of the
provincial parliaments' chairs, each ``note`` naming its pages), on mentions and titles written
for this test (``data/dprdheads_holder_cases.jsonl``): "Ketua DPRD X" and a name (full, an
alias, a spelling a letter off) give the chair's full name, the role and the regional
parliament; a bare title names the chair of the day and nobody outside the terms the pages
confirm; an unknown name after the title is not linked to the chair.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts, and the dprdchairs lane's (more terms on the measured days): how many of
the 38 provincial parliaments (the DPRDs, Aceh's DPRA and Papua's DPRs) have a chair on each
measured day."""

from __future__ import annotations

from helpers import gazetteer_lines

PROVINCIAL = "Ketua Dewan Perwakilan Rakyat Daerah Provinsi"
# the four days the lanes' coverage is measured on
DAYS = ("2016-06-01", "2019-06-01", "2022-06-01", "2025-06-01")


def _offices() -> set[str]:
    """The chair offices of the provincial parliaments (not the regencies' or cities')."""
    return {
        o["id"]
        for o in gazetteer_lines("offices.jsonl")
        if o["id"].startswith("ketua-dpr")
        and o["id"] != "ketua-dpr"
        and "-kota-" not in o["id"]
        and "-kabupaten-" not in o["id"]
    }


def _covered(day: str) -> int:
    """Provincial parliaments' chair offices with a recorded chair on ``day``."""
    offices = _offices()
    return len(
        {
            h["office"]
            for h in gazetteer_lines("holders.jsonl")
            if h["office"] in offices
            and (h["start"] or "0000") <= day
            and (h["end"] is None or day <= h["end"])
        }
    )


def test_the_provincial_parliaments_are_38() -> None:
    assert len(_offices()) == 38


def test_provincial_chairs_on_the_measured_days() -> None:
    """Floors of the provincial chairs recorded on the four measured days (38 offices), after
    the dprdchairs lane's terms."""
    floors = (23, 30, 34, 36)
    assert all(_covered(day) >= floor for day, floor in zip(DAYS, floors, strict=True))
